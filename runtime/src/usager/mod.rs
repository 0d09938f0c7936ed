//! Who a user-level report is about: the structure (FINESS), the person
//! (local identifier, identity, INS) and their stay (`usager.md`).
//!
//! These are not model fields: they come from the DUI, the same for every
//! campaign. All of it is personal data (the FINESS excepted): `Debug`
//! shows none of it, and no check's message quotes it.

pub mod cda;
mod collecte;
mod controle;
pub mod fhir;
mod identite;
mod ins;
mod sortie;

pub use collecte::{Collecte, RapportUsager, Usager};
pub use controle::{
    verifier_cle_ins, verifier_date_naissance, verifier_fin_sejour, verifier_finess,
    verifier_identifiant_local, verifier_identifiant_sejour, verifier_ins, verifier_nom,
    verifier_prenom, verifier_prenoms, verifier_rang_naissance, verifier_statut_ins,
};
pub use identite::{Identite, Personne, Sejour, Sexe, StatutIdentite};
pub use ins::{Ins, InsInvalide, TypeIns, cle_ins};
pub use sortie::{Rendu, Sortie};

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

/// The structure that sends the collection.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Structure {
    pub finess: Finess,
}
