//! Fingerprints (`empreinte`): the same change keeps its fingerprint; a
//! change altered in any way that matters (impact, the definition of what
//! was added) gets a new one (that an acknowledgement of the old one then
//! stops counting is tested end to end in `cli/tests/diff_acquittement.rs`).

mod diff_commun;

use diff_commun::*;
use serde_json::{Value, json};
use sidoba_core::diff::{Ecart, Nature};

/// The only entry of the comparison of `base()` with an edited copy.
#[track_caller]
fn un(f: impl FnOnce(&mut Value)) -> Ecart {
    seul(&comparer(&base(), &nouveau(f))).clone()
}

fn champ_x(extra: Value) -> Value {
    let mut c = json!({ "code": "x", "libelle": "Xylophones", "type": "entier" });
    for (k, v) in extra.as_object().unwrap() {
        c[k] = v.clone();
    }
    c
}

fn ajout_x(extra: Value) -> Ecart {
    un(|m| ajouter(m, "/blocs/0/champs", champ_x(extra)))
}

#[test]
fn added_field_definition_is_fingerprinted() {
    let facultatif = ajout_x(json!({}));
    assert_eq!(facultatif.nature, Nature::ChampAjoute);
    // The same addition twice: the same fingerprint.
    assert_eq!(facultatif.empreinte, ajout_x(json!({})).empreinte);
    // Becoming required (another impact) and every other property of the
    // added field give a new fingerprint.
    let variantes = [
        json!({ "obligatoire": true }),
        json!({ "max": 10 }),
        json!({ "min": 1 }),
        json!({ "type": "booleen" }),
        json!({ "libelle": "Xylophones utilisés" }),
        json!({ "description": "Aide" }),
        json!({ "unite": "instrument" }),
        json!({ "donneePersonnelle": true }),
        json!({ "deprecie": true }),
    ];
    let mut vues = vec![facultatif.empreinte.clone()];
    for v in variantes {
        let e = ajout_x(v.clone());
        assert_eq!(e.nature, Nature::ChampAjoute);
        assert!(
            !vues.contains(&e.empreinte),
            "{v} : même empreinte {}",
            e.empreinte
        );
        vues.push(e.empreinte);
    }
}

#[test]
fn added_block_definition_is_fingerprinted() {
    let bloc = |champ: Value| {
        json!({ "code": "b3", "libelle": "Bloc trois", "blocs": [
            { "code": "b4", "libelle": "Bloc quatre", "champs": [champ] } ] })
    };
    let e0 = un(|m| ajouter(m, "/blocs", bloc(champ_x(json!({})))));
    assert_eq!(e0.nature, Nature::BlocAjoute);
    let e1 = un(|m| ajouter(m, "/blocs", bloc(champ_x(json!({ "max": 5 })))));
    assert_eq!(e0.impact, e1.impact);
    assert_ne!(e0.empreinte, e1.empreinte, "un champ du sous-bloc change");
    let e2 = un(|m| {
        let mut b = bloc(champ_x(json!({})));
        b["blocs"][0]["repetable"] = json!(true);
        ajouter(m, "/blocs", b)
    });
    assert_ne!(e0.empreinte, e2.empreinte, "le sous-bloc devient répétable");
}

#[test]
fn added_rule_definition_is_fingerprinted() {
    let regle = |expression: &str, message: &str| json!({ "code": "R3", "message": message, "severite": "bloquante", "expression": expression });
    let e0 = un(|m| ajouter(m, "/regles", regle("fixe < 5", "m")));
    let e1 = un(|m| ajouter(m, "/regles", regle("fixe < 4", "m")));
    assert_eq!((e0.nature, e0.impact), (e1.nature, e1.impact));
    assert_ne!(e0.empreinte, e1.empreinte, "l'expression change");
    assert_ne!(
        e0.empreinte,
        un(|m| ajouter(m, "/regles", regle("fixe < 5", "autre"))).empreinte,
        "le message change"
    );
    // White space and redundant parentheses are not a change.
    assert_eq!(
        e0.empreinte,
        un(|m| ajouter(m, "/regles", regle(" (fixe)<5", "m"))).empreinte
    );
}

#[test]
fn added_value_definition_is_fingerprinted() {
    let valeur = |libelle: &str| json!({ "code": "W", "libelle": libelle });
    let e0 = un(|m| ajouter(m, "/nomenclatures/0/valeurs", valeur("Oméga")));
    let e1 = un(|m| ajouter(m, "/nomenclatures/0/valeurs", valeur("Omega")));
    assert_eq!(e0.nature, Nature::ValeurAjoutee);
    assert_ne!(e0.empreinte, e1.empreinte);
}

#[test]
fn impact_is_fingerprinted() {
    // The same properties before and after, a compatible then a breaking
    // change of code list: two fingerprints.
    let compatible = un(|m| en(m, "/blocs/0/champs/5")["nomenclature"] = json!("autre"));
    let r = comparer(
        &base(),
        &nouveau(|m| {
            en(m, "/blocs/0/champs/5")["nomenclature"] = json!("autre");
            retirer(m, "/nomenclatures/1/valeurs/1");
        }),
    );
    let cassant = r
        .ecarts
        .iter()
        .find(|e| e.nature == Nature::NomenclatureChangee)
        .unwrap();
    assert_eq!(compatible.avant, cassant.avant);
    assert_eq!(compatible.apres, cassant.apres);
    assert_ne!(compatible.impact, cassant.impact);
    assert_ne!(compatible.empreinte, cassant.empreinte);
}

#[test]
fn fingerprint_does_not_depend_on_other_changes() {
    let seul_ajout = ajout_x(json!({}));
    let r = comparer(
        &base(),
        &nouveau(|m| {
            ajouter(m, "/blocs/0/champs", champ_x(json!({})));
            en(m, "/blocs/0/champs/1")["max"] = json!(90);
            en(m, "/blocs/0")["libelle"] = json!("Bloc premier");
        }),
    );
    let e = r.ecarts.iter().find(|e| e.cible == "x").unwrap();
    assert_eq!(e.empreinte, seul_ajout.empreinte);
}
