//! The fuzz targets' checks, run in CI on the seed corpora and on every
//! input that once crashed a target (`fuzz/regressions/TARGET/`, each kept
//! as a regression test). `fuzz/run.sh` runs the fuzzers themselves.

use sidoba_codegen::emit;
use sidoba_codegen::model::{Modele, Regle, Source, charger};
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
            // A checked model always gives Rust (never an emission error).
            assert!(emit::module(&m).is_ok(), "{}", p.display());
        }
    }
}

#[test]
fn regle() {
    let m = rama();
    for p in fichiers("regle") {
        let texte = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
        if let Some(c) = sidoba_codegen::__interne::rules::forme_canonique(&texte) {
            assert_eq!(
                sidoba_codegen::__interne::rules::forme_canonique(&c).as_deref(),
                Some(c.as_str()),
                "{}",
                p.display()
            );
        }
        let mut r: Regle = m.regles[0].clone();
        r.expression = texte;
        let _ = sidoba_codegen::__interne::rules::verifier(&m, &r);
    }
}

#[test]
fn payload() {
    let m = rama();
    for p in fichiers("payload") {
        let texte = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
        let compile = generated::rama_2025::Rapport::valider_payload(&texte);
        assert_eq!(
            compile,
            sidoba_codegen::validate::valider(&m, &texte),
            "{}",
            p.display()
        );
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
            assert!(sidoba_codegen::diff::comparer(&a, &a).ecarts.is_empty());
            let r = sidoba_codegen::diff::comparer(&a, &b);
            let _ = sidoba_codegen::render::markdown(&r);
        }
    }
}
