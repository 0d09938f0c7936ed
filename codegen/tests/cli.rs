//! End-to-end tests of the `sidoba` binary: exit codes, streams, `-`.

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
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut enfant = c.spawn().unwrap();
    let mut entree = enfant.stdin.take().unwrap();
    if let Some(s) = stdin {
        entree.write_all(s).unwrap();
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

#[test]
fn check_valid_models_exits_0() {
    let o = sidoba(
        &["check", "models/rama-2025.json", "models/ssiad-2025.json"],
        None,
    );
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    assert!(o.stdout.is_empty(), "nothing found, nothing on stdout");
    assert!(texte(&o.stderr).contains("valide"));
}

#[test]
fn check_invalid_model_exits_1_with_place() {
    let modele = br#"{ "campagne": { "id": "X", "libelle": "X", "module": "X" },
  "modele": { "code": "X", "version": "1", "niveau": "structure" },
  "blocs": [ { "code": "b", "libelle": "B", "champs": [ { "code": "c", "libelle": "C", "type": "entier", "min": 3, "max": 1 } ] } ] }"#;
    let o = sidoba(&["check", "-"], Some(modele));
    assert_eq!(code(&o), 1);
    let sortie = texte(&o.stdout);
    assert!(
        sortie.contains("<stdin>:3:113 [/blocs/0/champs/0/min]"),
        "{sortie}"
    );
    assert!(sortie.contains('^'), "{sortie}");
}

#[test]
fn not_json_exits_1_with_line_and_column() {
    let o = sidoba(&["check", "-"], Some(b"{\n  \"campagne\": [1,,2]\n}"));
    assert_eq!(code(&o), 1);
    assert!(
        texte(&o.stdout).contains("<stdin>:2:18"),
        "{}",
        texte(&o.stdout)
    );
}

#[test]
fn unreadable_file_exits_2() {
    let o = sidoba(&["check", "models/absent.json"], None);
    assert_eq!(code(&o), 2);
    assert!(texte(&o.stderr).contains("models/absent.json"));
    // Even alongside an invalid model, unreadable wins.
    let o = sidoba(&["check", "models/absent.json", "-"], Some(b"{"));
    assert_eq!(code(&o), 2);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(code(&sidoba(&[], None)), 2);
    assert_eq!(code(&sidoba(&["check"], None)), 2);
    assert_eq!(code(&sidoba(&["frobnicate"], None)), 2);
    assert_eq!(
        code(&sidoba(&["generate", "models/rama-2025.json"], None)),
        2,
        "--out is required"
    );
    assert_eq!(code(&sidoba(&["--help"], None)), 0);
    let o = sidoba(&["check", "-", "-"], Some(b"{}"));
    assert_eq!(code(&o), 2, "stdin read twice");
}

#[test]
fn non_utf8_model_is_invalid_not_a_crash() {
    let o = sidoba(&["check", "-"], Some(b"{\"a\": \"\xff\"}"));
    assert_eq!(code(&o), 1);
    assert!(texte(&o.stdout).contains("UTF-8"));
}

#[test]
fn no_colour_when_piped_or_with_no_color() {
    let o = sidoba(&["check", "-"], Some(b"{"));
    assert!(!o.stdout.contains(&0x1b) && !o.stderr.contains(&0x1b));
    let mut c = Command::new(env!("CARGO_BIN_EXE_sidoba"));
    let o = c
        .args(["check", "tests/models/types.json"])
        .current_dir(racine())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!o.stdout.contains(&0x1b) && !o.stderr.contains(&0x1b));
}

#[test]
fn generate_writes_only_changes_and_check_detects_staleness() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let o = sidoba(
        &[
            "generate",
            "models/rama-2025.json",
            "models/ra-cmpp-2025.json",
            "--out",
            out,
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    assert!(
        dir.path().join("rama_2025.rs").exists() && dir.path().join("ra_cmpp_2025.rs").exists()
    );
    let modrs = std::fs::read_to_string(dir.path().join("mod.rs")).unwrap();
    assert!(modrs.contains("pub mod ra_cmpp_2025;") && modrs.contains("pub mod rama_2025;"));

    let avant = std::fs::metadata(dir.path().join("rama_2025.rs"))
        .unwrap()
        .modified()
        .unwrap();
    let o = sidoba(
        &[
            "generate",
            "models/rama-2025.json",
            "models/ra-cmpp-2025.json",
            "--out",
            out,
        ],
        None,
    );
    assert!(
        texte(&o.stderr).matches("inchangé").count() == 3,
        "{}",
        texte(&o.stderr)
    );
    assert_eq!(
        std::fs::metadata(dir.path().join("rama_2025.rs"))
            .unwrap()
            .modified()
            .unwrap(),
        avant
    );

    let check = |args: &[&str]| code(&sidoba(args, None));
    let base = [
        "generate",
        "models/rama-2025.json",
        "models/ra-cmpp-2025.json",
        "--out",
        out,
        "--check",
    ];
    assert_eq!(check(&base), 0);
    std::fs::write(dir.path().join("rama_2025.rs"), "// edited\n").unwrap();
    let o = sidoba(&base, None);
    assert_eq!(code(&o), 1);
    assert!(texte(&o.stdout).contains("rama_2025.rs"));
    // --check wrote nothing.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("rama_2025.rs")).unwrap(),
        "// edited\n"
    );
    // A module of a model no longer given is stale too.
    let o = sidoba(
        &["generate", "models/rama-2025.json", "--out", out, "--check"],
        None,
    );
    assert!(
        texte(&o.stdout).contains("ra_cmpp_2025.rs"),
        "{}",
        texte(&o.stdout)
    );
}

#[test]
fn generate_refuses_invalid_models_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let o = sidoba(
        &["generate", "-", "--out", dir.path().to_str().unwrap()],
        Some(b"{}"),
    );
    assert_eq!(code(&o), 1);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn generated_header_names_model_version_hash_and_command() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    sidoba(&["generate", "models/ssiad-2025.json", "--out", out], None);
    let t = std::fs::read_to_string(dir.path().join("ssiad_2025.rs")).unwrap();
    let entete: Vec<&str> = t.lines().take(4).collect();
    assert!(entete[0].starts_with("// @generated par sidoba"));
    assert!(
        entete[1].contains("SSIAD version 2025.1") && entete[1].contains("models/ssiad-2025.json")
    );
    use sha2::Digest;
    let sha: String =
        sha2::Sha256::digest(std::fs::read(racine().join("models/ssiad-2025.json")).unwrap())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
    assert!(entete[2].ends_with(&sha));
    assert!(entete[3].contains(&format!(
        "sidoba generate models/ssiad-2025.json --out {out}"
    )));
}

#[test]
fn validate_exit_codes_and_formats() {
    let ok = sidoba(
        &[
            "validate",
            "models/rama-2025.json",
            "generated/tests/donnees/rama-2025.json",
        ],
        None,
    );
    assert_eq!(code(&ok), 0, "{}", texte(&ok.stdout));
    assert!(texte(&ok.stdout).starts_with("Payload valide"));
    let mauvais = br#"{"campagne":"RAMA-2025","modele":{"code":"RAMA","version":"2025.1"},"donnees":{"nombre_de_places":2001,"zz":1}}"#;
    let o = sidoba(
        &["validate", "models/rama-2025.json", "-", "--format", "json"],
        Some(mauvais),
    );
    assert_eq!(code(&o), 1);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["valide"], false);
    let constats = v["constats"].as_array().unwrap();
    let max = constats.iter().find(|c| c["code"] == "max").unwrap();
    assert_eq!(max["chemin"], "nombre_de_places");
    assert_eq!(max["severite"], "bloquante");
    assert!(max.get("regle").is_none());
    // Fields in model order, unknown keys after them, rules last.
    let codes: Vec<&str> = constats
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    let inconnu = codes.iter().position(|c| *c == "champ_inconnu").unwrap();
    assert!(
        codes[..inconnu].iter().all(|c| *c != "regle")
            && codes[inconnu + 1..].iter().all(|c| *c == "regle"),
        "{codes:?}"
    );
    // Text: grouped by top-level block, unknown keys and rules after.
    let o = sidoba(&["validate", "models/rama-2025.json", "-"], Some(mauvais));
    let t = texte(&o.stdout);
    let bloc = t
        .find("Bloc « Établissement, capacité et équipements »")
        .unwrap();
    let places = t.find("[max] nombre_de_places").unwrap();
    let inconnues = t.find("Clés inconnues").unwrap();
    let regles = t.find("Règles de cohérence").unwrap();
    assert!(
        bloc < places && places < inconnues && inconnues < regles,
        "{t}"
    );
    assert!(t[inconnues..regles].contains("[champ_inconnu] zz"), "{t}");
    // Not JSON: exit 1 with line:column.
    let o = sidoba(
        &["validate", "models/rama-2025.json", "-"],
        Some(b"{\n\"campagne\": }"),
    );
    assert_eq!(code(&o), 1);
    assert!(
        texte(&o.stdout).contains("<stdin>:2:13"),
        "{}",
        texte(&o.stdout)
    );
    // Unreadable payload: 2.
    assert_eq!(
        code(&sidoba(
            &["validate", "models/rama-2025.json", "absent.json"],
            None
        )),
        2
    );
    assert_eq!(
        code(&sidoba(
            &["validate", "models/rama-2025.json", "x", "--format", "yaml"],
            None
        )),
        2
    );
}

#[test]
fn diff_gate_and_formats() {
    let base = ["diff", "models/rama-2025.json", "models/rama-2026.json"];
    let o = sidoba(&base, None);
    assert_eq!(code(&o), 0, "no gate, exit 0 whatever the report");
    assert!(
        texte(&o.stdout).starts_with("11 cassants, 3 à vérifier, 7 compatibles, 8 informations")
    );
    assert_eq!(
        code(&sidoba(
            &[&base[..], &["--fail-on", "cassant"]].concat(),
            None
        )),
        1
    );
    let same = sidoba(
        &[
            "diff",
            "models/rama-2025.json",
            "models/rama-2025.json",
            "--fail-on",
            "compatible",
        ],
        None,
    );
    assert_eq!(code(&same), 0);
    let json = sidoba(&[&base[..], &["--format", "json"]].concat(), None);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["resume"]["cassant"], 11);
    // Acknowledging every breaking change opens the gate.
    let empreintes: Vec<String> = v["ecarts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["impact"] == "cassant" || e["impact"] == "a_verifier")
        .map(|e| e["empreinte"].as_str().unwrap().to_owned())
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let fichier = dir.path().join("acquittes.txt");
    std::fs::write(&fichier, format!("# revus\n{}\n", empreintes.join("\n"))).unwrap();
    let f = fichier.to_str().unwrap();
    assert_eq!(
        code(&sidoba(
            &[&base[..], &["--fail-on", "cassant", "--ignore", f]].concat(),
            None
        )),
        0
    );
    assert_eq!(
        code(&sidoba(
            &[&base[..], &["--fail-on", "compatible", "--ignore", f]].concat(),
            None
        )),
        1
    );
    let md = sidoba(&[&base[..], &["--format", "markdown"]].concat(), None);
    assert!(texte(&md.stdout).contains("<details>"));
    assert_eq!(
        code(&sidoba(
            &[&base[..], &["--ignore", "absent.txt"]].concat(),
            None
        )),
        2
    );
    assert_eq!(
        code(&sidoba(&["diff", "models/rama-2025.json", "-"], Some(b"{"))),
        1
    );
}

#[test]
fn schema_is_json_and_deterministic() {
    let a = sidoba(&["schema", "models/ssiad-2025.json"], None);
    assert_eq!(code(&a), 0);
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
    assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(
        a.stdout,
        sidoba(&["schema", "models/ssiad-2025.json"], None).stdout
    );
    assert_eq!(code(&sidoba(&["schema", "-"], Some(b"[]"))), 1);
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let mut modele = b"\xef\xbb\xbf".to_vec();
    modele.extend(std::fs::read(racine().join("models/ssiad-2025.json")).unwrap());
    assert_eq!(code(&sidoba(&["check", "-"], Some(&modele))), 0);
    let mut payload = b"\xef\xbb\xbf".to_vec();
    payload
        .extend(std::fs::read(racine().join("generated/tests/donnees/ssiad-2025.json")).unwrap());
    let o = sidoba(&["validate", "models/ssiad-2025.json", "-"], Some(&payload));
    assert_eq!(code(&o), 0, "{}", texte(&o.stdout));
}
