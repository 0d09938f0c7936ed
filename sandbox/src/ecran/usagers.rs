//! The persons of a stored WS09 Bundle, for the screen: each one's local
//! identifier (from its Patient) and its QuestionnaireResponse's answers
//! turned back into a WS05-style `donnees` map, so that a person's page has
//! the same layout as a structure's. Only what the screen shows is read
//! (never the identity). Temporary: the toolkit's own Bundle reader (issue
//! 10) replaces this once it exists. Numbers keep their JSON text.

use super::formulaire::Valeurs;
use serde::Deserialize;
use serde_json::value::RawValue;
use sidoba_codegen::model::{Bloc, Modele};
use std::collections::BTreeMap;

const SYSTEME_LOCAL: &str = "https://identifiant-medicosocial-localusager.esante.gouv.fr";

#[derive(Deserialize)]
struct Bundle {
    #[serde(default)]
    entry: Vec<Entree>,
}

#[derive(Deserialize)]
struct Entree {
    #[serde(rename = "fullUrl")]
    full_url: Option<String>,
    resource: Option<Box<RawValue>>,
}

#[derive(Deserialize)]
struct Entete {
    #[serde(rename = "resourceType")]
    type_: String,
}

#[derive(Deserialize)]
struct Patient {
    #[serde(default)]
    identifier: Vec<Identifiant>,
}

#[derive(Deserialize)]
struct Identifiant {
    system: Option<String>,
    value: Option<String>,
}

#[derive(Deserialize)]
struct Reponse {
    subject: Option<Reference>,
    #[serde(default)]
    item: Vec<Item>,
}

#[derive(Deserialize)]
struct Reference {
    reference: Option<String>,
}

#[derive(Deserialize)]
struct Item {
    #[serde(rename = "linkId")]
    link_id: String,
    #[serde(default)]
    item: Vec<Item>,
    #[serde(default)]
    answer: Vec<Valeur>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Valeur {
    value_integer: Option<Box<RawValue>>,
    value_decimal: Option<Box<RawValue>>,
    value_string: Option<String>,
    value_boolean: Option<bool>,
    value_date: Option<String>,
    value_coding: Option<Codage>,
}

#[derive(Deserialize)]
struct Codage {
    code: Option<String>,
}

/// One person of a Bundle: its position (for the `usagers[i].` findings),
/// local identifier, and data.
pub struct Personne {
    pub rang: usize,
    pub identifiant: String,
    pub valeurs: Valeurs,
}

/// The persons of a Bundle in QuestionnaireResponse order; a Bundle that
/// does not parse gives none.
pub fn personnes(modele: &Modele, corps: &[u8], finess: &str) -> Vec<Personne> {
    let Ok(b) = serde_json::from_slice::<Bundle>(corps) else {
        return Vec::new();
    };
    let prefixe = format!("3{finess}/");
    let mut patients: BTreeMap<&str, String> = BTreeMap::new();
    let mut reponses = Vec::new();
    for e in &b.entry {
        let Some(r) = &e.resource else { continue };
        match serde_json::from_str::<Entete>(r.get()).map(|h| h.type_) {
            Ok(t) if t == "Patient" => {
                let local = serde_json::from_str::<Patient>(r.get()).ok().and_then(|p| {
                    p.identifier.into_iter().find_map(|i| {
                        (i.system.as_deref() == Some(SYSTEME_LOCAL))
                            .then_some(i.value)
                            .flatten()
                    })
                });
                if let (Some(url), Some(v)) = (&e.full_url, local) {
                    let id = v.strip_prefix(&prefixe).map_or(v.clone(), str::to_owned);
                    patients.insert(url, id);
                }
            }
            Ok(t) if t == "QuestionnaireResponse" => {
                if let Ok(q) = serde_json::from_str::<Reponse>(r.get()) {
                    reponses.push(q);
                }
            }
            _ => {}
        }
    }
    reponses
        .into_iter()
        .enumerate()
        .map(|(rang, q)| {
            let identifiant = q
                .subject
                .as_ref()
                .and_then(|s| s.reference.as_deref())
                .and_then(|r| patients.get(r).cloned())
                .unwrap_or_else(|| format!("(personne n° {})", rang + 1));
            let mut valeurs = Valeurs::new();
            groupes(&modele.blocs, &q.item, &mut valeurs);
            Personne {
                rang,
                identifiant,
                valeurs,
            }
        })
        .collect()
}

/// Items of the blocks `blocs` into `v`: non-repeatable groups flatten,
/// repeatable ones become arrays of rows under the block's code.
fn groupes(blocs: &[Bloc], items: &[Item], v: &mut Valeurs) {
    for b in blocs {
        let ici: Vec<&Item> = items.iter().filter(|i| i.link_id == b.code).collect();
        if b.repetable {
            let lignes: Vec<Valeurs> = ici
                .iter()
                .map(|g| {
                    let mut l = Valeurs::new();
                    champs(b, &g.item, &mut l);
                    l
                })
                .collect();
            if let Some(r) = serde_json::to_string(&lignes)
                .ok()
                .and_then(|t| RawValue::from_string(t).ok())
            {
                v.insert(b.code.clone(), r);
            }
        } else {
            for g in ici {
                champs(b, &g.item, v);
            }
        }
    }
}

fn champs(b: &Bloc, items: &[Item], v: &mut Valeurs) {
    for c in &b.champs {
        let reponses: Vec<Box<RawValue>> = items
            .iter()
            .filter(|i| i.link_id == c.code)
            .flat_map(|i| i.answer.iter().filter_map(brut))
            .collect();
        let multiple = matches!(
            c.type_,
            sidoba_codegen::model::TypeChamp::Code { multiple: true, .. }
        );
        let valeur = match (multiple, reponses.len()) {
            (_, 0) => None,
            (false, _) => reponses.into_iter().next(),
            (true, _) => serde_json::to_string(&reponses)
                .ok()
                .and_then(|t| RawValue::from_string(t).ok()),
        };
        if let Some(x) = valeur {
            v.insert(c.code.clone(), x);
        }
    }
    groupes(&b.blocs, items, v);
}

/// An answer as the JSON value WS05 would hold.
fn brut(r: &Valeur) -> Option<Box<RawValue>> {
    let texte = |s: &str| serde_json::to_string(s).ok();
    let t = if let Some(n) = r.value_integer.as_ref().or(r.value_decimal.as_ref()) {
        Some(n.get().to_owned())
    } else if let Some(b) = r.value_boolean {
        Some(b.to_string())
    } else if let Some(s) = r.value_string.as_deref().or(r.value_date.as_deref()) {
        texte(s)
    } else {
        r.value_coding
            .as_ref()
            .and_then(|c| c.code.as_deref())
            .and_then(texte)
    };
    t.and_then(|t| RawValue::from_string(t).ok())
}
