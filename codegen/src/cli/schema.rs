//! `sidoba schema MODEL`

use super::Statut;
use super::entree::{self, Charge};
use super::sortie;

pub fn executer(modele: &str) -> Statut {
    let mut stdin_pris = false;
    match entree::modele(modele, &mut stdin_pris, false) {
        Err(s) => s,
        Ok(Charge::Valide(m, avert)) => {
            sortie::diagnostics(&avert);
            println!("{}", crate::schema::schema(&m));
            Statut::Ok
        }
        Ok(Charge::Invalide(d)) => {
            sortie::diagnostics(&d);
            Statut::Trouve
        }
    }
}
