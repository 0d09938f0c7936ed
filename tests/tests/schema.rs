//! The exported JSON Schema, checked by an independent validator (the
//! `jsonschema` crate): the sample payloads pass, and on generated payloads
//! its verdict matches `sidoba validate`'s field-level verdict wherever a
//! schema can express the constraint.

use sidoba::CodeConstat;
use sidoba_codegen::schema;
use sidoba_core::__interne::synthese;
use sidoba_core::model::{Modele, Source, TypeChamp, charger};
use sidoba_core::validate;

fn modele(nom: &str, texte: &str) -> Modele {
    let source = Source::depuis_octets(nom, texte.as_bytes().to_vec()).unwrap();
    charger(&source, false).unwrap().0
}

fn validateur(m: &Modele) -> jsonschema::Validator {
    let s: serde_json::Value = serde_json::from_str(&schema::schema(m)).unwrap();
    jsonschema::draft202012::new(&s).unwrap()
}

const EXEMPLES: [&str; 5] = [
    "rama-2025",
    "rama-2026",
    "ra-camsp-2025",
    "ra-cmpp-2025",
    "ssiad-2025",
];

fn texte_modele(nom: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../models/{nom}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn sample_payloads_pass_the_schema() {
    for nom in EXEMPLES {
        let m = modele(nom, &texte_modele(nom));
        let p = std::fs::read_to_string(format!(
            "{}/../generated/tests/donnees/{nom}.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&p).unwrap();
        let erreurs: Vec<String> = validateur(&m)
            .iter_errors(&v)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(erreurs.is_empty(), "{nom}: {erreurs:#?}");
    }
}

/// Findings a schema cannot express: rules, date bounds.
fn exprimable(m: &Modele, c: &sidoba::Constat) -> bool {
    if c.code == CodeConstat::Regle {
        return false;
    }
    let champ = c.chemin.rsplit('.').next().unwrap_or_default();
    let date = m
        .champs()
        .iter()
        .any(|(_, x)| x.code == champ && matches!(x.type_, TypeChamp::Date { .. }));
    !(date && matches!(c.code, CodeConstat::Min | CodeConstat::Max))
}

#[test]
fn field_level_verdicts_match_sidoba_validate() {
    let mut modeles: Vec<Modele> = EXEMPLES
        .iter()
        .map(|n| modele(n, &texte_modele(n)))
        .collect();
    for (id, texte) in sidoba_tests::synthetiques::MODELES {
        modeles.push(modele(id, texte));
    }
    let (mut compares, mut invalides) = (0, 0);
    for m in &modeles {
        let v = validateur(m);
        for g in 0..80 {
            let p = synthese::payload(m, g, [0, 5, 20][g as usize % 3]);
            // Exponents are refused by sidoba, accepted by any schema.
            if p.contains("1e3") {
                continue;
            }
            let constats = validate::valider(m, &p).unwrap();
            let nous = constats.iter().any(|c| exprimable(m, c));
            let json: serde_json::Value = serde_json::from_str(&p).unwrap();
            let eux = !v.is_valid(&json);
            if nous != eux {
                let erreurs: Vec<String> = v
                    .iter_errors(&json)
                    .map(|e| format!("{} at {}", e, e.instance_path()))
                    .collect();
                panic!(
                    "{}: sidoba {nous}, schema {eux}\nsidoba: {constats}\nschema: {erreurs:#?}\n{p}",
                    m.campagne.id
                );
            }
            compares += 1;
            invalides += usize::from(nous);
        }
    }
    assert!(
        compares > 500 && invalides > 100 && compares - invalides > 50,
        "{compares} compared, {invalides} invalid"
    );
}
