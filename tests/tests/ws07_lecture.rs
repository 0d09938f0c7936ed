//! Issue 20, item 4: a WS07 Bundle whose document is not XML, not a CDA,
//! or not the CDA guide's is not accepted. The reader shared by `sidoba
//! validate` and the sandbox (`lecture_bundle`) reads each
//! DocumentReference's document and reports it blocking, at the person.

use base64::Engine;
use serde_json::Value;
use sidoba::Severite;
use sidoba_core::model::{Modele, Source, charger};
use sidoba_core::usager::bundle;
use sidoba_core::usager::lecture_bundle;
use sidoba_core::usager::questionnaire::BASE_DEFAUT;
use std::path::{Path, PathBuf};

fn racine() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn modele() -> Modele {
    let chemin = "models/ssiad-usager-2025.json";
    let source =
        Source::depuis_octets(chemin, std::fs::read(racine().join(chemin)).unwrap()).unwrap();
    charger(&source, false).unwrap().0
}

/// The sample collection's WS07 Bundle.
fn bundle_ws07(m: &Modele) -> Value {
    let t = std::fs::read_to_string(racine().join("core/tests/collectes/ssiad-usager-2025.json"))
        .unwrap();
    let l = sidoba::usager::cda::Logiciel {
        nom: "sidoba",
        version: "test",
    };
    let b = bundle::bundle(m, &t, BASE_DEFAUT, Some(l))
        .unwrap_or_else(|_| panic!("collecte refusée"))
        .bundle;
    serde_json::from_str(&b).unwrap()
}

fn b64(s: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(s)
}

/// The first DocumentReference's attachment data.
fn donnees(b: &mut Value) -> &mut Value {
    b["entry"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["resource"]["resourceType"] == "DocumentReference")
        .map(|e| &mut e["resource"]["content"][0]["attachment"]["data"])
        .unwrap()
}

/// The blocking findings of a Bundle, as `chemin : message`.
fn bloquants(m: &Modele, b: &Value) -> Vec<String> {
    let lue = lecture_bundle::valider(m, &b.to_string()).unwrap_or_else(|e| panic!("{e:?}"));
    lue.constats
        .0
        .iter()
        .filter(|c| c.severite == Severite::Bloquante)
        .map(|c| format!("{} : {}", c.chemin, c.message))
        .collect()
}

#[test]
fn a_document_that_is_not_the_guides_cda_is_blocking_at_its_person() {
    let m = modele();
    let bon = bundle_ws07(&m);
    assert_eq!(bloquants(&m, &bon), Vec::<String>::new());
    let xml = String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(
                bon["entry"][2]["resource"]["content"][0]["attachment"]["data"]
                    .as_str()
                    .unwrap(),
            )
            .unwrap(),
    )
    .unwrap();
    let cas = [
        ("CDA-E00", b64("ceci n'est pas du XML")),
        ("CDA-E00", b64("{\"resourceType\": \"Patient\"}")),
        ("CDA-E00", b64(&xml[..xml.len() / 2])),
        (
            "CDA-E01",
            b64("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>"),
        ),
        ("CDA-E01", b64("<ClinicalDocument/>")),
        (
            "CDA-E06",
            b64(&xml.replacen("code=\"EXPORT_DUI\"", "code=\"AUTRE\"", 1)),
        ),
        (
            "CDA-S01",
            b64(&xml.replacen(
                "<templateId root=\"1.2.250.1.213.1.1.2.249\"/>",
                "<templateId root=\"1.2.3\"/>",
                1,
            )),
        ),
    ];
    for (regle, d) in cas {
        let mut b = bon.clone();
        *donnees(&mut b) = d.into();
        let trouves = bloquants(&m, &b);
        assert!(
            trouves
                .iter()
                .any(|t| t.starts_with("usagers[0] : ") && t.contains(regle)),
            "{regle} : {trouves:?}"
        );
        // Never a value of the document (the identity is in it).
        for t in &trouves {
            assert!(
                !t.contains("MARTIN") && !t.contains("237047505612346"),
                "{t}"
            );
        }
    }
    // Not base64 at all: the envelope's own finding.
    let mut b = bon.clone();
    *donnees(&mut b) = "@@@".into();
    assert!(lecture_bundle::valider(&m, &b.to_string()).is_err());
}
