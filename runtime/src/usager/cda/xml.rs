//! L'échappement XML 1.0 des textes et des attributs, à la main (écrire
//! n'a pas besoin d'une bibliothèque XML) : chaque caractère est soit écrit
//! de sorte qu'un parser le relise à l'identique, soit refusé.

/// Un texte contient un caractère que XML 1.0 ne peut pas porter du tout,
/// même en référence de caractère (un caractère de contrôle autre que
/// tabulation, saut de ligne et retour chariot, ou U+FFFE / U+FFFF).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Interdit;

/// La production `Char` de XML 1.0 (les chaînes Rust ne contiennent pas de
/// demi-codets de substitution).
fn permis(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

fn ecrire(
    buf: &mut String,
    s: &str,
    echappe: impl Fn(char) -> Option<&'static str>,
) -> Result<(), Interdit> {
    if !s.chars().all(permis) {
        return Err(Interdit);
    }
    let mut debut = 0;
    for (i, c) in s.char_indices() {
        if let Some(e) = echappe(c) {
            buf.push_str(&s[debut..i]);
            buf.push_str(e);
            debut = i + c.len_utf8();
        }
    }
    buf.push_str(&s[debut..]);
    Ok(())
}

/// Le contenu d'un élément. `>` est échappé aussi, pour que `]]>` ne
/// paraisse jamais ; un retour chariot est une référence, sinon les parsers
/// le changeraient en saut de ligne.
pub(crate) fn texte(buf: &mut String, s: &str) -> Result<(), Interdit> {
    ecrire(buf, s, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '\r' => Some("&#13;"),
        _ => None,
    })
}

/// Une valeur d'attribut entre guillemets doubles. Tabulation, saut de
/// ligne et retour chariot sont des références : écrits bruts, la
/// normalisation des attributs en ferait des espaces.
pub(crate) fn attribut(buf: &mut String, s: &str) -> Result<(), Interdit> {
    ecrire(buf, s, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        '\t' => Some("&#9;"),
        '\n' => Some("&#10;"),
        '\r' => Some("&#13;"),
        _ => None,
    })
}

/// Un code dans un attribut de type CDA `cs` (un token sans blanc) : un
/// code de modèle peut contenir des espaces, donc les blancs et `%` sont
/// encodés en pourcent (`a b` → `a%20b`), ce qui garde distincts des codes
/// distincts.
pub(crate) fn code(buf: &mut String, s: &str) -> Result<(), Interdit> {
    ecrire(buf, s, |c| match c {
        '%' => Some("%25"),
        ' ' => Some("%20"),
        '\t' => Some("%09"),
        '\n' => Some("%0A"),
        '\r' => Some("%0D"),
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(f: fn(&mut String, &str) -> Result<(), Interdit>, s: &str) -> Result<String, Interdit> {
        let mut b = String::new();
        f(&mut b, s).map(|()| b)
    }

    #[test]
    fn les_caracteres_de_balisage_sont_echappes() {
        assert_eq!(
            t(texte, "a<b>&]]>é\"'").unwrap(),
            "a&lt;b&gt;&amp;]]&gt;é\"'"
        );
        assert_eq!(
            t(attribut, "\"a\"\t<&>\n\r'").unwrap(),
            "&quot;a&quot;&#9;&lt;&amp;&gt;&#10;&#13;'"
        );
        assert_eq!(t(texte, "l1\r\nl2\tx").unwrap(), "l1&#13;\nl2\tx");
        assert_eq!(t(code, "a b%c\t").unwrap(), "a%20b%25c%09");
    }

    #[test]
    fn les_caracteres_que_xml_ne_peut_porter_sont_refuses() {
        for s in [
            "\u{0}", "a\u{1}b", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "x\u{8}",
        ] {
            for f in [texte, attribut, code] {
                assert_eq!(t(f, s), Err(Interdit), "{s:?}");
            }
        }
        // Allowed, if unusual: DEL, C1 controls, non-characters beyond the BMP.
        assert!(t(texte, "\u{7F}\u{85}\u{10FFFF}").is_ok());
    }
}
