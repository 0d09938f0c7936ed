//! `POST /connexion` and `POST /deconnexion`.

use super::session::{PeutEtre, Session, entete_fermeture, entete_ouverture};
use super::{accueil, erreur, interne, voir};
use crate::Appli;
use axum::extract::rejection::FormRejection;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::{Extension, Form};
use serde::Deserialize;
use std::net::SocketAddr;
use std::sync::Arc;

#[derive(Deserialize)]
pub struct Identifiants {
    #[serde(default)]
    client_id: String,
    #[serde(default)]
    client_secret: String,
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
    if let Some(s) = a.tentatives.attente(&d.client_id, &pair) {
        let mut r = erreur(
            StatusCode::TOO_MANY_REQUESTS,
            None,
            "Trop de tentatives de connexion",
            &format!("Trop d'échecs de connexion récents : réessayer dans {s} secondes."),
        );
        if let Ok(v) = HeaderValue::from_str(&s.to_string()) {
            r.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return r;
    }
    let Some(compte) = a.comptes.authentifier(&d.client_id, &d.client_secret) else {
        a.tentatives.echec(&d.client_id, &pair);
        return accueil::formulaire(
            StatusCode::UNAUTHORIZED,
            Some("Identifiant ou secret incorrect."),
        );
    };
    let Ok(id) = Session::ouvrir(&a, &compte.client_id).await else {
        return interne(None);
    };
    let mut r = voir("/");
    if let Ok(v) = HeaderValue::from_str(&entete_ouverture(&id)) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r
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
    s.fermer(&a).await;
    let mut r = voir("/");
    if let Ok(v) = HeaderValue::from_str(&entete_fermeture()) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r
}
