//! The field key `role` (ws02-modele.md): `"finess"` and
//! `"raison_sociale"`, on a `texte` field, at most once each, never in a
//! repeatable block; every fault with its code, pointer and line:column.

use sidoba_core::model::{Diagnostic, Gravite, RoleChamp, Source, charger};

/// `{CHAMPS}`: fields of a plain block; `{LIGNE}`: fields of a repeatable one.
const BASE: &str = r#"{
  "campagne": { "id": "T-2025", "libelle": "Test", "module": "T" },
  "modele": { "code": "T", "version": "1", "niveau": "structure" },
  "blocs": [
    { "code": "b", "libelle": "B", "champs": [
      {CHAMPS}
    ] },
    { "code": "t", "libelle": "Table", "repetable": true, "champs": [
      { "code": "x", "libelle": "X", "type": "entier" }{LIGNE}
    ] }
  ]
}"#;

fn modele(champs: &str, ligne: &str) -> String {
    BASE.replace("{CHAMPS}", champs).replace("{LIGNE}", ligne)
}

fn diagnostics(texte: &str) -> Vec<Diagnostic> {
    let source = Source::depuis_octets("m.json", texte.as_bytes().to_vec()).expect("UTF-8");
    match charger(&source, true) {
        Ok((_, avertissements)) => avertissements,
        Err(d) => d,
    }
}

/// (code, pointer, line:column of the fault) of every error.
fn erreurs(texte: &str) -> Vec<(String, String, String)> {
    diagnostics(texte)
        .into_iter()
        .filter(|d| d.gravite == Gravite::Erreur)
        .map(|d| {
            (
                d.code.as_str().to_owned(),
                d.pointeur,
                format!("{}:{}", d.position.ligne, d.position.colonne),
            )
        })
        .collect()
}

/// line:column where the `n`-th (from 1) occurrence of `aiguille` starts.
fn lieu(texte: &str, aiguille: &str, n: usize) -> String {
    let i = texte
        .match_indices(aiguille)
        .nth(n - 1)
        .map(|(i, _)| i)
        .expect("needle");
    let p = sidoba::Position::de(texte, i);
    format!("{}:{}", p.ligne, p.colonne)
}

const FINESS: &str =
    r#"{ "code": "finess", "libelle": "FINESS", "type": "texte", "role": "finess" }"#;
const NOM: &str =
    r#"{ "code": "nom", "libelle": "Raison sociale", "type": "texte", "role": "raison_sociale" }"#;

#[test]
fn roles_are_read_into_the_checked_model() {
    let texte = modele(&format!("{FINESS}, {NOM}"), "");
    let source = Source::depuis_octets("m.json", texte.into_bytes()).unwrap();
    let (m, avertissements) = charger(&source, true).expect("valid model");
    assert!(avertissements.is_empty(), "{avertissements:?}");
    let roles: Vec<_> = m
        .champs()
        .into_iter()
        .map(|(_, c)| (c.code.as_str(), c.role))
        .collect();
    assert_eq!(
        roles,
        [
            ("finess", Some(RoleChamp::Finess)),
            ("nom", Some(RoleChamp::RaisonSociale)),
            ("x", None)
        ]
    );
    assert_eq!(
        m.champ_de_role(RoleChamp::Finess).map(|c| c.code.as_str()),
        Some("finess")
    );
    assert_eq!(RoleChamp::Finess.as_str(), "finess");
    assert_eq!(RoleChamp::RaisonSociale.as_str(), "raison_sociale");
}

#[test]
fn an_unknown_role_is_a_model_problem() {
    let texte = modele(
        r#"{ "code": "f", "libelle": "F", "type": "texte", "role": "siret" }"#,
        "",
    );
    assert_eq!(
        erreurs(&texte),
        [(
            "valeur_inconnue".into(),
            "/blocs/0/champs/0/role".into(),
            lieu(&texte, "\"siret\"", 1)
        )]
    );
    let d = diagnostics(&texte);
    assert!(d[0].message.contains("\"siret\""), "{}", d[0].message);
    assert!(d[0].message.contains("finess"), "{}", d[0].message);
}

#[test]
fn a_role_must_be_a_string() {
    let texte = modele(
        r#"{ "code": "f", "libelle": "F", "type": "texte", "role": 1 }"#,
        "",
    );
    assert_eq!(
        erreurs(&texte),
        [(
            "type_json".into(),
            "/blocs/0/champs/0/role".into(),
            lieu(&texte, "1 }", 1)
        )]
    );
}

#[test]
fn a_role_is_for_a_text_field() {
    let texte = modele(
        r#"{ "code": "f", "libelle": "F", "type": "entier", "role": "finess" }"#,
        "",
    );
    assert_eq!(
        erreurs(&texte),
        [(
            "role_hors_texte".into(),
            "/blocs/0/champs/0/role".into(),
            lieu(&texte, "\"finess\" }", 1)
        )]
    );
    let d = diagnostics(&texte);
    assert!(d[0].message.contains("texte"), "{}", d[0].message);
}

#[test]
fn each_role_at_most_once() {
    let deuxieme = r#"{ "code": "f2", "libelle": "F2", "type": "texte", "role": "finess" }"#;
    let texte = modele(&format!("{FINESS}, {NOM}, {deuxieme}"), "");
    assert_eq!(
        erreurs(&texte),
        [(
            "role_duplique".into(),
            "/blocs/0/champs/2/role".into(),
            lieu(&texte, "\"finess\" }", 2)
        )]
    );
    let d = diagnostics(&texte);
    assert!(d[0].message.contains("« finess »"), "{}", d[0].message);
}

#[test]
fn no_role_in_a_repeatable_block() {
    let ligne =
        r#", { "code": "nom", "libelle": "Nom", "type": "texte", "role": "raison_sociale" }"#;
    let texte = modele(FINESS, ligne);
    assert_eq!(
        erreurs(&texte),
        [(
            "role_repetable".into(),
            "/blocs/1/champs/1/role".into(),
            lieu(&texte, "\"raison_sociale\"", 1)
        )]
    );
}

#[test]
fn every_role_fault_in_one_run() {
    let champs = r#"{ "code": "a", "libelle": "A", "type": "booleen", "role": "finess" },
      { "code": "b2", "libelle": "B", "type": "texte", "role": "inconnu" }"#;
    let ligne = r#", { "code": "c", "libelle": "C", "type": "texte", "role": "finess" }"#;
    let codes: Vec<String> = erreurs(&modele(champs, ligne))
        .into_iter()
        .map(|(c, _, _)| c)
        .collect();
    assert_eq!(
        codes,
        ["role_hors_texte", "valeur_inconnue", "role_repetable"],
        "a repeatable block's role is not counted as a duplicate"
    );
}
