//! A fault-injecting mock of `api.md` (token, WS01, WS02, WS05, WS06,
//! WS07/09 without validation, WS08), enough to test the client's retries,
//! idempotency and token handling. Faults are scripted: each request
//! (the token endpoint aside) takes the next one, if any.
//!
//! Shared by `client/tests` and `cli/tests` (`#[path]`), so not every
//! test binary uses every item.
#![allow(dead_code)]
// Handlers answer with `Response` either way: boxing it buys nothing here.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use serde_json::{Value, json};
use sha2::Digest;
use sidoba_core::model::{self, Modele, Niveau, Source};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const CLIENT_ID: &str = "editeur-a";
/// Marker values: none may ever appear in an error or a log.
pub const SECRET: &str = "SECRET-MARQUEUR-7f3a";
pub const MARQUEUR_JETON: &str = "JETON-MARQUEUR";
/// A FINESS the account holds no role for.
pub const FINESS_INTERDIT: &str = "999999999";
pub const FINESS: &str = "690012345";
pub const RAMA: &str = "RAMA-2026";
/// The user-level campaign (the trap model's id, which needs encoding).
pub const PIEGES: &str = "Pièges/2025 \"x\"";

pub const MODELE_RAMA: &[u8] = include_bytes!("../../../models/rama-2026.json");
pub const MODELE_PIEGES: &[u8] = include_bytes!("../../../tests/models/pieges.json");
pub const PAYLOAD_RAMA: &[u8] = include_bytes!("../../../generated/tests/donnees/rama-2026.json");

/// A scripted fault.
#[derive(Debug, Clone)]
pub enum Faute {
    /// The connection is dropped before the request is handled.
    CoupeAvant,
    /// The request is handled (and its submission stored), then the
    /// connection is dropped without an answer.
    CoupeApres,
    /// A problem+json answer, with `Retry-After` when given.
    Probleme {
        statut: u16,
        code: &'static str,
        retry_after: Option<u64>,
    },
    /// The request is handled, then the answer waits this long.
    Lente(Duration),
    /// Every token is forgotten before the request is handled (as if
    /// expired): the request gets `401 invalid_token`.
    RevoqueJetons,
}

pub struct Reglages {
    /// Lifetime of the tokens (whole seconds, as `expires_in`).
    pub ttl: u64,
    /// WS02 serves bytes whose SHA-256 is not the announced one.
    pub modele_falsifie: bool,
}

impl Default for Reglages {
    fn default() -> Reglages {
        Reglages {
            ttl: 900,
            modele_falsifie: false,
        }
    }
}

struct Campagne {
    id: &'static str,
    octets: &'static [u8],
    sha256: String,
    modele: Modele,
}

struct Traitement {
    uid: String,
    campagne: String,
    finess: String,
    etat: &'static str,
    position: u64,
    constats: Value,
    valide: bool,
}

#[derive(Default)]
struct Donnees {
    jetons: HashMap<String, Instant>,
    /// Idempotency key → (body SHA-256, uid).
    cles: HashMap<String, (String, String)>,
    traitements: BTreeMap<String, Traitement>,
    /// (campaign, FINESS) → (status, uids newest last).
    collections: BTreeMap<(String, String), (&'static str, Vec<String>)>,
}

pub struct Maquette {
    reglages: Reglages,
    campagnes: Vec<Campagne>,
    donnees: Mutex<Donnees>,
    pub fautes: Mutex<VecDeque<Faute>>,
    /// Tokens issued.
    pub jetons_emis: AtomicUsize,
    /// Submission requests that reached their handler.
    pub soumissions_recues: AtomicUsize,
    /// Submissions created (a replayed key creates nothing).
    pub creations: AtomicUsize,
    /// Requests answered 401.
    pub refus_jeton: AtomicUsize,
    /// Requests that went through the fault layer (token endpoint aside).
    pub requetes: AtomicUsize,
    /// Every header and body the server received, to look for markers.
    pub recu: Mutex<Vec<String>>,
}

impl Maquette {
    pub fn fautes(&self, f: impl IntoIterator<Item = Faute>) {
        self.fautes.lock().unwrap().extend(f);
    }

    pub fn compte(&self, a: &AtomicUsize) -> usize {
        a.load(Ordering::SeqCst)
    }

    /// The idempotency keys the server knows.
    pub fn cles(&self) -> usize {
        self.donnees.lock().unwrap().cles.len()
    }
}

fn sha256_hex(o: &[u8]) -> String {
    sha2::Sha256::digest(o)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn probleme(statut: u16, code: &str) -> Response {
    let corps = json!({
        "type": format!("urn:sidoba:erreur:{code}"),
        "title": code,
        "status": statut,
        "detail": format!("erreur simulée {code}"),
    });
    (
        StatusCode::from_u16(statut).unwrap(),
        [(header::CONTENT_TYPE, "application/problem+json")],
        corps.to_string(),
    )
        .into_response()
}

fn json_ok(statut: StatusCode, v: Value) -> Response {
    (
        statut,
        [(header::CONTENT_TYPE, "application/json")],
        v.to_string(),
    )
        .into_response()
}

type M = State<Arc<Maquette>>;

async fn couche_fautes(State(m): M, req: Request, next: Next) -> Response {
    if req.uri().path() == "/v1/jeton" {
        return next.run(req).await;
    }
    m.requetes.fetch_add(1, Ordering::SeqCst);
    let f = m.fautes.lock().unwrap().pop_front();
    match f {
        None => next.run(req).await,
        // Unwinding out of the connection's task drops the connection
        // without an answer; `resume_unwind` skips the panic hook.
        Some(Faute::CoupeAvant) => std::panic::resume_unwind(Box::new("coupure")),
        Some(Faute::CoupeApres) => {
            let _ = next.run(req).await;
            std::panic::resume_unwind(Box::new("coupure"))
        }
        Some(Faute::Probleme {
            statut,
            code,
            retry_after,
        }) => {
            let mut r = probleme(statut, code);
            if let Some(s) = retry_after {
                r.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(s));
            }
            r
        }
        Some(Faute::Lente(d)) => {
            let r = next.run(req).await;
            tokio::time::sleep(d).await;
            r
        }
        Some(Faute::RevoqueJetons) => {
            m.donnees.lock().unwrap().jetons.clear();
            next.run(req).await
        }
    }
}

fn noter(m: &Maquette, entetes: &HeaderMap, corps: &[u8]) {
    let mut s = format!("{entetes:?}");
    s.push_str(&String::from_utf8_lossy(corps));
    m.recu.lock().unwrap().push(s);
}

/// The bearer check of `api.md`.
fn authentifier(m: &Maquette, entetes: &HeaderMap) -> Result<(), Response> {
    let jeton = entetes
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let refus = |www: &'static str| {
        m.refus_jeton.fetch_add(1, Ordering::SeqCst);
        let mut r = probleme(401, "jeton_invalide");
        r.headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(www));
        r
    };
    let Some(jeton) = jeton else {
        return Err(refus("Bearer"));
    };
    let d = m.donnees.lock().unwrap();
    match d.jetons.get(jeton) {
        Some(fin) if Instant::now() < *fin => Ok(()),
        _ => Err(refus("Bearer error=\"invalid_token\"")),
    }
}

async fn jeton(State(m): M, entetes: HeaderMap, corps: Bytes) -> Response {
    noter(&m, &entetes, &corps);
    let form: HashMap<String, String> = corps
        .split(|b| *b == b'&')
        .filter_map(|kv| {
            let s = std::str::from_utf8(kv).ok()?;
            let (k, v) = s.split_once('=')?;
            Some((k.to_owned(), decoder(v)))
        })
        .collect();
    let ok = form.get("grant_type").map(String::as_str) == Some("client_credentials")
        && form.get("client_id").map(String::as_str) == Some(CLIENT_ID)
        && form.get("client_secret").map(String::as_str) == Some(SECRET);
    if !ok {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"error":"invalid_client"}"#,
        )
            .into_response();
    }
    let n = m.jetons_emis.fetch_add(1, Ordering::SeqCst) + 1;
    let valeur = format!("{MARQUEUR_JETON}-{n}-{}", uuid::Uuid::new_v4());
    let fin = Instant::now() + Duration::from_secs(m.reglages.ttl);
    m.donnees.lock().unwrap().jetons.insert(valeur.clone(), fin);
    json_ok(
        StatusCode::OK,
        json!({"access_token": valeur, "token_type": "Bearer", "expires_in": m.reglages.ttl}),
    )
}

fn decoder(v: &str) -> String {
    let o = v.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < o.len() {
        match o[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < o.len() => {
                let h = std::str::from_utf8(&o[i + 1..i + 3]).unwrap_or("00");
                out.push(u8::from_str_radix(h, 16).unwrap_or(0));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn campagne_json(c: &Campagne) -> Value {
    let niveau = match c.modele.identite.niveau {
        Niveau::Structure => "structure",
        Niveau::Usager => "usager",
    };
    json!({
        "id": c.id,
        "libelle": c.modele.campagne.libelle,
        "module": c.modele.campagne.module,
        "annee": c.modele.campagne.annee,
        "dateOuverture": c.modele.campagne.date_ouverture.map(|d| d.to_string()),
        "dateCloture": c.modele.campagne.date_cloture.map(|d| d.to_string()),
        "modele": {"code": c.modele.identite.code, "version": c.modele.identite.version,
                   "niveau": niveau, "sha256": c.sha256},
    })
}

async fn campagnes(State(m): M, entetes: HeaderMap) -> Response {
    if let Err(r) = authentifier(&m, &entetes) {
        return r;
    }
    let liste: Vec<Value> = m.campagnes.iter().map(campagne_json).collect();
    json_ok(StatusCode::OK, json!({ "campagnes": liste }))
}

async fn modele(State(m): M, Path(id): Path<String>, entetes: HeaderMap) -> Response {
    if let Err(r) = authentifier(&m, &entetes) {
        return r;
    }
    let Some(c) = m.campagnes.iter().find(|c| c.id == id) else {
        return probleme(404, "introuvable");
    };
    let mut octets = c.octets.to_vec();
    if m.reglages.modele_falsifie {
        octets.push(b' ');
    }
    let etag = format!("\"{}\"", sha256_hex(&octets));
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (header::ETAG, etag),
        ],
        octets,
    )
        .into_response()
}

/// WS05/07/09: same checks, WS05 bodies validated against the model.
async fn soumettre(
    m: Arc<Maquette>,
    campagne: String,
    finess: String,
    entetes: HeaderMap,
    corps: Bytes,
    ws05: bool,
) -> Response {
    m.soumissions_recues.fetch_add(1, Ordering::SeqCst);
    noter(&m, &entetes, &corps);
    if let Err(r) = authentifier(&m, &entetes) {
        return r;
    }
    if finess == FINESS_INTERDIT {
        return probleme(403, "acces_refuse");
    }
    let type_attendu = if ws05 {
        "application/json"
    } else {
        "application/fhir+json"
    };
    if entetes
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        != Some(type_attendu)
    {
        return probleme(415, "type_contenu");
    }
    let Some(cle) = entetes.get("idempotency-key").and_then(|v| v.to_str().ok()) else {
        return probleme(400, "cle_idempotence_manquante");
    };
    let Some(c) = m.campagnes.iter().find(|c| c.id == campagne) else {
        return probleme(404, "introuvable");
    };
    let empreinte = sha256_hex(&corps);
    let mut d = m.donnees.lock().unwrap();
    if let Some((e, uid)) = d.cles.get(cle) {
        if *e != empreinte {
            return probleme(409, "cle_idempotence_reutilisee");
        }
        let position = d.traitements[uid].position;
        return json_ok(
            StatusCode::ACCEPTED,
            json!({"uidTraitement": uid, "position": position}),
        );
    }
    let coll = d
        .collections
        .entry((campagne.clone(), finess.clone()))
        .or_insert(("en_saisie", Vec::new()));
    if coll.0 != "en_saisie" {
        return probleme(409, "statut_incompatible");
    }
    let (constats, valide) = if ws05 {
        let texte = String::from_utf8_lossy(&corps);
        match sidoba_core::validate::valider(&c.modele, &texte) {
            Ok(k) => (
                serde_json::from_str::<Value>(&k.json()).unwrap()["constats"].clone(),
                k.valide(),
            ),
            Err(_) => return probleme(422, "modele_different"),
        }
    } else {
        (json!([]), true)
    };
    let uid = uuid::Uuid::new_v4().to_string();
    coll.1.push(uid.clone());
    let position = d
        .traitements
        .values()
        .filter(|t| t.etat == "en_attente")
        .count() as u64;
    d.traitements.insert(
        uid.clone(),
        Traitement {
            uid: uid.clone(),
            campagne,
            finess,
            etat: "en_attente",
            position,
            constats,
            valide,
        },
    );
    d.cles.insert(cle.to_owned(), (empreinte, uid.clone()));
    m.creations.fetch_add(1, Ordering::SeqCst);
    json_ok(
        StatusCode::ACCEPTED,
        json!({"uidTraitement": uid, "position": position}),
    )
}

async fn donnees(
    State(m): M,
    Path((c, f)): Path<(String, String)>,
    e: HeaderMap,
    b: Bytes,
) -> Response {
    soumettre(m, c, f, e, b, true).await
}

async fn fhir(
    State(m): M,
    Path((c, f)): Path<(String, String)>,
    e: HeaderMap,
    b: Bytes,
) -> Response {
    soumettre(m, c, f, e, b, false).await
}

fn traitement_json(t: &Traitement) -> Value {
    json!({
        "uidTraitement": t.uid, "campagne": t.campagne, "finess": t.finess,
        "etat": t.etat, "position": t.position, "recu": "2027-04-01T10:00:00+02:00",
        "termine": if t.etat == "accepte" || t.etat == "rejete" { json!("2027-04-01T10:00:01+02:00") } else { Value::Null },
        "constats": if t.etat == "accepte" || t.etat == "rejete" { t.constats.clone() } else { json!([]) },
    })
}

/// Each read moves a processing one step: en_attente → en_cours → final.
async fn traitement(State(m): M, Path(uid): Path<String>, entetes: HeaderMap) -> Response {
    if let Err(r) = authentifier(&m, &entetes) {
        return r;
    }
    let mut d = m.donnees.lock().unwrap();
    let Some(t) = d.traitements.get_mut(&uid) else {
        return probleme(404, "introuvable");
    };
    let v = traitement_json(t);
    t.etat = match t.etat {
        "en_attente" => "en_cours",
        "en_cours" if t.valide => "accepte",
        "en_cours" => "rejete",
        e => e,
    };
    t.position = 0;
    json_ok(StatusCode::OK, v)
}

fn collection_json(d: &Donnees, c: &str, f: &str) -> Value {
    let (statut, uids) = d
        .collections
        .get(&(c.to_owned(), f.to_owned()))
        .cloned()
        .unwrap_or(("en_saisie", Vec::new()));
    let historique: Vec<Value> = uids
        .iter()
        .rev()
        .map(|u| json!({"uidTraitement": u, "etat": d.traitements[u].etat, "recu": "2027-04-01T10:00:00+02:00"}))
        .collect();
    json!({"campagne": c, "finess": f, "statut": statut,
           "dernierTraitement": uids.last(), "historique": historique})
}

async fn collection(State(m): M, Path((c, f)): Path<(String, String)>, e: HeaderMap) -> Response {
    if let Err(r) = authentifier(&m, &e) {
        return r;
    }
    if f == FINESS_INTERDIT {
        return probleme(403, "acces_refuse");
    }
    let d = m.donnees.lock().unwrap();
    json_ok(StatusCode::OK, collection_json(&d, &c, &f))
}

async fn statut(
    State(m): M,
    Path((c, f)): Path<(String, String)>,
    e: HeaderMap,
    b: Bytes,
) -> Response {
    if let Err(r) = authentifier(&m, &e) {
        return r;
    }
    if f == FINESS_INTERDIT {
        return probleme(403, "acces_refuse");
    }
    let demande: Value = match serde_json::from_slice(&b) {
        Ok(v) => v,
        Err(_) => return probleme(400, "json_invalide"),
    };
    let mut d = m.donnees.lock().unwrap();
    let cle = (c.clone(), f.clone());
    let (actuel, uids) = d
        .collections
        .get(&cle)
        .cloned()
        .unwrap_or(("en_saisie", Vec::new()));
    let dernier_accepte = uids
        .last()
        .is_some_and(|u| d.traitements[u].etat == "accepte");
    let nouveau = match (actuel, demande["statut"].as_str()) {
        ("en_saisie", Some("transmise")) if dernier_accepte => "transmise",
        ("transmise", Some("en_saisie")) => "en_saisie",
        (_, Some("validee")) => return probleme(403, "acces_refuse"),
        _ => return probleme(409, "transition_interdite"),
    };
    d.collections.insert(cle, (nouveau, uids));
    json_ok(StatusCode::OK, collection_json(&d, &c, &f))
}

/// WS03: the problems `sidoba check` finds.
async fn validation(State(m): M, e: HeaderMap, b: Bytes) -> Response {
    if let Err(r) = authentifier(&m, &e) {
        return r;
    }
    let diagnostics = match Source::depuis_octets("modele", b.to_vec()) {
        Ok(s) => match model::charger(&s, false) {
            Ok((_, avert)) => avert,
            Err(d) => d,
        },
        Err(d) => vec![*d],
    };
    let problemes: Vec<Value> = diagnostics
        .iter()
        .map(|d| {
            json!({"pointeur": d.pointeur, "ligne": d.position.ligne, "colonne": d.position.colonne,
                   "gravite": match d.gravite { model::Gravite::Erreur => "erreur", model::Gravite::Avertissement => "avertissement" },
                   "message": d.message})
        })
        .collect();
    let valide = !problemes.iter().any(|p| p["gravite"] == "erreur");
    json_ok(
        StatusCode::OK,
        json!({"valide": valide, "problemes": problemes}),
    )
}

/// WS04: a fixed report whose decimal must come back as written.
pub const RAPPORT_ECARTS: &str =
    r#"{"ecarts":[{"nature":"borne_resserree","avant":0.10,"apres":1e-7}]}"#;

async fn ecarts(State(m): M, e: HeaderMap, b: Bytes) -> Response {
    if let Err(r) = authentifier(&m, &e) {
        return r;
    }
    match serde_json::from_slice::<Value>(&b) {
        Ok(v) if v.get("ancien").is_some() && v.get("nouveau").is_some() => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            RAPPORT_ECARTS,
        )
            .into_response(),
        _ => probleme(400, "json_invalide"),
    }
}

fn charger(id: &'static str, octets: &'static [u8]) -> Campagne {
    let s = Source::depuis_octets(id, octets.to_vec()).unwrap();
    let (modele, _) = model::charger(&s, false).unwrap();
    Campagne {
        id,
        octets,
        sha256: sha256_hex(octets),
        modele,
    }
}

fn application(m: Arc<Maquette>) -> Router {
    Router::new()
        .route("/v1/jeton", post(jeton))
        .route("/v1/campagnes", get(campagnes))
        .route("/v1/campagnes/{id}/modele", get(modele))
        .route("/v1/campagnes/{c}/structures/{f}", get(collection))
        .route("/v1/campagnes/{c}/structures/{f}/donnees", post(donnees))
        .route("/v1/campagnes/{c}/structures/{f}/usagers/fhir", post(fhir))
        .route("/v1/campagnes/{c}/structures/{f}/usagers/cda", post(fhir))
        .route("/v1/campagnes/{c}/structures/{f}/statut", put(statut))
        .route("/v1/traitements/{uid}", get(traitement))
        .route("/v1/modeles/validation", post(validation))
        .route("/v1/modeles/ecarts", post(ecarts))
        .layer(middleware::from_fn_with_state(m.clone(), couche_fautes))
        .with_state(m)
}

fn nouvelle(reglages: Reglages) -> Arc<Maquette> {
    Arc::new(Maquette {
        reglages,
        campagnes: vec![charger(RAMA, MODELE_RAMA), charger(PIEGES, MODELE_PIEGES)],
        donnees: Mutex::default(),
        fautes: Mutex::default(),
        jetons_emis: AtomicUsize::new(0),
        soumissions_recues: AtomicUsize::new(0),
        creations: AtomicUsize::new(0),
        refus_jeton: AtomicUsize::new(0),
        requetes: AtomicUsize::new(0),
        recu: Mutex::default(),
    })
}

/// Starts the mock on the current runtime; gives it and its base URL.
pub async fn demarrer(reglages: Reglages) -> (Arc<Maquette>, String) {
    let m = nouvelle(reglages);
    let ecoute = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", ecoute.local_addr().unwrap());
    tokio::spawn(axum::serve(ecoute, application(m.clone())).into_future());
    (m, url)
}

/// Same, on a thread of its own, for code that is not async.
pub fn demarrer_fil(reglages: Reglages) -> (Arc<Maquette>, String) {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let m = nouvelle(reglages);
            let ecoute = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let url = format!("http://{}", ecoute.local_addr().unwrap());
            tx.send((m.clone(), url)).unwrap();
            axum::serve(ecoute, application(m)).await.unwrap();
        });
    });
    rx.recv().unwrap()
}
