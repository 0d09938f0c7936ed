//! Rules: added, removed, and for a rule kept, its severity, expression,
//! block, label and message.

use super::{Comparaison, par_code};
use crate::diff::changement::Changement as C;
use crate::model::Regle;
use std::collections::BTreeSet;

impl<'m> Comparaison<'_, 'm> {
    pub(super) fn regles(&mut self) {
        let (a, n) = (self.a, self.n);
        let (anciennes, nouvelles) = (
            par_code(&a.modele.regles, |r| &r.code),
            par_code(&n.modele.regles, |r| &r.code),
        );
        let mut vues = BTreeSet::new();
        for r in &n.modele.regles {
            if !vues.insert(r.code.as_str()) {
                continue;
            }
            let chemin = chemin_regle(n, r);
            let Some(ra) = anciennes.get(r.code.as_str()).copied() else {
                self.constat(&r.code, &chemin, C::RegleAjoutee { regle: r });
                continue;
            };
            if ra.severite != r.severite {
                let c = C::Severite {
                    avant: ra.severite,
                    regle: r,
                };
                self.constat(&r.code, &chemin, c);
            }
            let expression = !meme_expression(&ra.expression, &r.expression);
            let bloc = (!self.meme_bloc(ra.bloc.as_deref(), r.bloc.as_deref()))
                .then(|| r.bloc.as_deref().map(|b| n.libelle_bloc(b)));
            if expression || bloc.is_some() {
                let c = C::RegleModifiee {
                    avant: ra,
                    apres: r,
                    expression,
                    bloc,
                };
                self.constat(&r.code, &chemin, c);
            }
            let (libelle, message) = (ra.libelle != r.libelle, ra.message != r.message);
            if libelle || message {
                let c = C::LibelleRegle {
                    avant: ra,
                    apres: r,
                    libelle,
                    message,
                };
                self.constat(&r.code, &chemin, c);
            }
        }
        let mut vues = BTreeSet::new();
        for r in &a.modele.regles {
            if !vues.insert(r.code.as_str()) || nouvelles.contains_key(r.code.as_str()) {
                continue;
            }
            self.constat(&r.code, &chemin_regle(a, r), C::RegleSupprimee { regle: r });
        }
    }
}

/// Path of a rule's block (the code itself if unknown), or empty.
fn chemin_regle(cote: &super::Cote<'_>, r: &Regle) -> String {
    match &r.bloc {
        Some(b) => cote
            .blocs
            .get(b.as_str())
            .map_or_else(|| b.clone(), |i| i.chemin.clone()),
        None => String::new(),
    }
}

/// Whether two rule expressions are the same once normalised: equal
/// canonical text ([`crate::rules::forme_canonique`]: insensitive to white
/// space and redundant parentheses). An expression that does not parse
/// (not in a checked model) falls back to a white-space-only comparison:
/// runs of white space outside quoted strings and backtick references are
/// dropped, except one space between two word characters (`a et b`).
fn meme_expression(a: &str, b: &str) -> bool {
    fn forme(s: &str) -> String {
        let mot = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
        let mut out = String::with_capacity(s.len());
        let mut espace = false;
        let mut guillemet: Option<char> = None;
        for c in s.chars() {
            if let Some(q) = guillemet {
                out.push(c);
                if c == q {
                    guillemet = None;
                }
                continue;
            }
            if c.is_whitespace() {
                espace = true;
                continue;
            }
            if espace && out.chars().next_back().is_some_and(mot) && mot(c) {
                out.push(' ');
            }
            espace = false;
            if c == '\'' || c == '`' {
                guillemet = Some(c);
            }
            out.push(c);
        }
        out
    }
    if a == b {
        return true;
    }
    match (
        crate::rules::forme_canonique(a),
        crate::rules::forme_canonique(b),
    ) {
        (Some(x), Some(y)) => x == y,
        _ => forme(a) == forme(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_compare_without_white_space() {
        assert!(meme_expression("a+b = c", " a + b=c "));
        assert!(meme_expression("a et  b", "a\net b"));
        assert!(!meme_expression("a et b", "aet b"));
        assert!(!meme_expression("x = 'A B'", "x = 'AB'"));
        assert!(!meme_expression("`a b` > 0", "`ab` > 0"));
        assert!(!meme_expression("a > 0", "a >= 0"));
        assert!(meme_expression("(a > 0) et ((b))", "a>0 et b"));
        assert!(meme_expression("(a + b) + c = 1", "a + b + c = 1"));
        assert!(!meme_expression("a + (b + c) = 1", "a + b + c = 1"));
    }
}
