//! What a model field is to a rule: its [`Sorte`]. The model's index
//! (what a code names, and its row) is [`crate::model::Index`], shared with
//! the diff.

use super::typee::Sorte;
use crate::model::TypeChamp;

pub(super) fn sorte(t: &TypeChamp) -> Sorte {
    match t {
        TypeChamp::Entier { .. } => Sorte::Entier,
        TypeChamp::Decimal { .. } => Sorte::Decimal,
        TypeChamp::Texte { .. } => Sorte::Texte,
        TypeChamp::Booleen => Sorte::Booleen,
        TypeChamp::Date { .. } => Sorte::Date,
        TypeChamp::Code {
            nomenclature,
            multiple: false,
        } => Sorte::Code {
            nomenclature: nomenclature.clone(),
        },
        TypeChamp::Code {
            nomenclature,
            multiple: true,
        } => Sorte::Codes {
            nomenclature: nomenclature.clone(),
        },
    }
}
