//! Strict JSON with byte positions, for models and payloads alike.
//!
//! Parsing is jsonc-parser's with every extension turned off; this module adds
//! what SIDOBA inputs need on top: a nesting limit checked before parsing
//! (so hostile depth cannot exhaust the stack), the refusal of raw control
//! characters in strings (which jsonc-parser lets through), a duplicate-key
//! check, number literals kept as text so that decimals never meet a binary
//! float, and messages in French.

use std::fmt;

pub use jsonc_parser::ast::{Array, Object, ObjectProp, Value};

/// Nesting deeper than this is refused before the parser recurses.
pub const PROFONDEUR_MAX: usize = 64;

/// A JSON document that could not be read, with the byte offset of the fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErreurJson {
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for ErreurJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ErreurJson {}

/// Line and column (both from 1, columns in characters) of a byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub ligne: usize,
    pub colonne: usize,
}

impl Position {
    pub fn de(texte: &str, offset: usize) -> Position {
        let mut offset = offset.min(texte.len());
        while !texte.is_char_boundary(offset) {
            offset -= 1;
        }
        let avant = &texte[..offset];
        let ligne = avant.bytes().filter(|&b| b == b'\n').count() + 1;
        let debut_ligne = avant.rfind('\n').map_or(0, |i| i + 1);
        let colonne = avant[debut_ligne..].chars().count() + 1;
        Position { ligne, colonne }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.ligne, self.colonne)
    }
}

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

/// The number grammar of RFC 8259 (no leading zeros, no bare point).
pub fn nombre_json(s: &str) -> bool {
    let b = s.strip_prefix('-').unwrap_or(s).as_bytes();
    let chiffres = |b: &[u8]| b.iter().take_while(|c| c.is_ascii_digit()).count();
    let n = chiffres(b);
    if n == 0 || (n > 1 && b[0] == b'0') {
        return false;
    }
    let mut reste = &b[n..];
    if let Some(r) = reste.strip_prefix(b".") {
        let n = chiffres(r);
        if n == 0 {
            return false;
        }
        reste = &r[n..];
    }
    if let Some(r) = reste
        .strip_prefix(b"e")
        .or_else(|| reste.strip_prefix(b"E"))
    {
        let r = r
            .strip_prefix(b"+")
            .or_else(|| r.strip_prefix(b"-"))
            .unwrap_or(r);
        let n = chiffres(r);
        if n == 0 {
            return false;
        }
        reste = &r[n..];
    }
    reste.is_empty()
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

    #[test]
    fn positions_count_characters() {
        let t = "{\n  \"é\": x";
        assert_eq!(Position::de(t, t.find('x').unwrap()).to_string(), "2:8");
    }

    #[test]
    fn number_grammar() {
        for ok in ["0", "-0", "1.5", "1e5", "-1.25E-3", "10"] {
            assert!(nombre_json(ok), "{ok}");
        }
        for ko in ["01", "1.", ".5", "+1", "1e", "0x10", "", "-", "NaN"] {
            assert!(!nombre_json(ko), "{ko}");
        }
    }
}

/// Streaming reading of strict JSON, for payloads: no tree is built, the
/// typed reader pulls values as it walks the model. Tokens come from our
/// strict tokenizer ([`crate::jeton`]); this adds the structure
/// checks, a depth limit for skipped values, and byte positions.
pub mod flux {
    use super::{ErreurJson, PROFONDEUR_MAX};
    use crate::jeton::{Scanner, Token};
    use std::borrow::Cow;

    /// A value as first seen: scalars whole, containers opened.
    #[derive(Debug, Clone, PartialEq)]
    pub enum Brut<'t> {
        Null,
        Booleen(bool),
        /// The literal, exactly as written.
        Nombre(&'t str),
        Chaine(Cow<'t, str>),
        /// `{` was read: the caller reads the members or skips them.
        Objet,
        /// `[` was read: the caller reads the elements or skips them.
        Tableau,
    }

    impl Brut<'_> {
        /// The JSON type, in the words of the messages.
        pub fn type_json(&self) -> &'static str {
            match self {
                Brut::Chaine(_) => "une chaîne",
                Brut::Nombre(_) => "un nombre",
                Brut::Booleen(_) => "un booléen",
                Brut::Objet => "un objet",
                Brut::Tableau => "un tableau",
                Brut::Null => "null",
            }
        }
    }

    pub struct Flux<'t> {
        scanner: Scanner<'t>,
        /// A token read ahead, with its start.
        suivant: Option<(Token<'t>, usize)>,
    }

    fn erreur(offset: usize, message: impl Into<String>) -> ErreurJson {
        ErreurJson {
            offset,
            message: message.into(),
        }
    }

    impl<'t> Flux<'t> {
        pub fn new(texte: &'t str) -> Flux<'t> {
            Flux {
                scanner: Scanner::new(texte),
                suivant: None,
            }
        }

        /// The next token and its start; the end of the text is an error.
        fn jeton(&mut self) -> Result<(Token<'t>, usize), ErreurJson> {
            if let Some(j) = self.suivant.take() {
                return Ok(j);
            }
            match self.scanner.scan()? {
                Some(t) => Ok((t, self.scanner.token_start())),
                None => Err(erreur(
                    self.scanner.file_text().len(),
                    "JSON invalide : fin du texte inattendue",
                )),
            }
        }

        /// Where the next token starts.
        pub fn position(&mut self) -> Result<usize, ErreurJson> {
            let j = self.jeton()?;
            let p = j.1;
            self.suivant = Some(j);
            Ok(p)
        }

        /// The next value: a scalar whole, or a container opened.
        pub fn valeur(&mut self) -> Result<Brut<'t>, ErreurJson> {
            let (t, debut) = self.jeton()?;
            Ok(match t {
                Token::Null => Brut::Null,
                Token::Boolean(b) => Brut::Booleen(b),
                Token::Number(n) => Brut::Nombre(n),
                Token::String(s) => Brut::Chaine(s),
                Token::OpenBrace => Brut::Objet,
                Token::OpenBracket => Brut::Tableau,
                autre => {
                    return Err(erreur(
                        debut,
                        format!("JSON invalide : « {} » inattendu", autre.as_str()),
                    ));
                }
            })
        }

        /// Skips the rest of a value whose start `v` was read (nothing to do
        /// for a scalar). Iterative, so depth costs no stack; the structure
        /// is checked as it goes.
        pub fn sauter(&mut self, v: &Brut<'_>) -> Result<(), ErreurJson> {
            #[derive(PartialEq)]
            enum Etat {
                /// Just after `{` or `[`.
                Ouvert,
                /// Before a member or element (after a comma).
                Element,
                /// After a member or element.
                Apres,
            }
            // true: an object.
            let mut pile = match v {
                Brut::Objet => vec![true],
                Brut::Tableau => vec![false],
                _ => return Ok(()),
            };
            let mut etat = Etat::Ouvert;
            while let Some(&objet) = pile.last() {
                let fermeture = if objet {
                    Token::CloseBrace
                } else {
                    Token::CloseBracket
                };
                match etat {
                    Etat::Ouvert | Etat::Apres => {
                        let (t, p) = self.jeton()?;
                        if t == fermeture {
                            pile.pop();
                            etat = Etat::Apres;
                        } else if etat == Etat::Apres {
                            if t != Token::Comma {
                                return Err(erreur(
                                    p,
                                    "JSON invalide : « , » ou fermeture attendue",
                                ));
                            }
                            etat = Etat::Element;
                        } else {
                            self.suivant = Some((t, p));
                            etat = Etat::Element;
                        }
                    }
                    Etat::Element => {
                        if objet {
                            match self.jeton()? {
                                (Token::String(_), _) => {}
                                (_, p) => {
                                    return Err(erreur(
                                        p,
                                        "JSON invalide : clé entre guillemets attendue",
                                    ));
                                }
                            }
                            match self.jeton()? {
                                (Token::Colon, _) => {}
                                (_, p) => return Err(erreur(p, "JSON invalide : « : » attendu")),
                            }
                        }
                        let (t, p) = self.jeton()?;
                        match t {
                            Token::OpenBrace | Token::OpenBracket => {
                                if pile.len() >= PROFONDEUR_MAX {
                                    return Err(erreur(
                                        p,
                                        format!(
                                            "imbrication JSON trop profonde (plus de {PROFONDEUR_MAX} niveaux)"
                                        ),
                                    ));
                                }
                                pile.push(t == Token::OpenBrace);
                                etat = Etat::Ouvert;
                            }
                            Token::Null
                            | Token::Boolean(_)
                            | Token::Number(_)
                            | Token::String(_) => etat = Etat::Apres,
                            autre => {
                                return Err(erreur(
                                    p,
                                    format!("JSON invalide : « {} » inattendu", autre.as_str()),
                                ));
                            }
                        }
                    }
                }
            }
            Ok(())
        }

        /// The members of an object whose `{` was read: `membre` gets the
        /// key and its position and must read (or skip) the value.
        pub fn membres(
            &mut self,
            mut membre: impl FnMut(&mut Self, &str, usize) -> Result<(), ErreurJson>,
        ) -> Result<(), ErreurJson> {
            let (t, debut) = self.jeton()?;
            if t == Token::CloseBrace {
                return Ok(());
            }
            self.suivant = Some((t, debut));
            loop {
                let (cle, pos) = match self.jeton()? {
                    (Token::String(s), p) => (s, p),
                    (_, p) => {
                        return Err(erreur(p, "JSON invalide : clé entre guillemets attendue"));
                    }
                };
                match self.jeton()? {
                    (Token::Colon, _) => {}
                    (_, p) => return Err(erreur(p, "JSON invalide : « : » attendu")),
                }
                membre(self, &cle, pos)?;
                match self.jeton()? {
                    (Token::Comma, _) => {}
                    (Token::CloseBrace, _) => return Ok(()),
                    (_, p) => return Err(erreur(p, "JSON invalide : « , » ou « } » attendu")),
                }
            }
        }

        /// The elements of an array whose `[` was read: `element` gets the
        /// index and must read (or skip) the value.
        pub fn elements(
            &mut self,
            mut element: impl FnMut(&mut Self, usize) -> Result<(), ErreurJson>,
        ) -> Result<(), ErreurJson> {
            let (t, debut) = self.jeton()?;
            if t == Token::CloseBracket {
                return Ok(());
            }
            self.suivant = Some((t, debut));
            let mut i = 0;
            loop {
                element(self, i)?;
                i += 1;
                match self.jeton()? {
                    (Token::Comma, _) => {}
                    (Token::CloseBracket, _) => return Ok(()),
                    (_, p) => return Err(erreur(p, "JSON invalide : « , » ou « ] » attendu")),
                }
            }
        }

        /// After the root value: nothing but whitespace may follow.
        pub fn fin(&mut self) -> Result<(), ErreurJson> {
            if let Some((_, p)) = self.suivant.take() {
                return Err(erreur(p, "JSON invalide : texte après la fin du document"));
            }
            match self.scanner.scan()? {
                None => Ok(()),
                Some(_) => Err(erreur(
                    self.scanner.token_start(),
                    "JSON invalide : texte après la fin du document",
                )),
            }
        }
    }

    /// Keys seen in one object, to refuse duplicates as the tree reader does.
    #[derive(Debug)]
    pub struct Vus {
        connus: Vec<bool>,
        inconnus: Vec<String>,
    }

    impl Vus {
        pub fn new(membres: usize) -> Vus {
            Vus {
                connus: vec![false; membres],
                inconnus: Vec::new(),
            }
        }

        /// Member `i` seen at `pos`; a second time is an error.
        pub fn connu(&mut self, i: usize, cle: &str, pos: usize) -> Result<(), ErreurJson> {
            match self.connus.get_mut(i) {
                Some(true) => Err(erreur(
                    pos,
                    format!("clé « {cle} » en double dans le même objet"),
                )),
                Some(v) => {
                    *v = true;
                    Ok(())
                }
                None => Ok(()),
            }
        }

        /// Whether member `i` was seen.
        pub fn vu(&self, i: usize) -> bool {
            self.connus.get(i).copied().unwrap_or(false)
        }

        pub fn inconnu(&mut self, cle: &str, pos: usize) -> Result<(), ErreurJson> {
            if self.inconnus.iter().any(|k| k == cle) {
                return Err(erreur(
                    pos,
                    format!("clé « {cle} » en double dans le même objet"),
                ));
            }
            self.inconnus.push(cle.to_owned());
            Ok(())
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        /// Skips a whole document, as a validity check.
        fn valide(texte: &str) -> Result<(), ErreurJson> {
            let mut f = Flux::new(texte);
            let v = f.valeur()?;
            f.sauter(&v)?;
            f.fin()
        }

        #[test]
        fn agrees_with_the_tree_reader_on_validity() {
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
                let arbre = super::super::analyser(t).is_ok();
                assert_eq!(valide(t).is_ok(), arbre, "{t:?}");
            }
        }

        #[test]
        fn depth_is_bounded_without_recursion() {
            let t = "[".repeat(100_000);
            assert!(valide(&t).unwrap_err().message.contains("profonde"));
        }
    }
}
