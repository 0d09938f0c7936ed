//! `sidoba generate MODEL... --out DIR [--check]`

use crate::Statut;
use crate::entree::{self, Charge};
use crate::sortie;
use sidoba_codegen::generate::{self, Erreur, Etat};
use sidoba_core::fichier::raison;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub fn executer(
    out: &mut dyn Write,
    modeles: &[PathBuf],
    dossier: &Path,
    check: bool,
    strict: bool,
) -> io::Result<Statut> {
    let mut statut = Statut::Ok;
    let mut charges = Vec::new();
    let mut stdin_pris = false;
    for nom in modeles {
        match entree::modele(nom, &mut stdin_pris, strict) {
            Err(s) => statut = statut.max(s),
            Ok(Charge::Valide(m, avert)) => {
                sortie::avertissements(&avert);
                charges.push((*m, nom.to_string_lossy().into_owned()));
            }
            Ok(Charge::Invalide(d)) => {
                sortie::diagnostics(out, &d)?;
                statut = statut.max(Statut::Trouve);
            }
        }
    }
    if statut != Statut::Ok {
        journal!("sidoba : rien n'a été généré");
        return Ok(statut);
    }
    // Held until every file is written: runs into one folder take turns.
    let _verrou = if check {
        None
    } else {
        match generate::verrouiller(dossier) {
            Ok(v) => Some(v),
            Err(e) => {
                let chemin = dossier.join(generate::VERROU);
                journal!("sidoba : verrou de {} : {}", chemin.display(), raison(&e));
                journal!("sidoba : rien n'a été écrit");
                return Ok(Statut::Erreur);
            }
        }
    };
    let fichiers = match generate::fichiers(dossier, &charges) {
        Ok(f) => f,
        Err(e) => {
            journal!("sidoba : {e}");
            journal!("sidoba : rien n'a été écrit");
            return Ok(match e {
                // The model cannot be generated: like an invalid model.
                Erreur::Emission { .. } => Statut::Trouve,
                _ => Statut::Erreur,
            });
        }
    };
    if check {
        return verifier(out, dossier, &fichiers, modeles);
    }
    for f in &fichiers {
        let chemin = dossier.join(&f.nom);
        match generate::ecrire(dossier, f) {
            Ok(Etat::Ecrit) => journal!("écrit : {}", chemin.display()),
            Ok(Etat::Inchange) => journal!("inchangé : {}", chemin.display()),
            Err(e) => {
                journal!("sidoba : écriture de {} : {}", chemin.display(), raison(&e));
                return Ok(Statut::Erreur);
            }
        }
    }
    Ok(Statut::Ok)
}

/// `--check`: the stale files among those the command would write.
fn verifier(
    out: &mut dyn Write,
    dossier: &Path,
    fichiers: &[generate::Fichier],
    modeles: &[PathBuf],
) -> io::Result<Statut> {
    let perimes = generate::perimes(dossier, fichiers);
    for p in &perimes {
        writeln!(out, "périmé : {}", p.display())?;
    }
    if perimes.is_empty() {
        journal!(
            "{} : à jour ({} fichiers)",
            dossier.display(),
            fichiers.len()
        );
        return Ok(Statut::Ok);
    }
    journal!(
        "{} fichier(s) périmé(s) : lancer `sidoba generate {} --out {}`",
        perimes.len(),
        modeles
            .iter()
            .map(|m| m.to_string_lossy())
            .collect::<Vec<_>>()
            .join(" "),
        dossier.display()
    );
    Ok(Statut::Trouve)
}
