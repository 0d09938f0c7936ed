//! The tower layers around the handlers: the token check, the body size
//! limit, the per-account rate limit, and the rewriting of the bare error
//! answers of axum and tower-http into problem+json (the request log is
//! `crate::journal`'s).

use crate::Appli;
use crate::reponses::Probleme;
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sidoba_contrat::{self as c, Code};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Token, then body size from `Content-Length` (api.md's first two
/// checks). The account goes into the request's extensions.
pub async fn jeton(State(a): State<Arc<Appli>>, mut req: Request, next: Next) -> Response {
    let valeur = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let Some(valeur) = valeur else {
        return refus(false, "l'appel demande un jeton (Authorization: Bearer)");
    };
    let jeton = match valeur.split_once(' ') {
        Some((schema, j)) if schema.eq_ignore_ascii_case("bearer") => j.trim(),
        _ => return refus(false, "l'en-tête Authorization doit être « Bearer JETON »"),
    };
    let compte = a
        .jetons
        .verifier(jeton)
        .and_then(|id| a.comptes.get(&id).cloned());
    let Some(compte) = compte else {
        return refus(true, "jeton inconnu ou expiré");
    };
    let longueur = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if longueur.is_some_and(|l| l > c::TAILLE_MAX as u64) {
        return crate::reponses::trop_volumineux().into_response();
    }
    req.extensions_mut().insert(compte);
    next.run(req).await
}

fn refus(jeton_fourni: bool, detail: &str) -> Response {
    let mut p = Probleme::new(Code::JetonInvalide, detail);
    p.jeton_fourni = jeton_fourni;
    p.into_response()
}

/// At most N requests per second per account (a fixed one-second window).
pub struct Debit {
    pub par_seconde: u32,
    fenetres: Mutex<HashMap<String, (u64, u32)>>,
}

impl Debit {
    pub fn new(par_seconde: u32) -> Debit {
        Debit {
            par_seconde,
            fenetres: Mutex::new(HashMap::new()),
        }
    }

    fn admettre(&self, compte: &str) -> bool {
        let seconde = jiff::Timestamp::now().as_second().unsigned_abs();
        let mut f = self.fenetres.lock().unwrap_or_else(|p| p.into_inner());
        let e = f.entry(compte.to_owned()).or_insert((seconde, 0));
        if e.0 != seconde {
            *e = (seconde, 0);
        }
        e.1 += 1;
        e.1 <= self.par_seconde
    }
}

pub async fn debit(State(a): State<Arc<Appli>>, req: Request, next: Next) -> Response {
    if let (Some(d), Some(compte)) = (&a.debit, req.extensions().get::<Arc<crate::auth::Compte>>())
        && !d.admettre(&compte.client_id)
    {
        return Probleme::new(
            Code::TropDeRequetes,
            format!(
                "plus de {} requêtes par seconde pour ce compte",
                d.par_seconde
            ),
        )
        .into_response();
    }
    next.run(req).await
}

/// The answers made by axum or tower-http themselves (body limit, timeout,
/// rejections) carry no problem+json body: they get one here.
pub async fn problemes(req: Request, next: Next) -> Response {
    let oauth = req.uri().path() == c::chemins::JETON;
    let r = next.run(req).await;
    let s = r.status();
    if oauth || !(s.is_client_error() || s.is_server_error()) {
        return r;
    }
    // Problem+json already, or a page of the verification screen.
    let deja = r.headers().get(header::CONTENT_TYPE).is_some_and(|v| {
        v.as_bytes().starts_with(c::TYPE_PROBLEME.as_bytes())
            || v.as_bytes().starts_with(b"text/html")
    });
    if deja {
        return r;
    }
    let code = match s.as_u16() {
        401 => Code::JetonInvalide,
        403 => Code::AccesRefuse,
        404 => Code::Introuvable,
        405 => Code::MethodeNonPermise,
        413 => Code::TropVolumineux,
        415 => Code::TypeContenu,
        400 | 422 => Code::JsonInvalide,
        408 | 503 | 504 => Code::Indisponible,
        429 => Code::TropDeRequetes,
        _ => Code::ErreurInterne,
    };
    let detail = match code {
        Code::Indisponible => "le bac à sable n'a pas pu répondre à temps ; réessayer plus tard",
        Code::TropVolumineux => "le corps dépasse 10 Mio",
        _ => "la requête n'a pas pu être traitée",
    };
    let mut nouvelle = Probleme::new(code, detail).into_response();
    if let Some(allow) = r.headers().get(header::ALLOW) {
        nouvelle.headers_mut().insert(header::ALLOW, allow.clone());
    }
    nouvelle
}

/// Failed identifications in a one-minute window, per account and per
/// source address, shared by every credential endpoint (`/v1/jeton`, the
/// screen's login and its second factor): guesses at one door count at
/// the others. Once the account or the address has used up its failures,
/// every attempt waits for the window's end, the right secret included.
#[derive(Default)]
pub struct Tentatives(Mutex<HashMap<String, (i64, u32)>>);

pub const FENETRE_S: i64 = 60;
pub const ECHECS_PAR_COMPTE: u32 = 5;
pub const ECHECS_PAR_PAIR: u32 = 20;
/// Past this many live entries, expired ones are dropped (the per-address
/// limit bounds how many accounts one address can add per window).
const ENTREES_MAX: usize = 10_000;

impl Tentatives {
    fn verrou(&self) -> std::sync::MutexGuard<'_, HashMap<String, (i64, u32)>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn cles(compte: &str, pair: &str) -> [(String, u32); 2] {
        [
            (format!("compte\0{compte}"), ECHECS_PAR_COMPTE),
            (format!("pair\0{pair}"), ECHECS_PAR_PAIR),
        ]
    }

    /// Seconds to wait when the account or the address used up its failures.
    pub fn attente(&self, compte: &str, pair: &str) -> Option<i64> {
        let t = jiff::Timestamp::now().as_second();
        let m = self.verrou();
        Self::cles(compte, pair)
            .iter()
            .filter_map(|(k, max)| {
                m.get(k)
                    .filter(|(debut, n)| t - debut < FENETRE_S && n >= max)
                    .map(|(debut, _)| FENETRE_S - (t - debut))
            })
            .max()
    }

    pub fn echec(&self, compte: &str, pair: &str) {
        let t = jiff::Timestamp::now().as_second();
        let mut m = self.verrou();
        if m.len() > ENTREES_MAX {
            m.retain(|_, (debut, _)| t - *debut < FENETRE_S);
        }
        for (k, _) in Self::cles(compte, pair) {
            let e = m.entry(k).or_insert((t, 0));
            if t - e.0 >= FENETRE_S {
                *e = (t, 0);
            }
            e.1 = e.1.saturating_add(1);
        }
    }
}

/// The source address of a request (empty when unknown).
pub fn pair(info: Option<&axum::extract::ConnectInfo<std::net::SocketAddr>>) -> String {
    info.map_or_else(String::new, |c| c.0.ip().to_string())
}

/// The API's answer to a locked-out identification: 429 problem+json with
/// the seconds left in `Retry-After`.
pub fn verrouille(attente: i64) -> Response {
    let mut r = Probleme::new(
        Code::TropDeRequetes,
        format!(
            "trop d'échecs d'identification récents pour ce compte ou cette adresse : réessayer dans {attente} secondes"
        ),
    )
    .into_response();
    r.headers_mut()
        .insert(header::RETRY_AFTER, attente.max(1).into());
    r
}
