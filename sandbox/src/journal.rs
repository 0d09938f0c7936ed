//! The sandbox's one log, on stderr: one line per request, written by the
//! layer [`journal`] (method, route template, status, duration, and the
//! cause of an internal error, which the handler leaves in the answer's
//! extensions as a [`Cause`]); the worker, which serves no request, writes
//! its errors through [`erreur`]. Never a path's values, a header, a body,
//! a token or a secret.

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use std::io::Write as _;
use std::time::Instant;

/// Why an answer is a 500, for its log line (never sent to the client).
#[derive(Debug, Clone)]
pub struct Cause(pub String);

pub async fn journal(req: Request, next: Next) -> Response {
    let debut = Instant::now();
    let methode = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or("(inconnue)".to_owned(), |m| m.as_str().to_owned());
    let r = next.run(req).await;
    let cause = r
        .extensions()
        .get::<Cause>()
        .map(|c| format!(" : {}", c.0))
        .unwrap_or_default();
    let _ = writeln!(
        std::io::stderr(),
        "{methode} {route} {} {} ms{cause}",
        r.status().as_u16(),
        debut.elapsed().as_millis()
    );
    r
}

/// An error outside any request (the worker's).
pub fn erreur(e: &dyn std::fmt::Display) {
    let _ = writeln!(std::io::stderr(), "sidoba sandbox : {e}");
}
