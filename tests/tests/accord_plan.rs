//! Property tests: the model-driven validator with its compiled plan kept
//! from payload to payload (`sidoba_core::validate::Plan`, what the
//! sandbox worker runs) gives exactly the findings of the compiled
//! validators (generated Rust), in the same order, on random payloads of
//! the sample and synthetic models, clean, faulty, and with random spans
//! replaced by JSON that is wrong in place.

use proptest::prelude::*;
use sidoba::{Constats, ErreurLecture};
use sidoba_core::__interne::synthese;
use sidoba_core::model::{Modele, Source, charger};
use sidoba_core::validate::Plan;
use std::sync::LazyLock;

type Resultat = Result<Constats, ErreurLecture>;
type Compile = fn(&str) -> Resultat;

fn modele(nom: &str, texte: &str) -> Modele {
    let source = Source::depuis_octets(nom, texte.as_bytes().to_vec()).unwrap();
    charger(&source, false)
        .unwrap_or_else(|d| panic!("{nom}: {}", d[0]))
        .0
}

/// Each model with its compiled validator.
static MODELES: LazyLock<Vec<(Modele, Compile)>> = LazyLock::new(|| {
    vec![
        (
            modele("rama-2026", include_str!("../../models/rama-2026.json")),
            generated::rama_2026::Rapport::valider_payload,
        ),
        (
            modele("ssiad-2025", include_str!("../../models/ssiad-2025.json")),
            generated::ssiad_2025::Rapport::valider_payload,
        ),
        (
            modele(
                "ra-camsp-2025",
                include_str!("../../models/ra-camsp-2025.json"),
            ),
            generated::ra_camsp_2025::Rapport::valider_payload,
        ),
        (
            modele("types", include_str!("../models/types.json")),
            sidoba_tests::types_2025::Rapport::valider_payload,
        ),
        (
            modele("personnel", include_str!("../models/personnel.json")),
            sidoba_tests::personnel_2025::Rapport::valider_payload,
        ),
    ]
});

/// The synthetic models, validated by their generated code by id.
static SYNTHETIQUES: LazyLock<Vec<(&'static str, Modele)>> = LazyLock::new(|| {
    sidoba_tests::synthetiques::MODELES
        .iter()
        .map(|(id, texte)| (*id, modele(id, texte)))
        .collect()
});

/// What a mutation writes in place of a span of the payload.
const MORCEAUX: &[&str] = &[
    "",
    "null",
    "\"\"",
    "[]",
    "{}",
    "1",
    "-3",
    "1.5",
    "1e3",
    "12345678901234567890",
    "\"x\"",
    "\"2025-02-30\"",
    "\"2025-01-01\"",
    "true",
    "[\"A\",\"A\"]",
    "[1]",
    ",\"inconnue\":1",
    "\"ÉÀ\"",
    "0.0000000001",
    "[{}]",
    "[null,{}]",
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
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn un_plan_garde_s_accorde_avec_les_validateurs_compiles(
        modele in 0..MODELES.len() + SYNTHETIQUES.len(),
        graine in 0u64..10_000,
        defauts in prop_oneof![Just(0u64), 0u64..100],
        mutations in proptest::collection::vec((0usize..100_000, 0usize..40, 0..MORCEAUX.len()), 0..3),
    ) {
        let synthetique;
        let (m, attendu): (&Modele, &dyn Fn(&str) -> Resultat) =
            match MODELES.get(modele) {
                Some((m, compile)) => (m, compile),
                None => {
                    let (id, m) = &SYNTHETIQUES[modele - MODELES.len()];
                    synthetique = move |p: &str| sidoba_tests::synthetiques::valider(id, p).unwrap();
                    (m, &synthetique)
                }
            };
        let plan = Plan::new(m);
        let mut p = synthese::payload(m, graine, defauts);
        for (debut, longueur, morceau) in mutations {
            let debut = debut % (p.len() + 1);
            p = muter(&p, debut, longueur, MORCEAUX[morceau]);
        }
        let attendu = attendu(&p);
        // Twice with one plan: what the first payload compiled (motifs)
        // serves the next.
        prop_assert_eq!(&plan.valider(&p), &attendu, "{}", p);
        prop_assert_eq!(&plan.valider(&p), &attendu, "{}", p);
        prop_assert_eq!(&sidoba_core::validate::valider(m, &p), &attendu, "{}", p);
    }
}
