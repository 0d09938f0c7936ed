//! Strict JSON with byte positions, as a tree: the reading of models.
//! (Payloads are read by the runtime's streaming reader, without a tree.)
//!
//! Parsing is jsonc-parser's with every extension turned off; this module adds
//! what SIDOBA inputs need on top: a nesting limit checked before parsing
//! (so hostile depth cannot exhaust the stack), the refusal of raw control
//! characters in strings (which jsonc-parser lets through), a duplicate-key
//! check, number literals kept as text so that decimals never meet a binary
//! float, and messages in French.

pub use sidoba::__private_v1::jeton::ErreurJson;
use sidoba::__private_v1::jeton::{PROFONDEUR_MAX, nombre_json};

pub use jsonc_parser::ast::{Array, Object, ObjectProp, Value};

/// Parses one strict JSON document (RFC 8259: no comments, no trailing
/// commas, double-quoted strings only), refusing duplicate keys.
pub fn analyser(texte: &str) -> Result<Value<'_>, ErreurJson> {
    // Depth first: the parser must not recurse on hostile nesting. A raw
    // control character is only reported if the parser finds nothing
    // earlier, so that the first fault of the file is the one shown.
    let controle = match verifier_avant_analyse(texte)? {
        Some(offset) => Err(ErreurJson {
            offset,
            message: "JSON invalide : caractère de contrôle brut dans une chaîne (à écrire échappé, par exemple \\n ou \\u0009)".into(),
        }),
        None => Ok(()),
    };
    let options = jsonc_parser::ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    };
    let resultat = match jsonc_parser::parse_to_ast(texte, &Default::default(), &options) {
        Ok(r) => r,
        Err(e) => {
            let offset = e.range().start;
            return match controle {
                Err(c) if c.offset < offset => Err(c),
                _ => Err(ErreurJson {
                    offset,
                    message: format!("JSON invalide : {}", traduire(e.kind())),
                }),
            };
        }
    };
    controle?;
    let Some(valeur) = resultat.value else {
        return Err(ErreurJson {
            offset: 0,
            message: "JSON invalide : document vide".into(),
        });
    };
    verifier_nombres_et_cles(&valeur)?;
    Ok(valeur)
}

/// Counts bracket depth outside strings, and finds the first raw control
/// character inside one; linear and allocation-free.
fn verifier_avant_analyse(texte: &str) -> Result<Option<usize>, ErreurJson> {
    let (mut profondeur, mut dans_chaine, mut echappe) = (0usize, false, false);
    let mut controle = None;
    for (i, b) in texte.bytes().enumerate() {
        if dans_chaine {
            match b {
                0x00..=0x1f => {
                    controle = controle.or(Some(i));
                    echappe = false;
                }
                _ if echappe => echappe = false,
                b'\\' => echappe = true,
                b'"' => dans_chaine = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => dans_chaine = true,
            b'[' | b'{' => {
                profondeur += 1;
                if profondeur > PROFONDEUR_MAX {
                    return Err(ErreurJson {
                        offset: i,
                        message: format!(
                            "imbrication JSON trop profonde (plus de {PROFONDEUR_MAX} niveaux)"
                        ),
                    });
                }
            }
            b']' | b'}' => profondeur = profondeur.saturating_sub(1),
            _ => {}
        }
    }
    Ok(controle)
}

/// jsonc-parser lets a few non-JSON number forms and duplicate keys through.
fn verifier_nombres_et_cles(racine: &Value<'_>) -> Result<(), ErreurJson> {
    let mut pile = vec![racine];
    while let Some(v) = pile.pop() {
        match v {
            Value::NumberLit(n) if !nombre_json(n.value) => {
                return Err(ErreurJson {
                    offset: n.range.start,
                    message: format!("nombre JSON invalide « {} »", n.value),
                });
            }
            Value::Object(o) => {
                let mut cles: Vec<(&str, usize)> = o
                    .properties
                    .iter()
                    .map(|p| (p.name.as_str(), p.range.start))
                    .collect();
                cles.sort_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
                if let Some(w) = cles.windows(2).find(|w| w[0].0 == w[1].0) {
                    return Err(ErreurJson {
                        offset: w[1].1,
                        message: format!("clé « {} » en double dans le même objet", w[1].0),
                    });
                }
                pile.extend(o.properties.iter().map(|p| &p.value));
            }
            Value::Array(a) => pile.extend(a.elements.iter()),
            _ => {}
        }
    }
    Ok(())
}

/// The JSON type of a value, in the words of the messages.
pub fn type_json(v: &Value<'_>) -> &'static str {
    match v {
        Value::StringLit(_) => "une chaîne",
        Value::NumberLit(_) => "un nombre",
        Value::BooleanLit(_) => "un booléen",
        Value::Object(_) => "un objet",
        Value::Array(_) => "un tableau",
        Value::NullKeyword(_) => "null",
    }
}

/// Byte offset where a value starts.
pub fn debut(v: &Value<'_>) -> usize {
    match v {
        Value::StringLit(x) => x.range.start,
        Value::NumberLit(x) => x.range.start,
        Value::BooleanLit(x) => x.range.start,
        Value::Object(x) => x.range.start,
        Value::Array(x) => x.range.start,
        Value::NullKeyword(x) => x.range.start,
    }
}

/// jsonc-parser's faults, in the words of our messages (its own are in
/// English).
fn traduire(genre: &jsonc_parser::errors::ParseErrorKind) -> String {
    use jsonc_parser::ParseStringErrorKind as C;
    use jsonc_parser::errors::ParseErrorKind as E;
    let m = match genre {
        E::BareDecimalPointNumbersNotAllowed => "un nombre ne commence ni ne finit par un point",
        E::CommentsNotAllowed => "les commentaires ne sont pas permis",
        E::ExpectedColonAfterObjectKey => "« : » attendu après la clé",
        E::ExpectedObjectValue => "valeur attendue après « : »",
        E::ExpectedDigit => "chiffre attendu",
        E::ExpectedDigitFollowingNegativeSign => "chiffre attendu après « - »",
        E::ExpectedPlusMinusOrDigitInNumberLiteral => {
            "« + », « - » ou chiffre attendu dans l'exposant"
        }
        E::ExpectedStringObjectProperty => "clé entre guillemets attendue",
        E::HexadecimalNumbersNotAllowed => "les nombres hexadécimaux ne sont pas permis",
        E::ExpectedComma => "« , » attendue",
        E::MultipleRootJsonValues => "texte après la fin du document",
        E::NonFiniteNumbersNotAllowed => "Infinity et NaN ne sont pas permis",
        E::SingleQuotedStringsNotAllowed => "les chaînes s'écrivent entre guillemets doubles",
        E::String(C::UnterminatedStringLiteral) => "chaîne non terminée",
        E::String(C::ExpectedFourHexDigits) => {
            "échappement \\u incomplet (quatre chiffres hexadécimaux attendus)"
        }
        E::String(C::InvalidUnicodeEscapeSequence(_)) => {
            "échappement \\u invalide (demi-paire UTF-16 isolée ?)"
        }
        E::String(_) => "échappement invalide dans une chaîne",
        E::TrailingCommasNotAllowed => "virgule finale non permise",
        E::UnaryPlusNumbersNotAllowed => "un nombre ne commence pas par « + »",
        E::UnexpectedCloseBrace => "« } » inattendue",
        E::UnexpectedCloseBracket => "« ] » inattendu",
        E::UnexpectedColon => "« : » inattendu",
        E::UnexpectedComma => "« , » inattendue",
        E::UnexpectedToken | E::UnexpectedTokenInObject => "élément inattendu",
        E::UnexpectedWord => "mot inattendu (seuls true, false et null sont permis)",
        E::UnterminatedArray => "tableau non fermé (« ] » manquant)",
        E::UnterminatedCommentBlock => "commentaire non terminé",
        E::UnterminatedObject => "objet non fermé (« } » manquante)",
        E::NestingDepthExceeded => "imbrication trop profonde",
        // Only with a feature of jsonc-parser we do not enable.
        #[allow(unreachable_patterns)]
        _ => "syntaxe invalide",
    };
    m.to_owned()
}

/// Where, in `texte`, the byte `offset` of a decoded string value falls,
/// the string's text starting at `debut` (just after its opening quote):
/// escapes (`\\t`, `\\u0061`, surrogate pairs) take more room in the file
/// than in the value, so positions inside a value (a rule expression, a
/// regular expression) must be mapped back to be shown in place.
pub fn offset_dans_chaine(texte: &str, debut: usize, offset: usize) -> usize {
    let octets = texte.as_bytes();
    let (mut brut, mut decode) = (debut, 0usize);
    while decode < offset {
        let Some(&b) = octets.get(brut) else { break };
        let (pris, produit) = match b {
            b'"' => break,
            b'\\' => match octets.get(brut + 1) {
                Some(b'u') => {
                    let unite = |i: usize| {
                        texte
                            .get(i..i + 4)
                            .and_then(|h| u32::from_str_radix(h, 16).ok())
                    };
                    match unite(brut + 2) {
                        Some(0xd800..=0xdbff)
                            if octets.get(brut + 6..brut + 8) == Some(b"\\u")
                                && unite(brut + 8)
                                    .is_some_and(|l| (0xdc00..=0xdfff).contains(&l)) =>
                        {
                            (12, 4)
                        }
                        Some(c) => (6, char::from_u32(c).map_or(3, char::len_utf8)),
                        None => (2, 1),
                    }
                }
                _ => (2, 1),
            },
            _ => {
                let n = texte[brut..].chars().next().map_or(1, char::len_utf8);
                (n, n)
            }
        };
        if decode + produit > offset {
            break;
        }
        brut += pris;
        decode += produit;
    }
    brut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_number_text() {
        let v = analyser(r#"{"a": 712.35, "b": -0.00, "c": 99999999999999999999999999}"#).unwrap();
        let o = v.as_object().unwrap();
        let n: Vec<&str> = o
            .properties
            .iter()
            .map(|p| p.value.as_number_lit().unwrap().value)
            .collect();
        assert_eq!(n, ["712.35", "-0.00", "99999999999999999999999999"]);
    }

    #[test]
    fn refuses_non_json() {
        for (texte, attendu) in [
            ("{\"a\": 1,}", 7),
            ("{'a': 1}", 1),
            ("{\"a\": 01}", 7),
            ("{\"a\": 1, \"a\": 2}", 9),
            ("[1, // x\n 2]", 4),
            ("", 0),
            ("{\"a\": [1, 2}", 11),
        ] {
            let e = analyser(texte).unwrap_err();
            assert_eq!(e.offset, attendu, "{texte}: {e}");
        }
    }

    #[test]
    fn refuses_deep_nesting_without_recursing() {
        let texte = "[".repeat(100_000);
        let e = analyser(&texte).unwrap_err();
        assert!(e.message.contains("trop profonde"), "{e}");
        let ok = format!(
            "{}{}",
            "[".repeat(PROFONDEUR_MAX),
            "]".repeat(PROFONDEUR_MAX)
        );
        assert!(analyser(&ok).is_ok());
    }

    #[test]
    fn raw_control_characters_in_strings_are_refused() {
        for (texte, attendu) in [
            ("[\"a\tb\"]", 3),
            ("[\"a\nb\"]", 3),
            ("[\"\u{0}\"]", 2),
            ("{\"k\u{1f}\": 1}", 3),
        ] {
            let e = analyser(texte).unwrap_err();
            assert_eq!(e.offset, attendu, "{texte:?}: {e}");
            assert!(e.message.contains("caractère de contrôle"), "{e}");
        }
        // Escaped, they are fine; outside strings, a tab is white space.
        assert!(analyser("[\"a\\tb\\u0001\",\t1]").is_ok());
        // The first fault of the file is the one reported.
        assert_eq!(analyser("[,\"a\tb\"]").unwrap_err().offset, 1);
    }

    #[test]
    fn messages_are_in_french() {
        for texte in [
            "{\"a\": 1,}",
            "{'a': 1}",
            "[1, // x\n 2]",
            "",
            "{\"a\": [1, 2}",
            "[1 2]",
            "[tru]",
            "[\"\\x\"]",
            "[\"\\ud800\"]",
            "[\"abc",
            "{\"a\" 1}",
            "[1] [2]",
            "[0x1]",
            "[+1]",
            "[.5]",
            "{\"a\":}",
            "{1: 2}",
            "[NaN]",
        ] {
            let e = analyser(texte).unwrap_err();
            assert!(e.message.starts_with("JSON invalide : "), "{texte:?}: {e}");
            for anglais in [
                "Expected",
                "Unexpected",
                "not allowed",
                "Unterminated",
                "Invalid",
            ] {
                assert!(!e.message.contains(anglais), "{texte:?}: {e}");
            }
        }
    }

    #[test]
    fn offsets_in_strings_map_back_to_the_text() {
        // The value is `ab\tc"é😀z`.
        let texte = r#"{"e": "a\u0062\tc\"\u00e9\ud83d\ude00z"}"#;
        let debut = texte.find('a').unwrap();
        let valeur = "ab\tc\"é😀z";
        for (i, _) in valeur.char_indices() {
            let brut = offset_dans_chaine(texte, debut, i);
            let attendu = [
                "a", "\\u0062", "\\t", "c", "\\\"", "\\u00e9", "\\ud83d", "z",
            ][valeur[..i].chars().count()];
            assert!(
                texte[brut..].starts_with(attendu),
                "{i}: {}",
                &texte[brut..]
            );
        }
        assert_eq!(
            offset_dans_chaine(texte, debut, valeur.len()),
            texte.len() - 2
        );
    }

    /// The payloads' streaming reader, skipping a whole document.
    fn en_flux(texte: &str) -> Result<(), ErreurJson> {
        let mut f = sidoba::__private_v1::flux::Flux::new(texte);
        let v = f.valeur()?;
        f.sauter(&v)?;
        f.fin()
    }

    #[test]
    fn agrees_with_the_streaming_reader_on_validity() {
        for t in [
            "{}",
            "[]",
            "[[]]",
            "{\"a\":[1,{\"b\":null}],\"c\":\"x\"}",
            "[1,2,[3,[4,[]]],{}]",
            " 12 ",
            "\"s\"",
            "{\"a\":{}}",
            "[{}, {\"x\": [true, false]}]",
            "{,}",
            "[1,]",
            "{\"a\" 1}",
            "{\"a\":1,}",
            "[1 2]",
            "{1:2}",
            "[",
            "]",
            "{\"a\":1}}",
            "nul",
            "[01]",
            "",
            "[1e5, -0.0, 2E-3]",
            "{\"a\":[}",
            "[\"a\":1]",
        ] {
            let arbre = analyser(t).is_ok();
            assert_eq!(en_flux(t).is_ok(), arbre, "{t:?}");
        }
    }
}
