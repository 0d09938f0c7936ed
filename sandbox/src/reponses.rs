//! The HTTP answers the contract (`sidoba_contrat`) describes: problem+json
//! errors with their headers, OAuth 2.0 token errors, JSON bodies. Only
//! the glue between the one contract and axum lives here.

use crate::journal::Cause;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sidoba_contrat::{self as c, Code};

/// An error answered as problem+json. `detail` is a French sentence that
/// never quotes a payload value (but a FINESS, which is not personal data).
#[derive(Debug)]
pub struct Probleme {
    pub code: Code,
    pub detail: String,
    /// Extension members (e.g. `problemes` of `modele_invalide`).
    pub extensions: Vec<(&'static str, serde_json::Value)>,
    /// `WWW-Authenticate` of a 401: with `error="invalid_token"` when a
    /// token was given.
    pub jeton_fourni: bool,
    /// What went wrong inside (a 500): for the log line, never the body.
    pub cause: Option<String>,
}

impl Probleme {
    pub fn new(code: Code, detail: impl Into<String>) -> Probleme {
        Probleme {
            code,
            detail: detail.into(),
            extensions: Vec::new(),
            jeton_fourni: false,
            cause: None,
        }
    }

    pub fn avec(mut self, cle: &'static str, valeur: serde_json::Value) -> Probleme {
        self.extensions.push((cle, valeur));
        self
    }
}

/// The cause of an internal error, else the sentence (for the log line).
impl std::fmt::Display for Probleme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.cause.as_deref().unwrap_or(&self.detail))
    }
}

/// The sandbox's own failure (SQLite, a lost blocking task): 500, its
/// cause kept for the log.
pub fn interne(cause: impl std::fmt::Display) -> Probleme {
    let mut p = Probleme::new(Code::ErreurInterne, "erreur interne du bac à sable");
    p.cause = Some(cause.to_string());
    p
}

impl From<crate::domaine::Rejet> for Probleme {
    fn from(r: crate::domaine::Rejet) -> Probleme {
        Probleme::new(r.code, r.detail)
    }
}

impl IntoResponse for Probleme {
    fn into_response(self) -> Response {
        let corps = self
            .extensions
            .into_iter()
            .fold(c::Probleme::new(self.code, self.detail), |p, (k, v)| {
                p.avec(k, v)
            });
        let statut =
            StatusCode::from_u16(self.code.statut()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut r = (statut, corps.texte()).into_response();
        let h = r.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(c::TYPE_PROBLEME),
        );
        match self.code {
            Code::JetonInvalide => {
                let v = c::www_authenticate(self.jeton_fourni);
                h.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(v));
            }
            Code::TropDeRequetes | Code::Indisponible => {
                h.insert(header::RETRY_AFTER, HeaderValue::from(c::ATTENTE_SECONDES));
            }
            _ => {}
        }
        if let Some(cause) = self.cause {
            r.extensions_mut().insert(Cause(cause));
        }
        r
    }
}

/// An OAuth 2.0 error (RFC 6749 §5.2), the only non-problem error body.
pub fn erreur_oauth(statut: StatusCode, code: &'static str) -> Response {
    let corps = c::ErreurOAuth { error: code.into() };
    let mut r = (statut, axum::Json(corps)).into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// A JSON answer.
pub fn json_ok(statut: StatusCode, corps: String) -> Response {
    let mut r = (statut, corps).into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(c::TYPE_JSON));
    r
}

/// A contract body as a JSON answer.
pub fn json<T: serde::Serialize>(statut: StatusCode, v: &T) -> Result<Response, Probleme> {
    serde_json::to_string(v)
        .map(|t| json_ok(statut, t))
        .map_err(interne)
}

/// 413 `trop_volumineux`.
pub fn trop_volumineux() -> Probleme {
    Probleme::new(
        Code::TropVolumineux,
        format!("le corps dépasse {} Mio", c::TAILLE_MAX / (1024 * 1024)),
    )
}
