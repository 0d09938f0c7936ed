//! The TDDUI rules neither FHIR validator knows (`usager.md`, WS09), checked
//! on a Bundle against the collection file it was written from: one
//! Organization, a Practitioner per professional, per person a Patient, a
//! stay, an Encounter per event, a QuestionnaireResponse per evaluation and
//! one for the campaign report, identifiers in the guide's formats, every
//! reference resolved, `author`/`source` as the invariant
//! `professionnel-requis` needs.

use serde_json::{Value, json};
use sidoba_core::model::Modele;
use sidoba_core::usager::questionnaire::BASE_DEFAUT;
use std::collections::{BTreeMap, BTreeSet};

const PROFILS: &str = "https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/";

/// The entries of one resource type, with their fullUrls.
type Entrees<'b> = Vec<(&'b str, &'b Value)>;

fn profil(r: &Value) -> &str {
    r["meta"]["profile"][0]
        .as_str()
        .unwrap()
        .trim_start_matches(PROFILS)
}

pub fn regles_tddui(m: &Modele, collecte: &Value, b: &Value) {
    assert_eq!(b["resourceType"], "Bundle");
    assert_eq!(b["type"], "transaction");
    assert_eq!(
        b["meta"]["profile"],
        json!([format!("{PROFILS}tddui-bundle")])
    );
    let finess = collecte["structure"]["finess"].as_str().unwrap();
    let entrees = b["entry"].as_array().unwrap();
    let urls: BTreeSet<&str> = entrees
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap())
        .collect();
    assert_eq!(urls.len(), entrees.len(), "fullUrls are unique");
    let mut par_profil: BTreeMap<&str, Entrees<'_>> = BTreeMap::new();
    for e in entrees {
        let r = &e["resource"];
        let t = r["resourceType"].as_str().unwrap();
        let url = e["fullUrl"].as_str().unwrap();
        assert!(url.starts_with("urn:uuid:"));
        assert_eq!(
            e["request"],
            json!({"method": "POST", "url": t}),
            "request of {t}"
        );
        let profils = r["meta"]["profile"].as_array().unwrap();
        assert_eq!(profils.len(), 1);
        assert!(profils[0].as_str().unwrap().starts_with(PROFILS), "{t}");
        par_profil.entry(profil(r)).or_default().push((url, r));
        references(r, &urls);
    }
    let de = |p: &str| par_profil.get(p).cloned().unwrap_or_default();
    let vide = Vec::new();
    let pros = collecte["professionnels"].as_array().unwrap_or(&vide);
    let usagers = collecte["usagers"].as_array().unwrap();
    let n = usagers.len();
    let evenements: usize = usagers
        .iter()
        .map(|u| u["evenements"].as_array().map_or(0, Vec::len))
        .sum();
    let evaluations: usize = usagers
        .iter()
        .map(|u| u["evaluations"].as_array().map_or(0, Vec::len))
        .sum();
    let rapports = usagers
        .iter()
        .filter(|u| u.get("donnees").is_some())
        .count();
    let patients = [de("tddui-patient"), de("tddui-patient-ins")].concat();
    assert_eq!(de("tddui-organization").len(), 1);
    assert_eq!(de("tddui-practitioner").len(), pros.len());
    assert_eq!(patients.len(), n);
    assert_eq!(de("tddui-encounter-sejour").len(), n);
    assert_eq!(de("tddui-encounter-evenement").len(), evenements);
    assert_eq!(
        de("tddui-questionnaire-response").len(),
        evaluations + rapports
    );
    assert_eq!(
        entrees.len(),
        1 + pros.len() + 2 * n + evenements + evaluations + rapports
    );
    let (org_url, org) = de("tddui-organization")[0];
    assert_eq!(org["identifier"][0]["system"], "urn:oid:1.2.250.1.71.4.2.2");
    assert_eq!(org["identifier"][0]["value"], format!("1{finess}"));
    assert_eq!(org["identifier"][0]["type"]["coding"][0]["code"], "IDNST");
    if let Some(nom) = collecte["structure"].get("raisonSociale") {
        assert_eq!(&org["name"], nom);
    }
    // Practitioners: idNatPs, the local identifier (INTRN), name.
    let mut praticiens = BTreeMap::new();
    for (p, (url, r)) in pros.iter().zip(de("tddui-practitioner")) {
        let id = p["identifiant"].as_str().unwrap();
        let ids = r["identifier"].as_array().unwrap();
        assert_eq!(ids[0]["system"], "urn:oid:1.2.250.1.71.4.2.1");
        assert_eq!(ids[0]["type"]["coding"][0]["code"], "IDNPS");
        let idnat = match p["rpps"].as_str() {
            Some(rpps) => format!("8{rpps}"),
            None => format!("3{finess}/{id}"),
        };
        assert_eq!(ids[0]["value"], idnat.as_str());
        assert_eq!(ids[1]["type"]["coding"][0]["code"], "INTRN");
        assert_eq!(ids[1]["value"], format!("3{finess}/{id}").as_str());
        assert_eq!(r["name"][0]["family"], p["nom"]);
        praticiens.insert(id, url);
    }
    let campagne = &m.campagne.id;
    let codes = codes_du_modele(m);
    let sejours = de("tddui-encounter-sejour");
    let evts = de("tddui-encounter-evenement");
    let qrs = de("tddui-questionnaire-response");
    for u in usagers {
        let id = u["identifiant"].as_str().unwrap();
        let local = format!("3{finess}/{id}");
        let (patient, p) = *patients
            .iter()
            .find(|(_, p)| {
                p["identifier"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|x| x["value"] == local.as_str())
            })
            .expect("the person's Patient");
        let qualifiee = u["identite"]["statut"] == "qualifiee";
        assert_eq!(
            profil(p),
            if qualifiee {
                "tddui-patient-ins"
            } else {
                "tddui-patient"
            }
        );
        // FR Core 2.1.0: VALI or PROV only.
        let statut = &p["extension"][0]["extension"][0]["valueCoding"]["code"];
        let attendu = match u["identite"]["statut"].as_str().unwrap() {
            "qualifiee" | "validee" => "VALI",
            _ => "PROV",
        };
        assert_eq!(statut, attendu);
        let ins = p["identifier"].as_array().unwrap().iter().find(|x| {
            x["system"]
                .as_str()
                .unwrap()
                .starts_with("urn:oid:1.2.250.1.213.1.4.")
        });
        assert_eq!(ins.is_some(), qualifiee, "an INS exactly when qualified");
        if let Some(ins) = ins {
            assert_eq!(ins["value"], u["identite"]["ins"]["valeur"]);
            assert_eq!(ins["use"], "official");
        }
        let sujet = |r: &Value| r["subject"]["reference"] == patient;
        let (sejour, e) = *sejours.iter().find(|(_, e)| sujet(e)).expect("stay");
        let ident = &e["identifier"][0];
        assert_eq!(
            ident["type"]["coding"][0]["system"],
            "https://interop.esante.gouv.fr/ig/fhir/tddui/CodeSystem/tddui-encounter-identifier"
        );
        let sej = format!(
            "{local}-SEJOUR-{}",
            u["sejour"]["identifiant"].as_str().unwrap()
        );
        assert_eq!(ident["value"], sej.as_str());
        let fini = !u["sejour"]["fin"].is_null() && u["sejour"].get("fin").is_some();
        assert_eq!(e["status"], if fini { "finished" } else { "in-progress" });
        assert_eq!(e["class"]["code"], "HH");
        assert_eq!(e["serviceProvider"]["reference"], org_url);
        // Events: partOf the stay, identifier, status, participants.
        let mut rencontres = BTreeMap::new();
        for ev in u["evenements"].as_array().unwrap_or(&vide) {
            let num = ev["identifiant"].as_str().unwrap();
            let valeur = format!("{local}-EVN-{num}");
            let (url, r) = *evts
                .iter()
                .find(|(_, r)| r["identifier"][0]["value"] == valeur.as_str())
                .expect("event Encounter");
            assert!(sujet(r));
            assert_eq!(r["partOf"]["reference"], sejour);
            assert_eq!(r["identifier"][0]["type"]["coding"][0]["code"], "VN");
            let statut = match ev["statut"].as_str().unwrap() {
                "PLANIFIE" => "planned",
                "VALIDE" => "triaged",
                "REALISE" => "finished",
                _ => "cancelled",
            };
            assert_eq!(r["status"], statut);
            assert_eq!(r["type"][0]["coding"][0]["code"], ev["type"]);
            assert_eq!(r["period"]["start"], ev["debut"]);
            assert_eq!(r["period"]["end"], ev["fin"]);
            let participants: Vec<&Value> = r["participant"]
                .as_array()
                .unwrap_or(&vide)
                .iter()
                .map(|x| &x["individual"]["reference"])
                .collect();
            let attendus: Vec<&str> = ev["professionnels"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| praticiens[x.as_str().unwrap()])
                .collect();
            assert_eq!(participants, attendus);
            rencontres.insert(num, url);
        }
        // Evaluations: the grid's URL|version, author = source = evaluator.
        for ev in u["evaluations"].as_array().unwrap_or(&vide) {
            let num = ev["identifiant"].as_str().unwrap();
            let valeur = format!("{local}-EVAL-{num}");
            let (_, q) = *qrs
                .iter()
                .find(|(_, q)| q["identifier"]["value"] == valeur.as_str())
                .expect("evaluation QuestionnaireResponse");
            assert!(sujet(q));
            assert_eq!(
                q["questionnaire"],
                format!("{}|2.3.0", ev["grille"].as_str().unwrap()).as_str()
            );
            let auteur = praticiens[ev["evaluateur"].as_str().unwrap()];
            assert_eq!(q["author"]["reference"], auteur);
            assert_eq!(q["source"]["reference"], auteur);
            assert_eq!(q["authored"], ev["date"]);
            match ev["evenement"].as_str() {
                Some(e) => assert_eq!(q["encounter"]["reference"], rencontres[e]),
                None => assert!(q.get("encounter").is_none()),
            }
            assert!(!q["item"].as_array().unwrap().is_empty());
        }
        // The campaign report: author = the declarant, no source.
        if u.get("donnees").is_some() {
            let valeur = format!("{local}-EVAL-{campagne}");
            let (_, q) = *qrs
                .iter()
                .find(|(_, q)| q["identifier"]["value"] == valeur.as_str())
                .expect("campaign report");
            assert!(sujet(q));
            assert_eq!(
                q["questionnaire"],
                format!(
                    "{}|{}",
                    sidoba_core::usager::questionnaire::url(BASE_DEFAUT, m),
                    m.identite.version
                )
                .as_str()
            );
            let production: sidoba::usager::DateHeure = collecte["dateProduction"]
                .as_str()
                .unwrap()
                .parse()
                .unwrap();
            assert_eq!(q["authored"], production.to_string().as_str());
            assert_eq!(q["status"], "completed");
            assert!(q.get("encounter").is_none() && q.get("source").is_none());
            match collecte["declarant"].as_str() {
                Some(d) => assert_eq!(q["author"]["reference"], praticiens[d]),
                None => assert!(q.get("author").is_none()),
            }
            link_ids(q.get("item"), &codes);
        }
    }
}

/// Every `reference` in a resource resolves to an entry of the Bundle.
fn references(v: &Value, urls: &BTreeSet<&str>) {
    match v {
        Value::Object(o) => {
            if let Some(Value::String(r)) = o.get("reference") {
                assert!(urls.contains(r.as_str()), "reference {r} does not resolve");
            }
            o.values().for_each(|x| references(x, urls));
        }
        Value::Array(a) => a.iter().for_each(|x| references(x, urls)),
        _ => {}
    }
}

/// Block codes and field codes of the model.
fn codes_du_modele(m: &Modele) -> (BTreeSet<String>, BTreeSet<String>) {
    let blocs = m.tous_les_blocs().iter().map(|b| b.code.clone()).collect();
    let champs = m.champs().iter().map(|(_, c)| c.code.clone()).collect();
    (blocs, champs)
}

/// Groups are blocks, answers are fields; an empty item list is left out
/// (a row with nothing filled is a group holding only its linkId).
fn link_ids(items: Option<&Value>, codes: &(BTreeSet<String>, BTreeSet<String>)) {
    let Some(items) = items else { return };
    let items = items.as_array().unwrap();
    assert!(!items.is_empty(), "an empty item list is left out");
    for it in items {
        let id = it["linkId"].as_str().unwrap();
        match (it.get("item"), it.get("answer")) {
            (Some(sous), None) => {
                assert!(codes.0.contains(id), "group {id} is a block code");
                link_ids(Some(sous), codes);
            }
            (None, Some(a)) => {
                assert!(codes.1.contains(id), "item {id} is a field code");
                assert!(!a.as_array().unwrap().is_empty());
            }
            (None, None) => assert!(codes.0.contains(id), "empty row {id} is a block code"),
            (Some(_), Some(_)) => panic!("{id}: a campaign item has items or answers"),
        }
    }
}
