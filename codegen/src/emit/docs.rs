//! Rustdoc from model text. Labels are text, never code: whatever they hold
//! (backticks, fences, HTML, URLs, `*/`), the doc renders it literally and
//! no doctest can come out of it.

use sidoba_core::model::{Champ, TypeChamp};

/// Model text as inline Markdown: whitespace folded to single spaces (no
/// line can start a fence or an indented code block) and every Markdown
/// punctuation character backslash-escaped (no emphasis, link, HTML tag,
/// code span or autolink). Format characters (bidi controls and the rest
/// of `Cf`, see [`super::texte::format`]) are written as their escape
/// (`\u{202E}`), visible and accepted by rustc.
pub fn texte(s: &str) -> String {
    let mots: Vec<&str> = s.split_whitespace().collect();
    let brut = mots.join(" ");
    let chars: Vec<char> = brut.chars().filter(|c| !c.is_control()).collect();
    let mut out = String::with_capacity(brut.len());
    for (i, &c) in chars.iter().enumerate() {
        let avant = i
            .checked_sub(1)
            .and_then(|j| chars.get(j))
            .is_some_and(|c| c.is_alphanumeric());
        let apres = chars.get(i + 1).is_some_and(|c| c.is_alphanumeric());
        let echapper = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '~' | '|' => true,
            // Intraword underscores are literal in CommonMark.
            '_' => !(avant && apres),
            // `https://…` would be an autolink (and a rustdoc lint).
            ':' => chars.get(i + 1) == Some(&'/'),
            // `&amp;` would be an entity.
            '&' => apres,
            _ => false,
        };
        if super::texte::format(c) {
            // `\\` is Markdown for a backslash.
            out.push_str(&format!("\\\\u{{{:04X}}}", u32::from(c)));
            continue;
        }
        if echapper {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// What a field's type allows, in words.
pub fn contraintes(c: &Champ, libelle_nomenclature: Option<&str>) -> Vec<String> {
    let mut l = Vec::new();
    let bornes = |min: Option<String>, max: Option<String>| match (min, max) {
        (Some(a), Some(b)) => format!(", de {a} à {b}"),
        (Some(a), None) => format!(", au moins {a}"),
        (None, Some(b)) => format!(", au plus {b}"),
        (None, None) => String::new(),
    };
    let t = match &c.type_ {
        TypeChamp::Entier { min, max } => format!(
            "entier{}",
            bornes(min.map(|v| v.to_string()), max.map(|v| v.to_string()))
        ),
        TypeChamp::Decimal {
            decimales,
            min,
            max,
        } => format!(
            "décimal à {decimales} décimale(s) au plus{}",
            bornes(min.map(|v| v.to_string()), max.map(|v| v.to_string()))
        ),
        TypeChamp::Texte {
            longueur_min,
            longueur_max,
            motif,
        } => {
            let mut s = format!(
                "texte{}",
                match (longueur_min, longueur_max) {
                    (Some(a), Some(b)) if a == b => format!(" de {a} caractères exactement"),
                    (Some(a), Some(b)) => format!(" de {a} à {b} caractères"),
                    (Some(a), None) => format!(" d'au moins {a} caractères"),
                    (None, Some(b)) => format!(" d'au plus {b} caractères"),
                    (None, None) => String::new(),
                }
            );
            if let Some(m) = motif {
                s.push_str(&format!(", au format {}", texte(m)));
            }
            s
        }
        TypeChamp::Booleen => "booléen".to_owned(),
        TypeChamp::Date { min, max } => format!(
            "date{}",
            bornes(min.map(|v| v.to_string()), max.map(|v| v.to_string()))
        ),
        TypeChamp::Code { multiple, .. } => format!(
            "{} de la nomenclature « {} »",
            if *multiple {
                "ensemble de codes"
            } else {
                "code"
            },
            texte(libelle_nomenclature.unwrap_or_default())
        ),
    };
    l.push(format!("- Type : {t}."));
    if let Some(u) = &c.unite {
        l.push(format!("- Unité : {}.", texte(u)));
    }
    l.push(if c.obligatoire {
        "- Obligatoire.".to_owned()
    } else {
        "- Facultatif.".to_owned()
    });
    if c.donnee_personnelle {
        l.push(
            "- Donnée personnelle : jamais affichée par `Debug` ni dans les messages.".to_owned(),
        );
    }
    if c.deprecie {
        l.push("- Déprécié : conservé pour cette campagne, annoncé pour suppression.".to_owned());
    }
    l
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_cannot_become_code() {
        assert_eq!(
            texte("```rust\nfn x() {}\n```"),
            r"\`\`\`rust fn x() {} \`\`\`"
        );
        assert_eq!(
            texte("nb_places _x_ &amp; a|b"),
            r"nb_places \_x\_ \&amp; a\|b"
        );
        assert_eq!(texte("a */ b"), r"a \*/ b");
        assert_eq!(
            texte("<details> https://x.fr"),
            r"\<details\> https\://x.fr"
        );
        assert_eq!(texte("    indenté\n\n    bloc"), "indenté bloc");
    }
}
