//! The API commands (`api.md`): thin fronts over `sidoba-client`'s
//! blocking client. Credentials come from the environment only; what a
//! command prints follows `--format`, its errors included.

pub mod campaigns;
pub mod fetch;
pub mod reopen;
pub mod send;
pub mod status;
pub mod transmit;

use crate::Statut;
use clap::ValueEnum;
use serde::Serialize;
use sidoba_client::contrat::{Collection, ConstatDistant, Traitement};
use sidoba_client::{Erreur, bloquant};
use std::io::{self, Write};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// The client configured from `SIDOBA_URL`, `SIDOBA_CLIENT_ID` and
/// `SIDOBA_CLIENT_SECRET`; retries and renewals told on standard error.
pub fn client() -> Result<bloquant::Client, Erreur> {
    let mut config = sidoba_client::Config::depuis_environnement()?;
    // Obtaining a token is routine; retries and refusals are worth a line.
    config.journal = Some(Arc::new(|e| {
        if !matches!(e, sidoba_client::Evenement::NouveauJeton) {
            journal!("sidoba : {e}")
        }
    }));
    bloquant::Client::new(config)
}

/// The exit status of a failed call: 2 when the command could not run
/// (settings, network, credentials), 1 when the server or the local
/// validation refused.
fn statut_erreur(e: &Erreur) -> Statut {
    match e {
        Erreur::Configuration(_) | Erreur::Transport { .. } | Erreur::Identifiants { .. } => {
            Statut::Erreur
        }
        _ => Statut::Trouve,
    }
}

/// Shows an error: a line on standard error in text, a JSON document
/// `{"erreur": {"code", "statut", "message"}}` on standard output in JSON.
pub fn echec(out: &mut dyn Write, format: Format, e: &Erreur) -> io::Result<Statut> {
    match format {
        Format::Text => journal!("sidoba : {e}"),
        Format::Json => {
            let doc = serde_json::json!({
                "erreur": { "code": e.code(), "statut": e.statut(), "message": e.to_string() }
            });
            json(out, &doc)?;
        }
    }
    Ok(statut_erreur(e))
}

/// A value as pretty JSON, on one document.
pub fn json(out: &mut dyn Write, v: &impl Serialize) -> io::Result<()> {
    let texte = serde_json::to_string_pretty(v).map_err(io::Error::other)?;
    writeln!(out, "{texte}")
}

/// `[severite] chemin : message`, as `sidoba validate` shows findings.
pub fn constat(c: &ConstatDistant) -> String {
    let lieu = if c.chemin.is_empty() {
        "(rapport)"
    } else {
        &c.chemin
    };
    format!("[{}] {lieu} : {}", c.severite, c.message)
}

/// A processing in text: its state line, then its findings.
pub fn traitement_texte(out: &mut dyn Write, t: &Traitement) -> io::Result<()> {
    write!(out, "traitement {} : {}", t.uid_traitement, t.etat.code())?;
    if !t.etat.final_() {
        write!(out, " (position {})", t.position)?;
    }
    let bloquants = t
        .constats
        .iter()
        .filter(|c| c.severite == "bloquante")
        .count();
    if t.etat.final_() {
        write!(
            out,
            ", {bloquants} constat(s) bloquant(s), {} avertissement(s)",
            t.constats.len() - bloquants
        )?;
    }
    writeln!(out)?;
    for c in &t.constats {
        writeln!(out, "{}", constat(c))?;
    }
    Ok(())
}

/// Exit 1 for a rejected processing, 0 otherwise (accepted or running).
pub fn statut_traitement(t: &Traitement) -> Statut {
    match t.etat {
        sidoba_client::contrat::Etat::Rejete => Statut::Trouve,
        _ => Statut::Ok,
    }
}

/// A collection after WS08, in the chosen format.
pub fn collection(out: &mut dyn Write, format: Format, c: &Collection) -> io::Result<Statut> {
    match format {
        Format::Json => json(out, c)?,
        Format::Text => writeln!(
            out,
            "collection {} / {} : {}",
            c.campagne,
            c.finess,
            c.statut.code()
        )?,
    }
    Ok(Statut::Ok)
}

/// Runs a call that needs only the client, showing its error if any.
pub fn avec_client<T>(
    out: &mut dyn Write,
    format: Format,
    appel: impl FnOnce(&bloquant::Client) -> Result<T, Erreur>,
    rendu: impl FnOnce(&mut dyn Write, T) -> io::Result<Statut>,
) -> io::Result<Statut> {
    match client().and_then(|c| appel(&c)) {
        Ok(v) => rendu(out, v),
        Err(e) => echec(out, format, &e),
    }
}
