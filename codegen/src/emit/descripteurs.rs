//! `static` descriptions of fields, blocks and code lists, handed to the
//! runtime's shared reading and checking functions: the values
//! `crate::description` builds, printed as tokens.

use super::types::ident;
use crate::model::{Bloc, Champ};
use crate::naming::Noms;
use proc_macro2::{Ident, TokenStream};
use quote::quote;
use sidoba::__private::descripteur as d;
use sidoba::Decimal;

pub fn nom_champ(c: &Champ, noms: &Noms) -> Ident {
    nom_de("CHAMP", &c.code, noms)
}

pub fn nom_bloc(b: &Bloc, noms: &Noms) -> Ident {
    nom_de("BLOC", &b.code, noms)
}

/// The `static`'s name: a prefix and the member's Rust name, upper case.
fn nom_de(prefixe: &str, code: &str, noms: &Noms) -> Ident {
    ident(&format!(
        "{prefixe}_{}",
        noms.champ(code).to_ascii_uppercase()
    ))
}

fn option<T>(v: &Option<T>, f: impl Fn(&T) -> TokenStream) -> TokenStream {
    match v {
        Some(v) => {
            let t = f(v);
            quote!(Some(#t))
        }
        None => quote!(None),
    }
}

fn entier(v: &i64) -> TokenStream {
    match *v {
        i64::MIN => quote!(i64::MIN),
        i64::MAX => quote!(i64::MAX),
        v => {
            let l = proc_macro2::Literal::i64_unsuffixed(v.unsigned_abs() as i64);
            if v < 0 { quote!(-#l) } else { quote!(#l) }
        }
    }
}

fn naturel(v: &u64) -> TokenStream {
    let l = proc_macro2::Literal::u64_unsuffixed(*v);
    quote!(#l)
}

/// A decimal constant, bit for bit (`Decimal::from_parts` is `const`).
pub fn decimal(d: &Decimal) -> TokenStream {
    use proc_macro2::Literal;
    let m = d.mantissa().unsigned_abs();
    let [lo, mid, hi] = [m as u32, (m >> 32) as u32, (m >> 64) as u32].map(Literal::u32_unsuffixed);
    let (neg, scale) = (d.is_sign_negative(), Literal::u32_unsuffixed(d.scale()));
    quote!(sidoba::Decimal::from_parts(#lo, #mid, #hi, #neg, #scale))
}

pub fn date(d: &sidoba::Date) -> TokenStream {
    use proc_macro2::Literal;
    let (a, m, j) = (
        Literal::u16_unsuffixed(d.annee()),
        Literal::u8_unsuffixed(d.mois()),
        Literal::u8_unsuffixed(d.jour()),
    );
    quote!(sidoba::Date::ymd(#a, #m, #j))
}

/// A field's description (built by `crate::description`) as a `static`,
/// with its motif's `static` before it. Every part of the value is printed:
/// the destructuring is exhaustive, so a new part cannot be left out.
pub fn champ(c: &d::Champ<'_>, noms: &Noms) -> TokenStream {
    let d::Champ {
        code,
        libelle,
        obligatoire,
        personnel,
        genre,
    } = c;
    let nom = nom_de("CHAMP", code, noms);
    let mut motif = quote!();
    let genre = match genre {
        d::Genre::Entier { min, max } => {
            let (min, max) = (option(min, entier), option(max, entier));
            quote!(Entier { min: #min, max: #max })
        }
        d::Genre::Decimal {
            decimales,
            min,
            max,
        } => {
            let (min, max) = (option(min, decimal), option(max, decimal));
            let decimales = proc_macro2::Literal::u32_unsuffixed(*decimales);
            quote!(Decimal { decimales: #decimales, min: #min, max: #max })
        }
        d::Genre::Texte {
            longueur_min,
            longueur_max,
            motif: m,
        } => {
            let (min, max) = (option(longueur_min, naturel), option(longueur_max, naturel));
            let m = match m {
                Some(m) => {
                    let (nom_motif, source) = (nom_de("MOTIF", code, noms), m.source);
                    motif = quote!(static #nom_motif: sidoba::__private::descripteur::Motif<'static> = sidoba::__private::descripteur::Motif::new(#source););
                    quote!(Some(&#nom_motif))
                }
                None => quote!(None),
            };
            quote!(Texte { longueur_min: #min, longueur_max: #max, motif: #m })
        }
        d::Genre::Booleen => quote!(Booleen),
        d::Genre::Date { min, max } => {
            let (min, max) = (option(min, date), option(max, date));
            quote!(Date { min: #min, max: #max })
        }
        d::Genre::Code {
            nomenclature,
            multiple,
        } => {
            let e = ident(noms.nomenclature(nomenclature.code));
            quote!(Code { nomenclature: <#e as sidoba::Code>::NOMENCLATURE, multiple: #multiple })
        }
    };
    quote! {
        #motif
        static #nom: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
            code: #code,
            libelle: #libelle,
            obligatoire: #obligatoire,
            personnel: #personnel,
            genre: sidoba::__private::descripteur::Genre::#genre,
        };
    }
}

/// A repeatable block's description as a `static`.
pub fn bloc(b: &d::Bloc<'_>, noms: &Noms) -> TokenStream {
    let d::Bloc {
        code,
        libelle,
        min_lignes,
        max_lignes,
    } = b;
    let nom = nom_de("BLOC", code, noms);
    let (min, max) = (option(min_lignes, naturel), option(max_lignes, naturel));
    quote! {
        static #nom: sidoba::__private::descripteur::Bloc<'static> = sidoba::__private::descripteur::Bloc {
            code: #code,
            libelle: #libelle,
            min_lignes: #min,
            max_lignes: #max,
        };
    }
}

/// A code list's description, the value of its enum's `NOMENCLATURE`.
pub fn nomenclature(n: &d::Nomenclature<'_>) -> TokenStream {
    let d::Nomenclature {
        code,
        libelle,
        valeurs,
    } = n;
    let valeurs = valeurs.iter().map(|v| {
        let d::Valeur {
            code,
            libelle,
            actif,
        } = v;
        quote!(sidoba::__private::descripteur::Valeur { code: #code, libelle: #libelle, actif: #actif })
    });
    quote!(sidoba::__private::descripteur::Nomenclature { code: #code, libelle: #libelle, valeurs: &[#(#valeurs),*] })
}
