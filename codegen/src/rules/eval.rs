//! Interpreting a typed rule on a report: the model-driven validator behind
//! `sidoba validate`. Generated validators compile the same semantics to
//! Rust and share the arithmetic ([`sidoba::__private_v1::regle`]), so both agree.

use super::typee::*;
use sidoba::__private_v1::regle::{self, Nombre};
use sidoba::{Date, Decimal};
use std::collections::{BTreeSet, HashSet};

/// The outcome of a rule on a report (or on one row, for a row rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// The condition holds.
    Respectee,
    /// The condition does not hold: a finding.
    Violee,
    /// The rule does not apply (a field it reads is not filled, a
    /// division by zero): it passes.
    NonApplicable,
}

impl Verdict {
    /// No finding.
    pub fn passe(self) -> bool {
        self != Verdict::Violee
    }
}

/// The value of a `multiple` code field, whatever the caller stores.
pub trait EnsembleCodes {
    fn contient(&self, code: &str) -> bool;
}

impl EnsembleCodes for Vec<&str> {
    fn contient(&self, code: &str) -> bool {
        self.contains(&code)
    }
}

impl EnsembleCodes for Vec<String> {
    fn contient(&self, code: &str) -> bool {
        self.iter().any(|c| c == code)
    }
}

impl EnsembleCodes for BTreeSet<String> {
    fn contient(&self, code: &str) -> bool {
        self.contains(code)
    }
}

impl EnsembleCodes for HashSet<String> {
    fn contient(&self, code: &str) -> bool {
        self.contains(code)
    }
}

/// A value as rules see it. `entier` and `decimal` fields are both
/// `Nombre`.
#[derive(Clone, Copy)]
pub enum ValeurRegle<'a> {
    Nombre(Decimal),
    Date(Date),
    Texte(&'a str),
    Code(&'a str),
    Codes(&'a dyn EnsembleCodes),
    Booleen(bool),
}

/// The report a rule is evaluated on, positioned on the current row for a
/// row rule.
///
/// A value that is absent, or present but failed its own field's checks,
/// is `None`: for rules it is not filled.
pub trait Environnement {
    /// The value of a field: at top level for [`Portee::Racine`], in the
    /// current row for [`Portee::Ligne`].
    fn valeur(&self, champ: &ChampRef) -> Option<ValeurRegle<'_>>;

    /// The number of rows of a table ([`LignesRef::portee`]: a top-level
    /// table, or one nested in the current row), whatever their content.
    fn nombre_lignes(&self, lignes: &LignesRef) -> usize;

    /// Calls `f` with the value of numeric field `champ` in each row of the
    /// table, in row order, skipping rows where it is not filled.
    fn valeurs_lignes(&self, lignes: &LignesRef, champ: &str, f: &mut dyn FnMut(Decimal));
}

/// Evaluates a rule.
///
/// 1. If a field of [`RegleTypee::lus`] is not filled, the rule does not
///    apply: decided before evaluating anything.
/// 2. Otherwise every operand is evaluated: `et`, `ou` and `=>` do not
///    short-circuit, so that a division by zero or an overflow anywhere
///    makes the whole rule not apply, whatever the order of the operands
///    (WS02). `A => B` holds when `A` is false, once `B` is defined.
pub fn evaluer(regle: &RegleTypee, env: &dyn Environnement) -> Verdict {
    if regle.lus.iter().any(|c| env.valeur(c).is_none()) {
        return Verdict::NonApplicable;
    }
    match condition(&regle.condition, env) {
        Some(true) => Verdict::Respectee,
        Some(false) => Verdict::Violee,
        None => Verdict::NonApplicable,
    }
}

/// `None`: the rule does not apply.
fn condition(c: &Condition, env: &dyn Environnement) -> Option<bool> {
    sidoba::__private_v1::operations::compter();
    Some(match c {
        Condition::Constante(b) => *b,
        Condition::Booleen(champ) => match env.valeur(champ)? {
            ValeurRegle::Booleen(b) => b,
            _ => return None,
        },
        Condition::Renseigne(champ) => env.valeur(champ).is_some(),
        Condition::Contient { champ, code, .. } => match env.valeur(champ)? {
            ValeurRegle::Codes(s) => s.contient(code),
            _ => return None,
        },
        Condition::Non(x) => !condition(x, env)?,
        // Stopping at the first `None` is no short-circuit: `None` anywhere
        // is the verdict.
        Condition::Et(v) => v
            .iter()
            .try_fold(true, |r, x| Some(condition(x, env)? & r))?,
        Condition::Ou(v) => v
            .iter()
            .try_fold(false, |r, x| Some(condition(x, env)? | r))?,
        Condition::Implique(a, b) => {
            let (a, b) = (condition(a, env)?, condition(b, env)?);
            !a || b
        }
        Condition::Nombres { gauche, op, droite } => {
            let g = numerique(gauche, env)?;
            op.accepte(g.cmp(&numerique(droite, env)?))
        }
        Condition::Dates { gauche, op, droite } => {
            op.accepte(date(gauche, env)?.cmp(&date(droite, env)?))
        }
        Condition::Textes { gauche, op, droite }
        | Condition::Codes {
            gauche, op, droite, ..
        } => op.accepte(chaine(gauche, env)?.cmp(chaine(droite, env)?)),
        Condition::Booleens { gauche, op, droite } => {
            op.accepte(booleen(gauche, env)?.cmp(&booleen(droite, env)?))
        }
    })
}

/// `None`: a division by zero, or a value that is not a number.
fn numerique(n: &Numerique, env: &dyn Environnement) -> Option<Nombre> {
    sidoba::__private_v1::operations::compter();
    match n {
        Numerique::Constante(d) => Some(Nombre::from(*d)),
        Numerique::Champ(c) => match env.valeur(c)? {
            ValeurRegle::Nombre(d) => Some(Nombre::from(d)),
            _ => None,
        },
        Numerique::Somme { champ, lignes, .. } => {
            let mut total = Nombre::from(Decimal::ZERO);
            env.valeurs_lignes(lignes, champ, &mut |v| {
                total = regle::plus(
                    std::mem::replace(&mut total, Nombre::from(Decimal::ZERO)),
                    v,
                )
            });
            Some(total)
        }
        Numerique::Nombre(lignes) => Some(Nombre::from(env.nombre_lignes(lignes))),
        Numerique::Oppose(x) => numerique(x, env).map(regle::oppose),
        Numerique::Operation { premier, suite } => {
            let mut acc = numerique(premier, env)?;
            for (op, x) in suite {
                let x = numerique(x, env)?;
                acc = match op {
                    super::Operateur::Plus => regle::plus(acc, x),
                    super::Operateur::Moins => regle::moins(acc, x),
                    super::Operateur::Fois => regle::fois(acc, x),
                    super::Operateur::Divise => regle::divise(acc, x)?,
                };
            }
            Some(acc)
        }
    }
}

fn date(t: &TermeDate, env: &dyn Environnement) -> Option<Date> {
    match t {
        TermeDate::Constante(d) => Some(*d),
        TermeDate::Champ(c) => match env.valeur(c)? {
            ValeurRegle::Date(d) => Some(d),
            _ => None,
        },
    }
}

fn chaine<'a>(t: &'a TermeChaine, env: &'a dyn Environnement) -> Option<&'a str> {
    match t {
        TermeChaine::Constante(s) => Some(s),
        TermeChaine::Champ(c) => match env.valeur(c)? {
            ValeurRegle::Texte(s) | ValeurRegle::Code(s) => Some(s),
            _ => None,
        },
    }
}

fn booleen(t: &TermeBooleen, env: &dyn Environnement) -> Option<bool> {
    match t {
        TermeBooleen::Constante(b) => Some(*b),
        TermeBooleen::Champ(c) => match env.valeur(c)? {
            ValeurRegle::Booleen(b) => Some(b),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::essai::{modele, regle};
    use super::super::verifier;
    use super::*;
    use Verdict::*;
    use std::collections::HashMap;

    #[derive(Clone)]
    enum V {
        N(&'static str),
        D(&'static str),
        T(&'static str),
        B(bool),
        Cs(Vec<&'static str>),
    }

    type Ligne = HashMap<&'static str, V>;

    /// A report: top-level values, the current row, and tables.
    #[derive(Default)]
    struct Env {
        racine: Ligne,
        ligne: Ligne,
        tables: HashMap<(&'static str, Portee), Vec<Ligne>>,
    }

    impl Env {
        fn avec(mut self, code: &'static str, v: V) -> Env {
            self.racine.insert(code, v);
            self
        }

        fn ligne(mut self, code: &'static str, v: V) -> Env {
            self.ligne.insert(code, v);
            self
        }

        fn table(
            mut self,
            bloc: &'static str,
            portee: Portee,
            lignes: Vec<Vec<(&'static str, V)>>,
        ) -> Env {
            self.tables.insert(
                (bloc, portee),
                lignes
                    .into_iter()
                    .map(|l| l.into_iter().collect())
                    .collect(),
            );
            self
        }
    }

    fn nombre(s: &str) -> Decimal {
        sidoba::__private_v1::decimal::lire(s).unwrap_or_else(|| panic!("{s}"))
    }

    impl Environnement for Env {
        fn valeur(&self, champ: &ChampRef) -> Option<ValeurRegle<'_>> {
            let m = if champ.portee == Portee::Racine {
                &self.racine
            } else {
                &self.ligne
            };
            Some(match m.get(champ.code.as_str())? {
                V::N(s) => ValeurRegle::Nombre(nombre(s)),
                V::D(s) => ValeurRegle::Date(s.parse().ok()?),
                V::T(s) if matches!(champ.sorte, Sorte::Code { .. }) => ValeurRegle::Code(s),
                V::T(s) => ValeurRegle::Texte(s),
                V::B(b) => ValeurRegle::Booleen(*b),
                V::Cs(v) => ValeurRegle::Codes(v),
            })
        }

        fn nombre_lignes(&self, lignes: &LignesRef) -> usize {
            self.tables
                .get(&(lignes.bloc.as_str(), lignes.portee))
                .map_or(0, Vec::len)
        }

        fn valeurs_lignes(&self, lignes: &LignesRef, champ: &str, f: &mut dyn FnMut(Decimal)) {
            for l in self
                .tables
                .get(&(lignes.bloc.as_str(), lignes.portee))
                .into_iter()
                .flatten()
            {
                if let Some(V::N(s)) = l.get(champ) {
                    f(nombre(s));
                }
            }
        }
    }

    fn eval(expression: &str, bloc: Option<&str>, env: &Env) -> Verdict {
        match verifier(&modele(), &regle(expression, bloc)) {
            Ok(t) => evaluer(&t, env),
            Err(e) => panic!("{}", e[0].rendre(expression)),
        }
    }

    fn places(n: &'static str, residents: &'static str) -> Env {
        Env::default()
            .avec("nb_places", V::N(n))
            .avec("nb_residents", V::N(residents))
    }

    #[test]
    fn comparisons() {
        let e = places("80", "84");
        assert_eq!(eval("nb_residents <= nb_places", None, &e), Violee);
        assert_eq!(eval("nb_residents > nb_places", None, &e), Respectee);
        assert_eq!(eval("nb_residents = nb_places + 4", None, &e), Respectee);
        assert_eq!(
            eval("nb_residents != 84.000", None, &e),
            Violee,
            "numbers compare by value"
        );
        assert_eq!(eval("-nb_places < 0 et --1 = 1", None, &e), Respectee);
        let e = Env::default()
            .avec("nom", V::T("Les Tilleuls"))
            .avec("nom_bis", V::T("les tilleuls"))
            .avec("statut", V::T("PNL"))
            .avec("statut_bis", V::T("PNL"))
            .avec("pasa", V::B(true))
            .avec("uhr", V::B(false))
            .avec("date_avis", V::D("2025-03-01"))
            .avec("date_signature", V::D("2025-02-28"));
        assert_eq!(
            eval("nom = 'Les Tilleuls' et nom != nom_bis", None, &e),
            Respectee
        );
        assert_eq!(
            eval(
                "statut = 'PNL' et statut = statut_bis et statut != 'PUB'",
                None,
                &e
            ),
            Respectee
        );
        assert_eq!(
            eval("pasa et non uhr et pasa = vrai et uhr != pasa", None, &e),
            Respectee
        );
        assert_eq!(eval("date_signature >= date_avis", None, &e), Violee);
        assert_eq!(
            eval(
                "date_avis > d'2025-02-28' et date_avis <= d'2025-03-01'",
                None,
                &e
            ),
            Respectee
        );
        assert_eq!(eval("faux ou vrai", None, &e), Respectee);
    }

    #[test]
    fn absent_values_make_the_rule_not_apply() {
        let e = places("80", "84");
        // gmp is absent: the rule does not apply, whatever else it says.
        assert_eq!(
            eval("nb_residents <= nb_places et gmp > 0", None, &e),
            NonApplicable
        );
        assert_eq!(
            eval("faux => gmp > 0", None, &e),
            NonApplicable,
            "decided before evaluating"
        );
        assert_eq!(eval("renseigne(gmp) ou gmp > 0", None, &e), NonApplicable);
        assert_eq!(eval("pasa", None, &e), NonApplicable);
        assert_eq!(
            eval("contient(actions, 'PLAN_BLEU')", None, &e),
            NonApplicable
        );
        // renseigne, somme, nombre read no value.
        assert_eq!(eval("renseigne(gmp)", None, &e), Violee);
        assert_eq!(
            eval("non renseigne(gmp) => nb_places > 0", None, &e),
            Respectee
        );
        assert_eq!(
            eval(
                "renseigne(nb_places) et somme(etp) = 0 et nombre(effectifs) = 0",
                None,
                &e
            ),
            Respectee
        );
        assert!(NonApplicable.passe() && Respectee.passe() && !Violee.passe());
    }

    #[test]
    fn implication() {
        let e = places("80", "84").avec("pasa", V::B(false));
        assert_eq!(
            eval("pasa => nb_places > 100", None, &e),
            Respectee,
            "false premise"
        );
        let e = places("80", "84").avec("pasa", V::B(true));
        assert_eq!(eval("pasa => nb_places > 100", None, &e), Violee);
        assert_eq!(eval("pasa => nb_places > 10", None, &e), Respectee);
        // A false left side passes, but a division by zero on the right
        // still makes the rule not apply (both pass: no finding).
        assert_eq!(
            eval(
                "nb_places != 0 => nb_residents / nb_places > 1",
                None,
                &places("0", "3")
            ),
            NonApplicable
        );
    }

    #[test]
    fn arithmetic_failures_make_the_rule_not_apply() {
        assert_eq!(
            eval("nb_residents / nb_places > 1", None, &places("0", "3")),
            NonApplicable
        );
        assert_eq!(
            eval(
                "nb_residents / (nb_places - nb_places) = 0 ou vrai",
                None,
                &places("7", "3")
            ),
            NonApplicable
        );
        // Wherever the division stands.
        assert_eq!(
            eval("vrai ou nb_residents / 0 = 1", None, &places("7", "3")),
            NonApplicable
        );
        // Not an overflow: arithmetic is exact at any size.
        let grand = "9223372036854775807";
        let e = places(grand, grand);
        assert_eq!(
            eval("nb_places * nb_residents * nb_places > 0", None, &e),
            Respectee
        );
        assert_eq!(eval("nb_places + nb_residents > 0", None, &e), Respectee);
    }

    /// Products and sums of valid values are exact whatever their size:
    /// a rule never passes because its arithmetic overflowed.
    #[test]
    fn arithmetic_beyond_a_decimal_is_exact() {
        let a = "12345678901.123456789";
        let e = places(a, a);
        // a² = 152415787526596755677.488187881…
        let carre = "nb_places * nb_residents";
        assert_eq!(
            eval(&format!("{carre} <= 100000000000000000000"), None, &e),
            Violee
        );
        assert_eq!(
            eval(&format!("{carre} > 152415787526596755677"), None, &e),
            Respectee
        );
        assert_eq!(eval(&format!("{carre} - {carre} = 0"), None, &e), Respectee);
        assert_eq!(
            eval(&format!("{carre} / nb_places = nb_residents"), None, &e),
            Respectee
        );
        let grand = "79228162514264337593543950335";
        let e = places(grand, grand);
        assert_eq!(
            eval("nb_places * nb_residents * nb_places > 0", None, &e),
            Respectee
        );
        assert_eq!(
            eval("nb_places + nb_residents > nb_places", None, &e),
            Respectee
        );
        assert_eq!(eval("-nb_places - nb_residents < 0", None, &e), Respectee);
    }

    proptest::proptest! {
        /// Over values a decimal field can hold (up to 28 digits, up to 9
        /// decimals), products, sums and their inverses always decide.
        #[test]
        fn arithmetic_over_field_values_always_decides(
            ea in "-?[1-9][0-9]{0,18}", da in "[0-9]{0,9}",
            eb in "-?[1-9][0-9]{0,18}", db in "[0-9]{0,9}",
        ) {
            let (a, b) = (format!("{ea}.{da}0"), format!("{eb}.{db}0"));
            let (a, b): (&'static str, &'static str) = (a.leak(), b.leak());
            let e = places(a, b);
            for r in [
                "nb_places * nb_residents - nb_residents * nb_places = 0",
                "nb_places * nb_residents / nb_residents = nb_places",
                "(nb_places + nb_residents) * (nb_places - nb_residents) = nb_places * nb_places - nb_residents * nb_residents",
            ] {
                proptest::prop_assert_eq!(eval(r, None, &e), Respectee, "{} with {} and {}", r, a, b);
            }
        }
    }

    /// WS02: a division by zero makes the rule not apply wherever it
    /// stands; the verdict never depends on the order of the operands.
    #[test]
    fn a_division_by_zero_does_not_depend_on_operand_order() {
        let e = places("0", "3");
        for r in [
            "nb_residents = 2 et nb_residents / nb_places = 1",
            "nb_residents / nb_places = 1 et nb_residents = 2",
            "nb_residents = 3 ou nb_residents / nb_places = 1",
            "nb_residents / nb_places = 1 ou nb_residents = 3",
            "nb_residents = 2 => nb_residents / nb_places = 1",
            "nb_residents / nb_places = 1 => nb_residents = 3",
            "non (faux et nb_residents / nb_places = 1)",
        ] {
            assert_eq!(eval(r, None, &e), NonApplicable, "{r}");
        }
    }

    /// Every pair of atoms, combined by `et`, `ou` and `=>` in both orders,
    /// on reports with zero divisors, absent fields and overflows: `et` and
    /// `ou` commute, `p => q` is `non p ou q`, and the rule does not apply
    /// exactly when one of its atoms does not apply on its own.
    #[test]
    fn verdicts_do_not_depend_on_operand_order() {
        const ATOMES: &[&str] = &[
            "vrai",
            "faux",
            "nb_places = 2",
            "nb_residents / nb_places = 1",
            "nb_places / nb_residents >= 0",
            "gmp > 0",
            "renseigne(gmp)",
            "nb_places * 79228162514264337593543950335 > 0",
            "somme(etp) / nombre(effectifs) > 1",
        ];
        let mut envs = Vec::new();
        for a in [None, Some("0"), Some("1"), Some("2"), Some("3")] {
            for b in [None, Some("0"), Some("2")] {
                for gmp in [None, Some("-1"), Some("1.5")] {
                    for lignes in [0, 2] {
                        let mut e = Env::default().table(
                            "effectifs",
                            Portee::Racine,
                            vec![vec![("etp", V::N("3"))]; lignes],
                        );
                        for (code, v) in [("nb_places", a), ("nb_residents", b), ("gmp", gmp)] {
                            if let Some(v) = v {
                                e = e.avec(code, V::N(v));
                            }
                        }
                        envs.push(e);
                    }
                }
            }
        }
        let m = modele();
        let typer = |r: String| match verifier(&m, &regle(&r, None)) {
            Ok(t) => t,
            Err(e) => panic!("{}", e[0].rendre(&r)),
        };
        let mut vus = HashSet::new();
        for p in ATOMES {
            for q in ATOMES {
                let [p_seul, q_seul, et, te, ou, uo, implique, non_ou, ou_non] = [
                    p.to_string(),
                    q.to_string(),
                    format!("{p} et {q}"),
                    format!("{q} et {p}"),
                    format!("{p} ou {q}"),
                    format!("{q} ou {p}"),
                    format!("{p} => {q}"),
                    format!("non ({p}) ou {q}"),
                    format!("{q} ou non ({p})"),
                ]
                .map(typer);
                for e in &envs {
                    let v = |t: &RegleTypee| evaluer(t, e);
                    assert_eq!(v(&et), v(&te), "{p} et {q}");
                    assert_eq!(v(&ou), v(&uo), "{p} ou {q}");
                    assert_eq!(v(&implique), v(&non_ou), "{p} => {q}");
                    assert_eq!(v(&implique), v(&ou_non), "{p} => {q}");
                    let inapplicable = v(&p_seul) == NonApplicable || v(&q_seul) == NonApplicable;
                    for r in [&et, &ou, &implique] {
                        assert_eq!(v(r) == NonApplicable, inapplicable, "{p} / {q}");
                        vus.insert(v(r));
                    }
                }
            }
        }
        assert_eq!(vus.len(), 3, "every verdict met");
    }

    #[test]
    fn division_is_rounded_half_even_to_nine_places() {
        let e = places("3", "1");
        assert_eq!(
            eval("nb_residents / nb_places = 0.333333333", None, &e),
            Respectee
        );
        assert_eq!(
            eval("nb_residents / nb_places * 3 = 0.999999999", None, &e),
            Respectee
        );
        assert_eq!(eval("2 / nb_places = 0.666666667", None, &e), Respectee);
        // 1 / 2 000 000 000 = 0.0000000005: the even neighbour is 0.
        assert_eq!(eval("nb_residents / 2000000000 = 0", None, &e), Respectee);
        assert_eq!(eval("3 / 2000000000 = 0.000000002", None, &e), Respectee);
        assert_eq!(eval("5 / 2000000000 = 0.000000002", None, &e), Respectee);
        // Exact otherwise: 0.1 + 0.2 = 0.3.
        assert_eq!(eval("0.1 + 0.2 = 0.3", None, &e), Respectee);
    }

    #[test]
    fn sums_and_counts() {
        let e = places("80", "84").table(
            "effectifs",
            Portee::Racine,
            vec![
                vec![("etp", V::N("6.5")), ("categorie", V::T("IDE"))],
                vec![("categorie", V::T("AS"))],
                vec![("etp", V::N("21.25"))],
            ],
        );
        assert_eq!(
            eval("somme(etp) = 27.75", None, &e),
            Respectee,
            "absent values skipped"
        );
        assert_eq!(
            eval("nombre(effectifs) = 3", None, &e),
            Respectee,
            "rows counted whatever their content"
        );
        assert_eq!(eval("somme(nb_personnes) = 0", None, &e), Respectee);
        assert_eq!(
            eval(
                "somme(etp) = 0 et nombre(conventions) = 0",
                None,
                &places("1", "1")
            ),
            Respectee,
            "no rows"
        );
        let e = e.table(
            "effectifs",
            Portee::Racine,
            vec![vec![("etp", V::N("79228162514264337593543950335"))]; 2],
        );
        // Beyond a Decimal, still exact: 2 × (2⁹⁶ − 1).
        assert_eq!(
            eval(
                "somme(etp) - 79228162514264337593543950335 = 79228162514264337593543950335",
                None,
                &e
            ),
            Respectee
        );
    }

    #[test]
    fn contient() {
        let e = Env::default()
            .avec("actions", V::Cs(vec!["VACC_GRIPPE"]))
            .avec("nb_places", V::N("0"));
        assert_eq!(
            eval("contient(actions, 'VACC_GRIPPE')", None, &e),
            Respectee
        );
        assert_eq!(eval("contient(actions, 'PLAN_BLEU')", None, &e), Violee);
        assert_eq!(
            eval(
                "contient(actions, 'VACC_GRIPPE') => nb_places > 0",
                None,
                &e
            ),
            Violee
        );
        let vide = Env::default().avec("actions", V::Cs(vec![]));
        assert_eq!(
            eval(
                "renseigne(actions) et non contient(actions, 'VACC_GRIPPE')",
                None,
                &vide
            ),
            Respectee
        );
    }

    #[test]
    fn row_rules() {
        let ligne = |etp: &'static str| {
            Env::default()
                .avec("nb_places", V::N("80"))
                .ligne("etp", V::N(etp))
                .ligne("categorie", V::T("IDE"))
                .table(
                    "formations",
                    Portee::Ligne,
                    vec![vec![("heures", V::N("7.5"))], vec![("heures", V::N("3"))]],
                )
                .table("effectifs", Portee::Racine, vec![vec![], vec![]])
        };
        let r = "etp > 0 et etp < nb_places et categorie = 'IDE'";
        assert_eq!(eval(r, Some("effectifs"), &ligne("6.5")), Respectee);
        assert_eq!(eval(r, Some("effectifs"), &ligne("0")), Violee);
        assert_eq!(
            eval("etp_vacants >= 0", Some("effectifs"), &ligne("1")),
            NonApplicable
        );
        // Tables in the current row, and at top level, from a row rule.
        assert_eq!(
            eval(
                "somme(heures) = 10.5 et nombre(formations) = 2",
                Some("effectifs"),
                &ligne("1")
            ),
            Respectee
        );
        assert_eq!(
            eval("nombre(effectifs) = 2", Some("effectifs"), &ligne("1")),
            Respectee
        );
    }

    #[test]
    fn the_deepest_and_longest_rules_evaluate() {
        let n = crate::rules::PROFONDEUR_MAX;
        let e = places("2", "3");
        let s = format!(
            "{}nb_places{} = {}",
            "(1 + ".repeat(n - 1),
            ")".repeat(n - 1),
            n + 1
        );
        assert_eq!(eval(&s, None, &e), Respectee);
        let s = format!("{}vrai", "non ".repeat(n));
        assert_eq!(eval(&s, None, &e), Respectee);
        let s = format!("{} = 15000", vec!["nb_residents"; 5_000].join(" + "));
        assert_eq!(eval(&s, None, &e), Respectee);
        let s = vec!["nb_places < nb_residents"; 3_000].join(" et ");
        assert_eq!(eval(&s, None, &e), Respectee);
    }

    /// A tree as deep as the parser allows, repeating `debut … fin`.
    fn le_plus_profond(debut: &str, centre: &str, fin: &str, suite: &str) -> String {
        let s = |k: usize| format!("{}{centre}{}{suite}", debut.repeat(k), fin.repeat(k));
        let k = (1..)
            .find(|&k| super::super::analyser(&s(k + 1)).is_err())
            .unwrap_or(1);
        s(k)
    }

    /// Typing, evaluation, printing and dropping recurse over the tree: at
    /// the deepest the parser allows, 1 MB of stack is enough in a debug
    /// build (test threads have 2 MB, main threads 8 MB).
    #[test]
    fn the_deepest_trees_fit_in_a_small_stack() {
        let cas = [
            le_plus_profond("-(1 + 2 * ", "nb_places", ")", " > 0"),
            le_plus_profond("non (pasa ou pasa et ", "pasa", ")", ""),
            le_plus_profond("(pasa => ", "pasa", ")", ""),
            le_plus_profond("(1 + ", "nb_places", ")", " > 0"),
            le_plus_profond("non (pasa ou pasa et ", "nom", ")", ""),
            le_plus_profond("(nb_places = 1) = (", "nom", ")", ""),
            le_plus_profond("-(1 + 2 * ", "nom", ")", " > 0"),
        ];
        for s in cas {
            let bien_type = !s.contains("nom");

            let fil = std::thread::Builder::new()
                .stack_size(1 << 20)
                .spawn(move || {
                    let e = places("2", "3").avec("pasa", V::B(true));
                    let verdict = verifier(&modele(), &regle(&s, None))
                        .ok()
                        .map(|t| evaluer(&t, &e));
                    let arbre =
                        super::super::analyser(&s).map(|a| (a.to_string(), a.sans_positions(), a));
                    (verdict, arbre.is_ok())
                });
            let (verdict, analyse) = fil
                .and_then(|f| f.join().map_err(|_| std::io::Error::other("panique")))
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(analyse);
            // Only the well-typed ones evaluate.
            assert_eq!(verdict.is_some(), bien_type, "{verdict:?}");
        }
    }
}
