//! Une date du calendrier, telle que l'écrit le payload WS05 (`AAAA-MM-JJ`).
//!
//! Volontairement minimale : une date SIDOBA n'a ni heure ni fuseau, et doit
//! pouvoir servir dans les `const` du code généré.

use std::fmt;
use std::str::FromStr;

/// Une date du calendrier grégorien proleptique, de l'an 0 à l'an 9999.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    annee: u16,
    mois: u8,
    jour: u8,
}

/// Pourquoi un texte n'est pas une date `AAAA-MM-JJ` (le texte refusé).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateInvalide(pub String);

impl fmt::Display for DateInvalide {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "« {} » n'est pas une date AAAA-MM-JJ valide", self.0)
    }
}

impl std::error::Error for DateInvalide {}

const fn jours_du_mois(annee: u16, mois: u8) -> u8 {
    match mois {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if annee.is_multiple_of(4)
            && (!annee.is_multiple_of(100) || annee.is_multiple_of(400)) =>
        {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// La date, ou `None` quand elle n'existe pas (`2025-02-29`).
    pub const fn new(annee: u16, mois: u8, jour: u8) -> Option<Date> {
        if annee > 9999 || jour == 0 || jour > jours_du_mois(annee, mois) {
            return None;
        }
        Some(Date { annee, mois, jour })
    }

    /// Pour les constantes générées : la compilation échoue quand la date
    /// n'existe pas.
    pub const fn ymd(annee: u16, mois: u8, jour: u8) -> Date {
        match Date::new(annee, mois, jour) {
            Some(d) => d,
            None => panic!("date inexistante"),
        }
    }

    /// L'année (0 à 9999).
    pub const fn annee(self) -> u16 {
        self.annee
    }

    /// Le mois (1 à 12).
    pub const fn mois(self) -> u8 {
        self.mois
    }

    /// Le jour du mois (à partir de 1).
    pub const fn jour(self) -> u8 {
        self.jour
    }
}

impl FromStr for Date {
    type Err = DateInvalide;

    /// Exactement `AAAA-MM-JJ`, en chiffres ASCII, un jour qui existe.
    fn from_str(s: &str) -> Result<Date, DateInvalide> {
        let err = || DateInvalide(s.to_owned());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let nombre = |r: std::ops::Range<usize>| -> Option<u16> {
            b[r].iter().try_fold(0u16, |acc, c| {
                c.is_ascii_digit().then(|| acc * 10 + u16::from(c - b'0'))
            })
        };
        let (Some(a), Some(m), Some(j)) = (nombre(0..4), nombre(5..7), nombre(8..10)) else {
            return Err(err());
        };
        // m and j have two digits, so they fit in u8.
        Date::new(a, m as u8, j as u8).ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.annee, self.mois, self.jour)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn se_lit_et_s_ecrit_exactement() {
        let d: Date = "2024-02-29".parse().unwrap();
        assert_eq!(d.to_string(), "2024-02-29");
        assert_eq!(Date::ymd(2026, 3, 16).to_string(), "2026-03-16");
    }

    #[test]
    fn refuse_ce_qui_n_est_pas_un_jour() {
        for s in [
            "2025-02-29",
            "1900-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-01-00",
            "2025-1-01",
            "2025/01/01",
            "２０２５-01-01",
            "",
            "2025-01-01T00:00",
            "+025-01-01",
        ] {
            assert!(s.parse::<Date>().is_err(), "{s}");
        }
        assert!("2000-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn s_ordonne_chronologiquement() {
        let a: Date = "2025-12-31".parse().unwrap();
        let b: Date = "2026-01-01".parse().unwrap();
        assert!(a < b);
    }
}
