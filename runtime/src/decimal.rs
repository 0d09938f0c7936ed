//! Exact decimal text, in and out.

use crate::Decimal;

/// Parses a plain-notation decimal exactly (`-0.00` keeps its sign, as the
/// payload must survive a round trip); `None` for exponents or more
/// significant digits than a `Decimal` holds (28). Zeros after the last
/// significant decimal carry no value: when the text as written does not
/// fit, they are dropped before counting (`…901.000000000` is read as
/// `…901`); when it fits, its scale is kept.
pub fn lire(texte: &str) -> Option<Decimal> {
    if texte.contains(['e', 'E']) {
        return None;
    }
    let mut d = match Decimal::from_str_exact(texte) {
        Ok(d) => d,
        Err(_) => Decimal::from_str_exact(sans_zeros_finals(texte)?).ok()?,
    };
    if d.is_zero() && texte.starts_with('-') {
        d.set_sign_negative(true);
    }
    Some(d)
}

/// `texte` without the zeros that end its fractional part (and without the
/// point when nothing is left after it); `None` when there is nothing to
/// drop, so that the caller's refusal stands.
fn sans_zeros_finals(texte: &str) -> Option<&str> {
    if !texte.contains('.') || !texte.ends_with('0') {
        return None;
    }
    let t = texte.trim_end_matches('0');
    Some(t.strip_suffix('.').unwrap_or(t))
}

/// Reads a JSON number written in any notation exactly (model bounds may
/// use exponents); `None` when it does not fit a `Decimal`.
pub fn lire_scientifique(texte: &str) -> Option<Decimal> {
    if !texte.contains(['e', 'E']) {
        return lire(texte);
    }
    Decimal::from_scientific(texte).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_reading() {
        assert_eq!(lire("712.35").unwrap().to_string(), "712.35");
        assert!(lire("-0.00").unwrap().is_sign_negative());
        assert!(lire("1e3").is_none());
        assert!(lire(&"9".repeat(400)).is_none());
        assert_eq!(lire_scientifique("1.5e3").unwrap(), Decimal::from(1500));
    }

    #[test]
    fn trailing_zeros_are_not_significant_digits() {
        let d = lire("123456789012345678901.000000000").unwrap();
        assert_eq!(d, Decimal::from_i128_with_scale(123456789012345678901, 0));
        assert_eq!(d.to_string(), "123456789012345678901");
        assert_eq!(
            lire("-0.000000000000000000000000000000").unwrap(),
            Decimal::ZERO
        );
        assert!(
            lire("-0.000000000000000000000000000000")
                .unwrap()
                .is_sign_negative()
        );
        // A significant digit beyond 28 is still refused.
        assert!(lire("123456789012345678901.000000001").is_none());
        // What fits keeps its scale (the payload's round trip).
        assert_eq!(lire("1.50").unwrap().to_string(), "1.50");
    }

    proptest::proptest! {
        #[test]
        fn trailing_zeros_never_change_acceptance(
            entiers in "[1-9][0-9]{0,20}",
            decimales in "[0-9]{0,6}[1-9]",
            zeros in 0usize..40,
            negatif: bool,
        ) {
            let signe = if negatif { "-" } else { "" };
            let court = format!("{signe}{entiers}.{decimales}");
            let long = format!("{court}{}", "0".repeat(zeros));
            let entier_long = format!("{signe}{entiers}.{}", "0".repeat(zeros + 1));
            proptest::prop_assert_eq!(lire(&court), lire(&long));
            proptest::prop_assert_eq!(lire(&entier_long), lire(&format!("{signe}{entiers}")));
        }
    }
}
