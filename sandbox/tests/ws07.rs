//! Issue 20, item 4: on the WS07 route, a Bundle whose CDA document is not
//! XML (or not the CDA guide's) is `rejete`, never `accepte` with a
//! warning; the same Bundle with its document intact is `accepte`.

mod commun;

use commun::*;
use reqwest::Method;
use sidoba_core::model::{Source, charger};
use sidoba_core::usager::bundle;

const CAMPAGNE: &str = "SSIAD-USAGER-2025";

/// The sample user-level collection's WS07 Bundle (structure `FINESS_B`).
fn bundle_ws07() -> serde_json::Value {
    let chemin = racine("models/ssiad-usager-2025.json");
    let source =
        Source::depuis_octets("ssiad-usager-2025.json", std::fs::read(&chemin).unwrap()).unwrap();
    let m = charger(&source, false).unwrap().0;
    let collecte =
        std::fs::read_to_string(racine("core/tests/collectes/ssiad-usager-2025.json")).unwrap();
    let l = sidoba::usager::cda::Logiciel {
        nom: "sidoba",
        version: "test",
    };
    let b = bundle::bundle(&m, &collecte, "https://sidoba.invalid/fhir", Some(l))
        .unwrap_or_else(|e| match e {
            bundle::Refus::Constats(c) => panic!("collecte refusée :\n{c}"),
            bundle::Refus::Lecture(e) => panic!("collecte illisible : {e}"),
        })
        .bundle;
    serde_json::from_str(&b).unwrap()
}

/// A sandbox with the sample user-level model, its campaign open.
async fn bac_usager() -> Bac {
    Bac::avec(|c| {
        std::fs::copy(
            racine("models/ssiad-usager-2025.json"),
            c.modeles.join("ssiad-usager-2025.json"),
        )
        .unwrap();
        c.aujourdhui = Some(sidoba_sandbox::lire_date("2026-03-02").unwrap());
    })
    .await
}

#[tokio::test]
async fn a_ws07_document_that_is_not_xml_is_rejected() {
    let bac = bac_usager().await;
    let j = bac.jeton("editeur-b").await;
    let bon = bundle_ws07();
    let mut mauvais = bon.clone();
    for e in mauvais["entry"].as_array_mut().unwrap() {
        if e["resource"]["resourceType"] == "DocumentReference" {
            // base64 of "pas du XML".
            e["resource"]["content"][0]["attachment"]["data"] = "cGFzIGR1IFhNTA==".into();
        }
    }
    let mut etats = Vec::new();
    for (cle, b) in [("cda-bon", &bon), ("cda-mauvais", &mauvais)] {
        let r = bac
            .requete(
                Method::POST,
                &format!("/v1/campagnes/{CAMPAGNE}/structures/{FINESS_B}/usagers/cda"),
                Some(&j),
                &[
                    ("content-type", "application/fhir+json"),
                    ("idempotency-key", cle),
                ],
                b.to_string().into_bytes(),
            )
            .await;
        assert_eq!(r.statut, 202, "{}", r.texte());
        let t = bac
            .attendre_fin(&j, r.json()["uidTraitement"].as_str().unwrap())
            .await;
        etats.push(t);
    }
    assert_eq!(etats[0]["etat"], "accepte", "{}", etats[0]);
    assert_eq!(etats[1]["etat"], "rejete", "{}", etats[1]);
    let constats = etats[1]["constats"].as_array().unwrap();
    assert!(
        constats
            .iter()
            .any(|c| c["severite"] == "bloquante"
                && c["message"].as_str().unwrap().contains("CDA-E00")),
        "{constats:?}"
    );
    bac.arreter().await;
}

/// `api.md`: a WS07 Bundle names its model through its documents' campaign
/// report (the translation of `GEN-092.04.24`); another model →
/// `422 modele_different`.
#[tokio::test]
async fn a_ws07_report_of_another_model_is_refused() {
    use base64::Engine;
    let moteur = base64::engine::general_purpose::STANDARD;
    let bac = bac_usager().await;
    let j = bac.jeton("editeur-b").await;
    let mut b = bundle_ws07();
    for e in b["entry"].as_array_mut().unwrap() {
        if e["resource"]["resourceType"] == "DocumentReference" {
            let d = &mut e["resource"]["content"][0]["attachment"]["data"];
            let xml = String::from_utf8(moteur.decode(d.as_str().unwrap()).unwrap()).unwrap();
            assert!(xml.contains("<translation code=\"SSIAD_USAGER\""));
            let autre = xml.replace(
                "<translation code=\"SSIAD_USAGER\"",
                "<translation code=\"AUTRE\"",
            );
            *d = moteur.encode(autre).into();
        }
    }
    let r = bac
        .requete(
            Method::POST,
            &format!("/v1/campagnes/{CAMPAGNE}/structures/{FINESS_B}/usagers/cda"),
            Some(&j),
            &[
                ("content-type", "application/fhir+json"),
                ("idempotency-key", "cda-autre"),
            ],
            b.to_string().into_bytes(),
        )
        .await;
    r.probleme(422, "modele_different");
    bac.arreter().await;
}
