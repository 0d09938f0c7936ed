//! Les structs générées décrites par des données, non par du code.
//!
//! Chaque struct générée décrit ses membres une fois, dans une table
//! `static` (description, nom Rust) ; lire, écrire, contrôler et afficher
//! (`Debug`) parcourent cette table ici, une fois pour toutes les structs,
//! dans l'ordre du modèle. Les descriptions sont les mêmes valeurs que
//! `sidoba validate` construit depuis le modèle et passe aux mêmes
//! fonctions : c'est ainsi que les deux validateurs s'accordent.
//!
//! - [`disposition`] : la forme des données que remplit le code généré ;
//! - [`constructeurs`] : les constructeurs `const` d'une ligne de table ;
//! - `valeur` : ce que chaque type Rust sait faire d'une place ;
//! - [`parcours`] : les parcours (lecture, contrôle, écriture, rendu) ;
//! - [`regles`] : la table des règles compilées et leur parcours ;
//! - `macros` : `nomenclature!`, `structure!`, `membre_derive!`.

pub mod constructeurs;
pub mod disposition;
mod macros;
pub mod parcours;
pub mod regles;
mod valeur;

pub use constructeurs::*;
pub use disposition::*;
pub use parcours::*;
pub use regles::*;
