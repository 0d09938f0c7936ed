//! Generated files: one module per model and a `mod.rs`, written atomically
//! and only when their content changes, never over a file sidoba did not
//! generate.

use crate::emit;
use sidoba_core::fichier::raison;
use sidoba_core::model::Modele;
use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// A file to write, relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fichier {
    pub nom: String,
    pub contenu: String,
}

/// Why the files of a generation cannot be produced.
#[derive(Debug)]
pub enum Erreur {
    /// Two models of one campaign would be the same module.
    MemeModule {
        module: String,
        premier: String,
        second: String,
    },
    /// A model whose Rust could not be produced (a defect of sidoba).
    Emission {
        fichier: String,
        erreur: emit::Erreur,
    },
    /// A file of the output folder that sidoba did not generate: it is
    /// never overwritten.
    NonGenere(PathBuf),
    /// A file of the output folder that cannot be read.
    Lecture(PathBuf, io::Error),
}

impl fmt::Display for Erreur {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Erreur::MemeModule {
                module,
                premier,
                second,
            } => write!(
                f,
                "{premier} et {second} donnent tous deux le module « {module} » (même campagne)"
            ),
            Erreur::Emission { fichier, erreur } => write!(f, "{fichier} : {erreur}"),
            Erreur::NonGenere(p) => write!(
                f,
                "{} n'a pas été généré par sidoba (pas d'en-tête « {} ») : il n'est pas écrasé ; \
                 le déplacer ou choisir un autre dossier de sortie",
                p.display(),
                emit::EN_TETE
            ),
            Erreur::Lecture(p, e) => write!(f, "lecture de {} : {}", p.display(), raison(e)),
        }
    }
}

impl std::error::Error for Erreur {}

/// The module name of a campaign id (`RAMA-2025` → `rama_2025`).
pub fn nom_module(campagne: &str) -> String {
    let n = crate::naming::champ(campagne);
    match n.strip_prefix("champ_") {
        Some(reste) => format!("campagne_{reste}"),
        None => n,
    }
}

/// The files to write into `dossier` for these models (each with the name
/// of its file, for messages): one module per model, and a `mod.rs`
/// listing them along with the sidoba-generated modules already in
/// `dossier`. Every target is checked before anything is written: a target
/// that sidoba did not generate is an error.
pub fn fichiers(dossier: &Path, modeles: &[(Modele, String)]) -> Result<Vec<Fichier>, Erreur> {
    let mut modules: BTreeMap<String, (&Modele, &str)> = BTreeMap::new();
    for (m, fichier) in modeles {
        let nom = nom_module(&m.campagne.id);
        if let Some((_, premier)) = modules.insert(nom.clone(), (m, fichier)) {
            return Err(Erreur::MemeModule {
                module: nom,
                premier: premier.to_owned(),
                second: fichier.clone(),
            });
        }
    }
    let mut descriptions = deja_generes(dossier)?;
    let mut out = Vec::new();
    for (nom, (m, fichier)) in &modules {
        let contenu = emit::module(m).map_err(|erreur| Erreur::Emission {
            fichier: (*fichier).to_owned(),
            erreur,
        })?;
        descriptions.insert(nom.clone(), emit::description(m));
        out.push(Fichier {
            nom: format!("{nom}.rs"),
            contenu,
        });
    }
    out.push(Fichier {
        nom: "mod.rs".into(),
        contenu: mod_rs(&descriptions),
    });
    for f in &out {
        verifier_cible(&dossier.join(&f.nom))?;
    }
    Ok(out)
}

fn mod_rs(descriptions: &BTreeMap<String, String>) -> String {
    let mut s = format!(
        "{} — ne pas modifier à la main.\n\n\
         //! Modules générés par `sidoba generate`, un par modèle : tous ceux de ce dossier.\n\n",
        emit::EN_TETE
    );
    for (nom, description) in descriptions {
        // Read back from a file's header: escaped again, whatever it holds.
        let description = emit::commentaire(description);
        s.push_str(&format!("/// {description}\npub mod {nom};\n"));
    }
    s
}

/// The sidoba-generated modules of `dossier` (not `mod.rs`), with their
/// header's description; a folder that does not exist holds none.
fn deja_generes(dossier: &Path) -> Result<BTreeMap<String, String>, Erreur> {
    let mut out = BTreeMap::new();
    let entrees = match std::fs::read_dir(dossier) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(Erreur::Lecture(dossier.to_path_buf(), e)),
    };
    for entree in entrees {
        let chemin = entree
            .map_err(|e| Erreur::Lecture(dossier.to_path_buf(), e))?
            .path();
        let Some(nom) = chemin
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".rs"))
        else {
            continue;
        };
        // Only names that can be a `pub mod` line.
        if nom == "mod" || syn::parse_str::<syn::Ident>(nom).is_err() || !chemin.is_file() {
            continue;
        }
        let texte = std::fs::read(&chemin).map_err(|e| Erreur::Lecture(chemin.clone(), e))?;
        if let Some(d) = description_generee(&texte) {
            out.insert(nom.to_owned(), d);
        }
    }
    Ok(out)
}

/// The description in a generated module's header; `None` for a file that
/// sidoba did not generate. A header of another sidoba version without a
/// description gets a plain one.
fn description_generee(texte: &[u8]) -> Option<String> {
    if !texte.starts_with(emit::EN_TETE.as_bytes()) {
        return None;
    }
    let texte = String::from_utf8_lossy(&texte[..texte.len().min(4096)]);
    let description = texte
        .lines()
        .take_while(|l| l.starts_with("//"))
        .find_map(|l| l.strip_prefix(emit::LIGNE_MODULE))
        .map_or_else(|| "Module généré par sidoba.".to_owned(), str::to_owned);
    Some(description)
}

/// A target may be written if it is absent or was generated by sidoba.
fn verifier_cible(chemin: &Path) -> Result<(), Erreur> {
    let mut debut = [0u8; emit::EN_TETE.len()];
    let lu = match std::fs::File::open(chemin) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Erreur::Lecture(chemin.to_path_buf(), e)),
        Ok(mut f) => lire_debut(&mut f, &mut debut),
    };
    match lu {
        Ok(n) if debut[..n] == *emit::EN_TETE.as_bytes() => Ok(()),
        Ok(_) => Err(Erreur::NonGenere(chemin.to_path_buf())),
        Err(e) => Err(Erreur::Lecture(chemin.to_path_buf(), e)),
    }
}

/// Fills `buf` as far as the file goes; the number of bytes read.
fn lire_debut(f: &mut impl io::Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// The name of the lock file that `sidoba generate` keeps in its output
/// folder (empty; never removed, as removing a lock file races with the
/// next run opening it).
pub const VERROU: &str = ".sidoba-generate.verrou";

/// An exclusive lock on an output folder, released when dropped.
#[derive(Debug)]
pub struct Verrou {
    _fichier: std::fs::File,
}

/// Creates `dossier` if needed and waits for its lock (file [`VERROU`]),
/// so that runs into one folder take turns: each computes the module list
/// of `mod.rs` from the folder once the previous run's modules are there
/// (8 concurrent runs without it left `mod.rs` listing 1 to 4 of 8).
/// Hold it from [`fichiers`] to the last [`ecrire`].
pub fn verrouiller(dossier: &Path) -> io::Result<Verrou> {
    use fs4::fs_std::FileExt;
    std::fs::create_dir_all(dossier)?;
    let f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dossier.join(VERROU))?;
    f.lock_exclusive()?;
    Ok(Verrou { _fichier: f })
}

/// What writing did to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Etat {
    Inchange,
    Ecrit,
}

/// Writes a file atomically ([`sidoba_core::fichier::ecrire_atomique`]),
/// only when its content differs.
pub fn ecrire(dossier: &Path, f: &Fichier) -> io::Result<Etat> {
    let chemin = dossier.join(&f.nom);
    if std::fs::read(&chemin).is_ok_and(|c| c == f.contenu.as_bytes()) {
        return Ok(Etat::Inchange);
    }
    std::fs::create_dir_all(dossier)?;
    sidoba_core::fichier::ecrire_atomique(&chemin, f.contenu.as_bytes(), false)?;
    Ok(Etat::Ecrit)
}

/// The files among `fichiers` that `dossier` does not hold as they would
/// be generated (for `--check`, which looks at nothing else).
pub fn perimes(dossier: &Path, fichiers: &[Fichier]) -> Vec<PathBuf> {
    fichiers
        .iter()
        .filter(|f| std::fs::read(dossier.join(&f.nom)).map_or(true, |c| c != f.contenu.as_bytes()))
        .map(|f| dossier.join(&f.nom))
        .collect()
}
