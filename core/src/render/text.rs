//! The text report, for a terminal.

use super::{HORS_BLOC, acquittes, compte};
use crate::diff::{Ecart, Impact, Rapport};

/// Widest `cible` column; longer codes overflow it.
const LARGEUR_CIBLE_MAX: usize = 40;

/// The text report: the summary on the first line, the compared models,
/// then the entries grouped by block (`chemin`), blocks in the order of
/// their worst entry and entries outside blocks (code lists, rules on the
/// whole report, the model) last; one aligned line per entry:
/// fingerprint, impact, nature, code, message, and `[acquitté]` for an
/// acknowledged one. `couleur` adds ANSI colours (impacts, headings);
/// without it the output is plain. Control characters of the models
/// (escape sequences, new lines, bidirectional overrides) are shown as
/// spaces so that a label cannot rewrite the terminal or the layout.
pub fn texte(r: &Rapport, couleur: bool) -> String {
    let peindre = |code: &str, s: &str| {
        if couleur {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    };
    let mut out = String::new();

    let parties: Vec<String> = Impact::TOUS
        .iter()
        .map(|&i| {
            let n = r.resume.compte(i);
            let t = compte(n, i);
            if n > 0 { peindre(teinte(i), &t) } else { t }
        })
        .collect();
    out.push_str(&parties.join(", "));
    out.push_str(&acquittes(r.acquittes()));
    out.push('\n');
    out.push_str(&propre(&format!(
        "{} {} ({}) → {} {} ({})",
        r.ancien.code,
        r.ancien.version,
        r.ancien.campagne,
        r.nouveau.code,
        r.nouveau.version,
        r.nouveau.campagne
    )));
    out.push('\n');
    if r.ecarts.is_empty() {
        out.push_str("\nAucun écart.\n");
        return out;
    }

    let largeur = |f: &dyn Fn(&Ecart) -> usize| r.ecarts.iter().map(f).max().unwrap_or(0);
    let l_impact = largeur(&|e| e.impact.libelle().chars().count());
    let l_nature = largeur(&|e| e.nature.code().len());
    let l_cible = largeur(&|e| propre(&e.cible).chars().count()).min(LARGEUR_CIBLE_MAX);

    // Blocks in the order of their first (worst) entry; what is outside
    // blocks last.
    let mut groupes: Vec<(&str, Vec<&Ecart>)> = Vec::new();
    for e in &r.ecarts {
        match groupes.iter_mut().find(|(c, _)| *c == e.bloc) {
            Some((_, l)) => l.push(e),
            None => groupes.push((&e.bloc, vec![e])),
        }
    }
    groupes.sort_by_key(|(c, _)| c.is_empty());
    for (chemin, ecarts) in groupes {
        out.push('\n');
        let titre = if chemin.is_empty() {
            HORS_BLOC.to_owned()
        } else {
            propre(chemin)
        };
        out.push_str(&peindre("1", &titre));
        out.push('\n');
        for e in ecarts {
            let impact = peindre(teinte(e.impact), &pad(e.impact.libelle(), l_impact));
            let mut ligne = format!(
                "  {}  {impact}  {}  {}  {}",
                e.empreinte,
                pad(e.nature.code(), l_nature),
                pad(&propre(&e.cible), l_cible),
                propre(&e.message)
            );
            if e.acquitte {
                ligne.push_str("  [acquitté]");
                if couleur {
                    // Dim the whole line; the impact keeps its colour code
                    // inside, which ends with a reset: re-dim after it.
                    ligne = format!(
                        "\x1b[2m{}\x1b[0m",
                        ligne.replace("\x1b[0m", "\x1b[0m\x1b[2m")
                    );
                }
            }
            out.push_str(ligne.trim_end());
            out.push('\n');
        }
    }
    out
}

fn teinte(i: Impact) -> &'static str {
    match i {
        Impact::Cassant => "1;31",
        Impact::AVerifier => "1;33",
        Impact::Compatible => "32",
        Impact::Information => "36",
    }
}

/// Pads to `n` characters (not bytes).
fn pad(s: &str, n: usize) -> String {
    let l = s.chars().count();
    if l >= n {
        s.to_owned()
    } else {
        format!("{s}{}", " ".repeat(n - l))
    }
}

/// Control characters and bidirectional formatting characters as spaces.
fn propre(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            c if c.is_control() => ' ',
            '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => ' ',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_characters_are_neutralised() {
        assert_eq!(propre("a\x1b[2Jb\nc\u{202e}d"), "a [2Jb c d");
        assert_eq!(pad("é", 3), "é  ");
    }
}
