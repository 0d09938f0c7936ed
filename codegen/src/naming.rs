//! Codes → Rust identifiers.
//!
//! Model codes are arbitrary strings (accents, hyphens, capitals, leading
//! digits, Rust keywords). Every identifier the generator or the derive uses
//! comes from here, so that both always agree. The rules:
//! - transliterate to ASCII (`nb_résidents` → `nb_residents`), split words
//!   on case changes and any non-alphanumeric character;
//! - fields are `snake_case`, types and variants `UpperCamelCase`;
//! - a keyword of any edition gets a trailing `_` (`type` → `type_`,
//!   `Self` → `Self_`); a leading digit gets a prefix (`2025_total` →
//!   `champ_2025_total`, value `1` → `V1`); a code with no letter or digit is
//!   spelt out (`+` → `Plus`);
//! - collisions are resolved over the whole namespace, the same way every
//!   time: among codes that give the same name, the code that *is* that
//!   name keeps it (failing that, the first in byte order), the others
//!   take `_2`, `_3`… (`2`, `3`… for types) in the byte order of their
//!   codes. Only the colliding codes matter, so
//!   adding an unrelated code never renames anything.

use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::{BTreeMap, BTreeSet};

/// Keywords of editions 2015 to 2024, strict and reserved.
const MOTS_CLES: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Type names the generated module uses itself or takes from the prelude.
const TYPES_RESERVES: &[&str] = &[
    "Rapport",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "Vec",
    "String",
    "Box",
    "Default",
    "Clone",
    "Copy",
    "Debug",
    "Display",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "FromStr",
    "Iterator",
    "Send",
    "Sync",
    "Sized",
    "Fn",
    "FnMut",
    "FnOnce",
    "Drop",
    "From",
    "Into",
    "ToString",
    "AsRef",
    "Self_",
];

fn symbole(c: char) -> Option<&'static str> {
    Some(match c {
        '+' => "plus",
        '-' => "moins",
        '*' => "etoile",
        '/' => "barre",
        '%' => "pourcent",
        '<' => "inf",
        '>' => "sup",
        '=' => "egal",
        '.' => "point",
        '#' => "diese",
        '&' => "et",
        '@' => "arobase",
        '!' => "excl",
        '?' => "question",
        '$' => "dollar",
        '€' => "euro",
        _ => return None,
    })
}

/// ASCII words of a code, symbols spelt out when there is nothing else.
fn ascii(code: &str) -> String {
    // Per character, so that a capital ligature (`Œ` → `OE`) stays one
    // word (`Oe`) instead of being split by the case-change rule.
    let t: String = code
        .chars()
        .map(|c| match deunicode::deunicode_char(c) {
            _ if c.is_ascii() => c.to_string(),
            Some(t) if t.len() > 1 && t.chars().all(|c| c.is_ascii_uppercase()) => {
                let mut x = t.to_ascii_lowercase();
                x[..1].make_ascii_uppercase();
                x
            }
            Some(t) => t.to_owned(),
            None => " ".to_owned(),
        })
        .collect();
    if t.chars().any(|c| c.is_ascii_alphanumeric()) {
        return t;
    }
    let mots: Vec<&str> = code.chars().filter_map(symbole).collect();
    if mots.is_empty() {
        "x".to_owned()
    } else {
        mots.join("_")
    }
}

/// The base field name of a code, before collision resolution.
pub fn champ(code: &str) -> String {
    let s: String = ascii(code)
        .to_snake_case()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let s = if s.is_empty() { "x".to_owned() } else { s };
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("champ_{s}")
    } else if MOTS_CLES.contains(&s.as_str()) {
        format!("{s}_")
    } else {
        s
    }
}

/// The base `UpperCamelCase` name of a code; `prefixe` goes before a
/// leading digit (`V` for variants).
pub fn type_(code: &str, prefixe: &str) -> String {
    let s: String = ascii(code)
        .to_upper_camel_case()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    let s = if s.is_empty() { "X".to_owned() } else { s };
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{prefixe}{s}")
    } else if s == "Self" {
        "Self_".to_owned()
    } else {
        s
    }
}

/// Resolves collisions among `(code, base name)` pairs; `reserves` are taken
/// already. `sep` goes between a name and its number.
pub fn resoudre<'c>(
    codes: impl IntoIterator<Item = (&'c str, String)>,
    reserves: &[&str],
    sep: &str,
) -> BTreeMap<&'c str, String> {
    let mut groupes: BTreeMap<String, Vec<&'c str>> = BTreeMap::new();
    for (code, base) in codes {
        groupes.entry(base).or_default().push(code);
    }
    let mut pris: BTreeSet<String> = reserves.iter().map(|s| s.to_string()).collect();
    // Unique, unreserved bases are final: taking them first means a later
    // numbered name can never steal one.
    for (base, codes) in &groupes {
        if codes.len() == 1 && !pris.contains(base) {
            pris.insert(base.clone());
        }
    }
    let mut noms = BTreeMap::new();
    for (base, mut codes) in groupes {
        if codes.len() == 1 && pris.contains(&base) && !reserves.contains(&base.as_str()) {
            noms.insert(codes[0], base);
            continue;
        }
        codes.sort_unstable();
        codes.dedup();
        // The code spelt like the name (give or take a keyword's `_`) keeps
        // it; failing that, the first code in byte order.
        if !reserves.contains(&base.as_str()) && !pris.contains(&base) {
            let i = codes
                .iter()
                .position(|c| *c == base || base.strip_suffix('_') == Some(*c))
                .unwrap_or(0);
            let c = codes.remove(i);
            pris.insert(base.clone());
            noms.insert(c, base.clone());
        }
        let mut n = 2;
        // `type_` numbers as `type_2`, `Self_` as `Self2`: lint-clean.
        let racine = base.trim_end_matches('_');
        for c in codes {
            let nom = loop {
                let essai = format!("{racine}{sep}{n}");
                n += 1;
                if !pris.contains(&essai) {
                    break essai;
                }
            };
            pris.insert(nom.clone());
            noms.insert(c, nom);
        }
    }
    noms
}

/// Every name of one model.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Noms {
    /// Field and block code → struct field name (one namespace: the payload's).
    pub champs: BTreeMap<String, String>,
    /// Nomenclature code → enum name.
    pub nomenclatures: BTreeMap<String, String>,
    /// Repeatable block code → row struct name.
    pub lignes: BTreeMap<String, String>,
    /// Nomenclature code → value code → variant name.
    pub variantes: BTreeMap<String, BTreeMap<String, String>>,
}

impl Noms {
    pub fn de(m: &sidoba_core::model::Modele) -> Noms {
        let blocs = m.tous_les_blocs();
        let champs = resoudre(
            blocs
                .iter()
                .flat_map(|b| {
                    std::iter::once(b.code.as_str()).chain(b.champs.iter().map(|c| c.code.as_str()))
                })
                .map(|c| (c, champ(c))),
            &[],
            "_",
        );
        // Enums and row structs share the module's type namespace.
        let types = resoudre(
            m.nomenclatures
                .iter()
                .map(|n| (n.code.as_str(), type_(&n.code, "N")))
                .chain(
                    blocs
                        .iter()
                        .filter(|b| b.repetable)
                        .map(|b| (b.code.as_str(), format!("Ligne{}", type_(&b.code, "")))),
                )
                .collect::<Vec<_>>(),
            TYPES_RESERVES,
            "",
        );
        let possede = |t: BTreeMap<&str, String>| -> BTreeMap<String, String> {
            t.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
        };
        let types = possede(types);
        Noms {
            champs: possede(champs),
            nomenclatures: m
                .nomenclatures
                .iter()
                .filter_map(|n| Some((n.code.clone(), types.get(&n.code)?.clone())))
                .collect(),
            lignes: blocs
                .iter()
                .filter(|b| b.repetable)
                .filter_map(|b| Some((b.code.clone(), types.get(&b.code)?.clone())))
                .collect(),
            variantes: m
                .nomenclatures
                .iter()
                .map(|n| {
                    let v = resoudre(
                        n.valeurs
                            .iter()
                            .map(|v| (v.code.as_str(), type_(&v.code, "V"))),
                        &["Self_"],
                        "",
                    );
                    (n.code.clone(), possede(v))
                })
                .collect(),
        }
    }

    /// The field name of a field or block code (codes of a checked model
    /// always have one).
    pub fn champ(&self, code: &str) -> &str {
        self.champs.get(code).map_or("x", String::as_str)
    }

    pub fn nomenclature(&self, code: &str) -> &str {
        self.nomenclatures.get(code).map_or("X", String::as_str)
    }

    pub fn ligne(&self, code: &str) -> &str {
        self.lignes.get(code).map_or("X", String::as_str)
    }

    pub fn variante(&self, nomenclature: &str, valeur: &str) -> &str {
        self.variantes
            .get(nomenclature)
            .and_then(|v| v.get(valeur))
            .map_or("X", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_ascii_snake_case() {
        assert_eq!(champ("nb_résidents"), "nb_residents");
        assert_eq!(champ("nombreDePlaces"), "nombre_de_places");
        assert_eq!(champ("NB-PLACES"), "nb_places");
        assert_eq!(champ("2025_total"), "champ_2025_total");
        assert_eq!(champ("Œuvre sociale"), "oeuvre_sociale");
        assert_eq!(champ("+"), "plus");
        assert_eq!(champ("<="), "inf_egal");
        assert_eq!(champ("🙂"), "slight_smile");
        assert_eq!(champ("é"), "e");
        assert_eq!(champ("\u{0}"), "x");
    }

    #[test]
    fn keywords_of_every_edition() {
        for (code, nom) in [
            ("type", "type_"),
            ("self", "self_"),
            ("Self", "self_"),
            ("crate", "crate_"),
            ("super", "super_"),
            ("gen", "gen_"),
            ("async", "async_"),
            ("_", "x"),
            ("match", "match_"),
        ] {
            assert_eq!(champ(code), nom, "{code}");
        }
        assert_eq!(type_("Self", "V"), "Self_");
        assert_eq!(type_("1", "V"), "V1");
        assert_eq!(type_("-", "V"), "Moins");
        assert_eq!(type_("statut_juridique", "N"), "StatutJuridique");
    }

    #[test]
    fn collisions_resolve_predictably() {
        let codes = ["nb-places", "nb_places", "NB_PLACES", "nb_places_2"];
        let noms = resoudre(codes.iter().map(|c| (*c, champ(c))), &[], "_");
        assert_eq!(noms["nb_places"], "nb_places");
        assert_eq!(noms["nb_places_2"], "nb_places_2");
        // Byte order: "NB_PLACES" < "nb-places".
        assert_eq!(noms["NB_PLACES"], "nb_places_3");
        assert_eq!(noms["nb-places"], "nb_places_4");
        let noms = resoudre(["type", "Type"].iter().map(|c| (*c, champ(c))), &[], "_");
        assert_eq!(
            (noms["Type"].as_str(), noms["type"].as_str()),
            ("type_2", "type_")
        );
    }

    #[test]
    fn reserved_type_names_are_avoided() {
        let noms = resoudre(
            [
                ("option", type_("option", "N")),
                ("rapport", type_("rapport", "N")),
            ],
            TYPES_RESERVES,
            "",
        );
        assert_eq!(noms["option"], "Option2");
        assert_eq!(noms["rapport"], "Rapport2");
    }
}
