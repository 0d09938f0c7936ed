// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Rapport d'activité des SSIAD 2025 : modèle SSIAD version 2025.1 (campagne SSIAD-2025).
// SHA-256 du fichier du modèle : f6f3860e22fe511059b3e85b62b7101ff2c3ad9868570b97569c3ea16e377e2e
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

use sidoba::__private_v1 as __prive; // introuvable : donnez la même version à `sidoba` et à `sidoba-codegen`, puis régénérez ce module

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "SSIAD-2025";
/// Code du modèle.
pub const MODELE: &str = "SSIAD";
/// Version du modèle.
pub const VERSION: &str = "2025.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "f6f3860e22fe511059b3e85b62b7101ff2c3ad9868570b97569c3ea16e377e2e";
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
#[derive(Clone, Default, PartialEq)]
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
/// Une ligne du bloc répétable « Ressources humaines » (rh).
///
/// Une ligne par catégorie de personnel, ETP moyens de l'année.
#[derive(Clone, Default, PartialEq)]
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
impl Rapport {
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
        __prive::ecriture::enveloppe(CAMPAGNE, MODELE, VERSION, |o| {
            __prive::table::ecrire(self, o)
        })
    }
    /// Lit un payload WS05. Les valeurs qui ne peuvent être prises
    /// (mauvais type JSON, code ou clé inconnus) sont gardées comme
    /// constats dans `rejets`, pour `valider_avec` ; seul un payload
    /// qui n'est pas du JSON ou qui est d'un autre modèle est une erreur.
    pub fn lire(payload: &str) -> Result<sidoba::Lu<Rapport>, sidoba::ErreurLecture> {
        __prive::lecture::lire(payload, CAMPAGNE, MODELE, VERSION, |f, l| {
            let racine = __prive::verif::Chemin::racine();
            __prive::table::lire_objet(f, &racine, l)
        })
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
        let mut v = __prive::verif::Verificateur::new(rejets);
        __prive::table::verifier(self, &mut v);
        v.inconnus();
        __prive::table::regles(self, __sidoba::REGLES, v.sortie());
        sidoba::Constats(v.finir())
    }
    /// Lit et valide un payload, comme le fait `sidoba validate`.
    pub fn valider_payload(payload: &str) -> Result<sidoba::Constats, sidoba::ErreurLecture> {
        let lu = Self::lire(payload)?;
        Ok(lu.rapport.valider_avec(&lu.rejets))
    }
}

/// L'index des codes que lit `#[derive(SidobaReport)]` (chaque code connu donne le rang de son membre).
#[doc(hidden)]
#[macro_export]
#[rustfmt::skip]
macro_rules! __sidoba_index_f6f3860e22fe5110 {
    ("finess_et" $($f:tt)*) => {0};
    ("raison_sociale" $($f:tt)*) => {1};
    ("categorie_finess" $($f:tt)*) => {2};
    ("statut" $($f:tt)*) => {3};
    ("nb_places_pa" $($f:tt)*) => {4};
    ("nb_places_ph" $($f:tt)*) => {5};
    ("esa" $($f:tt)*) => {6};
    ("nb_places_esa" $($f:tt)*) => {7};
    ("nb_communes_intervention" $($f:tt)*) => {8};
    ("file_active" $($f:tt)*) => {9};
    ("nb_patients_31_12" $($f:tt)*) => {10};
    ("nb_personnes_agees" $($f:tt)*) => {11};
    ("nb_personnes_handicapees" $($f:tt)*) => {12};
    ("age_moyen" $($f:tt)*) => {13};
    ("nb_gir1" $($f:tt)*) => {14};
    ("nb_gir2" $($f:tt)*) => {15};
    ("nb_gir3" $($f:tt)*) => {16};
    ("nb_gir4" $($f:tt)*) => {17};
    ("nb_gir5" $($f:tt)*) => {18};
    ("nb_gir6" $($f:tt)*) => {19};
    ("nb_interventions_ide_salaries" $($f:tt)*) => {20};
    ("nb_interventions_ide_liberaux" $($f:tt)*) => {21};
    ("nb_interventions_as" $($f:tt)*) => {22};
    ("duree_moyenne_prise_en_charge" $($f:tt)*) => {23};
    ("interventions_week_end" $($f:tt)*) => {24};
    ("nb_incontinence_urinaire" $($f:tt)*) => {25};
    ("nb_incontinence_fecale" $($f:tt)*) => {26};
    ("nb_obesite" $($f:tt)*) => {27};
    ("nb_troubles_cognitifs" $($f:tt)*) => {28};
    ("nb_soins_plaies" $($f:tt)*) => {29};
    ("nb_diabete_insuline" $($f:tt)*) => {30};
    ("nb_admissions" $($f:tt)*) => {31};
    ("nb_sorties" $($f:tt)*) => {32};
    ("nb_sorties_hospitalisation" $($f:tt)*) => {33};
    ("nb_sorties_ehpad" $($f:tt)*) => {34};
    ("nb_deces" $($f:tt)*) => {35};
    ("nb_demandes_non_satisfaites" $($f:tt)*) => {36};
    (bloc "rh" $($f:tt)*) => {37};
    ("rh" "categorie" $($f:tt)*) => {0};
    ("rh" "etp" $($f:tt)*) => {1};
    ("rh" "nb_personnes" $($f:tt)*) => {2};
    ($(bloc)? $($c:literal)+ else $($f:tt)*) => {$($f)*};
}
#[doc(hidden)]
#[allow(unused_imports)] // a module `include!`d in a binary may not derive
pub use __sidoba_index_f6f3860e22fe5110 as Rapport;

/// La plomberie du module : tables des champs, clés et accès typés lus par la crate d'exécution.
#[doc(hidden)]
mod __sidoba {
    use super::*;
    // Some of them are unused in a given model.
    #[allow(unused_imports)]
    use __prive::table::{
        booleen, champ, code, date, dec, decimal, entier, lignes, regle_lignes, regle_rapport, texte, ymd,
    };
    // What the compiled rules read (not every model uses both).
    #[allow(unused_imports)]
    use __prive::{regle, table::lu};

    #[allow(
        clippy::nonminimal_bool,
        clippy::bool_comparison,
        clippy::eq_op,
        clippy::double_comparisons,
        clippy::overly_complex_bool_expr,
        clippy::identity_op
    )]
    impl Rapport {
        /// Règle R01 : `None` quand elle ne s'applique pas.
        fn regle_1_r01(&self) -> Option<bool> {
            let v_nb_personnes_agees = lu(&RAPPORT[11], &self.nb_personnes_agees)?;
            let v_nb_personnes_handicapees = lu(
                &RAPPORT[12],
                &self.nb_personnes_handicapees,
            )?;
            let v_nb_patients_31_12 = lu(&RAPPORT[10], &self.nb_patients_31_12)?;
            Some(
                ({
                    let mut a = regle::Nombre::from(v_nb_personnes_agees);
                    a = regle::plus(a, v_nb_personnes_handicapees);
                    a
                }) == (regle::Nombre::from(v_nb_patients_31_12)),
            )
        }
        /// Règle R02 : `None` quand elle ne s'applique pas.
        fn regle_2_r02(&self) -> Option<bool> {
            let v_nb_gir1 = lu(&RAPPORT[14], &self.nb_gir1)?;
            let v_nb_gir2 = lu(&RAPPORT[15], &self.nb_gir2)?;
            let v_nb_gir3 = lu(&RAPPORT[16], &self.nb_gir3)?;
            let v_nb_gir4 = lu(&RAPPORT[17], &self.nb_gir4)?;
            let v_nb_gir5 = lu(&RAPPORT[18], &self.nb_gir5)?;
            let v_nb_gir6 = lu(&RAPPORT[19], &self.nb_gir6)?;
            let v_nb_patients_31_12 = lu(&RAPPORT[10], &self.nb_patients_31_12)?;
            Some(
                ({
                    let mut a = regle::Nombre::from(v_nb_gir1);
                    a = regle::plus(a, v_nb_gir2);
                    a = regle::plus(a, v_nb_gir3);
                    a = regle::plus(a, v_nb_gir4);
                    a = regle::plus(a, v_nb_gir5);
                    a = regle::plus(a, v_nb_gir6);
                    a
                }) == (regle::Nombre::from(v_nb_patients_31_12)),
            )
        }
        /// Règle R03 : `None` quand elle ne s'applique pas.
        fn regle_3_r03(&self) -> Option<bool> {
            let v_nb_incontinence_urinaire = lu(
                &RAPPORT[25],
                &self.nb_incontinence_urinaire,
            )?;
            let v_file_active = lu(&RAPPORT[9], &self.file_active)?;
            Some((v_nb_incontinence_urinaire) <= (v_file_active))
        }
        /// Règle R04 : `None` quand elle ne s'applique pas.
        fn regle_4_r04(&self) -> Option<bool> {
            let v_nb_incontinence_fecale = lu(&RAPPORT[26], &self.nb_incontinence_fecale)?;
            let v_file_active = lu(&RAPPORT[9], &self.file_active)?;
            Some((v_nb_incontinence_fecale) <= (v_file_active))
        }
        /// Règle R05 : `None` quand elle ne s'applique pas.
        fn regle_5_r05(&self) -> Option<bool> {
            let v_nb_obesite = lu(&RAPPORT[27], &self.nb_obesite)?;
            let v_file_active = lu(&RAPPORT[9], &self.file_active)?;
            Some((v_nb_obesite) <= (v_file_active))
        }
        /// Règle R06 : `None` quand elle ne s'applique pas.
        fn regle_6_r06(&self) -> Option<bool> {
            let v_nb_troubles_cognitifs = lu(&RAPPORT[28], &self.nb_troubles_cognitifs)?;
            let v_file_active = lu(&RAPPORT[9], &self.file_active)?;
            Some((v_nb_troubles_cognitifs) <= (v_file_active))
        }
        /// Règle R07 : `None` quand elle ne s'applique pas.
        fn regle_7_r07(&self) -> Option<bool> {
            let v_nb_soins_plaies = lu(&RAPPORT[29], &self.nb_soins_plaies)?;
            let v_file_active = lu(&RAPPORT[9], &self.file_active)?;
            Some((v_nb_soins_plaies) <= (v_file_active))
        }
        /// Règle R08 : `None` quand elle ne s'applique pas.
        fn regle_8_r08(&self) -> Option<bool> {
            let v_nb_diabete_insuline = lu(&RAPPORT[30], &self.nb_diabete_insuline)?;
            let v_file_active = lu(&RAPPORT[9], &self.file_active)?;
            Some((v_nb_diabete_insuline) <= (v_file_active))
        }
        /// Règle R09 : `None` quand elle ne s'applique pas.
        fn regle_9_r09(&self) -> Option<bool> {
            let v_nb_patients_31_12 = lu(&RAPPORT[10], &self.nb_patients_31_12)?;
            let v_file_active = lu(&RAPPORT[9], &self.file_active)?;
            Some((v_nb_patients_31_12) <= (v_file_active))
        }
        /// Règle R10 : `None` quand elle ne s'applique pas.
        fn regle_10_r10(&self) -> Option<bool> {
            let v_nb_sorties_hospitalisation = lu(
                &RAPPORT[33],
                &self.nb_sorties_hospitalisation,
            )?;
            let v_nb_sorties_ehpad = lu(&RAPPORT[34], &self.nb_sorties_ehpad)?;
            let v_nb_deces = lu(&RAPPORT[35], &self.nb_deces)?;
            let v_nb_sorties = lu(&RAPPORT[32], &self.nb_sorties)?;
            Some(
                ({
                    let mut a = regle::Nombre::from(v_nb_sorties_hospitalisation);
                    a = regle::plus(a, v_nb_sorties_ehpad);
                    a = regle::plus(a, v_nb_deces);
                    a
                }) <= (regle::Nombre::from(v_nb_sorties)),
            )
        }
        /// Règle R11 : `None` quand elle ne s'applique pas.
        fn regle_11_r11(&self) -> Option<bool> {
            let v_nb_patients_31_12 = lu(&RAPPORT[10], &self.nb_patients_31_12)?;
            let v_nb_places_pa = lu(&RAPPORT[4], &self.nb_places_pa)?;
            let v_nb_places_ph = lu(&RAPPORT[5], &self.nb_places_ph)?;
            Some(
                (regle::Nombre::from(v_nb_patients_31_12))
                    <= ({
                        let mut a = regle::Nombre::from(v_nb_places_pa);
                        a = regle::plus(a, v_nb_places_ph);
                        a
                    }),
            )
        }
        /// Règle R12 : `None` quand elle ne s'applique pas.
        fn regle_12_r12(&self) -> Option<bool> {
            let v_esa = self.esa?;
            let v_nb_places_esa = lu(&RAPPORT[7], &self.nb_places_esa)?;
            Some({
                let si = (v_esa) == (true);
                let alors = (v_nb_places_esa) > (regle::Entier(0));
                !si || alors
            })
        }
        /// Règle R13 : `None` quand elle ne s'applique pas.
        fn regle_13_r13(&self, ligne: &LigneRh) -> Option<bool> {
            let v_l_etp = lu(&LIGNE_RH[1], &ligne.etp)?;
            Some((v_l_etp) > (regle::Entier(0)))
        }
        /// Règle R13 sur chaque ligne : `echec` reçoit le chemin de chaque ligne où elle échoue.
        fn lignes_regle_13_r13(&self, echec: &mut dyn FnMut(String)) {
            for (i0, p0) in self.rh.iter().enumerate() {
                let ligne = p0;
                let chemin = || format!("{}[{}]", "rh", i0);
                if self.regle_13_r13(ligne) == Some(false) {
                    echec(chemin());
                }
            }
        }
    }

    #[rustfmt::skip]
    pub(super) static REGLES: &[__prive::table::Regle<Rapport>] = &[
        regle_rapport("R01", sidoba::Severite::Bloquante, "Personnes âgées et personnes handicapées doivent totaliser les patients pris en charge au 31/12.", Rapport::regle_1_r01),
        regle_rapport("R02", sidoba::Severite::Bloquante, "La somme des patients en GIR 1 à 6 doit être égale aux patients pris en charge au 31/12.", Rapport::regle_2_r02),
        regle_rapport("R03", sidoba::Severite::Bloquante, "Les patients présentant une incontinence urinaire ne peuvent pas dépasser la file active.", Rapport::regle_3_r03),
        regle_rapport("R04", sidoba::Severite::Bloquante, "Les patients présentant une incontinence fécale ne peuvent pas dépasser la file active.", Rapport::regle_4_r04),
        regle_rapport("R05", sidoba::Severite::Bloquante, "Les patients en situation d'obésité ne peuvent pas dépasser la file active.", Rapport::regle_5_r05),
        regle_rapport("R06", sidoba::Severite::Bloquante, "Les patients présentant des troubles cognitifs ne peuvent pas dépasser la file active.", Rapport::regle_6_r06),
        regle_rapport("R07", sidoba::Severite::Bloquante, "Les patients nécessitant des soins de plaies ne peuvent pas dépasser la file active.", Rapport::regle_7_r07),
        regle_rapport("R08", sidoba::Severite::Bloquante, "Les patients diabétiques insulinotraités ne peuvent pas dépasser la file active.", Rapport::regle_8_r08),
        regle_rapport("R09", sidoba::Severite::Bloquante, "Les patients pris en charge au 31/12 ne peuvent pas dépasser la file active.", Rapport::regle_9_r09),
        regle_rapport("R10", sidoba::Severite::Bloquante, "Les sorties pour hospitalisation, pour entrée en établissement et les décès dépassent le nombre de sorties.", Rapport::regle_10_r10),
        regle_rapport("R11", sidoba::Severite::Avertissement, "Le nombre de patients pris en charge au 31/12 dépasse le nombre de places.", Rapport::regle_11_r11),
        regle_rapport("R12", sidoba::Severite::Avertissement, "Une équipe spécialisée Alzheimer est déclarée : indiquez son nombre de places.", Rapport::regle_12_r12),
        regle_lignes("R13", sidoba::Severite::Bloquante, "Une ligne de personnel doit déclarer un nombre d'ETP strictement positif.", Rapport::lignes_regle_13_r13),
    ];

    __prive::nomenclature! {
        CategorieEtablissement = "categorie_etablissement", "Catégorie d'établissement (FINESS)", 4, "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement";
        V500 = "500", "Établissement d'hébergement pour personnes âgées dépendantes (EHPAD)", true;
        V354 = "354", "Service de soins infirmiers à domicile (SSIAD)", true;
        V190 = "190", "Centre d'action médico-sociale précoce (CAMSP)", true;
        V189 = "189", "Centre médico-psycho-pédagogique (CMPP)", true;
    }

    __prive::nomenclature! {
        StatutJuridique = "statut_juridique", "Statut juridique", 3;
        Pub = "PUB", "Public", true;
        Pnl = "PNL", "Privé non lucratif", true;
        Pco = "PCO", "Privé commercial", true;
    }

    __prive::nomenclature! {
        CategoriePersonnel = "categorie_personnel", "Catégorie de personnel", 10;
        Idec = "IDEC", "Infirmier coordinateur", true;
        Ide = "IDE", "Infirmier diplômé d'État salarié", true;
        As = "AS", "Aide-soignant", true;
        Aes = "AES", "Accompagnant éducatif et social", true;
        Amp = "AMP", "Aide médico-psychologique (ancien diplôme)", false;
        Asg = "ASG", "Assistant de soins en gérontologie", true;
        Ergo = "ERGO", "Ergothérapeute", true;
        Psychomot = "PSYCHOMOT", "Psychomotricien", true;
        Admin = "ADMIN", "Personnel administratif", true;
        Autre = "AUTRE", "Autre personnel", true;
    }

    static MOTIF_RAPPORT_FINESS_ET: __prive::descripteur::Motif<'static> =
        __prive::descripteur::Motif::new("^[0-9A-Za-z]{9}$");
    #[rustfmt::skip]
    static RAPPORT: &[__prive::table::Membre<Rapport>] = &[
        champ("finess_et", "finess_et", "Numéro FINESS de l'établissement", true, false, texte(Some(9), Some(9), Some(&MOTIF_RAPPORT_FINESS_ET))),
        champ("raison_sociale", "raison_sociale", "Raison sociale", true, false, texte(Some(1), Some(100), None)),
        champ("categorie_finess", "categorie_finess", "Catégorie FINESS", true, false, code::<CategorieEtablissement>(false)),
        champ("statut", "statut", "Statut juridique", true, false, code::<StatutJuridique>(false)),
        champ("nb_places_pa", "nb_places_pa", "Places pour personnes âgées", true, false, entier(Some(0), Some(1000))),
        champ("nb_places_ph", "nb_places_ph", "Places pour personnes handicapées", true, false, entier(Some(0), Some(500))),
        champ("esa", "esa", "Équipe spécialisée Alzheimer (ESA)", true, false, booleen()),
        champ("nb_places_esa", "nb_places_esa", "Places de l'ESA", false, false, entier(Some(0), Some(100))),
        champ("nb_communes_intervention", "nb_communes_intervention", "Communes d'intervention", false, false, entier(Some(0), Some(500))),
        champ("file_active", "file_active", "File active de l'année", true, false, entier(Some(0), Some(5000))),
        champ("nb_patients_31_12", "nb_patients_31_12", "Patients pris en charge au 31/12", true, false, entier(Some(0), Some(2000))),
        champ("nb_personnes_agees", "nb_personnes_agees", "Personnes âgées prises en charge au 31/12", true, false, entier(Some(0), Some(2000))),
        champ("nb_personnes_handicapees", "nb_personnes_handicapees", "Personnes handicapées prises en charge au 31/12", true, false, entier(Some(0), Some(2000))),
        champ("age_moyen", "age_moyen", "Âge moyen des patients au 31/12", false, false, decimal(1, Some(dec(18, 0, 0, false, 0)), Some(dec(120, 0, 0, false, 0)))),
        champ("nb_gir1", "nb_gir1", "Patients en GIR 1", true, false, entier(Some(0), Some(2000))),
        champ("nb_gir2", "nb_gir2", "Patients en GIR 2", true, false, entier(Some(0), Some(2000))),
        champ("nb_gir3", "nb_gir3", "Patients en GIR 3", true, false, entier(Some(0), Some(2000))),
        champ("nb_gir4", "nb_gir4", "Patients en GIR 4", true, false, entier(Some(0), Some(2000))),
        champ("nb_gir5", "nb_gir5", "Patients en GIR 5", true, false, entier(Some(0), Some(2000))),
        champ("nb_gir6", "nb_gir6", "Patients en GIR 6", true, false, entier(Some(0), Some(2000))),
        champ("nb_interventions_ide_salaries", "nb_interventions_ide_salaries", "Interventions des infirmiers salariés", false, false, entier(Some(0), Some(1000000))),
        champ("nb_interventions_ide_liberaux", "nb_interventions_ide_liberaux", "Interventions des infirmiers libéraux conventionnés", false, false, entier(Some(0), Some(1000000))),
        champ("nb_interventions_as", "nb_interventions_as", "Interventions des aides-soignants", false, false, entier(Some(0), Some(1000000))),
        champ("duree_moyenne_prise_en_charge", "duree_moyenne_prise_en_charge", "Durée moyenne de prise en charge des patients sortis", false, false, decimal(1, Some(dec(0, 0, 0, false, 0)), Some(dec(10000, 0, 0, false, 0)))),
        champ("interventions_week_end", "interventions_week_end", "Interventions les week-ends et jours fériés", false, false, booleen()),
        champ("nb_incontinence_urinaire", "nb_incontinence_urinaire", "Patients présentant une incontinence urinaire", false, false, entier(Some(0), Some(5000))),
        champ("nb_incontinence_fecale", "nb_incontinence_fecale", "Patients présentant une incontinence fécale", false, false, entier(Some(0), Some(5000))),
        champ("nb_obesite", "nb_obesite", "Patients en situation d'obésité", false, false, entier(Some(0), Some(5000))),
        champ("nb_troubles_cognitifs", "nb_troubles_cognitifs", "Patients présentant des troubles cognitifs", false, false, entier(Some(0), Some(5000))),
        champ("nb_soins_plaies", "nb_soins_plaies", "Patients nécessitant des soins de plaies ou d'escarres", false, false, entier(Some(0), Some(5000))),
        champ("nb_diabete_insuline", "nb_diabete_insuline", "Patients diabétiques insulinotraités", false, false, entier(Some(0), Some(5000))),
        champ("nb_admissions", "nb_admissions", "Admissions dans l'année", true, false, entier(Some(0), Some(5000))),
        champ("nb_sorties", "nb_sorties", "Sorties dans l'année", true, false, entier(Some(0), Some(5000))),
        champ("nb_sorties_hospitalisation", "nb_sorties_hospitalisation", "Sorties pour hospitalisation", false, false, entier(Some(0), Some(5000))),
        champ("nb_sorties_ehpad", "nb_sorties_ehpad", "Sorties pour entrée en établissement", false, false, entier(Some(0), Some(5000))),
        champ("nb_deces", "nb_deces", "Décès", false, false, entier(Some(0), Some(5000))),
        champ("nb_demandes_non_satisfaites", "nb_demandes_non_satisfaites", "Demandes d'admission non satisfaites", false, false, entier(Some(0), Some(10000))),
        lignes("rh", "rh", "Ressources humaines", Some(1), Some(30)),
    ];
    #[rustfmt::skip]
    impl __prive::derive::Modele for Rapport {
        const MODELE: &'static str = "SSIAD 2025.1";
        const BLOCS: &'static [&'static str] = &["identification", "patients", "interventions", "situations_soins", "mouvements"];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<38>(Self::TRIES, &[37]);
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
    __prive::structure! {
        Rapport, RAPPORT;
        0 champ finess_et: String,
        1 champ raison_sociale: String,
        2 champ categorie_finess: CategorieEtablissement,
        3 champ statut: StatutJuridique,
        4 champ nb_places_pa: u16,
        5 champ nb_places_ph: u16,
        6 champ esa: bool,
        7 champ nb_places_esa: u8,
        8 champ nb_communes_intervention: u16,
        9 champ file_active: u16,
        10 champ nb_patients_31_12: u16,
        11 champ nb_personnes_agees: u16,
        12 champ nb_personnes_handicapees: u16,
        13 champ age_moyen: sidoba::Decimal,
        14 champ nb_gir1: u16,
        15 champ nb_gir2: u16,
        16 champ nb_gir3: u16,
        17 champ nb_gir4: u16,
        18 champ nb_gir5: u16,
        19 champ nb_gir6: u16,
        20 champ nb_interventions_ide_salaries: u32,
        21 champ nb_interventions_ide_liberaux: u32,
        22 champ nb_interventions_as: u32,
        23 champ duree_moyenne_prise_en_charge: sidoba::Decimal,
        24 champ interventions_week_end: bool,
        25 champ nb_incontinence_urinaire: u16,
        26 champ nb_incontinence_fecale: u16,
        27 champ nb_obesite: u16,
        28 champ nb_troubles_cognitifs: u16,
        29 champ nb_soins_plaies: u16,
        30 champ nb_diabete_insuline: u16,
        31 champ nb_admissions: u16,
        32 champ nb_sorties: u16,
        33 champ nb_sorties_hospitalisation: u16,
        34 champ nb_sorties_ehpad: u16,
        35 champ nb_deces: u16,
        36 champ nb_demandes_non_satisfaites: u16,
        37 table rh: LigneRh,
    }
    impl __prive::derive::Rapport for Rapport {
        fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
            Rapport::valider_avec(self, rejets)
        }
        fn payload_sans_validation(&self) -> String {
            Rapport::payload_sans_validation(self)
        }
    }

    #[rustfmt::skip]
    static LIGNE_RH: &[__prive::table::Membre<LigneRh>] = &[
        champ("categorie", "categorie", "Catégorie de personnel", true, false, code::<CategoriePersonnel>(false)),
        champ("etp", "etp", "Équivalents temps plein", true, false, decimal(2, Some(dec(0, 0, 0, false, 0)), Some(dec(200, 0, 0, false, 0)))),
        champ("nb_personnes", "nb_personnes", "Personnes physiques", false, false, entier(Some(0), Some(500))),
    ];
    #[rustfmt::skip]
    impl __prive::derive::Modele for LigneRh {
        const MODELE: &'static str = "SSIAD 2025.1";
        const BLOCS: &'static [&'static str] = &[];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<3>(Self::TRIES, &[]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("categorie", 0),
            ("etp", 1),
            ("nb_personnes", 2),
        ];
    }
    __prive::structure! {
        LigneRh, LIGNE_RH;
        0 champ categorie: CategoriePersonnel,
        1 champ etp: sidoba::Decimal,
        2 champ nb_personnes: u16,
    }
}
