//! Property tests: the plan ([`super::Plan`]) gives exactly the findings
//! of the interpreter it replaces ([`super::ancien`]), in the same order,
//! on random payloads of synthetic and sample models — clean, faulty,
//! and mutated into JSON that is wrong in place.

use super::Plan;
use crate::model::{Modele, Source, charger};
use crate::synthese;
use proptest::prelude::*;
use std::sync::LazyLock;

fn charge(nom: &str, texte: &str) -> Modele {
    let source = Source::depuis_octets(nom, texte.as_bytes().to_vec()).unwrap();
    match charger(&source, false) {
        Ok((m, _)) => m,
        Err(d) => panic!("{nom}: {}", d[0]),
    }
}

static MODELES: LazyLock<Vec<Modele>> = LazyLock::new(|| {
    let mut v: Vec<Modele> = [(1, 40), (2, 120), (3, 7), (4, 300), (5, 60), (6, 1)]
        .into_iter()
        .map(|(g, n)| charge("s.json", &synthese::modele(g, n)))
        .collect();
    for (nom, texte) in [
        ("rama-2026", include_str!("../../../models/rama-2026.json")),
        ("ssiad-2025", include_str!("../../../models/ssiad-2025.json")),
        ("ra-camsp-2025", include_str!("../../../models/ra-camsp-2025.json")),
        ("personnel", include_str!("../../../tests/models/personnel.json")),
        ("pieges", include_str!("../../../tests/models/pieges.json")),
        ("types", include_str!("../../../tests/models/types.json")),
    ] {
        v.push(charge(nom, texte));
    }
    v.push(charge("imbrique", IMBRIQUE));
    v
});

/// Tables nested in rows, row rules on the nested rows (paths
/// `etab[i].eff[j]`), sums and counts of a row's table.
const IMBRIQUE: &str = r#"{
 "campagne": {"id": "I", "libelle": "I", "module": "I"},
 "modele": {"code": "I", "version": "1", "niveau": "structure"},
 "nomenclatures": [{"code": "cat", "libelle": "Cat", "valeurs": [
   {"code": "A", "libelle": "A"}, {"code": "B", "libelle": "B"}, {"code": "C", "libelle": "C", "actif": false}]}],
 "blocs": [
  {"code": "id", "libelle": "Id", "champs": [
    {"code": "n", "libelle": "N", "type": "entier", "min": 0, "max": 50, "obligatoire": true},
    {"code": "nom", "libelle": "Nom", "type": "texte", "motif": "[A-Z][a-z]+", "longueurMax": 8}]},
  {"code": "etab", "libelle": "Etab", "repetable": true, "maxLignes": 4, "champs": [
    {"code": "places", "libelle": "Places", "type": "entier", "min": 0},
    {"code": "cats", "libelle": "Cats", "type": "code", "nomenclature": "cat", "multiple": true}],
   "blocs": [{"code": "eff", "libelle": "Eff", "repetable": true, "minLignes": 1, "champs": [
    {"code": "etp", "libelle": "ETP", "type": "decimal", "decimales": 2, "min": 0, "max": 99},
    {"code": "cat", "libelle": "Cat", "type": "code", "nomenclature": "cat"}]}]}],
 "regles": [
  {"code": "R1", "message": "m1", "severite": "bloquante", "expression": "etp > 0 et cat = 'A'", "bloc": "eff"},
  {"code": "R2", "message": "m2", "severite": "avertissement", "expression": "somme(etp) <= places et nombre(eff) >= 1", "bloc": "etab"},
  {"code": "R3", "message": "m3", "severite": "bloquante", "expression": "nombre(etab) <= n ou renseigne(nom)"},
  {"code": "R4", "message": "m4", "severite": "bloquante", "expression": "contient(cats, 'B') => places / (n - 3) > 1", "bloc": "etab"}
 ]}"#;

/// What a mutation writes in place of a span of the payload.
const MORCEAUX: &[&str] = &[
    "", "null", "\"\"", "[]", "{}", "1", "-3", "1.5", "1e3", "12345678901234567890",
    "\"x\"", "\"2025-02-30\"", "\"2025-01-01\"", "true", "[\"A\",\"A\"]", "[1]",
    ",\"inconnue\":1", "\"ÉÀ\"", "0.0000000001", "[{}]", "[null,{}]",
];

/// `p` with `[debut, debut + longueur)` (at character boundaries)
/// replaced by `morceau`.
fn muter(p: &str, debut: usize, longueur: usize, morceau: &str) -> String {
    let borne = |mut i: usize| {
        i = i.min(p.len());
        while !p.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (a, b) = (borne(debut), borne(debut + longueur));
    format!("{}{morceau}{}", &p[..a], &p[b.max(a)..])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_plan_agrees_with_the_interpreter(
        modele in 0..MODELES.len(),
        graine in 0u64..10_000,
        defauts in prop_oneof![Just(0u64), 0u64..100],
        mutations in proptest::collection::vec((0usize..100_000, 0usize..40, 0..MORCEAUX.len()), 0..3),
    ) {
        let m = &MODELES[modele];
        let plan = Plan::new(m);
        let mut p = synthese::payload(m, graine, defauts);
        for (debut, longueur, morceau) in mutations {
            let debut = debut % (p.len() + 1);
            p = muter(&p, debut, longueur, MORCEAUX[morceau]);
        }
        let attendu = super::ancien::valider(m, &p);
        // Twice with one plan: what a first payload compiles (motifs) is
        // kept for the next.
        prop_assert_eq!(&plan.valider(&p), &attendu, "{}", p);
        prop_assert_eq!(&plan.valider(&p), &attendu, "{}", p);
    }
}
