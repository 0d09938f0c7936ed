//! A QuestionnaireResponse on one of the guide's grids as an element of a
//! person's `evaluations` (usager.md format 2): its number after `-EVAL-`,
//! the grid's URL without `|version`, the date, the evaluator and event it
//! names, and `reponses` keyed by `linkId` — a choice answer its code, an
//! answer with sub-items (AGGIR) an object `{"valeur": …, <linkId>: …}`,
//! a group the object of its items. Values keep their JSON text.

use super::{Lecteur, chaine, champ, objet, q, tableau};
use crate::model::json::Value;
use std::collections::BTreeSet;

/// Why an item could not become a key (a finding of the person's).
pub(super) struct Defaut {
    pub link_id: String,
    pub message: &'static str,
}

/// The `reponses` object of `items` (a QR's or an answer's `item`).
pub(super) fn reponses(
    l: &Lecteur<'_>,
    items: Option<&Value<'_>>,
    defauts: &mut Vec<Defaut>,
) -> String {
    let mut cles: Vec<String> = Vec::new();
    let mut vus = BTreeSet::new();
    for it in tableau(items) {
        let Some(o) = objet(Some(it)) else {
            continue;
        };
        let Some(link) = chaine(champ(o, "linkId")) else {
            defauts.push(Defaut {
                link_id: String::new(),
                message: "un item sans « linkId » (chaîne) est ignoré",
            });
            continue;
        };
        if !vus.insert(link) {
            defauts.push(Defaut {
                link_id: link.to_owned(),
                message: "deux items ont ce linkId au même niveau : un seul est repris",
            });
            continue;
        }
        let answers = tableau(champ(o, "answer"));
        let valeur = if answers.is_empty() {
            match champ(o, "item") {
                Some(enfants) => reponses(l, Some(enfants), defauts),
                None => continue,
            }
        } else {
            let mut vals: Vec<String> = answers
                .iter()
                .filter_map(|r| objet(Some(r)))
                .filter_map(|r| reponse(l, r, defauts))
                .collect();
            match vals.len() {
                0 => continue,
                1 => vals.pop().unwrap_or_default(),
                _ => format!("[{}]", vals.join(",")),
            }
        };
        cles.push(format!("{}:{valeur}", q(link)));
    }
    format!("{{{}}}", cles.join(","))
}

/// One answer's value: its `value[x]` (a Coding as its code), with its
/// sub-items as `{"valeur": …, …}` when it has some.
fn reponse(
    l: &Lecteur<'_>,
    r: &crate::model::json::Object<'_>,
    defauts: &mut Vec<Defaut>,
) -> Option<String> {
    let v = r
        .properties
        .iter()
        .find(|p| p.name.as_str().starts_with("value"))?;
    let texte = match (&v.value, v.name.as_str()) {
        (Value::Object(c), "valueCoding") => l.brut(champ(c, "code")?).to_owned(),
        (valeur, _) => l.brut(valeur).to_owned(),
    };
    match champ(r, "item") {
        None => Some(texte),
        Some(enfants) => {
            let sous = reponses(l, Some(enfants), defauts);
            let reste = &sous[1..sous.len() - 1];
            let virgule = if reste.is_empty() { "" } else { "," };
            Some(format!("{{\"valeur\":{texte}{virgule}{reste}}}"))
        }
    }
}
