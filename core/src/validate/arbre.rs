//! The value tree a payload is read into: one [`Objet`] per report or row,
//! one [`Val`] per member of its forme. Below the reader, the checks and
//! the rules, which all walk it.

use sidoba::{Date, Decimal};

/// A value as read (what a generated struct field would hold).
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Entier(i64),
    Decimal(Decimal),
    Texte(String),
    Booleen(bool),
    Date(Date),
    /// Position in the code list.
    Code(usize),
    /// A `multiple` code field: positions in the list, sorted, distinct.
    Codes(Vec<usize>),
    /// A repeatable block's rows.
    Lignes(Vec<Objet>),
}

/// One object (the report or a row): a value per member of its forme.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Objet {
    pub valeurs: Vec<Option<Val>>,
}
