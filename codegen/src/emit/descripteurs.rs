//! `static` descriptions of fields and blocks, handed to the runtime's
//! shared reading and checking functions.

use super::types::ident;
use crate::model::{Bloc, Champ, TypeChamp};
use crate::naming::Noms;
use proc_macro2::{Ident, TokenStream};
use quote::quote;
use sidoba::Decimal;

pub fn nom_champ(c: &Champ, noms: &Noms) -> Ident {
    ident(&format!(
        "CHAMP_{}",
        noms.champ(&c.code).to_ascii_uppercase()
    ))
}

pub fn nom_bloc(b: &Bloc, noms: &Noms) -> Ident {
    ident(&format!(
        "BLOC_{}",
        noms.champ(&b.code).to_ascii_uppercase()
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

pub fn champ(c: &Champ, noms: &Noms) -> TokenStream {
    let nom = nom_champ(c, noms);
    let (code, libelle, obligatoire, personnel) =
        (&c.code, &c.libelle, c.obligatoire, c.donnee_personnelle);
    let mut motif = quote!();
    let genre = match &c.type_ {
        TypeChamp::Entier { min, max } => {
            let (min, max) = (option(min, entier), option(max, entier));
            quote!(Entier { min: #min, max: #max })
        }
        TypeChamp::Decimal {
            decimales,
            min,
            max,
        } => {
            let (min, max) = (option(min, decimal), option(max, decimal));
            let decimales = proc_macro2::Literal::u32_unsuffixed(*decimales);
            quote!(Decimal { decimales: #decimales, min: #min, max: #max })
        }
        TypeChamp::Texte {
            longueur_min,
            longueur_max,
            motif: m,
        } => {
            let (min, max) = (option(longueur_min, naturel), option(longueur_max, naturel));
            let m = match m {
                Some(source) => {
                    let nom_motif = ident(&format!(
                        "MOTIF_{}",
                        noms.champ(&c.code).to_ascii_uppercase()
                    ));
                    motif = quote!(static #nom_motif: sidoba::__private::descripteur::Motif<'static> = sidoba::__private::descripteur::Motif::new(#source););
                    quote!(Some(&#nom_motif))
                }
                None => quote!(None),
            };
            quote!(Texte { longueur_min: #min, longueur_max: #max, motif: #m })
        }
        TypeChamp::Booleen => quote!(Booleen),
        TypeChamp::Date { min, max } => {
            let (min, max) = (option(min, date), option(max, date));
            quote!(Date { min: #min, max: #max })
        }
        TypeChamp::Code {
            nomenclature,
            multiple,
        } => {
            let e = ident(noms.nomenclature(nomenclature));
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

pub fn bloc(b: &Bloc, noms: &Noms) -> TokenStream {
    let nom = nom_bloc(b, noms);
    let (code, libelle) = (&b.code, &b.libelle);
    let (min, max) = (
        option(&b.min_lignes, naturel),
        option(&b.max_lignes, naturel),
    );
    quote! {
        static #nom: sidoba::__private::descripteur::Bloc<'static> = sidoba::__private::descripteur::Bloc {
            code: #code,
            libelle: #libelle,
            min_lignes: #min,
            max_lignes: #max,
        };
    }
}
