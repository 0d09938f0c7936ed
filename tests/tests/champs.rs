//! Field-level checks on the `personnel` fixture, through both validators
//! (compiled and model-driven), which must agree: empty values, `multiple`
//! code fields, hostile motifs, and personal data that never shows — in
//! findings, in `sidoba validate`'s text and JSON output, in reading errors.

use sidoba::{CodeConstat, Constats, ErreurLecture};
use sidoba_core::model::{Modele, Source, charger};
use sidoba_core::validate;
use sidoba_tests::personnel_2025::Rapport;

fn modele() -> Modele {
    let texte = include_str!("../models/personnel.json");
    let source = Source::depuis_octets("personnel.json", texte.as_bytes().to_vec()).unwrap();
    charger(&source, false).unwrap().0
}

fn payload(donnees: &str) -> String {
    format!(
        r#"{{"campagne":"PERSONNEL-2025","modele":{{"code":"PERSONNEL","version":"1.0"}},"donnees":{{{donnees}}}}}"#
    )
}

/// A valid filling of the mandatory fields, to which a case adds its own.
const BASE: &str = r#""p_nir":"1234567890123","p_lettres":["AA"],"t_vide":"x","n_compte":1"#;

/// Both validators' verdict, which must be the same.
#[track_caller]
fn valider(m: &Modele, p: &str) -> Result<Constats, ErreurLecture> {
    let compile = Rapport::valider_payload(p);
    assert_eq!(compile, validate::valider(m, p), "disagreement on {p}");
    compile
}

#[track_caller]
fn constats(m: &Modele, donnees: &str) -> Vec<(String, CodeConstat)> {
    let c = valider(m, &payload(donnees)).unwrap();
    c.iter().map(|c| (c.chemin.clone(), c.code)).collect()
}

fn a(chemin: &str, code: CodeConstat) -> (String, CodeConstat) {
    (chemin.to_owned(), code)
}

#[test]
fn empty_strings_and_arrays_are_not_filled() {
    let m = modele();
    let donnees = r#""p_nir":"","p_lettres":[],"t_vide":"","c_lettres":[],"c_lettre":"",
        "n_compte":"","p_age":[],"p_naissance":"","p_oui":"","t_alternative":"""#;
    use CodeConstat::Obligatoire;
    // No `type`, no `motif`, no rule: R1 and R2 read `renseigne` of
    // `t_vide` and `c_lettres`, false for them.
    assert_eq!(
        constats(&m, donnees),
        [
            a("p_nir", Obligatoire),
            a("p_lettres", Obligatoire),
            a("t_vide", Obligatoire)
        ]
    );
    let lu = Rapport::lire(&payload(donnees)).unwrap();
    assert!(lu.rejets.is_empty());
    let r = lu.rapport;
    assert_eq!(
        (r.p_nir, r.t_vide, r.c_lettre, r.n_compte),
        (None, None, None, None)
    );
    assert!(r.c_lettres.is_none() && r.p_lettres.is_none() && r.p_age.is_none());
    // Filled, the rules do read them.
    let c = constats(
        &m,
        r#""p_nir":"1234567890123","p_lettres":["AA"],"t_vide":"x","c_lettres":["BB"]"#,
    );
    assert_eq!(c, [a("", CodeConstat::Regle), a("", CodeConstat::Regle)]);
    // A non-empty array is still a wrong type for a scalar.
    let c = constats(&m, &format!(r#"{BASE},"p_age":[20]"#));
    assert_eq!(c, [a("p_age", CodeConstat::Type)]);
    // A report built in code: `Some("")` and no codes are not filled either.
    let mut r = Rapport::lire(&payload(BASE)).unwrap().rapport;
    r.t_vide = Some(String::new());
    r.p_lettres = Some(sidoba::Codes::new());
    let c: Vec<_> = r
        .valider()
        .iter()
        .map(|c| (c.chemin.clone(), c.code))
        .collect();
    assert_eq!(c, [a("p_lettres", Obligatoire), a("t_vide", Obligatoire)]);
    // ... and written as not filled: left out.
    let ecrit = r.payload_sans_validation();
    assert!(
        !ecrit.contains("t_vide") && !ecrit.contains("p_lettres"),
        "{ecrit}"
    );
}

#[test]
fn multiple_codes_give_every_element_its_findings_once() {
    use CodeConstat::{Doublon, Nomenclature, Type, ValeurInactive};
    let m = modele();
    let d = format!(r#"{BASE},"c_lettres":["AA","ZZ","CC","AA","AA","ZZ",3,"CC",true]"#);
    let c = valider(&m, &payload(&d)).unwrap();
    let codes: Vec<_> = c.iter().map(|c| (c.chemin.as_str(), c.code)).collect();
    let l = "c_lettres";
    assert_eq!(
        codes,
        [
            (l, Nomenclature),
            (l, ValeurInactive),
            (l, Doublon), // AA, three times: once
            (l, Doublon), // ZZ
            (l, Type),
            (l, Doublon), // CC
            (l, Type),
        ]
    );
    sans_doublon(&c);
    // Accepted (all known, distinct): inactive codes, in list order.
    let c = valider(
        &m,
        &payload(&format!(r#"{BASE},"c_lettres":["DD","AA","CC"]"#)),
    )
    .unwrap();
    let msg: Vec<_> = c.iter().map(|c| (c.code, c.message.as_str())).collect();
    assert_eq!(
        msg,
        [
            (
                ValeurInactive,
                "« Lettres » : le code « CC » (Charlie) n'est plus accepté dans la nomenclature « Lettre »."
            ),
            (
                ValeurInactive,
                "« Lettres » : le code « DD » (Delta) n'est plus accepté dans la nomenclature « Lettre »."
            ),
        ]
    );
    // Personal data: findings that cannot name the codes still differ.
    for v in [r#"["CC","DD"]"#, r#"["CC","ZZ","YY","CC","ZZ","DD",1,2]"#] {
        let c = valider(
            &m,
            &payload(&format!(
                r#""p_nir":"1234567890123","t_vide":"x","p_lettres":{v}"#
            )),
        )
        .unwrap();
        assert!(!c.is_empty(), "{v}");
        sans_doublon(&c);
    }
}

#[track_caller]
fn sans_doublon(c: &Constats) {
    for (i, x) in c.iter().enumerate() {
        assert!(!c.iter().skip(i + 1).any(|y| y == x), "twice: {x:?}");
    }
}

#[test]
fn motifs_match_whole_values_whatever_their_flags() {
    use CodeConstat::Motif;
    let m = modele();
    for (champ, v, ok) in [
        ("t_alternative", "ab", true),
        ("t_alternative", "a", true),
        ("t_alternative", "abb", false),
        ("t_alternative", "b", false),
        ("t_lignes", "a", true),
        ("t_lignes", "a\\nb", false),
        ("t_lignes", "b\\na", false),
        ("t_commentaire", "a5", true),
        ("t_commentaire", "a5b", false),
        ("t_commentaire", "xa5", false),
    ] {
        let c = constats(&m, &format!(r#"{BASE},"{champ}":"{v}""#));
        let attendu = if ok { vec![] } else { vec![a(champ, Motif)] };
        assert_eq!(c, attendu, "{champ} = {v}");
    }
}

/// Every finding a personal field can get, each with the values typed
/// that must never show.
const PERSONNELS: &[(&str, CodeConstat, &[&str])] = {
    use CodeConstat::*;
    &[
        (r#""p_age":119876"#, Max, &["119876"]),
        (r#""p_age":-4321"#, Min, &["4321"]),
        (r#""p_age":121"#, Max, &["121"]),
        (r#""p_age":17"#, Min, &["17"]),
        (r#""p_age":73.25"#, Type, &["73.25", "73,25"]),
        (r#""p_age":7.3e1"#, Type, &["7.3e1"]),
        (r#""p_age":"73""#, Type, &["73"]),
        (
            r#""p_age":98765432109876543210"#,
            Type,
            &["98765432109876543210"],
        ),
        (r#""p_taille":1.73456"#, Decimales, &["1.73456", "73456"]),
        (r#""p_taille":9.87"#, Max, &["9.87"]),
        (r#""p_taille":0.31"#, Min, &["0.31"]),
        (r#""p_taille":1.7e0"#, Type, &["1.7e0"]),
        (r#""p_taille":true"#, Type, &[]),
        (
            r#""p_nir":"1987654""#,
            LongueurMin,
            &["1987654", "7 caract"],
        ),
        (
            r#""p_nir":"1987654321098765""#,
            LongueurMax,
            &["1987654321098765", "16 caract"],
        ),
        (r#""p_nir":"3987654321098""#, Motif, &["3987654321098"]),
        (r#""p_nir":3987654321098"#, Type, &["3987654321098"]),
        (r#""p_naissance":"1899-12-31""#, Min, &["1899"]),
        (r#""p_naissance":"2030-05-17""#, Max, &["2030"]),
        (r#""p_naissance":"1990-02-30""#, Type, &["1990"]),
        (r#""p_naissance":19900230"#, Type, &["19900230"]),
        (r#""p_oui":"vraiment""#, Type, &["vraiment"]),
        (r#""p_lettre":"CC""#, ValeurInactive, &["CC", "Charlie"]),
        (r#""p_lettre":"QXZ""#, Nomenclature, &["QXZ"]),
        (r#""p_lettre":"AB""#, Nomenclature, &["AB", "AA"]),
        (r#""p_lettre":["AA"]"#, Type, &["AA"]),
        (
            r#""p_lettres":["BB","CC"]"#,
            ValeurInactive,
            &["CC", "Charlie"],
        ),
        (
            r#""p_lettres":["CC","DD"]"#,
            ValeurInactive,
            &["CC", "DD", "Charlie", "Delta"],
        ),
        (r#""p_lettres":["BB","BB"]"#, Doublon, &["BB", "Bravo"]),
        (r#""p_lettres":["QXZ"]"#, Nomenclature, &["QXZ"]),
        (
            r#""p_lettres":["QXZ","CC","QXZ"]"#,
            Doublon,
            &["QXZ", "CC", "Charlie"],
        ),
        (r#""p_lettres":[12345]"#, Type, &["12345"]),
        (r#""p_lettres":"BB""#, Type, &["BB"]),
    ]
};

/// Payloads that are not JSON because of what was typed in a personal field.
const ILLISIBLES: &[(&str, &str)] = &[
    (r#""p_age":12qzx"#, "qzx"),
    (r#""p_age":1.2.3"#, "1.2.3"),
    (r#""p_taille":1.7.3"#, "1.7.3"),
    (r#""p_nir":nir19876"#, "nir19876"),
    (r#""p_nir":tru"#, "tru"),
    (r#""p_oui":truex"#, "truex"),
    (r#""p_lettres":["AA",QXZ]"#, "QXZ"),
    (r#""p_lettres":["AA" QXZ]"#, "QXZ"),
    (r#""p_naissance":"1990-01-01"x"#, "1990"),
];

/// A payload of `donnee` and the mandatory fields it does not set (their
/// values are not the case's).
fn avec_base(donnee: &str) -> String {
    let d = [donnee, r#""t_vide":"x""#]
        .into_iter()
        .chain((!donnee.contains("p_nir")).then_some(r#""p_nir":"1234567890123""#))
        .chain((!donnee.contains("p_lettres")).then_some(r#""p_lettres":["AA"]"#))
        .collect::<Vec<_>>()
        .join(",");
    payload(&d)
}

#[test]
fn personal_values_never_appear_in_any_finding_or_output() {
    let m = modele();
    let mut vus = Vec::new();
    for (donnee, code, secrets) in PERSONNELS {
        let c = valider(&m, &avec_base(donnee)).unwrap();
        let champ = donnee.split('"').nth(1).unwrap();
        assert!(
            c.iter().any(|x| x.chemin == champ && x.code == *code),
            "{donnee}: {c:?}"
        );
        vus.push(*code);
        let sorties = [
            c.to_string(),
            format!("{c:?}"),
            c.json(),
            validate::texte(&m, &c, false),
        ];
        for s in &sorties {
            for secret in *secrets {
                assert!(!s.contains(secret), "{donnee}: « {secret} » in\n{s}");
            }
        }
    }
    use CodeConstat::*;
    for code in [
        Min,
        Max,
        Decimales,
        LongueurMin,
        LongueurMax,
        Motif,
        Nomenclature,
        ValeurInactive,
        Doublon,
        Type,
    ] {
        assert!(vus.contains(&code), "{code:?} never tried");
    }
    for (donnee, secret) in ILLISIBLES {
        let e = valider(&m, &avec_base(donnee)).unwrap_err();
        for s in [e.to_string(), format!("{e:?}")] {
            assert!(!s.contains(secret), "{donnee}: « {secret} » in {s}");
        }
        assert!(e.message.contains("donnée personnelle"), "{donnee}: {e}");
    }
}
