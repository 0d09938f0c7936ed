//! The `sidoba sandbox` binary started on a free port, with the sample
//! models and the example accounts, and `sidoba` run against it.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

pub const RACINE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

pub struct Bac {
    enfant: Child,
    pub url: String,
}

impl Drop for Bac {
    fn drop(&mut self) {
        let _ = self.enfant.kill();
        let _ = self.enfant.wait();
    }
}

/// `sidoba sandbox ARGS`: its first stdout line is the address.
pub fn lancer(args: &[String]) -> Bac {
    let mut enfant = Command::new(env!("CARGO_BIN_EXE_sidoba"))
        .args(args)
        .current_dir(RACINE)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut premiere = String::new();
    BufReader::new(enfant.stdout.take().unwrap())
        .read_line(&mut premiere)
        .unwrap();
    let adresse: std::net::SocketAddr = premiere.trim().parse().unwrap();
    Bac {
        enfant,
        url: format!("http://{adresse}"),
    }
}

pub fn sidoba(args: &[String], env: &[(String, String)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sidoba"));
    c.args(args).current_dir(RACINE);
    executer(c, env)
}

/// Runs `c` with exactly the `SIDOBA_*` variables of `env`, nothing on its
/// standard input.
pub fn executer(mut c: Command, env: &[(String, String)]) -> Output {
    c.env_remove("SIDOBA_URL")
        .env_remove("SIDOBA_CLIENT_ID")
        .env_remove("SIDOBA_CLIENT_SECRET")
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

pub fn texte(o: &Output) -> String {
    format!(
        "{}\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

pub fn payload(dossier: &Path) -> PathBuf {
    let p = dossier.join("rama-2025-payload.json");
    std::fs::copy(
        Path::new(RACINE).join("generated/tests/donnees/rama-2025.json"),
        &p,
    )
    .unwrap();
    p
}

/// The sandbox on 2026-04-01 (RAMA-2025 open) with its environment.
pub fn demarrer(d: &Path) -> (Bac, Vec<(String, String)>) {
    let a: Vec<String> = [
        "sandbox",
        "--models",
        "models",
        "--data",
        &d.join("bac.sqlite").display().to_string(),
        "--accounts",
        "examples/bac-a-sable/comptes.json",
        "--listen",
        "127.0.0.1:0",
        "--today",
        "2026-04-01",
    ]
    .map(String::from)
    .to_vec();
    let bac = lancer(&a);
    let env = vec![
        ("SIDOBA_URL".to_owned(), bac.url.clone()),
        ("SIDOBA_CLIENT_ID".to_owned(), "editeur-demo".to_owned()),
        (
            "SIDOBA_CLIENT_SECRET".to_owned(),
            "demo-bac-a-sable".to_owned(),
        ),
    ];
    (bac, env)
}

pub fn s(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| a.to_string()).collect()
}
