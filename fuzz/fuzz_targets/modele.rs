//! Model reading + checking + generation: never panics, and generated code
//! always parses as Rust.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sidoba_codegen::emit::{self, Origine};
use sidoba_codegen::model::{Source, charger};

fuzz_target!(|octets: &[u8]| {
    let Ok(source) = Source::depuis_octets("fuzz.json", octets.to_vec()) else { return };
    if let Ok((m, _)) = charger(&source, false) {
        let code = emit::module(&m, &Origine { fichier: "fuzz.json".into(), commande: "fuzz".into() });
        assert!(!code.contains("compile_error!"), "generated tokens did not parse");
        let _ = sidoba_codegen::schema::schema(&m);
    }
});
