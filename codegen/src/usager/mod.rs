//! User-level models (`"niveau": "usager"`, `usager.md`): the collection
//! file read and validated against a model ([`collecte`]), and the model
//! as a FHIR R4 Questionnaire ([`questionnaire`]), and the WS09 Bundle of a
//! collection file ([`bundle`]).

pub mod bundle;
pub mod collecte;
mod fhirpath;
pub mod fichier;
pub mod questionnaire;
mod texte;

pub use collecte::{Fichier, genre, valider_fichier};
pub use fhirpath::compiler as fhirpath;
pub use questionnaire::questionnaire;
pub use texte::texte;
