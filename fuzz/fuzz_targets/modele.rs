//! Model reading + checking + generation: never panics, generated code
//! always parses as Rust and never holds a format character (bidi
//! controls, the rest of Unicode `Cf`, line separators) or a control other
//! than a newline raw, whatever the labels, codes and messages hold.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sidoba_codegen::emit;
use sidoba_core::model::{Source, charger};

fuzz_target!(|octets: &[u8]| {
    let Ok(source) = Source::depuis_octets("fuzz.json", octets.to_vec()) else { return };
    if let Ok((m, _)) = charger(&source, false) {
        // Emission parses what it generates: an error is a finding.
        let code = match emit::module(&m) {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        };
        let brut = |c: char| {
            (c.is_control() && c != '\n') || sidoba_codegen::__interne::texte::format(c)
        };
        assert!(!code.chars().any(brut), "caractère brut dans le code généré");
        let _ = sidoba_codegen::schema::schema(&m);
    }
});
