//! The FINESS that cannot be crossed, on the client's side: a payload or a
//! Bundle that names another structure than the one it is sent for is
//! refused before sending (forced or not), naming both FINESS values; the
//! server never sees it.

mod bac;

use bac::*;

/// The FINESS of the test Bundle's Organization (`1` + FINESS).
fn finess_du_bundle(b: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(b).unwrap();
    v["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .find(|r| r["resourceType"] == "Organization")
        .and_then(|r| r["identifier"][0]["value"].as_str())
        .and_then(|v| v.strip_prefix('1'))
        .unwrap()
        .to_owned()
}

fn bundle_de(finess: &str) -> Vec<u8> {
    let b = String::from_utf8(lire("core/tests/bundles/rama-usager-2026.json")).unwrap();
    let origine = finess_du_bundle(&b);
    b.replace(&origine, finess).into_bytes()
}

fn payload_de(finess: &str) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_slice(&payload(None)).unwrap();
    v["donnees"]["finess_et"] = finess.into();
    serde_json::to_vec(&v).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_structures_data_never_leave() {
    let bac = Bac::demarrer().await;
    let c = bac.client("editeur-a");
    for forcer in [false, true] {
        let e = c
            .envoyer(RAMA, FINESS_A, payload_de("690099999"), forcer)
            .await
            .unwrap_err();
        assert_eq!((e.statut(), e.code()), (None, "finess_different"), "{e}");
        assert!(e.refus_local());
        let m = e.to_string();
        assert!(m.contains("690099999") && m.contains(FINESS_A), "{m}");
        assert!(m.contains("rien n'a été envoyé"), "{m}");
        let e = c
            .envoyer(USAGERS, FINESS_A, bundle_de(FINESS_B), forcer)
            .await
            .unwrap_err();
        assert_eq!((e.statut(), e.code()), (None, "finess_different"), "{e}");
        let m = e.to_string();
        assert!(m.contains(FINESS_B) && m.contains(FINESS_A), "{m}");
    }
    for campagne in [RAMA, USAGERS] {
        assert_eq!(
            c.collection(campagne, FINESS_A).await.unwrap().historique,
            []
        );
    }
    // Their own structure's data go.
    c.envoyer(RAMA, FINESS_A, payload_de(FINESS_A), false)
        .await
        .unwrap();
    c.envoyer(USAGERS, FINESS_A, bundle_de(FINESS_A), true)
        .await
        .unwrap();
    bac.arreter().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_refuses_what_a_forced_raw_submission_crosses() {
    use sidoba_client::Soumission;
    use sidoba_client::contrat::Service;
    let bac = Bac::demarrer().await;
    let c = bac.client("editeur-a");
    let s = Soumission::new(Service::Ws05, RAMA, FINESS_A, payload_de("690099999"));
    let e = c.soumettre(&s).await.unwrap_err();
    assert_eq!(
        (e.statut(), e.code()),
        (Some(422), "finess_different"),
        "{e}"
    );
    let s = Soumission::new(Service::Ws09, USAGERS, FINESS_A, bundle_de(FINESS_B));
    let e = c.soumettre(&s).await.unwrap_err();
    assert_eq!(
        (e.statut(), e.code()),
        (Some(422), "finess_different"),
        "{e}"
    );
    bac.arreter().await;
}
