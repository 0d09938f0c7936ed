//! Asynchronous validation, one processing at a time in arrival order, with
//! the validators of `sidoba validate`. The queue is the `traitements`
//! table: a processing left `en_attente` or `en_cours` by a stop is taken
//! again at the next start.

use crate::campagnes::{Campagne, Campagnes};
use crate::contrat::Etat;
use crate::store::{Store, Tache};
use sidoba::{CodeConstat, Constat, Constats};
use sidoba_core::model::Modele;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex};

/// How submissions reach the worker: each route that stores one wakes it.
/// (Plain std primitives: the worker's thread must not depend on a tokio
/// runtime that may be shutting down.)
#[derive(Default)]
pub struct File {
    reveil: Mutex<bool>,
    signal: Condvar,
    pub arret: AtomicBool,
    /// `--today`: the day the worker stamps its ends on.
    pub jour: Option<jiff::civil::Date>,
}

impl File {
    pub fn du_jour(jour: Option<jiff::civil::Date>) -> File {
        File {
            jour,
            ..File::default()
        }
    }

    pub fn reveiller(&self) {
        *self.reveil.lock().unwrap_or_else(|p| p.into_inner()) = true;
        self.signal.notify_one();
    }

    /// Until woken, or one second (to look at `arret`).
    fn attendre(&self) {
        let mut r = self.reveil.lock().unwrap_or_else(|p| p.into_inner());
        if !*r {
            r = match self
                .signal
                .wait_timeout(r, std::time::Duration::from_secs(1))
            {
                Ok((r, _)) => r,
                Err(p) => p.into_inner().0,
            };
        }
        *r = false;
    }
}

/// Which route a processing came through.
/// Stops the worker when dropped.
pub struct ArretAuDrop(pub Arc<File>);

impl Drop for ArretAuDrop {
    fn drop(&mut self) {
        self.0.arret.store(true, Ordering::SeqCst);
        self.0.reveiller();
    }
}

pub const VOIE_STRUCTURE: &str = "ws05";
pub const VOIE_CDA: &str = "ws07";
pub const VOIE_FHIR: &str = "ws09";

/// Runs until [`File::arret`] is set, on a blocking thread.
pub fn executer(store: Store, campagnes: Arc<Campagnes>, file: Arc<File>) {
    while !file.arret.load(Ordering::SeqCst) {
        match store.prochaine_tache() {
            Ok(Some(t)) => {
                let constats = traiter(&campagnes, &t);
                let etat = if constats.valide() {
                    Etat::Accepte
                } else {
                    Etat::Rejete
                };
                let json = serde_json::to_string(&constats.0).unwrap_or_else(|_| "[]".into());
                if let Err(e) = store.terminer(t.rang, etat, &crate::horodatage(file.jour), &json) {
                    eprintln!("sidoba sandbox : {e}");
                    std::thread::sleep(std::time::Duration::from_millis(200));
                }
            }
            Ok(None) => file.attendre(),
            Err(e) => {
                eprintln!("sidoba sandbox : {e}");
                std::thread::sleep(std::time::Duration::from_millis(200));
            }
        }
    }
}

fn traiter(campagnes: &Campagnes, t: &Tache) -> Constats {
    let Some(c) = campagnes.get(&t.campagne) else {
        // The model was removed from the folder between two starts.
        return bloquant(format!(
            "la campagne {} n'a plus de modèle sur ce serveur",
            t.campagne
        ));
    };
    match t.voie.as_str() {
        VOIE_STRUCTURE => constats_structure(c, &t.corps),
        voie => constats_voie(&c.modele, &t.corps, voie),
    }
}

/// WS05: the findings of `sidoba validate` (`sidoba_core::validate`).
fn constats_structure(c: &Campagne, corps: &[u8]) -> Constats {
    // Admission checked UTF-8 and JSON; this stays total anyway.
    let Ok(texte) = std::str::from_utf8(corps) else {
        return bloquant("le payload n'est pas en UTF-8".into());
    };
    match sidoba_core::validate::valider(&c.modele, texte) {
        Ok(constats) => constats,
        Err(e) => bloquant(format!(
            "payload illisible ({}) : {}",
            e.position, e.message
        )),
    }
}

/// WS07/WS09: the findings of a user-level Bundle, by the one reader of
/// user-level files (`sidoba_core::usager::lecteur`, the one `sidoba
/// validate`, the client and the screen use): each person's identity,
/// stay, events, evaluations and report (`usagers[i]. …`). A text that is
/// not a TDDUI Bundle of the model gets one blocking finding per reading
/// error, each with its JSON pointer and line:column (the reader's
/// messages quote no identity value). A WS07 Bundle's CDA documents are
/// checked against the CDA guide's rules (blocking findings of their
/// person) but not read back into data: a warning per person says so.
pub fn constats_usagers(modele: &Modele, corps: &[u8]) -> Constats {
    constats_voie(modele, corps, "")
}

/// The same, refusing a Bundle of the other kind than its route's (`ws07`
/// carries DocumentReferences, `ws09` QuestionnaireResponses; `""`: any)
/// and a collection file (a route takes Bundles).
fn constats_voie(modele: &Modele, corps: &[u8], voie: &str) -> Constats {
    use sidoba_core::usager::lecteur::{self, Nature};
    use sidoba_core::usager::lecture_bundle::Genre;
    let Ok(texte) = std::str::from_utf8(corps) else {
        return bloquant("le Bundle n'est pas en UTF-8".into());
    };
    let lu = lecteur::lire(modele, texte).and_then(|lu| {
        let attendu = match voie {
            VOIE_CDA => Some((
                Nature::Bundle(Genre::Ws07),
                "des DocumentReference (documents CDA)",
            )),
            VOIE_FHIR => Some((Nature::Bundle(Genre::Ws09), "des QuestionnaireResponse")),
            _ => None,
        };
        match attendu {
            _ if lu.nature == Nature::Collecte => Err(vec![sidoba::ErreurLecture {
                offset: 0,
                position: sidoba::Position {
                    ligne: 1,
                    colonne: 1,
                },
                message:
                    "/resourceType : la voie attend un Bundle TDDUI, pas un fichier de collecte"
                        .into(),
            }]),
            Some((n, quoi)) if n != lu.nature => Err(vec![sidoba::ErreurLecture {
                offset: 0,
                position: sidoba::Position {
                    ligne: 1,
                    colonne: 1,
                },
                message: format!("/entry : la voie {voie} attend {quoi}"),
            }]),
            _ => lu.valider(modele),
        }
    });
    match lu {
        Ok(v) => v.lue.constats,
        Err(e) => Constats(
            e.into_iter()
                .map(|e| {
                    Constat::champ(
                        String::new(),
                        CodeConstat::Type,
                        format!("Bundle TDDUI illisible ({}) : {}", e.position, e.message),
                    )
                })
                .collect(),
        ),
    }
}

fn bloquant(message: String) -> Constats {
    Constats(vec![Constat::champ(
        String::new(),
        CodeConstat::Type,
        message,
    )])
}
