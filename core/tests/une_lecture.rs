//! One parse per use (issue 19): the one reader of user-level files reads
//! a file's envelope once and each person's data once per validation, and
//! a screen that only lists persons reads no person's data. Counted by the
//! reader's own hook (`lecteur::analyses`), in a test binary of its own so
//! that no other test runs at the same time.

use sidoba_core::model::{Source, charger};
use sidoba_core::usager::lecteur;

#[test]
fn each_use_parses_the_envelope_once_and_each_persons_data_once() {
    let racine = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let nom = "ssiad-usager-2025.json";
    let octets = std::fs::read(racine.join("models").join(nom)).unwrap();
    let m = charger(&Source::depuis_octets(nom, octets).unwrap(), false)
        .unwrap()
        .0;
    let bundle = std::fs::read_to_string(racine.join("core/tests/bundles").join(nom)).unwrap();
    let collecte = std::fs::read_to_string(racine.join("core/tests/collectes").join(nom)).unwrap();
    let delta = |f: &dyn Fn()| {
        let (e, d) = lecteur::analyses();
        f();
        let (e2, d2) = lecteur::analyses();
        (e2 - e, d2 - d)
    };
    // Two persons, each with a campaign report.
    let v = lecteur::valider(&m, &bundle).unwrap();
    assert_eq!(v.lue.personnes.len(), 2);
    // The Bundle, then the collection file it stands for; each report once.
    assert_eq!(
        delta(&|| drop(lecteur::valider(&m, &bundle).unwrap())),
        (2, 2)
    );
    assert_eq!(
        delta(&|| drop(lecteur::valider(&m, &collecte).unwrap())),
        (1, 2)
    );
    // The screen's list: the Bundle read, no person's data parsed again.
    assert_eq!(
        delta(&|| {
            let lu = lecteur::lire(&m, &bundle).unwrap();
            assert_eq!(lu.personnes().len(), 2);
            assert!(lu.personnes()[1].donnees.unwrap().starts_with('{'));
        }),
        (1, 0)
    );
}
