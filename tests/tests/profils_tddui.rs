//! The constraints of the seven TDDUI 2.3.0 profiles (`tests/tddui/`),
//! written as FHIRPath rules in `tests/fhir/profils.js` and run by the
//! reference FHIRPath engine: each rule holds on the guide's own example
//! and fails on a copy broken for it, the guide's examples meet them all,
//! and the writer's Bundles are checked against every one of them (the
//! table of rules and of what the writer breaks is a golden file). Needs
//! node and `npm ci` in `tests/fhir` (docs/usager.md).

#[allow(dead_code)] // Only the process helpers are used here.
mod noeud;

use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn racine() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `node profils.js <mode>` with `entree` on stdin.
fn profils(mode: &str, entree: Option<&Value>) -> Value {
    let mut c = noeud::node();
    c.arg("profils.js").arg(mode);
    let texte = entree.map(|e| serde_json::to_vec(e).unwrap());
    noeud::lancer(c, texte.as_deref())
}

/// Each named resource's failed rules, as `rule (profile) at pointer`.
fn echecs(cas: &[(String, Value)]) -> Vec<(String, Vec<String>)> {
    let entree: Vec<Value> = cas
        .iter()
        .map(|(nom, r)| json!({"nom": nom, "ressource": r}))
        .collect();
    profils("verifier", Some(&Value::Array(entree)))
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let liste = r["echecs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    format!(
                        "{} ({}) à {}",
                        e["regle"].as_str().unwrap(),
                        e["profil"].as_str().unwrap(),
                        e["ou"].as_str().unwrap()
                    )
                })
                .collect();
            (r["nom"].as_str().unwrap().to_owned(), liste)
        })
        .collect()
}

fn lire(p: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

#[test]
fn chaque_regle_tient_sur_l_exemple_du_guide_et_echoue_sur_une_copie_cassee_pour_elle() {
    let v = profils("autotest", None);
    let regles = v.as_array().unwrap();
    assert!(regles.len() >= 50, "{} règles seulement", regles.len());
    let mut profils_vus = BTreeSet::new();
    for r in regles {
        assert_eq!(r["applicable"], true, "aucune instance de l'exemple : {r}");
        assert_eq!(r["passe"], true, "l'exemple du guide ne passe pas : {r}");
        assert_eq!(r["casse"], true, "la copie cassée passe quand même : {r}");
        profils_vus.insert(r["profil"].as_str().unwrap().to_owned());
    }
    // Every one of the seven profiles has rules, exercised on its instance.
    let attendus: BTreeSet<String> = std::fs::read_dir(racine().join("tests/tddui/profiles"))
        .unwrap()
        .map(|e| {
            let n = e.unwrap().file_name().to_string_lossy().into_owned();
            n.trim_start_matches("StructureDefinition-")
                .trim_end_matches(".json")
                .to_owned()
        })
        .collect();
    assert_eq!(attendus.len(), 7);
    assert_eq!(profils_vus, attendus);
}

#[test]
fn les_exemples_du_guide_respectent_chaque_regle() {
    let dossier = racine().join("tests/tddui/examples");
    let mut cas = Vec::new();
    let mut noms: Vec<_> = std::fs::read_dir(&dossier)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    noms.sort();
    for p in noms {
        cas.push((
            p.file_name().unwrap().to_string_lossy().into_owned(),
            lire(&p),
        ));
    }
    assert_eq!(cas.len(), 16);
    cas.push(("exemple complété".into(), profils("complete", None)));
    for (nom, e) in echecs(&cas) {
        assert!(e.is_empty(), "{nom} :\n{e:#?}");
    }
}

#[test]
fn les_regles_voient_bien_chaque_faute_du_projet_initial() {
    // The faults the issue found in format 1's output, on the guide's
    // example Bundle: each is caught by its rule.
    let b = profils("complete", None);
    let mut casse = b.clone();
    let texte = serde_json::to_string(&casse).unwrap().replace(
        "\"https://interop.esante.gouv.fr/ig/fhir/tddui/CodeSystem/tddui-encounter-identifier\"",
        "\"https://interop.esante.gouv.fr/ig/fhir/tddui/CodeSystem/tddui-encounter-identifier-cs\"",
    );
    casse = serde_json::from_str(&texte).unwrap();
    let qrs: Vec<usize> = (0..casse["entry"].as_array().unwrap().len())
        .filter(|i| casse["entry"][*i]["resource"]["resourceType"] == "QuestionnaireResponse")
        .collect();
    for i in &qrs {
        let r = casse["entry"][*i]["resource"].as_object_mut().unwrap();
        r.remove("source");
        r.remove("author");
    }
    casse["entry"][0]["resource"]["extension"][0]["extension"][0]["valueCoding"]["code"] =
        json!("QUAL");
    casse["entry"][1]["resource"]
        .as_object_mut()
        .unwrap()
        .remove("name");
    let e = &echecs(&[("cassé".into(), casse)])[0].1;
    let regles: BTreeSet<&str> = e.iter().map(|x| x.split(' ').next().unwrap()).collect();
    assert_eq!(
        regles,
        BTreeSet::from([
            "organization-name",
            "patient-identityStatus",
            "professionnel-requis",
            "sejour-idStay",
            "sejour-identifier-type",
        ]),
        "{e:#?}"
    );
    assert_eq!(
        e.iter()
            .filter(|x| x.starts_with("professionnel-requis"))
            .count(),
        qrs.len()
    );
    assert!(echecs(&[("intact".into(), b)])[0].1.is_empty());
}

/// The writer's Bundles the tests keep: the golden files of `bundle.rs`
/// (the exact bytes the writer gives for the sample collections).
fn bundles_du_redacteur() -> Vec<(String, Value)> {
    let dossier = racine().join("tests/tests/snapshots");
    let mut noms: Vec<_> = std::fs::read_dir(&dossier)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("bundle__")
        })
        .collect();
    noms.sort();
    noms.into_iter()
        .map(|p| {
            let t = std::fs::read_to_string(&p).unwrap();
            // An insta file: a front matter between two `---` lines, then the value.
            let corps = t.splitn(3, "---\n").nth(2).unwrap();
            let nom = p.file_name().unwrap().to_string_lossy().into_owned();
            (nom, serde_json::from_str(corps).unwrap())
        })
        .collect()
}

#[test]
fn la_table_des_regles_face_aux_bundles_des_ecrivains() {
    let bundles = bundles_du_redacteur();
    assert!(!bundles.is_empty());
    let echecs = echecs(&bundles);
    let regles = profils("regles", None);
    // Per rule: met by every Bundle of the writer, or which Bundles break it.
    let mut table = String::new();
    for r in regles.as_array().unwrap() {
        let cle = r["regle"].as_str().unwrap();
        let fautifs: BTreeSet<&str> = echecs
            .iter()
            .filter(|(_, e)| e.iter().any(|x| x.split(' ').next() == Some(cle)))
            .map(|(n, _)| n.trim_start_matches("bundle__").trim_end_matches(".snap"))
            .collect();
        let verdict = if fautifs.is_empty() {
            "respectée".to_owned()
        } else {
            format!(
                "ENFREINTE ({})",
                fautifs.into_iter().collect::<Vec<_>>().join(", ")
            )
        };
        table.push_str(&format!(
            "{cle} | {} | {} | {} | {verdict}\n",
            r["profils"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_str().unwrap())
                .collect::<Vec<_>>()
                .join(", "),
            r["element"].as_str().unwrap(),
            r["quoi"].as_str().unwrap()
        ));
    }
    insta::assert_snapshot!("regles_et_redacteur", table);
}
