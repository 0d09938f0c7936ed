//! A field's `motif` as the Questionnaire's `regex` extension, only when
//! its meaning is the same in the engines that read it (FHIRPath
//! `matches()` in Java, .NET and JavaScript validators) as in Rust's
//! `regex`, which the validators use. Elsewhere no regex constraint
//! (usager.md: where FHIRPath cannot say exactly what the rule says, no
//! constraint); the field's values are still checked by `sidoba validate`
//! and by the Bundle writer.
//!
//! Kept: literal characters of the Basic Multilingual Plane and escaped
//! metacharacters, bracketed classes of those and their ranges (negated or
//! not), repetitions (greedy or lazy), alternations, plain groups
//! (`( )`, `(?: )`). Left out, each for a reason:
//! - flags (`(?x)`, `(?i)`, …): they change what follows, and wrapping the
//!   motif in `^(?:…)$` can change their reach (`(?x)abc#` would swallow
//!   the closing `)$` in its comment);
//! - `.`, `\d`, `\w`, `\s`, `\b`, `\p{…}`, `[[:alpha:]]`: Unicode-aware in
//!   Rust, ASCII or otherwise different in the other engines;
//! - anchors and boundaries inside the motif (the whole value is matched;
//!   a `^` opening it and a `$` closing it are kept, being the same);
//! - named groups, class set operations (`&&`, `--`, `~~`), nested
//!   classes, escapes such as `\x41` or `\u{e9}`: syntaxes that differ;
//! - characters beyond U+FFFF: two code units in JavaScript.

use regex_syntax::ast::{self, Ast, ClassSet, ClassSetItem, GroupKind, LiteralKind};

/// The anchored regex for the Questionnaire, or `None` when the motif's
/// meaning could differ in another engine.
pub fn regex(motif: &str) -> Option<String> {
    let arbre = ast::parse::Parser::new().parse(motif).ok()?;
    // A `^` that opens the motif and a `$` that closes it say what the
    // anchoring says already (no flag can be set: they are refused).
    let parties: &[Ast] = match &arbre {
        Ast::Concat(c) => &c.asts,
        a => std::slice::from_ref(a),
    };
    let ancre = |a: Option<&Ast>, genre| matches!(a, Some(Ast::Assertion(x)) if x.kind == genre);
    let debut = usize::from(ancre(parties.first(), ast::AssertionKind::StartLine));
    let fin = parties.len()
        - usize::from(parties.len() > debut && ancre(parties.last(), ast::AssertionKind::EndLine));
    parties[debut..fin]
        .iter()
        .all(portable)
        .then(|| format!("^(?:{motif})$"))
}

fn litteral(l: &ast::Literal) -> bool {
    match l.kind {
        LiteralKind::Verbatim => u32::from(l.c) <= 0xFFFF && !l.c.is_control(),
        LiteralKind::Meta => true,
        _ => false,
    }
}

fn portable(a: &Ast) -> bool {
    match a {
        Ast::Empty(_) => true,
        Ast::Literal(l) => litteral(l),
        Ast::ClassBracketed(c) => classe(&c.kind),
        Ast::Repetition(r) => portable(&r.ast),
        Ast::Group(g) => {
            let simple = match &g.kind {
                GroupKind::CaptureIndex(_) => true,
                GroupKind::NonCapturing(f) => f.items.is_empty(),
                GroupKind::CaptureName { .. } => false,
            };
            simple && portable(&g.ast)
        }
        Ast::Alternation(x) => x.asts.iter().all(portable),
        Ast::Concat(x) => x.asts.iter().all(portable),
        Ast::Flags(_)
        | Ast::Dot(_)
        | Ast::Assertion(_)
        | Ast::ClassUnicode(_)
        | Ast::ClassPerl(_) => false,
    }
}

fn classe(c: &ClassSet) -> bool {
    match c {
        ClassSet::Item(i) => element(i),
        ClassSet::BinaryOp(_) => false,
    }
}

fn element(i: &ClassSetItem) -> bool {
    match i {
        ClassSetItem::Empty(_) => true,
        ClassSetItem::Literal(l) => litteral(l),
        ClassSetItem::Range(r) => litteral(&r.start) && litteral(&r.end),
        ClassSetItem::Union(u) => u.items.iter().all(element),
        ClassSetItem::Ascii(_)
        | ClassSetItem::Unicode(_)
        | ClassSetItem::Perl(_)
        | ClassSetItem::Bracketed(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::regex;

    #[test]
    fn portable_motifs_are_anchored_as_written() {
        for m in [
            "[0-9]{9}",
            "[0-9A-Za-z]{9}",
            "(2A|2B|[0-9]{2})[0-9]{7}",
            "[^ ]+( [^ ]+)*",
            "a\\.b\\-c",
            "é+",
            "(?:ab)+?",
            "",
            "^[0-9A-Za-z]{9}$",
            "^(?:[0-9]{9}|2[AB][0-9]{7})$",
            "^a",
            "a$",
        ] {
            assert_eq!(regex(m), Some(format!("^(?:{m})$")), "{m}");
        }
    }

    #[test]
    fn motifs_whose_meaning_differs_get_no_regex() {
        for m in [
            "(?x)abc#",
            "(?x) a b c # commentaire",
            "(?i)abc",
            "a(?i:b)c",
            "(?s).",
            ".+",
            "\\d{9}",
            "\\w+",
            "\\s",
            "\\bx",
            "\\p{L}+",
            "[[:alpha:]]",
            "[\\d]",
            "[a-z&&[^e]]",
            "[a-z--e]",
            "[[a-z]]",
            "a^b",
            "a$b",
            "(?m)^a$",
            "(^a)",
            "(?P<n>a)",
            "\\x41",
            "\\u{e9}",
            "😀",
        ] {
            assert_eq!(regex(m), None, "{m}");
        }
    }

    /// The Questionnaire of a model: a `(?x)` motif gets no regex, a
    /// division no constraint, and its description says why.
    #[test]
    fn the_questionnaire_says_only_what_engines_read_alike() {
        use crate::model::{Source, charger};
        let t = r#"{"campagne":{"id":"Q","libelle":"Q","module":"Q"},"modele":{"code":"Q","version":"1","niveau":"usager"},
            "blocs":[{"code":"b","libelle":"B","champs":[
              {"code":"t","libelle":"T","type":"texte","motif":"(?x)abc#"},
              {"code":"u","libelle":"U","type":"texte","motif":"[0-9]{3}"},
              {"code":"n","libelle":"N","type":"entier","min":0,"max":100}]}],
            "regles":[{"code":"R","message":"m","severite":"bloquante","expression":"n / 3 <= 30"}]}"#;
        let s = Source::depuis_octets("q.json", t.as_bytes().to_vec()).unwrap();
        let m = charger(&s, false).unwrap().0;
        let q = crate::usager::questionnaire::questionnaire(&m, "https://x.invalid");
        assert!(!q.contains("(?x)"), "{q}");
        assert!(q.contains("^(?:[0-9]{3})$"), "{q}");
        assert!(!q.contains("round(9)"), "{q}");
        assert!(q.contains("division"), "{q}");
    }
}
