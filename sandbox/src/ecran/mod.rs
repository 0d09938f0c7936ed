//! L'écran de vérification (la dernière section d'`api.md`) : des pages
//! HTML en français, rendues par le serveur (maud : gabarits vérifiés à la
//! compilation, tout texte échappé par défaut), sans JavaScript.

mod accueil;
mod actions;
mod collection;
mod commun;
mod connexion;
mod formulaire;
mod libelles;
mod personnes;
pub mod session;
mod usagers;

use crate::Appli;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use session::Session;
use std::sync::Arc;

/// The routes of the screen (fixed by api.md).
pub fn routes() -> axum::Router<Arc<Appli>> {
    axum::Router::new()
        .route("/", get(accueil::racine))
        .route("/connexion", post(connexion::connexion))
        .route("/deconnexion", post(connexion::deconnexion))
        .route(
            "/collections/{campagne}/{finess}",
            get(collection::collection),
        )
        .route(
            "/collections/{campagne}/{finess}/usagers/{identifiant}",
            get(personnes::usager),
        )
        .route(
            "/collections/{campagne}/{finess}/transmettre",
            post(actions::transmettre),
        )
        .route(
            "/collections/{campagne}/{finess}/rouvrir",
            post(actions::rouvrir),
        )
}

/// Dark text on white, focus outlined, blocking and warning findings told
/// apart by their words and their border style as well as their colour.
const CSS: &str = "
body{font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0;line-height:1.5}
header,main,footer{max-width:72rem;margin:0 auto;padding:0.5rem 1rem}
header{display:flex;justify-content:space-between;align-items:center;border-bottom:2px solid #1d3a6e}
a{color:#1d4ed8}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #b45309;outline-offset:2px}
.evitement{position:absolute;left:-999px}.evitement:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #6b7280;padding:.25rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:bold}
dl.champs{display:grid;grid-template-columns:minmax(12rem,1fr) 2fr;gap:.25rem 1rem}
dt{font-weight:600}dd{margin:0}
section.bloc{border:1px solid #9ca3af;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}
.vide{font-style:italic;color:#4b5563}.masque{font-style:italic}
ul.constats{list-style:none;padding:0;margin:.25rem 0}
.constat{padding:.25rem .5rem;margin:.25rem 0}
.bloquant{border-left:6px solid #b00020;background:#fde8ea}
.avertissement{border-left:6px dashed #8a5300;background:#fff4e0}
p.lus{margin:0 0 .5rem 1rem;font-size:.95em}
.issue{padding:.5rem 1rem;border:2px solid #1d3a6e;background:#eef2ff}
.issue.refus{border-color:#b00020;background:#fde8ea}
button{font:inherit;padding:.4rem 1rem;border:2px solid #1d3a6e;background:#1d3a6e;color:#fff;border-radius:4px;cursor:pointer}
button.secondaire{background:#fff;color:#1d3a6e}
label{display:block;font-weight:600;margin-top:.5rem}
input{font:inherit;padding:.3rem;border:1px solid #374151}
";

/// A whole page: head, the account bar (with the logout form) and `corps`.
pub fn page(titre: &str, session: Option<&Session>, corps: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="fr" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (titre) " — bac à sable SIDOBA" }
                style { (PreEscaped(CSS)) }
            }
            body {
                a.evitement href="#contenu" { "Aller au contenu" }
                header {
                    p { a href="/" { "Bac à sable SIDOBA — écran de vérification" } }
                    @if let Some(s) = session {
                        form method="post" action="/deconnexion" {
                            span { "Compte " strong { (s.compte.client_id) } " " }
                            input type="hidden" name="csrf" value=(s.csrf);
                            button.secondaire type="submit" { "Se déconnecter" }
                        }
                    }
                }
                main id="contenu" { (corps) }
            }
        }
    }
}

/// An HTML answer, not cached, with headers that keep the page inert even
/// if a value slipped through unescaped.
pub fn reponse(statut: StatusCode, m: Markup) -> Response {
    let mut r = (statut, m.into_string()).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    r
}

/// An error page (403, 404, 429, 500...).
pub fn erreur(
    statut: StatusCode,
    session: Option<&Session>,
    titre: &str,
    detail: &str,
) -> Response {
    reponse(
        statut,
        page(
            titre,
            session,
            html! {
                h1 { (titre) }
                p { (detail) }
                p { a href="/" { "Retour à l'accueil" } }
            },
        ),
    )
}

pub fn interne(session: Option<&Session>) -> Response {
    erreur(
        StatusCode::INTERNAL_SERVER_ERROR,
        session,
        "Erreur interne",
        "Le bac à sable n'a pas pu afficher cette page.",
    )
}

/// The same, its cause kept for the request's log line (never shown).
pub fn interne_cause(session: Option<&Session>, cause: impl std::fmt::Display) -> Response {
    let mut r = interne(session);
    r.extensions_mut()
        .insert(crate::journal::Cause(cause.to_string()));
    r
}

/// 303 to `ou` (after a form).
pub fn voir(ou: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(ou) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

/// A path segment, percent-encoded (campaign ids may hold `/`, spaces...).
pub use sidoba_contrat::segment;

pub fn chemin_collection(campagne: &str, finess: &str) -> String {
    format!("/collections/{}/{}", segment(campagne), segment(finess))
}
