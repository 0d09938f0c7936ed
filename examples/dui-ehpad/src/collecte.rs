//! The residents as the runtime's typed collection
//! (`sidoba::usager::Collecte<Rapport>`): it writes the user-level
//! collection file of `usager.md` and produces the WS09 Bundle (TDDUI
//! FHIR) from the very same values, by the generated code's tables.

use crate::usagers::Usagers;
use generated::rama_usager_2026::Rapport;
use sidoba::Constats;
use sidoba::usager::{Collecte, Usager};
use std::io;
use std::path::Path;

/// The DUI's residents as the toolkit's collection.
pub fn collecte(u: &Usagers) -> Collecte<Rapport> {
    Collecte {
        format: 2,
        date_production: sidoba::usager::DateHeure::minuit_paris(u.date_production),
        structure: u.structure.clone(),
        professionnels: u.professionnels.clone(),
        declarant: u.declarant.clone(),
        usagers: u
            .usagers
            .iter()
            .map(|x| Usager::new(x.personne.clone(), x.rapport.rapport.clone()))
            .collect(),
    }
}

/// The collection file's text (one line, then a line feed): same input,
/// same bytes.
pub fn texte(u: &Usagers) -> String {
    let mut t = collecte(u).ecrire();
    t.push('\n');
    t
}

/// The WS09 Bundle (`base`: canonical URLs' base, e.g.
/// `sidoba::usager::fhir::BASE_DEFAUT`), refused with the findings while
/// one blocks.
pub fn bundle(u: &Usagers, base: &str) -> Result<String, Constats> {
    collecte(u).bundle(base).map(|mut b| {
        b.push('\n');
        b
    })
}

/// Writes a file holding personal data: readable by its owner only (0600
/// on Unix, from its creation), atomically (a temporary file in the same
/// folder, synced, renamed over `chemin`), as `sidoba bundle -o` does.
pub fn ecrire(chemin: &Path, texte: &str) -> io::Result<()> {
    sidoba_core::fichier::ecrire_atomique(chemin, texte.as_bytes(), true)
}
