//! What the collection page and the persons' pages share: access to a
//! FINESS's campaign, the stored findings read back (or said unreadable),
//! and the findings no field shows.

use super::formulaire::{self, Constat, Lecture as _};
use super::session::Session;
use super::{erreur, voir};
use crate::Appli;
use crate::routes::{LECTURE, role};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};
use sidoba_core::model::Modele;
use std::sync::Arc;

/// Stored findings that do not read back (a damaged data file): shown as
/// such, never as « aucun constat ».
#[derive(Debug, Clone)]
pub struct Illisible(pub String);

impl Illisible {
    pub const PHRASE: &str = "Les constats enregistrés de ce traitement sont illisibles : le fichier de données du bac à sable est abîmé. Renvoyez le rapport depuis votre logiciel.";
}

/// A processing's stored findings (none yet while it waits).
pub fn constats_de(t: &crate::store::LigneTraitement) -> Result<Vec<Constat>, Illisible> {
    t.constats_lus().map_err(|e| Illisible(e.0))
}

/// (blocking, warnings).
pub fn compter(constats: &[Constat]) -> (usize, usize) {
    let b = constats.iter().filter(|c| c.bloquant()).count();
    (b, constats.len() - b)
}

/// The session and campaign of a collection page, or the error page.
#[allow(clippy::result_large_err)] // an answer, built once per request
pub fn acces<'a>(
    a: &'a Appli,
    s: Option<&'a Session>,
    id: &str,
    finess: &str,
) -> Result<(&'a Session, Arc<crate::campagnes::Campagne>), Response> {
    let Some(s) = s else {
        return Err(voir("/"));
    };
    if role(&s.compte, finess, LECTURE).is_err() {
        return Err(erreur(
            StatusCode::FORBIDDEN,
            Some(s),
            "Accès refusé",
            "Ce compte n'a pas d'habilitation sur ce FINESS.",
        ));
    }
    let k = a.campagnes.get(id).cloned().ok_or_else(|| {
        erreur(
            StatusCode::NOT_FOUND,
            Some(s),
            "Campagne inconnue",
            "Cette campagne n'existe pas sur ce bac à sable.",
        )
    })?;
    Ok((s, k))
}

/// The list of rule findings, then the findings no field took, then the
/// summary of those beside their fields.
pub fn generaux(
    m: &Modele,
    reste: &[formulaire::Indexe<'_>],
    places: &[formulaire::Indexe<'_>],
) -> Markup {
    let (regles, autres): (Vec<_>, Vec<_>) = reste.iter().partition(|(_, c)| c.de_regle());
    html! {
        @if !regles.is_empty() {
            section.bloc aria-labelledby="constats-regles" {
                h2 id="constats-regles" { "Constats des règles (" (regles.len()) ")" }
                p { "Chacun est aussi montré à côté de chaque champ que sa règle lit." }
                @for (i, c) in &regles {
                    (formulaire::liste(&[(*i, *c)]))
                    @let lus = c.regle.as_deref().map(|r| formulaire::libelles_lus(m, r)).unwrap_or_default();
                    @if !lus.is_empty() {
                        p.lus { "Champs à vérifier : "
                            @for (j, l) in lus.iter().enumerate() { @if j > 0 { ", " } "« " (l) " »" }
                            "." }
                    }
                }
            }
        }
        @if !autres.is_empty() {
            section.bloc aria-labelledby="constats-sans-champ" {
                h2 id="constats-sans-champ" { "Constats sans champ à l'écran (" (autres.len()) ")" }
                @for (i, c) in &autres {
                    @if !c.chemin.is_empty() { p { "À " (formulaire::lieu(m, &c.chemin)) " :" } }
                    (formulaire::liste(&[(*i, *c)]))
                }
            }
        }
        (formulaire::sommaire(places))
    }
}
