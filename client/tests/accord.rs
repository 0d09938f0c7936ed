//! The test mock and the sandbox answer the same errors: one request, sent
//! to both, gets the same status and the same problem+json (type, title,
//! status, code), each read from the one contract (`sidoba_contrat`).

mod bac;
mod maquette;

use serde_json::Value;

/// What two servers must agree on: status, content type, the problem's
/// members but its French `detail`, and `WWW-Authenticate`.
#[derive(Debug, PartialEq)]
struct Reponse {
    statut: u16,
    type_contenu: Option<String>,
    probleme: Value,
    www_authenticate: Option<String>,
}

async fn jeton(http: &reqwest::Client, url: &str, id: &str, secret: &str) -> String {
    let r = http
        .post(format!("{url}/v1/jeton"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", id),
            ("client_secret", secret),
        ])
        .send()
        .await
        .unwrap();
    let v: Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
    v["access_token"].as_str().unwrap().to_owned()
}

/// The scenarios, in order, against one server.
async fn scenarios(url: &str, jeton: &str) -> Vec<(&'static str, Reponse)> {
    use sidoba_client::contrat::chemins;
    let http = reqwest::Client::new();
    let payload = bac::payload(None);
    let autre = bac::payload(Some(41));
    let (rama, finess) = (bac::RAMA, bac::FINESS_A);
    let donnees = format!(
        "{url}{}",
        chemins::soumission(rama, finess, sidoba_client::contrat::Service::Ws05)
    );
    let envoi = |ct: &str, cle: Option<&str>, corps: &[u8], ou: &str| {
        let mut b = http
            .post(ou.to_owned())
            .bearer_auth(jeton)
            .header("content-type", ct)
            .body(corps.to_vec());
        if let Some(k) = cle {
            b = b.header("idempotency-key", k);
        }
        b
    };
    let interdit = format!(
        "{url}{}",
        chemins::soumission(
            rama,
            maquette::FINESS_INTERDIT,
            sidoba_client::contrat::Service::Ws05
        )
    );
    let requetes = vec![
        (
            "sans jeton",
            http.get(format!("{url}{}", chemins::CAMPAGNES)),
        ),
        (
            "jeton inconnu",
            http.get(format!("{url}{}", chemins::CAMPAGNES))
                .bearer_auth("inconnu"),
        ),
        (
            "FINESS sans habilitation",
            envoi("application/json", Some("k0"), &payload, &interdit),
        ),
        (
            "type de contenu",
            envoi("text/plain", Some("k1"), &payload, &donnees),
        ),
        (
            "clé manquante",
            envoi("application/json", None, &payload, &donnees),
        ),
        (
            "campagne inconnue",
            http.get(format!("{url}{}", chemins::modele("INCONNUE")))
                .bearer_auth(jeton),
        ),
        (
            "transition interdite",
            http.put(format!("{url}{}", chemins::statut(rama, finess)))
                .bearer_auth(jeton)
                .header("content-type", "application/json")
                .body(r#"{"statut":"transmise"}"#),
        ),
        (
            "premier envoi",
            envoi("application/json", Some("k2"), &payload, &donnees),
        ),
        (
            "clé réutilisée",
            envoi("application/json", Some("k2"), &autre, &donnees),
        ),
    ];
    let mut out = Vec::new();
    for (nom, r) in requetes {
        let r = r.send().await.unwrap();
        let entete = |n: &str| r.headers().get(n).map(|v| v.to_str().unwrap().to_owned());
        let (type_contenu, www) = (entete("content-type"), entete("www-authenticate"));
        let statut = r.status().as_u16();
        let mut probleme: Value =
            serde_json::from_slice(&r.bytes().await.unwrap()).unwrap_or(Value::Null);
        if statut == 202 {
            probleme = Value::Null;
        } else if let Some(o) = probleme.as_object_mut() {
            o.remove("detail");
        }
        out.push((
            nom,
            Reponse {
                statut,
                type_contenu,
                probleme,
                www_authenticate: www,
            },
        ));
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn la_maquette_et_le_bac_a_sable_repondent_les_memes_problemes() {
    let http = reqwest::Client::new();
    let bac = bac::Bac::demarrer().await;
    let j = jeton(&http, &bac.url, "editeur-a", bac::SECRET).await;
    let du_bac = scenarios(&bac.url, &j).await;
    let (_m, url) = maquette::demarrer(maquette::Reglages::default()).await;
    let j = jeton(&http, &url, maquette::CLIENT_ID, maquette::SECRET).await;
    let de_la_maquette = scenarios(&url, &j).await;
    for ((nom, b), (_, m)) in du_bac.iter().zip(&de_la_maquette) {
        assert_eq!(m, b, "{nom} : la maquette et le bac à sable diffèrent");
    }
    // And the codes are those of the contract.
    let codes: Vec<_> = du_bac
        .iter()
        .filter_map(|(_, r)| r.probleme.get("code")?.as_str())
        .collect();
    assert_eq!(
        codes,
        [
            "jeton_invalide",
            "jeton_invalide",
            "acces_refuse",
            "type_contenu",
            "cle_idempotence_manquante",
            "introuvable",
            "transition_interdite",
            "cle_idempotence_reutilisee"
        ]
    );
    bac.arreter().await;
}
