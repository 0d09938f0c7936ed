//! The synthetic 5,000-field model, generated and compiled once for the
//! validation benchmarks.

use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("synth");
    std::fs::create_dir_all(&out).expect("OUT_DIR/synth");
    let modele = out.join("synth-5000.json");
    std::fs::write(&modele, sidoba_codegen::synthese::modele(5000, 5000)).expect("model");
    sidoba_codegen::Builder::new()
        .modele(&modele)
        .sortie(&out)
        .rerun_if_changed(false)
        .generer()
        .unwrap_or_else(|e| panic!("{e}"));
    println!("cargo:rerun-if-changed=build.rs");
}
