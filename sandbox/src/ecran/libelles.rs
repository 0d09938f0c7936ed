//! The French words the pages show for the API's codes and dates: a person
//! never reads a raw code (`accepte`, `en_saisie`) or a UTC time.

use jiff::civil::Date;
use sidoba_contrat::{Etat, Statut};

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

/// `2027-04-01T10:20:30.123Z` → `01/04/2027 à 12:20`, Paris local time
/// (the tz database is built into jiff); anything else as is.
pub fn horodatage(t: &str) -> String {
    let Ok(ts) = t.parse::<jiff::Timestamp>() else {
        return t.to_owned();
    };
    match jiff::tz::TimeZone::get("Europe/Paris") {
        Ok(tz) => ts.to_zoned(tz).strftime("%d/%m/%Y à %H:%M").to_string(),
        Err(_) => ts.strftime("%d/%m/%Y à %H:%M UTC").to_string(),
    }
}

/// `AAAA-MM-JJ` → `JJ/MM/AAAA`; anything else as is.
pub fn date(d: &str) -> String {
    match d.parse::<Date>() {
        Ok(x) if d.len() == 10 => jour(x),
        _ => d.to_owned(),
    }
}

pub fn jour(d: Date) -> String {
    d.strftime("%d/%m/%Y").to_string()
}

/// `n constat(s) bloquant(s), m avertissement(s)` in agreed French.
pub fn nombre_constats(bloquants: usize, avertissements: usize) -> String {
    let b = match bloquants {
        0 => None,
        1 => Some("1 constat bloquant".to_owned()),
        n => Some(format!("{n} constats bloquants")),
    };
    let a = match avertissements {
        0 => None,
        1 => Some("1 avertissement".to_owned()),
        n => Some(format!("{n} avertissements")),
    };
    match (b, a) {
        (None, None) => "aucun constat".to_owned(),
        (Some(x), None) | (None, Some(x)) => x,
        (Some(x), Some(y)) => format!("{x}, {y}"),
    }
}

/// Whether a campaign is open on `aujourdhui`, in words with its dates.
pub fn ouverture(ouverture: Option<Date>, cloture: Option<Date>, aujourdhui: Date) -> String {
    match (ouverture, cloture) {
        (Some(o), _) if aujourdhui < o => format!("Pas encore ouverte (ouvre le {})", jour(o)),
        (_, Some(c)) if c < aujourdhui => "Fermée".to_owned(),
        _ => "Ouverte".to_owned(),
    }
}
