//! Reading any TDDUI Bundle (usager.md "Reading a Bundle"): the guide's
//! own example Bundle and each of its QuestionnaireResponse examples read
//! with no error into the format-2 collection they stand for; fullUrls of
//! any absolute form, references outside the Bundle, resources the toolkit
//! does not turn into data (one information line per type), the
//! Organization however it is referenced, `VALI` with an INS.

use serde_json::{Value, json};
use sidoba_core::model::{Modele, Source, charger};
use sidoba_core::usager::lecture_bundle::{self, BundleLu};
use std::path::{Path, PathBuf};

fn racine() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn modele() -> Modele {
    let p = racine().join("models/ssiad-usager-2025.json");
    let s = Source::depuis_octets("ssiad-usager-2025.json", std::fs::read(p).unwrap()).unwrap();
    charger(&s, false).unwrap().0
}

fn exemple(nom: &str) -> Value {
    let p = racine().join("tests/tddui/examples").join(nom);
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn bundle_du_guide() -> Value {
    exemple("Bundle-tddui-bundle-example.json")
}

/// The guide's Bundle with `r` added as an entry, as the guide's own
/// references expect (`https://test-server.fr/<Type>/<id>`).
fn avec(mut b: Value, r: Value) -> Value {
    let url = format!(
        "https://test-server.fr/{}/{}",
        r["resourceType"].as_str().unwrap(),
        r["id"].as_str().unwrap()
    );
    b["entry"].as_array_mut().unwrap().push(json!({
        "fullUrl": url, "resource": r,
        "request": {"method": "POST", "url": "QuestionnaireResponse"}
    }));
    b
}

fn lire(b: &Value) -> Result<BundleLu, Vec<String>> {
    lecture_bundle::lire(&modele(), &serde_json::to_string_pretty(b).unwrap()).map_err(|e| {
        e.0.iter()
            .map(|x| format!("{} {}", x.position, x.message))
            .collect()
    })
}

fn collecte(b: &BundleLu) -> Value {
    serde_json::from_str(&b.collecte).unwrap()
}

fn qrs() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(racine().join("tests/tddui/examples"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("QuestionnaireResponse-"))
        .collect();
    v.sort();
    v
}

#[test]
fn the_guides_example_bundle_reads_with_no_error() {
    let b = lire(&bundle_du_guide()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(b.personnes, 1);
    assert_eq!(
        b.informations,
        [
            "1 ressource PractitionerRole : reconnue (tranche du profil tddui-bundle), non reprise dans le fichier de collecte",
            "2 ressources Task : reconnues (tranche du profil tddui-bundle), non reprises dans le fichier de collecte",
        ]
    );
    let c = collecte(&b);
    // Fictitious persons of the guide's example.
    insta::assert_snapshot!(
        "collecte_du_bundle_du_guide",
        serde_json::to_string_pretty(&c).unwrap()
    );
    // VALI with an INS: a qualified identity; the event and its professional.
    assert_eq!(c["usagers"][0]["identite"]["statut"], "qualifiee");
    assert_eq!(
        c["usagers"][0]["evenements"][0]["professionnels"][0],
        c["professionnels"][0]["identifiant"]
    );
    assert_eq!(c["structure"]["finess"], "480787529");
}

#[test]
fn every_questionnaire_response_example_reads_with_no_error() {
    let noms = qrs();
    assert_eq!(noms.len(), 5);
    for nom in noms {
        let qr = exemple(&nom);
        let b =
            lire(&avec(bundle_du_guide(), qr.clone())).unwrap_or_else(|e| panic!("{nom}: {e:#?}"));
        let c = collecte(&b);
        let ev = &c["usagers"][0]["evaluations"];
        assert_eq!(ev.as_array().unwrap().len(), 1, "{nom}");
        assert_eq!(ev[0]["grille"], qr["questionnaire"], "{nom}");
        assert_eq!(ev[0]["evenement"], "12548", "{nom}");
        assert_eq!(
            ev[0]["evaluateur"], c["professionnels"][0]["identifiant"],
            "{nom}"
        );
        assert!(!ev[0]["reponses"].as_object().unwrap().is_empty(), "{nom}");
    }
}

#[test]
fn the_guides_patient_without_ins_reads_as_a_validated_or_provisional_identity() {
    let mut b = bundle_du_guide();
    let mut p = exemple("Patient-tddui-patient-example.json");
    p["id"] = json!("tddui-patient-ins-example");
    b["entry"][0]["resource"] = p.clone();
    let c = collecte(&lire(&b).unwrap());
    // No reliability stated: provisional, with a warning (not an error).
    assert_eq!(c["usagers"][0]["identite"]["statut"], "provisoire");
    assert_eq!(c["usagers"][0]["identite"]["rangNaissance"], 2);
    p["extension"].as_array_mut().unwrap().push(json!({
        "url": "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability",
        "extension": [{"url": "identityStatus", "valueCoding": {"system": "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0445", "code": "VALI"}}]
    }));
    b["entry"][0]["resource"] = p;
    let c = collecte(&lire(&b).unwrap());
    assert_eq!(c["usagers"][0]["identite"]["statut"], "validee");
}

#[test]
fn fullurls_of_any_absolute_form_and_references_of_any_kind_resolve() {
    // urn:uuid fullUrls referenced as such, and a relative reference
    // resolved through the resource's type and id.
    let mut b = avec(
        bundle_du_guide(),
        exemple("QuestionnaireResponse-tddui-questionnaire-response-situation-ssiad-example.json"),
    );
    let entrees = b["entry"].as_array_mut().unwrap();
    for (i, e) in entrees.iter_mut().enumerate() {
        e["fullUrl"] = json!(format!("urn:uuid:00000000-0000-4000-8000-{i:012}"));
    }
    let mut texte = serde_json::to_string(&b).unwrap();
    texte = texte.replace(
        "\"Patient/tddui-patient-ins-example\"",
        "\"urn:uuid:00000000-0000-4000-8000-000000000000\"",
    );
    b = serde_json::from_str(&texte).unwrap();
    let c = collecte(&lire(&b).unwrap_or_else(|e| panic!("{e:#?}")));
    assert_eq!(c["usagers"][0]["evaluations"][0]["evenement"], "12548");
    assert_eq!(c["usagers"][0]["sejour"]["identifiant"], "1012");
}

#[test]
fn the_structure_is_the_stays_service_provider_among_several_organizations() {
    let mut b = bundle_du_guide();
    // The stay's origin, now in the Bundle, with an IDNST of its own.
    b["entry"].as_array_mut().unwrap().insert(0, json!({
        "fullUrl": "https://test-server.fr/Organization/tddui-organization-origine-example",
        "resource": {"resourceType": "Organization", "id": "tddui-organization-origine-example",
            "identifier": [{"system": "urn:oid:1.2.250.1.71.4.2.2", "value": "1010000008"}], "name": "Origine"},
        "request": {"method": "POST", "url": "Organization"}
    }));
    let c = collecte(&lire(&b).unwrap());
    assert_eq!(c["structure"]["finess"], "480787529");
    assert_eq!(c["structure"]["raisonSociale"], "Les Chênes Verts");
}

#[test]
fn envelope_faults_are_errors_at_their_pointer_and_place_all_at_once() {
    let mut b = bundle_du_guide();
    b["entry"][1]["fullUrl"] = json!("Organization/relative");
    b["entry"][2]["request"]["method"] = json!("PUT");
    b["entry"][3].as_object_mut().unwrap().remove("request");
    b["entry"][4]["resource"]
        .as_object_mut()
        .unwrap()
        .remove("resourceType");
    let e = lire(&b).err().unwrap();
    let attendu = [
        "/entry/1/fullUrl",
        "/entry/2/request/method",
        "/entry/3/request",
        "/entry/4/resource/resourceType",
    ];
    assert_eq!(e.len(), attendu.len(), "{e:#?}");
    for (x, a) in e.iter().zip(attendu) {
        assert!(x.contains(&format!("{a} : ")), "{x}");
        let (l, c) = x.split(' ').next().unwrap().split_once(':').unwrap();
        assert!(l.parse::<u32>().is_ok() && c.parse::<u32>().is_ok(), "{x}");
    }
}

#[test]
fn a_resource_about_a_patient_outside_the_bundle_is_an_error_and_unknown_types_are_counted() {
    let mut b = bundle_du_guide();
    b["entry"][2]["resource"]["subject"]["reference"] = json!("Patient/ailleurs");
    b["entry"].as_array_mut().unwrap().push(json!({
        "fullUrl": "https://test-server.fr/Location/l", "resource": {"resourceType": "Location", "id": "l"},
        "request": {"method": "POST", "url": "Location"}
    }));
    let e = lire(&b).err().unwrap();
    assert_eq!(e.len(), 1, "{e:#?}");
    assert!(e[0].contains("/entry/2/resource/subject : "), "{e:#?}");
    b["entry"][2]["resource"]["subject"]["reference"] = json!("Patient/tddui-patient-ins-example");
    let lu = lire(&b).unwrap();
    assert!(
        lu.informations.contains(
            &"1 ressource Location : hors des tranches du profil tddui-bundle, ignorée".to_owned()
        ),
        "{:?}",
        lu.informations
    );
}

mod hostile {
    //! Hostile Bundles: truncated, values of the wrong type, unknown
    //! resources, 10 KB strings. The reader never panics, every error has
    //! its place, and no identity value or professional's name is ever in
    //! an error, a finding or `Debug`.
    use super::*;
    use proptest::prelude::*;

    /// The example's personal values (fictitious, but the reader cannot know).
    const PERSONNELS: [&str; 6] = [
        "DUPONT",
        "Jean",
        "Stéphane",
        "147720425367411",
        "Martin",
        "Claire",
    ];

    fn pointeurs(v: &Value, p: String, out: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                for (k, x) in o {
                    let q = format!("{p}/{}", k.replace('~', "~0").replace('/', "~1"));
                    out.push(q.clone());
                    pointeurs(x, q, out);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    let q = format!("{p}/{i}");
                    out.push(q.clone());
                    pointeurs(x, q, out);
                }
            }
            _ => {}
        }
    }

    fn guide() -> Value {
        avec(
            bundle_du_guide(),
            exemple("QuestionnaireResponse-tddui-questionnaire-response-aggir-pa-example.json"),
        )
    }

    fn sans_fuite(m: &Modele, texte: &str) {
        let sortie = match sidoba_core::usager::lecteur::valider(m, texte) {
            Ok(v) => format!("{:?}\n{v:?}", v.lue.constats),
            Err(e) => {
                for x in &e {
                    assert!(x.position.ligne >= 1 && x.position.colonne >= 1, "{x:?}");
                    assert!(x.offset <= texte.len(), "{x:?}");
                }
                format!("{e:?}")
            }
        };
        let lu = lecture_bundle::lire(m, texte);
        let debug = format!("{sortie}\n{:?}", lu.as_ref().map(|b| format!("{b:?}")));
        for s in PERSONNELS {
            assert!(!debug.contains(s), "« {s} » dans :\n{debug}");
        }
    }

    fn valeur_hostile() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(json!(null)),
            Just(json!(42)),
            Just(json!(-1.5e300)),
            Just(json!(true)),
            Just(json!([])),
            Just(json!({})),
            Just(json!("x".repeat(10 * 1024))),
            Just(json!("<&]]>\u{202e}")),
            Just(json!([{"resourceType": "Inconnue"}])),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn a_value_of_the_wrong_type_anywhere_never_panics_nor_leaks(k in any::<prop::sample::Index>(), v in valeur_hostile()) {
            let mut b = guide();
            let mut ps = Vec::new();
            pointeurs(&b, String::new(), &mut ps);
            let p = k.get(&ps);
            *b.pointer_mut(p).unwrap() = v;
            sans_fuite(&modele(), &serde_json::to_string(&b).unwrap());
        }

        #[test]
        fn a_truncated_bundle_is_an_error_with_its_place(k in any::<prop::sample::Index>()) {
            let texte = serde_json::to_string_pretty(&guide()).unwrap();
            let bornes: Vec<usize> = (1..texte.len()).filter(|i| texte.is_char_boundary(*i)).collect();
            let t = &texte[..*k.get(&bornes)];
            let e = lecture_bundle::lire(&modele(), t).expect_err("un Bundle tronqué n'est pas lisible");
            prop_assert!(!e.0.is_empty());
            sans_fuite(&modele(), t);
        }

        #[test]
        fn unknown_resources_are_counted_never_read(t in "[A-Z][a-zA-Z]{0,30}") {
            let mut b = guide();
            b["entry"].as_array_mut().unwrap().push(json!({
                "fullUrl": "urn:uuid:11111111-1111-4111-8111-111111111111",
                "resource": {"resourceType": t, "name": "DUPONT"},
                "request": {"method": "POST", "url": t}
            }));
            let texte = serde_json::to_string(&b).unwrap();
            if !["Patient", "Organization", "Encounter", "Practitioner", "QuestionnaireResponse", "DocumentReference"].contains(&t.as_str()) {
                let lu = lecture_bundle::lire(&modele(), &texte).unwrap();
                let ligne = format!(" {t} : ");
                prop_assert!(lu.informations.iter().any(|l| l.contains(&ligne)));
            }
            sans_fuite(&modele(), &texte);
        }
    }
}

/// The guide's example INS, `147720425367411`, fails its own key (97 −
/// 1477204253674 mod 97 = 30): with the key the INS rule gives, the
/// examples have nothing to find.
const INS_CORRIGE: (&str, &str) = ("\"147720425367411\"", "\"147720425367430\"");

fn constats(texte: &str) -> Vec<String> {
    sidoba_core::usager::lecteur::valider(&modele(), texte)
        .unwrap_or_else(|e| panic!("{e:#?}"))
        .lue
        .constats
        .iter()
        .map(|c| c.to_string())
        .collect()
}

#[test]
fn the_guides_examples_validate_with_no_finding_but_the_example_ins_key() {
    let mut bundles = vec![("Bundle".to_owned(), bundle_du_guide())];
    for nom in qrs() {
        bundles.push((nom.clone(), avec(bundle_du_guide(), exemple(&nom))));
    }
    for (nom, b) in bundles {
        let texte = serde_json::to_string(&b).unwrap();
        assert_eq!(
            constats(&texte),
            [
                "[bloquante] usagers[0].identite.ins : La clé de l'INS ne correspond pas à son numéro (97 moins le numéro de 13 chiffres modulo 97)."
            ],
            "{nom}"
        );
        let corrige = texte.replace(INS_CORRIGE.0, INS_CORRIGE.1);
        assert_eq!(constats(&corrige), Vec::<String>::new(), "{nom}");
    }
}

#[test]
fn each_evaluation_is_checked_against_its_grid_at_its_place() {
    let mut qr =
        exemple("QuestionnaireResponse-tddui-questionnaire-response-aggir-pa-example.json");
    qr["item"][0]["answer"][0]["valueCoding"]["code"] = json!("MED-999");
    qr["item"][0]["answer"][0]["item"][0]["answer"][0]["item"][0]["answer"][0] =
        json!({"valueString": "x"});
    let texte = serde_json::to_string(&avec(bundle_du_guide(), qr))
        .unwrap()
        .replace(INS_CORRIGE.0, INS_CORRIGE.1);
    let c = constats(&texte);
    assert_eq!(c.len(), 2, "{c:#?}");
    assert!(c[0].starts_with("[bloquante] usagers[0].evaluations[0].reponses.resultat-eval.valeur : « MED-999 » n'est pas une option"), "{c:#?}");
    assert!(c[1].starts_with("[bloquante] usagers[0].evaluations[0].reponses.resultat-eval.fonction-pensee.pensee-spont : "), "{c:#?}");
}
