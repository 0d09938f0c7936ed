//! `sidoba check MODEL...`

use super::Statut;
use super::entree::{self, Charge};
use super::sortie;
use std::io::{self, Write};

pub fn executer(out: &mut dyn Write, modeles: &[String], strict: bool) -> io::Result<Statut> {
    let mut statut = Statut::Ok;
    let mut stdin_pris = false;
    for nom in modeles {
        match entree::modele(nom, &mut stdin_pris, strict) {
            Err(s) => statut = statut.max(s),
            Ok(Charge::Valide(m, avert)) => {
                sortie::diagnostics(out, &avert)?;
                journal!(
                    "{nom} : modèle {} version {} valide ({} champs, {} règles)",
                    m.identite.code,
                    m.identite.version,
                    m.champs().len(),
                    m.regles.len()
                );
            }
            Ok(Charge::Invalide(d)) => {
                sortie::diagnostics(out, &d)?;
                let n = d
                    .iter()
                    .filter(|d| d.gravite == crate::model::Gravite::Erreur)
                    .count();
                journal!("{nom} : modèle invalide ({n} erreur(s))");
                statut = statut.max(Statut::Trouve);
            }
        }
    }
    Ok(statut)
}
