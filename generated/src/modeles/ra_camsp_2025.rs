// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Rapport d'activité des CAMSP 2025 : modèle RA_CAMSP version 2025.1 (campagne RA-CAMSP-2025).
// SHA-256 du fichier du modèle : 3dcc6c96727eba0885f8caeb8d4d3c1773ab83ff346d1b1cea5d8c09ff051464
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "RA-CAMSP-2025";
/// Code du modèle.
pub const MODELE: &str = "RA_CAMSP";
/// Version du modèle.
pub const VERSION: &str = "2025.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "3dcc6c96727eba0885f8caeb8d4d3c1773ab83ff346d1b1cea5d8c09ff051464";
/// Catégorie d'établissement (FINESS) (nomenclature categorie_etablissement).
///
/// Référence : https\://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum CategorieEtablissement {
    /// 500 : Établissement d'hébergement pour personnes âgées dépendantes (EHPAD)
    V500,
    /// 354 : Service de soins infirmiers à domicile (SSIAD)
    V354,
    /// 190 : Centre d'action médico-sociale précoce (CAMSP)
    V190,
    /// 189 : Centre médico-psycho-pédagogique (CMPP)
    V189,
}
impl CategorieEtablissement {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 4] = [Self::V500, Self::V354, Self::V190, Self::V189];
    /// Le code envoyé dans le payload.
    pub fn code(self) -> &'static str {
        sidoba::Code::code(self)
    }
    /// Le libellé présenté aux personnes.
    pub fn libelle(self) -> &'static str {
        sidoba::Code::libelle(self)
    }
    /// Faux pour une valeur gardée seulement pour lire d'anciennes données.
    pub fn est_actif(self) -> bool {
        sidoba::Code::est_actif(self)
    }
}
impl sidoba::Code for CategorieEtablissement {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "categorie_etablissement",
        libelle: "Catégorie d'établissement (FINESS)",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "500",
                libelle: "Établissement d'hébergement pour personnes âgées dépendantes (EHPAD)",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "354",
                libelle: "Service de soins infirmiers à domicile (SSIAD)",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "190",
                libelle: "Centre d'action médico-sociale précoce (CAMSP)",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "189",
                libelle: "Centre médico-psycho-pédagogique (CMPP)",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::V500),
            1 => Some(Self::V354),
            2 => Some(Self::V190),
            3 => Some(Self::V189),
            _ => None,
        }
    }
}
impl core::str::FromStr for CategorieEtablissement {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for CategorieEtablissement {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<CategorieEtablissement> for CategorieEtablissement {
    fn vers(&self) -> Result<Option<CategorieEtablissement>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Statut juridique (nomenclature statut_juridique).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum StatutJuridique {
    /// PUB : Public
    Pub,
    /// PNL : Privé non lucratif
    Pnl,
    /// PCO : Privé commercial
    Pco,
}
impl StatutJuridique {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 3] = [Self::Pub, Self::Pnl, Self::Pco];
    /// Le code envoyé dans le payload.
    pub fn code(self) -> &'static str {
        sidoba::Code::code(self)
    }
    /// Le libellé présenté aux personnes.
    pub fn libelle(self) -> &'static str {
        sidoba::Code::libelle(self)
    }
    /// Faux pour une valeur gardée seulement pour lire d'anciennes données.
    pub fn est_actif(self) -> bool {
        sidoba::Code::est_actif(self)
    }
}
impl sidoba::Code for StatutJuridique {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "statut_juridique",
        libelle: "Statut juridique",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "PUB",
                libelle: "Public",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PNL",
                libelle: "Privé non lucratif",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PCO",
                libelle: "Privé commercial",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::Pub),
            1 => Some(Self::Pnl),
            2 => Some(Self::Pco),
            _ => None,
        }
    }
}
impl core::str::FromStr for StatutJuridique {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for StatutJuridique {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<StatutJuridique> for StatutJuridique {
    fn vers(&self) -> Result<Option<StatutJuridique>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Origine de l'orientation vers le CAMSP (nomenclature origine_orientation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum OrigineOrientation {
    /// DIRECT : Accès direct (famille)
    Direct,
    /// EDUC_NAT : Éducation nationale
    EducNat,
    /// PMI : Protection maternelle et infantile (PMI)
    Pmi,
    /// SERV_SOCIAUX : Services sociaux
    ServSociaux,
    /// PETITE_ENFANCE : Structure d'accueil de la petite enfance
    PetiteEnfance,
    /// MATERNITE : Maternité ou service de néonatologie
    Maternite,
    /// HOPITAL : Autre service hospitalier
    Hopital,
    /// CMP : CMP ou service de pédopsychiatrie
    Cmp,
    /// LIBERAL : Professionnel libéral
    Liberal,
    /// AUTRE_CAMSP : Autre CAMSP
    AutreCamsp,
    /// AUTRE : Autre origine
    Autre,
}
impl OrigineOrientation {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 11] = [
        Self::Direct,
        Self::EducNat,
        Self::Pmi,
        Self::ServSociaux,
        Self::PetiteEnfance,
        Self::Maternite,
        Self::Hopital,
        Self::Cmp,
        Self::Liberal,
        Self::AutreCamsp,
        Self::Autre,
    ];
    /// Le code envoyé dans le payload.
    pub fn code(self) -> &'static str {
        sidoba::Code::code(self)
    }
    /// Le libellé présenté aux personnes.
    pub fn libelle(self) -> &'static str {
        sidoba::Code::libelle(self)
    }
    /// Faux pour une valeur gardée seulement pour lire d'anciennes données.
    pub fn est_actif(self) -> bool {
        sidoba::Code::est_actif(self)
    }
}
impl sidoba::Code for OrigineOrientation {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "origine_orientation",
        libelle: "Origine de l'orientation vers le CAMSP",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "DIRECT",
                libelle: "Accès direct (famille)",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "EDUC_NAT",
                libelle: "Éducation nationale",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PMI",
                libelle: "Protection maternelle et infantile (PMI)",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "SERV_SOCIAUX",
                libelle: "Services sociaux",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PETITE_ENFANCE",
                libelle: "Structure d'accueil de la petite enfance",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "MATERNITE",
                libelle: "Maternité ou service de néonatologie",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "HOPITAL",
                libelle: "Autre service hospitalier",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "CMP",
                libelle: "CMP ou service de pédopsychiatrie",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "LIBERAL",
                libelle: "Professionnel libéral",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AUTRE_CAMSP",
                libelle: "Autre CAMSP",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AUTRE",
                libelle: "Autre origine",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::Direct),
            1 => Some(Self::EducNat),
            2 => Some(Self::Pmi),
            3 => Some(Self::ServSociaux),
            4 => Some(Self::PetiteEnfance),
            5 => Some(Self::Maternite),
            6 => Some(Self::Hopital),
            7 => Some(Self::Cmp),
            8 => Some(Self::Liberal),
            9 => Some(Self::AutreCamsp),
            10 => Some(Self::Autre),
            _ => None,
        }
    }
}
impl core::str::FromStr for OrigineOrientation {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for OrigineOrientation {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<OrigineOrientation> for OrigineOrientation {
    fn vers(&self) -> Result<Option<OrigineOrientation>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Orientation après la sortie du CAMSP (nomenclature orientation_sortie).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum OrientationSortie {
    /// AUCUNE : Aucun accompagnement nécessaire
    Aucune,
    /// LIBERAL : Suivi en libéral
    Liberal,
    /// SESSAD : Service d'éducation spéciale et de soins à domicile (SESSAD)
    Sessad,
    /// IME : Institut médico-éducatif (IME)
    Ime,
    /// CMPP : Centre médico-psycho-pédagogique (CMPP)
    Cmpp,
    /// CMP : Centre médico-psychologique (CMP)
    Cmp,
    /// HOPITAL : Suivi hospitalier
    Hopital,
    /// AUTRE_ESMS : Autre établissement ou service médico-social
    AutreEsms,
    /// AUTRE_CAMSP : Autre CAMSP (déménagement)
    AutreCamsp,
    /// INCONNUE : Orientation inconnue
    Inconnue,
}
impl OrientationSortie {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 10] = [
        Self::Aucune,
        Self::Liberal,
        Self::Sessad,
        Self::Ime,
        Self::Cmpp,
        Self::Cmp,
        Self::Hopital,
        Self::AutreEsms,
        Self::AutreCamsp,
        Self::Inconnue,
    ];
    /// Le code envoyé dans le payload.
    pub fn code(self) -> &'static str {
        sidoba::Code::code(self)
    }
    /// Le libellé présenté aux personnes.
    pub fn libelle(self) -> &'static str {
        sidoba::Code::libelle(self)
    }
    /// Faux pour une valeur gardée seulement pour lire d'anciennes données.
    pub fn est_actif(self) -> bool {
        sidoba::Code::est_actif(self)
    }
}
impl sidoba::Code for OrientationSortie {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "orientation_sortie",
        libelle: "Orientation après la sortie du CAMSP",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "AUCUNE",
                libelle: "Aucun accompagnement nécessaire",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "LIBERAL",
                libelle: "Suivi en libéral",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "SESSAD",
                libelle: "Service d'éducation spéciale et de soins à domicile (SESSAD)",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "IME",
                libelle: "Institut médico-éducatif (IME)",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "CMPP",
                libelle: "Centre médico-psycho-pédagogique (CMPP)",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "CMP",
                libelle: "Centre médico-psychologique (CMP)",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "HOPITAL",
                libelle: "Suivi hospitalier",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AUTRE_ESMS",
                libelle: "Autre établissement ou service médico-social",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AUTRE_CAMSP",
                libelle: "Autre CAMSP (déménagement)",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "INCONNUE",
                libelle: "Orientation inconnue",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::Aucune),
            1 => Some(Self::Liberal),
            2 => Some(Self::Sessad),
            3 => Some(Self::Ime),
            4 => Some(Self::Cmpp),
            5 => Some(Self::Cmp),
            6 => Some(Self::Hopital),
            7 => Some(Self::AutreEsms),
            8 => Some(Self::AutreCamsp),
            9 => Some(Self::Inconnue),
            _ => None,
        }
    }
}
impl core::str::FromStr for OrientationSortie {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for OrientationSortie {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<OrientationSortie> for OrientationSortie {
    fn vers(&self) -> Result<Option<OrientationSortie>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Catégorie de personnel (nomenclature categorie_personnel).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum CategoriePersonnel {
    /// DIRECTION : Direction
    Direction,
    /// PEDIATRE : Médecin pédiatre
    Pediatre,
    /// PEDOPSY : Médecin pédopsychiatre
    Pedopsy,
    /// MPR : Médecin de médecine physique et de réadaptation
    Mpr,
    /// PSY : Psychologue
    Psy,
    /// ORTHOPHONISTE : Orthophoniste
    Orthophoniste,
    /// PSYCHOMOT : Psychomotricien
    Psychomot,
    /// KINE : Masseur-kinésithérapeute
    Kine,
    /// ERGO : Ergothérapeute
    Ergo,
    /// EJE : Éducateur de jeunes enfants
    Eje,
    /// PUER : Infirmier puériculteur
    Puer,
    /// ASS_SOCIAL : Assistant de service social
    AssSocial,
    /// SECRETARIAT : Secrétariat et administration
    Secretariat,
    /// AUTRE : Autre personnel
    Autre,
}
impl CategoriePersonnel {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 14] = [
        Self::Direction,
        Self::Pediatre,
        Self::Pedopsy,
        Self::Mpr,
        Self::Psy,
        Self::Orthophoniste,
        Self::Psychomot,
        Self::Kine,
        Self::Ergo,
        Self::Eje,
        Self::Puer,
        Self::AssSocial,
        Self::Secretariat,
        Self::Autre,
    ];
    /// Le code envoyé dans le payload.
    pub fn code(self) -> &'static str {
        sidoba::Code::code(self)
    }
    /// Le libellé présenté aux personnes.
    pub fn libelle(self) -> &'static str {
        sidoba::Code::libelle(self)
    }
    /// Faux pour une valeur gardée seulement pour lire d'anciennes données.
    pub fn est_actif(self) -> bool {
        sidoba::Code::est_actif(self)
    }
}
impl sidoba::Code for CategoriePersonnel {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "categorie_personnel",
        libelle: "Catégorie de personnel",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "DIRECTION",
                libelle: "Direction",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PEDIATRE",
                libelle: "Médecin pédiatre",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PEDOPSY",
                libelle: "Médecin pédopsychiatre",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "MPR",
                libelle: "Médecin de médecine physique et de réadaptation",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PSY",
                libelle: "Psychologue",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "ORTHOPHONISTE",
                libelle: "Orthophoniste",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PSYCHOMOT",
                libelle: "Psychomotricien",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "KINE",
                libelle: "Masseur-kinésithérapeute",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "ERGO",
                libelle: "Ergothérapeute",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "EJE",
                libelle: "Éducateur de jeunes enfants",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PUER",
                libelle: "Infirmier puériculteur",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "ASS_SOCIAL",
                libelle: "Assistant de service social",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "SECRETARIAT",
                libelle: "Secrétariat et administration",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AUTRE",
                libelle: "Autre personnel",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::Direction),
            1 => Some(Self::Pediatre),
            2 => Some(Self::Pedopsy),
            3 => Some(Self::Mpr),
            4 => Some(Self::Psy),
            5 => Some(Self::Orthophoniste),
            6 => Some(Self::Psychomot),
            7 => Some(Self::Kine),
            8 => Some(Self::Ergo),
            9 => Some(Self::Eje),
            10 => Some(Self::Puer),
            11 => Some(Self::AssSocial),
            12 => Some(Self::Secretariat),
            13 => Some(Self::Autre),
            _ => None,
        }
    }
}
impl core::str::FromStr for CategoriePersonnel {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for CategoriePersonnel {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<CategoriePersonnel> for CategoriePersonnel {
    fn vers(&self) -> Result<Option<CategoriePersonnel>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Rapport « Rapport d'activité des CAMSP 2025 » (campagne RA-CAMSP-2025).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Identification (identification)
/// - Activité de l'année (activite)
/// - Enfants présents au 31/12 (presents_31_12)
/// - Accès au CAMSP (acces)
/// - Parcours des enfants sortis (sorties)
/// - Ressources humaines (rh) : table de lignes
/// - Territoire d'intervention (territoire)
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rapport {
    /// **Numéro FINESS de l'établissement** (finess_et).
    ///
    /// Numéro FINESS géographique (ET), 9 caractères ; 2A ou 2B pour la Corse.
    ///
    /// - Bloc : Identification (identification).
    /// - Type : texte de 9 caractères exactement, au format ^\[0-9A-Za-z\]{9}$.
    /// - Obligatoire.
    pub finess_et: Option<String>,
    /// **Raison sociale** (raison_sociale).
    ///
    /// - Bloc : Identification (identification).
    /// - Type : texte de 1 à 100 caractères.
    /// - Obligatoire.
    pub raison_sociale: Option<String>,
    /// **Catégorie FINESS** (categorie_finess).
    ///
    /// - Bloc : Identification (identification).
    /// - Type : code de la nomenclature « Catégorie d'établissement (FINESS) ».
    /// - Obligatoire.
    pub categorie_finess: Option<CategorieEtablissement>,
    /// **Statut juridique** (statut).
    ///
    /// - Bloc : Identification (identification).
    /// - Type : code de la nomenclature « Statut juridique ».
    /// - Obligatoire.
    pub statut: Option<StatutJuridique>,
    /// **Antennes rattachées** (nb_antennes).
    ///
    /// - Bloc : Identification (identification).
    /// - Type : entier, de 0 à 20.
    /// - Facultatif.
    pub nb_antennes: Option<u8>,
    /// **Jours d'ouverture dans l'année** (jours_ouverture).
    ///
    /// - Bloc : Identification (identification).
    /// - Type : entier, de 0 à 366.
    /// - Unité : jour.
    /// - Obligatoire.
    pub jours_ouverture: Option<u16>,
    /// **CAMSP polyvalent** (polyvalent).
    ///
    /// Faux pour un CAMSP spécialisé (déficience sensorielle, motrice...).
    ///
    /// - Bloc : Identification (identification).
    /// - Type : booléen.
    /// - Facultatif.
    pub polyvalent: Option<bool>,
    /// **File active de l'année** (file_active).
    ///
    /// Enfants ayant eu au moins un acte dans l'année.
    ///
    /// - Bloc : Activité de l'année (activite).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub file_active: Option<u16>,
    /// **Enfants entrés dans l'année** (nb_entrees_annee).
    ///
    /// - Bloc : Activité de l'année (activite).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_entrees_annee: Option<u16>,
    /// **Enfants sortis dans l'année** (nb_sorties_annee).
    ///
    /// - Bloc : Activité de l'année (activite).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_sorties_annee: Option<u16>,
    /// **Rendez-vous programmés** (nb_rdv_programmes).
    ///
    /// - Bloc : Activité de l'année (activite).
    /// - Type : entier, de 0 à 200000.
    /// - Unité : rendez-vous.
    /// - Facultatif.
    pub nb_rdv_programmes: Option<u32>,
    /// **Rendez-vous honorés** (nb_rdv_honores).
    ///
    /// - Bloc : Activité de l'année (activite).
    /// - Type : entier, de 0 à 200000.
    /// - Unité : rendez-vous.
    /// - Facultatif.
    pub nb_rdv_honores: Option<u32>,
    /// **Interventions hors du CAMSP (domicile, crèche, école)** (nb_interventions_exterieures).
    ///
    /// - Bloc : Activité de l'année (activite).
    /// - Type : entier, de 0 à 50000.
    /// - Unité : intervention.
    /// - Facultatif.
    pub nb_interventions_exterieures: Option<u16>,
    /// **Enfants présents au 31/12** (nb_presents).
    ///
    /// - Bloc : Enfants présents au 31/12 (presents_31_12).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_presents: Option<u16>,
    /// **Garçons** (nb_garcons).
    ///
    /// - Bloc : Enfants présents au 31/12 (presents_31_12).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_garcons: Option<u16>,
    /// **Filles** (nb_filles).
    ///
    /// - Bloc : Enfants présents au 31/12 (presents_31_12).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_filles: Option<u16>,
    /// **Enfants en phase de bilan ou de diagnostic** (nb_en_bilan).
    ///
    /// - Bloc : Enfants présents au 31/12 (presents_31_12).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_en_bilan: Option<u16>,
    /// **Enfants en suivi thérapeutique** (nb_en_suivi).
    ///
    /// - Bloc : Enfants présents au 31/12 (presents_31_12).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_en_suivi: Option<u16>,
    /// **Enfants en contact ponctuel** (nb_contact_ponctuel).
    ///
    /// - Bloc : Enfants présents au 31/12 (presents_31_12).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_contact_ponctuel: Option<u16>,
    /// **Âge moyen des enfants présents** (age_moyen_presents).
    ///
    /// - Bloc : Enfants présents au 31/12 (presents_31_12).
    /// - Type : décimal à 1 décimale(s) au plus, de 0 à 8.
    /// - Unité : an.
    /// - Facultatif.
    pub age_moyen_presents: Option<sidoba::Decimal>,
    /// **Demandes de premier rendez-vous reçues** (nb_demandes).
    ///
    /// - Bloc : Accès au CAMSP (acces).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : demande.
    /// - Facultatif.
    pub nb_demandes: Option<u16>,
    /// **Enfants en attente d'un premier rendez-vous au 31/12** (nb_en_attente_31_12).
    ///
    /// - Bloc : Accès au CAMSP (acces).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_en_attente_31_12: Option<u16>,
    /// **Délai moyen entre la demande et le premier rendez-vous** (delai_moyen_premier_rdv).
    ///
    /// - Bloc : Accès au CAMSP (acces).
    /// - Type : décimal à 1 décimale(s) au plus, de 0 à 1000.
    /// - Unité : jour.
    /// - Facultatif.
    pub delai_moyen_premier_rdv: Option<sidoba::Decimal>,
    /// **Délai moyen entre le premier rendez-vous et le début du suivi** (delai_moyen_prise_en_charge).
    ///
    /// - Bloc : Accès au CAMSP (acces).
    /// - Type : décimal à 1 décimale(s) au plus, de 0 à 1000.
    /// - Unité : jour.
    /// - Facultatif.
    pub delai_moyen_prise_en_charge: Option<sidoba::Decimal>,
    /// **Origine de l'orientation des enfants entrés** (origines) : table de lignes.
    ///
    /// Une ligne par origine.
    ///
    /// Au plus 11 lignes.
    pub origines: Vec<LigneOrigines>,
    /// **Fins d'accompagnement concertées** (nb_fin_concertee).
    ///
    /// - Bloc : Parcours des enfants sortis (sorties).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_fin_concertee: Option<u16>,
    /// **Fins d'accompagnement sans concertation** (nb_fin_sans_concertation).
    ///
    /// - Bloc : Parcours des enfants sortis (sorties).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_fin_sans_concertation: Option<u16>,
    /// **Décès** (nb_deces).
    ///
    /// - Bloc : Parcours des enfants sortis (sorties).
    /// - Type : entier, de 0 à 100.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_deces: Option<u8>,
    /// **Durée moyenne d'accompagnement des enfants sortis** (duree_moyenne_accompagnement).
    ///
    /// - Bloc : Parcours des enfants sortis (sorties).
    /// - Type : décimal à 1 décimale(s) au plus, de 0 à 120.
    /// - Unité : mois.
    /// - Facultatif.
    pub duree_moyenne_accompagnement: Option<sidoba::Decimal>,
    /// **Âge moyen à la sortie** (age_moyen_sortie).
    ///
    /// - Bloc : Parcours des enfants sortis (sorties).
    /// - Type : décimal à 1 décimale(s) au plus, de 0 à 10.
    /// - Unité : an.
    /// - Facultatif.
    pub age_moyen_sortie: Option<sidoba::Decimal>,
    /// **Orientation des enfants sortis** (orientations_sortie) : table de lignes.
    ///
    /// Au plus 10 lignes.
    pub orientations_sortie: Vec<LigneOrientationsSortie>,
    /// **Ressources humaines** (rh) : table de lignes.
    ///
    /// Une ligne par catégorie de personnel, ETP moyens de l'année.
    ///
    /// De 1 à 30 lignes.
    pub rh: Vec<LigneRh>,
    /// **Département d'implantation** (departement).
    ///
    /// - Bloc : Territoire d'intervention (territoire).
    /// - Type : texte de 2 à 3 caractères, au format ^(?:0\[1-9\]\|\[1-8\]\[0-9\]\|9\[0-5\]\|2A\|2B\|97\[1-6\])$.
    /// - Obligatoire.
    pub departement: Option<String>,
    /// **Communes desservies** (nb_communes_desservies).
    ///
    /// - Bloc : Territoire d'intervention (territoire).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : commune.
    /// - Facultatif.
    pub nb_communes_desservies: Option<u16>,
    /// **Population âgée de 0 à 6 ans du territoire** (population_0_6_ans).
    ///
    /// - Bloc : Territoire d'intervention (territoire).
    /// - Type : entier, de 0 à 2000000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub population_0_6_ans: Option<u32>,
}
impl Rapport {
    fn ecrire(&self, o: &mut sidoba::__private::ecriture::Objet<'_>) {
        o.texte("finess_et", self.finess_et.as_deref());
        o.texte("raison_sociale", self.raison_sociale.as_deref());
        o.code("categorie_finess", self.categorie_finess);
        o.code("statut", self.statut);
        o.valeur("nb_antennes", self.nb_antennes.as_ref());
        o.valeur("jours_ouverture", self.jours_ouverture.as_ref());
        o.valeur("polyvalent", self.polyvalent.as_ref());
        o.valeur("file_active", self.file_active.as_ref());
        o.valeur("nb_entrees_annee", self.nb_entrees_annee.as_ref());
        o.valeur("nb_sorties_annee", self.nb_sorties_annee.as_ref());
        o.valeur("nb_rdv_programmes", self.nb_rdv_programmes.as_ref());
        o.valeur("nb_rdv_honores", self.nb_rdv_honores.as_ref());
        o.valeur(
            "nb_interventions_exterieures",
            self.nb_interventions_exterieures.as_ref(),
        );
        o.valeur("nb_presents", self.nb_presents.as_ref());
        o.valeur("nb_garcons", self.nb_garcons.as_ref());
        o.valeur("nb_filles", self.nb_filles.as_ref());
        o.valeur("nb_en_bilan", self.nb_en_bilan.as_ref());
        o.valeur("nb_en_suivi", self.nb_en_suivi.as_ref());
        o.valeur("nb_contact_ponctuel", self.nb_contact_ponctuel.as_ref());
        o.decimal("age_moyen_presents", self.age_moyen_presents.as_ref(), 1);
        o.valeur("nb_demandes", self.nb_demandes.as_ref());
        o.valeur("nb_en_attente_31_12", self.nb_en_attente_31_12.as_ref());
        o.decimal("delai_moyen_premier_rdv", self.delai_moyen_premier_rdv.as_ref(), 1);
        o.decimal(
            "delai_moyen_prise_en_charge",
            self.delai_moyen_prise_en_charge.as_ref(),
            1,
        );
        o.lignes("origines", &self.origines, |l, o| l.ecrire(o));
        o.valeur("nb_fin_concertee", self.nb_fin_concertee.as_ref());
        o.valeur("nb_fin_sans_concertation", self.nb_fin_sans_concertation.as_ref());
        o.valeur("nb_deces", self.nb_deces.as_ref());
        o.decimal(
            "duree_moyenne_accompagnement",
            self.duree_moyenne_accompagnement.as_ref(),
            1,
        );
        o.decimal("age_moyen_sortie", self.age_moyen_sortie.as_ref(), 1);
        o.lignes("orientations_sortie", &self.orientations_sortie, |l, o| l.ecrire(o));
        o.lignes("rh", &self.rh, |l, o| l.ecrire(o));
        o.texte("departement", self.departement.as_deref());
        o.valeur("nb_communes_desservies", self.nb_communes_desservies.as_ref());
        o.valeur("population_0_6_ans", self.population_0_6_ans.as_ref());
    }
    fn lire_objet(
        f: &mut sidoba::__private::flux::Flux<'_>,
        c: &sidoba::__private::verif::Chemin,
        l: &mut sidoba::__private::lecture::Lecteur,
    ) -> Result<Self, sidoba::__private::jeton::ErreurJson> {
        const CLES: sidoba::__private::lecture::Cles<'static> = sidoba::__private::lecture::Cles(
            &[
                ("age_moyen_presents", 19),
                ("age_moyen_sortie", 29),
                ("categorie_finess", 2),
                ("delai_moyen_premier_rdv", 22),
                ("delai_moyen_prise_en_charge", 23),
                ("departement", 32),
                ("duree_moyenne_accompagnement", 28),
                ("file_active", 7),
                ("finess_et", 0),
                ("jours_ouverture", 5),
                ("nb_antennes", 4),
                ("nb_communes_desservies", 33),
                ("nb_contact_ponctuel", 18),
                ("nb_deces", 27),
                ("nb_demandes", 20),
                ("nb_en_attente_31_12", 21),
                ("nb_en_bilan", 16),
                ("nb_en_suivi", 17),
                ("nb_entrees_annee", 8),
                ("nb_filles", 15),
                ("nb_fin_concertee", 25),
                ("nb_fin_sans_concertation", 26),
                ("nb_garcons", 14),
                ("nb_interventions_exterieures", 12),
                ("nb_presents", 13),
                ("nb_rdv_honores", 11),
                ("nb_rdv_programmes", 10),
                ("nb_sorties_annee", 9),
                ("orientations_sortie", 30),
                ("origines", 24),
                ("polyvalent", 6),
                ("population_0_6_ans", 34),
                ("raison_sociale", 1),
                ("rh", 31),
                ("statut", 3),
            ],
        );
        const ORDRE: &[&str] = &[
            "finess_et",
            "raison_sociale",
            "categorie_finess",
            "statut",
            "nb_antennes",
            "jours_ouverture",
            "polyvalent",
            "file_active",
            "nb_entrees_annee",
            "nb_sorties_annee",
            "nb_rdv_programmes",
            "nb_rdv_honores",
            "nb_interventions_exterieures",
            "nb_presents",
            "nb_garcons",
            "nb_filles",
            "nb_en_bilan",
            "nb_en_suivi",
            "nb_contact_ponctuel",
            "age_moyen_presents",
            "nb_demandes",
            "nb_en_attente_31_12",
            "delai_moyen_premier_rdv",
            "delai_moyen_prise_en_charge",
            "origines",
            "nb_fin_concertee",
            "nb_fin_sans_concertation",
            "nb_deces",
            "duree_moyenne_accompagnement",
            "age_moyen_sortie",
            "orientations_sortie",
            "rh",
            "departement",
            "nb_communes_desservies",
            "population_0_6_ans",
        ];
        let mut r = Self::default();
        let mut vus = sidoba::__private::flux::Vus::new(35);
        let mut attendu = 0;
        f.membres(|f, cle, pos| {
            let i = CLES.index_attendu(cle, ORDRE, attendu);
            match i {
                Some(i) => {
                    vus.connu(i, cle, pos)?;
                    attendu = i + 1;
                }
                None => vus.inconnu(cle, pos)?,
            }
            match i {
                Some(0) => r.finess_et = l.texte(c, &CHAMP_FINESS_ET, f)?,
                Some(1) => r.raison_sociale = l.texte(c, &CHAMP_RAISON_SOCIALE, f)?,
                Some(2) => {
                    r.categorie_finess = l.code_enum(c, &CHAMP_CATEGORIE_FINESS, f)?;
                }
                Some(3) => r.statut = l.code_enum(c, &CHAMP_STATUT, f)?,
                Some(4) => r.nb_antennes = l.entier(c, &CHAMP_NB_ANTENNES, f)?,
                Some(5) => r.jours_ouverture = l.entier(c, &CHAMP_JOURS_OUVERTURE, f)?,
                Some(6) => r.polyvalent = l.booleen(c, &CHAMP_POLYVALENT, f)?,
                Some(7) => r.file_active = l.entier(c, &CHAMP_FILE_ACTIVE, f)?,
                Some(8) => r.nb_entrees_annee = l.entier(c, &CHAMP_NB_ENTREES_ANNEE, f)?,
                Some(9) => r.nb_sorties_annee = l.entier(c, &CHAMP_NB_SORTIES_ANNEE, f)?,
                Some(10) => {
                    r.nb_rdv_programmes = l.entier(c, &CHAMP_NB_RDV_PROGRAMMES, f)?;
                }
                Some(11) => r.nb_rdv_honores = l.entier(c, &CHAMP_NB_RDV_HONORES, f)?,
                Some(12) => {
                    r.nb_interventions_exterieures = l
                        .entier(c, &CHAMP_NB_INTERVENTIONS_EXTERIEURES, f)?;
                }
                Some(13) => r.nb_presents = l.entier(c, &CHAMP_NB_PRESENTS, f)?,
                Some(14) => r.nb_garcons = l.entier(c, &CHAMP_NB_GARCONS, f)?,
                Some(15) => r.nb_filles = l.entier(c, &CHAMP_NB_FILLES, f)?,
                Some(16) => r.nb_en_bilan = l.entier(c, &CHAMP_NB_EN_BILAN, f)?,
                Some(17) => r.nb_en_suivi = l.entier(c, &CHAMP_NB_EN_SUIVI, f)?,
                Some(18) => {
                    r.nb_contact_ponctuel = l.entier(c, &CHAMP_NB_CONTACT_PONCTUEL, f)?;
                }
                Some(19) => {
                    r.age_moyen_presents = l.decimal(c, &CHAMP_AGE_MOYEN_PRESENTS, f)?;
                }
                Some(20) => r.nb_demandes = l.entier(c, &CHAMP_NB_DEMANDES, f)?,
                Some(21) => {
                    r.nb_en_attente_31_12 = l.entier(c, &CHAMP_NB_EN_ATTENTE_31_12, f)?;
                }
                Some(22) => {
                    r.delai_moyen_premier_rdv = l
                        .decimal(c, &CHAMP_DELAI_MOYEN_PREMIER_RDV, f)?;
                }
                Some(23) => {
                    r.delai_moyen_prise_en_charge = l
                        .decimal(c, &CHAMP_DELAI_MOYEN_PRISE_EN_CHARGE, f)?;
                }
                Some(24) => {
                    r.origines = l
                        .lignes_de(c, &BLOC_ORIGINES, f, LigneOrigines::lire_objet)?;
                }
                Some(25) => r.nb_fin_concertee = l.entier(c, &CHAMP_NB_FIN_CONCERTEE, f)?,
                Some(26) => {
                    r.nb_fin_sans_concertation = l
                        .entier(c, &CHAMP_NB_FIN_SANS_CONCERTATION, f)?;
                }
                Some(27) => r.nb_deces = l.entier(c, &CHAMP_NB_DECES, f)?,
                Some(28) => {
                    r.duree_moyenne_accompagnement = l
                        .decimal(c, &CHAMP_DUREE_MOYENNE_ACCOMPAGNEMENT, f)?;
                }
                Some(29) => {
                    r.age_moyen_sortie = l.decimal(c, &CHAMP_AGE_MOYEN_SORTIE, f)?;
                }
                Some(30) => {
                    r.orientations_sortie = l
                        .lignes_de(
                            c,
                            &BLOC_ORIENTATIONS_SORTIE,
                            f,
                            LigneOrientationsSortie::lire_objet,
                        )?;
                }
                Some(31) => r.rh = l.lignes_de(c, &BLOC_RH, f, LigneRh::lire_objet)?,
                Some(32) => r.departement = l.texte(c, &CHAMP_DEPARTEMENT, f)?,
                Some(33) => {
                    r.nb_communes_desservies = l
                        .entier(c, &CHAMP_NB_COMMUNES_DESSERVIES, f)?;
                }
                Some(34) => {
                    r.population_0_6_ans = l.entier(c, &CHAMP_POPULATION_0_6_ANS, f)?;
                }
                _ => l.inconnue(f, c, cle, CLES.codes())?,
            }
            Ok(())
        })?;
        Ok(r)
    }
    fn verifier(&self, v: &mut sidoba::__private::verif::Verificateur<'_>) {
        v.texte(&CHAMP_FINESS_ET, self.finess_et.as_deref());
        v.texte(&CHAMP_RAISON_SOCIALE, self.raison_sociale.as_deref());
        v.code(&CHAMP_CATEGORIE_FINESS, self.categorie_finess);
        v.code(&CHAMP_STATUT, self.statut);
        v.entier(&CHAMP_NB_ANTENNES, self.nb_antennes.map(i64::from));
        v.entier(&CHAMP_JOURS_OUVERTURE, self.jours_ouverture.map(i64::from));
        v.booleen(&CHAMP_POLYVALENT, self.polyvalent);
        v.entier(&CHAMP_FILE_ACTIVE, self.file_active.map(i64::from));
        v.entier(&CHAMP_NB_ENTREES_ANNEE, self.nb_entrees_annee.map(i64::from));
        v.entier(&CHAMP_NB_SORTIES_ANNEE, self.nb_sorties_annee.map(i64::from));
        v.entier(&CHAMP_NB_RDV_PROGRAMMES, self.nb_rdv_programmes.map(i64::from));
        v.entier(&CHAMP_NB_RDV_HONORES, self.nb_rdv_honores.map(i64::from));
        v.entier(
            &CHAMP_NB_INTERVENTIONS_EXTERIEURES,
            self.nb_interventions_exterieures.map(i64::from),
        );
        v.entier(&CHAMP_NB_PRESENTS, self.nb_presents.map(i64::from));
        v.entier(&CHAMP_NB_GARCONS, self.nb_garcons.map(i64::from));
        v.entier(&CHAMP_NB_FILLES, self.nb_filles.map(i64::from));
        v.entier(&CHAMP_NB_EN_BILAN, self.nb_en_bilan.map(i64::from));
        v.entier(&CHAMP_NB_EN_SUIVI, self.nb_en_suivi.map(i64::from));
        v.entier(&CHAMP_NB_CONTACT_PONCTUEL, self.nb_contact_ponctuel.map(i64::from));
        v.decimal(&CHAMP_AGE_MOYEN_PRESENTS, self.age_moyen_presents.as_ref());
        v.entier(&CHAMP_NB_DEMANDES, self.nb_demandes.map(i64::from));
        v.entier(&CHAMP_NB_EN_ATTENTE_31_12, self.nb_en_attente_31_12.map(i64::from));
        v.decimal(&CHAMP_DELAI_MOYEN_PREMIER_RDV, self.delai_moyen_premier_rdv.as_ref());
        v.decimal(
            &CHAMP_DELAI_MOYEN_PRISE_EN_CHARGE,
            self.delai_moyen_prise_en_charge.as_ref(),
        );
        v.lignes(&BLOC_ORIGINES, &self.origines, |l, v| l.verifier(v));
        v.entier(&CHAMP_NB_FIN_CONCERTEE, self.nb_fin_concertee.map(i64::from));
        v.entier(
            &CHAMP_NB_FIN_SANS_CONCERTATION,
            self.nb_fin_sans_concertation.map(i64::from),
        );
        v.entier(&CHAMP_NB_DECES, self.nb_deces.map(i64::from));
        v.decimal(
            &CHAMP_DUREE_MOYENNE_ACCOMPAGNEMENT,
            self.duree_moyenne_accompagnement.as_ref(),
        );
        v.decimal(&CHAMP_AGE_MOYEN_SORTIE, self.age_moyen_sortie.as_ref());
        v.lignes(
            &BLOC_ORIENTATIONS_SORTIE,
            &self.orientations_sortie,
            |l, v| l.verifier(v),
        );
        v.lignes(&BLOC_RH, &self.rh, |l, v| l.verifier(v));
        v.texte(&CHAMP_DEPARTEMENT, self.departement.as_deref());
        v.entier(
            &CHAMP_NB_COMMUNES_DESSERVIES,
            self.nb_communes_desservies.map(i64::from),
        );
        v.entier(&CHAMP_POPULATION_0_6_ANS, self.population_0_6_ans.map(i64::from));
    }
}
impl sidoba::__private::derive::Modele for Rapport {
    const MODELE: &'static str = "RA_CAMSP 2025.1";
    const MEMBRES: &'static [sidoba::__private::derive::Membre] = &[
        sidoba::__private::derive::Membre::Champ("finess_et"),
        sidoba::__private::derive::Membre::Champ("raison_sociale"),
        sidoba::__private::derive::Membre::Champ("categorie_finess"),
        sidoba::__private::derive::Membre::Champ("statut"),
        sidoba::__private::derive::Membre::Champ("nb_antennes"),
        sidoba::__private::derive::Membre::Champ("jours_ouverture"),
        sidoba::__private::derive::Membre::Champ("polyvalent"),
        sidoba::__private::derive::Membre::Champ("file_active"),
        sidoba::__private::derive::Membre::Champ("nb_entrees_annee"),
        sidoba::__private::derive::Membre::Champ("nb_sorties_annee"),
        sidoba::__private::derive::Membre::Champ("nb_rdv_programmes"),
        sidoba::__private::derive::Membre::Champ("nb_rdv_honores"),
        sidoba::__private::derive::Membre::Champ("nb_interventions_exterieures"),
        sidoba::__private::derive::Membre::Champ("nb_presents"),
        sidoba::__private::derive::Membre::Champ("nb_garcons"),
        sidoba::__private::derive::Membre::Champ("nb_filles"),
        sidoba::__private::derive::Membre::Champ("nb_en_bilan"),
        sidoba::__private::derive::Membre::Champ("nb_en_suivi"),
        sidoba::__private::derive::Membre::Champ("nb_contact_ponctuel"),
        sidoba::__private::derive::Membre::Champ("age_moyen_presents"),
        sidoba::__private::derive::Membre::Champ("nb_demandes"),
        sidoba::__private::derive::Membre::Champ("nb_en_attente_31_12"),
        sidoba::__private::derive::Membre::Champ("delai_moyen_premier_rdv"),
        sidoba::__private::derive::Membre::Champ("delai_moyen_prise_en_charge"),
        sidoba::__private::derive::Membre::Table("origines"),
        sidoba::__private::derive::Membre::Champ("nb_fin_concertee"),
        sidoba::__private::derive::Membre::Champ("nb_fin_sans_concertation"),
        sidoba::__private::derive::Membre::Champ("nb_deces"),
        sidoba::__private::derive::Membre::Champ("duree_moyenne_accompagnement"),
        sidoba::__private::derive::Membre::Champ("age_moyen_sortie"),
        sidoba::__private::derive::Membre::Table("orientations_sortie"),
        sidoba::__private::derive::Membre::Table("rh"),
        sidoba::__private::derive::Membre::Champ("departement"),
        sidoba::__private::derive::Membre::Champ("nb_communes_desservies"),
        sidoba::__private::derive::Membre::Champ("population_0_6_ans"),
    ];
    const BLOCS: &'static [&'static str] = &[
        "identification",
        "activite",
        "presents_31_12",
        "acces",
        "sorties",
        "territoire",
    ];
    const TRIES: &'static [(&'static str, usize)] = &[
        ("age_moyen_presents", 19),
        ("age_moyen_sortie", 29),
        ("categorie_finess", 2),
        ("delai_moyen_premier_rdv", 22),
        ("delai_moyen_prise_en_charge", 23),
        ("departement", 32),
        ("duree_moyenne_accompagnement", 28),
        ("file_active", 7),
        ("finess_et", 0),
        ("jours_ouverture", 5),
        ("nb_antennes", 4),
        ("nb_communes_desservies", 33),
        ("nb_contact_ponctuel", 18),
        ("nb_deces", 27),
        ("nb_demandes", 20),
        ("nb_en_attente_31_12", 21),
        ("nb_en_bilan", 16),
        ("nb_en_suivi", 17),
        ("nb_entrees_annee", 8),
        ("nb_filles", 15),
        ("nb_fin_concertee", 25),
        ("nb_fin_sans_concertation", 26),
        ("nb_garcons", 14),
        ("nb_interventions_exterieures", 12),
        ("nb_presents", 13),
        ("nb_rdv_honores", 11),
        ("nb_rdv_programmes", 10),
        ("nb_sorties_annee", 9),
        ("orientations_sortie", 30),
        ("origines", 24),
        ("polyvalent", 6),
        ("population_0_6_ans", 34),
        ("raison_sociale", 1),
        ("rh", 31),
        ("statut", 3),
    ];
}
sidoba::__private::champs_derive!(
    Rapport; 0 => finess_et : String = CHAMP_FINESS_ET, 1 => raison_sociale : String =
    CHAMP_RAISON_SOCIALE, 2 => categorie_finess : CategorieEtablissement =
    CHAMP_CATEGORIE_FINESS, 3 => statut : StatutJuridique = CHAMP_STATUT, 4 =>
    nb_antennes : u8 = CHAMP_NB_ANTENNES, 5 => jours_ouverture : u16 =
    CHAMP_JOURS_OUVERTURE, 6 => polyvalent : bool = CHAMP_POLYVALENT, 7 => file_active :
    u16 = CHAMP_FILE_ACTIVE, 8 => nb_entrees_annee : u16 = CHAMP_NB_ENTREES_ANNEE, 9 =>
    nb_sorties_annee : u16 = CHAMP_NB_SORTIES_ANNEE, 10 => nb_rdv_programmes : u32 =
    CHAMP_NB_RDV_PROGRAMMES, 11 => nb_rdv_honores : u32 = CHAMP_NB_RDV_HONORES, 12 =>
    nb_interventions_exterieures : u16 = CHAMP_NB_INTERVENTIONS_EXTERIEURES, 13 =>
    nb_presents : u16 = CHAMP_NB_PRESENTS, 14 => nb_garcons : u16 = CHAMP_NB_GARCONS, 15
    => nb_filles : u16 = CHAMP_NB_FILLES, 16 => nb_en_bilan : u16 = CHAMP_NB_EN_BILAN, 17
    => nb_en_suivi : u16 = CHAMP_NB_EN_SUIVI, 18 => nb_contact_ponctuel : u16 =
    CHAMP_NB_CONTACT_PONCTUEL, 19 => age_moyen_presents : sidoba::Decimal =
    CHAMP_AGE_MOYEN_PRESENTS, 20 => nb_demandes : u16 = CHAMP_NB_DEMANDES, 21 =>
    nb_en_attente_31_12 : u16 = CHAMP_NB_EN_ATTENTE_31_12, 22 => delai_moyen_premier_rdv
    : sidoba::Decimal = CHAMP_DELAI_MOYEN_PREMIER_RDV, 23 => delai_moyen_prise_en_charge
    : sidoba::Decimal = CHAMP_DELAI_MOYEN_PRISE_EN_CHARGE, 25 => nb_fin_concertee : u16 =
    CHAMP_NB_FIN_CONCERTEE, 26 => nb_fin_sans_concertation : u16 =
    CHAMP_NB_FIN_SANS_CONCERTATION, 27 => nb_deces : u8 = CHAMP_NB_DECES, 28 =>
    duree_moyenne_accompagnement : sidoba::Decimal = CHAMP_DUREE_MOYENNE_ACCOMPAGNEMENT,
    29 => age_moyen_sortie : sidoba::Decimal = CHAMP_AGE_MOYEN_SORTIE, 32 => departement
    : String = CHAMP_DEPARTEMENT, 33 => nb_communes_desservies : u16 =
    CHAMP_NB_COMMUNES_DESSERVIES, 34 => population_0_6_ans : u32 =
    CHAMP_POPULATION_0_6_ANS
);
sidoba::__private::tables_derive!(
    Rapport; 24 => origines : LigneOrigines = BLOC_ORIGINES, 30 => orientations_sortie :
    LigneOrientationsSortie = BLOC_ORIENTATIONS_SORTIE, 31 => rh : LigneRh = BLOC_RH
);
impl sidoba::__private::derive::Rapport for Rapport {
    fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
        Rapport::valider_avec(self, rejets)
    }
    fn payload_sans_validation(&self) -> String {
        Rapport::payload_sans_validation(self)
    }
}
/// Une ligne du bloc répétable « Origine de l'orientation des enfants entrés » (origines).
///
/// Une ligne par origine.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LigneOrigines {
    /// **Origine de l'orientation** (origine).
    ///
    /// - Bloc : Origine de l'orientation des enfants entrés (origines).
    /// - Type : code de la nomenclature « Origine de l'orientation vers le CAMSP ».
    /// - Obligatoire.
    pub origine: Option<OrigineOrientation>,
    /// **Enfants entrés** (nb_enfants_origine).
    ///
    /// - Bloc : Origine de l'orientation des enfants entrés (origines).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_enfants_origine: Option<u16>,
}
impl LigneOrigines {
    fn ecrire(&self, o: &mut sidoba::__private::ecriture::Objet<'_>) {
        o.code("origine", self.origine);
        o.valeur("nb_enfants_origine", self.nb_enfants_origine.as_ref());
    }
    fn lire_objet(
        f: &mut sidoba::__private::flux::Flux<'_>,
        c: &sidoba::__private::verif::Chemin,
        l: &mut sidoba::__private::lecture::Lecteur,
    ) -> Result<Self, sidoba::__private::jeton::ErreurJson> {
        const CLES: sidoba::__private::lecture::Cles<'static> = sidoba::__private::lecture::Cles(
            &[("nb_enfants_origine", 1), ("origine", 0)],
        );
        const ORDRE: &[&str] = &["origine", "nb_enfants_origine"];
        let mut r = Self::default();
        let mut vus = sidoba::__private::flux::Vus::new(2);
        let mut attendu = 0;
        f.membres(|f, cle, pos| {
            let i = CLES.index_attendu(cle, ORDRE, attendu);
            match i {
                Some(i) => {
                    vus.connu(i, cle, pos)?;
                    attendu = i + 1;
                }
                None => vus.inconnu(cle, pos)?,
            }
            match i {
                Some(0) => r.origine = l.code_enum(c, &CHAMP_ORIGINE, f)?,
                Some(1) => {
                    r.nb_enfants_origine = l.entier(c, &CHAMP_NB_ENFANTS_ORIGINE, f)?;
                }
                _ => l.inconnue(f, c, cle, CLES.codes())?,
            }
            Ok(())
        })?;
        Ok(r)
    }
    fn verifier(&self, v: &mut sidoba::__private::verif::Verificateur<'_>) {
        v.code(&CHAMP_ORIGINE, self.origine);
        v.entier(&CHAMP_NB_ENFANTS_ORIGINE, self.nb_enfants_origine.map(i64::from));
    }
}
impl sidoba::__private::derive::Modele for LigneOrigines {
    const MODELE: &'static str = "RA_CAMSP 2025.1";
    const MEMBRES: &'static [sidoba::__private::derive::Membre] = &[
        sidoba::__private::derive::Membre::Champ("origine"),
        sidoba::__private::derive::Membre::Champ("nb_enfants_origine"),
    ];
    const BLOCS: &'static [&'static str] = &[];
    const TRIES: &'static [(&'static str, usize)] = &[
        ("nb_enfants_origine", 1),
        ("origine", 0),
    ];
}
sidoba::__private::champs_derive!(
    LigneOrigines; 0 => origine : OrigineOrientation = CHAMP_ORIGINE, 1 =>
    nb_enfants_origine : u16 = CHAMP_NB_ENFANTS_ORIGINE
);
/// Une ligne du bloc répétable « Orientation des enfants sortis » (orientations_sortie).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LigneOrientationsSortie {
    /// **Orientation** (orientation).
    ///
    /// - Bloc : Orientation des enfants sortis (orientations_sortie).
    /// - Type : code de la nomenclature « Orientation après la sortie du CAMSP ».
    /// - Obligatoire.
    pub orientation: Option<OrientationSortie>,
    /// **Enfants sortis** (nb_enfants_orientation).
    ///
    /// - Bloc : Orientation des enfants sortis (orientations_sortie).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_enfants_orientation: Option<u16>,
}
impl LigneOrientationsSortie {
    fn ecrire(&self, o: &mut sidoba::__private::ecriture::Objet<'_>) {
        o.code("orientation", self.orientation);
        o.valeur("nb_enfants_orientation", self.nb_enfants_orientation.as_ref());
    }
    fn lire_objet(
        f: &mut sidoba::__private::flux::Flux<'_>,
        c: &sidoba::__private::verif::Chemin,
        l: &mut sidoba::__private::lecture::Lecteur,
    ) -> Result<Self, sidoba::__private::jeton::ErreurJson> {
        const CLES: sidoba::__private::lecture::Cles<'static> = sidoba::__private::lecture::Cles(
            &[("nb_enfants_orientation", 1), ("orientation", 0)],
        );
        const ORDRE: &[&str] = &["orientation", "nb_enfants_orientation"];
        let mut r = Self::default();
        let mut vus = sidoba::__private::flux::Vus::new(2);
        let mut attendu = 0;
        f.membres(|f, cle, pos| {
            let i = CLES.index_attendu(cle, ORDRE, attendu);
            match i {
                Some(i) => {
                    vus.connu(i, cle, pos)?;
                    attendu = i + 1;
                }
                None => vus.inconnu(cle, pos)?,
            }
            match i {
                Some(0) => r.orientation = l.code_enum(c, &CHAMP_ORIENTATION, f)?,
                Some(1) => {
                    r.nb_enfants_orientation = l
                        .entier(c, &CHAMP_NB_ENFANTS_ORIENTATION, f)?;
                }
                _ => l.inconnue(f, c, cle, CLES.codes())?,
            }
            Ok(())
        })?;
        Ok(r)
    }
    fn verifier(&self, v: &mut sidoba::__private::verif::Verificateur<'_>) {
        v.code(&CHAMP_ORIENTATION, self.orientation);
        v.entier(
            &CHAMP_NB_ENFANTS_ORIENTATION,
            self.nb_enfants_orientation.map(i64::from),
        );
    }
}
impl sidoba::__private::derive::Modele for LigneOrientationsSortie {
    const MODELE: &'static str = "RA_CAMSP 2025.1";
    const MEMBRES: &'static [sidoba::__private::derive::Membre] = &[
        sidoba::__private::derive::Membre::Champ("orientation"),
        sidoba::__private::derive::Membre::Champ("nb_enfants_orientation"),
    ];
    const BLOCS: &'static [&'static str] = &[];
    const TRIES: &'static [(&'static str, usize)] = &[
        ("nb_enfants_orientation", 1),
        ("orientation", 0),
    ];
}
sidoba::__private::champs_derive!(
    LigneOrientationsSortie; 0 => orientation : OrientationSortie = CHAMP_ORIENTATION, 1
    => nb_enfants_orientation : u16 = CHAMP_NB_ENFANTS_ORIENTATION
);
/// Une ligne du bloc répétable « Ressources humaines » (rh).
///
/// Une ligne par catégorie de personnel, ETP moyens de l'année.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LigneRh {
    /// **Catégorie de personnel** (categorie).
    ///
    /// - Bloc : Ressources humaines (rh).
    /// - Type : code de la nomenclature « Catégorie de personnel ».
    /// - Obligatoire.
    pub categorie: Option<CategoriePersonnel>,
    /// **Équivalents temps plein** (etp).
    ///
    /// - Bloc : Ressources humaines (rh).
    /// - Type : décimal à 2 décimale(s) au plus, de 0 à 200.
    /// - Unité : ETP.
    /// - Obligatoire.
    pub etp: Option<sidoba::Decimal>,
    /// **Personnes physiques** (nb_personnes).
    ///
    /// - Bloc : Ressources humaines (rh).
    /// - Type : entier, de 0 à 500.
    /// - Unité : personne.
    /// - Facultatif.
    pub nb_personnes: Option<u16>,
}
impl LigneRh {
    fn ecrire(&self, o: &mut sidoba::__private::ecriture::Objet<'_>) {
        o.code("categorie", self.categorie);
        o.decimal("etp", self.etp.as_ref(), 2);
        o.valeur("nb_personnes", self.nb_personnes.as_ref());
    }
    fn lire_objet(
        f: &mut sidoba::__private::flux::Flux<'_>,
        c: &sidoba::__private::verif::Chemin,
        l: &mut sidoba::__private::lecture::Lecteur,
    ) -> Result<Self, sidoba::__private::jeton::ErreurJson> {
        const CLES: sidoba::__private::lecture::Cles<'static> = sidoba::__private::lecture::Cles(
            &[("categorie", 0), ("etp", 1), ("nb_personnes", 2)],
        );
        const ORDRE: &[&str] = &["categorie", "etp", "nb_personnes"];
        let mut r = Self::default();
        let mut vus = sidoba::__private::flux::Vus::new(3);
        let mut attendu = 0;
        f.membres(|f, cle, pos| {
            let i = CLES.index_attendu(cle, ORDRE, attendu);
            match i {
                Some(i) => {
                    vus.connu(i, cle, pos)?;
                    attendu = i + 1;
                }
                None => vus.inconnu(cle, pos)?,
            }
            match i {
                Some(0) => r.categorie = l.code_enum(c, &CHAMP_CATEGORIE, f)?,
                Some(1) => r.etp = l.decimal(c, &CHAMP_ETP, f)?,
                Some(2) => r.nb_personnes = l.entier(c, &CHAMP_NB_PERSONNES, f)?,
                _ => l.inconnue(f, c, cle, CLES.codes())?,
            }
            Ok(())
        })?;
        Ok(r)
    }
    fn verifier(&self, v: &mut sidoba::__private::verif::Verificateur<'_>) {
        v.code(&CHAMP_CATEGORIE, self.categorie);
        v.decimal(&CHAMP_ETP, self.etp.as_ref());
        v.entier(&CHAMP_NB_PERSONNES, self.nb_personnes.map(i64::from));
    }
}
impl sidoba::__private::derive::Modele for LigneRh {
    const MODELE: &'static str = "RA_CAMSP 2025.1";
    const MEMBRES: &'static [sidoba::__private::derive::Membre] = &[
        sidoba::__private::derive::Membre::Champ("categorie"),
        sidoba::__private::derive::Membre::Champ("etp"),
        sidoba::__private::derive::Membre::Champ("nb_personnes"),
    ];
    const BLOCS: &'static [&'static str] = &[];
    const TRIES: &'static [(&'static str, usize)] = &[
        ("categorie", 0),
        ("etp", 1),
        ("nb_personnes", 2),
    ];
}
sidoba::__private::champs_derive!(
    LigneRh; 0 => categorie : CategoriePersonnel = CHAMP_CATEGORIE, 1 => etp :
    sidoba::Decimal = CHAMP_ETP, 2 => nb_personnes : u16 = CHAMP_NB_PERSONNES
);
impl Rapport {
    /// Règle R01 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_1_r01(&self) -> Option<bool> {
        let v_nb_garcons = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GARCONS,
            self.nb_garcons.map(i64::from),
        )?;
        let v_nb_filles = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_FILLES,
            self.nb_filles.map(i64::from),
        )?;
        let v_nb_presents = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PRESENTS,
            self.nb_presents.map(i64::from),
        )?;
        Some(
            ({
                let mut a = v_nb_garcons;
                a = sidoba::__private::regle::plus(a, v_nb_filles)?;
                a
            }) == (v_nb_presents),
        )
    }
    /// Règle R02 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_2_r02(&self) -> Option<bool> {
        let v_nb_en_bilan = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_EN_BILAN,
            self.nb_en_bilan.map(i64::from),
        )?;
        let v_nb_en_suivi = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_EN_SUIVI,
            self.nb_en_suivi.map(i64::from),
        )?;
        let v_nb_contact_ponctuel = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_CONTACT_PONCTUEL,
            self.nb_contact_ponctuel.map(i64::from),
        )?;
        let v_nb_presents = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PRESENTS,
            self.nb_presents.map(i64::from),
        )?;
        Some(
            ({
                let mut a = v_nb_en_bilan;
                a = sidoba::__private::regle::plus(a, v_nb_en_suivi)?;
                a = sidoba::__private::regle::plus(a, v_nb_contact_ponctuel)?;
                a
            }) == (v_nb_presents),
        )
    }
    /// Règle R03 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_3_r03(&self) -> Option<bool> {
        let v_nb_fin_concertee = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_FIN_CONCERTEE,
            self.nb_fin_concertee.map(i64::from),
        )?;
        let v_nb_fin_sans_concertation = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_FIN_SANS_CONCERTATION,
            self.nb_fin_sans_concertation.map(i64::from),
        )?;
        let v_nb_deces = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_DECES,
            self.nb_deces.map(i64::from),
        )?;
        let v_nb_sorties_annee = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SORTIES_ANNEE,
            self.nb_sorties_annee.map(i64::from),
        )?;
        Some(
            ({
                let mut a = v_nb_fin_concertee;
                a = sidoba::__private::regle::plus(a, v_nb_fin_sans_concertation)?;
                a = sidoba::__private::regle::plus(a, v_nb_deces)?;
                a
            }) == (v_nb_sorties_annee),
        )
    }
    /// Règle R04 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_4_r04(&self) -> Option<bool> {
        let v_nb_rdv_honores = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_RDV_HONORES,
            self.nb_rdv_honores.map(i64::from),
        )?;
        let v_nb_rdv_programmes = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_RDV_PROGRAMMES,
            self.nb_rdv_programmes.map(i64::from),
        )?;
        Some((v_nb_rdv_honores) <= (v_nb_rdv_programmes))
    }
    /// Règle R05 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_5_r05(&self) -> Option<bool> {
        let v_nb_presents = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PRESENTS,
            self.nb_presents.map(i64::from),
        )?;
        let v_file_active = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_FILE_ACTIVE,
            self.file_active.map(i64::from),
        )?;
        Some((v_nb_presents) <= (v_file_active))
    }
    /// Règle R06 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_6_r06(&self) -> Option<bool> {
        let v_nb_entrees_annee = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_ENTREES_ANNEE,
            self.nb_entrees_annee.map(i64::from),
        )?;
        Some({
            let si = (sidoba::Decimal::from(self.origines.len()))
                > (sidoba::Decimal::from(0));
            let alors = (sidoba::__private::regle::somme(
                self
                    .origines
                    .iter()
                    .filter_map(|r| sidoba::__private::verif::pour_regles::entier(
                        &CHAMP_NB_ENFANTS_ORIGINE,
                        r.nb_enfants_origine.map(i64::from),
                    )),
            )?) == (v_nb_entrees_annee);
            !si || alors
        })
    }
    /// Règle R07 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_7_r07(&self) -> Option<bool> {
        let v_nb_sorties_annee = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SORTIES_ANNEE,
            self.nb_sorties_annee.map(i64::from),
        )?;
        Some(
            (sidoba::__private::regle::somme(
                self
                    .orientations_sortie
                    .iter()
                    .filter_map(|r| sidoba::__private::verif::pour_regles::entier(
                        &CHAMP_NB_ENFANTS_ORIENTATION,
                        r.nb_enfants_orientation.map(i64::from),
                    )),
            )?) <= (v_nb_sorties_annee),
        )
    }
    /// Règle R08 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_8_r08(&self, ligne: &LigneRh) -> Option<bool> {
        let v_l_etp = sidoba::__private::verif::pour_regles::decimal(
            &CHAMP_ETP,
            ligne.etp.as_ref(),
        )?;
        Some((v_l_etp) > (sidoba::Decimal::from(0)))
    }
    fn regles(&self, out: &mut Vec<sidoba::Constat>) {
        if self.regle_1_r01() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R01".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "La somme des garçons et des filles doit être égale au nombre d'enfants présents au 31/12."
                    .to_owned(),
            });
        }
        if self.regle_2_r02() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R02".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les enfants en bilan, en suivi et en contact ponctuel doivent totaliser les enfants présents au 31/12."
                    .to_owned(),
            });
        }
        if self.regle_3_r03() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R03".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les fins concertées, sans concertation et les décès doivent totaliser les enfants sortis dans l'année."
                    .to_owned(),
            });
        }
        if self.regle_4_r04() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R04".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les rendez-vous honorés ne peuvent pas dépasser les rendez-vous programmés."
                    .to_owned(),
            });
        }
        if self.regle_5_r05() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R05".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les enfants présents au 31/12 ne peuvent pas dépasser la file active."
                    .to_owned(),
            });
        }
        if self.regle_6_r06() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R06".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Le total des origines d'orientation diffère du nombre d'enfants entrés dans l'année."
                    .to_owned(),
            });
        }
        if self.regle_7_r07() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R07".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Le total des orientations dépasse le nombre d'enfants sortis dans l'année."
                    .to_owned(),
            });
        }
        for (i0, p0) in self.rh.iter().enumerate() {
            let ligne = p0;
            let chemin = format!("{}[{}]", "rh", i0);
            if self.regle_8_r08(ligne) == Some(false) {
                out.push(sidoba::Constat {
                    chemin,
                    code: sidoba::CodeConstat::Regle,
                    regle: Some("R08".to_owned()),
                    severite: sidoba::Severite::Bloquante,
                    message: "Une ligne de personnel doit déclarer un nombre d'ETP strictement positif."
                        .to_owned(),
                });
            }
        }
    }
    /// Remplit un rapport à partir de structs qui dérivent `SidobaReport`.
    pub fn builder() -> sidoba::derive::Constructeur<Rapport> {
        sidoba::derive::Constructeur::new()
    }
    /// Le payload WS05, refusé tant qu'il reste un constat bloquant
    /// (les avertissements ne bloquent pas).
    pub fn payload(&self) -> Result<String, sidoba::Constats> {
        let constats = self.valider();
        if constats.valide() {
            Ok(self.payload_sans_validation())
        } else {
            Err(constats)
        }
    }
    /// Le payload WS05 tel quel, sans le valider.
    pub fn payload_sans_validation(&self) -> String {
        sidoba::__private::ecriture::enveloppe(
            CAMPAGNE,
            MODELE,
            VERSION,
            |o| self.ecrire(o),
        )
    }
    /// Lit un payload WS05. Les valeurs qui ne peuvent être prises
    /// (mauvais type JSON, code ou clé inconnus) sont gardées comme
    /// constats dans `rejets`, pour `valider_avec` ; seul un payload
    /// qui n'est pas du JSON ou qui est d'un autre modèle est une erreur.
    pub fn lire(payload: &str) -> Result<sidoba::Lu<Rapport>, sidoba::ErreurLecture> {
        sidoba::__private::lecture::lire(
            payload,
            CAMPAGNE,
            MODELE,
            VERSION,
            |f, l| {
                Self::lire_objet(f, &sidoba::__private::verif::Chemin::racine(), l)
            },
        )
    }
    /// Lit un payload WS05 en refusant toute valeur qu'il ne peut prendre.
    pub fn depuis_payload(payload: &str) -> Result<Rapport, sidoba::ErreurPayload> {
        Ok(Self::lire(payload)?.strict()?)
    }
    /// Tous les constats : contraintes des champs dans l'ordre du modèle, puis les règles.
    pub fn valider(&self) -> sidoba::Constats {
        self.valider_avec(&sidoba::Rejets::default())
    }
    /// De même, avec les constats faits à la lecture d'un payload,
    /// placés là où se trouvent leurs champs.
    pub fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
        let mut v = sidoba::__private::verif::Verificateur::new(rejets);
        self.verifier(&mut v);
        v.inconnus();
        self.regles(v.sortie());
        sidoba::Constats(v.finir())
    }
    /// Lit et valide un payload, comme le fait `sidoba validate`.
    pub fn valider_payload(
        payload: &str,
    ) -> Result<sidoba::Constats, sidoba::ErreurLecture> {
        let lu = Self::lire(payload)?;
        Ok(lu.rapport.valider_avec(&lu.rejets))
    }
}
static MOTIF_FINESS_ET: sidoba::__private::descripteur::Motif<'static> = sidoba::__private::descripteur::Motif::new(
    "^[0-9A-Za-z]{9}$",
);
static CHAMP_FINESS_ET: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "finess_et",
    libelle: "Numéro FINESS de l'établissement",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Texte {
        longueur_min: Some(9),
        longueur_max: Some(9),
        motif: Some(&MOTIF_FINESS_ET),
    },
};
static CHAMP_RAISON_SOCIALE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "raison_sociale",
    libelle: "Raison sociale",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Texte {
        longueur_min: Some(1),
        longueur_max: Some(100),
        motif: None,
    },
};
static CHAMP_CATEGORIE_FINESS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "categorie_finess",
    libelle: "Catégorie FINESS",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <CategorieEtablissement as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_STATUT: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "statut",
    libelle: "Statut juridique",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <StatutJuridique as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_NB_ANTENNES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_antennes",
    libelle: "Antennes rattachées",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(20),
    },
};
static CHAMP_JOURS_OUVERTURE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "jours_ouverture",
    libelle: "Jours d'ouverture dans l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(366),
    },
};
static CHAMP_POLYVALENT: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "polyvalent",
    libelle: "CAMSP polyvalent",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_FILE_ACTIVE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "file_active",
    libelle: "File active de l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_ENTREES_ANNEE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_entrees_annee",
    libelle: "Enfants entrés dans l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_SORTIES_ANNEE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_sorties_annee",
    libelle: "Enfants sortis dans l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_RDV_PROGRAMMES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_rdv_programmes",
    libelle: "Rendez-vous programmés",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(200000),
    },
};
static CHAMP_NB_RDV_HONORES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_rdv_honores",
    libelle: "Rendez-vous honorés",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(200000),
    },
};
static CHAMP_NB_INTERVENTIONS_EXTERIEURES: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "nb_interventions_exterieures",
    libelle: "Interventions hors du CAMSP (domicile, crèche, école)",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(50000),
    },
};
static CHAMP_NB_PRESENTS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_presents",
    libelle: "Enfants présents au 31/12",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_GARCONS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_garcons",
    libelle: "Garçons",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_FILLES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_filles",
    libelle: "Filles",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_EN_BILAN: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_en_bilan",
    libelle: "Enfants en phase de bilan ou de diagnostic",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_EN_SUIVI: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_en_suivi",
    libelle: "Enfants en suivi thérapeutique",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_CONTACT_PONCTUEL: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_contact_ponctuel",
    libelle: "Enfants en contact ponctuel",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_AGE_MOYEN_PRESENTS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "age_moyen_presents",
    libelle: "Âge moyen des enfants présents",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(8, 0, 0, false, 0)),
    },
};
static CHAMP_NB_DEMANDES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_demandes",
    libelle: "Demandes de premier rendez-vous reçues",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_EN_ATTENTE_31_12: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_en_attente_31_12",
    libelle: "Enfants en attente d'un premier rendez-vous au 31/12",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_DELAI_MOYEN_PREMIER_RDV: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "delai_moyen_premier_rdv",
    libelle: "Délai moyen entre la demande et le premier rendez-vous",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(1000, 0, 0, false, 0)),
    },
};
static CHAMP_DELAI_MOYEN_PRISE_EN_CHARGE: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "delai_moyen_prise_en_charge",
    libelle: "Délai moyen entre le premier rendez-vous et le début du suivi",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(1000, 0, 0, false, 0)),
    },
};
static CHAMP_ORIGINE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "origine",
    libelle: "Origine de l'orientation",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <OrigineOrientation as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_NB_ENFANTS_ORIGINE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_enfants_origine",
    libelle: "Enfants entrés",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_FIN_CONCERTEE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_fin_concertee",
    libelle: "Fins d'accompagnement concertées",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_FIN_SANS_CONCERTATION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_fin_sans_concertation",
    libelle: "Fins d'accompagnement sans concertation",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_DECES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_deces",
    libelle: "Décès",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(100),
    },
};
static CHAMP_DUREE_MOYENNE_ACCOMPAGNEMENT: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "duree_moyenne_accompagnement",
    libelle: "Durée moyenne d'accompagnement des enfants sortis",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(120, 0, 0, false, 0)),
    },
};
static CHAMP_AGE_MOYEN_SORTIE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "age_moyen_sortie",
    libelle: "Âge moyen à la sortie",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(10, 0, 0, false, 0)),
    },
};
static CHAMP_ORIENTATION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "orientation",
    libelle: "Orientation",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <OrientationSortie as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_NB_ENFANTS_ORIENTATION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_enfants_orientation",
    libelle: "Enfants sortis",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_CATEGORIE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "categorie",
    libelle: "Catégorie de personnel",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <CategoriePersonnel as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_ETP: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "etp",
    libelle: "Équivalents temps plein",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 2,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(200, 0, 0, false, 0)),
    },
};
static CHAMP_NB_PERSONNES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_personnes",
    libelle: "Personnes physiques",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(500),
    },
};
static MOTIF_DEPARTEMENT: sidoba::__private::descripteur::Motif<'static> = sidoba::__private::descripteur::Motif::new(
    "^(?:0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$",
);
static CHAMP_DEPARTEMENT: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "departement",
    libelle: "Département d'implantation",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Texte {
        longueur_min: Some(2),
        longueur_max: Some(3),
        motif: Some(&MOTIF_DEPARTEMENT),
    },
};
static CHAMP_NB_COMMUNES_DESSERVIES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_communes_desservies",
    libelle: "Communes desservies",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_POPULATION_0_6_ANS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "population_0_6_ans",
    libelle: "Population âgée de 0 à 6 ans du territoire",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000000),
    },
};
static BLOC_ORIGINES: sidoba::__private::descripteur::Bloc<'static> = sidoba::__private::descripteur::Bloc {
    code: "origines",
    libelle: "Origine de l'orientation des enfants entrés",
    min_lignes: None,
    max_lignes: Some(11),
};
static BLOC_ORIENTATIONS_SORTIE: sidoba::__private::descripteur::Bloc<'static> = sidoba::__private::descripteur::Bloc {
    code: "orientations_sortie",
    libelle: "Orientation des enfants sortis",
    min_lignes: None,
    max_lignes: Some(10),
};
static BLOC_RH: sidoba::__private::descripteur::Bloc<'static> = sidoba::__private::descripteur::Bloc {
    code: "rh",
    libelle: "Ressources humaines",
    min_lignes: Some(1),
    max_lignes: Some(30),
};
