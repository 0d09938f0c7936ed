//! `sidoba validate` on user-level collection files and `sidoba
//! questionnaire`, end to end: exit codes, streams, files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn racine() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn sidoba(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sidoba"));
    c.args(args)
        .current_dir(racine())
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut enfant = c.spawn().unwrap();
    let mut entree = enfant.stdin.take().unwrap();
    if let Some(s) = stdin {
        let _ = entree.write_all(s);
    }
    drop(entree);
    enfant.wait_with_output().unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn texte(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const MODELE: &str = "models/ssiad-usager-2025.json";
const COLLECTE: &str = "core/tests/collectes/ssiad-usager-2025.json";

#[test]
fn a_valid_collection_file_exits_0() {
    let o = sidoba(&["validate", MODELE, COLLECTE], None);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    assert!(
        texte(&o.stdout).starts_with("Fichier de collecte valide"),
        "{}",
        texte(&o.stdout)
    );
}

#[test]
fn a_bad_identity_exits_1_with_its_place_and_never_its_value() {
    let c = std::fs::read_to_string(racine().join(COLLECTE))
        .unwrap()
        .replace("237047505612346", "237047505612340")
        .replace("\"MARIE\"", "\"MARIE CLAIRE\"");
    for format in ["text", "json"] {
        let o = sidoba(
            &["validate", MODELE, "-", "--format", format],
            Some(c.as_bytes()),
        );
        assert_eq!(code(&o), 1, "{}", texte(&o.stderr));
        let s = texte(&o.stdout);
        assert!(s.contains("usagers[0].identite.ins"), "{s}");
        assert!(s.contains("usagers[0].identite.prenomsNaissance"), "{s}");
        for secret in ["MARIE", "MARTIN", "2370475056", "194704032"] {
            assert!(
                !s.contains(secret) && !texte(&o.stderr).contains(secret),
                "{secret} : {s}"
            );
        }
        if format == "json" {
            let v: serde_json::Value = serde_json::from_str(&s).unwrap();
            assert_eq!(v["valide"], false);
            assert_eq!(v["constats"][0]["code"], "motif");
        } else {
            assert!(s.contains("Usager n° 1 (usagers[0])"), "{s}");
        }
    }
}

#[test]
fn a_payload_still_validates_and_a_bad_bundle_gives_all_its_errors() {
    let o = sidoba(
        &[
            "validate",
            "models/rama-2025.json",
            "generated/tests/donnees/rama-2025.json",
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", texte(&o.stdout));
    let o = sidoba(
        &["validate", MODELE, "-", "--format", "json"],
        Some(b"{\"resourceType\": \"Bundle\",\n \"type\": \"batch\", \"entry\": []}"),
    );
    assert_eq!(code(&o), 1);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let e = v["erreurs"].as_array().unwrap();
    // Any sender's Bundle is read: its `meta.profile` is not required.
    assert_eq!(e.len(), 2, "{v}");
    let tout = v["erreurs"].to_string();
    for attendu in [
        "/type : le Bundle TDDUI est de type",
        "/entry : le Bundle n'a pas d'Organization",
    ] {
        assert!(tout.contains(attendu), "{attendu} : {v}");
    }
}

const BUNDLE: &str = "core/tests/bundles/ssiad-usager-2025.json";

#[test]
fn a_valid_bundle_exits_0_and_names_itself() {
    let o = sidoba(&["validate", MODELE, BUNDLE], None);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    assert_eq!(
        texte(&o.stdout),
        "Bundle TDDUI valide : 0 constat bloquant, 0 avertissement (SSIAD_USAGER 2025.1).\n"
    );
}

#[test]
fn a_bundle_with_findings_gives_them_per_person_and_never_an_identity() {
    // A code no model block has, in the second person's report, and the
    // first person's INS key broken.
    let b = std::fs::read_to_string(racine().join(BUNDLE))
        .unwrap()
        .replace("237047505612346", "237047505612340")
        .replacen(
            "\"linkId\": \"type_personne\"",
            "\"linkId\": \"pointure\"",
            2,
        );
    for format in ["text", "json"] {
        let o = sidoba(
            &["validate", MODELE, "-", "--format", format],
            Some(b.as_bytes()),
        );
        assert_eq!(code(&o), 1, "{}", texte(&o.stderr));
        let s = texte(&o.stdout);
        for secret in ["237047505612340", "MARTIN", "JEANNE", "194704032", "DURAND"] {
            assert!(
                !s.contains(secret) && !texte(&o.stderr).contains(secret),
                "{secret} : {s}"
            );
        }
        if format == "json" {
            let v: serde_json::Value = serde_json::from_str(&s).unwrap();
            let lieux: Vec<_> = v["constats"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| (c["chemin"].as_str().unwrap(), c["code"].as_str().unwrap()))
                .collect();
            assert_eq!(
                lieux,
                [
                    ("usagers[0].identite.ins", "motif"),
                    ("usagers[0].pointure", "champ_inconnu"),
                    ("usagers[0].type_personne", "obligatoire"),
                    ("usagers[1].pointure", "champ_inconnu"),
                    ("usagers[1].type_personne", "obligatoire"),
                ],
                "{s}"
            );
        } else {
            assert!(s.starts_with("Bundle TDDUI invalide"), "{s}");
            assert!(s.contains("Usager n° 2 (usagers[1])"), "{s}");
        }
    }
}

#[test]
fn questionnaire_prints_writes_a_file_and_checks_its_base() {
    let o = sidoba(&["questionnaire", MODELE], None);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    let q: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(q["resourceType"], "Questionnaire");
    assert_eq!(
        q["url"],
        "https://sidoba.invalid/fhir/Questionnaire/SSIAD_USAGER"
    );
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("q.json");
    let o = sidoba(
        &[
            "questionnaire",
            MODELE,
            "--base",
            "https://fhir.example.org/",
            "-o",
            f.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    assert!(o.stdout.is_empty());
    let q: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
    assert_eq!(
        q["url"],
        "https://fhir.example.org/Questionnaire/SSIAD_USAGER"
    );
    let o = sidoba(&["questionnaire", MODELE, "--base", "pas une url"], None);
    assert_eq!(code(&o), 2);
    assert!(texte(&o.stderr).contains("--base"));
    let o = sidoba(&["questionnaire", "-"], Some(b"{"));
    assert_eq!(code(&o), 1);
    let o = sidoba(&["questionnaire", "models/absent.json"], None);
    assert_eq!(code(&o), 2);
}

#[test]
fn bundle_prints_the_bundle_and_writes_a_private_file_atomically() {
    let o = sidoba(&["bundle", MODELE, COLLECTE], None);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    let b = texte(&o.stdout);
    assert!(b.starts_with(r#"{"resourceType":"Bundle""#), "{b}");
    assert!(b.ends_with("}\n") && b.lines().count() == 1);
    // Standard input, and the same bytes every time.
    let c = std::fs::read(racine().join(COLLECTE)).unwrap();
    let o2 = sidoba(&["bundle", MODELE, "-"], Some(&c));
    assert_eq!(texte(&o2.stdout), b);
    let base = sidoba(
        &[
            "bundle",
            MODELE,
            COLLECTE,
            "--base",
            "https://exemple.fr/fhir/",
        ],
        None,
    );
    assert_eq!(code(&base), 0);
    assert!(
        texte(&base.stdout).contains("https://exemple.fr/fhir/Questionnaire/SSIAD_USAGER|2025.1")
    );
    assert_eq!(
        code(&sidoba(
            &["bundle", MODELE, COLLECTE, "--base", "ftp://x"],
            None
        )),
        2
    );

    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("bundle.json");
    let o = sidoba(
        &["bundle", MODELE, COLLECTE, "-o", f.to_str().unwrap()],
        None,
    );
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    assert!(o.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&f).unwrap(), b);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&f).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert_eq!(
        std::fs::read_dir(d.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
}

#[test]
fn bundle_exits_1_with_the_findings_while_one_blocks_and_0_with_warnings() {
    let c = std::fs::read_to_string(racine().join(COLLECTE))
        .unwrap()
        .replace("237047505612346", "237047505612340");
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("b.json");
    let o = sidoba(
        &["bundle", MODELE, "-", "-o", f.to_str().unwrap()],
        Some(c.as_bytes()),
    );
    assert_eq!(code(&o), 1, "{}", texte(&o.stderr));
    let s = texte(&o.stdout);
    assert!(
        s.contains("Usager n° 1 (usagers[0])") && s.contains("usagers[0].identite.ins"),
        "{s}"
    );
    assert!(
        !s.contains("237047505612340") && !s.contains("MARTIN"),
        "{s}"
    );
    assert!(!f.exists(), "no Bundle while a finding blocks");
    // A warning only (R06: more hospital days than the year): exit 0,
    // the warning on standard error, the Bundle on standard output.
    let c = std::fs::read_to_string(racine().join(COLLECTE))
        .unwrap()
        .replace("\"hospitalisation_duree\": 9", "\"hospitalisation_duree\": 366")
        .replace(
            "\"hospitalisation_cause\": \"CHUTE\" }",
            "\"hospitalisation_cause\": \"CHUTE\" }, { \"hospitalisation_debut\": \"2025-07-02\", \"hospitalisation_duree\": 2 }",
        );
    let o = sidoba(&["bundle", MODELE, "-"], Some(c.as_bytes()));
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    assert!(texte(&o.stderr).contains("R06"), "{}", texte(&o.stderr));
    assert!(texte(&o.stdout).starts_with(r#"{"resourceType":"Bundle""#));
}

#[test]
fn bundle_refuses_what_it_cannot_read_and_writes_ws07_with_cda() {
    let o = sidoba(&["bundle", MODELE, "-"], Some(b"{\"usagers\": ["));
    assert_eq!(code(&o), 1, "{}", texte(&o.stderr));
    assert!(!texte(&o.stdout).is_empty());
    let o = sidoba(&["bundle", MODELE, "absent.json"], None);
    assert_eq!(code(&o), 2);
    let o = sidoba(&["bundle", MODELE, COLLECTE, "--cda"], None);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    let ws07 = texte(&o.stdout);
    assert!(
        ws07.contains("\"resourceType\":\"DocumentReference\""),
        "{ws07}"
    );
    assert!(!ws07.contains("QuestionnaireResponse"), "{ws07}");
    // `sidoba validate` reads it back as a WS07 Bundle.
    let o = sidoba(&["validate", MODELE, "-"], Some(ws07.as_bytes()));
    assert_eq!(code(&o), 0, "{}{}", texte(&o.stdout), texte(&o.stderr));
}

#[test]
fn the_tddui_version_is_a_row_of_the_table() {
    // 2.2.0: the same profiles and grids; its version is the grids'.
    let o = sidoba(&["bundle", MODELE, COLLECTE, "--tddui", "2.2.0"], None);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    let b = texte(&o.stdout);
    assert!(
        b.contains("tddui-questionnaire-aggir-pa-ssiad|2.2.0"),
        "{b}"
    );
    assert!(!b.contains("|2.3.0"));
    let o = sidoba(&["bundle", MODELE, COLLECTE], None);
    assert!(texte(&o.stdout).contains("tddui-questionnaire-aggir-pa-ssiad|2.3.0"));
    // An unknown version: exit 2, the versions there are, nothing written.
    for args in [
        &["bundle", MODELE, COLLECTE, "--tddui", "9.9.9"][..],
        &["validate", MODELE, COLLECTE, "--tddui", "9.9.9"][..],
    ] {
        let o = sidoba(args, None);
        assert_eq!(code(&o), 2, "{args:?}");
        assert!(o.stdout.is_empty());
        let e = texte(&o.stderr);
        assert!(e.contains("9.9.9") && e.contains("2.3.0, 2.2.0"), "{e}");
    }
    let o = sidoba(&["validate", MODELE, COLLECTE, "--tddui", "2.2.0"], None);
    assert_eq!(code(&o), 0, "{}", texte(&o.stdout));
}
