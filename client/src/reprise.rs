//! Quand retenter un appel : échecs de connexion et délais dépassés, `429`
//! (après `Retry-After`), `502`, `503` et `504` ; avec une attente
//! exponentielle et une part aléatoire, un nombre de tentatives et une
//! durée totale bornés. Toute autre réponse est définitive.

use std::time::Duration;

/// Les réglages des reprises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Politique {
    /// Tentatives en tout, la première comprise (1 : jamais de reprise).
    pub tentatives: u32,
    /// Attente avant la deuxième tentative ; doublée à chaque suivante.
    pub delai_initial: Duration,
    /// Aucune attente n'est plus longue (un `Retry-After` plus long arrête les reprises).
    pub delai_max: Duration,
    /// Aucune reprise ne commence après cette durée depuis la première tentative.
    pub duree_max: Duration,
}

impl Default for Politique {
    fn default() -> Politique {
        Politique {
            tentatives: 6,
            delai_initial: Duration::from_millis(200),
            delai_max: Duration::from_secs(10),
            duree_max: Duration::from_secs(60),
        }
    }
}

/// Vrai pour les statuts HTTP qui valent une autre tentative.
pub fn statut_a_reprendre(statut: u16) -> bool {
    matches!(statut, 429 | 502 | 503 | 504)
}

impl Politique {
    /// L'attente avant la tentative `tentative + 1` (`tentative` ≥ 1
    /// tentatives faites), ou `None` quand aucune autre n'est permise :
    /// tentatives épuisées, ou attente qui finirait après `duree_max`
    /// depuis le début (`ecoule`).
    pub fn attente(
        &self,
        tentative: u32,
        ecoule: Duration,
        retry_after: Option<Duration>,
    ) -> Option<Duration> {
        if tentative >= self.tentatives {
            return None;
        }
        let attente = match retry_after {
            // The server said when: not earlier (jitter only adds).
            Some(d) if d > self.delai_max => return None,
            Some(d) => d + jitter(self.delai_initial / 2),
            None => {
                let exp = self
                    .delai_initial
                    .saturating_mul(1u32 << (tentative - 1).min(16))
                    .min(self.delai_max);
                // "Equal jitter": half fixed, half random, so that many
                // clients failing together do not come back together.
                exp / 2 + jitter(exp / 2)
            }
        };
        (ecoule + attente <= self.duree_max).then_some(attente)
    }
}

/// A random duration in `[0, max]`.
fn jitter(max: Duration) -> Duration {
    let nanos = max.as_nanos() as u64;
    if nanos == 0 {
        return Duration::ZERO;
    }
    // UUID v4 bytes come from the system's random source.
    let aleatoire = uuid::Uuid::new_v4().as_u64_pair().0;
    Duration::from_nanos(aleatoire % (nanos + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> Politique {
        Politique {
            tentatives: 4,
            delai_initial: Duration::from_millis(100),
            delai_max: Duration::from_secs(1),
            duree_max: Duration::from_secs(5),
        }
    }

    #[test]
    fn l_attente_double_dans_sa_gigue_et_s_arrete_a_la_derniere_tentative() {
        for (n, base) in [(1u64, 100u64), (2, 200), (3, 400)] {
            let a = p().attente(n as u32, Duration::ZERO, None).unwrap();
            assert!(a >= Duration::from_millis(base / 2) && a <= Duration::from_millis(base));
        }
        assert_eq!(p().attente(4, Duration::ZERO, None), None);
    }

    #[test]
    fn retry_after_est_respecte_et_borne() {
        let a = p()
            .attente(1, Duration::ZERO, Some(Duration::from_millis(700)))
            .unwrap();
        assert!(a >= Duration::from_millis(700) && a <= Duration::from_millis(750));
        assert_eq!(
            p().attente(1, Duration::ZERO, Some(Duration::from_secs(2))),
            None
        );
        assert_eq!(p().attente(1, Duration::from_millis(4960), None), None);
    }

    #[test]
    fn seuls_les_statuts_d_encombrement_ou_de_passerelle_sont_retentes() {
        for s in [429, 502, 503, 504] {
            assert!(statut_a_reprendre(s));
        }
        for s in [400, 401, 403, 404, 409, 413, 415, 422, 500] {
            assert!(!statut_a_reprendre(s));
        }
    }
}
