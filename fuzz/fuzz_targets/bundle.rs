//! Reading any TDDUI Bundle (`lecture_bundle`) against the SSIAD usager
//! sample model: never a panic, every reading error placed inside the
//! text, and what reads is a collection file that is JSON.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sidoba_core::model::{Modele, Source, charger};
use sidoba_core::usager::lecture_bundle;
use std::sync::OnceLock;

fn ssiad() -> &'static Modele {
    static M: OnceLock<Modele> = OnceLock::new();
    M.get_or_init(|| {
        let s = Source::depuis_octets(
            "ssiad-usager-2025",
            include_bytes!("../../models/ssiad-usager-2025.json").to_vec(),
        )
        .unwrap();
        charger(&s, false).unwrap().0
    })
}

fuzz_target!(|texte: &str| {
    match lecture_bundle::lire(ssiad(), texte) {
        Ok(b) => {
            assert!(serde_json::from_str::<serde_json::Value>(&b.collecte).is_ok());
        }
        Err(e) => {
            assert!(!e.0.is_empty());
            for x in &e.0 {
                assert!(x.offset <= texte.len() && x.position.ligne >= 1);
            }
        }
    }
    let _ = lecture_bundle::valider(ssiad(), texte);
});
