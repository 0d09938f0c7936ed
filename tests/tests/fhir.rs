//! The model as a FHIR Questionnaire (`usager.md`), checked by two
//! independent FHIR R4 validators, and its FHIRPath constraints checked
//! against the rule verdicts of `sidoba validate` on many
//! QuestionnaireResponses (the agreement test of the rule compilation).
//! Needs node and `npm ci` in `tests/fhir` (docs/usager.md).

mod noeud;

use serde_json::{Map, Value, json};
use sidoba::CodeConstat;
use sidoba_core::__interne::synthese;
use sidoba_core::model::{Bloc, Champ, Modele, Source, TypeChamp, charger};
use sidoba_core::usager::questionnaire::{self, BASE_DEFAUT, entier_32_bits, systeme};
use std::collections::BTreeSet;
use std::path::Path;

fn modele(nom: &str, texte: &str) -> Modele {
    let source = Source::depuis_octets(nom, texte.as_bytes().to_vec()).unwrap();
    charger(&source, false)
        .unwrap_or_else(|d| panic!("{nom}: {}", d[0]))
        .0
}

/// Every model the tests know: samples, fixtures, synthetic ones.
fn modeles() -> Vec<(String, Modele)> {
    let racine = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut v = Vec::new();
    for dossier in ["models", "tests/models"] {
        let mut noms: Vec<_> = std::fs::read_dir(racine.join(dossier))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        noms.sort();
        for p in noms {
            let nom = p.file_name().unwrap().to_string_lossy().into_owned();
            v.push((
                nom.clone(),
                modele(&nom, &std::fs::read_to_string(&p).unwrap()),
            ));
        }
    }
    for (id, texte) in sidoba_tests::synthetiques::MODELES {
        v.push((id.to_string(), modele(id, texte)));
    }
    v
}

const USAGER: [&str; 3] = [
    "ssiad-usager-2025.json",
    "rama-usager-2026.json",
    "ra-camsp-usager-2025.json",
];

#[test]
fn every_questionnaire_passes_both_validators() {
    let d = tempfile::tempdir().unwrap();
    let mut fichiers = Vec::new();
    for (i, (nom, m)) in modeles().iter().enumerate() {
        for base in [BASE_DEFAUT, "https://fhir.example.org/r4"] {
            let f = d.path().join(format!(
                "{i}-{}-{}.json",
                nom.replace('/', "_"),
                fichiers.len()
            ));
            std::fs::write(&f, questionnaire::questionnaire(m, base)).unwrap();
            fichiers.push(f);
        }
    }
    let rapports = noeud::valider(&fichiers);
    assert_eq!(rapports.len(), fichiers.len());
    for (f, fhir, schema) in rapports {
        assert!(
            fhir.is_empty() && schema.is_empty(),
            "{f}:\n{fhir:#?}\n{schema:#?}"
        );
    }
}

#[test]
fn the_validators_do_see_a_broken_questionnaire() {
    // So that the test above cannot pass with validators that accept all.
    let m = &modeles()[0].1;
    let mut q: Value = serde_json::from_str(&questionnaire::questionnaire(m, BASE_DEFAUT)).unwrap();
    q["item"][0]["type"] = json!("groupe");
    q["inconnu"] = json!(true);
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("q.json");
    std::fs::write(&f, q.to_string()).unwrap();
    let r = noeud::valider(&[f]);
    assert!(!r[0].1.is_empty() && !r[0].2.is_empty(), "{r:?}");
}

#[test]
fn sample_user_level_questionnaires_are_golden() {
    let racine = Path::new(env!("CARGO_MANIFEST_DIR")).join("../models");
    for nom in USAGER {
        let m = modele(nom, &std::fs::read_to_string(racine.join(nom)).unwrap());
        let q = questionnaire::questionnaire(&m, BASE_DEFAUT);
        assert_eq!(
            q,
            questionnaire::questionnaire(&m, BASE_DEFAUT),
            "deterministic"
        );
        insta::assert_snapshot!(nom.trim_end_matches(".json"), q);
    }
}

#[test]
fn numbers_are_exact_and_wide_integers_are_decimals() {
    let m = modele(
        "exact.json",
        r#"{"campagne": {"id": "X-1", "libelle": "X", "module": "X"},
            "modele": {"code": "X Y/é", "version": "1", "niveau": "usager"},
            "blocs": [{"code": "b", "libelle": "B", "champs": [
              {"code": "petit", "libelle": "P", "type": "decimal", "decimales": 9, "min": 0.000000001, "max": 61.123456789},
              {"code": "large", "libelle": "L", "type": "entier", "min": 0, "max": 3000000000},
              {"code": "n", "libelle": "N", "type": "entier", "min": -2147483648, "max": 2147483647},
              {"code": "t", "libelle": "T", "type": "texte", "motif": "[A-Z]+|[0-9]+", "longueurMin": 1, "longueurMax": 12}]}],
            "regles": [
              {"code": "r 1", "message": "M", "severite": "bloquante", "expression": "large * large * large * large > 0"},
              {"code": "r-2", "message": "M", "severite": "avertissement", "expression": "n < 61"},
              {"code": "r3", "message": "M", "severite": "avertissement", "expression": "petit < 61.123456789"}]}"#,
    );
    let q = questionnaire::questionnaire(&m, BASE_DEFAUT);
    for attendu in [
        r#""valueDecimal": 0.000000001"#,
        r#""valueDecimal": 61.123456789"#,
        r#""valueDecimal": 3000000000"#,
        r#""valueInteger": -2147483648"#,
        r#""valueString": "^(?:[A-Z]+|[0-9]+)$""#,
        r#""url": "https://sidoba.invalid/fhir/Questionnaire/X%20Y%2F%C3%A9""#,
        r#""valueId": "r-2""#,
        r#""maxLength": 12"#,
    ] {
        assert!(q.contains(attendu), "{attendu} absent de\n{q}");
    }
    let v: Value = serde_json::from_str(&q).unwrap();
    assert_eq!(v["item"][0]["item"][1]["type"], "decimal");
    // The product can overflow exact decimals, 9 places are beyond what
    // engines keep: no constraint, named.
    let description = v["description"].as_str().unwrap();
    assert!(description.contains("« r 1 »"), "{q}");
    assert!(
        description.contains("« r3 » (son calcul a plus de 8 décimales"),
        "{q}"
    );
    assert_eq!(v["extension"].as_array().unwrap().len(), 1);
}

// ---------------------------------------------------------------------
// The agreement test: compiled FHIRPath vs the rule verdicts.

/// The QuestionnaireResponse items of `blocs` from the payload object `o`
/// (the layout of usager.md), leaving out values that failed their checks
/// (for rules they are not filled). `chemin`: the findings' prefix.
fn items(
    m: &Modele,
    blocs: &[Bloc],
    o: &Map<String, Value>,
    chemin: &str,
    invalides: &BTreeSet<String>,
    vides: &mut bool,
) -> Vec<Value> {
    let mut out = Vec::new();
    for b in blocs {
        if b.repetable {
            let Some(Value::Array(lignes)) = o.get(&b.code) else {
                continue;
            };
            for (i, l) in lignes.iter().enumerate() {
                let Value::Object(l) = l else { continue };
                let p = format!("{chemin}{}[{i}].", b.code);
                let mut it = champs(m, &b.champs, l, &p, invalides);
                it.extend(items(m, &b.blocs, l, &p, invalides, vides));
                if it.is_empty() {
                    // Left out (usager.md): `nombre` no longer counts it.
                    *vides = true;
                    continue;
                }
                out.push(json!({"linkId": b.code, "item": it}));
            }
        } else {
            let mut it = champs(m, &b.champs, o, chemin, invalides);
            it.extend(items(m, &b.blocs, o, chemin, invalides, vides));
            if !it.is_empty() {
                out.push(json!({"linkId": b.code, "item": it}));
            }
        }
    }
    out
}

fn champs(
    m: &Modele,
    cs: &[Champ],
    o: &Map<String, Value>,
    chemin: &str,
    invalides: &BTreeSet<String>,
) -> Vec<Value> {
    let mut out = Vec::new();
    for c in cs {
        // `null`, "" and [] are not filled (ws05-donnees.md).
        let vide = |v: &&Value| match v {
            Value::Null => true,
            Value::String(s) => s.is_empty(),
            Value::Array(a) => a.is_empty(),
            _ => false,
        };
        let Some(v) = o.get(&c.code).filter(|v| !vide(v)) else {
            continue;
        };
        if invalides.contains(&format!("{chemin}{}", c.code)) {
            continue;
        }
        let reponses: Vec<Value> = match &c.type_ {
            TypeChamp::Entier { min, max } if entier_32_bits(*min, *max) => {
                vec![json!({"valueInteger": v})]
            }
            TypeChamp::Entier { .. } | TypeChamp::Decimal { .. } => {
                vec![json!({"valueDecimal": v})]
            }
            TypeChamp::Texte { .. } => vec![json!({"valueString": v})],
            TypeChamp::Booleen => vec![json!({"valueBoolean": v})],
            TypeChamp::Date { .. } => vec![json!({"valueDate": v})],
            TypeChamp::Code { nomenclature, .. } => {
                let n = m.nomenclature(nomenclature).unwrap();
                let codes: Vec<&Value> = match v {
                    Value::Array(a) => a.iter().collect(),
                    v => vec![v],
                };
                codes
                    .into_iter()
                    .map(|code| {
                        let libelle = n.valeurs.iter().find(|x| Some(x.code.as_str()) == code.as_str()).map(|x| x.libelle.clone());
                        json!({"valueCoding": {"system": systeme(BASE_DEFAUT, n), "code": code, "display": libelle}})
                    })
                    .collect()
            }
        };
        out.push(json!({"linkId": c.code, "answer": reponses}));
    }
    out
}

/// Findings that make a value not filled for rules; any other (unknown
/// key, row bounds) and the payload is not used.
fn valeur_invalide(c: CodeConstat) -> Option<bool> {
    use CodeConstat::*;
    match c {
        // An empty text is not filled either (`obligatoire` when required).
        Min | Max | Decimales | LongueurMin | LongueurMax | Motif | Nomenclature
        | ValeurInactive | Doublon | Type | Obligatoire => Some(true),
        Regle => Some(false),
        _ => None,
    }
}

struct Cas {
    modele: usize,
    qr: Value,
    /// Per rule with a constraint: its index, violated per `sidoba validate`.
    attendus: Vec<(usize, bool)>,
}

#[test]
fn fhirpath_constraints_agree_with_the_rule_verdicts() {
    let tous = modeles();
    let mut expressions: Vec<Vec<(usize, String)>> = Vec::new();
    for (_, m) in &tous {
        expressions.push(
            m.regles
                .iter()
                .enumerate()
                .filter_map(|(i, r)| Some((i, sidoba_core::usager::fhirpath(m, r).ok()?)))
                .collect(),
        );
    }
    let mut cas = Vec::new();
    let (mut sans_ligne, mut ecartes) = (0usize, 0usize);
    for (mi, (_, m)) in tous.iter().enumerate() {
        let n = if USAGER.iter().any(|u| tous[mi].0 == *u) {
            400
        } else {
            60
        };
        for g in 0..n {
            let defauts = [0, 0, 3, 10][g as usize % 4];
            let p = synthese::payload(m, g * 31 + mi as u64, defauts);
            let Ok(constats) = sidoba_core::validate::valider(m, &p) else {
                continue;
            };
            if constats.iter().any(|c| valeur_invalide(c.code).is_none()) {
                continue;
            }
            let invalides: BTreeSet<String> = constats
                .iter()
                .filter(|c| valeur_invalide(c.code) == Some(true))
                .map(|c| c.chemin.clone())
                .collect();
            let v: Value = serde_json::from_str(&p).unwrap();
            let mut vides = false;
            let it = items(
                m,
                &m.blocs,
                v["donnees"].as_object().unwrap(),
                "",
                &invalides,
                &mut vides,
            );
            let qr = json!({"resourceType": "QuestionnaireResponse", "status": "completed",
                            "questionnaire": questionnaire::url(BASE_DEFAUT, m), "item": it});
            let mut attendus = Vec::new();
            for (i, _) in &expressions[mi] {
                let r = &m.regles[*i];
                // A row left out of the QuestionnaireResponse (no answer in
                // it) is not counted by `nombre`: usager.md's layout, not
                // the compilation; such cases are set aside.
                if vides && r.expression.contains("nombre") {
                    sans_ligne += 1;
                    continue;
                }
                let viole = constats
                    .iter()
                    .any(|c| c.regle.as_deref() == Some(r.code.as_str()));
                attendus.push((*i, viole));
            }
            if attendus.is_empty() {
                ecartes += 1;
                continue;
            }
            cas.push(Cas {
                modele: mi,
                qr,
                attendus,
            });
        }
    }
    let lots: Vec<(Value, Vec<String>)> = cas
        .iter()
        .map(|c| {
            let x = c
                .attendus
                .iter()
                .map(|(i, _)| {
                    expressions[c.modele]
                        .iter()
                        .find(|(j, _)| j == i)
                        .unwrap()
                        .1
                        .clone()
                })
                .collect();
            (c.qr.clone(), x)
        })
        .collect();
    let resultats = noeud::evaluer(&lots);
    let (mut compares, mut violes) = (0usize, 0usize);
    let mut desaccords = Vec::new();
    for (c, r) in cas.iter().zip(&resultats) {
        for ((i, viole), res) in c.attendus.iter().zip(r) {
            compares += 1;
            violes += usize::from(*viole);
            let fhirpath_viole = match res {
                Value::Array(a) if a.len() == 1 && a[0].is_boolean() => !a[0].as_bool().unwrap(),
                autre => {
                    desaccords.push(format!(
                        "{} {} : résultat {autre}",
                        tous[c.modele].0, tous[c.modele].1.regles[*i].code
                    ));
                    continue;
                }
            };
            if fhirpath_viole != *viole {
                let m = &tous[c.modele].1;
                desaccords.push(format!(
                    "{} {} ({}) : sidoba {viole}, FHIRPath {fhirpath_viole}\n{}\n{}",
                    tous[c.modele].0,
                    m.regles[*i].code,
                    m.regles[*i].expression,
                    expressions[c.modele]
                        .iter()
                        .find(|(j, _)| j == i)
                        .unwrap()
                        .1,
                    c.qr
                ));
            }
        }
    }
    assert!(
        desaccords.is_empty(),
        "{} désaccords sur {compares} :\n{}",
        desaccords.len(),
        desaccords
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    // The data do exercise both verdicts.
    assert!(
        compares > 5000 && violes > 500 && compares - violes > 500,
        "{compares} comparés, {violes} violés, {sans_ligne} écartés (ligne vide), {ecartes} sans règle"
    );
    eprintln!("{compares} verdicts comparés, {violes} violés, {sans_ligne} écartés (ligne vide)");
}
