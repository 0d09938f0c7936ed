//! The walk of one person's report, in model order, shared by the writers
//! of user-level documents (the QuestionnaireResponse items of WS09, the
//! CDA sections of WS07).
//!
//! Two walkers feed a [`Sortie`]: generated code (through its static
//! tables) and `sidoba bundle` (through the model and the collection
//! file's tree). Both hand over the same descriptions and typed values, so
//! one writer per format serves both, and their bytes agree.

use crate::descripteur::{Champ, Valeur};
use crate::{Date, Decimal};

/// A filled field's value, typed as the model says.
#[derive(Clone, Copy)]
pub enum Rendu<'a> {
    Entier(i64),
    /// Exact: written from its digits, never through a float.
    Decimal(&'a Decimal),
    Texte(&'a str),
    Booleen(bool),
    Date(Date),
    /// One code of the field's nomenclature, with its label (a `multiple`
    /// field gives one `Code` per chosen code, in the report's order).
    Code(&'a Valeur<'a>),
}

// A value may be personal data: `Debug` shows only its kind.
impl std::fmt::Debug for Rendu<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Rendu::Entier(_) => "Entier(…)",
            Rendu::Decimal(_) => "Decimal(…)",
            Rendu::Texte(_) => "Texte(…)",
            Rendu::Booleen(_) => "Booleen(…)",
            Rendu::Date(_) => "Date(…)",
            Rendu::Code(_) => "Code(…)",
        })
    }
}

/// Where a report's walk goes. Calls come in model order: `ouvrir` for a
/// non-repeatable block (by its code) or `ouvrir_ligne` for one row of a
/// repeatable block (the block's code, once per row, in row order), then
/// the filled fields and inner groups, then `fermer`. Fields that are not
/// filled are not visited; a group may close with nothing in it, and the
/// writer leaves it out.
pub trait Sortie {
    fn ouvrir(&mut self, code: &str, libelle: &str);
    /// Row `index` (from 0) of a repeatable block: a group like any other
    /// unless the writer needs the row's place (for a finding's path).
    fn ouvrir_ligne(&mut self, code: &str, libelle: &str, index: usize) {
        let _ = index;
        self.ouvrir(code, libelle);
    }
    fn fermer(&mut self);
    fn champ(&mut self, champ: &Champ<'_>, valeur: Rendu<'_>);
    /// The calls until [`Sortie::fermer_reponse`] are the sub-items of the
    /// answer just given by `champ` (an evaluation grid's item whose
    /// answer carries sub-items, as AGGIR's variables and adverbs; a FHIR
    /// writer puts them under `answer.item`). By default they follow as
    /// ordinary fields.
    fn ouvrir_reponse(&mut self) {}
    fn fermer_reponse(&mut self) {}
}
