//! The heart of validation: the compiled validators (generated Rust) and the
//! model-driven one (`sidoba validate`) give the same findings, in the same
//! order, on every payload — valid, faulty, at the edges — for the sample
//! models and for synthetic ones.

use sidoba::{Constats, ErreurLecture};
use sidoba_core::__interne::synthese;
use sidoba_core::model::{Modele, Source, charger};
use sidoba_core::validate;

fn modele(nom: &str, texte: &str) -> Modele {
    let source = Source::depuis_octets(nom, texte.as_bytes().to_vec()).unwrap();
    charger(&source, false)
        .unwrap_or_else(|d| panic!("{nom}: {}", d[0]))
        .0
}

#[track_caller]
fn accord(m: &Modele, payload: &str, compile: Result<Constats, ErreurLecture>) {
    let interprete = validate::valider(m, payload);
    assert_eq!(
        compile, interprete,
        "the two validators disagree on:\n{payload}"
    );
}

/// Payloads per model and defect rate: clean, a few faults, many faults.
fn charges(m: &Modele) -> impl Iterator<Item = String> + '_ {
    [0u64, 5, 20, 60]
        .into_iter()
        .flat_map(move |d| (0..60).map(move |g| synthese::payload(m, g * 7 + d, d)))
}

#[test]
fn synthetic_models() {
    let mut constats = 0;
    for (id, texte) in sidoba_tests::synthetiques::MODELES {
        let m = modele(id, texte);
        for p in charges(&m) {
            let compile = sidoba_tests::synthetiques::valider(id, &p).unwrap();
            constats += compile.as_ref().map_or(0, Constats::len);
            accord(&m, &p, compile);
        }
    }
    // The payloads do exercise the validators.
    assert!(constats > 1000, "{constats}");
}

macro_rules! modele_exemple {
    ($test:ident, $fichier:literal, $module:ident) => {
        #[test]
        fn $test() {
            let texte = include_str!(concat!("../../models/", $fichier, ".json"));
            let m = modele($fichier, texte);
            let echantillon =
                include_str!(concat!("../../generated/tests/donnees/", $fichier, ".json"));
            accord(
                &m,
                echantillon,
                generated::$module::Rapport::valider_payload(echantillon),
            );
            let mut regles = 0;
            for p in charges(&m) {
                let compile = generated::$module::Rapport::valider_payload(&p);
                regles += compile
                    .as_ref()
                    .map_or(0, |c| c.iter().filter(|c| c.regle.is_some()).count());
                accord(&m, &p, compile);
            }
            assert!(regles > 0, "no rule ever fired");
            // Edits of the realistic sample: every field at odd values.
            for p in mutations(echantillon) {
                let compile = generated::$module::Rapport::valider_payload(&p);
                accord(&m, &p, compile);
            }
        }
    };
}

modele_exemple!(rama_2025, "rama-2025", rama_2025);
modele_exemple!(rama_2026, "rama-2026", rama_2026);
modele_exemple!(ra_camsp_2025, "ra-camsp-2025", ra_camsp_2025);
modele_exemple!(ra_cmpp_2025, "ra-cmpp-2025", ra_cmpp_2025);
modele_exemple!(ssiad_2025, "ssiad-2025", ssiad_2025);

/// The sample with each value replaced, in turn, by edge values.
fn mutations(echantillon: &str) -> impl Iterator<Item = String> + '_ {
    const VALEURS: &[&str] = &[
        "null",
        "0",
        "-1",
        "1.5",
        "0.001",
        "-0.00",
        "99999999.999",
        "1e2",
        "\"\"",
        "\"x\"",
        "true",
        "[]",
        "{}",
        "9223372036854775807",
        "-9223372036854775808",
        "99999999999999999999999999999",
        "\"2025-02-29\"",
        "[\"PUB\",\"PUB\"]",
        "[\"PUB\",\"ZZZ\",\"PUB\",\"PUB\",\"ZZZ\",1]",
        "[\"\"]",
        "\"a\\nb\"",
        "12x",
    ];
    // Positions of `:` that start a value (outside strings).
    let mut debuts = Vec::new();
    let mut dans_chaine = false;
    let mut echappe = false;
    for (i, b) in echantillon.bytes().enumerate() {
        match b {
            _ if echappe => echappe = false,
            b'\\' if dans_chaine => echappe = true,
            b'"' => dans_chaine = !dans_chaine,
            b':' if !dans_chaine => debuts.push(i + 1),
            _ => {}
        }
    }
    debuts.into_iter().skip(3).flat_map(move |d| {
        // The value runs to the next `,` or `}` at the same depth (scalars only).
        let fin = echantillon[d..].find([',', '}', ']']).map(|f| d + f);
        VALEURS.iter().filter_map(move |v| {
            let fin = fin?;
            let avant = &echantillon[d..fin];
            (!avant.starts_with(['[', '{']))
                .then(|| format!("{}{v}{}", &echantillon[..d], &echantillon[fin..]))
        })
    })
}

// ---- Rules: operand order, zero divisors, absent fields ----

/// Payloads of the operand-order model: every mix of absent, zero and other
/// values, with no rows, one, or one where the summed field is absent.
fn charges_ordre() -> Vec<String> {
    let mut out = Vec::new();
    for a in [None, Some("0"), Some("1"), Some("2"), Some("3"), Some("-2")] {
        for b in [None, Some("0"), Some("2")] {
            for x in [None, Some("-1"), Some("1.5")] {
                for t in [
                    None,
                    Some("[]"),
                    Some(r#"[{"y":3}]"#),
                    Some(r#"[{"y":3},{}]"#),
                    Some(r#"[{"y":3,"u":[{"z":2},{},{"z":0}]},{"u":[{"z":-2}]}]"#),
                ] {
                    let membres: Vec<String> = [("a", a), ("b", b), ("x", x), ("t", t)]
                        .into_iter()
                        .filter_map(|(k, v)| Some(format!("\"{k}\":{}", v?)))
                        .collect();
                    out.push(format!(
                        r#"{{"campagne":"ORDRE-2025","modele":{{"code":"ORDRE","version":"1"}},"donnees":{{{}}}}}"#,
                        membres.join(",")
                    ));
                }
            }
        }
    }
    out
}

/// Rules combining two atoms both ways (`ET_i_j` is `Ai et Aj`, `ET_j_i` is
/// `Aj et Ai`; `IMP_i_j` is `Ai => Aj`, `NONOU_i_j` is `non (Ai) ou Aj`;
/// `ETL_i_j` a row rule on a nested table, each finding naming its row):
/// both validators agree, and each rule fires exactly when its mirror does,
/// whether a divisor is zero or a field is absent.
#[test]
fn verdicts_do_not_depend_on_operand_order() {
    let m = modele("ordre", sidoba_tests::synthetiques::ORDRE);
    let miroir = |code: &str| -> String {
        let v: Vec<&str> = code.split('_').collect();
        match v[..] {
            ["ET" | "OU" | "ETL", i, j] => format!("{}_{j}_{i}", v[0]),
            ["IMP", i, j] => format!("NONOU_{i}_{j}"),
            ["NONOU", i, j] => format!("IMP_{i}_{j}"),
            _ => panic!("{code}"),
        }
    };
    let (mut declenchees, mut lignes) = (0, 0);
    for p in charges_ordre() {
        let compile = sidoba_tests::synthetiques::ordre_2025::Rapport::valider_payload(&p);
        accord(&m, &p, compile.clone());
        let constats = compile.unwrap_or_else(|e| panic!("{e:?}\n{p}"));
        let regles: std::collections::BTreeSet<(String, &str)> = constats
            .iter()
            .filter_map(|c| Some((c.regle.clone()?, c.chemin.as_str())))
            .collect();
        for (code, chemin) in &regles {
            assert!(
                regles.contains(&(miroir(code), chemin)),
                "{code} at {chemin:?} but not its mirror, on:\n{p}"
            );
        }
        lignes += regles.iter().filter(|(_, c)| c.contains(".u[")).count();
        declenchees += regles.len();
    }
    assert!(declenchees > 1000, "{declenchees}");
    assert!(lignes > 0, "no row rule ever fired");
}

/// Values for every field of the `personnel` fixture: empty strings and
/// arrays, `multiple` mixes of known, unknown, inactive and repeated codes,
/// values that hostile motifs must refuse, syntax errors at personal fields.
const VALEURS_PERSONNEL: &[&str] = &[
    "null",
    "\"\"",
    "[]",
    "[\"\"]",
    "[[]]",
    "{}",
    "0",
    "18",
    "121",
    "-1",
    "1.755",
    "2.5",
    "1e2",
    "true",
    "\"a\"",
    "\"ab\"",
    "\"abb\"",
    "\"b\"",
    "\"a\\nb\"",
    "\"b\\na\"",
    "\"a5\"",
    "\"a5b\"",
    "\"1234567890123\"",
    "\"3234567890123\"",
    "\"12345\"",
    "\"2000-02-29\"",
    "\"1899-12-31\"",
    "\"2000-02-30\"",
    "\"AA\"",
    "\"CC\"",
    "\"ZZ\"",
    "[\"AA\"]",
    "[\"AA\",\"AA\",\"AA\"]",
    "[\"CC\",\"DD\"]",
    "[\"DD\",\"AA\",\"CC\"]",
    "[\"AA\",\"ZZ\",\"CC\",\"AA\",\"ZZ\",3,\"CC\",true]",
    "[\"ZZ\",\"ZZ\",\"YY\"]",
    "[\"\",\"\"]",
    "12x",
    "tru",
    "1.2.3",
];

#[test]
fn personnel_fixture() {
    let texte = include_str!("../models/personnel.json");
    let m = modele("personnel.json", texte);
    let codes: Vec<String> = m.champs().iter().map(|(_, c)| c.code.clone()).collect();
    let enveloppe = |d: &str| {
        format!(
            r#"{{"campagne":"PERSONNEL-2025","modele":{{"code":"PERSONNEL","version":"1.0"}},"donnees":{{{d}}}}}"#
        )
    };
    let mut constats = 0;
    let mut essayer = |d: String| {
        let p = enveloppe(&d);
        let compile = sidoba_tests::personnel_2025::Rapport::valider_payload(&p);
        constats += compile.as_ref().map_or(0, Constats::len);
        accord(&m, &p, compile);
    };
    // Each field alone at each value, then two fields at once.
    for (i, c) in codes.iter().enumerate() {
        for (j, v) in VALEURS_PERSONNEL.iter().enumerate() {
            essayer(format!(r#""{c}":{v}"#));
            let autre = &codes[(i + j + 1) % codes.len()];
            let w = VALEURS_PERSONNEL[(i * 7 + j * 3) % VALEURS_PERSONNEL.len()];
            if autre != c {
                essayer(format!(r#""{c}":{v},"{autre}":{w}"#));
            }
        }
    }
    for p in charges(&m) {
        let compile = sidoba_tests::personnel_2025::Rapport::valider_payload(&p);
        accord(&m, &p, compile);
    }
    assert!(constats > 500, "{constats}");
}

/// A product of two valid values beyond 28 significant digits: both
/// validators compute it exactly and report the rule, never skip it.
#[test]
fn products_beyond_a_decimal_are_checked_not_skipped() {
    let texte = include_str!("../models/types.json");
    let m = modele("types.json", texte);
    let payload = |d: &str| {
        format!(
            r#"{{"campagne":"TYPES-2025","modele":{{"code":"TYPES","version":"1.0"}},"donnees":{{"d_libre":{d}}}}}"#
        )
    };
    for (d, viole) in [
        ("12345678901234567890123.456", true),
        ("-9999999999999999999999999.999", true),
        ("10000000000", false),
        ("10000000000.001", true),
        ("9999999999.999", false),
    ] {
        let p = payload(d);
        let compile = sidoba_tests::types_2025::Rapport::valider_payload(&p);
        let r2 = compile
            .as_ref()
            .unwrap()
            .iter()
            .any(|c| c.message.contains("carré de d_libre"));
        assert_eq!(r2, viole, "{d}: {compile:?}");
        accord(&m, &p, compile);
    }
}
