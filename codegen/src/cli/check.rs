//! `sidoba check MODEL...`

use super::Statut;
use super::entree::{self, Charge};
use super::sortie;

pub fn executer(modeles: &[String], strict: bool) -> Statut {
    let mut statut = Statut::Ok;
    let mut stdin_pris = false;
    for nom in modeles {
        match entree::modele(nom, &mut stdin_pris, strict) {
            Err(s) => statut = statut.max(s),
            Ok(Charge::Valide(m, avert)) => {
                sortie::diagnostics(&avert);
                eprintln!(
                    "{nom} : modèle {} version {} valide ({} champs, {} règles)",
                    m.identite.code,
                    m.identite.version,
                    m.champs().len(),
                    m.regles.len()
                );
            }
            Ok(Charge::Invalide(d)) => {
                sortie::diagnostics(&d);
                let n = d
                    .iter()
                    .filter(|d| d.gravite == crate::model::Gravite::Erreur)
                    .count();
                eprintln!("{nom} : modèle invalide ({n} erreur(s))");
                statut = statut.max(Statut::Trouve);
            }
        }
    }
    statut
}
