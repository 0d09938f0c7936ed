//! The FINESS that cannot be crossed (api.md, `finess_different`): a WS05
//! payload whose `role: finess` field names another structure, and a
//! WS07/WS09 Bundle whose Organization or persons' identifiers belong to
//! another FINESS, are refused with 422 — even by an account that holds
//! only the structure of the URL.

mod commun;

use commun::*;
use reqwest::Method;

fn payload_de(finess: Option<&str>) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&payload_rama_2026()).unwrap();
    match finess {
        Some(f) => v["donnees"]["finess_et"] = f.into(),
        None => {
            v["donnees"].as_object_mut().unwrap().remove("finess_et");
        }
    }
    v.to_string()
}

fn bundle() -> String {
    std::fs::read_to_string(racine("sandbox/tests/bundles/ssiad-usagers-2027.json")).unwrap()
}

async fn poster_bundle(
    bac: &Bac,
    jeton: &str,
    voie: &str,
    finess: &str,
    cle: &str,
    corps: String,
) -> Reponse {
    bac.requete(
        Method::POST,
        &format!("/v1/campagnes/{USAGERS}/structures/{finess}/usagers/{voie}"),
        Some(jeton),
        &[
            ("content-type", "application/fhir+json"),
            ("idempotency-key", cle),
        ],
        corps.into_bytes(),
    )
    .await
}

/// A 422 `finess_different` whose detail names both FINESS and each of
/// `aussi` (places).
#[track_caller]
fn refus_nomme(r: &Reponse, trouve: &str, attendu: &str, aussi: &[&str]) {
    r.probleme(422, "finess_different");
    let detail = r.json()["detail"].as_str().unwrap().to_owned();
    for attendu in [trouve, attendu].iter().chain(aussi) {
        assert!(detail.contains(attendu), "{detail}");
    }
}

/// Nothing was stored for the collection.
async fn rien_depose(bac: &Bac, jeton: &str, campagne: &str) {
    let c = bac
        .get(
            &format!("/v1/campagnes/{campagne}/structures/{FINESS_A}"),
            jeton,
        )
        .await;
    assert_eq!(c.json()["historique"], serde_json::json!([]));
}

#[tokio::test]
async fn un_payload_ws05_d_un_autre_finess_est_refuse() {
    let bac = Bac::demarrer().await;
    let j = bac.jeton("editeur-a").await;
    let r = bac
        .envoyer(
            &j,
            "RAMA-2026",
            FINESS_A,
            "k1",
            &payload_de(Some("690099999")),
        )
        .await;
    refus_nomme(&r, "690099999", FINESS_A, &["/donnees/finess_et"]);
    rien_depose(&bac, &j, "RAMA-2026").await;
    // A value that is not shaped like a FINESS is not quoted back.
    let r = bac
        .envoyer(
            &j,
            "RAMA-2026",
            FINESS_A,
            "k2",
            &payload_de(Some("<script>x")),
        )
        .await;
    r.probleme(422, "finess_different");
    assert!(!r.texte().contains("script"), "{}", r.texte());
    // Its own FINESS, or the field left out (then the validator says it
    // is required): admitted.
    for (cle, p) in [("k3", payload_de(Some(FINESS_A))), ("k4", payload_de(None))] {
        let r = bac.envoyer(&j, "RAMA-2026", FINESS_A, cle, &p).await;
        assert_eq!(r.statut, 202, "{}", r.texte());
    }
    bac.arreter().await;
}

#[tokio::test]
async fn un_bundle_d_une_autre_structure_est_refuse_sur_les_deux_routes() {
    let bac = Bac::demarrer().await;
    // editeur-a holds only A, and posts B's Bundle on A's path.
    let j = bac.jeton("editeur-a").await;
    let de_b = bundle().replace(FINESS_A, FINESS_B);
    for (voie, cle) in [("fhir", "b1"), ("cda", "b2")] {
        let r = poster_bundle(&bac, &j, voie, FINESS_A, cle, de_b.clone()).await;
        refus_nomme(&r, FINESS_B, FINESS_A, &[]);
    }
    // The Organization is A's, one person's identifier is B's.
    let melange = bundle().replacen(
        &format!("3{FINESS_A}/U/002\""),
        &format!("3{FINESS_B}/U/002\""),
        1,
    );
    assert_ne!(melange, bundle());
    let r = poster_bundle(&bac, &j, "fhir", FINESS_A, "b3", melange).await;
    refus_nomme(&r, FINESS_B, FINESS_A, &[]);
    // Only the Organization is B's.
    let org = bundle().replacen(&format!("\"1{FINESS_A}\""), &format!("\"1{FINESS_B}\""), 1);
    assert_ne!(org, bundle());
    let r = poster_bundle(&bac, &j, "fhir", FINESS_A, "b4", org).await;
    refus_nomme(&r, FINESS_B, FINESS_A, &[]);
    // A person's report fills the field whose role is `finess` with B.
    let mut v: serde_json::Value = serde_json::from_str(&bundle()).unwrap();
    let qr = v["entry"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .map(|e| &mut e["resource"])
        .find(|r| r["resourceType"] == "QuestionnaireResponse")
        .unwrap();
    qr["item"].as_array_mut().unwrap().push(serde_json::json!(
        {"linkId": "etablissement", "item": [{"linkId": "finess_et", "answer": [{"valueString": FINESS_B}]}]}
    ));
    let r = poster_bundle(&bac, &j, "fhir", FINESS_A, "b7", v.to_string()).await;
    refus_nomme(&r, FINESS_B, FINESS_A, &["/answer/0/valueString"]);
    rien_depose(&bac, &j, USAGERS).await;
    // B's Bundle on B's path, by B's account: admitted.
    let jb = bac.jeton("editeur-b").await;
    let r = poster_bundle(&bac, &jb, "fhir", FINESS_B, "b5", de_b).await;
    assert_eq!(r.statut, 202, "{}", r.texte());
    // A's own Bundle on A: admitted.
    let r = poster_bundle(&bac, &j, "fhir", FINESS_A, "b6", bundle()).await;
    assert_eq!(r.statut, 202, "{}", r.texte());
    bac.arreter().await;
}
