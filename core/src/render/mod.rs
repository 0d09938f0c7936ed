//! Renderers of the change report: pure functions of a [`Rapport`], same
//! report, same bytes.
//!
//! - [`texte`]: for a terminal — a one-line summary, then the entries
//!   grouped by block, aligned; ANSI colour only when asked (the CLI asks on
//!   a terminal without `NO_COLOR`).
//! - [`markdown`]: for a pull-request comment — a table of counts, one
//!   table per impact level, `information` folded in `<details>`.
//! - [`json`]: the contract's JSON report, pretty-printed.
//!
//! [`Rapport`]: crate::diff::Rapport

mod json;
mod markdown;
mod text;

pub use json::json;
pub use markdown::markdown;
pub use text::texte;

use crate::diff::{Impact, Resume};

/// `3 cassants, 1 à vérifier, 4 compatibles, 2 informations` (French
/// plurals: 0 and 1 take the singular).
pub fn resume(r: &Resume) -> String {
    Impact::TOUS
        .iter()
        .map(|&i| compte(r.compte(i), i))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `1 cassant`, `2 cassants`, `3 à vérifier`.
fn compte(n: usize, impact: Impact) -> String {
    let s = if n > 1 && impact != Impact::AVerifier {
        "s"
    } else {
        ""
    };
    format!("{n} {}{s}", impact.libelle())
}

/// `, dont 2 acquittés` or nothing.
fn acquittes(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => " (dont 1 acquitté)".to_owned(),
        n => format!(" (dont {n} acquittés)"),
    }
}

/// The heading of entries outside blocks (code lists, report-wide rules,
/// the model itself).
const HORS_BLOC: &str = "(modèle : nomenclatures, règles, version)";
