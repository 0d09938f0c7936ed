//! The user-level collection file (`usager.md`): envelope, identities,
//! `donnees` validated as a WS05 payload's, findings prefixed `usagers[i].`.

use serde_json::{Value, json};
use sidoba::CodeConstat;
use sidoba_core::model::{self, Modele, Source};
use sidoba_core::usager::collecte::{self, Fichier};

fn racine() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn modele(nom: &str) -> Modele {
    let octets = std::fs::read(racine().join("models").join(nom)).unwrap();
    let source = Source::depuis_octets(nom, octets).unwrap();
    model::charger(&source, false).unwrap().0
}

fn exemple_brut() -> Value {
    let t = std::fs::read_to_string(racine().join("core/tests/collectes/ssiad-usager-2025.json"))
        .unwrap();
    serde_json::from_str(&t).unwrap()
}

/// The sample as a format 2 file: its professional and declarant, an event
/// and an evaluation for its first person.
fn exemple() -> Value {
    let mut v = exemple_brut();
    if v.get("format").is_none() {
        let o = v.as_object_mut().unwrap();
        o.insert("format".into(), json!(2));
        o.insert(
            "professionnels".into(),
            json!([{"identifiant": "P-17", "rpps": "10101010105", "nom": "DURAND",
                    "prenom": "ALICE", "profession": "60"},
                   {"identifiant": "P-18", "nom": "LEROY", "prenom": "BRUNO"}]),
        );
        o.insert("declarant".into(), json!("P-17"));
        v["usagers"][0]["evenements"] = json!([
            {"identifiant": "E-881", "type": "MED-1298",
             "debut": "2025-03-04T08:30:00+01:00", "fin": "2025-03-04T09:00:00+01:00",
             "statut": "REALISE", "professionnels": ["P-17", "P-18"]}]);
        v["usagers"][0]["evaluations"] = json!([
            {"identifiant": "21564659",
             "grille": "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-situation-ssiad",
             "date": "2025-03-04", "evaluateur": "P-17", "evenement": "E-881",
             "reponses": {"incontinence": true, "obesite": false}}]);
    }
    v
}

fn constats(v: &Value) -> Vec<(String, CodeConstat)> {
    let m = modele("ssiad-usager-2025.json");
    let lue = collecte::valider(&m, &v.to_string()).unwrap();
    lue.constats
        .iter()
        .map(|c| (c.chemin.clone(), c.code))
        .collect()
}

fn c(chemin: &str, code: CodeConstat) -> (String, CodeConstat) {
    (chemin.to_owned(), code)
}

#[test]
fn the_sample_collection_is_valid_and_its_persons_are_taken() {
    let m = modele("ssiad-usager-2025.json");
    let t = exemple().to_string();
    let lue = collecte::valider(&m, &t).unwrap();
    assert!(lue.constats.is_empty(), "{}", lue.constats);
    assert_eq!(lue.personnes.len(), 2);
    assert!(lue.personnes.iter().all(Option::is_some));
    assert_eq!(collecte::genre(&t), Fichier::Collecte);
}

#[test]
fn every_sample_collection_is_valid_against_its_model() {
    let dossier = racine().join("core/tests/collectes");
    let mut n = 0;
    for e in std::fs::read_dir(&dossier).unwrap() {
        let p = e.unwrap().path();
        let nom = p.file_name().unwrap().to_string_lossy().into_owned();
        let m = modele(&nom);
        let lue = collecte::valider(&m, &std::fs::read_to_string(&p).unwrap()).unwrap();
        // A format 1 sample has its one warning, and nothing else.
        let seuls = lue
            .constats
            .iter()
            .all(|c| c.message == sidoba::usager::AVERTISSEMENT_FORMAT_1);
        assert!(lue.constats.len() <= 1 && seuls, "{nom}: {}", lue.constats);
        assert!(lue.personnes.iter().all(Option::is_some), "{nom}");
        n += 1;
    }
    assert_eq!(n, 3);
}

#[test]
fn bad_identities_are_blocking_findings_at_their_keys_in_order() {
    let mut v = exemple();
    v["structure"]["finess"] = json!("01000000");
    let a = &mut v["usagers"][0]["identite"];
    a["ins"]["valeur"] = json!("237047505612347");
    a["prenomsNaissance"] = json!(["JEANNE MARIE"]);
    a["dateNaissance"] = json!("2026-01-16");
    a["rangNaissance"] = json!(0);
    a["sexe"] = json!("X");
    a["surnom"] = json!("JEANNOT");
    let b = &mut v["usagers"][1];
    b["identifiant"] = json!("194704032");
    b["identite"]["ins"] = json!({"type": "NIA", "valeur": "237047505612346"});
    b["identite"]["dateNaissance"] = json!("1982-02-30");
    b["sejour"]["fin"] = json!("2025-01-01");
    assert_eq!(
        constats(&v),
        vec![
            c("structure.finess", CodeConstat::Motif),
            c("usagers[0].identite.surnom", CodeConstat::ChampInconnu),
            c("usagers[0].identite.ins", CodeConstat::Motif),
            c("usagers[0].identite.prenomsNaissance", CodeConstat::Motif),
            c("usagers[0].identite.sexe", CodeConstat::Nomenclature),
            c("usagers[0].identite.rangNaissance", CodeConstat::Min),
            c("usagers[0].identite.dateNaissance", CodeConstat::Max),
            c("usagers[1].identifiant", CodeConstat::Doublon),
            c("usagers[1].identite.statut", CodeConstat::Nomenclature),
            c("usagers[1].identite.dateNaissance", CodeConstat::Type),
            c("usagers[1].sejour.fin", CodeConstat::Min),
        ]
    );
    let mut v = exemple();
    v["usagers"][0]["identite"]
        .as_object_mut()
        .unwrap()
        .remove("ins");
    v["usagers"][1]["identite"] = json!("DURAND");
    assert_eq!(
        constats(&v),
        vec![
            c("usagers[0].identite.ins", CodeConstat::Obligatoire),
            c("usagers[1].identite", CodeConstat::Type),
        ]
    );
}

#[test]
fn person_findings_carry_the_person_position_and_never_the_identity() {
    let mut v = exemple();
    // Out of its bounds, the value is not seen by the rules (R03 passes).
    v["usagers"][1]["donnees"]["nb_passages_infirmiers"] = json!(-3);
    v["usagers"][1]["donnees"]
        .as_object_mut()
        .unwrap()
        .remove("motif_fin");
    v["usagers"][0]["donnees"]["hospitalisations"][0]["hospitalisation_debut"] =
        json!("2024-12-01");
    v["usagers"][0]["identite"]["premierPrenom"] = json!("JEANNE\"<&> X");
    let m = modele("ssiad-usager-2025.json");
    let lue = collecte::valider(&m, &v.to_string()).unwrap();
    let vus: Vec<_> = lue
        .constats
        .iter()
        .map(|c| (c.chemin.as_str(), c.code, c.regle.as_deref()))
        .collect();
    assert_eq!(
        vus,
        vec![
            (
                "usagers[0].identite.premierPrenom",
                CodeConstat::Motif,
                None
            ),
            (
                "usagers[0].hospitalisations[0].hospitalisation_debut",
                CodeConstat::Min,
                None
            ),
            ("usagers[1].nb_passages_infirmiers", CodeConstat::Min, None),
            ("usagers[1]", CodeConstat::Regle, Some("R05")),
        ]
    );
    let tout = format!("{}{:?}", lue.constats, lue);
    for secret in [
        "MARTIN",
        "JEANNE",
        "DURAND",
        "PAUL",
        "237047505612346",
        "194704032",
        "1937-04-12",
        "S-2025",
    ] {
        assert!(!tout.contains(secret), "{secret} paraît : {tout}");
    }
}

#[test]
fn envelope_faults_stop_reading_with_their_place() {
    let m = modele("ssiad-usager-2025.json");
    let erreur = |t: &str| collecte::valider(&m, t).unwrap_err();
    let mut v = exemple();
    v["campagne"] = json!("SSIAD-2025");
    let e = erreur(&serde_json::to_string_pretty(&v).unwrap());
    assert_eq!((e.position.ligne, e.position.colonne), (2, 15), "{e}");
    assert!(e.message.contains("SSIAD-USAGER-2025"), "{e}");
    let mut v = exemple();
    v["modele"]["version"] = json!("2024.1");
    assert!(erreur(&v.to_string()).message.contains("version du modèle"));
    let mut v = exemple();
    v.as_object_mut().unwrap().remove("dateProduction");
    assert!(erreur(&v.to_string()).message.contains("dateProduction"));
    let mut v = exemple();
    v["usagers"] = json!({});
    assert!(erreur(&v.to_string()).message.contains("tableau"));
    // A JSON fault inside an identity: its place, never its text.
    let t = "{\"campagne\": \"SSIAD-USAGER-2025\",\n \"usagers\": [{\"identite\": {\"nomNaissance\": \"MARTIN\" \"x\"}}]}";
    let e = erreur(t);
    assert_eq!(e.position.ligne, 2, "{e}");
    assert!(!e.message.contains("MARTIN"), "{e}");
    // A collection against a structure-level model.
    let s = modele("ssiad-2025.json");
    let e = collecte::valider(&s, &exemple().to_string()).unwrap_err();
    assert!(e.message.contains("niveau structure"), "{e}");
}

#[test]
fn a_json_fault_inside_donnees_is_placed_in_the_collection_file() {
    let m = modele("ssiad-usager-2025.json");
    let t = serde_json::to_string_pretty(&exemple())
        .unwrap()
        .replace("\"obesite\": true", "\"obesite\": true, \"obesite\": false");
    let e = collecte::valider(&m, &t).unwrap_err();
    let ligne = t
        .lines()
        .position(|l| l.contains("\"obesite\": true, \"obesite\""))
        .unwrap()
        + 1;
    assert_eq!(e.position.ligne, ligne, "{e}");
}

#[test]
fn files_are_told_apart_by_content() {
    let m = modele("ssiad-usager-2025.json");
    assert_eq!(
        collecte::genre(r#"{"resourceType": "Bundle"}"#),
        Fichier::Bundle
    );
    assert_eq!(
        collecte::genre(r#"{"campagne": "x", "donnees": {}}"#),
        Fichier::Payload
    );
    assert_eq!(collecte::genre("pas du JSON"), Fichier::Payload);
    assert_eq!(
        collecte::genre(r#"{"campagne": {"usagers": 1}, "donnees": {"usagers": []}}"#),
        Fichier::Payload
    );
    assert_eq!(
        collecte::genre(r#"{"campagne": "x", "modele": {}, "usagers": []}"#),
        Fichier::Collecte
    );
    assert_eq!(
        collecte::genre("\u{feff}{\"structure\": {}}"),
        Fichier::Collecte
    );
    // A Bundle goes to the Bundle reader (core/tests/usager_bundle.rs).
    let e = sidoba_core::usager::valider_fichier(&m, r#"{"resourceType": "Bundle"}"#).unwrap_err();
    assert!(e[0].message.contains("/type"), "{:?}", e);
}

#[test]
fn a_thousand_hostile_persons_are_read() {
    let mut v = exemple();
    let p = v["usagers"][1].clone();
    let mut tous = Vec::new();
    for i in 0..1000 {
        let mut q = p.clone();
        q["identifiant"] = json!(format!("P{i:04}"));
        q["identite"]["nomNaissance"] = json!(format!("É\"<&>{}", "x".repeat(10_000)));
        tous.push(q);
    }
    v["usagers"] = Value::Array(tous);
    let m = modele("ssiad-usager-2025.json");
    let lue = collecte::valider(&m, &v.to_string()).unwrap();
    assert!(lue.constats.is_empty(), "{}", lue.constats);
    assert_eq!(lue.personnes.iter().flatten().count(), 1000);
}
