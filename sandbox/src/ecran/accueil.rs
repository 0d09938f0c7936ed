//! `GET /`: the login form, or the account's collections.

use super::session::{PeutEtre, Session};
use super::{chemin_collection, interne, libelles, page, reponse};
use crate::Appli;
use crate::routes::{LECTURE, bloquant};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use maud::html;
use std::sync::Arc;

pub async fn racine(State(a): State<Arc<Appli>>, PeutEtre(s): PeutEtre) -> Response {
    match s {
        None => formulaire(StatusCode::OK, None),
        Some(s) => accueil(&a, &s).await,
    }
}

/// The login form, with a message after a failure.
pub fn formulaire(statut: StatusCode, message: Option<&str>) -> Response {
    reponse(
        statut,
        page(
            "Connexion",
            None,
            html! {
                h1 { "Connexion" }
                p { "Se connecter avec les identifiants d'un compte du bac à sable (ceux de l'API)." }
                @if let Some(m) = message {
                    p.issue.refus role="alert" { (m) }
                }
                form method="post" action="/connexion" {
                    label for="client_id" { "Identifiant du compte (client_id)" }
                    input id="client_id" name="client_id" type="text" autocomplete="username" required;
                    label for="client_secret" { "Secret (client_secret)" }
                    input id="client_secret" name="client_secret" type="password" autocomplete="current-password" required;
                    p { button type="submit" { "Se connecter" } }
                }
            },
        ),
    )
}

async fn accueil(a: &Arc<Appli>, s: &Session) -> Response {
    // Every campaign × every FINESS the account may read, in id order.
    let paires: Vec<(Arc<crate::campagnes::Campagne>, String)> = a
        .campagnes
        .0
        .values()
        .flat_map(|k| {
            s.compte
                .roles
                .keys()
                .filter(|f| s.compte.a_un_role(f, LECTURE))
                .map(move |f| (k.clone(), f.clone()))
        })
        .collect();
    let a2 = a.clone();
    let cles: Vec<(String, String)> = paires
        .iter()
        .map(|(k, f)| (k.id().to_owned(), f.clone()))
        .collect();
    let lignes = bloquant(move || {
        cles.iter()
            .map(|(k, f)| {
                let l = a2.store.collection(k, f)?;
                let dernier = match &l.dernier {
                    Some((uid, _)) => a2.store.traitement(uid)?,
                    None => None,
                };
                Ok((l.statut, dernier))
            })
            .collect::<Result<Vec<_>, crate::Erreur>>()
    })
    .await;
    let Ok(lignes) = lignes else {
        return interne(Some(s));
    };
    reponse(
        StatusCode::OK,
        page(
            "Mes collectes",
            Some(s),
            html! {
                h1 { "Mes collectes" }
                table {
                    caption { "Collectes du compte " (s.compte.client_id) }
                    thead { tr {
                        th scope="col" { "Campagne" }
                        th scope="col" { "FINESS" }
                        th scope="col" { "Statut" }
                        th scope="col" { "Dernier traitement" }
                        th scope="col" { "Reçu le" }
                    } }
                    tbody {
                        @for ((k, f), (statut, dernier)) in paires.iter().zip(&lignes) {
                            tr {
                                td { a href=(chemin_collection(k.id(), f)) { (k.modele.campagne.libelle) } " (" (k.id()) ")" }
                                td { (f) }
                                td { (libelles::statut(*statut)) }
                                @match dernier {
                                    Some(t) => {
                                        td { (libelles::etat(t.etat)) }
                                        td { (libelles::horodatage(&t.recu)) }
                                    }
                                    None => {
                                        td.vide { "aucun envoi" }
                                        td.vide { "—" }
                                    }
                                }
                            }
                        }
                    }
                }
            },
        ),
    )
}
