//! `sidoba fetch CAMPAIGN [-o FILE]`: WS02, the campaign's model checked
//! against the SHA-256 WS01 announces and its ETag.

use super::Format;
use crate::Statut;
use sidoba_core::fichier::raison;
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
    if let Err(e) = sidoba_core::fichier::ecrire_atomique(chemin, &recu.octets, false) {
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
