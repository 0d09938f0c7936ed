//! `xmllint`, an independent XML parser and schema validator, on CDA
//! documents: every document against the CDA R2 schema kept in
//! `tests/cda-schema/` (or `SIDOBA_CDA_SCHEMA`), and XPath reads. Shared
//! by the runtime's CDA tests and the Bundle tests (`#[path]`). A missing
//! xmllint or schema fails the test saying what to install.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The CDA schema: `SIDOBA_CDA_SCHEMA`, else the copy kept in the
/// repository (`tests/cda-schema/`, the ANS's published schemas).
fn schema() -> PathBuf {
    if let Some(p) = std::env::var_os("SIDOBA_CDA_SCHEMA") {
        return PathBuf::from(p);
    }
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .map(|d| d.join("tests/cda-schema/CDA_extended.xsd"))
        .find(|p| p.is_file())
        .unwrap_or_else(|| PathBuf::from("tests/cda-schema/CDA_extended.xsd"));
    assert!(
        p.is_file(),
        "schéma CDA introuvable : {} ; ce test ne passe jamais sans lui",
        p.display()
    );
    p
}

fn xmllint() -> Command {
    let exe = std::env::var_os("SIDOBA_XMLLINT").unwrap_or_else(|| "xmllint".into());
    let c = Command::new(&exe);
    if Command::new(&exe).arg("--version").output().is_err() {
        panic!(
            "xmllint introuvable (apt-get install libxml2-utils, ou son chemin dans SIDOBA_XMLLINT) : \
             les documents CDA doivent être validés, ce test ne passe jamais sans lui."
        );
    }
    c
}

/// Writes the documents to a temporary folder.
fn fichiers(docs: &[&str]) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let chemins = docs
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let p = dir.path().join(format!("doc{i}.xml"));
            std::fs::write(&p, x).unwrap();
            p
        })
        .collect();
    (dir, chemins)
}

/// Every document validates against the CDA R2 schema (one xmllint run).
pub fn valider(docs: &[&str]) {
    let (_dir, chemins) = fichiers(docs);
    let sortie = xmllint()
        .args(["--noout", "--nonet", "--schema"])
        .arg(schema())
        .args(&chemins)
        .output()
        .unwrap();
    assert!(
        sortie.status.success(),
        "xmllint refuse un document :\n{}",
        String::from_utf8_lossy(&sortie.stderr)
    );
}

/// What an XPath expression reads in a document (an independent parser).
pub fn lire(doc: &str, xpath: &str) -> String {
    let (_dir, chemins) = fichiers(&[doc]);
    let sortie = xmllint()
        .arg("--xpath")
        .arg(xpath)
        .arg(&chemins[0])
        .output()
        .unwrap();
    assert!(
        sortie.status.success(),
        "{}",
        String::from_utf8_lossy(&sortie.stderr)
    );
    // xmllint ends a string result with one line feed of its own.
    let mut s = String::from_utf8(sortie.stdout).unwrap();
    if s.ends_with('\n') {
        s.pop();
    }
    s
}
