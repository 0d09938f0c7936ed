//! Reading the files named on the command line (`-` is standard input,
//! once at most).

use super::Statut;
use crate::model::{self, Diagnostic, Modele, Source};
use std::io::Read;

/// Reads a file's bytes; an unreadable file is reported on stderr.
pub fn lire(nom: &str, stdin_pris: &mut bool) -> Result<(String, Vec<u8>), Statut> {
    if nom == "-" {
        if std::mem::replace(stdin_pris, true) {
            eprintln!("sidoba : l'entrée standard (-) ne peut être lue qu'une fois");
            return Err(Statut::Erreur);
        }
        let mut octets = Vec::new();
        return match std::io::stdin().read_to_end(&mut octets) {
            Ok(_) => Ok(("<stdin>".to_owned(), octets)),
            Err(e) => {
                eprintln!("sidoba : lecture de l'entrée standard : {e}");
                Err(Statut::Erreur)
            }
        };
    }
    match std::fs::read(nom) {
        Ok(o) => Ok((nom.to_owned(), o)),
        Err(e) => {
            eprintln!("sidoba : impossible de lire {nom} : {e}");
            Err(Statut::Erreur)
        }
    }
}

/// A model, or its diagnostics (with the warnings in both cases).
pub enum Charge {
    Valide(Box<Modele>, Vec<Diagnostic>),
    Invalide(Vec<Diagnostic>),
}

pub fn modele(nom: &str, stdin_pris: &mut bool, strict: bool) -> Result<Charge, Statut> {
    let (nom, octets) = lire(nom, stdin_pris)?;
    let source = match Source::depuis_octets(&nom, octets) {
        Ok(s) => s,
        Err(d) => return Ok(Charge::Invalide(vec![*d])),
    };
    Ok(match model::charger(&source, strict) {
        Ok((m, avert)) => Charge::Valide(Box::new(m), avert),
        Err(d) => Charge::Invalide(d),
    })
}
