//! User-level models (`niveau: usager`): what changes the FHIR form of the
//! answers (the Questionnaire item's type, the codings' system) breaks the
//! Bundles of the old model, whatever the same change means for a WS05
//! payload.

mod diff_commun;

use diff_commun::*;
use serde_json::{Value, json};
use sidoba_core::diff::{Ecart, Rapport};

fn usager(mut v: Value) -> Value {
    v["modele"]["niveau"] = json!("usager");
    v
}

/// The entries of the comparison of `base` with its edit by `f`, at
/// structure level then at user level.
fn deux_niveaux(f: impl Fn(&mut Value)) -> (Rapport, Rapport) {
    let (a, n) = (base(), nouveau(&f));
    (comparer(&a, &n), comparer(&usager(a), &usager(n)))
}

fn impact<'r>(r: &'r Rapport, nature: &str) -> &'r Ecart {
    r.ecarts
        .iter()
        .find(|e| e.nature.code() == nature)
        .unwrap_or_else(|| panic!("pas de {nature} : {:#?}", r.ecarts))
}

#[test]
fn entier_max_beyond_32_bits_breaks_user_level_models() {
    let (s, u) = deux_niveaux(|m| *en(m, "/blocs/0/champs/1/max") = json!(3_000_000_000_i64));
    assert_eq!(impact(&s, "borne_relachee").impact.code(), "compatible");
    let e = impact(&u, "borne_relachee");
    assert_eq!(e.impact.code(), "cassant", "{e:#?}");
    assert!(e.message.contains("integer"), "{}", e.message);
    // Back under 2³¹−1: the item type changes again.
    let a = usager(nouveau(|m| {
        *en(m, "/blocs/0/champs/1/max") = json!(3_000_000_000_i64)
    }));
    let r = comparer(
        &a,
        &usager(nouveau(|m| *en(m, "/blocs/0/champs/1/max") = json!(50))),
    );
    assert_eq!(impact(&r, "borne_resserree").impact.code(), "cassant");
    // Within 32 bits: as for a structure.
    let (_, u) = deux_niveaux(|m| *en(m, "/blocs/0/champs/1/max") = json!(2_147_483_647_i64));
    assert_eq!(impact(&u, "borne_relachee").impact.code(), "compatible");
    // A min under −2³¹ too.
    let (_, u) = deux_niveaux(|m| *en(m, "/blocs/0/champs/1/min") = json!(-2_147_483_649_i64));
    assert_eq!(impact(&u, "borne_relachee").impact.code(), "cassant");
}

#[test]
fn entier_becoming_decimal_breaks_user_level_models() {
    let (s, u) = deux_niveaux(|m| {
        *en(m, "/blocs/0/champs/1") = json!({ "code": "n", "libelle": "Nombre de visites",
            "type": "decimal", "decimales": 0, "min": 0, "max": 100, "unite": "visite" })
    });
    assert_eq!(impact(&s, "type_modifie").impact.code(), "compatible");
    assert_eq!(impact(&u, "type_modifie").impact.code(), "cassant");
}

#[test]
fn changed_reference_breaks_user_level_models() {
    let (s, u) =
        deux_niveaux(|m| m["nomenclatures"][0]["reference"] = json!("https://exemple.fr/cs"));
    let e = impact(&s, "description_modifiee");
    assert_eq!(e.impact.code(), "information");
    let e = impact(&u, "description_modifiee");
    assert_eq!(e.impact.code(), "cassant", "{e:#?}");
    assert!(e.message.contains("system"), "{}", e.message);
}

#[test]
fn renamed_nomenclature_breaks_user_level_models() {
    // Same values under another code: the codings' system changes.
    let (s, u) = deux_niveaux(|m| {
        *en(m, "/nomenclatures/0/code") = json!("liste2");
        *en(m, "/blocs/0/champs/5/nomenclature") = json!("liste2");
    });
    assert_eq!(
        impact(&s, "nomenclature_changee").impact.code(),
        "compatible"
    );
    assert_eq!(impact(&u, "nomenclature_changee").impact.code(), "cassant");
    // Another list with the same reference keeps the system.
    let references = |m: &mut Value| {
        m["nomenclatures"][0]["reference"] = json!("https://exemple.fr/cs");
        m["nomenclatures"][1]["reference"] = json!("https://exemple.fr/cs");
    };
    let mut a = base();
    references(&mut a);
    let n = nouveau(|m| {
        references(m);
        *en(m, "/blocs/0/champs/5/nomenclature") = json!("autre");
    });
    let r = comparer(&usager(a), &usager(n));
    assert_eq!(
        impact(&r, "nomenclature_changee").impact.code(),
        "compatible"
    );
}
