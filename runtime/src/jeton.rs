//! Un tokenizer JSON strict (RFC 8259) pour les payloads : positions en
//! octets, nombres littéraux tels qu'écrits, chaînes déséchappées seulement
//! quand elles contiennent des échappements.
//!
//! Le nôtre plutôt que celui d'une crate, parce qu'aucune crate maintenue
//! n'offre un tokenizer à la demande qui garde le texte exact des nombres,
//! donne les positions en octets et soit rapide : serde_json lit les nombres
//! en flottants sauf si une fonctionnalité le change pour toute la
//! compilation, et le scanner de jsonc-parser (utilisé avant, et encore pour
//! les modèles) lit environ 200 Mo/s et laisse passer des caractères de
//! contrôle bruts dans les chaînes. Celui-ci est vérifié contre les verdicts
//! de serde_json par des tests de propriété, et fuzzé par la cible payload.

use std::borrow::Cow;
use std::fmt;

/// Une imbrication plus profonde est refusée avant que le parser ne
/// s'enfonce.
pub const PROFONDEUR_MAX: usize = 64;

/// Un document JSON illisible, avec le décalage en octets de la faute.
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

/// La grammaire des nombres de la RFC 8259 (pas de zéro en tête, pas de
/// point seul).
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

/// Un token.
#[derive(Debug, Clone, PartialEq)]
pub enum Token<'t> {
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    Comma,
    Colon,
    String(Cow<'t, str>),
    Boolean(bool),
    Number(&'t str),
    Null,
}

impl Token<'_> {
    /// Le token tel qu'écrit, pour les messages.
    pub fn as_str(&self) -> &str {
        match self {
            Token::OpenBrace => "{",
            Token::CloseBrace => "}",
            Token::OpenBracket => "[",
            Token::CloseBracket => "]",
            Token::Comma => ",",
            Token::Colon => ":",
            Token::String(s) => s,
            Token::Boolean(true) => "true",
            Token::Boolean(false) => "false",
            Token::Number(n) => n,
            Token::Null => "null",
        }
    }
}

pub struct Scanner<'t> {
    texte: &'t str,
    octets: &'t [u8],
    i: usize,
    debut: usize,
}

fn erreur(offset: usize, message: impl Into<String>) -> ErreurJson {
    ErreurJson {
        offset,
        message: format!("JSON invalide : {}", message.into()),
    }
}

impl<'t> Scanner<'t> {
    pub fn new(texte: &'t str) -> Scanner<'t> {
        Scanner {
            texte,
            octets: texte.as_bytes(),
            i: 0,
            debut: 0,
        }
    }

    /// Où le dernier token a commencé.
    pub fn token_start(&self) -> usize {
        self.debut
    }

    pub fn file_text(&self) -> &'t str {
        self.texte
    }

    /// Le token suivant, `None` à la fin du texte.
    pub fn scan(&mut self) -> Result<Option<Token<'t>>, ErreurJson> {
        let b = self.octets;
        while self.i < b.len() && matches!(b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
        self.debut = self.i;
        let Some(&c) = b.get(self.i) else {
            return Ok(None);
        };
        let simple = |s: &mut Self, t| {
            s.i += 1;
            Ok(Some(t))
        };
        match c {
            b'{' => simple(self, Token::OpenBrace),
            b'}' => simple(self, Token::CloseBrace),
            b'[' => simple(self, Token::OpenBracket),
            b']' => simple(self, Token::CloseBracket),
            b',' => simple(self, Token::Comma),
            b':' => simple(self, Token::Colon),
            b'"' => self.chaine().map(Some),
            b'-' | b'0'..=b'9' => self.nombre().map(Some),
            b't' => self.mot("true", Token::Boolean(true)),
            b'f' => self.mot("false", Token::Boolean(false)),
            b'n' => self.mot("null", Token::Null),
            _ => {
                let car = self.texte[self.i..].chars().next().unwrap_or('?');
                Err(erreur(self.i, format!("caractère « {car} » inattendu")))
            }
        }
    }

    fn mot(&mut self, mot: &str, t: Token<'t>) -> Result<Option<Token<'t>>, ErreurJson> {
        let fin = self.i + mot.len();
        let suivant = self.octets.get(fin).copied().unwrap_or(b' ');
        if self.octets.get(self.i..fin) == Some(mot.as_bytes())
            && !suivant.is_ascii_alphanumeric()
            && suivant != b'_'
        {
            self.i = fin;
            return Ok(Some(t));
        }
        let mut j = self.i;
        while j < self.octets.len()
            && (self.octets[j].is_ascii_alphanumeric() || self.octets[j] == b'_')
        {
            j += 1;
        }
        Err(erreur(
            self.i,
            format!(
                "« {} » inattendu",
                &self.texte[self.i..j.max(self.i + 1).min(self.texte.len())]
            ),
        ))
    }

    fn nombre(&mut self) -> Result<Token<'t>, ErreurJson> {
        let b = self.octets;
        let mut j = self.i;
        while j < b.len() && matches!(b[j], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
            j += 1;
        }
        let n = &self.texte[self.i..j];
        if !nombre_json(n) {
            return Err(ErreurJson {
                offset: self.i,
                message: format!("nombre JSON invalide « {n} »"),
            });
        }
        self.i = j;
        Ok(Token::Number(n))
    }

    fn chaine(&mut self) -> Result<Token<'t>, ErreurJson> {
        let b = self.octets;
        let debut = self.i + 1;
        // Fast path: no escape before the closing quote.
        let mut j = debut;
        while j < b.len() {
            match b[j] {
                b'"' => {
                    self.i = j + 1;
                    return Ok(Token::String(Cow::Borrowed(&self.texte[debut..j])));
                }
                b'\\' => break,
                0x00..=0x1f => return Err(erreur(j, "caractère de contrôle dans une chaîne")),
                _ => j += 1,
            }
        }
        if j >= b.len() {
            return Err(erreur(self.i, "chaîne non terminée"));
        }
        let mut s = String::with_capacity(j - debut + 16);
        s.push_str(&self.texte[debut..j]);
        let mut morceau = j;
        while j < b.len() {
            match b[j] {
                b'"' => {
                    s.push_str(&self.texte[morceau..j]);
                    self.i = j + 1;
                    return Ok(Token::String(Cow::Owned(s)));
                }
                b'\\' => {
                    s.push_str(&self.texte[morceau..j]);
                    let e = b.get(j + 1).copied();
                    let (c, longueur) = match e {
                        Some(b'"') => ('"', 2),
                        Some(b'\\') => ('\\', 2),
                        Some(b'/') => ('/', 2),
                        Some(b'b') => ('\u{8}', 2),
                        Some(b'f') => ('\u{c}', 2),
                        Some(b'n') => ('\n', 2),
                        Some(b'r') => ('\r', 2),
                        Some(b't') => ('\t', 2),
                        Some(b'u') => self.unicode(j)?,
                        _ => return Err(erreur(j, "échappement invalide dans une chaîne")),
                    };
                    s.push(c);
                    j += longueur;
                    morceau = j;
                }
                0x00..=0x1f => return Err(erreur(j, "caractère de contrôle dans une chaîne")),
                _ => j += 1,
            }
        }
        Err(erreur(self.i, "chaîne non terminée"))
    }

    /// `\uXXXX` à `j` (une paire de substitution en prend deux) : le
    /// caractère et la longueur de l'échappement.
    fn unicode(&self, j: usize) -> Result<(char, usize), ErreurJson> {
        let hex = |k: usize| -> Result<u32, ErreurJson> {
            let t = self
                .octets
                .get(k..k + 4)
                .ok_or_else(|| erreur(j, "échappement \\u incomplet"))?;
            let t = std::str::from_utf8(t).map_err(|_| erreur(j, "échappement \\u invalide"))?;
            if !t.bytes().all(|c| c.is_ascii_hexdigit()) {
                return Err(erreur(j, "échappement \\u invalide"));
            }
            u32::from_str_radix(t, 16).map_err(|_| erreur(j, "échappement \\u invalide"))
        };
        let haut = hex(j + 2)?;
        if (0xd800..0xdc00).contains(&haut) {
            if self.octets.get(j + 6..j + 8) != Some(b"\\u") {
                return Err(erreur(j, "demi-paire UTF-16 isolée"));
            }
            let bas = hex(j + 8)?;
            if !(0xdc00..0xe000).contains(&bas) {
                return Err(erreur(j, "demi-paire UTF-16 isolée"));
            }
            let c = 0x10000 + ((haut - 0xd800) << 10) + (bas - 0xdc00);
            return char::from_u32(c)
                .map(|c| (c, 12))
                .ok_or_else(|| erreur(j, "échappement \\u invalide"));
        }
        char::from_u32(haut)
            .map(|c| (c, 6))
            .ok_or_else(|| erreur(j, "demi-paire UTF-16 isolée"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn jetons(t: &str) -> Result<Vec<Token<'_>>, ErreurJson> {
        let mut s = Scanner::new(t);
        let mut v = Vec::new();
        while let Some(j) = s.scan()? {
            v.push(j);
        }
        Ok(v)
    }

    #[test]
    fn les_tokens_valides_se_lisent_et_les_invalides_sont_refuses() {
        let v = jetons(r#" {"a\u00e9\n\ud83d\ude00": [1, -0.5e3, true, false, null]} "#).unwrap();
        assert_eq!(v[1], Token::String(Cow::Owned("aé\n😀".into())));
        assert_eq!(v[4], Token::Number("1"));
        assert_eq!(v[6], Token::Number("-0.5e3"));
        for faux in [
            "01",
            "1.",
            ".5",
            "+1",
            "\"a\u{1}\"",
            "\"\\x\"",
            "\"\\ud800\"",
            "tru",
            "nulll",
            "'a'",
            "\"abc",
        ] {
            assert!(jetons(faux).is_err(), "{faux:?}");
        }
    }

    proptest! {
        #[test]
        fn les_chaines_reviennent_a_l_identique(s in "\\PC{0,30}") {
            let texte = serde_json::to_string(&s).unwrap();
            prop_assert_eq!(jetons(&texte).unwrap(), vec![Token::String(Cow::Owned(s.clone()))].into_iter().map(|t| match t {
                Token::String(c) => Token::String(Cow::Owned(c.into_owned())),
                t => t,
            }).collect::<Vec<_>>());
        }
    }

    #[test]
    fn grammaire_des_nombres() {
        for ok in ["0", "-0", "1.5", "1e5", "-1.25E-3", "10"] {
            assert!(nombre_json(ok), "{ok}");
        }
        for ko in ["01", "1.", ".5", "+1", "1e", "0x10", "", "-", "NaN"] {
            assert!(!nombre_json(ko), "{ko}");
        }
    }
}
