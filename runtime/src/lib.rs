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
//! `__private_v1` : ce n'est pas une API, il suit le générateur de la même
//! version (voir la règle des versions sur ce module).

mod chemin;
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
mod lu;
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
pub use lu::{ErreurLecture, ErreurPayload, Lu, Rejets};
pub use position::Position;
/// Les nombres décimaux exacts : une valeur n'est jamais lue en passant par
/// un flottant binaire.
pub use rust_decimal::Decimal;

#[cfg(feature = "derive")]
pub use sidoba_macros::SidobaReport;

/// La plomberie que nomment le code généré et l'expansion de la dérive, et
/// que `sidoba-codegen` partage avec le code généré. Ce n'est pas une API :
/// elle suit le générateur de la même version.
///
/// **La règle des versions.** Le chemin porte un numéro (`__private_v1`),
/// comme `__private228` chez serde. Chaque module généré le nomme **une
/// seule fois**, par son premier élément :
///
/// ```text
/// use sidoba::__private_v1 as __prive; // ...
/// ```
///
/// et ne passe que par `__prive` pour le reste de la plomberie. Le numéro
/// change dès que le contrat entre code généré et crate d'exécution change
/// (un nom, une signature, la forme d'une table) : un module généré par un
/// `sidoba-codegen` d'une autre version que la crate `sidoba` ne compile
/// pas, et l'échec tient en **une erreur**, sur cette ligne (« unresolved
/// import `sidoba::__private_v1` »), dont le commentaire dit quoi faire :
/// donner la même version à `sidoba` et à `sidoba-codegen` (ou au binaire
/// `sidoba` qui a généré le module), puis régénérer. Les autres chemins de
/// la plomberie passent par cet import : rustc ne les signale pas une
/// seconde fois.
///
/// L'API publique (`sidoba::Constats`, `sidoba::Decimal`, …) reste nommée
/// directement : elle suit semver, pas ce numéro.
#[doc(hidden)]
pub mod __private_v1 {
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

    /// Le nom de ce chemin, tel que le générateur l'écrit en tête de
    /// chaque module : tiré d'ici pour que générateur et crate
    /// d'exécution d'un même espace de travail ne puissent diverger.
    pub const CHEMIN: &str = "__private_v1";

    pub use crate::masque::Masque;
    pub use crate::{membre_derive, nomenclature, structure};

    /// Ce que `sidoba validate` partage avec le niveau usager : les
    /// contrôles, le parcours des rapports vers FHIR et CDA (`Sortie`),
    /// les URL canoniques et les identifiants ; et, à côté, ce que le
    /// module public `usager` offre déjà.
    #[cfg(feature = "usager")]
    pub mod usager {
        pub use crate::usager::adresses::*;
        pub use crate::usager::controle::*;
        pub use crate::usager::sortie::{Rendu, Sortie};
        pub use crate::usager::verification::*;
        pub use crate::usager::*;
    }

    /// The derive's plumbing, beside the builder's public types.
    pub mod derive {
        pub use crate::derive::construire::Suivi;
        pub use crate::derive::messages::{champ, table};
        pub use crate::derive::modele::{Champ, Membre, Modele, Rapport, Table, membres};
        pub use crate::derive::*;
    }
}
