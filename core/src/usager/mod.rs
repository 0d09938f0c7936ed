//! User-level models (`"niveau": "usager"`, `usager.md`): the collection
//! file read and validated against a model ([`collecte`]), a TDDUI Bundle
//! read back into a collection ([`lecture_bundle`]), the one reader of
//! both that every caller uses ([`lecteur`]), the WS09 Bundle of a
//! collection file ([`bundle`]), and the model as a FHIR R4 Questionnaire
//! ([`questionnaire`]). A WS07 document is checked against the CDA guide's
//! rules by [`cda`].

pub mod bundle;
pub mod cda;
pub mod collecte;
mod fhirpath;
pub mod lecteur;
pub mod lecture_bundle;
mod motif_fhir;
pub mod questionnaire;
mod texte;

pub use collecte::{Fichier, genre, valider_fichier};
pub use fhirpath::compiler as fhirpath;
pub use questionnaire::questionnaire;
pub use texte::{texte, texte_bundle};
