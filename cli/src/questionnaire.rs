//! `sidoba questionnaire MODEL [--base URL] [-o FILE]`

use crate::Statut;
use crate::entree::{self, Charge};
use crate::sortie;
use sidoba_core::usager::questionnaire;
use std::io::{self, Write};

/// `--base` without its final `/`, or `None` (said on standard error) when
/// it is not an http(s) URL without spaces (shared with `sidoba bundle`).
pub fn base_canonique(base: Option<&str>) -> Option<&str> {
    let base = base.unwrap_or(questionnaire::BASE_DEFAUT);
    let base = base.strip_suffix('/').unwrap_or(base);
    if !(base.starts_with("https://") || base.starts_with("http://"))
        || base.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        journal!(
            "sidoba : --base attend une URL http(s) sans espace, par exemple {}",
            questionnaire::BASE_DEFAUT
        );
        return None;
    }
    Some(base)
}

pub fn executer(
    out: &mut dyn Write,
    modele: &std::path::Path,
    base: Option<&str>,
    fichier: Option<&str>,
) -> io::Result<Statut> {
    let Some(base) = base_canonique(base) else {
        return Ok(Statut::Erreur);
    };
    let mut stdin_pris = false;
    let m = match entree::modele(modele, &mut stdin_pris, false) {
        Err(s) => return Ok(s),
        Ok(Charge::Invalide(d)) => {
            sortie::diagnostics(out, &d)?;
            return Ok(Statut::Trouve);
        }
        Ok(Charge::Valide(m, avert)) => {
            sortie::avertissements(&avert);
            m
        }
    };
    let texte = questionnaire::questionnaire(&m, base);
    match fichier {
        None | Some("-") => out.write_all(texte.as_bytes())?,
        Some(f) => {
            if let Err(e) =
                sidoba_core::fichier::ecrire_atomique(f.as_ref(), texte.as_bytes(), false)
            {
                journal!(
                    "sidoba : impossible d'écrire {f} : {}",
                    sidoba_core::fichier::raison(&e)
                );
                return Ok(Statut::Erreur);
            }
        }
    }
    Ok(Statut::Ok)
}
