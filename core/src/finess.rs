//! The FINESS a submission belongs to, compared with the structure it is
//! sent for (api.md, `finess_different`): the field whose model `role` is
//! `finess` (a WS05 payload's key, a WS09 report's answer), and a WS07/WS09
//! Bundle's Organization (`1` + FINESS, IDNST) and persons' identifiers
//! (`3` + FINESS + `/` + local identifier). One mechanism for the client, which refuses before
//! sending, and the sandbox, which answers `422 finess_different`.
//!
//! A FINESS is not personal data: it is quoted. Any other value (a field
//! filled with something that is not shaped like a FINESS) is not.

use crate::model::{Modele, RoleChamp};
use serde_json::Value;

/// The IDNST identifier system (structures), whose values start with `1`
/// for a FINESS.
const SYSTEME_IDNST: &str = "urn:oid:1.2.250.1.71.4.2.2";
/// The TDDUI identifier systems of persons, stays, events and evaluations,
/// whose values are `3` + FINESS + `/` + …
const PREFIXE_SYSTEMES_PERSONNES: &str = "https://identifiant-medicosocial-";

/// A place in the submission that names another structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinessDifferent {
    /// The FINESS found there, when the value is shaped like one (nine
    /// ASCII letters or digits); otherwise not quoted.
    pub trouve: Option<String>,
    /// JSON pointer of the value (`/donnees/finess_et`,
    /// `/entry/0/resource/identifier/0/value`).
    pub pointeur: String,
}

impl FinessDifferent {
    /// One French sentence: both FINESS values and the place of the first
    /// difference (`autres` more places differ).
    pub fn phrase(&self, attendu: &str, autres: usize) -> String {
        let trouve = match &self.trouve {
            Some(f) => format!("le FINESS {f}"),
            None => "une valeur qui n'est pas un FINESS".to_owned(),
        };
        let plus = match autres {
            0 => String::new(),
            1 => " (et 1 autre endroit)".to_owned(),
            n => format!(" (et {n} autres endroits)"),
        };
        format!(
            "le contenu porte {trouve} à {}{plus}, l'envoi est pour le FINESS {attendu} : les données d'une structure ne s'envoient que pour elle",
            self.pointeur
        )
    }
}

fn forme_finess(s: &str) -> bool {
    s.len() == 9 && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn difference(valeur: &str, pointeur: String) -> FinessDifferent {
    FinessDifferent {
        trouve: forme_finess(valeur).then(|| valeur.to_owned()),
        pointeur,
    }
}

/// A WS05 payload: its field whose role is `finess`, when filled (a
/// non-empty string; other JSON types are the validator's `type` finding),
/// must be `attendu`.
pub fn payload(m: &Modele, payload: &Value, attendu: &str) -> Vec<FinessDifferent> {
    let Some(champ) = m.champ_de_role(RoleChamp::Finess) else {
        return Vec::new();
    };
    match payload
        .get("donnees")
        .and_then(|d| d.get(&champ.code))
        .and_then(Value::as_str)
    {
        Some(v) if !v.is_empty() && v != attendu => vec![difference(
            v,
            format!("/donnees/{}", crate::model::segment(&champ.code)),
        )],
        _ => Vec::new(),
    }
}

/// A WS07/WS09 Bundle: every Organization's FINESS (IDNST `1` + FINESS),
/// every person-side identifier `3` + FINESS + `/` …, and every answer to
/// the model's `role: finess` field in a QuestionnaireResponse must name
/// `attendu`. A body that is not a Bundle gives nothing here (the other
/// checks refuse it).
pub fn bundle(m: &Modele, bundle: &Value, attendu: &str) -> Vec<FinessDifferent> {
    let mut out = Vec::new();
    let champ = m.champ_de_role(RoleChamp::Finess).map(|c| c.code.as_str());
    let Some(entrees) = bundle.get("entry").and_then(Value::as_array) else {
        return out;
    };
    for (i, e) in entrees.iter().enumerate() {
        let Some(r) = e.get("resource") else { continue };
        if let Some(code) = champ {
            reponses(r, code, attendu, &format!("/entry/{i}/resource"), &mut out);
        }
        let organisation = r.get("resourceType").and_then(Value::as_str) == Some("Organization");
        let Some(ids) = r.get("identifier").and_then(Value::as_array) else {
            continue;
        };
        for (j, id) in ids.iter().enumerate() {
            let systeme = id.get("system").and_then(Value::as_str).unwrap_or("");
            let Some(valeur) = id.get("value").and_then(Value::as_str) else {
                continue;
            };
            let finess = if organisation && systeme == SYSTEME_IDNST {
                valeur.strip_prefix('1')
            } else if systeme.starts_with(PREFIXE_SYSTEMES_PERSONNES) {
                valeur
                    .strip_prefix('3')
                    .map(|v| v.split_once('/').map_or(v, |(f, _)| f))
            } else {
                None
            };
            if let Some(f) = finess
                && f != attendu
            {
                out.push(difference(
                    f,
                    format!("/entry/{i}/resource/identifier/{j}/value"),
                ));
            }
        }
    }
    out
}

/// The answers to the item `code` among `noeud`'s items, nested groups and
/// answers' sub-items included (codes are unique in a model).
fn reponses(noeud: &Value, code: &str, attendu: &str, ptr: &str, out: &mut Vec<FinessDifferent>) {
    for cle in ["item", "answer"] {
        let Some(liste) = noeud.get(cle).and_then(Value::as_array) else {
            continue;
        };
        for (i, n) in liste.iter().enumerate() {
            let ici = format!("{ptr}/{cle}/{i}");
            if cle == "answer"
                && noeud.get("linkId").and_then(Value::as_str) == Some(code)
                && let Some(v) = n.get("valueString").and_then(Value::as_str)
                && !v.is_empty()
                && v != attendu
            {
                out.push(difference(v, format!("{ici}/valueString")));
            }
            reponses(n, code, attendu, &ici, out);
        }
    }
}
