//! Tests of the syntax tree's canonical text (`ast.rs`, through
//! [`super::forme_canonique`]): apart from `ast.rs` because they parse,
//! and the parser builds the tree (`parser.rs` → `ast.rs`, never back).

use super::ast::*;
use super::{analyser, forme_canonique};
use sidoba::{Date, Decimal};

fn canon(s: &str) -> String {
    match forme_canonique(s) {
        Some(c) => c,
        None => panic!("{s} does not parse"),
    }
}

#[test]
fn texte_canonique() {
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
fn enfants_et_formes() {
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
            (0u16..=9999, 1u8..=12, 1u8..=28).prop_map(|(a, m, j)| Noeud::Date(Date::ymd(a, m, j))),
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
                (x.clone(), vec((multiplicatif, x.clone()), 1..4)).prop_map(move |(p, suite)| {
                    Noeud::Multiplicatif {
                        premier: b(p),
                        suite,
                    }
                }),
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
        fn le_texte_canonique_se_relit_en_le_meme_arbre(ast in arbre()) {
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

#[test]
fn les_references_sont_les_noms_lus_pas_les_litteraux() {
    let e = analyser(
        "somme(etp) >= 1 et statut = 'gmp' et contient(liste, 'X') ou renseigne(gmp) et nombre(t) > a + b",
    )
    .unwrap();
    assert_eq!(
        e.references(),
        ["etp", "statut", "liste", "gmp", "t", "a", "b"]
    );
}
