//! Hostile inputs: each gives a result or a clear error, never a panic or a
//! hang (each case finishes in well under a second in release; no timing is
//! asserted here, the point is that they finish).

use sidoba_codegen::emit;
use sidoba_core::model::{Diagnostic, Modele, Source, charger};

fn charger_texte(t: &str) -> Result<Modele, Vec<Diagnostic>> {
    let s = Source::depuis_octets("h.json", t.as_bytes().to_vec()).map_err(|d| vec![*d])?;
    charger(&s, false).map(|x| x.0)
}

fn modele(champs: &str, nomenclatures: &str, regles: &str) -> String {
    format!(
        r#"{{"campagne":{{"id":"H","libelle":"H","module":"H"}},"modele":{{"code":"H","version":"1","niveau":"structure"}},
        "nomenclatures":[{nomenclatures}],"blocs":[{{"code":"b","libelle":"B","champs":[{champs}]}}],"regles":[{regles}]}}"#
    )
}

fn generer(m: &Modele) -> String {
    emit::module(m).unwrap()
}

#[test]
fn deep_nesting_is_refused_cleanly() {
    let e = charger_texte(&format!("{}{}", "[".repeat(200_000), "]".repeat(200_000))).unwrap_err();
    assert!(e[0].message.contains("trop profonde"), "{}", e[0]);
    let p = format!(
        r#"{{"campagne":"H","modele":{{"code":"H","version":"1"}},"donnees":{{"x":{}}}}}"#,
        "[".repeat(100_000)
    );
    let m = charger_texte(&modele(
        r#"{"code":"x","libelle":"x","type":"entier"}"#,
        "",
        "",
    ))
    .unwrap();
    let e = sidoba_core::validate::valider(&m, &p).unwrap_err();
    assert!(
        e.message.contains("profonde") || e.message.contains("JSON"),
        "{e}"
    );
}

#[test]
fn megabyte_labels() {
    let label = "é`*/\"<details>".repeat(70_000);
    let m = charger_texte(&modele(
        &format!(r#"{{"code":"x","libelle":{label:?},"type":"entier"}}"#),
        "",
        "",
    ))
    .unwrap();
    let code = generer(&m);
    assert!(code.len() > 1_000_000);
    assert!(syn::parse_file(&code).is_ok());
}

#[test]
fn hundred_thousand_code_values() {
    let valeurs: Vec<String> = (0..100_000)
        .map(|i| format!(r#"{{"code":"C{i}","libelle":"Valeur {i}"}}"#))
        .collect();
    let n = format!(
        r#"{{"code":"n","libelle":"N","valeurs":[{}]}}"#,
        valeurs.join(",")
    );
    let m = charger_texte(&modele(
        r#"{"code":"x","libelle":"x","type":"code","nomenclature":"n"}"#,
        &n,
        "",
    ))
    .unwrap();
    assert_eq!(m.nomenclatures[0].valeurs.len(), 100_000);
    let p = r#"{"campagne":"H","modele":{"code":"H","version":"1"},"donnees":{"x":"C99999x"}}"#;
    let c = sidoba_core::validate::valider(&m, p).unwrap();
    assert!(c.iter().any(|c| c.message.contains("C99999")), "{c}");
}

#[test]
fn codes_differing_by_case_or_accent_get_distinct_names() {
    let champs = [
        "nb_resident",
        "NB_RESIDENT",
        "nb_résident",
        "nb-resident",
        "Nb_Resident",
    ]
    .map(|c| format!(r#"{{"code":"{c}","libelle":"x","type":"entier"}}"#))
    .join(",");
    let m = charger_texte(&modele(&champs, "", "")).unwrap();
    let code = generer(&m);
    for n in [
        "nb_resident:",
        "nb_resident_2:",
        "nb_resident_3:",
        "nb_resident_4:",
        "nb_resident_5:",
    ] {
        assert!(code.contains(&format!("pub {n}")), "{n}");
    }
    // A duplicate code is a duplicate, exactly: no case folding.
    let e = charger_texte(&modele(
        r#"{"code":"a","libelle":"x","type":"entier"},{"code":"a","libelle":"y","type":"entier"}"#,
        "",
        "",
    ))
    .unwrap_err();
    assert!(e[0].message.contains("en double"));
}

#[test]
fn ten_thousand_token_rules() {
    let somme = vec!["x"; 5_000].join(" + ");
    let r = format!(
        r#"{{"code":"R","message":"m","severite":"bloquante","expression":"{somme} >= 0"}}"#
    );
    let m = charger_texte(&modele(
        r#"{"code":"x","libelle":"x","type":"entier"}"#,
        "",
        &r,
    ))
    .unwrap();
    let code = generer(&m);
    assert!(code.contains("fn regle_1_r"));
    let p = r#"{"campagne":"H","modele":{"code":"H","version":"1"},"donnees":{"x":1}}"#;
    assert!(sidoba_core::validate::valider(&m, p).unwrap().is_empty());
    // 3,000 operands of `et` and of `ou`, every one evaluated: flat code too.
    for op in [" et ", " ou "] {
        let chaine = vec!["x / x = 1"; 3_000].join(op);
        let r = format!(
            r#"{{"code":"R","message":"m","severite":"bloquante","expression":"{chaine}"}}"#
        );
        let m = charger_texte(&modele(
            r#"{"code":"x","libelle":"x","type":"entier"}"#,
            "",
            &r,
        ))
        .unwrap();
        assert!(generer(&m).contains("fn regle_1_r"));
        assert!(sidoba_core::validate::valider(&m, p).unwrap().is_empty());
    }
    // Too deep is an error, not a crash.
    let profond = format!("{}x{} > 0", "(".repeat(5_000), ")".repeat(5_000));
    let r =
        format!(r#"{{"code":"R","message":"m","severite":"bloquante","expression":"{profond}"}}"#);
    let e = charger_texte(&modele(
        r#"{"code":"x","libelle":"x","type":"entier"}"#,
        "",
        &r,
    ))
    .unwrap_err();
    assert!(e[0].message.contains("R"), "{}", e[0]);
}

#[test]
fn huge_payload_values() {
    let m = charger_texte(&modele(
        r#"{"code":"t","libelle":"t","type":"texte","longueurMax":5},{"code":"d","libelle":"d","type":"decimal","decimales":2}"#,
        "",
        "",
    ))
    .unwrap();
    let p = format!(
        r#"{{"campagne":"H","modele":{{"code":"H","version":"1"}},"donnees":{{"t":"{}","d":{}}}}}"#,
        "x".repeat(10_000_000),
        "9".repeat(400)
    );
    let c = sidoba_core::validate::valider(&m, &p).unwrap();
    let codes: Vec<&str> = c.iter().map(|c| c.code.code()).collect();
    assert_eq!(codes, ["longueur_max", "type"]);
}

#[test]
fn hundred_thousand_rows() {
    let m = charger_texte(r#"{"campagne":{"id":"H","libelle":"H","module":"H"},"modele":{"code":"H","version":"1","niveau":"structure"},
        "blocs":[{"code":"t","libelle":"T","repetable":true,"maxLignes":10,"champs":[{"code":"x","libelle":"x","type":"entier","min":0}]}]}"#).unwrap();
    let lignes = vec![r#"{"x":1}"#; 100_000].join(",");
    let p = format!(
        r#"{{"campagne":"H","modele":{{"code":"H","version":"1"}},"donnees":{{"t":[{lignes}]}}}}"#
    );
    let c = sidoba_core::validate::valider(&m, &p).unwrap();
    assert_eq!(c.iter().next().unwrap().code.code(), "lignes_max");
}
