//! The parsed expression (syntax only, before typing) and its canonical
//! text.
//!
//! Chains of one operator are n-ary nodes rather than nested binary ones,
//! so that a 10 000-term sum is a flat list, not a 5 000-deep tree: every
//! walk over the tree (typing, evaluation, printing, code generation,
//! `Drop`) recurses only as deep as the parentheses and unary operators,
//! which the parser bounds.

use super::lexer::est_ident;
use sidoba::{Date, Decimal};
use std::fmt;

/// A node with its byte span in the expression. The span of a
/// parenthesised sub-expression includes its parentheses.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub noeud: Noeud,
    pub debut: usize,
    pub fin: usize,
}

/// A field or block named in the expression, with its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub code: String,
    pub debut: usize,
    pub fin: usize,
}

/// The `'CODE'` of `contient(champ, 'CODE')`, with its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeValeur {
    pub code: String,
    pub debut: usize,
    pub fin: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operateur {
    Plus,
    Moins,
    Fois,
    Divise,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Comparateur {
    Egal,
    Different,
    Inferieur,
    InferieurOuEgal,
    Superieur,
    SuperieurOuEgal,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Noeud {
    /// NOMBRE (never negative: `-1` is `Oppose(1)`).
    Nombre(Decimal),
    /// CHAINE, without its quotes.
    Chaine(String),
    /// `vrai` / `faux`.
    Booleen(bool),
    /// `d'YYYY-MM-DD'`.
    Date(Date),
    /// A field (or, mistakenly, a block) by its code.
    Reference(Reference),
    /// `renseigne(ref)`.
    Renseigne(Reference),
    /// `somme(ref)`.
    Somme(Reference),
    /// `nombre(ref)`.
    NombreDe(Reference),
    /// `contient(ref, 'CODE')`.
    Contient(Reference, CodeValeur),
    /// Unary `-`.
    Oppose(Box<Expr>),
    /// `non`.
    Non(Box<Expr>),
    /// `a + b - c`: `Plus` / `Moins` only, applied left to right.
    Additif {
        premier: Box<Expr>,
        suite: Vec<(Operateur, Expr)>,
    },
    /// `a * b / c`: `Fois` / `Divise` only, applied left to right.
    Multiplicatif {
        premier: Box<Expr>,
        suite: Vec<(Operateur, Expr)>,
    },
    Comparaison {
        gauche: Box<Expr>,
        op: Comparateur,
        droite: Box<Expr>,
    },
    /// `a et b et c` (two or more operands, none of them an `Et`).
    Et(Vec<Expr>),
    /// `a ou b ou c` (two or more operands, none of them an `Ou`).
    Ou(Vec<Expr>),
    /// `a => b`.
    Implique(Box<Expr>, Box<Expr>),
}

impl Operateur {
    pub fn symbole(self) -> &'static str {
        match self {
            Operateur::Plus => "+",
            Operateur::Moins => "-",
            Operateur::Fois => "*",
            Operateur::Divise => "/",
        }
    }
}

impl Comparateur {
    pub fn symbole(self) -> &'static str {
        match self {
            Comparateur::Egal => "=",
            Comparateur::Different => "!=",
            Comparateur::Inferieur => "<",
            Comparateur::InferieurOuEgal => "<=",
            Comparateur::Superieur => ">",
            Comparateur::SuperieurOuEgal => ">=",
        }
    }

    /// `=` and `!=`, the only comparisons of texts, codes and booleans.
    pub fn est_egalite(self) -> bool {
        matches!(self, Comparateur::Egal | Comparateur::Different)
    }

    /// Applies the comparison to an ordering (`gauche.cmp(droite)`).
    pub fn accepte(self, ordre: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            Comparateur::Egal => ordre == Equal,
            Comparateur::Different => ordre != Equal,
            Comparateur::Inferieur => ordre == Less,
            Comparateur::InferieurOuEgal => ordre != Greater,
            Comparateur::Superieur => ordre == Greater,
            Comparateur::SuperieurOuEgal => ordre != Less,
        }
    }
}

impl Expr {
    pub fn new(noeud: Noeud, debut: usize, fin: usize) -> Expr {
        Expr { noeud, debut, fin }
    }

    /// Calls `f` with each direct sub-expression, left to right.
    pub fn enfants<'a>(&'a self, mut f: impl FnMut(&'a Expr)) {
        match &self.noeud {
            Noeud::Nombre(_)
            | Noeud::Chaine(_)
            | Noeud::Booleen(_)
            | Noeud::Date(_)
            | Noeud::Reference(_)
            | Noeud::Renseigne(_)
            | Noeud::Somme(_)
            | Noeud::NombreDe(_)
            | Noeud::Contient(..) => {}
            Noeud::Oppose(e) | Noeud::Non(e) => f(e),
            Noeud::Additif { premier, suite } | Noeud::Multiplicatif { premier, suite } => {
                f(premier);
                suite.iter().for_each(|(_, e)| f(e));
            }
            Noeud::Comparaison { gauche, droite, .. } | Noeud::Implique(gauche, droite) => {
                f(gauche);
                f(droite);
            }
            Noeud::Et(v) | Noeud::Ou(v) => v.iter().for_each(f),
        }
    }

    /// The codes of the fields and blocks the expression names (`a`,
    /// `renseigne(a)`, `somme(a)`, `nombre(t)`, `contient(a, 'X')`), left to
    /// right, repeats included: string literals and code values are not
    /// names. Walked with a stack, as deep trees are allowed.
    pub fn references(&self) -> Vec<&str> {
        let mut out = Vec::new();
        let mut pile = vec![self];
        while let Some(e) = pile.pop() {
            if let Noeud::Reference(r)
            | Noeud::Renseigne(r)
            | Noeud::Somme(r)
            | Noeud::NombreDe(r)
            | Noeud::Contient(r, _) = &e.noeud
            {
                out.push(r.code.as_str());
            }
            let debut = pile.len();
            e.enfants(|x| pile.push(x));
            pile[debut..].reverse();
        }
        out
    }

    /// The same tree with every span set to 0, to compare shapes.
    pub fn sans_positions(&self) -> Expr {
        fn r(x: &Reference) -> Reference {
            Reference {
                code: x.code.clone(),
                debut: 0,
                fin: 0,
            }
        }
        fn b(e: &Expr) -> Box<Expr> {
            Box::new(e.sans_positions())
        }
        // Plain loops: iterator adaptors would add stack frames per level.
        fn suite(s: &[(Operateur, Expr)]) -> Vec<(Operateur, Expr)> {
            let mut v = Vec::with_capacity(s.len());
            for (o, e) in s {
                v.push((*o, e.sans_positions()));
            }
            v
        }
        fn liste(s: &[Expr]) -> Vec<Expr> {
            let mut v = Vec::with_capacity(s.len());
            for e in s {
                v.push(e.sans_positions());
            }
            v
        }
        let noeud = match &self.noeud {
            Noeud::Nombre(_) | Noeud::Chaine(_) | Noeud::Booleen(_) | Noeud::Date(_) => {
                self.noeud.clone()
            }
            Noeud::Reference(x) => Noeud::Reference(r(x)),
            Noeud::Renseigne(x) => Noeud::Renseigne(r(x)),
            Noeud::Somme(x) => Noeud::Somme(r(x)),
            Noeud::NombreDe(x) => Noeud::NombreDe(r(x)),
            Noeud::Contient(x, c) => Noeud::Contient(
                r(x),
                CodeValeur {
                    code: c.code.clone(),
                    debut: 0,
                    fin: 0,
                },
            ),
            Noeud::Oppose(e) => Noeud::Oppose(b(e)),
            Noeud::Non(e) => Noeud::Non(b(e)),
            Noeud::Additif { premier, suite: s } => Noeud::Additif {
                premier: b(premier),
                suite: suite(s),
            },
            Noeud::Multiplicatif { premier, suite: s } => Noeud::Multiplicatif {
                premier: b(premier),
                suite: suite(s),
            },
            Noeud::Comparaison { gauche, op, droite } => Noeud::Comparaison {
                gauche: b(gauche),
                op: *op,
                droite: b(droite),
            },
            Noeud::Et(v) => Noeud::Et(liste(v)),
            Noeud::Ou(v) => Noeud::Ou(liste(v)),
            Noeud::Implique(a, c) => Noeud::Implique(b(a), b(c)),
        };
        Expr::new(noeud, 0, 0)
    }
}

/// Binding strength, loosest first, as in the grammar.
fn niveau(n: &Noeud) -> u8 {
    match n {
        Noeud::Implique(..) => 0,
        Noeud::Ou(_) => 1,
        Noeud::Et(_) => 2,
        Noeud::Non(_) => 3,
        Noeud::Comparaison { .. } => 4,
        Noeud::Additif { .. } => 5,
        Noeud::Multiplicatif { .. } => 6,
        Noeud::Oppose(_) => 7,
        _ => 8,
    }
}

/// A reference as written: bare when it is an IDENT, else in backticks.
pub(crate) struct Nom<'a>(pub &'a str);

impl fmt::Display for Nom<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if est_ident(self.0) {
            f.write_str(self.0)
        } else {
            write!(f, "`{}`", self.0)
        }
    }
}

/// Prints `e`, in parentheses when it binds more loosely than `min`.
fn operande(f: &mut fmt::Formatter<'_>, e: &Expr, min: u8) -> fmt::Result {
    if niveau(&e.noeud) < min {
        write!(f, "({e})")
    } else {
        write!(f, "{e}")
    }
}

fn liste(f: &mut fmt::Formatter<'_>, v: &[Expr], mot: &str, min: u8, vide: &str) -> fmt::Result {
    if v.is_empty() {
        return f.write_str(vide);
    }
    for (i, e) in v.iter().enumerate() {
        if i > 0 {
            write!(f, " {mot} ")?;
        }
        operande(f, e, min)?;
    }
    Ok(())
}

/// The canonical text: single spaces around binary operators and after
/// `non` and commas, none inside parentheses, the fewest parentheses that
/// keep the tree, numbers without trailing zeros after the point, bare
/// names unless backticks are needed. Parsing it gives back the same tree.
impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.noeud {
            Noeud::Nombre(n) => write!(f, "{}", n.normalize()),
            Noeud::Chaine(s) => write!(f, "'{s}'"),
            Noeud::Booleen(b) => f.write_str(if *b { "vrai" } else { "faux" }),
            Noeud::Date(d) => write!(f, "d'{d}'"),
            Noeud::Reference(r) => write!(f, "{}", Nom(&r.code)),
            Noeud::Renseigne(r) => write!(f, "renseigne({})", Nom(&r.code)),
            Noeud::Somme(r) => write!(f, "somme({})", Nom(&r.code)),
            Noeud::NombreDe(r) => write!(f, "nombre({})", Nom(&r.code)),
            Noeud::Contient(r, c) => write!(f, "contient({}, '{}')", Nom(&r.code), c.code),
            Noeud::Oppose(e) => {
                f.write_str("-")?;
                operande(f, e, 7)
            }
            Noeud::Non(e) => {
                f.write_str("non ")?;
                operande(f, e, 3)
            }
            Noeud::Additif { premier, suite } | Noeud::Multiplicatif { premier, suite } => {
                // Left operands bind at the node's own level (left to
                // right), right ones one level tighter.
                let n = niveau(&self.noeud);
                operande(f, premier, n)?;
                for (op, e) in suite {
                    write!(f, " {} ", op.symbole())?;
                    operande(f, e, n + 1)?;
                }
                Ok(())
            }
            Noeud::Comparaison { gauche, op, droite } => {
                operande(f, gauche, 5)?;
                write!(f, " {} ", op.symbole())?;
                operande(f, droite, 5)
            }
            Noeud::Et(v) => liste(f, v, "et", 3, "vrai"),
            Noeud::Ou(v) => liste(f, v, "ou", 2, "faux"),
            Noeud::Implique(a, b) => {
                operande(f, a, 1)?;
                f.write_str(" => ")?;
                operande(f, b, 1)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{analyser, forme_canonique};
    use super::*;

    fn canon(s: &str) -> String {
        match forme_canonique(s) {
            Some(c) => c,
            None => panic!("{s} does not parse"),
        }
    }

    #[test]
    fn canonical_text() {
        assert_eq!(canon("  a+b   *c=d "), "a + b * c = d");
        assert_eq!(canon("((a)) = (b)"), "a = b");
        assert_eq!(canon("(a + b) * c"), "(a + b) * c");
        assert_eq!(canon("(a - b) - c"), "a - b - c");
        assert_eq!(canon("a - (b - c)"), "a - (b - c)");
        assert_eq!(canon("a / (b * c)"), "a / (b * c)");
        assert_eq!(canon("non (a = b)"), "non a = b");
        assert_eq!(canon("non (a et b)"), "non (a et b)");
        assert_eq!(canon("(non a) et b"), "non a et b");
        assert_eq!(canon("a et (b ou c)"), "a et (b ou c)");
        assert_eq!(canon("(a et b) ou c"), "a et b ou c");
        assert_eq!(canon("a et (b et c)"), "a et b et c");
        assert_eq!(canon("(a => b) => c"), "(a => b) => c");
        assert_eq!(canon("a => (b => c)"), "a => (b => c)");
        assert_eq!(canon("(a ou b) => (c et d)"), "a ou b => c et d");
        assert_eq!(canon("(a < b) = c"), "(a < b) = c");
        assert_eq!(canon("- -1"), "--1");
        assert_eq!(canon("-(a+b)"), "-(a + b)");
        assert_eq!(canon("(-a)*b"), "-a * b");
        assert_eq!(canon("-(a*b)"), "-(a * b)");
        assert_eq!(canon("a = (-b)"), "a = -b");
        assert_eq!(canon("1.50 + 007 + 0.000"), "1.5 + 7 + 0");
        assert_eq!(
            canon("`nombre-de-lits` + `somme` + `etp` + `d`"),
            "`nombre-de-lits` + `somme` + etp + d"
        );
        assert_eq!(
            canon("contient( actions ,'X' ) et renseigne ( `a b` )"),
            "contient(actions, 'X') et renseigne(`a b`)"
        );
        assert_eq!(
            canon("somme(\n etp )>nombre(effectifs)"),
            "somme(etp) > nombre(effectifs)"
        );
        assert_eq!(
            canon("d = d'2025-01-31' ou v = vrai ou w != faux"),
            "d = d'2025-01-31' ou v = vrai ou w != faux"
        );
        assert_eq!(forme_canonique("a +"), None);
        // Same meaning, different text: whitespace and redundant parentheses only.
        assert_eq!(
            canon("nb_residents<=(nombre_de_places)"),
            canon("nb_residents <= nombre_de_places")
        );
        assert_ne!(canon("a - (b - c)"), canon("a - b - c"));
    }

    #[test]
    fn children_and_shapes() {
        let e = analyser("a + b * c = -d").unwrap_or_else(|e| panic!("{e}"));
        let mut vus = Vec::new();
        e.enfants(|x| vus.push(x.to_string()));
        assert_eq!(vus, ["a + b * c", "-d"]);
        let f = analyser("a+b*c=-d").unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(e, f, "spans differ");
        assert_eq!(e.sans_positions(), f.sans_positions());
    }

    mod proprietes {
        use super::*;
        use proptest::collection::vec;
        use proptest::prelude::*;

        fn code() -> impl Strategy<Value = String> {
            prop_oneof![
                "[a-z_][a-z0-9_]{0,6}",
                "[A-Za-z]{1,3}[ -][a-zé0-9]{1,3}",
                "[0-9][a-z]{0,3}",
                Just("somme".to_owned()),
                Just("d".to_owned()),
                Just("et".to_owned()),
            ]
        }

        fn reference(code: String) -> Reference {
            Reference {
                code,
                debut: 0,
                fin: 0,
            }
        }

        fn feuille() -> impl Strategy<Value = Expr> {
            prop_oneof![
                (0i64..100_000, 0u32..5).prop_map(|(m, s)| Noeud::Nombre(Decimal::new(m, s))),
                "[A-Za-z0-9_ é-]{0,6}".prop_map(Noeud::Chaine),
                any::<bool>().prop_map(Noeud::Booleen),
                (0u16..=9999, 1u8..=12, 1u8..=28)
                    .prop_map(|(a, m, j)| Noeud::Date(Date::ymd(a, m, j))),
                code().prop_map(|c| Noeud::Reference(reference(c))),
                code().prop_map(|c| Noeud::Renseigne(reference(c))),
                code().prop_map(|c| Noeud::Somme(reference(c))),
                code().prop_map(|c| Noeud::NombreDe(reference(c))),
                (code(), "[A-Z_0-9]{0,8}").prop_map(|(c, v)| Noeud::Contient(
                    reference(c),
                    CodeValeur {
                        code: v,
                        debut: 0,
                        fin: 0
                    }
                )),
            ]
            .prop_map(|n| Expr::new(n, 0, 0))
        }

        fn arbre() -> impl Strategy<Value = Expr> {
            feuille().prop_recursive(6, 64, 4, |x| {
                let b = |e: Expr| Box::new(e);
                let additif = prop_oneof![Just(Operateur::Plus), Just(Operateur::Moins)];
                let multiplicatif = prop_oneof![Just(Operateur::Fois), Just(Operateur::Divise)];
                let comparateur = prop_oneof![
                    Just(Comparateur::Egal),
                    Just(Comparateur::Different),
                    Just(Comparateur::Inferieur),
                    Just(Comparateur::InferieurOuEgal),
                    Just(Comparateur::Superieur),
                    Just(Comparateur::SuperieurOuEgal),
                ];
                prop_oneof![
                    x.clone().prop_map(move |e| Noeud::Oppose(b(e))),
                    x.clone().prop_map(move |e| Noeud::Non(b(e))),
                    (x.clone(), vec((additif, x.clone()), 1..4)).prop_map(move |(p, suite)| {
                        Noeud::Additif {
                            premier: b(p),
                            suite,
                        }
                    }),
                    (x.clone(), vec((multiplicatif, x.clone()), 1..4)).prop_map(
                        move |(p, suite)| Noeud::Multiplicatif {
                            premier: b(p),
                            suite
                        }
                    ),
                    (x.clone(), comparateur, x.clone()).prop_map(move |(g, op, d)| {
                        Noeud::Comparaison {
                            gauche: b(g),
                            op,
                            droite: b(d),
                        }
                    }),
                    vec(x.clone(), 2..4).prop_map(Noeud::Et),
                    vec(x.clone(), 2..4).prop_map(Noeud::Ou),
                    (x.clone(), x).prop_map(move |(a, c)| Noeud::Implique(b(a), b(c))),
                ]
                .prop_map(|n| Expr::new(n, 0, 0))
            })
        }

        /// Every compound operand in (doubled) parentheses, with odd white
        /// space: the same tree as the canonical text, written badly.
        fn bruyant(e: &Expr) -> String {
            fn op(e: &Expr) -> String {
                match e.noeud {
                    Noeud::Nombre(_)
                    | Noeud::Chaine(_)
                    | Noeud::Booleen(_)
                    | Noeud::Date(_)
                    | Noeud::Reference(_)
                    | Noeud::Renseigne(_)
                    | Noeud::Somme(_)
                    | Noeud::NombreDe(_)
                    | Noeud::Contient(..) => format!(" ( {} )\t", e),
                    _ => format!("(( \n{}))", bruyant(e)),
                }
            }
            match &e.noeud {
                Noeud::Oppose(x) => format!("-{}", op(x)),
                Noeud::Non(x) => format!("non{}", op(x)),
                Noeud::Additif { premier, suite } | Noeud::Multiplicatif { premier, suite } => {
                    let mut s = op(premier);
                    for (o, x) in suite {
                        s.push_str(o.symbole());
                        s.push_str(&op(x));
                    }
                    s
                }
                Noeud::Comparaison {
                    gauche,
                    op: c,
                    droite,
                } => format!("{}{}{}", op(gauche), c.symbole(), op(droite)),
                Noeud::Et(v) => v.iter().map(op).collect::<Vec<_>>().join("et"),
                Noeud::Ou(v) => v.iter().map(op).collect::<Vec<_>>().join("ou"),
                Noeud::Implique(a, c) => format!("{}=>{}", op(a), op(c)),
                _ => e.to_string(),
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]

            #[test]
            fn canonical_text_parses_back_to_the_same_tree(ast in arbre()) {
                let x = bruyant(&ast);
                let p = analyser(&x).map_err(|e| TestCaseError::fail(e.rendre(&x)))?;
                let c = p.to_string();
                let q = analyser(&c).map_err(|e| TestCaseError::fail(e.rendre(&c)))?;
                // parse(display(parse(x))) == parse(x)
                prop_assert_eq!(q.sans_positions(), p.sans_positions(), "{} → {}", x, c);
                // The canonical text ignores white space and parentheses.
                let direct = analyser(&ast.to_string()).map_err(|e| TestCaseError::fail(e.rendre(&c)))?;
                prop_assert_eq!(direct.to_string(), c.clone());
                prop_assert!(c.trim() == c, "{}", c);
            }
        }
    }
}

#[cfg(test)]
mod tests_references {
    #[test]
    fn references_are_the_names_read_not_the_literals() {
        let e = super::super::analyser(
            "somme(etp) >= 1 et statut = 'gmp' et contient(liste, 'X') ou renseigne(gmp) et nombre(t) > a + b",
        )
        .unwrap();
        assert_eq!(
            e.references(),
            ["etp", "statut", "liste", "gmp", "t", "a", "b"]
        );
    }
}
