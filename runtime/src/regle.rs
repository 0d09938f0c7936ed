//! Arithmetic of rule expressions, shared by generated validators and
//! `sidoba validate`, so that both compute the same numbers.
//!
//! - `+`, `-` and `*` are exact: the result is the exact value or `None`
//!   when a [`Decimal`] cannot hold it (a mantissa of more than 96 bits, or
//!   more than 28 digits after the point). `rust_decimal`'s own operators
//!   would round silently in those cases; these never round.
//! - `/` gives the exact quotient rounded half-even to [`DECIMALES_DIVISION`]
//!   places (one rounding, from the exact value), or `None` for a zero
//!   divisor or a quotient too large to hold with those places.
//! - A `None` anywhere makes the rule not apply (it passes).
//!
//! Zero has no sign in results: `-0` never comes out of these functions,
//! and `-0` going in is plain zero (rust_decimal compares `-0 = 0` anyway).

use crate::Decimal;

/// Digits after the point kept by a division.
pub const DECIMALES_DIVISION: u32 = 9;

/// Largest mantissa a `Decimal` holds (2⁹⁶ − 1).
const MANTISSE_MAX: u128 = (1 << 96) - 1;

/// Most digits after the point a `Decimal` holds.
const ECHELLE_MAX: u32 = 28;

/// `a + b`, exactly.
pub fn plus(a: Decimal, b: Decimal) -> Option<Decimal> {
    let (ma, sa) = parties(a);
    let (mb, sb) = parties(b);
    let s = sa.max(sb);
    // Operands are normalised: when their scales differ, the sum is not a
    // multiple of 10 at scale `s`, so an i128 overflow here means a value
    // that no Decimal holds, not a false alarm.
    let ea = ma.checked_mul(10i128.checked_pow(s - sa)?)?;
    let eb = mb.checked_mul(10i128.checked_pow(s - sb)?)?;
    construire(ea.checked_add(eb)?, s)
}

/// `a - b`, exactly.
pub fn moins(a: Decimal, b: Decimal) -> Option<Decimal> {
    plus(a, -b)
}

/// `a * b`, exactly.
pub fn fois(a: Decimal, b: Decimal) -> Option<Decimal> {
    let (mut ma, sa) = parties(a);
    let (mut mb, sb) = parties(b);
    let mut s = sa + sb;
    // A factor 2 of one mantissa with a factor 5 of the other is a trailing
    // zero of the product: drop it (with one place) up front, so that the
    // product only overflows i128 when its exact value fits no Decimal.
    // (A normalised mantissa has factors 2 or factors 5, never both.)
    while s > 0 && ma != 0 && mb != 0 {
        if ma % 2 == 0 && mb % 5 == 0 {
            ma /= 2;
            mb /= 5;
        } else if ma % 5 == 0 && mb % 2 == 0 {
            ma /= 5;
            mb /= 2;
        } else {
            break;
        }
        s -= 1;
    }
    construire(ma.checked_mul(mb)?, s)
}

/// `a / b` rounded half-even to [`DECIMALES_DIVISION`] places; `None` when
/// `b` is zero or the quotient is too large.
///
/// Computed by long division on the exact operands, so there is a single
/// rounding: the same result as `(a / b).round_dp_with_strategy(9,
/// RoundingStrategy::MidpointNearestEven)` over the exact rationals.
pub fn divise(a: Decimal, b: Decimal) -> Option<Decimal> {
    if b.is_zero() {
        return None;
    }
    let (ma, sa) = parties(a);
    let (mb, sb) = parties(b);
    let negatif = (ma < 0) != (mb < 0);
    let (na, nb) = (ma.unsigned_abs(), mb.unsigned_abs());
    // Quotient in units of 10⁻⁹: na · 10^(9 + sb − sa) / nb.
    let k = i64::from(DECIMALES_DIVISION) + i64::from(sb) - i64::from(sa);
    let (mut q, r, d) = if k >= 0 {
        let d = nb;
        let (mut q, mut r) = (na / d, na % d);
        for _ in 0..k {
            // r < d < 2⁹⁶, so r · 10 fits.
            let r10 = r * 10;
            q = q.checked_mul(10)?.checked_add(r10 / d)?;
            if q > MANTISSE_MAX {
                return None;
            }
            r = r10 % d;
        }
        (q, r, d)
    } else {
        let puissance = u32::try_from(-k).ok().and_then(|p| 10u128.checked_pow(p));
        match puissance.and_then(|p| nb.checked_mul(p)) {
            Some(d) => (na / d, na % d, d),
            // A divisor past 2¹²⁸ against a dividend below 2⁹⁶: under half
            // a unit, which rounds to zero.
            None => return Some(Decimal::ZERO),
        }
    };
    let autre = d - r;
    if r > autre || (r == autre && q % 2 == 1) {
        q += 1;
    }
    if q > MANTISSE_MAX {
        return None;
    }
    // q ≤ 2⁹⁶ − 1 fits in i128.
    let m = i128::try_from(q).ok()?;
    construire(if negatif { -m } else { m }, DECIMALES_DIVISION)
}

/// `-a` (always exact; zero stays unsigned).
pub fn oppose(a: Decimal) -> Decimal {
    if a.is_zero() { Decimal::ZERO } else { -a }
}

/// Exact sum of values; 0 for none; `None` on overflow.
pub fn somme<I: IntoIterator<Item = Decimal>>(valeurs: I) -> Option<Decimal> {
    valeurs.into_iter().try_fold(Decimal::ZERO, plus)
}

/// Mantissa and scale without trailing zeros (and without `-0`).
fn parties(d: Decimal) -> (i128, u32) {
    let n = d.normalize();
    (n.mantissa(), n.scale())
}

/// The Decimal `mantisse · 10^-echelle`, dropping trailing zeros only when
/// needed to fit; `None` when the exact value does not fit.
fn construire(mantisse: i128, echelle: u32) -> Option<Decimal> {
    let (mut m, mut s) = (mantisse, echelle);
    while s > ECHELLE_MAX || m.unsigned_abs() > MANTISSE_MAX {
        if s == 0 || m % 10 != 0 {
            return None;
        }
        m /= 10;
        s -= 1;
    }
    Decimal::try_from_i128_with_scale(m, s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::RoundingStrategy;

    fn d(s: &str) -> Decimal {
        crate::decimal::lire(s).expect(s)
    }

    fn texte(v: Option<Decimal>) -> String {
        v.map_or("None".into(), |v| v.normalize().to_string())
    }

    #[test]
    fn thirds_are_rounded_to_nine_places() {
        assert_eq!(divise(d("1"), d("3")), Some(d("0.333333333")));
        assert_eq!(divise(d("2"), d("3")), Some(d("0.666666667")));
        assert_eq!(divise(d("-2"), d("3")), Some(d("-0.666666667")));
        assert_eq!(divise(d("2"), d("-3")), Some(d("-0.666666667")));
        assert_eq!(divise(d("-2"), d("-3")), Some(d("0.666666667")));
        assert_eq!(divise(d("10"), d("4")), Some(d("2.5")));
        assert_eq!(divise(d("712.35"), d("0.05")), Some(d("14247")));
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
        assert_eq!(texte(arrondi_deux_fois), "0", "rust_decimal rounds twice");
        assert_eq!(
            texte(divise(d("1.0000000000000000000000000001"), d("2000000000"))),
            "0.000000001"
        );
    }

    #[test]
    fn division_by_zero_and_overflow_give_none() {
        assert_eq!(divise(d("1"), d("0")), None);
        assert_eq!(divise(d("0"), d("0.00")), None);
        assert_eq!(divise(d("1"), d("-0")), None);
        assert_eq!(divise(Decimal::MAX, d("1")), None, "no room for 9 places");
        assert_eq!(divise(d("1"), d("0.0000000000000000000000000001")), None);
        assert_eq!(divise(d("79228162514264337594"), d("1")), None);
        assert_eq!(
            divise(d("79228162514264337593"), d("1")),
            Some(d("79228162514264337593"))
        );
        assert_eq!(
            divise(d("79228162514264337593"), d("10")),
            Some(d("7922816251426433759.3"))
        );
        // Tiny quotients round to zero.
        assert_eq!(
            divise(d("0.0000000000000000000000000001"), Decimal::MAX),
            Some(Decimal::ZERO)
        );
        assert_eq!(
            divise(d("0.0000000000000000000000000001"), d("7")),
            Some(Decimal::ZERO)
        );
    }

    #[test]
    fn division_agrees_with_rust_decimal_on_ordinary_values() {
        // A small deterministic generator (no proptest in this crate).
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
                .map(|q| q.round_dp_with_strategy(9, RoundingStrategy::MidpointNearestEven));
            assert_eq!(divise(a, b), attendu, "{a} / {b}");
        }
    }

    #[test]
    fn sums_and_products_are_exact() {
        assert_eq!(plus(d("0.1"), d("0.2")), Some(d("0.3")));
        assert_eq!(moins(d("712.35"), d("0.35")), Some(d("712")));
        assert_eq!(fois(d("1.5"), d("1.5")), Some(d("2.25")));
        assert_eq!(fois(d("0.333333333"), d("3")), Some(d("0.999999999")));
        assert_eq!(fois(d("-2"), d("0.5")), Some(d("-1")));
        // 28 places is the most a Decimal holds: beyond, not exact, so None.
        assert_eq!(
            texte(fois(d("0.00000000000001"), d("0.00000000000001"))),
            "0.0000000000000000000000000001"
        );
        assert_eq!(fois(d("0.000000000000001"), d("0.00000000000001")), None);
        // Trailing zeros of the product let large exact values through.
        let grand = d("0.0000000000000000000000000002"); // 2 · 10⁻²⁸
        assert_eq!(
            fois(grand, d("5")),
            Some(d("0.000000000000000000000000001"))
        );
        assert_eq!(
            fois(
                d("1152921504606846976"),
                d("0.0000000000000000000000000005")
            ),
            Some(d("0.000000000576460752303423488"))
        );
        assert_eq!(somme([d("6.5"), d("21"), d("0.25")]), Some(d("27.75")));
        assert_eq!(somme(std::iter::empty()), Some(Decimal::ZERO));
    }

    #[test]
    fn overflow_gives_none_rather_than_rounding() {
        assert_eq!(plus(Decimal::MAX, d("1")), None);
        assert_eq!(moins(Decimal::MIN, d("1")), None);
        assert_eq!(
            plus(Decimal::MAX, d("-1")),
            Some(Decimal::MAX - Decimal::ONE)
        );
        // rust_decimal would round this to MAX; the exact sum does not fit.
        assert_eq!(plus(Decimal::MAX - Decimal::ONE, d("0.5")), None);
        assert_eq!(fois(Decimal::MAX, d("2")), None);
        assert_eq!(
            fois(d("9223372036854775807"), d("9223372036854775807")),
            None
        );
        assert_eq!(
            fois(Decimal::MAX, d("0.1")),
            Some(d("7922816251426433759354395033.5"))
        );
        assert_eq!(
            fois(Decimal::MAX, d("0.3")),
            None,
            "23768448754279301278063185100.5 needs 97 bits"
        );
        assert_eq!(somme([Decimal::MAX, d("1"), d("-5")]), None);
        // Entier range products that fit.
        assert_eq!(
            fois(d("4294967296"), d("4294967296")),
            Some(d("18446744073709551616"))
        );
    }

    #[test]
    fn negative_zero_is_plain_zero() {
        let mz = d("-0.00");
        assert!(mz.is_sign_negative());
        assert_eq!(mz, Decimal::ZERO);
        for r in [
            plus(mz, Decimal::ZERO),
            moins(Decimal::ZERO, Decimal::ZERO),
            fois(d("-1"), Decimal::ZERO),
            divise(mz, d("3")),
            divise(d("-1"), d("3000000000000")),
        ] {
            let r = r.expect("defined");
            assert!(r.is_zero() && !r.is_sign_negative(), "{r:?}");
        }
        assert!(!oppose(Decimal::ZERO).is_sign_negative());
        assert_eq!(oppose(d("2.5")), d("-2.5"));
        assert_eq!(mz.cmp(&Decimal::ZERO), std::cmp::Ordering::Equal);
    }
}
