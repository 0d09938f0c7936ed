//! Une date et heure avec son décalage (RFC 3339), telle que le fichier de
//! collecte au format 2 écrit `dateProduction` et le `debut`/`fin` des
//! événements.
//!
//! Gardée telle que lue (un même fichier donne les mêmes octets) : le
//! décalage n'est jamais converti, la fraction de seconde garde ses
//! chiffres. Une date seule est lue comme minuit à l'heure de Paris
//! (`usager.md`).

use crate::Date;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// Une date et heure avec son décalage, à la seconde ou plus fin. Deux
/// valeurs sont égales quand elles nomment le même instant (d'où l'absence
/// de `Hash` : un instant a plusieurs écritures).
#[derive(Clone, Copy)]
pub struct DateHeure {
    date: Date,
    heure: u8,
    minute: u8,
    seconde: u8,
    /// Les chiffres de la fraction (9 au plus) en nombre, et leur compte.
    fraction: u32,
    chiffres: u8,
    /// Les minutes à l'est d'UTC ; `None` pour `Z`.
    decalage: Option<i16>,
}

/// Un texte qui n'est pas une date et heure RFC 3339 avec décalage (il n'est
/// pas gardé : ce peut être une donnée personnelle).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateHeureInvalide;

impl fmt::Display for DateHeureInvalide {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "une date-heure s'écrit AAAA-MM-JJThh:mm:ss suivie de son décalage (Z ou +01:00)",
        )
    }
}

impl std::error::Error for DateHeureInvalide {}

/// Les jours depuis le 1970-01-01 (le `days_from_civil` de H. Hinnant).
fn jours(d: Date) -> i64 {
    let (a, m, j) = (
        i64::from(d.annee()),
        i64::from(d.mois()),
        i64::from(d.jour()),
    );
    let a = if m <= 2 { a - 1 } else { a };
    let ere = a.div_euclid(400);
    let ae = a - ere * 400;
    let jour_annee = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + j - 1;
    let jour_ere = ae * 365 + ae / 4 - ae / 100 + jour_annee;
    ere * 146_097 + jour_ere - 719_468
}

/// Le dernier dimanche d'un mois de 31 jours (mars, octobre).
fn dernier_dimanche(annee: u16, mois: u8) -> Date {
    let d31 = Date::ymd(annee.max(1), mois, 31);
    // 1970-01-01 was a Thursday: day 0 → weekday 4 (Sunday = 0).
    let semaine = (jours(d31) + 4).rem_euclid(7) as u8;
    Date::ymd(annee.max(1), mois, 31 - semaine)
}

impl DateHeure {
    /// Minuit à l'heure de Paris le jour `date` : `+02:00` entre les
    /// derniers dimanches de mars et d'octobre (le changement d'heure a lieu
    /// la nuit, après minuit), `+01:00` sinon.
    pub fn minuit_paris(date: Date) -> DateHeure {
        let ete =
            date > dernier_dimanche(date.annee(), 3) && date <= dernier_dimanche(date.annee(), 10);
        DateHeure {
            date,
            heure: 0,
            minute: 0,
            seconde: 0,
            fraction: 0,
            chiffres: 0,
            decalage: Some(if ete { 120 } else { 60 }),
        }
    }

    /// La date du calendrier là où elle a été écrite (dans son propre
    /// décalage).
    pub fn date(self) -> Date {
        self.date
    }

    /// Les secondes depuis 1970-01-01T00:00:00Z et la fraction en
    /// nanosecondes.
    fn instant(self) -> (i64, u32) {
        let s = jours(self.date) * 86_400
            + i64::from(self.heure) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.seconde)
            - i64::from(self.decalage.unwrap_or(0)) * 60;
        let nanos = self.fraction * 10u32.pow(9 - u32::from(self.chiffres));
        (s, nanos)
    }
}

/// Une chaîne JSON : `AAAA-MM-JJThh:mm:ss`, puis la fraction et le décalage
/// tels que lus.
impl crate::ecriture::Ecrire for DateHeure {
    fn ecrire(&self, buf: &mut String) {
        use fmt::Write;
        buf.push('"');
        // Writing to a String cannot fail.
        let _ = write!(buf, "{self}");
        buf.push('"');
    }
}

impl PartialEq for DateHeure {
    fn eq(&self, autre: &DateHeure) -> bool {
        self.cmp(autre) == Ordering::Equal
    }
}

impl Eq for DateHeure {}

impl PartialOrd for DateHeure {
    fn partial_cmp(&self, autre: &DateHeure) -> Option<Ordering> {
        Some(self.cmp(autre))
    }
}

/// Dans l'ordre chronologique (deux écritures du même instant sont égales).
impl Ord for DateHeure {
    fn cmp(&self, autre: &DateHeure) -> Ordering {
        self.instant().cmp(&autre.instant())
    }
}

impl FromStr for DateHeure {
    type Err = DateHeureInvalide;

    /// La RFC 3339 avec un décalage obligatoire (`T` ou `t`, `Z` ou `z`
    /// acceptés ; secondes de 00 à 59), ou une date seule (minuit à l'heure
    /// de Paris).
    fn from_str(s: &str) -> Result<DateHeure, DateHeureInvalide> {
        let b = s.as_bytes();
        let date: Date = s
            .get(..10)
            .and_then(|d| d.parse().ok())
            .ok_or(DateHeureInvalide)?;
        if b.len() == 10 {
            return Ok(DateHeure::minuit_paris(date));
        }
        let deux = |i: usize, max: u8| -> Result<u8, DateHeureInvalide> {
            match (b.get(i), b.get(i + 1)) {
                (Some(x @ b'0'..=b'9'), Some(y @ b'0'..=b'9')) => {
                    let v = (x - b'0') * 10 + (y - b'0');
                    if v <= max {
                        Ok(v)
                    } else {
                        Err(DateHeureInvalide)
                    }
                }
                _ => Err(DateHeureInvalide),
            }
        };
        if !matches!(b.get(10), Some(b'T' | b't'))
            || b.get(13) != Some(&b':')
            || b.get(16) != Some(&b':')
        {
            return Err(DateHeureInvalide);
        }
        let (heure, minute, seconde) = (deux(11, 23)?, deux(14, 59)?, deux(17, 59)?);
        let mut i = 19;
        let (mut fraction, mut chiffres) = (0u32, 0u8);
        if b.get(i) == Some(&b'.') {
            i += 1;
            while let Some(c @ b'0'..=b'9') = b.get(i) {
                if chiffres == 9 {
                    return Err(DateHeureInvalide);
                }
                fraction = fraction * 10 + u32::from(c - b'0');
                chiffres += 1;
                i += 1;
            }
            if chiffres == 0 {
                return Err(DateHeureInvalide);
            }
        }
        let decalage = match b.get(i) {
            Some(b'Z' | b'z') if b.len() == i + 1 => None,
            Some(signe @ (b'+' | b'-')) if b.len() == i + 6 && b[i + 3] == b':' => {
                let m = i16::from(deux(i + 1, 23)?) * 60 + i16::from(deux(i + 4, 59)?);
                Some(if *signe == b'-' { -m } else { m })
            }
            _ => return Err(DateHeureInvalide),
        };
        Ok(DateHeure {
            date,
            heure,
            minute,
            seconde,
            fraction,
            chiffres,
            decalage,
        })
    }
}

impl fmt::Display for DateHeure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}T{:02}:{:02}:{:02}",
            self.date, self.heure, self.minute, self.seconde
        )?;
        if self.chiffres > 0 {
            write!(f, ".{:0w$}", self.fraction, w = usize::from(self.chiffres))?;
        }
        match self.decalage {
            None => f.write_str("Z"),
            Some(m) => write!(
                f,
                "{}{:02}:{:02}",
                if m < 0 { '-' } else { '+' },
                m.unsigned_abs() / 60,
                m.unsigned_abs() % 60
            ),
        }
    }
}

impl fmt::Debug for DateHeure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dh(s: &str) -> DateHeure {
        s.parse().unwrap()
    }

    #[test]
    fn lit_et_reecrit_le_meme_texte() {
        for s in [
            "2026-01-15T10:30:00+01:00",
            "2025-03-04T08:30:00.250Z",
            "2025-03-04T08:30:00-05:30",
        ] {
            assert_eq!(dh(s).to_string(), s);
        }
    }

    #[test]
    fn une_date_seule_vaut_minuit_a_paris() {
        assert_eq!(dh("2026-01-15").to_string(), "2026-01-15T00:00:00+01:00");
        assert_eq!(dh("2025-07-01").to_string(), "2025-07-01T00:00:00+02:00");
        // 2025: summer time from Sunday 30 March to Sunday 26 October.
        assert_eq!(dh("2025-03-30").to_string(), "2025-03-30T00:00:00+01:00");
        assert_eq!(dh("2025-03-31").to_string(), "2025-03-31T00:00:00+02:00");
        assert_eq!(dh("2025-10-26").to_string(), "2025-10-26T00:00:00+02:00");
        assert_eq!(dh("2025-10-27").to_string(), "2025-10-27T00:00:00+01:00");
    }

    #[test]
    fn compare_des_instants_pas_des_textes() {
        assert_eq!(dh("2026-01-15T10:30:00+01:00"), dh("2026-01-15T09:30:00Z"));
        assert!(dh("2026-01-15T10:30:00+01:00") < dh("2026-01-15T10:00:00Z"));
        assert!(dh("2026-01-15T10:30:00.5Z") > dh("2026-01-15T10:30:00Z"));
    }

    #[test]
    fn refuse_ce_qui_n_est_pas_une_date_heure_avec_decalage() {
        for s in [
            "",
            "2026-01-15T10:30:00",
            "2026-01-15 10:30:00+01:00",
            "2026-01-15T24:00:00Z",
            "2026-01-15T10:60:00Z",
            "2026-01-15T10:30:00+1:00",
            "2026-01-15T10:30:00.Z",
            "2026-01-15T10:30:00.1234567890Z",
            "2026-02-30T10:30:00Z",
            "2026-01-15T10:30:00+01:00x",
            "2026-01-15T10:30Z",
        ] {
            assert!(s.parse::<DateHeure>().is_err(), "{s}");
        }
    }
}
