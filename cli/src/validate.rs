//! `sidoba validate MODEL FILE [--format text|json]`: a WS05 payload or a
//! user-level collection file.

use crate::Statut;
use crate::entree::{self, Charge};
use crate::sortie::{self, Probleme};
use clap::ValueEnum;
use sidoba::Constats;
use sidoba_codegen::json_texte::Json;
use sidoba_codegen::model::Modele;
use sidoba_codegen::usager::Fichier;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

pub fn executer(
    out: &mut dyn Write,
    modele: &str,
    payload: &str,
    format: Format,
    tddui: Option<&str>,
) -> io::Result<Statut> {
    let Some(g) = crate::bundle::guide(tddui) else {
        return Ok(Statut::Erreur);
    };
    let (m, genre, constats, informations) = match valider(modele, payload, g) {
        Ok(x) => x,
        Err(problemes) => {
            // Same shape as the findings, with what stopped validation.
            let document = |erreurs| {
                vec![
                    ("valide".into(), Json::Booleen(false)),
                    ("erreurs".into(), erreurs),
                    ("constats".into(), Json::Tableau(Vec::new())),
                ]
            };
            let json = matches!(format, Format::Json);
            return sortie::echec(
                out,
                &problemes,
                json.then_some(document as sortie::Document),
            );
        }
    };
    match format {
        Format::Json => writeln!(out, "{}", constats.json())?,
        Format::Text => {
            let texte = match genre {
                Fichier::Collecte => sidoba_codegen::usager::texte,
                Fichier::Bundle => sidoba_codegen::usager::texte_bundle,
                _ => sidoba_codegen::validate::texte,
            };
            write!(out, "{}", texte(&m, &constats, sortie::couleur_stdout()))?;
            // What a Bundle holds that the toolkit does not read: never an error.
            for i in &informations {
                writeln!(out, "Information : {i}")?;
            }
        }
    }
    // Warnings alone do not make a payload invalid.
    Ok(if constats.valide() {
        Statut::Ok
    } else {
        Statut::Trouve
    })
}

/// The model, the kind of file (a WS05 payload or a collection file, told
/// apart by content) and its findings, or what prevented validating.
/// A collection file or a Bundle goes through the one reader of
/// user-level files (`sidoba_codegen::usager::lecteur`).
type Valide = (Box<Modele>, Fichier, Constats, Vec<String>);

fn valider(
    modele: &str,
    payload: &str,
    guide: &sidoba::usager::guide::Guide,
) -> Result<Valide, Vec<Probleme>> {
    let (m, nom, texte) = charger(modele, payload)?;
    let problemes = |es: Vec<sidoba::ErreurLecture>| {
        es.into_iter()
            .map(|e| Probleme::Payload {
                fichier: nom.clone(),
                position: e.position,
                message: e.message,
            })
            .collect::<Vec<_>>()
    };
    match sidoba_codegen::usager::genre(&texte) {
        Fichier::Payload => {
            let (genre, constats) =
                sidoba_codegen::usager::valider_fichier(&m, &texte).map_err(problemes)?;
            Ok((m, genre, constats, Vec::new()))
        }
        genre => {
            let v = sidoba_codegen::usager::lecteur::valider_guide(&m, &texte, guide)
                .map_err(problemes)?;
            Ok((m, genre, v.lue.constats, v.informations))
        }
    }
}

/// The valid model and the file's name and text (UTF-8), or what prevented
/// reading them (shared with `sidoba bundle`).
pub fn charger(
    modele: &str,
    fichier: &str,
) -> Result<(Box<Modele>, String, String), Vec<Probleme>> {
    let mut stdin_pris = false;
    let m = match entree::charger(modele, &mut stdin_pris, false).map_err(|p| vec![p])? {
        Charge::Valide(m, avert) => {
            sortie::avertissements(&avert);
            m
        }
        Charge::Invalide(d) => {
            journal!("sidoba : le modèle {modele} est invalide, rien n'a été validé");
            return Err(d.into_iter().map(Probleme::Modele).collect());
        }
    };
    let (nom, octets) = entree::lire(fichier, &mut stdin_pris).map_err(|p| vec![p])?;
    let texte = String::from_utf8(octets).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let debut = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
        vec![Probleme::Payload {
            fichier: nom.clone(),
            position: sidoba::Position::de(&debut, offset),
            message: "le fichier n'est pas en UTF-8".into(),
        }]
    })?;
    Ok((m, nom, texte))
}
