//! The typed rule: what code generation compiles and [`super::evaluer`]
//! interprets. Every reference is resolved to a field of the model, with its
//! kind and where its value is read (current row or top level); numeric,
//! date, text, code and boolean sub-expressions each have their own type,
//! so a walk over the tree never meets an ill-typed node.

use super::ast::{Comparateur, Operateur};
use sidoba::{Date, Decimal};

/// A rule that type-checked against its model.
#[derive(Debug, Clone, PartialEq)]
pub struct RegleTypee {
    /// The rule's code.
    pub code: String,
    /// The repeatable block whose rows the rule is checked on, if any.
    pub bloc: Option<String>,
    /// For a row rule, the repeatable blocks from the report down to
    /// `bloc`, outermost first, ending with it: the rows it is checked on
    /// are those of `bloc` in each row of the one before. Empty otherwise.
    pub chemin: Vec<String>,
    /// The condition that must hold.
    pub condition: Condition,
    /// The fields the expression reads outside `renseigne`, `somme` and
    /// `nombre` (`contient` reads its field), once each, in order of first
    /// appearance. When one of them is not filled (or its value failed its
    /// own field's checks), the rule does not apply: it passes, and the
    /// condition is not evaluated.
    pub lus: Vec<ChampRef>,
}

/// Where a value is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Portee {
    /// The single value at top level of the report (a field outside any
    /// repeatable block; a table outside any repeatable block).
    Racine,
    /// The current row of the rule's block (a field of that block, or of a
    /// non-repeatable block inside it; a table nested in that row).
    Ligne,
}

/// A field's type, as far as rules care.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Sorte {
    Entier,
    Decimal,
    Texte,
    Booleen,
    Date,
    /// A single code of this nomenclature.
    Code {
        nomenclature: String,
    },
    /// A `multiple` code field: a set of codes of this nomenclature.
    Codes {
        nomenclature: String,
    },
}

impl Sorte {
    pub fn est_numerique(&self) -> bool {
        matches!(self, Sorte::Entier | Sorte::Decimal)
    }
}

/// A field read as a value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ChampRef {
    /// The field's code (verbatim, as in the payload).
    pub code: String,
    pub sorte: Sorte,
    pub portee: Portee,
}

/// The rows of a repeatable block, as `somme` and `nombre` see them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LignesRef {
    /// The repeatable block's code.
    pub bloc: String,
    /// `Racine`: all the rows of a table at top level. `Ligne`: the rows of
    /// a table nested in the current row of the rule's block.
    pub portee: Portee,
}

/// A condition: true or false.
#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    /// `vrai` / `faux` standing alone.
    Constante(bool),
    /// A `booleen` field standing alone.
    Booleen(ChampRef),
    /// `renseigne(f)`: the field holds a value that passed its checks.
    Renseigne(ChampRef),
    /// `contient(f, 'CODE')` on a `multiple` code field; `code` is a value
    /// code of the field's nomenclature.
    Contient {
        champ: ChampRef,
        /// The field's nomenclature.
        nomenclature: String,
        code: String,
    },
    Non(Box<Condition>),
    /// All of them. Every operand is evaluated (no short-circuit): a
    /// division by zero in any of them makes the rule not apply.
    Et(Vec<Condition>),
    /// Any of them; every operand is evaluated, as for `Et`.
    Ou(Vec<Condition>),
    /// `a => b`: holds when `a` is false or `b` true; both are evaluated.
    Implique(Box<Condition>, Box<Condition>),
    /// Numbers compare by value (`1.50 = 1.5`).
    Nombres {
        gauche: Numerique,
        op: Comparateur,
        droite: Numerique,
    },
    /// Dates compare chronologically.
    Dates {
        gauche: TermeDate,
        op: Comparateur,
        droite: TermeDate,
    },
    /// `texte` fields and strings: `=` / `!=` only, exact text.
    Textes {
        gauche: TermeChaine,
        op: Comparateur,
        droite: TermeChaine,
    },
    /// Single `code` fields of one nomenclature and value codes of it:
    /// `=` / `!=` only. Constants are checked value codes.
    Codes {
        nomenclature: String,
        gauche: TermeChaine,
        op: Comparateur,
        droite: TermeChaine,
    },
    /// `booleen` fields and `vrai` / `faux`: `=` / `!=` only.
    Booleens {
        gauche: TermeBooleen,
        op: Comparateur,
        droite: TermeBooleen,
    },
}

/// A numeric sub-expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Numerique {
    Constante(Decimal),
    /// An `entier` or `decimal` field.
    Champ(ChampRef),
    /// `somme(f)`: the sum of `f` over the rows, skipping rows where it is
    /// absent or failed its checks; 0 over no rows.
    Somme {
        champ: String,
        sorte: Sorte,
        lignes: LignesRef,
    },
    /// `nombre(b)`: the number of rows, whatever their content.
    Nombre(LignesRef),
    /// Unary `-`.
    Oppose(Box<Numerique>),
    /// `premier op₁ x₁ op₂ x₂ …` applied strictly left to right (the
    /// parser has already nested higher-precedence operations).
    Operation {
        premier: Box<Numerique>,
        suite: Vec<(Operateur, Numerique)>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum TermeDate {
    Constante(Date),
    Champ(ChampRef),
}

#[derive(Debug, Clone, PartialEq)]
pub enum TermeChaine {
    Constante(String),
    Champ(ChampRef),
}

#[derive(Debug, Clone, PartialEq)]
pub enum TermeBooleen {
    Constante(bool),
    Champ(ChampRef),
}
