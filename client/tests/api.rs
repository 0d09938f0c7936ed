//! The client against a fault-injecting mock of `api.md` (`maquette`):
//! each submission made exactly once whatever the network does, bounded
//! retries, 4xx never retried, tokens renewed, local refusals, and no
//! marker value (secret, token, payload value) in any error or log.

mod maquette;

use maquette::{
    CLIENT_ID, FINESS, FINESS_INTERDIT, Faute, MARQUEUR_JETON, PIEGES, RAMA, Reglages, SECRET,
};
use sidoba_client::contrat::{Etat, Service, Statut};
use sidoba_client::{Client, Config, Erreur, Politique, Secret, Soumission, Transport, bloquant};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const VALEUR: &str = "VALEUR-MARQUEUR-9c1e";

type Journal = Arc<Mutex<Vec<String>>>;

fn config(url: &str) -> (Config, Journal) {
    let mut c = Config::new(url, CLIENT_ID, Secret::new(SECRET)).unwrap();
    c.reprise = Politique {
        tentatives: 5,
        delai_initial: Duration::from_millis(10),
        delai_max: Duration::from_secs(2),
        duree_max: Duration::from_secs(10),
    };
    c.delai_requete = Duration::from_millis(800);
    c.intervalle_suivi = Duration::from_millis(5);
    let journal: Journal = Arc::default();
    let j = journal.clone();
    c.journal = Some(Arc::new(move |e| j.lock().unwrap().push(e.to_string())));
    (c, journal)
}

fn client(url: &str) -> (Client, Journal) {
    let (c, j) = config(url);
    (Client::new(c).unwrap(), j)
}

/// The RAMA 2026 example payload with a marker as a value (and, when
/// `invalide`, a number of places over its maximum).
fn payload(invalide: bool) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_slice(maquette::PAYLOAD_RAMA).unwrap();
    v["donnees"]["raison_sociale"] = VALEUR.into();
    if invalide {
        v["donnees"]["nombre_de_places"] = 987654.into();
    }
    serde_json::to_vec(&v).unwrap()
}

const BUNDLE: &[u8] = br#"{"resourceType":"Bundle","type":"transaction","entry":[{"resource":{"resourceType":"Patient"}}]}"#;
/// A TDDUI Bundle of one person for pieges.json, written by hand after
/// usager.md (core/tests/bundles/).
const BUNDLE_PIEGES: &str = include_str!("../../core/tests/bundles/pieges.json");

/// The same Bundle with a row item whose linkId is no code of the model: a
/// blocking `champ_inconnu` finding at `usagers[0].type-ligne[0].inconnu`.
fn bundle_pieges_bloquant() -> Vec<u8> {
    BUNDLE_PIEGES
        .replacen(
            "\"item\": [",
            "\"item\": [{\"linkId\": \"type-ligne\", \"item\": [{\"linkId\": \"inconnu\", \"answer\": [{\"valueInteger\": 1}]}]},",
            1,
        )
        .into_bytes()
}

fn soumission() -> Soumission {
    Soumission::new(Service::Ws05, RAMA, FINESS, payload(false))
}

fn code(e: &Erreur) -> (Option<u16>, String) {
    (e.statut(), e.code().to_owned())
}

#[tokio::test]
async fn the_whole_sequence_works_with_one_token() {
    let (m, url) = maquette::demarrer(Reglages::default()).await;
    let (c, _) = client(&url);
    let campagnes = c.campagnes(None).await.unwrap();
    let ids: Vec<&str> = campagnes.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, [RAMA, PIEGES]);
    let recu = c
        .modele(RAMA, Some(&campagnes[0].modele.sha256))
        .await
        .unwrap();
    assert_eq!(recu.octets, maquette::MODELE_RAMA);

    let envoi = c
        .envoyer(RAMA, FINESS, payload(false), false)
        .await
        .unwrap();
    assert_eq!(envoi.service, Service::Ws05);
    assert!(envoi.constats.0.is_empty());
    let mut etats = Vec::new();
    let fin = c
        .suivre(&envoi.accuse.uid_traitement, |t| etats.push(t.etat))
        .await
        .unwrap();
    assert_eq!(etats, [Etat::EnAttente, Etat::EnCours, Etat::Accepte]);
    assert_eq!(fin.etat, Etat::Accepte);

    let coll = c.transmettre(RAMA, FINESS).await.unwrap();
    assert_eq!(coll.statut, Statut::Transmise);
    assert_eq!(
        coll.dernier_traitement.as_deref(),
        Some(fin.uid_traitement.as_str())
    );
    let e = c.transmettre(RAMA, FINESS).await.unwrap_err();
    assert_eq!(code(&e), (Some(409), "transition_interdite".into()));
    assert_eq!(
        c.rouvrir(RAMA, FINESS).await.unwrap().statut,
        Statut::EnSaisie
    );
    assert_eq!(m.compte(&m.jetons_emis), 1);
}

#[tokio::test]
async fn each_payload_is_submitted_once_through_drops_and_slow_answers() {
    let (m, url) = maquette::demarrer(Reglages::default()).await;
    let (c, journal) = client(&url);
    c.campagnes(None).await.unwrap(); // the token, outside the faults
    for faute in [
        Faute::CoupeAvant,
        Faute::CoupeApres,
        Faute::Lente(Duration::from_millis(1500)),
        Faute::Probleme {
            statut: 503,
            code: "indisponible",
            retry_after: Some(0),
        },
        Faute::Probleme {
            statut: 502,
            code: "erreur_interne",
            retry_after: None,
        },
        Faute::Probleme {
            statut: 504,
            code: "erreur_interne",
            retry_after: None,
        },
    ] {
        let avant = (m.compte(&m.creations), m.compte(&m.soumissions_recues));
        m.fautes([faute.clone(), faute.clone()]);
        let s = soumission();
        let a = c.soumettre(&s).await.unwrap();
        let apres = (m.compte(&m.creations), m.compte(&m.soumissions_recues));
        assert_eq!(apres.0 - avant.0, 1, "{faute:?}: one submission created");
        // Two faulty attempts and the good one; a drop before handling
        // never reaches the handler.
        let atteintes = match faute {
            Faute::CoupeAvant => 1,
            Faute::Probleme { .. } => 1,
            _ => 3,
        };
        assert_eq!(apres.1 - avant.1, atteintes, "{faute:?}");
        // The same key again gives the same processing.
        assert_eq!(c.soumettre(&s).await.unwrap(), a);
    }
    assert_eq!(m.cles(), 6);
    let j = journal.lock().unwrap();
    assert!(
        j.iter().any(|l| l.contains("connexion interrompue")),
        "{j:?}"
    );
    assert!(j.iter().any(|l| l.contains("délai dépassé")), "{j:?}");
    assert!(
        j.iter().any(|l| l.starts_with("HTTP 503 : tentative 2")),
        "{j:?}"
    );
}

#[tokio::test]
async fn model_validation_and_gaps_ws03_ws04() {
    let (_m, url) = maquette::demarrer(Reglages::default()).await;
    let (c, _) = client(&url);
    let v = c.valider_modele(maquette::MODELE_RAMA).await.unwrap();
    assert!(v.valide, "{v:?}");
    let v = c.valider_modele(b"{\"campagne\": 3}").await.unwrap();
    assert!(!v.valide);
    assert!(
        v.problemes
            .iter()
            .any(|p| p.gravite == "erreur" && p.ligne == Some(1)),
        "{v:?}"
    );
    let modele = std::str::from_utf8(maquette::MODELE_RAMA).unwrap();
    // The report comes back as text: its decimals never went through a float.
    assert_eq!(
        c.ecarts(modele, modele).await.unwrap(),
        maquette::RAPPORT_ECARTS
    );
    let e = c.ecarts("pas du json", modele).await.unwrap_err();
    assert_eq!(e.code(), "configuration");
}

#[tokio::test]
async fn a_status_change_whose_answer_was_lost_is_a_success() {
    let (m, url) = maquette::demarrer(Reglages::default()).await;
    let (c, _) = client(&url);
    let envoi = c
        .envoyer(RAMA, FINESS, payload(false), false)
        .await
        .unwrap();
    c.suivre(&envoi.accuse.uid_traitement, |_| {})
        .await
        .unwrap();
    // Applied, then the connection drops: the retry gets 409, the
    // collection shows the change was made.
    m.fautes([Faute::CoupeApres]);
    let coll = c.transmettre(RAMA, FINESS).await.unwrap();
    assert_eq!(coll.statut, Statut::Transmise);
    // Without a lost answer, the same 409 is the caller's.
    let e = c.transmettre(RAMA, FINESS).await.unwrap_err();
    assert_eq!(code(&e), (Some(409), "transition_interdite".into()));
}

#[tokio::test]
async fn retry_after_is_waited_for_429_and_503() {
    let (m, url) = maquette::demarrer(Reglages::default()).await;
    let (c, _) = client(&url);
    c.campagnes(None).await.unwrap();
    for statut in [429, 503] {
        m.fautes([Faute::Probleme {
            statut,
            code: "trop_de_requetes",
            retry_after: Some(1),
        }]);
        let debut = Instant::now();
        c.soumettre(&soumission()).await.unwrap();
        let ecoule = debut.elapsed();
        assert!(ecoule >= Duration::from_secs(1), "{statut}: {ecoule:?}");
        assert!(ecoule < Duration::from_secs(2), "{statut}: {ecoule:?}");
    }
}

#[tokio::test]
async fn retries_are_bounded_in_attempts_and_time() {
    let (m, url) = maquette::demarrer(Reglages::default()).await;
    let (mut cfg, _) = config(&url);
    cfg.reprise.tentatives = 3;
    let c = Client::new(cfg).unwrap();
    c.campagnes(None).await.unwrap();
    let n = m.compte(&m.requetes);
    m.fautes((0..10).map(|_| Faute::Probleme {
        statut: 503,
        code: "indisponible",
        retry_after: None,
    }));
    let e = c.soumettre(&soumission()).await.unwrap_err();
    assert_eq!(code(&e), (Some(503), "indisponible".into()));
    assert!(matches!(e, Erreur::Http { tentatives: 3, .. }), "{e:?}");
    assert_eq!(m.compte(&m.requetes) - n, 3);
    assert_eq!(m.compte(&m.creations), 0);
    m.fautes.lock().unwrap().clear();

    // A Retry-After past the longest wait ends the retries at once.
    m.fautes([Faute::Probleme {
        statut: 429,
        code: "trop_de_requetes",
        retry_after: Some(3600),
    }]);
    let e = c.campagnes(None).await.unwrap_err();
    assert_eq!(code(&e), (Some(429), "trop_de_requetes".into()));

    // Nobody listening: connection failures, bounded too.
    let libre = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", libre.local_addr().unwrap());
    drop(libre);
    let (mut cfg, journal) = config(&url);
    cfg.reprise.duree_max = Duration::from_millis(300);
    cfg.reprise.tentatives = 100;
    let debut = Instant::now();
    let e = Client::new(cfg).unwrap().campagnes(None).await.unwrap_err();
    assert!(
        matches!(
            e,
            Erreur::Transport {
                nature: Transport::Connexion,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(debut.elapsed() < Duration::from_secs(2));
    assert!(journal.lock().unwrap().len() > 2);
}

#[tokio::test]
async fn client_errors_are_never_retried_and_keep_their_code() {
    let (m, url) = maquette::demarrer(Reglages::default()).await;
    let (c, _) = client(&url);
    c.campagnes(None).await.unwrap();
    for (statut, nom) in [
        (400, "json_invalide"),
        (403, "acces_refuse"),
        (404, "introuvable"),
        (409, "statut_incompatible"),
        (413, "trop_volumineux"),
        (415, "type_contenu"),
        (422, "modele_different"),
        (500, "erreur_interne"),
    ] {
        let n = m.compte(&m.requetes);
        m.fautes([Faute::Probleme {
            statut,
            code: nom,
            retry_after: Some(0),
        }]);
        let e = c.soumettre(&soumission()).await.unwrap_err();
        assert_eq!(code(&e), (Some(statut), nom.to_owned()));
        assert_eq!(m.compte(&m.requetes) - n, 1, "{nom} retried");
        assert!(
            e.to_string()
                .starts_with(&format!("le serveur répond HTTP {statut} {nom} : ")),
            "{e}"
        );
    }
    // From the mock's own rules, not scripted.
    let s = Soumission::new(Service::Ws05, RAMA, FINESS_INTERDIT, payload(false));
    assert_eq!(
        code(&c.soumettre(&s).await.unwrap_err()),
        (Some(403), "acces_refuse".into())
    );
    assert_eq!(
        code(&c.traitement("inconnu").await.unwrap_err()),
        (Some(404), "introuvable".into())
    );
    assert_eq!(
        code(&c.modele("NULLE-PART", None).await.unwrap_err()),
        (Some(404), "introuvable".into())
    );
    assert_eq!(m.compte(&m.creations), 0);
}

#[tokio::test]
async fn a_refused_token_is_renewed_once_and_the_call_replayed_once() {
    let (m, url) = maquette::demarrer(Reglages::default()).await;
    let (c, journal) = client(&url);
    c.campagnes(None).await.unwrap();
    m.fautes([Faute::RevoqueJetons]);
    c.soumettre(&soumission()).await.unwrap();
    assert_eq!((m.compte(&m.jetons_emis), m.compte(&m.refus_jeton)), (2, 1));
    assert_eq!(m.compte(&m.creations), 1);
    // Refused again after the renewal: no second renewal, the error.
    m.fautes([Faute::RevoqueJetons, Faute::RevoqueJetons]);
    let e = c.soumettre(&soumission()).await.unwrap_err();
    assert_eq!(code(&e), (Some(401), "jeton_invalide".into()));
    assert_eq!((m.compte(&m.jetons_emis), m.compte(&m.refus_jeton)), (3, 3));
    assert!(
        journal
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.starts_with("jeton refusé"))
    );

    // Bad credentials: the token endpoint's error, not retried.
    let mut cfg = config(&url).0;
    cfg.secret = Secret::new(format!("{SECRET}-faux"));
    let e = Client::new(cfg).unwrap().campagnes(None).await.unwrap_err();
    assert_eq!(code(&e), (Some(401), "invalid_client".into()));
}

#[tokio::test]
async fn the_token_is_renewed_before_it_expires() {
    let (m, url) = maquette::demarrer(Reglages {
        ttl: 2,
        ..Reglages::default()
    })
    .await;
    let (c, _) = client(&url);
    c.campagnes(None).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1600)).await;
    c.campagnes(None).await.unwrap();
    // Renewed at three quarters of its life: never refused.
    assert_eq!((m.compte(&m.jetons_emis), m.compte(&m.refus_jeton)), (2, 0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_submissions_share_one_token_renewal() {
    let (m, url) = maquette::demarrer(Reglages {
        ttl: 1,
        ..Reglages::default()
    })
    .await;
    let (c, _) = client(&url);
    c.campagnes(None).await.unwrap();
    tokio::time::sleep(Duration::from_millis(800)).await; // the token is now stale
    m.fautes([
        Faute::CoupeApres,
        Faute::Probleme {
            statut: 503,
            code: "indisponible",
            retry_after: Some(0),
        },
    ]);
    let taches: Vec<_> = (0..50)
        .map(|_| {
            let c = c.clone();
            tokio::spawn(async move { c.soumettre(&soumission()).await })
        })
        .collect();
    for t in taches {
        t.await.unwrap().unwrap();
    }
    assert_eq!(m.compte(&m.jetons_emis), 2);
    assert_eq!(m.compte(&m.creations), 50);
    assert_eq!(m.cles(), 50);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_refusals_of_one_token_share_one_renewal() {
    let (m, url) = maquette::demarrer(Reglages::default()).await;
    let (c, _) = client(&url);
    c.campagnes(None).await.unwrap();
    m.fautes([Faute::RevoqueJetons]);
    let taches: Vec<_> = (0..50)
        .map(|_| {
            let c = c.clone();
            tokio::spawn(async move { c.soumettre(&soumission()).await })
        })
        .collect();
    for t in taches {
        t.await.unwrap().unwrap();
    }
    assert!(m.compte(&m.refus_jeton) >= 1);
    assert_eq!(m.compte(&m.jetons_emis), 2);
    assert_eq!(m.compte(&m.creations), 50);
}

#[test]
fn the_blocking_facade_works_from_plain_code() {
    let (m, url) = maquette::demarrer_fil(Reglages::default());
    let c = bloquant::Client::new(config(&url).0).unwrap();
    assert_eq!(c.campagnes(Some("RAMA")).unwrap().len(), 2); // the mock ignores the filter
    m.fautes([Faute::CoupeApres]);
    let envoi = c.envoyer(RAMA, FINESS, payload(false), false).unwrap();
    let fin = c.suivre(&envoi.accuse.uid_traitement, |_| {}).unwrap();
    assert_eq!(fin.etat, Etat::Accepte);
    assert_eq!(c.collection(RAMA, FINESS).unwrap().historique.len(), 1);
    assert_eq!(m.compte(&m.creations), 1);
}

#[tokio::test]
async fn the_blocking_facade_refuses_async_code_instead_of_panicking() {
    let e = bloquant::Client::new(config("http://127.0.0.1:1").0).unwrap_err();
    assert_eq!(e.code(), "configuration");
    assert!(e.to_string().contains("depuis du code asynchrone"), "{e}");
}

#[tokio::test]
async fn local_refusals_send_nothing_unless_forced() {
    let (m, url) = maquette::demarrer(Reglages::default()).await;
    let (c, _) = client(&url);
    let e = c
        .envoyer(RAMA, FINESS, payload(true), false)
        .await
        .unwrap_err();
    let constats = e.constats().expect("the findings");
    assert!(constats.bloquants().any(|k| k.chemin == "nombre_de_places"));
    assert!(e.refus_local());
    assert_eq!(e.code(), "constats_bloquants");
    let e = c
        .envoyer(RAMA, FINESS, b"{\"campagne\": ".to_vec(), false)
        .await
        .unwrap_err();
    assert!(
        matches!(e, Erreur::PayloadIllisible { ligne: 1, .. }),
        "{e:?}"
    );
    let e = c
        .envoyer(RAMA, FINESS, BUNDLE.to_vec(), true)
        .await
        .unwrap_err();
    assert_eq!(e.code(), "niveau_incorrect");
    let e = c
        .envoyer(PIEGES, FINESS, BUNDLE.to_vec(), false)
        .await
        .unwrap_err();
    // Not a TDDUI Bundle of the model: refused, forced or not, with the
    // place of its first fault and their number.
    assert!(
        matches!(e, Erreur::BundleIllisible { ligne: 1, erreurs, .. } if erreurs > 1),
        "{e:?}"
    );
    assert_eq!(e.code(), "bundle_illisible");
    assert!(e.refus_local());
    let e = c
        .envoyer(PIEGES, FINESS, BUNDLE.to_vec(), true)
        .await
        .unwrap_err();
    assert_eq!(e.code(), "bundle_illisible");
    // A Bundle with a blocking finding is refused locally, with the finding.
    let e = c
        .envoyer(PIEGES, FINESS, bundle_pieges_bloquant(), false)
        .await
        .unwrap_err();
    assert_eq!(e.code(), "constats_bloquants");
    let constats = e.constats().expect("the findings");
    assert_eq!(
        constats
            .iter()
            .map(|k| (k.chemin.as_str(), k.code.code()))
            .collect::<Vec<_>>(),
        [("usagers[0].type-ligne[0].inconnu", "champ_inconnu")]
    );
    assert!(!format!("{e} {e:?}").contains("LÉA"));
    let e = c
        .envoyer(PIEGES, FINESS, payload(false), true)
        .await
        .unwrap_err();
    assert_eq!(e.code(), "niveau_incorrect");
    let e = c
        .envoyer("FERMEE-2020", FINESS, payload(false), true)
        .await
        .unwrap_err();
    assert_eq!(e.code(), "campagne_inconnue");
    let gros = vec![b' '; 10 * 1024 * 1024 + 1];
    let e = c
        .envoyer(RAMA, FINESS, gros.clone(), true)
        .await
        .unwrap_err();
    assert_eq!(e.code(), "trop_volumineux");
    let e = c
        .soumettre(&Soumission::new(Service::Ws05, RAMA, FINESS, gros))
        .await
        .unwrap_err();
    assert_eq!(e.code(), "trop_volumineux");
    assert_eq!(m.compte(&m.soumissions_recues), 0);

    // Forced: sent with its findings, and the server rejects it.
    let envoi = c.envoyer(RAMA, FINESS, payload(true), true).await.unwrap();
    assert!(!envoi.constats.0.valide());
    let fin = c
        .suivre(&envoi.accuse.uid_traitement, |_| {})
        .await
        .unwrap();
    assert_eq!(fin.etat, Etat::Rejete);
    assert!(
        fin.constats
            .iter()
            .any(|k| k.chemin == "nombre_de_places" && k.code == "max")
    );
    // A valid Bundle goes to WS09, as FHIR JSON (the mock checks the type);
    // one with blocking findings goes when forced.
    let envoi = c
        .envoyer(PIEGES, FINESS, BUNDLE_PIEGES.as_bytes().to_vec(), false)
        .await
        .unwrap();
    assert_eq!(envoi.service, Service::Ws09);
    assert!(envoi.constats.0.0.is_empty());
    let envoi = c
        .envoyer(PIEGES, FINESS, bundle_pieges_bloquant(), true)
        .await
        .unwrap();
    assert_eq!(envoi.service, Service::Ws09);
    assert_eq!(m.compte(&m.creations), 3);
}

#[tokio::test]
async fn a_model_whose_sha256_differs_is_refused() {
    let (m, url) = maquette::demarrer(Reglages {
        modele_falsifie: true,
        ..Reglages::default()
    })
    .await;
    let (c, _) = client(&url);
    let e = c
        .envoyer(RAMA, FINESS, payload(false), false)
        .await
        .unwrap_err();
    assert_eq!(e.code(), "empreinte_differente");
    assert_eq!(m.compte(&m.soumissions_recues), 0);
}

#[tokio::test]
async fn no_secret_token_or_payload_value_in_errors_or_logs() {
    let (m, url) = maquette::demarrer(Reglages::default()).await;
    let (c, journal) = client(&url);
    let mut vus = vec![format!("{c:?}"), format!("{:?}", soumission())];
    let envoi = c
        .envoyer(RAMA, FINESS, payload(false), false)
        .await
        .unwrap();
    vus.push(format!("{envoi:?}"));
    let mut erreurs = vec![
        c.envoyer(RAMA, FINESS, payload(true), false)
            .await
            .unwrap_err(),
    ];
    // The findings do name the value: the errors must not show them.
    assert!(
        erreurs[0]
            .constats()
            .unwrap()
            .iter()
            .any(|k| k.message.contains("987654"))
    );
    let forcee = c.envoyer(RAMA, FINESS, payload(true), true).await.unwrap();
    vus.push(format!("{forcee:?}"));
    let fin = c
        .suivre(&forcee.accuse.uid_traitement, |_| {})
        .await
        .unwrap();
    vus.push(format!("{fin:?}"));
    for f in [
        Faute::Probleme {
            statut: 422,
            code: "modele_different",
            retry_after: None,
        },
        Faute::RevoqueJetons,
    ] {
        m.fautes([f.clone(), f]);
        erreurs.push(c.soumettre(&soumission()).await.unwrap_err());
    }
    m.fautes((0..5).map(|_| Faute::CoupeApres));
    erreurs.push(c.soumettre(&soumission()).await.unwrap_err());
    let mut cfg = config(&url).0;
    cfg.secret = Secret::new(format!("{SECRET}-faux"));
    vus.push(format!("{cfg:?}"));
    erreurs.push(Client::new(cfg).unwrap().campagnes(None).await.unwrap_err());
    for e in &erreurs {
        vus.push(format!("{e} {e:?}"));
    }
    vus.extend(journal.lock().unwrap().iter().cloned());
    // The markers did go over the wire: the test can fail.
    let recu = m.recu.lock().unwrap().join("\n");
    for marqueur in [SECRET, MARQUEUR_JETON, VALEUR] {
        assert!(recu.contains(marqueur), "{marqueur} never sent");
    }
    for v in &vus {
        for marqueur in [SECRET, MARQUEUR_JETON, VALEUR, "987654"] {
            assert!(!v.contains(marqueur), "{marqueur} in « {v} »");
        }
    }
}
