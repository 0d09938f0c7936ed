//! Reading the files named on the command line (`-` is standard input,
//! once at most).

use crate::Statut;
use crate::sortie::Probleme;
use sidoba_core::fichier::raison;
use sidoba_core::model::{self, Diagnostic, Modele, Source};
use std::io::Read;
use std::path::Path;

/// A file's display name and bytes, or why it cannot be read (exit 2).
/// The name is any path the system takes (not necessarily UTF-8); it is
/// shown lossily (`U+FFFD` for what is not UTF-8), so that text and JSON
/// output stay valid.
pub fn lire(chemin: &Path, stdin_pris: &mut bool) -> Result<(String, Vec<u8>), Probleme> {
    let nom = chemin.to_string_lossy();
    let nom = nom.as_ref();
    let illisible = |fichier: &str, message: String| Probleme::Fichier {
        fichier: fichier.to_owned(),
        ligne: None,
        message,
    };
    if nom == "-" {
        const STDIN: &str = "<stdin>";
        if std::mem::replace(stdin_pris, true) {
            return Err(illisible(
                STDIN,
                "l'entrée standard (-) ne peut être lue qu'une fois".into(),
            ));
        }
        let mut octets = Vec::new();
        return match std::io::stdin().read_to_end(&mut octets) {
            Ok(_) => Ok((STDIN.to_owned(), octets)),
            Err(e) => Err(illisible(
                STDIN,
                format!("lecture de l'entrée standard : {}", raison(&e)),
            )),
        };
    }
    std::fs::read(chemin)
        .map(|o| (nom.to_owned(), o))
        .map_err(|e| illisible(nom, format!("impossible de lire {nom} : {}", raison(&e))))
}

/// A model, or its diagnostics (with the warnings in both cases).
pub enum Charge {
    Valide(Box<Modele>, Vec<Diagnostic>),
    Invalide(Vec<Diagnostic>),
}

/// Reads and checks a model; a file that cannot be read is returned, not
/// shown.
pub fn charger(nom: &Path, stdin_pris: &mut bool, strict: bool) -> Result<Charge, Probleme> {
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

/// Same, a file that cannot be read shown on standard error (exit 2).
pub fn modele(nom: &Path, stdin_pris: &mut bool, strict: bool) -> Result<Charge, Statut> {
    charger(nom, stdin_pris, strict).map_err(|p| {
        if let Probleme::Fichier { message, .. } = p {
            journal!("sidoba : {message}");
        }
        Statut::Erreur
    })
}
