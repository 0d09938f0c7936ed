//! Helpers shared by the `diff_*` tests.
#![allow(dead_code)]

use serde_json::{Value, json};
use sidoba_core::diff::{self, Ecart, Proprietes, Rapport};
use sidoba_core::model::{Modele, Source, charger};
use std::path::Path;

/// Reads a model from JSON text; panics with the diagnostics if invalid.
pub fn modele(texte: &str) -> Modele {
    let source = Source::depuis_octets("m.json", texte.as_bytes().to_vec()).expect("UTF-8");
    match charger(&source, true) {
        Ok((m, _)) => m,
        Err(d) => panic!(
            "modèle invalide :\n{}\n{texte}",
            d.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

pub fn fichier(nom: &str) -> Modele {
    let chemin = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../models")
        .join(nom);
    modele(&std::fs::read_to_string(&chemin).expect("modèle d'exemple"))
}

pub fn showcase() -> Rapport {
    diff::comparer(&fichier("rama-2025.json"), &fichier("rama-2026.json"))
}

pub fn comparer(a: &Value, b: &Value) -> Rapport {
    diff::comparer(&modele(&a.to_string()), &modele(&b.to_string()))
}

/// A small model with one of each thing; NEW versions made from it bump
/// `modele.version` (see [`nouveau`]).
pub fn base() -> Value {
    json!({
        "campagne": { "id": "T-2025", "libelle": "Test", "module": "T" },
        "modele": { "code": "T", "version": "1", "niveau": "structure" },
        "nomenclatures": [
            { "code": "liste", "libelle": "Liste", "valeurs": [
                { "code": "A", "libelle": "Alpha" },
                { "code": "B", "libelle": "Bêta" },
                { "code": "Z", "libelle": "Zêta", "actif": false } ] },
            { "code": "autre", "libelle": "Autre liste", "valeurs": [
                { "code": "A", "libelle": "Alpha" },
                { "code": "B", "libelle": "Bêta" },
                { "code": "C", "libelle": "Gamma" } ] }
        ],
        "blocs": [
            { "code": "b1", "libelle": "Bloc un", "champs": [
                { "code": "fixe", "libelle": "Champ des règles", "type": "entier" },
                { "code": "n", "libelle": "Nombre de visites", "type": "entier", "min": 0, "max": 100, "unite": "visite" },
                { "code": "d", "libelle": "Montant", "type": "decimal", "decimales": 2, "min": 0, "max": 1000.5 },
                { "code": "t", "libelle": "Commentaire", "type": "texte", "longueurMax": 10 },
                { "code": "dt", "libelle": "Date d'effet", "type": "date", "min": "2025-01-01" },
                { "code": "c", "libelle": "Catégorie", "type": "code", "nomenclature": "liste" },
                { "code": "o", "libelle": "Oui ou non", "type": "booleen" }
              ],
              "blocs": [
                { "code": "sb", "libelle": "Sous-bloc", "champs": [
                    { "code": "s1", "libelle": "Sous-champ", "type": "entier" } ] }
              ] },
            { "code": "lignes", "libelle": "Lignes", "repetable": true, "maxLignes": 10, "champs": [
                { "code": "l1", "libelle": "Colonne un", "type": "entier", "obligatoire": true } ] }
        ],
        "regles": [
            { "code": "R1", "libelle": "Règle un", "message": "Le champ fixe est positif",
              "severite": "avertissement", "expression": "fixe >= 0" },
            { "code": "R2", "message": "Colonne positive", "severite": "bloquante",
              "bloc": "lignes", "expression": "l1 > 0" }
        ]
    })
}

/// A copy of `base` with the version bumped, edited by `f`.
pub fn nouveau(f: impl FnOnce(&mut Value)) -> Value {
    let mut v = base();
    v["modele"]["version"] = json!("2");
    f(&mut v);
    v
}

/// The value at a JSON pointer, for editing.
pub fn en<'v>(v: &'v mut Value, pointeur: &str) -> &'v mut Value {
    v.pointer_mut(pointeur)
        .unwrap_or_else(|| panic!("pas de {pointeur}"))
}

/// Removes the element at a JSON pointer (array index or object key) and
/// returns it.
pub fn retirer(v: &mut Value, pointeur: &str) -> Value {
    let (parent, cle) = pointeur.rsplit_once('/').expect("pointeur");
    match en(v, parent) {
        Value::Array(a) => a.remove(cle.parse::<usize>().expect("index")),
        Value::Object(o) => o.remove(cle).expect("clé"),
        _ => panic!("{parent} n'est ni un tableau ni un objet"),
    }
}

/// Appends to the array at a JSON pointer.
pub fn ajouter(v: &mut Value, pointeur: &str, x: Value) {
    en(v, pointeur).as_array_mut().expect("tableau").push(x);
}

/// Compact JSON of changed properties, for assertions.
pub fn pj(p: &Option<Proprietes>) -> Option<String> {
    p.as_ref().map(|p| {
        let corps: Vec<String> = p
            .iter()
            .map(|(k, v)| format!("\"{k}\":{}", v.json()))
            .collect();
        format!("{{{}}}", corps.join(","))
    })
}

/// The only entry of a report.
pub fn seul(r: &Rapport) -> &Ecart {
    assert_eq!(r.ecarts.len(), 1, "un seul écart attendu : {:#?}", r.ecarts);
    &r.ecarts[0]
}

/// `(nature, impact, cible, chemin)` of every entry.
pub fn resume(r: &Rapport) -> Vec<(String, String, String, String)> {
    r.ecarts
        .iter()
        .map(|e| {
            (
                e.nature.code().to_owned(),
                e.impact.code().to_owned(),
                e.cible.clone(),
                e.chemin.clone(),
            )
        })
        .collect()
}
