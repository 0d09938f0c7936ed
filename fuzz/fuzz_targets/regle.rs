//! Rule expressions: parsing, canonical form (a fixed point), type checking
//! against the RAMA 2025 sample model; and, for an input `A|B` whose two
//! sides type, the verdict of `(A) et (B)` equals that of `(B) et (A)` (same
//! for `ou`) on the sample payloads: a division by zero or an absent field
//! makes a rule not apply wherever it stands (ws02).
#![no_main]
use libfuzzer_sys::fuzz_target;
use sidoba_core::model::{Modele, Regle, Source, charger};
use sidoba_core::rules;
use std::sync::OnceLock;

fn modele() -> &'static Modele {
    static M: OnceLock<Modele> = OnceLock::new();
    M.get_or_init(|| {
        let s = Source::depuis_octets("rama", include_bytes!("../../models/rama-2025.json").to_vec()).unwrap();
        charger(&s, false).unwrap().0
    })
}

const PAYLOADS: [&str; 2] = [
    include_str!("../../generated/tests/donnees/rama-2025.json"),
    include_str!("../../generated/tests/donnees/rama-2025-main.json"),
];

/// The rule `expression` typed against the model, or nothing.
fn regle(m: &Modele, code: &str, expression: String) -> Option<Regle> {
    let mut r = m.regles[0].clone();
    r.code = code.to_owned();
    r.expression = expression;
    r.bloc = None;
    r.typee = rules::verifier(m, &r).ok()?;
    Some(r)
}

fuzz_target!(|texte: &str| {
    if let Some(c) = rules::forme_canonique(texte) {
        assert_eq!(rules::forme_canonique(&c).as_deref(), Some(c.as_str()), "canonical form is not a fixed point");
    }
    let m = modele();
    let mut r: Regle = m.regles[0].clone();
    r.expression = texte.to_owned();
    r.bloc = None;
    let _ = rules::verifier(m, &r);
    r.bloc = Some("effectifs".into());
    let _ = rules::verifier(m, &r);

    let Some((a, b)) = texte.split_once('|') else { return };
    for op in ["et", "ou", "=>"] {
        let (Some(ab), Some(ba)) = (regle(m, "AB", format!("({a}) {op} ({b})")), regle(m, "BA", format!("({b}) {op} ({a})"))) else { continue };
        // `=>` is not symmetric: compare A => B with non (A) ou B instead.
        let ba = if op == "=>" { regle(m, "BA", format!("({b}) ou non ({a})")) } else { Some(ba) };
        let Some(ba) = ba else { continue };
        let mut essai = m.clone();
        essai.regles = vec![ab, ba];
        for p in PAYLOADS {
            let constats = sidoba_core::validate::valider(&essai, p).expect("sample payload reads");
            let echoue = |code: &str| constats.iter().any(|c| c.regle.as_deref() == Some(code));
            assert_eq!(echoue("AB"), echoue("BA"), "{op}: {a:?} / {b:?}");
        }
    }
});
