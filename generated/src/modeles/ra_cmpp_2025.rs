// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Rapport d'activité des CMPP 2025 : modèle RA_CMPP version 2025.1 (campagne RA-CMPP-2025).
// SHA-256 du fichier du modèle : dd3dc4979d8d9ba63eb2c3e4e48938c8e7614dbb166b0e594222681691ab0c3d
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "RA-CMPP-2025";
/// Code du modèle.
pub const MODELE: &str = "RA_CMPP";
/// Version du modèle.
pub const VERSION: &str = "2025.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "dd3dc4979d8d9ba63eb2c3e4e48938c8e7614dbb166b0e594222681691ab0c3d";
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
/// Orientation après la sortie du CMPP (nomenclature orientation_sortie).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum OrientationSortie {
    /// AUCUNE : Aucun accompagnement nécessaire
    Aucune,
    /// LIBERAL : Suivi en libéral
    Liberal,
    /// CMP : Centre médico-psychologique (CMP)
    Cmp,
    /// SESSAD : Service d'éducation spéciale et de soins à domicile (SESSAD)
    Sessad,
    /// IME_ITEP : IME ou dispositif intégré (DITEP)
    ImeItep,
    /// HOPITAL : Suivi hospitalier
    Hopital,
    /// AUTRE : Autre orientation
    Autre,
}
impl OrientationSortie {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 7] = [
        Self::Aucune,
        Self::Liberal,
        Self::Cmp,
        Self::Sessad,
        Self::ImeItep,
        Self::Hopital,
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
impl sidoba::Code for OrientationSortie {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "orientation_sortie",
        libelle: "Orientation après la sortie du CMPP",
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
                code: "CMP",
                libelle: "Centre médico-psychologique (CMP)",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "SESSAD",
                libelle: "Service d'éducation spéciale et de soins à domicile (SESSAD)",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "IME_ITEP",
                libelle: "IME ou dispositif intégré (DITEP)",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "HOPITAL",
                libelle: "Suivi hospitalier",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AUTRE",
                libelle: "Autre orientation",
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
            2 => Some(Self::Cmp),
            3 => Some(Self::Sessad),
            4 => Some(Self::ImeItep),
            5 => Some(Self::Hopital),
            6 => Some(Self::Autre),
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
    /// MED_DIRECTEUR : Médecin directeur
    MedDirecteur,
    /// PEDOPSY : Médecin pédopsychiatre
    Pedopsy,
    /// PEDIATRE : Médecin pédiatre
    Pediatre,
    /// PSY : Psychologue
    Psy,
    /// ORTHOPHONISTE : Orthophoniste
    Orthophoniste,
    /// PSYCHOMOT : Psychomotricien
    Psychomot,
    /// PSYCHOPED : Psychopédagogue
    Psychoped,
    /// ASS_SOCIAL : Assistant de service social
    AssSocial,
    /// SECRETARIAT : Secrétariat et administration
    Secretariat,
    /// AUTRE : Autre personnel
    Autre,
}
impl CategoriePersonnel {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 11] = [
        Self::Direction,
        Self::MedDirecteur,
        Self::Pedopsy,
        Self::Pediatre,
        Self::Psy,
        Self::Orthophoniste,
        Self::Psychomot,
        Self::Psychoped,
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
                code: "MED_DIRECTEUR",
                libelle: "Médecin directeur",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PEDOPSY",
                libelle: "Médecin pédopsychiatre",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PEDIATRE",
                libelle: "Médecin pédiatre",
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
                code: "PSYCHOPED",
                libelle: "Psychopédagogue",
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
            1 => Some(Self::MedDirecteur),
            2 => Some(Self::Pedopsy),
            3 => Some(Self::Pediatre),
            4 => Some(Self::Psy),
            5 => Some(Self::Orthophoniste),
            6 => Some(Self::Psychomot),
            7 => Some(Self::Psychoped),
            8 => Some(Self::AssSocial),
            9 => Some(Self::Secretariat),
            10 => Some(Self::Autre),
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
/// Rapport « Rapport d'activité des CMPP 2025 » (campagne RA-CMPP-2025).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Identification (identification)
/// - Activité de l'année (activite)
/// - Enfants suivis au 31/12 (enfants_31_12)
/// - Enfants entrés et délais d'attente (entres_delais)
/// - Parcours des enfants sortis (sortis)
/// - Ressources humaines (rh) : table de lignes
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
    /// **Âge minimal de l'agrément** (age_min_agrement).
    ///
    /// - Bloc : Identification (identification).
    /// - Type : entier, de 0 à 25.
    /// - Unité : an.
    /// - Obligatoire.
    pub age_min_agrement: Option<u8>,
    /// **Âge maximal de l'agrément** (age_max_agrement).
    ///
    /// - Bloc : Identification (identification).
    /// - Type : entier, de 0 à 25.
    /// - Unité : an.
    /// - Obligatoire.
    pub age_max_agrement: Option<u8>,
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
    /// **File active de l'année** (file_active).
    ///
    /// - Bloc : Activité de l'année (activite).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub file_active: Option<u16>,
    /// **Séances réalisées** (nb_seances_realisees).
    ///
    /// - Bloc : Activité de l'année (activite).
    /// - Type : entier, de 0 à 500000.
    /// - Unité : séance.
    /// - Obligatoire.
    pub nb_seances_realisees: Option<u32>,
    /// **Séances facturées à l'assurance maladie** (nb_seances_facturees).
    ///
    /// - Bloc : Activité de l'année (activite).
    /// - Type : entier, de 0 à 500000.
    /// - Unité : séance.
    /// - Obligatoire.
    pub nb_seances_facturees: Option<u32>,
    /// **Réunions de synthèse** (nb_syntheses).
    ///
    /// - Bloc : Activité de l'année (activite).
    /// - Type : entier, de 0 à 20000.
    /// - Unité : réunion.
    /// - Facultatif.
    pub nb_syntheses: Option<u16>,
    /// **Enfants vus une seule fois dans l'année** (nb_enfants_vus_une_fois).
    ///
    /// - Bloc : Activité de l'année (activite).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_enfants_vus_une_fois: Option<u16>,
    /// **Enfants suivis au 31/12** (nb_enfants_suivis).
    ///
    /// - Bloc : Enfants suivis au 31/12 (enfants_31_12).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_enfants_suivis: Option<u16>,
    /// **Garçons** (nb_garcons).
    ///
    /// - Bloc : Enfants suivis au 31/12 (enfants_31_12).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_garcons: Option<u16>,
    /// **Filles** (nb_filles).
    ///
    /// - Bloc : Enfants suivis au 31/12 (enfants_31_12).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_filles: Option<u16>,
    /// **Enfants de 0 à 5 ans** (nb_0_5_ans).
    ///
    /// - Bloc : Enfants suivis au 31/12 (enfants_31_12).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_0_5_ans: Option<u16>,
    /// **Enfants de 6 à 11 ans** (nb_6_11_ans).
    ///
    /// - Bloc : Enfants suivis au 31/12 (enfants_31_12).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_6_11_ans: Option<u16>,
    /// **Adolescents de 12 à 15 ans** (nb_12_15_ans).
    ///
    /// - Bloc : Enfants suivis au 31/12 (enfants_31_12).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_12_15_ans: Option<u16>,
    /// **Jeunes de 16 à 20 ans** (nb_16_20_ans).
    ///
    /// - Bloc : Enfants suivis au 31/12 (enfants_31_12).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_16_20_ans: Option<u16>,
    /// **Enfants bénéficiant d'une notification de la MDPH** (nb_notification_mdph).
    ///
    /// - Bloc : Enfants suivis au 31/12 (enfants_31_12).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_notification_mdph: Option<u16>,
    /// **Enfants entrés dans l'année** (nb_entrants).
    ///
    /// - Bloc : Enfants entrés et délais d'attente (entres_delais).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_entrants: Option<u16>,
    /// **Attente de moins de 15 jours** (nb_attente_moins_15j).
    ///
    /// - Bloc : Enfants entrés et délais d'attente (entres_delais).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_attente_moins_15j: Option<u16>,
    /// **Attente de 15 jours à moins d'un mois** (nb_attente_15j_1m).
    ///
    /// - Bloc : Enfants entrés et délais d'attente (entres_delais).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_attente_15j_1m: Option<u16>,
    /// **Attente de 1 à moins de 3 mois** (nb_attente_1m_3m).
    ///
    /// - Bloc : Enfants entrés et délais d'attente (entres_delais).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_attente_1m_3m: Option<u16>,
    /// **Attente de 3 à moins de 6 mois** (nb_attente_3m_6m).
    ///
    /// - Bloc : Enfants entrés et délais d'attente (entres_delais).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_attente_3m_6m: Option<u16>,
    /// **Attente de 6 à moins de 12 mois** (nb_attente_6m_12m).
    ///
    /// - Bloc : Enfants entrés et délais d'attente (entres_delais).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_attente_6m_12m: Option<u16>,
    /// **Attente de 12 mois ou plus** (nb_attente_12m_plus).
    ///
    /// - Bloc : Enfants entrés et délais d'attente (entres_delais).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_attente_12m_plus: Option<u16>,
    /// **Délai moyen entre la demande et le premier rendez-vous** (delai_moyen_attente).
    ///
    /// - Bloc : Enfants entrés et délais d'attente (entres_delais).
    /// - Type : décimal à 1 décimale(s) au plus, de 0 à 1500.
    /// - Unité : jour.
    /// - Facultatif.
    pub delai_moyen_attente: Option<sidoba::Decimal>,
    /// **Enfants en liste d'attente au 31/12** (nb_en_attente_31_12).
    ///
    /// - Bloc : Enfants entrés et délais d'attente (entres_delais).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_en_attente_31_12: Option<u16>,
    /// **Âge moyen des enfants entrés** (age_moyen_entrants).
    ///
    /// - Bloc : Enfants entrés et délais d'attente (entres_delais).
    /// - Type : décimal à 1 décimale(s) au plus, de 0 à 20.
    /// - Unité : an.
    /// - Facultatif.
    pub age_moyen_entrants: Option<sidoba::Decimal>,
    /// **Enfants sortis dans l'année** (nb_sortis).
    ///
    /// - Bloc : Parcours des enfants sortis (sortis).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Obligatoire.
    pub nb_sortis: Option<u16>,
    /// **Fins de prise en charge concertées** (nb_fin_concertee).
    ///
    /// - Bloc : Parcours des enfants sortis (sortis).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_fin_concertee: Option<u16>,
    /// **Fins de prise en charge sans concertation** (nb_fin_sans_concertation).
    ///
    /// - Bloc : Parcours des enfants sortis (sortis).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : enfant.
    /// - Facultatif.
    pub nb_fin_sans_concertation: Option<u16>,
    /// **Durée moyenne de prise en charge des enfants sortis** (duree_moyenne_suivi).
    ///
    /// - Bloc : Parcours des enfants sortis (sortis).
    /// - Type : décimal à 1 décimale(s) au plus, de 0 à 240.
    /// - Unité : mois.
    /// - Facultatif.
    pub duree_moyenne_suivi: Option<sidoba::Decimal>,
    /// **Orientations proposées après la sortie** (orientations_apres_sortie).
    ///
    /// - Bloc : Parcours des enfants sortis (sortis).
    /// - Type : ensemble de codes de la nomenclature « Orientation après la sortie du CMPP ».
    /// - Facultatif.
    pub orientations_apres_sortie: Option<sidoba::Codes<OrientationSortie>>,
    /// **Ressources humaines** (rh) : table de lignes.
    ///
    /// Une ligne par catégorie de personnel, ETP moyens de l'année.
    ///
    /// De 1 à 30 lignes.
    pub rh: Vec<LigneRh>,
}
impl Rapport {
    fn ecrire(&self, o: &mut sidoba::__private::ecriture::Objet<'_>) {
        o.texte("finess_et", self.finess_et.as_deref());
        o.texte("raison_sociale", self.raison_sociale.as_deref());
        o.code("categorie_finess", self.categorie_finess);
        o.code("statut", self.statut);
        o.valeur("age_min_agrement", self.age_min_agrement.as_ref());
        o.valeur("age_max_agrement", self.age_max_agrement.as_ref());
        o.valeur("nb_antennes", self.nb_antennes.as_ref());
        o.valeur("jours_ouverture", self.jours_ouverture.as_ref());
        o.valeur("file_active", self.file_active.as_ref());
        o.valeur("nb_seances_realisees", self.nb_seances_realisees.as_ref());
        o.valeur("nb_seances_facturees", self.nb_seances_facturees.as_ref());
        o.valeur("nb_syntheses", self.nb_syntheses.as_ref());
        o.valeur("nb_enfants_vus_une_fois", self.nb_enfants_vus_une_fois.as_ref());
        o.valeur("nb_enfants_suivis", self.nb_enfants_suivis.as_ref());
        o.valeur("nb_garcons", self.nb_garcons.as_ref());
        o.valeur("nb_filles", self.nb_filles.as_ref());
        o.valeur("nb_0_5_ans", self.nb_0_5_ans.as_ref());
        o.valeur("nb_6_11_ans", self.nb_6_11_ans.as_ref());
        o.valeur("nb_12_15_ans", self.nb_12_15_ans.as_ref());
        o.valeur("nb_16_20_ans", self.nb_16_20_ans.as_ref());
        o.valeur("nb_notification_mdph", self.nb_notification_mdph.as_ref());
        o.valeur("nb_entrants", self.nb_entrants.as_ref());
        o.valeur("nb_attente_moins_15j", self.nb_attente_moins_15j.as_ref());
        o.valeur("nb_attente_15j_1m", self.nb_attente_15j_1m.as_ref());
        o.valeur("nb_attente_1m_3m", self.nb_attente_1m_3m.as_ref());
        o.valeur("nb_attente_3m_6m", self.nb_attente_3m_6m.as_ref());
        o.valeur("nb_attente_6m_12m", self.nb_attente_6m_12m.as_ref());
        o.valeur("nb_attente_12m_plus", self.nb_attente_12m_plus.as_ref());
        o.decimal("delai_moyen_attente", self.delai_moyen_attente.as_ref(), 1);
        o.valeur("nb_en_attente_31_12", self.nb_en_attente_31_12.as_ref());
        o.decimal("age_moyen_entrants", self.age_moyen_entrants.as_ref(), 1);
        o.valeur("nb_sortis", self.nb_sortis.as_ref());
        o.valeur("nb_fin_concertee", self.nb_fin_concertee.as_ref());
        o.valeur("nb_fin_sans_concertation", self.nb_fin_sans_concertation.as_ref());
        o.decimal("duree_moyenne_suivi", self.duree_moyenne_suivi.as_ref(), 1);
        o.codes("orientations_apres_sortie", self.orientations_apres_sortie.as_ref());
        o.lignes("rh", &self.rh, |l, o| l.ecrire(o));
    }
    fn lire_objet(
        f: &mut sidoba::__private::flux::Flux<'_>,
        c: &sidoba::__private::verif::Chemin,
        l: &mut sidoba::__private::lecture::Lecteur,
    ) -> Result<Self, sidoba::__private::jeton::ErreurJson> {
        const CLES: sidoba::__private::lecture::Cles<'static> = sidoba::__private::lecture::Cles(
            &[
                ("age_max_agrement", 5),
                ("age_min_agrement", 4),
                ("age_moyen_entrants", 30),
                ("categorie_finess", 2),
                ("delai_moyen_attente", 28),
                ("duree_moyenne_suivi", 34),
                ("file_active", 8),
                ("finess_et", 0),
                ("jours_ouverture", 7),
                ("nb_0_5_ans", 16),
                ("nb_12_15_ans", 18),
                ("nb_16_20_ans", 19),
                ("nb_6_11_ans", 17),
                ("nb_antennes", 6),
                ("nb_attente_12m_plus", 27),
                ("nb_attente_15j_1m", 23),
                ("nb_attente_1m_3m", 24),
                ("nb_attente_3m_6m", 25),
                ("nb_attente_6m_12m", 26),
                ("nb_attente_moins_15j", 22),
                ("nb_en_attente_31_12", 29),
                ("nb_enfants_suivis", 13),
                ("nb_enfants_vus_une_fois", 12),
                ("nb_entrants", 21),
                ("nb_filles", 15),
                ("nb_fin_concertee", 32),
                ("nb_fin_sans_concertation", 33),
                ("nb_garcons", 14),
                ("nb_notification_mdph", 20),
                ("nb_seances_facturees", 10),
                ("nb_seances_realisees", 9),
                ("nb_sortis", 31),
                ("nb_syntheses", 11),
                ("orientations_apres_sortie", 35),
                ("raison_sociale", 1),
                ("rh", 36),
                ("statut", 3),
            ],
        );
        const ORDRE: &[&str] = &[
            "finess_et",
            "raison_sociale",
            "categorie_finess",
            "statut",
            "age_min_agrement",
            "age_max_agrement",
            "nb_antennes",
            "jours_ouverture",
            "file_active",
            "nb_seances_realisees",
            "nb_seances_facturees",
            "nb_syntheses",
            "nb_enfants_vus_une_fois",
            "nb_enfants_suivis",
            "nb_garcons",
            "nb_filles",
            "nb_0_5_ans",
            "nb_6_11_ans",
            "nb_12_15_ans",
            "nb_16_20_ans",
            "nb_notification_mdph",
            "nb_entrants",
            "nb_attente_moins_15j",
            "nb_attente_15j_1m",
            "nb_attente_1m_3m",
            "nb_attente_3m_6m",
            "nb_attente_6m_12m",
            "nb_attente_12m_plus",
            "delai_moyen_attente",
            "nb_en_attente_31_12",
            "age_moyen_entrants",
            "nb_sortis",
            "nb_fin_concertee",
            "nb_fin_sans_concertation",
            "duree_moyenne_suivi",
            "orientations_apres_sortie",
            "rh",
        ];
        let mut r = Self::default();
        let mut vus = sidoba::__private::flux::Vus::new(37);
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
                Some(4) => r.age_min_agrement = l.entier(c, &CHAMP_AGE_MIN_AGREMENT, f)?,
                Some(5) => r.age_max_agrement = l.entier(c, &CHAMP_AGE_MAX_AGREMENT, f)?,
                Some(6) => r.nb_antennes = l.entier(c, &CHAMP_NB_ANTENNES, f)?,
                Some(7) => r.jours_ouverture = l.entier(c, &CHAMP_JOURS_OUVERTURE, f)?,
                Some(8) => r.file_active = l.entier(c, &CHAMP_FILE_ACTIVE, f)?,
                Some(9) => {
                    r.nb_seances_realisees = l.entier(c, &CHAMP_NB_SEANCES_REALISEES, f)?;
                }
                Some(10) => {
                    r.nb_seances_facturees = l.entier(c, &CHAMP_NB_SEANCES_FACTUREES, f)?;
                }
                Some(11) => r.nb_syntheses = l.entier(c, &CHAMP_NB_SYNTHESES, f)?,
                Some(12) => {
                    r.nb_enfants_vus_une_fois = l
                        .entier(c, &CHAMP_NB_ENFANTS_VUS_UNE_FOIS, f)?;
                }
                Some(13) => {
                    r.nb_enfants_suivis = l.entier(c, &CHAMP_NB_ENFANTS_SUIVIS, f)?;
                }
                Some(14) => r.nb_garcons = l.entier(c, &CHAMP_NB_GARCONS, f)?,
                Some(15) => r.nb_filles = l.entier(c, &CHAMP_NB_FILLES, f)?,
                Some(16) => r.nb_0_5_ans = l.entier(c, &CHAMP_NB_0_5_ANS, f)?,
                Some(17) => r.nb_6_11_ans = l.entier(c, &CHAMP_NB_6_11_ANS, f)?,
                Some(18) => r.nb_12_15_ans = l.entier(c, &CHAMP_NB_12_15_ANS, f)?,
                Some(19) => r.nb_16_20_ans = l.entier(c, &CHAMP_NB_16_20_ANS, f)?,
                Some(20) => {
                    r.nb_notification_mdph = l.entier(c, &CHAMP_NB_NOTIFICATION_MDPH, f)?;
                }
                Some(21) => r.nb_entrants = l.entier(c, &CHAMP_NB_ENTRANTS, f)?,
                Some(22) => {
                    r.nb_attente_moins_15j = l.entier(c, &CHAMP_NB_ATTENTE_MOINS_15J, f)?;
                }
                Some(23) => {
                    r.nb_attente_15j_1m = l.entier(c, &CHAMP_NB_ATTENTE_15J_1M, f)?;
                }
                Some(24) => r.nb_attente_1m_3m = l.entier(c, &CHAMP_NB_ATTENTE_1M_3M, f)?,
                Some(25) => r.nb_attente_3m_6m = l.entier(c, &CHAMP_NB_ATTENTE_3M_6M, f)?,
                Some(26) => {
                    r.nb_attente_6m_12m = l.entier(c, &CHAMP_NB_ATTENTE_6M_12M, f)?;
                }
                Some(27) => {
                    r.nb_attente_12m_plus = l.entier(c, &CHAMP_NB_ATTENTE_12M_PLUS, f)?;
                }
                Some(28) => {
                    r.delai_moyen_attente = l.decimal(c, &CHAMP_DELAI_MOYEN_ATTENTE, f)?;
                }
                Some(29) => {
                    r.nb_en_attente_31_12 = l.entier(c, &CHAMP_NB_EN_ATTENTE_31_12, f)?;
                }
                Some(30) => {
                    r.age_moyen_entrants = l.decimal(c, &CHAMP_AGE_MOYEN_ENTRANTS, f)?;
                }
                Some(31) => r.nb_sortis = l.entier(c, &CHAMP_NB_SORTIS, f)?,
                Some(32) => r.nb_fin_concertee = l.entier(c, &CHAMP_NB_FIN_CONCERTEE, f)?,
                Some(33) => {
                    r.nb_fin_sans_concertation = l
                        .entier(c, &CHAMP_NB_FIN_SANS_CONCERTATION, f)?;
                }
                Some(34) => {
                    r.duree_moyenne_suivi = l.decimal(c, &CHAMP_DUREE_MOYENNE_SUIVI, f)?;
                }
                Some(35) => {
                    r.orientations_apres_sortie = l
                        .codes_enum(c, &CHAMP_ORIENTATIONS_APRES_SORTIE, f)?;
                }
                Some(36) => r.rh = l.lignes_de(c, &BLOC_RH, f, LigneRh::lire_objet)?,
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
        v.entier(&CHAMP_AGE_MIN_AGREMENT, self.age_min_agrement.map(i64::from));
        v.entier(&CHAMP_AGE_MAX_AGREMENT, self.age_max_agrement.map(i64::from));
        v.entier(&CHAMP_NB_ANTENNES, self.nb_antennes.map(i64::from));
        v.entier(&CHAMP_JOURS_OUVERTURE, self.jours_ouverture.map(i64::from));
        v.entier(&CHAMP_FILE_ACTIVE, self.file_active.map(i64::from));
        v.entier(&CHAMP_NB_SEANCES_REALISEES, self.nb_seances_realisees.map(i64::from));
        v.entier(&CHAMP_NB_SEANCES_FACTUREES, self.nb_seances_facturees.map(i64::from));
        v.entier(&CHAMP_NB_SYNTHESES, self.nb_syntheses.map(i64::from));
        v.entier(
            &CHAMP_NB_ENFANTS_VUS_UNE_FOIS,
            self.nb_enfants_vus_une_fois.map(i64::from),
        );
        v.entier(&CHAMP_NB_ENFANTS_SUIVIS, self.nb_enfants_suivis.map(i64::from));
        v.entier(&CHAMP_NB_GARCONS, self.nb_garcons.map(i64::from));
        v.entier(&CHAMP_NB_FILLES, self.nb_filles.map(i64::from));
        v.entier(&CHAMP_NB_0_5_ANS, self.nb_0_5_ans.map(i64::from));
        v.entier(&CHAMP_NB_6_11_ANS, self.nb_6_11_ans.map(i64::from));
        v.entier(&CHAMP_NB_12_15_ANS, self.nb_12_15_ans.map(i64::from));
        v.entier(&CHAMP_NB_16_20_ANS, self.nb_16_20_ans.map(i64::from));
        v.entier(&CHAMP_NB_NOTIFICATION_MDPH, self.nb_notification_mdph.map(i64::from));
        v.entier(&CHAMP_NB_ENTRANTS, self.nb_entrants.map(i64::from));
        v.entier(&CHAMP_NB_ATTENTE_MOINS_15J, self.nb_attente_moins_15j.map(i64::from));
        v.entier(&CHAMP_NB_ATTENTE_15J_1M, self.nb_attente_15j_1m.map(i64::from));
        v.entier(&CHAMP_NB_ATTENTE_1M_3M, self.nb_attente_1m_3m.map(i64::from));
        v.entier(&CHAMP_NB_ATTENTE_3M_6M, self.nb_attente_3m_6m.map(i64::from));
        v.entier(&CHAMP_NB_ATTENTE_6M_12M, self.nb_attente_6m_12m.map(i64::from));
        v.entier(&CHAMP_NB_ATTENTE_12M_PLUS, self.nb_attente_12m_plus.map(i64::from));
        v.decimal(&CHAMP_DELAI_MOYEN_ATTENTE, self.delai_moyen_attente.as_ref());
        v.entier(&CHAMP_NB_EN_ATTENTE_31_12, self.nb_en_attente_31_12.map(i64::from));
        v.decimal(&CHAMP_AGE_MOYEN_ENTRANTS, self.age_moyen_entrants.as_ref());
        v.entier(&CHAMP_NB_SORTIS, self.nb_sortis.map(i64::from));
        v.entier(&CHAMP_NB_FIN_CONCERTEE, self.nb_fin_concertee.map(i64::from));
        v.entier(
            &CHAMP_NB_FIN_SANS_CONCERTATION,
            self.nb_fin_sans_concertation.map(i64::from),
        );
        v.decimal(&CHAMP_DUREE_MOYENNE_SUIVI, self.duree_moyenne_suivi.as_ref());
        v.codes(
            &CHAMP_ORIENTATIONS_APRES_SORTIE,
            self.orientations_apres_sortie.as_ref(),
        );
        v.lignes(&BLOC_RH, &self.rh, |l, v| l.verifier(v));
    }
}
impl sidoba::__private::derive::Modele for Rapport {
    const MODELE: &'static str = "RA_CMPP 2025.1";
    const MEMBRES: &'static [sidoba::__private::derive::Membre] = &[
        sidoba::__private::derive::Membre::Champ("finess_et"),
        sidoba::__private::derive::Membre::Champ("raison_sociale"),
        sidoba::__private::derive::Membre::Champ("categorie_finess"),
        sidoba::__private::derive::Membre::Champ("statut"),
        sidoba::__private::derive::Membre::Champ("age_min_agrement"),
        sidoba::__private::derive::Membre::Champ("age_max_agrement"),
        sidoba::__private::derive::Membre::Champ("nb_antennes"),
        sidoba::__private::derive::Membre::Champ("jours_ouverture"),
        sidoba::__private::derive::Membre::Champ("file_active"),
        sidoba::__private::derive::Membre::Champ("nb_seances_realisees"),
        sidoba::__private::derive::Membre::Champ("nb_seances_facturees"),
        sidoba::__private::derive::Membre::Champ("nb_syntheses"),
        sidoba::__private::derive::Membre::Champ("nb_enfants_vus_une_fois"),
        sidoba::__private::derive::Membre::Champ("nb_enfants_suivis"),
        sidoba::__private::derive::Membre::Champ("nb_garcons"),
        sidoba::__private::derive::Membre::Champ("nb_filles"),
        sidoba::__private::derive::Membre::Champ("nb_0_5_ans"),
        sidoba::__private::derive::Membre::Champ("nb_6_11_ans"),
        sidoba::__private::derive::Membre::Champ("nb_12_15_ans"),
        sidoba::__private::derive::Membre::Champ("nb_16_20_ans"),
        sidoba::__private::derive::Membre::Champ("nb_notification_mdph"),
        sidoba::__private::derive::Membre::Champ("nb_entrants"),
        sidoba::__private::derive::Membre::Champ("nb_attente_moins_15j"),
        sidoba::__private::derive::Membre::Champ("nb_attente_15j_1m"),
        sidoba::__private::derive::Membre::Champ("nb_attente_1m_3m"),
        sidoba::__private::derive::Membre::Champ("nb_attente_3m_6m"),
        sidoba::__private::derive::Membre::Champ("nb_attente_6m_12m"),
        sidoba::__private::derive::Membre::Champ("nb_attente_12m_plus"),
        sidoba::__private::derive::Membre::Champ("delai_moyen_attente"),
        sidoba::__private::derive::Membre::Champ("nb_en_attente_31_12"),
        sidoba::__private::derive::Membre::Champ("age_moyen_entrants"),
        sidoba::__private::derive::Membre::Champ("nb_sortis"),
        sidoba::__private::derive::Membre::Champ("nb_fin_concertee"),
        sidoba::__private::derive::Membre::Champ("nb_fin_sans_concertation"),
        sidoba::__private::derive::Membre::Champ("duree_moyenne_suivi"),
        sidoba::__private::derive::Membre::Champ("orientations_apres_sortie"),
        sidoba::__private::derive::Membre::Table("rh"),
    ];
    const BLOCS: &'static [&'static str] = &[
        "identification",
        "activite",
        "enfants_31_12",
        "entres_delais",
        "sortis",
    ];
    const TRIES: &'static [(&'static str, usize)] = &[
        ("age_max_agrement", 5),
        ("age_min_agrement", 4),
        ("age_moyen_entrants", 30),
        ("categorie_finess", 2),
        ("delai_moyen_attente", 28),
        ("duree_moyenne_suivi", 34),
        ("file_active", 8),
        ("finess_et", 0),
        ("jours_ouverture", 7),
        ("nb_0_5_ans", 16),
        ("nb_12_15_ans", 18),
        ("nb_16_20_ans", 19),
        ("nb_6_11_ans", 17),
        ("nb_antennes", 6),
        ("nb_attente_12m_plus", 27),
        ("nb_attente_15j_1m", 23),
        ("nb_attente_1m_3m", 24),
        ("nb_attente_3m_6m", 25),
        ("nb_attente_6m_12m", 26),
        ("nb_attente_moins_15j", 22),
        ("nb_en_attente_31_12", 29),
        ("nb_enfants_suivis", 13),
        ("nb_enfants_vus_une_fois", 12),
        ("nb_entrants", 21),
        ("nb_filles", 15),
        ("nb_fin_concertee", 32),
        ("nb_fin_sans_concertation", 33),
        ("nb_garcons", 14),
        ("nb_notification_mdph", 20),
        ("nb_seances_facturees", 10),
        ("nb_seances_realisees", 9),
        ("nb_sortis", 31),
        ("nb_syntheses", 11),
        ("orientations_apres_sortie", 35),
        ("raison_sociale", 1),
        ("rh", 36),
        ("statut", 3),
    ];
}
sidoba::__private::champs_derive!(
    Rapport; 0 => finess_et : String = CHAMP_FINESS_ET, 1 => raison_sociale : String =
    CHAMP_RAISON_SOCIALE, 2 => categorie_finess : CategorieEtablissement =
    CHAMP_CATEGORIE_FINESS, 3 => statut : StatutJuridique = CHAMP_STATUT, 4 =>
    age_min_agrement : u8 = CHAMP_AGE_MIN_AGREMENT, 5 => age_max_agrement : u8 =
    CHAMP_AGE_MAX_AGREMENT, 6 => nb_antennes : u8 = CHAMP_NB_ANTENNES, 7 =>
    jours_ouverture : u16 = CHAMP_JOURS_OUVERTURE, 8 => file_active : u16 =
    CHAMP_FILE_ACTIVE, 9 => nb_seances_realisees : u32 = CHAMP_NB_SEANCES_REALISEES, 10
    => nb_seances_facturees : u32 = CHAMP_NB_SEANCES_FACTUREES, 11 => nb_syntheses : u16
    = CHAMP_NB_SYNTHESES, 12 => nb_enfants_vus_une_fois : u16 =
    CHAMP_NB_ENFANTS_VUS_UNE_FOIS, 13 => nb_enfants_suivis : u16 =
    CHAMP_NB_ENFANTS_SUIVIS, 14 => nb_garcons : u16 = CHAMP_NB_GARCONS, 15 => nb_filles :
    u16 = CHAMP_NB_FILLES, 16 => nb_0_5_ans : u16 = CHAMP_NB_0_5_ANS, 17 => nb_6_11_ans :
    u16 = CHAMP_NB_6_11_ANS, 18 => nb_12_15_ans : u16 = CHAMP_NB_12_15_ANS, 19 =>
    nb_16_20_ans : u16 = CHAMP_NB_16_20_ANS, 20 => nb_notification_mdph : u16 =
    CHAMP_NB_NOTIFICATION_MDPH, 21 => nb_entrants : u16 = CHAMP_NB_ENTRANTS, 22 =>
    nb_attente_moins_15j : u16 = CHAMP_NB_ATTENTE_MOINS_15J, 23 => nb_attente_15j_1m :
    u16 = CHAMP_NB_ATTENTE_15J_1M, 24 => nb_attente_1m_3m : u16 = CHAMP_NB_ATTENTE_1M_3M,
    25 => nb_attente_3m_6m : u16 = CHAMP_NB_ATTENTE_3M_6M, 26 => nb_attente_6m_12m : u16
    = CHAMP_NB_ATTENTE_6M_12M, 27 => nb_attente_12m_plus : u16 =
    CHAMP_NB_ATTENTE_12M_PLUS, 28 => delai_moyen_attente : sidoba::Decimal =
    CHAMP_DELAI_MOYEN_ATTENTE, 29 => nb_en_attente_31_12 : u16 =
    CHAMP_NB_EN_ATTENTE_31_12, 30 => age_moyen_entrants : sidoba::Decimal =
    CHAMP_AGE_MOYEN_ENTRANTS, 31 => nb_sortis : u16 = CHAMP_NB_SORTIS, 32 =>
    nb_fin_concertee : u16 = CHAMP_NB_FIN_CONCERTEE, 33 => nb_fin_sans_concertation : u16
    = CHAMP_NB_FIN_SANS_CONCERTATION, 34 => duree_moyenne_suivi : sidoba::Decimal =
    CHAMP_DUREE_MOYENNE_SUIVI, 35 => orientations_apres_sortie : sidoba::Codes <
    OrientationSortie > = CHAMP_ORIENTATIONS_APRES_SORTIE
);
sidoba::__private::tables_derive!(Rapport; 36 => rh : LigneRh = BLOC_RH);
impl sidoba::__private::derive::Rapport for Rapport {
    fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
        Rapport::valider_avec(self, rejets)
    }
    fn payload_sans_validation(&self) -> String {
        Rapport::payload_sans_validation(self)
    }
}
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
    const MODELE: &'static str = "RA_CMPP 2025.1";
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
        let v_nb_0_5_ans = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_0_5_ANS,
            self.nb_0_5_ans.map(i64::from),
        )?;
        let v_nb_6_11_ans = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_6_11_ANS,
            self.nb_6_11_ans.map(i64::from),
        )?;
        let v_nb_12_15_ans = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_12_15_ANS,
            self.nb_12_15_ans.map(i64::from),
        )?;
        let v_nb_16_20_ans = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_16_20_ANS,
            self.nb_16_20_ans.map(i64::from),
        )?;
        let v_nb_enfants_suivis = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_ENFANTS_SUIVIS,
            self.nb_enfants_suivis.map(i64::from),
        )?;
        Some(
            ({
                let mut a = v_nb_0_5_ans;
                a = sidoba::__private::regle::plus(a, v_nb_6_11_ans)?;
                a = sidoba::__private::regle::plus(a, v_nb_12_15_ans)?;
                a = sidoba::__private::regle::plus(a, v_nb_16_20_ans)?;
                a
            }) == (v_nb_enfants_suivis),
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
        let v_nb_attente_moins_15j = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_ATTENTE_MOINS_15J,
            self.nb_attente_moins_15j.map(i64::from),
        )?;
        let v_nb_attente_15j_1m = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_ATTENTE_15J_1M,
            self.nb_attente_15j_1m.map(i64::from),
        )?;
        let v_nb_attente_1m_3m = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_ATTENTE_1M_3M,
            self.nb_attente_1m_3m.map(i64::from),
        )?;
        let v_nb_attente_3m_6m = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_ATTENTE_3M_6M,
            self.nb_attente_3m_6m.map(i64::from),
        )?;
        let v_nb_attente_6m_12m = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_ATTENTE_6M_12M,
            self.nb_attente_6m_12m.map(i64::from),
        )?;
        let v_nb_attente_12m_plus = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_ATTENTE_12M_PLUS,
            self.nb_attente_12m_plus.map(i64::from),
        )?;
        let v_nb_entrants = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_ENTRANTS,
            self.nb_entrants.map(i64::from),
        )?;
        Some(
            ({
                let mut a = v_nb_attente_moins_15j;
                a = sidoba::__private::regle::plus(a, v_nb_attente_15j_1m)?;
                a = sidoba::__private::regle::plus(a, v_nb_attente_1m_3m)?;
                a = sidoba::__private::regle::plus(a, v_nb_attente_3m_6m)?;
                a = sidoba::__private::regle::plus(a, v_nb_attente_6m_12m)?;
                a = sidoba::__private::regle::plus(a, v_nb_attente_12m_plus)?;
                a
            }) == (v_nb_entrants),
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
        let v_nb_seances_facturees = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SEANCES_FACTUREES,
            self.nb_seances_facturees.map(i64::from),
        )?;
        let v_nb_seances_realisees = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SEANCES_REALISEES,
            self.nb_seances_realisees.map(i64::from),
        )?;
        Some((v_nb_seances_facturees) <= (v_nb_seances_realisees))
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
        let v_age_min_agrement = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_AGE_MIN_AGREMENT,
            self.age_min_agrement.map(i64::from),
        )?;
        let v_age_max_agrement = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_AGE_MAX_AGREMENT,
            self.age_max_agrement.map(i64::from),
        )?;
        Some((v_age_min_agrement) <= (v_age_max_agrement))
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
        let v_nb_enfants_suivis = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_ENFANTS_SUIVIS,
            self.nb_enfants_suivis.map(i64::from),
        )?;
        let v_file_active = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_FILE_ACTIVE,
            self.file_active.map(i64::from),
        )?;
        Some((v_nb_enfants_suivis) <= (v_file_active))
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
        let v_nb_garcons = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GARCONS,
            self.nb_garcons.map(i64::from),
        )?;
        let v_nb_filles = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_FILLES,
            self.nb_filles.map(i64::from),
        )?;
        let v_nb_enfants_suivis = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_ENFANTS_SUIVIS,
            self.nb_enfants_suivis.map(i64::from),
        )?;
        Some(
            ({
                let mut a = v_nb_garcons;
                a = sidoba::__private::regle::plus(a, v_nb_filles)?;
                a
            }) == (v_nb_enfants_suivis),
        )
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
        let v_nb_fin_concertee = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_FIN_CONCERTEE,
            self.nb_fin_concertee.map(i64::from),
        )?;
        let v_nb_fin_sans_concertation = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_FIN_SANS_CONCERTATION,
            self.nb_fin_sans_concertation.map(i64::from),
        )?;
        let v_nb_sortis = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SORTIS,
            self.nb_sortis.map(i64::from),
        )?;
        Some(
            ({
                let mut a = v_nb_fin_concertee;
                a = sidoba::__private::regle::plus(a, v_nb_fin_sans_concertation)?;
                a
            }) <= (v_nb_sortis),
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
                message: "La somme des tranches d'âge doit être égale au nombre d'enfants suivis au 31/12."
                    .to_owned(),
            });
        }
        if self.regle_2_r02() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R02".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "La somme des tranches de délai d'attente doit être égale au nombre d'enfants entrés."
                    .to_owned(),
            });
        }
        if self.regle_3_r03() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R03".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les séances facturées ne peuvent pas dépasser les séances réalisées."
                    .to_owned(),
            });
        }
        if self.regle_4_r04() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R04".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "L'âge minimal de l'agrément ne peut pas dépasser l'âge maximal."
                    .to_owned(),
            });
        }
        if self.regle_5_r05() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R05".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les enfants suivis au 31/12 ne peuvent pas dépasser la file active."
                    .to_owned(),
            });
        }
        if self.regle_6_r06() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R06".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "La somme des garçons et des filles diffère du nombre d'enfants suivis au 31/12."
                    .to_owned(),
            });
        }
        if self.regle_7_r07() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R07".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Les fins de prise en charge déclarées dépassent le nombre d'enfants sortis."
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
static CHAMP_AGE_MIN_AGREMENT: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "age_min_agrement",
    libelle: "Âge minimal de l'agrément",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(25),
    },
};
static CHAMP_AGE_MAX_AGREMENT: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "age_max_agrement",
    libelle: "Âge maximal de l'agrément",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(25),
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
static CHAMP_FILE_ACTIVE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "file_active",
    libelle: "File active de l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_SEANCES_REALISEES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_seances_realisees",
    libelle: "Séances réalisées",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(500000),
    },
};
static CHAMP_NB_SEANCES_FACTUREES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_seances_facturees",
    libelle: "Séances facturées à l'assurance maladie",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(500000),
    },
};
static CHAMP_NB_SYNTHESES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_syntheses",
    libelle: "Réunions de synthèse",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(20000),
    },
};
static CHAMP_NB_ENFANTS_VUS_UNE_FOIS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_enfants_vus_une_fois",
    libelle: "Enfants vus une seule fois dans l'année",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_ENFANTS_SUIVIS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_enfants_suivis",
    libelle: "Enfants suivis au 31/12",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_GARCONS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_garcons",
    libelle: "Garçons",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_FILLES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_filles",
    libelle: "Filles",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_0_5_ANS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_0_5_ans",
    libelle: "Enfants de 0 à 5 ans",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_6_11_ANS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_6_11_ans",
    libelle: "Enfants de 6 à 11 ans",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_12_15_ANS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_12_15_ans",
    libelle: "Adolescents de 12 à 15 ans",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_16_20_ANS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_16_20_ans",
    libelle: "Jeunes de 16 à 20 ans",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_NOTIFICATION_MDPH: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_notification_mdph",
    libelle: "Enfants bénéficiant d'une notification de la MDPH",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_ENTRANTS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_entrants",
    libelle: "Enfants entrés dans l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_ATTENTE_MOINS_15J: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_attente_moins_15j",
    libelle: "Attente de moins de 15 jours",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_ATTENTE_15J_1M: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_attente_15j_1m",
    libelle: "Attente de 15 jours à moins d'un mois",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_ATTENTE_1M_3M: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_attente_1m_3m",
    libelle: "Attente de 1 à moins de 3 mois",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_ATTENTE_3M_6M: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_attente_3m_6m",
    libelle: "Attente de 3 à moins de 6 mois",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_ATTENTE_6M_12M: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_attente_6m_12m",
    libelle: "Attente de 6 à moins de 12 mois",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_ATTENTE_12M_PLUS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_attente_12m_plus",
    libelle: "Attente de 12 mois ou plus",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_DELAI_MOYEN_ATTENTE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "delai_moyen_attente",
    libelle: "Délai moyen entre la demande et le premier rendez-vous",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(1500, 0, 0, false, 0)),
    },
};
static CHAMP_NB_EN_ATTENTE_31_12: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_en_attente_31_12",
    libelle: "Enfants en liste d'attente au 31/12",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_AGE_MOYEN_ENTRANTS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "age_moyen_entrants",
    libelle: "Âge moyen des enfants entrés",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(20, 0, 0, false, 0)),
    },
};
static CHAMP_NB_SORTIS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_sortis",
    libelle: "Enfants sortis dans l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_FIN_CONCERTEE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_fin_concertee",
    libelle: "Fins de prise en charge concertées",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_FIN_SANS_CONCERTATION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_fin_sans_concertation",
    libelle: "Fins de prise en charge sans concertation",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_DUREE_MOYENNE_SUIVI: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "duree_moyenne_suivi",
    libelle: "Durée moyenne de prise en charge des enfants sortis",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(240, 0, 0, false, 0)),
    },
};
static CHAMP_ORIENTATIONS_APRES_SORTIE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "orientations_apres_sortie",
    libelle: "Orientations proposées après la sortie",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <OrientationSortie as sidoba::Code>::NOMENCLATURE,
        multiple: true,
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
static BLOC_RH: sidoba::__private::descripteur::Bloc<'static> = sidoba::__private::descripteur::Bloc {
    code: "rh",
    libelle: "Ressources humaines",
    min_lignes: Some(1),
    max_lignes: Some(30),
};
