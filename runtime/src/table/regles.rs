//! Les règles compilées : la table (code, sévérité, message, fonction)
//! que le code généré remplit, la vue qu'elles ont d'une valeur, et le
//! parcours qui en fait des constats.

use super::disposition::Membre;
use crate::descripteur::Champ;
use crate::{Code, Codes, Date, Decimal};

/// What the compiled rules see of a value: the value if it passed its own
/// field's checks, else nothing (`verif::pour_regles`, by type).
pub trait PourRegles {
    type Vue<'v>
    where
        Self: 'v;
    fn vue<'v>(&'v self, champ: &Champ<'_>) -> Option<Self::Vue<'v>>;
}

/// A field's value as the rules see it.
pub fn lu<'v, S, V: PourRegles>(m: &Membre<S>, v: &'v V) -> Option<V::Vue<'v>> {
    v.vue(m.champ())
}

macro_rules! pour_regles {
    ($($t:ty => $vue:ty, |$v:ident, $c:ident| $e:expr;)*) => {$(
        // `i64::from` on an `i64`; `'v` is what some views borrow.
        #[allow(clippy::useless_conversion, clippy::needless_lifetimes)]
        impl PourRegles for Option<$t> {
            type Vue<'v> = $vue;
            fn vue<'v>(&'v self, $c: &Champ<'_>) -> Option<$vue> {
                let $v = self;
                $e
            }
        }
    )*};
}
use crate::verif::pour_regles as pr;
pour_regles! {
    u8 => Decimal, |v, c| pr::entier(c, v.map(i64::from));
    u16 => Decimal, |v, c| pr::entier(c, v.map(i64::from));
    u32 => Decimal, |v, c| pr::entier(c, v.map(i64::from));
    i8 => Decimal, |v, c| pr::entier(c, v.map(i64::from));
    i16 => Decimal, |v, c| pr::entier(c, v.map(i64::from));
    i32 => Decimal, |v, c| pr::entier(c, v.map(i64::from));
    i64 => Decimal, |v, c| pr::entier(c, *v);
    Decimal => Decimal, |v, c| pr::decimal(c, v.as_ref());
    String => &'v str, |v, c| pr::texte(c, v.as_deref());
    Date => Date, |v, c| pr::date(c, *v);
}

impl<C: Code> PourRegles for Option<C> {
    type Vue<'v> = C;
    fn vue(&self, champ: &Champ<'_>) -> Option<C> {
        pr::code(champ, *self)
    }
}

impl<C: Code> PourRegles for Option<Codes<C>> {
    type Vue<'v> = &'v Codes<C>;
    fn vue<'v>(&'v self, champ: &Champ<'_>) -> Option<&'v Codes<C>> {
        pr::codes(champ, self.as_ref())
    }
}

/// A compiled rule: its finding, and a plain function for its expression.
pub struct Regle<S: 'static> {
    pub code: &'static str,
    pub severite: crate::Severite,
    pub message: &'static str,
    pub test: Test<S>,
}

pub enum Test<S: 'static> {
    /// A rule on the report: `Some(false)` is a finding, `None` does not apply.
    Rapport(fn(&S) -> Option<bool>),
    /// A rule on rows: gives the path of each row where it fails, in row order.
    Lignes(fn(&S, &mut dyn FnMut(String))),
}

pub const fn regle_rapport<S>(
    code: &'static str,
    severite: crate::Severite,
    message: &'static str,
    test: fn(&S) -> Option<bool>,
) -> Regle<S> {
    Regle {
        code,
        severite,
        message,
        test: Test::Rapport(test),
    }
}

pub const fn regle_lignes<S>(
    code: &'static str,
    severite: crate::Severite,
    message: &'static str,
    test: fn(&S, &mut dyn FnMut(String)),
) -> Regle<S> {
    Regle {
        code,
        severite,
        message,
        test: Test::Lignes(test),
    }
}

/// Every rule's findings, in table (model) order.
pub fn regles<S>(s: &S, regles: &[Regle<S>], out: &mut Vec<crate::Constat>) {
    for r in regles {
        let constat = |chemin| crate::Constat {
            chemin,
            code: crate::CodeConstat::Regle,
            regle: Some(r.code.to_owned()),
            severite: r.severite,
            message: r.message.to_owned(),
        };
        match r.test {
            Test::Rapport(f) => {
                if f(s) == Some(false) {
                    out.push(constat(String::new()));
                }
            }
            Test::Lignes(f) => f(s, &mut |c| out.push(constat(c))),
        }
    }
}
