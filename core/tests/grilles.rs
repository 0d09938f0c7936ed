//! The guide's four grids built in, read as models, and evaluations'
//! `reponses` checked against them (`usager.md`).

use serde_json::{Map, Value, json};
use sidoba::{CodeConstat, Constat};
use sidoba_core::grilles::{self, Grille, grille, valider_reponses};
use sidoba_core::model::{Bloc, Modele, TypeChamp};

const PA: &str =
    "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-pa-ssiad";
const PH: &str =
    "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-ph-ssiad";
const SERAFIN: &str =
    "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-serafin";
const SITUATION: &str = "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-situation-ssiad";

fn g(url: &str) -> &'static Grille {
    grille("2.3.0", url).expect("grille intégrée")
}

fn compter_champs(m: &Modele) -> usize {
    m.champs().len()
}

fn sous_bloc<'m>(blocs: &'m [Bloc], champ: &str) -> &'m Bloc {
    blocs
        .iter()
        .find(|b| b.sous_items_de() == Some(champ))
        .unwrap_or_else(|| panic!("pas de sous-bloc pour {champ}"))
}

#[test]
fn the_four_grids_are_built_in_for_both_guide_versions() {
    for v in ["2.3.0", "2.2.0"] {
        let ids: Vec<&str> = grilles::grilles(v).map(|g| g.id).collect();
        assert_eq!(
            ids,
            [
                "tddui-questionnaire-aggir-pa-ssiad",
                "tddui-questionnaire-aggir-ph-ssiad",
                "tddui-questionnaire-serafin",
                "tddui-questionnaire-situation-ssiad"
            ],
            "version {v}"
        );
        for gr in grilles::grilles(v) {
            assert_eq!(gr.version, v);
            assert_eq!(gr.modele.identite.version, v);
            assert_eq!(gr.url, format!("{}{}", grilles::BASE_TDDUI, gr.id));
            assert_eq!(gr.url_versionnee(), format!("{}|{v}", gr.url));
        }
    }
    assert_eq!(grilles::grilles("2.1.0").count(), 0);
}

#[test]
fn a_grid_is_found_by_url_with_or_without_its_version() {
    assert_eq!(g(PA).id, "tddui-questionnaire-aggir-pa-ssiad");
    assert_eq!(
        grille("2.3.0", &format!("{PA}|2.3.0")).unwrap().version,
        "2.3.0"
    );
    // The response names its own version, whatever the version read with.
    assert_eq!(
        grille("2.3.0", &format!("{PA}|2.2.0")).unwrap().version,
        "2.2.0"
    );
    assert_eq!(grille("2.2.0", PA).unwrap().version, "2.2.0");
    assert!(grille("2.3.0", &format!("{PA}|1.0.0")).is_none());
    assert!(grille("9.9.9", PA).is_none());
    assert!(grille("2.3.0", "https://exemple.invalid/Questionnaire/x").is_none());
    assert!(grilles::est_grille(&format!("{SERAFIN}|2.2.0")));
    assert!(!grilles::est_grille(
        "https://exemple.invalid/Questionnaire/x"
    ));
}

#[test]
fn aggir_pa_reads_as_the_gir_with_its_variables_and_their_adverbs() {
    let m = &g(PA).modele;
    assert_eq!(m.identite.code, "tddui-questionnaire-aggir-pa-ssiad");
    assert_eq!(
        m.identite.libelle.as_deref(),
        Some("Évaluation AGGIR PA SSIAD")
    );
    assert_eq!(m.identite.niveau, sidoba_core::model::Niveau::Usager);
    // 76 items: the GIR, 15 variables, 4 adverbs each.
    assert_eq!(compter_champs(m), 76);
    let racine = &m.blocs[0];
    assert_eq!(racine.champs.len(), 1);
    let gir = &racine.champs[0];
    assert_eq!(gir.code, "resultat-eval");
    let TypeChamp::Code {
        nomenclature,
        multiple: false,
    } = &gir.type_
    else {
        panic!("{:?}", gir.type_)
    };
    let n = m.nomenclature(nomenclature).unwrap();
    assert_eq!(
        n.reference.as_deref(),
        Some("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis")
    );
    let gir_codes: Vec<(&str, &str)> = n
        .valeurs
        .iter()
        .map(|v| (v.code.as_str(), v.libelle.as_str()))
        .collect();
    assert_eq!(gir_codes[0], ("MED-339", "GIR-1"));
    assert_eq!(gir_codes[5], ("MED-344", "GIR-6"));
    let variables = sous_bloc(&racine.blocs, "resultat-eval");
    assert_eq!(variables.champs.len(), 15);
    let pensee = &variables.champs[0];
    assert_eq!(pensee.code, "fonction-pensee");
    // The fifteen variables share one option list, named after its system.
    let TypeChamp::Code { nomenclature, .. } = &pensee.type_ else {
        panic!()
    };
    assert_eq!(nomenclature, "icf");
    let icf = m.nomenclature("icf").unwrap();
    assert_eq!(
        icf.reference.as_deref(),
        Some("http://hl7.org/fhir/sid/icf")
    );
    assert_eq!(
        icf.valeurs
            .iter()
            .map(|v| (v.code.as_str(), v.libelle.as_str()))
            .collect::<Vec<_>>(),
        [
            ("qf0", "aucun facilitateur"),
            ("qf2", "facilitateur modéré"),
            ("qf4", "facilitateur absolu")
        ]
    );
    for v in &variables.champs {
        let TypeChamp::Code { nomenclature, .. } = &v.type_ else {
            panic!()
        };
        assert_eq!(nomenclature, "icf", "{}", v.code);
    }
    let adverbes = sous_bloc(&variables.blocs, "fonction-pensee");
    let codes: Vec<&str> = adverbes.champs.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "pensee-spont",
            "pensee-tot",
            "pensee-correct",
            "pensee-habit"
        ]
    );
    assert!(
        adverbes
            .champs
            .iter()
            .all(|c| c.type_ == TypeChamp::Booleen)
    );
    assert_eq!(m.nomenclatures.len(), 2);
}

#[test]
fn the_other_grids_read_with_their_types() {
    let ph = &g(PH).modele;
    assert_eq!(compter_champs(ph), 51);
    assert!(ph.champs().iter().any(|(_, c)| c.code == "s'habiller"));
    let serafin = &g(SERAFIN).modele;
    assert_eq!(compter_champs(serafin), 32);
    for (_, c) in serafin.champs() {
        assert_eq!(
            c.type_,
            TypeChamp::Entier {
                min: Some(i32::MIN.into()),
                max: Some(i32::MAX.into())
            },
            "{}",
            c.code
        );
    }
    let situation = &g(SITUATION).modele;
    assert_eq!(compter_champs(situation), 8);
    assert!(
        situation
            .champs()
            .iter()
            .all(|(_, c)| c.type_ == TypeChamp::Booleen)
    );
}

/// A QuestionnaireResponse's items as format-2 `reponses`.
fn reponses_de(items: &[Value]) -> Value {
    let mut out = Map::new();
    for it in items {
        let id = it["linkId"].as_str().unwrap().to_owned();
        let reponses = it["answer"].as_array().cloned().unwrap_or_default();
        if reponses.is_empty() {
            out.insert(id, reponses_de(it["item"].as_array().unwrap()));
            continue;
        }
        let mut valeurs: Vec<Value> = reponses
            .iter()
            .map(|a| {
                let a = a.as_object().unwrap();
                let (_, v) = a.iter().find(|(k, _)| k.starts_with("value")).unwrap();
                let v = v.get("code").cloned().unwrap_or_else(|| v.clone());
                match a.get("item") {
                    Some(sous) => {
                        let mut o = Map::new();
                        o.insert("valeur".into(), v);
                        let Value::Object(s) = reponses_de(sous.as_array().unwrap()) else {
                            unreachable!()
                        };
                        o.extend(s);
                        Value::Object(o)
                    }
                    None => v,
                }
            })
            .collect();
        let v = if valeurs.len() == 1 {
            valeurs.remove(0)
        } else {
            Value::Array(valeurs)
        };
        out.insert(id, v);
    }
    Value::Object(out)
}

fn exemple(nom: &str) -> (String, Value) {
    let chemin = format!(
        "{}/tests/tddui/QuestionnaireResponse-tddui-questionnaire-response-{nom}-example.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let qr: Value = serde_json::from_str(&std::fs::read_to_string(chemin).unwrap()).unwrap();
    (
        qr["questionnaire"].as_str().unwrap().to_owned(),
        reponses_de(qr["item"].as_array().unwrap()),
    )
}

const PREFIXE: &str = "usagers[3].evaluations[0].reponses";

fn constats(url: &str, reponses: &Value) -> Vec<(String, CodeConstat)> {
    valider_reponses(g(url), reponses, PREFIXE)
        .into_iter()
        .map(|Constat { chemin, code, .. }| (chemin, code))
        .collect()
}

#[test]
fn the_guides_examples_answer_their_grids_without_findings() {
    for nom in [
        "aggir-pa",
        "aggir-ph",
        "serafin-precision",
        "serafin-sans-precision",
        "situation-ssiad",
    ] {
        let (url, reponses) = exemple(nom);
        let gr = grille("2.3.0", &url).unwrap_or_else(|| panic!("{url}"));
        let c = valider_reponses(gr, &reponses, PREFIXE);
        assert!(c.is_empty(), "{nom}: {c:#?}");
    }
}

fn aggir_pa_complet() -> Value {
    exemple("aggir-pa").1
}

#[test]
fn an_unknown_link_id_is_blocking_with_a_suggestion() {
    let mut r = aggir_pa_complet();
    r["resultat-eval"]["fonction-pensee"]["pensee-spontane"] = json!(true);
    r["obesité"] = json!(true);
    let c = valider_reponses(g(PA), &r, PREFIXE);
    let lieux: Vec<(&str, CodeConstat)> = c.iter().map(|c| (c.chemin.as_str(), c.code)).collect();
    assert_eq!(
        lieux,
        [
            (
                format!("{PREFIXE}.obesité").as_str(),
                CodeConstat::ChampInconnu
            ),
            (
                format!("{PREFIXE}.resultat-eval.fonction-pensee.pensee-spontane").as_str(),
                CodeConstat::ChampInconnu
            ),
        ]
    );
    assert!(
        c[1].message.contains("« pensee-spont »"),
        "{}",
        c[1].message
    );
    assert!(c.iter().all(|c| c.severite == sidoba::Severite::Bloquante));
}

#[test]
fn a_wrong_type_or_an_option_outside_the_grid_is_blocking() {
    let mut r = aggir_pa_complet();
    r["resultat-eval"]["valeur"] = json!("GIR-2");
    r["resultat-eval"]["se-laver"]["laver-tot"] = json!("oui");
    r["resultat-eval"]["manger"]["valeur"] = json!("qf1");
    let c = constats(PA, &r);
    assert_eq!(
        c,
        [
            (
                format!("{PREFIXE}.resultat-eval.valeur"),
                CodeConstat::Nomenclature
            ),
            (
                format!("{PREFIXE}.resultat-eval.se-laver.laver-tot"),
                CodeConstat::Type
            ),
            (
                format!("{PREFIXE}.resultat-eval.manger.valeur"),
                CodeConstat::Nomenclature
            ),
        ]
    );
    let situation = json!({"obesite": 1, "incontinence": true});
    assert_eq!(
        constats(SITUATION, &situation),
        [(format!("{PREFIXE}.obesite"), CodeConstat::Type)]
    );
    let serafin = json!({"besoin-douleur": 2.5, "besoin-voix": 3_000_000_000_i64});
    assert_eq!(
        constats(SERAFIN, &serafin),
        [
            (format!("{PREFIXE}.besoin-douleur"), CodeConstat::Type),
            (format!("{PREFIXE}.besoin-voix"), CodeConstat::Max),
        ]
    );
}

#[test]
fn an_item_with_sub_items_needs_an_object() {
    let mut r = aggir_pa_complet();
    r["resultat-eval"]["manger"] = json!("qf2");
    let c = constats(PA, &r);
    assert_eq!(
        c,
        [(format!("{PREFIXE}.resultat-eval.manger"), CodeConstat::Type)]
    );
    assert_eq!(
        constats(SITUATION, &json!([true])),
        [(PREFIXE.to_owned(), CodeConstat::Type)]
    );
}

#[test]
fn an_evaluation_with_no_answer_is_blocking() {
    assert_eq!(
        constats(SITUATION, &json!({})),
        [(PREFIXE.to_owned(), CodeConstat::Obligatoire)]
    );
    // Not AGGIR: answering one item is enough.
    assert!(constats(SERAFIN, &json!({"besoin-douleur": 2})).is_empty());
}

#[test]
fn aggir_without_its_gir_is_blocking() {
    let mut r = aggir_pa_complet();
    r["resultat-eval"].as_object_mut().unwrap().remove("valeur");
    let c = valider_reponses(g(PA), &r, PREFIXE);
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].chemin, format!("{PREFIXE}.resultat-eval.valeur"));
    assert_eq!(c[0].code, CodeConstat::Obligatoire);
    assert!(c[0].message.contains("GIR"), "{}", c[0].message);
    let c = constats(PA, &json!({"resultat-eval": null, "obesite": true}));
    assert_eq!(
        c,
        [
            (format!("{PREFIXE}.obesite"), CodeConstat::ChampInconnu),
            (format!("{PREFIXE}.resultat-eval"), CodeConstat::Obligatoire),
        ]
    );
}

#[test]
fn aggir_with_a_group_or_one_of_its_criteria_unanswered_is_blocking() {
    let mut r = aggir_pa_complet();
    let variables = r["resultat-eval"].as_object_mut().unwrap();
    variables.remove("manger");
    variables["se-laver"]
        .as_object_mut()
        .unwrap()
        .remove("laver-habit");
    variables["fonction-pensee"]
        .as_object_mut()
        .unwrap()
        .remove("valeur");
    let c = constats(PA, &r);
    assert_eq!(
        c,
        [
            (
                format!("{PREFIXE}.resultat-eval.fonction-pensee.valeur"),
                CodeConstat::Obligatoire
            ),
            (
                format!("{PREFIXE}.resultat-eval.se-laver.laver-habit"),
                CodeConstat::Obligatoire
            ),
            (
                format!("{PREFIXE}.resultat-eval.manger"),
                CodeConstat::Obligatoire
            ),
        ]
    );
    // AGGIR PH too, with its linkId holding an apostrophe.
    let mut r = exemple("aggir-ph").1;
    r["resultat-eval"]
        .as_object_mut()
        .unwrap()
        .remove("s'habiller");
    assert_eq!(
        constats(PH, &r),
        [(
            format!("{PREFIXE}.resultat-eval.s'habiller"),
            CodeConstat::Obligatoire
        )]
    );
}

#[test]
fn an_aggir_modality_that_does_not_follow_its_adverbs_is_a_warning() {
    let mut r = aggir_pa_complet();
    // All four adverbs positive: A (qf0), not B.
    r["resultat-eval"]["passage-aliment"]["valeur"] = json!("qf2");
    // One negative: B (qf2), not A.
    r["resultat-eval"]["manger"]["valeur"] = json!("qf0");
    let c = valider_reponses(g(PA), &r, PREFIXE);
    let lieux: Vec<(&str, sidoba::Severite, Option<&str>)> = c
        .iter()
        .map(|c| (c.chemin.as_str(), c.severite, c.regle.as_deref()))
        .collect();
    let avert = sidoba::Severite::Avertissement;
    assert_eq!(
        lieux,
        [
            (
                format!("{PREFIXE}.resultat-eval.manger.valeur").as_str(),
                avert,
                Some(grilles::REGLE_ADVERBES)
            ),
            (
                format!("{PREFIXE}.resultat-eval.passage-aliment.valeur").as_str(),
                avert,
                Some(grilles::REGLE_ADVERBES)
            ),
        ]
    );
    assert!(
        c[0].message.contains("non : totalement"),
        "{}",
        c[0].message
    );
    assert!(
        c[0].message.contains("donnent qf2 (codage B)"),
        "{}",
        c[0].message
    );
    // Not AGGIR's business elsewhere, and never blocking.
    assert!(sidoba::Constats(c).valide());
}

#[test]
fn a_link_id_in_the_wrong_place_is_told_where_it_goes() {
    let mut r = aggir_pa_complet();
    let manger = r["resultat-eval"]
        .as_object_mut()
        .unwrap()
        .remove("manger")
        .unwrap();
    r["manger"] = manger;
    let c = valider_reponses(g(PA), &r, PREFIXE);
    assert_eq!(c[0].chemin, format!("{PREFIXE}.manger"));
    assert!(
        c[0].message
            .contains("à écrire en « resultat-eval.manger »"),
        "{}",
        c[0].message
    );
    let c = valider_reponses(
        g(PA),
        &json!({"resultat-eval": {"valeur": "MED-340", "laver-tot": true}}),
        PREFIXE,
    );
    assert!(
        c[0].message
            .contains("à écrire en « resultat-eval.se-laver.laver-tot »"),
        "{}",
        c[0].message
    );
}

#[test]
fn a_grid_keeps_its_own_code_and_its_items_codes() {
    let pa = g(PA);
    let code = pa.code.as_ref().unwrap();
    assert_eq!(
        (code.systeme.as_str(), code.code.as_str()),
        (
            "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis",
            "MED-1293"
        )
    );
    let b160 = pa.code_item("fonction-pensee").unwrap();
    assert_eq!(
        (b160.systeme.as_str(), b160.code.as_str()),
        ("http://hl7.org/fhir/sid/icf", "b160")
    );
    assert_eq!(pa.code_item("pensee-habit").unwrap().code, "MED-1310");
    assert!(pa.code_item("resultat-eval").is_none());
    assert_eq!(g(SITUATION).code_item("obesite").unwrap().code, "E66.9");
    assert_eq!(g(SERAFIN).code.as_ref().unwrap().code, "MED-1291");
}
