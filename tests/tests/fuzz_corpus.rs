//! The fuzz targets' checks, run in CI on the seed corpora and on every
//! input that once crashed a target (`fuzz/regressions/TARGET/`, each kept
//! as a regression test). `fuzz/run.sh` runs the fuzzers themselves.

use sidoba_codegen::emit;
use sidoba_core::model::{Modele, Regle, Source, charger};
use std::path::{Path, PathBuf};

fn fichiers(cible: &str) -> Vec<PathBuf> {
    let racine = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut v: Vec<PathBuf> = ["corpus", "regressions"]
        .iter()
        .filter_map(|d| std::fs::read_dir(racine.join(d).join(cible)).ok())
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    v.sort();
    v
}

fn rama() -> Modele {
    let s = Source::depuis_octets(
        "rama",
        include_bytes!("../../models/rama-2025.json").to_vec(),
    )
    .unwrap();
    charger(&s, false).unwrap().0
}

#[test]
fn modele() {
    let f = fichiers("modele");
    assert!(f.len() >= 6);
    for p in f {
        let octets = std::fs::read(&p).unwrap();
        let Ok(source) = Source::depuis_octets("f.json", octets) else {
            continue;
        };
        if let Ok((m, _)) = charger(&source, false) {
            // A checked model always gives Rust (never an emission error),
            // without a raw format or control character.
            let code = emit::module(&m).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let brut = |c: char| {
                (c.is_control() && c != '\n') || sidoba_codegen::__interne::texte::format(c)
            };
            assert!(!code.chars().any(brut), "{}", p.display());
        }
    }
}

#[test]
fn regle() {
    let m = rama();
    for p in fichiers("regle") {
        let texte = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
        if let Some(c) = sidoba_core::rules::forme_canonique(&texte) {
            assert_eq!(
                sidoba_core::rules::forme_canonique(&c).as_deref(),
                Some(c.as_str()),
                "{}",
                p.display()
            );
        }
        let mut r: Regle = m.regles[0].clone();
        r.expression = texte.clone();
        let _ = sidoba_core::rules::verifier(&m, &r);
        if let Some((a, b)) = texte.split_once('|') {
            ordre_indifferent(&m, a, b);
        }
    }
    // The seed that once showed the fault: a division by zero on one side.
    ordre_indifferent(&m, "nb_residents / nb_places = 1", "nb_places = 0");
}

/// As the fuzz target: `(A) op (B)` and `(B) op (A)` (for `=>`, `(B) ou
/// non (A)`) fail together on the sample payloads.
fn ordre_indifferent(m: &Modele, a: &str, b: &str) {
    let typer = |code: &str, expression: String| {
        let mut r: Regle = m.regles[0].clone();
        r.code = code.to_owned();
        r.expression = expression;
        r.bloc = None;
        r.typee = sidoba_core::rules::verifier(m, &r).ok()?;
        Some(r)
    };
    let payloads = [
        include_str!("../../generated/tests/donnees/rama-2025.json"),
        include_str!("../../generated/tests/donnees/rama-2025-main.json"),
    ];
    for op in ["et", "ou", "=>"] {
        let miroir = if op == "=>" {
            format!("({b}) ou non ({a})")
        } else {
            format!("({b}) {op} ({a})")
        };
        let (Some(ab), Some(ba)) = (
            typer("AB", format!("({a}) {op} ({b})")),
            typer("BA", miroir),
        ) else {
            continue;
        };
        let mut essai = m.clone();
        essai.regles = vec![ab, ba];
        for p in payloads {
            let c = sidoba_core::validate::valider(&essai, p).unwrap();
            let echoue = |code: &str| c.iter().any(|x| x.regle.as_deref() == Some(code));
            assert_eq!(echoue("AB"), echoue("BA"), "{op}: {a:?} / {b:?}");
        }
    }
}

#[test]
fn payload() {
    let m = rama();
    let s = Source::depuis_octets(
        "personnel",
        include_bytes!("../models/personnel.json").to_vec(),
    )
    .unwrap();
    let personnel = charger(&s, false).unwrap().0;
    for p in fichiers("payload") {
        let texte = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
        let compile = generated::rama_2025::Rapport::valider_payload(&texte);
        assert_eq!(
            compile,
            sidoba_core::validate::valider(&m, &texte),
            "{}",
            p.display()
        );
        // As the fuzz target: the text alone, and as the fixture's `donnees`.
        let enveloppe = format!(
            r#"{{"campagne":"PERSONNEL-2025","modele":{{"code":"PERSONNEL","version":"1.0"}},"donnees":{texte}}}"#
        );
        for t in [texte.as_str(), enveloppe.as_str()] {
            assert_eq!(
                sidoba_tests::personnel_2025::Rapport::valider_payload(t),
                sidoba_core::validate::valider(&personnel, t),
                "{}",
                p.display()
            );
        }
    }
}

#[test]
fn diff() {
    for p in fichiers("diff") {
        let octets = std::fs::read(&p).unwrap();
        let coupe = octets.iter().position(|&b| b == 0).unwrap_or(octets.len());
        let lire = |o: &[u8]| {
            Source::depuis_octets("f", o.to_vec())
                .ok()
                .and_then(|s| charger(&s, false).ok())
                .map(|x| x.0)
        };
        if let (Some(a), Some(b)) = (
            lire(&octets[..coupe]),
            lire(octets.get(coupe + 1..).unwrap_or_default()),
        ) {
            assert!(sidoba_core::diff::comparer(&a, &a).ecarts.is_empty());
            let r = sidoba_core::diff::comparer(&a, &b);
            let _ = sidoba_core::render::markdown(&r);
        }
    }
}

#[test]
fn arithmetique() {
    let f = fichiers("arithmetique");
    assert!(f.len() >= 5);
    for p in f {
        let texte = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
        sidoba_tests::arithmetique::verifier(&texte);
    }
}

proptest::proptest! {
    /// The `arithmetique` target's check on generated values (what
    /// `cargo fuzz` explores where it is installed): up to 28 digits, any
    /// scale, trailing zeros, signs.
    #[test]
    fn arithmetique_generee(
        a in "-?[0-9]{1,20}(\\.[0-9]{1,12})?",
        b in "-?[0-9]{1,20}(\\.[0-9]{1,12})?",
    ) {
        sidoba_tests::arithmetique::verifier(&format!("{a} {b}"));
    }
}

#[test]
fn bundle() {
    // The `bundle` target's checks on its seeds (the guide's example, the
    // writer's Bundles, traps) and its regressions.
    let s = Source::depuis_octets(
        "ssiad-usager-2025",
        include_bytes!("../../models/ssiad-usager-2025.json").to_vec(),
    )
    .unwrap();
    let m = charger(&s, false).unwrap().0;
    let f = fichiers("bundle");
    assert!(f.len() >= 5);
    for p in f {
        let Ok(texte) = String::from_utf8(std::fs::read(&p).unwrap()) else {
            continue;
        };
        match sidoba_core::usager::lecture_bundle::lire(&m, &texte) {
            Ok(b) => {
                serde_json::from_str::<serde_json::Value>(&b.collecte)
                    .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            }
            Err(e) => {
                assert!(!e.0.is_empty(), "{}", p.display());
                for x in &e.0 {
                    assert!(
                        x.offset <= texte.len() && x.position.ligne >= 1,
                        "{}",
                        p.display()
                    );
                }
            }
        }
        let _ = sidoba_core::usager::lecture_bundle::valider(&m, &texte);
    }
}
