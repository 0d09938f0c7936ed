//! L'INS (identifiant national de santé) : un NIR ou un NIA et sa clé.

use std::fmt;

/// Le répertoire d'où vient l'INS.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum TypeIns {
    /// Numéro d'inscription au répertoire (INS-NIR).
    Nir,
    /// Numéro identifiant d'attente (INS-NIA).
    Nia,
}

impl TypeIns {
    /// Le code du fichier de collecte (`NIR`, `NIA`).
    pub const fn code(self) -> &'static str {
        match self {
            TypeIns::Nir => "NIR",
            TypeIns::Nia => "NIA",
        }
    }

    /// Le type dont le fichier de collecte écrit `code` (`NIR`, `NIA`), ou
    /// `None`.
    pub fn depuis_code(code: &str) -> Option<TypeIns> {
        match code {
            "NIR" => Some(TypeIns::Nir),
            "NIA" => Some(TypeIns::Nia),
            _ => None,
        }
    }

    /// Le système d'identifiant (OID) du profil INS de FR Core.
    pub const fn systeme(self) -> &'static str {
        match self {
            TypeIns::Nir => "urn:oid:1.2.250.1.213.1.4.8",
            TypeIns::Nia => "urn:oid:1.2.250.1.213.1.4.9",
        }
    }
}

/// Pourquoi un texte n'est pas un INS (le texte lui-même n'est jamais
/// gardé).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum InsInvalide {
    /// Pas 15 caractères : 13 chiffres (2A ou 2B admis aux places 6 et 7) et
    /// une clé de 2 chiffres.
    Forme,
    /// La clé ne vaut pas 97 moins le nombre de 13 chiffres modulo 97.
    Cle,
}

impl fmt::Display for InsInvalide {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            InsInvalide::Forme => {
                "un INS a 15 caractères : 13 chiffres (2A ou 2B, en majuscules, permis en 6e et 7e places) puis une clé de 2 chiffres"
            }
            InsInvalide::Cle => {
                "la clé de l'INS ne correspond pas à son numéro (97 moins le numéro de 13 chiffres modulo 97)"
            }
        })
    }
}

impl std::error::Error for InsInvalide {}

/// La clé des 13 premiers caractères d'un INS (97 − nombre mod 97, `2A` lu
/// 19 et `2B` lu 18, en majuscules seulement), ou `None` quand ils n'ont pas
/// la forme attendue.
pub fn cle_ins(treize: &str) -> Option<u8> {
    let b = treize.as_bytes();
    if b.len() != 13 {
        return None;
    }
    let mut n: u64 = 0;
    let mut i = 0;
    while i < 13 {
        let (valeur, largeur) = match (i, b[i], b.get(i + 1)) {
            // Upper case only, as the INS is given: a lowercase `2a` is
            // a transcription fault, refused rather than sent or changed.
            (5, b'2', Some(b'A')) => (19, 2),
            (5, b'2', Some(b'B')) => (18, 2),
            (_, c @ b'0'..=b'9', _) => (u64::from(c - b'0'), 1),
            _ => return None,
        };
        n = n * 10u64.pow(largeur) + valeur;
        i += largeur as usize;
    }
    // 97 − (n mod 97) lies in 1..=97, which fits a u8.
    Some((97 - n % 97) as u8)
}

/// Un INS contrôlé. Donnée personnelle : `Debug` ne montre que son type.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Ins {
    type_: TypeIns,
    valeur: String,
}

impl Ins {
    /// Contrôle la forme et la clé.
    pub fn new(type_: TypeIns, valeur: &str) -> Result<Ins, InsInvalide> {
        let b = valeur.as_bytes();
        if b.len() != 15 || !b[13..].iter().all(u8::is_ascii_digit) || !valeur.is_char_boundary(13)
        {
            return Err(InsInvalide::Forme);
        }
        let cle = cle_ins(&valeur[..13]).ok_or(InsInvalide::Forme)?;
        let lue = (b[13] - b'0') * 10 + (b[14] - b'0');
        if cle != lue {
            return Err(InsInvalide::Cle);
        }
        Ok(Ins {
            type_,
            valeur: valeur.to_owned(),
        })
    }

    /// Le répertoire d'où vient l'INS.
    pub fn type_(&self) -> TypeIns {
        self.type_
    }

    /// Les 15 caractères, tels que donnés.
    pub fn valeur(&self) -> &str {
        &self.valeur
    }
}

impl fmt::Debug for Ins {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Ins({}, <donnée personnelle masquée>)",
            self.type_.code()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn l_exemple_du_contrat_se_verifie() {
        assert_eq!(cle_ins("2370475056123"), Some(46));
        assert!(Ins::new(TypeIns::Nir, "237047505612346").is_ok());
        assert_eq!(
            Ins::new(TypeIns::Nir, "237047505612347"),
            Err(InsInvalide::Cle)
        );
    }

    #[test]
    fn la_corse_se_lit_19_et_18() {
        assert_eq!(cle_ins("185022A123456"), cle_ins("1850219123456"));
        assert_eq!(cle_ins("185022B123456"), cle_ins("1850218123456"));
        assert_eq!(
            cle_ins("1850219123456"),
            Some((97 - 1_850_219_123_456u64 % 97) as u8)
        );
        // 2A anywhere else is not a number.
        assert_eq!(cle_ins("2A50219123456"), None);
        let cle = cle_ins("185022A123456").unwrap();
        assert!(Ins::new(TypeIns::Nir, &format!("185022A123456{cle:02}")).is_ok());
    }

    #[test]
    fn les_valeurs_mal_formees_sont_refusees_sans_panique() {
        for v in [
            "",
            "23704750561234",
            "2370475056123466",
            "23704750561234é",
            "é37047505612346",
            "2370475056123AB",
            "23704A505612346",
        ] {
            assert_eq!(Ins::new(TypeIns::Nia, v), Err(InsInvalide::Forme), "{v}");
        }
    }

    #[test]
    fn debug_cache_le_numero() {
        let i = Ins::new(TypeIns::Nir, "237047505612346").unwrap();
        let d = format!("{i:?}");
        assert!(!d.contains("2370475"), "{d}");
        assert!(d.contains("NIR"));
    }

    /// Issue 20, point 15 : la Corse s'écrit `2A`/`2B`, en majuscules,
    /// comme l'INS est donné ; un `2a` en minuscule est refusé, jamais
    /// envoyé tel quel ni changé en silence.
    #[test]
    fn la_corse_en_minuscules_est_refusee() {
        let cle = cle_ins("185022A123456").unwrap();
        assert!(Ins::new(TypeIns::Nir, &format!("185022A123456{cle:02}")).is_ok());
        for v in [
            format!("185022a123456{cle:02}"),
            format!("185022b123456{:02}", cle_ins("185022B123456").unwrap()),
        ] {
            assert_eq!(Ins::new(TypeIns::Nir, &v), Err(InsInvalide::Forme), "{v}");
        }
        assert_eq!(cle_ins("185022a123456"), None);
    }
}
