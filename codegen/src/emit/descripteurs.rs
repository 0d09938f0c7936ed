//! Field, block and code-list descriptions printed as Rust text: the values
//! `crate::description` builds, one table line each (see `tables.rs`).

use super::texte::lit;
use crate::naming::Noms;
use proc_macro2::TokenStream;
use quote::quote;
use sidoba::__private_v1::descripteur as d;
use sidoba::Decimal;

fn option<T>(v: &Option<T>, f: impl Fn(&T) -> String) -> String {
    match v {
        Some(v) => format!("Some({})", f(v)),
        None => "None".to_owned(),
    }
}

fn entier(v: &i64) -> String {
    match *v {
        i64::MIN => "i64::MIN".to_owned(),
        v => v.to_string(),
    }
}

fn naturel(v: &u64) -> String {
    v.to_string()
}

fn parts(d: &Decimal) -> (u32, u32, u32, bool, u32) {
    let m = d.mantissa().unsigned_abs();
    (
        m as u32,
        (m >> 32) as u32,
        (m >> 64) as u32,
        d.is_sign_negative(),
        d.scale(),
    )
}

/// A decimal constant for the tables, bit for bit.
fn decimal_texte(d: &Decimal) -> String {
    let (lo, mid, hi, neg, scale) = parts(d);
    format!("dec({lo}, {mid}, {hi}, {neg}, {scale})")
}

fn date_texte(d: &sidoba::Date) -> String {
    format!("ymd({}, {}, {})", d.annee(), d.mois(), d.jour())
}

/// A decimal constant, bit for bit (`Decimal::from_parts` is `const`), for
/// the compiled rules.
pub fn decimal(d: &Decimal) -> TokenStream {
    use proc_macro2::Literal;
    let (lo, mid, hi, neg, scale) = parts(d);
    let [lo, mid, hi] = [lo, mid, hi].map(Literal::u32_unsuffixed);
    let scale = Literal::u32_unsuffixed(scale);
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

/// A field's table line, `champ(nom, code, libellé, obligatoire, personnel,
/// genre, accessors)`. A motif is a `static` of its own (`motif` names it).
/// Every part of the value is printed: the destructuring is exhaustive, so
/// a new part cannot be left out.
pub fn champ(c: &d::Champ<'_>, nom: &str, motif: Option<&str>, noms: &Noms) -> String {
    let d::Champ {
        code,
        libelle,
        obligatoire,
        personnel,
        genre,
    } = c;
    let genre = match genre {
        d::Genre::Entier { min, max } => {
            format!("entier({}, {})", option(min, entier), option(max, entier))
        }
        d::Genre::Decimal {
            decimales,
            min,
            max,
        } => format!(
            "decimal({decimales}, {}, {})",
            option(min, decimal_texte),
            option(max, decimal_texte)
        ),
        d::Genre::Texte {
            longueur_min,
            longueur_max,
            motif: m,
        } => format!(
            "texte({}, {}, {})",
            option(longueur_min, naturel),
            option(longueur_max, naturel),
            match (m, motif) {
                (Some(_), Some(n)) => format!("Some(&{n})"),
                _ => "None".to_owned(),
            }
        ),
        d::Genre::Booleen => "booleen()".to_owned(),
        d::Genre::Date { min, max } => {
            format!(
                "date({}, {})",
                option(min, date_texte),
                option(max, date_texte)
            )
        }
        d::Genre::Code {
            nomenclature,
            multiple,
        } => format!(
            "code::<{}>({multiple})",
            noms.nomenclature(nomenclature.code)
        ),
    };
    format!(
        "champ({}, {}, {}, {obligatoire}, {personnel}, {genre}),",
        lit(nom),
        lit(code),
        lit(libelle)
    )
}

/// A repeatable block's table line.
pub fn bloc(b: &d::Bloc<'_>, nom: &str) -> String {
    let d::Bloc {
        code,
        libelle,
        min_lignes,
        max_lignes,
    } = b;
    format!(
        "lignes({}, {}, {}, {}, {}),",
        lit(nom),
        lit(code),
        lit(libelle),
        option(min_lignes, naturel),
        option(max_lignes, naturel)
    )
}

/// A code list's `nomenclature!` invocation (see the runtime).
pub fn nomenclature(enumeration: &str, n: &d::Nomenclature<'_>, variantes: &[&str]) -> String {
    let d::Nomenclature {
        code,
        libelle,
        reference,
        valeurs,
    } = n;
    // The reference only when there is one: other lists print as before.
    let reference = reference.map_or(String::new(), |r| format!(", {}", lit(r)));
    let mut s = format!(
        "    __prive::nomenclature! {{\n        {enumeration} = {}, {}, {}{reference};\n",
        lit(code),
        lit(libelle),
        valeurs.len()
    );
    for (v, nom) in valeurs.iter().zip(variantes) {
        let d::Valeur {
            code,
            libelle,
            actif,
        } = v;
        s.push_str(&format!(
            "        {nom} = {}, {}, {actif};\n",
            lit(code),
            lit(libelle)
        ));
    }
    s.push_str("    }\n");
    s
}
