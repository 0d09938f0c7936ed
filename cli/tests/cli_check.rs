//! `sidoba check` end to end: the JSON report, its schema, its codes; and
//! a FHIR Questionnaire wherever a model is (`check`, `generate`,
//! `validate`, `questionnaire`) on the guide's grids and on a faulty one.

use sidoba_core::model::CodeProbleme;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn racine() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn sidoba(args: &[&str], stdin: &[u8]) -> Output {
    let mut enfant = Command::new(env!("CARGO_BIN_EXE_sidoba"))
        .args(args)
        .current_dir(racine())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut entree = enfant.stdin.take().unwrap();
    entree.write_all(stdin).unwrap();
    drop(entree);
    enfant.wait_with_output().unwrap()
}

fn lire(chemin: &str) -> String {
    std::fs::read_to_string(racine().join(chemin)).unwrap()
}

/// The report, checked against docs/diagnostics.schema.json.
#[track_caller]
fn rapport(o: &Output) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stdout)));
    let schema: serde_json::Value =
        serde_json::from_str(&lire("docs/diagnostics.schema.json")).unwrap();
    let validateur = jsonschema::draft202012::new(&schema).unwrap();
    let fautes: Vec<String> = validateur
        .iter_errors(&v)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(fautes.is_empty(), "{fautes:#?}\n{v:#}");
    v
}

const INVALIDE: &[u8] = br#"{ "campagne": { "libelle": "X", "module": "X" },
  "modele": { "code": "X", "version": "1", "niveau": "structure" },
  "blocs": [ { "code": "b", "libelle": "B", "obligatoir": 1, "champs": [ { "code": "c", "libelle": "C", "type": "entier", "min": 3, "max": 1 } ] } ] }"#;

#[test]
fn json_report_of_valid_and_invalid_models() {
    let o = sidoba(
        &["check", "--format", "json", "models/rama-2025.json", "-"],
        INVALIDE,
    );
    assert_eq!(o.status.code(), Some(1));
    let v = rapport(&o);
    let modeles = v["modeles"].as_array().unwrap();
    assert_eq!(modeles.len(), 2);
    assert_eq!(modeles[0]["fichier"], "models/rama-2025.json");
    assert_eq!(modeles[0]["valide"], true);
    assert_eq!(modeles[1]["fichier"], "<stdin>");
    assert_eq!(modeles[1]["valide"], false);
    let problemes: Vec<(String, String, String, u64, u64)> = modeles[1]["problemes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["code"].as_str().unwrap().to_owned(),
                p["gravite"].as_str().unwrap().to_owned(),
                p["pointeur"].as_str().unwrap().to_owned(),
                p["ligne"].as_u64().unwrap(),
                p["colonne"].as_u64().unwrap(),
            )
        })
        .collect();
    let attendu = [
        ("cle_manquante", "erreur", "/campagne", 1, 15),
        (
            "cle_inconnue",
            "avertissement",
            "/blocs/0/obligatoir",
            3,
            45,
        ),
        (
            "bornes_inversees",
            "erreur",
            "/blocs/0/champs/0/min",
            3,
            130,
        ),
    ]
    .map(|(c, g, p, l, k)| (c.to_owned(), g.to_owned(), p.to_owned(), l, k));
    assert_eq!(problemes, attendu);
    // Deterministic.
    let encore = sidoba(
        &["check", "--format", "json", "models/rama-2025.json", "-"],
        INVALIDE,
    );
    assert_eq!(o.stdout, encore.stdout);
}

#[test]
fn valid_model_exits_0_in_json_too() {
    let o = sidoba(
        &["check", "--format", "json", "models/rama-2025.json", "-"],
        lire("models/ssiad-2025.json").as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0));
    let v = rapport(&o);
    assert_eq!(v["modeles"][0]["problemes"], serde_json::json!([]));
    assert_eq!(v["modeles"][1]["fichier"], "<stdin>");
    assert_eq!(v["modeles"][1]["valide"], true);
}

#[test]
fn unreadable_or_non_json_files_still_give_a_json_document() {
    let o = sidoba(
        &["check", "--format", "json", "nulle-part/absent.json", "-"],
        b"{\"a\": [1,",
    );
    assert_eq!(o.status.code(), Some(2), "an unreadable file wins");
    let v = rapport(&o);
    let m = &v["modeles"];
    assert_eq!(m[0]["fichier"], "nulle-part/absent.json");
    assert_eq!(m[0]["problemes"][0]["code"], "fichier_illisible");
    assert_eq!(m[0]["problemes"][0]["ligne"], serde_json::Value::Null);
    // The reason itself, not a pointer to standard error.
    let raison = m[0]["problemes"][0]["message"].as_str().unwrap();
    assert!(raison.contains("nulle-part/absent.json"), "{raison}");
    assert_eq!(m[1]["problemes"][0]["code"], "json_invalide");
    assert_eq!(m[1]["problemes"][0]["ligne"], 1);
    let o = sidoba(&["check", "--format", "json", "-"], b"\xff");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        rapport(&o)["modeles"][0]["problemes"][0]["code"],
        "utf8_invalide"
    );
}

#[test]
fn text_format_is_unchanged() {
    let o = sidoba(&["check", "-"], INVALIDE);
    assert_eq!(o.status.code(), Some(1));
    let sortie = String::from_utf8_lossy(&o.stdout);
    assert!(
        sortie.starts_with("erreur: <stdin>:1:15 [/campagne]: "),
        "{sortie}"
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("avertissement: <stdin>:3:45"));
}

/// The codes of the table of docs/diagnostics.md, in its order.
fn codes_documentes() -> Vec<String> {
    lire("docs/diagnostics.md")
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split_once("` |").map(|(c, _)| c.to_owned()))
        .collect()
}

#[test]
fn every_code_is_documented_and_only_those() {
    let code: Vec<String> = CodeProbleme::TOUS
        .iter()
        .map(|c| c.as_str().to_owned())
        .collect();
    assert_eq!(codes_documentes(), code, "docs/diagnostics.md");
    let schema: serde_json::Value =
        serde_json::from_str(&lire("docs/diagnostics.schema.json")).unwrap();
    let dans_schema: Vec<String> = schema["$defs"]["probleme"]["properties"]["code"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(dans_schema, code, "docs/diagnostics.schema.json");
    for c in &code {
        let snake = !c.is_empty()
            && c.chars()
                .all(|k| k.is_ascii_lowercase() || k.is_ascii_digit() || k == '_');
        assert!(snake, "{c}");
    }
}

// A FHIR Questionnaire as a model.

const PA: &str = "core/grilles/tddui-2.3.0/Questionnaire-tddui-questionnaire-aggir-pa-ssiad.json";
const SITUATION: &str =
    "core/grilles/tddui-2.3.0/Questionnaire-tddui-questionnaire-situation-ssiad.json";

fn texte(o: &[u8]) -> String {
    String::from_utf8_lossy(o).into_owned()
}

#[test]
fn check_reads_the_grids_and_places_a_questionnaires_faults() {
    let o = sidoba(&["check", PA, SITUATION], b"");
    assert_eq!(o.status.code(), Some(0), "{}", texte(&o.stderr));
    // The verdicts go to the error stream, as for any model.
    let sortie = texte(&o.stderr);
    assert!(
        sortie.contains("tddui-questionnaire-aggir-pa-ssiad version 2.3.0 valide (76 champs"),
        "{sortie}"
    );
    let faux = br#"{"resourceType": "Questionnaire", "url": "https://x.invalid/Questionnaire/q",
 "item": [{"linkId": "a", "text": "A", "type": "dateTime"}]}"#;
    let o = sidoba(&["check", "-"], faux);
    assert_eq!(o.status.code(), Some(1));
    // The diagnostics on the output, the verdict on the error stream.
    let erreurs = texte(&o.stdout);
    assert!(
        erreurs.contains("<stdin>:1:1: le Questionnaire n'a pas de « version »"),
        "{erreurs}"
    );
    assert!(
        erreurs
            .contains("<stdin>:2:48 [/item/0/type]: type d'item « dateTime » non pris en charge"),
        "{erreurs}"
    );
}

#[test]
fn generate_writes_the_checked_in_module_of_a_grid() {
    let dir = tempfile::tempdir().unwrap();
    let o = sidoba(
        &["generate", PA, "--out", dir.path().to_str().unwrap()],
        b"",
    );
    assert_eq!(o.status.code(), Some(0), "{}", texte(&o.stderr));
    let f = "tddui_questionnaire_aggir_pa_ssiad.rs";
    assert_eq!(
        std::fs::read_to_string(dir.path().join(f)).unwrap(),
        std::fs::read_to_string(racine().join("generated/src/grilles").join(f)).unwrap()
    );
}

#[test]
fn validate_checks_a_payload_against_a_grid() {
    let payload = br#"{"campagne": "tddui-questionnaire-situation-ssiad",
 "modele": {"code": "tddui-questionnaire-situation-ssiad", "version": "2.3.0"},
 "donnees": {"obesite": "oui", "incontinence": true}}"#;
    let o = sidoba(&["validate", SITUATION, "-"], payload);
    assert_eq!(o.status.code(), Some(1));
    let sortie = texte(&o.stdout);
    assert!(sortie.contains("[type] obesite"), "{sortie}");
}

#[test]
fn questionnaire_writes_a_grid_back_with_its_items_in_place() {
    let o = sidoba(&["questionnaire", PA], b"");
    assert_eq!(o.status.code(), Some(0), "{}", texte(&o.stderr));
    let q: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(q["item"][0]["linkId"], "resultat-eval");
    assert_eq!(q["item"][0]["item"][0]["linkId"], "fonction-pensee");
    assert_eq!(q["item"][0]["item"][0]["item"][3]["linkId"], "pensee-habit");
}
