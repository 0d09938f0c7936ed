//! The worker reads a WS09 Bundle through the one reader of user-level
//! files: its envelope once, the collection file it stands for once, each
//! person's data once (counted by `lecteur::analyses`, in a test binary of
//! its own so that nothing else parses meanwhile).

use sidoba_core::model::{Source, charger};
use sidoba_core::usager::lecteur;

#[test]
fn the_worker_parses_each_persons_data_once() {
    let racine = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let nom = "ssiad-usager-2025.json";
    let octets = std::fs::read(racine.join("models").join(nom)).unwrap();
    let m = charger(&Source::depuis_octets(nom, octets).unwrap(), false)
        .unwrap()
        .0;
    let bundle = std::fs::read(racine.join("core/tests/bundles").join(nom)).unwrap();
    let (e, d) = lecteur::analyses();
    let constats = sidoba_sandbox::constats_usagers(&m, &bundle);
    let (e2, d2) = lecteur::analyses();
    assert!(constats.is_empty(), "{constats}");
    assert_eq!((e2 - e, d2 - d), (2, 2));
}
