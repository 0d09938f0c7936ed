//! Submissions (WS05, WS07, WS09): the body and its `Idempotency-Key`,
//! fixed once, and the local validation that decides whether to send.

use crate::contrat::{Accuse, Service};
use crate::erreur::{ConstatsLocaux, Erreur};
use sidoba::Constats;
use sidoba_codegen::model::Modele;

/// One submission: the same key for every attempt, so that the server
/// records it once however many times the network makes the client retry.
#[derive(Clone)]
pub struct Soumission {
    pub service: Service,
    pub campagne: String,
    pub finess: String,
    /// The file's bytes, sent as they are.
    pub(crate) corps: Vec<u8>,
    cle: String,
}

impl std::fmt::Debug for Soumission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Soumission")
            .field("service", &self.service)
            .field("campagne", &self.campagne)
            .field("finess", &self.finess)
            .field("octets", &self.corps.len())
            .field("cle", &self.cle)
            .finish()
    }
}

impl Soumission {
    /// A new submission with a fresh key (a UUID v4).
    pub fn new(service: Service, campagne: &str, finess: &str, corps: Vec<u8>) -> Soumission {
        Soumission {
            service,
            campagne: campagne.to_owned(),
            finess: finess.to_owned(),
            corps,
            cle: uuid::Uuid::new_v4().to_string(),
        }
    }

    /// The `Idempotency-Key` sent with every attempt.
    pub fn cle(&self) -> &str {
        &self.cle
    }
}

/// What a sent submission gives back.
#[derive(Debug, Clone, PartialEq)]
pub struct Envoi {
    pub service: Service,
    /// The server's acknowledgement (WS05/07/09 `202`).
    pub accuse: Accuse,
    /// The local findings (warnings, or blocking ones when forced); empty
    /// for a Bundle, not validated locally yet.
    pub constats: ConstatsLocaux,
    pub cle: String,
}

/// Validates a WS05 payload against the campaign's model. The payload's
/// text is never kept in an error, only the place of what stops reading.
pub fn valider_payload(modele: &Modele, contenu: &[u8]) -> Result<Constats, Erreur> {
    let texte = std::str::from_utf8(contenu).map_err(|e| {
        let debut = String::from_utf8_lossy(&contenu[..e.valid_up_to()]).into_owned();
        let p = sidoba::Position::de(&debut, e.valid_up_to());
        Erreur::PayloadIllisible {
            ligne: p.ligne,
            colonne: p.colonne,
        }
    })?;
    sidoba_codegen::validate::valider(modele, texte).map_err(|e| Erreur::PayloadIllisible {
        ligne: e.position.ligne,
        colonne: e.position.colonne,
    })
}

/// The local validation of a Bundle (WS07/WS09), before sending it.
///
/// The Bundle validator does not exist yet (issue of the user-level data):
/// until it is wired here, a Bundle goes only when forced, unvalidated,
/// and is refused otherwise. This is the one place to wire it: return its
/// findings as [`valider_payload`] does.
pub fn valider_bundle(_modele: &Modele, _bundle: &[u8], forcer: bool) -> Result<Constats, Erreur> {
    if forcer {
        Ok(Constats::default())
    } else {
        Err(Erreur::ValidationBundleIndisponible)
    }
}

/// Whether findings let the submission go: blocking ones only when forced.
pub fn decider(constats: Constats, forcer: bool) -> Result<ConstatsLocaux, Erreur> {
    if constats.valide() || forcer {
        Ok(ConstatsLocaux(constats))
    } else {
        Err(Erreur::ConstatsBloquants(ConstatsLocaux(constats)))
    }
}
