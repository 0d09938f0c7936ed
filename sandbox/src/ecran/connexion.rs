//! `POST /connexion` and `POST /deconnexion`. An account with a second
//! factor (`totp`) logs in in two steps: its secret, then the code of its
//! authentication app, carried between the two by a short-lived random
//! token (`etape`), never by the secret. Every failure, of a secret or of
//! a code, counts in the limiter the token endpoint shares.

use super::session::{PeutEtre, Session, entete_fermeture, entete_ouverture};
use super::{accueil, erreur, interne, interne_cause, page, reponse, voir};
use crate::Appli;
use crate::routes::bloquant;
use axum::extract::rejection::FormRejection;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::{Extension, Form};
use maud::html;
use serde::Deserialize;
use std::net::SocketAddr;
use std::sync::Arc;

#[derive(Deserialize)]
pub struct Identifiants {
    #[serde(default)]
    client_id: String,
    #[serde(default)]
    client_secret: String,
    /// The second step: the token of the first, and the code.
    #[serde(default)]
    etape: Option<String>,
    #[serde(default)]
    code: Option<String>,
}

impl std::fmt::Debug for Identifiants {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identifiants").finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
pub struct Jeton {
    pub csrf: Option<String>,
}

pub async fn connexion(
    State(a): State<Arc<Appli>>,
    pair: Option<Extension<ConnectInfo<SocketAddr>>>,
    form: Result<Form<Identifiants>, FormRejection>,
) -> Response {
    let Ok(Form(d)) = form else {
        return accueil::formulaire(
            StatusCode::BAD_REQUEST,
            Some("Formulaire de connexion incomplet."),
        );
    };
    let pair = crate::limites::pair(pair.as_ref().map(|Extension(p)| p));
    if let Some(etape) = d.etape.as_deref() {
        return second_facteur(&a, &pair, etape, d.code.as_deref().unwrap_or("")).await;
    }
    if let Some(r) = trop_de_tentatives(&a, &d.client_id, &pair) {
        return r;
    }
    let Some(compte) = a.comptes.authentifier(&d.client_id, &d.client_secret) else {
        a.tentatives.echec(&d.client_id, &pair);
        return accueil::formulaire(
            StatusCode::UNAUTHORIZED,
            Some("Identifiant ou secret incorrect."),
        );
    };
    if compte.second_facteur.is_some() {
        return match a.attentes.ouvrir(&compte.client_id) {
            Ok(etape) => formulaire_code(StatusCode::OK, &etape, None),
            Err(_) => interne(None),
        };
    }
    ouvrir(&a, &compte.client_id).await
}

/// The 429 page when the account or the address used up its failures.
fn trop_de_tentatives(a: &Appli, client_id: &str, pair: &str) -> Option<Response> {
    let s = a.tentatives.attente(client_id, pair)?;
    let mut r = erreur(
        StatusCode::TOO_MANY_REQUESTS,
        None,
        "Trop de tentatives de connexion",
        &format!("Trop d'échecs de connexion récents : réessayer dans {s} secondes."),
    );
    if let Ok(v) = HeaderValue::from_str(&s.to_string()) {
        r.headers_mut().insert(header::RETRY_AFTER, v);
    }
    Some(r)
}

/// The second step: a code valid now, and not used before, opens the
/// session.
async fn second_facteur(a: &Arc<Appli>, pair: &str, etape: &str, code: &str) -> Response {
    let Some(client_id) = a.attentes.compte(etape) else {
        return accueil::formulaire(
            StatusCode::UNAUTHORIZED,
            Some("La connexion a expiré : saisissez à nouveau l'identifiant et le secret."),
        );
    };
    if let Some(r) = trop_de_tentatives(a, &client_id, pair) {
        return r;
    }
    let Some(facteur) = a
        .comptes
        .get(&client_id)
        .and_then(|c| c.second_facteur.as_ref())
    else {
        return interne(None);
    };
    let Some(pas) = facteur.pas(code) else {
        a.tentatives.echec(&client_id, pair);
        return formulaire_code(
            StatusCode::UNAUTHORIZED,
            etape,
            Some(
                "Code incorrect : saisissez les 6 chiffres qu'affiche maintenant votre application d'authentification.",
            ),
        );
    };
    let (a2, c2) = (a.clone(), client_id.clone());
    match bloquant(move || a2.store.utiliser_pas_totp(&c2, pas)).await {
        Ok(true) => {
            a.attentes.fermer(etape);
            ouvrir(a, &client_id).await
        }
        Ok(false) => {
            a.tentatives.echec(&client_id, pair);
            formulaire_code(
                StatusCode::UNAUTHORIZED,
                etape,
                Some(
                    "Ce code a déjà servi : attendez que l'application en affiche un nouveau (toutes les 30 secondes) et saisissez-le.",
                ),
            )
        }
        Err(e) => interne_cause(None, e),
    }
}

/// A new session, its cookie, and the home page.
async fn ouvrir(a: &Arc<Appli>, client_id: &str) -> Response {
    let id = match Session::ouvrir(a, client_id).await {
        Ok(id) => id,
        Err(e) => return interne_cause(None, e),
    };
    let mut r = voir("/");
    if let Ok(v) = HeaderValue::from_str(&entete_ouverture(&id)) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r
}

/// The form asking for the code (form field `code`).
fn formulaire_code(statut: StatusCode, etape: &str, message: Option<&str>) -> Response {
    reponse(
        statut,
        page(
            "Code de vérification",
            None,
            html! {
                h1 { "Code de vérification" }
                p { "Ce compte demande un second facteur : saisissez le code à 6 chiffres de votre application d'authentification." }
                @if let Some(m) = message {
                    p.issue.refus role="alert" { (m) }
                }
                form method="post" action="/connexion" {
                    input type="hidden" name="etape" value=(etape);
                    label for="code" { "Code à 6 chiffres" }
                    input id="code" name="code" type="text" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" required autofocus;
                    p { button type="submit" { "Valider" } }
                }
                p { a href="/" { "Recommencer la connexion" } }
            },
        ),
    )
}

pub async fn deconnexion(
    State(a): State<Arc<Appli>>,
    PeutEtre(s): PeutEtre,
    form: Result<Form<Jeton>, FormRejection>,
) -> Response {
    let Some(s) = s else {
        return voir("/");
    };
    let recu = form.ok().and_then(|Form(j)| j.csrf);
    if !s.csrf_valide(recu.as_deref()) {
        return super::actions::csrf_refuse(&s);
    }
    if let Err(e) = s.fermer(&a).await {
        return interne_cause(Some(&s), e);
    }
    let mut r = voir("/");
    if let Ok(v) = HeaderValue::from_str(&entete_fermeture()) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r
}
