//! Diff of two fuzzed models (the input split at its first NUL): never
//! panics, diff(A, A) is empty, and every renderer runs.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sidoba_core::model::{Source, charger};

fuzz_target!(|octets: &[u8]| {
    let coupe = octets.iter().position(|&b| b == 0).unwrap_or(octets.len());
    let (a, b) = (&octets[..coupe], octets.get(coupe + 1..).unwrap_or_default());
    let lire = |o: &[u8]| Source::depuis_octets("f.json", o.to_vec()).ok().and_then(|s| charger(&s, false).ok()).map(|x| x.0);
    let (Some(a), Some(b)) = (lire(a), lire(b)) else { return };
    assert!(sidoba_core::diff::comparer(&a, &a).ecarts.is_empty());
    let r = sidoba_core::diff::comparer(&a, &b);
    let _ = (sidoba_core::render::texte(&r, true), sidoba_core::render::markdown(&r), sidoba_core::render::json(&r));
});
