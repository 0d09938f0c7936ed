//! La lecture en flux du JSON strict, pour les payloads : aucun arbre n'est
//! construit, la lecture typée tire les valeurs en parcourant le modèle. Les
//! tokens viennent de notre tokenizer strict ([`crate::jeton`]) ; ce module
//! y ajoute les contrôles de structure, une profondeur bornée pour les
//! valeurs sautées, et les positions en octets.

use crate::jeton::{ErreurJson, PROFONDEUR_MAX, Scanner, Token};
use std::borrow::Cow;
use std::collections::HashSet;

/// Une valeur telle qu'on la voit d'abord : un scalaire entier, un conteneur
/// ouvert.
#[derive(Debug, Clone, PartialEq)]
pub enum Brut<'t> {
    Null,
    Booleen(bool),
    /// Le littéral, exactement tel qu'écrit.
    Nombre(&'t str),
    Chaine(Cow<'t, str>),
    /// `{` a été lu : l'appelant lit les membres ou les saute.
    Objet,
    /// `[` a été lu : l'appelant lit les éléments ou les saute.
    Tableau,
}

impl Brut<'_> {
    /// Le type JSON, dans les mots des messages.
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
    /// Un token lu d'avance, avec son début.
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

    /// Le token suivant et son début ; la fin du texte est une erreur.
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

    /// Où commence le token suivant.
    pub fn position(&mut self) -> Result<usize, ErreurJson> {
        let j = self.jeton()?;
        let p = j.1;
        self.suivant = Some(j);
        Ok(p)
    }

    /// La valeur suivante : un scalaire entier, ou un conteneur ouvert.
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

    /// Saute le reste d'une valeur dont le début `v` a été lu (rien à faire
    /// pour un scalaire). Itératif : la profondeur ne coûte pas de pile ; la
    /// structure est contrôlée en chemin.
    pub fn sauter(&mut self, v: &Brut<'_>) -> Result<(), ErreurJson> {
        #[derive(PartialEq)]
        enum Etat {
            /// Juste après `{` ou `[`.
            Ouvert,
            /// Avant un membre ou un élément (après une virgule).
            Element,
            /// Après un membre ou un élément.
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

    /// Les membres d'un objet dont le `{` a été lu : `membre` reçoit la clé
    /// et sa position, et doit lire (ou sauter) la valeur.
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

    /// Les éléments d'un tableau dont le `[` a été lu : `element` reçoit
    /// l'indice et doit lire (ou sauter) la valeur.
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

    /// Après la valeur racine : seuls des blancs peuvent suivre.
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

/// Les clés vues dans un objet, pour refuser les doublons comme le fait la
/// lecture en arbre.
#[derive(Debug)]
pub struct Vus {
    connus: Vec<bool>,
    /// Hachées : chaque clé est comparée aux quelques clés de même
    /// empreinte, pas à toutes les précédentes (80 000 clés inconnues
    /// faisaient 3·10⁹ comparaisons).
    inconnus: HashSet<Cle>,
}

/// Une clé inconnue ; ses comparaisons sont comptées (`operations`).
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

    /// Le membre `i` vu à `pos` ; une seconde fois est une erreur.
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

    /// Si le membre `i` a été vu.
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

    /// Saute un document entier, pour en contrôler la validité.
    fn valide(texte: &str) -> Result<(), ErreurJson> {
        let mut f = Flux::new(texte);
        let v = f.valeur()?;
        f.sauter(&v)?;
        f.fin()
    }

    proptest::proptest! {
        /// Le même verdict que serde_json (RFC 8259 strict) sur un texte
        /// presque JSON.
        #[test]
        fn s_accorde_avec_serde_json(t in r#"[\[\]{},: "\\a-z0-9.eE+\-ué\u{1}\n]{0,40}"#) {
            let texte = format!("[{t}]");
            let a = serde_json::from_str::<serde_json::Value>(&texte).is_ok();
            proptest::prop_assert_eq!(a, valide(&texte).is_ok(), "{}", t);
        }
    }

    #[test]
    fn la_profondeur_est_bornee_sans_recursion() {
        let t = "[".repeat(100_000);
        assert!(valide(&t).unwrap_err().message.contains("profonde"));
    }
}
