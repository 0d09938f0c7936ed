//! `sidoba send CAMPAIGN FINESS FILE [--wait] [--force]`: WS05 for a
//! payload, WS07/WS09 for a Bundle (told by its content), validated
//! locally first; `--wait` follows WS06 to the end.

use super::Format;
use crate::Statut;
use crate::entree;
use crate::sortie::{self, Probleme};
use indicatif::{ProgressBar, ProgressStyle};
use sidoba::Constats;
use sidoba_client::contrat::Traitement;
use sidoba_client::{Envoi, Erreur, bloquant};
use std::io::{self, IsTerminal, Write};
use std::time::Duration;

pub struct Options<'a> {
    pub campagne: &'a str,
    pub finess: &'a str,
    pub fichier: &'a std::path::Path,
    pub attendre: bool,
    pub forcer: bool,
    pub format: Format,
}

pub fn executer(out: &mut dyn Write, o: &Options<'_>) -> io::Result<Statut> {
    // Credentials first: a missing variable is a usage error before any read.
    let client = match super::client() {
        Ok(c) => c,
        Err(e) => return super::echec(out, o.format, &e),
    };
    let mut stdin_pris = false;
    let (_, contenu) = match entree::lire(o.fichier, &mut stdin_pris) {
        Ok(x) => x,
        Err(p) => return illisible(out, o.format, p),
    };
    let envoi = match client.envoyer(o.campagne, o.finess, contenu, o.forcer) {
        Ok(e) => e,
        Err(Erreur::ConstatsBloquants(c)) => return refus(out, o.format, &c.0),
        Err(e) => return super::echec(out, o.format, &e),
    };
    avertissements(&envoi.constats.0);
    if !o.attendre {
        match o.format {
            Format::Json => super::json(out, &accuse_json(&envoi))?,
            Format::Text => writeln!(
                out,
                "traitement {} reçu ({}), position {}",
                envoi.accuse.uid_traitement,
                envoi.service.nom(),
                envoi.accuse.position
            )?,
        }
        return Ok(Statut::Ok);
    }
    match suivre(&client, &envoi) {
        Ok(t) => {
            match o.format {
                Format::Json => super::json(out, &t)?,
                Format::Text => super::traitement_texte(out, &t)?,
            }
            Ok(super::statut_traitement(&t))
        }
        Err(e) => super::echec(out, o.format, &e),
    }
}

fn accuse_json(e: &Envoi) -> serde_json::Value {
    serde_json::json!({
        "service": e.service.nom(),
        "uidTraitement": e.accuse.uid_traitement,
        "position": e.accuse.position,
    })
}

/// WS06 until the end: a progress line on a terminal, plain lines
/// otherwise, on standard error.
fn suivre(client: &bloquant::Client, envoi: &Envoi) -> Result<Traitement, Erreur> {
    let uid = &envoi.accuse.uid_traitement;
    if !io::stderr().is_terminal() {
        return client.suivre(uid, |t| {
            journal!(
                "sidoba : traitement {uid} : {}, position {}",
                t.etat.code(),
                t.position
            )
        });
    }
    let barre = ProgressBar::new_spinner();
    barre.set_style(
        ProgressStyle::with_template("{spinner} traitement {prefix} : {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    barre.set_prefix(uid.clone());
    barre.enable_steady_tick(Duration::from_millis(120));
    let fin = client.suivre(uid, |t| {
        barre.set_message(format!("{}, position {}", t.etat.code(), t.position))
    });
    barre.finish_and_clear();
    fin
}

/// Local warnings of a payload that goes: to standard error.
fn avertissements(c: &Constats) {
    for k in c.iter() {
        journal!("sidoba : {k}");
    }
}

/// Blocking findings: nothing was sent (exit 1).
fn refus(out: &mut dyn Write, format: Format, c: &Constats) -> io::Result<Statut> {
    match format {
        Format::Json => {
            let constats: serde_json::Value =
                serde_json::from_str(&c.json()).map_err(io::Error::other)?;
            super::json(
                out,
                &serde_json::json!({
                    "envoye": false,
                    "valide": false,
                    "constats": constats["constats"],
                }),
            )?;
        }
        Format::Text => {
            for k in c.iter() {
                writeln!(out, "{k}")?;
            }
            journal!(
                "sidoba : {} constat(s) bloquant(s) : rien n'a été envoyé (--force pour envoyer quand même)",
                c.bloquants().count()
            );
        }
    }
    Ok(Statut::Trouve)
}

/// The file cannot be read (exit 2), in the chosen format.
fn illisible(out: &mut dyn Write, format: Format, p: Probleme) -> io::Result<Statut> {
    let json = matches!(format, Format::Json);
    let document = |erreurs| vec![("erreurs".into(), erreurs)];
    sortie::echec(out, &[p], json.then_some(document as sortie::Document))
}
