//! Tokens → syntax tree, for the grammar of the format (WS02 "Expression
//! language"):
//!
//! ```text
//! expression  := implication
//! implication := disjonction [ "=>" disjonction ]      (does not chain)
//! disjonction := conjonction { "ou" conjonction }
//! conjonction := negation { "et" negation }
//! negation    := "non" negation | comparaison
//! comparaison := somme [ op somme ]                    (does not chain)
//! somme       := produit { ("+" | "-") produit }
//! produit     := unaire { ("*" | "/") unaire }
//! unaire      := "-" unaire | primaire
//! primaire    := NOMBRE | CHAINE | vrai | faux | DATE | reference
//!              | fonction | "(" expression ")"
//! ```
//!
//! The binary levels are parsed by precedence climbing, which accepts
//! exactly this language and builds the same trees as a descent with one
//! function per rule. Its recursion is made explicit (a heap stack), so
//! parsing takes no call stack whatever the input.
//!
//! Nesting is bounded all the same, for the walks over the tree (typing,
//! evaluation, printing, code generation) that recurse: parentheses and
//! unary operators (`-`, `non`) together nest at most [`PROFONDEUR_MAX`]
//! deep, and so does the tree itself (`a => (b ou c et d = e + f * (…))`
//! nests six nodes in one pair of parentheses); deeper expressions are
//! refused. Chains of one operator are flat lists in the tree and cost no
//! depth.

use super::ast::{CodeValeur, Comparateur, Expr, Noeud, Operateur, Reference};
use super::erreur::{ErreurRegle, citer};
use super::lexer::{Jeton, Sorte, decouper};
use sidoba::__private_v1::operations;

/// Deepest nesting of parentheses and unary operators, and deepest tree.
///
/// Every level costs stack in each walk over the tree (typing, evaluation,
/// code generation, then rustc on the generated code): several kilobytes
/// in debug builds. 64 is far beyond real rules (the sample models nest 7
/// deep) and keeps the deepest tree within 1 MB of stack in debug builds.
pub const PROFONDEUR_MAX: usize = 64;

/// Parses a whole expression; the first fault stops.
pub fn analyser(expression: &str) -> Result<Expr, ErreurRegle> {
    let jetons = decouper(expression)?;
    if jetons.is_empty() {
        return Err(ErreurRegle::new(0, expression.len(), "expression vide"));
    }
    let mut p = Parseur {
        source: expression,
        jetons,
        pos: 0,
        profondeur: 0,
    };
    let e = p.expression()?;
    match p.jetons.get(p.pos) {
        None => match trop_profond(&e) {
            None => Ok(e),
            Some(x) => Err(ErreurRegle::new(
                x.debut,
                x.fin,
                format!(
                    "expression trop imbriquée : plus de {PROFONDEUR_MAX} niveaux d'opérations les unes dans les autres"
                ),
            )),
        },
        Some(j) if j.sorte == Sorte::ParFermante => Err(ErreurRegle::new(
            j.debut,
            j.fin,
            "« ) » sans « ( » correspondante",
        )),
        Some(j) => Err(ErreurRegle::new(
            j.debut,
            j.fin,
            format!("opérateur attendu après {}", p.precedent()),
        )),
    }
}

type R<T> = Result<T, ErreurRegle>;

struct Parseur<'s> {
    source: &'s str,
    jetons: Vec<Jeton<'s>>,
    pos: usize,
    profondeur: usize,
}

impl<'s> Parseur<'s> {
    fn courant(&self) -> Option<&Jeton<'s>> {
        self.jetons.get(self.pos)
    }

    fn voit(&self, s: &Sorte<'_>) -> bool {
        self.courant().is_some_and(|j| &j.sorte == s)
    }

    fn texte(&self, j: &Jeton<'_>) -> &'s str {
        self.source.get(j.debut..j.fin).unwrap_or("")
    }

    /// `« x »`, the token before the current one.
    fn precedent(&self) -> String {
        match self.pos.checked_sub(1).and_then(|i| self.jetons.get(i)) {
            Some(j) => citer(self.texte(j)),
            None => "le début".into(),
        }
    }

    /// An error at the current token, or just after the last one.
    fn erreur_ici(&self, message: String) -> ErreurRegle {
        match self.courant() {
            Some(j) => ErreurRegle::new(j.debut, j.fin, message),
            None => ErreurRegle::new(self.source.len(), self.source.len(), message),
        }
    }

    /// The whole expression.
    ///
    /// Precedence climbing, with the recursion made explicit: `pile`
    /// holds what a recursive parser would keep in its stack frames, so
    /// that parsing takes no stack whatever the input. `expression(min)`,
    /// an expression whose binary operators bind at least at level `min`
    /// (see [`binaire`]), parses a prefix (`non x`, `-x`, `( … )` or a
    /// primary), then while the next operator binds at `min` or tighter,
    /// its right operand as `expression(level + 1)` (left to right).
    fn expression(&mut self) -> R<Expr> {
        let mut pile = vec![Cadre::Expression {
            min: 0,
            gauche: None,
            non_chainable: None,
        }];
        // `Err(min)`: a prefix of an expression at level `min` is to be
        // parsed; `Ok(e)`: `e` is parsed, for the frame on top of `pile`.
        let mut etat: Result<Expr, u8> = Err(0);
        loop {
            match etat {
                Err(min) => {
                    let Some(j) = self.courant() else {
                        etat = Ok(self.primaire()?);
                        continue;
                    };
                    let (sorte, debut) = (j.sorte.clone(), j.debut);
                    etat = match sorte {
                        // The operand of `non` is a negation: comparisons
                        // and arithmetic, or another `non`.
                        Sorte::Non if min <= NIVEAU_NON => {
                            self.entrer()?;
                            pile.push(Cadre::Unaire { non: true, debut });
                            pile.push(Cadre::Expression {
                                min: NIVEAU_NON,
                                gauche: None,
                                non_chainable: None,
                            });
                            Err(NIVEAU_NON)
                        }
                        // The operand of `-` is a primary or another `-`.
                        Sorte::Moins => {
                            self.entrer()?;
                            pile.push(Cadre::Unaire { non: false, debut });
                            Err(NIVEAU_UNAIRE)
                        }
                        Sorte::ParOuvrante => {
                            self.entrer()?;
                            pile.push(Cadre::Parentheses { debut });
                            pile.push(Cadre::Expression {
                                min: 0,
                                gauche: None,
                                non_chainable: None,
                            });
                            Err(0)
                        }
                        _ => Ok(self.primaire()?),
                    };
                    if etat.is_err() {
                        // The prefix token.
                        self.pos += 1;
                    }
                }
                Ok(e) => {
                    let Some(cadre) = pile.pop() else {
                        return Ok(e);
                    };
                    etat = match cadre {
                        Cadre::Unaire { non, debut } => {
                            self.profondeur -= 1;
                            Ok(unaire(non, debut, e))
                        }
                        Cadre::Parentheses { debut } => {
                            self.profondeur -= 1;
                            Ok(self.fermer(e, debut)?)
                        }
                        Cadre::Expression {
                            min,
                            gauche,
                            non_chainable,
                        } => {
                            let e = match gauche {
                                Some((g, op)) => combiner(g, op, e),
                                None => e,
                            };
                            match self
                                .courant()
                                .and_then(|j| binaire(&j.sorte))
                                .filter(|&(_, n)| n >= min)
                            {
                                None => Ok(e),
                                Some((op, niveau)) => {
                                    if non_chainable == Some(niveau) {
                                        return Err(self.enchainement(op));
                                    }
                                    self.pos += 1;
                                    let nc =
                                        matches!(op, Binaire::Implique | Binaire::Comparaison(_))
                                            .then_some(niveau);
                                    pile.push(Cadre::Expression {
                                        min,
                                        gauche: Some((e, op)),
                                        non_chainable: nc,
                                    });
                                    pile.push(Cadre::Expression {
                                        min: niveau + 1,
                                        gauche: None,
                                        non_chainable: None,
                                    });
                                    Err(niveau + 1)
                                }
                            }
                        }
                    };
                }
            }
        }
    }

    /// Enters a parenthesis or unary operator (the current token).
    fn entrer(&mut self) -> R<()> {
        self.profondeur += 1;
        if self.profondeur > PROFONDEUR_MAX {
            return Err(self.erreur_ici(format!(
                "expression trop imbriquée : plus de {PROFONDEUR_MAX} niveaux de parenthèses ou d'opérateurs \
                 unaires (« - », « non »)"
            )));
        }
        Ok(())
    }

    fn enchainement(&self, op: Binaire) -> ErreurRegle {
        let message = if op == Binaire::Implique {
            "« => » ne s'enchaîne pas : mettre des parenthèses, p. ex. « a => (b => c) »"
        } else {
            "les comparaisons ne s'enchaînent pas : écrire p. ex. « a < b et b < c »"
        };
        self.erreur_ici(message.into())
    }

    /// The `)` closing the `(` at byte `debut`.
    fn fermer(&mut self, mut e: Expr, debut: usize) -> R<Expr> {
        match self.courant() {
            Some(f) if f.sorte == Sorte::ParFermante => {
                e.debut = debut;
                e.fin = f.fin;
                self.pos += 1;
                Ok(e)
            }
            _ => Err(self.erreur_ici(format!(
                "« ) » attendu pour fermer la « ( » de l'octet {debut} (après {})",
                self.precedent()
            ))),
        }
    }

    /// A primary other than `( expression )`: a literal, a reference or a
    /// function.
    fn primaire(&mut self) -> R<Expr> {
        let Some(j) = self.courant().cloned() else {
            return Err(self.erreur_ici(format!(
                "expression incomplète : opérande attendu après {}",
                self.precedent()
            )));
        };
        let noeud = match &j.sorte {
            Sorte::Nombre(n) => Noeud::Nombre(*n),
            Sorte::Chaine(s) => Noeud::Chaine((*s).to_owned()),
            Sorte::Date(d) => Noeud::Date(*d),
            Sorte::Vrai => Noeud::Booleen(true),
            Sorte::Faux => Noeud::Booleen(false),
            Sorte::Ident(c) | Sorte::Echappe(c) => Noeud::Reference(Reference {
                code: (*c).to_owned(),
                debut: j.debut,
                fin: j.fin,
            }),
            Sorte::Renseigne | Sorte::Somme | Sorte::NombreDe | Sorte::Contient => {
                return self.fonction(&j);
            }
            _ => {
                let message = if self.pos == 0 {
                    format!("opérande attendu au début, pas {}", citer(self.texte(&j)))
                } else {
                    format!(
                        "opérande attendu après {}, pas {}",
                        self.precedent(),
                        citer(self.texte(&j))
                    )
                };
                return Err(ErreurRegle::new(j.debut, j.fin, message));
            }
        };
        self.pos += 1;
        Ok(Expr::new(noeud, j.debut, j.fin))
    }

    /// `renseigne(ref)`, `somme(ref)`, `nombre(ref)`, `contient(ref, 'CODE')`.
    fn fonction(&mut self, nom: &Jeton<'s>) -> R<Expr> {
        let texte = self.texte(nom);
        self.pos += 1;
        self.attendre(
            &Sorte::ParOuvrante,
            &format!("« ( » attendu après « {texte} »"),
        )?;
        let r = match self.courant().map(|j| (&j.sorte, j.debut, j.fin)) {
            Some((Sorte::Ident(c) | Sorte::Echappe(c), debut, fin)) => Reference {
                code: (*c).to_owned(),
                debut,
                fin,
            },
            _ => {
                let quoi = if nom.sorte == Sorte::NombreDe {
                    "bloc répétable"
                } else {
                    "champ"
                };
                return Err(self.erreur_ici(format!("{texte}(…) attend le code d'un {quoi}")));
            }
        };
        self.pos += 1;
        let noeud = match nom.sorte {
            Sorte::Renseigne => Noeud::Renseigne(r),
            Sorte::Somme => Noeud::Somme(r),
            Sorte::NombreDe => Noeud::NombreDe(r),
            _ => {
                self.attendre(&Sorte::Virgule, "« , » attendue : contient(champ, 'CODE')")?;
                let code = match self.courant().map(|j| (&j.sorte, j.debut, j.fin)) {
                    Some((Sorte::Chaine(c), debut, fin)) => CodeValeur {
                        code: (*c).to_owned(),
                        debut,
                        fin,
                    },
                    _ => {
                        return Err(self.erreur_ici(
                            "code entre apostrophes attendu : contient(champ, 'CODE')".into(),
                        ));
                    }
                };
                self.pos += 1;
                Noeud::Contient(r, code)
            }
        };
        let fin = self.courant().map_or(self.source.len(), |j| j.fin);
        self.attendre(
            &Sorte::ParFermante,
            &format!("« ) » attendu pour fermer {texte}(…)"),
        )?;
        Ok(Expr::new(noeud, nom.debut, fin))
    }

    fn attendre(&mut self, s: &Sorte<'_>, message: &str) -> R<()> {
        if self.voit(s) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.erreur_ici(message.to_owned()))
        }
    }
}

/// Binary operators and their levels, loosest first: `=>` 0, `ou` 1,
/// `et` 2, (`non` 3), comparisons 4, `+ -` 5, `* /` 6, (unary `-` 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Binaire {
    Implique,
    Ou,
    Et,
    Comparaison(Comparateur),
    Arithmetique(Operateur),
}

/// Level of `non`: its operand holds comparisons and arithmetic, not `et`.
const NIVEAU_NON: u8 = 3;
/// Level of unary `-`: its operand is a primary (or another `-`).
const NIVEAU_UNAIRE: u8 = 7;

fn binaire(s: &Sorte<'_>) -> Option<(Binaire, u8)> {
    use Binaire::*;
    Some(match s {
        Sorte::Implique => (Implique, 0),
        Sorte::Ou => (Ou, 1),
        Sorte::Et => (Et, 2),
        Sorte::Egal => (Comparaison(Comparateur::Egal), 4),
        Sorte::Different => (Comparaison(Comparateur::Different), 4),
        Sorte::Inferieur => (Comparaison(Comparateur::Inferieur), 4),
        Sorte::InferieurOuEgal => (Comparaison(Comparateur::InferieurOuEgal), 4),
        Sorte::Superieur => (Comparaison(Comparateur::Superieur), 4),
        Sorte::SuperieurOuEgal => (Comparaison(Comparateur::SuperieurOuEgal), 4),
        Sorte::Plus => (Arithmetique(Operateur::Plus), 5),
        Sorte::Moins => (Arithmetique(Operateur::Moins), 5),
        Sorte::Fois => (Arithmetique(Operateur::Fois), 6),
        Sorte::Divise => (Arithmetique(Operateur::Divise), 6),
        _ => return None,
    })
}

/// The node for `gauche op droite`. Chains are flat: a left operand of the
/// same arithmetic level joins (`(a + b) + c` is `a + b + c`, left to
/// right), and `et` / `ou`, associative, take in operands of their own
/// kind on both sides; a right arithmetic operand is kept (`a - (b + c)`).
fn combiner(gauche: Expr, op: Binaire, droite: Expr) -> Expr {
    let (debut, fin) = (gauche.debut, droite.fin);
    let noeud = match op {
        Binaire::Implique => Noeud::Implique(Box::new(gauche), Box::new(droite)),
        Binaire::Comparaison(op) => Noeud::Comparaison {
            gauche: Box::new(gauche),
            op,
            droite: Box::new(droite),
        },
        Binaire::Et | Binaire::Ou => {
            let et = op == Binaire::Et;
            // The left operand's list grows in place: a chain of n terms
            // costs n moves, not n²/2 (a fresh list per `et` did).
            let mut v = match gauche.noeud {
                Noeud::Et(sous) if et => sous,
                Noeud::Ou(sous) if !et => sous,
                n => vec![Expr::new(n, gauche.debut, gauche.fin)],
            };
            let avant = v.len();
            match droite.noeud {
                Noeud::Et(sous) if et => v.extend(sous),
                Noeud::Ou(sous) if !et => v.extend(sous),
                n => v.push(Expr::new(n, droite.debut, droite.fin)),
            }
            (avant..v.len()).for_each(|_| operations::compter());
            if et { Noeud::Et(v) } else { Noeud::Ou(v) }
        }
        Binaire::Arithmetique(op) => {
            let additif = matches!(op, Operateur::Plus | Operateur::Moins);
            match gauche.noeud {
                Noeud::Additif { premier, mut suite } if additif => {
                    suite.push((op, droite));
                    Noeud::Additif { premier, suite }
                }
                Noeud::Multiplicatif { premier, mut suite } if !additif => {
                    suite.push((op, droite));
                    Noeud::Multiplicatif { premier, suite }
                }
                n => {
                    let premier = Box::new(Expr::new(n, gauche.debut, gauche.fin));
                    let suite = vec![(op, droite)];
                    if additif {
                        Noeud::Additif { premier, suite }
                    } else {
                        Noeud::Multiplicatif { premier, suite }
                    }
                }
            }
        }
    };
    Expr::new(noeud, debut, fin)
}

/// The first node below more than [`PROFONDEUR_MAX`] operations in the
/// tree, if any (walked with a heap stack).
fn trop_profond(e: &Expr) -> Option<&Expr> {
    let mut pile = vec![(e, 0)];
    while let Some((e, p)) = pile.pop() {
        if p > PROFONDEUR_MAX {
            return Some(e);
        }
        e.enfants(|x| pile.push((x, p + 1)));
    }
    None
}

/// What a recursive parser would keep on its stack.
enum Cadre {
    /// `expression(min)`: the left operand so far and the operator waiting
    /// for its right operand, if any.
    Expression {
        min: u8,
        gauche: Option<(Expr, Binaire)>,
        non_chainable: Option<u8>,
    },
    /// `non` / `-` at byte `debut`, waiting for its operand.
    Unaire { non: bool, debut: usize },
    /// `(` at byte `debut`, waiting for its expression and `)`.
    Parentheses { debut: usize },
}

/// `non e` or `-e`.
fn unaire(non: bool, debut: usize, e: Expr) -> Expr {
    let fin = e.fin;
    let noeud = if non {
        Noeud::Non(Box::new(e))
    } else {
        Noeud::Oppose(Box::new(e))
    };
    Expr::new(noeud, debut, fin)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arbre(s: &str) -> Expr {
        match analyser(s) {
            Ok(e) => e,
            Err(e) => panic!("{}", e.rendre(s)),
        }
    }

    /// The fault: (debut, fin, message).
    fn faute(s: &str) -> (usize, usize, String) {
        match analyser(s) {
            Ok(e) => panic!("{s}: accepted as {e}"),
            Err(e) => (e.debut, e.fin, e.message),
        }
    }

    fn meme(a: &str, b: &str) -> bool {
        arbre(a).sans_positions() == arbre(b).sans_positions()
    }

    fn r(code: &str, debut: usize) -> Expr {
        Expr::new(
            Noeud::Reference(Reference {
                code: code.into(),
                debut,
                fin: debut + code.len(),
            }),
            debut,
            debut + code.len(),
        )
    }

    #[test]
    fn precedence_follows_the_grammar() {
        // `*` before `+` before comparisons before `non` before `et` before `ou` before `=>`.
        let e = arbre("a + b * c = d");
        let Noeud::Comparaison {
            gauche,
            op: Comparateur::Egal,
            droite,
        } = e.noeud
        else {
            panic!("{e:?}")
        };
        assert_eq!(*droite, r("d", 12));
        let Noeud::Additif { premier, suite } = gauche.noeud else {
            panic!()
        };
        assert_eq!(*premier, r("a", 0));
        assert_eq!(suite.len(), 1);
        assert!(matches!(
            &suite[0],
            (
                Operateur::Plus,
                Expr {
                    noeud: Noeud::Multiplicatif { .. },
                    debut: 4,
                    fin: 9
                }
            )
        ));
        assert!(meme(
            "non a = b et c ou d => e",
            "(((non (a = b)) et c) ou d) => e"
        ));
        assert!(meme("-a * b", "(-a) * b"));
        assert!(meme("- - a", "-(-a)"));
        assert!(meme("non non a", "non (non a)"));
        assert!(meme("a - b - c", "(a - b) - c"));
        assert!(!meme("a - b - c", "a - (b - c)"));
        assert!(meme("a / b * c", "(a / b) * c"));
    }

    #[test]
    fn chains_are_flat_lists() {
        let e = arbre("a + b - c + d");
        let Noeud::Additif { suite, .. } = &e.noeud else {
            panic!()
        };
        let ops: Vec<Operateur> = suite.iter().map(|(o, _)| *o).collect();
        assert_eq!(ops, [Operateur::Plus, Operateur::Moins, Operateur::Plus]);
        // A parenthesised left operand is the same tree; a right one is kept.
        assert!(meme("(a + b) + c", "a + b + c"));
        assert!(meme("((a * b)) / c", "a * b / c"));
        assert!(!meme("a + (b + c)", "a + b + c"));
        assert!(!meme("(a + b) * c", "a + b * c"));
        // `et` and `ou` are associative: any parenthesised operand joins.
        assert!(meme("a et (b et c)", "a et b et c"));
        assert!(meme("(a ou b) ou (c ou d)", "a ou b ou c ou d"));
        assert!(!meme("a et (b ou c)", "a et b ou c"));
        let Noeud::Et(v) = arbre("a et (b et c) et d").noeud else {
            panic!()
        };
        assert_eq!(v.len(), 4);
    }

    #[test]
    fn spans_cover_the_source() {
        let e = arbre("(a + b) * c");
        assert_eq!((e.debut, e.fin), (0, 11));
        let Noeud::Multiplicatif { premier, .. } = &e.noeud else {
            panic!()
        };
        assert_eq!((premier.debut, premier.fin), (0, 7), "parentheses included");
        let e = arbre("contient(`x y`, 'A') et renseigne(b)");
        let Noeud::Et(v) = &e.noeud else { panic!() };
        assert_eq!((v[0].debut, v[0].fin), (0, 20));
        let Noeud::Contient(r, c) = &v[0].noeud else {
            panic!()
        };
        assert_eq!((r.code.as_str(), r.debut, r.fin), ("x y", 9, 14));
        assert_eq!((c.code.as_str(), c.debut, c.fin), ("A", 16, 19));
        assert_eq!((v[1].debut, v[1].fin), (24, 36));
        let e = arbre("-x");
        assert_eq!((e.debut, e.fin), (0, 2));
    }

    #[test]
    fn every_primary() {
        let e = arbre(
            "nombre(b) + somme(f) >= 1.5 et d = d'2025-01-31' et c = 'X' et v = vrai et w != faux",
        );
        assert_eq!(
            e.to_string(),
            "nombre(b) + somme(f) >= 1.5 et d = d'2025-01-31' et c = 'X' et v = vrai et w != faux"
        );
    }

    #[test]
    fn implication_and_comparisons_do_not_chain() {
        assert_eq!(
            faute("a => b => c"),
            (
                7,
                9,
                "« => » ne s'enchaîne pas : mettre des parenthèses, p. ex. « a => (b => c) »"
                    .into()
            )
        );
        assert!(meme("a => (b => c)", "a => (b => c)"));
        arbre("(a => b) => c");
        assert_eq!(
            faute("a < b < c"),
            (
                6,
                7,
                "les comparaisons ne s'enchaînent pas : écrire p. ex. « a < b et b < c »".into()
            )
        );
        assert_eq!(faute("a = b != c").0, 6);
        arbre("(a < b) = c");
    }

    #[test]
    fn faults_name_what_was_expected() {
        assert_eq!(
            faute("(a + b"),
            (
                6,
                6,
                "« ) » attendu pour fermer la « ( » de l'octet 0 (après « b »)".into()
            )
        );
        assert_eq!(
            faute("(a + b c"),
            (
                7,
                8,
                "« ) » attendu pour fermer la « ( » de l'octet 0 (après « b »)".into()
            )
        );
        assert_eq!(
            faute("a + b)"),
            (5, 6, "« ) » sans « ( » correspondante".into())
        );
        assert_eq!(faute("a b"), (2, 3, "opérateur attendu après « a »".into()));
        assert_eq!(
            faute("nb_places 12"),
            (10, 12, "opérateur attendu après « nb_places »".into())
        );
        assert_eq!(
            faute("a +"),
            (
                3,
                3,
                "expression incomplète : opérande attendu après « + »".into()
            )
        );
        assert_eq!(
            faute("a = * b"),
            (4, 5, "opérande attendu après « = », pas « * »".into())
        );
        assert_eq!(
            faute("a = = b"),
            (4, 5, "opérande attendu après « = », pas « = »".into())
        );
        assert_eq!(
            faute("* b"),
            (0, 1, "opérande attendu au début, pas « * »".into())
        );
        assert_eq!(
            faute("a = )"),
            (4, 5, "opérande attendu après « = », pas « ) »".into())
        );
        assert_eq!(faute(""), (0, 0, "expression vide".into()));
        assert_eq!(faute("  \n"), (0, 3, "expression vide".into()));
        assert_eq!(
            faute("()"),
            (1, 2, "opérande attendu après « ( », pas « ) »".into())
        );
        assert_eq!(
            faute("a et"),
            (
                4,
                4,
                "expression incomplète : opérande attendu après « et »".into()
            )
        );
        // Keywords are not names.
        assert_eq!(
            faute("somme + 1"),
            (6, 7, "« ( » attendu après « somme »".into())
        );
        assert_eq!(
            faute("x = nombre"),
            (10, 10, "« ( » attendu après « nombre »".into())
        );
        assert_eq!(
            faute("somme(1) > 0"),
            (6, 7, "somme(…) attend le code d'un champ".into())
        );
        assert_eq!(
            faute("nombre('b') > 0"),
            (7, 10, "nombre(…) attend le code d'un bloc répétable".into())
        );
        assert_eq!(
            faute("renseigne(a"),
            (11, 11, "« ) » attendu pour fermer renseigne(…)".into())
        );
        assert_eq!(
            faute("renseigne(a, b)"),
            (11, 12, "« ) » attendu pour fermer renseigne(…)".into())
        );
        assert_eq!(
            faute("contient(a)"),
            (10, 11, "« , » attendue : contient(champ, 'CODE')".into())
        );
        assert_eq!(
            faute("contient(a, b)"),
            (
                12,
                13,
                "code entre apostrophes attendu : contient(champ, 'CODE')".into()
            )
        );
        assert_eq!(
            faute("contient(a, 'X' 'Y')"),
            (16, 19, "« ) » attendu pour fermer contient(…)".into())
        );
        // Lexical faults come through.
        assert_eq!(
            faute("a = 'x").2,
            "chaîne non terminée : « ' » fermante attendue"
        );
    }

    #[test]
    fn nesting_is_bounded() {
        let profond = format!(
            "{}a{}",
            "(".repeat(PROFONDEUR_MAX),
            ")".repeat(PROFONDEUR_MAX)
        );
        assert_eq!(arbre(&profond).sans_positions(), r("a", 0).sans_positions());
        let trop = format!(
            "{}a{}",
            "(".repeat(PROFONDEUR_MAX + 1),
            ")".repeat(PROFONDEUR_MAX + 1)
        );
        let (debut, fin, message) = faute(&trop);
        assert_eq!((debut, fin), (PROFONDEUR_MAX, PROFONDEUR_MAX + 1));
        assert!(
            message.starts_with(&format!(
                "expression trop imbriquée : plus de {PROFONDEUR_MAX} niveaux"
            )),
            "{message}"
        );
        // Unary operators count too, mixed with parentheses.
        assert!(
            faute(&format!("{}a", "- ".repeat(300)))
                .2
                .starts_with("expression trop imbriquée")
        );
        assert!(
            faute(&format!("{}a", "non ".repeat(300)))
                .2
                .starts_with("expression trop imbriquée")
        );
        assert!(
            faute(&format!("{}a{}", "(-".repeat(200), ")".repeat(200)))
                .2
                .starts_with("expression trop imbriquée")
        );
        arbre(&format!("{}a", "non ".repeat(PROFONDEUR_MAX)));
    }

    #[test]
    fn hostile_sizes_do_not_crash() {
        // 100 000 nested parentheses: refused at the limit, no stack overflow.
        let s = format!("{}a{}", "(".repeat(100_000), ")".repeat(100_000));
        assert!(faute(&s).2.starts_with("expression trop imbriquée"));
        let s = "(".repeat(100_000);
        assert!(faute(&s).2.starts_with("expression trop imbriquée"));
        // A 10 000-token expression is one flat node.
        let s = format!("{} = 0", vec!["a"; 5_000].join(" + "));
        let e = arbre(&s);
        let Noeud::Comparaison { gauche, .. } = &e.noeud else {
            panic!()
        };
        let Noeud::Additif { suite, .. } = &gauche.noeud else {
            panic!()
        };
        assert_eq!(suite.len(), 4_999);
        assert_eq!(e.to_string(), s);
        // Long `et` chains are flat, and so are left-nested parentheses.
        let s = vec!["a = 1"; 5_000].join(" et ");
        assert!(matches!(arbre(&s).noeud, Noeud::Et(ref v) if v.len() == 5_000));
        let n = PROFONDEUR_MAX;
        let s = format!("{}a{}", "(".repeat(n), " + a)".repeat(n));
        assert!(matches!(arbre(&s).noeud, Noeud::Additif { ref suite, .. } if suite.len() == n));
    }

    mod proprietes {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn never_panics_on_any_text(s in "\\PC{0,80}") {
                let _ = analyser(&s);
            }

            #[test]
            fn never_panics_on_token_soup(
                v in proptest::collection::vec(
                    prop_oneof![
                        Just("a"), Just("`b c`"), Just("1.5"), Just("'X'"), Just("d'2025-01-01'"), Just("("),
                        Just(")"), Just(","), Just("=>"), Just("="), Just("!="), Just("<"), Just(">="), Just("+"),
                        Just("-"), Just("*"), Just("/"), Just("et"), Just("ou"), Just("non"), Just("vrai"),
                        Just("somme"), Just("nombre"), Just("contient"), Just("renseigne"), Just("'"), Just("`"),
                        Just("d'"), Just("é"), Just("!"), Just("."),
                    ],
                    0..40,
                ),
                sep in prop_oneof![Just(""), Just(" ")],
            ) {
                let s = v.join(sep);
                if let Ok(e) = analyser(&s) {
                    // Whatever parses has a canonical form that parses back to it.
                    let c = e.to_string();
                    let f = analyser(&c).map(|x| x.sans_positions());
                    prop_assert_eq!(f, Ok(e.sans_positions()), "{} → {}", s, c);
                }
            }
        }
    }
}
