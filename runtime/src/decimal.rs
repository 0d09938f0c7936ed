//! Le texte exact des décimaux, en lecture et en écriture.

use crate::Decimal;

/// Lit exactement un décimal en notation ordinaire (`-0.00` garde son signe,
/// car le payload doit revenir à l'identique) ; `None` pour un exposant ou
/// pour plus de chiffres significatifs qu'un `Decimal` n'en tient (28). Les
/// zéros après la dernière décimale significative ne valent rien : quand le
/// texte tel qu'écrit ne tient pas, ils sont ôtés avant de compter
/// (`…901.000000000` est lu `…901`) ; quand il tient, son échelle est
/// gardée.
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

/// `texte` sans les zéros qui finissent sa partie décimale (ni le point
/// quand plus rien ne le suit) ; `None` quand il n'y a rien à ôter, pour que
/// le refus de l'appelant tienne.
fn sans_zeros_finals(texte: &str) -> Option<&str> {
    if !texte.contains('.') || !texte.ends_with('0') {
        return None;
    }
    let t = texte.trim_end_matches('0');
    Some(t.strip_suffix('.').unwrap_or(t))
}

/// Lit exactement un nombre JSON écrit dans n'importe quelle notation (les
/// bornes d'un modèle peuvent avoir un exposant) ; `None` quand il ne tient
/// pas dans un `Decimal`.
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
    fn lecture_exacte() {
        assert_eq!(lire("712.35").unwrap().to_string(), "712.35");
        assert!(lire("-0.00").unwrap().is_sign_negative());
        assert!(lire("1e3").is_none());
        assert!(lire(&"9".repeat(400)).is_none());
        assert_eq!(lire_scientifique("1.5e3").unwrap(), Decimal::from(1500));
    }

    #[test]
    fn les_zeros_finals_ne_sont_pas_des_chiffres_significatifs() {
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
        fn les_zeros_finals_ne_changent_jamais_l_acceptation(
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
