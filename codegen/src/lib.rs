//! The sidoba toolkit's core: read and check WS02 business models, generate
//! Rust for them, validate WS05 payloads, and compare model versions.
//!
//! Data flows one way: JSON → [`model::Modele`] (checked) → generated Rust,
//! findings, or change reports. The `sidoba` binary, the build-script API
//! ([`Builder`]) and the derive macro are thin front ends over this crate.
//!
//! The public API is what a build script or a tool needs:
//!
//! - [`model::charger`] reads and checks a model ([`model::Source`] in,
//!   [`model::Modele`] or [`model::Diagnostic`]s out);
//! - [`generate`] writes the Rust modules of models ([`emit::module`] for
//!   one model's source), and [`Builder`] does it from a build script;
//! - [`validate::valider`] checks a payload against a model;
//! - [`diff::comparer`] compares two versions, [`render`] writes the report;
//! - [`schema::schema`] gives a model's payload JSON Schema;
//! - [`grilles`] holds the TDDUI guide's four evaluation grids, read as
//!   models, and checks an evaluation's answers against them;
//! - [`usager`] reads user-level collection files and writes the model as a
//!   FHIR Questionnaire.

mod builder;
mod description;
pub mod diff;
pub mod emit;
mod forme;
pub mod generate;
pub mod grilles;
pub mod json_texte;
pub mod model;
mod naming;
pub mod render;
mod rules;
pub mod schema;
mod synthese;
pub mod usager;
pub mod validate;

pub use builder::{Builder, Erreur};

/// The internals, for the workspace's own tests, benches and fuzz targets
/// (the synthetic model generator among them). Not a public API.
#[doc(hidden)]
pub mod __interne {
    // `pub use m::*` of a private module re-exports its `pub` items.
    macro_rules! modules {
        ($($m:ident = $chemin:path),* $(,)?) => {$(
            pub mod $m {
                pub use $chemin::*;
            }
        )*};
    }
    modules!(
        forme = crate::forme,
        naming = crate::naming,
        rules = crate::rules,
        synthese = crate::synthese,
        json = crate::model::json,
        types = crate::emit::types,
    );
}
