//! `POST .../transmettre` and `.../rouvrir`: WS08 through the API's own
//! rules (`crate::domaine::changer_statut`), then back to the collection.

use super::session::{PeutEtre, Session};
use super::{chemin_collection, erreur, interne_cause, voir};
use crate::Appli;
use crate::domaine::changer_statut;
use crate::routes::role;
use axum::Form;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use sidoba_contrat::{Role, Statut};
use std::sync::Arc;

pub use super::connexion::Jeton;

pub fn csrf_refuse(s: &Session) -> Response {
    erreur(
        StatusCode::FORBIDDEN,
        Some(s),
        "Formulaire refusé",
        "Le jeton du formulaire (csrf) manque ou ne correspond pas à la session : recharger la page et recommencer.",
    )
}

pub async fn transmettre(
    a: State<Arc<Appli>>,
    s: PeutEtre,
    p: Path<(String, String)>,
    f: Result<Form<Jeton>, FormRejection>,
) -> Response {
    agir(a, s, p, f, Statut::Transmise).await
}

pub async fn rouvrir(
    a: State<Arc<Appli>>,
    s: PeutEtre,
    p: Path<(String, String)>,
    f: Result<Form<Jeton>, FormRejection>,
) -> Response {
    agir(a, s, p, f, Statut::EnSaisie).await
}

async fn agir(
    State(a): State<Arc<Appli>>,
    PeutEtre(s): PeutEtre,
    Path((id, finess)): Path<(String, String)>,
    form: Result<Form<Jeton>, FormRejection>,
    voulu: Statut,
) -> Response {
    let Some(s) = s else {
        return erreur(
            StatusCode::FORBIDDEN,
            None,
            "Formulaire refusé",
            "Aucune session ouverte : se connecter d'abord.",
        );
    };
    if !s.csrf_valide(form.ok().and_then(|Form(j)| j.csrf).as_deref()) {
        return csrf_refuse(&s);
    }
    if role(&s.compte, &finess, &[Role::Declarant]).is_err() {
        return erreur(
            StatusCode::FORBIDDEN,
            Some(&s),
            "Accès refusé",
            "Ce compte n'a pas le rôle declarant sur ce FINESS.",
        );
    }
    let Some(k) = a.campagnes.get(&id).cloned() else {
        return erreur(
            StatusCode::NOT_FOUND,
            Some(&s),
            "Campagne inconnue",
            "Cette campagne n'existe pas sur ce bac à sable.",
        );
    };
    let issue = match changer_statut(&a, &k, &id, &finess, &s.compte.client_id, voulu).await {
        Ok(Ok(())) if voulu == Statut::Transmise => "transmise".to_owned(),
        Ok(Ok(())) => "rouverte".to_owned(),
        Ok(Err((_, r))) => format!("refus-{}", r.code()),
        Err(e) => return interne_cause(Some(&s), e),
    };
    voir(&format!(
        "{}?issue={issue}",
        chemin_collection(&id, &finess)
    ))
}
