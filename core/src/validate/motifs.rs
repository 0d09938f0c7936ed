//! Motifs' regexes compiled once per process, shared by every plan: a
//! regex costs tens of microseconds to build, more than validating a
//! whole RAMA payload, and `validate::valider` builds a plan per call.
//!
//! The plan matches values with these; the runtime's own `Motif` (which
//! compiles on first use) only writes the message of a value that fails,
//! so the findings stay the runtime's.

use regex::Regex;
use sidoba::__private_v1::descripteur::Motif;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, OnceLock};

/// At most this many motifs kept: beyond, each plan compiles its own (a
/// process fed models without end keeps bounded memory).
const MAX: usize = 4096;

/// Source → its whole-value regex (`None`: it does not compile).
type Cache = HashMap<Box<str>, Option<Arc<Regex>>>;

static CACHE: LazyLock<Mutex<Cache>> = LazyLock::new(Mutex::default);

/// A motif's regex, compiled at its first use in the process.
fn regex(source: &str) -> Option<Arc<Regex>> {
    // A panic elsewhere while holding the lock leaves a usable map.
    let mut cache = CACHE.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(r) = cache.get(source) {
        return r.clone();
    }
    let r = Motif::compiler(source).ok().map(Arc::new);
    if cache.len() < MAX {
        cache.insert(source.into(), r.clone());
    }
    r
}

/// A plan's motif: its regex looked up on first use.
#[derive(Debug)]
pub(crate) struct MotifPlan<'m> {
    /// What the runtime's checks take (its message names the source).
    pub(crate) motif: Motif<'m>,
    regex: OnceLock<Option<Arc<Regex>>>,
}

impl<'m> MotifPlan<'m> {
    pub(crate) fn new(source: &'m str) -> Self {
        MotifPlan {
            motif: Motif::new(source),
            regex: OnceLock::new(),
        }
    }

    /// Whole-value match, as `Motif::accepte` (a motif that does not
    /// compile matches nothing).
    pub(crate) fn accepte(&self, valeur: &str) -> bool {
        self.regex
            .get_or_init(|| regex(self.motif.source))
            .as_ref()
            .is_some_and(|r| r.is_match(valeur))
    }
}

#[cfg(test)]
mod tests {
    use super::MotifPlan;
    use sidoba::__private_v1::descripteur::Motif;

    /// The same verdicts as the runtime's motif, whatever the pattern.
    #[test]
    fn un_motif_partage_accepte_comme_celui_de_l_execution() {
        for (motif, valeurs) in [
            (
                "[0-9]{9}",
                &["123456789", "12345678", "1234567890", "x"][..],
            ),
            ("a)|(b", &["a", "b", "a)|(b"]),
            ("(?m)^a$", &["a", "a\nb"]),
            ("(?x) a # commentaire", &["a", "ab"]),
            ("[", &["[", ""]),
        ] {
            let (plan, runtime) = (MotifPlan::new(motif), Motif::new(motif));
            for v in valeurs {
                assert_eq!(plan.accepte(v), runtime.accepte(v), "{motif} / {v}");
            }
        }
    }
}
