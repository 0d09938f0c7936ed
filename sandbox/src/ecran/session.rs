//! Sessions of the verification screen: a 256-bit random id in a cookie,
//! known to the server only by its SHA-256 (in SQLite, with its expiry);
//! the CSRF token of a session's forms is derived from its id, so it needs
//! no storage and is compared in constant time. Login attempts are limited
//! with the token endpoint's (`crate::limites::Tentatives`).

use crate::Appli;
use crate::auth::{Compte, hex};
use crate::routes::bloquant;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use subtle::ConstantTimeEq;

pub const COOKIE: &str = "sidoba_session";
/// Eight hours: a working day at the screen.
pub const DUREE_S: i64 = 8 * 3600;

/// A logged-in session: its account and its forms' CSRF token.
pub struct Session {
    pub compte: Arc<Compte>,
    pub csrf: String,
    empreinte: [u8; 32],
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("compte", &self.compte.client_id)
            .finish_non_exhaustive()
    }
}

fn empreinte(id: &str) -> [u8; 32] {
    Sha256::digest(id.as_bytes()).into()
}

fn csrf_de(id: &str) -> String {
    let mut s = Sha256::new();
    s.update(b"sidoba-ecran-csrf\0");
    s.update(id.as_bytes());
    hex(&s.finalize())
}

fn maintenant_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

impl Session {
    /// Whether a form's `csrf` field is this session's token.
    pub fn csrf_valide(&self, recu: Option<&str>) -> bool {
        recu.is_some_and(|r| bool::from(r.as_bytes().ct_eq(self.csrf.as_bytes())))
    }

    /// Opens a session for the account; the cookie's id.
    pub async fn ouvrir(a: &Arc<Appli>, client_id: &str) -> Result<String, crate::Erreur> {
        let mut alea = [0u8; 32];
        getrandom::fill(&mut alea)
            .map_err(|_| crate::Erreur("générateur aléatoire indisponible".into()))?;
        let id = hex(&alea);
        let (a2, e, client) = (a.clone(), empreinte(&id), client_id.to_owned());
        let maintenant = maintenant_ms();
        bloquant(move || {
            a2.store
                .ajouter_session(&e, &client, maintenant + DUREE_S * 1000, maintenant)
        })
        .await
        .map_err(|e| crate::Erreur(format!("session non enregistrée : {e}")))?;
        Ok(id)
    }

    /// Closes the session (an error leaves it open: the caller says so).
    pub async fn fermer(&self, a: &Arc<Appli>) -> Result<(), crate::Erreur> {
        let (a2, e) = (a.clone(), self.empreinte);
        crate::hors_executeur(move || a2.store.fermer_session(&e)).await
    }

    /// The live session named by the request's cookie, if any (a data
    /// file that cannot be read is an error, not a logged-out visitor).
    pub async fn lire(a: &Arc<Appli>, h: &HeaderMap) -> Result<Option<Session>, crate::Erreur> {
        let Some(id) = cookie(h) else {
            return Ok(None);
        };
        let e = empreinte(&id);
        let a2 = a.clone();
        let client = crate::hors_executeur(move || a2.store.session(&e, maintenant_ms())).await?;
        Ok(client
            .and_then(|c| a.comptes.get(&c).cloned())
            .map(|compte| Session {
                compte,
                csrf: csrf_de(&id),
                empreinte: e,
            }))
    }
}

fn cookie(h: &HeaderMap) -> Option<String> {
    h.get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|p| p.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v.to_owned())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The `Set-Cookie` that opens a session. `Secure` is left out: the sandbox
/// serves plain HTTP on loopback, where a `Secure` cookie would not be sent
/// back by every browser.
pub fn entete_ouverture(id: &str) -> String {
    format!("{COOKIE}={id}; HttpOnly; SameSite=Strict; Path=/; Max-Age={DUREE_S}")
}

pub fn entete_fermeture() -> String {
    format!("{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0")
}

/// The session of a page, or nothing (the page then sends to the login form).
pub struct PeutEtre(pub Option<Session>);

impl FromRequestParts<Arc<Appli>> for PeutEtre {
    type Rejection = axum::response::Response;

    async fn from_request_parts(p: &mut Parts, a: &Arc<Appli>) -> Result<Self, Self::Rejection> {
        Session::lire(a, &p.headers)
            .await
            .map(PeutEtre)
            .map_err(|e| super::interne_cause(None, e))
    }
}

/// Logins waiting for their second factor: the SHA-256 of a random token
/// (the code form's hidden `etape`) → the account and its expiry. Kept in
/// memory: a restart only asks to log in again.
#[derive(Default)]
pub struct Attentes(Mutex<HashMap<[u8; 32], (String, i64)>>);

/// Five minutes to type the code.
pub const ATTENTE_S: i64 = 300;
/// Past this many, expired entries are dropped (each one needed the right
/// secret, and failures are limited).
const ATTENTES_MAX: usize = 10_000;

impl Attentes {
    fn verrou(&self) -> std::sync::MutexGuard<'_, HashMap<[u8; 32], (String, i64)>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A new token for the account, whose secret was right.
    pub fn ouvrir(&self, client_id: &str) -> Result<String, crate::Erreur> {
        let mut alea = [0u8; 32];
        getrandom::fill(&mut alea)
            .map_err(|_| crate::Erreur("générateur aléatoire indisponible".into()))?;
        let etape = hex(&alea);
        let t = maintenant_ms();
        let mut m = self.verrou();
        if m.len() > ATTENTES_MAX {
            m.retain(|_, (_, expire)| *expire > t);
        }
        m.insert(
            empreinte(&etape),
            (client_id.to_owned(), t + ATTENTE_S * 1000),
        );
        Ok(etape)
    }

    /// The account of a live token.
    pub fn compte(&self, etape: &str) -> Option<String> {
        let e = empreinte(etape);
        let mut m = self.verrou();
        match m.get(&e) {
            Some((c, expire)) if *expire > maintenant_ms() => Some(c.clone()),
            Some(_) => {
                m.remove(&e);
                None
            }
            None => None,
        }
    }

    pub fn fermer(&self, etape: &str) {
        self.verrou().remove(&empreinte(etape));
    }
}
