//! Reading a TDDUI Bundle back (usager.md): the hand-written Bundles of
//! `core/tests/bundles/` give the sample collections of
//! `core/tests/collectes/`; what is not a TDDUI Bundle of the model is
//! an error at its JSON pointer and line:column; what contradicts the model
//! in a QuestionnaireResponse is a finding at `usagers[i]. …`.

use serde_json::{Value, json};
use sidoba::{CodeConstat, Severite};
use sidoba_core::model::{self, Modele, Source};
use sidoba_core::usager::lecture_bundle::{self, Genre};
use sidoba_core::usager::{Fichier, collecte, valider_fichier};

fn racine() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn modele(nom: &str) -> Modele {
    let octets = std::fs::read(racine().join("models").join(nom)).unwrap();
    let source = Source::depuis_octets(nom, octets).unwrap();
    model::charger(&source, false).unwrap().0
}

fn fichier(dossier: &str, nom: &str) -> String {
    std::fs::read_to_string(racine().join("core/tests").join(dossier).join(nom)).unwrap()
}

fn ssiad() -> Value {
    serde_json::from_str(&fichier("bundles", "ssiad-usager-2025.json")).unwrap()
}

/// Nulls removed and the default birth order made explicit, so that a
/// collection file and the one rebuilt from its Bundle compare.
fn normal(mut v: Value) -> Value {
    fn sans_null(v: &mut Value) {
        match v {
            Value::Object(o) => {
                o.retain(|_, x| !x.is_null());
                o.values_mut().for_each(sans_null);
            }
            Value::Array(a) => a.iter_mut().for_each(sans_null),
            _ => {}
        }
    }
    sans_null(&mut v);
    // What format 2 adds (the Bundle's Practitioner, the report's author).
    for k in ["format", "professionnels", "declarant"] {
        v.as_object_mut().unwrap().remove(k);
    }
    for u in v["usagers"].as_array_mut().unwrap() {
        let i = u["identite"].as_object_mut().unwrap();
        i.entry("rangNaissance").or_insert(json!(1));
    }
    v
}

fn erreurs(m: &Modele, b: &Value) -> Vec<String> {
    let t = serde_json::to_string_pretty(b).unwrap();
    lecture_bundle::lire(m, &t)
        .unwrap_err()
        .0
        .iter()
        .map(|e| e.to_string())
        .collect()
}

fn constats(m: &Modele, b: &Value) -> Vec<(String, CodeConstat, Severite)> {
    lecture_bundle::valider(m, &serde_json::to_string_pretty(b).unwrap())
        .unwrap()
        .constats
        .iter()
        .map(|c| (c.chemin.clone(), c.code, c.severite))
        .collect()
}

/// A format 2 sample as its hand-written Bundle holds it: its
/// professionals and declarant, but no events nor evaluations, the
/// production date only, the FINESS only.
fn format_1(mut v: Value) -> Value {
    let o = v.as_object_mut().unwrap();
    if let Some(d) = o.get("dateProduction").and_then(Value::as_str) {
        let d = d[..10].to_owned();
        o.insert("dateProduction".into(), json!(d));
    }
    v["structure"] = json!({ "finess": v["structure"]["finess"] });
    for u in v["usagers"].as_array_mut().unwrap() {
        let u = u.as_object_mut().unwrap();
        u.remove("evenements");
        u.remove("evaluations");
    }
    v
}

/// The first QuestionnaireResponse's first group's items.
fn items_qr0(b: &mut Value) -> &mut Vec<Value> {
    b["entry"][3]["resource"]["item"][0]["item"]
        .as_array_mut()
        .unwrap()
}

#[test]
fn every_sample_bundle_reads_back_into_its_sample_collection_and_is_valid() {
    for nom in [
        "ssiad-usager-2025.json",
        "rama-usager-2026.json",
        "ra-camsp-usager-2025.json",
    ] {
        let m = modele(nom);
        let b = fichier("bundles", nom);
        let lu = lecture_bundle::lire(&m, &b).unwrap_or_else(|e| panic!("{nom}: {e}"));
        assert_eq!(lu.genre, Genre::Ws09);
        let attendu = format_1(serde_json::from_str(&fichier("collectes", nom)).unwrap());
        let relu: Value = serde_json::from_str(&lu.collecte).unwrap();
        assert_eq!(relu["format"], 2);
        // The report's author is the declarant, one of the professionals.
        let pros = relu["professionnels"].as_array().unwrap();
        assert!(
            pros.iter().any(|p| p["identifiant"] == relu["declarant"]),
            "{nom}"
        );
        assert_eq!(normal(relu), normal(attendu.clone()), "{nom}");
        assert_eq!(lu.personnes, attendu["usagers"].as_array().unwrap().len());
        let lue = lecture_bundle::valider(&m, &b).unwrap();
        assert!(lue.constats.is_empty(), "{nom}: {}", lue.constats);
        assert!(lue.personnes.iter().all(Option::is_some), "{nom}");
        assert_eq!(
            lue.date_production.date().to_string(),
            attendu["dateProduction"].as_str().unwrap()
        );
        assert_eq!(collecte::genre(&b), Fichier::Bundle);
        let (genre, c) = valider_fichier(&m, &b).unwrap();
        assert_eq!((genre, c.len()), (Fichier::Bundle, 0), "{nom}");
    }
}

#[test]
fn what_is_not_a_bundle_is_one_error_saying_what_it_is() {
    let m = modele("ssiad-usager-2025.json");
    let e = erreurs(&m, &json!({"resourceType": "Patient"}));
    assert_eq!(e.len(), 1);
    assert!(
        e[0].starts_with("1:1 : /resourceType : ressource FHIR « Patient »"),
        "{e:?}"
    );
    let e = erreurs(&m, &json!([1]));
    assert!(e[0].contains("un Bundle FHIR est un objet JSON"), "{e:?}");
    let structure = modele("ssiad-2025.json");
    let e = erreurs(&structure, &ssiad());
    assert!(e[0].contains("niveau structure"), "{e:?}");
}

#[test]
fn envelope_faults_are_all_reported_at_once_with_pointer_and_place() {
    let m = modele("ssiad-usager-2025.json");
    let mut b = ssiad();
    b["type"] = json!("batch");
    // No Organization any more: every entry moves up by one.
    b["entry"].as_array_mut().unwrap().remove(0);
    b["entry"][2]["request"]["method"] = json!("PUT");
    b["entry"][0]["fullUrl"] = json!("PAS-UNE-URI");
    let e = erreurs(&m, &b);
    let texte = e.join("\n");
    for attendu in [
        "/type : le Bundle TDDUI est de type « transaction »",
        "/entry/0/fullUrl : « fullUrl » doit être une URI absolue",
        "/entry/2/request/method : « request.method » : « POST »",
        "/entry : le Bundle n'a pas d'Organization de la structure",
        // The Patient has no fullUrl now: what is about it is about no one.
        "/entry/1/resource/subject : « subject » désigne un Patient qui n'est pas dans le Bundle",
    ] {
        assert!(texte.contains(attendu), "{attendu}\n---\n{texte}");
    }
    // Every error has a real line:column.
    let t = serde_json::to_string_pretty(&b).unwrap();
    let lignes = t.lines().count();
    for x in &e {
        let l: usize = x.split(':').next().unwrap().parse().unwrap();
        assert!(l >= 1 && l <= lignes, "{x}");
    }
}

#[test]
fn references_outside_the_bundle_are_allowed_but_a_subject_must_be_in_it() {
    let m = modele("ssiad-usager-2025.json");
    let mut b = ssiad();
    // An origin outside the Bundle: allowed (the guide's example has one).
    b["entry"][2]["resource"]["hospitalization"] =
        json!({"origin": {"reference": "Organization/ailleurs"}});
    assert!(lecture_bundle::lire(&m, &b.to_string()).is_ok());
    b["entry"][3]["resource"]["subject"]["reference"] =
        json!("urn:uuid:00000000-0000-4000-8000-000000000000");
    b["entry"][2]["resource"]["subject"]["reference"] = b["entry"][0]["fullUrl"].clone();
    let e = erreurs(&m, &b).join("\n");
    assert!(
        e.contains("/entry/3/resource/subject : « subject » désigne un Patient qui n'est pas dans le Bundle"),
        "{e}"
    );
    assert!(
        e.contains("/entry/2/resource/subject : « subject » doit désigner un Patient du Bundle"),
        "{e}"
    );
}

#[test]
fn identifier_systems_prefixes_and_the_questionnaire_are_checked() {
    let m = modele("ssiad-usager-2025.json");
    let mut b = ssiad();
    b["entry"][0]["resource"]["identifier"][0]["value"] = json!("010000008");
    let e = erreurs(&m, &b).join("\n");
    assert!(e.contains("/entry/0/resource/identifier : l'Organization de la structure a un identifiant de système « urn:oid:1.2.250.1.71.4.2.2 »"), "{e}");
    let mut b = ssiad();
    b["entry"][3]["resource"]["authored"] = json!("2026-13-01");
    let e = erreurs(&m, &b).join("\n");
    assert!(
        e.contains("/entry/3/resource/authored : « authored » du rapport de campagne"),
        "{e}"
    );
    let mut b = ssiad();
    b["entry"][1]["resource"]["identifier"][1]["value"] = json!("3999999999/194704032");
    b["entry"][3]["resource"]["questionnaire"] =
        json!("https://sidoba.invalid/fhir/Questionnaire/SSIAD_USAGER|2024.1");
    let lue = lecture_bundle::valider(&m, &b.to_string()).unwrap();
    let c: Vec<_> = lue
        .constats
        .iter()
        .map(|c| (c.chemin.as_str(), c.code, c.severite))
        .collect();
    assert_eq!(
        c[..2],
        [
            (
                "usagers[0].identifiant",
                CodeConstat::Motif,
                Severite::Avertissement
            ),
            (
                "usagers[0].donnees",
                CodeConstat::Nomenclature,
                Severite::Bloquante
            ),
        ],
        "{}",
        lue.constats
    );
    assert!(
        lue.constats.0[0]
            .message
            .contains("/entry/1/resource/identifier (ligne "),
        "{}",
        lue.constats
    );
    assert!(
        lue.constats.0[1]
            .message
            .contains("autre version du modèle SSIAD_USAGER que « 2025.1 »"),
        "{}",
        lue.constats
    );
    // The identifier value is never quoted.
    assert!(
        !lue.constats.to_string().contains("194704032"),
        "{}",
        lue.constats
    );
}

#[test]
fn the_patient_profile_follows_the_identity_reliability() {
    let m = modele("ssiad-usager-2025.json");
    let mut b = ssiad();
    b["entry"][1]["resource"]["meta"]["profile"] =
        json!(["https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-patient"]);
    let lue = lecture_bundle::valider(&m, &b.to_string()).unwrap();
    assert_eq!(lue.constats.len(), 1, "{}", lue.constats);
    assert_eq!(lue.constats.0[0].chemin, "usagers[0].identite");
    assert!(
        lue.constats.0[0]
            .message
            .contains("/entry/1/resource/meta/profile (ligne 1, colonne "),
        "{}",
        lue.constats
    );
    assert!(lue.constats.0[0].message.contains("le profil du Patient suit son identité : « https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-patient-ins » ici"), "{}", lue.constats);
}

#[test]
fn an_unknown_or_misplaced_link_id_is_an_unknown_field_finding() {
    let m = modele("ssiad-usager-2025.json");
    let mut b = ssiad();
    items_qr0(&mut b).push(json!({"linkId": "pointure", "answer": [{"valueInteger": 42}]}));
    // A field of another block, in the first block's group.
    items_qr0(&mut b).push(json!({"linkId": "obesite", "answer": [{"valueBoolean": true}]}));
    let c = constats(&m, &b);
    assert_eq!(
        c,
        vec![
            (
                "usagers[0].pointure".into(),
                CodeConstat::ChampInconnu,
                Severite::Bloquante
            ),
            (
                "usagers[0].obesite".into(),
                CodeConstat::ChampInconnu,
                Severite::Bloquante
            ),
        ]
    );
    let lue = lecture_bundle::valider(&m, &b.to_string()).unwrap();
    assert!(
        lue.constats.0[0]
            .message
            .contains("ce n'est pas un code du modèle")
    );
    assert!(lue.constats.0[1].message.contains("pas à cette place"));
}

#[test]
fn an_answer_of_the_wrong_fhir_type_is_a_type_finding_once() {
    let m = modele("ssiad-usager-2025.json");
    let mut b = ssiad();
    // nb_passages_infirmiers (entier, required by no rule) as a string,
    // gir (code) as a string, hospitalisation_duree as a decimal.
    let qr = &mut b["entry"][3]["resource"]["item"];
    let pec = qr[2]["item"].as_array_mut().unwrap();
    let i = pec
        .iter()
        .position(|x| x["linkId"] == "nb_passages_infirmiers")
        .unwrap();
    pec[i]["answer"] = json!([{"valueString": "312"}]);
    qr[0]["item"][1]["answer"] = json!([{"valueString": "2"}]);
    qr[3]["item"][1]["answer"] = json!([{"valueDecimal": 9}]);
    let c = constats(&m, &b);
    assert_eq!(
        c,
        vec![
            (
                "usagers[0].gir".into(),
                CodeConstat::Type,
                Severite::Bloquante
            ),
            (
                "usagers[0].nb_passages_infirmiers".into(),
                CodeConstat::Type,
                Severite::Bloquante
            ),
            (
                "usagers[0].hospitalisations[0].hospitalisation_duree".into(),
                CodeConstat::Type,
                Severite::Bloquante
            ),
            // The model's rule asking a GIR for an elderly person: the
            // value left out counts as absent, as in a payload.
            ("usagers[0]".into(), CodeConstat::Regle, Severite::Bloquante),
        ],
        "{c:?}"
    );
    let lue = lecture_bundle::valider(&m, &b.to_string()).unwrap();
    assert!(
        lue.constats.0[1]
            .message
            .contains("attend une réponse « valueInteger », reçu « valueString »"),
        "{}",
        lue.constats
    );
}

#[test]
fn decimals_are_kept_as_their_exact_text() {
    let m = modele("ssiad-usager-2025.json");
    for x in ["0.000000001", "61.123456789", "35.50"] {
        let b = fichier("bundles", "ssiad-usager-2025.json")
            .replace("\"valueDecimal\": 35.5", &format!("\"valueDecimal\": {x}"));
        let lu = lecture_bundle::lire(&m, &b).unwrap();
        assert!(
            lu.collecte
                .contains(&format!("\"duree_moyenne_passage\":{x}")),
            "{x}"
        );
    }
}

#[test]
fn several_answers_and_codings_are_read_by_the_model() {
    let m = modele("ssiad-usager-2025.json");
    let mut b = ssiad();
    b["entry"][3]["resource"]["item"][0]["item"][1]["answer"] = json!([
        {"valueCoding": {"system": "https://sidoba.invalid/fhir/CodeSystem/gir", "code": "2"}},
        {"valueCoding": {"system": "https://sidoba.invalid/fhir/CodeSystem/gir", "code": "3"}}
    ]);
    b["entry"][3]["resource"]["item"][0]["item"][0]["answer"][0]["valueCoding"]["system"] =
        json!("https://autre.example/CodeSystem/type_personne");
    let c = constats(&m, &b);
    assert_eq!(
        c,
        vec![
            (
                "usagers[0].type_personne".into(),
                CodeConstat::Nomenclature,
                Severite::Bloquante
            ),
            (
                "usagers[0].gir".into(),
                CodeConstat::Type,
                Severite::Bloquante
            ),
        ],
        "{c:?}"
    );
}

#[test]
fn bad_identities_in_a_bundle_are_the_collection_findings() {
    let m = modele("ssiad-usager-2025.json");
    let mut b = ssiad();
    let p = &mut b["entry"][1]["resource"];
    p["identifier"][0]["value"] = json!("237047505612347");
    p["name"][0]["extension"][0]["valueString"] = json!("JEANNE  MARIE");
    p["gender"] = json!("other");
    let lue = lecture_bundle::valider(&m, &serde_json::to_string(&b).unwrap()).unwrap();
    let c: Vec<_> = lue
        .constats
        .iter()
        .map(|c| (c.chemin.as_str(), c.code))
        .collect();
    assert_eq!(
        c,
        vec![
            ("usagers[0].identite.ins", CodeConstat::Motif),
            (
                "usagers[0].identite.prenomsNaissance",
                CodeConstat::Obligatoire
            ),
            ("usagers[0].identite.sexe", CodeConstat::Nomenclature),
        ],
        "{}",
        lue.constats
    );
    let tout = format!(
        "{} {:?} {:?}",
        lue.constats,
        lue,
        lecture_bundle::lire(&m, &b.to_string()).unwrap()
    );
    for secret in [
        "237047505612347",
        "JEANNE",
        "MARTIN",
        "194704032",
        "1937-04-12",
    ] {
        assert!(!tout.contains(secret), "{secret} dans {tout}");
    }
}

#[test]
fn a_ws07_bundle_is_checked_by_its_envelope_and_its_documents() {
    let m = modele("ssiad-usager-2025.json");
    let mut b = ssiad();
    let entrees = b["entry"].as_array_mut().unwrap();
    for e in entrees.iter_mut() {
        if e["resource"]["resourceType"] == "QuestionnaireResponse" {
            let sujet = e["resource"]["subject"].clone();
            e["resource"] = json!({
                "resourceType": "DocumentReference",
                "meta": {"profile": ["https://interop.esante.gouv.fr/ig/cda/tddui/StructureDefinition/tddui-documentreference"]},
                "masterIdentifier": {"system": "urn:ietf:rfc:3986", "value": "urn:uuid:11111111-0000-4000-8000-000000000000"},
                "status": "current",
                "subject": sujet,
                "date": "2026-01-15T00:00:00Z",
                "content": [{"attachment": {"contentType": "text/xml", "data": "PENsaW5pY2FsRG9jdW1lbnQvPg=="}}]
            });
            e["request"]["url"] = json!("DocumentReference");
        }
    }
    let lu = lecture_bundle::lire(&m, &b.to_string()).unwrap();
    assert_eq!(lu.genre, Genre::Ws07);
    // `<ClinicalDocument/>` outside the HL7 namespace is not a CDA
    // document: blocking (issue 20, item 4), then the warning that the
    // documents' data are not read back.
    let c = constats(&m, &b);
    let mut attendus = Vec::new();
    for i in 0..2 {
        attendus.push((
            format!("usagers[{i}]"),
            CodeConstat::Type,
            Severite::Bloquante,
        ));
        attendus.push((
            format!("usagers[{i}]"),
            CodeConstat::Type,
            Severite::Avertissement,
        ));
    }
    assert_eq!(c, attendus);
    b["entry"][3]["resource"]["content"][0]["attachment"]["data"] = json!("pas du base64 !");
    let e = erreurs(&m, &b).join("\n");
    assert!(e.contains("/entry/3/resource/content/0/attachment"), "{e}");
}

/// The sample Bundle's first person repeated `n` times, each with its own
/// fullUrls and local identifier, and hostile identity values.
fn mille(n: usize, hostile: bool) -> String {
    let b = ssiad();
    let e = b["entry"].as_array().unwrap();
    // The Organization and the Practitioner who answers for the reports.
    let auteur = &e[3]["resource"]["author"]["reference"];
    let declarant = e.iter().find(|x| &x["fullUrl"] == auteur).unwrap();
    let mut entrees = vec![e[0].clone(), declarant.clone()];
    let nom = if hostile {
        format!("O'BRIEN \"<&>\" {}", "É".repeat(5000))
    } else {
        "O'BRIEN".to_owned()
    };
    for i in 0..n {
        let url = |k: usize| format!("urn:uuid:00000000-0000-4000-8000-{:012}", i * 3 + k + 10);
        let mut p = e[1].clone();
        let mut enc = e[2].clone();
        let mut q = e[3].clone();
        p["fullUrl"] = json!(url(0));
        p["resource"]["identifier"][1]["value"] = json!(format!("3010000008/ID-{i}"));
        p["resource"]["name"][0]["family"] = json!(nom);
        enc["fullUrl"] = json!(url(1));
        enc["resource"]["subject"]["reference"] = json!(url(0));
        enc["resource"]["identifier"][0]["value"] = json!(format!("3010000008/ID-{i}-SEJOUR-S{i}"));
        q["fullUrl"] = json!(url(2));
        q["resource"]["subject"]["reference"] = json!(url(0));
        q["resource"]["identifier"]["value"] =
            json!(format!("3010000008/ID-{i}-EVAL-SSIAD-USAGER-2025"));
        entrees.extend([p, enc, q]);
    }
    let mut b = b;
    b["entry"] = Value::Array(entrees);
    b.to_string()
}

#[test]
fn a_thousand_hostile_persons_are_read_back_without_leaking() {
    let m = modele("ssiad-usager-2025.json");
    let t = mille(1000, true);
    let debut = std::time::Instant::now();
    let lu = lecture_bundle::lire(&m, &t).unwrap();
    let lue = lecture_bundle::valider_lu(&m, &lu).unwrap();
    eprintln!(
        "1 000 personnes ({} octets) lues et validées en {:?}",
        t.len(),
        debut.elapsed()
    );
    assert_eq!(lu.personnes, 1000);
    assert!(lue.constats.is_empty(), "{}", lue.constats);
    assert!(lue.personnes.iter().all(Option::is_some));
    let relu: Value = serde_json::from_str(&lu.collecte).unwrap();
    assert_eq!(relu["usagers"][999]["identifiant"], "ID-999");
    assert_eq!(relu["usagers"][999]["sejour"]["identifiant"], "S999");
    assert!(
        relu["usagers"][5]["identite"]["nomNaissance"]
            .as_str()
            .unwrap()
            .starts_with("O'BRIEN \"<&>\"")
    );
    assert!(!format!("{lu:?} {lue:?}").contains("BRIEN"));
}

#[test]
fn hostile_texts_never_panic_and_always_say_where() {
    let m = modele("ssiad-usager-2025.json");
    let b = fichier("bundles", "ssiad-usager-2025.json");
    // Truncations and byte flips of a real Bundle: an error or a result,
    // never a panic; an error always has a place inside the text.
    let octets = b.as_bytes();
    for i in (0..octets.len()).step_by(97) {
        for t in [String::from_utf8_lossy(&octets[..i]).into_owned(), {
            let mut v = octets.to_vec();
            v[i] = b"{}[]\",:0a"[i % 9];
            String::from_utf8_lossy(&v).into_owned()
        }] {
            if let Err(e) = lecture_bundle::valider(&m, &t) {
                assert!(!e.0.is_empty());
                for x in &e.0 {
                    assert!(x.offset <= t.len() && x.position.ligne >= 1, "{x}");
                }
            }
        }
    }
    let profond = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(lecture_bundle::lire(&m, &profond).is_err());
}

/// A figure, not a check: `cargo test --release -p sidoba-codegen --test
/// usager_bundle reading_speed -- --ignored --nocapture`.
#[test]
#[ignore]
fn reading_speed() {
    let m = modele("ssiad-usager-2025.json");
    for hostile in [false, true] {
        let t = mille(1000, hostile);
        let mesure = |f: &dyn Fn()| {
            f();
            let debut = std::time::Instant::now();
            for _ in 0..5 {
                f();
            }
            debut.elapsed() / 5
        };
        let serde = mesure(&|| {
            std::hint::black_box(serde_json::from_str::<Value>(&t).unwrap());
        });
        let lire = mesure(&|| {
            std::hint::black_box(lecture_bundle::lire(&m, &t).unwrap());
        });
        let valider = mesure(&|| {
            std::hint::black_box(lecture_bundle::valider(&m, &t).unwrap());
        });
        eprintln!(
            "{} octets : serde_json::from_str {serde:?}, lire {lire:?} ({:.2}×), lire + valider {valider:?} ({:.2}×)",
            t.len(),
            lire.as_secs_f64() / serde.as_secs_f64(),
            valider.as_secs_f64() / serde.as_secs_f64()
        );
    }
}
