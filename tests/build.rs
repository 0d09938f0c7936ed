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
        let texte = sidoba_core::__interne::synthese::modele(graine, champs);
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
    // The operand-order model (see `ordre`).
    let chemin = dossier.join("ordre.json");
    std::fs::write(&chemin, ordre()).expect("ordre.json");
    let module = sidoba_codegen::generate::nom_module("ORDRE-2025");
    let _ = writeln!(
        inclus,
        "/// Every pair of rule atoms combined both ways (see build.rs).\n#[allow(missing_docs)]\npub mod {module} {{\n    include!(concat!(env!(\"OUT_DIR\"), \"/synth/{module}.rs\"));\n}}\n/// The operand-order model's JSON.\npub const ORDRE: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/synth/ordre.json\"));"
    );
    chemins.push(chemin);
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

/// Rule atoms that hold, fail, read absent fields, divide by zero or
/// overflow, depending on the payload.
const ATOMES: &[&str] = &[
    "vrai",
    "faux",
    "a = 2",
    "b / a = 1",
    "a / b >= 0",
    "x > 0",
    "renseigne(x)",
    "a * 79228162514264337593543950335 > 0",
    "somme(y) / nombre(t) > 1",
];

/// Atoms of row rules on the nested table `u` (rows of `t`'s rows).
const ATOMES_LIGNE: &[&str] = &["z / a = 1", "z > 1", "a / z >= 0"];

/// A model whose rules combine every pair of [`ATOMES`] by `et`, `ou`,
/// `=>` and `non … ou`, in both orders: rule `ET_i_j` is `Ai et Aj`, and so
/// on; row rules `ETL_i_j` do the same on a nested table. The verdicts must
/// not depend on the order of the operands.
fn ordre() -> String {
    let mut regles = Vec::new();
    for (i, p) in ATOMES_LIGNE.iter().enumerate() {
        for (j, q) in ATOMES_LIGNE.iter().enumerate() {
            regles.push(format!(
                r#"{{ "code": "ETL_{i}_{j}", "message": "ETL {i} {j}", "severite": "avertissement", "bloc": "u", "expression": "{p} et {q}" }}"#
            ));
        }
    }
    for (i, p) in ATOMES.iter().enumerate() {
        for (j, q) in ATOMES.iter().enumerate() {
            for (nom, expression) in [
                ("ET", format!("{p} et {q}")),
                ("OU", format!("{p} ou {q}")),
                ("IMP", format!("{p} => {q}")),
                ("NONOU", format!("non ({p}) ou {q}")),
            ] {
                regles.push(format!(
                    r#"{{ "code": "{nom}_{i}_{j}", "message": "{nom} {i} {j}", "severite": "bloquante", "expression": "{expression}" }}"#
                ));
            }
        }
    }
    format!(
        r#"{{
  "campagne": {{ "id": "ORDRE-2025", "libelle": "Ordre des opérandes", "module": "TEST" }},
  "modele": {{ "code": "ORDRE", "version": "1", "niveau": "structure" }},
  "blocs": [
    {{ "code": "valeurs", "libelle": "Valeurs", "champs": [
        {{ "code": "a", "libelle": "A", "type": "entier" }},
        {{ "code": "b", "libelle": "B", "type": "entier" }},
        {{ "code": "x", "libelle": "X", "type": "decimal", "decimales": 2 }} ] }},
    {{ "code": "t", "libelle": "T", "repetable": true, "champs": [
        {{ "code": "y", "libelle": "Y", "type": "decimal", "decimales": 2 }} ],
      "blocs": [ {{ "code": "u", "libelle": "U", "repetable": true, "champs": [
        {{ "code": "z", "libelle": "Z", "type": "entier" }} ] }} ] }}
  ],
  "regles": [
    {}
  ]
}}
"#,
        regles.join(",\n    ")
    )
}
