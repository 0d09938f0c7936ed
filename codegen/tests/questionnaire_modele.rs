//! A FHIR Questionnaire read as a model: the mapping, and every fault with
//! its place (JSON pointer and line:column), as for a model file.

use sidoba_core::model::{Diagnostic, Gravite, Modele, Source, TypeChamp, charger};
use sidoba_core::usager::questionnaire::{BASE_DEFAUT, questionnaire};

fn lire(texte: &str) -> Result<(Modele, Vec<Diagnostic>), Vec<Diagnostic>> {
    let s = Source::depuis_octets("q.json", texte.as_bytes().to_vec()).unwrap();
    charger(&s, false)
}

fn erreurs(texte: &str) -> Vec<(String, String, String)> {
    let d = lire(texte).expect_err("le Questionnaire doit être refusé");
    d.into_iter()
        .filter(|d| d.gravite == Gravite::Erreur)
        .map(|d| {
            (
                d.code.as_str().to_owned(),
                d.pointeur,
                d.position.to_string(),
            )
        })
        .collect()
}

const Q: &str = r#"{
  "resourceType": "Questionnaire",
  "url": "https://exemple.invalid/fhir/Questionnaire/GRILLE%20X",
  "version": "3",
  "title": "Grille X",
  "status": "active",
  "item": [
    { "linkId": "age", "text": "Âge", "type": "integer", "required": true },
    { "linkId": "note", "text": "Note", "type": "display" },
    { "linkId": "soins", "text": "Soins", "type": "group", "repeats": true,
      "extension": [ { "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs", "valueInteger": 4 } ],
      "item": [
        { "linkId": "acte", "text": "Acte", "type": "choice", "repeats": true,
          "answerOption": [ { "valueCoding": { "system": "urn:x", "code": "A", "display": "Acte A" } },
                            { "valueCoding": { "system": "urn:x", "code": "B" } } ] },
        { "linkId": "duree", "text": "Durée", "type": "decimal",
          "extension": [ { "url": "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces", "valueInteger": 2 } ] },
        { "linkId": "le", "text": "Le", "type": "date" },
        { "linkId": "qui", "text": "Qui", "type": "string", "maxLength": 30 }
      ] }
  ]
}"#;

#[test]
fn a_questionnaire_maps_onto_a_model() {
    let (m, avertissements) = lire(Q).unwrap();
    assert!(avertissements.is_empty(), "{avertissements:#?}");
    assert_eq!(m.identite.code, "GRILLE X");
    assert_eq!(m.identite.version, "3");
    assert_eq!(m.identite.libelle.as_deref(), Some("Grille X"));
    let codes: Vec<&str> = m.blocs.iter().map(|b| b.code.as_str()).collect();
    assert_eq!(codes, ["GRILLE X", "soins"]);
    let age = &m.blocs[0].champs[0];
    assert!(age.obligatoire);
    assert_eq!(
        age.type_,
        TypeChamp::Entier {
            min: Some(i32::MIN.into()),
            max: Some(i32::MAX.into())
        }
    );
    let soins = &m.blocs[1];
    assert!(soins.repetable);
    assert_eq!(soins.max_lignes, Some(4));
    let types: Vec<&str> = soins.champs.iter().map(|c| c.type_.nom()).collect();
    assert_eq!(types, ["code", "decimal", "date", "texte"]);
    assert_eq!(
        soins.champs[0].type_,
        TypeChamp::Code {
            nomenclature: "acte".into(),
            multiple: true
        }
    );
    let n = m.nomenclature("acte").unwrap();
    assert_eq!(n.reference.as_deref(), Some("urn:x"));
    assert_eq!(n.valeurs[1].libelle, "B");
    assert!(matches!(
        soins.champs[1].type_,
        TypeChamp::Decimal { decimales: 2, .. }
    ));
    assert!(matches!(
        soins.champs[3].type_,
        TypeChamp::Texte {
            longueur_max: Some(30),
            ..
        }
    ));
}

#[test]
fn faults_are_placed_in_the_file() {
    let texte = Q
        .replace(r#""version": "3","#, "")
        .replace(r#""type": "date""#, r#""type": "dateTime""#)
        .replace(r#""linkId": "qui""#, r#""linkId": "age""#);
    assert_eq!(
        erreurs(&texte),
        [
            ("cle_manquante".into(), "".into(), "1:1".into()),
            (
                "valeur_inconnue".into(),
                "/item/2/item/2/type".into(),
                "18:49".into()
            ),
            (
                "code_duplique".into(),
                "/item/2/item/3".into(),
                "19:9".into()
            ),
        ]
    );
}

#[test]
fn options_from_several_systems_or_none_are_refused() {
    let texte = Q.replace(
        r#""system": "urn:x", "code": "B""#,
        r#""system": "urn:y", "code": "B""#,
    );
    assert_eq!(
        erreurs(&texte),
        [(
            "valeur_inconnue".into(),
            "/item/2/item/0/answerOption".into(),
            "13:9".into()
        )]
    );
    // A string option has no system: it cannot join coded ones.
    let texte = Q.replace(
        r#"{ "valueCoding": { "system": "urn:x", "code": "B" } }"#,
        r#"{ "valueString": "B" }"#,
    );
    assert_eq!(
        erreurs(&texte),
        [(
            "valeur_inconnue".into(),
            "/item/2/item/0/answerOption".into(),
            "13:9".into()
        )]
    );
    let texte = Q.replace(r#""answerOption""#, r#""autre""#);
    assert_eq!(
        erreurs(&texte),
        [(
            "cle_manquante".into(),
            "/item/2/item/0".into(),
            "13:9".into()
        )]
    );
    let texte = Q.replace(r#""type": "date""#, r#""type": "date", "repeats": true"#);
    assert_eq!(
        erreurs(&texte),
        [(
            "valeur_inconnue".into(),
            "/item/2/item/2/repeats".into(),
            "18:68".into()
        )]
    );
}

#[test]
fn a_model_written_as_a_questionnaire_reads_back() {
    let chemin = format!(
        "{}/../models/ssiad-usager-2025.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let s = Source::depuis_octets("m.json", std::fs::read(chemin).unwrap()).unwrap();
    let (m, _) = charger(&s, false).unwrap();
    let q = questionnaire(&m, BASE_DEFAUT);
    let (relu, avertissements) = lire(&q).unwrap();
    // Rules are FHIRPath constraints there (those FHIRPath can say
    // exactly): each one said, not read back.
    let contraintes = q
        .matches("/StructureDefinition/questionnaire-constraint\"")
        .count();
    assert!(contraintes > 0 && contraintes <= m.regles.len());
    assert_eq!(avertissements.len(), contraintes);
    assert_eq!(relu.identite.code, m.identite.code);
    assert_eq!(relu.identite.version, m.identite.version);
    let champs = |m: &Modele| -> Vec<(String, &'static str, bool)> {
        m.champs()
            .into_iter()
            .map(|(_, c)| (c.code.clone(), c.type_.nom(), c.obligatoire))
            .collect()
    };
    assert_eq!(champs(&relu), champs(&m));
    let blocs = |m: &Modele| -> Vec<(String, bool)> {
        m.tous_les_blocs()
            .into_iter()
            .map(|b| (b.code.clone(), b.repetable))
            .collect()
    };
    assert_eq!(blocs(&relu), blocs(&m));
}

/// The item tree of a Questionnaire: (linkId, type, children).
fn arbre(items: &serde_json::Value) -> Vec<(String, String, Vec<String>)> {
    let mut out = Vec::new();
    fn visiter(items: &serde_json::Value, out: &mut Vec<(String, String, Vec<String>)>) {
        for it in items.as_array().into_iter().flatten() {
            let enfants = it["item"].as_array().into_iter().flatten();
            out.push((
                it["linkId"].as_str().unwrap().to_owned(),
                it["type"].as_str().unwrap().to_owned(),
                enfants
                    .map(|e| e["linkId"].as_str().unwrap().to_owned())
                    .collect(),
            ));
            visiter(&it["item"], out);
        }
    }
    visiter(items, &mut out);
    out
}

#[test]
fn a_grid_written_back_as_a_questionnaire_keeps_its_item_tree() {
    for id in [
        "tddui-questionnaire-aggir-pa-ssiad",
        "tddui-questionnaire-aggir-ph-ssiad",
        "tddui-questionnaire-serafin",
        "tddui-questionnaire-situation-ssiad",
    ] {
        let url = format!("{}{id}", sidoba_core::grilles::BASE_TDDUI);
        let g = sidoba_core::grilles::grille("2.3.0", &url).unwrap();
        let ecrit: serde_json::Value =
            serde_json::from_str(&questionnaire(&g.modele, BASE_DEFAUT)).unwrap();
        let publie: serde_json::Value = serde_json::from_str(g.texte).unwrap();
        assert_eq!(arbre(&ecrit["item"]), arbre(&publie["item"]), "{id}");
        // And read back, the same model.
        let (relu, _) = lire(&serde_json::to_string(&ecrit).unwrap()).unwrap();
        assert_eq!(resume(&relu), resume(&g.modele), "{id}");
        assert_eq!(relu.nomenclatures.len(), g.modele.nomenclatures.len());
    }
}

/// A block: code, item form, fields' codes and types.
type Resume = (
    String,
    sidoba_core::model::ItemBloc,
    Vec<(String, &'static str)>,
);

/// A model's blocks, their item form and their fields' codes and types.
fn resume(m: &Modele) -> Vec<Resume> {
    m.tous_les_blocs()
        .into_iter()
        .map(|b| {
            let champs = b
                .champs
                .iter()
                .map(|c| (c.code.clone(), c.type_.nom()))
                .collect();
            (b.code.clone(), b.item.clone(), champs)
        })
        .collect()
}

#[test]
fn a_build_script_generates_a_grid_as_the_command_does() {
    let dir = tempfile::tempdir().unwrap();
    let racine = env!("CARGO_MANIFEST_DIR");
    sidoba_codegen::Builder::new()
        .modele(format!(
            "{racine}/../core/grilles/tddui-2.3.0/Questionnaire-tddui-questionnaire-aggir-pa-ssiad.json"
        ))
        .sortie(dir.path())
        .rerun_if_changed(false)
        .generer()
        .unwrap();
    let f = "tddui_questionnaire_aggir_pa_ssiad.rs";
    assert_eq!(
        std::fs::read_to_string(dir.path().join(f)).unwrap(),
        std::fs::read_to_string(format!("{racine}/../generated/src/grilles/{f}")).unwrap()
    );
}

#[test]
fn a_build_script_shows_a_questionnaires_faults_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let q = dir.path().join("q.json");
    std::fs::write(&q, Q.replace(r#""type": "date""#, r#""type": "time""#)).unwrap();
    let e = sidoba_codegen::Builder::new()
        .modele(&q)
        .sortie(dir.path().join("out"))
        .rerun_if_changed(false)
        .generer()
        .unwrap_err()
        .to_string();
    assert!(e.contains(":18:49 [/item/2/item/2/type]"), "{e}");
    assert!(e.contains("« time » non pris en charge"), "{e}");
}

#[test]
fn a_condition_on_another_answer_is_said_to_be_ignored() {
    let texte = Q.replace(
        r#"{ "linkId": "le", "text": "Le", "type": "date" }"#,
        r#"{ "linkId": "le", "text": "Le", "type": "date", "enableWhen": [ { "question": "age", "operator": "exists", "answerBoolean": true } ] }"#,
    );
    let (_, avertissements) = lire(&texte).unwrap();
    let lieux: Vec<(String, String)> = avertissements
        .iter()
        .map(|d| (d.pointeur.clone(), d.position.to_string()))
        .collect();
    assert_eq!(
        lieux,
        [("/item/2/item/2/enableWhen".to_owned(), "18:57".to_owned())]
    );
    assert!(
        avertissements[0]
            .message
            .contains("« le » est toujours demandé")
    );
}

#[test]
fn a_models_questionnaire_gives_the_same_bundle_as_the_model() {
    let racine = format!("{}/..", env!("CARGO_MANIFEST_DIR"));
    let s = Source::depuis_octets(
        "m.json",
        std::fs::read(format!("{racine}/models/ssiad-usager-2025.json")).unwrap(),
    )
    .unwrap();
    let (mut m, _) = charger(&s, false).unwrap();
    let (relu, _) = lire(&questionnaire(&m, BASE_DEFAUT)).unwrap();
    // A Questionnaire names no campaign: its code stands for it.
    m.campagne.id = relu.campagne.id.clone();
    let collecte = std::fs::read_to_string(format!(
        "{racine}/core/tests/collectes/ssiad-usager-2025.json"
    ))
    .unwrap()
    .replace(
        "\"SSIAD-USAGER-2025\"",
        &format!("\"{}\"", relu.campagne.id),
    );
    let b = |m: &Modele| match sidoba_core::usager::bundle::bundle(m, &collecte, BASE_DEFAUT, None)
    {
        Ok(p) => p.bundle,
        Err(_) => panic!("Bundle refusé"),
    };
    assert_eq!(b(&relu), b(&m));
}

#[test]
fn a_questionnaire_without_items_is_refused_in_place() {
    let sans = r#"{"resourceType": "Questionnaire", "url": "u", "version": "1"}"#;
    assert_eq!(
        erreurs(sans),
        [("cle_manquante".into(), "".into(), "1:1".into())]
    );
    let mauvais = r#"{"resourceType": "Questionnaire", "url": "u", "version": "1", "item": 5}"#;
    assert_eq!(
        erreurs(mauvais),
        [("type_json".into(), "/item".into(), "1:71".into())]
    );
    let vide = r#"{"resourceType": "Questionnaire", "url": "u", "version": "1", "item": []}"#;
    assert_eq!(
        erreurs(vide),
        [("tableau_vide".into(), "/item".into(), "1:71".into())]
    );
}

/// Every value of the Questionnaire in turn replaced by a value of each
/// JSON type: the reader never panics, and a refused file always says
/// where.
#[test]
fn any_value_of_the_wrong_type_is_reported_never_a_panic() {
    let situation = std::fs::read_to_string(format!(
        "{}/../core/grilles/tddui-2.3.0/Questionnaire-tddui-questionnaire-situation-ssiad.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let sous_items = r#"{"resourceType": "Questionnaire", "url": "u", "version": "1", "item": [
      {"linkId": "g", "text": "G", "type": "choice", "answerOption": [{"valueCoding": {"system": "s", "code": "A"}}],
       "item": [{"linkId": "g1", "text": "G1", "type": "boolean"}]}]}"#;
    for texte in [Q, situation.as_str(), sous_items] {
        let racine: serde_json::Value = serde_json::from_str(texte).unwrap();
        let mut pointeurs = Vec::new();
        fn visiter(v: &serde_json::Value, p: String, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(o) => o
                    .iter()
                    .for_each(|(k, x)| visiter(x, format!("{p}/{k}"), out)),
                serde_json::Value::Array(a) => a
                    .iter()
                    .enumerate()
                    .for_each(|(i, x)| visiter(x, format!("{p}/{i}"), out)),
                _ => {}
            }
            out.push(p);
        }
        visiter(&racine, String::new(), &mut pointeurs);
        for p in pointeurs.iter().filter(|p| !p.is_empty()) {
            for remplacement in [
                serde_json::json!(null),
                serde_json::json!(5),
                serde_json::json!("x"),
                serde_json::json!([]),
                serde_json::json!({}),
            ] {
                let mut v = racine.clone();
                *v.pointer_mut(p).unwrap() = remplacement;
                if let Err(d) = lire(&v.to_string()) {
                    assert!(!d.is_empty(), "{p}");
                }
            }
        }
    }
}
