//! Payload reading + both validators, differential: the compiled validator
//! (generated RAMA 2025 code) and `sidoba validate` give the same result on
//! every input.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sidoba_codegen::model::{Source, charger};
use std::sync::OnceLock;

fn modele() -> &'static sidoba_codegen::model::Modele {
    static M: OnceLock<sidoba_codegen::model::Modele> = OnceLock::new();
    M.get_or_init(|| {
        let s = Source::depuis_octets("rama", include_bytes!("../../models/rama-2025.json").to_vec()).unwrap();
        charger(&s, false).unwrap().0
    })
}

fuzz_target!(|texte: &str| {
    let compile = generated::rama_2025::Rapport::valider_payload(texte);
    let interprete = sidoba_codegen::validate::valider(modele(), texte);
    assert_eq!(compile, interprete);
    if let Ok(lu) = generated::rama_2025::Rapport::lire(texte) {
        // What was read writes back and reads again to the same report.
        let p = lu.rapport.payload_sans_validation();
        let relu = generated::rama_2025::Rapport::lire(&p).unwrap();
        assert_eq!(relu.rapport, lu.rapport);
    }
});
