// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : RA CAMSP 2025 : données par enfant : modèle RA_CAMSP_USAGER version 2025.1 (campagne RA-CAMSP-USAGER-2025).
// SHA-256 du fichier du modèle : 2476c66e7ff0bc13d481c5f7144f420e36dc47ba22e3c9205aaf66257bf72fc5
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "RA-CAMSP-USAGER-2025";
/// Code du modèle.
pub const MODELE: &str = "RA_CAMSP_USAGER";
/// Version du modèle.
pub const VERSION: &str = "2025.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "2476c66e7ff0bc13d481c5f7144f420e36dc47ba22e3c9205aaf66257bf72fc5";
/// Tranche d'âge au premier contact (nomenclature tranche_age).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum TrancheAge {
    /// M0_6 : Moins de 6 mois
    M06,
    /// M6_12 : 6 mois à moins de 1 an
    M612,
    /// A1_2 : 1 an à moins de 2 ans
    A12,
    /// A2_3 : 2 ans à moins de 3 ans
    A23,
    /// A3_4 : 3 ans à moins de 4 ans
    A34,
    /// A4_6 : 4 ans à moins de 6 ans
    A46,
    /// A6 : 6 ans et plus
    A6,
}
impl TrancheAge {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 7] = [
        Self::M06,
        Self::M612,
        Self::A12,
        Self::A23,
        Self::A34,
        Self::A46,
        Self::A6,
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
impl sidoba::Code for TrancheAge {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "tranche_age",
        libelle: "Tranche d'âge au premier contact",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "M0_6",
                libelle: "Moins de 6 mois",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "M6_12",
                libelle: "6 mois à moins de 1 an",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "A1_2",
                libelle: "1 an à moins de 2 ans",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "A2_3",
                libelle: "2 ans à moins de 3 ans",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "A3_4",
                libelle: "3 ans à moins de 4 ans",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "A4_6",
                libelle: "4 ans à moins de 6 ans",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "A6",
                libelle: "6 ans et plus",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::M06),
            1 => Some(Self::M612),
            2 => Some(Self::A12),
            3 => Some(Self::A23),
            4 => Some(Self::A34),
            5 => Some(Self::A46),
            6 => Some(Self::A6),
            _ => None,
        }
    }
}
impl core::str::FromStr for TrancheAge {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for TrancheAge {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<TrancheAge> for TrancheAge {
    fn vers(&self) -> Result<Option<TrancheAge>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Sexe (nomenclature sexe).
///
/// Référence : https\://mos.esante.gouv.fr/NOS/TRE_R303-HL7v3AdministrativeGender/FHIR/TRE-R303-HL7v3AdministrativeGender.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum Sexe {
    /// F : Féminin
    F,
    /// M : Masculin
    M,
}
impl Sexe {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 2] = [Self::F, Self::M];
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
impl sidoba::Code for Sexe {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "sexe",
        libelle: "Sexe",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "F",
                libelle: "Féminin",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "M",
                libelle: "Masculin",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::F),
            1 => Some(Self::M),
            _ => None,
        }
    }
}
impl core::str::FromStr for Sexe {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for Sexe {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<Sexe> for Sexe {
    fn vers(&self) -> Result<Option<Sexe>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Origine de l'orientation (nomenclature origine_orientation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum OrigineOrientation {
    /// ACCES_DIRECT : Accès direct (famille)
    AccesDirect,
    /// EDUC_NAT : Éducation nationale
    EducNat,
    /// PMI : Protection maternelle et infantile
    Pmi,
    /// SERV_SOCIAUX : Services sociaux
    ServSociaux,
    /// PETITE_ENFANCE : Structures de la petite enfance
    PetiteEnfance,
    /// MATERNITE : Maternité, néonatalogie
    Maternite,
    /// HOPITAL : Hôpital
    Hopital,
    /// CMP : CMP, pédopsychiatrie
    Cmp,
    /// LIBERAUX : Professionnels libéraux
    Liberaux,
    /// AUTRE_CAMSP : Autre CAMSP
    AutreCamsp,
    /// AUTRE : Autre origine
    Autre,
}
impl OrigineOrientation {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 11] = [
        Self::AccesDirect,
        Self::EducNat,
        Self::Pmi,
        Self::ServSociaux,
        Self::PetiteEnfance,
        Self::Maternite,
        Self::Hopital,
        Self::Cmp,
        Self::Liberaux,
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
        libelle: "Origine de l'orientation",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "ACCES_DIRECT",
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
                libelle: "Protection maternelle et infantile",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "SERV_SOCIAUX",
                libelle: "Services sociaux",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PETITE_ENFANCE",
                libelle: "Structures de la petite enfance",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "MATERNITE",
                libelle: "Maternité, néonatalogie",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "HOPITAL",
                libelle: "Hôpital",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "CMP",
                libelle: "CMP, pédopsychiatrie",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "LIBERAUX",
                libelle: "Professionnels libéraux",
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
            0 => Some(Self::AccesDirect),
            1 => Some(Self::EducNat),
            2 => Some(Self::Pmi),
            3 => Some(Self::ServSociaux),
            4 => Some(Self::PetiteEnfance),
            5 => Some(Self::Maternite),
            6 => Some(Self::Hopital),
            7 => Some(Self::Cmp),
            8 => Some(Self::Liberaux),
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
/// Mode de prise en charge (nomenclature mode_prise_en_charge).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum ModePriseEnCharge {
    /// BILAN : En bilan
    Bilan,
    /// THERAPIE : En soins, rééducation ou accompagnement
    Therapie,
    /// PONCTUEL : Contact ponctuel
    Ponctuel,
}
impl ModePriseEnCharge {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 3] = [Self::Bilan, Self::Therapie, Self::Ponctuel];
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
impl sidoba::Code for ModePriseEnCharge {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "mode_prise_en_charge",
        libelle: "Mode de prise en charge",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "BILAN",
                libelle: "En bilan",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "THERAPIE",
                libelle: "En soins, rééducation ou accompagnement",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PONCTUEL",
                libelle: "Contact ponctuel",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::Bilan),
            1 => Some(Self::Therapie),
            2 => Some(Self::Ponctuel),
            _ => None,
        }
    }
}
impl core::str::FromStr for ModePriseEnCharge {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for ModePriseEnCharge {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<ModePriseEnCharge> for ModePriseEnCharge {
    fn vers(&self) -> Result<Option<ModePriseEnCharge>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Nature de la fin de prise en charge (nomenclature fin_prise_en_charge).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum FinPriseEnCharge {
    /// CONCERTEE : Fin concertée
    Concertee,
    /// SANS_CONCERTATION : Fin sans concertation
    SansConcertation,
    /// DECES : Décès
    Deces,
}
impl FinPriseEnCharge {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 3] = [Self::Concertee, Self::SansConcertation, Self::Deces];
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
impl sidoba::Code for FinPriseEnCharge {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "fin_prise_en_charge",
        libelle: "Nature de la fin de prise en charge",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "CONCERTEE",
                libelle: "Fin concertée",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "SANS_CONCERTATION",
                libelle: "Fin sans concertation",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "DECES",
                libelle: "Décès",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::Concertee),
            1 => Some(Self::SansConcertation),
            2 => Some(Self::Deces),
            _ => None,
        }
    }
}
impl core::str::FromStr for FinPriseEnCharge {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for FinPriseEnCharge {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<FinPriseEnCharge> for FinPriseEnCharge {
    fn vers(&self) -> Result<Option<FinPriseEnCharge>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Orientation après la sortie (nomenclature orientation_sortie).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum OrientationSortie {
    /// AUCUNE : Sans orientation
    Aucune,
    /// SCOLARITE : Scolarité sans accompagnement
    Scolarite,
    /// SESSAD : SESSAD
    Sessad,
    /// IME : Institut médico-éducatif
    Ime,
    /// CMPP : CMPP
    Cmpp,
    /// CMP : CMP, pédopsychiatrie
    Cmp,
    /// LIBERAL : Suivi libéral
    Liberal,
    /// AUTRE_ESMS : Autre établissement ou service médico-social
    AutreEsms,
    /// SANS_OBJET : Sans objet (décès)
    SansObjet,
    /// INCONNUE : Orientation inconnue
    Inconnue,
}
impl OrientationSortie {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 10] = [
        Self::Aucune,
        Self::Scolarite,
        Self::Sessad,
        Self::Ime,
        Self::Cmpp,
        Self::Cmp,
        Self::Liberal,
        Self::AutreEsms,
        Self::SansObjet,
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
        libelle: "Orientation après la sortie",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "AUCUNE",
                libelle: "Sans orientation",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "SCOLARITE",
                libelle: "Scolarité sans accompagnement",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "SESSAD",
                libelle: "SESSAD",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "IME",
                libelle: "Institut médico-éducatif",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "CMPP",
                libelle: "CMPP",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "CMP",
                libelle: "CMP, pédopsychiatrie",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "LIBERAL",
                libelle: "Suivi libéral",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AUTRE_ESMS",
                libelle: "Autre établissement ou service médico-social",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "SANS_OBJET",
                libelle: "Sans objet (décès)",
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
            1 => Some(Self::Scolarite),
            2 => Some(Self::Sessad),
            3 => Some(Self::Ime),
            4 => Some(Self::Cmpp),
            5 => Some(Self::Cmp),
            6 => Some(Self::Liberal),
            7 => Some(Self::AutreEsms),
            8 => Some(Self::SansObjet),
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
/// Rapport « RA CAMSP 2025 : données par enfant » (campagne RA-CAMSP-USAGER-2025).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Premier contact et admission (admission)
/// - Suivi dans l'année (suivi)
/// - Fin de prise en charge (sortie)
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rapport {
    /// **Tranche d'âge au premier contact** (tranche_age_premier_contact).
    ///
    /// - Bloc : Premier contact et admission (admission).
    /// - Type : code de la nomenclature « Tranche d'âge au premier contact ».
    /// - Obligatoire.
    pub tranche_age_premier_contact: Option<TrancheAge>,
    /// **Sexe de l'enfant** (sexe_enfant).
    ///
    /// - Bloc : Premier contact et admission (admission).
    /// - Type : code de la nomenclature « Sexe ».
    /// - Obligatoire.
    pub sexe_enfant: Option<Sexe>,
    /// **Origine de l'orientation** (origine_orientation).
    ///
    /// - Bloc : Premier contact et admission (admission).
    /// - Type : code de la nomenclature « Origine de l'orientation ».
    /// - Obligatoire.
    pub origine_orientation: Option<OrigineOrientation>,
    /// **Date du premier contact** (date_premier_contact).
    ///
    /// - Bloc : Premier contact et admission (admission).
    /// - Type : date, de 2015-01-01 à 2025-12-31.
    /// - Obligatoire.
    pub date_premier_contact: Option<sidoba::Date>,
    /// **Délai entre la demande et le premier rendez-vous** (delai_attente).
    ///
    /// - Bloc : Premier contact et admission (admission).
    /// - Type : entier, de 0 à 730.
    /// - Unité : jour.
    /// - Facultatif.
    pub delai_attente: Option<u16>,
    /// **Mode de prise en charge au 31/12 ou à la sortie** (mode_prise_en_charge).
    ///
    /// - Bloc : Suivi dans l'année (suivi).
    /// - Type : code de la nomenclature « Mode de prise en charge ».
    /// - Obligatoire.
    pub mode_prise_en_charge: Option<ModePriseEnCharge>,
    /// **Séances réalisées dans l'année** (nb_seances).
    ///
    /// - Bloc : Suivi dans l'année (suivi).
    /// - Type : entier, de 0 à 500.
    /// - Unité : séance.
    /// - Obligatoire.
    pub nb_seances: Option<u16>,
    /// **Séances annulées ou non honorées** (nb_seances_annulees).
    ///
    /// - Bloc : Suivi dans l'année (suivi).
    /// - Type : entier, de 0 à 500.
    /// - Unité : séance.
    /// - Facultatif.
    pub nb_seances_annulees: Option<u16>,
    /// **Heures d'intervention directe** (heures_intervention).
    ///
    /// - Bloc : Suivi dans l'année (suivi).
    /// - Type : décimal à 2 décimale(s) au plus, de 0 à 1000.
    /// - Unité : heure.
    /// - Facultatif.
    pub heures_intervention: Option<sidoba::Decimal>,
    /// **Date de fin de prise en charge** (date_fin).
    ///
    /// - Bloc : Fin de prise en charge (sortie).
    /// - Type : date, de 2025-01-01 à 2025-12-31.
    /// - Facultatif.
    pub date_fin: Option<sidoba::Date>,
    /// **Nature de la fin de prise en charge** (fin_prise_en_charge).
    ///
    /// - Bloc : Fin de prise en charge (sortie).
    /// - Type : code de la nomenclature « Nature de la fin de prise en charge ».
    /// - Facultatif.
    pub fin_prise_en_charge: Option<FinPriseEnCharge>,
    /// **Orientation après la sortie** (orientation_sortie).
    ///
    /// - Bloc : Fin de prise en charge (sortie).
    /// - Type : code de la nomenclature « Orientation après la sortie ».
    /// - Facultatif.
    pub orientation_sortie: Option<OrientationSortie>,
}
impl Rapport {
    fn ecrire(&self, o: &mut sidoba::__private::ecriture::Objet<'_>) {
        o.code("tranche_age_premier_contact", self.tranche_age_premier_contact);
        o.code("sexe_enfant", self.sexe_enfant);
        o.code("origine_orientation", self.origine_orientation);
        o.valeur("date_premier_contact", self.date_premier_contact.as_ref());
        o.valeur("delai_attente", self.delai_attente.as_ref());
        o.code("mode_prise_en_charge", self.mode_prise_en_charge);
        o.valeur("nb_seances", self.nb_seances.as_ref());
        o.valeur("nb_seances_annulees", self.nb_seances_annulees.as_ref());
        o.decimal("heures_intervention", self.heures_intervention.as_ref(), 2);
        o.valeur("date_fin", self.date_fin.as_ref());
        o.code("fin_prise_en_charge", self.fin_prise_en_charge);
        o.code("orientation_sortie", self.orientation_sortie);
    }
    fn lire_objet(
        f: &mut sidoba::__private::flux::Flux<'_>,
        c: &sidoba::__private::verif::Chemin,
        l: &mut sidoba::__private::lecture::Lecteur,
    ) -> Result<Self, sidoba::__private::jeton::ErreurJson> {
        const CLES: sidoba::__private::lecture::Cles<'static> = sidoba::__private::lecture::Cles(
            &[
                ("date_fin", 9),
                ("date_premier_contact", 3),
                ("delai_attente", 4),
                ("fin_prise_en_charge", 10),
                ("heures_intervention", 8),
                ("mode_prise_en_charge", 5),
                ("nb_seances", 6),
                ("nb_seances_annulees", 7),
                ("orientation_sortie", 11),
                ("origine_orientation", 2),
                ("sexe_enfant", 1),
                ("tranche_age_premier_contact", 0),
            ],
        );
        const ORDRE: &[&str] = &[
            "tranche_age_premier_contact",
            "sexe_enfant",
            "origine_orientation",
            "date_premier_contact",
            "delai_attente",
            "mode_prise_en_charge",
            "nb_seances",
            "nb_seances_annulees",
            "heures_intervention",
            "date_fin",
            "fin_prise_en_charge",
            "orientation_sortie",
        ];
        let mut r = Self::default();
        let mut vus = sidoba::__private::flux::Vus::new(12);
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
                Some(0) => {
                    r.tranche_age_premier_contact = l
                        .code_enum(c, &CHAMP_TRANCHE_AGE_PREMIER_CONTACT, f)?;
                }
                Some(1) => r.sexe_enfant = l.code_enum(c, &CHAMP_SEXE_ENFANT, f)?,
                Some(2) => {
                    r.origine_orientation = l
                        .code_enum(c, &CHAMP_ORIGINE_ORIENTATION, f)?;
                }
                Some(3) => {
                    r.date_premier_contact = l.date(c, &CHAMP_DATE_PREMIER_CONTACT, f)?;
                }
                Some(4) => r.delai_attente = l.entier(c, &CHAMP_DELAI_ATTENTE, f)?,
                Some(5) => {
                    r.mode_prise_en_charge = l
                        .code_enum(c, &CHAMP_MODE_PRISE_EN_CHARGE, f)?;
                }
                Some(6) => r.nb_seances = l.entier(c, &CHAMP_NB_SEANCES, f)?,
                Some(7) => {
                    r.nb_seances_annulees = l.entier(c, &CHAMP_NB_SEANCES_ANNULEES, f)?;
                }
                Some(8) => {
                    r.heures_intervention = l.decimal(c, &CHAMP_HEURES_INTERVENTION, f)?;
                }
                Some(9) => r.date_fin = l.date(c, &CHAMP_DATE_FIN, f)?,
                Some(10) => {
                    r.fin_prise_en_charge = l
                        .code_enum(c, &CHAMP_FIN_PRISE_EN_CHARGE, f)?;
                }
                Some(11) => {
                    r.orientation_sortie = l.code_enum(c, &CHAMP_ORIENTATION_SORTIE, f)?;
                }
                _ => l.inconnue(f, c, cle, CLES.codes())?,
            }
            Ok(())
        })?;
        Ok(r)
    }
    fn verifier(&self, v: &mut sidoba::__private::verif::Verificateur<'_>) {
        v.code(&CHAMP_TRANCHE_AGE_PREMIER_CONTACT, self.tranche_age_premier_contact);
        v.code(&CHAMP_SEXE_ENFANT, self.sexe_enfant);
        v.code(&CHAMP_ORIGINE_ORIENTATION, self.origine_orientation);
        v.date(&CHAMP_DATE_PREMIER_CONTACT, self.date_premier_contact);
        v.entier(&CHAMP_DELAI_ATTENTE, self.delai_attente.map(i64::from));
        v.code(&CHAMP_MODE_PRISE_EN_CHARGE, self.mode_prise_en_charge);
        v.entier(&CHAMP_NB_SEANCES, self.nb_seances.map(i64::from));
        v.entier(&CHAMP_NB_SEANCES_ANNULEES, self.nb_seances_annulees.map(i64::from));
        v.decimal(&CHAMP_HEURES_INTERVENTION, self.heures_intervention.as_ref());
        v.date(&CHAMP_DATE_FIN, self.date_fin);
        v.code(&CHAMP_FIN_PRISE_EN_CHARGE, self.fin_prise_en_charge);
        v.code(&CHAMP_ORIENTATION_SORTIE, self.orientation_sortie);
    }
}
impl sidoba::__private::derive::Modele for Rapport {
    const MODELE: &'static str = "RA_CAMSP_USAGER 2025.1";
    const MEMBRES: &'static [sidoba::__private::derive::Membre] = &[
        sidoba::__private::derive::Membre::Champ("tranche_age_premier_contact"),
        sidoba::__private::derive::Membre::Champ("sexe_enfant"),
        sidoba::__private::derive::Membre::Champ("origine_orientation"),
        sidoba::__private::derive::Membre::Champ("date_premier_contact"),
        sidoba::__private::derive::Membre::Champ("delai_attente"),
        sidoba::__private::derive::Membre::Champ("mode_prise_en_charge"),
        sidoba::__private::derive::Membre::Champ("nb_seances"),
        sidoba::__private::derive::Membre::Champ("nb_seances_annulees"),
        sidoba::__private::derive::Membre::Champ("heures_intervention"),
        sidoba::__private::derive::Membre::Champ("date_fin"),
        sidoba::__private::derive::Membre::Champ("fin_prise_en_charge"),
        sidoba::__private::derive::Membre::Champ("orientation_sortie"),
    ];
    const BLOCS: &'static [&'static str] = &["admission", "suivi", "sortie"];
    const TRIES: &'static [(&'static str, usize)] = &[
        ("date_fin", 9),
        ("date_premier_contact", 3),
        ("delai_attente", 4),
        ("fin_prise_en_charge", 10),
        ("heures_intervention", 8),
        ("mode_prise_en_charge", 5),
        ("nb_seances", 6),
        ("nb_seances_annulees", 7),
        ("orientation_sortie", 11),
        ("origine_orientation", 2),
        ("sexe_enfant", 1),
        ("tranche_age_premier_contact", 0),
    ];
}
sidoba::__private::champs_derive!(
    Rapport; 0 => tranche_age_premier_contact : TrancheAge =
    CHAMP_TRANCHE_AGE_PREMIER_CONTACT, 1 => sexe_enfant : Sexe = CHAMP_SEXE_ENFANT, 2 =>
    origine_orientation : OrigineOrientation = CHAMP_ORIGINE_ORIENTATION, 3 =>
    date_premier_contact : sidoba::Date = CHAMP_DATE_PREMIER_CONTACT, 4 => delai_attente
    : u16 = CHAMP_DELAI_ATTENTE, 5 => mode_prise_en_charge : ModePriseEnCharge =
    CHAMP_MODE_PRISE_EN_CHARGE, 6 => nb_seances : u16 = CHAMP_NB_SEANCES, 7 =>
    nb_seances_annulees : u16 = CHAMP_NB_SEANCES_ANNULEES, 8 => heures_intervention :
    sidoba::Decimal = CHAMP_HEURES_INTERVENTION, 9 => date_fin : sidoba::Date =
    CHAMP_DATE_FIN, 10 => fin_prise_en_charge : FinPriseEnCharge =
    CHAMP_FIN_PRISE_EN_CHARGE, 11 => orientation_sortie : OrientationSortie =
    CHAMP_ORIENTATION_SORTIE
);
impl sidoba::__private::derive::Rapport for Rapport {
    fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
        Rapport::valider_avec(self, rejets)
    }
    fn payload_sans_validation(&self) -> String {
        Rapport::payload_sans_validation(self)
    }
}
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
        Some({
            let si = sidoba::__private::verif::pour_regles::code(
                    &CHAMP_FIN_PRISE_EN_CHARGE,
                    self.fin_prise_en_charge,
                )
                .is_some();
            let alors = sidoba::__private::verif::pour_regles::code(
                    &CHAMP_ORIENTATION_SORTIE,
                    self.orientation_sortie,
                )
                .is_some();
            !si || alors
        })
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
        let v_nb_seances = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SEANCES,
            self.nb_seances.map(i64::from),
        )?;
        Some((v_nb_seances) >= (sidoba::Decimal::from(0)))
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
        let v_date_fin = sidoba::__private::verif::pour_regles::date(
            &CHAMP_DATE_FIN,
            self.date_fin,
        )?;
        let v_date_premier_contact = sidoba::__private::verif::pour_regles::date(
            &CHAMP_DATE_PREMIER_CONTACT,
            self.date_premier_contact,
        )?;
        Some((v_date_fin) >= (v_date_premier_contact))
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
        Some({
            let mut tout = true;
            tout
                &= {
                    let si = sidoba::__private::verif::pour_regles::code(
                            &CHAMP_FIN_PRISE_EN_CHARGE,
                            self.fin_prise_en_charge,
                        )
                        .is_some();
                    let alors = sidoba::__private::verif::pour_regles::date(
                            &CHAMP_DATE_FIN,
                            self.date_fin,
                        )
                        .is_some();
                    !si || alors
                };
            tout
                &= {
                    let si = sidoba::__private::verif::pour_regles::date(
                            &CHAMP_DATE_FIN,
                            self.date_fin,
                        )
                        .is_some();
                    let alors = sidoba::__private::verif::pour_regles::code(
                            &CHAMP_FIN_PRISE_EN_CHARGE,
                            self.fin_prise_en_charge,
                        )
                        .is_some();
                    !si || alors
                };
            tout
        })
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
        let v_nb_seances_annulees = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SEANCES_ANNULEES,
            self.nb_seances_annulees.map(i64::from),
        )?;
        let v_nb_seances = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SEANCES,
            self.nb_seances.map(i64::from),
        )?;
        Some(
            (v_nb_seances_annulees)
                <= ({
                    let mut a = v_nb_seances;
                    a = sidoba::__private::regle::plus(a, sidoba::Decimal::from(10))?;
                    a
                }),
        )
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
        let v_nb_seances = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SEANCES,
            self.nb_seances.map(i64::from),
        )?;
        let v_heures_intervention = sidoba::__private::verif::pour_regles::decimal(
            &CHAMP_HEURES_INTERVENTION,
            self.heures_intervention.as_ref(),
        )?;
        Some({
            let si = (v_nb_seances) > (sidoba::Decimal::from(0));
            let alors = ({
                let mut a = v_heures_intervention;
                a = sidoba::__private::regle::divise(a, v_nb_seances)?;
                a
            }) <= (sidoba::Decimal::from(4));
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
        let v_mode_prise_en_charge = sidoba::__private::verif::pour_regles::code(
            &CHAMP_MODE_PRISE_EN_CHARGE,
            self.mode_prise_en_charge,
        )?;
        let v_nb_seances = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SEANCES,
            self.nb_seances.map(i64::from),
        )?;
        Some(
            !({
                let mut tout = true;
                tout &= (v_mode_prise_en_charge) == (ModePriseEnCharge::Ponctuel);
                tout &= (v_nb_seances) > (sidoba::Decimal::from(10));
                tout
            }),
        )
    }
    fn regles(&self, out: &mut Vec<sidoba::Constat>) {
        if self.regle_1_r01() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R01".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Une orientation après la sortie est attendue quand la fin de prise en charge est renseignée."
                    .to_owned(),
            });
        }
        if self.regle_2_r02() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R02".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Le nombre de séances ne peut pas être négatif.".to_owned(),
            });
        }
        if self.regle_3_r03() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R03".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "La date de fin ne peut pas précéder le premier contact."
                    .to_owned(),
            });
        }
        if self.regle_4_r04() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R04".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "La nature de la fin de prise en charge demande une date de fin."
                    .to_owned(),
            });
        }
        if self.regle_5_r05() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R05".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Les séances annulées dépassent les séances réalisées."
                    .to_owned(),
            });
        }
        if self.regle_6_r06() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R06".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Plus de 4 heures d'intervention par séance en moyenne."
                    .to_owned(),
            });
        }
        if self.regle_7_r07() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R07".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Un contact ponctuel avec plus de 10 séances est à vérifier."
                    .to_owned(),
            });
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
static CHAMP_TRANCHE_AGE_PREMIER_CONTACT: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "tranche_age_premier_contact",
    libelle: "Tranche d'âge au premier contact",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <TrancheAge as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_SEXE_ENFANT: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "sexe_enfant",
    libelle: "Sexe de l'enfant",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <Sexe as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_ORIGINE_ORIENTATION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "origine_orientation",
    libelle: "Origine de l'orientation",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <OrigineOrientation as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_DATE_PREMIER_CONTACT: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "date_premier_contact",
    libelle: "Date du premier contact",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Date {
        min: Some(sidoba::Date::ymd(2015, 1, 1)),
        max: Some(sidoba::Date::ymd(2025, 12, 31)),
    },
};
static CHAMP_DELAI_ATTENTE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "delai_attente",
    libelle: "Délai entre la demande et le premier rendez-vous",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(730),
    },
};
static CHAMP_MODE_PRISE_EN_CHARGE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "mode_prise_en_charge",
    libelle: "Mode de prise en charge au 31/12 ou à la sortie",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <ModePriseEnCharge as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_NB_SEANCES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_seances",
    libelle: "Séances réalisées dans l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(500),
    },
};
static CHAMP_NB_SEANCES_ANNULEES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_seances_annulees",
    libelle: "Séances annulées ou non honorées",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(500),
    },
};
static CHAMP_HEURES_INTERVENTION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "heures_intervention",
    libelle: "Heures d'intervention directe",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 2,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(1000, 0, 0, false, 0)),
    },
};
static CHAMP_DATE_FIN: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "date_fin",
    libelle: "Date de fin de prise en charge",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Date {
        min: Some(sidoba::Date::ymd(2025, 1, 1)),
        max: Some(sidoba::Date::ymd(2025, 12, 31)),
    },
};
static CHAMP_FIN_PRISE_EN_CHARGE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "fin_prise_en_charge",
    libelle: "Nature de la fin de prise en charge",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <FinPriseEnCharge as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_ORIENTATION_SORTIE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "orientation_sortie",
    libelle: "Orientation après la sortie",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <OrientationSortie as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
