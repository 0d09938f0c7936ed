//! `sidoba validate MODEL PAYLOAD [--format text|json]`

use super::Statut;
use super::entree::{self, Charge};
use super::sortie;
use clap::ValueEnum;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

pub fn executer(modele: &str, payload: &str, format: Format) -> Statut {
    let mut stdin_pris = false;
    let m = match entree::modele(modele, &mut stdin_pris, false) {
        Err(s) => return s,
        Ok(Charge::Valide(m, avert)) => {
            sortie::diagnostics(&avert);
            m
        }
        Ok(Charge::Invalide(d)) => {
            sortie::diagnostics(&d);
            eprintln!("sidoba : le modèle {modele} est invalide, rien n'a été validé");
            return Statut::Trouve;
        }
    };
    let (nom, octets) = match entree::lire(payload, &mut stdin_pris) {
        Ok(x) => x,
        Err(s) => return s,
    };
    let texte = match String::from_utf8(octets) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let debut = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
            let p = sidoba::json::Position::de(&debut, offset);
            println!("erreur: {nom}:{p}: le payload n'est pas en UTF-8");
            return Statut::Trouve;
        }
    };
    match crate::validate::valider(&m, &texte) {
        Err(e) => {
            println!("erreur: {nom}:{}: {}", e.position, e.message);
            Statut::Trouve
        }
        Ok(constats) => {
            match format {
                Format::Json => println!("{}", constats.json()),
                Format::Text => print!(
                    "{}",
                    crate::validate::texte(&m, &constats, sortie::couleur_stdout())
                ),
            }
            // Warnings alone do not make a payload invalid.
            if constats.valide() {
                Statut::Ok
            } else {
                Statut::Trouve
            }
        }
    }
}
