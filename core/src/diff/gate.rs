//! The gate of `sidoba diff`: `--fail-on` and `--ignore`.

use super::Impact;
use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

/// `--fail-on`: the impact from which the command exits 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seuil {
    /// `cassant` and `a_verifier` entries fail.
    Cassant,
    /// `compatible` entries fail too.
    Compatible,
}

impl Seuil {
    /// Whether an entry of this impact fails the gate.
    pub fn atteint(self, impact: Impact) -> bool {
        match self {
            Seuil::Cassant => impact <= Impact::AVerifier,
            Seuil::Compatible => impact <= Impact::Compatible,
        }
    }

    /// The value of `--fail-on`.
    pub const fn code(self) -> &'static str {
        match self {
            Seuil::Cassant => "cassant",
            Seuil::Compatible => "compatible",
        }
    }
}

impl FromStr for Seuil {
    type Err = String;

    fn from_str(s: &str) -> Result<Seuil, String> {
        match s {
            "cassant" => Ok(Seuil::Cassant),
            "compatible" => Ok(Seuil::Compatible),
            autre => Err(format!(
                "seuil « {autre} » inconnu : « cassant » ou « compatible » attendu"
            )),
        }
    }
}

/// The fingerprints of reviewed changes (`--ignore FILE`): one per line,
/// `#` starts a comment (a whole line or the end of one), blank lines are
/// skipped. Upper-case hex is accepted and read as lower case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Acquittements {
    /// In file order, without repeats.
    ordre: Vec<String>,
    ensemble: BTreeSet<String>,
}

/// A line of an acknowledgement file that is not a fingerprint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LigneInvalide {
    /// 1-based.
    pub ligne: usize,
    /// The line's content (comment removed, trimmed).
    pub texte: String,
}

/// Every bad line of an acknowledgement file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErreurAcquittements {
    pub lignes: Vec<LigneInvalide>,
}

impl fmt::Display for ErreurAcquittements {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, l) in self.lignes.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            let texte: String = l
                .texte
                .chars()
                .take(80)
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            write!(
                f,
                "ligne {} : « {texte} » n'est pas une empreinte (12 chiffres hexadécimaux attendus)",
                l.ligne
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for ErreurAcquittements {}

/// Length of a fingerprint, in hex digits.
pub(super) const LONGUEUR_EMPREINTE: usize = 12;

impl Acquittements {
    /// Reads an acknowledgement file; every bad line is reported.
    pub fn lire(texte: &str) -> Result<Acquittements, ErreurAcquittements> {
        let mut a = Acquittements::default();
        let mut erreurs = Vec::new();
        // A byte-order mark at the start is not part of the first line.
        let texte = texte.strip_prefix('\u{feff}').unwrap_or(texte);
        for (i, ligne) in texte.lines().enumerate() {
            let utile = ligne.split('#').next().unwrap_or_default().trim();
            if utile.is_empty() {
                continue;
            }
            if utile.len() == LONGUEUR_EMPREINTE && utile.bytes().all(|b| b.is_ascii_hexdigit()) {
                a.ajouter(utile.to_ascii_lowercase());
            } else {
                erreurs.push(LigneInvalide {
                    ligne: i + 1,
                    texte: utile.to_owned(),
                });
            }
        }
        if erreurs.is_empty() {
            Ok(a)
        } else {
            Err(ErreurAcquittements { lignes: erreurs })
        }
    }

    fn ajouter(&mut self, empreinte: String) {
        if self.ensemble.insert(empreinte.clone()) {
            self.ordre.push(empreinte);
        }
    }

    pub fn contient(&self, empreinte: &str) -> bool {
        self.ensemble.contains(empreinte)
    }

    /// The fingerprints, in file order.
    pub fn empreintes(&self) -> impl Iterator<Item = &String> {
        self.ordre.iter()
    }

    pub fn len(&self) -> usize {
        self.ordre.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ordre.is_empty()
    }
}

impl FromIterator<String> for Acquittements {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Acquittements {
        let mut a = Acquittements::default();
        for e in iter {
            a.ajouter(e.to_ascii_lowercase());
        }
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fingerprints_and_comments() {
        let a = Acquittements::lire(
            "# revu le 12/03\n3f9a0c21d4e7\n\n  ABCDEF012345  # gmp\n3f9a0c21d4e7\n",
        )
        .unwrap();
        assert_eq!(
            a.empreintes().collect::<Vec<_>>(),
            ["3f9a0c21d4e7", "abcdef012345"]
        );
        assert!(a.contient("abcdef012345"));
    }

    #[test]
    fn reports_every_bad_line() {
        let e = Acquittements::lire("3f9a0c21d4e7\nzz\n3f9a0c21d4e\n").unwrap_err();
        assert_eq!(e.lignes.iter().map(|l| l.ligne).collect::<Vec<_>>(), [2, 3]);
        assert!(e.to_string().contains("ligne 2 : « zz »"), "{e}");
    }

    #[test]
    fn thresholds() {
        assert!(Seuil::Cassant.atteint(Impact::AVerifier));
        assert!(!Seuil::Cassant.atteint(Impact::Compatible));
        assert!(Seuil::Compatible.atteint(Impact::Compatible));
        assert!(!Seuil::Compatible.atteint(Impact::Information));
        assert_eq!("compatible".parse::<Seuil>(), Ok(Seuil::Compatible));
        assert!("tout".parse::<Seuil>().is_err());
    }
}
