//! `--chaos RATE`: that share of requests fails the way networks and busy
//! servers do, in three equal parts: a 503 with `Retry-After`; the
//! connection dropped before the request is handled; the connection
//! dropped after it is handled (the handler ran and committed, the client
//! never hears it: its retry with the same `Idempotency-Key` gets the same
//! 202 and nothing is processed twice).

use crate::Appli;
use crate::reponses::Probleme;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sidoba_contrat::Code;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// A small xorshift generator: chaos needs no cryptographic randomness.
pub struct Chaos {
    taux: f64,
    etat: AtomicU64,
}

#[derive(Debug, PartialEq, Eq)]
enum Panne {
    Aucune,
    Indisponible,
    CoupeAvant,
    CoupeApres,
}

impl Chaos {
    pub fn new(taux: f64) -> Chaos {
        let mut graine = [0u8; 8];
        let _ = getrandom::fill(&mut graine);
        Chaos {
            taux,
            etat: AtomicU64::new(u64::from_le_bytes(graine) | 1),
        }
    }

    fn tirer(&self) -> f64 {
        let mut x = self.etat.load(Ordering::Relaxed);
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.etat.store(x, Ordering::Relaxed);
        (x >> 11) as f64 / (1u64 << 53) as f64
    }

    fn panne(&self) -> Panne {
        let t = self.tirer();
        if t >= self.taux {
            return Panne::Aucune;
        }
        match ((t / self.taux) * 3.0) as u8 {
            0 => Panne::Indisponible,
            1 => Panne::CoupeAvant,
            _ => Panne::CoupeApres,
        }
    }
}

/// A response whose body fails at once: hyper then drops the connection.
fn coupure() -> Response {
    let flux = futures_util::stream::once(async {
        Err::<Bytes, _>(std::io::Error::other("chaos : connexion coupée"))
    });
    Response::new(Body::from_stream(flux))
}

pub async fn chaos(State(a): State<Arc<Appli>>, req: Request, next: Next) -> Response {
    let Some(c) = &a.chaos else {
        return next.run(req).await;
    };
    match c.panne() {
        Panne::Aucune => next.run(req).await,
        Panne::Indisponible => Probleme::new(
            Code::Indisponible,
            "panne simulée (--chaos) : réessayer plus tard",
        )
        .into_response(),
        Panne::CoupeAvant => coupure(),
        Panne::CoupeApres => {
            let _ = next.run(req).await;
            coupure()
        }
    }
}
