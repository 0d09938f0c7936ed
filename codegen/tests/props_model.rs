//! Properties: random models never make reading, checking or generating
//! panic; generation is deterministic and yields Rust that parses, or an
//! error (never `compile_error!` text);
//! naming is collision-free, valid and stable under reordering.

use proptest::prelude::*;
use serde_json::{Value, json};
use sidoba_codegen::__interne::naming;
use sidoba_codegen::emit;
use sidoba_core::model::{Source, charger};

/// Codes that exercise the naming rules.
fn code() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "type",
            "Type",
            "self",
            "Self",
            "crate",
            "super",
            "gen",
            "async",
            "_",
            "match",
            "nb-places",
            "nb_places",
            "NB_PLACES",
            "2025_total",
            "nb_résidents",
            "1",
            "+",
            "-",
            "option",
            "rapport",
            "Vec",
            "é",
            "🙂",
            "a b",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z0-9_\\-éÉ+ ]{1,10}",
    ]
}

fn champ() -> impl Strategy<Value = Value> {
    let genre = prop_oneof![
        (any::<Option<i32>>(), any::<Option<i32>>()).prop_map(|(a, b)| {
            let (a, b) = match (a, b) {
                (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                autre => autre,
            };
            json!({"type": "entier", "min": a, "max": b})
        }),
        (0u32..12, any::<Option<i16>>())
            .prop_map(|(d, m)| json!({"type": "decimal", "decimales": d, "max": m})),
        (
            any::<Option<u8>>(),
            prop::option::of(prop::sample::select(vec![
                "[0-9]{9}", "a|b", "\\d+", "(x)*", "[\"'`]"
            ]))
        )
            .prop_map(|(l, m)| json!({"type": "texte", "longueurMax": l, "motif": m})),
        Just(json!({"type": "booleen"})),
        Just(json!({"type": "date", "min": "2025-01-01", "max": "2025-12-31"})),
        any::<bool>().prop_map(|m| json!({"type": "code", "nomenclature": "n", "multiple": m})),
    ];
    (code(), ".{0,20}", genre, any::<bool>(), any::<bool>()).prop_map(|(c, l, mut g, o, p)| {
        let m = g.as_object_mut().unwrap();
        m.insert("code".into(), json!(c));
        m.insert("libelle".into(), json!(l));
        m.insert("obligatoire".into(), json!(o));
        m.insert("donneePersonnelle".into(), json!(p));
        g
    })
}

fn bloc(profondeur: u32) -> BoxedStrategy<Value> {
    let feuille = (code(), any::<bool>(), prop::collection::vec(champ(), 1..5)).prop_map(
        |(c, r, champs)| json!({"code": c, "libelle": c, "repetable": r, "champs": champs}),
    );
    if profondeur == 0 {
        return feuille.boxed();
    }
    (feuille, prop::collection::vec(bloc(profondeur - 1), 0..2))
        .prop_map(|(mut b, sous)| {
            b["blocs"] = json!(sous);
            b
        })
        .boxed()
}

fn modele() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec(code(), 1..5),
        prop::collection::vec(bloc(2), 1..3),
        code(),
    )
        .prop_map(|(valeurs, blocs, id)| {
            let valeurs: Vec<Value> = valeurs
                .iter()
                .map(|v| json!({"code": v, "libelle": v}))
                .collect();
            json!({
                "campagne": {"id": id, "libelle": "Propriété", "module": "P"},
                "modele": {"code": "P", "version": "1", "niveau": "structure"},
                "nomenclatures": [{"code": "n", "libelle": "N", "valeurs": valeurs}],
                "blocs": blocs,
            })
        })
        .prop_map(|mut m| {
            unicite(&mut m);
            m
        })
}

/// Makes codes unique where the format requires it (suffixing repeats),
/// so that most random models are valid and reach generation.
fn unicite(m: &mut Value) {
    fn visiter(v: &mut Value, vus: &mut std::collections::BTreeSet<String>) {
        if let Some(c) = v.get("code").and_then(Value::as_str).map(str::to_owned) {
            let mut nouveau = c.clone();
            let mut i = 2;
            while !vus.insert(nouveau.clone()) {
                nouveau = format!("{c}~{i}");
                i += 1;
            }
            v["code"] = json!(nouveau);
        }
        for cle in ["champs", "blocs"] {
            if let Some(a) = v.get_mut(cle).and_then(Value::as_array_mut) {
                a.iter_mut().for_each(|e| visiter(e, vus));
            }
        }
    }
    let mut vus = std::collections::BTreeSet::new();
    if let Some(blocs) = m["blocs"].as_array_mut() {
        blocs.iter_mut().for_each(|b| visiter(b, &mut vus));
    }
    let mut valeurs = std::collections::BTreeSet::new();
    if let Some(v) = m["nomenclatures"][0]["valeurs"].as_array_mut() {
        v.retain(|v| valeurs.insert(v["code"].as_str().unwrap_or_default().to_owned()));
    }
}

fn generer(texte: &str) -> Option<Result<String, emit::Erreur>> {
    let source = Source::depuis_octets("p.json", texte.as_bytes().to_vec()).ok()?;
    let (m, _) = charger(&source, false).ok()?;
    Some(emit::module(&m))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn random_models_never_panic_and_generate_deterministically(m in modele()) {
        let texte = serde_json::to_string_pretty(&m).unwrap();
        match generer(&texte) {
            None => {}
            Some(Ok(code)) => {
                prop_assert!(syn::parse_file(&code).is_ok(), "generated code does not parse");
                prop_assert!(!code.contains("compile_error!"), "{}", code);
                prop_assert_eq!(Some(Ok(code)), generer(&texte));
            }
            Some(Err(e)) => prop_assert!(false, "a valid model that cannot be generated: {}", e),
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(octets in prop::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(s) = Source::depuis_octets("b.json", octets) {
            let _ = charger(&s, true);
        }
    }

    #[test]
    fn mutilated_sample_never_panics(coupe in 0usize..4000, octet in any::<u8>()) {
        let mut t = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../models/ssiad-2025.json")).unwrap();
        let i = coupe.min(t.len() - 1);
        t[i] = octet;
        if let Ok(s) = Source::depuis_octets("m.json", t) {
            let _ = charger(&s, false);
        }
    }

    #[test]
    fn naming_is_injective_valid_and_order_independent(codes in prop::collection::btree_set(code(), 1..20), graine in any::<u64>()) {
        let codes: Vec<String> = codes.into_iter().collect();
        let noms = naming::resoudre(codes.iter().map(|c| (c.as_str(), naming::champ(c))), &[], "_");
        let mut vus = std::collections::BTreeSet::new();
        for nom in noms.values() {
            prop_assert!(vus.insert(nom.clone()), "duplicate name {}", nom);
            prop_assert!(syn::parse_str::<syn::Ident>(nom).is_ok(), "not an identifier: {}", nom);
        }
        // Same names whatever the order the codes come in.
        let mut melange = codes.clone();
        let n = melange.len();
        for i in 0..n {
            melange.swap(i, (graine as usize).wrapping_add(i * 7) % n);
        }
        let encore = naming::resoudre(melange.iter().map(|c| (c.as_str(), naming::champ(c))), &[], "_");
        prop_assert_eq!(noms, encore);
    }
}
