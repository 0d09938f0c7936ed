//! Payload reading + both validators, differential: the compiled validator
//! and `sidoba validate` give the same result on every input, for the RAMA
//! 2025 sample model and for the `personnel` fixture (personal fields of
//! every type, `multiple` codes, empty values, hostile motifs); what was
//! read writes back and reads again to the same report.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sidoba_core::model::{Modele, Source, charger};
use std::sync::OnceLock;

fn charge(nom: &str, octets: &[u8]) -> Modele {
    let s = Source::depuis_octets(nom, octets.to_vec()).unwrap();
    charger(&s, false).unwrap().0
}

fn rama() -> &'static Modele {
    static M: OnceLock<Modele> = OnceLock::new();
    M.get_or_init(|| charge("rama", include_bytes!("../../models/rama-2025.json")))
}

fn personnel() -> &'static Modele {
    static M: OnceLock<Modele> = OnceLock::new();
    M.get_or_init(|| charge("personnel", include_bytes!("../../tests/models/personnel.json")))
}

fuzz_target!(|texte: &str| {
    use generated::rama_2025::Rapport as Rama;
    use sidoba_tests::personnel_2025::Rapport as Personnel;
    assert_eq!(Rama::valider_payload(texte), sidoba_core::validate::valider(rama(), texte));
    if let Ok(lu) = Rama::lire(texte) {
        let relu = Rama::lire(&lu.rapport.payload_sans_validation()).unwrap();
        assert_eq!(relu.rapport, lu.rapport);
    }
    // The same text as the fixture's `donnees`, so that the fuzzer's
    // mutations reach its fields.
    let p = format!(
        r#"{{"campagne":"PERSONNEL-2025","modele":{{"code":"PERSONNEL","version":"1.0"}},"donnees":{texte}}}"#
    );
    for t in [texte, p.as_str()] {
        assert_eq!(Personnel::valider_payload(t), sidoba_core::validate::valider(personnel(), t));
        if let Ok(lu) = Personnel::lire(t) {
            let relu = Personnel::lire(&lu.rapport.payload_sans_validation()).unwrap();
            assert_eq!(relu.rapport, lu.rapport);
        }
    }
});
