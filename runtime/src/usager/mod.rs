//! Who a user-level report is about: the structure (FINESS, name,
//! category), the professionals the file names, the person (local
//! identifier, identity, INS), their stay, events and evaluations
//! (`usager.md`, collection file format 2), and the table of the national
//! guides' versions ([`guide`]).
//!
//! These are not model fields: they come from the DUI, the same for every
//! campaign. All of it is personal data (the FINESS excepted): `Debug`
//! shows none of it, and no check's message quotes it.

pub(crate) mod adresses;
pub mod cda;
mod collecte;
pub(crate) mod controle;
mod date_heure;
mod evenement;
pub mod fhir;
pub mod guide;
mod identite;
mod ins;
mod professionnel;
mod reponses;
pub(crate) mod sortie;
pub(crate) mod verification;

pub use collecte::{Collecte, RapportUsager, Usager};
// The other checks are plumbing of `sidoba validate`, under
// `crate::__private_v1::usager`; a DUI checks an INS before sending it.
pub use controle::verifier_ins;
#[allow(unused_imports)]
pub(crate) use controle::*;
pub use date_heure::{DateHeure, DateHeureInvalide};
pub use evenement::{Evaluation, Evenement, Reponse, Reponses, StatutEvenement};
pub use identite::{Identite, Personne, Sejour, Sexe, StatutIdentite};
pub use ins::{Ins, InsInvalide, TypeIns, cle_ins};
pub use professionnel::{Professionnel, Rpps, RppsInvalide};
pub use reponses::parcourir_reponses;
#[doc(hidden)]
pub use reponses::{REGLE_ADVERBES, ecart_adverbes};
pub(crate) use sortie::{Rendu, Sortie};
pub use verification::AVERTISSEMENT_FORMAT_1;
#[allow(unused_imports)]
pub(crate) use verification::*;

use std::fmt;

/// A FINESS number: 9 characters `[0-9A-Za-z]` (letters for 2A/2B). A
/// structure's number is public, so `Debug` shows it.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Finess(String);

/// A text that is not a FINESS number (the text is not kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinessInvalide;

impl fmt::Display for FinessInvalide {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("un numéro FINESS a 9 caractères, chiffres ou lettres (2A, 2B pour la Corse)")
    }
}

impl std::error::Error for FinessInvalide {}

impl Finess {
    /// True when `s` has the form of a FINESS number.
    pub fn valide(s: &str) -> bool {
        s.len() == 9 && s.bytes().all(|b| b.is_ascii_alphanumeric())
    }

    pub fn new(s: &str) -> Result<Finess, FinessInvalide> {
        if Finess::valide(s) {
            Ok(Finess(s.to_owned()))
        } else {
            Err(FinessInvalide)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Finess {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The structure that sends the collection (public data: `Debug` shows
/// it).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Structure {
    pub finess: Finess,
    /// Its name (the Organization's `name`, the CDA custodian's).
    pub raison_sociale: Option<String>,
    /// Its category, a JDV_J254 code (`354` SSIAD).
    pub categorie: Option<String>,
}

impl Structure {
    /// A structure known by its FINESS only.
    pub fn new(finess: Finess) -> Structure {
        Structure {
            finess,
            raison_sociale: None,
            categorie: None,
        }
    }
}
