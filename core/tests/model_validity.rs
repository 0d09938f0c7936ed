//! Every model-validity rule of the WS02 contract: an invalid model, the
//! message and the place (JSON pointer and line:column).

use sidoba_core::model::{Diagnostic, Gravite, Source, charger};

/// A valid model with `{CHAMPS}` replaced by fields and `{EN_PLUS}` by
/// extra top-level members.
const BASE: &str = r#"{
  "campagne": { "id": "T-2025", "libelle": "Test", "module": "T" },
  "modele": { "code": "T", "version": "1", "niveau": "structure" },
  "nomenclatures": [ { "code": "n", "libelle": "N", "valeurs": [ { "code": "A", "libelle": "a" } ] } ],
  "blocs": [
    { "code": "b", "libelle": "B", "champs": [
      {CHAMPS}
    ] },
    { "code": "t", "libelle": "Table", "repetable": true, "champs": [ { "code": "x", "libelle": "X", "type": "entier" } ] }
  ]{EN_PLUS}
}"#;

fn modele(champs: &str, en_plus: &str) -> String {
    BASE.replace("{CHAMPS}", champs)
        .replace("{EN_PLUS}", en_plus)
}

fn diagnostics(texte: &str, strict: bool) -> Vec<Diagnostic> {
    let source = match Source::depuis_octets("m.json", texte.as_bytes().to_vec()) {
        Ok(s) => s,
        Err(d) => return vec![*d],
    };
    match charger(&source, strict) {
        Ok((_, avertissements)) => avertissements,
        Err(d) => d,
    }
}

fn erreurs(texte: &str) -> Vec<Diagnostic> {
    diagnostics(texte, false)
        .into_iter()
        .filter(|d| d.gravite == Gravite::Erreur)
        .collect()
}

/// Offset where `ici` starts in the text (`ici` as `"texte"` or `"texte#n"`
/// for its n-th occurrence, from 1).
fn offset_de(texte: &str, ici: &str) -> usize {
    let (aiguille, n) = match ici.rsplit_once('#') {
        Some((a, n)) => (a, n.parse::<usize>().unwrap()),
        None => (ici, 1),
    };
    texte
        .match_indices(aiguille)
        .nth(n - 1)
        .map(|(i, _)| i)
        .expect("needle")
}

/// Exactly one error, of kind `code`, at `pointeur` and at the place where
/// `ici` starts in the text (see [`offset_de`]); returns it.
#[track_caller]
fn une_erreur(texte: &str, code: &str, pointeur: &str, ici: &str) -> Diagnostic {
    let e = erreurs(texte);
    assert_eq!(e.len(), 1, "expected one error, got: {e:#?}");
    assert_eq!(e[0].code.as_str(), code, "{}", e[0]);
    assert_eq!(e[0].pointeur, pointeur, "{}", e[0]);
    let attendu = sidoba::Position::de(texte, offset_de(texte, ici));
    assert_eq!(e[0].position, attendu, "{}", e[0]);
    assert!(e[0].extrait.contains('^'), "no caret excerpt: {}", e[0]);
    e.into_iter().next().unwrap()
}

/// The two characters of the file's line above the excerpt's caret.
fn sous_le_caret(d: &Diagnostic) -> String {
    let mut lignes = d.extrait.lines();
    let (texte, caret) = (lignes.next().unwrap_or(""), lignes.next().unwrap_or(""));
    let col = caret.chars().position(|c| c == '^').unwrap_or(0);
    texte.chars().skip(col).take(2).collect()
}

/// The (code, pointer) of every error, in file order.
fn codes(texte: &str) -> Vec<(String, String)> {
    erreurs(texte)
        .into_iter()
        .map(|d| (d.code.as_str().to_owned(), d.pointeur))
        .collect()
}

const OK: &str = r#"{ "code": "c", "libelle": "C", "type": "entier" }"#;

/// A field of `type` with extra members.
fn champ(type_: &str, en_plus: &str) -> String {
    format!(r#"{{ "code": "c", "libelle": "C", "type": "{type_}"{en_plus} }}"#)
}

/// The model with one rule of that expression (as written in the JSON
/// string, escapes included).
fn avec_regle(expression: &str) -> String {
    modele(
        OK,
        &format!(
            r#", "regles": [ {{ "code": "R", "message": "m", "severite": "bloquante", "expression": "{expression}" }} ]"#
        ),
    )
}

#[test]
fn base_model_is_valid() {
    assert!(erreurs(&modele(OK, "")).is_empty());
}

#[test]
fn not_json_is_located() {
    let e = erreurs("{\n  \"campagne\": {,\n}");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].code.as_str(), "json_invalide");
    assert_eq!(e[0].position.to_string(), "2:16");
    assert!(e[0].message.starts_with("JSON invalide : "), "{}", e[0]);
    let e = erreurs("{\"a\": [1, 2");
    assert_eq!(e.len(), 1, "{e:?}");
}

#[test]
fn json_faults_are_told_in_french() {
    for texte in [
        "{\"a\": [1, 2",
        "{\"a\": 1,}",
        "{'a': 1}",
        "{\"a\" 1}",
        "[\"abc",
        "[\"\\x\"]",
        "[tru]",
        "{} {}",
        "",
    ] {
        let e = erreurs(texte);
        assert_eq!(e.len(), 1, "{texte:?}: {e:?}");
        assert_eq!(e[0].code.as_str(), "json_invalide");
        for anglais in [
            "Expected",
            "Unexpected",
            "allowed",
            "Unterminated",
            "Invalid",
            "Text",
        ] {
            assert!(!e[0].message.contains(anglais), "{texte:?}: {}", e[0]);
        }
    }
}

#[test]
fn raw_control_characters_in_strings_are_refused_in_place() {
    let m = modele(OK, "").replace(r#""libelle": "Test""#, "\"libelle\": \"Te\tst\"");
    let e = une_erreur(&m, "json_invalide", "", "\tst");
    assert!(e.message.contains("caractère de contrôle"), "{e}");
    // Escaped, it is fine.
    let m = modele(OK, "").replace(r#""libelle": "Test""#, r#""libelle": "Te\tst\u0001""#);
    assert!(erreurs(&m).is_empty(), "{:#?}", erreurs(&m));
}

#[test]
fn not_utf8_bytes() {
    let mut octets = modele(OK, "").into_bytes();
    let i = octets.iter().position(|&b| b == b'T').unwrap();
    octets[i] = 0xff;
    let d = Source::depuis_octets("m.json", octets).unwrap_err();
    assert_eq!(d.code.as_str(), "utf8_invalide");
    assert_eq!(d.position.to_string(), "2:24");
}

#[test]
fn missing_required_keys() {
    let champ0 = "/blocs/0/champs/0";
    let debut = "{ \"code\": \"c\"";
    for (texte, cle) in [
        (r#"{ "code": "c", "type": "entier" }"#, "« libelle »"),
        (r#"{ "code": "c", "libelle": "C" }"#, "« type »"),
        (
            r#"{ "code": "c", "libelle": "C", "type": "decimal" }"#,
            "« decimales »",
        ),
        (
            r#"{ "code": "c", "libelle": "C", "type": "code" }"#,
            "« nomenclature »",
        ),
    ] {
        let e = une_erreur(&modele(texte, ""), "cle_manquante", champ0, debut);
        assert!(e.message.contains(cle), "{e}");
    }
    let sans_modele = modele(OK, "").replace(
        "\"modele\": { \"code\": \"T\", \"version\": \"1\", \"niveau\": \"structure\" },",
        "",
    );
    une_erreur(&sans_modele, "cle_manquante", "", "{");
    let r = r#", "regles": [ { "code": "R", "severite": "bloquante", "expression": "c > 0" } ]"#;
    une_erreur(
        &modele(OK, r),
        "cle_manquante",
        "/regles/0",
        "{ \"code\": \"R\"",
    );
}

#[test]
fn wrong_types_name_the_value() {
    let e = une_erreur(
        &modele(&champ("entier", r#", "obligatoire": "oui""#), ""),
        "type_json",
        "/blocs/0/champs/0/obligatoire",
        "\"oui\"",
    );
    assert!(
        e.message
            .contains(r#"« obligatoire » doit être un booléen, pas la chaîne "oui""#),
        "{e}"
    );
    let e = une_erreur(
        &modele(r#"{ "code": 12, "libelle": "C", "type": "entier" }"#, ""),
        "type_json",
        "/blocs/0/champs/0/code",
        "12",
    );
    assert!(e.message.ends_with("pas le nombre 12"), "{e}");
    let e = une_erreur(
        &modele(&champ("entier", r#", "min": "abc""#), ""),
        "type_json",
        "/blocs/0/champs/0/min",
        "\"abc\"",
    );
    assert!(
        e.message
            .contains(r#"« min » doit être un entier, pas la chaîne "abc""#),
        "{e}"
    );
    // A long value is cut.
    let long = "x".repeat(500);
    let e = une_erreur(
        &modele(&champ("entier", &format!(r#", "min": "{long}""#)), ""),
        "type_json",
        "/blocs/0/champs/0/min",
        "\"xxx",
    );
    assert!(e.message.contains("xxx…\""), "{e}");
    assert!(e.message.chars().count() < 120, "{e}");
    une_erreur(
        &modele(OK, r#", "regles": {}"#),
        "type_json",
        "/regles",
        "{}",
    );
    une_erreur(&modele("[]", ""), "type_json", "/blocs/0/champs/0", "[]");
}

#[test]
fn codes_empty_long_or_duplicated() {
    une_erreur(
        &modele(r#"{ "code": "", "libelle": "C", "type": "entier" }"#, ""),
        "code_vide",
        "/blocs/0/champs/0/code",
        "\"\",",
    );
    let long = format!(
        r#"{{ "code": "{}", "libelle": "C", "type": "entier" }}"#,
        "é".repeat(129)
    );
    let e = une_erreur(
        &modele(&long, ""),
        "code_trop_long",
        "/blocs/0/champs/0/code",
        "\"é",
    );
    assert!(e.message.contains("(129)"), "{e}");
    let ok128 = format!(
        r#"{{ "code": "{}", "libelle": "C", "type": "entier" }}"#,
        "é".repeat(128)
    );
    assert!(erreurs(&modele(&ok128, "")).is_empty());
    // Fields and blocks share one namespace (the payload's keys).
    let e = une_erreur(
        &modele(&format!("{OK}, {OK}"), ""),
        "code_duplique",
        "/blocs/0/champs/1",
        "{ \"code\": \"c\"#2",
    );
    assert!(e.message.contains("« c »"), "{e}");
    une_erreur(
        &modele(r#"{ "code": "t", "libelle": "C", "type": "entier" }"#, ""),
        "code_duplique",
        "/blocs/1",
        "{ \"code\": \"t\"#2",
    );
    let n = r#", "regles": [ { "code": "R", "message": "m", "severite": "bloquante", "expression": "c > 0" }, { "code": "R", "message": "m", "severite": "bloquante", "expression": "c > 1" } ]"#;
    une_erreur(
        &modele(OK, n),
        "code_duplique",
        "/regles/1",
        "{ \"code\": \"R\"#2",
    );
    let dup_nomenclature = modele(OK, "").replace(
        r#""nomenclatures": [ "#,
        r#""nomenclatures": [ { "code": "n", "libelle": "N2", "valeurs": [ { "code": "A", "libelle": "a" } ] }, "#,
    );
    une_erreur(
        &dup_nomenclature,
        "code_duplique",
        "/nomenclatures/1",
        "{ \"code\": \"n\", \"libelle\": \"N\"",
    );
    let dup_valeur = modele(OK, "").replace(
        r#"{ "code": "A", "libelle": "a" }"#,
        r#"{ "code": "A", "libelle": "a" }, { "code": "A", "libelle": "b" }"#,
    );
    une_erreur(
        &dup_valeur,
        "code_duplique",
        "/nomenclatures/0/valeurs/1",
        "{ \"code\": \"A\", \"libelle\": \"b\"",
    );
}

#[test]
fn bounds() {
    let min = "/blocs/0/champs/0/min";
    let e = une_erreur(
        &modele(&champ("entier", r#", "min": 5, "max": 3"#), ""),
        "bornes_inversees",
        min,
        "5,",
    );
    assert!(
        e.message.contains("(5)") && e.message.contains("(3)"),
        "{e}"
    );
    une_erreur(
        &modele(
            &champ("decimal", r#", "decimales": 2, "min": 2.5, "max": 2.25"#),
            "",
        ),
        "bornes_inversees",
        min,
        "2.5",
    );
    une_erreur(
        &modele(
            &champ("date", r#", "min": "2025-12-31", "max": "2025-01-01""#),
            "",
        ),
        "bornes_inversees",
        min,
        "\"2025-12-31\"",
    );
    let e = une_erreur(
        &modele(&champ("date", r#", "min": "2025-02-30""#), ""),
        "borne_hors_type",
        min,
        "\"2025-02-30\"",
    );
    assert!(e.message.contains("\"2025-02-30\""), "{e}");
    let e = une_erreur(
        &modele(
            &champ("texte", r#", "longueurMin": 5, "longueurMax": 2"#),
            "",
        ),
        "bornes_inversees",
        "/blocs/0/champs/0/longueurMin",
        "5,",
    );
    assert!(
        e.message.contains("(5)") && e.message.contains("(2)"),
        "{e}"
    );
    let e = une_erreur(
        &modele(&champ("texte", r#", "longueurMax": -1"#), ""),
        "valeur_negative",
        "/blocs/0/champs/0/longueurMax",
        "-1",
    );
    assert!(e.message.contains("(-1)"), "{e}");
    let huge = champ(
        "decimal",
        &format!(r#", "decimales": 2, "max": {}"#, "9".repeat(400)),
    );
    let e = une_erreur(
        &modele(&huge, ""),
        "borne_hors_type",
        "/blocs/0/champs/0/max",
        "999",
    );
    assert!(e.message.len() < 200, "the value is cut: {e}");
}

#[test]
fn integer_bounds_say_why_they_are_not_integers() {
    let min = "/blocs/0/champs/0/min";
    for (valeur, raison) in [
        ("1.5", "1.5 : partie décimale non permise"),
        ("1.0", "1.0 : partie décimale non permise"),
        ("1e2", "1e2 : exposant non permis"),
        ("-2E+1", "-2E+1 : exposant non permis"),
    ] {
        let e = une_erreur(
            &modele(&champ("entier", &format!(r#", "min": {valeur}"#)), ""),
            "borne_hors_type",
            min,
            valeur,
        );
        assert!(e.message.contains(raison), "{e}");
    }
    let e = une_erreur(
        &modele(&champ("entier", r#", "max": 9223372036854775808"#), ""),
        "borne_hors_type",
        "/blocs/0/champs/0/max",
        "9223372036854775808",
    );
    assert!(e.message.contains("9223372036854775808"), "{e}");
    assert!(erreurs(&modele(&champ("entier", r#", "min": -0, "max": -0"#), "")).is_empty());
    // Not a bound: another kind of problem.
    let m = modele(OK, "").replace(r#""module": "T""#, r#""module": "T", "annee": 2025.5"#);
    une_erreur(&m, "entier_invalide", "/campagne/annee", "2025.5");
}

#[test]
fn decimales() {
    let e = une_erreur(
        &modele(&champ("decimal", r#", "decimales": 10"#), ""),
        "decimales_hors_plage",
        "/blocs/0/champs/0/decimales",
        "10",
    );
    assert!(e.message.contains("vaut 10"), "{e}");
    une_erreur(
        &modele(&champ("decimal", r#", "decimales": -1"#), ""),
        "decimales_hors_plage",
        "/blocs/0/champs/0/decimales",
        "-1",
    );
    une_erreur(
        &modele(&champ("decimal", r#", "decimales": null"#), ""),
        "type_json",
        "/blocs/0/champs/0/decimales",
        "null",
    );
    // Digits after the point are those of the value: trailing zeros and
    // exponents add none.
    for (decimales, borne) in [
        (1, "2.50"),
        (1, "0.10"),
        (0, "1e2"),
        (0, "-0"),
        (0, "-0.000"),
        (1, "25e-1"),
        (2, "1.25E0"),
        (0, "1.5e1"),
    ] {
        let m = modele(
            &champ(
                "decimal",
                &format!(r#", "decimales": {decimales}, "max": {borne}"#),
            ),
            "",
        );
        assert!(erreurs(&m).is_empty(), "{borne}: {:#?}", erreurs(&m));
    }
    for (decimales, borne, n) in [
        (1, "2.25", 2),
        (1, "15e-2", 2),
        (0, "0.5", 1),
        (2, "1.0001", 4),
    ] {
        let m = modele(
            &champ(
                "decimal",
                &format!(r#", "decimales": {decimales}, "max": {borne}"#),
            ),
            "",
        );
        let e = une_erreur(
            &m,
            "borne_trop_de_decimales",
            "/blocs/0/champs/0/max",
            borne,
        );
        let attendu = format!(
            "« max » = {borne} a {n} chiffre(s) après la virgule, « decimales » en permet {decimales}"
        );
        assert_eq!(e.message, attendu);
    }
}

#[test]
fn motif_must_compile() {
    let e = une_erreur(
        &modele(&champ("texte", r#", "motif": "ab[0-9""#), ""),
        "motif_invalide",
        "/blocs/0/champs/0/motif",
        "[0-9",
    );
    assert!(e.message.contains("classe […] non fermée"), "{e}");
}

#[test]
fn motif_must_be_a_regular_expression_alone() {
    // `^(?:a)|(b)$` compiles; `a)|(b` alone does not.
    let e = une_erreur(
        &modele(&champ("texte", r#", "motif": "a)|(b""#), ""),
        "motif_invalide",
        "/blocs/0/champs/0/motif",
        ")|(b",
    );
    assert!(
        e.message
            .contains("parenthèse fermante sans parenthèse ouvrante"),
        "{e}"
    );
    // The place survives escapes before the fault (`\\d` is two characters
    // of the file for one of the motif... and `\u0061` six for one).
    let e = une_erreur(
        &modele(&champ("texte", r#", "motif": "\\d\u0061)""#), ""),
        "motif_invalide",
        "/blocs/0/champs/0/motif",
        ")\"",
    );
    assert!(e.message.contains("parenthèse"), "{e}");
    // Features the engine refuses are faults too, in French.
    for motif in ["(?=a)", "\\\\1", "\\\\p{Nope}"] {
        let m = modele(&champ("texte", &format!(r#", "motif": "{motif}""#)), "");
        assert_eq!(
            codes(&m),
            [(
                "motif_invalide".to_owned(),
                "/blocs/0/champs/0/motif".to_owned()
            )],
            "{motif}"
        );
    }
}

#[test]
fn unknown_nomenclature() {
    let e = une_erreur(
        &modele(&champ("code", r#", "nomenclature": "m""#), ""),
        "nomenclature_inconnue",
        "/blocs/0/champs/0",
        "{ \"code\": \"c\"",
    );
    assert!(e.message.contains("« m »"), "{e}");
}

#[test]
fn row_bounds() {
    let m = modele(OK, "").replace(
        r#""libelle": "B", "champs""#,
        r#""libelle": "B", "minLignes": 1, "champs""#,
    );
    une_erreur(&m, "lignes_hors_repetable", "/blocs/0/minLignes", "1,");
    let m = modele(OK, "").replace(
        r#""repetable": true,"#,
        r#""repetable": true, "minLignes": 3, "maxLignes": 2,"#,
    );
    une_erreur(&m, "bornes_inversees", "/blocs/1/minLignes", "3,");
}

/// Blocks nested `n` deep, the deepest holding `contenu`.
fn imbriques(n: usize, contenu: &str) -> String {
    let mut bloc = format!(r#"{{ "code": "p{n}", "libelle": "P", "champs": [ {contenu} ] }}"#);
    for i in (1..n).rev() {
        bloc = format!(r#"{{ "code": "p{i}", "libelle": "P", "blocs": [ {bloc} ] }}"#);
    }
    modele(OK, "").replace(
        "\"blocs\": [\n    { \"code\": \"b\"",
        &format!("\"blocs\": [ {bloc},\n    {{ \"code\": \"b\""),
    )
}

#[test]
fn nesting_deeper_than_eight() {
    let f = r#"{ "code": "f", "libelle": "F", "type": "entier" }"#;
    let m = imbriques(9, f);
    une_erreur(
        &m,
        "profondeur_blocs",
        "/blocs/0/blocs/0/blocs/0/blocs/0/blocs/0/blocs/0/blocs/0/blocs/0/blocs/0",
        "{ \"code\": \"p9\"",
    );
    // The deep content is still checked, and the limit reported once.
    let m = imbriques(
        10,
        r#"{ "code": "f", "libelle": "F", "type": "entier", "min": 2, "max": 1 }"#,
    );
    let c: Vec<String> = codes(&m).into_iter().map(|(c, _)| c).collect();
    assert_eq!(c, ["profondeur_blocs", "bornes_inversees"]);
    // Eight levels are fine.
    assert!(
        erreurs(&imbriques(8, f)).is_empty(),
        "{:#?}",
        erreurs(&imbriques(8, f))
    );
}

#[test]
fn empty_collections() {
    let m = modele(OK, "").replace(r#"{ "code": "A", "libelle": "a" }"#, "");
    une_erreur(&m, "tableau_vide", "/nomenclatures/0/valeurs", "[  ]");
    let m = r#"{ "campagne": { "id": "T", "libelle": "T", "module": "T" }, "modele": { "code": "T", "version": "1", "niveau": "usager" }, "blocs": [] }"#;
    une_erreur(m, "tableau_vide", "/blocs", "[]");
    let m = modele(OK, "").replace(r#"{ "code": "x", "libelle": "X", "type": "entier" }"#, "");
    une_erreur(&m, "bloc_vide", "/blocs/1", "{ \"code\": \"t\"");
}

#[test]
fn null_optional_keys_are_absent() {
    let vide = r#"{ "code": "t", "libelle": "Table", "repetable": true, "champs": [ { "code": "x", "libelle": "X", "type": "entier" } ] }"#;
    for remplace in [
        r#"{ "code": "t", "libelle": "Table", "champs": null }"#,
        r#"{ "code": "t", "libelle": "Table", "champs": null, "blocs": null }"#,
        r#"{ "code": "t", "libelle": "Table", "blocs": null }"#,
        r#"{ "code": "t", "libelle": "Table", "champs": [], "blocs": null }"#,
    ] {
        let m = modele(OK, "").replace(vide, remplace);
        une_erreur(&m, "bloc_vide", "/blocs/1", "{ \"code\": \"t\"");
    }
    // Null anywhere optional is "not given": the model stays valid.
    let m = modele(
        r#"{ "code": "c", "libelle": "C", "type": "entier", "min": null, "description": null, "obligatoire": null }"#,
        r#", "regles": null"#,
    )
    .replace(r#""repetable": true,"#, r#""repetable": true, "maxLignes": null, "blocs": null,"#)
    .replace(r#""module": "T""#, r#""module": "T", "annee": null"#);
    assert!(erreurs(&m).is_empty(), "{:#?}", erreurs(&m));
    // A required key at null is of the wrong type.
    let m = modele(OK, "").replace(r#""libelle": "B""#, r#""libelle": null"#);
    une_erreur(&m, "type_json", "/blocs/0/libelle", "null");
}

#[test]
fn enumerated_values() {
    let m = modele(OK, "").replace(r#""niveau": "structure""#, r#""niveau": "etablissement""#);
    let e = une_erreur(&m, "valeur_inconnue", "/modele/niveau", "\"etablissement\"");
    assert!(e.message.contains("\"etablissement\""), "{e}");
    let e = une_erreur(
        &modele(&champ("entiers", ""), ""),
        "valeur_inconnue",
        "/blocs/0/champs/0/type",
        "\"entiers\"",
    );
    assert!(e.message.contains("« entier »"), "suggests: {e}");
    let r = r#", "regles": [ { "code": "R", "message": "m", "severite": "grave", "expression": "c > 0" } ]"#;
    une_erreur(
        &modele(OK, r),
        "valeur_inconnue",
        "/regles/0/severite",
        "\"grave\"",
    );
}

#[test]
fn campaign_dates() {
    let m = modele(OK, "").replace(
        r#""module": "T" }"#,
        r#""module": "T", "dateOuverture": "2026-06-30", "dateCloture": "2026-03-16" }"#,
    );
    une_erreur(
        &m,
        "bornes_inversees",
        "/campagne/dateCloture",
        "\"2026-03-16\"",
    );
    let m = modele(OK, "").replace(
        r#""module": "T" }"#,
        r#""module": "T", "dateCloture": "2026-3-16" }"#,
    );
    une_erreur(
        &m,
        "date_invalide",
        "/campagne/dateCloture",
        "\"2026-3-16\"",
    );
}

#[test]
fn rule_block_must_be_repeatable() {
    let r = r#", "regles": [ { "code": "R", "message": "m", "severite": "bloquante", "expression": "c > 0", "bloc": "b" } ]"#;
    une_erreur(
        &modele(OK, r),
        "regle_bloc_non_repetable",
        "/regles/0",
        "{ \"code\": \"R\"",
    );
    let r = r#", "regles": [ { "code": "R", "message": "m", "severite": "bloquante", "expression": "x > 0", "bloc": "tt" } ]"#;
    let e = une_erreur(
        &modele(OK, r),
        "regle_bloc_inconnu",
        "/regles/0",
        "{ \"code\": \"R\"",
    );
    assert!(e.message.contains("« t »"), "suggests: {e}");
}

#[test]
fn rule_faults_have_codes() {
    une_erreur(
        &avec_regle("c > "),
        "regle_syntaxe",
        "/regles/0/expression",
        "\" } ]\n}",
    );
    une_erreur(
        &avec_regle("c > zz"),
        "regle_reference_inconnue",
        "/regles/0/expression",
        "zz",
    );
    une_erreur(
        &avec_regle("c > `z z`"),
        "regle_reference_inconnue",
        "/regles/0/expression",
        "`z z`",
    );
    une_erreur(
        &avec_regle("c = vrai"),
        "regle_types",
        "/regles/0/expression",
        "c = vrai",
    );
    une_erreur(
        &avec_regle("c > x"),
        "regle_types",
        "/regles/0/expression",
        "x\" }",
    );
}

#[test]
fn rule_faults_are_located_through_escapes() {
    // `\u0063` is `c`, `\t` a tab, `\/` a slash: the fault on `zz` stands
    // further right in the file than in the expression.
    let m = avec_regle(r"\u0063 \/ 2 >\t1 et zz > 0");
    let e = une_erreur(&m, "regle_reference_inconnue", "/regles/0/expression", "zz");
    assert_eq!(sous_le_caret(&e), "zz", "{e}");
    // A surrogate pair (one character, twelve bytes of the file) before it.
    let m = avec_regle(r"`\ud83d\ude00` > 0 et zz > 0");
    let e = erreurs(&m);
    let p: Vec<_> = e.iter().map(|d| (d.code.as_str(), d.position)).collect();
    let pos = |ici| sidoba::Position::de(&m, offset_de(&m, ici));
    assert_eq!(
        p,
        [
            ("regle_reference_inconnue", pos("`\\ud83d")),
            ("regle_reference_inconnue", pos("zz"))
        ]
    );
    // The rendering under the message shows the expression as decoded.
    assert!(e[1].message.contains("`😀` > 0 et zz > 0\n"), "{}", e[1]);
}

#[test]
fn unknown_keys_warn_or_fail_with_strict() {
    let m = modele(&champ("entier", r#", "obligatoir": true"#), "");
    let d = diagnostics(&m, false);
    assert_eq!(d.len(), 1);
    assert_eq!(
        (d[0].code.as_str(), d[0].gravite),
        ("cle_inconnue", Gravite::Avertissement)
    );
    assert!(
        d[0].message.contains("« obligatoire »"),
        "suggests the right key: {}",
        d[0]
    );
    assert_eq!(d[0].pointeur, "/blocs/0/champs/0/obligatoir");
    let d = diagnostics(&m, true);
    assert_eq!(
        (d[0].code.as_str(), d[0].gravite),
        ("cle_inconnue", Gravite::Erreur)
    );
    // A key of another type is unknown for this one.
    let d = diagnostics(&modele(&champ("texte", r#", "min": 1"#), ""), false);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].code.as_str(), "cle_inconnue");
}

#[test]
fn every_problem_in_one_run() {
    let champs = r#"{ "code": "c", "libelle": "C", "type": "entier", "min": 5, "max": 3 },
      { "code": "c", "libelle": "C", "type": "decimal", "decimales": 12 },
      { "code": "d", "libelle": "D", "type": "code", "nomenclature": "zz" },
      { "code": "e", "type": "texte", "motif": "(" }"#;
    let c: Vec<String> = codes(&modele(champs, ""))
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    // In file order.
    assert_eq!(
        c,
        [
            "bornes_inversees",
            "code_duplique",
            "decimales_hors_plage",
            "nomenclature_inconnue",
            "cle_manquante",
            "motif_invalide"
        ]
    );
}

#[test]
fn every_problem_even_when_campagne_and_modele_fail() {
    let m = modele(
        r#"{ "code": "c", "libelle": "C", "type": "entier", "min": 5, "max": 3 }, { "code": "c", "libelle": "C", "type": "entier" }"#,
        r#", "regles": [ { "code": "R", "message": "m", "severite": "bloquante", "expression": "c > zz" } ]"#,
    )
    .replace(r#""id": "T-2025", "#, "")
    .replace(r#""niveau": "structure""#, r#""niveau": "x""#);
    assert_eq!(
        codes(&m),
        [
            ("cle_manquante", "/campagne"),
            ("valeur_inconnue", "/modele/niveau"),
            ("bornes_inversees", "/blocs/0/champs/0/min"),
            ("code_duplique", "/blocs/0/champs/1"),
            ("regle_reference_inconnue", "/regles/0/expression"),
        ]
        .map(|(c, p)| (c.to_owned(), p.to_owned()))
    );
    // Campagne and modele of the wrong type: the same.
    let m = modele(OK, r#", "regles": [ { "code": "R", "message": "m", "severite": "bloquante", "expression": "zz > 0" } ]"#)
        .replace(r#""campagne": { "id": "T-2025", "libelle": "Test", "module": "T" }"#, r#""campagne": 1"#)
        .replace(r#""modele": { "code": "T", "version": "1", "niveau": "structure" }"#, r#""modele": null"#);
    let c: Vec<String> = codes(&m).into_iter().map(|(c, _)| c).collect();
    assert_eq!(c, ["type_json", "type_json", "regle_reference_inconnue"]);
}

#[test]
fn no_consequences_of_an_unreadable_element() {
    // The field `c` has no label and `e` a bad type: a rule naming them
    // reports nothing more (they exist, though not read whole).
    let m = modele(
        r#"{ "code": "c", "type": "entier" }, { "code": "e", "libelle": "E", "type": "entiers" }"#,
        r#", "regles": [ { "code": "R", "message": "m", "severite": "bloquante", "expression": "c > 0 et e > 0" } ]"#,
    );
    let c: Vec<String> = codes(&m).into_iter().map(|(c, _)| c).collect();
    assert_eq!(c, ["cle_manquante", "valeur_inconnue"]);
    // But a type fault with it still shows: the field is kept.
    let m = avec_regle("c = vrai")
        .replace(r#""libelle": "C", "type": "entier""#, r#""type": "entier""#);
    let c: Vec<String> = codes(&m).into_iter().map(|(c, _)| c).collect();
    assert_eq!(c, ["cle_manquante", "regle_types"]);
}

#[test]
fn hostile_documents_never_panic() {
    for texte in [
        "",
        "null",
        "[]",
        "\"x\"",
        "{}",
        &"[".repeat(10_000),
        "{\"campagne\": null}",
        "{\"blocs\": [null, 1, \"x\"]}",
        "{\"blocs\": [{\"champs\": [{\"type\": \"decimal\", \"decimales\": 99, \"min\": 1e999999}]}], \"regles\": [{\"expression\": \"`\"}]}",
    ] {
        assert!(!erreurs(texte).is_empty(), "{texte:.40}");
    }
}
