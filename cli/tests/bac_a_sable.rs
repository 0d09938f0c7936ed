//! The README's sandbox workflow, read out of README.md and run as
//! written (paths under `target/` moved to a temporary folder, the port
//! chosen free), then the other API commands against the same binary.

#![cfg(unix)]

mod bac;

use bac::{Bac, RACINE, demarrer, lancer, payload, s, sidoba, texte};
use std::path::Path;

/// The shell lines of the README's marked block.
fn commandes_du_readme() -> Vec<Vec<String>> {
    let readme = std::fs::read_to_string(Path::new(RACINE).join("README.md")).unwrap();
    let debut = readme.find("<!-- bac-a-sable:debut -->").unwrap();
    let fin = readme.find("<!-- bac-a-sable:fin -->").unwrap();
    readme[debut..fin]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("```") && !l.starts_with("<!--"))
        .map(|l| {
            l.trim_end_matches('&')
                .split_whitespace()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

/// Moves a `target/...` path into `dossier`.
fn deplacer(arg: &str, dossier: &Path) -> String {
    match arg.strip_prefix("target/") {
        Some(reste) => dossier.join(reste).display().to_string(),
        None => arg.to_owned(),
    }
}

#[test]
fn le_parcours_du_bac_a_sable_du_readme_marche_tel_qu_ecrit() {
    let d = tempfile::tempdir().unwrap();
    payload(d.path());
    let lignes = commandes_du_readme();
    assert!(lignes.len() >= 7, "{lignes:?}");
    let mut bac = None;
    let mut env = Vec::new();
    let mut uid = None;
    for ligne in &lignes {
        let args: Vec<String> = ligne.iter().map(|a| deplacer(a, d.path())).collect();
        match args[0].as_str() {
            "export" => {
                let (k, v) = args[1].split_once('=').unwrap();
                let v = if k == "SIDOBA_URL" {
                    bac.as_ref().map(|b: &Bac| b.url.clone()).unwrap()
                } else {
                    v.to_owned()
                };
                env.push((k.to_owned(), v));
            }
            "sidoba" if args[1] == "sandbox" => {
                let mut a = args[1..].to_vec();
                let i = a.iter().position(|x| x == "--listen").unwrap();
                a[i + 1] = "127.0.0.1:0".into();
                bac = Some(lancer(&a));
            }
            "sidoba" => {
                let a: Vec<String> = args[1..]
                    .iter()
                    .map(|x| match (x.as_str(), &uid) {
                        ("UID", Some(u)) => String::clone(u),
                        _ => x.clone(),
                    })
                    .collect();
                let o = sidoba(&a, &env);
                let sortie = String::from_utf8_lossy(&o.stdout).into_owned();
                assert_eq!(o.status.code(), Some(0), "{a:?}\n{}", texte(&o));
                match a[0].as_str() {
                    "send" | "status" => {
                        let premiere = sortie.lines().next().unwrap();
                        assert!(premiere.contains(" : accepté"), "{sortie}");
                        uid = premiere.split_whitespace().nth(1).map(str::to_owned);
                    }
                    "transmit" => {
                        assert_eq!(sortie, "collecte RAMA-2025 / 690012345 : transmise\n")
                    }
                    autre => panic!("commande inattendue dans le README : {autre}"),
                }
            }
            autre => panic!("ligne inattendue dans le README : {autre}"),
        }
    }
    assert!(uid.is_some());
}

#[test]
fn les_commandes_de_l_api_contre_le_binaire_du_bac_a_sable() {
    let d = tempfile::tempdir().unwrap();
    let (_bac, env) = demarrer(d.path());
    let p = payload(d.path()).display().to_string();

    // WS01 in JSON: the campaigns open on 2026-04-01, sorted by id.
    let o = sidoba(&s(&["campaigns", "--format", "json"]), &env);
    assert_eq!(o.status.code(), Some(0), "{}", texte(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let ids: Vec<&str> = v["campagnes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"RAMA-2025"), "{ids:?}");
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");

    // WS02 to a file: the published bytes.
    let modele = d.path().join("rama-2025.json");
    let o = sidoba(
        &s(&["fetch", "RAMA-2025", "-o", &modele.display().to_string()]),
        &env,
    );
    assert_eq!(o.status.code(), Some(0), "{}", texte(&o));
    assert_eq!(
        std::fs::read(&modele).unwrap(),
        std::fs::read(Path::new(RACINE).join("models/rama-2025.json")).unwrap()
    );

    // A payload with a blocking finding: refused locally (exit 1, nothing
    // sent); forced, rejected by the server (exit 1).
    let mut faux: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
    faux["donnees"]["nombre_de_places"] = (-5).into();
    let faux_p = d.path().join("faux.json");
    std::fs::write(&faux_p, faux.to_string()).unwrap();
    let faux_p = faux_p.display().to_string();
    let o = sidoba(
        &s(&["send", "RAMA-2025", "690012345", &faux_p, "--wait"]),
        &env,
    );
    assert_eq!(o.status.code(), Some(1), "{}", texte(&o));
    assert!(texte(&o).contains("rien n'a été envoyé"), "{}", texte(&o));
    let o = sidoba(
        &s(&[
            "send",
            "RAMA-2025",
            "690012345",
            &faux_p,
            "--wait",
            "--force",
            "--format",
            "json",
        ]),
        &env,
    );
    assert_eq!(o.status.code(), Some(1), "{}", texte(&o));
    let t: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(t["etat"], "rejete");
    let uid_rejete = t["uidTraitement"].as_str().unwrap().to_owned();
    let o = sidoba(&s(&["status", &uid_rejete]), &env);
    assert_eq!(o.status.code(), Some(1), "{}", texte(&o));
    // Rejected last: no transmission (exit 1).
    let o = sidoba(&s(&["transmit", "RAMA-2025", "690012345"]), &env);
    assert_eq!(o.status.code(), Some(1), "{}", texte(&o));

    // Accepted, transmitted, reopened.
    let o = sidoba(&s(&["send", "RAMA-2025", "690012345", &p, "--wait"]), &env);
    assert_eq!(o.status.code(), Some(0), "{}", texte(&o));
    let o = sidoba(
        &s(&["transmit", "RAMA-2025", "690012345", "--format", "json"]),
        &env,
    );
    assert_eq!(o.status.code(), Some(0), "{}", texte(&o));
    let c: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(c["statut"], "transmise");
    assert_eq!(c["historique"].as_array().unwrap().len(), 2);
    let o = sidoba(&s(&["reopen", "RAMA-2025", "690012345"]), &env);
    assert_eq!(o.status.code(), Some(0), "{}", texte(&o));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "collecte RAMA-2025 / 690012345 : en saisie\n"
    );
    // Without credentials: a usage error (exit 2).
    let o = sidoba(&s(&["campaigns"]), &env[..1]);
    assert_eq!(o.status.code(), Some(2), "{}", texte(&o));
}
