//! The rule expression language (WS02 `regles[].expression`): parsing,
//! type checking against a model, canonical text, and interpretation.
//!
//! Pipeline: text → [`analyser`] → [`Expr`] (syntax, with byte spans) →
//! [`verifier`] → [`RegleTypee`] (resolved and typed) → [`evaluer`] (for
//! `sidoba validate`) or the code generator (for compiled validators).
//! Faults are [`ErreurRegle`]s with a byte span; [`ErreurRegle::rendre`]
//! shows the expression with the span underlined.
//!
//! # Decisions where the format is silent
//!
//! **Syntax.** Keywords are lower case only; `=>` and comparisons do not
//! chain (`a => b => c`, `a < b < c` are errors, not a choice of
//! associativity). Parsing takes constant stack; parentheses and unary
//! operators (`-`, `non`) nest at most [`PROFONDEUR_MAX`] (64) deep, and so
//! do operations in the tree, so that the walks over the tree (typing,
//! evaluation, code generation) cannot overflow the stack on hostile input;
//! chains of one operator are flat lists in the tree, so long expressions
//! cost no depth. A NOMBRE must fit a `Decimal` (28 significant digits); a
//! DATE must exist (`d'2025-02-29'` is an error). Whitespace is any Unicode
//! white space. A code that is not an IDENT (accents, hyphens, keywords)
//! is written in backticks.
//!
//! **Canonical text** ([`forme_canonique`], `Display` of [`Expr`]): single
//! spaces around binary operators, the fewest parentheses that keep the
//! tree, numbers without trailing fractional zeros, backticks only for codes
//! that are not IDENTs. `(a + b) + c` and `a + b + c` are the same tree
//! (left to right); `a + (b + c)` is not (its intermediate results differ,
//! hence its overflows). `et` / `ou` are associative, so `a et (b et c)` is
//! `a et b et c`.
//!
//! **Types.** `entier`, `decimal`, NOMBRE, `somme(…)`, `nombre(…)` are
//! numbers; arithmetic applies to numbers only, all comparisons too.
//! Dates compare with dates (fields or DATE) by all six operators. `texte`
//! fields compare by `=` / `!=` with `texte` fields or a CHAINE; single
//! `code` fields with `code` fields of the same nomenclature or a CHAINE
//! that is a value code of it (inactive values included: they exist);
//! `booleen` fields with `booleen` fields or `vrai` / `faux`. Two CHAINEs
//! do not compare (their type is unknown). A `booleen` field, `vrai` or
//! `faux` is a condition by itself; a comparison's operand cannot be a
//! condition (`(a > 1) = vrai` is an error). `multiple` code fields are only
//! read by `contient(f, 'CODE')` (a value code of their nomenclature) and
//! `renseigne(f)`. A block is only named by `nombre(b)`, which needs a
//! repeatable block. The whole expression must be a condition.
//!
//! **Rows.** A field belongs to the row of its nearest repeatable block (a
//! non-repeatable block inside a row is part of the row). In a rule with
//! `bloc: B`, a field of B's row is the current row's value; a field outside
//! any repeatable block is the top-level value; any other field is only
//! read in `somme`. Without `bloc`, fields outside any repeatable block
//! only. `somme(f)` needs a numeric field of a repeatable block other than
//! B (in B's rule, `f` of B is the current row's: summing it is ambiguous,
//! hence refused). **Nested tables**, kept simple: `somme` / `nombre` count
//! the rows of a table at top level (all its rows), or of a table nested
//! directly in B's row (the rows of the current row); a table nested in
//! another table's row is otherwise out of reach and refused.
//!
//! **Semantics** (implemented by [`evaluer`], to be compiled alike):
//! - A rule reading (outside `renseigne`, `somme`, `nombre`; `contient(f, …)`
//!   reads `f`) a field that is not filled does not apply and passes,
//!   decided statically over
//!   [`RegleTypee::lus`] before any evaluation: `faux => x > 0` does not
//!   apply when `x` is absent. A value that failed its own field's checks
//!   counts as not filled (WS05).
//! - `renseigne(f)`: `f` holds a value that passed its checks. `somme(f)`
//!   adds the rows' values that are filled and passed, 0 over no rows.
//!   `nombre(b)` counts the rows whatever their content.
//! - Arithmetic is exact at any size ([`sidoba::__private_v1::regle`]): `+ - *`
//!   exact, `/` rounded half-even to 9 places from the exact quotient; no
//!   operation overflows. A division by zero makes the rule not apply,
//!   wherever it stands.
//! - Every operand of `et`, `ou`, `=>` is evaluated (no short-circuit), so
//!   the verdict never depends on the order of the operands (WS02).
//! - Numbers compare by value (`1.50 = 1.5`, `-0 = 0`), dates
//!   chronologically, texts and codes as exact strings.

mod ast;
mod erreur;
mod eval;
mod lexer;
mod parser;
mod resolution;
mod typee;
mod typing;

#[cfg(test)]
mod essai;

pub use ast::{CodeValeur, Comparateur, Expr, Noeud, Operateur, Reference};
pub use erreur::ErreurRegle;
pub use eval::{EnsembleCodes, Environnement, ValeurRegle, Verdict, evaluer};
pub use parser::{PROFONDEUR_MAX, analyser};
pub use typee::{
    ChampRef, Condition, LignesRef, Numerique, Portee, RegleTypee, Sorte, TermeBooleen,
    TermeChaine, TermeDate,
};
pub use typing::{verifier, verifier_toutes};

/// The canonical text of an expression, or `None` if it does not parse:
/// two expressions that differ only in white space or redundant
/// parentheses have the same canonical text.
pub fn forme_canonique(expression: &str) -> Option<String> {
    analyser(expression).ok().map(|e| e.to_string())
}

/// Writes `code` as a reference: bare when it is an IDENT that is not a
/// keyword, else in backticks.
pub fn ecrire_reference(code: &str) -> String {
    ast::Nom(code).to_string()
}
