//! The check of the `arithmetique` fuzz target, shared with the corpus test
//! (`tests/tests/fuzz_corpus.rs`): rule arithmetic on values a payload can
//! hold is exact at any size and never skips a rule.

use sidoba::__private_v1::decimal::lire;
use sidoba::__private_v1::regle::{self, Nombre};

/// Two decimals read from `texte` (`A B`); nothing to check when either is
/// not one a payload can hold. Panics on a broken property.
pub fn verifier(texte: &str) {
    let mut mots = texte.split_whitespace();
    let (Some(a), Some(b)) = (mots.next().and_then(lire), mots.next().and_then(lire)) else {
        return;
    };
    let (na, nb) = (Nombre::from(a), Nombre::from(b));
    assert_eq!(regle::moins(regle::plus(a, b), b), na, "({a} + {b}) - {b}");
    assert_eq!(regle::fois(a, b), regle::fois(b, a), "{a} * {b}");
    assert_eq!(na.cmp(&nb), a.cmp(&b), "{a} <=> {b}");
    match regle::divise(regle::fois(a, b), b) {
        None => assert!(b.is_zero(), "{a} * {b} / {b}: no result"),
        Some(q) if a.normalize().scale() <= regle::DECIMALES_DIVISION => {
            assert_eq!(q, na, "{a} * {b} / {b}")
        }
        Some(_) => {}
    }
    // What fits a Decimal is what Decimal computes, when it computes exactly.
    if let Some(p) = a
        .checked_mul(b)
        .filter(|p| Nombre::from(*p) == regle::fois(a, b))
    {
        assert_eq!(
            regle::fois(a, b).decimal().map(|d| d.normalize()),
            Some(p.normalize())
        );
    }
}
