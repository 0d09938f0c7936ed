//! `sidoba sandbox` as a process: the first line of stdout is the address;
//! SIGKILL during 200 concurrent submissions loses nothing acknowledged;
//! SIGTERM stops cleanly; no secret, token or payload value is printed;
//! the data file is 0600.

#![cfg(unix)]

use sha2::{Digest, Sha256};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

const SECRET: &str = "SECRET-MARQUEUR-31d9c2";
const VALEUR: &str = "VALEUR-MARQUEUR-EHPAD-8e41";
const FINESS: &str = "690012345";

struct Processus {
    enfant: Child,
    adresse: String,
    sortie: Arc<Mutex<String>>,
    erreurs: Arc<Mutex<String>>,
}

fn lire_tout(flux: impl Read + Send + 'static, dans: Arc<Mutex<String>>) {
    std::thread::spawn(move || {
        let mut r = BufReader::new(flux);
        let mut ligne = String::new();
        while r.read_line(&mut ligne).map(|n| n > 0).unwrap_or(false) {
            dans.lock().unwrap().push_str(&ligne);
            ligne.clear();
        }
    });
}

fn lancer(dossier: &Path) -> Processus {
    let mut enfant = Command::new(env!("CARGO_BIN_EXE_sidoba"))
        .args(["sandbox", "--models"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../models"))
        .arg("--data")
        .arg(dossier.join("bac.sqlite"))
        .arg("--accounts")
        .arg(dossier.join("comptes.json"))
        .args(["--listen", "127.0.0.1:0", "--today", "2027-04-01"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut sortie = BufReader::new(enfant.stdout.take().unwrap());
    let mut premiere = String::new();
    sortie.read_line(&mut premiere).unwrap();
    let adresse = premiere.trim_end().to_owned();
    assert!(
        adresse.parse::<std::net::SocketAddr>().is_ok(),
        "première ligne : {premiere:?}"
    );
    let (s, e) = (
        Arc::new(Mutex::new(premiere)),
        Arc::new(Mutex::new(String::new())),
    );
    lire_tout(sortie, s.clone());
    lire_tout(enfant.stderr.take().unwrap(), e.clone());
    Processus {
        enfant,
        adresse,
        sortie: s,
        erreurs: e,
    }
}

fn preparer() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let secret: String = Sha256::digest(SECRET.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let comptes = serde_json::json!({"comptes": [{"client_id": "editeur-a", "secret_sha256": secret,
        "habilitations": [{"finess": FINESS, "roles": ["declarant", "lecteur"]}]}]});
    std::fs::write(d.path().join("comptes.json"), comptes.to_string()).unwrap();
    d
}

fn payload() -> String {
    let texte = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated/tests/donnees/rama-2026.json"),
    )
    .unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&texte).unwrap();
    v["donnees"]["raison_sociale"] = VALEUR.into();
    v.to_string()
}

async fn jeton(http: &reqwest::Client, adresse: &str) -> String {
    let r = http
        .post(format!("http://{adresse}/v1/jeton"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!(
            "grant_type=client_credentials&client_id=editeur-a&client_secret={SECRET}"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let v: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
    v["access_token"].as_str().unwrap().to_owned()
}

/// A server on a fresh data file, a client and its token.
async fn demarrer() -> (tempfile::TempDir, Processus, reqwest::Client, String) {
    let dossier = preparer();
    let p = lancer(dossier.path());
    let http = reqwest::Client::new();
    let j = jeton(&http, &p.adresse).await;
    (dossier, p, http, j)
}

/// WS06 of a processing, which must be there (acknowledged, never lost).
async fn traitement(
    http: &reqwest::Client,
    adresse: &str,
    j: &str,
    uid: &str,
) -> serde_json::Value {
    let r = http
        .get(format!("http://{adresse}/v1/traitements/{uid}"))
        .bearer_auth(j)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "uid {uid} acquitté puis perdu");
    serde_json::from_slice(&r.bytes().await.unwrap()).unwrap()
}

/// One WS05 submission; the processing's uid if it was acknowledged (202).
async fn envoyer(
    http: &reqwest::Client,
    url: &str,
    j: &str,
    corps: &str,
    cle: &str,
) -> Option<String> {
    let r = http
        .post(url)
        .bearer_auth(j)
        .header("content-type", "application/json")
        .header("idempotency-key", cle)
        .body(corps.to_owned())
        .send()
        .await
        .ok()?;
    if r.status() != 202 {
        return None;
    }
    let v: serde_json::Value = serde_json::from_slice(&r.bytes().await.ok()?).unwrap();
    Some(v["uidTraitement"].as_str().unwrap().to_owned())
}

/// SIGKILL once `n` submissions are acknowledged (others in flight), then
/// the clients' end: the uids acknowledged before the kill.
async fn tuer_apres(
    p: &mut Processus,
    acquittes: &Mutex<Vec<String>>,
    n: usize,
    taches: Vec<tokio::task::JoinHandle<()>>,
) -> Vec<String> {
    for _ in 0..2_000 {
        if acquittes.lock().unwrap().len() >= n {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    p.enfant.kill().unwrap();
    p.enfant.wait().unwrap();
    for t in taches {
        t.await.unwrap();
    }
    let acquittes = acquittes.lock().unwrap().clone();
    assert!(acquittes.len() >= n, "{}", acquittes.len());
    acquittes
}

fn signal(p: &Child, nom: &str) {
    let ok = Command::new("kill")
        .args([nom, &p.id().to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
}

fn attendre_sortie(p: &mut Child) -> std::process::ExitStatus {
    for _ in 0..200 {
        if let Some(s) = p.try_wait().unwrap() {
            return s;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = p.kill();
    panic!("le bac à sable ne s'est pas arrêté");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn un_sigkill_pendant_200_depots_ne_perd_rien_d_acquitte() {
    let (dossier, mut p, http, j) = demarrer().await;
    let corps = payload();
    let acquittes = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut taches = Vec::new();
    for i in 0..200 {
        let (http, j, corps, acquittes) =
            (http.clone(), j.clone(), corps.clone(), acquittes.clone());
        let url = format!(
            "http://{}/v1/campagnes/RAMA-2026/structures/{FINESS}/donnees",
            p.adresse
        );
        taches.push(tokio::spawn(async move {
            if let Some(uid) = envoyer(&http, &url, &j, &corps, &format!("cle-{i}")).await {
                acquittes.lock().unwrap().push(uid);
            }
        }));
    }
    // Kill once some are acknowledged, while others are in flight.
    let acquittes = tuer_apres(&mut p, &acquittes, 20, taches).await;
    eprintln!("{} envois acquittés sur 200 avant SIGKILL", acquittes.len());
    let mut journaux = vec![
        p.sortie.lock().unwrap().clone(),
        p.erreurs.lock().unwrap().clone(),
    ];

    // Restart on the same file: every acknowledged uid is there and ends.
    let mut p = lancer(dossier.path());
    for uid in &acquittes {
        let mut fini = false;
        for _ in 0..600 {
            let v = traitement(&http, &p.adresse, &j, uid).await;
            if v["etat"] == "accepte" {
                fini = true;
                break;
            }
            assert_ne!(v["etat"], "rejete");
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        assert!(fini, "uid {uid} jamais terminé");
    }
    // SIGTERM: a clean stop.
    signal(&p.enfant, "-TERM");
    let statut = attendre_sortie(&mut p.enfant);
    assert!(statut.success(), "{statut:?}");
    std::thread::sleep(std::time::Duration::from_millis(100));
    journaux.push(p.sortie.lock().unwrap().clone());
    journaux.push(p.erreurs.lock().unwrap().clone());
    assert!(journaux[1].contains("POST /v1/campagnes/{id}/structures/{finess}/donnees 202"));
    for texte in &journaux {
        for marqueur in [SECRET, VALEUR, j.as_str()] {
            assert!(!texte.contains(marqueur), "{marqueur} dans {texte}");
        }
    }
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dossier.path().join("bac.sqlite"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

/// Submissions are committed in lots (one transaction, one `fsync` for all
/// those queued meanwhile): killed just after the first 202s, while a lot is
/// being written, the server still has every submission it acknowledged.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn un_sigkill_pendant_un_lot_ne_perd_rien_d_acquitte() {
    let (dossier, mut p, http, j) = demarrer().await;
    let corps = payload();
    let acquittes = Arc::new(Mutex::new(Vec::<String>::new()));
    let url = format!(
        "http://{}/v1/campagnes/RAMA-2026/structures/{FINESS}/donnees",
        p.adresse
    );
    let mut taches = Vec::new();
    for client in 0..64 {
        let (http, j, corps, acquittes, url) = (
            http.clone(),
            j.clone(),
            corps.clone(),
            acquittes.clone(),
            url.clone(),
        );
        taches.push(tokio::spawn(async move {
            for k in 0..20 {
                let cle = format!("lot-{client}-{k}");
                let Some(uid) = envoyer(&http, &url, &j, &corps, &cle).await else {
                    return;
                };
                acquittes.lock().unwrap().push(uid);
            }
        }));
    }
    let acquittes = tuer_apres(&mut p, &acquittes, 100, taches).await;
    assert!(acquittes.len() < 64 * 20, "tué trop tard");

    let mut p = lancer(dossier.path());
    for uid in &acquittes {
        traitement(&http, &p.adresse, &j, uid).await;
    }
    p.enfant.kill().unwrap();
    p.enfant.wait().unwrap();
}

#[test]
fn les_erreurs_d_usage_sortent_en_2_et_les_mauvais_fichiers_aussi() {
    let sidoba = env!("CARGO_BIN_EXE_sidoba");
    let d = preparer();
    let base = |extra: &[&str]| {
        let mut c = Command::new(sidoba);
        c.args(["sandbox", "--models", "../models", "--data"])
            .arg(d.path().join("b.sqlite"))
            .arg("--accounts")
            .arg(d.path().join("comptes.json"))
            .args(["--listen", "127.0.0.1:0"])
            .args(extra)
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        c.output().unwrap()
    };
    for extra in [
        &["--chaos", "2"][..],
        &["--today", "2027-13-01"],
        &["--token-ttl", "0"],
        &["--rate-limit", "x"],
    ] {
        let o = base(extra);
        assert_eq!(o.status.code(), Some(2), "{extra:?}");
        assert!(o.stdout.is_empty());
    }
    let o = Command::new(sidoba)
        .args([
            "sandbox",
            "--models",
            "/nexiste/pas",
            "--data",
            "x",
            "--accounts",
            "y",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("impossible de lire le dossier de modèles")
    );
}
