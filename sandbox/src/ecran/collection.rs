//! `GET /collections/{campagne}/{finess}`: status, actions, the last
//! processing laid out as the form with its findings, and the history.

use super::formulaire::{self, Constat, Rendu};
use super::session::{PeutEtre, Session};
use super::{chemin_collection, erreur, interne, libelles, page, reponse, segment, usagers, voir};
use crate::Appli;
use crate::contrat::{Role, Statut};
use crate::routes::{LECTURE, Refus, bloquant, role};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};
use std::sync::Arc;

#[derive(serde::Deserialize)]
pub struct Issue {
    issue: Option<String>,
}

type Dernier = Option<(crate::store::LigneTraitement, (Vec<u8>, String))>;

/// The collection, and its last processing with its stored body and route.
async fn charger(
    a: &Arc<Appli>,
    id: &str,
    finess: &str,
) -> Result<(crate::store::LigneCollection, Dernier), crate::contrat::Probleme> {
    let (a2, id2, f2) = (a.clone(), id.to_owned(), finess.to_owned());
    bloquant(move || {
        let l = a2.store.collection(&id2, &f2)?;
        let dernier = match &l.dernier {
            Some((uid, _)) => a2.store.traitement(uid)?.zip(a2.store.corps(uid)?),
            None => None,
        };
        Ok((l, dernier))
    })
    .await
}

fn constats_de(t: &crate::store::LigneTraitement) -> Vec<Constat> {
    t.constats
        .as_deref()
        .and_then(|c| serde_json::from_str(c).ok())
        .unwrap_or_default()
}

/// The session and campaign of a collection page, or the error page.
#[allow(clippy::result_large_err)] // an answer, built once per request
fn acces<'a>(
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

fn issue(code: &str) -> Option<(bool, String)> {
    match code {
        "transmise" => Some((true, "La collecte a été transmise.".into())),
        "rouverte" => Some((
            true,
            "La collecte est repassée en saisie : les données peuvent être corrigées et renvoyées depuis le DUI.".into(),
        )),
        _ => code
            .strip_prefix("refus-")
            .and_then(Refus::depuis)
            .map(|r| (false, format!("Changement de statut refusé : {}.", r.phrase()))),
    }
}

pub async fn collection(
    State(a): State<Arc<Appli>>,
    PeutEtre(s): PeutEtre,
    Path((id, finess)): Path<(String, String)>,
    Query(q): Query<Issue>,
) -> Response {
    let (s, k) = match acces(&a, s.as_ref(), &id, &finess) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let Ok((l, dernier)) = charger(&a, &id, &finess).await else {
        return interne(Some(s));
    };
    let chemin = chemin_collection(&id, &finess);
    let declarant = s.compte.a_un_role(&finess, &[Role::Declarant]);
    let issue = q.issue.as_deref().and_then(issue);
    let m = &k.modele;
    let corps = html! {
        h1 { "Collecte " (m.campagne.libelle) }
        p { "Campagne " strong { (id) } " — FINESS " strong { (finess) } " — modèle " (m.identite.code) " version " (m.identite.version) }
        @if let Some((ok, texte)) = &issue {
            p.issue.refus[!ok] role="status" { (texte) }
        }
        h2 { "Statut : " (libelles::statut(l.statut)) }
        @if declarant {
            @match l.statut {
                Statut::EnSaisie => (action(&chemin, "transmettre", "Transmettre", &s.csrf)),
                Statut::Transmise => (action(&chemin, "rouvrir", "Demander une modification", &s.csrf)),
                Statut::Validee => p { "La collecte est validée : elle ne peut plus changer." },
            }
        }
        @match &dernier {
            None => p.vide { "Aucun envoi reçu pour cette collecte." },
            Some((t, (octets, voie))) => (traitement(m, t, octets, voie, &chemin)),
        }
        h2 { "Historique des traitements" }
        @if l.historique.is_empty() {
            p.vide { "Aucun traitement." }
        } @else {
            table {
                caption { "Traitements, du plus récent au plus ancien" }
                thead { tr { th scope="col" { "Traitement" } th scope="col" { "État" } th scope="col" { "Reçu le" } } }
                tbody {
                    @for (uid, e, recu) in &l.historique {
                        tr { td { code { (uid) } } td { (libelles::etat(*e)) } td { (libelles::horodatage(recu)) } }
                    }
                }
            }
        }
    };
    reponse(
        StatusCode::OK,
        page(&format!("Collecte {id} {finess}"), Some(s), corps),
    )
}

fn action(chemin: &str, quoi: &str, bouton: &str, csrf: &str) -> Markup {
    html! {
        form method="post" action={ (chemin) "/" (quoi) } {
            input type="hidden" name="csrf" value=(csrf);
            button type="submit" { (bouton) }
        }
    }
}

fn traitement(
    m: &sidoba_codegen::model::Modele,
    t: &crate::store::LigneTraitement,
    octets: &[u8],
    voie: &str,
    chemin: &str,
) -> Markup {
    let constats = constats_de(t);
    let bloquants = constats.iter().filter(|c| c.bloquant()).count();
    let avertissements = constats.len() - bloquants;
    let valeurs = (voie == crate::worker::VOIE_STRUCTURE)
        .then(|| formulaire::lire(octets))
        .flatten();
    let rendu = Rendu::new(m, &constats);
    let (formulaire, reste, places) = match &valeurs {
        Some(v) => {
            let (f, r, p) = rendu.rendre(v);
            (Some(f), r, p)
        }
        None => (None, constats.iter().enumerate().collect(), Vec::new()),
    };
    html! {
        h2 { "Dernier traitement : " (libelles::etat(t.etat)) }
        p {
            "Reçu le " (libelles::horodatage(&t.recu))
            @if let Some(f) = &t.termine { ", terminé le " (libelles::horodatage(f)) }
            ". " (bloquants) " constat(s) bloquant(s), " (avertissements) " avertissement(s)."
        }
        (generaux(&reste, &places))
        @match formulaire {
            Some(f) => { h2 { "Données reçues" } (f) },
            None => (personnes(m, octets, voie, chemin, &constats)),
        }
    }
}

/// The findings no field took, rules first, at the top of the data.
fn generaux(reste: &[formulaire::Indexe<'_>], places: &[formulaire::Indexe<'_>]) -> Markup {
    html! {
        @if !reste.is_empty() {
            section.bloc aria-labelledby="constats-generaux" {
                h2 id="constats-generaux" { "Constats des règles et constats généraux" }
                @for (i, c) in reste {
                    @if !c.chemin.is_empty() { p { "À " code { (c.chemin) } " :" } }
                    (formulaire::liste(&[(*i, *c)]))
                }
            }
        }
        (formulaire::sommaire(places))
    }
}

/// One line per person of the last Bundle, by local identifier.
fn personnes(
    m: &sidoba_codegen::model::Modele,
    octets: &[u8],
    voie: &str,
    chemin: &str,
    constats: &[Constat],
) -> Markup {
    if voie != crate::worker::VOIE_FHIR {
        return html! { p { "Documents CDA (WS07) : leur présentation par personne n'est pas encore disponible." } };
    }
    let liste = usagers::personnes(m, octets);
    html! {
        h2 { "Personnes du dernier envoi" }
        @if liste.is_empty() {
            p.vide { "Aucune personne lisible dans le Bundle reçu." }
        } @else {
            table {
                caption { (liste.len()) " personne(s), par identifiant local" }
                thead { tr { th scope="col" { "Identifiant local" } th scope="col" { "Constats bloquants" } th scope="col" { "Avertissements" } } }
                tbody {
                    @for p in &liste {
                        @let siens = propres(constats, p.rang);
                        @let b = siens.iter().filter(|c| c.bloquant()).count();
                        tr {
                            td { a href={ (chemin) "/usagers/" (segment(&p.identifiant)) } { (p.identifiant) } }
                            td { (b) }
                            td { (siens.len() - b) }
                        }
                    }
                }
            }
        }
    }
}

/// The findings of person `rang` (`usagers[rang].…`), paths made relative.
fn propres(constats: &[Constat], rang: usize) -> Vec<Constat> {
    let prefixe = format!("usagers[{rang}]");
    constats
        .iter()
        .filter_map(|c| {
            let reste = c.chemin.strip_prefix(&prefixe)?;
            let chemin = match reste.strip_prefix('.') {
                Some(r) => r.to_owned(),
                None if reste.is_empty() => String::new(),
                None => return None,
            };
            Some(Constat {
                chemin,
                ..c.clone()
            })
        })
        .collect()
}

/// A person's page of a user-level collection: the same layout as a
/// structure's, on the person's answers in the last Bundle.
pub async fn usager(
    State(a): State<Arc<Appli>>,
    PeutEtre(s): PeutEtre,
    Path((id, finess, identifiant)): Path<(String, String, String)>,
) -> Response {
    let (s, k) = match acces(&a, s.as_ref(), &id, &finess) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let Ok((_, dernier)) = charger(&a, &id, &finess).await else {
        return interne(Some(s));
    };
    let introuvable = || {
        erreur(
            StatusCode::NOT_FOUND,
            Some(s),
            "Personne introuvable",
            "Aucune personne de cet identifiant local dans le dernier envoi de la collecte.",
        )
    };
    let Some((t, (octets, _))) = dernier.filter(|(_, (_, v))| v == crate::worker::VOIE_FHIR) else {
        return introuvable();
    };
    let m = &k.modele;
    let Some(p) = usagers::personnes(m, &octets)
        .into_iter()
        .find(|p| p.identifiant == identifiant)
    else {
        return introuvable();
    };
    let constats = propres(&constats_de(&t), p.rang);
    let rendu = Rendu::new(m, &constats);
    let (formulaire, reste, places) = rendu.rendre(&p.valeurs);
    let chemin = chemin_collection(&id, &finess);
    let corps = html! {
        h1 { "Personne " (p.identifiant) }
        p { a href=(chemin) { "Retour à la collecte " (m.campagne.libelle) " — FINESS " (finess) } }
        p { "Dernier traitement : " (libelles::etat(t.etat)) ", reçu le " (libelles::horodatage(&t.recu)) "." }
        (generaux(&reste, &places))
        h2 { "Données reçues" }
        (formulaire)
    };
    reponse(
        StatusCode::OK,
        page(&format!("Personne {}", p.identifiant), Some(s), corps),
    )
}
