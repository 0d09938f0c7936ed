//! The Rust type of each field.

use crate::naming::Noms;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use sidoba_core::model::TypeChamp;

/// The smallest integer type holding `min..=max`: unsigned when `min >= 0`
/// (never `u64`, so every choice converts losslessly into `i64`).
pub fn entier(min: Option<i64>, max: Option<i64>) -> &'static str {
    let (min, max) = (min.unwrap_or(i64::MIN), max.unwrap_or(i64::MAX));
    let tient = |a: i64, b: i64| min >= a && max <= b;
    if min >= 0 {
        if tient(0, u8::MAX.into()) {
            return "u8";
        }
        if tient(0, u16::MAX.into()) {
            return "u16";
        }
        if tient(0, u32::MAX.into()) {
            return "u32";
        }
        return "i64";
    }
    if tient(i8::MIN.into(), i8::MAX.into()) {
        "i8"
    } else if tient(i16::MIN.into(), i16::MAX.into()) {
        "i16"
    } else if tient(i32::MIN.into(), i32::MAX.into()) {
        "i32"
    } else {
        "i64"
    }
}

pub fn ident(nom: &str) -> Ident {
    Ident::new(nom, Span::call_site())
}

/// The value type (without the `Option`).
pub fn rust(t: &TypeChamp, noms: &Noms) -> TokenStream {
    match t {
        TypeChamp::Entier { min, max } => {
            let i = ident(entier(*min, *max));
            quote!(#i)
        }
        TypeChamp::Decimal { .. } => quote!(sidoba::Decimal),
        TypeChamp::Texte { .. } => quote!(String),
        TypeChamp::Booleen => quote!(bool),
        TypeChamp::Date { .. } => quote!(sidoba::Date),
        TypeChamp::Code {
            nomenclature,
            multiple,
        } => {
            let e = ident(noms.nomenclature(nomenclature));
            if *multiple {
                quote!(sidoba::Codes<#e>)
            } else {
                quote!(#e)
            }
        }
    }
}

/// The value type as text (without the `Option`).
pub fn rust_texte(t: &TypeChamp, noms: &Noms) -> String {
    match t {
        TypeChamp::Entier { min, max } => entier(*min, *max).to_owned(),
        TypeChamp::Decimal { .. } => "sidoba::Decimal".to_owned(),
        TypeChamp::Texte { .. } => "String".to_owned(),
        TypeChamp::Booleen => "bool".to_owned(),
        TypeChamp::Date { .. } => "sidoba::Date".to_owned(),
        TypeChamp::Code {
            nomenclature,
            multiple: false,
        } => noms.nomenclature(nomenclature).to_owned(),
        TypeChamp::Code {
            nomenclature,
            multiple: true,
        } => format!("sidoba::Codes<{}>", noms.nomenclature(nomenclature)),
    }
}

#[cfg(test)]
mod tests {
    use super::entier;

    #[test]
    fn smallest_integer_type() {
        assert_eq!(entier(Some(0), Some(2000)), "u16");
        assert_eq!(entier(Some(0), Some(255)), "u8");
        assert_eq!(entier(Some(0), None), "i64");
        assert_eq!(entier(Some(-1), Some(127)), "i8");
        assert_eq!(entier(Some(-129), Some(0)), "i16");
        assert_eq!(entier(None, None), "i64");
        assert_eq!(entier(Some(0), Some(i64::from(u32::MAX))), "u32");
        assert_eq!(entier(Some(0), Some(i64::from(u32::MAX) + 1)), "i64");
    }
}
