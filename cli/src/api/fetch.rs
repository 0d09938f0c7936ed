//! `sidoba fetch CAMPAIGN [-o FILE]`: WS02, the campaign's model checked
//! against the SHA-256 WS01 announces and its ETag.

use super::Format;
use crate::Statut;
use sidoba_codegen::generate::raison;
use std::io::{self, Write};
use std::path::Path;

pub fn executer(
    out: &mut dyn Write,
    campagne: &str,
    fichier: Option<&Path>,
    format: Format,
) -> io::Result<Statut> {
    let recu = super::client().and_then(|c| {
        let annonce = c.campagne(campagne)?;
        c.modele(campagne, Some(&annonce.modele.sha256))
    });
    let recu = match recu {
        Ok(r) => r,
        Err(e) => return super::echec(out, format, &e),
    };
    let Some(chemin) = fichier else {
        // The model itself is the output, whatever the format.
        out.write_all(&recu.octets)?;
        return Ok(Statut::Ok);
    };
    if let Err(e) = ecrire(chemin, &recu.octets) {
        let message = format!("impossible d'écrire {} : {}", chemin.display(), raison(&e));
        match format {
            Format::Text => journal!("sidoba : {message}"),
            Format::Json => super::json(
                out,
                &serde_json::json!({"erreur": {"code": "fichier_illisible", "statut": null, "message": message}}),
            )?,
        }
        return Ok(Statut::Erreur);
    }
    match format {
        Format::Json => super::json(
            out,
            &serde_json::json!({
                "campagne": campagne,
                "fichier": chemin.display().to_string(),
                "sha256": recu.sha256,
                "octets": recu.octets.len(),
            }),
        )?,
        Format::Text => writeln!(
            out,
            "modèle de {campagne} écrit dans {} (SHA-256 {})",
            chemin.display(),
            recu.sha256
        )?,
    }
    Ok(Statut::Ok)
}

/// Written beside its target, then renamed over it: a crash leaves the old
/// file or the new one.
fn ecrire(chemin: &Path, octets: &[u8]) -> io::Result<()> {
    let nom = chemin
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "pas de nom de fichier"))?;
    let mut tmp_nom = std::ffi::OsString::from(".");
    tmp_nom.push(nom);
    tmp_nom.push(format!(".{}.tmp", std::process::id()));
    let tmp = chemin.with_file_name(tmp_nom);
    let r = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(octets).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&tmp, chemin));
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    r
}
