//! `sidoba schema`: a JSON Schema (draft 2020-12) of a model's WS05 payload,
//! for validators that know nothing of sidoba.
//!
//! It says what a schema can: types, required keys (a required field may
//! not be `null`), integer and decimal bounds, the decimal step as an exact
//! `multipleOf`, lengths, patterns (anchored, as sidoba matches the whole
//! value), active codes of each list, distinct codes in `multiple` fields,
//! row counts, and no unknown key anywhere. What it cannot — the
//! consistency rules, date bounds, refusing inactive codes while reading old
//! data, the no-exponent rule for decimals — is named in its description.

use crate::forme::{self, Forme, Membre};
use crate::json_texte::Json;
use crate::model::{Modele, TypeChamp};

/// `YYYY-MM-DD` of an existing day of the Gregorian calendar.
pub const DATE: &str = "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)$";

fn ch(s: impl Into<String>) -> Json {
    Json::Chaine(s.into())
}

fn obj(v: Vec<(&str, Json)>) -> Json {
    Json::Objet(v.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

/// The schema, pretty-printed.
pub fn schema(m: &Modele) -> String {
    let formes = forme::formes(m);
    let mut non_exprime = vec![
        "les décimaux écrits en notation exponentielle sont refusés par SIDOBA".to_owned(),
        "une valeur de nomenclature inactive n'est pas acceptée (le schéma ne liste que les valeurs actives)".to_owned(),
    ];
    for (_, c) in m.champs() {
        if let TypeChamp::Date { min, max } = &c.type_
            && (min.is_some() || max.is_some())
        {
            let b = |d: &Option<sidoba::Date>| d.map_or("…".to_owned(), |d| d.to_string());
            non_exprime.push(format!(
                "« {} » doit être comprise entre {} et {}",
                c.code,
                b(min),
                b(max)
            ));
        }
    }
    for (_, c) in m.champs() {
        if let TypeChamp::Texte { motif: Some(p), .. } = &c.type_
            && motif_ecma(p).is_none()
        {
            non_exprime.push(format!(
                "« {} » doit respecter en entier le motif « {p} » (syntaxe des expressions régulières Rust, sans équivalent ECMA-262)",
                c.code
            ));
        }
    }
    for r in &m.regles {
        non_exprime.push(format!(
            "règle {} ({}) : {} — {}",
            r.code,
            r.severite.code(),
            r.expression,
            r.message
        ));
    }
    let liste = non_exprime.join(" ; ");
    let fin = if liste.ends_with('.') { "" } else { "." };
    let description = format!(
        "Payload WS05 du modèle {} version {} (campagne {}), généré par sidoba. Non exprimé par ce schéma : {liste}{fin}",
        m.identite.code, m.identite.version, m.campagne.id,
    );
    obj(vec![
        (
            "$schema",
            ch("https://json-schema.org/draft/2020-12/schema"),
        ),
        (
            "title",
            ch(format!("Payload WS05 — {}", m.campagne.libelle)),
        ),
        ("description", ch(description)),
        ("type", ch("object")),
        (
            "required",
            Json::Tableau(vec![ch("campagne"), ch("modele"), ch("donnees")]),
        ),
        ("additionalProperties", Json::Booleen(false)),
        (
            "properties",
            obj(vec![
                ("campagne", obj(vec![("const", ch(m.campagne.id.clone()))])),
                (
                    "modele",
                    obj(vec![
                        ("type", ch("object")),
                        ("required", Json::Tableau(vec![ch("code"), ch("version")])),
                        ("additionalProperties", Json::Booleen(false)),
                        (
                            "properties",
                            obj(vec![
                                ("code", obj(vec![("const", ch(m.identite.code.clone()))])),
                                (
                                    "version",
                                    obj(vec![("const", ch(m.identite.version.clone()))]),
                                ),
                            ]),
                        ),
                    ]),
                ),
                ("donnees", objet(m, &formes, &formes[0])),
            ]),
        ),
    ])
    .joli()
}

/// A `motif` as an ECMA-262 `pattern`, which is unanchored: `^(?:PAT)$`.
/// Only built from a pattern valid alone (never a wrapped text from an
/// unbalanced one), and left out when the pattern has inline flags
/// (`(?i)`, `(?m)`, `(?x)`…) or named groups, which ECMA-262 writes
/// otherwise or not at all; the schema's description names it instead.
pub fn motif_ecma(p: &str) -> Option<String> {
    sidoba::__private_v1::descripteur::Motif::compiler(p).ok()?;
    let rust_seul = p
        .match_indices("(?")
        .any(|(i, _)| !p[i + 2..].starts_with(':'));
    (!rust_seul).then(|| format!("^(?:{p})$"))
}

fn objet(m: &Modele, formes: &[Forme], f: &Forme) -> Json {
    let mut proprietes = Vec::new();
    let mut requis = Vec::new();
    for mb in &f.membres {
        match mb {
            Membre::Champ { champ, .. } => {
                if champ.obligatoire {
                    requis.push(ch(champ.code.clone()));
                }
                proprietes.push((champ.code.clone(), valeur(m, champ)));
            }
            Membre::Lignes(b) => {
                let Some(fl) = formes
                    .iter()
                    .find(|x| x.bloc.is_some_and(|x| x.code == b.code))
                else {
                    continue;
                };
                let mut t = vec![
                    ("type", Json::Tableau(vec![ch("array"), ch("null")])),
                    ("items", objet(m, formes, fl)),
                ];
                if let Some(n) = b.min_lignes.filter(|&n| n > 0) {
                    // No rows is also written by leaving the key out.
                    t[0] = ("type", ch("array"));
                    t.push(("minItems", Json::Nombre(n.to_string())));
                    requis.push(ch(b.code.clone()));
                }
                if let Some(n) = b.max_lignes {
                    t.push(("maxItems", Json::Nombre(n.to_string())));
                }
                t.insert(0, ("description", ch(b.libelle.clone())));
                proprietes.push((b.code.clone(), obj(t)));
            }
        }
    }
    obj(vec![
        ("type", ch("object")),
        ("required", Json::Tableau(requis)),
        ("additionalProperties", Json::Booleen(false)),
        ("properties", Json::Objet(proprietes)),
    ])
}

fn valeur(m: &Modele, c: &crate::model::Champ) -> Json {
    let nombre = |s: String| Json::Nombre(s);
    let type_ = |t: &str| {
        if c.obligatoire {
            ch(t)
        } else {
            Json::Tableau(vec![ch(t), ch("null")])
        }
    };
    let mut v = vec![("description", ch(c.libelle.clone()))];
    match &c.type_ {
        TypeChamp::Entier { min, max } => {
            v.push(("type", type_("integer")));
            // A 64-bit integer at most, as SIDOBA reads them.
            v.push(("minimum", nombre(min.unwrap_or(i64::MIN).to_string())));
            v.push(("maximum", nombre(max.unwrap_or(i64::MAX).to_string())));
        }
        TypeChamp::Decimal {
            decimales,
            min,
            max,
        } => {
            v.push(("type", type_("number")));
            let pas = sidoba::Decimal::new(1, *decimales);
            v.push(("multipleOf", nombre(pas.to_string())));
            if let Some(x) = min {
                v.push(("minimum", nombre(x.to_string())));
            }
            if let Some(x) = max {
                v.push(("maximum", nombre(x.to_string())));
            }
        }
        TypeChamp::Texte {
            longueur_min,
            longueur_max,
            motif,
        } => {
            v.push(("type", type_("string")));
            // `""` is not filled: a required text needs one character.
            let min = longueur_min.unwrap_or(0).max(u64::from(c.obligatoire));
            if min > 0 {
                v.push(("minLength", nombre(min.to_string())));
            }
            if let Some(n) = longueur_max {
                v.push(("maxLength", nombre(n.to_string())));
            }
            if let Some(p) = motif.as_deref().and_then(motif_ecma) {
                v.push(("pattern", ch(p)));
            }
        }
        TypeChamp::Booleen => v.push(("type", type_("boolean"))),
        TypeChamp::Date { .. } => {
            v.push(("type", type_("string")));
            v.push(("format", ch("date")));
            // `format` is only an annotation in 2020-12: the pattern says
            // exactly which days exist (leap years included).
            v.push(("pattern", ch(DATE)));
        }
        TypeChamp::Code {
            nomenclature,
            multiple,
        } => {
            let mut codes: Vec<Json> = m
                .nomenclature(nomenclature)
                .map(|n| {
                    n.valeurs
                        .iter()
                        .filter(|x| x.actif)
                        .map(|x| ch(x.code.clone()))
                        .collect()
                })
                .unwrap_or_default();
            if *multiple {
                v.push(("type", type_("array")));
                if c.obligatoire {
                    // `[]` is not filled.
                    v.push(("minItems", nombre("1".to_owned())));
                }
                v.push(("uniqueItems", Json::Booleen(true)));
                v.push(("items", obj(vec![("enum", Json::Tableau(codes))])));
            } else {
                if !c.obligatoire {
                    codes.push(Json::Null);
                }
                v.push(("enum", Json::Tableau(codes)));
            }
        }
    }
    if c.obligatoire {
        return obj(v);
    }
    // `""` and `[]` are read as not filled (WS05), like `null`.
    let description = v.remove(0);
    obj(vec![
        description,
        (
            "anyOf",
            Json::Tableau(vec![
                obj(v),
                // Typed branches rather than one `enum` of a string and an
                // array: generators (typify) infer one type per `enum`.
                obj(vec![
                    ("type", ch("string")),
                    ("maxLength", nombre("0".to_owned())),
                ]),
                obj(vec![
                    ("type", ch("array")),
                    ("maxItems", nombre("0".to_owned())),
                ]),
            ]),
        ),
    ])
}

#[cfg(test)]
mod tests {
    #[test]
    fn patterns_are_anchored_and_never_built_from_invalid_motifs() {
        use super::motif_ecma;
        assert_eq!(motif_ecma("a|b").as_deref(), Some("^(?:a|b)$"));
        assert_eq!(motif_ecma("(?:a)|b").as_deref(), Some("^(?:(?:a)|b)$"));
        for p in ["a)|(b", "(?m)^a$", "(?x) a # c", "(?i)abc", "(?P<n>a)", "("] {
            assert_eq!(motif_ecma(p), None, "{p}");
        }
    }

    #[test]
    fn the_date_pattern_is_the_calendar() {
        let r = regex::Regex::new(super::DATE).unwrap();
        for (annee, mois, jour) in [
            (2024, 2, 29),
            (2000, 2, 29),
            (1900, 2, 28),
            (2025, 12, 31),
            (2025, 4, 30),
        ] {
            assert!(r.is_match(&format!("{annee:04}-{mois:02}-{jour:02}")));
        }
        for d in [
            "2025-02-29",
            "1900-02-29",
            "2025-04-31",
            "2025-13-01",
            "2025-00-10",
            "25-01-01",
        ] {
            assert!(!r.is_match(d), "{d}");
        }
        // Agrees with the runtime's date reading over four centuries.
        for a in 1600..2000u16 {
            for m in 1..=12u8 {
                for j in [28u8, 29, 30, 31] {
                    let t = format!("{a:04}-{m:02}-{j:02}");
                    assert_eq!(r.is_match(&t), t.parse::<sidoba::Date>().is_ok(), "{t}");
                }
            }
        }
    }
}
