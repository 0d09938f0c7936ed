//! The model-driven validator behind `sidoba validate`: reads a WS05
//! payload against a model without generating code.
//!
//! The model is compiled once into tables ([`Plan`]); each payload is then
//! read with the runtime's reading functions, given the very field and
//! block descriptions that generated code holds as `static`s
//! (`crate::description`), checked with the runtime's checking functions in
//! the same order, and its rules run from a flat program whose arithmetic
//! is the runtime's too. So its findings are those of the compiled
//! validators, in the same order.

pub(crate) mod arbre;
#[cfg(test)]
mod essai;
pub(crate) mod lecture;
mod motifs;
mod plan;
mod programme;
mod regles;
pub(crate) mod texte;
mod verification;

use crate::model::Modele;
use sidoba::__private_v1::verif::Chemin;
use sidoba::{Constats, ErreurLecture};

pub use plan::Plan;
pub use texte::texte;

/// Lit et valide un payload WS05 avec un modèle : les constats, dans
/// l'ordre des validateurs compilés, ou l'erreur qui empêche de lire le
/// payload (sa ligne:colonne). Compile le modèle à chaque appel : pour
/// valider plusieurs payloads, gardez un [`Plan`].
pub fn valider(m: &Modele, payload: &str) -> Result<Constats, ErreurLecture> {
    Plan::new(m).valider(payload)
}

impl Plan<'_> {
    /// Lit et valide un payload WS05 : contraintes des champs, clés
    /// inconnues, règles de cohérence. Les mêmes constats, dans le même
    /// ordre, que [`valider`] et que les validateurs compilés.
    pub fn valider(&self, payload: &str) -> Result<Constats, ErreurLecture> {
        let m = self.modele;
        let mut lu = sidoba::__private_v1::lecture::lire(
            payload,
            &m.campagne.id,
            &m.identite.code,
            &m.identite.version,
            |f, l| self.lire_objet(0, f, &Chemin::racine(), l),
        )?;
        let mut v = verification::Verification::new(self, &lu.rejets);
        v.rapport(&mut lu.rapport);
        let mut out = v.out;
        self.regles(&lu.rapport, &mut out);
        Ok(Constats(out))
    }
}
