//! Le code généré des modèles d'exemple de `models/`, versé au dépôt pour
//! que la CI le compile (tout avertissement refusé) et remarque quand il
//! n'est plus à jour (`sidoba generate models/*.json --out generated/src/modeles --check`).
//!
//! Les modèles d'exemple sont écrits pour ce projet d'après des textes
//! réglementaires publics ; ce ne sont pas des modèles officiels de la CNSA.

#![deny(warnings)]

// Formaté par prettyplease à la génération : rustfmt ne doit pas y toucher,
// sinon le contrôle de dérive (`sidoba generate --check`) échouerait.
#[rustfmt::skip]
mod modeles;
pub use modeles::*;

/// Les quatre grilles d'évaluation du guide TDDUI (ANS) que sidoba intègre
/// (`core/grilles/`), générées de leurs Questionnaires
/// (`sidoba generate core/grilles/tddui-2.3.0/*.json --out generated/src/grilles`).
#[rustfmt::skip]
pub mod grilles;
