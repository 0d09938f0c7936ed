//! Tables nested in rows, which no compiled fixture has: the plan's
//! agreement with the compiled validators on random payloads is
//! `tests/tests/accord_plan.rs`.

use super::Plan;
use crate::model::{Modele, Source, charger};

fn charge(nom: &str, texte: &str) -> Modele {
    let source = Source::depuis_octets(nom, texte.as_bytes().to_vec()).unwrap();
    match charger(&source, false) {
        Ok((m, _)) => m,
        Err(d) => panic!("{nom}: {}", d[0]),
    }
}

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

/// Row rules on rows of a table nested in rows: each finding at its
/// row's path, in payload order, after the fields' findings; a table's
/// rows counted and summed per row.
#[test]
fn les_lignes_imbriquees_sont_jugees_a_leur_chemin() {
    let m = &charge("imbrique", IMBRIQUE);
    let payload = |n: u32| {
        format!(
            r#"{{"campagne": "I", "modele": {{"code": "I", "version": "1"}}, "donnees": {{
            "n": {n}, "nom": "Ab", "etab": [
            {{"places": 10, "cats": ["B"], "eff": [{{"etp": 2.5, "cat": "A"}}, {{"etp": 0, "cat": "A"}}]}},
            {{"places": 1, "cats": ["B"], "eff": []}},
            {{"places": 3, "eff": [{{"etp": 1, "cat": "B"}}, {{"etp": 4, "cat": "A"}}]}}]}}}}"#
        )
    };
    let vus = |p: &str| -> Vec<(String, String)> {
        let c = Plan::new(m).valider(p).unwrap_or_else(|e| panic!("{e}"));
        c.iter()
            .map(|c| {
                let quoi = c.regle.clone().unwrap_or_else(|| c.code.code().to_owned());
                (quoi, c.chemin.clone())
            })
            .collect()
    };
    let mut attendu: Vec<(String, String)> = [
        ("lignes_min", "etab[1].eff"),
        ("R1", "etab[0].eff[1]"),
        ("R1", "etab[2].eff[0]"),
        ("R2", "etab[1]"),
        ("R2", "etab[2]"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    // n - 3 = 0: R4 divides by zero, so does not apply.
    assert_eq!(vus(&payload(3)), attendu);
    // 1 / (5 - 3) is not above 1.
    attendu.push(("R4".into(), "etab[1]".into()));
    assert_eq!(vus(&payload(5)), attendu);
}
