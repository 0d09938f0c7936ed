//! Terminal output: colour only on a terminal and never with `NO_COLOR`.

use crate::model::{Diagnostic, Gravite};
use std::io::IsTerminal;

pub fn couleur(flux_terminal: bool) -> bool {
    flux_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn couleur_stdout() -> bool {
    couleur(std::io::stdout().is_terminal())
}

pub fn couleur_stderr() -> bool {
    couleur(std::io::stderr().is_terminal())
}

/// A diagnostic, its severity word coloured when asked.
pub fn diagnostic(d: &Diagnostic, couleur: bool) -> String {
    let texte = d.to_string();
    if !couleur {
        return texte;
    }
    let (mot, code) = match d.gravite {
        Gravite::Erreur => ("erreur", "1;31"),
        Gravite::Avertissement => ("avertissement", "1;33"),
    };
    match texte.strip_prefix(mot) {
        Some(reste) => format!("\x1b[{code}m{mot}\x1b[0m{reste}"),
        None => texte,
    }
}

/// Errors to stdout (they are what the command found), warnings to stderr.
pub fn diagnostics(diags: &[Diagnostic]) {
    let (c_out, c_err) = (couleur_stdout(), couleur_stderr());
    for d in diags {
        match d.gravite {
            Gravite::Erreur => println!("{}", diagnostic(d, c_out)),
            Gravite::Avertissement => eprintln!("{}", diagnostic(d, c_err)),
        }
    }
}
