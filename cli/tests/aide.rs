//! A command line that helps at every mistake (issue 21): each of a
//! newcomer's usual mistakes answered with its cause and what to do.

#![cfg(unix)]

mod bac;

use bac::{demarrer, payload, s, sidoba, texte};

fn env_mort(url: &str) -> Vec<(String, String)> {
    vec![
        ("SIDOBA_URL".to_owned(), url.to_owned()),
        ("SIDOBA_CLIENT_ID".to_owned(), "editeur-demo".to_owned()),
        (
            "SIDOBA_CLIENT_SECRET".to_owned(),
            "demo-bac-a-sable".to_owned(),
        ),
    ]
}

/// A port nobody listens on.
fn port_libre() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn validate_with_model_and_payload_swapped_says_so() {
    let o = sidoba(
        &s(&[
            "validate",
            "generated/tests/donnees/rama-2025.json",
            "models/rama-2025.json",
        ]),
        &[],
    );
    assert_eq!(o.status.code(), Some(2), "{}", texte(&o));
    let t = texte(&o);
    assert!(t.contains("arguments semblent inversés"), "{t}");
    assert!(
        t.contains("sidoba validate models/rama-2025.json generated/tests/donnees/rama-2025.json"),
        "{t}"
    );
    // One sentence, not the model checker's errors on a payload.
    assert!(!t.contains("clé obligatoire « blocs » absente"), "{t}");
}

#[test]
fn send_with_finess_and_campaign_swapped_says_so_before_any_call() {
    let d = tempfile::tempdir().unwrap();
    let p = payload(d.path()).display().to_string();
    let url = format!("http://127.0.0.1:{}", port_libre());
    let o = sidoba(&s(&["send", "690012345", "RAMA-2025", &p]), &env_mort(&url));
    assert_eq!(o.status.code(), Some(2), "{}", texte(&o));
    let t = texte(&o);
    assert!(t.contains("arguments semblent inversés"), "{t}");
    assert!(
        t.contains(&format!("sidoba send RAMA-2025 690012345 {p}")),
        "{t}"
    );
    assert!(!t.contains("connexion"), "{t}");
}

#[test]
fn send_of_another_campaigns_payload_says_it_as_validate_does() {
    let d = tempfile::tempdir().unwrap();
    let p = payload(d.path()).display().to_string();
    let url = format!("http://127.0.0.1:{}", port_libre());
    for force in [false, true] {
        let mut a = s(&["send", "RAMA-2026", "690012345", &p]);
        if force {
            a.push("--force".into());
        }
        let o = sidoba(&a, &env_mort(&url));
        assert_eq!(o.status.code(), Some(1), "{}", texte(&o));
        let t = texte(&o);
        assert!(
            t.contains("« RAMA-2025 » alors que la campagne demandée est « RAMA-2026 »"),
            "{t}"
        );
        assert!(t.contains("rien n'a été envoyé"), "{t}");
        assert!(!t.contains("illisible"), "{t}");
    }
}

#[test]
fn missing_variables_are_reported_all_at_once() {
    let o = sidoba(&s(&["campaigns"]), &[]);
    assert_eq!(o.status.code(), Some(2), "{}", texte(&o));
    let t = texte(&o);
    for v in ["SIDOBA_URL", "SIDOBA_CLIENT_ID", "SIDOBA_CLIENT_SECRET"] {
        assert!(t.contains(v), "{v} : {t}");
    }
    assert_eq!(t.matches("sidoba :").count(), 1, "{t}");
    assert!(t.contains("export SIDOBA_URL="), "{t}");
}

#[test]
fn an_unreachable_server_is_named_with_the_cause() {
    let url = format!("http://127.0.0.1:{}", port_libre());
    let o = sidoba(&s(&["campaigns"]), &env_mort(&url));
    assert_eq!(o.status.code(), Some(2), "{}", texte(&o));
    let t = texte(&o);
    assert!(t.contains(&url), "{t}");
    assert!(t.contains("connexion refusée"), "{t}");
    assert!(t.contains("sidoba sandbox"), "{t}");
    // A refused connection is retried three times, not five.
    assert_eq!(t.matches(": tentative ").count(), 3, "{t}");
    assert!(t.contains("(après 4 tentatives)"), "{t}");
}

#[test]
fn a_port_in_use_and_a_bad_date_are_said_in_words() {
    let pris = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let adresse = pris.local_addr().unwrap().to_string();
    let d = tempfile::tempdir().unwrap();
    let base = |extra: &[&str]| {
        let mut a = s(&[
            "sandbox",
            "--models",
            "models",
            "--data",
            &d.path().join("b.sqlite").display().to_string(),
            "--accounts",
            "examples/bac-a-sable/comptes.json",
        ]);
        a.extend(extra.iter().map(|x| x.to_string()));
        a
    };
    let o = sidoba(&base(&["--listen", &adresse]), &[]);
    assert_eq!(o.status.code(), Some(2), "{}", texte(&o));
    let port = adresse.rsplit(':').next().unwrap();
    assert!(
        texte(&o).contains(&format!("le port {port} est déjà utilisé")),
        "{}",
        texte(&o)
    );
    assert!(!texte(&o).contains("code système"), "{}", texte(&o));
    for mauvaise in ["demain", "2026-13-01", "01/04/2026"] {
        let o = sidoba(&base(&["--today", mauvaise]), &[]);
        assert_eq!(o.status.code(), Some(2), "{}", texte(&o));
        assert!(
            texte(&o).contains("AAAA-MM-JJ"),
            "{mauvaise} : {}",
            texte(&o)
        );
    }
}

#[test]
fn a_typo_suggests_the_closest_command_first() {
    let o = sidoba(&s(&["chek"]), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        texte(&o).contains("conseil : essayer « check »"),
        "{}",
        texte(&o)
    );
}

#[test]
fn a_missing_field_message_agrees() {
    let d = tempfile::tempdir().unwrap();
    let p = payload(d.path());
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
    v["donnees"]
        .as_object_mut()
        .unwrap()
        .remove("raison_sociale");
    std::fs::write(&p, v.to_string()).unwrap();
    let o = sidoba(
        &s(&[
            "validate",
            "models/rama-2025.json",
            &p.display().to_string(),
        ]),
        &[],
    );
    assert_eq!(o.status.code(), Some(1), "{}", texte(&o));
    assert!(
        texte(&o).contains("Le champ « Raison sociale » est obligatoire et n'est pas renseigné."),
        "{}",
        texte(&o)
    );
}

#[test]
fn resending_transmitting_twice_and_sending_after_transmit_are_explained() {
    let d = tempfile::tempdir().unwrap();
    let (_bac, env) = demarrer(d.path());
    let p = payload(d.path()).display().to_string();
    let o = sidoba(&s(&["send", "RAMA-2025", "690012345", &p, "--wait"]), &env);
    assert_eq!(o.status.code(), Some(0), "{}", texte(&o));
    assert!(texte(&o).contains(": accepté"), "{}", texte(&o));
    assert!(!texte(&o).contains("accepte,"), "{}", texte(&o));
    // The same content again: said, and no second processing.
    let o = sidoba(&s(&["send", "RAMA-2025", "690012345", &p, "--wait"]), &env);
    assert_eq!(o.status.code(), Some(0), "{}", texte(&o));
    assert!(
        texte(&o).contains("ce contenu a déjà été accepté"),
        "{}",
        texte(&o)
    );
    let o = sidoba(
        &s(&["transmit", "RAMA-2025", "690012345", "--format", "json"]),
        &env,
    );
    let c: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(c["historique"].as_array().unwrap().len(), 1, "{c}");
    // Twice.
    let o = sidoba(&s(&["transmit", "RAMA-2025", "690012345"]), &env);
    assert_eq!(o.status.code(), Some(1), "{}", texte(&o));
    assert!(
        texte(&o).contains("la collecte est déjà transmise"),
        "{}",
        texte(&o)
    );
    assert!(
        !texte(&o).contains("de transmise à transmise"),
        "{}",
        texte(&o)
    );
    // Sending another content while transmitted: reopen suggested.
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
    v["donnees"]["raison_sociale"] = "EHPAD renommé".into();
    let p2 = d.path().join("autre.json");
    std::fs::write(&p2, v.to_string()).unwrap();
    let o = sidoba(
        &s(&["send", "RAMA-2025", "690012345", &p2.display().to_string()]),
        &env,
    );
    assert_eq!(o.status.code(), Some(1), "{}", texte(&o));
    assert!(
        texte(&o).contains("sidoba reopen RAMA-2025 690012345"),
        "{}",
        texte(&o)
    );
}

fn sortie(args: &[&str]) -> String {
    let o = sidoba(&s(args), &[]);
    assert_eq!(o.status.code(), Some(0), "{args:?} : {}", texte(&o));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn the_help_says_what_the_program_does() {
    let bundle = sortie(&["bundle", "--help"]);
    assert!(!bundle.contains("pas encore disponible"), "{bundle}");
    assert!(bundle.contains("WS07"), "{bundle}");
    let validate = sortie(&["validate", "--help"]);
    assert!(validate.contains("Bundle"), "{validate}");
    let send = sortie(&["send", "--help"]);
    for v in ["SIDOBA_URL", "SIDOBA_CLIENT_ID", "SIDOBA_CLIENT_SECRET"] {
        assert!(send.contains(v), "{v} : {send}");
    }
    assert!(send.contains("sidoba reopen"), "{send}");
}

#[test]
fn man_pages_have_exit_status_environment_and_examples() {
    for page in [vec!["man"], vec!["man", "send"], vec!["man", "validate"]] {
        let roff = sortie(&page);
        for section in [
            ".SH \"CODE DE RETOUR\"",
            ".SH ENVIRONNEMENT",
            ".SH EXEMPLES",
        ] {
            assert!(roff.contains(section), "{page:?} : {section}\n{roff}");
        }
    }
    let send = sortie(&["man", "send"]);
    assert!(send.contains("SIDOBA_CLIENT_SECRET"), "{send}");
    assert!(send.contains("sidoba send RAMA\\-2025 690012345"), "{send}");
}

#[test]
fn the_cli_readme_lists_every_command() {
    let aide = sortie(&["--help"]);
    let debut = aide.find("Commandes").unwrap();
    let commandes: Vec<&str> = aide[debut..]
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(commandes.len() >= 17, "{commandes:?}");
    let readme =
        std::fs::read_to_string(std::path::Path::new(bac::RACINE).join("cli/README.md")).unwrap();
    for c in commandes {
        assert!(
            readme.contains(&format!("`sidoba {c}")),
            "cli/README.md ne cite pas « sidoba {c} »"
        );
    }
}

#[test]
fn a_type_typo_gives_one_error_and_no_follow_on_warning() {
    let d = tempfile::tempdir().unwrap();
    let mut v: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(std::path::Path::new(bac::RACINE).join("models/rama-2026.json"))
            .unwrap(),
    )
    .unwrap();
    // `nb_residents` (read by ten rules, with min and max) typed `entire`.
    assert_eq!(v["blocs"][1]["champs"][0]["code"], "nb_residents");
    v["blocs"][1]["champs"][0]["type"] = "entire".into();
    let m = d.path().join("m.json");
    std::fs::write(&m, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let o = sidoba(&s(&["check", &m.display().to_string()]), &[]);
    assert_eq!(o.status.code(), Some(1));
    let t = texte(&o);
    let lignes: Vec<&str> = t
        .lines()
        .filter(|l| l.starts_with("erreur") || l.starts_with("avertissement"))
        .collect();
    assert_eq!(lignes.len(), 1, "{t}");
    assert!(lignes[0].contains("type \"entire\" inconnu"), "{t}");
}

#[test]
fn the_same_warning_for_every_person_is_said_once_and_counted() {
    let d = tempfile::tempdir().unwrap();
    let ws07 = d.path().join("ws07.json").display().to_string();
    let o = sidoba(
        &s(&[
            "bundle",
            "models/rama-usager-2026.json",
            "core/tests/collectes/rama-usager-2026.json",
            "--cda",
            "-o",
            &ws07,
        ]),
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", texte(&o));
    let o = sidoba(
        &s(&["validate", "models/rama-usager-2026.json", &ws07]),
        &[],
    );
    let t = texte(&o);
    // Each distinct warning once, counted over the two persons.
    let lignes: Vec<&str> = t
        .lines()
        .filter(|l| l.contains("Document CDA (WS07)"))
        .collect();
    assert!(!lignes.is_empty(), "{t}");
    for l in &lignes {
        assert!(l.ends_with("(×2 : personnes n° 1 à 2)"), "{t}");
    }
    let distinctes: std::collections::BTreeSet<&str> = lignes.iter().copied().collect();
    assert_eq!(distinctes.len(), lignes.len(), "{t}");
    // JSON keeps one finding per person, for programs.
    let o = sidoba(
        &s(&[
            "validate",
            "models/rama-usager-2026.json",
            &ws07,
            "--format",
            "json",
        ]),
        &[],
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stdout)
            .matches("Document CDA (WS07)")
            .count(),
        2 * lignes.len()
    );
}
