//! `sidoba bundle MODEL COLLECTE [--cda] [--tddui VERSION] [--base URL] [-o FILE]`:
//! the WS09 Bundle of a collection file, refused with the findings while
//! one blocks.

use crate::Statut;
use crate::sortie::{self, Probleme};
use sidoba_core::usager::bundle::{self, Refus};
use std::io::{self, Write};

pub struct Options<'a> {
    pub modele: &'a std::path::Path,
    pub collecte: &'a std::path::Path,
    pub cda: bool,
    pub base: Option<&'a str>,
    /// `--tddui`: the guide version written (default 2.3.0).
    pub tddui: Option<&'a str>,
    pub sortie: Option<&'a str>,
}

/// The row of `--tddui VERSION` (the default when absent), or `None` after
/// saying on standard error which versions there are.
pub fn guide(version: Option<&str>) -> Option<&'static sidoba::usager::guide::Guide> {
    use sidoba::usager::guide;
    let v = version.unwrap_or(guide::VERSION_PAR_DEFAUT);
    let g = guide::guide(v);
    if g.is_none() {
        journal!(
            "sidoba : --tddui {v} : version du guide TDDUI inconnue ; versions prises en charge : {}",
            guide::versions()
        );
    }
    g
}

pub fn executer(out: &mut dyn Write, o: &Options<'_>) -> io::Result<Statut> {
    let Some(base) = crate::questionnaire::base_canonique(o.base) else {
        return Ok(Statut::Erreur);
    };
    let Some(g) = guide(o.tddui) else {
        return Ok(Statut::Erreur);
    };
    let (m, nom, texte) = match crate::validate::charger(o.modele, o.collecte) {
        Ok(x) => x,
        Err(problemes) => return sortie::echec(out, &problemes, None),
    };
    // The CDA's author: this tool (its version is part of the bytes).
    let logiciel = sidoba::usager::cda::Logiciel {
        nom: "sidoba",
        version: env!("CARGO_PKG_VERSION"),
    };
    let produit = match bundle::bundle_guide(&m, &texte, base, o.cda.then_some(logiciel), g) {
        Ok(p) => p,
        Err(Refus::Lecture(e)) => {
            let p = Probleme::Payload {
                fichier: nom,
                position: e.position,
                message: e.message,
            };
            return sortie::echec(out, &[p], None);
        }
        Err(Refus::Constats(c)) => {
            // The findings as `sidoba validate` shows a collection's; no
            // Bundle is written.
            let t = sidoba_core::usager::texte(&m, &c, sortie::couleur_stdout());
            write!(out, "{t}")?;
            journal!("sidoba : Bundle non produit : un constat bloquant au moins (voir ci-dessus)");
            return Ok(Statut::Trouve);
        }
    };
    if !produit.constats.is_empty() {
        // Warnings do not stop the Bundle; they go to standard error so
        // that standard output holds only the Bundle.
        let t = sidoba_core::usager::texte(&m, &produit.constats, sortie::couleur_stderr());
        journal!("{}", t.trim_end());
    }
    let mut texte = produit.bundle;
    texte.push('\n');
    match o.sortie {
        None | Some("-") => out.write_all(texte.as_bytes())?,
        Some(f) => {
            // Personal data: 0600, atomically.
            if let Err(e) =
                sidoba_core::fichier::ecrire_atomique(f.as_ref(), texte.as_bytes(), true)
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
