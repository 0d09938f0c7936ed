//! The hand-written TDDUI Bundles the Bundle reader's tests read
//! (`core/tests/bundles/`, `sandbox/tests/bundles/`) are themselves
//! checked by the two independent FHIR R4 validators, so that the reader
//! is tested on Bundles FHIR accepts. Needs node and `npm ci` in
//! `tests/fhir` (docs/usager.md).

// Only `valider` is used here.
#[allow(dead_code)]
mod noeud;

use std::path::Path;

#[test]
fn every_hand_written_bundle_passes_both_validators() {
    let racine = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut fichiers = Vec::new();
    for dossier in ["core/tests/bundles", "sandbox/tests/bundles"] {
        for e in std::fs::read_dir(racine.join(dossier)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "json") {
                fichiers.push(p);
            }
        }
    }
    fichiers.sort();
    assert_eq!(fichiers.len(), 5, "{fichiers:?}");
    let rapports = noeud::valider(&fichiers);
    assert_eq!(rapports.len(), fichiers.len());
    for (f, fhir, schema) in rapports {
        assert!(
            fhir.is_empty() && schema.is_empty(),
            "{f}:\n{fhir:#?}\n{schema:#?}"
        );
    }
}

#[test]
fn the_validators_do_see_a_broken_bundle() {
    let racine = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let b = std::fs::read_to_string(racine.join("core/tests/bundles/ssiad-usager-2025.json"))
        .unwrap()
        .replacen("\"in-progress\"", "\"en-cours\"", 1);
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("casse.json");
    std::fs::write(&f, b).unwrap();
    let r = noeud::valider(&[f]);
    assert!(!r[0].1.is_empty() || !r[0].2.is_empty(), "{r:?}");
}
