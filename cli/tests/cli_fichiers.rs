//! The files the command line reads and writes: concurrent `generate` runs
//! into one folder, file names that are not UTF-8.

use std::path::Path;
use std::process::{Command, Output, Stdio};

fn sidoba(args: &[&std::ffi::OsStr], dossier: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sidoba"))
        .args(args)
        .current_dir(dossier)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// `r` exited with `code` (its standard error shown otherwise).
#[track_caller]
fn sortie(r: &Output, code: i32) {
    assert_eq!(
        r.status.code(),
        Some(code),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
}

/// A minimal valid model of campaign `id`.
fn modele(id: &str) -> String {
    format!(
        r#"{{"campagne":{{"id":"{id}","libelle":"{id}","module":"M"}},"modele":{{"code":"M","version":"1","niveau":"structure"}},
        "blocs":[{{"code":"b","libelle":"B","champs":[{{"code":"x","libelle":"x","type":"entier"}}]}}]}}"#
    )
}

#[test]
fn des_generate_concurrents_listent_chaque_module() {
    for tour in 0..3 {
        let d = tempfile::tempdir().unwrap();
        for i in 0..8 {
            std::fs::write(
                d.path().join(format!("m{i}.json")),
                modele(&format!("C{i}")),
            )
            .unwrap();
        }
        let enfants: Vec<_> = (0..8)
            .map(|i| {
                Command::new(env!("CARGO_BIN_EXE_sidoba"))
                    .args(["generate", &format!("m{i}.json"), "--out", "out"])
                    .current_dir(d.path())
                    .stdin(Stdio::null())
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for e in enfants {
            let o = e.wait_with_output().unwrap();
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        }
        let mod_rs = std::fs::read_to_string(d.path().join("out/mod.rs")).unwrap();
        let modules: Vec<&str> = mod_rs
            .lines()
            .filter(|l| l.starts_with("pub mod "))
            .collect();
        assert_eq!(modules.len(), 8, "round {tour}:\n{mod_rs}");
        // No temporary file left behind.
        let restes: Vec<_> = std::fs::read_dir(d.path().join("out"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n.to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(restes.is_empty(), "{restes:?}");
    }
}

#[cfg(unix)]
#[test]
fn les_noms_de_fichier_non_utf8_sont_lus_et_montres_avec_perte() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let d = tempfile::tempdir().unwrap();
    let nom = OsStr::from_bytes(b"mod\xE8le.json");
    std::fs::write(d.path().join(nom), modele("NU")).unwrap();
    let charge = OsStr::from_bytes(b"donn\xE9es.json");
    std::fs::write(
        d.path().join(charge),
        r#"{"campagne":"NU","modele":{"code":"M","version":"1"},"donnees":{"x":"a"}}"#,
    )
    .unwrap();
    let o = |a: &[&OsStr]| sidoba(a, d.path());
    let s = OsStr::new;
    // `check --format json`: the model is read, the output is JSON.
    let r = o(&[s("check"), nom, s("--format"), s("json")]);
    sortie(&r, 0);
    serde_json::from_slice::<serde_json::Value>(&r.stdout).unwrap();
    // A finding in a payload: JSON findings.
    let r = o(&[s("validate"), nom, charge, s("--format"), s("json")]);
    sortie(&r, 1);
    serde_json::from_slice::<serde_json::Value>(&r.stdout).unwrap();
    // A payload that is not JSON: JSON errors naming the file lossily.
    std::fs::write(d.path().join(charge), "{").unwrap();
    let r = o(&[s("validate"), nom, charge, s("--format"), s("json")]);
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert!(v.to_string().contains("donn\u{FFFD}es.json"), "{v}");
    // A model that is not valid: JSON diagnostics with the name.
    let casse = OsStr::from_bytes(b"cass\xE9.json");
    std::fs::write(d.path().join(casse), "{").unwrap();
    let r = o(&[s("check"), casse, s("--format"), s("json")]);
    sortie(&r, 1);
    let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert!(v.to_string().contains("cass\u{FFFD}.json"), "{v}");
    // A file that does not exist: still JSON-free stdout, a clear message.
    let absent = OsStr::from_bytes(b"absent\xFF.json");
    let r = o(&[s("check"), absent]);
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("absent\u{FFFD}.json"));
    // generate and diff take such names too.
    let r = o(&[s("generate"), nom, s("--out"), s("out")]);
    sortie(&r, 0);
    let r = o(&[s("diff"), nom, nom, s("--format"), s("json")]);
    sortie(&r, 0);
    serde_json::from_slice::<serde_json::Value>(&r.stdout).unwrap();
}
