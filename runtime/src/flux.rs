//! Streaming reading of strict JSON, for payloads: no tree is built, the
//! typed reader pulls values as it walks the model. Tokens come from our
//! strict tokenizer ([`crate::jeton`]); this adds the structure
//! checks, a depth limit for skipped values, and byte positions.

use crate::jeton::{ErreurJson, PROFONDEUR_MAX, Scanner, Token};
use std::borrow::Cow;
use std::collections::HashSet;

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
                            return Err(erreur(p, "JSON invalide : « , » ou fermeture attendue"));
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
                        Token::Null | Token::Boolean(_) | Token::Number(_) | Token::String(_) => {
                            etat = Etat::Apres
                        }
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
    /// Hashed: each key is compared with the few that share its hash, not
    /// with every earlier one (80,000 unknown keys were 3·10⁹ comparisons).
    inconnus: HashSet<Cle>,
}

/// An unknown key; its comparisons are counted (`operations`).
#[derive(Debug)]
struct Cle(Box<str>);

impl std::hash::Hash for Cle {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.0.hash(h);
    }
}

impl PartialEq for Cle {
    fn eq(&self, autre: &Cle) -> bool {
        crate::operations::compter();
        self.0 == autre.0
    }
}

impl Eq for Cle {}

impl Vus {
    pub fn new(membres: usize) -> Vus {
        Vus {
            connus: vec![false; membres],
            inconnus: HashSet::new(),
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
        if !self.inconnus.insert(Cle(cle.into())) {
            return Err(erreur(
                pos,
                format!("clé « {cle} » en double dans le même objet"),
            ));
        }
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

    proptest::proptest! {
        /// Same verdict as serde_json (strict RFC 8259) on JSON-ish text.
        #[test]
        fn agrees_with_serde_json(t in r#"[\[\]{},: "\\a-z0-9.eE+\-ué\u{1}\n]{0,40}"#) {
            let texte = format!("[{t}]");
            let a = serde_json::from_str::<serde_json::Value>(&texte).is_ok();
            proptest::prop_assert_eq!(a, valide(&texte).is_ok(), "{}", t);
        }
    }

    #[test]
    fn depth_is_bounded_without_recursion() {
        let t = "[".repeat(100_000);
        assert!(valide(&t).unwrap_err().message.contains("profonde"));
    }
}
