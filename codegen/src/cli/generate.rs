//! `sidoba generate MODEL... --out DIR [--check]`

use super::Statut;
use super::entree::{self, Charge};
use super::sortie;
use crate::emit::Origine;
use crate::generate::{self, Etat};
use std::path::Path;

pub fn executer(modeles: &[String], out: &Path, check: bool, strict: bool) -> Statut {
    let mut tries: Vec<&String> = modeles.iter().collect();
    tries.sort();
    let commande = format!(
        "sidoba generate {} --out {}",
        tries
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        out.display()
    );
    let mut statut = Statut::Ok;
    let mut charges = Vec::new();
    let mut stdin_pris = false;
    for nom in modeles {
        match entree::modele(nom, &mut stdin_pris, strict) {
            Err(s) => statut = statut.max(s),
            Ok(Charge::Valide(m, avert)) => {
                sortie::diagnostics(&avert);
                charges.push((
                    *m,
                    Origine {
                        fichier: nom.clone(),
                        commande: commande.clone(),
                    },
                ));
            }
            Ok(Charge::Invalide(d)) => {
                sortie::diagnostics(&d);
                statut = statut.max(Statut::Trouve);
            }
        }
    }
    if statut != Statut::Ok {
        eprintln!("sidoba : rien n'a été généré");
        return statut;
    }
    let fichiers = match generate::fichiers(&charges) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("sidoba : {e}");
            return Statut::Erreur;
        }
    };
    if check {
        let perimes = generate::perimes(out, &fichiers);
        for p in &perimes {
            println!("périmé : {}", p.display());
        }
        if perimes.is_empty() {
            eprintln!("{} : à jour ({} fichiers)", out.display(), fichiers.len());
            return Statut::Ok;
        }
        eprintln!(
            "{} fichier(s) périmé(s) : lancer `{commande}`",
            perimes.len()
        );
        return Statut::Trouve;
    }
    for f in &fichiers {
        match generate::ecrire(out, f) {
            Ok(Etat::Ecrit) => eprintln!("écrit : {}", out.join(&f.nom).display()),
            Ok(Etat::Inchange) => eprintln!("inchangé : {}", out.join(&f.nom).display()),
            Err(e) => {
                eprintln!("sidoba : écriture de {} : {e}", out.join(&f.nom).display());
                return Statut::Erreur;
            }
        }
    }
    Statut::Ok
}
