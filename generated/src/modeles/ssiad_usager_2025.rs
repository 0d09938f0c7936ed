// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Rapport SSIAD 2025 : données par patient : modèle SSIAD_USAGER version 2025.1 (campagne SSIAD-USAGER-2025).
// SHA-256 du fichier du modèle : f3572cb0677e7fc3c60322744c35623d214401cd4dc20f3ae28bbf2adb772953
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "SSIAD-USAGER-2025";
/// Code du modèle.
pub const MODELE: &str = "SSIAD_USAGER";
/// Version du modèle.
pub const VERSION: &str = "2025.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "f3572cb0677e7fc3c60322744c35623d214401cd4dc20f3ae28bbf2adb772953";
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
/// Type de personne accompagnée (nomenclature type_personne).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum TypePersonne {
    /// PA : Personne âgée de 60 ans ou plus
    Pa,
    /// PH : Personne en situation de handicap
    Ph,
    /// MC : Personne atteinte de maladie chronique de moins de 60 ans
    Mc,
}
impl TypePersonne {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 3] = [Self::Pa, Self::Ph, Self::Mc];
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
impl sidoba::Code for TypePersonne {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "type_personne",
        libelle: "Type de personne accompagnée",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "PA",
                libelle: "Personne âgée de 60 ans ou plus",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "PH",
                libelle: "Personne en situation de handicap",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "MC",
                libelle: "Personne atteinte de maladie chronique de moins de 60 ans",
                actif: true,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::Pa),
            1 => Some(Self::Ph),
            2 => Some(Self::Mc),
            _ => None,
        }
    }
}
impl core::str::FromStr for TypePersonne {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for TypePersonne {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<TypePersonne> for TypePersonne {
    fn vers(&self) -> Result<Option<TypePersonne>, sidoba::derive::Echec> {
        Ok(Some(*self))
    }
}
/// Motif de fin de prise en charge (nomenclature motif_fin).
///
/// Les valeurs inactives se lisent encore dans d'anciennes données mais sont refusées par la validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum MotifFin {
    /// DOMICILE : Fin des soins, maintien à domicile
    Domicile,
    /// HOSPIT : Hospitalisation de plus de 30 jours
    Hospit,
    /// EHPAD : Entrée en établissement
    Ehpad,
    /// HAD : Orientation vers l'hospitalisation à domicile
    Had,
    /// DECES : Décès
    Deces,
    /// DEMENAGEMENT : Déménagement
    Demenagement,
    /// AUTRE : Autre motif
    Autre,
    /// TRANSFERT : Transfert vers un autre SSIAD (ancienne valeur) (**inactive** : refusée dans un nouveau rapport)
    Transfert,
}
impl MotifFin {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 8] = [
        Self::Domicile,
        Self::Hospit,
        Self::Ehpad,
        Self::Had,
        Self::Deces,
        Self::Demenagement,
        Self::Autre,
        Self::Transfert,
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
impl sidoba::Code for MotifFin {
    const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> = &sidoba::__private::descripteur::Nomenclature {
        code: "motif_fin",
        libelle: "Motif de fin de prise en charge",
        valeurs: &[
            sidoba::__private::descripteur::Valeur {
                code: "DOMICILE",
                libelle: "Fin des soins, maintien à domicile",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "HOSPIT",
                libelle: "Hospitalisation de plus de 30 jours",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "EHPAD",
                libelle: "Entrée en établissement",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "HAD",
                libelle: "Orientation vers l'hospitalisation à domicile",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "DECES",
                libelle: "Décès",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "DEMENAGEMENT",
                libelle: "Déménagement",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "AUTRE",
                libelle: "Autre motif",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "TRANSFERT",
                libelle: "Transfert vers un autre SSIAD (ancienne valeur)",
                actif: false,
            },
        ],
    };
    fn index(self) -> usize {
        self as usize
    }
    fn depuis_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::Domicile),
            1 => Some(Self::Hospit),
            2 => Some(Self::Ehpad),
            3 => Some(Self::Had),
            4 => Some(Self::Deces),
            5 => Some(Self::Demenagement),
            6 => Some(Self::Autre),
            7 => Some(Self::Transfert),
            _ => None,
        }
    }
}
impl core::str::FromStr for MotifFin {
    type Err = sidoba::CodeInconnu;
    /// Lit un code ; un code inconnu nomme les codes les plus proches.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        sidoba::__private::descripteur::code_depuis_str(code)
    }
}
impl core::fmt::Display for MotifFin {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
impl sidoba::derive::Vers<MotifFin> for MotifFin {
    fn vers(&self) -> Result<Option<MotifFin>, sidoba::derive::Echec> {
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
/// Rapport « Rapport SSIAD 2025 : données par patient » (campagne SSIAD-USAGER-2025).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Situation de la personne (situation)
/// - Situations de soins (questionnaire de situation SSIAD) (situations_soins)
/// - Prise en charge dans l'année (prise_en_charge)
/// - Hospitalisations de l'année (hospitalisations) : table de lignes
#[derive(Clone, Default, PartialEq)]
pub struct Rapport {
    /// **Type de personne accompagnée** (type_personne).
    ///
    /// - Bloc : Situation de la personne (situation).
    /// - Type : code de la nomenclature « Type de personne accompagnée ».
    /// - Obligatoire.
    pub type_personne: Option<TypePersonne>,
    /// **GIR (résultat de l'évaluation AGGIR)** (gir).
    ///
    /// Obligatoire pour une personne âgée.
    ///
    /// - Bloc : Situation de la personne (situation).
    /// - Type : code de la nomenclature « Groupe iso-ressources (AGGIR) ».
    /// - Facultatif.
    pub gir: Option<Gir>,
    /// **Date de l'évaluation AGGIR** (date_evaluation_aggir).
    ///
    /// - Bloc : Situation de la personne (situation).
    /// - Type : date, de 2020-01-01 à 2025-12-31.
    /// - Facultatif.
    pub date_evaluation_aggir: Option<sidoba::Date>,
    /// **Incontinence urinaire** (incontinence_urinaire).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub incontinence_urinaire: Option<bool>,
    /// **Incontinence fécale** (incontinence_fecale).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub incontinence_fecale: Option<bool>,
    /// **Obésité** (obesite).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub obesite: Option<bool>,
    /// **Trouble cognitif** (trouble_cognitif).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub trouble_cognitif: Option<bool>,
    /// **Trouble de la personnalité ou du comportement** (trouble_personnalite).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub trouble_personnalite: Option<bool>,
    /// **Soins infirmiers techniques** (soins_infirmiers).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub soins_infirmiers: Option<bool>,
    /// **Suivi infirmier (surveillance, éducation)** (suivi_infirmier).
    ///
    /// - Bloc : Situations de soins (questionnaire de situation SSIAD) (situations_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub suivi_infirmier: Option<bool>,
    /// **Date de début des soins** (date_debut_soins).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : date, de 1990-01-01 à 2025-12-31.
    /// - Obligatoire.
    pub date_debut_soins: Option<sidoba::Date>,
    /// **Date de fin des soins** (date_fin_soins).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : date, de 2025-01-01 à 2025-12-31.
    /// - Facultatif.
    pub date_fin_soins: Option<sidoba::Date>,
    /// **Motif de fin de prise en charge** (motif_fin).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : code de la nomenclature « Motif de fin de prise en charge ».
    /// - Facultatif.
    pub motif_fin: Option<MotifFin>,
    /// **Passages d'infirmiers dans l'année** (nb_passages_infirmiers).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : passage.
    /// - Obligatoire.
    pub nb_passages_infirmiers: Option<u16>,
    /// **Passages d'aides-soignants dans l'année** (nb_passages_aides_soignants).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : entier, de 0 à 3000.
    /// - Unité : passage.
    /// - Obligatoire.
    pub nb_passages_aides_soignants: Option<u16>,
    /// **Durée moyenne d'un passage** (duree_moyenne_passage).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : décimal à 1 décimale(s) au plus, de 0 à 480.
    /// - Unité : minute.
    /// - Facultatif.
    pub duree_moyenne_passage: Option<sidoba::Decimal>,
    /// **Commentaire de l'infirmier coordinateur** (commentaire).
    ///
    /// - Bloc : Prise en charge dans l'année (prise_en_charge).
    /// - Type : texte d'au plus 500 caractères.
    /// - Facultatif.
    /// - Donnée personnelle : jamais affichée par `Debug` ni dans les messages.
    pub commentaire: Option<String>,
    /// **Hospitalisations de l'année** (hospitalisations) : table de lignes.
    ///
    /// Une ligne par séjour hospitalier commencé dans l'année.
    ///
    /// Au plus 50 lignes.
    pub hospitalisations: Vec<LigneHospitalisations>,
}
impl core::fmt::Debug for Rapport {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Rapport")
            .field("type_personne", &self.type_personne)
            .field("gir", &self.gir)
            .field("date_evaluation_aggir", &self.date_evaluation_aggir)
            .field("incontinence_urinaire", &self.incontinence_urinaire)
            .field("incontinence_fecale", &self.incontinence_fecale)
            .field("obesite", &self.obesite)
            .field("trouble_cognitif", &self.trouble_cognitif)
            .field("trouble_personnalite", &self.trouble_personnalite)
            .field("soins_infirmiers", &self.soins_infirmiers)
            .field("suivi_infirmier", &self.suivi_infirmier)
            .field("date_debut_soins", &self.date_debut_soins)
            .field("date_fin_soins", &self.date_fin_soins)
            .field("motif_fin", &self.motif_fin)
            .field("nb_passages_infirmiers", &self.nb_passages_infirmiers)
            .field("nb_passages_aides_soignants", &self.nb_passages_aides_soignants)
            .field("duree_moyenne_passage", &self.duree_moyenne_passage)
            .field("commentaire", &sidoba::__private::Masque(&self.commentaire))
            .field("hospitalisations", &self.hospitalisations)
            .finish()
    }
}
impl Rapport {
    fn ecrire(&self, o: &mut sidoba::__private::ecriture::Objet<'_>) {
        o.code("type_personne", self.type_personne);
        o.code("gir", self.gir);
        o.valeur("date_evaluation_aggir", self.date_evaluation_aggir.as_ref());
        o.valeur("incontinence_urinaire", self.incontinence_urinaire.as_ref());
        o.valeur("incontinence_fecale", self.incontinence_fecale.as_ref());
        o.valeur("obesite", self.obesite.as_ref());
        o.valeur("trouble_cognitif", self.trouble_cognitif.as_ref());
        o.valeur("trouble_personnalite", self.trouble_personnalite.as_ref());
        o.valeur("soins_infirmiers", self.soins_infirmiers.as_ref());
        o.valeur("suivi_infirmier", self.suivi_infirmier.as_ref());
        o.valeur("date_debut_soins", self.date_debut_soins.as_ref());
        o.valeur("date_fin_soins", self.date_fin_soins.as_ref());
        o.code("motif_fin", self.motif_fin);
        o.valeur("nb_passages_infirmiers", self.nb_passages_infirmiers.as_ref());
        o.valeur(
            "nb_passages_aides_soignants",
            self.nb_passages_aides_soignants.as_ref(),
        );
        o.decimal("duree_moyenne_passage", self.duree_moyenne_passage.as_ref(), 1);
        o.texte("commentaire", self.commentaire.as_deref());
        o.lignes("hospitalisations", &self.hospitalisations, |l, o| l.ecrire(o));
    }
    fn lire_objet(
        f: &mut sidoba::__private::flux::Flux<'_>,
        c: &sidoba::__private::verif::Chemin,
        l: &mut sidoba::__private::lecture::Lecteur,
    ) -> Result<Self, sidoba::__private::jeton::ErreurJson> {
        const CLES: sidoba::__private::lecture::Cles<'static> = sidoba::__private::lecture::Cles(
            &[
                ("commentaire", 16),
                ("date_debut_soins", 10),
                ("date_evaluation_aggir", 2),
                ("date_fin_soins", 11),
                ("duree_moyenne_passage", 15),
                ("gir", 1),
                ("hospitalisations", 17),
                ("incontinence_fecale", 4),
                ("incontinence_urinaire", 3),
                ("motif_fin", 12),
                ("nb_passages_aides_soignants", 14),
                ("nb_passages_infirmiers", 13),
                ("obesite", 5),
                ("soins_infirmiers", 8),
                ("suivi_infirmier", 9),
                ("trouble_cognitif", 6),
                ("trouble_personnalite", 7),
                ("type_personne", 0),
            ],
        );
        const ORDRE: &[&str] = &[
            "type_personne",
            "gir",
            "date_evaluation_aggir",
            "incontinence_urinaire",
            "incontinence_fecale",
            "obesite",
            "trouble_cognitif",
            "trouble_personnalite",
            "soins_infirmiers",
            "suivi_infirmier",
            "date_debut_soins",
            "date_fin_soins",
            "motif_fin",
            "nb_passages_infirmiers",
            "nb_passages_aides_soignants",
            "duree_moyenne_passage",
            "commentaire",
            "hospitalisations",
        ];
        let mut r = Self::default();
        let mut vus = sidoba::__private::flux::Vus::new(18);
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
                Some(0) => r.type_personne = l.code_enum(c, &CHAMP_TYPE_PERSONNE, f)?,
                Some(1) => r.gir = l.code_enum(c, &CHAMP_GIR, f)?,
                Some(2) => {
                    r.date_evaluation_aggir = l.date(c, &CHAMP_DATE_EVALUATION_AGGIR, f)?;
                }
                Some(3) => {
                    r.incontinence_urinaire = l
                        .booleen(c, &CHAMP_INCONTINENCE_URINAIRE, f)?;
                }
                Some(4) => {
                    r.incontinence_fecale = l.booleen(c, &CHAMP_INCONTINENCE_FECALE, f)?;
                }
                Some(5) => r.obesite = l.booleen(c, &CHAMP_OBESITE, f)?,
                Some(6) => r.trouble_cognitif = l.booleen(c, &CHAMP_TROUBLE_COGNITIF, f)?,
                Some(7) => {
                    r.trouble_personnalite = l
                        .booleen(c, &CHAMP_TROUBLE_PERSONNALITE, f)?;
                }
                Some(8) => r.soins_infirmiers = l.booleen(c, &CHAMP_SOINS_INFIRMIERS, f)?,
                Some(9) => r.suivi_infirmier = l.booleen(c, &CHAMP_SUIVI_INFIRMIER, f)?,
                Some(10) => r.date_debut_soins = l.date(c, &CHAMP_DATE_DEBUT_SOINS, f)?,
                Some(11) => r.date_fin_soins = l.date(c, &CHAMP_DATE_FIN_SOINS, f)?,
                Some(12) => r.motif_fin = l.code_enum(c, &CHAMP_MOTIF_FIN, f)?,
                Some(13) => {
                    r.nb_passages_infirmiers = l
                        .entier(c, &CHAMP_NB_PASSAGES_INFIRMIERS, f)?;
                }
                Some(14) => {
                    r.nb_passages_aides_soignants = l
                        .entier(c, &CHAMP_NB_PASSAGES_AIDES_SOIGNANTS, f)?;
                }
                Some(15) => {
                    r.duree_moyenne_passage = l
                        .decimal(c, &CHAMP_DUREE_MOYENNE_PASSAGE, f)?;
                }
                Some(16) => r.commentaire = l.texte(c, &CHAMP_COMMENTAIRE, f)?,
                Some(17) => {
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
        v.code(&CHAMP_TYPE_PERSONNE, self.type_personne);
        v.code(&CHAMP_GIR, self.gir);
        v.date(&CHAMP_DATE_EVALUATION_AGGIR, self.date_evaluation_aggir);
        v.booleen(&CHAMP_INCONTINENCE_URINAIRE, self.incontinence_urinaire);
        v.booleen(&CHAMP_INCONTINENCE_FECALE, self.incontinence_fecale);
        v.booleen(&CHAMP_OBESITE, self.obesite);
        v.booleen(&CHAMP_TROUBLE_COGNITIF, self.trouble_cognitif);
        v.booleen(&CHAMP_TROUBLE_PERSONNALITE, self.trouble_personnalite);
        v.booleen(&CHAMP_SOINS_INFIRMIERS, self.soins_infirmiers);
        v.booleen(&CHAMP_SUIVI_INFIRMIER, self.suivi_infirmier);
        v.date(&CHAMP_DATE_DEBUT_SOINS, self.date_debut_soins);
        v.date(&CHAMP_DATE_FIN_SOINS, self.date_fin_soins);
        v.code(&CHAMP_MOTIF_FIN, self.motif_fin);
        v.entier(
            &CHAMP_NB_PASSAGES_INFIRMIERS,
            self.nb_passages_infirmiers.map(i64::from),
        );
        v.entier(
            &CHAMP_NB_PASSAGES_AIDES_SOIGNANTS,
            self.nb_passages_aides_soignants.map(i64::from),
        );
        v.decimal(&CHAMP_DUREE_MOYENNE_PASSAGE, self.duree_moyenne_passage.as_ref());
        v.texte(&CHAMP_COMMENTAIRE, self.commentaire.as_deref());
        v.lignes(&BLOC_HOSPITALISATIONS, &self.hospitalisations, |l, v| l.verifier(v));
    }
}
impl sidoba::__private::derive::Modele for Rapport {
    const MODELE: &'static str = "SSIAD_USAGER 2025.1";
    const MEMBRES: &'static [sidoba::__private::derive::Membre] = &[
        sidoba::__private::derive::Membre::Champ("type_personne"),
        sidoba::__private::derive::Membre::Champ("gir"),
        sidoba::__private::derive::Membre::Champ("date_evaluation_aggir"),
        sidoba::__private::derive::Membre::Champ("incontinence_urinaire"),
        sidoba::__private::derive::Membre::Champ("incontinence_fecale"),
        sidoba::__private::derive::Membre::Champ("obesite"),
        sidoba::__private::derive::Membre::Champ("trouble_cognitif"),
        sidoba::__private::derive::Membre::Champ("trouble_personnalite"),
        sidoba::__private::derive::Membre::Champ("soins_infirmiers"),
        sidoba::__private::derive::Membre::Champ("suivi_infirmier"),
        sidoba::__private::derive::Membre::Champ("date_debut_soins"),
        sidoba::__private::derive::Membre::Champ("date_fin_soins"),
        sidoba::__private::derive::Membre::Champ("motif_fin"),
        sidoba::__private::derive::Membre::Champ("nb_passages_infirmiers"),
        sidoba::__private::derive::Membre::Champ("nb_passages_aides_soignants"),
        sidoba::__private::derive::Membre::Champ("duree_moyenne_passage"),
        sidoba::__private::derive::Membre::Champ("commentaire"),
        sidoba::__private::derive::Membre::Table("hospitalisations"),
    ];
    const BLOCS: &'static [&'static str] = &[
        "situation",
        "situations_soins",
        "prise_en_charge",
    ];
    const TRIES: &'static [(&'static str, usize)] = &[
        ("commentaire", 16),
        ("date_debut_soins", 10),
        ("date_evaluation_aggir", 2),
        ("date_fin_soins", 11),
        ("duree_moyenne_passage", 15),
        ("gir", 1),
        ("hospitalisations", 17),
        ("incontinence_fecale", 4),
        ("incontinence_urinaire", 3),
        ("motif_fin", 12),
        ("nb_passages_aides_soignants", 14),
        ("nb_passages_infirmiers", 13),
        ("obesite", 5),
        ("soins_infirmiers", 8),
        ("suivi_infirmier", 9),
        ("trouble_cognitif", 6),
        ("trouble_personnalite", 7),
        ("type_personne", 0),
    ];
}
sidoba::__private::champs_derive!(
    Rapport; 0 => type_personne : TypePersonne = CHAMP_TYPE_PERSONNE, 1 => gir : Gir =
    CHAMP_GIR, 2 => date_evaluation_aggir : sidoba::Date = CHAMP_DATE_EVALUATION_AGGIR, 3
    => incontinence_urinaire : bool = CHAMP_INCONTINENCE_URINAIRE, 4 =>
    incontinence_fecale : bool = CHAMP_INCONTINENCE_FECALE, 5 => obesite : bool =
    CHAMP_OBESITE, 6 => trouble_cognitif : bool = CHAMP_TROUBLE_COGNITIF, 7 =>
    trouble_personnalite : bool = CHAMP_TROUBLE_PERSONNALITE, 8 => soins_infirmiers :
    bool = CHAMP_SOINS_INFIRMIERS, 9 => suivi_infirmier : bool = CHAMP_SUIVI_INFIRMIER,
    10 => date_debut_soins : sidoba::Date = CHAMP_DATE_DEBUT_SOINS, 11 => date_fin_soins
    : sidoba::Date = CHAMP_DATE_FIN_SOINS, 12 => motif_fin : MotifFin = CHAMP_MOTIF_FIN,
    13 => nb_passages_infirmiers : u16 = CHAMP_NB_PASSAGES_INFIRMIERS, 14 =>
    nb_passages_aides_soignants : u16 = CHAMP_NB_PASSAGES_AIDES_SOIGNANTS, 15 =>
    duree_moyenne_passage : sidoba::Decimal = CHAMP_DUREE_MOYENNE_PASSAGE, 16 =>
    commentaire : String = CHAMP_COMMENTAIRE
);
sidoba::__private::tables_derive!(
    Rapport; 17 => hospitalisations : LigneHospitalisations = BLOC_HOSPITALISATIONS
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
    /// - Type : date, de 2025-01-01 à 2025-12-31.
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
    const MODELE: &'static str = "SSIAD_USAGER 2025.1";
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
        let v_date_fin_soins = sidoba::__private::verif::pour_regles::date(
            &CHAMP_DATE_FIN_SOINS,
            self.date_fin_soins,
        )?;
        let v_date_debut_soins = sidoba::__private::verif::pour_regles::date(
            &CHAMP_DATE_DEBUT_SOINS,
            self.date_debut_soins,
        )?;
        Some((v_date_fin_soins) >= (v_date_debut_soins))
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
        let v_type_personne = sidoba::__private::verif::pour_regles::code(
            &CHAMP_TYPE_PERSONNE,
            self.type_personne,
        )?;
        Some({
            let si = (v_type_personne) == (TypePersonne::Pa);
            let alors = sidoba::__private::verif::pour_regles::code(&CHAMP_GIR, self.gir)
                .is_some();
            !si || alors
        })
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
        let v_nb_passages_infirmiers = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PASSAGES_INFIRMIERS,
            self.nb_passages_infirmiers.map(i64::from),
        )?;
        Some((v_nb_passages_infirmiers) >= (sidoba::Decimal::from(0)))
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
        let v_nb_passages_aides_soignants = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PASSAGES_AIDES_SOIGNANTS,
            self.nb_passages_aides_soignants.map(i64::from),
        )?;
        Some((v_nb_passages_aides_soignants) >= (sidoba::Decimal::from(0)))
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
        Some({
            let mut tout = true;
            tout
                &= {
                    let si = sidoba::__private::verif::pour_regles::date(
                            &CHAMP_DATE_FIN_SOINS,
                            self.date_fin_soins,
                        )
                        .is_some();
                    let alors = sidoba::__private::verif::pour_regles::code(
                            &CHAMP_MOTIF_FIN,
                            self.motif_fin,
                        )
                        .is_some();
                    !si || alors
                };
            tout
                &= {
                    let si = sidoba::__private::verif::pour_regles::code(
                            &CHAMP_MOTIF_FIN,
                            self.motif_fin,
                        )
                        .is_some();
                    let alors = sidoba::__private::verif::pour_regles::date(
                            &CHAMP_DATE_FIN_SOINS,
                            self.date_fin_soins,
                        )
                        .is_some();
                    !si || alors
                };
            tout
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
    fn regle_6_r06(&self) -> Option<bool> {
        Some(
            (sidoba::__private::regle::somme(
                self
                    .hospitalisations
                    .iter()
                    .filter_map(|r| sidoba::__private::verif::pour_regles::entier(
                        &CHAMP_HOSPITALISATION_DUREE,
                        r.hospitalisation_duree.map(i64::from),
                    )),
            )?) <= (sidoba::Decimal::from(366)),
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
    fn regle_7_r07(&self, ligne: &LigneHospitalisations) -> Option<bool> {
        let v_l_hospitalisation_debut = sidoba::__private::verif::pour_regles::date(
            &CHAMP_HOSPITALISATION_DEBUT,
            ligne.hospitalisation_debut,
        )?;
        let v_date_debut_soins = sidoba::__private::verif::pour_regles::date(
            &CHAMP_DATE_DEBUT_SOINS,
            self.date_debut_soins,
        )?;
        Some((v_l_hospitalisation_debut) >= (v_date_debut_soins))
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
        let v_soins_infirmiers = self.soins_infirmiers?;
        let v_nb_passages_infirmiers = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PASSAGES_INFIRMIERS,
            self.nb_passages_infirmiers.map(i64::from),
        )?;
        let v_nb_passages_aides_soignants = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PASSAGES_AIDES_SOIGNANTS,
            self.nb_passages_aides_soignants.map(i64::from),
        )?;
        Some({
            let si = (v_soins_infirmiers) == (true);
            let alors = ({
                let mut a = v_nb_passages_infirmiers;
                a = sidoba::__private::regle::plus(a, v_nb_passages_aides_soignants)?;
                a
            }) > (sidoba::Decimal::from(0));
            !si || alors
        })
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
        Some({
            let si = (sidoba::Decimal::from(self.hospitalisations.len()))
                > (sidoba::Decimal::from(0));
            let alors = ({
                let mut a = sidoba::__private::regle::somme(
                    self
                        .hospitalisations
                        .iter()
                        .filter_map(|r| sidoba::__private::verif::pour_regles::entier(
                            &CHAMP_HOSPITALISATION_DUREE,
                            r.hospitalisation_duree.map(i64::from),
                        )),
                )?;
                a = sidoba::__private::regle::divise(
                    a,
                    sidoba::Decimal::from(self.hospitalisations.len()),
                )?;
                a
            }) <= (sidoba::Decimal::from(90));
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
                message: "La date de fin des soins ne peut pas précéder leur date de début."
                    .to_owned(),
            });
        }
        if self.regle_2_r02() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R02".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Le GIR est obligatoire pour une personne âgée.".to_owned(),
            });
        }
        if self.regle_3_r03() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R03".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Le nombre de passages d'infirmiers ne peut pas être négatif."
                    .to_owned(),
            });
        }
        if self.regle_4_r04() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R04".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Le nombre de passages d'aides-soignants ne peut pas être négatif."
                    .to_owned(),
            });
        }
        if self.regle_5_r05() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R05".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Un motif de fin est attendu quand la prise en charge a pris fin, et seulement alors."
                    .to_owned(),
            });
        }
        if self.regle_6_r06() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R06".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Les jours d'hospitalisation dépassent l'année.".to_owned(),
            });
        }
        for (i0, p0) in self.hospitalisations.iter().enumerate() {
            let ligne = p0;
            let chemin = format!("{}[{}]", "hospitalisations", i0);
            if self.regle_7_r07(ligne) == Some(false) {
                out.push(sidoba::Constat {
                    chemin,
                    code: sidoba::CodeConstat::Regle,
                    regle: Some("R07".to_owned()),
                    severite: sidoba::Severite::Avertissement,
                    message: "Une hospitalisation commence avant la prise en charge."
                        .to_owned(),
                });
            }
        }
        if self.regle_8_r08() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R08".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Des soins infirmiers sont déclarés sans aucun passage d'infirmier ni d'aide-soignant."
                    .to_owned(),
            });
        }
        if self.regle_9_r09() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R09".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "La durée moyenne des hospitalisations dépasse 90 jours."
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
static CHAMP_TYPE_PERSONNE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "type_personne",
    libelle: "Type de personne accompagnée",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <TypePersonne as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_GIR: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "gir",
    libelle: "GIR (résultat de l'évaluation AGGIR)",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <Gir as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_DATE_EVALUATION_AGGIR: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "date_evaluation_aggir",
    libelle: "Date de l'évaluation AGGIR",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Date {
        min: Some(sidoba::Date::ymd(2020, 1, 1)),
        max: Some(sidoba::Date::ymd(2025, 12, 31)),
    },
};
static CHAMP_INCONTINENCE_URINAIRE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "incontinence_urinaire",
    libelle: "Incontinence urinaire",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_INCONTINENCE_FECALE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "incontinence_fecale",
    libelle: "Incontinence fécale",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_OBESITE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "obesite",
    libelle: "Obésité",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_TROUBLE_COGNITIF: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "trouble_cognitif",
    libelle: "Trouble cognitif",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_TROUBLE_PERSONNALITE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "trouble_personnalite",
    libelle: "Trouble de la personnalité ou du comportement",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_SOINS_INFIRMIERS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "soins_infirmiers",
    libelle: "Soins infirmiers techniques",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_SUIVI_INFIRMIER: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "suivi_infirmier",
    libelle: "Suivi infirmier (surveillance, éducation)",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_DATE_DEBUT_SOINS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "date_debut_soins",
    libelle: "Date de début des soins",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Date {
        min: Some(sidoba::Date::ymd(1990, 1, 1)),
        max: Some(sidoba::Date::ymd(2025, 12, 31)),
    },
};
static CHAMP_DATE_FIN_SOINS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "date_fin_soins",
    libelle: "Date de fin des soins",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Date {
        min: Some(sidoba::Date::ymd(2025, 1, 1)),
        max: Some(sidoba::Date::ymd(2025, 12, 31)),
    },
};
static CHAMP_MOTIF_FIN: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "motif_fin",
    libelle: "Motif de fin de prise en charge",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Code {
        nomenclature: <MotifFin as sidoba::Code>::NOMENCLATURE,
        multiple: false,
    },
};
static CHAMP_NB_PASSAGES_INFIRMIERS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_passages_infirmiers",
    libelle: "Passages d'infirmiers dans l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_PASSAGES_AIDES_SOIGNANTS: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "nb_passages_aides_soignants",
    libelle: "Passages d'aides-soignants dans l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(3000),
    },
};
static CHAMP_DUREE_MOYENNE_PASSAGE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "duree_moyenne_passage",
    libelle: "Durée moyenne d'un passage",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(480, 0, 0, false, 0)),
    },
};
static CHAMP_COMMENTAIRE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "commentaire",
    libelle: "Commentaire de l'infirmier coordinateur",
    obligatoire: false,
    personnel: true,
    genre: sidoba::__private::descripteur::Genre::Texte {
        longueur_min: None,
        longueur_max: Some(500),
        motif: None,
    },
};
static CHAMP_HOSPITALISATION_DEBUT: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "hospitalisation_debut",
    libelle: "Date d'entrée à l'hôpital",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Date {
        min: Some(sidoba::Date::ymd(2025, 1, 1)),
        max: Some(sidoba::Date::ymd(2025, 12, 31)),
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
    max_lignes: Some(50),
};
