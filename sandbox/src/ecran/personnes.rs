//! The persons of a user-level collection: the list (by local identifier
//! and position, restricted to those with findings and ordered by their
//! blocking findings on request, through links), and each person's page.
//! Every person's data reaches the screen through `usagers::personnes`.

use super::commun::{Illisible, acces, compter, constats_de, generaux};
use super::formulaire::{Constat, Rendu};
use super::session::PeutEtre;
use super::{chemin_collection, erreur, interne_cause, libelles, page, reponse, segment, usagers};
use crate::journal::Cause;
use crate::{Appli, hors_executeur};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};
use sidoba_contrat::Service;
use sidoba_core::model::Modele;
use std::sync::Arc;

/// How the list is shown (`?personnes=avec-constats&tri=bloquants`).
#[derive(serde::Deserialize, Default)]
pub struct Vue {
    personnes: Option<String>,
    tri: Option<String>,
}

impl Vue {
    fn filtre(&self) -> bool {
        self.personnes.as_deref() == Some("avec-constats")
    }

    fn trie(&self) -> bool {
        self.tri.as_deref() == Some("bloquants")
    }

    /// The link to this view with one setting changed.
    fn lien(&self, chemin: &str, filtre: bool, trie: bool) -> String {
        let mut q = Vec::new();
        if filtre {
            q.push("personnes=avec-constats");
        }
        if trie {
            q.push("tri=bloquants");
        }
        if q.is_empty() {
            chemin.to_owned()
        } else {
            format!("{chemin}?{}", q.join("&"))
        }
    }
}

/// A person as the list and the findings name them.
pub fn nom(identifiant: &str, rang: usize) -> String {
    format!("{identifiant} (n° {})", rang + 1)
}

/// One line per person of the last Bundle.
pub fn liste(
    m: &Modele,
    octets: &[u8],
    voie: Option<Service>,
    chemin: &str,
    constats: &[Constat],
    vue: &Vue,
) -> Markup {
    if voie != Some(Service::Ws09) {
        return html! { p { "Documents CDA (WS07) : leur présentation par personne n'est pas encore disponible." } };
    }
    let tous = usagers::personnes(m, octets);
    let total = tous.len();
    let mut lignes: Vec<_> = tous
        .into_iter()
        .map(|p| {
            let n = compter(&propres(constats, p.rang));
            (p, n)
        })
        .filter(|(_, (b, w))| !vue.filtre() || b + w > 0)
        .collect();
    if vue.trie() {
        lignes
            .sort_by(|(p, (b, w)), (q, (c, x))| c.cmp(b).then(x.cmp(w)).then(p.rang.cmp(&q.rang)));
    }
    let sans_personne: Vec<_> = constats
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.chemin.starts_with("usagers["))
        .collect();
    html! {
        (generaux(m, &sans_personne, &[]))
        h2 { "Personnes du dernier envoi" }
        @if total == 0 {
            p.vide { "Aucune personne lisible dans le Bundle reçu." }
        } @else {
            p {
                @if vue.filtre() {
                    a href=(vue.lien(chemin, false, vue.trie())) { "Montrer toutes les personnes" }
                } @else {
                    a href=(vue.lien(chemin, true, vue.trie())) { "Seulement les personnes avec constats" }
                }
                " — "
                @if vue.trie() {
                    a href=(vue.lien(chemin, vue.filtre(), false)) { "Trier par identifiant local" }
                } @else {
                    a href=(vue.lien(chemin, vue.filtre(), true)) { "Trier par nombre de constats bloquants" }
                }
            }
            table {
                caption {
                    @if vue.filtre() { (lignes.len()) " personne(s) avec constats sur " (total) }
                    @else { (total) " personne(s), par identifiant local" }
                }
                thead { tr { th scope="col" { "Personne (identifiant local)" } th scope="col" { "Constats bloquants" } th scope="col" { "Avertissements" } } }
                tbody {
                    @for (p, (b, w)) in &lignes {
                        tr {
                            td { a href={ (chemin) "/usagers/" (segment(&p.identifiant)) } { (p.identifiant) } " (n° " (p.rang + 1) ")" }
                            td { (b) }
                            td { (w) }
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
    let introuvable = || {
        erreur(
            StatusCode::NOT_FOUND,
            Some(s),
            "Personne introuvable",
            "Aucune personne de cet identifiant local dans le dernier envoi de la collecte.",
        )
    };
    // Reading the stored Bundle (up to 10 MiB) is CPU work: off the executor.
    let (a2, id2, f2, k2) = (a.clone(), id.clone(), finess.clone(), k.clone());
    let lu = hors_executeur(move || {
        let l = a2.store.collection(&id2, &f2)?;
        let Some((uid, _)) = &l.dernier else {
            return Ok(None);
        };
        let (Some(t), Some((octets, service))) = (a2.store.traitement(uid)?, a2.store.corps(uid)?)
        else {
            return Ok(None);
        };
        if service != Some(Service::Ws09) {
            return Ok(None);
        }
        let p = usagers::personnes(&k2.modele, &octets)
            .into_iter()
            .find(|p| p.identifiant == identifiant);
        Ok(p.map(|p| (t, p)))
    })
    .await;
    let (t, p) = match lu {
        Ok(Some(x)) => x,
        Ok(None) => return introuvable(),
        Err(e) => return interne_cause(Some(s), e),
    };
    let m = &k.modele;
    let constats = match constats_de(&t) {
        Ok(c) => propres(&c, p.rang),
        Err(Illisible(cause)) => {
            let mut r = erreur(
                StatusCode::INTERNAL_SERVER_ERROR,
                Some(s),
                "Constats illisibles",
                Illisible::PHRASE,
            );
            r.extensions_mut().insert(Cause(cause));
            return r;
        }
    };
    let (b, w) = compter(&constats);
    let rendu = Rendu::new(m, &constats);
    let (formulaire, reste, places) = rendu.rendre(&p.valeurs);
    let chemin = chemin_collection(&id, &finess);
    let qui = nom(&p.identifiant, p.rang);
    let corps = html! {
        h1 { "Personne " (qui) }
        p { a href=(chemin) { "Retour à la collecte " (m.campagne.libelle) " — FINESS " (finess) } }
        p {
            "Dernier envoi : " (libelles::etat(t.etat)) ", reçu le " (libelles::horodatage(&t.recu))
            ". Pour cette personne : " (libelles::nombre_constats(b, w)) "."
        }
        (generaux(m, &reste, &places))
        h2 { "Données reçues" }
        (formulaire)
    };
    reponse(
        StatusCode::OK,
        page(&format!("Personne {qui}"), Some(s), corps),
    )
}
