//! A rule compiled for `sidoba validate`: the layout of its postfix
//! program over member indices, apart from the code that builds it and the
//! code that runs it (both in [`super::regles`]), so that the plan can hold
//! its rules without depending on either.

use crate::rules::{Comparateur, Operateur, Portee};
use sidoba::__private_v1::regle::Nombre;
use sidoba::Date;

/// A field read by a rule: a member of the report or of the current row.
#[derive(Debug, Clone, Copy)]
pub(super) struct Acces {
    pub(super) portee: Portee,
    /// The member in its forme; `None` when the model lacks it (a checked
    /// model cannot): never filled.
    pub(super) membre: Option<usize>,
}

/// A table read by `somme` or `nombre`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Table {
    pub(super) acces: Acces,
    /// The forme of its rows.
    pub(super) forme: usize,
}

#[derive(Debug, Clone, Copy)]
pub(super) enum Op {
    // Conditions, onto the boolean stack.
    Constante(bool),
    Booleen(Acces),
    Renseigne(Acces),
    /// The code's position in the field's list (`None`: not in it).
    Contient(Acces, Option<usize>),
    Non,
    Et(usize),
    Ou(usize),
    Implique,
    Nombres(Comparateur),
    Dates(Comparateur),
    Chaines(Comparateur),
    Booleens(Comparateur),
    // Numbers.
    /// A constant of `Regle::nombres`.
    Nombre(usize),
    NombreChamp(Acces),
    /// The sum over the rows of the member (of the rows' forme).
    Somme(Table, Option<usize>),
    Lignes(Table),
    Oppose,
    Calcul(Operateur),
    // Dates.
    Date(Date),
    DateChamp(Acces),
    // Strings: a constant of `Regle::chaines`, or a text or code field.
    Chaine(usize),
    ChaineChamp(Acces),
}

/// One rule, compiled.
pub(crate) struct Regle {
    /// Its index in the model's rules.
    pub(super) source: usize,
    /// For a row rule, the tables from the report down to its rows.
    pub(super) niveaux: Vec<Niveau>,
    pub(super) lus: Vec<Acces>,
    pub(super) programme: Vec<Op>,
    pub(super) nombres: Vec<Nombre>,
    pub(super) chaines: Vec<String>,
}

/// One step down to a row rule's rows: table member `membre` of the
/// level above, whose rows have forme `forme`.
pub(super) struct Niveau {
    pub(super) code: String,
    pub(super) membre: Option<usize>,
    pub(super) forme: Option<usize>,
}
