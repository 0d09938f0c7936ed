//! When next campaign's model changes, regenerating the types makes the
//! DUI's mapping fail to compile exactly at the affected lines.
//!
//! The test copies `models/rama-2025.json`, renames `nb_residents` to
//! `nb_residents_31_12` (in the rules too, as a real model change would)
//! and removes `nb_residents_alzheimer`, two fields that
//! `src/correspondance.rs` maps. It regenerates the module with the
//! library (`sidoba_codegen::generate::fichiers`, as `sidoba generate`
//! does) into a throwaway crate that holds a verbatim copy of
//! `correspondance.rs`, builds it with cargo, and checks that the build
//! fails with one error at each of the two mapping attributes and nowhere
//! else. The same crate built against the unchanged model compiles: the
//! errors come from the model change only.
//!
//! The throwaway crate and its target folder live in the workspace's
//! target dir (`target/tmp/changement-modele`), so the runtime's
//! dependencies are compiled once and reused by later runs.

use sidoba_codegen::generate;
use sidoba_core::model;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const ANCIEN: &str = "nb_residents";
const NOUVEAU: &str = "nb_residents_31_12";
const RETIRE: &str = "nb_residents_alzheimer";

fn racine() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// `texte` with every whole identifier `ancien` replaced by `nouveau`
/// (`nb_residents_hommes` is left alone).
fn renommer_identifiant(texte: &str, ancien: &str, nouveau: &str) -> String {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::new();
    let mut reste = texte;
    while let Some(i) = reste.find(ancien) {
        let avant = reste[..i].chars().next_back();
        let apres = reste[i + ancien.len()..].chars().next();
        out.push_str(&reste[..i]);
        if avant.is_some_and(ident) || apres.is_some_and(ident) {
            out.push_str(ancien);
        } else {
            out.push_str(nouveau);
        }
        reste = &reste[i + ancien.len()..];
    }
    out.push_str(reste);
    out
}

/// Next campaign's model: `nb_residents` renamed, `nb_residents_alzheimer`
/// removed.
fn modele_modifie() -> String {
    let texte = std::fs::read_to_string(racine().join("models/rama-2025.json")).unwrap();
    // Renaming a code touches the field and every rule that reads it.
    let texte = renommer_identifiant(&texte, ANCIEN, NOUVEAU);
    assert!(texte.contains(&format!("\"code\": \"{NOUVEAU}\"")));
    let mut m: serde_json::Value = serde_json::from_str(&texte).unwrap();
    let blocs = m["blocs"].as_array_mut().unwrap();
    let residents = blocs.iter_mut().find(|b| b["code"] == "residents").unwrap();
    let champs = residents["champs"].as_array_mut().unwrap();
    let avant = champs.len();
    champs.retain(|c| c["code"] != RETIRE);
    assert_eq!(champs.len(), avant - 1);
    serde_json::to_string_pretty(&m).unwrap()
}

/// Writes the generated module of `texte` into `src/modeles/` of `krate`.
fn generer(krate: &Path, nom: &str, texte: &str) {
    let source = model::Source::depuis_octets(nom, texte.as_bytes().to_vec()).unwrap();
    let (m, _) = model::charger(&source, true).unwrap_or_else(|d| {
        panic!(
            "{}",
            d.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    let modeles = krate.join("src/modeles");
    let _ = std::fs::remove_dir_all(&modeles);
    for f in generate::fichiers(&modeles, &[(m, nom.to_owned())]).unwrap() {
        generate::ecrire(&modeles, &f).unwrap();
    }
}

/// The throwaway crate: the regenerated module (as the `generated` crate's
/// `rama_2025`, so the copy needs no edit) and a copy of the mapping.
fn preparer(krate: &Path) {
    let racine = racine();
    std::fs::create_dir_all(krate.join("src")).unwrap();
    let runtime = racine.join("runtime");
    std::fs::write(
        krate.join("Cargo.toml"),
        format!(
            r#"[package]
name = "correspondance-modele-change"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
sidoba = {{ path = {runtime:?} }}

[workspace]

[profile.dev.package."*"]
debug = false
"#,
        ),
    )
    .unwrap();
    // The workspace's versions of the dependencies, already downloaded.
    std::fs::copy(racine.join("Cargo.lock"), krate.join("Cargo.lock")).unwrap();
    std::fs::write(
        krate.join("src/lib.rs"),
        "//! The example DUI's mapping, compiled against a regenerated model.\n\
         \n\
         extern crate self as generated;\n\
         \n\
         #[rustfmt::skip]\n\
         mod modeles;\n\
         pub use modeles::*;\n\
         \n\
         pub mod correspondance;\n",
    )
    .unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/correspondance.rs"),
        krate.join("src/correspondance.rs"),
    )
    .unwrap();
}

/// `cargo build`: success, and the `file:line` of each error.
fn construire(krate: &Path, cible: &Path) -> (bool, Vec<(String, usize)>, String) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args(["build", "--offline", "--message-format=short", "--quiet"])
        .current_dir(krate)
        .env("CARGO_TARGET_DIR", cible)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let erreurs = stderr
        .lines()
        .filter_map(|l| {
            // `src/correspondance.rs:57:22: error[E0080]: …`
            let (lieu, _) = l.split_once(": error")?;
            let mut parts = lieu.rsplitn(3, ':');
            let _colonne = parts.next()?;
            let ligne = parts.next()?.parse().ok()?;
            Some((parts.next()?.to_owned(), ligne))
        })
        .collect();
    (out.status.success(), erreurs, stderr)
}

/// Lines (from 1) of `texte` holding `motif`.
fn lignes_de(texte: &str, motif: &str) -> Vec<usize> {
    texte
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(motif))
        .map(|(i, _)| i + 1)
        .collect()
}

#[test]
fn a_renamed_and_a_removed_field_fail_to_compile_exactly_at_the_mapping_lines() {
    let debut = Instant::now();
    let dossier = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("changement-modele");
    let krate = dossier.join("crate");
    let cible = dossier.join("target");
    preparer(&krate);

    // Control: against the unchanged model, the copy compiles.
    let original = std::fs::read_to_string(racine().join("models/rama-2025.json")).unwrap();
    generer(&krate, "rama-2025.json", &original);
    let (ok, erreurs, stderr) = construire(&krate, &cible);
    assert!(ok && erreurs.is_empty(), "{stderr}");
    eprintln!("modèle inchangé : compile ({:.1?})", debut.elapsed());

    // Next campaign's model.
    generer(&krate, "rama-2025-modifie.json", &modele_modifie());
    let (ok, erreurs, stderr) = construire(&krate, &cible);
    eprintln!("{stderr}");
    assert!(!ok);

    let correspondance = std::fs::read_to_string(krate.join("src/correspondance.rs")).unwrap();
    let mut attendues: Vec<usize> = [ANCIEN, RETIRE]
        .iter()
        .flat_map(|code| lignes_de(&correspondance, &format!("champ = \"{code}\"")))
        .collect();
    attendues.sort();
    assert_eq!(attendues.len(), 2, "each code is mapped once");
    let mut vues: Vec<usize> = erreurs
        .iter()
        .map(|(fichier, ligne)| {
            assert_eq!(fichier, "src/correspondance.rs", "{stderr}");
            *ligne
        })
        .collect();
    vues.sort();
    assert_eq!(vues, attendues, "{stderr}");
    // Each error names its code.
    for code in [ANCIEN, RETIRE] {
        assert!(
            stderr.contains(&format!(
                "champ « {code} » inconnu dans le modèle RAMA 2025.1"
            )),
            "{stderr}"
        );
    }
    eprintln!("durée : {:.1?}", debut.elapsed());
}

#[test]
fn renaming_touches_whole_identifiers_only() {
    assert_eq!(
        renommer_identifiant(
            "nb_residents_hommes + nb_residents_femmes = nb_residents",
            ANCIEN,
            NOUVEAU
        ),
        "nb_residents_hommes + nb_residents_femmes = nb_residents_31_12"
    );
    assert_eq!(
        renommer_identifiant("\"code\": \"nb_residents\",", ANCIEN, NOUVEAU),
        "\"code\": \"nb_residents_31_12\","
    );
}
