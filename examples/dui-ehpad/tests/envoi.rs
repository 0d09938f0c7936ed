//! `dui-ehpad --envoyer` against a sandbox started in this process with the
//! sample models and the demo accounts of `examples/bac-a-sable/`: the
//! RAMA 2025 payload is sent with the blocking client and accepted.

use std::path::Path;
use std::process::Command;

const RACINE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// The sandbox on its own thread and runtime; its base URL.
fn bac(dossier: &Path) -> String {
    let racine = Path::new(RACINE);
    let mut c = sidoba_sandbox::Config::new(
        racine.join("models"),
        dossier.join("bac.sqlite"),
        racine.join("examples/bac-a-sable/comptes.json"),
    );
    c.ecoute = "127.0.0.1:0".parse().unwrap();
    c.aujourdhui = Some(sidoba_sandbox::lire_date("2026-04-01").unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async {
            let s = sidoba_sandbox::Serveur::demarrer(c).await.unwrap();
            tx.send(format!("http://{}", s.adresse())).unwrap();
            s.attendre(std::future::pending()).await.unwrap();
        })
    });
    rx.recv().unwrap()
}

fn dui(url: &str, secret: &str, sortie: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dui-ehpad"))
        .arg("--sortie")
        .arg(sortie)
        .arg("--envoyer")
        .env("SIDOBA_URL", url)
        .env("SIDOBA_CLIENT_ID", "editeur-demo")
        .env("SIDOBA_CLIENT_SECRET", secret)
        .output()
        .unwrap()
}

#[test]
fn le_dui_envoie_son_payload_rama_et_il_est_accepte() {
    let d = tempfile::tempdir().unwrap();
    let url = bac(d.path());
    let sortie = d.path().join("payload.json");
    let r = dui(&url, "demo-bac-a-sable", &sortie);
    let out = String::from_utf8_lossy(&r.stdout);
    assert!(
        r.status.success(),
        "{out}\n{}",
        String::from_utf8_lossy(&r.stderr)
    );
    assert!(out.contains("envoyé : traitement "), "{out}");
    let derniere = out.lines().last().unwrap();
    assert!(
        derniere.starts_with("traitement ") && derniere.ends_with(" : accepte"),
        "{out}"
    );
    assert!(sortie.exists());

    // Wrong secret: not sent, exit 2, and the secret is not repeated.
    let r = dui(&url, "SECRET-FAUX-4b2e", &sortie);
    assert_eq!(r.status.code(), Some(2));
    let tout = format!(
        "{}{}",
        String::from_utf8_lossy(&r.stdout),
        String::from_utf8_lossy(&r.stderr)
    );
    assert!(tout.contains("invalid_client"), "{tout}");
    assert!(!tout.contains("SECRET-FAUX"), "{tout}");
}
