//! A date-time with its offset (RFC 3339), as the collection file format 2
//! writes `dateProduction` and the events' `debut`/`fin`.
//!
//! Kept as read (the same file gives the same bytes): the offset is never
//! converted, the fraction of a second keeps its digits. A bare date is
//! read as midnight Europe/Paris (`usager.md`).

use crate::Date;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// A date-time with its offset, to the second or finer. Equal when they
/// name the same instant (so no `Hash`: two writings of one instant).
#[derive(Clone, Copy)]
pub struct DateHeure {
    date: Date,
    heure: u8,
    minute: u8,
    seconde: u8,
    /// The fraction's digits (at most 9) as a number, and how many.
    fraction: u32,
    chiffres: u8,
    /// Minutes east of UTC; `None` for `Z`.
    decalage: Option<i16>,
}

/// A text that is not an RFC 3339 date-time with offset (not kept: it may
/// be personal data).
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

/// Days from 1970-01-01 (H. Hinnant's `days_from_civil`).
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

/// The last Sunday of a month of 31 days (March, October).
fn dernier_dimanche(annee: u16, mois: u8) -> Date {
    let d31 = Date::ymd(annee.max(1), mois, 31);
    // 1970-01-01 was a Thursday: day 0 → weekday 4 (Sunday = 0).
    let semaine = (jours(d31) + 4).rem_euclid(7) as u8;
    Date::ymd(annee.max(1), mois, 31 - semaine)
}

impl DateHeure {
    /// Midnight Europe/Paris of `date`: `+02:00` between the last Sundays
    /// of March and October (the change is at night, after midnight),
    /// `+01:00` otherwise.
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

    /// The calendar date where it was written (in its own offset).
    pub fn date(self) -> Date {
        self.date
    }

    /// Seconds since 1970-01-01T00:00:00Z and the fraction in nanoseconds.
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

/// A JSON string: `AAAA-MM-JJThh:mm:ss`, then the fraction and the offset
/// as read.
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

/// Chronological (two writings of the same instant are equal).
impl Ord for DateHeure {
    fn cmp(&self, autre: &DateHeure) -> Ordering {
        self.instant().cmp(&autre.instant())
    }
}

impl FromStr for DateHeure {
    type Err = DateHeureInvalide;

    /// RFC 3339 with a mandatory offset (`T` or `t`, `Z` or `z` accepted;
    /// seconds 00–59), or a bare date (midnight Europe/Paris).
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
    fn reads_and_writes_back_the_same_text() {
        for s in [
            "2026-01-15T10:30:00+01:00",
            "2025-03-04T08:30:00.250Z",
            "2025-03-04T08:30:00-05:30",
        ] {
            assert_eq!(dh(s).to_string(), s);
        }
    }

    #[test]
    fn a_bare_date_is_midnight_in_paris() {
        assert_eq!(dh("2026-01-15").to_string(), "2026-01-15T00:00:00+01:00");
        assert_eq!(dh("2025-07-01").to_string(), "2025-07-01T00:00:00+02:00");
        // 2025: summer time from Sunday 30 March to Sunday 26 October.
        assert_eq!(dh("2025-03-30").to_string(), "2025-03-30T00:00:00+01:00");
        assert_eq!(dh("2025-03-31").to_string(), "2025-03-31T00:00:00+02:00");
        assert_eq!(dh("2025-10-26").to_string(), "2025-10-26T00:00:00+02:00");
        assert_eq!(dh("2025-10-27").to_string(), "2025-10-27T00:00:00+01:00");
    }

    #[test]
    fn compares_instants_not_texts() {
        assert_eq!(dh("2026-01-15T10:30:00+01:00"), dh("2026-01-15T09:30:00Z"));
        assert!(dh("2026-01-15T10:30:00+01:00") < dh("2026-01-15T10:00:00Z"));
        assert!(dh("2026-01-15T10:30:00.5Z") > dh("2026-01-15T10:30:00Z"));
    }

    #[test]
    fn refuses_what_is_not_a_date_time_with_offset() {
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
