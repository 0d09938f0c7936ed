//! The access token: obtained from the client credentials, renewed before
//! it expires, one renewal at a time however many calls wait for it.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// A bearer token. `Debug` prints its generation only.
#[derive(Clone)]
pub struct Jeton {
    valeur: Arc<str>,
    /// Counts the tokens this client obtained: tells a refused token from
    /// one already replaced by another call.
    pub generation: u64,
    renouveler_a: Instant,
}

impl fmt::Debug for Jeton {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Jeton(n° {}, [masqué])", self.generation)
    }
}

impl Jeton {
    pub fn valeur(&self) -> &str {
        &self.valeur
    }

    /// `obtenu` is taken before the request was sent, so that the
    /// renewal comes early rather than late. The margin is a quarter of
    /// the lifetime, at most a minute.
    pub fn new(valeur: String, expires_in: u64, obtenu: Instant, generation: u64) -> Jeton {
        let duree = Duration::from_secs(expires_in);
        let marge = (duree / 4).min(Duration::from_secs(60));
        Jeton {
            valeur: valeur.into(),
            generation,
            renouveler_a: obtenu + duree - marge,
        }
    }

    fn frais(&self) -> bool {
        Instant::now() < self.renouveler_a
    }
}

/// The current token, behind an async mutex: the call that finds it stale
/// renews it while holding the lock, and the others get its result.
#[derive(Default)]
pub struct Jetons {
    courant: Mutex<Option<Jeton>>,
    generations: std::sync::atomic::AtomicU64,
}

impl Jetons {
    /// The current token, renewed first when stale (or refused: `refuse`
    /// is the generation the server refused, replaced unless another call
    /// did already).
    pub async fn jeton<F, Fut, E>(&self, refuse: Option<u64>, obtenir: F) -> Result<Jeton, E>
    where
        F: FnOnce(u64) -> Fut,
        Fut: std::future::Future<Output = Result<Jeton, E>>,
    {
        let mut courant = self.courant.lock().await;
        if let Some(j) = courant.as_ref() {
            let remplace = refuse.is_some_and(|g| g != j.generation);
            if remplace || (refuse.is_none() && j.frais()) {
                return Ok(j.clone());
            }
        }
        let generation = self
            .generations
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            + 1;
        let j = obtenir(generation).await?;
        *courant = Some(j.clone());
        Ok(j)
    }
}
