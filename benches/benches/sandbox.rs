//! The sandbox under load, over loopback: N concurrent clients submitting
//! RAMA 2026 payloads (each 202 is durable: committed with
//! `synchronous=FULL` before it is sent), against a bare route of the same
//! server in the same run (`GET /v1/campagnes`: token check, no SQLite);
//! then the whole national RAMA campaign, 7,500 submissions validated and
//! stored end to end. Submissions are group-committed (one transaction and
//! one `fsync` for all those queued meanwhile); the "avant" id is the same
//! server with one transaction per submission (`lot_max = 1`), in the same
//! run.
//! `cargo bench -p sidoba-benches --bench sandbox`

use criterion::Criterion;
use sha2::{Digest, Sha256};
use sidoba_benches::RAMA_2026_PAYLOAD;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const CLIENTS: u64 = 16;
const SECRET: &str = "secret-de-banc";
const DONNEES: &str = "/v1/campagnes/RAMA-2026/structures/690012345/donnees";

struct Bac {
    url: String,
    jeton: String,
    http: reqwest::Client,
    cle: AtomicU64,
    _dossier: tempfile::TempDir,
}

async fn demarrer(lot_max: usize) -> Bac {
    let dossier = tempfile::tempdir().unwrap();
    let d = dossier.path();
    let secret: String = Sha256::digest(SECRET.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let comptes = serde_json::json!({"comptes": [{"client_id": "banc", "secret_sha256": secret,
        "habilitations": [{"finess": "690012345", "roles": ["declarant", "lecteur"]}]}]});
    std::fs::write(d.join("comptes.json"), comptes.to_string()).unwrap();
    std::fs::create_dir(d.join("modeles")).unwrap();
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../models/rama-2026.json"),
        d.join("modeles/rama-2026.json"),
    )
    .unwrap();
    let mut c = sidoba_sandbox::Config::new(
        d.join("modeles"),
        d.join("bac.sqlite"),
        d.join("comptes.json"),
    );
    c.ecoute = "127.0.0.1:0".parse().unwrap();
    c.aujourdhui = Some(sidoba_sandbox::lire_date("2027-04-01").unwrap());
    c.lot_max = lot_max;
    let serveur = sidoba_sandbox::Serveur::demarrer(c).await.unwrap();
    let url = format!("http://{}", serveur.adresse());
    tokio::spawn(serveur.attendre(std::future::pending()));
    let http = reqwest::Client::new();
    let r = http
        .post(format!("{url}/v1/jeton"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!(
            "grant_type=client_credentials&client_id=banc&client_secret={SECRET}"
        ))
        .send()
        .await
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
    Bac {
        url,
        jeton: v["access_token"].as_str().unwrap().to_owned(),
        http,
        cle: AtomicU64::new(0),
        _dossier: dossier,
    }
}

impl Bac {
    /// One submission with a fresh key; its uid.
    async fn soumettre(&self) -> String {
        let cle = self.cle.fetch_add(1, Ordering::Relaxed);
        let r = self
            .http
            .post(format!("{}{DONNEES}", self.url))
            .bearer_auth(&self.jeton)
            .header("content-type", "application/json")
            .header("idempotency-key", format!("k{cle}"))
            .body(RAMA_2026_PAYLOAD)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 202);
        let v: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        v["uidTraitement"].as_str().unwrap().to_owned()
    }

    async fn nue(&self) {
        let r = self
            .http
            .get(format!("{}/v1/campagnes", self.url))
            .bearer_auth(&self.jeton)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        r.bytes().await.unwrap();
    }

    async fn etat(&self, uid: &str) -> String {
        let r = self
            .http
            .get(format!("{}/v1/traitements/{uid}", self.url))
            .bearer_auth(&self.jeton)
            .send()
            .await
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        v["etat"].as_str().unwrap().to_owned()
    }
}

/// `n` requests over CLIENTS concurrent clients: total time and each
/// request's latency.
async fn charge(bac: &Arc<Bac>, n: u64, soumission: bool) -> (Duration, Vec<Duration>) {
    charge_par(bac, n, soumission, CLIENTS).await
}

/// The same with `clients` concurrent clients.
async fn charge_par(
    bac: &Arc<Bac>,
    n: u64,
    soumission: bool,
    clients: u64,
) -> (Duration, Vec<Duration>) {
    let debut = Instant::now();
    let mut taches = Vec::new();
    for i in 0..clients {
        let bac = bac.clone();
        let part = n / clients + u64::from(i < n % clients);
        taches.push(tokio::spawn(async move {
            let mut l = Vec::with_capacity(part as usize);
            for _ in 0..part {
                let t = Instant::now();
                if soumission {
                    bac.soumettre().await;
                } else {
                    bac.nue().await;
                }
                l.push(t.elapsed());
            }
            l
        }));
    }
    let mut latences = Vec::new();
    for t in taches {
        latences.extend(t.await.unwrap());
    }
    (debut.elapsed(), latences)
}

fn centile(l: &mut [Duration], p: f64) -> Duration {
    l.sort();
    l[((l.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let bac = Arc::new(rt.block_on(demarrer(512)));
    let un_par_un = Arc::new(rt.block_on(demarrer(1)));
    let mut c = Criterion::default()
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1))
        .sample_size(10)
        .configure_from_args();
    let mut g = c.benchmark_group("sandbox-16-clients");
    g.bench_function("WS05 soumission (202 durable)", |b| {
        b.iter_custom(|n| rt.block_on(charge(&bac, n, true)).0)
    });
    g.bench_function("route nue GET /v1/campagnes", |b| {
        b.iter_custom(|n| rt.block_on(charge(&bac, n, false)).0)
    });
    g.bench_function("WS05 soumission, une transaction par envoi (avant)", |b| {
        b.iter_custom(|n| rt.block_on(charge(&un_par_un, n, true)).0)
    });
    g.finish();

    // The figures of docs/performance.md, from one run.
    let (t_s, mut l_s) = rt.block_on(charge(&bac, 2_000, true));
    let (t_n, mut l_n) = rt.block_on(charge(&bac, 2_000, false));
    let (t_a, mut l_a) = rt.block_on(charge(&un_par_un, 500, true));
    let (debit_s, debit_n) = (2_000.0 / t_s.as_secs_f64(), 2_000.0 / t_n.as_secs_f64());
    let debit_a = 500.0 / t_a.as_secs_f64();
    println!(
        "soumissions groupées : {debit_s:.0}/s, p50 {:?}, p99 {:?} ; route nue : {debit_n:.0}/s, p50 {:?}, p99 {:?} ; rapport {:.0} %",
        centile(&mut l_s, 0.5),
        centile(&mut l_s, 0.99),
        centile(&mut l_n, 0.5),
        centile(&mut l_n, 0.99),
        100.0 * debit_s / debit_n
    );
    println!(
        "avant (une transaction par envoi) : {debit_a:.0}/s, p50 {:?}, p99 {:?} ; rapport {:.0} %",
        centile(&mut l_a, 0.5),
        centile(&mut l_a, 0.99),
        100.0 * debit_a / debit_n
    );

    // More clients in flight: larger lots for the same `fsync`.
    let (t_s, _) = rt.block_on(charge_par(&bac, 4_000, true, 128));
    let (t_n, _) = rt.block_on(charge_par(&bac, 4_000, false, 128));
    let (debit_s, debit_n) = (4_000.0 / t_s.as_secs_f64(), 4_000.0 / t_n.as_secs_f64());
    println!(
        "128 clients : soumissions groupées {debit_s:.0}/s ; route nue {debit_n:.0}/s ; rapport {:.0} %",
        100.0 * debit_s / debit_n
    );

    // A fresh server: 7,500 submissions, until the last is validated.
    drop(un_par_un);
    let bac = Arc::new(rt.block_on(demarrer(512)));
    let debut = Instant::now();
    let uids: Vec<String> = rt.block_on(async {
        let mut taches = Vec::new();
        for i in 0..CLIENTS {
            let bac = bac.clone();
            taches.push(tokio::spawn(async move {
                let part = 7_500 / CLIENTS + u64::from(i < 7_500 % CLIENTS);
                let mut u = Vec::new();
                for _ in 0..part {
                    u.push(bac.soumettre().await);
                }
                u
            }));
        }
        let mut uids = Vec::new();
        for t in taches {
            uids.extend(t.await.unwrap());
        }
        uids
    });
    let acquittes = debut.elapsed();
    rt.block_on(async {
        for uid in &uids {
            while !matches!(bac.etat(uid).await.as_str(), "accepte" | "rejete") {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
    });
    let fin = debut.elapsed();
    let acceptes = rt.block_on(async {
        let mut n = 0;
        for uid in &uids {
            n += usize::from(bac.etat(uid).await == "accepte");
        }
        n
    });
    println!(
        "campagne RAMA nationale : {} soumissions acquittées en {acquittes:.1?}, toutes validées et stockées en {fin:.1?} ({acceptes} acceptées)",
        uids.len()
    );
}
