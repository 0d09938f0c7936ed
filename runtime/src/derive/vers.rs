//! Conversions from the vendor's Rust types to the generated field types.
//!
//! An impl exists when the source type can hold values of the field: a
//! missing impl is a compile error on the user's field, worded in report
//! terms. Conversions that fit only partly (`i64` into a `u16` field) are
//! checked at run time: a value out of range becomes a finding, never a
//! silent wrap. There is no impl from `f32`/`f64` to anything: a float
//! cannot be an exact decimal.

use crate::{Code, Codes, Date, Decimal};
use std::borrow::Cow;

/// Why a value could not be converted (reported as a finding).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Echec {
    /// An integer outside the field's Rust type (so outside its bounds).
    Entier(i128),
}

/// `Self` can fill a field of type `T`.
#[diagnostic::on_unimplemented(
    message = "un champ du rapport de type `{T}` ne peut pas être rempli par un `{Self}`",
    label = "ce type ne peut pas contenir les valeurs de ce champ du modèle",
    note = "un champ `entier` se remplit d'un entier Rust, un `decimal` de `sidoba::Decimal` ou d'un entier (jamais d'un flottant), un `texte` d'une chaîne, une `date` de `sidoba::Date`, un `code` de l'énumération de sa propre nomenclature ; `Option<_>` pour une valeur facultative"
)]
pub trait Vers<T> {
    /// `Ok(None)`: nothing to fill (a `None`).
    fn vers(&self) -> Result<Option<T>, Echec>;
}

impl<T, U: Vers<T>> Vers<T> for Option<U> {
    #[inline]
    fn vers(&self) -> Result<Option<T>, Echec> {
        match self {
            Some(u) => u.vers(),
            None => Ok(None),
        }
    }
}

impl<T, U: Vers<T> + ?Sized> Vers<T> for &U {
    #[inline]
    fn vers(&self) -> Result<Option<T>, Echec> {
        (**self).vers()
    }
}

macro_rules! entiers {
    ($($cible:ty),*) => {
        $(entiers!(@vers $cible; u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize);)*
    };
    (@vers $cible:ty; $($source:ty),*) => {$(
        impl Vers<$cible> for $source {
            #[inline]
            fn vers(&self) -> Result<Option<$cible>, Echec> {
                <$cible>::try_from(*self)
                    .map(Some)
                    .map_err(|_| Echec::Entier(i128::try_from(*self).unwrap_or(i128::MAX)))
            }
        }
    )*};
}
entiers!(u8, u16, u32, i8, i16, i32, i64);

macro_rules! vers_decimal {
    ($($source:ty),*) => {$(
        impl Vers<Decimal> for $source {
            #[inline]
            fn vers(&self) -> Result<Option<Decimal>, Echec> {
                Ok(Some(Decimal::from(*self)))
            }
        }
    )*};
}
vers_decimal!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

impl Vers<Decimal> for i128 {
    #[inline]
    fn vers(&self) -> Result<Option<Decimal>, Echec> {
        // `Decimal::from(i128)` panics beyond 96 bits: this does not.
        Decimal::try_from_i128_with_scale(*self, 0)
            .map(Some)
            .map_err(|_| Echec::Entier(*self))
    }
}

impl Vers<Decimal> for u128 {
    #[inline]
    fn vers(&self) -> Result<Option<Decimal>, Echec> {
        let x = i128::try_from(*self).unwrap_or(i128::MAX);
        Decimal::try_from_i128_with_scale(x, 0)
            .map(Some)
            .map_err(|_| Echec::Entier(x))
    }
}

macro_rules! identite {
    ($($t:ty),*) => {$(
        impl Vers<$t> for $t {
            #[inline]
            fn vers(&self) -> Result<Option<$t>, Echec> {
                Ok(Some(self.clone()))
            }
        }
    )*};
}
identite!(Decimal, bool, Date, String);

impl Vers<String> for str {
    #[inline]
    fn vers(&self) -> Result<Option<String>, Echec> {
        Ok(Some(self.to_owned()))
    }
}

impl Vers<String> for Box<str> {
    #[inline]
    fn vers(&self) -> Result<Option<String>, Echec> {
        Ok(Some(self.to_string()))
    }
}

impl Vers<String> for Cow<'_, str> {
    #[inline]
    fn vers(&self) -> Result<Option<String>, Echec> {
        Ok(Some(self.to_string()))
    }
}

impl<C: Code> Vers<Codes<C>> for Codes<C> {
    #[inline]
    fn vers(&self) -> Result<Option<Codes<C>>, Echec> {
        Ok(Some(self.clone()))
    }
}

/// A list of codes; repeats are kept once.
impl<C: Code> Vers<Codes<C>> for Vec<C> {
    #[inline]
    fn vers(&self) -> Result<Option<Codes<C>>, Echec> {
        Ok(Some(self.iter().copied().collect()))
    }
}

impl<C: Code> Vers<Codes<C>> for [C] {
    #[inline]
    fn vers(&self) -> Result<Option<Codes<C>>, Echec> {
        Ok(Some(self.iter().copied().collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn les_entiers_se_convertissent_ou_echouent_a_l_execution() {
        assert_eq!(Vers::<u16>::vers(&2000i64), Ok(Some(2000)));
        assert_eq!(Vers::<u16>::vers(&70_000i64), Err(Echec::Entier(70_000)));
        assert_eq!(Vers::<u8>::vers(&-1i32), Err(Echec::Entier(-1)));
        assert_eq!(
            Vers::<i64>::vers(&u64::MAX),
            Err(Echec::Entier(u64::MAX.into()))
        );
        assert_eq!(Vers::<i64>::vers(&u128::MAX), Err(Echec::Entier(i128::MAX)));
        assert_eq!(Vers::<i8>::vers(&i8::MIN), Ok(Some(i8::MIN)));
        assert_eq!(Vers::<u16>::vers(&None::<u8>), Ok(None));
        assert_eq!(Vers::<u16>::vers(&Some(7u8)), Ok(Some(7)));
    }

    #[test]
    fn decimaux_et_textes_se_convertissent_sans_perte() {
        assert_eq!(
            Vers::<Decimal>::vers(&u64::MAX),
            Ok(Some(Decimal::from(u64::MAX)))
        );
        assert_eq!(
            Vers::<Decimal>::vers(&i128::MAX),
            Err(Echec::Entier(i128::MAX))
        );
        assert_eq!(Vers::<String>::vers(&"abc"), Ok(Some("abc".to_owned())));
        assert_eq!(
            Vers::<String>::vers(&Cow::Borrowed("é")),
            Ok(Some("é".to_owned()))
        );
    }
}
