//! Model reading + checking + generation: never panics, and generated code
//! always parses as Rust.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sidoba_codegen::emit;
use sidoba_codegen::model::{Source, charger};

fuzz_target!(|octets: &[u8]| {
    let Ok(source) = Source::depuis_octets("fuzz.json", octets.to_vec()) else { return };
    if let Ok((m, _)) = charger(&source, false) {
        // Emission parses what it generates: an error is a finding.
        if let Err(e) = emit::module(&m) {
            panic!("{e}");
        }
        let _ = sidoba_codegen::schema::schema(&m);
    }
});
