//! A QuestionnaireResponse's items back into a WS05 `donnees` object,
//! guided by the model (usager.md): a non-repeatable block's group
//! flattens into the object it is in, a repeatable block's group is one row
//! of the array under the block's code, a field item is its code's key.
//! Numbers keep their JSON text; a code answer becomes its code.
//!
//! What contradicts the model (an unknown or misplaced linkId, an answer of
//! the wrong FHIR type, two items for one field) is a finding at the
//! field's path, like a payload's unknown key; what is not an item at all
//! is a reading error at its JSON pointer.

use super::{Lecteur, chaine, champ};
use crate::model::json::Value;
use crate::model::{Bloc, Champ, Modele, TypeChamp};
use crate::usager::questionnaire::{entier_32_bits, systeme};
use sidoba::{CodeConstat, Constat};
use std::collections::BTreeSet;

/// One key of the rebuilt object: a JSON text, or the rows of a
/// repeatable block.
enum Val {
    Brut(String),
    Lignes(Vec<Obj>),
}

#[derive(Default)]
struct Obj {
    cles: Vec<(String, Val)>,
    /// Non-repeatable blocks already met in this object.
    blocs: BTreeSet<String>,
}

impl Obj {
    fn ecrire(&self, out: &mut String) {
        out.push('{');
        for (i, (k, v)) in self.cles.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&super::q(k));
            out.push(':');
            match v {
                Val::Brut(t) => out.push_str(t),
                Val::Lignes(ls) => {
                    out.push('[');
                    for (j, l) in ls.iter().enumerate() {
                        if j > 0 {
                            out.push(',');
                        }
                        l.ecrire(out);
                    }
                    out.push(']');
                }
            }
        }
        out.push('}');
    }
}

/// Reads the items of one QuestionnaireResponse.
pub(super) struct Items<'a, 't> {
    pub m: &'a Modele,
    /// BASE of the Questionnaire URL, for the code systems.
    pub base: &'a str,
    pub l: &'a mut Lecteur<'t>,
    pub constats: &'a mut Vec<Constat>,
    /// Paths of values left out for a type fault: their `obligatoire`
    /// finding would repeat the fault.
    pub ecartes: &'a mut BTreeSet<String>,
}

/// The FHIR answer type of a field (usager.md).
fn attendu(c: &Champ) -> &'static str {
    match &c.type_ {
        TypeChamp::Entier { min, max } if entier_32_bits(*min, *max) => "valueInteger",
        TypeChamp::Entier { .. } | TypeChamp::Decimal { .. } => "valueDecimal",
        TypeChamp::Texte { .. } => "valueString",
        TypeChamp::Booleen => "valueBoolean",
        TypeChamp::Date { .. } => "valueDate",
        TypeChamp::Code { .. } => "valueCoding",
    }
}

/// Whether `code` is a block or field code anywhere in the model.
fn code_du_modele(blocs: &[Bloc], code: &str) -> bool {
    blocs.iter().any(|b| {
        b.code == code || b.champs.iter().any(|c| c.code == code) || code_du_modele(&b.blocs, code)
    })
}

impl Items<'_, '_> {
    /// The `donnees` JSON text of the QR's top-level `item` (at `ptr`).
    pub fn donnees(&mut self, items: Option<&Value<'_>>, ptr: &str, chemin: &str) -> String {
        let mut obj = Obj::default();
        let blocs = &self.m.blocs;
        self.groupe(items, ptr, &[], blocs, None, chemin, &mut obj);
        let mut out = String::new();
        obj.ecrire(&mut out);
        out
    }

    fn constat(&mut self, chemin: String, code: CodeConstat, message: String) {
        self.constats.push(Constat::champ(chemin, code, message));
    }

    /// The items of one group (`bloc` its block, `None` at the top) into
    /// `obj`, whose findings are at `chemin`.
    #[allow(clippy::too_many_arguments)]
    fn groupe(
        &mut self,
        items: Option<&Value<'_>>,
        ptr: &str,
        champs: &[Champ],
        blocs: &[Bloc],
        bloc: Option<&str>,
        chemin: &str,
        obj: &mut Obj,
    ) {
        let elements = match items {
            None => return,
            Some(Value::Array(a)) => &a.elements,
            Some(v) => {
                self.l
                    .erreur(json_debut(v), ptr, "« item » doit être un tableau");
                return;
            }
        };
        for (k, it) in elements.iter().enumerate() {
            let p = format!("{ptr}/{k}");
            let Value::Object(o) = it else {
                self.l
                    .erreur(json_debut(it), &p, "chaque item est un objet");
                continue;
            };
            let Some(link) = chaine(champ(o, "linkId")) else {
                self.l
                    .erreur(o.range.start, &p, "l'item n'a pas de « linkId » (chaîne)");
                continue;
            };
            let enfants = champ(o, "item");
            let reponses = champ(o, "answer");
            if let Some(c) = champs.iter().find(|c| c.code == link) {
                if enfants.is_some() {
                    self.l.erreur(
                        o.range.start,
                        &p,
                        format!("l'item du champ « {link} » ne contient pas d'autres items"),
                    );
                }
                self.champ(c, reponses, &format!("{p}/answer"), chemin, obj);
            } else if let Some(b) = blocs.iter().find(|b| b.code == link) {
                if reponses.is_some() {
                    self.l.erreur(
                        o.range.start,
                        &p,
                        format!("le groupe du bloc « {link} » n'a pas de réponse (« answer »)"),
                    );
                }
                let p_enfants = format!("{p}/item");
                if b.repetable {
                    let rang = match obj.cles.iter().find(|(c, _)| *c == b.code) {
                        Some((_, Val::Lignes(ls))) => ls.len(),
                        _ => 0,
                    };
                    let mut ligne = Obj::default();
                    let chemin_ligne = format!("{chemin}.{}[{rang}]", b.code);
                    self.groupe(
                        enfants,
                        &p_enfants,
                        &b.champs,
                        &b.blocs,
                        Some(&b.code),
                        &chemin_ligne,
                        &mut ligne,
                    );
                    match obj.cles.iter_mut().find(|(c, _)| *c == b.code) {
                        Some((_, Val::Lignes(ls))) => ls.push(ligne),
                        _ => obj.cles.push((b.code.clone(), Val::Lignes(vec![ligne]))),
                    }
                } else {
                    if !obj.blocs.insert(b.code.clone()) {
                        self.constat(
                            chemin.to_owned(),
                            CodeConstat::Doublon,
                            format!(
                                "Le bloc « {} » n'est pas répétable : un seul groupe à son linkId, reçu plusieurs.",
                                b.code
                            ),
                        );
                    }
                    self.groupe(
                        enfants,
                        &p_enfants,
                        &b.champs,
                        &b.blocs,
                        Some(&b.code),
                        chemin,
                        obj,
                    );
                }
            } else {
                let ou = match bloc {
                    Some(b) => format!("dans le bloc « {b} »"),
                    None => "au premier niveau de la QuestionnaireResponse".into(),
                };
                let raison = if code_du_modele(&self.m.blocs, link) {
                    "c'est un code du modèle, mais pas à cette place"
                } else {
                    "ce n'est pas un code du modèle"
                };
                self.constat(
                    format!("{chemin}.{link}"),
                    CodeConstat::ChampInconnu,
                    format!("L'item « {link} » n'a pas sa place {ou} : {raison}."),
                );
            }
        }
    }

    /// One field item's answers as the value of its key.
    fn champ(
        &mut self,
        c: &Champ,
        reponses: Option<&Value<'_>>,
        ptr: &str,
        chemin: &str,
        obj: &mut Obj,
    ) {
        let chemin = format!("{chemin}.{}", c.code);
        if obj.cles.iter().any(|(k, _)| *k == c.code) {
            self.constat(
                chemin,
                CodeConstat::Doublon,
                format!(
                    "Le champ « {} » a plusieurs items ; un seul est attendu.",
                    c.code
                ),
            );
            return;
        }
        let reponses = match reponses {
            None => return,
            Some(Value::Array(a)) => &a.elements,
            Some(v) => {
                self.l
                    .erreur(json_debut(v), ptr, "« answer » doit être un tableau");
                return;
            }
        };
        if reponses.is_empty() {
            return;
        }
        let multiple = matches!(c.type_, TypeChamp::Code { multiple: true, .. });
        if !multiple && reponses.len() > 1 {
            self.constat(
                chemin.clone(),
                CodeConstat::Type,
                format!(
                    "Le champ « {} » prend une seule réponse, reçu {}.",
                    c.code,
                    reponses.len()
                ),
            );
            self.ecartes.insert(chemin);
            return;
        }
        let attendu = attendu(c);
        let mut valeurs = Vec::with_capacity(reponses.len());
        for (a, r) in reponses.iter().enumerate() {
            let p = format!("{ptr}/{a}");
            let Value::Object(o) = r else {
                self.l
                    .erreur(json_debut(r), &p, "chaque réponse est un objet");
                return;
            };
            let mut vals = o
                .properties
                .iter()
                .filter(|x| x.name.as_str().starts_with("value"));
            let (Some(v), None) = (vals.next(), vals.next()) else {
                self.l.erreur(
                    o.range.start,
                    &p,
                    "une réponse porte exactement une valeur « value[x] »",
                );
                return;
            };
            let nom = v.name.as_str();
            if nom != attendu {
                self.constat(
                    chemin.clone(),
                    CodeConstat::Type,
                    format!(
                        "Le champ « {} » attend une réponse « {attendu} », reçu « {nom} ».",
                        c.code
                    ),
                );
                self.ecartes.insert(chemin);
                return;
            }
            let texte = match (&v.value, &c.type_) {
                (Value::NumberLit(n), TypeChamp::Entier { .. })
                    if nom == "valueInteger" && n.value.parse::<i32>().is_err() =>
                {
                    self.constat(
                        chemin.clone(),
                        CodeConstat::Type,
                        format!(
                            "Le champ « {} » : « valueInteger » est un entier de 32 bits (FHIR R4).",
                            c.code
                        ),
                    );
                    self.ecartes.insert(chemin);
                    return;
                }
                (Value::Object(co), TypeChamp::Code { nomenclature, .. }) => {
                    let Some(code) = champ(co, "code") else {
                        self.l.erreur(
                            co.range.start,
                            &format!("{p}/{nom}"),
                            "« valueCoding » sans « code »",
                        );
                        return;
                    };
                    let voulu = self
                        .m
                        .nomenclatures
                        .iter()
                        .find(|n| n.code == *nomenclature)
                        .map(|n| systeme(self.base, n));
                    if voulu.is_some() && chaine(champ(co, "system")) != voulu.as_deref() {
                        self.constat(
                            chemin.clone(),
                            CodeConstat::Nomenclature,
                            format!(
                                "Le champ « {} » : le « system » du code doit être celui de la nomenclature « {nomenclature} » ({}).",
                                c.code,
                                voulu.unwrap_or_default()
                            ),
                        );
                        self.ecartes.insert(chemin);
                        return;
                    }
                    self.l.brut(code).to_owned()
                }
                (v, _) => self.l.brut(v).to_owned(),
            };
            valeurs.push(texte);
        }
        let texte = if multiple {
            format!("[{}]", valeurs.join(","))
        } else {
            valeurs.pop().unwrap_or_default()
        };
        obj.cles.push((c.code.clone(), Val::Brut(texte)));
    }
}

fn json_debut(v: &Value<'_>) -> usize {
    crate::model::json::debut(v)
}
