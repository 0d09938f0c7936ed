//! Every `sidoba …` line of the `sh` blocks of README.md, cli/README.md and
//! docs/*.md, run as written (in a temporary folder holding the samples
//! under the names the docs use, a fresh sandbox behind each block that
//! calls the API), so that the docs stay true: each line exits as
//! documented, and the files it says it writes are written.

#![cfg(unix)]

mod bac;

use bac::{RACINE, demarrer, lancer};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A block: its file, first line number, and its lines (`\` joined).
struct Bloc {
    fichier: String,
    ligne: usize,
    lignes: Vec<String>,
}

fn blocs(fichier: &str) -> Vec<Bloc> {
    let texte = std::fs::read_to_string(Path::new(RACINE).join(fichier)).unwrap();
    let mut out = Vec::new();
    let mut courant: Option<Bloc> = None;
    let mut suite = String::new();
    for (n, brute) in texte.lines().enumerate() {
        let l = brute.trim();
        if let Some(b) = courant.as_mut() {
            if l.starts_with("```") {
                out.push(courant.take().unwrap());
                continue;
            }
            match l.strip_suffix('\\') {
                Some(debut) => suite.push_str(debut),
                None => {
                    suite.push_str(l);
                    b.lignes.push(std::mem::take(&mut suite));
                }
            }
        } else if l == "```sh" || l == "```bash" {
            courant = Some(Bloc {
                fichier: fichier.to_owned(),
                ligne: n + 1,
                lignes: Vec::new(),
            });
        }
    }
    out.into_iter()
        .filter(|b| b.lignes.iter().any(|l| commande(l).is_some()))
        .collect()
}

/// The line without its comment, when it runs `sidoba`.
fn commande(l: &str) -> Option<String> {
    let sans = match l.find(" #") {
        Some(i) => &l[..i],
        None => l,
    };
    let sans = sans.trim();
    sans.starts_with("sidoba ")
        .then(|| sans.to_owned())
        .or_else(|| (sans == "sidoba").then(|| sans.to_owned()))
}

const API: [&str; 6] = ["campaigns", "fetch", "send", "status", "transmit", "reopen"];

fn sous_commande(l: &str) -> &str {
    l.split_whitespace().nth(1).unwrap_or("")
}

/// The samples under the names the docs give them.
fn terrain() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let r = |p: &str| Path::new(RACINE).join(p);
    let copier = |de: &str, vers: &str| {
        let v = d.path().join(vers);
        std::fs::create_dir_all(v.parent().unwrap()).unwrap();
        std::fs::copy(r(de), v).unwrap();
    };
    for e in std::fs::read_dir(r("models")).unwrap() {
        let n = e.unwrap().file_name().into_string().unwrap();
        copier(&format!("models/{n}"), &format!("models/{n}"));
    }
    // The guide's grids, where the docs generate Rust from them.
    for e in std::fs::read_dir(r("core/grilles/tddui-2.3.0")).unwrap() {
        let n = e.unwrap().file_name().into_string().unwrap();
        let p = format!("core/grilles/tddui-2.3.0/{n}");
        copier(&p, &p);
    }
    copier("models/rama-2025.json", "rama-2025.json");
    copier("models/rama-2026.json", "rama-2026.json");
    copier(
        "examples/bac-a-sable/comptes.json",
        "examples/bac-a-sable/comptes.json",
    );
    copier("examples/bac-a-sable/comptes.json", "comptes.json");
    copier("generated/tests/donnees/rama-2025.json", "payload.json");
    copier(
        "generated/tests/donnees/rama-2025.json",
        "target/rama-2025-payload.json",
    );
    copier(
        "core/tests/collectes/rama-usager-2026.json",
        "target/rama-usager-2026.json",
    );
    copier(
        "core/tests/collectes/ssiad-usager-2025.json",
        "collecte.json",
    );
    for dossier in [
        "home/.local/share/bash-completion/completions",
        "home/.local/share/man/man1",
        "home/.config/fish/completions",
    ] {
        std::fs::create_dir_all(d.path().join(dossier)).unwrap();
    }
    // The Bundle the README has the example DUI write.
    let o = sh(
        d.path(),
        "sidoba bundle models/rama-usager-2026.json target/rama-usager-2026.json -o target/rama-usager-2026.bundle.json",
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", bac::texte(&o));
    d
}

fn sh(dossier: &Path, ligne: &str, env: &[(String, String)]) -> Output {
    let binaire = PathBuf::from(env!("CARGO_BIN_EXE_sidoba"));
    let chemin = format!(
        "{}:{}",
        binaire.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(ligne)
        .current_dir(dossier)
        .env("PATH", chemin)
        .env("HOME", dossier.join("home"));
    bac::executer(c, env)
}

/// What a line leaves behind when it says it writes a file.
fn ecrit(ligne: &str) -> Option<&str> {
    let mots: Vec<&str> = ligne.split_whitespace().collect();
    mots.iter()
        .position(|m| *m == "-o" || *m == ">")
        .and_then(|i| mots.get(i + 1).copied())
        .filter(|f| !f.contains('$') && !f.contains('~'))
}

/// The exit statuses the docs give a line.
fn attendus(ligne: &str) -> &'static [i32] {
    if ligne.contains("--fail-on") {
        // 1 when a change reaches the threshold (cli/README.md).
        &[0, 1]
    } else {
        &[0]
    }
}

fn executer_bloc(b: &Bloc, d: &Path) -> Vec<String> {
    let mut fautes = Vec::new();
    let mut serveur = None;
    let mut env: Vec<(String, String)> = Vec::new();
    let mut uid = None;
    for brute in &b.lignes {
        let lieu = format!("{}:{} « {brute} »", b.fichier, b.ligne);
        if let Some(exports) = brute.strip_prefix("export ") {
            for affectation in exports.split_whitespace() {
                let (k, v) = affectation.split_once('=').unwrap();
                env.retain(|(x, _)| x != k);
                env.push((k.to_owned(), v.to_owned()));
            }
            // A secret left as `…` stands for the demo account, whose
            // identifier goes with it.
            if env
                .iter()
                .any(|(k, v)| k == "SIDOBA_CLIENT_SECRET" && v.contains('…'))
            {
                env.retain(|(k, _)| k != "SIDOBA_CLIENT_ID" && k != "SIDOBA_CLIENT_SECRET");
                env.push(("SIDOBA_CLIENT_ID".into(), "editeur-demo".into()));
                env.push(("SIDOBA_CLIENT_SECRET".into(), "demo-bac-a-sable".into()));
            }
            continue;
        }
        let Some(mut l) = commande(brute) else {
            continue;
        };
        if l.contains("fpath") {
            continue; // zsh's array: not a POSIX shell line
        }
        if sous_commande(&l) == "sandbox" {
            let mut a: Vec<String> = l
                .trim_end_matches('&')
                .split_whitespace()
                .skip(1)
                .map(str::to_owned)
                .collect();
            if let Some(i) = a.iter().position(|x| x == "--listen") {
                a[i + 1] = "127.0.0.1:0".into();
            }
            for x in a.iter_mut() {
                if x.ends_with(".sqlite")
                    || x.ends_with(".json")
                    || x == "models"
                    || x.starts_with("examples/")
                {
                    *x = d.join(&*x).display().to_string();
                }
            }
            std::fs::create_dir_all(d.join("target")).unwrap();
            serveur = Some(lancer(&a));
            continue;
        }
        if API.contains(&sous_commande(&l)) {
            if serveur.is_none() {
                let donnees = tempfile::tempdir_in(d).unwrap();
                let (s, e) = demarrer(donnees.path());
                std::mem::forget(donnees);
                serveur = Some(s);
                for (k, v) in e {
                    if !env.iter().any(|(x, _)| *x == k) || k == "SIDOBA_URL" {
                        env.retain(|(x, _)| *x != k);
                        env.push((k, v));
                    }
                }
            }
            let url = serveur.as_ref().map(|s| s.url.clone()).unwrap();
            env.retain(|(x, _)| x != "SIDOBA_URL");
            env.push(("SIDOBA_URL".into(), url));
        }
        if let Some(u) = &uid {
            l = l.replace(" UID", &format!(" {u}"));
        }
        let o = sh(d, &l, &env);
        let code = o.status.code().unwrap_or(-1);
        if !attendus(&l).contains(&code) {
            fautes.push(format!("{lieu} : sortie {code}\n{}", bac::texte(&o)));
            continue;
        }
        let sortie = String::from_utf8_lossy(&o.stdout).into_owned();
        if sous_commande(&l) == "send" && l.contains("--wait") {
            if !sortie.contains(": accepté") {
                fautes.push(format!("{lieu} : pas « accepté »\n{sortie}"));
            }
            uid = sortie.split_whitespace().nth(1).map(str::to_owned);
        }
        if sous_commande(&l) == "transmit" && !sortie.contains(": transmise") {
            fautes.push(format!("{lieu} : pas « transmise »\n{sortie}"));
        }
        if let Some(f) = ecrit(&l) {
            let taille = std::fs::metadata(d.join(f)).map(|m| m.len()).unwrap_or(0);
            if taille == 0 {
                fautes.push(format!("{lieu} : {f} n'est pas écrit"));
            }
        }
    }
    fautes
}

#[test]
fn every_documented_command_line_runs_as_written() {
    let mut fichiers = vec!["README.md".to_owned(), "cli/README.md".to_owned()];
    let mut docs: Vec<String> = std::fs::read_dir(Path::new(RACINE).join("docs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".md"))
        .map(|n| format!("docs/{n}"))
        .collect();
    docs.sort();
    fichiers.extend(docs);
    let mut fautes = Vec::new();
    let mut lignes = 0;
    for f in &fichiers {
        for b in blocs(f) {
            let d = terrain();
            lignes += b.lignes.iter().filter(|l| commande(l).is_some()).count();
            fautes.extend(executer_bloc(&b, d.path()));
        }
    }
    assert!(lignes >= 30, "{lignes} lignes seulement");
    assert!(fautes.is_empty(), "{}", fautes.join("\n\n"));
}
