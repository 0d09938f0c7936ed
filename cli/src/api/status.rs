//! `sidoba status UID`: WS06, a processing's state and findings.

use super::Format;
use crate::Statut;
use std::io::{self, Write};

pub fn executer(out: &mut dyn Write, uid: &str, format: Format) -> io::Result<Statut> {
    super::avec_client(
        out,
        format,
        |c| c.traitement(uid),
        |out, t| {
            match format {
                Format::Json => super::json(out, &t)?,
                Format::Text => super::traitement_texte(out, &t)?,
            }
            Ok(super::statut_traitement(&t))
        },
    )
}
