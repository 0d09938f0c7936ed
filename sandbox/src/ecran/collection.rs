//! `GET /collections/{campagne}/{finess}`: status, the next step (the
//! button only when WS08 would accept it), the last processing laid out as
//! the form with its findings, and the history.

use super::formulaire::{self, Constat, Rendu};
use super::personnes::{self, Vue};
use super::session::{PeutEtre, Session};
use super::{chemin_collection, erreur, interne, libelles, page, reponse, voir};
use crate::Appli;
use crate::contrat::{Etat, Role, Statut};
use crate::routes::{LECTURE, Refus, bloquant, role};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};
use sidoba_core::model::Modele;
use std::sync::Arc;

#[derive(serde::Deserialize)]
pub struct Requete {
    issue: Option<String>,
    #[serde(flatten)]
    vue: Vue,
}

type Dernier = Option<(crate::store::LigneTraitement, (Vec<u8>, String))>;

/// One line of the history: uid, state, received, (blocking, warnings).
pub struct Envoi {
    uid: String,
    etat: Etat,
    recu: String,
    nombres: (usize, usize),
}

/// The collection, its history with each processing's counts, and its
/// last processing with its stored body and route.
async fn charger(
    a: &Arc<Appli>,
    id: &str,
    finess: &str,
) -> Result<(Statut, Vec<Envoi>, Dernier), crate::contrat::Probleme> {
    let (a2, id2, f2) = (a.clone(), id.to_owned(), finess.to_owned());
    bloquant(move || {
        let l = a2.store.collection(&id2, &f2)?;
        let dernier = match &l.dernier {
            Some((uid, _)) => a2.store.traitement(uid)?.zip(a2.store.corps(uid)?),
            None => None,
        };
        let mut envois = Vec::with_capacity(l.historique.len());
        for (uid, etat, recu) in l.historique {
            let nombres = a2
                .store
                .traitement(&uid)?
                .map(|t| compter(&constats_de(&t)))
                .unwrap_or_default();
            envois.push(Envoi {
                uid,
                etat,
                recu,
                nombres,
            });
        }
        Ok((l.statut, envois, dernier))
    })
    .await
}

pub fn constats_de(t: &crate::store::LigneTraitement) -> Vec<Constat> {
    t.constats
        .as_deref()
        .and_then(|c| serde_json::from_str(c).ok())
        .unwrap_or_default()
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
    let Ok((statut, envois, dernier)) = charger(&a, &id, &finess).await else {
        return interne(Some(s));
    };
    let chemin = chemin_collection(&id, &finess);
    let declarant = s.compte.a_un_role(&finess, &[Role::Declarant]);
    let issue = q.issue.as_deref().and_then(issue);
    let m = &k.modele;
    let etat = dernier.as_ref().map(|(t, _)| t.etat);
    let etape = etape(statut, etat, k.ouverte(a.aujourdhui()), declarant);
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
                (action(&chemin, quoi, bouton, &s.csrf))
            }
            Etape::Phrase(p) => p.issue.refus[etat == Some(Etat::Rejete)] { (p) },
        }
        @if let Some((t, (octets, voie))) = &dernier {
            (traitement(m, t, octets, voie, &chemin, &q.vue))
        }
        (historique(&envois))
    };
    reponse(
        StatusCode::OK,
        page(&format!("Collecte {id} {finess}"), Some(s), corps),
    )
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
                            td { (libelles::nombre_constats(e.nombres.0, e.nombres.1)) }
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
    octets: &[u8],
    voie: &str,
    chemin: &str,
    vue: &Vue,
) -> Markup {
    let constats = constats_de(t);
    let (bloquants, avertissements) = compter(&constats);
    let valeurs = (voie == crate::worker::VOIE_STRUCTURE)
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
            let rendu = Rendu::new(m, &constats);
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
            (personnes::liste(m, octets, voie, chemin, &constats, vue))
        },
    }
}

/// The list of rule findings, then the findings no field took, then the
/// summary of those beside their fields.
pub fn generaux(
    m: &Modele,
    reste: &[formulaire::Indexe<'_>],
    places: &[formulaire::Indexe<'_>],
) -> Markup {
    let (regles, autres): (Vec<_>, Vec<_>) = reste.iter().partition(|(_, c)| c.code == "regle");
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
