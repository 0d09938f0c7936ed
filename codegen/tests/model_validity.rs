//! Every model-validity rule of the WS02 contract: an invalid model, the
//! message and the place (JSON pointer and line:column).

use sidoba_codegen::model::{Diagnostic, Gravite, Source, charger};

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

/// Exactly one error, at `pointeur` and at the place where `ici` starts in
/// the text (`ici` as `"texte"` or `"texte#n"` for its n-th occurrence, from
/// 1), whose message holds `extrait`.
#[track_caller]
fn une_erreur(texte: &str, pointeur: &str, ici: &str, extrait: &str) {
    let e = erreurs(texte);
    assert_eq!(e.len(), 1, "expected one error, got: {e:#?}");
    assert_eq!(e[0].pointeur, pointeur, "{}", e[0]);
    let (aiguille, n) = match ici.rsplit_once('#') {
        Some((a, n)) => (a, n.parse::<usize>().unwrap()),
        None => (ici, 1),
    };
    let offset = texte
        .match_indices(aiguille)
        .nth(n - 1)
        .map(|(i, _)| i)
        .expect("needle");
    let attendu = sidoba::json::Position::de(texte, offset);
    assert_eq!(e[0].position, attendu, "{}", e[0]);
    assert!(
        e[0].message.contains(extrait),
        "« {extrait} » not in: {}",
        e[0]
    );
    assert!(e[0].extrait.contains('^'), "no caret excerpt: {}", e[0]);
}

const OK: &str = r#"{ "code": "c", "libelle": "C", "type": "entier" }"#;

#[test]
fn base_model_is_valid() {
    assert!(erreurs(&modele(OK, "")).is_empty());
}

#[test]
fn not_json_is_located() {
    let e = erreurs("{\n  \"campagne\": {,\n}");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].position.to_string(), "2:16");
    assert!(e[0].message.contains("JSON invalide"), "{}", e[0]);
    let e = erreurs("{\"a\": [1, 2");
    assert_eq!(e.len(), 1, "{e:?}");
}

#[test]
fn not_utf8_bytes() {
    let mut octets = modele(OK, "").into_bytes();
    let i = octets.iter().position(|&b| b == b'T').unwrap();
    octets[i] = 0xff;
    let d = Source::depuis_octets("m.json", octets).unwrap_err();
    assert!(d.message.contains("UTF-8"), "{d}");
    assert_eq!(d.position.to_string(), "2:24");
}

#[test]
fn missing_required_keys() {
    une_erreur(
        &modele(r#"{ "code": "c", "type": "entier" }"#, ""),
        "/blocs/0/champs/0",
        "{ \"code\": \"c\"",
        "« libelle »",
    );
    une_erreur(
        &modele(r#"{ "code": "c", "libelle": "C" }"#, ""),
        "/blocs/0/champs/0",
        "{ \"code\": \"c\"",
        "« type »",
    );
    une_erreur(
        &modele(r#"{ "code": "c", "libelle": "C", "type": "decimal" }"#, ""),
        "/blocs/0/champs/0",
        "{ \"code\": \"c\"",
        "decimales",
    );
    une_erreur(
        &modele(r#"{ "code": "c", "libelle": "C", "type": "code" }"#, ""),
        "/blocs/0/champs/0",
        "{ \"code\": \"c\"",
        "« nomenclature »",
    );
    let sans_modele = modele(OK, "").replace(
        "\"modele\": { \"code\": \"T\", \"version\": \"1\", \"niveau\": \"structure\" },",
        "",
    );
    une_erreur(&sans_modele, "", "{", "« modele »");
    let r = r#", "regles": [ { "code": "R", "severite": "bloquante", "expression": "c > 0" } ]"#;
    une_erreur(
        &modele(OK, r),
        "/regles/0",
        "{ \"code\": \"R\"",
        "« message »",
    );
}

#[test]
fn wrong_types() {
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "entier", "obligatoire": "oui" }"#,
            "",
        ),
        "/blocs/0/champs/0/obligatoire",
        "\"oui\"",
        "booléen",
    );
    une_erreur(
        &modele(r#"{ "code": 12, "libelle": "C", "type": "entier" }"#, ""),
        "/blocs/0/champs/0/code",
        "12",
        "chaîne",
    );
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "entier", "min": "0" }"#,
            "",
        ),
        "/blocs/0/champs/0/min",
        "\"0\"",
        "entier",
    );
    une_erreur(&modele(OK, r#", "regles": {}"#), "/regles", "{}", "tableau");
    une_erreur(&modele(r#"[]"#, ""), "/blocs/0/champs/0", "[]", "objet");
}

#[test]
fn codes_empty_long_or_duplicated() {
    une_erreur(
        &modele(r#"{ "code": "", "libelle": "C", "type": "entier" }"#, ""),
        "/blocs/0/champs/0/code",
        "\"\",",
        "vide",
    );
    let long = format!(
        r#"{{ "code": "{}", "libelle": "C", "type": "entier" }}"#,
        "é".repeat(129)
    );
    une_erreur(&modele(&long, ""), "/blocs/0/champs/0/code", "\"é", "128");
    let ok128 = format!(
        r#"{{ "code": "{}", "libelle": "C", "type": "entier" }}"#,
        "é".repeat(128)
    );
    assert!(erreurs(&modele(&ok128, "")).is_empty());
    // Fields and blocks share one namespace (the payload's keys).
    une_erreur(
        &modele(&format!("{OK}, {OK}"), ""),
        "/blocs/0/champs/1",
        "{ \"code\": \"c\"#2",
        "« c » en double",
    );
    une_erreur(
        &modele(r#"{ "code": "t", "libelle": "C", "type": "entier" }"#, ""),
        "/blocs/1",
        "{ \"code\": \"t\"#2",
        "« t » en double",
    );
    let n = r#", "regles": [ { "code": "R", "message": "m", "severite": "bloquante", "expression": "c > 0" }, { "code": "R", "message": "m", "severite": "bloquante", "expression": "c > 1" } ]"#;
    une_erreur(
        &modele(OK, n),
        "/regles/1",
        "{ \"code\": \"R\"#2",
        "règle « R » en double",
    );
    let dup_nomenclature = modele(OK, "").replace(
        r#""nomenclatures": [ "#,
        r#""nomenclatures": [ { "code": "n", "libelle": "N2", "valeurs": [ { "code": "A", "libelle": "a" } ] }, "#,
    );
    une_erreur(
        &dup_nomenclature,
        "/nomenclatures/1",
        "{ \"code\": \"n\", \"libelle\": \"N\"",
        "nomenclature « n » en double",
    );
    let dup_valeur = modele(OK, "").replace(
        r#"{ "code": "A", "libelle": "a" }"#,
        r#"{ "code": "A", "libelle": "a" }, { "code": "A", "libelle": "b" }"#,
    );
    une_erreur(
        &dup_valeur,
        "/nomenclatures/0/valeurs/1",
        "{ \"code\": \"A\", \"libelle\": \"b\"",
        "valeur de « n » « A » en double",
    );
}

#[test]
fn bounds() {
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "entier", "min": 5, "max": 3 }"#,
            "",
        ),
        "/blocs/0/champs/0/min",
        "5,",
        "supérieur à « max »",
    );
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "entier", "min": 1.5 }"#,
            "",
        ),
        "/blocs/0/champs/0/min",
        "1.5",
        "entier",
    );
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "entier", "max": 9223372036854775808 }"#,
            "",
        ),
        "/blocs/0/champs/0/max",
        "9223372036854775808",
        "64 bits",
    );
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "decimal", "decimales": 2, "min": 2.5, "max": 2.25 }"#,
            "",
        ),
        "/blocs/0/champs/0/min",
        "2.5",
        "supérieur",
    );
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "date", "min": "2025-12-31", "max": "2025-01-01" }"#,
            "",
        ),
        "/blocs/0/champs/0/min",
        "\"2025-12-31\"",
        "supérieur",
    );
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "date", "min": "2025-02-30" }"#,
            "",
        ),
        "/blocs/0/champs/0/min",
        "\"2025-02-30\"",
        "date",
    );
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "texte", "longueurMin": 5, "longueurMax": 2 }"#,
            "",
        ),
        "/blocs/0/champs/0/longueurMin",
        "5,",
        "dépasse",
    );
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "texte", "longueurMax": -1 }"#,
            "",
        ),
        "/blocs/0/champs/0/longueurMax",
        "-1",
        "négatif",
    );
    let huge = format!(
        r#"{{ "code": "c", "libelle": "C", "type": "decimal", "decimales": 2, "max": {} }}"#,
        "9".repeat(400)
    );
    une_erreur(
        &modele(&huge, ""),
        "/blocs/0/champs/0/max",
        "999",
        "exactement",
    );
}

#[test]
fn decimales() {
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "decimal", "decimales": 10 }"#,
            "",
        ),
        "/blocs/0/champs/0/decimales",
        "10",
        "de 0 à 9",
    );
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "decimal", "decimales": 1, "max": 2.25 }"#,
            "",
        ),
        "/blocs/0/champs/0/max",
        "2.25",
        "plus de 1 décimale",
    );
    // Trailing zeros carry no value.
    assert!(
        erreurs(&modele(
            r#"{ "code": "c", "libelle": "C", "type": "decimal", "decimales": 1, "max": 2.50 }"#,
            ""
        ))
        .is_empty()
    );
}

#[test]
fn motif_must_compile() {
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "texte", "motif": "[0-9" }"#,
            "",
        ),
        "/blocs/0/champs/0/motif",
        "\"[0-9\"",
        "expression régulière",
    );
}

#[test]
fn unknown_nomenclature() {
    une_erreur(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "code", "nomenclature": "m" }"#,
            "",
        ),
        "/blocs/0/champs/0",
        "{ \"code\": \"c\"",
        "« m », qui n'existe pas",
    );
}

#[test]
fn row_bounds() {
    let m = modele(OK, "").replace(
        r#""libelle": "B", "champs""#,
        r#""libelle": "B", "minLignes": 1, "champs""#,
    );
    une_erreur(&m, "/blocs/0/minLignes", "1,", "répétable");
    let m = modele(OK, "").replace(
        r#""repetable": true,"#,
        r#""repetable": true, "minLignes": 3, "maxLignes": 2,"#,
    );
    une_erreur(&m, "/blocs/1/minLignes", "3,", "dépasse « maxLignes »");
}

#[test]
fn nesting_deeper_than_eight() {
    let mut bloc = r#"{ "code": "p9", "libelle": "P", "champs": [ { "code": "f", "libelle": "F", "type": "entier" } ] }"#.to_owned();
    for i in (1..9).rev() {
        bloc = format!(r#"{{ "code": "p{i}", "libelle": "P", "blocs": [ {bloc} ] }}"#);
    }
    let m = modele(OK, "").replace(
        r#""blocs": [
    { "code": "b""#,
        &format!(
            r#""blocs": [ {bloc},
    {{ "code": "b""#
        ),
    );
    let e = erreurs(&m);
    assert!(
        e.iter()
            .any(|d| d.message.contains("plus de 8 niveaux") && d.pointeur.ends_with("/blocs/0")),
        "{e:#?}"
    );
    // Eight levels are fine.
    let huit = m.replace(r#", "blocs": [ { "code": "p9", "libelle": "P", "champs": [ { "code": "f", "libelle": "F", "type": "entier" } ] } ]"#, r#", "champs": [ { "code": "f", "libelle": "F", "type": "entier" } ]"#);
    assert!(erreurs(&huit).is_empty(), "{:#?}", erreurs(&huit));
}

#[test]
fn empty_collections() {
    let m = modele(OK, "").replace(r#"{ "code": "A", "libelle": "a" }"#, "");
    une_erreur(&m, "/nomenclatures/0/valeurs", "[  ]", "vide");
    let m = r#"{ "campagne": { "id": "T", "libelle": "T", "module": "T" }, "modele": { "code": "T", "version": "1", "niveau": "usager" }, "blocs": [] }"#;
    une_erreur(m, "/blocs", "[]", "vide");
    let m = modele(OK, "").replace(r#"{ "code": "x", "libelle": "X", "type": "entier" }"#, "");
    une_erreur(&m, "/blocs/1", "{ \"code\": \"t\"", "au moins un champ");
}

#[test]
fn enumerated_values() {
    let m = modele(OK, "").replace(r#""niveau": "structure""#, r#""niveau": "etablissement""#);
    une_erreur(
        &m,
        "/modele/niveau",
        "\"etablissement\"",
        "« structure » ou « usager »",
    );
    une_erreur(
        &modele(r#"{ "code": "c", "libelle": "C", "type": "entiers" }"#, ""),
        "/blocs/0/champs/0/type",
        "\"entiers\"",
        "« entier »",
    );
    let r = r#", "regles": [ { "code": "R", "message": "m", "severite": "grave", "expression": "c > 0" } ]"#;
    une_erreur(
        &modele(OK, r),
        "/regles/0/severite",
        "\"grave\"",
        "« bloquante » ou « avertissement »",
    );
}

#[test]
fn campaign_dates() {
    let m = modele(OK, "").replace(
        r#""module": "T" }"#,
        r#""module": "T", "dateOuverture": "2026-06-30", "dateCloture": "2026-03-16" }"#,
    );
    une_erreur(&m, "/campagne/dateCloture", "\"2026-03-16\"", "précède");
}

#[test]
fn rule_block_must_be_repeatable() {
    let r = r#", "regles": [ { "code": "R", "message": "m", "severite": "bloquante", "expression": "c > 0", "bloc": "b" } ]"#;
    une_erreur(
        &modele(OK, r),
        "/regles/0",
        "{ \"code\": \"R\"",
        "n'est pas répétable",
    );
    let r = r#", "regles": [ { "code": "R", "message": "m", "severite": "bloquante", "expression": "x > 0", "bloc": "tt" } ]"#;
    une_erreur(&modele(OK, r), "/regles/0", "{ \"code\": \"R\"", "« t »");
}

#[test]
fn unknown_keys_warn_or_fail_with_strict() {
    let m = modele(
        r#"{ "code": "c", "libelle": "C", "type": "entier", "obligatoir": true }"#,
        "",
    );
    let d = diagnostics(&m, false);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].gravite, Gravite::Avertissement);
    assert!(
        d[0].message.contains("« obligatoire »"),
        "suggests the right key: {}",
        d[0]
    );
    assert_eq!(d[0].pointeur, "/blocs/0/champs/0/obligatoir");
    let d = diagnostics(&m, true);
    assert_eq!(d[0].gravite, Gravite::Erreur);
    // A key of another type is unknown for this one.
    let d = diagnostics(
        &modele(
            r#"{ "code": "c", "libelle": "C", "type": "texte", "min": 1 }"#,
            "",
        ),
        false,
    );
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn every_problem_in_one_run() {
    let champs = r#"{ "code": "c", "libelle": "C", "type": "entier", "min": 5, "max": 3 },
      { "code": "c", "libelle": "C", "type": "decimal", "decimales": 12 },
      { "code": "d", "libelle": "D", "type": "code", "nomenclature": "zz" },
      { "code": "e", "type": "texte", "motif": "(" }"#;
    let e = erreurs(&modele(champs, ""));
    // min > max, the duplicate code, decimales 12, the unknown list, the
    // missing label, the bad motif.
    assert_eq!(e.len(), 6, "{e:#?}");
    // In file order.
    let lignes: Vec<usize> = e.iter().map(|d| d.position.ligne).collect();
    assert!(lignes.windows(2).all(|w| w[0] <= w[1]), "{lignes:?}");
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
    ] {
        assert!(!erreurs(texte).is_empty(), "{texte:.40}");
    }
}
