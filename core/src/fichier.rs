//! Files written by sidoba, and I/O errors in French.
//!
//! Every output file (generated modules, Bundles, Questionnaires, fetched
//! models) goes through [`ecrire_atomique`]: a temporary file in the same
//! folder (`tempfile`), synced, then renamed over the target, so that a
//! crash leaves the old file or the new one, never half of one. A file
//! holding personal data is created readable by its owner only (0600 on
//! Unix), before any byte is written.

use std::io::{self, Write};
use std::path::Path;

/// Écrit `contenu` dans `chemin` d'un seul coup : après une panne, le
/// fichier est l'ancien ou le nouveau. `prive` : le fichier porte des
/// données personnelles et n'est lisible que par son propriétaire.
pub fn ecrire_atomique(chemin: &Path, contenu: &[u8], prive: bool) -> io::Result<()> {
    let dossier = match chemin.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let nom = chemin
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "chemin sans nom de fichier"))?;
    let mut prefixe = std::ffi::OsString::from(".");
    prefixe.push(nom);
    prefixe.push(".");
    let mut options = tempfile::Builder::new();
    options.prefix(&prefixe).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        options.permissions(std::fs::Permissions::from_mode(if prive {
            0o600
        } else {
            0o644
        }));
    }
    #[cfg(not(unix))]
    let _ = prive;
    // The temporary file is removed on drop if anything below fails.
    let mut tmp = options.tempfile_in(dossier)?;
    tmp.write_all(contenu)?;
    tmp.as_file().sync_all()?;
    tmp.persist(chemin).map_err(|e| e.error)?;
    Ok(())
}

/// Une erreur d'entrée-sortie en français (le texte du système est en
/// anglais).
pub fn raison(e: &io::Error) -> String {
    use io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "fichier ou dossier introuvable".into(),
        K::PermissionDenied => "permission refusée".into(),
        K::BrokenPipe => "le lecteur a fermé le tube".into(),
        K::StorageFull => "plus de place sur le disque".into(),
        K::QuotaExceeded => "quota de disque dépassé".into(),
        K::IsADirectory => "c'est un dossier".into(),
        K::NotADirectory => "un élément du chemin n'est pas un dossier".into(),
        K::ReadOnlyFilesystem => "système de fichiers en lecture seule".into(),
        K::Interrupted => "interrompu".into(),
        _ => match e.raw_os_error() {
            Some(n) => format!("erreur d'entrée-sortie (code système {n})"),
            None => "erreur d'entrée-sortie".into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remplace_et_garde_prives_les_fichiers_prives() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("b.json");
        ecrire_atomique(&f, b"un", true).unwrap();
        ecrire_atomique(&f, b"deux", true).unwrap();
        assert_eq!(std::fs::read(&f).unwrap(), b"deux");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&f).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(
            std::fs::read_dir(d.path()).unwrap().count(),
            1,
            "aucun fichier temporaire ne reste"
        );
    }

    #[test]
    fn un_dossier_absent_est_une_erreur_dite_en_francais() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("absent").join("b.json");
        let e = ecrire_atomique(&f, b"un", false).unwrap_err();
        assert_eq!(raison(&e), "fichier ou dossier introuvable");
    }
}
