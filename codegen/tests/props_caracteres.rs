//! Properties: format characters (bidi controls, zero-width, BOM, soft
//! hyphen…, the whole Unicode `Cf` class), line and paragraph separators,
//! carriage returns and other controls, wherever model text can go (labels,
//! codes, messages, descriptions), never reach generated Rust raw: rustc
//! rejects bidi controls in comments and literals and bare CRs in doc
//! comments. Generated code holds them escaped, so it compiles.

use proptest::prelude::*;
use serde_json::json;
use sidoba_codegen::emit;
use sidoba_core::model::{Source, charger};

const PIEGES: &[char] = &[
    '\u{202A}',
    '\u{202B}',
    '\u{202C}',
    '\u{202D}',
    '\u{202E}',
    '\u{2066}',
    '\u{2067}',
    '\u{2068}',
    '\u{2069}',
    '\u{200E}',
    '\u{200F}',
    '\u{061C}',
    '\u{200B}',
    '\u{200D}',
    '\u{FEFF}',
    '\u{00AD}',
    '\u{2028}',
    '\u{2029}',
    '\r',
    '\u{85}',
    '\u{1}',
    '\u{7F}',
    '\u{E0001}',
    '\u{FFF9}',
];

/// Text mixing ordinary characters and the traps above.
fn texte() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(PIEGES.to_vec()),
            prop::sample::select(vec!['a', 'é', ' ', '`', '*', '/', '"', '\\', '\n', '-']),
        ],
        1..12,
    )
    .prop_map(|v| format!("x{}", v.into_iter().collect::<String>()))
}

/// Whether rustc may refuse `c` in a comment or literal (or a reader could
/// be misled by it): what generated code must never hold raw.
fn interdit(c: char) -> bool {
    (c.is_control() && c != '\n') || sidoba_codegen::__interne::texte::format(c)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn format_characters_never_reach_generated_code_raw(
        libelle in texte(),
        code in texte(),
        valeur in texte(),
        message in texte(),
        campagne in texte(),
    ) {
        let m = json!({
            "campagne": {"id": campagne, "libelle": libelle, "module": "M"},
            "modele": {"code": code, "version": valeur, "niveau": "structure"},
            "nomenclatures": [{"code": code, "libelle": libelle, "reference": libelle,
                "valeurs": [{"code": valeur, "libelle": libelle}, {"code": "b", "libelle": message}]}],
            "blocs": [{"code": format!("b{code}"), "libelle": libelle, "description": message, "champs": [
                {"code": "a", "libelle": libelle, "description": message, "type": "code", "nomenclature": code},
                {"code": "t", "libelle": message, "type": "texte", "motif": "[a-z]+"},
                {"code": format!("v{valeur}"), "libelle": libelle, "type": "entier"}
            ]}],
            "regles": [{"code": code, "message": message, "severite": "bloquante",
                "expression": format!("renseigne(a) => a = '{}'", valeur.replace('\'', "''"))}]
        });
        let s = Source::depuis_octets("m.json", m.to_string().into_bytes()).unwrap();
        let (m, _) = match charger(&s, false) {
            Ok(m) => m,
            Err(d) => panic!("{}", d[0]),
        };
        let code = emit::module(&m).unwrap();
        let mauvais: Vec<char> = code.chars().filter(|&c| interdit(c)).collect();
        prop_assert!(mauvais.is_empty(), "{:?} in\n{}", mauvais, code);
        prop_assert!(syn::parse_file(&code).is_ok());
        let d = emit::description(&m);
        prop_assert!(!d.chars().any(interdit), "{:?}", d);
    }
}
