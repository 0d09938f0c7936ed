//! The build-script API, in the style of `prost-build`.
//!
//! ```no_run
//! // build.rs, in `fn main`:
//! sidoba_codegen::Builder::new()
//!     .modele("modeles/rama-2025.json")
//!     .generer()
//!     .unwrap_or_else(|e| panic!("{e}"));
//! ```
//! and in the crate: `include!(concat!(env!("OUT_DIR"), "/sidoba/mod.rs"));`
//! — or, to keep the generated files in the tree, `.sortie("src/modeles")`.

use crate::generate;
use sidoba_core::fichier::raison;
use sidoba_core::model::{self, Diagnostic, Source};
use std::fmt;
use std::io::Write;
use std::path::PathBuf;

/// Generates Rust modules for models from a build script.
#[derive(Debug, Clone, Default)]
pub struct Builder {
    modeles: Vec<PathBuf>,
    sortie: Option<PathBuf>,
    strict: bool,
    rerun: bool,
}

/// Why generation failed.
#[derive(Debug)]
pub enum Erreur {
    /// A model file could not be read.
    Fichier(PathBuf, std::io::Error),
    /// Invalid models, every problem of each.
    Modele(Vec<Diagnostic>),
    /// No output folder.
    Configuration(String),
    /// Two models of one campaign, a file of the output folder that sidoba
    /// did not generate (never overwritten), or a model sidoba could not
    /// turn into Rust; nothing was written.
    Generation(generate::Erreur),
    /// An output file could not be written.
    Ecriture(PathBuf, std::io::Error),
    /// The `cargo:` lines could not be printed.
    Sortie(std::io::Error),
}

impl fmt::Display for Erreur {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Erreur::Fichier(p, e) => write!(f, "{} : {}", p.display(), raison(e)),
            Erreur::Modele(d) => {
                for d in d {
                    writeln!(f, "{d}")?;
                }
                Ok(())
            }
            Erreur::Configuration(m) => f.write_str(m),
            Erreur::Generation(e) => write!(f, "{e}"),
            Erreur::Ecriture(p, e) => write!(f, "écriture de {} : {}", p.display(), raison(e)),
            Erreur::Sortie(e) => write!(f, "écriture sur la sortie standard : {}", raison(e)),
        }
    }
}

impl std::error::Error for Erreur {}

impl Builder {
    pub fn new() -> Builder {
        Builder {
            rerun: true,
            ..Builder::default()
        }
    }

    /// Adds a model file.
    pub fn modele(mut self, chemin: impl Into<PathBuf>) -> Self {
        self.modeles.push(chemin.into());
        self
    }

    /// Adds model files.
    pub fn modeles<P: Into<PathBuf>>(mut self, chemins: impl IntoIterator<Item = P>) -> Self {
        self.modeles.extend(chemins.into_iter().map(Into::into));
        self
    }

    /// The output folder; by default `$OUT_DIR/sidoba`.
    pub fn sortie(mut self, dossier: impl Into<PathBuf>) -> Self {
        self.sortie = Some(dossier.into());
        self
    }

    /// Unknown keys in a model are errors instead of warnings.
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }

    /// Whether to print `cargo:rerun-if-changed` lines (on by default).
    pub fn rerun_if_changed(mut self, oui: bool) -> Self {
        self.rerun = oui;
        self
    }

    /// Reads, checks and generates; files are written only when changed.
    pub fn generer(&self) -> Result<(), Erreur> {
        let sortie = match &self.sortie {
            Some(s) => s.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(|d| PathBuf::from(d).join("sidoba"))
                .ok_or_else(|| {
                    Erreur::Configuration("OUT_DIR n'est pas défini : appeler .sortie(…)".into())
                })?,
        };
        let mut modeles = Vec::new();
        let mut diags = Vec::new();
        let mut stdout = std::io::stdout().lock();
        for chemin in &self.modeles {
            if self.rerun {
                writeln!(stdout, "cargo:rerun-if-changed={}", chemin.display())
                    .map_err(Erreur::Sortie)?;
            }
            let octets = std::fs::read(chemin).map_err(|e| Erreur::Fichier(chemin.clone(), e))?;
            let nom = chemin.display().to_string();
            let source = match Source::depuis_octets(&nom, octets) {
                Ok(s) => s,
                Err(d) => {
                    diags.push(*d);
                    continue;
                }
            };
            match model::charger(&source, self.strict) {
                Ok((m, _)) => modeles.push((m, nom)),
                Err(d) => diags.extend(d),
            }
        }
        stdout.flush().map_err(Erreur::Sortie)?;
        if !diags.is_empty() {
            return Err(Erreur::Modele(diags));
        }
        let _verrou = generate::verrouiller(&sortie)
            .map_err(|e| Erreur::Ecriture(sortie.join(generate::VERROU), e))?;
        let fichiers = generate::fichiers(&sortie, &modeles).map_err(Erreur::Generation)?;
        for f in &fichiers {
            generate::ecrire(&sortie, f).map_err(|e| Erreur::Ecriture(sortie.join(&f.nom), e))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn modele() -> PathBuf {
        PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../models/ssiad-2025.json"
        ))
    }

    #[test]
    fn a_hand_written_file_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("mod.rs"), "mod a_moi;\n").unwrap();
        let e = Builder::new()
            .modele(modele())
            .sortie(dir.path())
            .rerun_if_changed(false)
            .generer()
            .unwrap_err();
        assert!(
            matches!(&e, Erreur::Generation(generate::Erreur::NonGenere(p)) if p.ends_with("mod.rs")),
            "{e}"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("mod.rs")).unwrap(),
            "mod a_moi;\n"
        );
        assert!(!dir.path().join("ssiad_2025.rs").exists());
    }

    #[test]
    fn same_bytes_as_the_command_and_other_modules_kept() {
        let dir = tempfile::tempdir().unwrap();
        let b = |m: &str| {
            Builder::new()
                .modele(modele().with_file_name(m))
                .sortie(dir.path())
                .rerun_if_changed(false)
                .generer()
                .unwrap()
        };
        b("rama-2025.json");
        b("ssiad-2025.json");
        let lire = |f: &str| std::fs::read_to_string(dir.path().join(f)).unwrap();
        let racine = concat!(env!("CARGO_MANIFEST_DIR"), "/../generated/src/modeles/");
        assert_eq!(
            lire("ssiad_2025.rs"),
            std::fs::read_to_string(format!("{racine}ssiad_2025.rs")).unwrap()
        );
        let mod_rs = lire("mod.rs");
        assert!(
            mod_rs.contains("pub mod rama_2025;\n") && mod_rs.contains("pub mod ssiad_2025;\n")
        );
    }
}
