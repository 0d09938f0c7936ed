//! typify, an independent JSON Schema code generator, accepts the schema
//! `sidoba schema` exports (it refused an untyped `enum` mixing `""` and
//! `[]`: "multiple implied types for an un-typed enum").

use sidoba_bench_typify::{modele_et_schema, sans_valeurs_vides, typify_racine};

/// typify on a schema text. Read with json5 (JSON is JSON5), not
/// serde_json: in `cargo test --workspace` the `tests` crate turns on
/// serde_json's `arbitrary_precision` for every crate, and schemars'
/// untagged `Schema` cannot read numbers through it.
fn typify(schema: &str) -> String {
    typify_racine(json5::from_str(schema).unwrap())
}
use sidoba_core::model::{Source, charger};

#[test]
fn typify_accepts_the_exported_schemas() {
    let dossier = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models");
    let mut noms: Vec<_> = std::fs::read_dir(dossier)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    noms.sort();
    assert!(noms.len() >= 5, "{noms:?}");
    for chemin in noms {
        let source = Source::depuis_octets("m.json", std::fs::read(&chemin).unwrap()).unwrap();
        let (m, _) = charger(&source, false).unwrap();
        let code = typify(&sidoba_codegen::schema::schema(&m));
        assert!(code.contains("pub struct"), "{chemin:?}");
    }
    let (_, schema) = modele_et_schema(200);
    let simple = sans_valeurs_vides(&schema);
    assert!(
        !simple.contains("anyOf"),
        "every empty-value alternative removed"
    );
    assert!(typify(&simple).len() < typify(&schema).len());
}
