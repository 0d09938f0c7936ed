//! A sandbox started in process on 127.0.0.1:0 (the `sidoba_sandbox`
//! library), with a temporary models folder, data file and accounts file,
//! and clients configured for it.

#![allow(dead_code)]

use sha2::{Digest, Sha256};
use sidoba_client::{Client, Config, Politique, Secret};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const RACINE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
pub const FINESS_A: &str = "690012345";
pub const FINESS_B: &str = "010000008";
pub const SECRET: &str = "secret-de-bout-en-bout";
pub const RAMA: &str = "RAMA-2026";
/// Closed on the sandbox's date (2027-04-01).
pub const RAMA_FERMEE: &str = "RAMA-2025";
pub const USAGERS: &str = "RAMA-USAGER-2026";

pub type Journal = Arc<Mutex<Vec<String>>>;

pub fn lire(chemin: &str) -> Vec<u8> {
    std::fs::read(Path::new(RACINE).join(chemin)).unwrap()
}

/// The RAMA 2026 example payload; with `places`, that number of places.
pub fn payload(places: Option<i64>) -> Vec<u8> {
    let mut v: serde_json::Value =
        serde_json::from_slice(&lire("generated/tests/donnees/rama-2026.json")).unwrap();
    if let Some(n) = places {
        v["donnees"]["nombre_de_places"] = n.into();
    }
    serde_json::to_vec(&v).unwrap()
}

pub struct Bac {
    pub url: String,
    pub dossier: tempfile::TempDir,
    arret: Option<tokio::sync::oneshot::Sender<()>>,
    tache: Option<tokio::task::JoinHandle<Result<(), sidoba_sandbox::Erreur>>>,
}

fn hex(o: &[u8]) -> String {
    o.iter().map(|b| format!("{b:02x}")).collect()
}

impl Bac {
    pub async fn avec(regler: impl FnOnce(&mut sidoba_sandbox::Config)) -> Bac {
        let dossier = tempfile::tempdir().unwrap();
        let d = dossier.path();
        let modeles = d.join("modeles");
        std::fs::create_dir_all(&modeles).unwrap();
        for f in ["rama-2025.json", "rama-2026.json", "rama-usager-2026.json"] {
            std::fs::write(modeles.join(f), lire(&format!("models/{f}"))).unwrap();
        }
        let secret = hex(&Sha256::digest(SECRET.as_bytes()));
        let compte = |id: &str, finess: &str, roles: &[&str]| {
            serde_json::json!({"client_id": id, "secret_sha256": secret,
                "habilitations": [{"finess": finess, "roles": roles}]})
        };
        let comptes = serde_json::json!({"comptes": [
            compte("editeur-a", FINESS_A, &["declarant", "lecteur"]),
            compte("editeur-b", FINESS_B, &["declarant", "lecteur"]),
            compte("lecteur-a", FINESS_A, &["lecteur"]),
            compte("cnsa", FINESS_A, &["autorite"]),
        ]});
        std::fs::write(d.join("comptes.json"), comptes.to_string()).unwrap();
        let mut c =
            sidoba_sandbox::Config::new(modeles, d.join("bac.sqlite"), d.join("comptes.json"));
        c.ecoute = "127.0.0.1:0".parse().unwrap();
        c.aujourdhui = Some(sidoba_sandbox::lire_date("2027-04-01").unwrap());
        regler(&mut c);
        let serveur = sidoba_sandbox::Serveur::demarrer(c).await.unwrap();
        let url = format!("http://{}", serveur.adresse());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let tache = tokio::spawn(serveur.attendre(async {
            let _ = rx.await;
        }));
        Bac {
            url,
            dossier,
            arret: Some(tx),
            tache: Some(tache),
        }
    }

    pub async fn demarrer() -> Bac {
        Bac::avec(|_| {}).await
    }

    /// Short retries and polling, and a journal of what the client says.
    pub fn config(&self, compte: &str) -> (Config, Journal) {
        let mut c = Config::new(&self.url, compte, Secret::new(SECRET)).unwrap();
        c.reprise = Politique {
            tentatives: 8,
            delai_initial: Duration::from_millis(10),
            delai_max: Duration::from_secs(2),
            duree_max: Duration::from_secs(30),
        };
        c.delai_requete = Duration::from_secs(10);
        c.intervalle_suivi = Duration::from_millis(10);
        let journal: Journal = Arc::default();
        let j = journal.clone();
        c.journal = Some(Arc::new(move |e| j.lock().unwrap().push(e.to_string())));
        (c, journal)
    }

    pub fn client(&self, compte: &str) -> Client {
        Client::new(self.config(compte).0).unwrap()
    }

    pub async fn arreter(mut self) {
        if let Some(tx) = self.arret.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.tache.take() {
            t.await.unwrap().unwrap();
        }
    }
}
