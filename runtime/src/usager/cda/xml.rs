//! XML 1.0 text and attribute escaping, by hand (no XML library needed for
//! writing): every character is either written so that a parser reads it
//! back unchanged, or refused.

/// A text holds a character XML 1.0 cannot carry at all, not even as a
/// character reference (a control character other than tab, line feed and
/// carriage return, or U+FFFE / U+FFFF).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Interdit;

/// XML 1.0's `Char` production (Rust strings hold no surrogates).
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

/// Element content. `>` is escaped too, so `]]>` never appears; a carriage
/// return is a reference, or parsers would turn it into a line feed.
pub(crate) fn texte(buf: &mut String, s: &str) -> Result<(), Interdit> {
    ecrire(buf, s, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '\r' => Some("&#13;"),
        _ => None,
    })
}

/// A double-quoted attribute value. Tab, line feed and carriage return are
/// references: written raw, attribute normalisation would make them spaces.
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

/// A code in an attribute of CDA type `cs` (a token without whitespace):
/// model codes may hold spaces, so whitespace and `%` are percent-encoded
/// (`a b` → `a%20b`), which keeps distinct codes distinct.
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
    fn markup_characters_are_escaped() {
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
    fn characters_xml_cannot_carry_are_refused() {
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
