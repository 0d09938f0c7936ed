//! Le cœur de sidoba : ce qui lit, vérifie et juge, sans rien générer.
//!
//! Les données vont dans un seul sens : JSON → [`model::Modele`] (vérifié)
//! → constats, écarts entre versions, Bundles et documents. Le générateur de
//! code (`sidoba-codegen`), la commande `sidoba`, le client de l'API et le
//! bac à sable sont des façades sur ce crate ; le client et le bac à sable
//! n'en tirent ni `syn` ni `prettyplease`.
//!
//! - [`model::charger`] lit et vérifie un modèle ([`model::Source`] en
//!   entrée, [`model::Modele`] ou des [`model::Diagnostic`]s en sortie) ;
//! - [`validate::valider`] confronte un payload WS05 au modèle ;
//! - [`diff::comparer`] compare deux versions d'un modèle, [`render`] en
//!   écrit le rapport (texte, Markdown, JSON) ;
//! - [`grilles`] porte les quatre grilles d'évaluation du guide TDDUI, lues
//!   comme des modèles, et vérifie les réponses d'une évaluation ;
//! - [`usager`] lit les fichiers de collecte et les Bundles TDDUI, écrit le
//!   modèle en Questionnaire FHIR et vérifie les documents CDA ;
//! - [`rules`] est le langage des règles de cohérence : analyse, typage,
//!   évaluation ;
//! - [`forme`] et [`description`] décrivent la forme Rust d'un modèle, que
//!   le générateur et le validateur piloté par le modèle partagent.

pub mod description;
pub mod diff;
pub mod fichier;
pub mod finess;
pub mod forme;
pub mod grilles;
pub mod json_texte;
pub mod model;
pub mod render;
pub mod rules;
mod synthese;
pub mod usager;
pub mod validate;

/// Les rouages internes, pour les tests, bancs d'essai et cibles de fuzzing
/// de l'espace de travail (dont le générateur de modèles synthétiques).
/// Pas une API publique.
#[doc(hidden)]
pub mod __interne {
    pub mod synthese {
        pub use crate::synthese::*;
    }
    pub mod json {
        pub use crate::model::json::*;
    }
}
