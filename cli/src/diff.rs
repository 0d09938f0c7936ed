//! `sidoba diff OLD NEW [--format text|markdown|json] [--fail-on cassant|compatible] [--ignore FILE]`

use crate::Statut;
use crate::entree::{self, Charge};
use crate::sortie::{self, Probleme};
use clap::ValueEnum;
use sidoba_core::diff::{self, Acquittements, ErreurAcquittements, Seuil};
use sidoba_core::model::Modele;
use std::io::{self, Write};
use std::path::Path;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FailOn {
    Cassant,
    Compatible,
}

fn charger(nom: &Path, stdin_pris: &mut bool) -> Result<Modele, Vec<Probleme>> {
    match entree::charger(nom, stdin_pris, false).map_err(|p| vec![p])? {
        Charge::Valide(m, avert) => {
            sortie::avertissements(&avert);
            Ok(*m)
        }
        Charge::Invalide(d) => {
            journal!(
                "sidoba : le modèle {} est invalide, pas de comparaison",
                nom.display()
            );
            Err(d.into_iter().map(Probleme::Modele).collect())
        }
    }
}

fn acquittements(
    ignore: Option<&Path>,
    stdin_pris: &mut bool,
) -> Result<Acquittements, Vec<Probleme>> {
    let Some(f) = ignore else {
        return Ok(Acquittements::default());
    };
    let (nom, octets) = entree::lire(f, stdin_pris).map_err(|p| vec![p])?;
    Acquittements::lire(&String::from_utf8_lossy(&octets)).map_err(|e| {
        e.lignes
            .into_iter()
            .map(|l| Probleme::Fichier {
                fichier: nom.clone(),
                ligne: Some(l.ligne),
                message: ErreurAcquittements { lignes: vec![l] }.to_string(),
            })
            .collect()
    })
}

pub fn executer(
    out: &mut dyn Write,
    ancien: &Path,
    nouveau: &Path,
    format: Format,
    fail_on: Option<FailOn>,
    ignore: Option<&Path>,
) -> io::Result<Statut> {
    let mut stdin_pris = false;
    // Every file is read before reporting, so that every problem shows.
    let (a, n, acq) = (
        charger(ancien, &mut stdin_pris),
        charger(nouveau, &mut stdin_pris),
        acquittements(ignore, &mut stdin_pris),
    );
    let (a, n, acquittements) = match (a, n, acq) {
        (Ok(a), Ok(n), Ok(acq)) => (a, n, acq),
        (a, n, acq) => {
            let problemes: Vec<Probleme> = [a.err(), n.err(), acq.err()]
                .into_iter()
                .flatten()
                .flatten()
                .collect();
            let document = |erreurs| vec![("erreurs".into(), erreurs)];
            let json = matches!(format, Format::Json);
            return sortie::echec(
                out,
                &problemes,
                json.then_some(document as sortie::Document),
            );
        }
    };
    let mut rapport = diff::comparer(&a, &n);
    for inutile in rapport.acquitter(&acquittements) {
        journal!("avertissement : l'empreinte {inutile} de --ignore ne correspond à aucun écart");
    }
    let texte = match format {
        Format::Text => sidoba_core::render::texte(&rapport, sortie::couleur_stdout()),
        Format::Markdown => sidoba_core::render::markdown(&rapport),
        Format::Json => sidoba_core::render::json(&rapport),
    };
    out.write_all(texte.as_bytes())?;
    let seuil = fail_on.map(|f| match f {
        FailOn::Cassant => Seuil::Cassant,
        FailOn::Compatible => Seuil::Compatible,
    });
    Ok(match seuil {
        Some(s) if rapport.echoue(s) => Statut::Trouve,
        _ => Statut::Ok,
    })
}
