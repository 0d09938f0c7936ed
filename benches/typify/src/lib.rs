//! See benches/generation.rs. Shared by the bench and the examples: typify
//! run on a schema, and the exported schema without its empty-value
//! alternatives, the baseline typify's output is also measured against.

use sidoba_core::model::{Source, charger};

/// The model and its exported JSON Schema, for a synthetic model of `champs` fields.
pub fn modele_et_schema(champs: usize) -> (String, String) {
    let texte = sidoba_core::__interne::synthese::modele(11, champs);
    let source = Source::depuis_octets("synth.json", texte.as_bytes().to_vec()).unwrap();
    let (m, _) = charger(&source, false).unwrap();
    let schema = sidoba_codegen::schema::schema(&m);
    (texte, schema)
}

/// typify's module for a schema, formatted as a vendor would keep it.
pub fn typify(schema: &str) -> String {
    typify_racine(serde_json::from_str(schema).unwrap())
}

/// typify's module for a schema already read.
pub fn typify_racine(racine: schemars::schema::RootSchema) -> String {
    let mut types = typify::TypeSpace::new(&typify::TypeSpaceSettings::default());
    types.add_root_schema(racine).unwrap();
    let fichier: syn::File = syn::parse2(types.to_stream()).unwrap();
    prettyplease::unparse(&fichier)
}

/// The schema with each optional field's `anyOf [value, "", []]` replaced by
/// the value's own schema: what typify sees of a plain schema (`""` and `[]`
/// no longer accepted as "not filled"). typify turns each `anyOf` into an
/// enum with a struct per branch, which multiplies its output by ~3.5; the
/// comparison is made against both.
pub fn sans_valeurs_vides(schema: &str) -> String {
    fn simplifier(v: &mut serde_json::Value) {
        use serde_json::{Value, json};
        if let Value::Object(o) = v {
            let vides = [
                json!({"type": "string", "maxLength": 0}),
                json!({"type": "array", "maxItems": 0}),
            ];
            if let Some(Value::Array(a)) = o.get("anyOf")
                && a.len() == 3
                && a[1..] == vides
                && let Value::Object(valeur) = a[0].clone()
            {
                o.remove("anyOf");
                o.extend(valeur);
            }
            o.values_mut().for_each(simplifier);
        } else if let Value::Array(a) = v {
            a.iter_mut().for_each(simplifier);
        }
    }
    let mut v: serde_json::Value = serde_json::from_str(schema).unwrap();
    simplifier(&mut v);
    serde_json::to_string(&v).unwrap()
}
