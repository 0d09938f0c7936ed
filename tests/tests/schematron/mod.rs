//! The ANS "Structuration minimale" header schematron on CDA documents,
//! through the ISO pipeline of the ANS kit (`tests/cda-schematron/`), run
//! by SaxonC-HE (`saxonche`, XSLT 3) from `tests/cda-schematron/schematron.py`.
//! Shared by the runtime's CDA tests and the Bundle tests (`#[path]`).
//!
//! Python is `SIDOBA_PYTHON`, else the project's `.venv-ci/bin/python`
//! (what `.ci/run` installs). Without saxonche the test fails, saying how to
//! install it: the documents must pass the schematron, never skipped.

use std::path::{Path, PathBuf};
use std::process::Command;

fn racine() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|d| d.join("tests/cda-schematron/schematron.py").is_file())
        .unwrap_or_else(|| {
            panic!("tests/cda-schematron/schematron.py introuvable au-dessus de CARGO_MANIFEST_DIR")
        })
        .to_path_buf()
}

const INSTALLER: &str = "installez-le : `python3 -m venv .venv-ci && .venv-ci/bin/pip install saxonche` \
     à la racine du projet (ce que fait .ci/run), ou donnez dans SIDOBA_PYTHON le chemin d'un \
     python qui a saxonche";

fn python(racine: &Path) -> PathBuf {
    if let Some(p) = std::env::var_os("SIDOBA_PYTHON") {
        return PathBuf::from(p);
    }
    let p = racine.join(".venv-ci/bin/python");
    assert!(
        p.exists(),
        "python de .venv-ci introuvable ({}) : le schématron de l'ANS a besoin de saxonche ; {INSTALLER}. \
         Ce test ne passe jamais sans lui.",
        p.display()
    );
    p
}

/// One document's errors: `lieu` (XPath) and `texte` of each failed
/// assertion of the schematron.
pub type Erreurs = Vec<(String, String)>;

/// Runs the schematron on every document (one compilation, one process).
pub fn erreurs(docs: &[&str]) -> Vec<Erreurs> {
    let racine = racine();
    let dir = tempfile::tempdir().unwrap();
    let chemins: Vec<PathBuf> = docs
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let p = dir.path().join(format!("doc{i}.xml"));
            std::fs::write(&p, x).unwrap();
            p
        })
        .collect();
    let exe = python(&racine);
    let sortie = Command::new(&exe)
        .arg(racine.join("tests/cda-schematron/schematron.py"))
        .args(&chemins)
        .output()
        .unwrap_or_else(|e| panic!("impossible de lancer {} ({e}) : {INSTALLER}", exe.display()));
    match sortie.status.code() {
        Some(0) => {}
        Some(3) => panic!("saxonche introuvable pour {} : {INSTALLER}.", exe.display()),
        _ => panic!(
            "le schématron n'a pas pu s'exécuter :\n{}",
            String::from_utf8_lossy(&sortie.stderr)
        ),
    }
    // `N<TAB>lieu<TAB>texte` per error, then `documents<TAB>COUNT`.
    let texte = String::from_utf8(sortie.stdout).unwrap();
    let mut resultat = vec![Erreurs::new(); docs.len()];
    let mut fin = false;
    for ligne in texte.lines() {
        let mut parts = ligne.splitn(3, '\t');
        let (n, lieu, t) = (
            parts.next().unwrap(),
            parts.next().unwrap_or(""),
            parts.next(),
        );
        if n == "documents" {
            assert_eq!(lieu, docs.len().to_string(), "{texte}");
            fin = true;
            continue;
        }
        let n: usize = n
            .parse()
            .unwrap_or_else(|_| panic!("sortie inattendue : {ligne}"));
        resultat[n].push((lieu.to_owned(), t.unwrap_or("").to_owned()));
    }
    assert!(fin, "sortie du schématron incomplète :\n{texte}");
    resultat
}

/// Every document passes the schematron.
pub fn valider(docs: &[&str]) {
    for (i, e) in erreurs(docs).iter().enumerate() {
        assert!(
            e.is_empty(),
            "le document {i} ne passe pas le schématron « Structuration minimale » :\n{}",
            e.iter()
                .map(|(lieu, texte)| format!("  {lieu} : {texte}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}
