//! The collection file format 2 (`usager.md`): structure, professionals,
//! declarant, events and evaluations read by the model-driven reader; each
//! finding of the contract's "Findings" paragraph blocking, at its place,
//! never quoting an identity or a professional's name; format 1 still read
//! with its one warning.

use serde_json::{Value, json};
use sidoba::{CodeConstat, Severite};
use sidoba_core::model::{self, Modele, Source};
use sidoba_core::usager::collecte;

fn racine() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn modele() -> Modele {
    let nom = "ssiad-usager-2025.json";
    let octets = std::fs::read(racine().join("models").join(nom)).unwrap();
    let source = Source::depuis_octets(nom, octets).unwrap();
    model::charger(&source, false).unwrap().0
}

const SITUATION: &str = "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-situation-ssiad";

/// A valid format 2 file: one professional with an RPPS, one without, one
/// person with an event and an evaluation, her campaign report.
fn fichier() -> Value {
    let t = std::fs::read_to_string(racine().join("core/tests/collectes/ssiad-usager-2025.json"))
        .unwrap();
    let mut v: Value = serde_json::from_str(&t).unwrap();
    let o = v.as_object_mut().unwrap();
    o.insert("format".into(), json!(2));
    o.insert("dateProduction".into(), json!("2026-01-15T10:30:00+01:00"));
    o.insert(
        "structure".into(),
        json!({"finess": "010000008", "raisonSociale": "SSIAD Les Tilleuls", "categorie": "354"}),
    );
    o.insert(
        "professionnels".into(),
        json!([{"identifiant": "P-17", "rpps": "10101010105", "nom": "DURANDSECRET",
                "prenom": "ALICESECRET", "profession": "60"},
               {"identifiant": "P-18", "nom": "LEROYSECRET", "prenom": "BRUNOSECRET"}]),
    );
    o.insert("declarant".into(), json!("P-17"));
    let u1 = v["usagers"][1].as_object_mut().unwrap();
    u1.remove("evenements");
    u1.remove("evaluations");
    v["usagers"][0]["evenements"] = json!([
        {"identifiant": "E-881", "type": "MED-1298",
         "debut": "2025-03-04T08:30:00+01:00", "fin": "2025-03-04T09:00:00+01:00",
         "statut": "REALISE", "professionnels": ["P-17", "P-18"]},
        {"identifiant": "E-900", "type": "2.1.1.2",
         "debut": "2026-02-01T08:30:00+01:00", "fin": "2026-02-01T09:00:00+01:00",
         "statut": "PLANIFIE", "professionnels": []}]);
    v["usagers"][0]["evaluations"] = json!([
        {"identifiant": "21564659", "grille": SITUATION,
         "date": "2025-03-04", "evaluateur": "P-17", "evenement": "E-881",
         "reponses": {"incontinence": true, "obesite": false}}]);
    v
}

fn lire(v: &Value) -> collecte::Lue {
    collecte::valider(&modele(), &v.to_string()).unwrap()
}

fn constats(v: &Value) -> Vec<(String, CodeConstat)> {
    let lue = lire(v);
    for c in lue.constats.iter() {
        for secret in [
            "SECRET",
            "MARTIN",
            "JEANNE",
            "237047505612346",
            "1010101010",
        ] {
            assert!(!c.message.contains(secret), "{}", c.message);
        }
    }
    lue.constats
        .iter()
        .map(|c| (c.chemin.clone(), c.code))
        .collect()
}

fn c(chemin: &str, code: CodeConstat) -> (String, CodeConstat) {
    (chemin.to_owned(), code)
}

#[test]
fn a_valid_format_2_file_has_no_finding_and_its_parts_are_typed() {
    let lue = lire(&fichier());
    assert!(lue.constats.is_empty(), "{}", lue.constats);
    assert_eq!(lue.format, 2);
    assert_eq!(lue.professionnels.len(), 2);
    assert_eq!(lue.declarant.as_deref(), Some("P-17"));
    let s = lue.structure.unwrap();
    assert_eq!(s.raison_sociale.as_deref(), Some("SSIAD Les Tilleuls"));
    assert_eq!(s.categorie.as_deref(), Some("354"));
    let p = lue.personnes[0].as_ref().unwrap();
    assert_eq!(p.evenements.len(), 2);
    assert_eq!(p.evaluations[0].reponses.0.len(), 2);
    assert_eq!(lue.date_production.to_string(), "2026-01-15T10:30:00+01:00");
    // Debug never shows a professional's name.
    let d = format!("{:?} {:?}", lue.professionnels, lue.personnes);
    assert!(!d.contains("SECRET"), "{d}");
}

#[test]
fn every_finding_of_the_contract_is_blocking_at_its_place() {
    let mut v = fichier();
    v["structure"]["categorie"] = json!("999");
    v["professionnels"][0]["rpps"] = json!("10101010106");
    v["professionnels"][1]["identifiant"] = json!("P-17");
    v["professionnels"][1]["nom"] = json!(" ");
    v["declarant"] = json!("P-99");
    let e = &mut v["usagers"][0]["evenements"];
    e[0]["type"] = json!("MED-340");
    e[0]["professionnels"] = json!(["P-17", "P-404"]);
    e[0]["fin"] = json!("2025-03-04T08:00:00+01:00");
    e[1]["statut"] = json!("REALISE");
    e[1]["identifiant"] = json!("E-881");
    let ev = &mut v["usagers"][0]["evaluations"][0];
    ev["grille"] = json!("https://sidoba.invalid/fhir/Questionnaire/X");
    ev["date"] = json!("2026-01-16");
    ev["evaluateur"] = json!("P-404");
    ev["evenement"] = json!("E-404");
    ev["reponses"] = json!({});
    use CodeConstat::*;
    assert_eq!(
        constats(&v),
        vec![
            c("structure.categorie", Nomenclature),
            c("professionnels[0].rpps", Motif),
            c("professionnels[1].identifiant", Doublon),
            c("professionnels[1].nom", Obligatoire),
            c("declarant", Nomenclature),
            c("usagers[0].evenements[0].type", Nomenclature),
            c("usagers[0].evenements[0].fin", Min),
            c("usagers[0].evenements[0].professionnels[1]", Nomenclature),
            c("usagers[0].evenements[1].identifiant", Doublon),
            c("usagers[0].evenements[1].debut", Max),
            c("usagers[0].evenements[1].fin", Max),
            c("usagers[0].evaluations[0].grille", Nomenclature),
            c("usagers[0].evaluations[0].date", Max),
            c("usagers[0].evaluations[0].evaluateur", Nomenclature),
            c("usagers[0].evaluations[0].evenement", Nomenclature),
        ]
    );
    assert!(
        lire(&v)
            .constats
            .iter()
            .all(|c| c.severite == Severite::Bloquante)
    );
    // An evaluation with no answer, on a grid: the grids' check says so
    // (as `sidoba validate` runs it, after the person's other findings).
    let mut v = fichier();
    v["usagers"][0]["evaluations"][0]["reponses"] = json!({});
    let l = sidoba_core::usager::lecteur::valider(&modele(), &v.to_string()).unwrap();
    let vus: Vec<_> = l
        .lue
        .constats
        .iter()
        .map(|c| (c.chemin.clone(), c.code))
        .collect();
    assert_eq!(
        vus,
        vec![c(
            "usagers[0].evaluations[0].reponses",
            CodeConstat::Obligatoire
        )]
    );
}

#[test]
fn the_declarant_is_required_when_a_person_has_donnees_only() {
    let mut v = fichier();
    v.as_object_mut().unwrap().remove("declarant");
    assert_eq!(constats(&v), vec![c("declarant", CodeConstat::Obligatoire)]);
    // Grids only: no campaign report, no declarant needed.
    for u in v["usagers"].as_array_mut().unwrap() {
        u.as_object_mut().unwrap().remove("donnees");
    }
    assert_eq!(constats(&v), vec![]);
}

#[test]
fn faults_of_shape_are_reported_once_at_their_place() {
    let mut v = fichier();
    v["professionnels"][1] = json!("LEROY");
    v["professionnels"][0]
        .as_object_mut()
        .unwrap()
        .remove("nom");
    let e = &mut v["usagers"][0]["evenements"][0];
    e["debut"] = json!("2025-03-04 08:30");
    e["statut"] = json!("FAIT");
    e["couleur"] = json!("bleu");
    v["usagers"][0]["evaluations"][0]["reponses"]["obesite"] = json!([true]);
    use CodeConstat::*;
    assert_eq!(
        constats(&v),
        vec![
            c("professionnels[0].nom", Obligatoire),
            c("professionnels[1]", Type),
            c("usagers[0].evenements[0].couleur", ChampInconnu),
            c("usagers[0].evenements[0].debut", Type),
            c("usagers[0].evenements[0].statut", Nomenclature),
            c("usagers[0].evaluations[0].reponses.obesite", Type),
            // P-18 was the broken element's: it is known no more.
            c("usagers[0].evenements[0].professionnels[1]", Nomenclature),
        ]
    );
}

#[test]
fn a_format_1_file_is_read_with_its_one_warning() {
    let mut v = fichier();
    let o = v.as_object_mut().unwrap();
    for cle in ["format", "professionnels", "declarant"] {
        o.remove(cle);
    }
    v["structure"] = json!({"finess": "010000008"});
    v["dateProduction"] = json!("2026-01-15");
    for u in v["usagers"].as_array_mut().unwrap() {
        let u = u.as_object_mut().unwrap();
        u.remove("evenements");
        u.remove("evaluations");
    }
    let lue = lire(&v);
    assert_eq!(lue.format, 1);
    assert_eq!(lue.constats.len(), 1, "{}", lue.constats);
    let a = &lue.constats.0[0];
    assert_eq!(a.severite, Severite::Avertissement);
    assert!(a.message.contains("format 2") && a.message.contains("professionnel-requis"));
    assert_eq!(lue.date_production.to_string(), "2026-01-15T00:00:00+01:00");
    // A format 2 key without `format` is refused, at its place.
    v["declarant"] = json!("P-17");
    let e = collecte::valider(&modele(), &v.to_string()).unwrap_err();
    assert!(
        e.message.contains("« declarant » du format 2"),
        "{}",
        e.message
    );
    // Format 1 requires `donnees`; its persons have no events.
    v.as_object_mut().unwrap().remove("declarant");
    v["usagers"][0].as_object_mut().unwrap().remove("donnees");
    v["usagers"][1]["evenements"] = json!([]);
    let l = lire(&v);
    let vus: Vec<_> = l
        .constats
        .iter()
        .map(|c| (c.chemin.as_str(), c.code))
        .collect();
    assert_eq!(
        vus,
        vec![
            ("", CodeConstat::Type),
            ("usagers[0].donnees", CodeConstat::Obligatoire),
            ("usagers[1].evenements", CodeConstat::ChampInconnu),
        ]
    );
}

#[test]
fn format_and_date_production_are_checked_when_read() {
    let mut v = fichier();
    v["format"] = json!(3);
    assert!(
        collecte::valider(&modele(), &v.to_string())
            .unwrap_err()
            .message
            .contains("« format » vaut 2")
    );
    let mut v = fichier();
    v["dateProduction"] = json!("2026-01-15T10:30:00");
    assert!(
        collecte::valider(&modele(), &v.to_string())
            .unwrap_err()
            .message
            .contains("décalage")
    );
}

/// Issue 20, items 14 and 15, through the model-driven reader: year 0000
/// wherever a date goes to FHIR or CDA, a lowercase Corsican INS.
#[test]
fn year_0000_dates_and_a_lowercase_ins_are_findings() {
    let mut v = fichier();
    let u = &mut v["usagers"][0];
    u["identite"]["dateNaissance"] = json!("0000-01-01");
    u["sejour"]["debut"] = json!("0000-01-03");
    u["evenements"][0]["debut"] = json!("0000-03-04T08:30:00+01:00");
    u["evaluations"][0]["date"] = json!("0000-03-04");
    use CodeConstat::*;
    assert_eq!(
        constats(&v),
        vec![
            c("usagers[0].identite.dateNaissance", Min),
            c("usagers[0].sejour.debut", Min),
            c("usagers[0].evenements[0].debut", Min),
            c("usagers[0].evaluations[0].date", Min),
        ]
    );
    // 2A in lower case: the INS's form is refused (its key would check).
    let mut v = fichier();
    v["usagers"][0]["identite"]["ins"]["valeur"] = json!("185022a12345682");
    assert_eq!(constats(&v), vec![c("usagers[0].identite.ins", Motif)]);
    v["usagers"][0]["identite"]["ins"]["valeur"] = json!("185022A12345682");
    assert_eq!(constats(&v), vec![]);
}
