//! A FHIR Questionnaire wherever a model is: `sidoba check`, `generate`,
//! `validate`, `questionnaire` on the guide's grids and on a faulty one.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const PA: &str =
    "codegen/grilles/tddui-2.3.0/Questionnaire-tddui-questionnaire-aggir-pa-ssiad.json";
const SITUATION: &str =
    "codegen/grilles/tddui-2.3.0/Questionnaire-tddui-questionnaire-situation-ssiad.json";

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
