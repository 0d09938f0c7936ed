//! The WS09 Bundle (`usager.md`): golden files of the sample collections,
//! both FHIR validators on every Bundle produced, the TDDUI rules neither
//! validator knows, exact numbers, determinism, hostile values and no
//! identity value in findings, errors or `Debug`. Needs node and `npm ci`
//! in `tests/fhir` (docs/usager.md).

#[allow(dead_code)] // The FHIRPath engine is not needed here.
mod noeud;
mod regles_ws09;

use regles_ws09::regles_tddui;

use serde_json::{Value, json};
use sidoba::CodeConstat;
use sidoba_core::model::{Modele, Source, charger};
use sidoba_core::usager::bundle::{self, Refus};
use sidoba_core::usager::questionnaire::BASE_DEFAUT;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn racine() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn modele(chemin: &str) -> Modele {
    let octets = std::fs::read(racine().join(chemin)).unwrap();
    let source = Source::depuis_octets(chemin, octets).unwrap();
    charger(&source, false)
        .unwrap_or_else(|d| panic!("{chemin}: {}", d[0]))
        .0
}

const SAMPLES: [&str; 3] = [
    "ssiad-usager-2025",
    "rama-usager-2026",
    "ra-camsp-usager-2025",
];

fn collecte(nom: &str) -> String {
    std::fs::read_to_string(racine().join(format!("core/tests/collectes/{nom}.json"))).unwrap()
}

fn produire(m: &Modele, texte: &str) -> String {
    match bundle::bundle(m, texte, BASE_DEFAUT, None) {
        Ok(p) => p.bundle,
        Err(Refus::Constats(c)) => panic!("refusé :\n{c}"),
        Err(Refus::Lecture(e)) => panic!("illisible : {e}"),
    }
}

/// The compact JSON text re-indented, two spaces, keys in their order
/// (for readable golden files; numbers and strings untouched).
fn joli(t: &str) -> String {
    let mut out = String::with_capacity(t.len() * 2);
    let mut prof = 0usize;
    let mut dans_chaine = false;
    let mut echappe = false;
    let mut car = t.chars().peekable();
    let retour = |out: &mut String, prof: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", prof));
    };
    while let Some(c) = car.next() {
        if dans_chaine {
            out.push(c);
            match (echappe, c) {
                (true, _) => echappe = false,
                (false, '\\') => echappe = true,
                (false, '"') => dans_chaine = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                dans_chaine = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if matches!(car.peek(), Some('}' | ']')) {
                    out.push(car.next().unwrap());
                } else {
                    prof += 1;
                    retour(&mut out, prof);
                }
            }
            '}' | ']' => {
                prof = prof.saturating_sub(1);
                retour(&mut out, prof);
                out.push(c);
            }
            ',' => {
                out.push(c);
                retour(&mut out, prof);
            }
            ':' => out.push_str(": "),
            c => out.push(c),
        }
    }
    out.push('\n');
    out
}

#[test]
fn sample_bundles_are_golden_and_deterministic() {
    for nom in SAMPLES {
        let m = modele(&format!("models/{nom}.json"));
        let t = collecte(nom);
        let b = produire(&m, &t);
        assert_eq!(b, produire(&m, &t), "{nom}: the same bytes twice");
        insta::assert_snapshot!(nom, joli(&b));
    }
}

/// Checks each Bundle file with both validators; none may complain.
fn valider_tous(bundles: &[(String, String)]) {
    let d = tempfile::tempdir().unwrap();
    let fichiers: Vec<PathBuf> = bundles
        .iter()
        .enumerate()
        .map(|(i, (_, b))| {
            let f = d.path().join(format!("{i}.json"));
            std::fs::write(&f, b).unwrap();
            f
        })
        .collect();
    let rapports = noeud::valider(&fichiers);
    assert_eq!(rapports.len(), bundles.len());
    for ((nom, _), (_, fhir, schema)) in bundles.iter().zip(rapports) {
        assert!(
            fhir.is_empty() && schema.is_empty(),
            "{nom}:\n{fhir:#?}\n{schema:#?}"
        );
    }
}

/// A collection of the fixture model `tests/models/usager.json`.
/// The findings but the format 1 file's warning.
fn sans_format_1(c: sidoba::Constats) -> sidoba::Constats {
    sidoba::Constats(
        c.0.into_iter()
            .filter(|c| c.message != sidoba::usager::AVERTISSEMENT_FORMAT_1)
            .collect(),
    )
}

fn collecte_usager(usagers: Vec<Value>) -> String {
    json!({
        "format": 2,
        "campagne": "USAGER-TEST-2025",
        "modele": { "code": "USAGER TEST/é", "version": "1.0" },
        "dateProduction": "2026-01-15T10:30:00+01:00",
        "structure": { "finess": "2B0000019", "raisonSociale": "SSIAD <« Été »> & \"Cie\" ]]>" },
        "professionnels": [
            { "identifiant": "P<1>", "rpps": "10101010105", "nom": "O'NEIL <&>", "prenom": "ÉLISE", "profession": "60" },
            { "identifiant": "P&2", "nom": "\u{202e}LEROY", "prenom": "BRUNO" } ],
        "declarant": "P<1>",
        "usagers": usagers,
    })
    .to_string()
}

fn personne(i: usize, nom: &str, donnees: Value) -> Value {
    let mut p = json!({
        "identifiant": format!("P-{i:05} « {nom} »"),
        "identite": { "statut": "validee", "nomNaissance": nom, "prenomsNaissance": ["ÉLODIE", "D'ARC"],
                      "premierPrenom": "ÉLODIE", "sexe": "I", "rangNaissance": 2,
                      "dateNaissance": "1950-02-28" },
        "sejour": { "identifiant": format!("S<{i}>&\"x\""), "debut": "2024-05-01", "fin": "2025-06-30" },
        "donnees": donnees,
    });
    if i.is_multiple_of(2) {
        p["evenements"] = json!([{ "identifiant": format!("E<{i}>"), "type": "MED-1296",
            "debut": "2025-03-04T08:30:00+01:00", "fin": "2025-03-04T09:00:00+01:00",
            "statut": "REALISE", "professionnels": ["P<1>", "P&2"] }]);
        p["evaluations"] = json!([{ "identifiant": format!("V&{i}"),
            "grille": "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-situation-ssiad",
            "date": "2025-03-04", "evaluateur": "P&2", "evenement": format!("E<{i}>"),
            "reponses": { "incontinence": true, "obesite": false, "aucun-motif": false } }]);
        p["identite"]["statut"] = json!("qualifiee");
        p["identite"]["ins"] = json!({ "type": "NIA", "valeur": "237047505612346" });
        p["identite"]["lieuNaissance"] = json!("2A004");
        p["sejour"]["fin"] = Value::Null;
    }
    p
}

/// A number from its text (never through a float).
fn nombre(t: &str) -> Value {
    serde_json::from_str(t).unwrap()
}

fn donnees_pleines() -> Value {
    json!({
        "lieu": "DOM", "aides": ["TOILETTE", "REPAS"], "note": "« Très » <bien> & \"dit\" \\ l'été",
        "poids": nombre("61.123456789"), "dose": nombre("0.000000001"), "compteur": 9999999999u64, "pas": -2147483648i64,
        "vu": true, "le": "2025-03-04",
        "sejours": [
            { "sejour_debut": "2025-01-02", "sejour_jours": 3,
              "actes": [ { "acte_code": "A1" }, { "acte_code": "A2" } ] },
            { "sejour_debut": "2025-02-03", "sejour_motif": "Chute & <fracture>" },
            { "sejour_debut": "2025-03-04" }
        ]
    })
}

#[test]
fn every_bundle_passes_both_validators_and_the_tddui_rules() {
    let mut lots = Vec::new();
    for nom in SAMPLES {
        let m = modele(&format!("models/{nom}.json"));
        let t = collecte(nom);
        let b = produire(&m, &t);
        regles_tddui(
            &m,
            &serde_json::from_str(&t).unwrap(),
            &serde_json::from_str(&b).unwrap(),
        );
        lots.push((nom.to_owned(), b));
    }
    let m = modele("tests/models/usager.json");
    let long = "é<&\"".repeat(2500);
    let vide = json!({ "lieu": "ETAB" });
    let t = collecte_usager(vec![
        personne(0, "DUPONT", donnees_pleines()),
        personne(1, &long, json!({ "lieu": "DOM", "note": long })),
        personne(2, "O'BRIEN <b>", vide),
    ]);
    let b = produire(&m, &t);
    regles_tddui(
        &m,
        &serde_json::from_str(&t).unwrap(),
        &serde_json::from_str(&b).unwrap(),
    );
    lots.push(("usager hostile".into(), b));
    valider_tous(&lots);
}

#[test]
fn a_thousand_persons_make_a_valid_bundle() {
    let m = modele("tests/models/usager.json");
    let usagers = (0..1000)
        .map(|i| personne(i, &format!("NOM{i}"), donnees_pleines()))
        .collect();
    let t = collecte_usager(usagers);
    let b = produire(&m, &t);
    let v: Value = serde_json::from_str(&b).unwrap();
    // Organization, 2 Practitioners; per person Patient, stay, report;
    // per even person an event and an evaluation.
    assert_eq!(v["entry"].as_array().unwrap().len(), 3 + 3 * 1000 + 2 * 500);
    regles_tddui(&m, &serde_json::from_str(&t).unwrap(), &v);
    valider_tous(&[("1000 usagers".into(), b)]);
}

#[test]
fn numbers_are_exact_and_the_model_decides_integer_or_decimal() {
    let m = modele("tests/models/usager.json");
    let b = produire(
        &m,
        &collecte_usager(vec![personne(0, "X", donnees_pleines())]),
    );
    for attendu in [
        r#"{"linkId":"poids","text":"Poids","answer":[{"valueDecimal":61.123456789}]}"#,
        r#"{"linkId":"dose","text":"Dose","answer":[{"valueDecimal":0.000000001}]}"#,
        // Model bounds beyond 32 bits: a decimal item, whatever the value.
        r#"{"linkId":"compteur","text":"Compteur large","answer":[{"valueDecimal":9999999999}]}"#,
        r#"{"linkId":"pas","text":"Pas sans borne","answer":[{"valueInteger":-2147483648}]}"#,
        // A multiple code: one item, one answer per code, in list order.
        r#"{"linkId":"aides","text":"Aides reçues","answer":[{"valueCoding":{"system":"https://example.org/aides","code":"REPAS","display":"Repas « chaud » & <froid>"}},{"valueCoding":{"system":"https://example.org/aides","code":"TOILETTE","display":"Toilette"}}]}"#,
        // No reference: BASE + /CodeSystem/ + the code, percent-encoded.
        r#""system":"https://sidoba.invalid/fhir/CodeSystem/lieu%20de%20vie","code":"DOM""#,
        r#""questionnaire":"https://sidoba.invalid/fhir/Questionnaire/USAGER%20TEST%2F%C3%A9|1.0""#,
        // Rows in order, a row's inner block nested, an empty one left out.
        r#"{"linkId":"sejours","text":"Séjours","item":[{"linkId":"sejour_debut","text":"Début","answer":[{"valueDate":"2025-01-02"}]},{"linkId":"sejour_jours","text":"Jours","answer":[{"valueInteger":3}]},{"linkId":"actes","text":"Actes","item":[{"linkId":"acte_code","text":"Acte","answer":[{"valueString":"A1"}]}]},{"linkId":"actes","text":"Actes","item":[{"linkId":"acte_code","text":"Acte","answer":[{"valueString":"A2"}]}]}]},{"linkId":"sejours","text":"Séjours","item":[{"linkId":"sejour_debut","text":"Début","answer":[{"valueDate":"2025-02-03"}]},{"linkId":"sejour_detail","text":"Détail du séjour","item":[{"linkId":"sejour_motif","text":"Motif","answer":[{"valueString":"Chute & <fracture>"}]}]}]}"#,
    ] {
        assert!(b.contains(attendu), "{attendu}\nabsent de\n{}", joli(&b));
    }
    for cle in ["\"valueDecimal\":", "\"valueInteger\":"] {
        for morceau in b.split(cle).skip(1) {
            let n: String = morceau
                .chars()
                .take_while(|c| !matches!(c, '}' | ','))
                .collect();
            assert!(
                n.chars()
                    .all(|c| c.is_ascii_digit() || c == '-' || c == '.'),
                "plain notation: {n}"
            );
        }
    }
}

#[test]
fn an_integer_beyond_32_bits_in_an_integer_item_is_a_blocking_finding() {
    let m = modele("tests/models/usager.json");
    let mut d = donnees_pleines();
    d["pas"] = json!(3000000001i64);
    d["sejours"][2]["sejour_jours"] = json!(5);
    let t = collecte_usager(vec![
        personne(0, "X", json!({"lieu": "DOM"})),
        personne(1, "Y", d),
    ]);
    let Err(Refus::Constats(c)) = bundle::bundle(&m, &t, BASE_DEFAUT, None) else {
        panic!("refused")
    };
    let bloquants: Vec<_> = c.bloquants().map(|c| (c.chemin.as_str(), c.code)).collect();
    assert_eq!(bloquants, vec![("usagers[1].pas", CodeConstat::Type)]);
    assert!(!format!("{c}{c:?}").contains("3000000001"), "{c:?}");
}

#[test]
fn blocking_findings_refuse_the_bundle_and_warnings_do_not() {
    let m = modele("tests/models/usager.json");
    let mut lourd = donnees_pleines();
    lourd["poids"] = json!(301);
    let t = collecte_usager(vec![personne(0, "X", lourd.clone())]);
    let p = bundle::bundle(&m, &t, BASE_DEFAUT, None).unwrap();
    let p = sans_format_1(p.constats);
    assert_eq!(p.len(), 1, "{p}");
    assert_eq!(p.0[0].regle.as_deref(), Some("A01"));
    // A bad INS key and a missing required field block.
    let mut mauvais = personne(0, "SECRETNOM", lourd);
    mauvais["identite"]["ins"]["valeur"] = json!("237047505612399");
    mauvais["donnees"]["lieu"] = Value::Null;
    let t = collecte_usager(vec![personne(1, "X", json!({"lieu": "DOM"})), mauvais]);
    let r = bundle::bundle(&m, &t, BASE_DEFAUT, None);
    let Err(Refus::Constats(c)) = &r else {
        panic!("refused")
    };
    let chemins: Vec<_> = c.bloquants().map(|c| c.chemin.as_str()).collect();
    assert_eq!(chemins, vec!["usagers[1].identite.ins", "usagers[1].lieu"]);
    let tout = format!("{c}{c:?}{r:?}");
    for secret in [
        "SECRETNOM",
        "237047505612399",
        "ÉLODIE",
        "1950-02-28",
        "P-00000",
    ] {
        assert!(!tout.contains(secret), "{secret} in {tout}");
    }
}

#[test]
fn a_bundle_is_refused_for_a_file_that_cannot_be_read() {
    let m = modele("models/ssiad-usager-2025.json");
    let Err(Refus::Lecture(e)) = bundle::bundle(&m, "{\"usagers\": [", BASE_DEFAUT, None) else {
        panic!("unreadable")
    };
    assert!(!e.message.is_empty());
    // A structure-level model is refused with the reason.
    let m = modele("models/ssiad-2025.json");
    assert!(matches!(
        bundle::bundle(&m, &collecte("ssiad-usager-2025"), BASE_DEFAUT, None),
        Err(Refus::Lecture(_))
    ));
}

/// A Bundle from a collection file's text, or the findings that refuse it.
type Chemin = fn(&str) -> Result<String, sidoba::Constats>;

/// The typed path: generated code read into `sidoba::usager::Collecte`.
fn typee<R: sidoba::usager::RapportUsager>(texte: &str) -> Result<String, sidoba::Constats> {
    sidoba::usager::Collecte::<R>::lire(texte)
        .unwrap_or_else(|e| panic!("lecture typée : {e}"))
        .bundle(BASE_DEFAUT)
}

#[test]
fn the_typed_and_the_model_driven_paths_give_the_same_bytes() {
    use generated::{
        ra_camsp_usager_2025 as camsp, rama_usager_2026 as rama, ssiad_usager_2025 as ssiad,
    };
    let chemins: [(&str, Chemin); 3] = [
        ("ssiad-usager-2025", typee::<ssiad::Rapport>),
        ("rama-usager-2026", typee::<rama::Rapport>),
        ("ra-camsp-usager-2025", typee::<camsp::Rapport>),
    ];
    for (nom, type_) in chemins {
        let m = modele(&format!("models/{nom}.json"));
        let t = collecte(nom);
        assert_eq!(type_(&t).unwrap(), produire(&m, &t), "{nom}");
    }
    type U = sidoba_tests::usager_test_2025::Rapport;
    let m = modele("tests/models/usager.json");
    let long = "é<&\"".repeat(2500);
    let mut usagers: Vec<Value> = (0..200)
        .map(|i| personne(i, &format!("NOM{i}"), donnees_pleines()))
        .collect();
    usagers.push(personne(200, &long, json!({ "lieu": "DOM", "note": long })));
    usagers.push(personne(
        201,
        "O'BRIEN <b>",
        json!({ "lieu": "ETAB", "aides": [] }),
    ));
    let t = collecte_usager(usagers);
    let b = produire(&m, &t);
    assert_eq!(typee::<U>(&t).unwrap(), b);
    // Written back by the typed collection, read again: the same Bundle.
    let c = sidoba::usager::Collecte::<U>::lire(&t).unwrap();
    let ecrit = c.ecrire();
    assert_eq!(typee::<U>(&ecrit).unwrap(), b);
    assert_eq!(produire(&m, &ecrit), b);
    assert_eq!(
        sidoba::usager::Collecte::<U>::lire(&ecrit)
            .unwrap()
            .ecrire(),
        ecrit
    );
}

#[test]
fn the_typed_collection_finds_what_the_model_driven_one_finds() {
    type U = sidoba_tests::usager_test_2025::Rapport;
    let m = modele("tests/models/usager.json");
    let mut a = personne(0, "SECRET", donnees_pleines());
    a["identite"]["prenomsNaissance"] = json!(["JEAN PAUL"]);
    a["identite"]["dateNaissance"] = json!("2030-01-01");
    a["donnees"]["poids"] = json!(600);
    a["donnees"]["lieu"] = json!("NULLE PART");
    a["donnees"]["vu"] = json!("oui");
    let mut b = personne(1, "X", json!({ "lieu": "DOM", "sejours": [ {} ] }));
    b["sejour"]["fin"] = json!("2024-01-01");
    b["identite"]["nomNaissance"] = json!(" ");
    let mut c = personne(2, "Y", json!({}));
    c["identifiant"] = b["identifiant"].clone();
    c["identite"]["statut"] = json!("provisoire");
    let t = collecte_usager(vec![a, b, c]);
    let lue = sidoba_core::usager::collecte::valider(&m, &t).unwrap();
    let typee = sidoba::usager::Collecte::<U>::lire(&t).unwrap();
    let cs = typee.valider();
    let vue = |c: &sidoba::Constats| -> Vec<String> {
        c.iter()
            .map(|c| format!("{} {:?} {}", c.chemin, c.code, c.message))
            .collect()
    };
    assert_eq!(vue(&cs), vue(&lue.constats));
    assert!(cs.len() >= 9, "{cs}");
    assert!(matches!(typee.bundle(BASE_DEFAUT), Err(x) if vue(&x) == vue(&cs)));
    let tout = format!("{cs}{cs:?}{typee:?}");
    for secret in [
        "SECRET",
        "JEAN PAUL",
        "ÉLODIE",
        "237047505612346",
        "P-00000",
        "2030",
    ] {
        assert!(!tout.contains(secret), "{secret} in {tout}");
    }
}

#[test]
fn the_typed_reader_refuses_what_does_not_type_at_its_place() {
    type U = sidoba_tests::usager_test_2025::Rapport;
    let bon = collecte_usager(vec![personne(0, "X", json!({ "lieu": "DOM" }))]);
    for (avant, apres) in [
        ("237047505612346", "237047505612399"),
        ("\"statut\":\"qualifiee\"", "\"statut\":\"autre\""),
        ("\"debut\":\"2024-05-01\"", "\"debut\":\"2024-02-30\""),
        ("\"finess\":\"2B0000019\"", "\"finess\":\"123\""),
        (
            "\"campagne\":\"USAGER-TEST-2025\"",
            "\"campagne\":\"AUTRE\"",
        ),
    ] {
        assert!(bon.contains(avant), "{avant}");
        let t = bon.replace(avant, apres);
        let e = sidoba::usager::Collecte::<U>::lire(&t).unwrap_err();
        let place = t.find(apres).unwrap();
        assert!(
            e.offset >= place.saturating_sub(12) && e.offset <= place + apres.len(),
            "{apres}: {e} at {} (expected near {place})",
            e.offset
        );
        assert!(!e.message.contains("237047505612399"), "{e}");
    }
}

#[test]
fn the_validators_do_see_a_broken_bundle() {
    // So that the tests above cannot pass with validators that accept all.
    let m = modele("models/ssiad-usager-2025.json");
    let mut b: Value = serde_json::from_str(&produire(&m, &collecte("ssiad-usager-2025"))).unwrap();
    b["entry"][1]["resource"]["gender"] = json!("femme");
    b["entry"][1]["resource"]["inconnu"] = json!(true);
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("b.json");
    std::fs::write(&f, b.to_string()).unwrap();
    let r = noeud::valider(&[f]);
    assert!(!r[0].1.is_empty() && !r[0].2.is_empty(), "{r:?}");
}

/// A collection of the test model with every kind of value, hostile texts
/// and qualified and unqualified identities.
fn collecte_hostile() -> String {
    let long = "é<&\"]]>".repeat(1500);
    let mut usagers: Vec<Value> = (0..40)
        .map(|i| personne(i, &format!("NOM{i}"), donnees_pleines()))
        .collect();
    usagers.push(personne(40, &long, json!({ "lieu": "DOM", "note": long })));
    usagers.push(personne(41, "O'BRIEN <b>", json!({ "lieu": "ETAB" })));
    collecte_usager(usagers)
}

#[test]
fn a_ws09_bundle_reads_back_into_a_collection_that_writes_the_same_bytes() {
    use sidoba_core::usager::lecture_bundle::{self, Genre};
    let mut cas: Vec<(Modele, String)> = SAMPLES
        .iter()
        .map(|nom| (modele(&format!("models/{nom}.json")), collecte(nom)))
        .collect();
    cas.push((modele("tests/models/usager.json"), collecte_hostile()));
    for (m, t) in &cas {
        let b = produire(m, t);
        let lu = lecture_bundle::lire(m, &b).unwrap_or_else(|e| panic!("relecture : {e:?}"));
        assert_eq!(lu.genre, Genre::Ws09);
        // The collection read back writes the very same Bundle…
        assert_eq!(produire(m, &lu.collecte), b, "{}", m.identite.code);
        // …and validating the Bundle finds what the collection finds.
        let lue = sidoba_core::usager::collecte::valider(m, t).unwrap();
        let relue = lecture_bundle::valider(m, &b).unwrap();
        // A Bundle is not a format 1 file: it has not its warning.
        assert_eq!(
            format!("{}", relue.constats),
            format!("{}", sans_format_1(lue.constats)),
            "{}",
            m.identite.code
        );
        assert_eq!(relue.personnes.len(), lue.personnes.len());
    }
}

/// The WS07 Bundle of a collection, by the model-driven path.
fn produire_cda(m: &Modele, texte: &str) -> String {
    let l = sidoba::usager::cda::Logiciel {
        nom: "sidoba",
        version: "test",
    };
    match bundle::bundle(m, texte, BASE_DEFAUT, Some(l)) {
        Ok(p) => p.bundle,
        Err(Refus::Constats(c)) => panic!("refusé :\n{c}"),
        Err(Refus::Lecture(e)) => panic!("illisible : {e}"),
    }
}

#[allow(dead_code)] // Only `valider` is needed here.
mod schematron;
#[allow(dead_code)] // Only schema validation is needed here.
mod xmllint;

#[test]
fn ws07_bundles_pass_both_validators_and_carry_schema_valid_cda_documents() {
    use base64::Engine;
    use sidoba_core::usager::lecture_bundle::{self, Genre};
    let mut cas: Vec<(String, Modele, String)> = SAMPLES
        .iter()
        .map(|nom| {
            (
                nom.to_string(),
                modele(&format!("models/{nom}.json")),
                collecte(nom),
            )
        })
        .collect();
    cas.push((
        "hostile".into(),
        modele("tests/models/usager.json"),
        collecte_hostile(),
    ));
    let mut bundles = Vec::new();
    let mut documents = Vec::new();
    for (nom, m, t) in &cas {
        let b = produire_cda(m, t);
        assert_eq!(b, produire_cda(m, t), "{nom}: the same bytes twice");
        let v: Value = serde_json::from_str(&b).unwrap();
        let entrees = v["entry"].as_array().unwrap();
        let n = serde_json::from_str::<Value>(t).unwrap()["usagers"]
            .as_array()
            .unwrap()
            .len();
        let genres: Vec<&str> = entrees
            .iter()
            .map(|e| e["resource"]["resourceType"].as_str().unwrap())
            .collect();
        assert_eq!(genres.len(), 1 + 2 * n, "{nom}");
        assert_eq!(genres[0], "Organization");
        // The CDA guide's Bundle profile, not the FHIR guide's.
        assert_eq!(
            v["meta"]["profile"],
            json!(["https://interop.esante.gouv.fr/ig/cda/tddui/StructureDefinition/tddui-bundle"]),
            "{nom}"
        );
        let urls: BTreeSet<&str> = entrees
            .iter()
            .map(|e| e["fullUrl"].as_str().unwrap())
            .collect();
        for (k, paire) in genres[1..].chunks(2).enumerate() {
            assert_eq!(paire, ["Patient", "DocumentReference"], "{nom} #{k}");
            let r = &entrees[2 + 2 * k];
            assert_eq!(
                r["request"],
                json!({"method": "POST", "url": "DocumentReference"})
            );
            let dr = &r["resource"];
            assert_eq!(
                dr["meta"]["profile"][0],
                "https://interop.esante.gouv.fr/ig/cda/tddui/StructureDefinition/tddui-documentreference"
            );
            assert_eq!(dr["subject"]["reference"], entrees[1 + 2 * k]["fullUrl"]);
            assert!(urls.contains(dr["subject"]["reference"].as_str().unwrap()));
            let a = &dr["content"][0]["attachment"];
            assert_eq!(a["contentType"], "text/xml");
            let xml = base64::engine::general_purpose::STANDARD
                .decode(a["data"].as_str().unwrap())
                .unwrap();
            let xml = String::from_utf8(xml).unwrap();
            let id = dr["masterIdentifier"]["value"].as_str().unwrap();
            let id = id.strip_prefix("urn:uuid:").unwrap().to_uppercase();
            assert!(
                xml.contains(&format!("root=\"{id}\"")),
                "{nom}: the CDA's id"
            );
            documents.push(xml);
        }
        // The generated code writes the same WS07 Bundle.
        if nom == "ssiad-usager-2025" {
            let l = sidoba::usager::cda::Logiciel {
                nom: "sidoba",
                version: "test",
            };
            let typee = sidoba::usager::Collecte::<generated::ssiad_usager_2025::Rapport>::lire(t)
                .unwrap()
                .bundle_cda(BASE_DEFAUT, l)
                .unwrap();
            assert_eq!(typee, b);
        }
        // Read back: a WS07 Bundle of the same persons.
        let lu = lecture_bundle::lire(m, &b).unwrap_or_else(|e| panic!("{nom}: {e:?}"));
        assert_eq!((lu.genre, lu.personnes), (Genre::Ws07, n), "{nom}");
        bundles.push((nom.clone(), b));
    }
    valider_tous(&bundles);
    let documents = documents.iter().map(String::as_str).collect::<Vec<_>>();
    xmllint::valider(&documents);
    schematron::valider(&documents);
}

#[test]
fn a_text_xml_cannot_carry_is_a_blocking_finding_at_its_place_never_its_value() {
    let m = modele("tests/models/usager.json");
    let t = collecte_usager(vec![
        personne(0, "BON", json!({ "lieu": "DOM" })),
        personne(1, "SECRET\u{1}NOM", json!({ "lieu": "DOM" })),
        personne(2, "SECRET\u{2}AUTRE", json!({ "lieu": "DOM" })),
    ]);
    // WS09 carries it (JSON escapes it); WS07 cannot.
    assert!(bundle::bundle(&m, &t, BASE_DEFAUT, None).is_ok());
    let l = sidoba::usager::cda::Logiciel {
        nom: "sidoba",
        version: "test",
    };
    let Err(Refus::Constats(c)) = bundle::bundle(&m, &t, BASE_DEFAUT, Some(l)) else {
        panic!("a control character in a CDA document must be refused");
    };
    // Issue 20, item 13: every place of every person, in one run (the
    // local identifier quotes the name, and names the stay).
    let mut bloquants: Vec<_> = c.bloquants().map(|c| c.chemin.as_str()).collect();
    bloquants.sort_unstable();
    let mut attendus = Vec::new();
    for i in [1, 2] {
        for lieu in ["identifiant", "identite.nomNaissance"] {
            attendus.push(format!("usagers[{i}].{lieu}"));
        }
    }
    assert_eq!(bloquants, attendus, "{c}");
    assert!(!format!("{c}{c:?}").contains("SECRET"), "{c}");
}

/// Issue 20, item 1, end to end: rows of a repeatable block with no field
/// filled stay in the Bundle (each a group holding only its linkId), in
/// order; both validators accept it, and it reads back into the same rows.
#[test]
fn rows_with_nothing_filled_keep_their_place_through_the_bundle() {
    // The test model, with the acts' only field optional.
    let mut v: Value = serde_json::from_str(
        &std::fs::read_to_string(racine().join("tests/models/usager.json")).unwrap(),
    )
    .unwrap();
    v["blocs"][1]["blocs"][1]["champs"][0]["obligatoire"] = json!(false);
    let source = Source::depuis_octets("usager-lignes.json", v.to_string().into_bytes()).unwrap();
    let m = charger(&source, false).unwrap().0;
    let mut d = donnees_pleines();
    d["sejours"][0]["actes"] = json!([{}, { "acte_code": "A2" }, {}]);
    let t = collecte_usager(vec![personne(1, "X", d)]);
    let b = produire(&m, &t);
    let v: Value = serde_json::from_str(&b).unwrap();
    let qr = v["entry"].as_array().unwrap().last().unwrap()["resource"].clone();
    let sejour = qr["item"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["linkId"] == "sejours")
        .unwrap();
    let actes: Vec<&Value> = sejour["item"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["linkId"] == "actes")
        .collect();
    assert_eq!(actes.len(), 3, "{sejour}");
    assert!(actes[0].get("item").is_none() && actes[2].get("item").is_none());
    assert_eq!(actes[1]["item"][0]["answer"][0]["valueString"], "A2");
    valider_tous(&[("lignes vides".into(), b.clone())]);
    let lu = sidoba_core::usager::lecture_bundle::lire(&m, &b).unwrap();
    assert_eq!(produire(&m, &lu.collecte), b);
}
