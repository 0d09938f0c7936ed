//! `GET /collections/{campagne}/{finess}`: status, the next step (the
//! button only when WS08 would accept it), the last processing laid out as
//! the form with its findings, and the history.

use super::commun::{Illisible, acces, compter, constats_de, generaux};
use super::formulaire::{self, Constat, Rendu};
use super::personnes::{self, Vue};
use super::session::PeutEtre;
use super::{chemin_collection, interne_cause, libelles, page, reponse};
use crate::domaine::Refus;
use crate::journal::Cause;
use crate::{Appli, Erreur, hors_executeur};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};
use sidoba_contrat::{Etat, Role, Service, Statut};
use sidoba_core::model::Modele;
use std::sync::Arc;

#[derive(serde::Deserialize)]
pub struct Requete {
    issue: Option<String>,
    #[serde(flatten)]
    vue: Vue,
}

type Dernier = Option<(crate::store::LigneTraitement, crate::store::Corps)>;

/// One line of the history: uid, state, received, (blocking, warnings)
/// or why the stored findings cannot be counted.
pub struct Envoi {
    uid: String,
    etat: Etat,
    recu: String,
    nombres: Result<(usize, usize), Illisible>,
}

/// The collection, its history with each processing's counts, and its
/// last processing with its stored body and route (SQLite and JSON
/// parsing: the caller runs this off the executor).
fn charger(a: &Appli, id: &str, finess: &str) -> Result<(Statut, Vec<Envoi>, Dernier), Erreur> {
    let l = a.store.collection(id, finess)?;
    let dernier = match &l.dernier {
        Some((uid, _)) => a.store.traitement(uid)?.zip(a.store.corps(uid)?),
        None => None,
    };
    let mut envois = Vec::with_capacity(l.historique.len());
    for (uid, etat, recu) in l.historique {
        let nombres = match a.store.traitement(&uid)? {
            Some(t) => constats_de(&t).map(|c| compter(&c)),
            None => Ok((0, 0)),
        };
        envois.push(Envoi {
            uid,
            etat,
            recu,
            nombres,
        });
    }
    Ok((l.statut, envois, dernier))
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

/// What the person can do now: a button only where WS08 would accept it,
/// otherwise why not and what to do, in one sentence.
enum Etape {
    Bouton(&'static str, &'static str, &'static str),
    Phrase(&'static str),
}

fn etape(statut: Statut, dernier: Option<Etat>, ouverte: bool, declarant: bool) -> Etape {
    use Etape::{Bouton, Phrase};
    match (statut, dernier) {
        (Statut::Validee, _) => Phrase("La collecte est validée : elle ne peut plus changer."),
        (_, _) if !declarant => Phrase(
            "Ce compte peut lire cette collecte, pas la transmettre : le rôle declarant sur ce FINESS est nécessaire.",
        ),
        (Statut::Transmise, _) if ouverte => Bouton(
            "rouvrir",
            "Demander une modification",
            "La collecte est transmise. Pour corriger les données, demandez une modification puis renvoyez le rapport depuis votre logiciel.",
        ),
        (Statut::Transmise, _) => Phrase(
            "La collecte est transmise et la campagne est fermée : elle ne peut plus être rouverte.",
        ),
        (Statut::EnSaisie, None) => Phrase(
            "Aucun envoi reçu pour cette collecte : envoyez d'abord le rapport depuis votre logiciel (sidoba send).",
        ),
        (Statut::EnSaisie, Some(Etat::Rejete)) => Phrase(
            "Le dernier envoi a été rejeté : corrigez les constats bloquants dans votre logiciel puis renvoyez le rapport.",
        ),
        (Statut::EnSaisie, Some(Etat::EnAttente | Etat::EnCours)) => Phrase(
            "Le dernier envoi est en cours de validation : rechargez la page dans un instant.",
        ),
        (Statut::EnSaisie, Some(Etat::Accepte)) => Bouton(
            "transmettre",
            "Transmettre",
            "Le dernier envoi est accepté : vérifiez les données ci-dessous, puis transmettez la collecte.",
        ),
    }
}

pub async fn collection(
    State(a): State<Arc<Appli>>,
    PeutEtre(s): PeutEtre,
    Path((id, finess)): Path<(String, String)>,
    Query(q): Query<Requete>,
) -> Response {
    let (s, k) = match acces(&a, s.as_ref(), &id, &finess) {
        Ok(x) => x,
        Err(r) => return r,
    };
    let chemin = chemin_collection(&id, &finess);
    let declarant = s.compte.a_un_role(&finess, &[Role::Declarant]);
    let ouverte = k.ouverte(a.aujourdhui());
    let csrf = s.csrf.clone();
    // Reading the stored records and laying out up to 10 MiB of data is
    // CPU work: the whole page body is built off the executor.
    let (a2, id2, f2) = (a.clone(), id.clone(), finess.clone());
    let corps = hors_executeur(move || {
        let (statut, envois, dernier) = charger(&a2, &id2, &f2)?;
        Ok(corps(
            &k, &id2, &f2, &chemin, &csrf, declarant, ouverte, &q, statut, &envois, &dernier,
        ))
    })
    .await;
    match corps {
        Ok((c, cause)) => {
            let mut r = reponse(
                StatusCode::OK,
                page(&format!("Collecte {id} {finess}"), Some(s), c),
            );
            // A damaged record is shown on the page, and its cause logged.
            if let Some(Illisible(cause)) = cause {
                r.extensions_mut().insert(Cause(cause));
            }
            r
        }
        Err(e) => interne_cause(Some(s), e),
    }
}

/// The page's body, and the cause of unreadable stored findings if any.
#[allow(clippy::too_many_arguments)] // one page, everything it shows
fn corps(
    k: &crate::campagnes::Campagne,
    id: &str,
    finess: &str,
    chemin: &str,
    csrf: &str,
    declarant: bool,
    ouverte: bool,
    q: &Requete,
    statut: Statut,
    envois: &[Envoi],
    dernier: &Dernier,
) -> (Markup, Option<Illisible>) {
    let vue = &q.vue;
    let issue = q.issue.as_deref().and_then(issue);
    let m = &k.modele;
    let etat = dernier.as_ref().map(|(t, _)| t.etat);
    let etape = etape(statut, etat, ouverte, declarant);
    let constats = dernier.as_ref().map(|(t, _)| constats_de(t));
    let illisible = match &constats {
        Some(Err(i)) => Some(i.clone()),
        _ => None,
    };
    let corps = html! {
        h1 { "Collecte " (m.campagne.libelle) }
        p { "Campagne " strong { (id) } " — FINESS " strong { (finess) } " — modèle " (m.identite.code) " version " (m.identite.version) }
        @if let Some((ok, texte)) = &issue {
            p.issue.refus[!ok] role="status" { (texte) }
        }
        h2 { "Statut : " (libelles::statut(statut)) }
        @match etape {
            Etape::Bouton(quoi, bouton, phrase) => {
                p.issue { (phrase) }
                (action(chemin, quoi, bouton, csrf))
            }
            Etape::Phrase(p) => p.issue.refus[etat == Some(Etat::Rejete)] { (p) },
        }
        @if let (Some((t, (octets, voie))), Some(c)) = (dernier, &constats) {
            (traitement(m, t, c, octets, voie, chemin, vue))
        }
        (historique(envois))
    };
    (corps, illisible)
}

fn historique(envois: &[Envoi]) -> Markup {
    html! {
        h2 { "Historique des envois" }
        @if envois.is_empty() {
            p.vide { "Aucun envoi." }
        } @else {
            table {
                caption { "Envois, du plus récent au plus ancien" }
                thead { tr {
                    th scope="col" { "Reçu le" } th scope="col" { "Résultat" }
                    th scope="col" { "Constats" } th scope="col" { "Détail" }
                } }
                tbody {
                    @for e in envois {
                        tr {
                            td { (libelles::horodatage(&e.recu)) }
                            td { (libelles::etat(e.etat)) }
                            td {
                                @match e.nombres {
                                    Ok((b, w)) => (libelles::nombre_constats(b, w)),
                                    Err(_) => strong { "constats illisibles" },
                                }
                            }
                            td { details { summary { "Identifiant du traitement" } code { (e.uid) } } }
                        }
                    }
                }
            }
        }
    }
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
    m: &Modele,
    t: &crate::store::LigneTraitement,
    constats: &Result<Vec<Constat>, Illisible>,
    octets: &[u8],
    voie: &Option<Service>,
    chemin: &str,
    vue: &Vue,
) -> Markup {
    let constats = match constats {
        Ok(c) => c,
        Err(_) => {
            return html! {
                h2 { "Dernier envoi : " (libelles::etat(t.etat)) }
                p { "Reçu le " (libelles::horodatage(&t.recu)) "." }
                p.issue.refus role="alert" { (Illisible::PHRASE) }
            };
        }
    };
    let (bloquants, avertissements) = compter(constats);
    let valeurs = (*voie == Some(Service::Ws05))
        .then(|| formulaire::lire(octets))
        .flatten();
    let entete = html! {
        h2 { "Dernier envoi : " (libelles::etat(t.etat)) }
        p {
            "Reçu le " (libelles::horodatage(&t.recu))
            @if let Some(f) = &t.termine { ", validé le " (libelles::horodatage(f)) }
            " : " (libelles::nombre_constats(bloquants, avertissements)) "."
        }
    };
    match &valeurs {
        Some(v) => {
            let rendu = Rendu::new(m, constats);
            let (f, reste, places) = rendu.rendre(v);
            html! {
                (entete)
                (generaux(m, &reste, &places))
                h2 { "Données reçues" }
                (f)
            }
        }
        None => html! {
            (entete)
            (personnes::liste(m, octets, *voie, chemin, constats, vue))
        },
    }
}
