//! The collection file format 2 through both readers (`usager.md`): the
//! typed collection of generated code (`sidoba::usager::Collecte`) and
//! the model-driven reader give the same findings, and the typed
//! collection writes back the same bytes.

use serde_json::{Value, json};
use sidoba::usager::Collecte;
use sidoba_core::model::{Modele, Source, charger};
use sidoba_core::usager::lecteur;
use std::path::{Path, PathBuf};

use generated::ssiad_usager_2025::Rapport;

fn racine() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn modele() -> Modele {
    let chemin = "models/ssiad-usager-2025.json";
    let octets = std::fs::read(racine().join(chemin)).unwrap();
    charger(&Source::depuis_octets(chemin, octets).unwrap(), false)
        .unwrap()
        .0
}

const SITUATION: &str = "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-situation-ssiad";

fn fichier() -> Value {
    let t = std::fs::read_to_string(racine().join("core/tests/collectes/ssiad-usager-2025.json"))
        .unwrap();
    let mut v: Value = serde_json::from_str(&t).unwrap();
    let o = v.as_object_mut().unwrap();
    o.insert("format".into(), json!(2));
    o.insert("dateProduction".into(), json!("2026-01-15T10:30:00+01:00"));
    o.insert(
        "structure".into(),
        json!({"finess": "010000008", "raisonSociale": "SSIAD <Les> & \"Tilleuls\"", "categorie": "354"}),
    );
    o.insert(
        "professionnels".into(),
        json!([{"identifiant": "P-17", "rpps": "10101010105", "nom": "DURAND",
                "prenom": "ALICE", "profession": "60"},
               {"identifiant": "P-18", "nom": "LEROY", "prenom": "BRUNO"}]),
    );
    o.insert("declarant".into(), json!("P-17"));
    v["usagers"][0]["evenements"] = json!([
        {"identifiant": "E-881", "type": "MED-1298",
         "debut": "2025-03-04T08:30:00+01:00", "fin": "2025-03-04T09:00:00.5Z",
         "statut": "REALISE", "professionnels": ["P-17", "P-18"]}]);
    v["usagers"][0]["evaluations"] = json!([
        {"identifiant": "21564659", "grille": SITUATION,
         "date": "2025-03-04", "evaluateur": "P-17", "evenement": "E-881",
         "reponses": {"incontinence": true, "obesite": false}}]);
    v
}

fn chemins(c: &sidoba::Constats) -> Vec<(String, sidoba::CodeConstat, sidoba::Severite)> {
    c.iter()
        .map(|c| (c.chemin.clone(), c.code, c.severite))
        .collect()
}

#[test]
fn the_typed_collection_writes_back_the_same_bytes() {
    // Answers are kept as written, even those the grid will refuse: a
    // number as written (not as a float would print it), nested objects.
    let mut v = fichier();
    v["usagers"][0]["evaluations"][0]["reponses"]["x"] = json!(1.5);
    v["usagers"][0]["evaluations"][0]["reponses"]["g"] =
        json!({"valeur": "MED-340", "s": {"valeur": "qf0", "t": true}});
    let t = v.to_string().replace(r#""x":1.5"#, r#""x":1.50"#);
    let c = Collecte::<Rapport>::lire(&t).unwrap();
    assert_eq!(c.format, 2);
    let ecrit = c.ecrire();
    let relu = Collecte::<Rapport>::lire(&ecrit).unwrap();
    assert_eq!(relu.ecrire(), ecrit);
    // Nothing lost: the same JSON tree (numbers as written: 1.50 stays).
    assert!(ecrit.contains(r#""x":1.50"#));
    // Nothing lost (a stay's `"fin": null` is written by leaving it out).
    let a: Value = serde_json::from_str(&ecrit).unwrap();
    let mut attendu = v;
    attendu["usagers"][0]["sejour"]
        .as_object_mut()
        .unwrap()
        .remove("fin");
    // The birth order, 1 when absent, is always written.
    attendu["usagers"][1]["identite"]["rangNaissance"] = json!(1);
    attendu["usagers"][0]["evaluations"][0]["reponses"]["x"] =
        serde_json::from_str("1.50").unwrap();
    assert_eq!(a, attendu);
}

#[test]
fn both_readers_give_the_same_findings() {
    let mut cas = vec![fichier()];
    let mut v = fichier();
    v["structure"]["categorie"] = json!("999");
    v["professionnels"][1]["identifiant"] = json!("P-17");
    v["professionnels"][1]["nom"] = json!(" ");
    v["declarant"] = json!("P-99");
    let e = &mut v["usagers"][0]["evenements"][0];
    e["type"] = json!("MED-340");
    e["professionnels"] = json!(["P-17", "P-404"]);
    e["fin"] = json!("2025-03-04T08:00:00+01:00");
    let ev = &mut v["usagers"][0]["evaluations"][0];
    ev["date"] = json!("2026-01-16");
    ev["evaluateur"] = json!("P-404");
    ev["evenement"] = json!("E-404");
    ev["reponses"] = json!({});
    cas.push(v);
    // Answers that do not fit the grids, AGGIR left incomplete, adverbs
    // that contradict their modality (a warning).
    let mut v = fichier();
    let pa = "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-pa-ssiad";
    v["usagers"][0]["evaluations"] = json!([
        {"identifiant": "1", "grille": SITUATION, "date": "2025-03-04", "evaluateur": "P-17",
         "reponses": {"incontinence": "oui", "obesite": {"valeur": true}, "pointure": 42}},
        {"identifiant": "2", "grille": pa, "date": "2025-03-04", "evaluateur": "P-17",
         "reponses": {"resultat-eval": {"valeur": "MED-999",
            "fonction-pensee": {"valeur": "qf0", "pensee-spont": false, "pensee-tot": true,
                                "pensee-correct": true, "pensee-habit": "x"},
            "se-laver": {"valeur": "qf4", "laver-spont": true, "laver-tot": true,
                         "laver-correct": true, "laver-habit": true},
            "inconnu": true}}}]);
    cas.push(v);
    let mut v = fichier();
    v.as_object_mut().unwrap().remove("declarant");
    cas.push(v);
    let m = modele();
    for (k, v) in cas.iter().enumerate() {
        let t = v.to_string();
        let type_ = Collecte::<Rapport>::lire(&t).unwrap().valider();
        // The model-driven reader with the grids' checker
        // (`sidoba_core::grilles`), as `sidoba validate` runs it.
        let modele = lecteur::valider(&m, &t).unwrap().lue.constats;
        assert_eq!(chemins(&type_), chemins(&modele), "cas {k}");
        assert_eq!(!type_.is_empty(), k > 0, "cas {k}: {type_}");
    }
}

#[test]
fn the_typed_reader_refuses_bad_keys_without_quoting_them() {
    let mut v = fichier();
    v["professionnels"][0]["rpps"] = json!("10101010106");
    let e = Collecte::<Rapport>::lire(&v.to_string()).unwrap_err();
    assert!(
        e.message.contains("RPPS") && !e.message.contains("1010101010"),
        "{}",
        e.message
    );
    let mut v = fichier();
    v.as_object_mut().unwrap().remove("format");
    let e = Collecte::<Rapport>::lire(&v.to_string()).unwrap_err();
    assert!(e.message.contains("du format 2"), "{}", e.message);
    let c = Collecte::<Rapport>::lire(&fichier().to_string()).unwrap();
    let d = format!("{c:?}");
    for secret in [
        "DURAND",
        "ALICE",
        "10101010105",
        "MARTIN",
        "237047505612346",
    ] {
        assert!(!d.contains(secret), "{secret} dans {d}");
    }
}

/// Hostile format 2 inputs (`usager.md`): 1,000 persons with 20 events
/// each, names with `<`, `&`, `]]>`, RTL marks and 10 KB strings, through
/// both readers and the writer: valid, the same findings, a Bundle, and
/// no identity nor professional's name in any finding, error or `Debug`.
#[test]
fn a_thousand_hostile_persons_with_twenty_events_each() {
    let long = format!("NOMPRO\u{202e}<&]]>{}", "é".repeat(5_000));
    let mut v = fichier();
    v["professionnels"][0]["nom"] = json!(long);
    v["professionnels"][1]["prenom"] = json!("PRENOMPRO\u{2066}]]>&<");
    let modele_personne = v["usagers"][0].clone();
    let mut usagers = Vec::new();
    for i in 0..1000 {
        let mut p = modele_personne.clone();
        p["identifiant"] = json!(format!("U<{i}>&"));
        p["identite"]["nomNaissance"] = json!(format!("SECRET\u{200f}<&]]>{i}"));
        p["evenements"] = json!(
            (0..20)
                .map(
                    |k| json!({"identifiant": format!("E{k}"), "type": "MED-1296",
                "debut": "2025-03-04T08:30:00+01:00", "fin": "2025-03-04T09:00:00+01:00",
                "statut": "REALISE", "professionnels": ["P-17", "P-18"]})
                )
                .collect::<Vec<_>>()
        );
        p["evaluations"][0]["evenement"] = json!("E3");
        usagers.push(p);
    }
    v["usagers"] = json!(usagers);
    let t = v.to_string();
    let c = Collecte::<Rapport>::lire(&t).unwrap();
    let constats = c.valider();
    assert!(constats.valide(), "{constats}");
    let m = modele();
    let lu = lecteur::valider(&m, &t).unwrap();
    assert_eq!(chemins(&constats), chemins(&lu.lue.constats));
    let b = c.bundle(sidoba::usager::fhir::BASE_DEFAUT).unwrap();
    let bundle: Value = serde_json::from_str(&b).unwrap();
    // Organization, 2 Practitioners, per person Patient, stay, 20 events,
    // an evaluation and the campaign report.
    assert_eq!(bundle["entry"].as_array().unwrap().len(), 3 + 1000 * 24);
    // The model-driven writer gives the same bytes.
    let p = sidoba_core::usager::bundle::bundle(&m, &t, sidoba::usager::fhir::BASE_DEFAUT, None)
        .unwrap();
    assert_eq!(p.bundle, b);
    // Bad keys: findings and errors say where, never what.
    let mut w = v.clone();
    w["professionnels"][0]["rpps"] = json!("10101010106");
    w["usagers"][7]["identite"]["ins"]["valeur"] = json!("237047505612347");
    w["usagers"][9]["evenements"][4]["professionnels"] = json!(["PRO-INCONNU-SECRET"]);
    let tw = w.to_string();
    let e = Collecte::<Rapport>::lire(&tw).unwrap_err();
    let lu = lecteur::valider(&m, &tw).unwrap();
    let tout = format!("{e} {e:?} {} {:?} {c:?}", lu.lue.constats, lu.lue.constats);
    for secret in [
        "SECRET",
        "NOMPRO",
        "PRENOMPRO",
        "10101010106",
        "237047505612347",
        "MARTIN",
    ] {
        assert!(!tout.contains(secret), "{secret}");
    }
    let vus: Vec<_> = lu.lue.constats.iter().map(|c| c.chemin.as_str()).collect();
    assert_eq!(
        vus,
        [
            "professionnels[0].rpps",
            "usagers[7].identite.ins",
            "usagers[9].evenements[4].professionnels[0]"
        ]
    );
}
