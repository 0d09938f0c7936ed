//! The sidoba toolkit's core: read and check WS02 business models, generate
//! Rust for them, validate WS05 payloads, and compare model versions.
//!
//! Data flows one way: JSON → [`model::Modele`] (checked) → generated Rust,
//! findings, or change reports. The `sidoba` binary, the build-script API
//! ([`Builder`]) and the derive macro are thin front ends over this crate.

mod builder;
mod description;
pub mod diff;
pub mod emit;
pub mod forme;
pub mod generate;
pub mod json_texte;
pub mod model;
pub mod naming;
pub mod render;
pub mod rules;
pub mod schema;

pub use builder::{Builder, Erreur};
pub mod synthese;
pub mod validate;
