//! Writes, for a synthetic model of N fields, the module sidoba generates
//! and the module typify generates from the exported JSON Schema, for the
//! compile-time comparison (`scripts/temps-compilation-genere.sh`).

use sidoba_codegen::emit;
use sidoba_codegen::model::{Source, charger};

fn main() {
    let mut args = std::env::args().skip(1);
    let champs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(5000);
    let dossier = std::path::PathBuf::from(args.next().unwrap_or_else(|| "/tmp/sorties".into()));
    std::fs::create_dir_all(&dossier).unwrap();
    let texte = sidoba_codegen::__interne::synthese::modele(11, champs);
    // The model too, for timing `sidoba generate` on it.
    std::fs::write(dossier.join("modele.json"), &texte).unwrap();
    let source = Source::depuis_octets("synth.json", texte.into_bytes()).unwrap();
    let (m, _) = charger(&source, false).unwrap();
    let sidoba = emit::module(&m).unwrap();
    std::fs::write(dossier.join("sidoba.rs"), sidoba).unwrap();
    let schema = sidoba_codegen::schema::schema(&m);
    let racine: schemars::schema::RootSchema = serde_json::from_str(&schema).unwrap();
    let mut types = typify::TypeSpace::new(&typify::TypeSpaceSettings::default());
    types.add_root_schema(racine).unwrap();
    let fichier: syn::File = syn::parse2(types.to_stream()).unwrap();
    std::fs::write(dossier.join("typify.rs"), prettyplease::unparse(&fichier)).unwrap();
}
