//! Rule expressions: parsing, canonical form (a fixed point), type checking
//! against the RAMA 2025 sample model, evaluation on the sample payload.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sidoba_codegen::model::{Regle, Source, charger};
use sidoba_codegen::rules;
use std::sync::OnceLock;

fn modele() -> &'static sidoba_codegen::model::Modele {
    static M: OnceLock<sidoba_codegen::model::Modele> = OnceLock::new();
    M.get_or_init(|| {
        let s = Source::depuis_octets("rama", include_bytes!("../../models/rama-2025.json").to_vec()).unwrap();
        charger(&s, false).unwrap().0
    })
}

fuzz_target!(|texte: &str| {
    if let Some(c) = rules::forme_canonique(texte) {
        assert_eq!(rules::forme_canonique(&c).as_deref(), Some(c.as_str()), "canonical form is not a fixed point");
    }
    let m = modele();
    let mut r: Regle = m.regles[0].clone();
    r.expression = texte.to_owned();
    r.bloc = None;
    let _ = rules::verifier(m, &r);
    r.bloc = Some("effectifs".into());
    let _ = rules::verifier(m, &r);
});
