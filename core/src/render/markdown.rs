//! The Markdown report, for a pull-request comment (GitHub-flavoured
//! Markdown: tables, `<details>`).

use super::{acquittes, resume};
use crate::diff::{Ecart, Impact, Rapport, ValeurJson};

/// Properties shown as prose (« … ») rather than as code.
const PROSE: [&str; 5] = ["libelle", "message", "description", "unite", "reference"];

/// The Markdown report: a title, the summary and a table of counts, then
/// one section per impact level that has entries, each with a table
/// (block, element, change, before → after, fingerprint); `information`
/// is folded in a `<details>` element, with blank lines around its table
/// so that code-hosting sites render it. Every value from the models is
/// escaped (`|`, backticks, `<`, `>`, `&`, emphasis marks, new lines), so
/// no label can break a table or inject HTML.
pub fn markdown(r: &Rapport) -> String {
    let mut out = String::new();
    out.push_str("## Écarts de modèle\n\n");
    out.push_str(&format!(
        "{} {} ({}) → {} {} ({})\n\n",
        code(&r.ancien.code),
        texte(&r.ancien.version),
        texte(&r.ancien.campagne),
        code(&r.nouveau.code),
        texte(&r.nouveau.version),
        texte(&r.nouveau.campagne)
    ));
    out.push_str(&format!(
        "**{}**{}\n\n",
        resume(&r.resume),
        acquittes(r.acquittes())
    ));
    out.push_str("| Impact | Écarts |\n| --- | ---: |\n");
    for i in Impact::TOUS {
        out.push_str(&format!("| {} | {} |\n", titre(i), r.resume.compte(i)));
    }
    if r.ecarts.is_empty() {
        out.push_str("\nAucun écart.\n");
        return out;
    }
    for i in Impact::TOUS {
        let ecarts: Vec<&Ecart> = r.ecarts.iter().filter(|e| e.impact == i).collect();
        if ecarts.is_empty() {
            continue;
        }
        let entete = format!("{} ({})", titre(i), ecarts.len());
        if i == Impact::Information {
            out.push_str(&format!("\n<details>\n<summary>{entete}</summary>\n\n"));
            tableau(&mut out, &ecarts);
            out.push_str("\n</details>\n");
        } else {
            out.push_str(&format!("\n### {entete}\n\n"));
            tableau(&mut out, &ecarts);
        }
    }
    out
}

fn titre(i: Impact) -> &'static str {
    match i {
        Impact::Cassant => "Cassant",
        Impact::AVerifier => "À vérifier",
        Impact::Compatible => "Compatible",
        Impact::Information => "Information",
    }
}

fn tableau(out: &mut String, ecarts: &[&Ecart]) {
    out.push_str("| Bloc | Élément | Changement | Avant → après | Empreinte |\n");
    out.push_str("| --- | --- | --- | --- | --- |\n");
    for e in ecarts {
        let bloc = if e.bloc.is_empty() {
            "*(modèle)*".to_owned()
        } else {
            code(&e.bloc)
        };
        let mut changement = texte(&e.message);
        if e.acquitte {
            changement.push_str(" *(acquitté)*");
        }
        out.push_str(&format!(
            "| {bloc} | {} | {changement} | {} | {} |\n",
            code(&e.cible),
            avant_apres(e),
            code(&e.empreinte)
        ));
    }
}

/// `max : 1000 → 900`, one line per property; `—` for additions and
/// removals.
fn avant_apres(e: &Ecart) -> String {
    let (Some(avant), Some(apres)) = (&e.avant, &e.apres) else {
        return "—".to_owned();
    };
    let mut cles: Vec<&String> = avant.keys().chain(apres.keys()).collect();
    cles.sort();
    cles.dedup();
    let nul = ValeurJson::Nul;
    cles.iter()
        .map(|k| {
            let prose = PROSE.contains(&k.as_str());
            let v = |p: &crate::diff::Proprietes| valeur(p.get(*k).unwrap_or(&nul), prose);
            format!("{} : {} → {}", code(k), v(avant), v(apres))
        })
        .collect::<Vec<_>>()
        .join("<br>")
}

fn valeur(v: &ValeurJson, prose: bool) -> String {
    match v {
        ValeurJson::Nul => "*(aucun)*".to_owned(),
        ValeurJson::Booleen(b) => (if *b { "oui" } else { "non" }).to_owned(),
        ValeurJson::Texte(t) if prose => format!("« {} »", texte(t)),
        ValeurJson::Texte(t) => code(t),
        ValeurJson::Nombre(n) => code(n),
        ValeurJson::Liste(l) if l.is_empty() => "*(aucun)*".to_owned(),
        ValeurJson::Liste(l) => l
            .iter()
            .map(|x| valeur(x, prose))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// Characters that must not reach a cell as they are: control characters
/// (new lines end the row) and bidirectional overrides become spaces.
fn neutre(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Plain text in a cell: Markdown punctuation backslash-escaped, HTML
/// characters as entities.
fn texte(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            c if neutre(c) => out.push(' '),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A code span that holds any text: the fence is one backtick longer than
/// the longest run inside, padded with spaces when the text starts or ends
/// with a backtick; `|` is escaped for the table (GFM reads `\|` as `|`
/// even inside code).
fn code(s: &str) -> String {
    let s: String = s.chars().map(|c| if neutre(c) { ' ' } else { c }).collect();
    if s.trim().is_empty() {
        return "*(vide)*".to_owned();
    }
    let mut plus_long = 0;
    let mut courant = 0;
    for c in s.chars() {
        if c == '`' {
            courant += 1;
            plus_long = plus_long.max(courant);
        } else {
            courant = 0;
        }
    }
    let fence = "`".repeat(plus_long + 1);
    let marge =
        if s.starts_with('`') || s.ends_with('`') || (s.starts_with(' ') && s.ends_with(' ')) {
            " "
        } else {
            ""
        };
    let corps = s.replace('|', "\\|");
    format!("{fence}{marge}{corps}{marge}{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code("a"), "`a`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x``"), "``` `x`` ```");
        assert_eq!(code("a|b"), "`a\\|b`");
        assert_eq!(code("a\nb"), "`a b`");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(texte("<details> | *x*\n"), "&lt;details&gt; \\| \\*x\\* ");
    }
}
