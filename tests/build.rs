//! Synthetic models for the differential tests: written as JSON into
//! OUT_DIR, generated through the build-script API, and compiled into this
//! crate once, so that CI affords many models.

use std::fmt::Write;
use std::path::PathBuf;

/// (seed, fields): varied shapes, small enough to compile quickly.
const MODELES: &[(u64, usize)] = &[(11, 60), (12, 80), (13, 45), (14, 120), (15, 30), (16, 200)];

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let dossier = out.join("synth");
    std::fs::create_dir_all(&dossier).expect("OUT_DIR/synth");
    let mut chemins = Vec::new();
    let mut inclus = String::from("// Synthetic models (see build.rs).\n");
    let mut table = String::from(
        "/// (campaign id, model JSON) of every synthetic model.\npub const MODELES: &[(&str, &str)] = &[\n",
    );
    let mut aiguillage = String::from(
        "/// The compiled validator of the synthetic model of campaign `id`.\npub fn valider(id: &str, payload: &str) -> Option<Result<sidoba::Constats, sidoba::ErreurLecture>> {\n    match id {\n",
    );
    for &(graine, champs) in MODELES {
        let texte = sidoba_codegen::synthese::modele(graine, champs);
        let chemin = dossier.join(format!("synth-{graine}.json"));
        std::fs::write(&chemin, &texte).expect("model file");
        let id = format!("SYNTH-{graine}-{champs}");
        let module = sidoba_codegen::generate::nom_module(&id);
        let _ = writeln!(
            inclus,
            "#[allow(missing_docs)]\npub mod {module} {{\n    include!(concat!(env!(\"OUT_DIR\"), \"/synth/{module}.rs\"));\n}}"
        );
        let _ = writeln!(
            table,
            "    ({id:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/synth/synth-{graine}.json\"))),"
        );
        let _ = writeln!(
            aiguillage,
            "        {id:?} => Some({module}::Rapport::valider_payload(payload)),"
        );
        chemins.push(chemin);
    }
    table.push_str("];\n");
    aiguillage.push_str("        _ => None,\n    }\n}\n");
    sidoba_codegen::Builder::new()
        .modeles(chemins)
        .sortie(&dossier)
        .rerun_if_changed(false)
        .generer()
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        dossier.join("inclus.rs"),
        format!("{inclus}\n{table}\n{aiguillage}"),
    )
    .expect("inclus.rs");
    println!("cargo:rerun-if-changed=build.rs");
}
