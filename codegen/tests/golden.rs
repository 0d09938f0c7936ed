//! Golden files: the generated code of each fixture model (insta), and the
//! checked-in generated crates (`generated/`, `tests/src/fixtures/`) are
//! what the generator produces today (the same check as
//! `sidoba generate --check`, from the test suite).

use sidoba_codegen::generate::{self, Fichier};
use sidoba_core::model::{Source, charger};
use std::path::{Path, PathBuf};

fn racine() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Generates the files for `modeles` (paths relative to the workspace root)
/// as `sidoba generate … --out sortie` would.
fn generer(modeles: &[&str], sortie: &str) -> Vec<Fichier> {
    let charges: Vec<_> = modeles
        .iter()
        .map(|m| {
            let octets = std::fs::read(racine().join(m)).unwrap();
            let source = Source::depuis_octets(m, octets).unwrap();
            let (modele, _) = charger(&source, false).unwrap_or_else(|d| panic!("{m}: {d:#?}"));
            (modele, m.to_string())
        })
        .collect();
    generate::fichiers(&racine().join(sortie), &charges).unwrap()
}

fn modeles_de(dossier: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(racine().join(dossier))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json"))
        .map(|n| format!("{dossier}/{n}"))
        .collect();
    v.sort();
    v
}

#[test]
fn fixtures_generated_code() {
    let modeles = modeles_de("tests/models");
    let refs: Vec<&str> = modeles.iter().map(String::as_str).collect();
    let vide = tempfile::tempdir().unwrap();
    for f in generer(&refs, vide.path().to_str().unwrap()) {
        insta::assert_snapshot!(f.nom.clone(), f.contenu);
    }
}

#[track_caller]
fn a_jour(dossier_modeles: &str, sortie: &str) {
    let modeles = modeles_de(dossier_modeles);
    let refs: Vec<&str> = modeles.iter().map(String::as_str).collect();
    let fichiers = generer(&refs, sortie);
    let perimes = generate::perimes(&racine().join(sortie), &fichiers);
    assert!(
        perimes.is_empty(),
        "stale generated files {perimes:?}: run `cargo run -p sidoba-cli -- generate {}/*.json --out {sortie}`",
        dossier_modeles
    );
}

#[test]
fn checked_in_generated_code_is_current() {
    a_jour("models", "generated/src/modeles");
    a_jour("tests/models", "tests/src/fixtures");
}

#[test]
fn generation_is_deterministic() {
    let modeles = modeles_de("models");
    let refs: Vec<&str> = modeles.iter().map(String::as_str).collect();
    let vide = tempfile::tempdir().unwrap();
    let x = vide.path().to_str().unwrap();
    assert_eq!(generer(&refs, x), generer(&refs, x));
}
