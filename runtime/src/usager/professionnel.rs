//! Les professionnels que nomme un fichier de collecte (évaluateurs,
//! intervenants, déclarant) et leur numéro RPPS. Données personnelles :
//! `Debug` n'en montre rien.

use std::fmt;

/// Un numéro RPPS contrôlé : 11 chiffres dont la clé de Luhn se vérifie.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Rpps(String);

/// Pourquoi un texte n'est pas un numéro RPPS (le texte n'est pas gardé).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RppsInvalide {
    /// Pas 11 chiffres ASCII.
    Forme,
    /// La clé de Luhn ne se vérifie pas.
    Cle,
}

impl fmt::Display for RppsInvalide {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RppsInvalide::Forme => "un numéro RPPS a 11 chiffres",
            RppsInvalide::Cle => {
                "la clé du numéro RPPS (son dernier chiffre, formule de Luhn) ne correspond pas"
            }
        })
    }
}

impl std::error::Error for RppsInvalide {}

/// Vrai quand la somme de Luhn des chiffres est un multiple de 10 (le
/// dernier chiffre est la clé).
fn luhn(chiffres: &[u8]) -> bool {
    let somme: u32 = chiffres
        .iter()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let v = u32::from(c - b'0');
            if i % 2 == 1 {
                let d = v * 2;
                if d > 9 { d - 9 } else { d }
            } else {
                v
            }
        })
        .sum();
    somme.is_multiple_of(10)
}

impl Rpps {
    /// Le numéro RPPS `s`, refusé s'il n'a pas 11 chiffres ou si sa clé de
    /// Luhn ne se vérifie pas.
    pub fn new(s: &str) -> Result<Rpps, RppsInvalide> {
        let b = s.as_bytes();
        if b.len() != 11 || !b.iter().all(u8::is_ascii_digit) {
            return Err(RppsInvalide::Forme);
        }
        if !luhn(b) {
            return Err(RppsInvalide::Cle);
        }
        Ok(Rpps(s.to_owned()))
    }

    /// Les 11 chiffres du numéro.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Rpps {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Rpps(<donnée personnelle masquée>)")
    }
}

/// Un professionnel du fichier. Donnée personnelle.
#[derive(Clone, PartialEq, Eq)]
pub struct Professionnel {
    /// L'identifiant local du DUI, unique dans le fichier.
    pub identifiant: String,
    pub rpps: Option<Rpps>,
    pub nom: String,
    pub prenom: String,
    /// Un code de TRE_G15-ProfessionSante (`60` infirmier).
    pub profession: Option<String>,
}

impl fmt::Debug for Professionnel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Professionnel(<données personnelles masquées>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn l_exemple_du_contrat_se_verifie_et_un_chiffre_change_non() {
        assert!(Rpps::new("10101010105").is_ok());
        assert_eq!(Rpps::new("10101010106"), Err(RppsInvalide::Cle));
        assert!(Rpps::new("10003441234").is_ok());
        // The guide's example number is not a real one: its key fails.
        assert_eq!(Rpps::new("10103441234"), Err(RppsInvalide::Cle));
    }

    #[test]
    fn les_numeros_mal_formes_sont_refuses_sans_panique() {
        for s in [
            "",
            "1010101010",
            "101010101050",
            "1010101010a",
            "１0101010105",
        ] {
            assert_eq!(Rpps::new(s), Err(RppsInvalide::Forme), "{s}");
        }
    }

    #[test]
    fn debug_cache_tout() {
        let p = Professionnel {
            identifiant: "P-17".into(),
            rpps: Rpps::new("10101010105").ok(),
            nom: "DURAND".into(),
            prenom: "ALICE".into(),
            profession: Some("60".into()),
        };
        let d = format!("{p:?} {:?}", p.rpps);
        for s in ["DURAND", "ALICE", "10101010105"] {
            assert!(!d.contains(s), "{d}");
        }
    }
}
