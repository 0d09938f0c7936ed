//! `sidoba diff OLD NEW [--format text|markdown|json] [--fail-on cassant|compatible] [--ignore FILE]`

use super::Statut;
use super::entree::{self, Charge};
use super::sortie;
use crate::diff::{self, Acquittements, Seuil};
use crate::model::Modele;
use clap::ValueEnum;

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

fn charger(nom: &str, stdin_pris: &mut bool) -> Result<Modele, Statut> {
    match entree::modele(nom, stdin_pris, false)? {
        Charge::Valide(m, avert) => {
            sortie::diagnostics(&avert);
            Ok(*m)
        }
        Charge::Invalide(d) => {
            sortie::diagnostics(&d);
            eprintln!("sidoba : le modèle {nom} est invalide, pas de comparaison");
            Err(Statut::Trouve)
        }
    }
}

pub fn executer(
    ancien: &str,
    nouveau: &str,
    format: Format,
    fail_on: Option<FailOn>,
    ignore: Option<&str>,
) -> Statut {
    let mut stdin_pris = false;
    // Both files are read before reporting, so that every problem shows.
    let (a, n) = (
        charger(ancien, &mut stdin_pris),
        charger(nouveau, &mut stdin_pris),
    );
    let acquittements = match ignore {
        None => Acquittements::default(),
        Some(f) => match entree::lire(f, &mut stdin_pris) {
            Err(s) => return s,
            Ok((nom, octets)) => match Acquittements::lire(&String::from_utf8_lossy(&octets)) {
                Ok(a) => a,
                Err(e) => {
                    eprintln!("sidoba : {nom} : {e}");
                    return Statut::Erreur;
                }
            },
        },
    };
    let (a, n) = match (a, n) {
        (Ok(a), Ok(n)) => (a, n),
        (Err(x), Err(y)) => return x.max(y),
        (Err(x), _) | (_, Err(x)) => return x,
    };
    let mut rapport = diff::comparer(&a, &n);
    for inutile in rapport.acquitter(&acquittements) {
        eprintln!("avertissement : l'empreinte {inutile} de --ignore ne correspond à aucun écart");
    }
    match format {
        Format::Text => print!(
            "{}",
            crate::render::texte(&rapport, sortie::couleur_stdout())
        ),
        Format::Markdown => print!("{}", crate::render::markdown(&rapport)),
        Format::Json => println!("{}", crate::render::json(&rapport)),
    }
    let seuil = fail_on.map(|f| match f {
        FailOn::Cassant => Seuil::Cassant,
        FailOn::Compatible => Seuil::Compatible,
    });
    match seuil {
        Some(s) if rapport.echoue(s) => Statut::Trouve,
        _ => Statut::Ok,
    }
}
