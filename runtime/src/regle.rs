//! L'arithmétique des expressions de règle, partagée par les validateurs
//! générés et `sidoba validate`, pour que les deux calculent les mêmes
//! nombres.
//!
//! Les règles calculent sur des [`Nombre`] : des décimaux exacts de toute
//! taille (une mantisse en grand entier et une échelle). Un `Decimal` tient
//! 28 chiffres significatifs ; le produit de deux valeurs valides à 9
//! décimales en demande jusqu'à 56 (`a * b > c` passait jadis en silence
//! sur de telles valeurs : la règle « ne s'appliquait pas »). Une taille
//! quelconque rend exacte toute opération que des valeurs valides
//! permettent, si bien qu'aucune règle ne passe à cause de son
//! arithmétique :
//! - `+`, `-` et `*` sont exacts ;
//! - `/` donne le quotient exact arrondi au pair le plus proche à
//!   [`DECIMALES_DIVISION`] décimales (un seul arrondi, depuis la valeur
//!   exacte), ou `None` pour un diviseur nul : le seul cas où une règle ne
//!   s'applique pas à cause de son arithmétique.
//!
//! Les valeurs ne grandissent qu'avec le texte de la règle (chaque opération
//! ajoute au plus les chiffres de ses opérandes), qu'écrit l'auteur du
//! modèle : un payload ne peut pas les faire grandir.

use crate::Decimal;
use num_bigint::{BigInt, Sign};
use num_traits::Zero;
use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;

/// Les chiffres après la virgule que garde une division.
pub const DECIMALES_DIVISION: u32 = 9;

/// Un nombre décimal exact de toute taille, tel que calculent les règles :
/// `mantisse · 10^-echelle`, sans zéro final et sans `-0`, la mantisse dans
/// un `i128` chaque fois qu'elle y tient (des valeurs égales sont donc des
/// structures égales, et le cas courant calcule sans allouer).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Nombre {
    mantisse: Mantisse,
    echelle: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Mantisse {
    Petite(i128),
    /// Seulement pour ce qu'un `i128` ne peut tenir.
    Grande(BigInt),
}

fn dix_puissance(n: u32) -> BigInt {
    BigInt::from(10u8).pow(n)
}

/// `m · 10^n` dans un `i128`, s'il y tient.
fn fois_dix(m: i128, n: u32) -> Option<i128> {
    10i128.checked_pow(n).and_then(|p| m.checked_mul(p))
}

impl Nombre {
    /// `mantisse · 10^-echelle`, zéros finals ôtés.
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

    /// De même depuis une grande mantisse, gardée grande seulement s'il le
    /// faut.
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

    /// Les deux mantisses à la plus grande échelle, en `i128` si elles y
    /// tiennent.
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

    /// Les deux mantisses à la plus grande échelle, et cette échelle.
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

    /// Si le nombre est nul.
    pub fn est_zero(&self) -> bool {
        self.mantisse == Mantisse::Petite(0)
    }

    /// La même valeur en `Decimal`, quand un `Decimal` la tient exactement.
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

/// En notation ordinaire, comme imprime `Decimal` (`-0.25`).
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

/// `a + b`, exactement.
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

/// `a - b`, exactement.
pub fn moins(a: impl Into<Nombre>, b: impl Into<Nombre>) -> Nombre {
    plus(a, oppose(b))
}

/// `a * b`, exactement.
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

/// `a / b` arrondi au pair le plus proche à [`DECIMALES_DIVISION`]
/// décimales ; `None` quand `b` est nul.
///
/// Un seul arrondi, depuis le quotient exact : le même résultat que `(a /
/// b).round_dp_with_strategy(9, RoundingStrategy::MidpointNearestEven)` sur
/// les rationnels exacts.
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

/// `-a` (zéro reste sans signe).
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

/// La somme exacte des valeurs ; 0 s'il n'y en a pas.
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
    fn les_tiers_sont_arrondis_a_neuf_decimales() {
        assert_eq!(divise(d("1"), d("3")), Some(n("0.333333333")));
        assert_eq!(divise(d("2"), d("3")), Some(n("0.666666667")));
        assert_eq!(divise(d("-2"), d("3")), Some(n("-0.666666667")));
        assert_eq!(divise(d("2"), d("-3")), Some(n("-0.666666667")));
        assert_eq!(divise(d("-2"), d("-3")), Some(n("0.666666667")));
        assert_eq!(divise(d("10"), d("4")), Some(n("2.5")));
        assert_eq!(divise(d("712.35"), d("0.05")), Some(n("14247")));
    }

    #[test]
    fn les_milieux_de_division_vont_au_voisin_pair() {
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
    fn la_division_par_zero_donne_none_et_les_grands_quotients_sont_exacts() {
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
    fn la_division_s_accorde_avec_rust_decimal_sur_les_valeurs_ordinaires() {
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
    fn sommes_et_produits_sont_exacts() {
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
    fn au_dela_d_un_decimal_rien_ne_deborde() {
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

    /// De part et d'autre de la limite des `i128`, dans les deux sens : une
    /// même valeur n'a qu'une représentation, et les résultats s'accordent
    /// avec le calcul en grands entiers.
    #[test]
    fn les_valeurs_franchissent_la_limite_des_i128_exactement() {
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
    fn ordre_et_egalite_se_font_par_valeur() {
        assert_eq!(n("1.50"), n("1.5"));
        assert_eq!(n("-0.00"), n("0"));
        assert!(n("0.1") < n("0.25"));
        assert!(n("-3") < n("-2.5"));
        assert!(fois(Decimal::MAX, d("10")) > plus(Decimal::MAX, d("0.1")));
        assert_eq!(n("2.50").decimal(), Some(d("2.5")));
    }

    #[test]
    fn le_zero_negatif_est_un_zero_ordinaire() {
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
