//! The model-driven validator behind `sidoba validate`: reads a WS05
//! payload against a model without compiling anything.
//!
//! It takes, from `crate::description`, the very field and block
//! descriptions that generated code holds as `static`s, and drives the same
//! runtime reading and checking functions in the same order; rules are interpreted with
//! [`crate::rules::evaluer`], whose arithmetic is the runtime's too. So its
//! findings are those of the compiled validators, in the same order.

mod descripteurs;
pub(crate) mod lecture;
mod regles;
pub(crate) mod texte;

use crate::model::Modele;
use sidoba::{Constats, ErreurLecture};

pub use descripteurs::Descripteurs;
pub use texte::texte;

/// Reads and validates a payload against a model.
pub fn valider(m: &Modele, payload: &str) -> Result<Constats, ErreurLecture> {
    Descripteurs::avec(m, |d| d.valider(payload))
}
