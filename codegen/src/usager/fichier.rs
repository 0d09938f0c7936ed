//! Writing an output file atomically: a temporary file in the same folder,
//! synced, then renamed over the target, so that a crash leaves the old
//! file or the new one. A file holding personal data is created readable
//! by its owner only (0600 on Unix), before any byte is written.

use std::io::{self, Write};
use std::path::Path;

/// Writes `contenu` to `chemin`; `prive`: the file holds personal data.
pub fn ecrire_atomique(chemin: &Path, contenu: &[u8], prive: bool) -> io::Result<()> {
    let dossier = match chemin.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let nom = chemin
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "chemin sans nom de fichier"))?;
    let tmp = dossier.join(format!(
        ".{}.{}.tmp",
        nom.to_string_lossy(),
        std::process::id()
    ));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(if prive { 0o600 } else { 0o644 });
    }
    #[cfg(not(unix))]
    let _ = prive;
    let resultat = options
        .open(&tmp)
        .and_then(|mut f| {
            f.write_all(contenu)?;
            f.sync_all()
        })
        .and_then(|()| std::fs::rename(&tmp, chemin));
    if resultat.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    resultat
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replaces_and_keeps_private_files_private() {
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
            "no temporary file left"
        );
    }
}
