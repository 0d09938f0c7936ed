//! Le générateur de sidoba : le code Rust des modèles métier SIDOBA.
//!
//! À partir d'un modèle lu et vérifié par `sidoba-core`
//! ([`sidoba_core::model::Modele`]), il écrit les structures, les
//! énumérations des nomenclatures, les validateurs compilés et leur
//! documentation en français ; il donne aussi le schéma JSON du payload.
//! Le code écrit ne dépend que du crate d'exécution `sidoba`.
//!
//! - [`generate`] écrit les modules Rust de plusieurs modèles
//!   ([`emit::module`] pour la source d'un seul) ;
//! - [`Builder`] fait de même depuis le `build.rs` d'un éditeur ;
//! - [`schema::schema`] donne le schéma JSON du payload d'un modèle.

mod builder;
pub mod emit;
pub mod generate;
mod naming;
pub mod schema;

pub use builder::{Builder, Erreur};

/// Les rouages internes, pour les tests, bancs d'essai et cibles de fuzzing
/// de l'espace de travail. Pas une API publique.
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
        naming = crate::naming,
        types = crate::emit::types,
        texte = crate::emit::texte,
    );
}
