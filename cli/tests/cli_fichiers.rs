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

/// A minimal valid model of campaign `id`.
fn modele(id: &str) -> String {
    format!(
        r#"{{"campagne":{{"id":"{id}","libelle":"{id}","module":"M"}},"modele":{{"code":"M","version":"1","niveau":"structure"}},
        "blocs":[{{"code":"b","libelle":"B","champs":[{{"code":"x","libelle":"x","type":"entier"}}]}}]}}"#
    )
}

#[test]
fn concurrent_generate_runs_list_every_module() {
    for tour in 0..3 {
        let d = tempfile::tempdir().unwrap();
        for i in 0..8 {
            std::fs::write(d.path().join(format!("m{i}.json")), modele(&format!("C{i}"))).unwrap();
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
        let modules: Vec<&str> = mod_rs.lines().filter(|l| l.starts_with("pub mod ")).collect();
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
