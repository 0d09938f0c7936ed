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
    lancer(args, stdin, Stdio::piped())
}

/// Runs the binary from the workspace root with the given standard output.
fn lancer(args: &[&str], stdin: Option<&[u8]>, stdout: Stdio) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sidoba"));
    c.args(args)
        .current_dir(racine())
        .stdin(Stdio::piped())
        .stdout(stdout)
        .stderr(Stdio::piped());
    let mut enfant = c.spawn().unwrap();
    let mut entree = enfant.stdin.take().unwrap();
    if let Some(s) = stdin {
        // The command may stop before reading its input.
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

#[test]
fn check_de_modeles_valides_sort_en_0() {
    let o = sidoba(
        &["check", "models/rama-2025.json", "models/ssiad-2025.json"],
        None,
    );
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    assert!(o.stdout.is_empty(), "nothing found, nothing on stdout");
    assert!(texte(&o.stderr).contains("valide"));
}

#[test]
fn check_d_un_modele_invalide_sort_en_1_avec_le_lieu() {
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
fn un_texte_qui_n_est_pas_du_json_sort_en_1_avec_ligne_et_colonne() {
    let o = sidoba(&["check", "-"], Some(b"{\n  \"campagne\": [1,,2]\n}"));
    assert_eq!(code(&o), 1);
    assert!(
        texte(&o.stdout).contains("<stdin>:2:18"),
        "{}",
        texte(&o.stdout)
    );
}

#[test]
fn un_fichier_illisible_sort_en_2() {
    let o = sidoba(&["check", "models/absent.json"], None);
    assert_eq!(code(&o), 2);
    assert!(texte(&o.stderr).contains("models/absent.json"));
    // Even alongside an invalid model, unreadable wins.
    let o = sidoba(&["check", "models/absent.json", "-"], Some(b"{"));
    assert_eq!(code(&o), 2);
}

#[test]
fn les_erreurs_d_usage_sortent_en_2() {
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
fn un_modele_non_utf8_est_invalide_pas_un_plantage() {
    let o = sidoba(&["check", "-"], Some(b"{\"a\": \"\xff\"}"));
    assert_eq!(code(&o), 1);
    assert!(texte(&o.stdout).contains("UTF-8"));
}

#[test]
fn pas_de_couleur_dans_un_tube_ni_avec_no_color() {
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
fn generate_n_ecrit_que_les_changements_et_check_voit_le_retard() {
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
    let edite = "// @generated par sidoba, then edited\n";
    std::fs::write(dir.path().join("rama_2025.rs"), edite).unwrap();
    let o = sidoba(&base, None);
    assert_eq!(code(&o), 1);
    assert!(texte(&o.stdout).contains("rama_2025.rs"));
    // --check wrote nothing.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("rama_2025.rs")).unwrap(),
        edite
    );
    // --check looks only at the files it would write: the module of a
    // model not given stays listed in mod.rs and is not stale.
    assert_eq!(code(&sidoba(&base[..5], None)), 0);
    let o = sidoba(
        &["generate", "models/rama-2025.json", "--out", out, "--check"],
        None,
    );
    assert_eq!(code(&o), 0, "{}{}", texte(&o.stdout), texte(&o.stderr));
}

#[test]
fn generate_refuse_les_modeles_invalides_et_n_ecrit_rien() {
    let dir = tempfile::tempdir().unwrap();
    let o = sidoba(
        &["generate", "-", "--out", dir.path().to_str().unwrap()],
        Some(b"{}"),
    );
    assert_eq!(code(&o), 1);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn l_en_tete_genere_nomme_modele_version_empreinte_et_commande() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    sidoba(&["generate", "models/ssiad-2025.json", "--out", out], None);
    let t = std::fs::read_to_string(dir.path().join("ssiad_2025.rs")).unwrap();
    let entete: Vec<&str> = t.lines().take(4).collect();
    assert!(entete[0].starts_with("// @generated par sidoba"));
    assert!(
        entete[1].contains("SSIAD version 2025.1") && entete[1].contains("campagne SSIAD-2025"),
        "{}",
        entete[1]
    );
    use sha2::Digest;
    let sha: String =
        sha2::Sha256::digest(std::fs::read(racine().join("models/ssiad-2025.json")).unwrap())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
    assert!(entete[2].ends_with(&sha));
    assert!(entete[3].contains("sidoba generate"), "{}", entete[3]);
    // No machine-specific path anywhere in the header.
    for l in &entete {
        assert!(!l.contains(out) && !l.contains("models/"), "{l}");
    }
}

/// Generates `modele` (as spelled) into `out` from `cwd`; the module's bytes.
fn module_genere(cwd: &Path, args: &[&str], module: &Path) -> Vec<u8> {
    let o = Command::new(env!("CARGO_BIN_EXE_sidoba"))
        .arg("generate")
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    std::fs::read(module).unwrap()
}

#[test]
fn les_octets_generes_ne_dependent_que_du_fichier_modele() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let r = racine();
    let abs = r.join("models/ssiad-2025.json");
    let abs = abs.to_str().unwrap();
    let reference = module_genere(
        &r,
        &[
            "models/ssiad-2025.json",
            "--out",
            d.join("a").to_str().unwrap(),
        ],
        &d.join("a/ssiad_2025.rs"),
    );
    let variantes = [
        module_genere(
            &r,
            &[
                "./models/ssiad-2025.json",
                "--out",
                &format!("{}/b/", d.display()),
            ],
            &d.join("b/ssiad_2025.rs"),
        ),
        module_genere(d, &[abs, "--out", "c"], &d.join("c/ssiad_2025.rs")),
        module_genere(d, &[abs, "--out", "./e/"], &d.join("e/ssiad_2025.rs")),
        module_genere(
            &r,
            &[
                "models/rama-2025.json",
                "models/ssiad-2025.json",
                "--out",
                d.join("f").to_str().unwrap(),
            ],
            &d.join("f/ssiad_2025.rs"),
        ),
    ];
    for (i, v) in variantes.iter().enumerate() {
        assert!(v == &reference, "variant {i} differs");
    }
}

#[test]
fn generer_un_modele_garde_les_autres_modules_listes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let gen_ = |modele: &str, check: bool| {
        let mut a = vec!["generate", modele, "--out", out];
        if check {
            a.push("--check");
        }
        sidoba(&a, None)
    };
    assert_eq!(code(&gen_("models/rama-2025.json", false)), 0);
    let o = gen_("models/ssiad-2025.json", false);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    let modrs = std::fs::read_to_string(dir.path().join("mod.rs")).unwrap();
    assert!(
        modrs.contains("pub mod rama_2025;") && modrs.contains("pub mod ssiad_2025;"),
        "{modrs}"
    );
    let o = gen_("models/ssiad-2025.json", true);
    assert_eq!(code(&o), 0, "{}{}", texte(&o.stdout), texte(&o.stderr));
    // The same mod.rs as generating both at once.
    let ensemble = tempfile::tempdir().unwrap();
    let o = sidoba(
        &[
            "generate",
            "models/ssiad-2025.json",
            "models/rama-2025.json",
            "--out",
            ensemble.path().to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&o), 0);
    assert_eq!(
        std::fs::read_to_string(ensemble.path().join("mod.rs")).unwrap(),
        modrs
    );
}

#[test]
fn les_fichiers_ecrits_a_la_main_ne_sont_jamais_ecrases() {
    for (fichier, autre) in [("mod.rs", "ssiad_2025.rs"), ("ssiad_2025.rs", "mod.rs")] {
        for check in [false, true] {
            let dir = tempfile::tempdir().unwrap();
            let out = dir.path().to_str().unwrap();
            let a_moi = dir.path().join(fichier);
            std::fs::write(&a_moi, "// écrit à la main\n").unwrap();
            let mut args = vec!["generate", "models/ssiad-2025.json", "--out", out];
            if check {
                args.push("--check");
            }
            let o = sidoba(&args, None);
            assert_eq!(code(&o), 2, "{fichier} {check}: {}", texte(&o.stderr));
            assert!(
                texte(&o.stderr).contains(a_moi.to_str().unwrap()),
                "{}",
                texte(&o.stderr)
            );
            assert_eq!(
                std::fs::read_to_string(&a_moi).unwrap(),
                "// écrit à la main\n"
            );
            assert!(!dir.path().join(autre).exists(), "nothing written at all");
        }
    }
}

/// Standard outputs that fail: a pipe whose reader is closed, a full disk.
fn sorties_cassees() -> [Stdio; 2] {
    let (lecteur, ecrivain) = std::io::pipe().unwrap();
    drop(lecteur);
    let plein = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    [Stdio::from(ecrivain), Stdio::from(plein)]
}

#[track_caller]
fn echoue_proprement(args: &[&str], stdin: Option<&[u8]>) {
    for (i, sortie) in sorties_cassees().into_iter().enumerate() {
        let o = lancer(args, stdin, sortie);
        let err = texte(&o.stderr);
        assert_eq!(code(&o), 2, "{args:?} ({i}): {err}");
        assert!(!err.contains("panicked"), "{args:?} ({i}): {err}");
        let lignes: Vec<&str> = err
            .lines()
            .filter(|l| l.contains("sortie standard"))
            .collect();
        assert_eq!(lignes.len(), 1, "{args:?} ({i}): {err}");
        assert_eq!(err.lines().last(), Some(lignes[0]), "{args:?} ({i}): {err}");
    }
}

#[test]
fn un_tube_ferme_ou_un_disque_plein_donne_une_ligne_d_erreur_jamais_une_panique() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let diff = ["diff", "models/rama-2025.json", "models/rama-2026.json"];
    let cas: Vec<(Vec<&str>, Option<&[u8]>)> = vec![
        (vec!["check", "-"], Some(b"{")),
        (
            vec![
                "generate",
                "models/ssiad-2025.json",
                "--out",
                out,
                "--check",
            ],
            None,
        ),
        (diff.to_vec(), None),
        ([&diff[..], &["--format", "markdown"]].concat(), None),
        ([&diff[..], &["--format", "json"]].concat(), None),
        (
            vec!["diff", "models/absent.json", "-", "--format", "json"],
            Some(b"{"),
        ),
        (
            vec![
                "validate",
                "models/rama-2025.json",
                "generated/tests/donnees/rama-2025.json",
            ],
            None,
        ),
        (
            vec![
                "validate",
                "models/rama-2025.json",
                "generated/tests/donnees/rama-2025.json",
                "--format",
                "json",
            ],
            None,
        ),
        (vec!["validate", "models/rama-2025.json", "-"], Some(b"[")),
        (
            vec!["validate", "models/absent.json", "-", "--format", "json"],
            Some(b"{}"),
        ),
        (vec!["schema", "models/rama-2025.json"], None),
        (vec!["--help"], None),
    ];
    for (args, stdin) in &cas {
        echoue_proprement(args, *stdin);
    }
}

#[test]
fn une_sortie_d_erreur_pleine_n_est_pas_une_panique() {
    let plein = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_sidoba"))
        .args(["check", "models/ssiad-2025.json"])
        .current_dir(racine())
        .stderr(plein)
        .output()
        .unwrap();
    assert_eq!(code(&o), 0);
}

/// Arguments, standard input, expected status, file named by an error.
type CasErreur<'a> = (Vec<&'a str>, Option<&'a [u8]>, i32, &'a str);

/// The `--format json` document of a failed command, with its status.
fn document_json(args: &[&str], stdin: Option<&[u8]>) -> (i32, serde_json::Value) {
    let o = sidoba(args, stdin);
    let v = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: {e}: {}", texte(&o.stdout)));
    (code(&o), v)
}

#[track_caller]
fn erreurs<'a>(v: &'a serde_json::Value, fichier: &str) -> &'a [serde_json::Value] {
    let e = v["erreurs"].as_array().unwrap();
    assert!(!e.is_empty(), "{v}");
    for x in e {
        let cles: Vec<&String> = x.as_object().unwrap().keys().collect();
        for k in ["code", "fichier", "ligne", "colonne", "pointeur", "message"] {
            assert!(cles.iter().any(|c| *c == k), "{k} missing in {x}");
        }
        assert!(x["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    assert!(e.iter().any(|x| x["fichier"] == fichier), "{fichier}: {v}");
    e
}

#[test]
fn validate_json_rend_chaque_erreur_en_json() {
    let m = "models/rama-2025.json";
    let j = ["--format", "json"];
    let modele_invalide: &[u8] = br#"{ "campagne": { "id": "X", "libelle": "X", "module": "X" },
  "modele": { "code": "X", "version": "1", "niveau": "structure" },
  "blocs": [ { "code": "b", "libelle": "B", "champs": [ { "code": "c", "libelle": "C", "type": "entier", "min": 3, "max": 1 } ] } ] }"#;
    let ssiad = std::fs::read(racine().join("models/ssiad-2025.json")).unwrap();
    let enveloppe =
        br#"{"campagne":"SSIAD-2025","modele":{"code":"SSIAD","version":"2025.1"},"donnees":{}}"#;
    let cas: Vec<CasErreur> = vec![
        (
            vec!["validate", "models/absent.json", "-"],
            Some(b"{}"),
            2,
            "models/absent.json",
        ),
        (
            vec!["validate", "-", "x.json"],
            Some(b"{\n ["),
            1,
            "<stdin>",
        ),
        (
            vec!["validate", "-", "x.json"],
            Some(modele_invalide),
            1,
            "<stdin>",
        ),
        (vec!["validate", m, "absent.json"], None, 2, "absent.json"),
        (
            vec!["validate", m, "-"],
            Some(b"{\n\"campagne\": }"),
            1,
            "<stdin>",
        ),
        (
            vec!["validate", m, "-"],
            Some(b"{\"a\": \"\xff\"}"),
            1,
            "<stdin>",
        ),
        (vec!["validate", m, "-"], Some(enveloppe), 1, "<stdin>"),
        (vec!["validate", "-", "-"], Some(&ssiad), 2, "<stdin>"),
    ];
    for (args, stdin, attendu, fichier) in cas {
        let args = [&args[..], &j[..]].concat();
        let (c, v) = document_json(&args, stdin);
        assert_eq!(c, attendu, "{args:?}: {v}");
        assert_eq!(v["valide"], false, "{v}");
        assert_eq!(v["constats"], serde_json::json!([]), "{v}");
        erreurs(&v, fichier);
    }
    // Places are kept: the model's pointer, the payload's line:column.
    let (_, v) = document_json(
        &["validate", "-", "x.json", "--format", "json"],
        Some(modele_invalide),
    );
    let e = &v["erreurs"][0];
    assert_eq!(
        (e["ligne"].as_u64(), e["colonne"].as_u64()),
        (Some(3), Some(113))
    );
    assert_eq!(e["pointeur"], "/blocs/0/champs/0/min");
    assert_eq!(e["code"], "bornes_inversees");
    let (_, v) = document_json(
        &["validate", m, "-", "--format", "json"],
        Some(b"{\n\"campagne\": }"),
    );
    let e = &v["erreurs"][0];
    assert_eq!(
        (e["ligne"].as_u64(), e["colonne"].as_u64()),
        (Some(2), Some(13))
    );
    assert!(e["pointeur"].is_null());
    assert_eq!(e["code"], "payload_illisible");
    // An unreadable file has no place.
    let (_, v) = document_json(&["validate", m, "absent.json", "--format", "json"], None);
    assert!(v["erreurs"][0]["ligne"].is_null());
    assert_eq!(v["erreurs"][0]["code"], "fichier_illisible");
}

#[test]
fn diff_json_rend_chaque_erreur_en_json() {
    let j = ["--format", "json"];
    let cas: Vec<CasErreur> = vec![
        (
            vec!["diff", "models/absent.json", "models/rama-2025.json"],
            None,
            2,
            "models/absent.json",
        ),
        (
            vec!["diff", "models/rama-2025.json", "-"],
            Some(b"{"),
            1,
            "<stdin>",
        ),
        (
            vec!["diff", "-", "models/rama-2025.json"],
            Some(b"[]"),
            1,
            "<stdin>",
        ),
        (
            vec![
                "diff",
                "models/rama-2025.json",
                "models/rama-2026.json",
                "--ignore",
                "absent.txt",
            ],
            None,
            2,
            "absent.txt",
        ),
        (
            vec![
                "diff",
                "models/rama-2025.json",
                "models/rama-2026.json",
                "--ignore",
                "-",
            ],
            Some(b"pas une empreinte\n"),
            2,
            "<stdin>",
        ),
    ];
    for (args, stdin, attendu, fichier) in cas {
        let args = [&args[..], &j[..]].concat();
        let (c, v) = document_json(&args, stdin);
        assert_eq!(c, attendu, "{args:?}: {v}");
        erreurs(&v, fichier);
        assert!(v.get("ecarts").is_none(), "{v}");
    }
    // Both files are reported.
    let (c, v) = document_json(
        &["diff", "models/absent.json", "-", "--format", "json"],
        Some(b"{"),
    );
    assert_eq!(c, 2);
    let e = erreurs(&v, "models/absent.json");
    assert!(e.iter().any(|x| x["fichier"] == "<stdin>"), "{v}");
}

#[test]
fn validate_codes_de_sortie_et_formats() {
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
fn diff_seuil_et_formats() {
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
fn schema_est_du_json_deterministe() {
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
fn une_marque_d_ordre_des_octets_est_ignoree() {
    let mut modele = b"\xef\xbb\xbf".to_vec();
    modele.extend(std::fs::read(racine().join("models/ssiad-2025.json")).unwrap());
    assert_eq!(code(&sidoba(&["check", "-"], Some(&modele))), 0);
    let mut payload = b"\xef\xbb\xbf".to_vec();
    payload
        .extend(std::fs::read(racine().join("generated/tests/donnees/ssiad-2025.json")).unwrap());
    let o = sidoba(&["validate", "models/ssiad-2025.json", "-"], Some(&payload));
    assert_eq!(code(&o), 0, "{}", texte(&o.stdout));
}
