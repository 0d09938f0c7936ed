//! Writes, for a synthetic model of N fields, the model, the module sidoba
//! generates and the modules typify generates from the exported JSON Schema
//! (`typify.rs`) and from that schema without its empty-value alternatives
//! (`typify-simple.rs`), for the compile-time comparison
//! (`scripts/temps-compilation-genere.sh`).

use sidoba_bench_typify::{modele_et_schema, sans_valeurs_vides, typify};
use sidoba_codegen::emit;
use sidoba_core::model::{Source, charger};

fn main() {
    let mut args = std::env::args().skip(1);
    let champs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5000);
    let dossier = std::path::PathBuf::from(args.next().unwrap_or_else(|| "/tmp/sorties".into()));
    std::fs::create_dir_all(&dossier).unwrap();
    let (texte, schema) = modele_et_schema(champs);
    // The model and schema too, for timing `sidoba generate` and typify on them.
    std::fs::write(dossier.join("modele.json"), &texte).unwrap();
    std::fs::write(dossier.join("schema.json"), &schema).unwrap();
    let source = Source::depuis_octets("synth.json", texte.into_bytes()).unwrap();
    let (m, _) = charger(&source, false).unwrap();
    std::fs::write(dossier.join("sidoba.rs"), emit::module(&m).unwrap()).unwrap();
    std::fs::write(dossier.join("typify.rs"), typify(&schema)).unwrap();
    let simple = typify(&sans_valeurs_vides(&schema));
    std::fs::write(dossier.join("typify-simple.rs"), simple).unwrap();
}
