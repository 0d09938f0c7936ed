// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : RAMA 2026 : données par résident : modèle RAMA_USAGER version 2026.1 (campagne RAMA-USAGER-2026).
// SHA-256 du fichier du modèle : 6794e77d98127354f4c343864c9626c824447791bbaaa1b4e6f65286fb294707
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "RAMA-USAGER-2026";
/// Code du modèle.
pub const MODELE: &str = "RAMA_USAGER";
/// Version du modèle.
pub const VERSION: &str = "2026.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "6794e77d98127354f4c343864c9626c824447791bbaaa1b4e6f65286fb294707";
/// Groupe iso-ressources (AGGIR) (nomenclature gir).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum Gir {
    /// 1 : GIR 1
    V1,
    /// 2 : GIR 2
    V2,
    /// 3 : GIR 3
    V3,
    /// 4 : GIR 4
    V4,
    /// 5 : GIR 5
    V5,
    /// 6 : GIR 6
    V6,
}
impl Gir {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 6] = [
        Self::V1,
        Self::V2,
        Self::V3,
        Self::V4,
        Self::V5,
        Self::V6,
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
impl sidoba::Code for Gir {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "gir",
        libelle: "Groupe iso-ressources (AGGIR)",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "1",
                libelle: "GIR 1",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "2",
                libelle: "GIR 2",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "3",
                libelle: "GIR 3",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "4",
                libelle: "GIR 4",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "5",
                libelle: "GIR 5",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "6",
                libelle: "GIR 6",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::V1),
            1 => Some(Self::V2),
            2 => Some(Self::V3),
            3 => Some(Self::V4),
            4 => Some(Self::V5),
            5 => Some(Self::V6),
            _ => None,
        }
    }
}
impl core::str::FromStr for Gir {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for Gir {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<Gir> for Gir {
    fn vers(&self) -> Result<Option<Gir>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Profil de soins (issu de PATHOS) (nomenclature profil_soins).
///
/// Les valeurs inactives se lisent encore dans d'anciennes données mais sont refusées par la validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum ProfilSoins {
    /// T1 : Pronostic vital en jeu, soins médicaux et techniques importants
    T1,
    /// T2 : Rééducation fonctionnelle intensive
    T2,
    /// M1 : Pathologie aiguë, surveillance médicale rapprochée
    M1,
    /// M2 : Pathologie chronique, surveillance médicale régulière
    M2,
    /// P1 : Soins psychiatriques de crise
    P1,
    /// P2 : Troubles psychiatriques de fond
    P2,
    /// R1 : Rééducation intensive
    R1,
    /// R2 : Rééducation de maintien
    R2,
    /// S0 : Soins de base, absence de profil lourd
    S0,
    /// CH : Soins palliatifs (ancienne valeur) (**inactive** : refusée dans un nouveau rapport)
    Ch,
}
impl ProfilSoins {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 10] = [
        Self::T1,
        Self::T2,
        Self::M1,
        Self::M2,
        Self::P1,
        Self::P2,
        Self::R1,
        Self::R2,
        Self::S0,
        Self::Ch,
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
impl sidoba::Code for ProfilSoins {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "profil_soins",
        libelle: "Profil de soins (issu de PATHOS)",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "T1",
                libelle: "Pronostic vital en jeu, soins médicaux et techniques importants",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "T2",
                libelle: "Rééducation fonctionnelle intensive",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "M1",
                libelle: "Pathologie aiguë, surveillance médicale rapprochée",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "M2",
                libelle: "Pathologie chronique, surveillance médicale régulière",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "P1",
                libelle: "Soins psychiatriques de crise",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "P2",
                libelle: "Troubles psychiatriques de fond",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "R1",
                libelle: "Rééducation intensive",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "R2",
                libelle: "Rééducation de maintien",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "S0",
                libelle: "Soins de base, absence de profil lourd",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "CH",
                libelle: "Soins palliatifs (ancienne valeur)",
                actif: false,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::T1),
            1 => Some(Self::T2),
            2 => Some(Self::M1),
            3 => Some(Self::M2),
            4 => Some(Self::P1),
            5 => Some(Self::P2),
            6 => Some(Self::R1),
            7 => Some(Self::R2),
            8 => Some(Self::S0),
            9 => Some(Self::Ch),
            _ => None,
        }
    }
}
impl core::str::FromStr for ProfilSoins {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for ProfilSoins {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<ProfilSoins> for ProfilSoins {
    fn vers(&self) -> Result<Option<ProfilSoins>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Mode de sortie (nomenclature mode_sortie).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum ModeSortie {
    /// DOMICILE : Retour à domicile
    Domicile,
    /// TRANSFERT : Transfert vers un autre établissement
    Transfert,
    /// DECES_ETAB : Décès dans l'établissement
    DecesEtab,
    /// DECES_HOPITAL : Décès à l'hôpital
    DecesHopital,
}
impl ModeSortie {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 4] = [
        Self::Domicile,
        Self::Transfert,
        Self::DecesEtab,
        Self::DecesHopital,
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
impl sidoba::Code for ModeSortie {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "mode_sortie",
        libelle: "Mode de sortie",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "DOMICILE",
                libelle: "Retour à domicile",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "TRANSFERT",
                libelle: "Transfert vers un autre établissement",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "DECES_ETAB",
                libelle: "Décès dans l'établissement",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "DECES_HOPITAL",
                libelle: "Décès à l'hôpital",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::Domicile),
            1 => Some(Self::Transfert),
            2 => Some(Self::DecesEtab),
            3 => Some(Self::DecesHopital),
            _ => None,
        }
    }
}
impl core::str::FromStr for ModeSortie {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for ModeSortie {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<ModeSortie> for ModeSortie {
    fn vers(&self) -> Result<Option<ModeSortie>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Mesure de protection juridique (nomenclature protection_juridique).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum ProtectionJuridique {
    /// AUCUNE : Aucune mesure
    Aucune,
    /// SAUVEGARDE : Sauvegarde de justice
    Sauvegarde,
    /// CURATELLE : Curatelle
    Curatelle,
    /// TUTELLE : Tutelle
    Tutelle,
    /// HABILITATION : Habilitation familiale
    Habilitation,
    /// MANDAT : Mandat de protection future
    Mandat,
}
impl ProtectionJuridique {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 6] = [
        Self::Aucune,
        Self::Sauvegarde,
        Self::Curatelle,
        Self::Tutelle,
        Self::Habilitation,
        Self::Mandat,
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
impl sidoba::Code for ProtectionJuridique {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "protection_juridique",
        libelle: "Mesure de protection juridique",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "AUCUNE",
                libelle: "Aucune mesure",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "SAUVEGARDE",
                libelle: "Sauvegarde de justice",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "CURATELLE",
                libelle: "Curatelle",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "TUTELLE",
                libelle: "Tutelle",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "HABILITATION",
                libelle: "Habilitation familiale",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "MANDAT",
                libelle: "Mandat de protection future",
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
            1 => Some(Self::Sauvegarde),
            2 => Some(Self::Curatelle),
            3 => Some(Self::Tutelle),
            4 => Some(Self::Habilitation),
            5 => Some(Self::Mandat),
            _ => None,
        }
    }
}
impl core::str::FromStr for ProtectionJuridique {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for ProtectionJuridique {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<ProtectionJuridique> for ProtectionJuridique {
    fn vers(&self) -> Result<Option<ProtectionJuridique>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Cause d'hospitalisation (nomenclature cause_hospitalisation).
///
/// Les valeurs inactives se lisent encore dans d'anciennes données mais sont refusées par la validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum CauseHospitalisation {
    /// CHUTE : Chute ou traumatisme
    Chute,
    /// CARDIO : Pathologie cardio-vasculaire
    Cardio,
    /// INFECT : Infection
    Infect,
    /// DENUTR : Dénutrition ou déshydratation
    Denutr,
    /// PSY : Troubles psycho-comportementaux
    Psy,
    /// PROG : Hospitalisation programmée
    Prog,
    /// AUTRE : Autre cause
    Autre,
    /// INCONNUE : Cause inconnue (ancienne valeur) (**inactive** : refusée dans un nouveau rapport)
    Inconnue,
}
impl CauseHospitalisation {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 8] = [
        Self::Chute,
        Self::Cardio,
        Self::Infect,
        Self::Denutr,
        Self::Psy,
        Self::Prog,
        Self::Autre,
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
impl sidoba::Code for CauseHospitalisation {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "cause_hospitalisation",
        libelle: "Cause d'hospitalisation",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "CHUTE",
                libelle: "Chute ou traumatisme",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "CARDIO",
                libelle: "Pathologie cardio-vasculaire",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "INFECT",
                libelle: "Infection",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "DENUTR",
                libelle: "Dénutrition ou déshydratation",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PSY",
                libelle: "Troubles psycho-comportementaux",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PROG",
                libelle: "Hospitalisation programmée",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AUTRE",
                libelle: "Autre cause",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "INCONNUE",
                libelle: "Cause inconnue (ancienne valeur)",
                actif: false,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::Chute),
            1 => Some(Self::Cardio),
            2 => Some(Self::Infect),
            3 => Some(Self::Denutr),
            4 => Some(Self::Psy),
            5 => Some(Self::Prog),
            6 => Some(Self::Autre),
            7 => Some(Self::Inconnue),
            _ => None,
        }
    }
}
impl core::str::FromStr for CauseHospitalisation {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for CauseHospitalisation {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<CauseHospitalisation> for CauseHospitalisation {
    fn vers(&self) -> Result<Option<CauseHospitalisation>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Rapport « RAMA 2026 : données par résident » (campagne RAMA-USAGER-2026).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Séjour dans l'établissement (sejour_residence)
/// - Dépendance et soins (dependance)
/// - Droits et volontés (droits)
/// - Événements et risques de l'année (evenements)
/// - Hospitalisations de l'année (hospitalisations) : table de lignes
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rapport {
    /// **Date d'entrée dans l'établissement** (date_entree).
    ///
    /// - Bloc : Séjour dans l'établissement (sejour_residence).
    /// - Type : date, de 1980-01-01 à 2026-12-31.
    /// - Obligatoire.
    pub date_entree: Option<sidoba::Date>,
    /// **Date de sortie** (date_sortie).
    ///
    /// - Bloc : Séjour dans l'établissement (sejour_residence).
    /// - Type : date, de 2026-01-01 à 2026-12-31.
    /// - Facultatif.
    pub date_sortie: Option<sidoba::Date>,
    /// **Mode de sortie** (mode_sortie).
    ///
    /// - Bloc : Séjour dans l'établissement (sejour_residence).
    /// - Type : code de la nomenclature « Mode de sortie ».
    /// - Facultatif.
    pub mode_sortie: Option<ModeSortie>,
    /// **Hébergement temporaire** (hebergement_temporaire).
    ///
    /// - Bloc : Séjour dans l'établissement (sejour_residence).
    /// - Type : booléen.
    /// - Obligatoire.
    pub hebergement_temporaire: Option<bool>,
    /// **GIR au 31/12 ou à la sortie** (gir).
    ///
    /// - Bloc : Dépendance et soins (dependance).
    /// - Type : code de la nomenclature « Groupe iso-ressources (AGGIR) ».
    /// - Obligatoire.
    pub gir: Option<Gir>,
    /// **Profils de soins (PATHOS)** (profil_soins).
    ///
    /// - Bloc : Dépendance et soins (dependance).
    /// - Type : ensemble de codes de la nomenclature « Profil de soins (issu de PATHOS) ».
    /// - Facultatif.
    pub profil_soins: Option<sidoba::Codes<ProfilSoins>>,
    /// **Poids à la dernière pesée** (poids).
    ///
    /// - Bloc : Dépendance et soins (dependance).
    /// - Type : décimal à 1 décimale(s) au plus, de 20 à 250.
    /// - Unité : kg.
    /// - Facultatif.
    pub poids: Option<sidoba::Decimal>,
    /// **Mesure de protection juridique** (protection_juridique).
    ///
    /// - Bloc : Droits et volontés (droits).
    /// - Type : code de la nomenclature « Mesure de protection juridique ».
    /// - Obligatoire.
    pub protection_juridique: Option<ProtectionJuridique>,
    /// **Personne de confiance désignée** (personne_confiance).
    ///
    /// - Bloc : Droits et volontés (droits).
    /// - Type : booléen.
    /// - Obligatoire.
    pub personne_confiance: Option<bool>,
    /// **Directives anticipées rédigées** (directives_anticipees).
    ///
    /// - Bloc : Droits et volontés (droits).
    /// - Type : booléen.
    /// - Obligatoire.
    pub directives_anticipees: Option<bool>,
    /// **Chutes dans l'année** (nb_chutes).
    ///
    /// - Bloc : Événements et risques de l'année (evenements).
    /// - Type : entier, de 0 à 365.
    /// - Unité : chute.
    /// - Obligatoire.
    pub nb_chutes: Option<u16>,
    /// **Escarre** (escarres).
    ///
    /// - Bloc : Événements et risques de l'année (evenements).
    /// - Type : booléen.
    /// - Obligatoire.
    pub escarres: Option<bool>,
    /// **Contention physique prescrite** (contention).
    ///
    /// - Bloc : Événements et risques de l'année (evenements).
    /// - Type : booléen.
    /// - Obligatoire.
    pub contention: Option<bool>,
    /// **Dénutrition** (denutrition).
    ///
    /// - Bloc : Événements et risques de l'année (evenements).
    /// - Type : booléen.
    /// - Obligatoire.
    pub denutrition: Option<bool>,
    /// **Traitement neuroleptique** (neuroleptiques).
    ///
    /// - Bloc : Événements et risques de l'année (evenements).
    /// - Type : booléen.
    /// - Obligatoire.
    pub neuroleptiques: Option<bool>,
    /// **Indice de masse corporelle** (imc).
    ///
    /// - Bloc : Événements et risques de l'année (evenements).
    /// - Type : décimal à 2 décimale(s) au plus, de 10 à 70.
    /// - Facultatif.
    pub imc: Option<sidoba::Decimal>,
    /// **Hospitalisations de l'année** (hospitalisations) : table de lignes.
    ///
    /// Une ligne par séjour hospitalier commencé dans l'année.
    ///
    /// Au plus 40 lignes.
    pub hospitalisations: Vec<LigneHospitalisations>,
}
impl Rapport {
    fn ecrire(&self, o: &mut sidoba::__private::ecriture::Objet<'_>) {
        o.valeur("date_entree", self.date_entree.as_ref());
        o.valeur("date_sortie", self.date_sortie.as_ref());
        o.code("mode_sortie", self.mode_sortie);
        o.valeur("hebergement_temporaire", self.hebergement_temporaire.as_ref());
        o.code("gir", self.gir);
        o.codes("profil_soins", self.profil_soins.as_ref());
        o.decimal("poids", self.poids.as_ref(), 1);
        o.code("protection_juridique", self.protection_juridique);
        o.valeur("personne_confiance", self.personne_confiance.as_ref());
        o.valeur("directives_anticipees", self.directives_anticipees.as_ref());
        o.valeur("nb_chutes", self.nb_chutes.as_ref());
        o.valeur("escarres", self.escarres.as_ref());
        o.valeur("contention", self.contention.as_ref());
        o.valeur("denutrition", self.denutrition.as_ref());
        o.valeur("neuroleptiques", self.neuroleptiques.as_ref());
        o.decimal("imc", self.imc.as_ref(), 2);
        o.lignes("hospitalisations", &self.hospitalisations, |l, o| l.ecrire(o));
    }
    fn lire_objet(
        f: &mut sidoba::__private::flux::Flux<'_>,
        c: &sidoba::__private::verif::Chemin,
        l: &mut sidoba::__private::lecture::Lecteur,
    ) -> Result<Self, sidoba::__private::jeton::ErreurJson> {
        const CLES: sidoba::__private::lecture::Cles<'static> = sidoba::__private::lecture::Cles(
            &[
                ("contention", 12),
                ("date_entree", 0),
                ("date_sortie", 1),
                ("denutrition", 13),
                ("directives_anticipees", 9),
                ("escarres", 11),
                ("gir", 4),
                ("hebergement_temporaire", 3),
                ("hospitalisations", 16),
                ("imc", 15),
                ("mode_sortie", 2),
                ("nb_chutes", 10),
                ("neuroleptiques", 14),
                ("personne_confiance", 8),
                ("poids", 6),
                ("profil_soins", 5),
                ("protection_juridique", 7),
            ],
        );
        const ORDRE: &[&str] = &[
            "date_entree",
            "date_sortie",
            "mode_sortie",
            "hebergement_temporaire",
            "gir",
            "profil_soins",
            "poids",
            "protection_juridique",
            "personne_confiance",
            "directives_anticipees",
            "nb_chutes",
            "escarres",
            "contention",
            "denutrition",
            "neuroleptiques",
            "imc",
            "hospitalisations",
        ];
        let mut r = Self::default();
        let mut vus = sidoba::__private::flux::Vus::new(17);
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
                Some(0) => r.date_entree = l.date(c, &CHAMP_DATE_ENTREE, f)?,
                Some(1) => r.date_sortie = l.date(c, &CHAMP_DATE_SORTIE, f)?,
                Some(2) => r.mode_sortie = l.code_enum(c, &CHAMP_MODE_SORTIE, f)?,
                Some(3) => {
                    r.hebergement_temporaire = l
                        .booleen(c, &CHAMP_HEBERGEMENT_TEMPORAIRE, f)?;
                }
                Some(4) => r.gir = l.code_enum(c, &CHAMP_GIR, f)?,
                Some(5) => r.profil_soins = l.codes_enum(c, &CHAMP_PROFIL_SOINS, f)?,
                Some(6) => r.poids = l.decimal(c, &CHAMP_POIDS, f)?,
                Some(7) => {
                    r.protection_juridique = l
                        .code_enum(c, &CHAMP_PROTECTION_JURIDIQUE, f)?;
                }
                Some(8) => {
                    r.personne_confiance = l.booleen(c, &CHAMP_PERSONNE_CONFIANCE, f)?;
                }
                Some(9) => {
                    r.directives_anticipees = l
                        .booleen(c, &CHAMP_DIRECTIVES_ANTICIPEES, f)?;
                }
                Some(10) => r.nb_chutes = l.entier(c, &CHAMP_NB_CHUTES, f)?,
                Some(11) => r.escarres = l.booleen(c, &CHAMP_ESCARRES, f)?,
                Some(12) => r.contention = l.booleen(c, &CHAMP_CONTENTION, f)?,
                Some(13) => r.denutrition = l.booleen(c, &CHAMP_DENUTRITION, f)?,
                Some(14) => r.neuroleptiques = l.booleen(c, &CHAMP_NEUROLEPTIQUES, f)?,
                Some(15) => r.imc = l.decimal(c, &CHAMP_IMC, f)?,
                Some(16) => {
                    r.hospitalisations = l
                        .lignes_de(
                            c,
                            &BLOC_HOSPITALISATIONS,
                            f,
                            LigneHospitalisations::lire_objet,
                        )?;
                }
                _ => l.inconnue(f, c, cle, CLES.codes())?,
            }
            Ok(())
        })?;
        Ok(r)
    }
    fn verifier(&self, v: &mut sidoba::__private::verif::Verificateur<'_>) {
        v.date(&CHAMP_DATE_ENTREE, self.date_entree);
        v.date(&CHAMP_DATE_SORTIE, self.date_sortie);
        v.code(&CHAMP_MODE_SORTIE, self.mode_sortie);
        v.booleen(&CHAMP_HEBERGEMENT_TEMPORAIRE, self.hebergement_temporaire);
        v.code(&CHAMP_GIR, self.gir);
        v.codes(&CHAMP_PROFIL_SOINS, self.profil_soins.as_ref());
        v.decimal(&CHAMP_POIDS, self.poids.as_ref());
        v.code(&CHAMP_PROTECTION_JURIDIQUE, self.protection_juridique);
        v.booleen(&CHAMP_PERSONNE_CONFIANCE, self.personne_confiance);
        v.booleen(&CHAMP_DIRECTIVES_ANTICIPEES, self.directives_anticipees);
        v.entier(&CHAMP_NB_CHUTES, self.nb_chutes.map(i64::from));
        v.booleen(&CHAMP_ESCARRES, self.escarres);
        v.booleen(&CHAMP_CONTENTION, self.contention);
        v.booleen(&CHAMP_DENUTRITION, self.denutrition);
        v.booleen(&CHAMP_NEUROLEPTIQUES, self.neuroleptiques);
        v.decimal(&CHAMP_IMC, self.imc.as_ref());
        v.lignes(&BLOC_HOSPITALISATIONS, &self.hospitalisations, |l, v| l.verifier(v));
    }
}
impl sidoba::__private::derive::Modele for Rapport {
    const MODELE: &'static str = "RAMA_USAGER 2026.1";
    const MEMBRES: &'static [sidoba::__private::derive::Membre] = &[
        sidoba::__private::derive::Membre::Champ("date_entree"),
        sidoba::__private::derive::Membre::Champ("date_sortie"),
        sidoba::__private::derive::Membre::Champ("mode_sortie"),
        sidoba::__private::derive::Membre::Champ("hebergement_temporaire"),
        sidoba::__private::derive::Membre::Champ("gir"),
        sidoba::__private::derive::Membre::Champ("profil_soins"),
        sidoba::__private::derive::Membre::Champ("poids"),
        sidoba::__private::derive::Membre::Champ("protection_juridique"),
        sidoba::__private::derive::Membre::Champ("personne_confiance"),
        sidoba::__private::derive::Membre::Champ("directives_anticipees"),
        sidoba::__private::derive::Membre::Champ("nb_chutes"),
        sidoba::__private::derive::Membre::Champ("escarres"),
        sidoba::__private::derive::Membre::Champ("contention"),
        sidoba::__private::derive::Membre::Champ("denutrition"),
        sidoba::__private::derive::Membre::Champ("neuroleptiques"),
        sidoba::__private::derive::Membre::Champ("imc"),
        sidoba::__private::derive::Membre::Table("hospitalisations"),
    ];
    const BLOCS: &'static [&'static str] = &[
        "sejour_residence",
        "dependance",
        "droits",
        "evenements",
    ];
    const TRIES: &'static [(&'static str, usize)] = &[
        ("contention", 12),
        ("date_entree", 0),
        ("date_sortie", 1),
        ("denutrition", 13),
        ("directives_anticipees", 9),
        ("escarres", 11),
        ("gir", 4),
        ("hebergement_temporaire", 3),
        ("hospitalisations", 16),
        ("imc", 15),
        ("mode_sortie", 2),
        ("nb_chutes", 10),
        ("neuroleptiques", 14),
        ("personne_confiance", 8),
        ("poids", 6),
        ("profil_soins", 5),
        ("protection_juridique", 7),
    ];
}
sidoba::__private::champs_derive!(
    Rapport; 0 => date_entree : sidoba::Date = CHAMP_DATE_ENTREE, 1 => date_sortie :
    sidoba::Date = CHAMP_DATE_SORTIE, 2 => mode_sortie : ModeSortie = CHAMP_MODE_SORTIE,
    3 => hebergement_temporaire : bool = CHAMP_HEBERGEMENT_TEMPORAIRE, 4 => gir : Gir =
    CHAMP_GIR, 5 => profil_soins : sidoba::Codes < ProfilSoins > = CHAMP_PROFIL_SOINS, 6
    => poids : sidoba::Decimal = CHAMP_POIDS, 7 => protection_juridique :
    ProtectionJuridique = CHAMP_PROTECTION_JURIDIQUE, 8 => personne_confiance : bool =
    CHAMP_PERSONNE_CONFIANCE, 9 => directives_anticipees : bool =
    CHAMP_DIRECTIVES_ANTICIPEES, 10 => nb_chutes : u16 = CHAMP_NB_CHUTES, 11 => escarres
    : bool = CHAMP_ESCARRES, 12 => contention : bool = CHAMP_CONTENTION, 13 =>
    denutrition : bool = CHAMP_DENUTRITION, 14 => neuroleptiques : bool =
    CHAMP_NEUROLEPTIQUES, 15 => imc : sidoba::Decimal = CHAMP_IMC
);
sidoba::__private::tables_derive!(
    Rapport; 16 => hospitalisations : LigneHospitalisations = BLOC_HOSPITALISATIONS
);
impl sidoba::__private::derive::Rapport for Rapport {
    fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
        Rapport::valider_avec(self, rejets)
    }
    fn payload_sans_validation(&self) -> String {
        Rapport::payload_sans_validation(self)
    }
}
/// Une ligne du bloc répétable « Hospitalisations de l'année » (hospitalisations).
///
/// Une ligne par séjour hospitalier commencé dans l'année.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LigneHospitalisations {
    /// **Date d'entrée à l'hôpital** (hospitalisation_debut).
    ///
    /// - Bloc : Hospitalisations de l'année (hospitalisations).
    /// - Type : date, de 2026-01-01 à 2026-12-31.
    /// - Obligatoire.
    pub hospitalisation_debut: Option<sidoba::Date>,
    /// **Durée du séjour hospitalier** (hospitalisation_duree).
    ///
    /// - Bloc : Hospitalisations de l'année (hospitalisations).
    /// - Type : entier, de 0 à 366.
    /// - Unité : jour.
    /// - Obligatoire.
    pub hospitalisation_duree: Option<u16>,
    /// **Cause de l'hospitalisation** (hospitalisation_cause).
    ///
    /// - Bloc : Hospitalisations de l'année (hospitalisations).
    /// - Type : code de la nomenclature « Cause d'hospitalisation ».
    /// - Facultatif.
    pub hospitalisation_cause: Option<CauseHospitalisation>,
}
impl LigneHospitalisations {
    fn ecrire(&self, o: &mut sidoba::__private::ecriture::Objet<'_>) {
        o.valeur("hospitalisation_debut", self.hospitalisation_debut.as_ref());
        o.valeur("hospitalisation_duree", self.hospitalisation_duree.as_ref());
        o.code("hospitalisation_cause", self.hospitalisation_cause);
    }
    fn lire_objet(
        f: &mut sidoba::__private::flux::Flux<'_>,
        c: &sidoba::__private::verif::Chemin,
        l: &mut sidoba::__private::lecture::Lecteur,
    ) -> Result<Self, sidoba::__private::jeton::ErreurJson> {
        const CLES: sidoba::__private::lecture::Cles<'static> = sidoba::__private::lecture::Cles(
            &[
                ("hospitalisation_cause", 2),
                ("hospitalisation_debut", 0),
                ("hospitalisation_duree", 1),
            ],
        );
        const ORDRE: &[&str] = &[
            "hospitalisation_debut",
            "hospitalisation_duree",
            "hospitalisation_cause",
        ];
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
                Some(0) => {
                    r.hospitalisation_debut = l.date(c, &CHAMP_HOSPITALISATION_DEBUT, f)?;
                }
                Some(1) => {
                    r.hospitalisation_duree = l
                        .entier(c, &CHAMP_HOSPITALISATION_DUREE, f)?;
                }
                Some(2) => {
                    r.hospitalisation_cause = l
                        .code_enum(c, &CHAMP_HOSPITALISATION_CAUSE, f)?;
                }
                _ => l.inconnue(f, c, cle, CLES.codes())?,
            }
            Ok(())
        })?;
        Ok(r)
    }
    fn verifier(&self, v: &mut sidoba::__private::verif::Verificateur<'_>) {
        v.date(&CHAMP_HOSPITALISATION_DEBUT, self.hospitalisation_debut);
        v.entier(
            &CHAMP_HOSPITALISATION_DUREE,
            self.hospitalisation_duree.map(i64::from),
        );
        v.code(&CHAMP_HOSPITALISATION_CAUSE, self.hospitalisation_cause);
    }
}
impl sidoba::__private::derive::Modele for LigneHospitalisations {
    const MODELE: &'static str = "RAMA_USAGER 2026.1";
    const MEMBRES: &'static [sidoba::__private::derive::Membre] = &[
        sidoba::__private::derive::Membre::Champ("hospitalisation_debut"),
        sidoba::__private::derive::Membre::Champ("hospitalisation_duree"),
        sidoba::__private::derive::Membre::Champ("hospitalisation_cause"),
    ];
    const BLOCS: &'static [&'static str] = &[];
    const TRIES: &'static [(&'static str, usize)] = &[
        ("hospitalisation_cause", 2),
        ("hospitalisation_debut", 0),
        ("hospitalisation_duree", 1),
    ];
}
sidoba::__private::champs_derive!(
    LigneHospitalisations; 0 => hospitalisation_debut : sidoba::Date =
    CHAMP_HOSPITALISATION_DEBUT, 1 => hospitalisation_duree : u16 =
    CHAMP_HOSPITALISATION_DUREE, 2 => hospitalisation_cause : CauseHospitalisation =
    CHAMP_HOSPITALISATION_CAUSE
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
        Some({
            let mut tout = true;
            tout
                &= {
                    let si = sidoba::__private::verif::pour_regles::date(
                            &CHAMP_DATE_SORTIE,
                            self.date_sortie,
                        )
                        .is_some();
                    let alors = sidoba::__private::verif::pour_regles::code(
                            &CHAMP_MODE_SORTIE,
                            self.mode_sortie,
                        )
                        .is_some();
                    !si || alors
                };
            tout
                &= {
                    let si = sidoba::__private::verif::pour_regles::code(
                            &CHAMP_MODE_SORTIE,
                            self.mode_sortie,
                        )
                        .is_some();
                    let alors = sidoba::__private::verif::pour_regles::date(
                            &CHAMP_DATE_SORTIE,
                            self.date_sortie,
                        )
                        .is_some();
                    !si || alors
                };
            tout
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
        let v_nb_chutes = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_CHUTES,
            self.nb_chutes.map(i64::from),
        )?;
        Some((v_nb_chutes) >= (sidoba::Decimal::from(0)))
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
        let v_mode_sortie = sidoba::__private::verif::pour_regles::code(
            &CHAMP_MODE_SORTIE,
            self.mode_sortie,
        )?;
        Some({
            let si = (v_mode_sortie) == (ModeSortie::DecesEtab);
            let alors = sidoba::__private::verif::pour_regles::date(
                    &CHAMP_DATE_SORTIE,
                    self.date_sortie,
                )
                .is_some();
            !si || alors
        })
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
        let v_date_sortie = sidoba::__private::verif::pour_regles::date(
            &CHAMP_DATE_SORTIE,
            self.date_sortie,
        )?;
        let v_date_entree = sidoba::__private::verif::pour_regles::date(
            &CHAMP_DATE_ENTREE,
            self.date_entree,
        )?;
        Some((v_date_sortie) >= (v_date_entree))
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
        let v_imc = sidoba::__private::verif::pour_regles::decimal(
            &CHAMP_IMC,
            self.imc.as_ref(),
        )?;
        let v_denutrition = self.denutrition?;
        Some({
            let si = (v_imc) < (sidoba::Decimal::from(21));
            let alors = (v_denutrition) == (true);
            !si || alors
        })
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
    fn regle_6_r06(&self, ligne: &LigneHospitalisations) -> Option<bool> {
        let v_l_hospitalisation_debut = sidoba::__private::verif::pour_regles::date(
            &CHAMP_HOSPITALISATION_DEBUT,
            ligne.hospitalisation_debut,
        )?;
        let v_date_sortie = sidoba::__private::verif::pour_regles::date(
            &CHAMP_DATE_SORTIE,
            self.date_sortie,
        )?;
        Some((v_l_hospitalisation_debut) <= (v_date_sortie))
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
        let v_profil_soins = sidoba::__private::verif::pour_regles::codes(
            &CHAMP_PROFIL_SOINS,
            self.profil_soins.as_ref(),
        )?;
        let v_gir = sidoba::__private::verif::pour_regles::code(&CHAMP_GIR, self.gir)?;
        Some({
            let si = v_profil_soins.contains(ProfilSoins::T1);
            let alors = (v_gir) != (Gir::V6);
            !si || alors
        })
    }
    fn regles(&self, out: &mut Vec<sidoba::Constat>) {
        if self.regle_1_r01() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R01".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Un mode de sortie est attendu quand une date de sortie est renseignée, et seulement alors."
                    .to_owned(),
            });
        }
        if self.regle_2_r02() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R02".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Le nombre de chutes ne peut pas être négatif.".to_owned(),
            });
        }
        if self.regle_3_r03() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R03".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Un décès dans l'établissement demande une date de sortie."
                    .to_owned(),
            });
        }
        if self.regle_4_r04() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R04".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "La date de sortie ne peut pas précéder la date d'entrée."
                    .to_owned(),
            });
        }
        if self.regle_5_r05() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R05".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Un IMC inférieur à 21 sans dénutrition déclarée est à vérifier."
                    .to_owned(),
            });
        }
        for (i0, p0) in self.hospitalisations.iter().enumerate() {
            let ligne = p0;
            let chemin = format!("{}[{}]", "hospitalisations", i0);
            if self.regle_6_r06(ligne) == Some(false) {
                out.push(sidoba::Constat {
                    chemin,
                    code: sidoba::CodeConstat::Regle,
                    regle: Some("R06".to_owned()),
                    severite: sidoba::Severite::Avertissement,
                    message: "Une hospitalisation commence après la sortie de l'établissement."
                        .to_owned(),
                });
            }
        }
        if self.regle_7_r07() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R07".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Un profil de soins T1 chez un résident en GIR 6 est à vérifier."
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
static CHAMP_DATE_ENTREE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "date_entree",
    libelle: "Date d'entrée dans l'établissement",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Date {
        min: Some(sidoba::Date::ymd(1980, 1, 1)),
        max: Some(sidoba::Date::ymd(2026, 12, 31)),
    },
};
static CHAMP_DATE_SORTIE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "date_sortie",
    libelle: "Date de sortie",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Date {
        min: Some(sidoba::Date::ymd(2026, 1, 1)),
        max: Some(sidoba::Date::ymd(2026, 12, 31)),
    },
};
static CHAMP_MODE_SORTIE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "mode_sortie",
    libelle: "Mode de sortie",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <ModeSortie as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_HEBERGEMENT_TEMPORAIRE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "hebergement_temporaire",
    libelle: "Hébergement temporaire",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_GIR: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "gir",
    libelle: "GIR au 31/12 ou à la sortie",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <Gir as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_PROFIL_SOINS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "profil_soins",
    libelle: "Profils de soins (PATHOS)",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <ProfilSoins as sidoba::Code>::NOMENCLATURE,
        multiple: true,
    },
};
static CHAMP_POIDS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "poids",
    libelle: "Poids à la dernière pesée",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(20, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(250, 0, 0, false, 0)),
    },
};
static CHAMP_PROTECTION_JURIDIQUE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "protection_juridique",
    libelle: "Mesure de protection juridique",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <ProtectionJuridique as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_PERSONNE_CONFIANCE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "personne_confiance",
    libelle: "Personne de confiance désignée",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_DIRECTIVES_ANTICIPEES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "directives_anticipees",
    libelle: "Directives anticipées rédigées",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_NB_CHUTES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_chutes",
    libelle: "Chutes dans l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(365),
    },
};
static CHAMP_ESCARRES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "escarres",
    libelle: "Escarre",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_CONTENTION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "contention",
    libelle: "Contention physique prescrite",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_DENUTRITION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "denutrition",
    libelle: "Dénutrition",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_NEUROLEPTIQUES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "neuroleptiques",
    libelle: "Traitement neuroleptique",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_IMC: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "imc",
    libelle: "Indice de masse corporelle",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 2,
        min: Some(sidoba::Decimal::from_parts(10, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(70, 0, 0, false, 0)),
    },
};
static CHAMP_HOSPITALISATION_DEBUT: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "hospitalisation_debut",
    libelle: "Date d'entrée à l'hôpital",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Date {
        min: Some(sidoba::Date::ymd(2026, 1, 1)),
        max: Some(sidoba::Date::ymd(2026, 12, 31)),
    },
};
static CHAMP_HOSPITALISATION_DUREE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "hospitalisation_duree",
    libelle: "Durée du séjour hospitalier",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(366),
    },
};
static CHAMP_HOSPITALISATION_CAUSE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "hospitalisation_cause",
    libelle: "Cause de l'hospitalisation",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <CauseHospitalisation as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static BLOC_HOSPITALISATIONS: sidoba::__private::descripteur::Bloc<'static> = sidoba::__private::descripteur::Bloc {
    code: "hospitalisations",
    libelle: "Hospitalisations de l'année",
    min_lignes: None,
    max_lignes: Some(40),
};
