//! `GET /`: the login form, or the account's collections.

use super::session::{PeutEtre, Session};
use super::{chemin_collection, interne, libelles, page, reponse};
use crate::Appli;
use crate::campagnes::Campagne;
use crate::contrat::{Etat, Statut};
use crate::routes::{LECTURE, bloquant};
use crate::store::LigneTraitement;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};
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

/// What the home page says of one campaign for one structure.
struct Ligne {
    campagne: Arc<Campagne>,
    statut: Statut,
    dernier: Option<LigneTraitement>,
    envois: usize,
}

/// One structure: its FINESS, its name once an accepted payload gave it,
/// and its campaigns.
struct Structure {
    finess: String,
    nom: Option<String>,
    lignes: Vec<Ligne>,
}

/// The name an accepted payload gave the structure: the field read as the
/// structure's name (the field marked `"role": "raison_sociale"`), from the
/// newest accepted WS05.
fn nom(
    store: &crate::store::Store,
    k: &Campagne,
    historique: &[(String, Etat, String)],
) -> Result<Option<String>, crate::Erreur> {
    let Some(code) = champ_nom(&k.modele) else {
        return Ok(None);
    };
    let Some((uid, _, _)) = historique.iter().find(|(_, e, _)| *e == Etat::Accepte) else {
        return Ok(None);
    };
    Ok(store.corps(uid)?.and_then(|(octets, voie)| {
        (voie == crate::worker::VOIE_STRUCTURE).then_some(())?;
        let v = super::formulaire::lire(&octets)?;
        serde_json::from_str::<String>(v.get(code)?.get()).ok()
    }))
}

fn champ_nom(m: &sidoba_core::model::Modele) -> Option<&str> {
    (m.identite.niveau == sidoba_core::model::Niveau::Structure).then_some(())?;
    m.champ_de_role(sidoba_core::model::RoleChamp::RaisonSociale)
        .filter(|c| !c.donnee_personnelle)
        .map(|c| c.code.as_str())
}

async fn accueil(a: &Arc<Appli>, s: &Session) -> Response {
    let finess: Vec<String> = s
        .compte
        .roles
        .keys()
        .filter(|f| s.compte.a_un_role(f, LECTURE))
        .cloned()
        .collect();
    let campagnes: Vec<Arc<Campagne>> = a.campagnes.0.values().cloned().collect();
    let a2 = a.clone();
    let structures = bloquant(move || {
        let mut out = Vec::new();
        for f in finess {
            let mut nom_ = None;
            let mut lignes = Vec::new();
            for k in &campagnes {
                let l = a2.store.collection(k.id(), &f)?;
                let dernier = match &l.dernier {
                    Some((uid, _)) => a2.store.traitement(uid)?,
                    None => None,
                };
                if nom_.is_none() {
                    nom_ = nom(&a2.store, k, &l.historique)?;
                }
                lignes.push(Ligne {
                    campagne: k.clone(),
                    statut: l.statut,
                    dernier,
                    envois: l.historique.len(),
                });
            }
            out.push(Structure {
                finess: f,
                nom: nom_,
                lignes,
            });
        }
        Ok::<_, crate::Erreur>(out)
    })
    .await;
    let Ok(structures) = structures else {
        return interne(Some(s));
    };
    let aujourdhui = a.aujourdhui();
    reponse(
        StatusCode::OK,
        page(
            "Mes collectes",
            Some(s),
            html! {
                h1 { "Mes collectes" }
                p { "Au " (libelles::jour(aujourdhui)) ", compte " strong { (s.compte.client_id) } "." }
                @for st in &structures {
                    (structure(st, aujourdhui))
                }
            },
        ),
    )
}

/// A structure's campaigns: those of the modules it sent data to first;
/// the others apart, said to concern other kinds of structures. Before any
/// sending, every campaign, said so.
fn structure(st: &Structure, aujourdhui: jiff::civil::Date) -> Markup {
    let modules: std::collections::BTreeSet<&str> = st
        .lignes
        .iter()
        .filter(|l| l.envois > 0)
        .map(|l| l.campagne.modele.campagne.module.as_str())
        .collect();
    let (siennes, autres): (Vec<&Ligne>, Vec<&Ligne>) = st.lignes.iter().partition(|l| {
        modules.is_empty() || modules.contains(l.campagne.modele.campagne.module.as_str())
    });
    html! {
        section.bloc {
            h2 {
                @if let Some(n) = &st.nom { (n) " — " }
                "FINESS " (st.finess)
            }
            @if modules.is_empty() {
                p { "Aucun envoi de cette structure pour l'instant : toutes les campagnes du bac à sable sont listées." }
            }
            (table(&st.finess, "Campagnes de la structure", &siennes, aujourdhui))
            @if !autres.is_empty() {
                h3 { "Campagnes d'autres catégories d'établissement" }
                p { "Cette structure n'a rien envoyé pour ces modules : ils concernent d'autres catégories d'établissement." }
                (table(&st.finess, "Autres campagnes", &autres, aujourdhui))
            }
        }
    }
}

fn table(finess: &str, titre: &str, lignes: &[&Ligne], aujourdhui: jiff::civil::Date) -> Markup {
    html! {
        table {
            caption { (titre) }
            thead { tr {
                th scope="col" { "Campagne" }
                th scope="col" { "Clôture" }
                th scope="col" { "Ouverture" }
                th scope="col" { "Statut de la collecte" }
                th scope="col" { "Dernier envoi" }
            } }
            tbody {
                @for l in lignes {
                    @let k = &l.campagne;
                    tr {
                        td { a href=(chemin_collection(k.id(), finess)) { (k.modele.campagne.libelle) } " (" (k.id()) ")" }
                        td { @match k.cloture { Some(c) => (libelles::jour(c)), None => span.vide { "non fixée" } } }
                        td { (libelles::ouverture(k.ouverture, k.cloture, aujourdhui)) }
                        td { (libelles::statut(l.statut)) }
                        @match &l.dernier {
                            Some(t) => td { (libelles::etat(t.etat)) ", le " (libelles::horodatage(&t.recu)) },
                            None => td.vide { "aucun envoi" },
                        }
                    }
                }
            }
        }
    }
}
