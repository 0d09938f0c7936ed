//! The generated code of the sample models in `models/`, checked in so that
//! CI compiles it (with every warning denied) and notices when it is stale
//! (`sidoba generate models/*.json --out generated/src/modeles --check`).
//!
//! The sample models are samples written for this project from public
//! regulatory texts, not official CNSA models.

#![deny(warnings)]

// Formatted by prettyplease at generation: rustfmt must not touch it, or
// the drift check (`sidoba generate --check`) would fail.
#[rustfmt::skip]
mod modeles;
pub use modeles::*;
