//! The French words the pages show for the API's codes and dates.

use crate::contrat::{Etat, Statut};

pub fn statut(s: Statut) -> &'static str {
    match s {
        Statut::EnSaisie => "En saisie",
        Statut::Transmise => "Transmise",
        Statut::Validee => "Validée",
    }
}

pub fn etat(e: Etat) -> &'static str {
    match e {
        Etat::EnAttente => "En attente de validation",
        Etat::EnCours => "Validation en cours",
        Etat::Accepte => "Accepté",
        Etat::Rejete => "Rejeté",
    }
}

/// `2027-04-01T10:20:30.123Z` → `01/04/2027 10:20:30 UTC`; anything else as is.
pub fn horodatage(t: &str) -> String {
    match t.parse::<jiff::Timestamp>() {
        Ok(ts) => ts.strftime("%d/%m/%Y %H:%M:%S UTC").to_string(),
        Err(_) => t.to_owned(),
    }
}

/// `AAAA-MM-JJ` → `JJ/MM/AAAA`; anything else as is.
pub fn date(d: &str) -> String {
    match d.parse::<jiff::civil::Date>() {
        Ok(x) if d.len() == 10 => x.strftime("%d/%m/%Y").to_string(),
        _ => d.to_owned(),
    }
}
