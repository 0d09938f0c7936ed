//! `sidoba diff --ignore`, end to end: an acknowledged fingerprint stops
//! counting once the change it named is altered in a way that matters.

// The diff tests' model builders, shared rather than copied.
#[path = "../../core/tests/diff_commun/mod.rs"]
mod diff_commun;

use diff_commun::*;
use serde_json::{Value, json};
use std::process::Command;

fn champ_x(extra: Value) -> Value {
    let mut c = json!({ "code": "x", "libelle": "Xylophones", "type": "entier" });
    for (k, v) in extra.as_object().unwrap() {
        c[k] = v.clone();
    }
    c
}

fn sidoba(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sidoba"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn acknowledgement_stops_counting_when_the_added_field_becomes_required() {
    let dir = tempfile::tempdir().unwrap();
    let ecrire = |nom: &str, v: &Value| {
        let p = dir.path().join(nom);
        std::fs::write(&p, v.to_string()).unwrap();
        p.to_str().unwrap().to_owned()
    };
    let ancien = ecrire("ancien.json", &base());
    let facultatif = ecrire(
        "facultatif.json",
        &nouveau(|m| ajouter(m, "/blocs/0/champs", champ_x(json!({})))),
    );
    let obligatoire = ecrire(
        "obligatoire.json",
        &nouveau(|m| {
            ajouter(
                m,
                "/blocs/0/champs",
                champ_x(json!({ "obligatoire": true })),
            )
        }),
    );
    // Review the optional addition and acknowledge it.
    let json = sidoba(&["diff", &ancien, &facultatif, "--format", "json"]);
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    let empreinte = v["ecarts"][0]["empreinte"].as_str().unwrap().to_owned();
    let revus = dir.path().join("revus.txt");
    std::fs::write(&revus, format!("{empreinte}  # x facultatif, revu\n")).unwrap();
    let revus = revus.to_str().unwrap();
    let gate = |nouveau: &str, seuil: &str| {
        sidoba(&[
            "diff",
            &ancien,
            nouveau,
            "--fail-on",
            seuil,
            "--ignore",
            revus,
        ])
    };
    assert_eq!(gate(&facultatif, "compatible").status.code(), Some(0));
    // The field becomes required: the acknowledgement no longer applies.
    let o = gate(&obligatoire, "cassant");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains(&empreinte),
        "empreinte périmée signalée : {}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!String::from_utf8_lossy(&o.stdout).contains("[acquitté]"));
}
