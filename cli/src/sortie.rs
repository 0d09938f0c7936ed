//! Output: colour only on a terminal and never with `NO_COLOR`; the
//! problems that stop a command, in text or as a JSON document.

use crate::Statut;
use sidoba_core::json_texte::Json;
use sidoba_core::model::{CodeProbleme, Diagnostic, Gravite};

/// The code of a payload that cannot be read as one (not UTF-8, not JSON,
/// another model's envelope): what `validate --format json` reports in
/// `erreurs`.
pub const PAYLOAD_ILLISIBLE: &str = "payload_illisible";
use sidoba::Position;
use std::io::{self, IsTerminal, Write};

pub fn couleur(flux_terminal: bool) -> bool {
    flux_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn couleur_stdout() -> bool {
    couleur(std::io::stdout().is_terminal())
}

pub fn couleur_stderr() -> bool {
    couleur(std::io::stderr().is_terminal())
}

/// A diagnostic, its severity word coloured when asked.
pub fn diagnostic(d: &Diagnostic, couleur: bool) -> String {
    let texte = d.to_string();
    if !couleur {
        return texte;
    }
    let (mot, code) = match d.gravite {
        Gravite::Erreur => ("erreur", "1;31"),
        Gravite::Avertissement => ("avertissement", "1;33"),
    };
    match texte.strip_prefix(mot) {
        Some(reste) => format!("\x1b[{code}m{mot}\x1b[0m{reste}"),
        None => texte,
    }
}

/// Errors to `out` (they are what the command found), warnings to stderr.
pub fn diagnostics(out: &mut dyn Write, diags: &[Diagnostic]) -> io::Result<()> {
    avertissements(&sans_suites(diags));
    let c = couleur_stdout();
    for d in diags.iter().filter(|d| d.gravite == Gravite::Erreur) {
        writeln!(out, "{}", diagnostic(d, c))?;
    }
    Ok(())
}

/// Without the follow-on warnings of a field whose type is unknown: its
/// other keys (`min`, `max`, `decimales`…) are unknown only because the
/// type is, and the one error says what to fix.
fn sans_suites(diags: &[Diagnostic]) -> Vec<Diagnostic> {
    let fautifs: Vec<&str> = diags
        .iter()
        .filter(|d| d.gravite == Gravite::Erreur)
        .filter_map(|d| d.pointeur.strip_suffix("/type"))
        .collect();
    diags
        .iter()
        .filter(|d| {
            d.gravite == Gravite::Erreur
                || !d
                    .pointeur
                    .rsplit_once('/')
                    .is_some_and(|(parent, _)| fautifs.contains(&parent))
        })
        .cloned()
        .collect()
}

/// The warnings among `diags`, to standard error.
pub fn avertissements(diags: &[Diagnostic]) {
    let c = couleur_stderr();
    let lignes = diags
        .iter()
        .filter(|d| d.gravite == Gravite::Avertissement)
        .map(|d| diagnostic(d, c));
    for l in crate::repetes::regrouper(lignes) {
        journal!("{l}");
    }
}

/// A problem that stops a command before it has anything to report.
#[derive(Debug, Clone)]
pub enum Probleme {
    /// Exit 2: a file that cannot be read or used (standard error in text).
    Fichier {
        fichier: String,
        ligne: Option<usize>,
        message: String,
    },
    /// Exit 1: a model diagnostic (a model that is not JSON included); a
    /// warning is shown on standard error and stops nothing.
    Modele(Diagnostic),
    /// Exit 1: a payload that is not UTF-8, not JSON, or for another model.
    Payload {
        fichier: String,
        position: Position,
        message: String,
    },
}

impl Probleme {
    fn statut(&self) -> Statut {
        match self {
            Probleme::Fichier { .. } => Statut::Erreur,
            Probleme::Modele(_) | Probleme::Payload { .. } => Statut::Trouve,
        }
    }

    fn est_avertissement(&self) -> bool {
        matches!(self, Probleme::Modele(d) if d.gravite == Gravite::Avertissement)
    }

    /// `{"code", "fichier", "ligne", "colonne", "pointeur", "message"}`; `null`
    /// where the problem has no such place.
    fn json(&self) -> Json {
        let nombre = |n: Option<usize>| n.map_or(Json::Null, |n| Json::Nombre(n.to_string()));
        let (code, fichier, ligne, colonne, pointeur, message) = match self {
            Probleme::Fichier {
                fichier,
                ligne,
                message,
            } => (
                CodeProbleme::FichierIllisible.as_str(),
                fichier,
                *ligne,
                None,
                None,
                message,
            ),
            Probleme::Modele(d) => (
                d.code.as_str(),
                &d.fichier,
                Some(d.position.ligne),
                Some(d.position.colonne),
                Some(&d.pointeur),
                &d.message,
            ),
            Probleme::Payload {
                fichier,
                position,
                message,
            } => (
                PAYLOAD_ILLISIBLE,
                fichier,
                Some(position.ligne),
                Some(position.colonne),
                None,
                message,
            ),
        };
        Json::Objet(vec![
            ("code".into(), Json::Chaine(code.into())),
            ("fichier".into(), Json::Chaine(fichier.clone())),
            ("ligne".into(), nombre(ligne)),
            ("colonne".into(), nombre(colonne)),
            (
                "pointeur".into(),
                pointeur.map_or(Json::Null, |p| Json::Chaine(p.clone())),
            ),
            ("message".into(), Json::Chaine(message.clone())),
        ])
    }

    fn texte(&self, out: &mut dyn Write) -> io::Result<()> {
        match self {
            // The message names its line.
            Probleme::Fichier {
                fichier,
                ligne: Some(_),
                message,
            } => journal!("sidoba : {fichier} : {message}"),
            Probleme::Fichier { message, .. } => journal!("sidoba : {message}"),
            Probleme::Modele(d) => diagnostics(out, std::slice::from_ref(d))?,
            Probleme::Payload {
                fichier,
                position,
                message,
            } => writeln!(out, "erreur: {fichier}:{position}: {message}")?,
        }
        Ok(())
    }
}

/// Builds a command's JSON document around its `erreurs` array: its
/// members, in order.
pub type Document = fn(Json) -> Vec<(String, Json)>;

/// Shows the problems that stopped a command and gives its exit status:
/// with `document`, the JSON document it builds around the `erreurs`
/// array goes to `out`; otherwise each problem in text. Warnings go to
/// standard error either way.
pub fn echec(
    out: &mut dyn Write,
    problemes: &[Probleme],
    document: Option<Document>,
) -> io::Result<Statut> {
    let (avertissements, erreurs): (Vec<&Probleme>, Vec<&Probleme>) =
        problemes.iter().partition(|p| p.est_avertissement());
    for a in avertissements {
        a.texte(out)?;
    }
    match document {
        Some(doc) => {
            let liste = Json::Tableau(erreurs.iter().map(|p| p.json()).collect());
            writeln!(out, "{}", Json::Objet(doc(liste)).joli())?;
        }
        None => {
            for p in &erreurs {
                p.texte(out)?;
            }
        }
    }
    Ok(erreurs
        .iter()
        .map(|p| p.statut())
        .max()
        .unwrap_or(Statut::Trouve))
}
