//! Arithmetic of rule expressions, shared by generated validators and
//! `sidoba validate`, so that both compute the same numbers.
//!
//! Rules compute on [`Nombre`]s: exact decimals of any size (a big-integer
//! mantissa and a scale). A `Decimal` holds 28 significant digits; the
//! product of two valid 9-decimal values needs up to 56 (`a * b > c` once
//! passed silently on such values: the rule "did not apply"). Any size
//! makes every operation that valid values allow exact, so no rule ever
//! passes because of its arithmetic:
//! - `+`, `-` and `*` are exact;
//! - `/` gives the exact quotient rounded half-even to
//!   [`DECIMALES_DIVISION`] places (one rounding, from the exact value), or
//!   `None` for a zero divisor: the one case where a rule does not apply
//!   because of its arithmetic.
//!
//! Values only grow with the rule's text (each operation at most adds the
//! digits of its operands), which the model's author writes: a payload
//! cannot make them grow.

use crate::Decimal;
use num_bigint::{BigInt, Sign};
use num_traits::Zero;
use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;

/// Digits after the point kept by a division.
pub const DECIMALES_DIVISION: u32 = 9;

/// An exact decimal number of any size, as rules compute: `mantisse ·
/// 10^-echelle`, without trailing zeros and without `-0`, its mantissa in
/// an `i128` whenever it fits (so equal values are equal structs, and the
/// common case computes without allocating).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Nombre {
    mantisse: Mantisse,
    echelle: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Mantisse {
    Petite(i128),
    /// Only for what an `i128` cannot hold.
    Grande(BigInt),
}

fn dix_puissance(n: u32) -> BigInt {
    BigInt::from(10u8).pow(n)
}

/// `m · 10^n` in an `i128`, if it fits.
fn fois_dix(m: i128, n: u32) -> Option<i128> {
    10i128.checked_pow(n).and_then(|p| m.checked_mul(p))
}

impl Nombre {
    /// `mantisse · 10^-echelle`, trailing zeros dropped.
    fn petit(mut m: i128, mut echelle: u32) -> Nombre {
        if m == 0 {
            echelle = 0;
        }
        // The common case in 64 bits: an `i128` remainder is a library
        // call, an `i64` one a multiplication.
        if echelle > 0
            && let Ok(mut p) = i64::try_from(m)
        {
            while echelle > 0 && p % 10 == 0 {
                p /= 10;
                echelle -= 1;
            }
            return Nombre {
                mantisse: Mantisse::Petite(i128::from(p)),
                echelle,
            };
        }
        while echelle > 0 && m % 10 == 0 {
            m /= 10;
            echelle -= 1;
        }
        Nombre {
            mantisse: Mantisse::Petite(m),
            echelle,
        }
    }

    /// Same from a big mantissa, kept big only when it must be.
    fn grand(mut m: BigInt, mut echelle: u32) -> Nombre {
        if let Ok(p) = i128::try_from(&m) {
            return Nombre::petit(p, echelle);
        }
        let dix = BigInt::from(10u8);
        while echelle > 0 && (&m % &dix).is_zero() {
            m /= &dix;
            echelle -= 1;
        }
        match i128::try_from(&m) {
            Ok(p) => Nombre::petit(p, echelle),
            Err(_) => Nombre {
                mantisse: Mantisse::Grande(m),
                echelle,
            },
        }
    }

    fn en_grand(&self) -> Cow<'_, BigInt> {
        match &self.mantisse {
            Mantisse::Petite(m) => Cow::Owned(BigInt::from(*m)),
            Mantisse::Grande(m) => Cow::Borrowed(m),
        }
    }

    fn petite(&self) -> Option<i128> {
        match self.mantisse {
            Mantisse::Petite(m) => Some(m),
            Mantisse::Grande(_) => None,
        }
    }

    /// Both mantissas at the larger scale, in `i128` when they fit.
    fn aligner_petits(&self, autre: &Nombre) -> Option<(i128, i128, u32)> {
        if self.echelle == autre.echelle {
            return Some((self.petite()?, autre.petite()?, self.echelle));
        }
        let s = self.echelle.max(autre.echelle);
        Some((
            fois_dix(self.petite()?, s - self.echelle)?,
            fois_dix(autre.petite()?, s - autre.echelle)?,
            s,
        ))
    }

    /// Both mantissas at the larger scale, and that scale.
    fn aligner(&self, autre: &Nombre) -> (BigInt, BigInt, u32) {
        let s = self.echelle.max(autre.echelle);
        (
            self.en_grand().as_ref() * dix_puissance(s - self.echelle),
            autre.en_grand().as_ref() * dix_puissance(s - autre.echelle),
            s,
        )
    }

    fn negatif(&self) -> bool {
        match &self.mantisse {
            Mantisse::Petite(m) => *m < 0,
            Mantisse::Grande(m) => m.sign() == Sign::Minus,
        }
    }

    /// Whether it is zero.
    pub fn est_zero(&self) -> bool {
        self.mantisse == Mantisse::Petite(0)
    }

    /// The same value as a `Decimal`, when one holds it exactly.
    pub fn decimal(&self) -> Option<Decimal> {
        Decimal::try_from_i128_with_scale(self.petite()?, self.echelle).ok()
    }
}

/// An integer as the rules see it (an `entier` field, an integer
/// constant): compared and computed in 64 bits, without decimal
/// arithmetic, and exactly against decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Entier(pub i64);

impl From<Entier> for Nombre {
    fn from(e: Entier) -> Nombre {
        // Scale 0: nothing to normalize.
        Nombre {
            mantisse: Mantisse::Petite(i128::from(e.0)),
            echelle: 0,
        }
    }
}

/// `e` against `d`, exactly; in 64 bits when `d` is a 64-bit integer.
fn comparer(e: i64, d: &Decimal) -> Ordering {
    if d.scale() == 0
        && let Ok(m) = i64::try_from(d.mantissa())
    {
        return e.cmp(&m);
    }
    Decimal::from(e).cmp(d)
}

impl PartialEq<Decimal> for Entier {
    fn eq(&self, d: &Decimal) -> bool {
        comparer(self.0, d) == Ordering::Equal
    }
}

impl PartialOrd<Decimal> for Entier {
    fn partial_cmp(&self, d: &Decimal) -> Option<Ordering> {
        Some(comparer(self.0, d))
    }
}

impl PartialEq<Entier> for Decimal {
    fn eq(&self, e: &Entier) -> bool {
        comparer(e.0, self) == Ordering::Equal
    }
}

impl PartialOrd<Entier> for Decimal {
    fn partial_cmp(&self, e: &Entier) -> Option<Ordering> {
        Some(comparer(e.0, self).reverse())
    }
}

impl From<Decimal> for Nombre {
    fn from(d: Decimal) -> Nombre {
        Nombre::petit(d.mantissa(), d.scale())
    }
}

impl From<&Decimal> for Nombre {
    fn from(d: &Decimal) -> Nombre {
        Nombre::from(*d)
    }
}

impl From<usize> for Nombre {
    fn from(n: usize) -> Nombre {
        // usize holds at most 64 bits: it fits an i128.
        Nombre::petit(n as i128, 0)
    }
}

impl Ord for Nombre {
    fn cmp(&self, autre: &Nombre) -> Ordering {
        if let Some((a, b, _)) = self.aligner_petits(autre) {
            return a.cmp(&b);
        }
        let (a, b, _) = self.aligner(autre);
        a.cmp(&b)
    }
}

impl PartialOrd for Nombre {
    fn partial_cmp(&self, autre: &Nombre) -> Option<Ordering> {
        Some(self.cmp(autre))
    }
}

/// Plain notation, as `Decimal` prints (`-0.25`).
impl fmt::Display for Nombre {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let chiffres = match &self.mantisse {
            Mantisse::Petite(m) => m.unsigned_abs().to_string(),
            Mantisse::Grande(m) => m.magnitude().to_string(),
        };
        let signe = if self.negatif() { "-" } else { "" };
        let e = self.echelle as usize;
        if e == 0 {
            return write!(f, "{signe}{chiffres}");
        }
        let chiffres = format!("{chiffres:0>width$}", width = e + 1);
        let (ent, frac) = chiffres.split_at(chiffres.len() - e);
        write!(f, "{signe}{ent}.{frac}")
    }
}

/// `a + b`, exactly.
pub fn plus(a: impl Into<Nombre>, b: impl Into<Nombre>) -> Nombre {
    let (a, b) = (a.into(), b.into());
    if let Some(s) = a
        .aligner_petits(&b)
        .and_then(|(x, y, s)| Some((x.checked_add(y)?, s)))
    {
        return Nombre::petit(s.0, s.1);
    }
    let (ma, mb, s) = a.aligner(&b);
    Nombre::grand(ma + mb, s)
}

/// `a - b`, exactly.
pub fn moins(a: impl Into<Nombre>, b: impl Into<Nombre>) -> Nombre {
    plus(a, oppose(b))
}

/// `a * b`, exactly.
pub fn fois(a: impl Into<Nombre>, b: impl Into<Nombre>) -> Nombre {
    let (a, b) = (a.into(), b.into());
    let s = a.echelle + b.echelle;
    // Two 64-bit mantissas: their product fits an `i128`, no check needed.
    if let (Some(x), Some(y)) = (
        a.petite().and_then(|x| i64::try_from(x).ok()),
        b.petite().and_then(|y| i64::try_from(y).ok()),
    ) {
        return Nombre::petit(i128::from(x) * i128::from(y), s);
    }
    if let Some(p) = a
        .petite()
        .zip(b.petite())
        .and_then(|(x, y)| x.checked_mul(y))
    {
        return Nombre::petit(p, s);
    }
    Nombre::grand(a.en_grand().as_ref() * b.en_grand().as_ref(), s)
}

/// `a / b` rounded half-even to [`DECIMALES_DIVISION`] places; `None` when
/// `b` is zero.
///
/// One rounding, from the exact quotient: the same result as `(a /
/// b).round_dp_with_strategy(9, RoundingStrategy::MidpointNearestEven)`
/// over the exact rationals.
pub fn divise(a: impl Into<Nombre>, b: impl Into<Nombre>) -> Option<Nombre> {
    let (a, b) = (a.into(), b.into());
    if b.est_zero() {
        return None;
    }
    let negatif = a.negatif() != b.negatif();
    // Quotient in units of 10⁻⁹: |a| · 10^(9 + sb − sa) / |b|.
    let k = i64::from(DECIMALES_DIVISION) + i64::from(b.echelle) - i64::from(a.echelle);
    let petit = || -> Option<i128> {
        let (na, nb) = (a.petite()?.checked_abs()?, b.petite()?.checked_abs()?);
        let (n, d) = if k >= 0 {
            (fois_dix(na, u32::try_from(k).ok()?)?, nb)
        } else {
            (na, fois_dix(nb, u32::try_from(-k).ok()?)?)
        };
        let (mut q, r) = (n / d, n % d);
        let autre = d - r;
        if r > autre || (r == autre && q % 2 == 1) {
            q += 1;
        }
        Some(q)
    };
    if let Some(q) = petit() {
        return Some(Nombre::petit(
            if negatif { -q } else { q },
            DECIMALES_DIVISION,
        ));
    }
    let (na, nb) = (
        BigInt::from(a.en_grand().magnitude().clone()),
        BigInt::from(b.en_grand().magnitude().clone()),
    );
    let puissance = |k: i64| dix_puissance(u32::try_from(k).unwrap_or(u32::MAX));
    let (n, d) = if k >= 0 {
        (na * puissance(k), nb)
    } else {
        (na, nb * puissance(-k))
    };
    let (mut q, r) = (&n / &d, &n % &d);
    let autre = &d - &r;
    let impair = !(&q % BigInt::from(2u8)).is_zero();
    if r > autre || (r == autre && impair) {
        q += 1u8;
    }
    Some(Nombre::grand(
        if negatif { -q } else { q },
        DECIMALES_DIVISION,
    ))
}

/// `-a` (zero stays unsigned).
pub fn oppose(a: impl Into<Nombre>) -> Nombre {
    let a = a.into();
    match a.mantisse {
        Mantisse::Petite(m) => match m.checked_neg() {
            Some(n) => Nombre::petit(n, a.echelle),
            None => Nombre::grand(-BigInt::from(m), a.echelle),
        },
        Mantisse::Grande(m) => Nombre::grand(-m, a.echelle),
    }
}

/// Exact sum of values; 0 for none.
pub fn somme<I: IntoIterator<Item = T>, T: Into<Nombre>>(valeurs: I) -> Nombre {
    valeurs
        .into_iter()
        .fold(Nombre::from(Decimal::ZERO), |t, v| plus(t, v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_integer_computes_and_compares_as_its_decimal() {
        for (e, d) in [
            (0, "0"),
            (12, "12"),
            (12, "12.5"),
            (-3, "-3.0"),
            (7, "6.99"),
        ] {
            let d: Decimal = d.parse().unwrap();
            let (x, de) = (Entier(e), Decimal::from(e));
            assert_eq!(x.partial_cmp(&d), de.partial_cmp(&d), "{e} {d}");
            assert_eq!(d.partial_cmp(&x), d.partial_cmp(&de), "{d} {e}");
            assert_eq!(x == d, de == d);
            assert_eq!(Nombre::from(x), Nombre::from(de));
            assert_eq!(plus(x, d), plus(de, d));
            assert_eq!(fois(x, Entier(1000)), fois(de, Decimal::from(1000)));
        }
        assert!(Entier(i64::MAX) > Decimal::MAX / Decimal::from(u64::MAX));
    }
    use rust_decimal::RoundingStrategy;

    fn d(s: &str) -> Decimal {
        crate::decimal::lire(s).expect(s)
    }

    fn n(s: &str) -> Nombre {
        Nombre::from(d(s))
    }

    fn texte(v: Option<Nombre>) -> String {
        v.map_or("None".into(), |v| v.to_string())
    }

    #[test]
    fn thirds_are_rounded_to_nine_places() {
        assert_eq!(divise(d("1"), d("3")), Some(n("0.333333333")));
        assert_eq!(divise(d("2"), d("3")), Some(n("0.666666667")));
        assert_eq!(divise(d("-2"), d("3")), Some(n("-0.666666667")));
        assert_eq!(divise(d("2"), d("-3")), Some(n("-0.666666667")));
        assert_eq!(divise(d("-2"), d("-3")), Some(n("0.666666667")));
        assert_eq!(divise(d("10"), d("4")), Some(n("2.5")));
        assert_eq!(divise(d("712.35"), d("0.05")), Some(n("14247")));
    }

    #[test]
    fn division_midpoints_go_to_the_even_neighbour() {
        // Exact midpoints at the tenth place.
        assert_eq!(texte(divise(d("0.0000000005"), d("1"))), "0");
        assert_eq!(texte(divise(d("0.0000000015"), d("1"))), "0.000000002");
        assert_eq!(texte(divise(d("0.0000000025"), d("1"))), "0.000000002");
        assert_eq!(texte(divise(d("-0.0000000025"), d("1"))), "-0.000000002");
        assert_eq!(texte(divise(d("1"), d("2000000000"))), "0"); // 0.0000000005
        assert_eq!(texte(divise(d("3"), d("2000000000"))), "0.000000002"); // 0.0000000015
        // Just past the midpoint goes up, even when 28 digits would hide it.
        let b = d("1999999999.9999999999999"); // 1 / b = 5·10⁻¹⁰ + 2.5·10⁻³²
        assert_eq!(texte(divise(d("1"), b)), "0.000000001");
        let arrondi_deux_fois = d("1")
            .checked_div(b)
            .map(|q| q.round_dp_with_strategy(9, RoundingStrategy::MidpointNearestEven));
        assert_eq!(
            arrondi_deux_fois,
            Some(Decimal::ZERO),
            "rust_decimal rounds twice"
        );
        assert_eq!(
            texte(divise(d("1.0000000000000000000000000001"), d("2000000000"))),
            "0.000000001"
        );
    }

    #[test]
    fn division_by_zero_gives_none_and_large_quotients_are_exact() {
        assert_eq!(divise(d("1"), d("0")), None);
        assert_eq!(divise(d("0"), d("0.00")), None);
        assert_eq!(divise(d("1"), d("-0")), None);
        assert_eq!(divise(plus(d("1"), d("-1")), d("1")), Some(n("0")));
        // Quotients no Decimal holds with 9 places are still exact.
        assert_eq!(
            texte(divise(Decimal::MAX, d("1"))),
            "79228162514264337593543950335"
        );
        assert_eq!(
            texte(divise(d("1"), d("0.0000000000000000000000000001"))),
            "10000000000000000000000000000"
        );
        assert_eq!(
            divise(d("79228162514264337593"), d("10")),
            Some(n("7922816251426433759.3"))
        );
        // Tiny quotients round to zero.
        assert_eq!(
            divise(d("0.0000000000000000000000000001"), Decimal::MAX),
            Some(n("0"))
        );
        assert_eq!(
            divise(d("0.0000000000000000000000000001"), d("7")),
            Some(n("0"))
        );
    }

    #[test]
    fn division_agrees_with_rust_decimal_on_ordinary_values() {
        // A small deterministic generator.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut suivant = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..5000 {
            let a = Decimal::new(
                (suivant() % 2_000_000_000) as i64 - 1_000_000_000,
                (suivant() % 10) as u32,
            );
            let b = Decimal::new(
                (suivant() % 2_000_000) as i64 - 1_000_000,
                (suivant() % 10) as u32,
            );
            if b.is_zero() {
                continue;
            }
            let attendu = a
                .checked_div(b)
                .map(|q| q.round_dp_with_strategy(9, RoundingStrategy::MidpointNearestEven))
                .map(Nombre::from);
            assert_eq!(divise(a, b), attendu, "{a} / {b}");
        }
    }

    #[test]
    fn sums_and_products_are_exact() {
        assert_eq!(plus(d("0.1"), d("0.2")), n("0.3"));
        assert_eq!(moins(d("712.35"), d("0.35")), n("712"));
        assert_eq!(fois(d("1.5"), d("1.5")), n("2.25"));
        assert_eq!(fois(d("0.333333333"), d("3")), n("0.999999999"));
        assert_eq!(fois(d("-2"), d("0.5")), n("-1"));
        assert_eq!(
            fois(d("0.000000000000001"), d("0.00000000000001")).to_string(),
            "0.00000000000000000000000000001"
        );
        assert_eq!(somme([d("6.5"), d("21"), d("0.25")]), n("27.75"));
        assert_eq!(somme(std::iter::empty::<Decimal>()), n("0"));
    }

    #[test]
    fn beyond_a_decimal_nothing_overflows() {
        assert_eq!(
            plus(Decimal::MAX, d("1")).to_string(),
            "79228162514264337593543950336"
        );
        assert_eq!(
            moins(Decimal::MIN, d("1")).to_string(),
            "-79228162514264337593543950336"
        );
        assert_eq!(
            plus(Decimal::MAX - Decimal::ONE, d("0.5")).to_string(),
            "79228162514264337593543950334.5"
        );
        assert_eq!(
            fois(d("9223372036854775807"), d("9223372036854775807")).to_string(),
            "85070591730234615847396907784232501249"
        );
        // Two valid 9-decimal values: 56 significant digits (checked with
        // Python's `decimal` at 200 digits).
        let a = d("1234567890123456789.123456789");
        assert_eq!(
            fois(a, a).to_string(),
            "1524157875323883675323883573784484098.515622620750190521",
        );
        assert_eq!(fois(a, a).decimal(), None);
        assert_eq!(
            somme([Decimal::MAX, d("1"), d("-5")]).to_string(),
            "79228162514264337593543950331"
        );
        assert!(fois(Decimal::MAX, d("2")) > Nombre::from(Decimal::MAX));
    }

    /// Across the `i128` boundary, in both directions: the same value has
    /// one representation, and results agree with the big path.
    #[test]
    fn values_cross_the_i128_boundary_exactly() {
        let max = Nombre::petit(i128::MAX, 0);
        let un = n("1");
        let au_dela = plus(max.clone(), un.clone());
        assert_eq!(
            au_dela.to_string(),
            "170141183460469231731687303715884105728"
        );
        assert_eq!(moins(au_dela.clone(), un.clone()), max);
        assert!(matches!(
            moins(au_dela.clone(), un.clone()).mantisse,
            Mantisse::Petite(_)
        ));
        let min = Nombre::petit(i128::MIN, 0);
        assert_eq!(oppose(oppose(min.clone())), min);
        assert_eq!(oppose(min.clone()), au_dela);
        assert_eq!(divise(au_dela.clone(), au_dela.clone()), Some(un.clone()));
        assert_eq!(
            divise(min.clone(), d("-2"))
                .map(|q| q.to_string())
                .as_deref(),
            Some("85070591730234615865843651857942052864")
        );
        // A big value whose trailing zeros bring it back under i128.
        let grand = fois(Decimal::MAX, Decimal::MAX);
        assert_eq!(
            divise(grand.clone(), Decimal::MAX),
            Some(Nombre::from(Decimal::MAX))
        );
        assert!(grand > au_dela && oppose(grand.clone()) < min);
        assert_eq!(
            fois(d("0.5"), Nombre::petit(i128::MIN, 0)).to_string(),
            "-85070591730234615865843651857942052864"
        );
        assert_eq!(plus(min.clone(), min.clone()), fois(min, d("2")));
    }

    #[test]
    fn order_and_equality_are_by_value() {
        assert_eq!(n("1.50"), n("1.5"));
        assert_eq!(n("-0.00"), n("0"));
        assert!(n("0.1") < n("0.25"));
        assert!(n("-3") < n("-2.5"));
        assert!(fois(Decimal::MAX, d("10")) > plus(Decimal::MAX, d("0.1")));
        assert_eq!(n("2.50").decimal(), Some(d("2.5")));
    }

    #[test]
    fn negative_zero_is_plain_zero() {
        let mz = d("-0.00");
        assert!(mz.is_sign_negative());
        for r in [
            plus(mz, Decimal::ZERO),
            moins(Decimal::ZERO, Decimal::ZERO),
            fois(d("-1"), Decimal::ZERO),
            divise(mz, d("3")).expect("defined"),
            divise(d("-1"), d("3000000000000")).expect("defined"),
            oppose(Decimal::ZERO),
        ] {
            assert!(r.est_zero() && r.to_string() == "0", "{r:?}");
        }
        assert_eq!(oppose(d("2.5")), n("-2.5"));
    }
}
