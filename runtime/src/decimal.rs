//! Exact decimal text, in and out.

use crate::Decimal;

/// Parses a plain-notation decimal exactly (`-0.00` keeps its sign, as the
/// payload must survive a round trip); `None` for exponents or more digits
/// than a `Decimal` holds (28 significant).
pub fn lire(texte: &str) -> Option<Decimal> {
    if texte.contains(['e', 'E']) {
        return None;
    }
    let mut d = Decimal::from_str_exact(texte).ok()?;
    if d.is_zero() && texte.starts_with('-') {
        d.set_sign_negative(true);
    }
    Some(d)
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
}
