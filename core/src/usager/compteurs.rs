//! Parses counted since the process started, for the tests that prove a
//! user-level file is read once per use. Below the readers that count
//! (`collecte`, `lecture_bundle`) and the one that reports (`lecteur`).

use std::sync::atomic::{AtomicUsize, Ordering};

static ENVELOPPES: AtomicUsize = AtomicUsize::new(0);
static DONNEES: AtomicUsize = AtomicUsize::new(0);

/// Parses counted since the process started, for the tests that prove a
/// file is read once per use: `(envelopes, persons' data)` — a Bundle or
/// collection file's text parsed as a tree, and one person's `donnees`
/// parsed by the model-driven reader.
#[doc(hidden)]
pub fn analyses() -> (usize, usize) {
    (
        ENVELOPPES.load(Ordering::SeqCst),
        DONNEES.load(Ordering::SeqCst),
    )
}

/// Counts an envelope parse (the Bundle reader, the collection reader).
pub(crate) fn compter_enveloppe() {
    ENVELOPPES.fetch_add(1, Ordering::Relaxed);
}

/// Counts one person's `donnees` parsed by the model-driven reader.
pub(crate) fn compter_donnees() {
    DONNEES.fetch_add(1, Ordering::Relaxed);
}
