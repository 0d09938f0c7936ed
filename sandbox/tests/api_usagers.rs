//! The sandbox over loopback, user-level routes (WS07, WS09): each
//! person's findings, admission and honest refusals.

mod commun;

use commun::*;
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn un_bundle_ws09_recoit_les_constats_de_chaque_personne() {
    let bac = Bac::demarrer().await;
    let j = bac.jeton("editeur-a").await;
    let bundle = std::fs::read_to_string(commun::racine(
        "sandbox/tests/bundles/ssiad-usagers-2027.json",
    ))
    .unwrap();
    let r = bac
        .requete(
            Method::POST,
            &format!("/v1/campagnes/{USAGERS}/structures/690012345/usagers/fhir"),
            Some(&j),
            &[
                ("content-type", "application/fhir+json"),
                ("idempotency-key", "w1"),
            ],
            bundle.into_bytes(),
        )
        .await;
    assert_eq!(r.statut, 202, "{}", r.texte());
    let t = bac
        .attendre_fin(&j, r.json()["uidTraitement"].as_str().unwrap())
        .await;
    assert_eq!(t["etat"], "rejete");
    let constats = t["constats"].as_array().unwrap();
    let lieux: Vec<&str> = constats
        .iter()
        .map(|c| c["chemin"].as_str().unwrap())
        .collect();
    // Person by person, the copy's required fields and the row's ETP.
    assert_eq!(lieux.len(), 39, "{lieux:?}");
    assert_eq!(lieux[0], "usagers[0].finess_et");
    assert_eq!(lieux[18], "usagers[0].rh[1].etp");
    assert_eq!(lieux[19], "usagers[1].finess_et");
    assert!(lieux.contains(&"usagers[1].age_moyen"));
    let tout = serde_json::to_string(&t).unwrap();
    for secret in ["DUPONT", "ALICE", "1940-05-06", "U-001"] {
        assert!(!tout.contains(secret), "{secret}");
    }
    // The same Bundle on the CDA route: the wrong kind for WS07.
    let r = bac
        .requete(
            Method::POST,
            &format!("/v1/campagnes/{USAGERS}/structures/690012345/usagers/cda"),
            Some(&j),
            &[
                ("content-type", "application/fhir+json"),
                ("idempotency-key", "w2"),
            ],
            std::fs::read(commun::racine(
                "sandbox/tests/bundles/ssiad-usagers-2027.json",
            ))
            .unwrap(),
        )
        .await;
    assert_eq!(r.statut, 202, "{}", r.texte());
    let t = bac
        .attendre_fin(&j, r.json()["uidTraitement"].as_str().unwrap())
        .await;
    assert_eq!(t["etat"], "rejete");
    assert_eq!(
        t["constats"][0]["message"],
        "Bundle TDDUI illisible (1:1) : /entry : la voie ws07 attend des DocumentReference (documents CDA)"
    );
    bac.arreter().await;
}

#[tokio::test]
async fn les_routes_par_personne_admettent_puis_refusent_franchement() {
    let bac = Bac::demarrer().await;
    let j = bac.jeton("editeur-a").await;
    let qr = |q: &str| {
        json!({"resourceType": "Bundle", "type": "transaction", "entry": [
            {"resource": {"resourceType": "Organization"}},
            {"resource": {"resourceType": "QuestionnaireResponse", "questionnaire": q}}
        ]})
        .to_string()
    };
    let bon = qr("https://sidoba.invalid/fhir/Questionnaire/SSIAD|2025.1");
    let poster = |voie: &str, campagne: &str, ct: &str, cle: &str, corps: &str| {
        let chemin = format!("/v1/campagnes/{campagne}/structures/690012345/usagers/{voie}");
        let (bac, j, ct, cle, corps) = (
            &bac,
            j.clone(),
            ct.to_owned(),
            cle.to_owned(),
            corps.to_owned(),
        );
        async move {
            bac.requete(
                Method::POST,
                &chemin,
                Some(&j),
                &[("content-type", &ct), ("idempotency-key", &cle)],
                corps.into_bytes(),
            )
            .await
        }
    };
    for voie in ["fhir", "cda"] {
        poster(voie, USAGERS, "application/json", "k", &bon)
            .await
            .probleme(415, "type_contenu");
        poster(voie, USAGERS, "application/fhir+json", "k", "{")
            .await
            .probleme(400, "json_invalide");
        poster(
            voie,
            "RAMA-2026",
            "application/fhir+json",
            &format!("{voie}-1"),
            &bon,
        )
        .await
        .probleme(422, "niveau_incorrect");
        poster(
            voie,
            USAGERS,
            "application/fhir+json",
            &format!("{voie}-2"),
            &qr("https://sidoba.invalid/fhir/Questionnaire/SSIAD|2024.1"),
        )
        .await
        .probleme(422, "modele_different");
        poster(
            voie,
            USAGERS,
            "application/fhir+json",
            &format!("{voie}-3"),
            "[]",
        )
        .await
        .probleme(422, "modele_different");
        let r = poster(
            voie,
            USAGERS,
            "application/fhir+json",
            &format!("{voie}-4"),
            &bon,
        )
        .await;
        assert_eq!(r.statut, 202, "{}", r.texte());
        let t = bac
            .attendre_fin(&j, r.json()["uidTraitement"].as_str().unwrap())
            .await;
        // Admitted, then read by the Bundle reader: not a TDDUI Bundle
        // (no request, no structure, a resource about no one…), every
        // fault a blocking finding with its JSON pointer.
        assert_eq!(t["etat"], "rejete");
        let constats = t["constats"].as_array().unwrap();
        assert!(constats.len() > 1, "{constats:?}");
        assert!(constats.iter().all(|c| c["severite"] == "bloquante"));
        let m = constats[0]["message"].as_str().unwrap();
        assert!(m.starts_with("Bundle TDDUI illisible (1:"), "{m}");
        assert!(
            constats.iter().any(|c| c["message"]
                .as_str()
                .unwrap()
                .contains("/entry/0/request : « request » absent")),
            "{constats:?}"
        );
    }
    // WS09 needs at least one QuestionnaireResponse; WS07 leaves the CDA
    // documents' references to the user-level validator.
    let sans = json!({"resourceType": "Bundle", "entry": []}).to_string();
    poster("fhir", USAGERS, "application/fhir+json", "s1", &sans)
        .await
        .probleme(422, "modele_different");
    assert_eq!(
        poster("cda", USAGERS, "application/fhir+json", "s2", &sans)
            .await
            .statut,
        202
    );
    bac.arreter().await;
}
