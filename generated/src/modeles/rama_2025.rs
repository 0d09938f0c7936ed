// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Rapport annuel d'activité médicale 2025 : modèle RAMA version 2025.1 (campagne RAMA-2025).
// SHA-256 du fichier du modèle : e3d4fb44ed594c9f5508493db4799c29a28d84e33dfe7efd0744854886c0e0a6
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "RAMA-2025";
/// Code du modèle.
pub const MODELE: &str = "RAMA";
/// Version du modèle.
pub const VERSION: &str = "2025.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "e3d4fb44ed594c9f5508493db4799c29a28d84e33dfe7efd0744854886c0e0a6";
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
/// Option tarifaire soins (nomenclature option_tarifaire).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum OptionTarifaire {
    /// TG_PUI : Tarif global avec pharmacie à usage intérieur
    TgPui,
    /// TG : Tarif global sans pharmacie à usage intérieur
    Tg,
    /// TP_PUI : Tarif partiel avec pharmacie à usage intérieur
    TpPui,
    /// TP : Tarif partiel sans pharmacie à usage intérieur
    Tp,
}
impl OptionTarifaire {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 4] = [Self::TgPui, Self::Tg, Self::TpPui, Self::Tp];
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
impl sidoba::Code for OptionTarifaire {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "option_tarifaire",
        libelle: "Option tarifaire soins",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "TG_PUI",
                libelle: "Tarif global avec pharmacie à usage intérieur",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "TG",
                libelle: "Tarif global sans pharmacie à usage intérieur",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "TP_PUI",
                libelle: "Tarif partiel avec pharmacie à usage intérieur",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "TP",
                libelle: "Tarif partiel sans pharmacie à usage intérieur",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::TgPui),
            1 => Some(Self::Tg),
            2 => Some(Self::TpPui),
            3 => Some(Self::Tp),
            _ => None,
        }
    }
}
impl core::str::FromStr for OptionTarifaire {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for OptionTarifaire {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<OptionTarifaire> for OptionTarifaire {
    fn vers(&self) -> Result<Option<OptionTarifaire>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Action de prévention du risque infectieux (nomenclature action_prevention_infection).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum ActionPreventionInfection {
    /// REFERENT_HYGIENE : Référent en hygiène désigné
    ReferentHygiene,
    /// CONVENTION_EOH : Convention avec une équipe opérationnelle ou mobile d'hygiène
    ConventionEoh,
    /// AUDIT_HYGIENE_MAINS : Audit de l'hygiène des mains
    AuditHygieneMains,
    /// FORMATION_PRECAUTIONS : Formation du personnel aux précautions standard
    FormationPrecautions,
    /// VACC_GRIPPE : Campagne de vaccination antigrippale des résidents
    VaccGrippe,
    /// VACC_PERSONNEL : Promotion de la vaccination du personnel
    VaccPersonnel,
    /// SURVEILLANCE_BMR : Surveillance des bactéries multirésistantes
    SurveillanceBmr,
    /// PLAN_BLEU : Plan bleu actualisé
    PlanBleu,
}
impl ActionPreventionInfection {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 8] = [
        Self::ReferentHygiene,
        Self::ConventionEoh,
        Self::AuditHygieneMains,
        Self::FormationPrecautions,
        Self::VaccGrippe,
        Self::VaccPersonnel,
        Self::SurveillanceBmr,
        Self::PlanBleu,
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
impl sidoba::Code for ActionPreventionInfection {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "action_prevention_infection",
        libelle: "Action de prévention du risque infectieux",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "REFERENT_HYGIENE",
                libelle: "Référent en hygiène désigné",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "CONVENTION_EOH",
                libelle: "Convention avec une équipe opérationnelle ou mobile d'hygiène",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AUDIT_HYGIENE_MAINS",
                libelle: "Audit de l'hygiène des mains",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "FORMATION_PRECAUTIONS",
                libelle: "Formation du personnel aux précautions standard",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "VACC_GRIPPE",
                libelle: "Campagne de vaccination antigrippale des résidents",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "VACC_PERSONNEL",
                libelle: "Promotion de la vaccination du personnel",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "SURVEILLANCE_BMR",
                libelle: "Surveillance des bactéries multirésistantes",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PLAN_BLEU",
                libelle: "Plan bleu actualisé",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::ReferentHygiene),
            1 => Some(Self::ConventionEoh),
            2 => Some(Self::AuditHygieneMains),
            3 => Some(Self::FormationPrecautions),
            4 => Some(Self::VaccGrippe),
            5 => Some(Self::VaccPersonnel),
            6 => Some(Self::SurveillanceBmr),
            7 => Some(Self::PlanBleu),
            _ => None,
        }
    }
}
impl core::str::FromStr for ActionPreventionInfection {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for ActionPreventionInfection {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<ActionPreventionInfection> for ActionPreventionInfection {
    fn vers(&self) -> Result<Option<ActionPreventionInfection>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Catégorie de personnel (nomenclature categorie_personnel).
///
/// Les valeurs inactives se lisent encore dans d'anciennes données mais sont refusées par la validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum CategoriePersonnel {
    /// MEDCO : Médecin coordonnateur
    Medco,
    /// IDEC : Infirmier diplômé d'État coordinateur
    Idec,
    /// IDE : Infirmier diplômé d'État
    Ide,
    /// AS : Aide-soignant
    As,
    /// AES : Accompagnant éducatif et social
    Aes,
    /// AMP : Aide médico-psychologique (ancien diplôme) (**inactive** : refusée dans un nouveau rapport)
    Amp,
    /// ASG : Assistant de soins en gérontologie
    Asg,
    /// ASH : Agent de service hospitalier
    Ash,
    /// PSY : Psychologue
    Psy,
    /// ERGO : Ergothérapeute
    Ergo,
    /// PSYCHOMOT : Psychomotricien
    Psychomot,
    /// DIET : Diététicien
    Diet,
    /// KINE : Masseur-kinésithérapeute
    Kine,
    /// PHARM : Pharmacien
    Pharm,
    /// AUTRE : Autre personnel soignant ou paramédical
    Autre,
}
impl CategoriePersonnel {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 15] = [
        Self::Medco,
        Self::Idec,
        Self::Ide,
        Self::As,
        Self::Aes,
        Self::Amp,
        Self::Asg,
        Self::Ash,
        Self::Psy,
        Self::Ergo,
        Self::Psychomot,
        Self::Diet,
        Self::Kine,
        Self::Pharm,
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
                code: "MEDCO",
                libelle: "Médecin coordonnateur",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "IDEC",
                libelle: "Infirmier diplômé d'État coordinateur",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "IDE",
                libelle: "Infirmier diplômé d'État",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AS",
                libelle: "Aide-soignant",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AES",
                libelle: "Accompagnant éducatif et social",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AMP",
                libelle: "Aide médico-psychologique (ancien diplôme)",
                actif: false,
            },
            sidoba::__private::descripteur::Valeur {
                code: "ASG",
                libelle: "Assistant de soins en gérontologie",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "ASH",
                libelle: "Agent de service hospitalier",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PSY",
                libelle: "Psychologue",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "ERGO",
                libelle: "Ergothérapeute",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PSYCHOMOT",
                libelle: "Psychomotricien",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "DIET",
                libelle: "Diététicien",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "KINE",
                libelle: "Masseur-kinésithérapeute",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PHARM",
                libelle: "Pharmacien",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AUTRE",
                libelle: "Autre personnel soignant ou paramédical",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::Medco),
            1 => Some(Self::Idec),
            2 => Some(Self::Ide),
            3 => Some(Self::As),
            4 => Some(Self::Aes),
            5 => Some(Self::Amp),
            6 => Some(Self::Asg),
            7 => Some(Self::Ash),
            8 => Some(Self::Psy),
            9 => Some(Self::Ergo),
            10 => Some(Self::Psychomot),
            11 => Some(Self::Diet),
            12 => Some(Self::Kine),
            13 => Some(Self::Pharm),
            14 => Some(Self::Autre),
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
/// Rapport « Rapport annuel d'activité médicale 2025 » (campagne RAMA-2025).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Établissement, capacité et équipements (etablissement)
/// - Résidents (residents)
/// - Mouvements de l'année (mouvements)
/// - Protocoles et évaluations (protocoles)
/// - Activité de soins (activite_soins)
/// - Ressources humaines (ressources_humaines)
/// - Validation du rapport (validation)
#[derive(Clone, Default, PartialEq)]
pub struct Rapport {
    /// **Numéro FINESS de l'établissement** (finess_et).
    ///
    /// Numéro FINESS géographique (ET), 9 caractères ; 2A ou 2B pour la Corse.
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : texte de 9 caractères exactement, au format ^\[0-9A-Za-z\]{9}$.
    /// - Obligatoire.
    pub finess_et: Option<String>,
    /// **Raison sociale** (raison_sociale).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : texte de 1 à 100 caractères.
    /// - Obligatoire.
    pub raison_sociale: Option<String>,
    /// **Catégorie FINESS** (categorie_finess).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : code de la nomenclature « Catégorie d'établissement (FINESS) ».
    /// - Obligatoire.
    pub categorie_finess: Option<CategorieEtablissement>,
    /// **Statut juridique** (statut).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : code de la nomenclature « Statut juridique ».
    /// - Obligatoire.
    pub statut: Option<StatutJuridique>,
    /// **Option tarifaire** (option_tarifaire).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : code de la nomenclature « Option tarifaire soins ».
    /// - Obligatoire.
    pub option_tarifaire: Option<OptionTarifaire>,
    /// **Places installées en hébergement permanent** (nombre_de_places).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : place.
    /// - Obligatoire.
    pub nombre_de_places: Option<u16>,
    /// **Places installées en hébergement temporaire** (nb_places_ht).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : entier, de 0 à 200.
    /// - Unité : place.
    /// - Obligatoire.
    pub nb_places_ht: Option<u8>,
    /// **Places installées en accueil de jour** (nb_places_aj).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : entier, de 0 à 200.
    /// - Unité : place.
    /// - Facultatif.
    pub nb_places_aj: Option<u8>,
    /// **Pôle d'activités et de soins adaptés (PASA)** (pasa).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : booléen.
    /// - Obligatoire.
    pub pasa: Option<bool>,
    /// **Places du PASA** (nb_places_pasa).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : entier, de 0 à 100.
    /// - Unité : place.
    /// - Facultatif.
    pub nb_places_pasa: Option<u8>,
    /// **Unité d'hébergement renforcée (UHR)** (uhr).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : booléen.
    /// - Obligatoire.
    pub uhr: Option<bool>,
    /// **Places de l'UHR** (nb_places_uhr).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : entier, de 0 à 100.
    /// - Unité : place.
    /// - Facultatif.
    pub nb_places_uhr: Option<u8>,
    /// **Unité de vie protégée** (unite_protegee).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : booléen.
    /// - Facultatif.
    pub unite_protegee: Option<bool>,
    /// **Lits dédiés Alzheimer (ancienne nomenclature)** (nb_lits_alzheimer).
    ///
    /// Notion remplacée par l'unité de vie protégée ; ce champ sera supprimé à la campagne 2026.
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : place.
    /// - Facultatif.
    /// - Déprécié : conservé pour cette campagne, annoncé pour suppression.
    pub nb_lits_alzheimer: Option<u16>,
    /// **Résidents présents au 31/12** (nb_residents).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Obligatoire.
    pub nb_residents: Option<u16>,
    /// **Résidents hommes au 31/12** (nb_residents_hommes).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_residents_hommes: Option<u16>,
    /// **Résidentes femmes au 31/12** (nb_residents_femmes).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_residents_femmes: Option<u16>,
    /// **Âge moyen des résidents au 31/12** (age_moyen).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : décimal à 1 décimale(s) au plus, de 60 à 120.
    /// - Unité : an.
    /// - Facultatif.
    pub age_moyen: Option<sidoba::Decimal>,
    /// **Durée moyenne de séjour** (duree_moyenne_sejour).
    ///
    /// Durée moyenne de séjour des résidents sortis dans l'année, en jours.
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : décimal à 1 décimale(s) au plus, de 0 à 20000.
    /// - Unité : jour.
    /// - Facultatif.
    pub duree_moyenne_sejour: Option<sidoba::Decimal>,
    /// **Résidents bénéficiant d'une mesure de protection juridique** (nb_protection_juridique).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_protection_juridique: Option<u16>,
    /// **Résidents ayant désigné une personne de confiance** (nb_personne_confiance).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_personne_confiance: Option<u16>,
    /// **Résidents ayant rédigé des directives anticipées** (nb_directives_anticipees).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_directives_anticipees: Option<u16>,
    /// **Résidents atteints d'une maladie d'Alzheimer ou apparentée diagnostiquée** (nb_residents_alzheimer).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_residents_alzheimer: Option<u16>,
    /// **Résidents en GIR 1** (nb_gir1).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Obligatoire.
    pub nb_gir1: Option<u16>,
    /// **Résidents en GIR 2** (nb_gir2).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Obligatoire.
    pub nb_gir2: Option<u16>,
    /// **Résidents en GIR 3** (nb_gir3).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Obligatoire.
    pub nb_gir3: Option<u16>,
    /// **Résidents en GIR 4** (nb_gir4).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Obligatoire.
    pub nb_gir4: Option<u16>,
    /// **Résidents en GIR 5** (nb_gir5).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Obligatoire.
    pub nb_gir5: Option<u16>,
    /// **Résidents en GIR 6** (nb_gir6).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Obligatoire.
    pub nb_gir6: Option<u16>,
    /// **GIR moyen pondéré (GMP)** (gmp).
    ///
    /// Somme des résidents de chaque GIR multipliés par le poids du GIR (1000, 840, 660, 420, 250, 70), divisée par le nombre de résidents.
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : décimal à 2 décimale(s) au plus, de 0 à 1000.
    /// - Facultatif.
    pub gmp: Option<sidoba::Decimal>,
    /// **PATHOS moyen pondéré (PMP)** (pmp).
    ///
    /// Issu de la dernière coupe PATHOS validée.
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : décimal à 2 décimale(s) au plus, de 0 à 2000.
    /// - Facultatif.
    pub pmp: Option<sidoba::Decimal>,
    /// **Date de validation de la dernière coupe PATHOS** (date_validation_pathos).
    ///
    /// - Bloc : Résidents (residents).
    /// - Type : date, au moins 2010-01-01.
    /// - Facultatif.
    pub date_validation_pathos: Option<sidoba::Date>,
    /// **Entrées dans l'année** (nb_entrees).
    ///
    /// - Bloc : Mouvements de l'année (mouvements).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : résident.
    /// - Obligatoire.
    pub nb_entrees: Option<u16>,
    /// **Sorties dans l'année (décès compris)** (nb_sorties).
    ///
    /// - Bloc : Mouvements de l'année (mouvements).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : résident.
    /// - Obligatoire.
    pub nb_sorties: Option<u16>,
    /// **Décès dans l'année** (nb_deces).
    ///
    /// Tous les décès de résidents, dans l'établissement ou lors d'une hospitalisation.
    ///
    /// - Bloc : Mouvements de l'année (mouvements).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_deces: Option<u16>,
    /// **Décès survenus dans l'établissement** (nb_deces_etablissement).
    ///
    /// - Bloc : Mouvements de l'année (mouvements).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_deces_etablissement: Option<u16>,
    /// **Hospitalisations complètes de résidents** (nb_hospitalisations).
    ///
    /// - Bloc : Mouvements de l'année (mouvements).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : séjour.
    /// - Facultatif.
    pub nb_hospitalisations: Option<u16>,
    /// **Journées d'hospitalisation des résidents** (nb_journees_hospitalisation).
    ///
    /// - Bloc : Mouvements de l'année (mouvements).
    /// - Type : entier, de 0 à 200000.
    /// - Unité : jour.
    /// - Facultatif.
    pub nb_journees_hospitalisation: Option<u32>,
    /// **Protocole de prévention et de prise en charge des chutes** (protocole_chutes).
    ///
    /// - Bloc : Protocoles et évaluations (protocoles).
    /// - Type : booléen.
    /// - Obligatoire.
    pub protocole_chutes: Option<bool>,
    /// **Protocole de prévention et de prise en charge de la dénutrition** (protocole_nutrition).
    ///
    /// - Bloc : Protocoles et évaluations (protocoles).
    /// - Type : booléen.
    /// - Obligatoire.
    pub protocole_nutrition: Option<bool>,
    /// **Protocole encadrant la contention** (protocole_contention).
    ///
    /// - Bloc : Protocoles et évaluations (protocoles).
    /// - Type : booléen.
    /// - Obligatoire.
    pub protocole_contention: Option<bool>,
    /// **Protocole d'évaluation et de prise en charge de la douleur** (protocole_douleur).
    ///
    /// - Bloc : Protocoles et évaluations (protocoles).
    /// - Type : booléen.
    /// - Obligatoire.
    pub protocole_douleur: Option<bool>,
    /// **Protocole de prévention et de soin des escarres** (protocole_escarres).
    ///
    /// - Bloc : Protocoles et évaluations (protocoles).
    /// - Type : booléen.
    /// - Obligatoire.
    pub protocole_escarres: Option<bool>,
    /// **Chutes déclarées dans l'année** (nb_chutes).
    ///
    /// - Bloc : Protocoles et évaluations (protocoles).
    /// - Type : entier, de 0 à 20000.
    /// - Unité : chute.
    /// - Facultatif.
    pub nb_chutes: Option<u16>,
    /// **Résidents sous contention au 31/12** (nb_residents_contention).
    ///
    /// - Bloc : Protocoles et évaluations (protocoles).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_residents_contention: Option<u16>,
    /// **Résidents porteurs d'escarres au 31/12** (nb_residents_escarres).
    ///
    /// - Bloc : Protocoles et évaluations (protocoles).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_residents_escarres: Option<u16>,
    /// **Résidents dénutris au 31/12** (nb_residents_denutris).
    ///
    /// Dénutrition diagnostiquée selon les critères de la HAS (2021).
    ///
    /// - Bloc : Protocoles et évaluations (protocoles).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_residents_denutris: Option<u16>,
    /// **Évaluations cognitives réalisées dans l'année** (nb_evaluations_cognitives).
    ///
    /// - Bloc : Protocoles et évaluations (protocoles).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : évaluation.
    /// - Facultatif.
    pub nb_evaluations_cognitives: Option<u16>,
    /// **Résidents disposant d'un projet personnalisé d'accompagnement à jour** (nb_projets_personnalises).
    ///
    /// - Bloc : Protocoles et évaluations (protocoles).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_projets_personnalises: Option<u16>,
    /// **Téléconsultations réalisées** (nb_teleconsultations).
    ///
    /// - Bloc : Activité de soins (activite_soins).
    /// - Type : entier, de 0 à 50000.
    /// - Unité : acte.
    /// - Facultatif.
    pub nb_teleconsultations: Option<u16>,
    /// **Résidents vaccinés contre la grippe** (nb_vaccinations_grippe).
    ///
    /// - Bloc : Activité de soins (activite_soins).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_vaccinations_grippe: Option<u16>,
    /// **EIGS déclarés** (nb_eigs_declares).
    ///
    /// - Bloc : Activité de soins (activite_soins).
    /// - Type : entier, de 0 à 1000.
    /// - Unité : événement.
    /// - Facultatif.
    pub nb_eigs_declares: Option<u16>,
    /// **Résidents traités par neuroleptiques au 31/12** (nb_residents_neuroleptiques).
    ///
    /// - Bloc : Activité de soins (activite_soins).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_residents_neuroleptiques: Option<u16>,
    /// **Résidents ayant au moins 10 molécules prescrites au 31/12** (nb_residents_polymedication).
    ///
    /// - Bloc : Activité de soins (activite_soins).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_residents_polymedication: Option<u16>,
    /// **Passages aux urgences sans hospitalisation** (nb_passages_urgences).
    ///
    /// - Bloc : Activité de soins (activite_soins).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : passage.
    /// - Facultatif.
    pub nb_passages_urgences: Option<u16>,
    /// **Plan de maîtrise du risque infectieux formalisé** (plan_risque_infectieux).
    ///
    /// - Bloc : Activité de soins (activite_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub plan_risque_infectieux: Option<bool>,
    /// **Actions de prévention du risque infectieux menées** (actions_prevention_infection).
    ///
    /// - Bloc : Activité de soins (activite_soins).
    /// - Type : ensemble de codes de la nomenclature « Action de prévention du risque infectieux ».
    /// - Facultatif.
    pub actions_prevention_infection: Option<sidoba::Codes<ActionPreventionInfection>>,
    /// **Numéro FINESS de l'établissement d'HAD** (finess_had).
    ///
    /// - Bloc : Conventions avec l'hospitalisation à domicile (HAD) (conventions_had).
    /// - Type : texte de 9 caractères exactement, au format ^\[0-9A-Za-z\]{9}$.
    /// - Facultatif.
    pub finess_had: Option<String>,
    /// **Date de signature de la convention** (date_convention_had).
    ///
    /// - Bloc : Conventions avec l'hospitalisation à domicile (HAD) (conventions_had).
    /// - Type : date.
    /// - Facultatif.
    pub date_convention_had: Option<sidoba::Date>,
    /// **Résidents ayant bénéficié de l'HAD dans l'année** (nb_residents_had).
    ///
    /// - Bloc : Conventions avec l'hospitalisation à domicile (HAD) (conventions_had).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_residents_had: Option<u16>,
    /// **Temps de médecin coordonnateur** (temps_medco).
    ///
    /// - Bloc : Ressources humaines (ressources_humaines).
    /// - Type : décimal à 2 décimale(s) au plus, de 0 à 10.
    /// - Unité : ETP.
    /// - Facultatif.
    pub temps_medco: Option<sidoba::Decimal>,
    /// **Effectifs par catégorie de personnel** (effectifs) : table de lignes.
    ///
    /// Une ligne par catégorie de personnel, ETP moyens de l'année.
    ///
    /// De 1 à 40 lignes.
    pub effectifs: Vec<LigneEffectifs>,
    /// **Salariés ayant suivi au moins une formation dans l'année** (nb_salaries_formes).
    ///
    /// - Bloc : Formation (formation).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : personne.
    /// - Facultatif.
    pub nb_salaries_formes: Option<u16>,
    /// **Volume de formation dispensé** (volume_formation).
    ///
    /// - Bloc : Formation (formation).
    /// - Type : décimal à 1 décimale(s) au plus, de 0 à 100000.
    /// - Unité : heure.
    /// - Facultatif.
    pub volume_formation: Option<sidoba::Decimal>,
    /// **Date de l'avis de la commission de coordination gériatrique** (date_avis_commission).
    ///
    /// - Bloc : Validation du rapport (validation).
    /// - Type : date, de 2026-01-01 à 2026-12-31.
    /// - Obligatoire.
    pub date_avis_commission: Option<sidoba::Date>,
    /// **Date de signature du rapport** (date_signature).
    ///
    /// - Bloc : Validation du rapport (validation).
    /// - Type : date, de 2026-01-01 à 2026-12-31.
    /// - Obligatoire.
    pub date_signature: Option<sidoba::Date>,
    /// **Recommandations de la commission annexées au rapport** (annexe_recommandations).
    ///
    /// - Bloc : Validation du rapport (validation).
    /// - Type : booléen.
    /// - Facultatif.
    pub annexe_recommandations: Option<bool>,
    /// **Nom du médecin coordonnateur signataire** (nom_medecin_coordonnateur).
    ///
    /// - Bloc : Validation du rapport (validation).
    /// - Type : texte de 1 à 100 caractères.
    /// - Obligatoire.
    /// - Donnée personnelle : jamais affichée par `Debug` ni dans les messages.
    pub nom_medecin_coordonnateur: Option<String>,
    /// **Nom du directeur signataire** (nom_directeur).
    ///
    /// - Bloc : Validation du rapport (validation).
    /// - Type : texte de 1 à 100 caractères.
    /// - Obligatoire.
    /// - Donnée personnelle : jamais affichée par `Debug` ni dans les messages.
    pub nom_directeur: Option<String>,
}
impl core::fmt::Debug for Rapport {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Rapport")
            .field("finess_et", &self.finess_et)
            .field("raison_sociale", &self.raison_sociale)
            .field("categorie_finess", &self.categorie_finess)
            .field("statut", &self.statut)
            .field("option_tarifaire", &self.option_tarifaire)
            .field("nombre_de_places", &self.nombre_de_places)
            .field("nb_places_ht", &self.nb_places_ht)
            .field("nb_places_aj", &self.nb_places_aj)
            .field("pasa", &self.pasa)
            .field("nb_places_pasa", &self.nb_places_pasa)
            .field("uhr", &self.uhr)
            .field("nb_places_uhr", &self.nb_places_uhr)
            .field("unite_protegee", &self.unite_protegee)
            .field("nb_lits_alzheimer", &self.nb_lits_alzheimer)
            .field("nb_residents", &self.nb_residents)
            .field("nb_residents_hommes", &self.nb_residents_hommes)
            .field("nb_residents_femmes", &self.nb_residents_femmes)
            .field("age_moyen", &self.age_moyen)
            .field("duree_moyenne_sejour", &self.duree_moyenne_sejour)
            .field("nb_protection_juridique", &self.nb_protection_juridique)
            .field("nb_personne_confiance", &self.nb_personne_confiance)
            .field("nb_directives_anticipees", &self.nb_directives_anticipees)
            .field("nb_residents_alzheimer", &self.nb_residents_alzheimer)
            .field("nb_gir1", &self.nb_gir1)
            .field("nb_gir2", &self.nb_gir2)
            .field("nb_gir3", &self.nb_gir3)
            .field("nb_gir4", &self.nb_gir4)
            .field("nb_gir5", &self.nb_gir5)
            .field("nb_gir6", &self.nb_gir6)
            .field("gmp", &self.gmp)
            .field("pmp", &self.pmp)
            .field("date_validation_pathos", &self.date_validation_pathos)
            .field("nb_entrees", &self.nb_entrees)
            .field("nb_sorties", &self.nb_sorties)
            .field("nb_deces", &self.nb_deces)
            .field("nb_deces_etablissement", &self.nb_deces_etablissement)
            .field("nb_hospitalisations", &self.nb_hospitalisations)
            .field("nb_journees_hospitalisation", &self.nb_journees_hospitalisation)
            .field("protocole_chutes", &self.protocole_chutes)
            .field("protocole_nutrition", &self.protocole_nutrition)
            .field("protocole_contention", &self.protocole_contention)
            .field("protocole_douleur", &self.protocole_douleur)
            .field("protocole_escarres", &self.protocole_escarres)
            .field("nb_chutes", &self.nb_chutes)
            .field("nb_residents_contention", &self.nb_residents_contention)
            .field("nb_residents_escarres", &self.nb_residents_escarres)
            .field("nb_residents_denutris", &self.nb_residents_denutris)
            .field("nb_evaluations_cognitives", &self.nb_evaluations_cognitives)
            .field("nb_projets_personnalises", &self.nb_projets_personnalises)
            .field("nb_teleconsultations", &self.nb_teleconsultations)
            .field("nb_vaccinations_grippe", &self.nb_vaccinations_grippe)
            .field("nb_eigs_declares", &self.nb_eigs_declares)
            .field("nb_residents_neuroleptiques", &self.nb_residents_neuroleptiques)
            .field("nb_residents_polymedication", &self.nb_residents_polymedication)
            .field("nb_passages_urgences", &self.nb_passages_urgences)
            .field("plan_risque_infectieux", &self.plan_risque_infectieux)
            .field("actions_prevention_infection", &self.actions_prevention_infection)
            .field("finess_had", &self.finess_had)
            .field("date_convention_had", &self.date_convention_had)
            .field("nb_residents_had", &self.nb_residents_had)
            .field("temps_medco", &self.temps_medco)
            .field("effectifs", &self.effectifs)
            .field("nb_salaries_formes", &self.nb_salaries_formes)
            .field("volume_formation", &self.volume_formation)
            .field("date_avis_commission", &self.date_avis_commission)
            .field("date_signature", &self.date_signature)
            .field("annexe_recommandations", &self.annexe_recommandations)
            .field(
                "nom_medecin_coordonnateur",
                &sidoba::__private::Masque(&self.nom_medecin_coordonnateur),
            )
            .field("nom_directeur", &sidoba::__private::Masque(&self.nom_directeur))
            .finish()
    }
}
impl Rapport {
    fn ecrire(&self, o: &mut sidoba::__private::ecriture::Objet<'_>) {
        o.texte("finess_et", self.finess_et.as_deref());
        o.texte("raison_sociale", self.raison_sociale.as_deref());
        o.code("categorie_finess", self.categorie_finess);
        o.code("statut", self.statut);
        o.code("option_tarifaire", self.option_tarifaire);
        o.valeur("nombre_de_places", self.nombre_de_places.as_ref());
        o.valeur("nb_places_ht", self.nb_places_ht.as_ref());
        o.valeur("nb_places_aj", self.nb_places_aj.as_ref());
        o.valeur("pasa", self.pasa.as_ref());
        o.valeur("nb_places_pasa", self.nb_places_pasa.as_ref());
        o.valeur("uhr", self.uhr.as_ref());
        o.valeur("nb_places_uhr", self.nb_places_uhr.as_ref());
        o.valeur("unite_protegee", self.unite_protegee.as_ref());
        o.valeur("nb_lits_alzheimer", self.nb_lits_alzheimer.as_ref());
        o.valeur("nb_residents", self.nb_residents.as_ref());
        o.valeur("nb_residents_hommes", self.nb_residents_hommes.as_ref());
        o.valeur("nb_residents_femmes", self.nb_residents_femmes.as_ref());
        o.decimal("age_moyen", self.age_moyen.as_ref(), 1);
        o.decimal("duree_moyenne_sejour", self.duree_moyenne_sejour.as_ref(), 1);
        o.valeur("nb_protection_juridique", self.nb_protection_juridique.as_ref());
        o.valeur("nb_personne_confiance", self.nb_personne_confiance.as_ref());
        o.valeur("nb_directives_anticipees", self.nb_directives_anticipees.as_ref());
        o.valeur("nb_residents_alzheimer", self.nb_residents_alzheimer.as_ref());
        o.valeur("nb_gir1", self.nb_gir1.as_ref());
        o.valeur("nb_gir2", self.nb_gir2.as_ref());
        o.valeur("nb_gir3", self.nb_gir3.as_ref());
        o.valeur("nb_gir4", self.nb_gir4.as_ref());
        o.valeur("nb_gir5", self.nb_gir5.as_ref());
        o.valeur("nb_gir6", self.nb_gir6.as_ref());
        o.decimal("gmp", self.gmp.as_ref(), 2);
        o.decimal("pmp", self.pmp.as_ref(), 2);
        o.valeur("date_validation_pathos", self.date_validation_pathos.as_ref());
        o.valeur("nb_entrees", self.nb_entrees.as_ref());
        o.valeur("nb_sorties", self.nb_sorties.as_ref());
        o.valeur("nb_deces", self.nb_deces.as_ref());
        o.valeur("nb_deces_etablissement", self.nb_deces_etablissement.as_ref());
        o.valeur("nb_hospitalisations", self.nb_hospitalisations.as_ref());
        o.valeur(
            "nb_journees_hospitalisation",
            self.nb_journees_hospitalisation.as_ref(),
        );
        o.valeur("protocole_chutes", self.protocole_chutes.as_ref());
        o.valeur("protocole_nutrition", self.protocole_nutrition.as_ref());
        o.valeur("protocole_contention", self.protocole_contention.as_ref());
        o.valeur("protocole_douleur", self.protocole_douleur.as_ref());
        o.valeur("protocole_escarres", self.protocole_escarres.as_ref());
        o.valeur("nb_chutes", self.nb_chutes.as_ref());
        o.valeur("nb_residents_contention", self.nb_residents_contention.as_ref());
        o.valeur("nb_residents_escarres", self.nb_residents_escarres.as_ref());
        o.valeur("nb_residents_denutris", self.nb_residents_denutris.as_ref());
        o.valeur("nb_evaluations_cognitives", self.nb_evaluations_cognitives.as_ref());
        o.valeur("nb_projets_personnalises", self.nb_projets_personnalises.as_ref());
        o.valeur("nb_teleconsultations", self.nb_teleconsultations.as_ref());
        o.valeur("nb_vaccinations_grippe", self.nb_vaccinations_grippe.as_ref());
        o.valeur("nb_eigs_declares", self.nb_eigs_declares.as_ref());
        o.valeur(
            "nb_residents_neuroleptiques",
            self.nb_residents_neuroleptiques.as_ref(),
        );
        o.valeur(
            "nb_residents_polymedication",
            self.nb_residents_polymedication.as_ref(),
        );
        o.valeur("nb_passages_urgences", self.nb_passages_urgences.as_ref());
        o.valeur("plan_risque_infectieux", self.plan_risque_infectieux.as_ref());
        o.codes(
            "actions_prevention_infection",
            self.actions_prevention_infection.as_ref(),
        );
        o.texte("finess_had", self.finess_had.as_deref());
        o.valeur("date_convention_had", self.date_convention_had.as_ref());
        o.valeur("nb_residents_had", self.nb_residents_had.as_ref());
        o.decimal("temps_medco", self.temps_medco.as_ref(), 2);
        o.lignes("effectifs", &self.effectifs, |l, o| l.ecrire(o));
        o.valeur("nb_salaries_formes", self.nb_salaries_formes.as_ref());
        o.decimal("volume_formation", self.volume_formation.as_ref(), 1);
        o.valeur("date_avis_commission", self.date_avis_commission.as_ref());
        o.valeur("date_signature", self.date_signature.as_ref());
        o.valeur("annexe_recommandations", self.annexe_recommandations.as_ref());
        o.texte("nom_medecin_coordonnateur", self.nom_medecin_coordonnateur.as_deref());
        o.texte("nom_directeur", self.nom_directeur.as_deref());
    }
    fn lire_objet(
        f: &mut sidoba::__private::flux::Flux<'_>,
        c: &sidoba::__private::verif::Chemin,
        l: &mut sidoba::__private::lecture::Lecteur,
    ) -> Result<Self, sidoba::__private::jeton::ErreurJson> {
        const CLES: sidoba::__private::lecture::Cles<'static> = sidoba::__private::lecture::Cles(
            &[
                ("actions_prevention_infection", 56),
                ("age_moyen", 17),
                ("annexe_recommandations", 66),
                ("categorie_finess", 2),
                ("date_avis_commission", 64),
                ("date_convention_had", 58),
                ("date_signature", 65),
                ("date_validation_pathos", 31),
                ("duree_moyenne_sejour", 18),
                ("effectifs", 61),
                ("finess_et", 0),
                ("finess_had", 57),
                ("gmp", 29),
                ("nb_chutes", 43),
                ("nb_deces", 34),
                ("nb_deces_etablissement", 35),
                ("nb_directives_anticipees", 21),
                ("nb_eigs_declares", 51),
                ("nb_entrees", 32),
                ("nb_evaluations_cognitives", 47),
                ("nb_gir1", 23),
                ("nb_gir2", 24),
                ("nb_gir3", 25),
                ("nb_gir4", 26),
                ("nb_gir5", 27),
                ("nb_gir6", 28),
                ("nb_hospitalisations", 36),
                ("nb_journees_hospitalisation", 37),
                ("nb_lits_alzheimer", 13),
                ("nb_passages_urgences", 54),
                ("nb_personne_confiance", 20),
                ("nb_places_aj", 7),
                ("nb_places_ht", 6),
                ("nb_places_pasa", 9),
                ("nb_places_uhr", 11),
                ("nb_projets_personnalises", 48),
                ("nb_protection_juridique", 19),
                ("nb_residents", 14),
                ("nb_residents_alzheimer", 22),
                ("nb_residents_contention", 44),
                ("nb_residents_denutris", 46),
                ("nb_residents_escarres", 45),
                ("nb_residents_femmes", 16),
                ("nb_residents_had", 59),
                ("nb_residents_hommes", 15),
                ("nb_residents_neuroleptiques", 52),
                ("nb_residents_polymedication", 53),
                ("nb_salaries_formes", 62),
                ("nb_sorties", 33),
                ("nb_teleconsultations", 49),
                ("nb_vaccinations_grippe", 50),
                ("nom_directeur", 68),
                ("nom_medecin_coordonnateur", 67),
                ("nombre_de_places", 5),
                ("option_tarifaire", 4),
                ("pasa", 8),
                ("plan_risque_infectieux", 55),
                ("pmp", 30),
                ("protocole_chutes", 38),
                ("protocole_contention", 40),
                ("protocole_douleur", 41),
                ("protocole_escarres", 42),
                ("protocole_nutrition", 39),
                ("raison_sociale", 1),
                ("statut", 3),
                ("temps_medco", 60),
                ("uhr", 10),
                ("unite_protegee", 12),
                ("volume_formation", 63),
            ],
        );
        const ORDRE: &[&str] = &[
            "finess_et",
            "raison_sociale",
            "categorie_finess",
            "statut",
            "option_tarifaire",
            "nombre_de_places",
            "nb_places_ht",
            "nb_places_aj",
            "pasa",
            "nb_places_pasa",
            "uhr",
            "nb_places_uhr",
            "unite_protegee",
            "nb_lits_alzheimer",
            "nb_residents",
            "nb_residents_hommes",
            "nb_residents_femmes",
            "age_moyen",
            "duree_moyenne_sejour",
            "nb_protection_juridique",
            "nb_personne_confiance",
            "nb_directives_anticipees",
            "nb_residents_alzheimer",
            "nb_gir1",
            "nb_gir2",
            "nb_gir3",
            "nb_gir4",
            "nb_gir5",
            "nb_gir6",
            "gmp",
            "pmp",
            "date_validation_pathos",
            "nb_entrees",
            "nb_sorties",
            "nb_deces",
            "nb_deces_etablissement",
            "nb_hospitalisations",
            "nb_journees_hospitalisation",
            "protocole_chutes",
            "protocole_nutrition",
            "protocole_contention",
            "protocole_douleur",
            "protocole_escarres",
            "nb_chutes",
            "nb_residents_contention",
            "nb_residents_escarres",
            "nb_residents_denutris",
            "nb_evaluations_cognitives",
            "nb_projets_personnalises",
            "nb_teleconsultations",
            "nb_vaccinations_grippe",
            "nb_eigs_declares",
            "nb_residents_neuroleptiques",
            "nb_residents_polymedication",
            "nb_passages_urgences",
            "plan_risque_infectieux",
            "actions_prevention_infection",
            "finess_had",
            "date_convention_had",
            "nb_residents_had",
            "temps_medco",
            "effectifs",
            "nb_salaries_formes",
            "volume_formation",
            "date_avis_commission",
            "date_signature",
            "annexe_recommandations",
            "nom_medecin_coordonnateur",
            "nom_directeur",
        ];
        let mut r = Self::default();
        let mut vus = sidoba::__private::flux::Vus::new(69);
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
                Some(4) => {
                    r.option_tarifaire = l.code_enum(c, &CHAMP_OPTION_TARIFAIRE, f)?;
                }
                Some(5) => r.nombre_de_places = l.entier(c, &CHAMP_NOMBRE_DE_PLACES, f)?,
                Some(6) => r.nb_places_ht = l.entier(c, &CHAMP_NB_PLACES_HT, f)?,
                Some(7) => r.nb_places_aj = l.entier(c, &CHAMP_NB_PLACES_AJ, f)?,
                Some(8) => r.pasa = l.booleen(c, &CHAMP_PASA, f)?,
                Some(9) => r.nb_places_pasa = l.entier(c, &CHAMP_NB_PLACES_PASA, f)?,
                Some(10) => r.uhr = l.booleen(c, &CHAMP_UHR, f)?,
                Some(11) => r.nb_places_uhr = l.entier(c, &CHAMP_NB_PLACES_UHR, f)?,
                Some(12) => r.unite_protegee = l.booleen(c, &CHAMP_UNITE_PROTEGEE, f)?,
                Some(13) => {
                    r.nb_lits_alzheimer = l.entier(c, &CHAMP_NB_LITS_ALZHEIMER, f)?;
                }
                Some(14) => r.nb_residents = l.entier(c, &CHAMP_NB_RESIDENTS, f)?,
                Some(15) => {
                    r.nb_residents_hommes = l.entier(c, &CHAMP_NB_RESIDENTS_HOMMES, f)?;
                }
                Some(16) => {
                    r.nb_residents_femmes = l.entier(c, &CHAMP_NB_RESIDENTS_FEMMES, f)?;
                }
                Some(17) => r.age_moyen = l.decimal(c, &CHAMP_AGE_MOYEN, f)?,
                Some(18) => {
                    r.duree_moyenne_sejour = l
                        .decimal(c, &CHAMP_DUREE_MOYENNE_SEJOUR, f)?;
                }
                Some(19) => {
                    r.nb_protection_juridique = l
                        .entier(c, &CHAMP_NB_PROTECTION_JURIDIQUE, f)?;
                }
                Some(20) => {
                    r.nb_personne_confiance = l
                        .entier(c, &CHAMP_NB_PERSONNE_CONFIANCE, f)?;
                }
                Some(21) => {
                    r.nb_directives_anticipees = l
                        .entier(c, &CHAMP_NB_DIRECTIVES_ANTICIPEES, f)?;
                }
                Some(22) => {
                    r.nb_residents_alzheimer = l
                        .entier(c, &CHAMP_NB_RESIDENTS_ALZHEIMER, f)?;
                }
                Some(23) => r.nb_gir1 = l.entier(c, &CHAMP_NB_GIR1, f)?,
                Some(24) => r.nb_gir2 = l.entier(c, &CHAMP_NB_GIR2, f)?,
                Some(25) => r.nb_gir3 = l.entier(c, &CHAMP_NB_GIR3, f)?,
                Some(26) => r.nb_gir4 = l.entier(c, &CHAMP_NB_GIR4, f)?,
                Some(27) => r.nb_gir5 = l.entier(c, &CHAMP_NB_GIR5, f)?,
                Some(28) => r.nb_gir6 = l.entier(c, &CHAMP_NB_GIR6, f)?,
                Some(29) => r.gmp = l.decimal(c, &CHAMP_GMP, f)?,
                Some(30) => r.pmp = l.decimal(c, &CHAMP_PMP, f)?,
                Some(31) => {
                    r.date_validation_pathos = l
                        .date(c, &CHAMP_DATE_VALIDATION_PATHOS, f)?;
                }
                Some(32) => r.nb_entrees = l.entier(c, &CHAMP_NB_ENTREES, f)?,
                Some(33) => r.nb_sorties = l.entier(c, &CHAMP_NB_SORTIES, f)?,
                Some(34) => r.nb_deces = l.entier(c, &CHAMP_NB_DECES, f)?,
                Some(35) => {
                    r.nb_deces_etablissement = l
                        .entier(c, &CHAMP_NB_DECES_ETABLISSEMENT, f)?;
                }
                Some(36) => {
                    r.nb_hospitalisations = l.entier(c, &CHAMP_NB_HOSPITALISATIONS, f)?;
                }
                Some(37) => {
                    r.nb_journees_hospitalisation = l
                        .entier(c, &CHAMP_NB_JOURNEES_HOSPITALISATION, f)?;
                }
                Some(38) => {
                    r.protocole_chutes = l.booleen(c, &CHAMP_PROTOCOLE_CHUTES, f)?;
                }
                Some(39) => {
                    r.protocole_nutrition = l.booleen(c, &CHAMP_PROTOCOLE_NUTRITION, f)?;
                }
                Some(40) => {
                    r.protocole_contention = l
                        .booleen(c, &CHAMP_PROTOCOLE_CONTENTION, f)?;
                }
                Some(41) => {
                    r.protocole_douleur = l.booleen(c, &CHAMP_PROTOCOLE_DOULEUR, f)?;
                }
                Some(42) => {
                    r.protocole_escarres = l.booleen(c, &CHAMP_PROTOCOLE_ESCARRES, f)?;
                }
                Some(43) => r.nb_chutes = l.entier(c, &CHAMP_NB_CHUTES, f)?,
                Some(44) => {
                    r.nb_residents_contention = l
                        .entier(c, &CHAMP_NB_RESIDENTS_CONTENTION, f)?;
                }
                Some(45) => {
                    r.nb_residents_escarres = l
                        .entier(c, &CHAMP_NB_RESIDENTS_ESCARRES, f)?;
                }
                Some(46) => {
                    r.nb_residents_denutris = l
                        .entier(c, &CHAMP_NB_RESIDENTS_DENUTRIS, f)?;
                }
                Some(47) => {
                    r.nb_evaluations_cognitives = l
                        .entier(c, &CHAMP_NB_EVALUATIONS_COGNITIVES, f)?;
                }
                Some(48) => {
                    r.nb_projets_personnalises = l
                        .entier(c, &CHAMP_NB_PROJETS_PERSONNALISES, f)?;
                }
                Some(49) => {
                    r.nb_teleconsultations = l.entier(c, &CHAMP_NB_TELECONSULTATIONS, f)?;
                }
                Some(50) => {
                    r.nb_vaccinations_grippe = l
                        .entier(c, &CHAMP_NB_VACCINATIONS_GRIPPE, f)?;
                }
                Some(51) => r.nb_eigs_declares = l.entier(c, &CHAMP_NB_EIGS_DECLARES, f)?,
                Some(52) => {
                    r.nb_residents_neuroleptiques = l
                        .entier(c, &CHAMP_NB_RESIDENTS_NEUROLEPTIQUES, f)?;
                }
                Some(53) => {
                    r.nb_residents_polymedication = l
                        .entier(c, &CHAMP_NB_RESIDENTS_POLYMEDICATION, f)?;
                }
                Some(54) => {
                    r.nb_passages_urgences = l.entier(c, &CHAMP_NB_PASSAGES_URGENCES, f)?;
                }
                Some(55) => {
                    r.plan_risque_infectieux = l
                        .booleen(c, &CHAMP_PLAN_RISQUE_INFECTIEUX, f)?;
                }
                Some(56) => {
                    r.actions_prevention_infection = l
                        .codes_enum(c, &CHAMP_ACTIONS_PREVENTION_INFECTION, f)?;
                }
                Some(57) => r.finess_had = l.texte(c, &CHAMP_FINESS_HAD, f)?,
                Some(58) => {
                    r.date_convention_had = l.date(c, &CHAMP_DATE_CONVENTION_HAD, f)?;
                }
                Some(59) => r.nb_residents_had = l.entier(c, &CHAMP_NB_RESIDENTS_HAD, f)?,
                Some(60) => r.temps_medco = l.decimal(c, &CHAMP_TEMPS_MEDCO, f)?,
                Some(61) => {
                    r.effectifs = l
                        .lignes_de(c, &BLOC_EFFECTIFS, f, LigneEffectifs::lire_objet)?;
                }
                Some(62) => {
                    r.nb_salaries_formes = l.entier(c, &CHAMP_NB_SALARIES_FORMES, f)?;
                }
                Some(63) => {
                    r.volume_formation = l.decimal(c, &CHAMP_VOLUME_FORMATION, f)?;
                }
                Some(64) => {
                    r.date_avis_commission = l.date(c, &CHAMP_DATE_AVIS_COMMISSION, f)?;
                }
                Some(65) => r.date_signature = l.date(c, &CHAMP_DATE_SIGNATURE, f)?,
                Some(66) => {
                    r.annexe_recommandations = l
                        .booleen(c, &CHAMP_ANNEXE_RECOMMANDATIONS, f)?;
                }
                Some(67) => {
                    r.nom_medecin_coordonnateur = l
                        .texte(c, &CHAMP_NOM_MEDECIN_COORDONNATEUR, f)?;
                }
                Some(68) => r.nom_directeur = l.texte(c, &CHAMP_NOM_DIRECTEUR, f)?,
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
        v.code(&CHAMP_OPTION_TARIFAIRE, self.option_tarifaire);
        v.entier(&CHAMP_NOMBRE_DE_PLACES, self.nombre_de_places.map(i64::from));
        v.entier(&CHAMP_NB_PLACES_HT, self.nb_places_ht.map(i64::from));
        v.entier(&CHAMP_NB_PLACES_AJ, self.nb_places_aj.map(i64::from));
        v.booleen(&CHAMP_PASA, self.pasa);
        v.entier(&CHAMP_NB_PLACES_PASA, self.nb_places_pasa.map(i64::from));
        v.booleen(&CHAMP_UHR, self.uhr);
        v.entier(&CHAMP_NB_PLACES_UHR, self.nb_places_uhr.map(i64::from));
        v.booleen(&CHAMP_UNITE_PROTEGEE, self.unite_protegee);
        v.entier(&CHAMP_NB_LITS_ALZHEIMER, self.nb_lits_alzheimer.map(i64::from));
        v.entier(&CHAMP_NB_RESIDENTS, self.nb_residents.map(i64::from));
        v.entier(&CHAMP_NB_RESIDENTS_HOMMES, self.nb_residents_hommes.map(i64::from));
        v.entier(&CHAMP_NB_RESIDENTS_FEMMES, self.nb_residents_femmes.map(i64::from));
        v.decimal(&CHAMP_AGE_MOYEN, self.age_moyen.as_ref());
        v.decimal(&CHAMP_DUREE_MOYENNE_SEJOUR, self.duree_moyenne_sejour.as_ref());
        v.entier(
            &CHAMP_NB_PROTECTION_JURIDIQUE,
            self.nb_protection_juridique.map(i64::from),
        );
        v.entier(
            &CHAMP_NB_PERSONNE_CONFIANCE,
            self.nb_personne_confiance.map(i64::from),
        );
        v.entier(
            &CHAMP_NB_DIRECTIVES_ANTICIPEES,
            self.nb_directives_anticipees.map(i64::from),
        );
        v.entier(
            &CHAMP_NB_RESIDENTS_ALZHEIMER,
            self.nb_residents_alzheimer.map(i64::from),
        );
        v.entier(&CHAMP_NB_GIR1, self.nb_gir1.map(i64::from));
        v.entier(&CHAMP_NB_GIR2, self.nb_gir2.map(i64::from));
        v.entier(&CHAMP_NB_GIR3, self.nb_gir3.map(i64::from));
        v.entier(&CHAMP_NB_GIR4, self.nb_gir4.map(i64::from));
        v.entier(&CHAMP_NB_GIR5, self.nb_gir5.map(i64::from));
        v.entier(&CHAMP_NB_GIR6, self.nb_gir6.map(i64::from));
        v.decimal(&CHAMP_GMP, self.gmp.as_ref());
        v.decimal(&CHAMP_PMP, self.pmp.as_ref());
        v.date(&CHAMP_DATE_VALIDATION_PATHOS, self.date_validation_pathos);
        v.entier(&CHAMP_NB_ENTREES, self.nb_entrees.map(i64::from));
        v.entier(&CHAMP_NB_SORTIES, self.nb_sorties.map(i64::from));
        v.entier(&CHAMP_NB_DECES, self.nb_deces.map(i64::from));
        v.entier(
            &CHAMP_NB_DECES_ETABLISSEMENT,
            self.nb_deces_etablissement.map(i64::from),
        );
        v.entier(&CHAMP_NB_HOSPITALISATIONS, self.nb_hospitalisations.map(i64::from));
        v.entier(
            &CHAMP_NB_JOURNEES_HOSPITALISATION,
            self.nb_journees_hospitalisation.map(i64::from),
        );
        v.booleen(&CHAMP_PROTOCOLE_CHUTES, self.protocole_chutes);
        v.booleen(&CHAMP_PROTOCOLE_NUTRITION, self.protocole_nutrition);
        v.booleen(&CHAMP_PROTOCOLE_CONTENTION, self.protocole_contention);
        v.booleen(&CHAMP_PROTOCOLE_DOULEUR, self.protocole_douleur);
        v.booleen(&CHAMP_PROTOCOLE_ESCARRES, self.protocole_escarres);
        v.entier(&CHAMP_NB_CHUTES, self.nb_chutes.map(i64::from));
        v.entier(
            &CHAMP_NB_RESIDENTS_CONTENTION,
            self.nb_residents_contention.map(i64::from),
        );
        v.entier(
            &CHAMP_NB_RESIDENTS_ESCARRES,
            self.nb_residents_escarres.map(i64::from),
        );
        v.entier(
            &CHAMP_NB_RESIDENTS_DENUTRIS,
            self.nb_residents_denutris.map(i64::from),
        );
        v.entier(
            &CHAMP_NB_EVALUATIONS_COGNITIVES,
            self.nb_evaluations_cognitives.map(i64::from),
        );
        v.entier(
            &CHAMP_NB_PROJETS_PERSONNALISES,
            self.nb_projets_personnalises.map(i64::from),
        );
        v.entier(&CHAMP_NB_TELECONSULTATIONS, self.nb_teleconsultations.map(i64::from));
        v.entier(
            &CHAMP_NB_VACCINATIONS_GRIPPE,
            self.nb_vaccinations_grippe.map(i64::from),
        );
        v.entier(&CHAMP_NB_EIGS_DECLARES, self.nb_eigs_declares.map(i64::from));
        v.entier(
            &CHAMP_NB_RESIDENTS_NEUROLEPTIQUES,
            self.nb_residents_neuroleptiques.map(i64::from),
        );
        v.entier(
            &CHAMP_NB_RESIDENTS_POLYMEDICATION,
            self.nb_residents_polymedication.map(i64::from),
        );
        v.entier(&CHAMP_NB_PASSAGES_URGENCES, self.nb_passages_urgences.map(i64::from));
        v.booleen(&CHAMP_PLAN_RISQUE_INFECTIEUX, self.plan_risque_infectieux);
        v.codes(
            &CHAMP_ACTIONS_PREVENTION_INFECTION,
            self.actions_prevention_infection.as_ref(),
        );
        v.texte(&CHAMP_FINESS_HAD, self.finess_had.as_deref());
        v.date(&CHAMP_DATE_CONVENTION_HAD, self.date_convention_had);
        v.entier(&CHAMP_NB_RESIDENTS_HAD, self.nb_residents_had.map(i64::from));
        v.decimal(&CHAMP_TEMPS_MEDCO, self.temps_medco.as_ref());
        v.lignes(&BLOC_EFFECTIFS, &self.effectifs, |l, v| l.verifier(v));
        v.entier(&CHAMP_NB_SALARIES_FORMES, self.nb_salaries_formes.map(i64::from));
        v.decimal(&CHAMP_VOLUME_FORMATION, self.volume_formation.as_ref());
        v.date(&CHAMP_DATE_AVIS_COMMISSION, self.date_avis_commission);
        v.date(&CHAMP_DATE_SIGNATURE, self.date_signature);
        v.booleen(&CHAMP_ANNEXE_RECOMMANDATIONS, self.annexe_recommandations);
        v.texte(
            &CHAMP_NOM_MEDECIN_COORDONNATEUR,
            self.nom_medecin_coordonnateur.as_deref(),
        );
        v.texte(&CHAMP_NOM_DIRECTEUR, self.nom_directeur.as_deref());
    }
}
impl sidoba::__private::derive::Modele for Rapport {
    const MODELE: &'static str = "RAMA 2025.1";
    const MEMBRES: &'static [sidoba::__private::derive::Membre] = &[
        sidoba::__private::derive::Membre::Champ("finess_et"),
        sidoba::__private::derive::Membre::Champ("raison_sociale"),
        sidoba::__private::derive::Membre::Champ("categorie_finess"),
        sidoba::__private::derive::Membre::Champ("statut"),
        sidoba::__private::derive::Membre::Champ("option_tarifaire"),
        sidoba::__private::derive::Membre::Champ("nombre_de_places"),
        sidoba::__private::derive::Membre::Champ("nb_places_ht"),
        sidoba::__private::derive::Membre::Champ("nb_places_aj"),
        sidoba::__private::derive::Membre::Champ("pasa"),
        sidoba::__private::derive::Membre::Champ("nb_places_pasa"),
        sidoba::__private::derive::Membre::Champ("uhr"),
        sidoba::__private::derive::Membre::Champ("nb_places_uhr"),
        sidoba::__private::derive::Membre::Champ("unite_protegee"),
        sidoba::__private::derive::Membre::Champ("nb_lits_alzheimer"),
        sidoba::__private::derive::Membre::Champ("nb_residents"),
        sidoba::__private::derive::Membre::Champ("nb_residents_hommes"),
        sidoba::__private::derive::Membre::Champ("nb_residents_femmes"),
        sidoba::__private::derive::Membre::Champ("age_moyen"),
        sidoba::__private::derive::Membre::Champ("duree_moyenne_sejour"),
        sidoba::__private::derive::Membre::Champ("nb_protection_juridique"),
        sidoba::__private::derive::Membre::Champ("nb_personne_confiance"),
        sidoba::__private::derive::Membre::Champ("nb_directives_anticipees"),
        sidoba::__private::derive::Membre::Champ("nb_residents_alzheimer"),
        sidoba::__private::derive::Membre::Champ("nb_gir1"),
        sidoba::__private::derive::Membre::Champ("nb_gir2"),
        sidoba::__private::derive::Membre::Champ("nb_gir3"),
        sidoba::__private::derive::Membre::Champ("nb_gir4"),
        sidoba::__private::derive::Membre::Champ("nb_gir5"),
        sidoba::__private::derive::Membre::Champ("nb_gir6"),
        sidoba::__private::derive::Membre::Champ("gmp"),
        sidoba::__private::derive::Membre::Champ("pmp"),
        sidoba::__private::derive::Membre::Champ("date_validation_pathos"),
        sidoba::__private::derive::Membre::Champ("nb_entrees"),
        sidoba::__private::derive::Membre::Champ("nb_sorties"),
        sidoba::__private::derive::Membre::Champ("nb_deces"),
        sidoba::__private::derive::Membre::Champ("nb_deces_etablissement"),
        sidoba::__private::derive::Membre::Champ("nb_hospitalisations"),
        sidoba::__private::derive::Membre::Champ("nb_journees_hospitalisation"),
        sidoba::__private::derive::Membre::Champ("protocole_chutes"),
        sidoba::__private::derive::Membre::Champ("protocole_nutrition"),
        sidoba::__private::derive::Membre::Champ("protocole_contention"),
        sidoba::__private::derive::Membre::Champ("protocole_douleur"),
        sidoba::__private::derive::Membre::Champ("protocole_escarres"),
        sidoba::__private::derive::Membre::Champ("nb_chutes"),
        sidoba::__private::derive::Membre::Champ("nb_residents_contention"),
        sidoba::__private::derive::Membre::Champ("nb_residents_escarres"),
        sidoba::__private::derive::Membre::Champ("nb_residents_denutris"),
        sidoba::__private::derive::Membre::Champ("nb_evaluations_cognitives"),
        sidoba::__private::derive::Membre::Champ("nb_projets_personnalises"),
        sidoba::__private::derive::Membre::Champ("nb_teleconsultations"),
        sidoba::__private::derive::Membre::Champ("nb_vaccinations_grippe"),
        sidoba::__private::derive::Membre::Champ("nb_eigs_declares"),
        sidoba::__private::derive::Membre::Champ("nb_residents_neuroleptiques"),
        sidoba::__private::derive::Membre::Champ("nb_residents_polymedication"),
        sidoba::__private::derive::Membre::Champ("nb_passages_urgences"),
        sidoba::__private::derive::Membre::Champ("plan_risque_infectieux"),
        sidoba::__private::derive::Membre::Champ("actions_prevention_infection"),
        sidoba::__private::derive::Membre::Champ("finess_had"),
        sidoba::__private::derive::Membre::Champ("date_convention_had"),
        sidoba::__private::derive::Membre::Champ("nb_residents_had"),
        sidoba::__private::derive::Membre::Champ("temps_medco"),
        sidoba::__private::derive::Membre::Table("effectifs"),
        sidoba::__private::derive::Membre::Champ("nb_salaries_formes"),
        sidoba::__private::derive::Membre::Champ("volume_formation"),
        sidoba::__private::derive::Membre::Champ("date_avis_commission"),
        sidoba::__private::derive::Membre::Champ("date_signature"),
        sidoba::__private::derive::Membre::Champ("annexe_recommandations"),
        sidoba::__private::derive::Membre::Champ("nom_medecin_coordonnateur"),
        sidoba::__private::derive::Membre::Champ("nom_directeur"),
    ];
    const BLOCS: &'static [&'static str] = &[
        "etablissement",
        "residents",
        "mouvements",
        "protocoles",
        "activite_soins",
        "conventions_had",
        "ressources_humaines",
        "formation",
        "validation",
    ];
    const TRIES: &'static [(&'static str, usize)] = &[
        ("actions_prevention_infection", 56),
        ("age_moyen", 17),
        ("annexe_recommandations", 66),
        ("categorie_finess", 2),
        ("date_avis_commission", 64),
        ("date_convention_had", 58),
        ("date_signature", 65),
        ("date_validation_pathos", 31),
        ("duree_moyenne_sejour", 18),
        ("effectifs", 61),
        ("finess_et", 0),
        ("finess_had", 57),
        ("gmp", 29),
        ("nb_chutes", 43),
        ("nb_deces", 34),
        ("nb_deces_etablissement", 35),
        ("nb_directives_anticipees", 21),
        ("nb_eigs_declares", 51),
        ("nb_entrees", 32),
        ("nb_evaluations_cognitives", 47),
        ("nb_gir1", 23),
        ("nb_gir2", 24),
        ("nb_gir3", 25),
        ("nb_gir4", 26),
        ("nb_gir5", 27),
        ("nb_gir6", 28),
        ("nb_hospitalisations", 36),
        ("nb_journees_hospitalisation", 37),
        ("nb_lits_alzheimer", 13),
        ("nb_passages_urgences", 54),
        ("nb_personne_confiance", 20),
        ("nb_places_aj", 7),
        ("nb_places_ht", 6),
        ("nb_places_pasa", 9),
        ("nb_places_uhr", 11),
        ("nb_projets_personnalises", 48),
        ("nb_protection_juridique", 19),
        ("nb_residents", 14),
        ("nb_residents_alzheimer", 22),
        ("nb_residents_contention", 44),
        ("nb_residents_denutris", 46),
        ("nb_residents_escarres", 45),
        ("nb_residents_femmes", 16),
        ("nb_residents_had", 59),
        ("nb_residents_hommes", 15),
        ("nb_residents_neuroleptiques", 52),
        ("nb_residents_polymedication", 53),
        ("nb_salaries_formes", 62),
        ("nb_sorties", 33),
        ("nb_teleconsultations", 49),
        ("nb_vaccinations_grippe", 50),
        ("nom_directeur", 68),
        ("nom_medecin_coordonnateur", 67),
        ("nombre_de_places", 5),
        ("option_tarifaire", 4),
        ("pasa", 8),
        ("plan_risque_infectieux", 55),
        ("pmp", 30),
        ("protocole_chutes", 38),
        ("protocole_contention", 40),
        ("protocole_douleur", 41),
        ("protocole_escarres", 42),
        ("protocole_nutrition", 39),
        ("raison_sociale", 1),
        ("statut", 3),
        ("temps_medco", 60),
        ("uhr", 10),
        ("unite_protegee", 12),
        ("volume_formation", 63),
    ];
}
sidoba::__private::champs_derive!(
    Rapport; 0 => finess_et : String = CHAMP_FINESS_ET, 1 => raison_sociale : String =
    CHAMP_RAISON_SOCIALE, 2 => categorie_finess : CategorieEtablissement =
    CHAMP_CATEGORIE_FINESS, 3 => statut : StatutJuridique = CHAMP_STATUT, 4 =>
    option_tarifaire : OptionTarifaire = CHAMP_OPTION_TARIFAIRE, 5 => nombre_de_places :
    u16 = CHAMP_NOMBRE_DE_PLACES, 6 => nb_places_ht : u8 = CHAMP_NB_PLACES_HT, 7 =>
    nb_places_aj : u8 = CHAMP_NB_PLACES_AJ, 8 => pasa : bool = CHAMP_PASA, 9 =>
    nb_places_pasa : u8 = CHAMP_NB_PLACES_PASA, 10 => uhr : bool = CHAMP_UHR, 11 =>
    nb_places_uhr : u8 = CHAMP_NB_PLACES_UHR, 12 => unite_protegee : bool =
    CHAMP_UNITE_PROTEGEE, 13 => nb_lits_alzheimer : u16 = CHAMP_NB_LITS_ALZHEIMER, 14 =>
    nb_residents : u16 = CHAMP_NB_RESIDENTS, 15 => nb_residents_hommes : u16 =
    CHAMP_NB_RESIDENTS_HOMMES, 16 => nb_residents_femmes : u16 =
    CHAMP_NB_RESIDENTS_FEMMES, 17 => age_moyen : sidoba::Decimal = CHAMP_AGE_MOYEN, 18 =>
    duree_moyenne_sejour : sidoba::Decimal = CHAMP_DUREE_MOYENNE_SEJOUR, 19 =>
    nb_protection_juridique : u16 = CHAMP_NB_PROTECTION_JURIDIQUE, 20 =>
    nb_personne_confiance : u16 = CHAMP_NB_PERSONNE_CONFIANCE, 21 =>
    nb_directives_anticipees : u16 = CHAMP_NB_DIRECTIVES_ANTICIPEES, 22 =>
    nb_residents_alzheimer : u16 = CHAMP_NB_RESIDENTS_ALZHEIMER, 23 => nb_gir1 : u16 =
    CHAMP_NB_GIR1, 24 => nb_gir2 : u16 = CHAMP_NB_GIR2, 25 => nb_gir3 : u16 =
    CHAMP_NB_GIR3, 26 => nb_gir4 : u16 = CHAMP_NB_GIR4, 27 => nb_gir5 : u16 =
    CHAMP_NB_GIR5, 28 => nb_gir6 : u16 = CHAMP_NB_GIR6, 29 => gmp : sidoba::Decimal =
    CHAMP_GMP, 30 => pmp : sidoba::Decimal = CHAMP_PMP, 31 => date_validation_pathos :
    sidoba::Date = CHAMP_DATE_VALIDATION_PATHOS, 32 => nb_entrees : u16 =
    CHAMP_NB_ENTREES, 33 => nb_sorties : u16 = CHAMP_NB_SORTIES, 34 => nb_deces : u16 =
    CHAMP_NB_DECES, 35 => nb_deces_etablissement : u16 = CHAMP_NB_DECES_ETABLISSEMENT, 36
    => nb_hospitalisations : u16 = CHAMP_NB_HOSPITALISATIONS, 37 =>
    nb_journees_hospitalisation : u32 = CHAMP_NB_JOURNEES_HOSPITALISATION, 38 =>
    protocole_chutes : bool = CHAMP_PROTOCOLE_CHUTES, 39 => protocole_nutrition : bool =
    CHAMP_PROTOCOLE_NUTRITION, 40 => protocole_contention : bool =
    CHAMP_PROTOCOLE_CONTENTION, 41 => protocole_douleur : bool = CHAMP_PROTOCOLE_DOULEUR,
    42 => protocole_escarres : bool = CHAMP_PROTOCOLE_ESCARRES, 43 => nb_chutes : u16 =
    CHAMP_NB_CHUTES, 44 => nb_residents_contention : u16 = CHAMP_NB_RESIDENTS_CONTENTION,
    45 => nb_residents_escarres : u16 = CHAMP_NB_RESIDENTS_ESCARRES, 46 =>
    nb_residents_denutris : u16 = CHAMP_NB_RESIDENTS_DENUTRIS, 47 =>
    nb_evaluations_cognitives : u16 = CHAMP_NB_EVALUATIONS_COGNITIVES, 48 =>
    nb_projets_personnalises : u16 = CHAMP_NB_PROJETS_PERSONNALISES, 49 =>
    nb_teleconsultations : u16 = CHAMP_NB_TELECONSULTATIONS, 50 => nb_vaccinations_grippe
    : u16 = CHAMP_NB_VACCINATIONS_GRIPPE, 51 => nb_eigs_declares : u16 =
    CHAMP_NB_EIGS_DECLARES, 52 => nb_residents_neuroleptiques : u16 =
    CHAMP_NB_RESIDENTS_NEUROLEPTIQUES, 53 => nb_residents_polymedication : u16 =
    CHAMP_NB_RESIDENTS_POLYMEDICATION, 54 => nb_passages_urgences : u16 =
    CHAMP_NB_PASSAGES_URGENCES, 55 => plan_risque_infectieux : bool =
    CHAMP_PLAN_RISQUE_INFECTIEUX, 56 => actions_prevention_infection : sidoba::Codes <
    ActionPreventionInfection > = CHAMP_ACTIONS_PREVENTION_INFECTION, 57 => finess_had :
    String = CHAMP_FINESS_HAD, 58 => date_convention_had : sidoba::Date =
    CHAMP_DATE_CONVENTION_HAD, 59 => nb_residents_had : u16 = CHAMP_NB_RESIDENTS_HAD, 60
    => temps_medco : sidoba::Decimal = CHAMP_TEMPS_MEDCO, 62 => nb_salaries_formes : u16
    = CHAMP_NB_SALARIES_FORMES, 63 => volume_formation : sidoba::Decimal =
    CHAMP_VOLUME_FORMATION, 64 => date_avis_commission : sidoba::Date =
    CHAMP_DATE_AVIS_COMMISSION, 65 => date_signature : sidoba::Date =
    CHAMP_DATE_SIGNATURE, 66 => annexe_recommandations : bool =
    CHAMP_ANNEXE_RECOMMANDATIONS, 67 => nom_medecin_coordonnateur : String =
    CHAMP_NOM_MEDECIN_COORDONNATEUR, 68 => nom_directeur : String = CHAMP_NOM_DIRECTEUR
);
sidoba::__private::tables_derive!(
    Rapport; 61 => effectifs : LigneEffectifs = BLOC_EFFECTIFS
);
impl sidoba::__private::derive::Rapport for Rapport {
    fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
        Rapport::valider_avec(self, rejets)
    }
    fn payload_sans_validation(&self) -> String {
        Rapport::payload_sans_validation(self)
    }
}
/// Une ligne du bloc répétable « Effectifs par catégorie de personnel » (effectifs).
///
/// Une ligne par catégorie de personnel, ETP moyens de l'année.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LigneEffectifs {
    /// **Catégorie de personnel** (categorie).
    ///
    /// - Bloc : Effectifs par catégorie de personnel (effectifs).
    /// - Type : code de la nomenclature « Catégorie de personnel ».
    /// - Obligatoire.
    pub categorie: Option<CategoriePersonnel>,
    /// **Équivalents temps plein** (etp).
    ///
    /// - Bloc : Effectifs par catégorie de personnel (effectifs).
    /// - Type : décimal à 2 décimale(s) au plus, de 0 à 500.
    /// - Unité : ETP.
    /// - Obligatoire.
    pub etp: Option<sidoba::Decimal>,
    /// **Personnes physiques** (nb_personnes).
    ///
    /// - Bloc : Effectifs par catégorie de personnel (effectifs).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : personne.
    /// - Facultatif.
    pub nb_personnes: Option<u16>,
    /// **Postes vacants au 31/12** (etp_vacants).
    ///
    /// - Bloc : Effectifs par catégorie de personnel (effectifs).
    /// - Type : décimal à 2 décimale(s) au plus, de 0 à 100.
    /// - Unité : ETP.
    /// - Facultatif.
    pub etp_vacants: Option<sidoba::Decimal>,
}
impl LigneEffectifs {
    fn ecrire(&self, o: &mut sidoba::__private::ecriture::Objet<'_>) {
        o.code("categorie", self.categorie);
        o.decimal("etp", self.etp.as_ref(), 2);
        o.valeur("nb_personnes", self.nb_personnes.as_ref());
        o.decimal("etp_vacants", self.etp_vacants.as_ref(), 2);
    }
    fn lire_objet(
        f: &mut sidoba::__private::flux::Flux<'_>,
        c: &sidoba::__private::verif::Chemin,
        l: &mut sidoba::__private::lecture::Lecteur,
    ) -> Result<Self, sidoba::__private::jeton::ErreurJson> {
        const CLES: sidoba::__private::lecture::Cles<'static> = sidoba::__private::lecture::Cles(
            &[("categorie", 0), ("etp", 1), ("etp_vacants", 3), ("nb_personnes", 2)],
        );
        const ORDRE: &[&str] = &["categorie", "etp", "nb_personnes", "etp_vacants"];
        let mut r = Self::default();
        let mut vus = sidoba::__private::flux::Vus::new(4);
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
                Some(3) => r.etp_vacants = l.decimal(c, &CHAMP_ETP_VACANTS, f)?,
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
        v.decimal(&CHAMP_ETP_VACANTS, self.etp_vacants.as_ref());
    }
}
impl sidoba::__private::derive::Modele for LigneEffectifs {
    const MODELE: &'static str = "RAMA 2025.1";
    const MEMBRES: &'static [sidoba::__private::derive::Membre] = &[
        sidoba::__private::derive::Membre::Champ("categorie"),
        sidoba::__private::derive::Membre::Champ("etp"),
        sidoba::__private::derive::Membre::Champ("nb_personnes"),
        sidoba::__private::derive::Membre::Champ("etp_vacants"),
    ];
    const BLOCS: &'static [&'static str] = &[];
    const TRIES: &'static [(&'static str, usize)] = &[
        ("categorie", 0),
        ("etp", 1),
        ("etp_vacants", 3),
        ("nb_personnes", 2),
    ];
}
sidoba::__private::champs_derive!(
    LigneEffectifs; 0 => categorie : CategoriePersonnel = CHAMP_CATEGORIE, 1 => etp :
    sidoba::Decimal = CHAMP_ETP, 2 => nb_personnes : u16 = CHAMP_NB_PERSONNES, 3 =>
    etp_vacants : sidoba::Decimal = CHAMP_ETP_VACANTS
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
        let v_nb_residents_hommes = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_RESIDENTS_HOMMES,
            self.nb_residents_hommes.map(i64::from),
        )?;
        let v_nb_residents_femmes = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_RESIDENTS_FEMMES,
            self.nb_residents_femmes.map(i64::from),
        )?;
        let v_nb_residents = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_RESIDENTS,
            self.nb_residents.map(i64::from),
        )?;
        Some(
            ({
                let mut a = v_nb_residents_hommes;
                a = sidoba::__private::regle::plus(a, v_nb_residents_femmes)?;
                a
            }) == (v_nb_residents),
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
        let v_nb_gir1 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GIR1,
            self.nb_gir1.map(i64::from),
        )?;
        let v_nb_gir2 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GIR2,
            self.nb_gir2.map(i64::from),
        )?;
        let v_nb_gir3 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GIR3,
            self.nb_gir3.map(i64::from),
        )?;
        let v_nb_gir4 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GIR4,
            self.nb_gir4.map(i64::from),
        )?;
        let v_nb_gir5 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GIR5,
            self.nb_gir5.map(i64::from),
        )?;
        let v_nb_gir6 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GIR6,
            self.nb_gir6.map(i64::from),
        )?;
        let v_nb_residents = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_RESIDENTS,
            self.nb_residents.map(i64::from),
        )?;
        Some(
            ({
                let mut a = v_nb_gir1;
                a = sidoba::__private::regle::plus(a, v_nb_gir2)?;
                a = sidoba::__private::regle::plus(a, v_nb_gir3)?;
                a = sidoba::__private::regle::plus(a, v_nb_gir4)?;
                a = sidoba::__private::regle::plus(a, v_nb_gir5)?;
                a = sidoba::__private::regle::plus(a, v_nb_gir6)?;
                a
            }) == (v_nb_residents),
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
        let v_nb_protection_juridique = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PROTECTION_JURIDIQUE,
            self.nb_protection_juridique.map(i64::from),
        )?;
        let v_nb_residents = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_RESIDENTS,
            self.nb_residents.map(i64::from),
        )?;
        Some((v_nb_protection_juridique) <= (v_nb_residents))
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
        let v_nb_personne_confiance = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PERSONNE_CONFIANCE,
            self.nb_personne_confiance.map(i64::from),
        )?;
        let v_nb_residents = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_RESIDENTS,
            self.nb_residents.map(i64::from),
        )?;
        Some((v_nb_personne_confiance) <= (v_nb_residents))
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
        let v_nb_directives_anticipees = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_DIRECTIVES_ANTICIPEES,
            self.nb_directives_anticipees.map(i64::from),
        )?;
        let v_nb_residents = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_RESIDENTS,
            self.nb_residents.map(i64::from),
        )?;
        Some((v_nb_directives_anticipees) <= (v_nb_residents))
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
        let v_nb_residents = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_RESIDENTS,
            self.nb_residents.map(i64::from),
        )?;
        let v_gmp = sidoba::__private::verif::pour_regles::decimal(
            &CHAMP_GMP,
            self.gmp.as_ref(),
        )?;
        let v_nb_gir1 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GIR1,
            self.nb_gir1.map(i64::from),
        )?;
        let v_nb_gir2 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GIR2,
            self.nb_gir2.map(i64::from),
        )?;
        let v_nb_gir3 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GIR3,
            self.nb_gir3.map(i64::from),
        )?;
        let v_nb_gir4 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GIR4,
            self.nb_gir4.map(i64::from),
        )?;
        let v_nb_gir5 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GIR5,
            self.nb_gir5.map(i64::from),
        )?;
        let v_nb_gir6 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_GIR6,
            self.nb_gir6.map(i64::from),
        )?;
        Some({
            let si = {
                let mut tout = true;
                tout
                    &= sidoba::__private::verif::pour_regles::decimal(
                            &CHAMP_GMP,
                            self.gmp.as_ref(),
                        )
                        .is_some();
                tout &= (v_nb_residents) > (sidoba::Decimal::from(0));
                tout
            };
            let alors = {
                let mut tout = true;
                tout
                    &= ({
                        let mut a = v_gmp;
                        a = sidoba::__private::regle::moins(
                            a,
                            {
                                let mut a = {
                                    let mut a = {
                                        let mut a = v_nb_gir1;
                                        a = sidoba::__private::regle::fois(
                                            a,
                                            sidoba::Decimal::from(1000),
                                        )?;
                                        a
                                    };
                                    a = sidoba::__private::regle::plus(
                                        a,
                                        {
                                            let mut a = v_nb_gir2;
                                            a = sidoba::__private::regle::fois(
                                                a,
                                                sidoba::Decimal::from(840),
                                            )?;
                                            a
                                        },
                                    )?;
                                    a = sidoba::__private::regle::plus(
                                        a,
                                        {
                                            let mut a = v_nb_gir3;
                                            a = sidoba::__private::regle::fois(
                                                a,
                                                sidoba::Decimal::from(660),
                                            )?;
                                            a
                                        },
                                    )?;
                                    a = sidoba::__private::regle::plus(
                                        a,
                                        {
                                            let mut a = v_nb_gir4;
                                            a = sidoba::__private::regle::fois(
                                                a,
                                                sidoba::Decimal::from(420),
                                            )?;
                                            a
                                        },
                                    )?;
                                    a = sidoba::__private::regle::plus(
                                        a,
                                        {
                                            let mut a = v_nb_gir5;
                                            a = sidoba::__private::regle::fois(
                                                a,
                                                sidoba::Decimal::from(250),
                                            )?;
                                            a
                                        },
                                    )?;
                                    a = sidoba::__private::regle::plus(
                                        a,
                                        {
                                            let mut a = v_nb_gir6;
                                            a = sidoba::__private::regle::fois(
                                                a,
                                                sidoba::Decimal::from(70),
                                            )?;
                                            a
                                        },
                                    )?;
                                    a
                                };
                                a = sidoba::__private::regle::divise(a, v_nb_residents)?;
                                a
                            },
                        )?;
                        a
                    }) <= (sidoba::Decimal::from(1));
                tout
                    &= ({
                        let mut a = v_gmp;
                        a = sidoba::__private::regle::moins(
                            a,
                            {
                                let mut a = {
                                    let mut a = {
                                        let mut a = v_nb_gir1;
                                        a = sidoba::__private::regle::fois(
                                            a,
                                            sidoba::Decimal::from(1000),
                                        )?;
                                        a
                                    };
                                    a = sidoba::__private::regle::plus(
                                        a,
                                        {
                                            let mut a = v_nb_gir2;
                                            a = sidoba::__private::regle::fois(
                                                a,
                                                sidoba::Decimal::from(840),
                                            )?;
                                            a
                                        },
                                    )?;
                                    a = sidoba::__private::regle::plus(
                                        a,
                                        {
                                            let mut a = v_nb_gir3;
                                            a = sidoba::__private::regle::fois(
                                                a,
                                                sidoba::Decimal::from(660),
                                            )?;
                                            a
                                        },
                                    )?;
                                    a = sidoba::__private::regle::plus(
                                        a,
                                        {
                                            let mut a = v_nb_gir4;
                                            a = sidoba::__private::regle::fois(
                                                a,
                                                sidoba::Decimal::from(420),
                                            )?;
                                            a
                                        },
                                    )?;
                                    a = sidoba::__private::regle::plus(
                                        a,
                                        {
                                            let mut a = v_nb_gir5;
                                            a = sidoba::__private::regle::fois(
                                                a,
                                                sidoba::Decimal::from(250),
                                            )?;
                                            a
                                        },
                                    )?;
                                    a = sidoba::__private::regle::plus(
                                        a,
                                        {
                                            let mut a = v_nb_gir6;
                                            a = sidoba::__private::regle::fois(
                                                a,
                                                sidoba::Decimal::from(70),
                                            )?;
                                            a
                                        },
                                    )?;
                                    a
                                };
                                a = sidoba::__private::regle::divise(a, v_nb_residents)?;
                                a
                            },
                        )?;
                        a
                    }) >= (sidoba::__private::regle::oppose(sidoba::Decimal::from(1)));
                tout
            };
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
        let v_nb_deces_etablissement = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_DECES_ETABLISSEMENT,
            self.nb_deces_etablissement.map(i64::from),
        )?;
        let v_nb_deces = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_DECES,
            self.nb_deces.map(i64::from),
        )?;
        let v_nb_sorties = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SORTIES,
            self.nb_sorties.map(i64::from),
        )?;
        Some({
            let mut tout = true;
            tout &= (v_nb_deces_etablissement) <= (v_nb_deces);
            tout &= (v_nb_deces) <= (v_nb_sorties);
            tout
        })
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
    fn regle_8_r08(&self) -> Option<bool> {
        let v_nb_residents = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_RESIDENTS,
            self.nb_residents.map(i64::from),
        )?;
        let v_nombre_de_places = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NOMBRE_DE_PLACES,
            self.nombre_de_places.map(i64::from),
        )?;
        let v_nb_places_ht = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PLACES_HT,
            self.nb_places_ht.map(i64::from),
        )?;
        Some(
            (v_nb_residents)
                <= ({
                    let mut a = v_nombre_de_places;
                    a = sidoba::__private::regle::plus(a, v_nb_places_ht)?;
                    a
                }),
        )
    }
    /// Règle R09 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_9_r09(&self) -> Option<bool> {
        let v_date_signature = sidoba::__private::verif::pour_regles::date(
            &CHAMP_DATE_SIGNATURE,
            self.date_signature,
        )?;
        let v_date_avis_commission = sidoba::__private::verif::pour_regles::date(
            &CHAMP_DATE_AVIS_COMMISSION,
            self.date_avis_commission,
        )?;
        Some((v_date_signature) >= (v_date_avis_commission))
    }
    /// Règle R10 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_10_r10(&self, ligne: &LigneEffectifs) -> Option<bool> {
        let v_l_etp = sidoba::__private::verif::pour_regles::decimal(
            &CHAMP_ETP,
            ligne.etp.as_ref(),
        )?;
        Some((v_l_etp) > (sidoba::Decimal::from(0)))
    }
    /// Règle R11 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_11_r11(&self) -> Option<bool> {
        Some(
            (sidoba::__private::regle::somme(
                self
                    .effectifs
                    .iter()
                    .filter_map(|r| sidoba::__private::verif::pour_regles::decimal(
                        &CHAMP_ETP,
                        r.etp.as_ref(),
                    )),
            )?) > (sidoba::Decimal::from(0)),
        )
    }
    /// Règle R12 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_12_r12(&self) -> Option<bool> {
        let v_actions_prevention_infection = sidoba::__private::verif::pour_regles::codes(
            &CHAMP_ACTIONS_PREVENTION_INFECTION,
            self.actions_prevention_infection.as_ref(),
        )?;
        let v_nb_vaccinations_grippe = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_VACCINATIONS_GRIPPE,
            self.nb_vaccinations_grippe.map(i64::from),
        )?;
        Some({
            let si = v_actions_prevention_infection
                .contains(ActionPreventionInfection::VaccGrippe);
            let alors = (v_nb_vaccinations_grippe) > (sidoba::Decimal::from(0));
            !si || alors
        })
    }
    /// Règle R13 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_13_r13(&self) -> Option<bool> {
        let v_pasa = self.pasa?;
        let v_nb_places_pasa = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PLACES_PASA,
            self.nb_places_pasa.map(i64::from),
        )?;
        Some({
            let si = (v_pasa) == (true);
            let alors = (v_nb_places_pasa) > (sidoba::Decimal::from(0));
            !si || alors
        })
    }
    /// Règle R14 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_14_r14(&self) -> Option<bool> {
        let v_nb_residents_neuroleptiques = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_RESIDENTS_NEUROLEPTIQUES,
            self.nb_residents_neuroleptiques.map(i64::from),
        )?;
        let v_nb_residents = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_RESIDENTS,
            self.nb_residents.map(i64::from),
        )?;
        Some((v_nb_residents_neuroleptiques) <= (v_nb_residents))
    }
    /// Règle R15 : `None` quand elle ne s'applique pas.
    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    fn regle_15_r15(&self) -> Option<bool> {
        Some((sidoba::Decimal::from(self.effectifs.len())) >= (sidoba::Decimal::from(1)))
    }
    fn regles(&self, out: &mut Vec<sidoba::Constat>) {
        if self.regle_1_r01() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R01".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "La somme des résidents hommes et femmes doit être égale au nombre de résidents au 31/12."
                    .to_owned(),
            });
        }
        if self.regle_2_r02() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R02".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "La somme des résidents en GIR 1 à 6 doit être égale au nombre de résidents au 31/12."
                    .to_owned(),
            });
        }
        if self.regle_3_r03() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R03".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Le nombre de résidents sous protection juridique ne peut pas dépasser le nombre de résidents."
                    .to_owned(),
            });
        }
        if self.regle_4_r04() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R04".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Le nombre de résidents ayant désigné une personne de confiance ne peut pas dépasser le nombre de résidents."
                    .to_owned(),
            });
        }
        if self.regle_5_r05() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R05".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Le nombre de résidents ayant rédigé des directives anticipées ne peut pas dépasser le nombre de résidents."
                    .to_owned(),
            });
        }
        if self.regle_6_r06() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R06".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Le GMP déclaré s'écarte de plus d'un point du GMP calculé à partir de la répartition par GIR."
                    .to_owned(),
            });
        }
        if self.regle_7_r07() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R07".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les décès dans l'établissement ne peuvent pas dépasser les décès, ni les décès les sorties."
                    .to_owned(),
            });
        }
        if self.regle_8_r08() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R08".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Le nombre de résidents dépasse le nombre de places installées en hébergement permanent et temporaire."
                    .to_owned(),
            });
        }
        if self.regle_9_r09() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R09".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "La date de signature ne peut pas précéder la date de l'avis de la commission de coordination gériatrique."
                    .to_owned(),
            });
        }
        for (i0, p0) in self.effectifs.iter().enumerate() {
            let ligne = p0;
            let chemin = format!("{}[{}]", "effectifs", i0);
            if self.regle_10_r10(ligne) == Some(false) {
                out.push(sidoba::Constat {
                    chemin,
                    code: sidoba::CodeConstat::Regle,
                    regle: Some("R10".to_owned()),
                    severite: sidoba::Severite::Bloquante,
                    message: "Une ligne d'effectif doit déclarer un nombre d'ETP strictement positif."
                        .to_owned(),
                });
            }
        }
        if self.regle_11_r11() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R11".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Le total des ETP déclarés ne peut pas être nul.".to_owned(),
            });
        }
        if self.regle_12_r12() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R12".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Une campagne de vaccination antigrippale est déclarée, mais aucun résident vacciné."
                    .to_owned(),
            });
        }
        if self.regle_13_r13() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R13".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Un PASA est déclaré : indiquez un nombre de places."
                    .to_owned(),
            });
        }
        if self.regle_14_r14() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R14".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Le nombre de résidents traités par neuroleptiques ne peut pas dépasser le nombre de résidents."
                    .to_owned(),
            });
        }
        if self.regle_15_r15() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R15".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Au moins une ligne d'effectif doit être déclarée."
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
static CHAMP_OPTION_TARIFAIRE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "option_tarifaire",
    libelle: "Option tarifaire",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <OptionTarifaire as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_NOMBRE_DE_PLACES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nombre_de_places",
    libelle: "Places installées en hébergement permanent",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_PLACES_HT: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_places_ht",
    libelle: "Places installées en hébergement temporaire",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(200),
    },
};
static CHAMP_NB_PLACES_AJ: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_places_aj",
    libelle: "Places installées en accueil de jour",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(200),
    },
};
static CHAMP_PASA: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "pasa",
    libelle: "Pôle d'activités et de soins adaptés (PASA)",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_NB_PLACES_PASA: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_places_pasa",
    libelle: "Places du PASA",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(100),
    },
};
static CHAMP_UHR: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "uhr",
    libelle: "Unité d'hébergement renforcée (UHR)",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_NB_PLACES_UHR: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_places_uhr",
    libelle: "Places de l'UHR",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(100),
    },
};
static CHAMP_UNITE_PROTEGEE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "unite_protegee",
    libelle: "Unité de vie protégée",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_NB_LITS_ALZHEIMER: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_lits_alzheimer",
    libelle: "Lits dédiés Alzheimer (ancienne nomenclature)",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_RESIDENTS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_residents",
    libelle: "Résidents présents au 31/12",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_RESIDENTS_HOMMES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_residents_hommes",
    libelle: "Résidents hommes au 31/12",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_RESIDENTS_FEMMES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_residents_femmes",
    libelle: "Résidentes femmes au 31/12",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_AGE_MOYEN: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "age_moyen",
    libelle: "Âge moyen des résidents au 31/12",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(60, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(120, 0, 0, false, 0)),
    },
};
static CHAMP_DUREE_MOYENNE_SEJOUR: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "duree_moyenne_sejour",
    libelle: "Durée moyenne de séjour",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(20000, 0, 0, false, 0)),
    },
};
static CHAMP_NB_PROTECTION_JURIDIQUE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_protection_juridique",
    libelle: "Résidents bénéficiant d'une mesure de protection juridique",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_PERSONNE_CONFIANCE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_personne_confiance",
    libelle: "Résidents ayant désigné une personne de confiance",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_DIRECTIVES_ANTICIPEES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_directives_anticipees",
    libelle: "Résidents ayant rédigé des directives anticipées",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_RESIDENTS_ALZHEIMER: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_residents_alzheimer",
    libelle: "Résidents atteints d'une maladie d'Alzheimer ou apparentée diagnostiquée",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_GIR1: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_gir1",
    libelle: "Résidents en GIR 1",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_GIR2: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_gir2",
    libelle: "Résidents en GIR 2",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_GIR3: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_gir3",
    libelle: "Résidents en GIR 3",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_GIR4: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_gir4",
    libelle: "Résidents en GIR 4",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_GIR5: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_gir5",
    libelle: "Résidents en GIR 5",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_GIR6: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_gir6",
    libelle: "Résidents en GIR 6",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_GMP: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "gmp",
    libelle: "GIR moyen pondéré (GMP)",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 2,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(1000, 0, 0, false, 0)),
    },
};
static CHAMP_PMP: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "pmp",
    libelle: "PATHOS moyen pondéré (PMP)",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 2,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(2000, 0, 0, false, 0)),
    },
};
static CHAMP_DATE_VALIDATION_PATHOS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "date_validation_pathos",
    libelle: "Date de validation de la dernière coupe PATHOS",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Date {
        min: Some(sidoba::Date::ymd(2010, 1, 1)),
        max: None,
    },
};
static CHAMP_NB_ENTREES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_entrees",
    libelle: "Entrées dans l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_SORTIES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_sorties",
    libelle: "Sorties dans l'année (décès compris)",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_DECES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_deces",
    libelle: "Décès dans l'année",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_DECES_ETABLISSEMENT: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_deces_etablissement",
    libelle: "Décès survenus dans l'établissement",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_HOSPITALISATIONS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_hospitalisations",
    libelle: "Hospitalisations complètes de résidents",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_NB_JOURNEES_HOSPITALISATION: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "nb_journees_hospitalisation",
    libelle: "Journées d'hospitalisation des résidents",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(200000),
    },
};
static CHAMP_PROTOCOLE_CHUTES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "protocole_chutes",
    libelle: "Protocole de prévention et de prise en charge des chutes",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_PROTOCOLE_NUTRITION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "protocole_nutrition",
    libelle: "Protocole de prévention et de prise en charge de la dénutrition",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_PROTOCOLE_CONTENTION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "protocole_contention",
    libelle: "Protocole encadrant la contention",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_PROTOCOLE_DOULEUR: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "protocole_douleur",
    libelle: "Protocole d'évaluation et de prise en charge de la douleur",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_PROTOCOLE_ESCARRES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "protocole_escarres",
    libelle: "Protocole de prévention et de soin des escarres",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_NB_CHUTES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_chutes",
    libelle: "Chutes déclarées dans l'année",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(20000),
    },
};
static CHAMP_NB_RESIDENTS_CONTENTION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_residents_contention",
    libelle: "Résidents sous contention au 31/12",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_RESIDENTS_ESCARRES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_residents_escarres",
    libelle: "Résidents porteurs d'escarres au 31/12",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_RESIDENTS_DENUTRIS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_residents_denutris",
    libelle: "Résidents dénutris au 31/12",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_EVALUATIONS_COGNITIVES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_evaluations_cognitives",
    libelle: "Évaluations cognitives réalisées dans l'année",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_PROJETS_PERSONNALISES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_projets_personnalises",
    libelle: "Résidents disposant d'un projet personnalisé d'accompagnement à jour",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_TELECONSULTATIONS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_teleconsultations",
    libelle: "Téléconsultations réalisées",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(50000),
    },
};
static CHAMP_NB_VACCINATIONS_GRIPPE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_vaccinations_grippe",
    libelle: "Résidents vaccinés contre la grippe",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_EIGS_DECLARES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_eigs_declares",
    libelle: "EIGS déclarés",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(1000),
    },
};
static CHAMP_NB_RESIDENTS_NEUROLEPTIQUES: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "nb_residents_neuroleptiques",
    libelle: "Résidents traités par neuroleptiques au 31/12",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_RESIDENTS_POLYMEDICATION: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "nb_residents_polymedication",
    libelle: "Résidents ayant au moins 10 molécules prescrites au 31/12",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_PASSAGES_URGENCES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_passages_urgences",
    libelle: "Passages aux urgences sans hospitalisation",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
    },
};
static CHAMP_PLAN_RISQUE_INFECTIEUX: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "plan_risque_infectieux",
    libelle: "Plan de maîtrise du risque infectieux formalisé",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_ACTIONS_PREVENTION_INFECTION: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "actions_prevention_infection",
    libelle: "Actions de prévention du risque infectieux menées",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <ActionPreventionInfection as sidoba::Code>::NOMENCLATURE,
        multiple: true,
    },
};
static MOTIF_FINESS_HAD: sidoba::__private::descripteur::Motif<'static> = sidoba::__private::descripteur::Motif::new(
    "^[0-9A-Za-z]{9}$",
);
static CHAMP_FINESS_HAD: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "finess_had",
    libelle: "Numéro FINESS de l'établissement d'HAD",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Texte {
        longueur_min: Some(9),
        longueur_max: Some(9),
        motif: Some(&MOTIF_FINESS_HAD),
    },
};
static CHAMP_DATE_CONVENTION_HAD: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "date_convention_had",
    libelle: "Date de signature de la convention",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Date {
        min: None,
        max: None,
    },
};
static CHAMP_NB_RESIDENTS_HAD: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_residents_had",
    libelle: "Résidents ayant bénéficié de l'HAD dans l'année",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_TEMPS_MEDCO: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "temps_medco",
    libelle: "Temps de médecin coordonnateur",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 2,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(10, 0, 0, false, 0)),
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
        max: Some(sidoba::Decimal::from_parts(500, 0, 0, false, 0)),
    },
};
static CHAMP_NB_PERSONNES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_personnes",
    libelle: "Personnes physiques",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_ETP_VACANTS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "etp_vacants",
    libelle: "Postes vacants au 31/12",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 2,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(100, 0, 0, false, 0)),
    },
};
static CHAMP_NB_SALARIES_FORMES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_salaries_formes",
    libelle: "Salariés ayant suivi au moins une formation dans l'année",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_VOLUME_FORMATION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "volume_formation",
    libelle: "Volume de formation dispensé",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(100000, 0, 0, false, 0)),
    },
};
static CHAMP_DATE_AVIS_COMMISSION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "date_avis_commission",
    libelle: "Date de l'avis de la commission de coordination gériatrique",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Date {
        min: Some(sidoba::Date::ymd(2026, 1, 1)),
        max: Some(sidoba::Date::ymd(2026, 12, 31)),
    },
};
static CHAMP_DATE_SIGNATURE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "date_signature",
    libelle: "Date de signature du rapport",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Date {
        min: Some(sidoba::Date::ymd(2026, 1, 1)),
        max: Some(sidoba::Date::ymd(2026, 12, 31)),
    },
};
static CHAMP_ANNEXE_RECOMMANDATIONS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "annexe_recommandations",
    libelle: "Recommandations de la commission annexées au rapport",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_NOM_MEDECIN_COORDONNATEUR: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nom_medecin_coordonnateur",
    libelle: "Nom du médecin coordonnateur signataire",
    obligatoire: true,
    personnel: true,
    genre: sidoba::__private::descripteur::Genre::Texte {
        longueur_min: Some(1),
        longueur_max: Some(100),
        motif: None,
    },
};
static CHAMP_NOM_DIRECTEUR: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nom_directeur",
    libelle: "Nom du directeur signataire",
    obligatoire: true,
    personnel: true,
    genre: sidoba::__private::descripteur::Genre::Texte {
        longueur_min: Some(1),
        longueur_max: Some(100),
        motif: None,
    },
};
static BLOC_EFFECTIFS: sidoba::__private::descripteur::Bloc<'static> = sidoba::__private::descripteur::Bloc {
    code: "effectifs",
    libelle: "Effectifs par catégorie de personnel",
    min_lignes: Some(1),
    max_lignes: Some(40),
};
