//! Runs the independent FHIR validators and the reference FHIRPath engine
//! (`tests/fhir/`, npm packages pinned by its lock file) in one node
//! process per batch. A missing node or missing modules fail the test with
//! what to do: these tests never pass silently.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// `tests/fhir` of the workspace, from the `tests` crate or any crate
/// that includes this module (the example DUI does).
fn dossier() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .map(|d| d.join("tests/fhir"))
        .find(|d| d.join("package.json").is_file())
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("fhir"))
}

pub fn node() -> Command {
    let d = dossier();
    for module in ["fhir", "@asymmetrik/fhir-json-schema-validator", "fhirpath"] {
        assert!(
            d.join("node_modules")
                .join(module)
                .join("package.json")
                .is_file(),
            "module npm « {module} » introuvable : lancez `npm ci` dans {} (docs/usager.md)",
            d.display()
        );
    }
    let exe = std::env::var("SIDOBA_NODE").unwrap_or_else(|_| "node".into());
    let mut c = Command::new(&exe);
    c.current_dir(&d);
    c
}

pub fn lancer(mut c: Command, entree: Option<&[u8]>) -> Value {
    c.stdin(if entree.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut enfant = c.spawn().unwrap_or_else(|e| {
        panic!("node introuvable ({e}) : installez Node.js (20 ou plus) ou donnez son chemin dans SIDOBA_NODE, puis `npm ci` dans tests/fhir")
    });
    if let Some(e) = entree {
        let mut stdin = enfant.stdin.take().unwrap();
        stdin.write_all(e).unwrap();
    }
    let sortie = enfant.wait_with_output().unwrap();
    assert!(
        sortie.status.success(),
        "node a échoué : {}",
        String::from_utf8_lossy(&sortie.stderr)
    );
    serde_json::from_slice(&sortie.stdout).expect("sortie JSON de node")
}

/// Each file's messages from the two validators: `(fichier, fhir, schema)`.
pub fn valider(fichiers: &[PathBuf]) -> Vec<(String, Vec<String>, Vec<String>)> {
    let mut c = node();
    c.arg("valider.js").args(fichiers);
    let v = lancer(c, None);
    let liste = |x: &Value| -> Vec<String> {
        x.as_array()
            .unwrap()
            .iter()
            .map(|m| m.as_str().unwrap().to_owned())
            .collect()
    };
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["fichier"].as_str().unwrap().to_owned(),
                liste(&r["fhir"]),
                liste(&r["schema"]),
            )
        })
        .collect()
}

/// The results of `expressions` on each resource, in order.
pub fn evaluer(cas: &[(Value, Vec<String>)]) -> Vec<Vec<Value>> {
    let entree: Vec<Value> = cas
        .iter()
        .map(|(r, x)| serde_json::json!({"ressource": r, "expressions": x}))
        .collect();
    let c = {
        let mut c = node();
        c.arg("fhirpath.js");
        c
    };
    let v = lancer(c, Some(serde_json::to_string(&entree).unwrap().as_bytes()));
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_array().unwrap().clone())
        .collect()
}
