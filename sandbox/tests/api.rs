//! The sandbox over loopback: every route and error code of api.md, the
//! order of the checks, the access rules, idempotency, WS06 findings and
//! WS08 transitions.

mod commun;

use commun::*;
use reqwest::Method;
use serde_json::json;

const DONNEES_A: &str = "/v1/campagnes/RAMA-2026/structures/690012345/donnees";

#[tokio::test]
async fn token_endpoint_answers_as_oauth() {
    let bac = Bac::demarrer().await;
    let form = |corps: &str| {
        let corps = corps.to_owned();
        let bac = &bac;
        async move {
            bac.requete(
                Method::POST,
                "/v1/jeton",
                None,
                &[("content-type", "application/x-www-form-urlencoded")],
                corps.into_bytes(),
            )
            .await
        }
    };
    let ok = form(&format!(
        "grant_type=client_credentials&client_id=editeur-a&client_secret={SECRET}"
    ))
    .await;
    assert_eq!(ok.statut, 200);
    let v = ok.json();
    assert_eq!(v["token_type"], "Bearer");
    assert_eq!(v["expires_in"], 900);
    // At least 128 random bits.
    assert!(v["access_token"].as_str().unwrap().len() >= 32);
    for (corps, statut, code) in [
        (
            "grant_type=client_credentials&client_id=editeur-a&client_secret=faux".to_owned(),
            401,
            "invalid_client",
        ),
        (
            format!("grant_type=client_credentials&client_id=inconnu&client_secret={SECRET}"),
            401,
            "invalid_client",
        ),
        (
            format!("grant_type=password&client_id=editeur-a&client_secret={SECRET}"),
            400,
            "unsupported_grant_type",
        ),
        (
            "grant_type=client_credentials&client_id=editeur-a".to_owned(),
            400,
            "invalid_request",
        ),
    ] {
        let r = form(&corps).await;
        assert_eq!(r.statut, statut, "{corps}");
        assert_eq!(r.json(), json!({ "error": code }), "{corps}");
    }
    bac.arreter().await;
}

#[tokio::test]
async fn missing_forged_and_expired_tokens_get_401() {
    let bac = Bac::avec(|c| c.duree_jeton = 1).await;
    let r = bac
        .requete(Method::GET, "/v1/campagnes", None, &[], Vec::new())
        .await;
    r.probleme(401, "jeton_invalide");
    assert_eq!(r.entete("www-authenticate"), Some("Bearer"));
    let r = bac.get("/v1/campagnes", &"0".repeat(64)).await;
    r.probleme(401, "jeton_invalide");
    assert_eq!(
        r.entete("www-authenticate"),
        Some("Bearer error=\"invalid_token\"")
    );
    let jeton = bac.jeton("editeur-a").await;
    assert_eq!(bac.get("/v1/campagnes", &jeton).await.statut, 200);
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let r = bac.get("/v1/campagnes", &jeton).await;
    r.probleme(401, "jeton_invalide");
    assert_eq!(
        r.entete("www-authenticate"),
        Some("Bearer error=\"invalid_token\"")
    );
    bac.arreter().await;
}

#[tokio::test]
async fn ws01_lists_open_campaigns_sorted_and_filtered() {
    let bac = Bac::demarrer().await;
    let j = bac.jeton("editeur-a").await;
    let r = bac.get("/v1/campagnes", &j).await;
    assert_eq!(r.statut, 200);
    let v = r.json();
    let ids: Vec<&str> = v["campagnes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    // 2027-04-01: RAMA-2026 and the user-level campaign; RAMA-2025 and
    // SSIAD-2025 are closed.
    assert_eq!(ids, ["RAMA-2026", USAGERS]);
    let rama = &v["campagnes"][0];
    let octets = std::fs::read(racine("models/rama-2026.json")).unwrap();
    let sha = sha2::Sha256::digest(&octets);
    use sha2::Digest;
    assert_eq!(
        rama["modele"],
        json!({"code": "RAMA", "version": "2026.1", "niveau": "structure",
               "sha256": sha.iter().map(|b| format!("{b:02x}")).collect::<String>()})
    );
    assert_eq!(rama["dateOuverture"], "2027-03-15");
    assert_eq!(rama["dateCloture"], "2027-06-30");
    assert_eq!(rama["annee"], 2026);
    assert_eq!(rama["module"], "RAMA");
    let r = bac.get("/v1/campagnes?module=SSIAD", &j).await;
    assert_eq!(r.json()["campagnes"][0]["id"], USAGERS);
    assert_eq!(r.json()["campagnes"].as_array().unwrap().len(), 1);
    bac.arreter().await;
}

#[tokio::test]
async fn ws02_serves_the_model_bytes_with_etag_and_304() {
    let bac = Bac::demarrer().await;
    let j = bac.jeton("lecteur-a").await;
    let r = bac.get("/v1/campagnes/RAMA-2026/modele", &j).await;
    assert_eq!(r.statut, 200);
    let octets = std::fs::read(racine("models/rama-2026.json")).unwrap();
    assert_eq!(r.octets, octets);
    let etag = r.entete("etag").unwrap().to_owned();
    use sha2::Digest;
    let sha: String = sha2::Sha256::digest(&octets)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(etag, format!("\"{sha}\""));
    let r = bac
        .requete(
            Method::GET,
            "/v1/campagnes/RAMA-2026/modele",
            Some(&j),
            &[("if-none-match", &etag)],
            Vec::new(),
        )
        .await;
    assert_eq!(r.statut, 304);
    assert!(r.octets.is_empty());
    let r = bac
        .requete(
            Method::GET,
            "/v1/campagnes/RAMA-2026/modele",
            Some(&j),
            &[("if-none-match", "\"autre\"")],
            Vec::new(),
        )
        .await;
    assert_eq!(r.statut, 200);
    bac.get("/v1/campagnes/INCONNUE/modele", &j)
        .await
        .probleme(404, "introuvable");
    bac.arreter().await;
}

#[tokio::test]
async fn ws03_gives_the_problems_of_sidoba_check() {
    let bac = Bac::demarrer().await;
    let j = bac.jeton("editeur-a").await;
    let poster = |corps: Vec<u8>, ct: &'static str| {
        let (bac, j) = (&bac, j.clone());
        async move {
            bac.requete(
                Method::POST,
                "/v1/modeles/validation",
                Some(&j),
                &[("content-type", ct)],
                corps,
            )
            .await
        }
    };
    let octets = std::fs::read(racine("models/rama-2026.json")).unwrap();
    let r = poster(octets.clone(), "application/json").await;
    assert_eq!(r.statut, 200, "{}", r.texte());
    assert_eq!(r.json()["valide"], true);
    // A model whose level is unknown: invalid, with its place.
    let faux = String::from_utf8(octets).unwrap().replacen(
        "\"niveau\": \"structure\"",
        "\"niveau\": \"region\"",
        1,
    );
    let r = poster(faux.clone().into_bytes(), "application/json").await;
    let v = r.json();
    assert_eq!(v["valide"], false);
    let src = sidoba_core::model::Source::depuis_octets("m", faux.into_bytes()).unwrap();
    let attendus = sidoba_core::model::charger(&src, false).unwrap_err();
    let p = v["problemes"].as_array().unwrap();
    assert_eq!(p.len(), attendus.len());
    assert_eq!(p[0]["pointeur"], attendus[0].pointeur);
    assert_eq!(p[0]["ligne"], attendus[0].position.ligne);
    assert_eq!(p[0]["colonne"], attendus[0].position.colonne);
    assert_eq!(p[0]["message"], attendus[0].message);
    assert_eq!(p[0]["gravite"], "erreur");
    assert_eq!(
        p[0].as_object().unwrap().keys().collect::<Vec<_>>(),
        ["colonne", "gravite", "ligne", "message", "pointeur"]
    );
    poster(b"{\"campagne\":".to_vec(), "application/json")
        .await
        .probleme(400, "json_invalide");
    poster(b"{}".to_vec(), "text/plain")
        .await
        .probleme(415, "type_contenu");
    bac.arreter().await;
}

#[tokio::test]
async fn ws04_gives_the_json_report_of_sidoba_diff() {
    let bac = Bac::demarrer().await;
    let j = bac.jeton("editeur-a").await;
    let ancien = std::fs::read_to_string(racine("models/rama-2025.json")).unwrap();
    let nouveau = std::fs::read_to_string(racine("models/rama-2026.json")).unwrap();
    let corps = format!("{{\"ancien\": {ancien}, \"nouveau\": {nouveau}}}");
    let r = bac
        .requete(
            Method::POST,
            "/v1/modeles/ecarts",
            Some(&j),
            &[("content-type", "application/json")],
            corps.into_bytes(),
        )
        .await;
    assert_eq!(r.statut, 200, "{}", r.texte());
    let charger = |t: &str| {
        let s = sidoba_core::model::Source::depuis_octets("m", t.as_bytes().to_vec()).unwrap();
        sidoba_core::model::charger(&s, false).unwrap().0
    };
    let attendu = sidoba_core::render::json(&sidoba_core::diff::comparer(
        &charger(&ancien),
        &charger(&nouveau),
    ));
    assert_eq!(r.texte(), attendu);
    let corps = format!("{{\"ancien\": {ancien}, \"nouveau\": {{\"campagne\": 1}}}}");
    let r = bac
        .requete(
            Method::POST,
            "/v1/modeles/ecarts",
            Some(&j),
            &[("content-type", "application/json")],
            corps.into_bytes(),
        )
        .await;
    r.probleme(422, "modele_invalide");
    let p = r.json()["problemes"].as_array().unwrap().clone();
    assert!(!p.is_empty());
    assert!(p.iter().all(|p| p["modele"] == "nouveau"));
    let r = bac
        .requete(
            Method::POST,
            "/v1/modeles/ecarts",
            Some(&j),
            &[("content-type", "application/json")],
            b"[1]".to_vec(),
        )
        .await;
    r.probleme(400, "json_invalide");
    bac.arreter().await;
}

/// WS06 findings equal `sidoba_core::validate` on the same payload.
#[tokio::test]
async fn ws05_then_ws06_findings_are_those_of_sidoba_validate() {
    let bac = Bac::demarrer().await;
    let j = bac.jeton("editeur-a").await;
    let modele = {
        let s = sidoba_core::model::Source::depuis_octets(
            "m",
            std::fs::read(racine("models/rama-2026.json")).unwrap(),
        )
        .unwrap();
        sidoba_core::model::charger(&s, false).unwrap().0
    };
    for (cle, corps, etat) in [
        ("k-bon", payload_rama_2026(), "accepte"),
        ("k-faux", payload_rama_2026_faux(), "rejete"),
    ] {
        let r = bac.envoyer(&j, "RAMA-2026", FINESS_A, cle, &corps).await;
        assert_eq!(r.statut, 202, "{}", r.texte());
        let v = r.json();
        let uid = v["uidTraitement"].as_str().unwrap().to_owned();
        assert!(uuid::Uuid::parse_str(&uid).is_ok());
        assert!(v["position"].is_u64());
        let t = bac.attendre_fin(&j, &uid).await;
        assert_eq!(t["etat"], etat);
        assert_eq!(t["campagne"], "RAMA-2026");
        assert_eq!(t["finess"], FINESS_A);
        assert_eq!(t["position"], 0);
        assert!(t["termine"].is_string() && t["recu"].is_string());
        let attendus = sidoba_core::validate::valider(&modele, &corps).unwrap();
        assert_eq!(etat == "accepte", attendus.valide());
        let attendus: serde_json::Value = serde_json::to_value(&attendus.0).unwrap();
        assert_eq!(t["constats"], attendus);
        if etat == "rejete" {
            assert!(!t["constats"].as_array().unwrap().is_empty());
        }
    }
    // The collection: newest first.
    let r = bac
        .get("/v1/campagnes/RAMA-2026/structures/690012345", &j)
        .await;
    let v = r.json();
    assert_eq!(v["statut"], "en_saisie");
    assert_eq!(v["historique"].as_array().unwrap().len(), 2);
    assert_eq!(v["historique"][0]["etat"], "rejete");
    assert_eq!(v["historique"][1]["etat"], "accepte");
    assert_eq!(v["dernierTraitement"], v["historique"][0]["uidTraitement"]);
    bac.arreter().await;
}

#[tokio::test]
async fn idempotency_key_replays_and_refuses_another_body() {
    let bac = Bac::demarrer().await;
    let j = bac.jeton("editeur-a").await;
    let corps = payload_rama_2026();
    let a = bac
        .envoyer(&j, "RAMA-2026", FINESS_A, "cle-1", &corps)
        .await;
    assert_eq!(a.statut, 202);
    let b = bac
        .envoyer(&j, "RAMA-2026", FINESS_A, "cle-1", &corps)
        .await;
    assert_eq!(b.statut, 202);
    assert_eq!(a.octets, b.octets);
    let c = bac
        .envoyer(
            &j,
            "RAMA-2026",
            FINESS_A,
            "cle-1",
            &payload_rama_2026_faux(),
        )
        .await;
    c.probleme(409, "cle_idempotence_reutilisee");
    let v = bac
        .get("/v1/campagnes/RAMA-2026/structures/690012345", &j)
        .await
        .json();
    assert_eq!(v["historique"].as_array().unwrap().len(), 1);
    // Keys are scoped to the account: editeur-b's "cle-1" is its own.
    let jb = bac.jeton("editeur-b").await;
    let d = bac
        .envoyer(
            &jb,
            "RAMA-2026",
            FINESS_B,
            "cle-1",
            &corps.replace(FINESS_A, FINESS_B),
        )
        .await;
    assert_eq!(d.statut, 202);
    assert_ne!(d.octets, a.octets);
    // Key syntax.
    bac.requete(
        Method::POST,
        DONNEES_A,
        Some(&j),
        &[("content-type", "application/json")],
        corps.clone().into_bytes(),
    )
    .await
    .probleme(400, "cle_idempotence_manquante");
    for cle in ["a b".to_owned(), "x".repeat(256)] {
        bac.envoyer(&j, "RAMA-2026", FINESS_A, &cle, &corps)
            .await
            .probleme(400, "cle_idempotence_invalide");
    }
    bac.envoyer(&j, "RAMA-2026", FINESS_A, &"x".repeat(255), &corps)
        .await;
    bac.arreter().await;
}

#[tokio::test]
async fn access_rules() {
    let bac = Bac::demarrer().await;
    let (ja, jb, jl, jc) = (
        bac.jeton("editeur-a").await,
        bac.jeton("editeur-b").await,
        bac.jeton("lecteur-a").await,
        bac.jeton("cnsa").await,
    );
    let corps = payload_rama_2026();
    // Another FINESS: 403, whether or not anything exists there.
    bac.envoyer(&jb, "RAMA-2026", FINESS_A, "k", &corps)
        .await
        .probleme(403, "acces_refuse");
    bac.get("/v1/campagnes/RAMA-2026/structures/690012345", &jb)
        .await
        .probleme(403, "acces_refuse");
    bac.get("/v1/campagnes/INCONNUE/structures/690012345", &jb)
        .await
        .probleme(403, "acces_refuse");
    // A lecteur reads but cannot send.
    bac.envoyer(&jl, "RAMA-2026", FINESS_A, "k", &corps)
        .await
        .probleme(403, "acces_refuse");
    assert_eq!(
        bac.get("/v1/campagnes/RAMA-2026/structures/690012345", &jl)
            .await
            .statut,
        200
    );
    let r = bac.envoyer(&ja, "RAMA-2026", FINESS_A, "k", &corps).await;
    let uid = r.json()["uidTraitement"].as_str().unwrap().to_owned();
    bac.attendre_fin(&ja, &uid).await;
    assert_eq!(
        bac.get(&format!("/v1/traitements/{uid}"), &jl).await.statut,
        200
    );
    // Another account's processing does not exist for editeur-b.
    bac.get(&format!("/v1/traitements/{uid}"), &jb)
        .await
        .probleme(404, "introuvable");
    bac.get("/v1/traitements/00000000-0000-4000-8000-000000000000", &ja)
        .await
        .probleme(404, "introuvable");
    // A vendor asking for validee: 403; the authority transmits nothing
    // but validates.
    let statut = |j: &str, s: &str| {
        let (bac, j, s) = (&bac, j.to_owned(), s.to_owned());
        async move {
            bac.requete(
                Method::PUT,
                "/v1/campagnes/RAMA-2026/structures/690012345/statut",
                Some(&j),
                &[("content-type", "application/json")],
                format!("{{\"statut\": \"{s}\"}}").into_bytes(),
            )
            .await
        }
    };
    statut(&jl, "transmise").await.probleme(403, "acces_refuse");
    statut(&jc, "transmise").await.probleme(403, "acces_refuse");
    assert_eq!(statut(&ja, "transmise").await.statut, 200);
    statut(&ja, "validee").await.probleme(403, "acces_refuse");
    let r = statut(&jc, "validee").await;
    assert_eq!(r.statut, 200, "{}", r.texte());
    assert_eq!(r.json()["statut"], "validee");
    bac.arreter().await;
}

#[tokio::test]
async fn ws08_transitions() {
    let bac = Bac::demarrer().await;
    let (ja, jc) = (bac.jeton("editeur-a").await, bac.jeton("cnsa").await);
    let statut = |j: &str, s: &str| {
        let (bac, j, s) = (&bac, j.to_owned(), s.to_owned());
        async move {
            bac.requete(
                Method::PUT,
                "/v1/campagnes/RAMA-2026/structures/690012345/statut",
                Some(&j),
                &[("content-type", "application/json")],
                format!("{{\"statut\": \"{s}\"}}").into_bytes(),
            )
            .await
        }
    };
    // Nothing sent yet.
    statut(&ja, "transmise")
        .await
        .probleme(409, "transition_interdite");
    statut(&ja, "en_saisie")
        .await
        .probleme(409, "transition_interdite");
    // The last processing rejected.
    let r = bac
        .envoyer(&ja, "RAMA-2026", FINESS_A, "k1", &payload_rama_2026_faux())
        .await;
    bac.attendre_fin(&ja, r.json()["uidTraitement"].as_str().unwrap())
        .await;
    statut(&ja, "transmise")
        .await
        .probleme(409, "transition_interdite");
    // Accepted: transmitted; then sending is refused.
    let r = bac
        .envoyer(&ja, "RAMA-2026", FINESS_A, "k2", &payload_rama_2026())
        .await;
    let uid = r.json()["uidTraitement"].as_str().unwrap().to_owned();
    bac.attendre_fin(&ja, &uid).await;
    let r = statut(&ja, "transmise").await;
    assert_eq!(r.statut, 200);
    let v = r.json();
    assert_eq!(v["statut"], "transmise");
    assert_eq!(v["dernierTraitement"], uid.as_str());
    assert_eq!(v["campagne"], "RAMA-2026");
    assert_eq!(v["finess"], FINESS_A);
    bac.envoyer(&ja, "RAMA-2026", FINESS_A, "k3", &payload_rama_2026())
        .await
        .probleme(409, "statut_incompatible");
    // A retry of an accepted submission still gets its 202.
    assert_eq!(
        bac.envoyer(&ja, "RAMA-2026", FINESS_A, "k2", &payload_rama_2026())
            .await
            .statut,
        202
    );
    statut(&ja, "transmise")
        .await
        .probleme(409, "transition_interdite");
    // Reopen while open, transmit again, validate; validee is final.
    assert_eq!(statut(&ja, "en_saisie").await.json()["statut"], "en_saisie");
    assert_eq!(statut(&ja, "transmise").await.statut, 200);
    assert_eq!(statut(&jc, "validee").await.statut, 200);
    statut(&ja, "en_saisie")
        .await
        .probleme(409, "transition_interdite");
    statut(&jc, "validee")
        .await
        .probleme(409, "transition_interdite");
    bac.envoyer(&ja, "RAMA-2026", FINESS_A, "k4", &payload_rama_2026())
        .await
        .probleme(409, "statut_incompatible");
    // Not a status.
    statut(&ja, "ouverte").await.probleme(400, "json_invalide");
    bac.arreter().await;
}

#[tokio::test]
async fn reopening_needs_an_open_campaign() {
    // Transmit on the last open day, reopen the day after: refused.
    let dossier = tempfile::tempdir().unwrap();
    let mut c = config(dossier.path());
    c.aujourdhui = Some(sidoba_sandbox::lire_date("2027-06-30").unwrap());
    let serveur = sidoba_sandbox::Serveur::demarrer(c.clone()).await.unwrap();
    let url = format!("http://{}", serveur.adresse());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let t = tokio::spawn(serveur.attendre(async {
        let _ = rx.await;
    }));
    let http = reqwest::Client::new();
    let jeton = |http: reqwest::Client, url: String| async move {
        let r = http
            .post(format!("{url}/v1/jeton"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!(
                "grant_type=client_credentials&client_id=editeur-a&client_secret={SECRET}"
            ))
            .send()
            .await
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        v["access_token"].as_str().unwrap().to_owned()
    };
    let j = jeton(http.clone(), url.clone()).await;
    let r = http
        .post(format!("{url}{DONNEES_A}"))
        .bearer_auth(&j)
        .header("content-type", "application/json")
        .header("idempotency-key", "k")
        .body(payload_rama_2026())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 202);
    let uid = serde_json::from_slice::<serde_json::Value>(&r.bytes().await.unwrap()).unwrap()
        ["uidTraitement"]
        .as_str()
        .unwrap()
        .to_owned();
    loop {
        let r = http
            .get(format!("{url}/v1/traitements/{uid}"))
            .bearer_auth(&j)
            .send()
            .await
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        if v["etat"] == "accepte" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let statut = |url: String, j: String, s: &'static str| {
        let http = http.clone();
        async move {
            http.put(format!(
                "{url}/v1/campagnes/RAMA-2026/structures/690012345/statut"
            ))
            .bearer_auth(j)
            .header("content-type", "application/json")
            .body(format!("{{\"statut\": \"{s}\"}}"))
            .send()
            .await
            .unwrap()
            .status()
        }
    };
    assert_eq!(statut(url.clone(), j.clone(), "transmise").await, 200);
    let _ = tx.send(());
    t.await.unwrap().unwrap();
    // Same data file, the next day.
    c.aujourdhui = Some(sidoba_sandbox::lire_date("2027-07-01").unwrap());
    let serveur = sidoba_sandbox::Serveur::demarrer(c).await.unwrap();
    let url = format!("http://{}", serveur.adresse());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let t = tokio::spawn(serveur.attendre(async {
        let _ = rx.await;
    }));
    // Tokens survive a restart (they are in the data file).
    assert_eq!(statut(url.clone(), j.clone(), "en_saisie").await, 409);
    let _ = tx.send(());
    t.await.unwrap().unwrap();
}

/// Each check of api.md's order wins over every later one.
#[tokio::test]
async fn checks_run_in_the_contract_order() {
    let bac = Bac::demarrer().await;
    let (ja, jb) = (bac.jeton("editeur-a").await, bac.jeton("editeur-b").await);
    let envoi = |j: &str, ct: &str, cle: Option<&str>, campagne: &str, corps: &[u8]| {
        let mut h = vec![("content-type", ct.to_owned())];
        if let Some(c) = cle {
            h.push(("idempotency-key", c.to_owned()));
        }
        let (bac, j, corps) = (&bac, j.to_owned(), corps.to_vec());
        let chemin = format!("/v1/campagnes/{campagne}/structures/690012345/donnees");
        async move {
            let h: Vec<(&str, &str)> = h.iter().map(|(k, v)| (*k, v.as_str())).collect();
            bac.requete(Method::POST, &chemin, Some(&j), &h, corps)
                .await
        }
    };
    let bon = payload_rama_2026();
    let autre_version = bon.replace("\"version\":\"2026.1\"", "\"version\":\"2026.2\"");
    assert_ne!(bon, autre_version);
    // token > everything
    bac.requete(
        Method::POST,
        DONNEES_A,
        Some("faux"),
        &[("content-type", "text/plain")],
        b"{".to_vec(),
    )
    .await
    .probleme(401, "jeton_invalide");
    // role > content type, JSON, key, campaign
    envoi(&jb, "text/plain", None, "INCONNUE", b"{")
        .await
        .probleme(403, "acces_refuse");
    // content type > JSON, key, campaign
    envoi(&ja, "text/plain", None, "INCONNUE", b"{")
        .await
        .probleme(415, "type_contenu");
    // JSON > key, campaign
    envoi(&ja, "application/json", None, "INCONNUE", b"{")
        .await
        .probleme(400, "json_invalide");
    // key > campaign
    envoi(&ja, "application/json", None, "INCONNUE", bon.as_bytes())
        .await
        .probleme(400, "cle_idempotence_manquante");
    // campaign exists > open > level > status > model
    envoi(
        &ja,
        "application/json",
        Some("k1"),
        "INCONNUE",
        autre_version.as_bytes(),
    )
    .await
    .probleme(404, "introuvable");
    envoi(
        &ja,
        "application/json",
        Some("k2"),
        "RAMA-2025",
        autre_version.as_bytes(),
    )
    .await
    .probleme(409, "campagne_fermee");
    envoi(
        &ja,
        "application/json",
        Some("k3"),
        USAGERS,
        autre_version.as_bytes(),
    )
    .await
    .probleme(422, "niveau_incorrect");
    envoi(
        &ja,
        "application/json",
        Some("k4"),
        "RAMA-2026",
        autre_version.as_bytes(),
    )
    .await
    .probleme(422, "modele_different");
    bac.arreter().await;
}

#[tokio::test]
async fn bad_input_gets_the_right_problem_and_the_server_keeps_serving() {
    let bac = Bac::demarrer().await;
    let j = bac.jeton("editeur-a").await;
    let bon = payload_rama_2026();
    let marqueur = "VALEUR-MARQUEUR-7f3a";
    /// name, campaign, content type, body, status, code
    type Cas<'a> = (&'a str, String, &'a str, Vec<u8>, u16, &'a str);
    let cas: Vec<Cas<'_>> = vec![
        (
            "tronqué",
            "RAMA-2026".into(),
            "application/json",
            bon.as_bytes()[..bon.len() / 2].to_vec(),
            400,
            "json_invalide",
        ),
        (
            "invalide",
            "RAMA-2026".into(),
            "application/json",
            format!("{{\"campagne\": {marqueur}}}").into_bytes(),
            400,
            "json_invalide",
        ),
        (
            "utf-8",
            "RAMA-2026".into(),
            "application/json",
            {
                let mut o = bon.as_bytes().to_vec();
                o[40] = 0xff;
                o
            },
            400,
            "json_invalide",
        ),
        (
            "type",
            "RAMA-2026".into(),
            "text/plain",
            bon.clone().into_bytes(),
            415,
            "type_contenu",
        ),
        (
            "inconnue",
            "INCONNUE".into(),
            "application/json",
            bon.clone().into_bytes(),
            404,
            "introuvable",
        ),
        (
            "fermée",
            "RAMA-2025".into(),
            "application/json",
            bon.clone().into_bytes(),
            409,
            "campagne_fermee",
        ),
        (
            "version",
            "RAMA-2026".into(),
            "application/json",
            bon.replace("\"2026.1\"", "\"2025.1\"").into_bytes(),
            422,
            "modele_different",
        ),
        (
            "campagne",
            "RAMA-2026".into(),
            "application/json",
            bon.replace("\"RAMA-2026\"", &format!("\"{marqueur}\""))
                .into_bytes(),
            422,
            "modele_different",
        ),
        (
            "usagers",
            USAGERS.into(),
            "application/json",
            bon.clone().into_bytes(),
            422,
            "niveau_incorrect",
        ),
    ];
    for (i, (nom, campagne, ct, corps, statut, code)) in cas.into_iter().enumerate() {
        let cle = format!("k{i}");
        let r = bac
            .requete(
                Method::POST,
                &format!("/v1/campagnes/{campagne}/structures/690012345/donnees"),
                Some(&j),
                &[("content-type", ct), ("idempotency-key", &cle)],
                corps,
            )
            .await;
        r.probleme(statut, code);
        assert!(!r.texte().contains(marqueur), "{nom} : {}", r.texte());
        assert_eq!(bac.get("/v1/campagnes", &j).await.statut, 200, "{nom}");
    }
    bac.arreter().await;
}

async fn brut(bac: &Bac, requete: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let adresse = bac.url.trim_start_matches("http://");
    let mut s = tokio::net::TcpStream::connect(adresse).await.unwrap();
    s.write_all(requete).await.unwrap();
    let mut r = vec![0u8; 4096];
    let n = tokio::time::timeout(std::time::Duration::from_secs(10), s.read(&mut r))
        .await
        .expect("le serveur doit répondre sans lire tout le corps")
        .unwrap();
    String::from_utf8_lossy(&r[..n]).into_owned()
}

/// 11 MiB announced: 413 after the first kilobytes, the rest never sent;
/// 11 MiB streamed (chunked): 413 at the limit.
#[tokio::test]
async fn eleven_mib_bodies_get_413_without_being_read_whole() {
    let bac = Bac::demarrer().await;
    let j = bac.jeton("editeur-a").await;
    let onze = 11 * 1024 * 1024;
    let tete = format!(
        "POST {DONNEES_A} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {j}\r\n\
         Content-Type: application/json\r\nIdempotency-Key: k\r\nContent-Length: {onze}\r\n\r\n{{\"a\": \""
    );
    let r = brut(&bac, tete.as_bytes()).await;
    assert!(r.starts_with("HTTP/1.1 413"), "{r}");
    assert!(r.contains("application/problem+json"), "{r}");
    assert!(r.contains("urn:sidoba:erreur:trop_volumineux"), "{r}");
    // Without a token, the token check comes first.
    let r = brut(
        &bac,
        format!("POST {DONNEES_A} HTTP/1.1\r\nHost: x\r\nContent-Length: {onze}\r\n\r\n")
            .as_bytes(),
    )
    .await;
    assert!(r.starts_with("HTTP/1.1 401"), "{r}");
    // Chunked: the limit is found while streaming.
    let r = bac
        .requete(
            Method::POST,
            DONNEES_A,
            Some(&j),
            &[
                ("content-type", "application/json"),
                ("idempotency-key", "k"),
            ],
            vec![b' '; onze],
        )
        .await;
    r.probleme(413, "trop_volumineux");
    {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let adresse = bac.url.trim_start_matches("http://");
        let mut s = tokio::net::TcpStream::connect(adresse).await.unwrap();
        let tete = format!(
            "POST {DONNEES_A} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {j}\r\n\
             Content-Type: application/json\r\nIdempotency-Key: k\r\nTransfer-Encoding: chunked\r\n\r\n"
        );
        s.write_all(tete.as_bytes()).await.unwrap();
        let morceau = vec![b' '; 1024 * 1024];
        let mut envoye = 0;
        let mut reponse = vec![0u8; 4096];
        let n = loop {
            let ecrit = async {
                s.write_all(format!("{:x}\r\n", morceau.len()).as_bytes())
                    .await?;
                s.write_all(&morceau).await?;
                s.write_all(b"\r\n").await
            };
            if ecrit.await.is_err() {
                break s.read(&mut reponse).await.unwrap_or(0);
            }
            envoye += 1;
            if envoye == 11 {
                break tokio::time::timeout(
                    std::time::Duration::from_secs(10),
                    s.read(&mut reponse),
                )
                .await
                .unwrap()
                .unwrap();
            }
        };
        let r = String::from_utf8_lossy(&reponse[..n]);
        assert!(r.starts_with("HTTP/1.1 413"), "{r}");
    }
    assert_eq!(bac.get("/v1/campagnes", &j).await.statut, 200);
    bac.arreter().await;
}

#[tokio::test]
async fn slow_request_past_the_timeout_gets_503() {
    let bac = Bac::avec(|c| c.delai = std::time::Duration::from_millis(500)).await;
    let j = bac.jeton("editeur-a").await;
    // The body announced is never sent.
    let r = brut(
        &bac,
        format!(
            "POST {DONNEES_A} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {j}\r\n\
             Content-Type: application/json\r\nIdempotency-Key: k\r\nContent-Length: 100\r\n\r\n{{"
        )
        .as_bytes(),
    )
    .await;
    assert!(r.starts_with("HTTP/1.1 503"), "{r}");
    assert!(r.contains("urn:sidoba:erreur:indisponible"), "{r}");
    assert!(r.to_ascii_lowercase().contains("retry-after: 1"), "{r}");
    bac.arreter().await;
}

#[tokio::test]
async fn unknown_paths_and_wrong_methods_are_problems() {
    let bac = Bac::demarrer().await;
    let j = bac.jeton("editeur-a").await;
    bac.get("/v1/inconnu", &j)
        .await
        .probleme(404, "introuvable");
    bac.requete(Method::GET, "/inconnu", None, &[], Vec::new())
        .await
        .probleme(404, "introuvable");
    for (m, p) in [
        (Method::DELETE, "/v1/campagnes"),
        (Method::GET, "/v1/jeton"),
        (Method::POST, "/v1/traitements/x"),
        (Method::GET, DONNEES_A),
    ] {
        bac.requete(m, p, Some(&j), &[], Vec::new())
            .await
            .probleme(405, "methode_non_permise");
    }
    bac.arreter().await;
}

#[tokio::test]
async fn rate_limit_answers_429_with_retry_after() {
    let bac = Bac::avec(|c| c.debit = Some(3)).await;
    let (ja, jb) = (bac.jeton("editeur-a").await, bac.jeton("editeur-b").await);
    let mut statuts = Vec::new();
    for _ in 0..10 {
        let r = bac.get("/v1/campagnes", &ja).await;
        if r.statut == 429 {
            r.probleme(429, "trop_de_requetes");
            assert_eq!(r.entete("retry-after"), Some("1"));
        }
        statuts.push(r.statut);
    }
    assert!(statuts.contains(&429), "{statuts:?}");
    assert!(
        statuts.iter().filter(|s| **s == 200).count() <= 6,
        "{statuts:?}"
    );
    // Per account: editeur-b is not slowed by editeur-a.
    assert_eq!(bac.get("/v1/campagnes", &jb).await.statut, 200);
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(bac.get("/v1/campagnes", &ja).await.statut, 200);
    bac.arreter().await;
}

/// Under chaos, a client retrying with its key gets its 202 and the
/// submission is stored once.
#[tokio::test]
async fn chaos_fails_requests_but_a_retried_submission_is_stored_once() {
    let mut bac = Bac::avec(|c| c.chaos = 0.6).await;
    // A client without a timeout could wait on a dropped connection.
    bac.http = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(5))
        .build()
        .unwrap();
    let mut j = None;
    for _ in 0..100 {
        let r = bac
            .http
            .post(bac.u("/v1/jeton"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!(
                "grant_type=client_credentials&client_id=editeur-a&client_secret={SECRET}"
            ))
            .send()
            .await;
        if let Ok(r) = r
            && r.status() == 200
            && let Ok(o) = r.bytes().await
        {
            let v: serde_json::Value = serde_json::from_slice(&o).unwrap();
            j = Some(v["access_token"].as_str().unwrap().to_owned());
            break;
        }
    }
    let j = j.expect("un jeton en 100 essais");
    let mut pannes = std::collections::BTreeSet::new();
    let mut corps_202 = Vec::new();
    for cle in ["a", "b", "c"] {
        for _ in 0..200 {
            let r = bac
                .http
                .post(bac.u(DONNEES_A))
                .bearer_auth(&j)
                .header("content-type", "application/json")
                .header("idempotency-key", cle)
                .body(payload_rama_2026())
                .send()
                .await;
            let r = match r {
                Err(_) => {
                    pannes.insert("coupure");
                    continue;
                }
                Ok(r) => r,
            };
            let statut = r.status().as_u16();
            let retry = r.headers().get("retry-after").is_some();
            match r.bytes().await {
                Err(_) => {
                    pannes.insert("coupure");
                }
                Ok(o) if statut == 202 => {
                    corps_202.push(o.to_vec());
                    break;
                }
                Ok(_) => {
                    assert_eq!(statut, 503);
                    assert!(retry);
                    pannes.insert("503");
                }
            }
        }
    }
    assert_eq!(corps_202.len(), 3);
    // Three submissions are too small a sample to see both kinds of failure
    // every time: reads go on until both are seen (each is 1 in 5 here).
    for _ in 0..1000 {
        if pannes.contains("503") && pannes.contains("coupure") {
            break;
        }
        match bac
            .http
            .get(bac.u("/v1/campagnes"))
            .bearer_auth(&j)
            .send()
            .await
        {
            Err(_) => {
                pannes.insert("coupure");
            }
            Ok(r) if r.status() == 503 => {
                pannes.insert("503");
            }
            Ok(r) => {
                if r.bytes().await.is_err() {
                    pannes.insert("coupure");
                }
            }
        }
    }
    assert!(
        pannes.contains("503") && pannes.contains("coupure"),
        "{pannes:?}"
    );
    // Exactly three processings, whatever was dropped after handling.
    let mut n = None;
    for _ in 0..200 {
        let r = bac
            .http
            .get(bac.u("/v1/campagnes/RAMA-2026/structures/690012345"))
            .bearer_auth(&j)
            .send()
            .await;
        if let Ok(r) = r
            && r.status() == 200
            && let Ok(o) = r.bytes().await
        {
            let v: serde_json::Value = serde_json::from_slice(&o).unwrap();
            n = Some(v["historique"].as_array().unwrap().len());
            break;
        }
    }
    assert_eq!(n, Some(3));
    bac.arreter().await;
}

#[tokio::test]
async fn a_ws09_bundle_gets_each_persons_findings() {
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
async fn user_level_routes_admit_then_refuse_honestly() {
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

#[tokio::test]
async fn openapi_document_lists_exactly_the_routes_of_the_server() {
    let bac = Bac::demarrer().await;
    let r = bac
        .requete(Method::GET, "/v1/openapi.json", None, &[], Vec::new())
        .await;
    assert_eq!(r.statut, 200);
    assert_eq!(
        r.octets,
        std::fs::read(racine("docs/openapi.json")).unwrap()
    );
    let doc = r.json();
    let texte_doc = r.texte();
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1."),
        "{}",
        doc["openapi"]
    );
    let mut documentees: Vec<(String, String)> = Vec::new();
    for (chemin, ops) in doc["paths"].as_object().unwrap() {
        for m in ops.as_object().unwrap().keys() {
            documentees.push((m.clone(), chemin.clone()));
        }
    }
    documentees.sort();
    let servies: Vec<(String, String)> = sidoba_sandbox::routes_declarees()
        .into_iter()
        .map(|(m, p)| (m.to_owned(), p.to_owned()))
        .collect();
    assert_eq!(documentees, servies);
    // And the router really has each of them: never the unknown-path 404
    // nor a 405 with its method.
    let j = bac.jeton("editeur-a").await;
    for (m, p) in servies {
        let chemin = p
            .replace("{id}", "RAMA-2026")
            .replace("{finess}", FINESS_A)
            .replace("{uid}", "x");
        let r = bac
            .requete(
                m.to_uppercase().parse().unwrap(),
                &chemin,
                Some(&j),
                &[],
                Vec::new(),
            )
            .await;
        assert_ne!(r.statut, 405, "{m} {p}");
        if r.statut == 404 {
            assert!(!r.texte().contains("aucune ressource"), "{m} {p}");
        }
    }
    // Every error code of the contract is documented.
    for code in sidoba_sandbox::contrat::Code::TOUS {
        assert!(texte_doc.contains(code.fiche().0), "{}", code.fiche().0);
    }
    bac.arreter().await;
}

#[test]
fn a_server_dropped_without_being_stopped_stops_its_worker() {
    // The worker is a blocking thread: if dropping the server's future left
    // it running, the runtime's shutdown would wait for it forever (a failed
    // assertion in a test used to hang instead of failing).
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let bac = Bac::demarrer().await;
            drop(bac);
        });
        drop(rt);
        let _ = tx.send(());
    });
    assert!(
        rx.recv_timeout(std::time::Duration::from_secs(30)).is_ok(),
        "l'arrêt du runtime attend encore le travailleur"
    );
}
