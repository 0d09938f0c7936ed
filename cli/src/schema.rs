//! `sidoba schema MODEL`

use crate::Statut;
use crate::entree::{self, Charge};
use crate::sortie;
use std::io::{self, Write};

pub fn executer(out: &mut dyn Write, modele: &std::path::Path) -> io::Result<Statut> {
    let mut stdin_pris = false;
    Ok(match entree::modele(modele, &mut stdin_pris, false) {
        Err(s) => s,
        Ok(Charge::Valide(m, avert)) => {
            sortie::avertissements(&avert);
            writeln!(out, "{}", sidoba_codegen::schema::schema(&m))?;
            Statut::Ok
        }
        Ok(Charge::Invalide(d)) => {
            sortie::diagnostics(out, &d)?;
            Statut::Trouve
        }
    })
}
