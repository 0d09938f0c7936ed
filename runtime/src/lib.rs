//! Le socle d'exécution de la boîte à outils sidoba.
//!
//! Le code produit par `sidoba generate` et le code d'un DUI qui utilise
//! `#[derive(SidobaReport)]` ne dépendent que de cette crate. Son API
//! publique est ce que nomme le code d'un éditeur : les constats
//! ([`Constats`]), les décimaux exacts et les dates, les ensembles de codes
//! ([`Codes`]), les résultats de lecture ([`Lu`], [`ErreurLecture`]) et la
//! construction d'un rapport ([`derive`](mod@derive)) ; avec la fonctionnalité
//! `usager`, les données par personne du module `usager`. Ce qu'appelle le
//! code généré — descriptions des champs, lecture et écriture du payload,
//! contrôles de champ partagés avec `sidoba validate` (pour que les deux
//! validateurs s'accordent), arithmétique des règles — est rangé sous
//! `__private` : ce n'est pas une API, il suit le générateur de la même
//! version.

mod codes;
mod constat;
mod date;
mod decimal;
pub mod derive;
mod descripteur;
mod ecriture;
mod flux;
mod jeton;
mod lecture;
mod masque;
mod operations;
mod position;
mod proches;
mod regle;
mod table;
#[cfg(feature = "usager")]
pub mod usager;
mod verif;

pub use codes::Codes;
pub use constat::{CodeConstat, Constat, Constats, Severite};
pub use date::{Date, DateInvalide};
pub use descripteur::{Code, CodeInconnu};
pub use lecture::{ErreurLecture, ErreurPayload, Lu, Rejets};
pub use position::Position;
/// Les nombres décimaux exacts : une valeur n'est jamais lue en passant par
/// un flottant binaire.
pub use rust_decimal::Decimal;

#[cfg(feature = "derive")]
pub use sidoba_macros::SidobaReport;

/// What generated code and the derive's expansion call, and what
/// `sidoba-codegen` shares with generated code. Not a public API: it
/// follows the generator of the same version.
#[doc(hidden)]
pub mod __private {
    // Each plumbing module whole, under its own name (`pub use m::*` of a
    // private module re-exports its `pub` items).
    macro_rules! modules {
        ($($m:ident),*) => {$(
            pub mod $m {
                pub use crate::$m::*;
            }
        )*};
    }
    modules!(
        decimal,
        descripteur,
        ecriture,
        flux,
        jeton,
        lecture,
        operations,
        proches,
        regle,
        table,
        verif
    );

    pub use crate::masque::Masque;
    pub use crate::{membre_derive, nomenclature, structure};

    /// The derive's plumbing, beside the builder's public types.
    pub mod derive {
        pub use crate::derive::construire::Suivi;
        pub use crate::derive::messages::{champ, table};
        pub use crate::derive::modele::{Champ, Membre, Modele, Rapport, Table, membres};
        pub use crate::derive::*;
    }
}
