//! `sidoba campaigns`: WS01, the open campaigns.

use super::Format;
use crate::Statut;
use sidoba_client::contrat::{Campagne, Campagnes, Niveau};
use std::io::{self, Write};

pub fn executer(out: &mut dyn Write, module: Option<&str>, format: Format) -> io::Result<Statut> {
    super::avec_client(
        out,
        format,
        |c| c.campagnes(module),
        |out, campagnes| {
            match format {
                Format::Json => super::json(out, &Campagnes { campagnes })?,
                Format::Text if campagnes.is_empty() => writeln!(out, "aucune campagne ouverte")?,
                Format::Text => {
                    for c in &campagnes {
                        writeln!(out, "{}", ligne(c))?;
                    }
                }
            }
            Ok(Statut::Ok)
        },
    )
}

fn ligne(c: &Campagne) -> String {
    let niveau = match c.modele.niveau {
        Niveau::Structure => "structure",
        Niveau::Usager => "usager",
    };
    let date = |d: &Option<String>| d.clone().unwrap_or_else(|| "?".into());
    format!(
        "{} : {} (modèle {} {}, niveau {niveau}), du {} au {}",
        c.id,
        // One line per campaign, whatever its label holds.
        c.libelle.replace(char::is_control, " "),
        c.modele.code,
        c.modele.version,
        date(&c.date_ouverture),
        date(&c.date_cloture)
    )
}
