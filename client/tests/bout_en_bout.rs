//! The client against the sandbox, both in this process, over loopback:
//! every call of api.md, the error codes the client can meet (typed, with
//! the problem+json code), the access rules, WS06 findings equal to
//! `sidoba_core::validate`, WS08 transitions, token renewal, chaos and
//! rate limiting.

mod bac;

use bac::*;
use sidoba_client::contrat::{Etat, Service, Statut};
use sidoba_client::{Erreur, Soumission};
use std::collections::BTreeSet;

fn code(e: &Erreur) -> (Option<u16>, &str) {
    (e.statut(), e.code())
}

fn modele_local(fichier: &str) -> sidoba_core::model::Modele {
    let source = sidoba_core::model::Source::depuis_octets(fichier, lire(fichier)).unwrap();
    sidoba_core::model::charger(&source, false).unwrap().0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_call_of_the_contract_against_the_sandbox() {
    let bac = Bac::demarrer().await;
    let c = bac.client("editeur-a");

    // WS01: the campaigns open on 2027-04-01, sorted by id.
    let ids: Vec<_> = c
        .campagnes(None)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(ids, [RAMA, USAGERS]);
    assert_eq!(c.campagnes(Some("SSIAD")).await.unwrap(), []);
    let campagne = c.campagne(RAMA).await.unwrap();
    assert_eq!(campagne.modele.code, "RAMA");
    // WS02: byte for byte as published, checked against WS01's SHA-256.
    let (recu, _) = c.modele_charge(&campagne).await.unwrap();
    assert_eq!(recu.octets, lire("models/rama-2026.json"));
    // WS03 and WS04.
    let v = c
        .valider_modele(&lire("models/rama-2026.json"))
        .await
        .unwrap();
    assert!(v.valide, "{v:?}");
    let rapport = c
        .ecarts(
            std::str::from_utf8(&lire("models/rama-2025.json")).unwrap(),
            std::str::from_utf8(&lire("models/rama-2026.json")).unwrap(),
        )
        .await
        .unwrap();
    assert!(
        serde_json::from_str::<serde_json::Value>(&rapport)
            .unwrap()
            .is_object()
    );

    // WS05 then WS06: accepted, and the collection knows it.
    let envoi = c
        .envoyer(RAMA, FINESS_A, payload(None), false)
        .await
        .unwrap();
    assert_eq!(envoi.service, Service::Ws05);
    let mut etats = Vec::new();
    let t = c
        .suivre(&envoi.accuse.uid_traitement, |t| etats.push(t.etat))
        .await
        .unwrap();
    assert_eq!(t.etat, Etat::Accepte);
    assert_eq!(etats.last(), Some(&Etat::Accepte));
    assert_eq!((t.campagne.as_str(), t.finess.as_str()), (RAMA, FINESS_A));
    let col = c.collection(RAMA, FINESS_A).await.unwrap();
    assert_eq!(col.statut, Statut::EnSaisie);
    assert_eq!(
        col.dernier_traitement.as_deref(),
        Some(t.uid_traitement.as_str())
    );

    // WS08: transmit, then WS05 is refused, reopen, then it goes again.
    assert_eq!(
        c.transmettre(RAMA, FINESS_A).await.unwrap().statut,
        Statut::Transmise
    );
    let e = c
        .envoyer(RAMA, FINESS_A, payload(None), false)
        .await
        .unwrap_err();
    assert_eq!(code(&e), (Some(409), "statut_incompatible"));
    assert_eq!(
        c.rouvrir(RAMA, FINESS_A).await.unwrap().statut,
        Statut::EnSaisie
    );
    let e = c.rouvrir(RAMA, FINESS_A).await.unwrap_err();
    assert_eq!(code(&e), (Some(409), "transition_interdite"));
    c.envoyer(RAMA, FINESS_A, payload(None), false)
        .await
        .unwrap();
    bac.arreter().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn findings_of_ws06_are_those_of_sidoba_validate_and_a_rejected_collection_cannot_be_sent() {
    let bac = Bac::demarrer().await;
    let c = bac.client("editeur-a");
    let faux = payload(Some(-5));
    // Refused locally, nothing sent.
    let e = c
        .envoyer(RAMA, FINESS_A, faux.clone(), false)
        .await
        .unwrap_err();
    assert_eq!(code(&e), (None, "constats_bloquants"));
    assert_eq!(c.collection(RAMA, FINESS_A).await.unwrap().historique, []);
    // Forced: the server rejects it with exactly the local findings.
    let envoi = c.envoyer(RAMA, FINESS_A, faux.clone(), true).await.unwrap();
    let t = c
        .suivre(&envoi.accuse.uid_traitement, |_| {})
        .await
        .unwrap();
    assert_eq!(t.etat, Etat::Rejete);
    let local = sidoba_core::validate::valider(
        &modele_local("models/rama-2026.json"),
        std::str::from_utf8(&faux).unwrap(),
    )
    .unwrap();
    assert!(!local.valide());
    let attendu: serde_json::Value =
        serde_json::from_str::<serde_json::Value>(&local.json()).unwrap()["constats"].clone();
    assert_eq!(serde_json::to_value(&t.constats).unwrap(), attendu);
    // The last processing is rejected: no transmission.
    let e = c.transmettre(RAMA, FINESS_A).await.unwrap_err();
    assert_eq!(code(&e), (Some(409), "transition_interdite"));
    bac.arreter().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_rules_and_the_authority() {
    let bac = Bac::demarrer().await;
    let a = bac.client("editeur-a");
    let envoi = a
        .envoyer(RAMA, FINESS_A, payload(None), false)
        .await
        .unwrap();
    let uid = envoi.accuse.uid_traitement.clone();
    a.suivre(&uid, |_| {}).await.unwrap();

    // Another FINESS: 403, whether or not anything is there.
    let b = bac.client("editeur-b");
    let e = b
        .envoyer(RAMA, FINESS_A, payload(None), false)
        .await
        .unwrap_err();
    assert_eq!(code(&e), (Some(403), "acces_refuse"));
    let e = b.collection(RAMA, FINESS_A).await.unwrap_err();
    assert_eq!(code(&e), (Some(403), "acces_refuse"));
    // Another account's processing: 404, as an unknown one.
    let e = b.traitement(&uid).await.unwrap_err();
    assert_eq!(code(&e), (Some(404), "introuvable"));
    let e = a
        .traitement("00000000-0000-4000-8000-000000000000")
        .await
        .unwrap_err();
    assert_eq!(code(&e), (Some(404), "introuvable"));

    // A reader reads but cannot send nor transmit.
    let l = bac.client("lecteur-a");
    assert_eq!(l.traitement(&uid).await.unwrap().etat, Etat::Accepte);
    let e = l
        .envoyer(RAMA, FINESS_A, payload(None), false)
        .await
        .unwrap_err();
    assert_eq!(code(&e), (Some(403), "acces_refuse"));
    let e = l.transmettre(RAMA, FINESS_A).await.unwrap_err();
    assert_eq!(code(&e), (Some(403), "acces_refuse"));

    // A vendor asking `validee` gets 403; the authority validates, for good.
    a.transmettre(RAMA, FINESS_A).await.unwrap();
    let e = a
        .changer_statut(RAMA, FINESS_A, Statut::Validee)
        .await
        .unwrap_err();
    assert_eq!(code(&e), (Some(403), "acces_refuse"));
    let cnsa = bac.client("cnsa");
    let col = cnsa
        .changer_statut(RAMA, FINESS_A, Statut::Validee)
        .await
        .unwrap();
    assert_eq!(col.statut, Statut::Validee);
    let e = a.rouvrir(RAMA, FINESS_A).await.unwrap_err();
    assert_eq!(code(&e), (Some(409), "transition_interdite"));
    let e = a
        .envoyer(RAMA, FINESS_A, payload(None), false)
        .await
        .unwrap_err();
    assert_eq!(code(&e), (Some(409), "statut_incompatible"));
    bac.arreter().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_refusals_reach_the_caller_as_typed_errors() {
    let bac = Bac::demarrer().await;
    let c = bac.client("editeur-a");
    let ws05 =
        |campagne: &str, corps: Vec<u8>| Soumission::new(Service::Ws05, campagne, FINESS_A, corps);

    // Bad credentials: the OAuth code, never retried.
    let mut config = bac.config("editeur-a").0;
    config.secret = sidoba_client::Secret::new("pas-le-bon");
    let faux = sidoba_client::Client::new(config).unwrap();
    let e = faux.campagnes(None).await.unwrap_err();
    assert_eq!(code(&e), (Some(401), "invalid_client"));

    // A closed campaign is not among the open ones; sent anyway: 409.
    let e = c
        .envoyer(RAMA_FERMEE, FINESS_A, payload(None), false)
        .await
        .unwrap_err();
    assert_eq!(code(&e), (None, "campagne_inconnue"));
    let e = c
        .soumettre(&ws05(
            RAMA_FERMEE,
            lire("generated/tests/donnees/rama-2025.json"),
        ))
        .await
        .unwrap_err();
    assert_eq!(code(&e), (Some(409), "campagne_fermee"));
    // Unknown campaign on WS02.
    let e = c.modele("INCONNUE", None).await.unwrap_err();
    assert_eq!(code(&e), (Some(404), "introuvable"));
    // The RAMA 2025 payload on the RAMA 2026 campaign.
    let e = c
        .soumettre(&ws05(RAMA, lire("generated/tests/donnees/rama-2025.json")))
        .await
        .unwrap_err();
    assert_eq!(code(&e), (Some(422), "modele_different"));
    // A WS05 payload on a user-level campaign: refused locally, and by the server.
    let e = c
        .envoyer(USAGERS, FINESS_A, payload(None), false)
        .await
        .unwrap_err();
    assert_eq!(code(&e), (None, "niveau_incorrect"));
    let e = c
        .soumettre(&ws05(USAGERS, payload(None)))
        .await
        .unwrap_err();
    assert_eq!(code(&e), (Some(422), "niveau_incorrect"));
    // Not JSON.
    let e = c
        .soumettre(&ws05(RAMA, b"{\"campagne\": ".to_vec()))
        .await
        .unwrap_err();
    assert_eq!(code(&e), (Some(400), "json_invalide"));
    // Over 10 MiB: refused before sending.
    let e = c
        .soumettre(&ws05(RAMA, vec![b' '; 10 * 1024 * 1024 + 1]))
        .await
        .unwrap_err();
    assert_eq!(code(&e), (None, "trop_volumineux"));
    // WS03 on what is not JSON; WS04 given an invalid model.
    let e = c.valider_modele(b"pas du json").await.unwrap_err();
    assert_eq!(code(&e), (Some(400), "json_invalide"));
    let e = c.ecarts("{}", "{}").await.unwrap_err();
    assert_eq!(code(&e), (Some(422), "modele_invalide"));
    // Transmitting a collection that has no accepted processing.
    let e = c.transmettre(RAMA, FINESS_A).await.unwrap_err();
    assert_eq!(code(&e), (Some(409), "transition_interdite"));
    // The same submission again (its key reused): the same 202, one processing.
    let s = ws05(RAMA, payload(None));
    let premier = c.soumettre(&s).await.unwrap();
    assert_eq!(
        c.soumettre(&s).await.unwrap().uid_traitement,
        premier.uid_traitement
    );
    assert_eq!(
        c.collection(RAMA, FINESS_A).await.unwrap().historique.len(),
        1
    );
    bac.arreter().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn short_lived_tokens_are_renewed_transparently() {
    let bac = Bac::avec(|c| c.duree_jeton = 1).await;
    let (config, journal) = bac.config("editeur-a");
    let c = sidoba_client::Client::new(config).unwrap();
    for _ in 0..3 {
        c.campagnes(None).await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    }
    let envoi = c
        .envoyer(RAMA, FINESS_A, payload(None), false)
        .await
        .unwrap();
    assert_eq!(
        c.suivre(&envoi.accuse.uid_traitement, |_| {})
            .await
            .unwrap()
            .etat,
        Etat::Accepte
    );
    let jetons = journal
        .lock()
        .unwrap()
        .iter()
        .filter(|l| l.contains("demande d'un jeton"))
        .count();
    assert!(jetons >= 4, "{:?}", journal.lock().unwrap());
    bac.arreter().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn under_chaos_every_payload_is_submitted_exactly_once() {
    let bac = Bac::avec(|c| c.chaos = 0.3).await;
    let (config, journal) = bac.config("editeur-a");
    let c = sidoba_client::Client::new(config).unwrap();
    let envois = (0..20).map(|_| {
        let c = c.clone();
        tokio::spawn(async move { c.envoyer(RAMA, FINESS_A, payload(None), false).await })
    });
    let mut uids = BTreeSet::new();
    for e in envois {
        uids.insert(e.await.unwrap().unwrap().accuse.uid_traitement);
    }
    assert_eq!(uids.len(), 20);
    let historique: BTreeSet<_> = c
        .collection(RAMA, FINESS_A)
        .await
        .unwrap()
        .historique
        .into_iter()
        .map(|h| h.uid_traitement)
        .collect();
    assert_eq!(historique, uids);
    // Chaos did strike, and the client retried.
    assert!(
        journal
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.contains("tentative"))
    );
    bac.arreter().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rate_limit_is_honoured_after_retry_after() {
    let bac = Bac::avec(|c| c.debit = Some(3)).await;
    let (config, journal) = bac.config("editeur-a");
    let c = sidoba_client::Client::new(config).unwrap();
    let appels = (0..8).map(|_| {
        let c = c.clone();
        tokio::spawn(async move { c.collection(RAMA, FINESS_A).await })
    });
    for a in appels {
        a.await.unwrap().unwrap();
    }
    let lignes = journal.lock().unwrap().clone();
    assert!(lignes.iter().any(|l| l.contains("HTTP 429")), "{lignes:?}");
    bac.arreter().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_without_retries_meets_the_429_itself() {
    let bac = Bac::avec(|c| c.debit = Some(1)).await;
    let mut config = bac.config("editeur-a").0;
    config.reprise.tentatives = 1;
    let c = sidoba_client::Client::new(config).unwrap();
    let mut codes = BTreeSet::new();
    for _ in 0..4 {
        match c.collection(RAMA, FINESS_A).await {
            Ok(_) => codes.insert((Some(200), "ok".to_owned())),
            Err(e) => codes.insert((e.statut(), e.code().to_owned())),
        };
    }
    assert!(
        codes.contains(&(Some(429), "trop_de_requetes".to_owned())),
        "{codes:?}"
    );
    bac.arreter().await;
}
