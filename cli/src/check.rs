//! `sidoba check MODEL... [--format text|json]`

use crate::Statut;
use crate::entree::{self, Charge};
use crate::sortie::{self, Probleme};
use clap::ValueEnum;
use sidoba_core::json_texte::Json;
use sidoba_core::model::{CodeProbleme, Diagnostic, Gravite};
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// What was found in one file: its problems, or that it could not be read.
struct Verdict {
    fichier: String,
    valide: bool,
    problemes: Vec<Diagnostic>,
    /// Why the file could not be read at all.
    illisible: Option<String>,
}

pub fn executer(
    out: &mut dyn Write,
    modeles: &[std::path::PathBuf],
    strict: bool,
    format: Format,
) -> io::Result<Statut> {
    let mut statut = Statut::Ok;
    let mut stdin_pris = false;
    let mut verdicts = Vec::with_capacity(modeles.len());
    for nom in modeles {
        // As the diagnostics name it.
        let fichier = match nom.to_string_lossy() {
            n if n == "-" => "<stdin>".to_owned(),
            n => n.into_owned(),
        };
        let verdict = match entree::charger(nom, &mut stdin_pris, strict) {
            Err(p) => {
                statut = statut.max(Statut::Erreur);
                let message = match p {
                    Probleme::Fichier { message, .. } => message,
                    _ => "fichier illisible".to_owned(),
                };
                journal!("sidoba : {message}");
                Verdict {
                    fichier,
                    valide: false,
                    problemes: Vec::new(),
                    illisible: Some(message),
                }
            }
            Ok(Charge::Valide(m, avert)) => {
                journal!(
                    "{} : modèle {} version {} valide ({} champs, {} règles)",
                    nom.display(),
                    m.identite.code,
                    m.identite.version,
                    m.champs().len(),
                    m.regles.len()
                );
                Verdict {
                    fichier,
                    valide: true,
                    problemes: avert,
                    illisible: None,
                }
            }
            Ok(Charge::Invalide(d)) => {
                let n = d.iter().filter(|d| d.gravite == Gravite::Erreur).count();
                journal!("{} : modèle invalide ({n} erreur(s))", nom.display());
                statut = statut.max(Statut::Trouve);
                Verdict {
                    fichier,
                    valide: false,
                    problemes: d,
                    illisible: None,
                }
            }
        };
        if format == Format::Text {
            sortie::diagnostics(out, &verdict.problemes)?;
        }
        verdicts.push(verdict);
    }
    if format == Format::Json {
        writeln!(out, "{}", json(&verdicts).joli())?;
    }
    Ok(statut)
}

/// The report as data (docs/diagnostics.md, docs/diagnostics.schema.json).
fn json(verdicts: &[Verdict]) -> Json {
    let chaine = |s: &str| Json::Chaine(s.to_owned());
    let probleme = |d: &Diagnostic| {
        Json::Objet(vec![
            ("code".into(), chaine(d.code.as_str())),
            ("gravite".into(), chaine(d.gravite.as_str())),
            ("pointeur".into(), chaine(&d.pointeur)),
            ("ligne".into(), Json::Nombre(d.position.ligne.to_string())),
            (
                "colonne".into(),
                Json::Nombre(d.position.colonne.to_string()),
            ),
            ("message".into(), chaine(&d.message)),
        ])
    };
    let modeles = verdicts
        .iter()
        .map(|v| {
            let mut problemes: Vec<Json> = v.problemes.iter().map(probleme).collect();
            if let Some(message) = &v.illisible {
                problemes.push(Json::Objet(vec![
                    (
                        "code".into(),
                        chaine(CodeProbleme::FichierIllisible.as_str()),
                    ),
                    ("gravite".into(), chaine("erreur")),
                    ("pointeur".into(), chaine("")),
                    ("ligne".into(), Json::Null),
                    ("colonne".into(), Json::Null),
                    ("message".into(), chaine(message)),
                ]));
            }
            Json::Objet(vec![
                ("fichier".into(), chaine(&v.fichier)),
                ("valide".into(), Json::Booleen(v.valide)),
                ("problemes".into(), Json::Tableau(problemes)),
            ])
        })
        .collect();
    Json::Objet(vec![("modeles".into(), Json::Tableau(modeles))])
}
