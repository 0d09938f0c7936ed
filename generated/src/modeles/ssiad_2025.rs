// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Rapport d'activité des SSIAD 2025 : modèle SSIAD version 2025.1 (campagne SSIAD-2025).
// SHA-256 du fichier du modèle : 5874e17112bd7b1879ec36c3fce694d2f5298f19ae3b243d6f6a1f2717d83104
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "SSIAD-2025";
/// Code du modèle.
pub const MODELE: &str = "SSIAD";
/// Version du modèle.
pub const VERSION: &str = "2025.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "5874e17112bd7b1879ec36c3fce694d2f5298f19ae3b243d6f6a1f2717d83104";
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
/// Catégorie de personnel (nomenclature categorie_personnel).
///
/// Les valeurs inactives se lisent encore dans d'anciennes données mais sont refusées par la validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::enum_variant_names)]
pub enum CategoriePersonnel {
    /// IDEC : Infirmier coordinateur
    Idec,
    /// IDE : Infirmier diplômé d'État salarié
    Ide,
    /// AS : Aide-soignant
    As,
    /// AES : Accompagnant éducatif et social
    Aes,
    /// AMP : Aide médico-psychologique (ancien diplôme) (**inactive** : refusée dans un nouveau rapport)
    Amp,
    /// ASG : Assistant de soins en gérontologie
    Asg,
    /// ERGO : Ergothérapeute
    Ergo,
    /// PSYCHOMOT : Psychomotricien
    Psychomot,
    /// ADMIN : Personnel administratif
    Admin,
    /// AUTRE : Autre personnel
    Autre,
}
impl CategoriePersonnel {
    /// Toutes les valeurs, dans l'ordre du modèle.
    pub const TOUTES: [Self; 10] = [
        Self::Idec,
        Self::Ide,
        Self::As,
        Self::Aes,
        Self::Amp,
        Self::Asg,
        Self::Ergo,
        Self::Psychomot,
        Self::Admin,
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
                code: "IDEC",
                libelle: "Infirmier coordinateur",
                actif: true,
            },
            sidoba::__private::descripteur::Valeur {
                code: "IDE",
                libelle: "Infirmier diplômé d'État salarié",
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
                code: "ADMIN",
                libelle: "Personnel administratif",
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
            0 => Some(Self::Idec),
            1 => Some(Self::Ide),
            2 => Some(Self::As),
            3 => Some(Self::Aes),
            4 => Some(Self::Amp),
            5 => Some(Self::Asg),
            6 => Some(Self::Ergo),
            7 => Some(Self::Psychomot),
            8 => Some(Self::Admin),
            9 => Some(Self::Autre),
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
/// Rapport « Rapport d'activité des SSIAD 2025 » (campagne SSIAD-2025).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Identification et capacité (identification)
/// - Patients (patients)
/// - Interventions (interventions)
/// - Situations de soins au cours de l'année (situations_soins)
/// - Mouvements de l'année (mouvements)
/// - Ressources humaines (rh) : table de lignes
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rapport {
    /// **Numéro FINESS de l'établissement** (finess_et).
    ///
    /// Numéro FINESS géographique (ET), 9 caractères ; 2A ou 2B pour la Corse.
    ///
    /// - Bloc : Identification et capacité (identification).
    /// - Type : texte de 9 caractères exactement, au format ^\[0-9A-Za-z\]{9}$.
    /// - Obligatoire.
    pub finess_et: Option<String>,
    /// **Raison sociale** (raison_sociale).
    ///
    /// - Bloc : Identification et capacité (identification).
    /// - Type : texte de 1 à 100 caractères.
    /// - Obligatoire.
    pub raison_sociale: Option<String>,
    /// **Catégorie FINESS** (categorie_finess).
    ///
    /// - Bloc : Identification et capacité (identification).
    /// - Type : code de la nomenclature « Catégorie d'établissement (FINESS) ».
    /// - Obligatoire.
    pub categorie_finess: Option<CategorieEtablissement>,
    /// **Statut juridique** (statut).
    ///
    /// - Bloc : Identification et capacité (identification).
    /// - Type : code de la nomenclature « Statut juridique ».
    /// - Obligatoire.
    pub statut: Option<StatutJuridique>,
    /// **Places pour personnes âgées** (nb_places_pa).
    ///
    /// - Bloc : Identification et capacité (identification).
    /// - Type : entier, de 0 à 1000.
    /// - Unité : place.
    /// - Obligatoire.
    pub nb_places_pa: Option<u16>,
    /// **Places pour personnes handicapées** (nb_places_ph).
    ///
    /// - Bloc : Identification et capacité (identification).
    /// - Type : entier, de 0 à 500.
    /// - Unité : place.
    /// - Obligatoire.
    pub nb_places_ph: Option<u16>,
    /// **Équipe spécialisée Alzheimer (ESA)** (esa).
    ///
    /// - Bloc : Identification et capacité (identification).
    /// - Type : booléen.
    /// - Obligatoire.
    pub esa: Option<bool>,
    /// **Places de l'ESA** (nb_places_esa).
    ///
    /// - Bloc : Identification et capacité (identification).
    /// - Type : entier, de 0 à 100.
    /// - Unité : place.
    /// - Facultatif.
    pub nb_places_esa: Option<u8>,
    /// **Communes d'intervention** (nb_communes_intervention).
    ///
    /// - Bloc : Identification et capacité (identification).
    /// - Type : entier, de 0 à 500.
    /// - Unité : commune.
    /// - Facultatif.
    pub nb_communes_intervention: Option<u16>,
    /// **File active de l'année** (file_active).
    ///
    /// - Bloc : Patients (patients).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : patient.
    /// - Obligatoire.
    pub file_active: Option<u16>,
    /// **Patients pris en charge au 31/12** (nb_patients_31_12).
    ///
    /// - Bloc : Patients (patients).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : patient.
    /// - Obligatoire.
    pub nb_patients_31_12: Option<u16>,
    /// **Personnes âgées prises en charge au 31/12** (nb_personnes_agees).
    ///
    /// - Bloc : Patients (patients).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : patient.
    /// - Obligatoire.
    pub nb_personnes_agees: Option<u16>,
    /// **Personnes handicapées prises en charge au 31/12** (nb_personnes_handicapees).
    ///
    /// - Bloc : Patients (patients).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : patient.
    /// - Obligatoire.
    pub nb_personnes_handicapees: Option<u16>,
    /// **Âge moyen des patients au 31/12** (age_moyen).
    ///
    /// - Bloc : Patients (patients).
    /// - Type : décimal à 1 décimale(s) au plus, de 18 à 120.
    /// - Unité : an.
    /// - Facultatif.
    pub age_moyen: Option<sidoba::Decimal>,
    /// **Patients en GIR 1** (nb_gir1).
    ///
    /// - Bloc : Patients (patients).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : patient.
    /// - Obligatoire.
    pub nb_gir1: Option<u16>,
    /// **Patients en GIR 2** (nb_gir2).
    ///
    /// - Bloc : Patients (patients).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : patient.
    /// - Obligatoire.
    pub nb_gir2: Option<u16>,
    /// **Patients en GIR 3** (nb_gir3).
    ///
    /// - Bloc : Patients (patients).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : patient.
    /// - Obligatoire.
    pub nb_gir3: Option<u16>,
    /// **Patients en GIR 4** (nb_gir4).
    ///
    /// - Bloc : Patients (patients).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : patient.
    /// - Obligatoire.
    pub nb_gir4: Option<u16>,
    /// **Patients en GIR 5** (nb_gir5).
    ///
    /// - Bloc : Patients (patients).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : patient.
    /// - Obligatoire.
    pub nb_gir5: Option<u16>,
    /// **Patients en GIR 6** (nb_gir6).
    ///
    /// - Bloc : Patients (patients).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : patient.
    /// - Obligatoire.
    pub nb_gir6: Option<u16>,
    /// **Interventions des infirmiers salariés** (nb_interventions_ide_salaries).
    ///
    /// - Bloc : Interventions (interventions).
    /// - Type : entier, de 0 à 1000000.
    /// - Unité : intervention.
    /// - Facultatif.
    pub nb_interventions_ide_salaries: Option<u32>,
    /// **Interventions des infirmiers libéraux conventionnés** (nb_interventions_ide_liberaux).
    ///
    /// - Bloc : Interventions (interventions).
    /// - Type : entier, de 0 à 1000000.
    /// - Unité : intervention.
    /// - Facultatif.
    pub nb_interventions_ide_liberaux: Option<u32>,
    /// **Interventions des aides-soignants** (nb_interventions_as).
    ///
    /// - Bloc : Interventions (interventions).
    /// - Type : entier, de 0 à 1000000.
    /// - Unité : intervention.
    /// - Facultatif.
    pub nb_interventions_as: Option<u32>,
    /// **Durée moyenne de prise en charge des patients sortis** (duree_moyenne_prise_en_charge).
    ///
    /// - Bloc : Interventions (interventions).
    /// - Type : décimal à 1 décimale(s) au plus, de 0 à 10000.
    /// - Unité : jour.
    /// - Facultatif.
    pub duree_moyenne_prise_en_charge: Option<sidoba::Decimal>,
    /// **Interventions les week-ends et jours fériés** (interventions_week_end).
    ///
    /// - Bloc : Interventions (interventions).
    /// - Type : booléen.
    /// - Facultatif.
    pub interventions_week_end: Option<bool>,
    /// **Patients présentant une incontinence urinaire** (nb_incontinence_urinaire).
    ///
    /// - Bloc : Situations de soins au cours de l'année (situations_soins).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : patient.
    /// - Facultatif.
    pub nb_incontinence_urinaire: Option<u16>,
    /// **Patients présentant une incontinence fécale** (nb_incontinence_fecale).
    ///
    /// - Bloc : Situations de soins au cours de l'année (situations_soins).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : patient.
    /// - Facultatif.
    pub nb_incontinence_fecale: Option<u16>,
    /// **Patients en situation d'obésité** (nb_obesite).
    ///
    /// - Bloc : Situations de soins au cours de l'année (situations_soins).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : patient.
    /// - Facultatif.
    pub nb_obesite: Option<u16>,
    /// **Patients présentant des troubles cognitifs** (nb_troubles_cognitifs).
    ///
    /// - Bloc : Situations de soins au cours de l'année (situations_soins).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : patient.
    /// - Facultatif.
    pub nb_troubles_cognitifs: Option<u16>,
    /// **Patients nécessitant des soins de plaies ou d'escarres** (nb_soins_plaies).
    ///
    /// - Bloc : Situations de soins au cours de l'année (situations_soins).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : patient.
    /// - Facultatif.
    pub nb_soins_plaies: Option<u16>,
    /// **Patients diabétiques insulinotraités** (nb_diabete_insuline).
    ///
    /// - Bloc : Situations de soins au cours de l'année (situations_soins).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : patient.
    /// - Facultatif.
    pub nb_diabete_insuline: Option<u16>,
    /// **Admissions dans l'année** (nb_admissions).
    ///
    /// - Bloc : Mouvements de l'année (mouvements).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : patient.
    /// - Obligatoire.
    pub nb_admissions: Option<u16>,
    /// **Sorties dans l'année** (nb_sorties).
    ///
    /// - Bloc : Mouvements de l'année (mouvements).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : patient.
    /// - Obligatoire.
    pub nb_sorties: Option<u16>,
    /// **Sorties pour hospitalisation** (nb_sorties_hospitalisation).
    ///
    /// - Bloc : Mouvements de l'année (mouvements).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : patient.
    /// - Facultatif.
    pub nb_sorties_hospitalisation: Option<u16>,
    /// **Sorties pour entrée en établissement** (nb_sorties_ehpad).
    ///
    /// - Bloc : Mouvements de l'année (mouvements).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : patient.
    /// - Facultatif.
    pub nb_sorties_ehpad: Option<u16>,
    /// **Décès** (nb_deces).
    ///
    /// - Bloc : Mouvements de l'année (mouvements).
    /// - Type : entier, de 0 à 5000.
    /// - Unité : patient.
    /// - Facultatif.
    pub nb_deces: Option<u16>,
    /// **Demandes d'admission non satisfaites** (nb_demandes_non_satisfaites).
    ///
    /// - Bloc : Mouvements de l'année (mouvements).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : demande.
    /// - Facultatif.
    pub nb_demandes_non_satisfaites: Option<u16>,
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
        o.valeur("nb_places_pa", self.nb_places_pa.as_ref());
        o.valeur("nb_places_ph", self.nb_places_ph.as_ref());
        o.valeur("esa", self.esa.as_ref());
        o.valeur("nb_places_esa", self.nb_places_esa.as_ref());
        o.valeur("nb_communes_intervention", self.nb_communes_intervention.as_ref());
        o.valeur("file_active", self.file_active.as_ref());
        o.valeur("nb_patients_31_12", self.nb_patients_31_12.as_ref());
        o.valeur("nb_personnes_agees", self.nb_personnes_agees.as_ref());
        o.valeur("nb_personnes_handicapees", self.nb_personnes_handicapees.as_ref());
        o.decimal("age_moyen", self.age_moyen.as_ref(), 1);
        o.valeur("nb_gir1", self.nb_gir1.as_ref());
        o.valeur("nb_gir2", self.nb_gir2.as_ref());
        o.valeur("nb_gir3", self.nb_gir3.as_ref());
        o.valeur("nb_gir4", self.nb_gir4.as_ref());
        o.valeur("nb_gir5", self.nb_gir5.as_ref());
        o.valeur("nb_gir6", self.nb_gir6.as_ref());
        o.valeur(
            "nb_interventions_ide_salaries",
            self.nb_interventions_ide_salaries.as_ref(),
        );
        o.valeur(
            "nb_interventions_ide_liberaux",
            self.nb_interventions_ide_liberaux.as_ref(),
        );
        o.valeur("nb_interventions_as", self.nb_interventions_as.as_ref());
        o.decimal(
            "duree_moyenne_prise_en_charge",
            self.duree_moyenne_prise_en_charge.as_ref(),
            1,
        );
        o.valeur("interventions_week_end", self.interventions_week_end.as_ref());
        o.valeur("nb_incontinence_urinaire", self.nb_incontinence_urinaire.as_ref());
        o.valeur("nb_incontinence_fecale", self.nb_incontinence_fecale.as_ref());
        o.valeur("nb_obesite", self.nb_obesite.as_ref());
        o.valeur("nb_troubles_cognitifs", self.nb_troubles_cognitifs.as_ref());
        o.valeur("nb_soins_plaies", self.nb_soins_plaies.as_ref());
        o.valeur("nb_diabete_insuline", self.nb_diabete_insuline.as_ref());
        o.valeur("nb_admissions", self.nb_admissions.as_ref());
        o.valeur("nb_sorties", self.nb_sorties.as_ref());
        o.valeur("nb_sorties_hospitalisation", self.nb_sorties_hospitalisation.as_ref());
        o.valeur("nb_sorties_ehpad", self.nb_sorties_ehpad.as_ref());
        o.valeur("nb_deces", self.nb_deces.as_ref());
        o.valeur(
            "nb_demandes_non_satisfaites",
            self.nb_demandes_non_satisfaites.as_ref(),
        );
        o.lignes("rh", &self.rh, |l, o| l.ecrire(o));
    }
    fn lire_objet(
        f: &mut sidoba::__private::flux::Flux<'_>,
        c: &sidoba::__private::verif::Chemin,
        l: &mut sidoba::__private::lecture::Lecteur,
    ) -> Result<Self, sidoba::__private::jeton::ErreurJson> {
        const CLES: sidoba::__private::lecture::Cles<'static> = sidoba::__private::lecture::Cles(
            &[
                ("age_moyen", 13),
                ("categorie_finess", 2),
                ("duree_moyenne_prise_en_charge", 23),
                ("esa", 6),
                ("file_active", 9),
                ("finess_et", 0),
                ("interventions_week_end", 24),
                ("nb_admissions", 31),
                ("nb_communes_intervention", 8),
                ("nb_deces", 35),
                ("nb_demandes_non_satisfaites", 36),
                ("nb_diabete_insuline", 30),
                ("nb_gir1", 14),
                ("nb_gir2", 15),
                ("nb_gir3", 16),
                ("nb_gir4", 17),
                ("nb_gir5", 18),
                ("nb_gir6", 19),
                ("nb_incontinence_fecale", 26),
                ("nb_incontinence_urinaire", 25),
                ("nb_interventions_as", 22),
                ("nb_interventions_ide_liberaux", 21),
                ("nb_interventions_ide_salaries", 20),
                ("nb_obesite", 27),
                ("nb_patients_31_12", 10),
                ("nb_personnes_agees", 11),
                ("nb_personnes_handicapees", 12),
                ("nb_places_esa", 7),
                ("nb_places_pa", 4),
                ("nb_places_ph", 5),
                ("nb_soins_plaies", 29),
                ("nb_sorties", 32),
                ("nb_sorties_ehpad", 34),
                ("nb_sorties_hospitalisation", 33),
                ("nb_troubles_cognitifs", 28),
                ("raison_sociale", 1),
                ("rh", 37),
                ("statut", 3),
            ],
        );
        const ORDRE: &[&str] = &[
            "finess_et",
            "raison_sociale",
            "categorie_finess",
            "statut",
            "nb_places_pa",
            "nb_places_ph",
            "esa",
            "nb_places_esa",
            "nb_communes_intervention",
            "file_active",
            "nb_patients_31_12",
            "nb_personnes_agees",
            "nb_personnes_handicapees",
            "age_moyen",
            "nb_gir1",
            "nb_gir2",
            "nb_gir3",
            "nb_gir4",
            "nb_gir5",
            "nb_gir6",
            "nb_interventions_ide_salaries",
            "nb_interventions_ide_liberaux",
            "nb_interventions_as",
            "duree_moyenne_prise_en_charge",
            "interventions_week_end",
            "nb_incontinence_urinaire",
            "nb_incontinence_fecale",
            "nb_obesite",
            "nb_troubles_cognitifs",
            "nb_soins_plaies",
            "nb_diabete_insuline",
            "nb_admissions",
            "nb_sorties",
            "nb_sorties_hospitalisation",
            "nb_sorties_ehpad",
            "nb_deces",
            "nb_demandes_non_satisfaites",
            "rh",
        ];
        let mut r = Self::default();
        let mut vus = sidoba::__private::flux::Vus::new(38);
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
                Some(4) => r.nb_places_pa = l.entier(c, &CHAMP_NB_PLACES_PA, f)?,
                Some(5) => r.nb_places_ph = l.entier(c, &CHAMP_NB_PLACES_PH, f)?,
                Some(6) => r.esa = l.booleen(c, &CHAMP_ESA, f)?,
                Some(7) => r.nb_places_esa = l.entier(c, &CHAMP_NB_PLACES_ESA, f)?,
                Some(8) => {
                    r.nb_communes_intervention = l
                        .entier(c, &CHAMP_NB_COMMUNES_INTERVENTION, f)?;
                }
                Some(9) => r.file_active = l.entier(c, &CHAMP_FILE_ACTIVE, f)?,
                Some(10) => {
                    r.nb_patients_31_12 = l.entier(c, &CHAMP_NB_PATIENTS_31_12, f)?;
                }
                Some(11) => {
                    r.nb_personnes_agees = l.entier(c, &CHAMP_NB_PERSONNES_AGEES, f)?;
                }
                Some(12) => {
                    r.nb_personnes_handicapees = l
                        .entier(c, &CHAMP_NB_PERSONNES_HANDICAPEES, f)?;
                }
                Some(13) => r.age_moyen = l.decimal(c, &CHAMP_AGE_MOYEN, f)?,
                Some(14) => r.nb_gir1 = l.entier(c, &CHAMP_NB_GIR1, f)?,
                Some(15) => r.nb_gir2 = l.entier(c, &CHAMP_NB_GIR2, f)?,
                Some(16) => r.nb_gir3 = l.entier(c, &CHAMP_NB_GIR3, f)?,
                Some(17) => r.nb_gir4 = l.entier(c, &CHAMP_NB_GIR4, f)?,
                Some(18) => r.nb_gir5 = l.entier(c, &CHAMP_NB_GIR5, f)?,
                Some(19) => r.nb_gir6 = l.entier(c, &CHAMP_NB_GIR6, f)?,
                Some(20) => {
                    r.nb_interventions_ide_salaries = l
                        .entier(c, &CHAMP_NB_INTERVENTIONS_IDE_SALARIES, f)?;
                }
                Some(21) => {
                    r.nb_interventions_ide_liberaux = l
                        .entier(c, &CHAMP_NB_INTERVENTIONS_IDE_LIBERAUX, f)?;
                }
                Some(22) => {
                    r.nb_interventions_as = l.entier(c, &CHAMP_NB_INTERVENTIONS_AS, f)?;
                }
                Some(23) => {
                    r.duree_moyenne_prise_en_charge = l
                        .decimal(c, &CHAMP_DUREE_MOYENNE_PRISE_EN_CHARGE, f)?;
                }
                Some(24) => {
                    r.interventions_week_end = l
                        .booleen(c, &CHAMP_INTERVENTIONS_WEEK_END, f)?;
                }
                Some(25) => {
                    r.nb_incontinence_urinaire = l
                        .entier(c, &CHAMP_NB_INCONTINENCE_URINAIRE, f)?;
                }
                Some(26) => {
                    r.nb_incontinence_fecale = l
                        .entier(c, &CHAMP_NB_INCONTINENCE_FECALE, f)?;
                }
                Some(27) => r.nb_obesite = l.entier(c, &CHAMP_NB_OBESITE, f)?,
                Some(28) => {
                    r.nb_troubles_cognitifs = l
                        .entier(c, &CHAMP_NB_TROUBLES_COGNITIFS, f)?;
                }
                Some(29) => r.nb_soins_plaies = l.entier(c, &CHAMP_NB_SOINS_PLAIES, f)?,
                Some(30) => {
                    r.nb_diabete_insuline = l.entier(c, &CHAMP_NB_DIABETE_INSULINE, f)?;
                }
                Some(31) => r.nb_admissions = l.entier(c, &CHAMP_NB_ADMISSIONS, f)?,
                Some(32) => r.nb_sorties = l.entier(c, &CHAMP_NB_SORTIES, f)?,
                Some(33) => {
                    r.nb_sorties_hospitalisation = l
                        .entier(c, &CHAMP_NB_SORTIES_HOSPITALISATION, f)?;
                }
                Some(34) => r.nb_sorties_ehpad = l.entier(c, &CHAMP_NB_SORTIES_EHPAD, f)?,
                Some(35) => r.nb_deces = l.entier(c, &CHAMP_NB_DECES, f)?,
                Some(36) => {
                    r.nb_demandes_non_satisfaites = l
                        .entier(c, &CHAMP_NB_DEMANDES_NON_SATISFAITES, f)?;
                }
                Some(37) => r.rh = l.lignes_de(c, &BLOC_RH, f, LigneRh::lire_objet)?,
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
        v.entier(&CHAMP_NB_PLACES_PA, self.nb_places_pa.map(i64::from));
        v.entier(&CHAMP_NB_PLACES_PH, self.nb_places_ph.map(i64::from));
        v.booleen(&CHAMP_ESA, self.esa);
        v.entier(&CHAMP_NB_PLACES_ESA, self.nb_places_esa.map(i64::from));
        v.entier(
            &CHAMP_NB_COMMUNES_INTERVENTION,
            self.nb_communes_intervention.map(i64::from),
        );
        v.entier(&CHAMP_FILE_ACTIVE, self.file_active.map(i64::from));
        v.entier(&CHAMP_NB_PATIENTS_31_12, self.nb_patients_31_12.map(i64::from));
        v.entier(&CHAMP_NB_PERSONNES_AGEES, self.nb_personnes_agees.map(i64::from));
        v.entier(
            &CHAMP_NB_PERSONNES_HANDICAPEES,
            self.nb_personnes_handicapees.map(i64::from),
        );
        v.decimal(&CHAMP_AGE_MOYEN, self.age_moyen.as_ref());
        v.entier(&CHAMP_NB_GIR1, self.nb_gir1.map(i64::from));
        v.entier(&CHAMP_NB_GIR2, self.nb_gir2.map(i64::from));
        v.entier(&CHAMP_NB_GIR3, self.nb_gir3.map(i64::from));
        v.entier(&CHAMP_NB_GIR4, self.nb_gir4.map(i64::from));
        v.entier(&CHAMP_NB_GIR5, self.nb_gir5.map(i64::from));
        v.entier(&CHAMP_NB_GIR6, self.nb_gir6.map(i64::from));
        v.entier(
            &CHAMP_NB_INTERVENTIONS_IDE_SALARIES,
            self.nb_interventions_ide_salaries.map(i64::from),
        );
        v.entier(
            &CHAMP_NB_INTERVENTIONS_IDE_LIBERAUX,
            self.nb_interventions_ide_liberaux.map(i64::from),
        );
        v.entier(&CHAMP_NB_INTERVENTIONS_AS, self.nb_interventions_as.map(i64::from));
        v.decimal(
            &CHAMP_DUREE_MOYENNE_PRISE_EN_CHARGE,
            self.duree_moyenne_prise_en_charge.as_ref(),
        );
        v.booleen(&CHAMP_INTERVENTIONS_WEEK_END, self.interventions_week_end);
        v.entier(
            &CHAMP_NB_INCONTINENCE_URINAIRE,
            self.nb_incontinence_urinaire.map(i64::from),
        );
        v.entier(
            &CHAMP_NB_INCONTINENCE_FECALE,
            self.nb_incontinence_fecale.map(i64::from),
        );
        v.entier(&CHAMP_NB_OBESITE, self.nb_obesite.map(i64::from));
        v.entier(
            &CHAMP_NB_TROUBLES_COGNITIFS,
            self.nb_troubles_cognitifs.map(i64::from),
        );
        v.entier(&CHAMP_NB_SOINS_PLAIES, self.nb_soins_plaies.map(i64::from));
        v.entier(&CHAMP_NB_DIABETE_INSULINE, self.nb_diabete_insuline.map(i64::from));
        v.entier(&CHAMP_NB_ADMISSIONS, self.nb_admissions.map(i64::from));
        v.entier(&CHAMP_NB_SORTIES, self.nb_sorties.map(i64::from));
        v.entier(
            &CHAMP_NB_SORTIES_HOSPITALISATION,
            self.nb_sorties_hospitalisation.map(i64::from),
        );
        v.entier(&CHAMP_NB_SORTIES_EHPAD, self.nb_sorties_ehpad.map(i64::from));
        v.entier(&CHAMP_NB_DECES, self.nb_deces.map(i64::from));
        v.entier(
            &CHAMP_NB_DEMANDES_NON_SATISFAITES,
            self.nb_demandes_non_satisfaites.map(i64::from),
        );
        v.lignes(&BLOC_RH, &self.rh, |l, v| l.verifier(v));
    }
}
impl sidoba::__private::derive::Modele for Rapport {
    const MODELE: &'static str = "SSIAD 2025.1";
    const MEMBRES: &'static [sidoba::__private::derive::Membre] = &[
        sidoba::__private::derive::Membre::Champ("finess_et"),
        sidoba::__private::derive::Membre::Champ("raison_sociale"),
        sidoba::__private::derive::Membre::Champ("categorie_finess"),
        sidoba::__private::derive::Membre::Champ("statut"),
        sidoba::__private::derive::Membre::Champ("nb_places_pa"),
        sidoba::__private::derive::Membre::Champ("nb_places_ph"),
        sidoba::__private::derive::Membre::Champ("esa"),
        sidoba::__private::derive::Membre::Champ("nb_places_esa"),
        sidoba::__private::derive::Membre::Champ("nb_communes_intervention"),
        sidoba::__private::derive::Membre::Champ("file_active"),
        sidoba::__private::derive::Membre::Champ("nb_patients_31_12"),
        sidoba::__private::derive::Membre::Champ("nb_personnes_agees"),
        sidoba::__private::derive::Membre::Champ("nb_personnes_handicapees"),
        sidoba::__private::derive::Membre::Champ("age_moyen"),
        sidoba::__private::derive::Membre::Champ("nb_gir1"),
        sidoba::__private::derive::Membre::Champ("nb_gir2"),
        sidoba::__private::derive::Membre::Champ("nb_gir3"),
        sidoba::__private::derive::Membre::Champ("nb_gir4"),
        sidoba::__private::derive::Membre::Champ("nb_gir5"),
        sidoba::__private::derive::Membre::Champ("nb_gir6"),
        sidoba::__private::derive::Membre::Champ("nb_interventions_ide_salaries"),
        sidoba::__private::derive::Membre::Champ("nb_interventions_ide_liberaux"),
        sidoba::__private::derive::Membre::Champ("nb_interventions_as"),
        sidoba::__private::derive::Membre::Champ("duree_moyenne_prise_en_charge"),
        sidoba::__private::derive::Membre::Champ("interventions_week_end"),
        sidoba::__private::derive::Membre::Champ("nb_incontinence_urinaire"),
        sidoba::__private::derive::Membre::Champ("nb_incontinence_fecale"),
        sidoba::__private::derive::Membre::Champ("nb_obesite"),
        sidoba::__private::derive::Membre::Champ("nb_troubles_cognitifs"),
        sidoba::__private::derive::Membre::Champ("nb_soins_plaies"),
        sidoba::__private::derive::Membre::Champ("nb_diabete_insuline"),
        sidoba::__private::derive::Membre::Champ("nb_admissions"),
        sidoba::__private::derive::Membre::Champ("nb_sorties"),
        sidoba::__private::derive::Membre::Champ("nb_sorties_hospitalisation"),
        sidoba::__private::derive::Membre::Champ("nb_sorties_ehpad"),
        sidoba::__private::derive::Membre::Champ("nb_deces"),
        sidoba::__private::derive::Membre::Champ("nb_demandes_non_satisfaites"),
        sidoba::__private::derive::Membre::Table("rh"),
    ];
    const BLOCS: &'static [&'static str] = &[
        "identification",
        "patients",
        "interventions",
        "situations_soins",
        "mouvements",
    ];
    const TRIES: &'static [(&'static str, usize)] = &[
        ("age_moyen", 13),
        ("categorie_finess", 2),
        ("duree_moyenne_prise_en_charge", 23),
        ("esa", 6),
        ("file_active", 9),
        ("finess_et", 0),
        ("interventions_week_end", 24),
        ("nb_admissions", 31),
        ("nb_communes_intervention", 8),
        ("nb_deces", 35),
        ("nb_demandes_non_satisfaites", 36),
        ("nb_diabete_insuline", 30),
        ("nb_gir1", 14),
        ("nb_gir2", 15),
        ("nb_gir3", 16),
        ("nb_gir4", 17),
        ("nb_gir5", 18),
        ("nb_gir6", 19),
        ("nb_incontinence_fecale", 26),
        ("nb_incontinence_urinaire", 25),
        ("nb_interventions_as", 22),
        ("nb_interventions_ide_liberaux", 21),
        ("nb_interventions_ide_salaries", 20),
        ("nb_obesite", 27),
        ("nb_patients_31_12", 10),
        ("nb_personnes_agees", 11),
        ("nb_personnes_handicapees", 12),
        ("nb_places_esa", 7),
        ("nb_places_pa", 4),
        ("nb_places_ph", 5),
        ("nb_soins_plaies", 29),
        ("nb_sorties", 32),
        ("nb_sorties_ehpad", 34),
        ("nb_sorties_hospitalisation", 33),
        ("nb_troubles_cognitifs", 28),
        ("raison_sociale", 1),
        ("rh", 37),
        ("statut", 3),
    ];
}
sidoba::__private::champs_derive!(
    Rapport; 0 => finess_et : String = CHAMP_FINESS_ET, 1 => raison_sociale : String =
    CHAMP_RAISON_SOCIALE, 2 => categorie_finess : CategorieEtablissement =
    CHAMP_CATEGORIE_FINESS, 3 => statut : StatutJuridique = CHAMP_STATUT, 4 =>
    nb_places_pa : u16 = CHAMP_NB_PLACES_PA, 5 => nb_places_ph : u16 =
    CHAMP_NB_PLACES_PH, 6 => esa : bool = CHAMP_ESA, 7 => nb_places_esa : u8 =
    CHAMP_NB_PLACES_ESA, 8 => nb_communes_intervention : u16 =
    CHAMP_NB_COMMUNES_INTERVENTION, 9 => file_active : u16 = CHAMP_FILE_ACTIVE, 10 =>
    nb_patients_31_12 : u16 = CHAMP_NB_PATIENTS_31_12, 11 => nb_personnes_agees : u16 =
    CHAMP_NB_PERSONNES_AGEES, 12 => nb_personnes_handicapees : u16 =
    CHAMP_NB_PERSONNES_HANDICAPEES, 13 => age_moyen : sidoba::Decimal = CHAMP_AGE_MOYEN,
    14 => nb_gir1 : u16 = CHAMP_NB_GIR1, 15 => nb_gir2 : u16 = CHAMP_NB_GIR2, 16 =>
    nb_gir3 : u16 = CHAMP_NB_GIR3, 17 => nb_gir4 : u16 = CHAMP_NB_GIR4, 18 => nb_gir5 :
    u16 = CHAMP_NB_GIR5, 19 => nb_gir6 : u16 = CHAMP_NB_GIR6, 20 =>
    nb_interventions_ide_salaries : u32 = CHAMP_NB_INTERVENTIONS_IDE_SALARIES, 21 =>
    nb_interventions_ide_liberaux : u32 = CHAMP_NB_INTERVENTIONS_IDE_LIBERAUX, 22 =>
    nb_interventions_as : u32 = CHAMP_NB_INTERVENTIONS_AS, 23 =>
    duree_moyenne_prise_en_charge : sidoba::Decimal =
    CHAMP_DUREE_MOYENNE_PRISE_EN_CHARGE, 24 => interventions_week_end : bool =
    CHAMP_INTERVENTIONS_WEEK_END, 25 => nb_incontinence_urinaire : u16 =
    CHAMP_NB_INCONTINENCE_URINAIRE, 26 => nb_incontinence_fecale : u16 =
    CHAMP_NB_INCONTINENCE_FECALE, 27 => nb_obesite : u16 = CHAMP_NB_OBESITE, 28 =>
    nb_troubles_cognitifs : u16 = CHAMP_NB_TROUBLES_COGNITIFS, 29 => nb_soins_plaies :
    u16 = CHAMP_NB_SOINS_PLAIES, 30 => nb_diabete_insuline : u16 =
    CHAMP_NB_DIABETE_INSULINE, 31 => nb_admissions : u16 = CHAMP_NB_ADMISSIONS, 32 =>
    nb_sorties : u16 = CHAMP_NB_SORTIES, 33 => nb_sorties_hospitalisation : u16 =
    CHAMP_NB_SORTIES_HOSPITALISATION, 34 => nb_sorties_ehpad : u16 =
    CHAMP_NB_SORTIES_EHPAD, 35 => nb_deces : u16 = CHAMP_NB_DECES, 36 =>
    nb_demandes_non_satisfaites : u16 = CHAMP_NB_DEMANDES_NON_SATISFAITES
);
sidoba::__private::tables_derive!(Rapport; 37 => rh : LigneRh = BLOC_RH);
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
    const MODELE: &'static str = "SSIAD 2025.1";
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
        let v_nb_personnes_agees = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PERSONNES_AGEES,
            self.nb_personnes_agees.map(i64::from),
        )?;
        let v_nb_personnes_handicapees = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PERSONNES_HANDICAPEES,
            self.nb_personnes_handicapees.map(i64::from),
        )?;
        let v_nb_patients_31_12 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PATIENTS_31_12,
            self.nb_patients_31_12.map(i64::from),
        )?;
        Some(
            ({
                let mut a = v_nb_personnes_agees;
                a = sidoba::__private::regle::plus(a, v_nb_personnes_handicapees)?;
                a
            }) == (v_nb_patients_31_12),
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
        let v_nb_patients_31_12 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PATIENTS_31_12,
            self.nb_patients_31_12.map(i64::from),
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
            }) == (v_nb_patients_31_12),
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
        let v_nb_incontinence_urinaire = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_INCONTINENCE_URINAIRE,
            self.nb_incontinence_urinaire.map(i64::from),
        )?;
        let v_file_active = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_FILE_ACTIVE,
            self.file_active.map(i64::from),
        )?;
        Some((v_nb_incontinence_urinaire) <= (v_file_active))
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
        let v_nb_incontinence_fecale = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_INCONTINENCE_FECALE,
            self.nb_incontinence_fecale.map(i64::from),
        )?;
        let v_file_active = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_FILE_ACTIVE,
            self.file_active.map(i64::from),
        )?;
        Some((v_nb_incontinence_fecale) <= (v_file_active))
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
        let v_nb_obesite = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_OBESITE,
            self.nb_obesite.map(i64::from),
        )?;
        let v_file_active = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_FILE_ACTIVE,
            self.file_active.map(i64::from),
        )?;
        Some((v_nb_obesite) <= (v_file_active))
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
        let v_nb_troubles_cognitifs = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_TROUBLES_COGNITIFS,
            self.nb_troubles_cognitifs.map(i64::from),
        )?;
        let v_file_active = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_FILE_ACTIVE,
            self.file_active.map(i64::from),
        )?;
        Some((v_nb_troubles_cognitifs) <= (v_file_active))
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
        let v_nb_soins_plaies = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SOINS_PLAIES,
            self.nb_soins_plaies.map(i64::from),
        )?;
        let v_file_active = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_FILE_ACTIVE,
            self.file_active.map(i64::from),
        )?;
        Some((v_nb_soins_plaies) <= (v_file_active))
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
        let v_nb_diabete_insuline = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_DIABETE_INSULINE,
            self.nb_diabete_insuline.map(i64::from),
        )?;
        let v_file_active = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_FILE_ACTIVE,
            self.file_active.map(i64::from),
        )?;
        Some((v_nb_diabete_insuline) <= (v_file_active))
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
        let v_nb_patients_31_12 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PATIENTS_31_12,
            self.nb_patients_31_12.map(i64::from),
        )?;
        let v_file_active = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_FILE_ACTIVE,
            self.file_active.map(i64::from),
        )?;
        Some((v_nb_patients_31_12) <= (v_file_active))
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
    fn regle_10_r10(&self) -> Option<bool> {
        let v_nb_sorties_hospitalisation = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SORTIES_HOSPITALISATION,
            self.nb_sorties_hospitalisation.map(i64::from),
        )?;
        let v_nb_sorties_ehpad = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SORTIES_EHPAD,
            self.nb_sorties_ehpad.map(i64::from),
        )?;
        let v_nb_deces = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_DECES,
            self.nb_deces.map(i64::from),
        )?;
        let v_nb_sorties = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_SORTIES,
            self.nb_sorties.map(i64::from),
        )?;
        Some(
            ({
                let mut a = v_nb_sorties_hospitalisation;
                a = sidoba::__private::regle::plus(a, v_nb_sorties_ehpad)?;
                a = sidoba::__private::regle::plus(a, v_nb_deces)?;
                a
            }) <= (v_nb_sorties),
        )
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
        let v_nb_patients_31_12 = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PATIENTS_31_12,
            self.nb_patients_31_12.map(i64::from),
        )?;
        let v_nb_places_pa = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PLACES_PA,
            self.nb_places_pa.map(i64::from),
        )?;
        let v_nb_places_ph = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PLACES_PH,
            self.nb_places_ph.map(i64::from),
        )?;
        Some(
            (v_nb_patients_31_12)
                <= ({
                    let mut a = v_nb_places_pa;
                    a = sidoba::__private::regle::plus(a, v_nb_places_ph)?;
                    a
                }),
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
        let v_esa = self.esa?;
        let v_nb_places_esa = sidoba::__private::verif::pour_regles::entier(
            &CHAMP_NB_PLACES_ESA,
            self.nb_places_esa.map(i64::from),
        )?;
        Some({
            let si = (v_esa) == (true);
            let alors = (v_nb_places_esa) > (sidoba::Decimal::from(0));
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
    fn regle_13_r13(&self, ligne: &LigneRh) -> Option<bool> {
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
                message: "Personnes âgées et personnes handicapées doivent totaliser les patients pris en charge au 31/12."
                    .to_owned(),
            });
        }
        if self.regle_2_r02() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R02".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "La somme des patients en GIR 1 à 6 doit être égale aux patients pris en charge au 31/12."
                    .to_owned(),
            });
        }
        if self.regle_3_r03() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R03".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les patients présentant une incontinence urinaire ne peuvent pas dépasser la file active."
                    .to_owned(),
            });
        }
        if self.regle_4_r04() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R04".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les patients présentant une incontinence fécale ne peuvent pas dépasser la file active."
                    .to_owned(),
            });
        }
        if self.regle_5_r05() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R05".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les patients en situation d'obésité ne peuvent pas dépasser la file active."
                    .to_owned(),
            });
        }
        if self.regle_6_r06() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R06".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les patients présentant des troubles cognitifs ne peuvent pas dépasser la file active."
                    .to_owned(),
            });
        }
        if self.regle_7_r07() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R07".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les patients nécessitant des soins de plaies ne peuvent pas dépasser la file active."
                    .to_owned(),
            });
        }
        if self.regle_8_r08() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R08".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les patients diabétiques insulinotraités ne peuvent pas dépasser la file active."
                    .to_owned(),
            });
        }
        if self.regle_9_r09() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R09".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les patients pris en charge au 31/12 ne peuvent pas dépasser la file active."
                    .to_owned(),
            });
        }
        if self.regle_10_r10() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R10".to_owned()),
                severite: sidoba::Severite::Bloquante,
                message: "Les sorties pour hospitalisation, pour entrée en établissement et les décès dépassent le nombre de sorties."
                    .to_owned(),
            });
        }
        if self.regle_11_r11() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R11".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Le nombre de patients pris en charge au 31/12 dépasse le nombre de places."
                    .to_owned(),
            });
        }
        if self.regle_12_r12() == Some(false) {
            out.push(sidoba::Constat {
                chemin: String::new(),
                code: sidoba::CodeConstat::Regle,
                regle: Some("R12".to_owned()),
                severite: sidoba::Severite::Avertissement,
                message: "Une équipe spécialisée Alzheimer est déclarée : indiquez son nombre de places."
                    .to_owned(),
            });
        }
        for (i0, p0) in self.rh.iter().enumerate() {
            let ligne = p0;
            let chemin = format!("{}[{}]", "rh", i0);
            if self.regle_13_r13(ligne) == Some(false) {
                out.push(sidoba::Constat {
                    chemin,
                    code: sidoba::CodeConstat::Regle,
                    regle: Some("R13".to_owned()),
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
static CHAMP_NB_PLACES_PA: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_places_pa",
    libelle: "Places pour personnes âgées",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(1000),
    },
};
static CHAMP_NB_PLACES_PH: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_places_ph",
    libelle: "Places pour personnes handicapées",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(500),
    },
};
static CHAMP_ESA: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "esa",
    libelle: "Équipe spécialisée Alzheimer (ESA)",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_NB_PLACES_ESA: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_places_esa",
    libelle: "Places de l'ESA",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(100),
    },
};
static CHAMP_NB_COMMUNES_INTERVENTION: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_communes_intervention",
    libelle: "Communes d'intervention",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(500),
    },
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
static CHAMP_NB_PATIENTS_31_12: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_patients_31_12",
    libelle: "Patients pris en charge au 31/12",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_PERSONNES_AGEES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_personnes_agees",
    libelle: "Personnes âgées prises en charge au 31/12",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_PERSONNES_HANDICAPEES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_personnes_handicapees",
    libelle: "Personnes handicapées prises en charge au 31/12",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_AGE_MOYEN: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "age_moyen",
    libelle: "Âge moyen des patients au 31/12",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(18, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(120, 0, 0, false, 0)),
    },
};
static CHAMP_NB_GIR1: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_gir1",
    libelle: "Patients en GIR 1",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_GIR2: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_gir2",
    libelle: "Patients en GIR 2",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_GIR3: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_gir3",
    libelle: "Patients en GIR 3",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_GIR4: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_gir4",
    libelle: "Patients en GIR 4",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_GIR5: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_gir5",
    libelle: "Patients en GIR 5",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_GIR6: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_gir6",
    libelle: "Patients en GIR 6",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(2000),
    },
};
static CHAMP_NB_INTERVENTIONS_IDE_SALARIES: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "nb_interventions_ide_salaries",
    libelle: "Interventions des infirmiers salariés",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(1000000),
    },
};
static CHAMP_NB_INTERVENTIONS_IDE_LIBERAUX: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "nb_interventions_ide_liberaux",
    libelle: "Interventions des infirmiers libéraux conventionnés",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(1000000),
    },
};
static CHAMP_NB_INTERVENTIONS_AS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_interventions_as",
    libelle: "Interventions des aides-soignants",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(1000000),
    },
};
static CHAMP_DUREE_MOYENNE_PRISE_EN_CHARGE: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "duree_moyenne_prise_en_charge",
    libelle: "Durée moyenne de prise en charge des patients sortis",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Decimal {
        decimales: 1,
        min: Some(sidoba::Decimal::from_parts(0, 0, 0, false, 0)),
        max: Some(sidoba::Decimal::from_parts(10000, 0, 0, false, 0)),
    },
};
static CHAMP_INTERVENTIONS_WEEK_END: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "interventions_week_end",
    libelle: "Interventions les week-ends et jours fériés",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Booleen,
};
static CHAMP_NB_INCONTINENCE_URINAIRE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_incontinence_urinaire",
    libelle: "Patients présentant une incontinence urinaire",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_INCONTINENCE_FECALE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_incontinence_fecale",
    libelle: "Patients présentant une incontinence fécale",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_OBESITE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_obesite",
    libelle: "Patients en situation d'obésité",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_TROUBLES_COGNITIFS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_troubles_cognitifs",
    libelle: "Patients présentant des troubles cognitifs",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_SOINS_PLAIES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_soins_plaies",
    libelle: "Patients nécessitant des soins de plaies ou d'escarres",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_DIABETE_INSULINE: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_diabete_insuline",
    libelle: "Patients diabétiques insulinotraités",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_ADMISSIONS: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_admissions",
    libelle: "Admissions dans l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_SORTIES: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_sorties",
    libelle: "Sorties dans l'année",
    obligatoire: true,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_SORTIES_HOSPITALISATION: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "nb_sorties_hospitalisation",
    libelle: "Sorties pour hospitalisation",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(5000),
    },
};
static CHAMP_NB_SORTIES_EHPAD: sidoba::__private::descripteur::Champ<'static> = sidoba::__private::descripteur::Champ {
    code: "nb_sorties_ehpad",
    libelle: "Sorties pour entrée en établissement",
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
        max: Some(5000),
    },
};
static CHAMP_NB_DEMANDES_NON_SATISFAITES: sidoba::__private::descripteur::Champ<
    'static,
> = sidoba::__private::descripteur::Champ {
    code: "nb_demandes_non_satisfaites",
    libelle: "Demandes d'admission non satisfaites",
    obligatoire: false,
    personnel: false,
    genre: sidoba::__private::descripteur::Genre::Entier {
        min: Some(0),
        max: Some(10000),
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
