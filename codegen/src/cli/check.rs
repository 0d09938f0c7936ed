//! `sidoba check MODEL... [--format text|json]`

use super::Statut;
use super::entree::{self, Charge};
use super::sortie;
use crate::model::{CodeProbleme, Diagnostic, Gravite};
use clap::ValueEnum;

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
    illisible: bool,
}

pub fn executer(modeles: &[String], strict: bool, format: Format) -> Statut {
    let mut statut = Statut::Ok;
    let mut stdin_pris = false;
    let mut verdicts = Vec::with_capacity(modeles.len());
    for nom in modeles {
        // As the diagnostics name it.
        let fichier = if nom == "-" { "<stdin>" } else { nom }.to_owned();
        let verdict = match entree::modele(nom, &mut stdin_pris, strict) {
            Err(s) => {
                statut = statut.max(s);
                Verdict {
                    fichier,
                    valide: false,
                    problemes: Vec::new(),
                    illisible: true,
                }
            }
            Ok(Charge::Valide(m, avert)) => {
                eprintln!(
                    "{nom} : modèle {} version {} valide ({} champs, {} règles)",
                    m.identite.code,
                    m.identite.version,
                    m.champs().len(),
                    m.regles.len()
                );
                Verdict {
                    fichier,
                    valide: true,
                    problemes: avert,
                    illisible: false,
                }
            }
            Ok(Charge::Invalide(d)) => {
                let n = d.iter().filter(|d| d.gravite == Gravite::Erreur).count();
                eprintln!("{nom} : modèle invalide ({n} erreur(s))");
                statut = statut.max(Statut::Trouve);
                Verdict {
                    fichier,
                    valide: false,
                    problemes: d,
                    illisible: false,
                }
            }
        };
        if format == Format::Text {
            sortie::diagnostics(&verdict.problemes);
        }
        verdicts.push(verdict);
    }
    if format == Format::Json {
        println!("{}", json(&verdicts));
    }
    statut
}

/// The report as data (docs/diagnostics.md, docs/diagnostics.schema.json).
fn json(verdicts: &[Verdict]) -> String {
    let chaine = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let modeles: Vec<String> = verdicts
        .iter()
        .map(|v| {
            let mut problemes: Vec<String> = v
                .problemes
                .iter()
                .map(|d| {
                    format!(
                        r#"{{"code": {}, "gravite": {}, "pointeur": {}, "ligne": {}, "colonne": {}, "message": {}}}"#,
                        chaine(d.code.as_str()),
                        chaine(d.gravite.as_str()),
                        chaine(&d.pointeur),
                        d.position.ligne,
                        d.position.colonne,
                        chaine(&d.message)
                    )
                })
                .collect();
            if v.illisible {
                problemes.push(format!(
                    r#"{{"code": {}, "gravite": "erreur", "pointeur": "", "ligne": null, "colonne": null, "message": "fichier illisible (le détail est sur l'erreur standard)"}}"#,
                    chaine(CodeProbleme::FichierIllisible.as_str())
                ));
            }
            format!(
                "    {{\"fichier\": {}, \"valide\": {}, \"problemes\": [{}]}}",
                chaine(&v.fichier),
                v.valide,
                if problemes.is_empty() {
                    String::new()
                } else {
                    format!("\n      {}\n    ", problemes.join(",\n      "))
                }
            )
        })
        .collect();
    format!("{{\"modeles\": [\n{}\n]}}", modeles.join(",\n"))
}
