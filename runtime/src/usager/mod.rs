//! De qui parle un rapport par personne : la structure (FINESS, raison
//! sociale, catégorie), les professionnels que nomme le fichier, la personne
//! (identifiant local, identité, INS), son séjour, ses événements et ses
//! évaluations (`usager.md`, fichier de collecte au format 2), et la table
//! des versions des guides nationaux ([`guide`]).
//!
//! Ce ne sont pas des champs du modèle : ils viennent du DUI, les mêmes pour
//! toutes les campagnes. Tout est donnée personnelle (sauf le FINESS) :
//! `Debug` n'en montre rien, et aucun message de contrôle ne les cite.

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

/// Un numéro FINESS : 9 caractères `[0-9A-Za-z]` (des lettres pour 2A et
/// 2B). Le numéro d'une structure est public : `Debug` le montre.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Finess(String);

/// Un texte qui n'est pas un numéro FINESS (le texte n'est pas gardé).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinessInvalide;

impl fmt::Display for FinessInvalide {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("un numéro FINESS a 9 caractères, chiffres ou lettres (2A, 2B pour la Corse)")
    }
}

impl std::error::Error for FinessInvalide {}

impl Finess {
    /// Vrai quand `s` a la forme d'un numéro FINESS.
    pub fn valide(s: &str) -> bool {
        s.len() == 9 && s.bytes().all(|b| b.is_ascii_alphanumeric())
    }

    /// Le numéro FINESS `s`, refusé s'il n'en a pas la forme.
    pub fn new(s: &str) -> Result<Finess, FinessInvalide> {
        if Finess::valide(s) {
            Ok(Finess(s.to_owned()))
        } else {
            Err(FinessInvalide)
        }
    }

    /// Les 9 caractères du numéro.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Finess {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// La structure qui envoie la collecte (donnée publique : `Debug` la
/// montre).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Structure {
    pub finess: Finess,
    /// Sa raison sociale (le `name` de l'Organization, celui du gardien du
    /// document CDA).
    pub raison_sociale: Option<String>,
    /// Sa catégorie, un code du jeu de valeurs JDV_J254 (`354` pour un SSIAD).
    pub categorie: Option<String>,
}

impl Structure {
    /// Une structure connue par son seul FINESS.
    pub fn new(finess: Finess) -> Structure {
        Structure {
            finess,
            raison_sociale: None,
            categorie: None,
        }
    }
}
