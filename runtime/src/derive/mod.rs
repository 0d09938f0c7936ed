//! What `#[derive(SidobaReport)]` expands to, and the builder it feeds.
//!
//! The derive knows nothing of the model: generated code describes each of
//! its structs through `Modele` (the payload keys it holds) and one
//! `Champ<I>` or `Table<I>` impl per member, and exports one index macro
//! per report, named like it (`Rapport!`: a known code to its member's
//! index, a literal). The derive resolves a code to its member index in a
//! `const` through that index; a code the index does not hold goes to the
//! constant lookup (`champ`, `table`), which stops compilation there, at
//! the user's attribute, with the closest codes — and then converts the user's value through [`Vers`], whose
//! missing impls are the type errors "this Rust type cannot hold that
//! field". Regenerating the model re-runs all of this against the new
//! types: a mapping that no longer fits fails to compile at its own line.

pub(crate) mod construire;
pub(crate) mod messages;
pub(crate) mod modele;
mod vers;

// What a vendor's code names: the builder, its results, and the traits the
// derive implements. The rest is plumbing, under `crate::__private_v1::derive`.
pub use construire::{Conflit, Constructeur, Ligne, Rempli, Source};
pub use vers::{Echec, Vers};
