//! What a shell and a system expect of a command: completion scripts, a
//! man page, and help and usage errors in the vendor's language.

use std::process::{Command, Output};

fn sidoba(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sidoba"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn sortie(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

const COMMANDES: [&str; 5] = ["check", "generate", "diff", "validate", "schema"];

#[test]
fn les_completions_nomment_chaque_commande_pour_chaque_shell() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let o = sidoba(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}");
        let script = sortie(&o);
        for c in COMMANDES {
            assert!(script.contains(c), "{shell} : {c} absent");
        }
        assert!(script.contains("fail-on"), "{shell}");
    }
    assert!(sortie(&sidoba(&["completions", "bash"])).contains("complete -F _sidoba"));
    assert!(sortie(&sidoba(&["completions", "zsh"])).starts_with("#compdef sidoba"));
}

#[test]
fn les_completions_se_lisent_comme_des_scripts_shell() {
    let script = sortie(&sidoba(&["completions", "bash"]));
    // `bash -n` reads without running; skipped where bash is missing.
    if let Ok(o) = Command::new("bash").args(["-n", "-c", &script]).output() {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
}

#[test]
fn un_shell_inconnu_est_une_erreur_d_usage() {
    let o = sidoba(&["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
}

#[test]
fn la_page_de_manuel_est_du_roff_et_liste_les_commandes() {
    let o = sidoba(&["man"]);
    assert_eq!(o.status.code(), Some(0));
    let page = sortie(&o);
    // The title comes after clap_mangen's definition of the quote string.
    assert!(
        page.lines().nth(2).unwrap().starts_with(".TH sidoba 1 "),
        "{page}"
    );
    assert!(
        page.contains("\n.SH NOM\nsidoba \\- Modèles métier SIDOBA"),
        "{page}"
    );
    for c in COMMANDES {
        assert!(page.contains(c), "{c} absent");
    }
    for c in COMMANDES {
        assert!(page.contains(&format!("sidoba\\-{c}(1)")), "{c} absent");
    }
}

#[test]
fn chaque_commande_a_la_page_de_manuel_que_nomme_la_page_principale() {
    let o = sidoba(&["man", "diff"]);
    assert_eq!(o.status.code(), Some(0));
    let page = sortie(&o);
    assert!(page.contains(".TH sidoba-diff 1 "), "{page}");
    assert!(page.contains("\\-\\-fail\\-on"), "{page}");
    let o = sidoba(&["man", "frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
}

#[test]
fn l_aide_est_en_francais() {
    for args in [&["--help"][..], &["diff", "--help"], &["help", "diff"]] {
        let o = sidoba(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let aide = sortie(&o);
        assert!(aide.contains("Utilisation : sidoba"), "{aide}");
        assert!(aide.contains("Affiche l'aide"), "{aide}");
        for anglais in ["Usage:", "Print help", "[default:", "[possible values:"] {
            assert!(!aide.contains(anglais), "{args:?} : {anglais}\n{aide}");
        }
    }
    let racine = sortie(&sidoba(&["--help"]));
    assert!(
        racine.contains("Utilisation : sidoba <COMMANDE>\n\nCommandes:"),
        "{racine}"
    );
    assert!(racine.contains("Affiche la version"), "{racine}");
    let diff = sortie(&sidoba(&["diff", "--help"]));
    assert!(
        diff.contains("[valeurs : text, markdown, json] [défaut : text]"),
        "{diff}"
    );
}

#[test]
fn les_erreurs_d_usage_sont_en_francais_et_sortent_en_2() {
    let cas = [
        (&["frobnicate"][..], "commande inconnue « frobnicate »"),
        (
            &["diff", "a.json", "b.json", "--fail-on", "tout"],
            "valeur « tout » invalide pour « --fail-on <IMPACT> » (valeurs possibles : cassant, compatible)",
        ),
        (
            &["check", "--vite", "m.json"],
            "argument inattendu « --vite »",
        ),
        (
            &["diff", "a.json"],
            "arguments obligatoires absents : <NOUVEAU>",
        ),
        (&["help", "frobnicate"], "commande inconnue « frobnicate »"),
        (
            &["chek", "m.json"],
            "commande inconnue « chek »\n\n  conseil : essayer « check », « schema »",
        ),
    ];
    for (args, attendu) in cas {
        let o = sidoba(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let erreur = String::from_utf8(o.stderr).unwrap();
        assert!(
            erreur.starts_with(&format!("erreur : {attendu}")),
            "{args:?} : {erreur}"
        );
        assert!(
            erreur.ends_with("Pour en savoir plus, essayer « --help ».\n"),
            "{erreur}"
        );
        assert!(
            !erreur.contains("error:") && !erreur.contains("Usage:"),
            "{erreur}"
        );
    }
}

#[test]
fn la_version_est_celle_de_la_crate() {
    let o = sidoba(&["--version"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        sortie(&o),
        format!("sidoba {}\n", env!("CARGO_PKG_VERSION"))
    );
}
