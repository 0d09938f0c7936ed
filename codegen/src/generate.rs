//! Generated files: one module per model and a `mod.rs`, written atomically
//! and only when their content changes.

use crate::emit::{self, Origine};
use crate::model::Modele;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// A file to write, relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fichier {
    pub nom: String,
    pub contenu: String,
}

/// The module name of a campaign id (`RAMA-2025` → `rama_2025`).
pub fn nom_module(campagne: &str) -> String {
    let n = crate::naming::champ(campagne);
    match n.strip_prefix("champ_") {
        Some(reste) => format!("campagne_{reste}"),
        None => n,
    }
}

/// The files for these models; two models of one campaign are refused
/// (they would be the same module).
pub fn fichiers(modeles: &[(Modele, Origine)]) -> Result<Vec<Fichier>, String> {
    let mut modules: BTreeMap<String, &(Modele, Origine)> = BTreeMap::new();
    for entree in modeles {
        let nom = nom_module(&entree.0.campagne.id);
        if let Some(autre) = modules.insert(nom.clone(), entree) {
            return Err(format!(
                "{} et {} donnent tous deux le module « {nom} » (même campagne)",
                autre.1.fichier, entree.1.fichier
            ));
        }
    }
    let mut out: Vec<Fichier> = modules
        .iter()
        .map(|(nom, (m, o))| Fichier {
            nom: format!("{nom}.rs"),
            contenu: emit::module(m, o),
        })
        .collect();
    let mut mod_rs = String::from(
        "// @generated par sidoba — ne pas modifier à la main.\n\n//! Modules générés par `sidoba generate`, un par modèle.\n\n",
    );
    for (nom, (m, _)) in &modules {
        use emit::docs::texte;
        mod_rs.push_str(&format!(
            "/// {} : modèle {} version {} (campagne {}).\npub mod {nom};\n",
            texte(&m.campagne.libelle),
            texte(&m.identite.code),
            texte(&m.identite.version),
            texte(&m.campagne.id)
        ));
    }
    out.push(Fichier {
        nom: "mod.rs".into(),
        contenu: mod_rs,
    });
    Ok(out)
}

/// What writing did to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Etat {
    Inchange,
    Ecrit,
}

/// Writes a file atomically (temporary file in the same folder, then
/// rename), only when its content differs.
pub fn ecrire(dossier: &Path, f: &Fichier) -> io::Result<Etat> {
    let chemin = dossier.join(&f.nom);
    if std::fs::read(&chemin).is_ok_and(|c| c == f.contenu.as_bytes()) {
        return Ok(Etat::Inchange);
    }
    std::fs::create_dir_all(dossier)?;
    let tmp = dossier.join(format!(".{}.{}.tmp", f.nom, std::process::id()));
    let resultat = std::fs::write(&tmp, &f.contenu).and_then(|()| std::fs::rename(&tmp, &chemin));
    if resultat.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    resultat.map(|()| Etat::Ecrit)
}

/// Files of `dossier` that differ from what would be generated (for
/// `--check`): missing, different, or generated earlier for a model no
/// longer given.
pub fn perimes(dossier: &Path, fichiers: &[Fichier]) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fichiers
        .iter()
        .filter(|f| std::fs::read(dossier.join(&f.nom)).map_or(true, |c| c != f.contenu.as_bytes()))
        .map(|f| dossier.join(&f.nom))
        .collect();
    if let Ok(entrees) = std::fs::read_dir(dossier) {
        let mut en_trop: Vec<PathBuf> = entrees
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .filter(|p| {
                !fichiers
                    .iter()
                    .any(|f| p.file_name().is_some_and(|n| n == f.nom.as_str()))
            })
            .filter(|p| {
                std::fs::read_to_string(p).is_ok_and(|t| t.starts_with("// @generated par sidoba"))
            })
            .collect();
        en_trop.sort();
        out.extend(en_trop);
    }
    out
}
