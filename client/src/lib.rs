//! Client de l'API de collecte SIDOBA (WS01 à WS09), selon la lecture du
//! contrat que fait le projet (`docs/api.md`).
//!
//! - [`Client`] (asynchrone, sur tokio) et [`bloquant::Client`] (la même
//!   chose pour du code qui n'est pas asynchrone) ;
//! - un jeton obtenu avec les identifiants du client, renouvelé avant son
//!   expiration, une seule fois quand plusieurs appels l'attendent ;
//! - des reprises bornées (connexion, délai, `429` après `Retry-After`,
//!   `502`, `503`, `504`), avec une même `Idempotency-Key` pour chaque
//!   tentative d'une soumission : une reprise ne soumet jamais deux fois ;
//! - une validation locale avec le modèle de la campagne avant l'envoi ;
//! - une seule erreur typée, [`Erreur`], qui ne contient jamais de jeton,
//!   de secret ni de valeur du payload.

pub mod bloquant;
mod client;
pub mod config;
mod envoi;
mod erreur;
mod jeton;
pub mod reprise;
mod transport;

pub use client::{Client, ModeleRecu};
pub use config::{Config, Secret};
pub use envoi::{Envoi, Soumission, valider_bundle, valider_payload, verifier_finess};
pub use erreur::{ConstatsLocaux, Erreur, Transport};
pub use reprise::Politique;
/// Le contrat de l'API (chemins, états, corps), partagé avec le bac à sable.
pub use sidoba_contrat as contrat;

use std::fmt;
use std::time::Duration;

/// Ce que le client signale à [`Config::journal`] : jamais un jeton, un
/// secret ni une valeur du payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evenement {
    /// Une nouvelle tentative après une attente.
    Reprise {
        tentative: u32,
        attente: Duration,
        cause: String,
    },
    /// Demande d'un jeton (le premier ou un renouvellement).
    NouveauJeton,
    /// Le serveur a refusé le jeton : renouvelé, et l'appel rejoué une fois.
    JetonRefuse,
}

impl fmt::Display for Evenement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Evenement::Reprise {
                tentative,
                attente,
                cause,
            } => write!(
                f,
                "{cause} : tentative {tentative} dans {} ms",
                attente.as_millis()
            ),
            Evenement::NouveauJeton => f.write_str("demande d'un jeton d'accès"),
            Evenement::JetonRefuse => {
                f.write_str("jeton refusé par le serveur : renouvellement et nouvel essai")
            }
        }
    }
}
