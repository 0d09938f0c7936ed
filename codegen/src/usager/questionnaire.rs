//! The model as a FHIR R4 Questionnaire (`usager.md`): one item per block
//! and field with the codes as `linkId`s, the constraints as the standard
//! extensions, the code lists as contained ValueSets, and each rule as a
//! `questionnaire-constraint` compiled to FHIRPath ([`super::fhirpath`]).
//! Numbers are written from the model's text, never through a float; the
//! same model and base give the same bytes.

use super::fhirpath;
use crate::json_texte::Json;
use crate::model::{Bloc, Champ, ItemBloc, Modele, Nomenclature, TypeChamp};
use sidoba::Severite;
use std::collections::BTreeSet;

/// The canonical base until the CNSA publishes one (the reserved
/// `.invalid` domain).
pub const BASE_DEFAUT: &str = sidoba::usager::fhir::BASE_DEFAUT;

const EXT: &str = "http://hl7.org/fhir/StructureDefinition/";

// One definition each, shared with the Bundle writer of the runtime.
pub use sidoba::__private_v1::usager::{encoder, entier_32_bits};

/// The system of a nomenclature's codings: its `reference`, else BASE +
/// `/CodeSystem/` + its code.
pub fn systeme(base: &str, n: &Nomenclature) -> String {
    n.reference
        .clone()
        .unwrap_or_else(|| format!("{base}/CodeSystem/{}", encoder(&n.code)))
}

/// The Questionnaire's canonical URL.
pub fn url(base: &str, m: &Modele) -> String {
    sidoba::__private_v1::usager::url_questionnaire(base, &m.identite.code)
}

/// A FHIR `id` from a code: characters outside `[A-Za-z0-9.-]` replaced,
/// at most 64, unique among `pris`.
fn identifiant(code: &str, prefixe: &str, pris: &mut BTreeSet<String>) -> String {
    let propre: String = format!("{prefixe}{code}")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .take(64)
        .collect();
    let mut id = propre.clone();
    let mut n = 2;
    while !pris.insert(id.clone()) {
        let suffixe = format!("-{n}");
        let garde: String = propre.chars().take(64 - suffixe.len()).collect();
        id = format!("{garde}{suffixe}");
        n += 1;
    }
    id
}

fn s(x: &str) -> Json {
    Json::Chaine(x.to_owned())
}

fn ext(nom: &str, valeur: (&str, Json)) -> Json {
    Json::Objet(vec![
        ("url".into(), s(&format!("{EXT}{nom}"))),
        (valeur.0.into(), valeur.1),
    ])
}

fn entier(n: impl ToString) -> Json {
    Json::Nombre(n.to_string())
}

/// The Questionnaire, pretty-printed JSON.
pub fn questionnaire(m: &Modele, base: &str) -> String {
    let mut ids = BTreeSet::new();
    // Contained ValueSets, one per nomenclature a field uses, model order.
    let utilisees: BTreeSet<&str> = m
        .champs()
        .into_iter()
        .filter_map(|(_, c)| match &c.type_ {
            TypeChamp::Code { nomenclature, .. } => Some(nomenclature.as_str()),
            _ => None,
        })
        .collect();
    let mut contenus = Vec::new();
    let mut vs_de = std::collections::BTreeMap::new();
    for n in m
        .nomenclatures
        .iter()
        .filter(|n| utilisees.contains(n.code.as_str()))
    {
        let id = identifiant(&n.code, "vs-", &mut ids);
        let concepts = n
            .valeurs
            .iter()
            .filter(|v| v.actif)
            .map(|v| {
                Json::Objet(vec![
                    ("code".into(), s(&v.code)),
                    ("display".into(), s(&v.libelle)),
                ])
            })
            .collect();
        contenus.push(Json::Objet(vec![
            ("resourceType".into(), s("ValueSet")),
            ("id".into(), s(&id)),
            ("status".into(), s("active")),
            ("title".into(), s(&n.libelle)),
            (
                "compose".into(),
                Json::Objet(vec![(
                    "include".into(),
                    Json::Tableau(vec![Json::Objet(vec![
                        ("system".into(), s(&systeme(base, n))),
                        ("concept".into(), Json::Tableau(concepts)),
                    ])]),
                )]),
            ),
        ]));
        vs_de.insert(n.code.as_str(), id);
    }

    // Rules: a constraint each, or a line of the description.
    let mut cles = BTreeSet::new();
    let mut contraintes = Vec::new();
    let mut inexprimables = Vec::new();
    for r in &m.regles {
        match fhirpath::compiler(m, r) {
            Ok(expression) => {
                let sous = |nom: &str, v: (&str, Json)| {
                    Json::Objet(vec![("url".into(), s(nom)), (v.0.into(), v.1)])
                };
                let severite = match r.severite {
                    Severite::Bloquante => "error",
                    Severite::Avertissement => "warning",
                };
                contraintes.push(Json::Objet(vec![
                    ("url".into(), s(&format!("{EXT}questionnaire-constraint"))),
                    (
                        "extension".into(),
                        Json::Tableau(vec![
                            sous("key", ("valueId", s(&identifiant(&r.code, "", &mut cles)))),
                            sous(
                                "requirements",
                                ("valueString", s(&format!("{} : {}", r.code, r.expression))),
                            ),
                            sous("severity", ("valueCode", s(severite))),
                            sous("expression", ("valueString", s(&expression))),
                            sous("human", ("valueString", s(&r.message))),
                        ]),
                    ),
                ]));
            }
            Err(raison) => inexprimables.push(format!("« {} » ({raison})", r.code)),
        }
    }

    let mut q = vec![("resourceType".into(), s("Questionnaire"))];
    if !contenus.is_empty() {
        q.push(("contained".into(), Json::Tableau(contenus)));
    }
    if !contraintes.is_empty() {
        q.push(("extension".into(), Json::Tableau(contraintes)));
    }
    q.push(("url".into(), s(&url(base, m))));
    q.push(("version".into(), s(&m.identite.version)));
    let titre = m.identite.libelle.as_deref().unwrap_or(&m.campagne.libelle);
    q.push(("title".into(), s(titre)));
    q.push(("status".into(), s("active")));
    // A person's report is about a Patient; a structure's, an Organization.
    let sujet = match m.identite.niveau {
        crate::model::Niveau::Usager => "Patient",
        crate::model::Niveau::Structure => "Organization",
    };
    q.push(("subjectType".into(), Json::Tableau(vec![s(sujet)])));
    if !inexprimables.is_empty() {
        q.push((
            "description".into(),
            s(&format!(
                "Règles sans contrainte FHIRPath : {}.",
                inexprimables.join(" ; ")
            )),
        ));
    }
    // A Questionnaire's top-level items that no group held stand at the top
    // again.
    let items = m
        .blocs
        .iter()
        .flat_map(|b| match b.item {
            ItemBloc::Racine => contenu(b, &vs_de),
            _ => vec![bloc(b, &vs_de)],
        })
        .collect();
    q.push(("item".into(), Json::Tableau(items)));
    let mut texte = Json::Objet(q).joli();
    texte.push('\n');
    texte
}

fn bloc(b: &Bloc, vs: &std::collections::BTreeMap<&str, String>) -> Json {
    let mut e = Vec::new();
    if b.repetable {
        let occ = |nom: &str, n: Option<u64>| {
            n.filter(|n| i32::try_from(*n).is_ok())
                .map(|n| ext(nom, ("valueInteger", entier(n))))
        };
        e.extend(occ("questionnaire-minOccurs", b.min_lignes));
        e.extend(occ("questionnaire-maxOccurs", b.max_lignes));
    }
    let mut o = Vec::new();
    if !e.is_empty() {
        o.push(("extension".into(), Json::Tableau(e)));
    }
    o.push(("linkId".into(), s(&b.code)));
    o.push(("text".into(), s(&b.libelle)));
    o.push(("type".into(), s("group")));
    if b.repetable {
        o.push(("repeats".into(), Json::Booleen(true)));
    }
    o.push(("item".into(), Json::Tableau(contenu(b, vs))));
    Json::Objet(o)
}

/// A block's items: its fields (each with the items under its answer, for
/// a model read from a Questionnaire), then its nested blocks.
fn contenu(b: &Bloc, vs: &std::collections::BTreeMap<&str, String>) -> Vec<Json> {
    let mut items: Vec<Json> = b
        .champs
        .iter()
        .map(|c| {
            let sous = b
                .blocs
                .iter()
                .find(|sb| sb.sous_items_de() == Some(c.code.as_str()));
            champ(c, vs, sous.map(|sb| contenu(sb, vs)))
        })
        .collect();
    items.extend(
        b.blocs
            .iter()
            .filter(|sb| sb.sous_items_de().is_none())
            .map(|sb| bloc(sb, vs)),
    );
    items
}

/// A field's item; `sous`: the items under its answer, if any.
fn champ(
    c: &Champ,
    vs: &std::collections::BTreeMap<&str, String>,
    sous: Option<Vec<Json>>,
) -> Json {
    let mut e = Vec::new();
    let borne = |nom: &str, element: &str, v: String| ext(nom, (element, Json::Nombre(v)));
    let type_ = match &c.type_ {
        TypeChamp::Entier { min, max } => {
            let element = if entier_32_bits(*min, *max) {
                "valueInteger"
            } else {
                "valueDecimal"
            };
            e.extend(min.map(|v| borne("minValue", element, v.to_string())));
            e.extend(max.map(|v| borne("maxValue", element, v.to_string())));
            if element == "valueInteger" {
                "integer"
            } else {
                "decimal"
            }
        }
        TypeChamp::Decimal {
            decimales,
            min,
            max,
        } => {
            e.extend(min.map(|v| borne("minValue", "valueDecimal", v.to_string())));
            e.extend(max.map(|v| borne("maxValue", "valueDecimal", v.to_string())));
            e.push(ext("maxDecimalPlaces", ("valueInteger", entier(decimales))));
            "decimal"
        }
        TypeChamp::Texte {
            longueur_min,
            motif,
            ..
        } => {
            e.extend(
                longueur_min
                    .filter(|n| i32::try_from(*n).is_ok())
                    .map(|n| ext("minLength", ("valueInteger", entier(n)))),
            );
            // Only a motif that every engine reads as Rust does.
            e.extend(
                motif
                    .as_deref()
                    .and_then(super::motif_fhir::regex)
                    .map(|r| ext("regex", ("valueString", s(&r)))),
            );
            "string"
        }
        TypeChamp::Booleen => "boolean",
        TypeChamp::Date { min, max } => {
            e.extend(min.map(|v| ext("minValue", ("valueDate", s(&v.to_string())))));
            e.extend(max.map(|v| ext("maxValue", ("valueDate", s(&v.to_string())))));
            "date"
        }
        TypeChamp::Code { .. } => "choice",
    };
    if let Some(u) = &c.unite {
        e.push(ext(
            "questionnaire-unit",
            ("valueCoding", Json::Objet(vec![("display".into(), s(u))])),
        ));
    }
    let mut o = Vec::new();
    if !e.is_empty() {
        o.push(("extension".into(), Json::Tableau(e)));
    }
    o.push(("linkId".into(), s(&c.code)));
    o.push(("text".into(), s(&c.libelle)));
    o.push(("type".into(), s(type_)));
    o.push(("required".into(), Json::Booleen(c.obligatoire)));
    match &c.type_ {
        TypeChamp::Code {
            nomenclature,
            multiple,
        } => {
            if *multiple {
                o.push(("repeats".into(), Json::Booleen(true)));
            }
            if let Some(id) = vs.get(nomenclature.as_str()) {
                o.push(("answerValueSet".into(), s(&format!("#{id}"))));
            }
        }
        TypeChamp::Texte {
            longueur_max: Some(n),
            ..
        } if i32::try_from(*n).is_ok() => {
            o.push(("maxLength".into(), entier(n)));
        }
        _ => {}
    }
    if let Some(items) = sous {
        o.push(("item".into(), Json::Tableau(items)));
    }
    Json::Objet(o)
}
