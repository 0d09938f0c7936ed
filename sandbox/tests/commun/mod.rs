//! An in-process sandbox on 127.0.0.1:0 with the sample models, a
//! user-level campaign and four accounts, and a plain HTTP client.

#![allow(dead_code)]

pub mod nav;

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

pub const RACINE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
pub const FINESS_A: &str = "690012345";
pub const FINESS_B: &str = "010000008";
pub const SECRET: &str = "secret-de-test";
pub const USAGERS: &str = "SSIAD-USAGERS-2027";

pub fn racine(chemin: &str) -> PathBuf {
    Path::new(RACINE).join(chemin)
}

pub fn payload_rama_2026() -> String {
    std::fs::read_to_string(racine("generated/tests/donnees/rama-2026.json")).unwrap()
}

/// The RAMA 2026 payload with one value changed (a blocking finding).
pub fn payload_rama_2026_faux() -> String {
    let mut v: serde_json::Value = serde_json::from_str(&payload_rama_2026()).unwrap();
    v["donnees"]["nombre_de_places"] = serde_json::json!(-5);
    v.to_string()
}

pub struct Bac {
    pub url: String,
    pub dossier: tempfile::TempDir,
    arret: Option<tokio::sync::oneshot::Sender<()>>,
    tache: Option<tokio::task::JoinHandle<Result<(), sidoba_sandbox::Erreur>>>,
    pub http: reqwest::Client,
}

fn ecrire_comptes(dossier: &Path) -> PathBuf {
    let secret = sidoba_sandbox_hex(&Sha256::digest(SECRET.as_bytes()));
    let compte = |id: &str, habs: serde_json::Value| serde_json::json!({"client_id": id, "secret_sha256": secret, "habilitations": habs});
    let comptes = serde_json::json!({"comptes": [
        compte("editeur-a", serde_json::json!([{"finess": FINESS_A, "roles": ["declarant", "lecteur"]}])),
        compte("editeur-b", serde_json::json!([{"finess": FINESS_B, "roles": ["declarant", "lecteur"]}])),
        compte("lecteur-a", serde_json::json!([{"finess": FINESS_A, "roles": ["lecteur"]}])),
        compte("cnsa", serde_json::json!([{"finess": FINESS_A, "roles": ["autorite"]}])),
    ]});
    let chemin = dossier.join("comptes.json");
    std::fs::write(&chemin, comptes.to_string()).unwrap();
    chemin
}

fn sidoba_sandbox_hex(o: &[u8]) -> String {
    o.iter().map(|b| format!("{b:02x}")).collect()
}

/// The models folder: the sample models, and a user-level copy of SSIAD
/// open in 2027.
pub fn ecrire_modeles(dossier: &Path) -> PathBuf {
    let m = dossier.join("modeles");
    std::fs::create_dir_all(&m).unwrap();
    for f in ["rama-2025.json", "rama-2026.json", "ssiad-2025.json"] {
        std::fs::copy(racine(&format!("models/{f}")), m.join(f)).unwrap();
    }
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(racine("models/ssiad-2025.json")).unwrap())
            .unwrap();
    v["campagne"]["id"] = USAGERS.into();
    v["campagne"]["dateOuverture"] = "2027-01-01".into();
    v["campagne"]["dateCloture"] = "2027-12-31".into();
    v["modele"]["niveau"] = "usager".into();
    std::fs::write(
        m.join("usagers.json"),
        serde_json::to_string_pretty(&v).unwrap(),
    )
    .unwrap();
    m
}

pub fn config(dossier: &Path) -> sidoba_sandbox::Config {
    let mut c = sidoba_sandbox::Config::new(
        ecrire_modeles(dossier),
        dossier.join("bac.sqlite"),
        ecrire_comptes(dossier),
    );
    c.ecoute = "127.0.0.1:0".parse().unwrap();
    c.aujourdhui = Some(sidoba_sandbox::lire_date("2027-04-01").unwrap());
    c
}

impl Bac {
    pub async fn demarrer() -> Bac {
        Bac::avec(|_| {}).await
    }

    pub async fn avec(regler: impl FnOnce(&mut sidoba_sandbox::Config)) -> Bac {
        let dossier = tempfile::tempdir().unwrap();
        let mut c = config(dossier.path());
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
            http: reqwest::Client::new(),
        }
    }

    pub async fn arreter(mut self) {
        if let Some(tx) = self.arret.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.tache.take() {
            t.await.unwrap().unwrap();
        }
    }

    pub fn u(&self, chemin: &str) -> String {
        format!("{}{chemin}", self.url)
    }

    pub async fn jeton(&self, compte: &str) -> String {
        let r = self
            .http
            .post(self.u("/v1/jeton"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!(
                "grant_type=client_credentials&client_id={compte}&client_secret={SECRET}"
            ))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        let v: serde_json::Value = r.json_texte().await;
        v["access_token"].as_str().unwrap().to_owned()
    }

    /// POST a WS05 payload.
    pub async fn envoyer(
        &self,
        jeton: &str,
        campagne: &str,
        finess: &str,
        cle: &str,
        corps: &str,
    ) -> Reponse {
        self.requete(
            reqwest::Method::POST,
            &format!("/v1/campagnes/{campagne}/structures/{finess}/donnees"),
            Some(jeton),
            &[
                ("content-type", "application/json"),
                ("idempotency-key", cle),
            ],
            corps.as_bytes().to_vec(),
        )
        .await
    }

    pub async fn get(&self, chemin: &str, jeton: &str) -> Reponse {
        self.requete(reqwest::Method::GET, chemin, Some(jeton), &[], Vec::new())
            .await
    }

    pub async fn requete(
        &self,
        methode: reqwest::Method,
        chemin: &str,
        jeton: Option<&str>,
        entetes: &[(&str, &str)],
        corps: Vec<u8>,
    ) -> Reponse {
        let mut r = self.http.request(methode, self.u(chemin));
        if let Some(j) = jeton {
            r = r.header("authorization", format!("Bearer {j}"));
        }
        for (k, v) in entetes {
            r = r.header(*k, *v);
        }
        let r = r.body(corps).send().await.unwrap();
        let statut = r.status().as_u16();
        let entetes = r.headers().clone();
        let octets = r.bytes().await.unwrap().to_vec();
        Reponse {
            statut,
            entetes,
            octets,
        }
    }

    /// Sends the WS09 TDDUI Bundle of two persons (`U-001`, `U/002`) for
    /// the user-level SSIAD copy, written by hand after usager.md (its
    /// decimals `1.50`, `81.50` must reach the server as written), under
    /// `cle`, and waits for its end.
    pub async fn envoyer_usagers(&self, cle: &str) -> serde_json::Value {
        let j = self.jeton("editeur-a").await;
        let corps = std::fs::read(racine("sandbox/tests/bundles/ssiad-usagers-2027.json")).unwrap();
        let r = self
            .requete(
                reqwest::Method::POST,
                &format!("/v1/campagnes/{USAGERS}/structures/{FINESS_A}/usagers/fhir"),
                Some(&j),
                &[
                    ("content-type", "application/fhir+json"),
                    ("idempotency-key", cle),
                ],
                corps,
            )
            .await;
        assert_eq!(r.statut, 202, "{}", r.texte());
        self.attendre_fin(&j, r.json()["uidTraitement"].as_str().unwrap())
            .await
    }

    /// Waits for a processing to finish; its WS06 body.
    pub async fn attendre_fin(&self, jeton: &str, uid: &str) -> serde_json::Value {
        for _ in 0..400 {
            let r = self.get(&format!("/v1/traitements/{uid}"), jeton).await;
            assert_eq!(r.statut, 200, "{}", r.texte());
            let v = r.json();
            if matches!(v["etat"].as_str(), Some("accepte" | "rejete")) {
                return v;
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        panic!("le traitement {uid} ne s'est pas terminé");
    }
}

pub trait JsonTexte {
    async fn json_texte(self) -> serde_json::Value;
}

impl JsonTexte for reqwest::Response {
    async fn json_texte(self) -> serde_json::Value {
        serde_json::from_slice(&self.bytes().await.unwrap()).unwrap()
    }
}

#[derive(Debug)]
pub struct Reponse {
    pub statut: u16,
    pub entetes: reqwest::header::HeaderMap,
    pub octets: Vec<u8>,
}

impl Reponse {
    pub fn texte(&self) -> String {
        String::from_utf8_lossy(&self.octets).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.octets).unwrap_or_else(|e| panic!("{e} : {}", self.texte()))
    }

    pub fn entete(&self, nom: &str) -> Option<&str> {
        self.entetes.get(nom).and_then(|v| v.to_str().ok())
    }

    /// Asserts a problem+json answer with this status and code.
    pub fn probleme(&self, statut: u16, code: &str) {
        assert_eq!(self.statut, statut, "{}", self.texte());
        assert_eq!(
            self.entete("content-type"),
            Some("application/problem+json"),
            "{}",
            self.texte()
        );
        let v = self.json();
        assert_eq!(
            v["type"],
            format!("urn:sidoba:erreur:{code}"),
            "{}",
            self.texte()
        );
        assert_eq!(v["status"], statut);
        assert!(v["title"].is_string() && v["detail"].is_string());
    }
}

/// A second-factor secret: twenty bytes, base32 (RFC 4648, no padding).
pub const TOTP: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/// The RFC 6238 codes of [`TOTP`], as an authentication app makes them.
pub fn totp() -> totp_rs::Totp {
    totp_rs::Builder::new()
        .with_secret(totp_rs::Secret::try_from_base32(TOTP).unwrap())
        .build()
        .unwrap()
}

/// Seconds since the epoch.
pub fn maintenant() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// An accounts file with `editeur-t` (FINESS A, second factor `totp`) and
/// `editeur-a` (none).
pub fn comptes_avec_totp(dossier: &Path, totp: &str) -> PathBuf {
    let secret = sidoba_sandbox_hex(&Sha256::digest(SECRET.as_bytes()));
    let v = serde_json::json!({"comptes": [
        {"client_id": "editeur-t", "secret_sha256": secret, "totp": totp,
         "habilitations": [{"finess": FINESS_A, "roles": ["declarant", "lecteur"]}]},
        {"client_id": "editeur-a", "secret_sha256": secret,
         "habilitations": [{"finess": FINESS_A, "roles": ["declarant", "lecteur"]}]}
    ]});
    let chemin = dossier.join("comptes-totp.json");
    std::fs::write(&chemin, v.to_string()).unwrap();
    chemin
}
