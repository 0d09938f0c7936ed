//! The API commands (`api.md`): thin fronts over `sidoba-client`'s
//! blocking client. Credentials come from the environment only; what a
//! command prints follows `--format`, its errors included.

pub mod campaigns;
pub mod fetch;
pub mod reopen;
mod reseau;
pub mod send;
pub mod status;
pub mod transmit;

use crate::Statut;
use clap::ValueEnum;
use serde::Serialize;
use sidoba_client::contrat::{Collection, Constat, Etat, Statut as StatutCollection, Traitement};
use sidoba_client::{Erreur, bloquant};
use std::io::{self, Write};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// The variables the API commands read, and what to put in each.
const VARIABLES: [(&str, &str); 3] = [
    ("SIDOBA_URL", "http://127.0.0.1:8080"),
    ("SIDOBA_CLIENT_ID", "editeur-demo"),
    ("SIDOBA_CLIENT_SECRET", "demo-bac-a-sable"),
];

/// Every missing variable at once, with the line that sets them (the
/// sandbox's example account), rather than one per run.
fn variables_manquantes() -> Result<(), Erreur> {
    let manquantes: Vec<(&str, &str)> = VARIABLES
        .into_iter()
        .filter(|(v, _)| std::env::var_os(v).is_none_or(|x| x.is_empty()))
        .collect();
    if manquantes.is_empty() {
        return Ok(());
    }
    let noms: Vec<&str> = manquantes.iter().map(|(v, _)| *v).collect();
    let export: Vec<String> = manquantes.iter().map(|(v, e)| format!("{v}={e}")).collect();
    let (s, ent) = if noms.len() > 1 {
        ("s", "ies")
    } else {
        ("", "ie")
    };
    Err(Erreur::Configuration(format!(
        "variable{s} d'environnement non défin{ent} : {} ; par exemple, pour le bac à sable de docs/sandbox.md : export {}",
        noms.join(", "),
        export.join(" ")
    )))
}

/// The client configured from `SIDOBA_URL`, `SIDOBA_CLIENT_ID` and
/// `SIDOBA_CLIENT_SECRET`; retries and renewals told on standard error.
pub fn client() -> Result<bloquant::Client, Erreur> {
    variables_manquantes()?;
    let mut config = sidoba_client::Config::depuis_environnement()?;
    // A person waits at a terminal: three retries (1.4 s), not five.
    config.reprise.tentatives = config.reprise.tentatives.min(4);
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
    echec_avec(out, format, e, None)
}

/// Same, with a sentence saying what to do after the client's message.
pub fn echec_avec(
    out: &mut dyn Write,
    format: Format,
    e: &Erreur,
    conseil: Option<String>,
) -> io::Result<Statut> {
    let message = match (e, conseil) {
        (Erreur::Transport { .. }, _) => reseau::expliquer(e),
        (_, Some(c)) => match e.statut() {
            Some(n) => format!("{c} (HTTP {n} {})", e.code()),
            None => c,
        },
        (_, None) => e.to_string(),
    };
    match format {
        Format::Text => journal!("sidoba : {message}"),
        Format::Json => {
            let doc = serde_json::json!({
                "erreur": { "code": e.code(), "statut": e.statut(), "message": message }
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
pub fn constat(c: &Constat) -> String {
    c.to_string()
}

/// A processing's state in words (never the API's code).
pub fn etat(e: Etat) -> &'static str {
    match e {
        Etat::EnAttente => "en attente",
        Etat::EnCours => "en cours de validation",
        Etat::Accepte => "accepté",
        Etat::Rejete => "rejeté",
    }
}

/// A collection's status in words.
pub fn statut(s: StatutCollection) -> &'static str {
    match s {
        StatutCollection::EnSaisie => "en saisie",
        StatutCollection::Transmise => "transmise",
        StatutCollection::Validee => "validée",
    }
}

/// `en attente (2 envois avant celui-ci)`, or the state alone.
pub fn etat_position(e: Etat, position: u64) -> String {
    match (e, position) {
        (Etat::EnAttente, 1) => format!("{}, 1 envoi avant celui-ci", etat(e)),
        (Etat::EnAttente, n) if n > 1 => format!("{}, {n} envois avant celui-ci", etat(e)),
        _ => etat(e).to_owned(),
    }
}

/// A processing in text: its state line, then its findings.
pub fn traitement_texte(out: &mut dyn Write, t: &Traitement) -> io::Result<()> {
    write!(out, "traitement {} : {}", t.uid_traitement, etat(t.etat))?;
    if !t.etat.final_() {
        write!(out, " ({})", etat_position(t.etat, t.position))?;
    }
    let bloquants = t
        .constats
        .iter()
        .filter(|c| c.severite == sidoba_client::contrat::Severite::Bloquante)
        .count();
    if t.etat.final_() {
        write!(
            out,
            ", {}",
            nombre_constats(bloquants, t.constats.len() - bloquants)
        )?;
    }
    writeln!(out)?;
    for l in crate::repetes::regrouper(t.constats.iter().map(constat)) {
        writeln!(out, "{l}")?;
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
            "collecte {} / {} : {}",
            c.campagne,
            c.finess,
            statut(c.statut)
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

/// `2 constats bloquants, 1 avertissement`, in agreed French.
pub fn nombre_constats(bloquants: usize, avertissements: usize) -> String {
    // French: 0 and 1 take the singular.
    let pluriel = |n: usize, un: &str, des: &str| match n {
        0 | 1 => format!("{n} {un}"),
        n => format!("{n} {des}"),
    };
    format!(
        "{}, {}",
        pluriel(bloquants, "constat bloquant", "constats bloquants"),
        pluriel(avertissements, "avertissement", "avertissements")
    )
}
