// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Rapport d'activité des CMPP 2025 : modèle RA_CMPP version 2025.1 (campagne RA-CMPP-2025).
// SHA-256 du fichier du modèle : 6d0689f4d4adb3844b09f613bca9a7842b8eaebbaa201f2ae504f031310eadcd
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

use sidoba::__private_v1 as __prive; // introuvable : donnez la même version à `sidoba` et à `sidoba-codegen`, puis régénérez ce module

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "RA-CMPP-2025";
/// Code du modèle.
pub const MODELE: &str = "RA_CMPP";
/// Version du modèle.
pub const VERSION: &str = "2025.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "6d0689f4d4adb3844b09f613bca9a7842b8eaebbaa201f2ae504f031310eadcd";
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
#[derive(Clone, Default, PartialEq)]
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
macro_rules! __sidoba_index_6d0689f4d4adb384 {
    ("finess_et" $($f:tt)*) => {0};
    ("raison_sociale" $($f:tt)*) => {1};
    ("categorie_finess" $($f:tt)*) => {2};
    ("statut" $($f:tt)*) => {3};
    ("age_min_agrement" $($f:tt)*) => {4};
    ("age_max_agrement" $($f:tt)*) => {5};
    ("nb_antennes" $($f:tt)*) => {6};
    ("jours_ouverture" $($f:tt)*) => {7};
    ("file_active" $($f:tt)*) => {8};
    ("nb_seances_realisees" $($f:tt)*) => {9};
    ("nb_seances_facturees" $($f:tt)*) => {10};
    ("nb_syntheses" $($f:tt)*) => {11};
    ("nb_enfants_vus_une_fois" $($f:tt)*) => {12};
    ("nb_enfants_suivis" $($f:tt)*) => {13};
    ("nb_garcons" $($f:tt)*) => {14};
    ("nb_filles" $($f:tt)*) => {15};
    ("nb_0_5_ans" $($f:tt)*) => {16};
    ("nb_6_11_ans" $($f:tt)*) => {17};
    ("nb_12_15_ans" $($f:tt)*) => {18};
    ("nb_16_20_ans" $($f:tt)*) => {19};
    ("nb_notification_mdph" $($f:tt)*) => {20};
    ("nb_entrants" $($f:tt)*) => {21};
    ("nb_attente_moins_15j" $($f:tt)*) => {22};
    ("nb_attente_15j_1m" $($f:tt)*) => {23};
    ("nb_attente_1m_3m" $($f:tt)*) => {24};
    ("nb_attente_3m_6m" $($f:tt)*) => {25};
    ("nb_attente_6m_12m" $($f:tt)*) => {26};
    ("nb_attente_12m_plus" $($f:tt)*) => {27};
    ("delai_moyen_attente" $($f:tt)*) => {28};
    ("nb_en_attente_31_12" $($f:tt)*) => {29};
    ("age_moyen_entrants" $($f:tt)*) => {30};
    ("nb_sortis" $($f:tt)*) => {31};
    ("nb_fin_concertee" $($f:tt)*) => {32};
    ("nb_fin_sans_concertation" $($f:tt)*) => {33};
    ("duree_moyenne_suivi" $($f:tt)*) => {34};
    ("orientations_apres_sortie" $($f:tt)*) => {35};
    (bloc "rh" $($f:tt)*) => {36};
    ("rh" "categorie" $($f:tt)*) => {0};
    ("rh" "etp" $($f:tt)*) => {1};
    ("rh" "nb_personnes" $($f:tt)*) => {2};
    ($(bloc)? $($c:literal)+ else $($f:tt)*) => {$($f)*};
}
#[doc(hidden)]
#[allow(unused_imports)] // a module `include!`d in a binary may not derive
pub use __sidoba_index_6d0689f4d4adb384 as Rapport;

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
            let v_nb_0_5_ans = lu(&RAPPORT[16], &self.nb_0_5_ans)?;
            let v_nb_6_11_ans = lu(&RAPPORT[17], &self.nb_6_11_ans)?;
            let v_nb_12_15_ans = lu(&RAPPORT[18], &self.nb_12_15_ans)?;
            let v_nb_16_20_ans = lu(&RAPPORT[19], &self.nb_16_20_ans)?;
            let v_nb_enfants_suivis = lu(&RAPPORT[13], &self.nb_enfants_suivis)?;
            Some(
                ({
                    let mut a = regle::Nombre::from(v_nb_0_5_ans);
                    a = regle::plus(a, v_nb_6_11_ans);
                    a = regle::plus(a, v_nb_12_15_ans);
                    a = regle::plus(a, v_nb_16_20_ans);
                    a
                }) == (regle::Nombre::from(v_nb_enfants_suivis)),
            )
        }
        /// Règle R02 : `None` quand elle ne s'applique pas.
        fn regle_2_r02(&self) -> Option<bool> {
            let v_nb_attente_moins_15j = lu(&RAPPORT[22], &self.nb_attente_moins_15j)?;
            let v_nb_attente_15j_1m = lu(&RAPPORT[23], &self.nb_attente_15j_1m)?;
            let v_nb_attente_1m_3m = lu(&RAPPORT[24], &self.nb_attente_1m_3m)?;
            let v_nb_attente_3m_6m = lu(&RAPPORT[25], &self.nb_attente_3m_6m)?;
            let v_nb_attente_6m_12m = lu(&RAPPORT[26], &self.nb_attente_6m_12m)?;
            let v_nb_attente_12m_plus = lu(&RAPPORT[27], &self.nb_attente_12m_plus)?;
            let v_nb_entrants = lu(&RAPPORT[21], &self.nb_entrants)?;
            Some(
                ({
                    let mut a = regle::Nombre::from(v_nb_attente_moins_15j);
                    a = regle::plus(a, v_nb_attente_15j_1m);
                    a = regle::plus(a, v_nb_attente_1m_3m);
                    a = regle::plus(a, v_nb_attente_3m_6m);
                    a = regle::plus(a, v_nb_attente_6m_12m);
                    a = regle::plus(a, v_nb_attente_12m_plus);
                    a
                }) == (regle::Nombre::from(v_nb_entrants)),
            )
        }
        /// Règle R03 : `None` quand elle ne s'applique pas.
        fn regle_3_r03(&self) -> Option<bool> {
            let v_nb_seances_facturees = lu(&RAPPORT[10], &self.nb_seances_facturees)?;
            let v_nb_seances_realisees = lu(&RAPPORT[9], &self.nb_seances_realisees)?;
            Some((v_nb_seances_facturees) <= (v_nb_seances_realisees))
        }
        /// Règle R04 : `None` quand elle ne s'applique pas.
        fn regle_4_r04(&self) -> Option<bool> {
            let v_age_min_agrement = lu(&RAPPORT[4], &self.age_min_agrement)?;
            let v_age_max_agrement = lu(&RAPPORT[5], &self.age_max_agrement)?;
            Some((v_age_min_agrement) <= (v_age_max_agrement))
        }
        /// Règle R05 : `None` quand elle ne s'applique pas.
        fn regle_5_r05(&self) -> Option<bool> {
            let v_nb_enfants_suivis = lu(&RAPPORT[13], &self.nb_enfants_suivis)?;
            let v_file_active = lu(&RAPPORT[8], &self.file_active)?;
            Some((v_nb_enfants_suivis) <= (v_file_active))
        }
        /// Règle R06 : `None` quand elle ne s'applique pas.
        fn regle_6_r06(&self) -> Option<bool> {
            let v_nb_garcons = lu(&RAPPORT[14], &self.nb_garcons)?;
            let v_nb_filles = lu(&RAPPORT[15], &self.nb_filles)?;
            let v_nb_enfants_suivis = lu(&RAPPORT[13], &self.nb_enfants_suivis)?;
            Some(
                ({
                    let mut a = regle::Nombre::from(v_nb_garcons);
                    a = regle::plus(a, v_nb_filles);
                    a
                }) == (regle::Nombre::from(v_nb_enfants_suivis)),
            )
        }
        /// Règle R07 : `None` quand elle ne s'applique pas.
        fn regle_7_r07(&self) -> Option<bool> {
            let v_nb_fin_concertee = lu(&RAPPORT[32], &self.nb_fin_concertee)?;
            let v_nb_fin_sans_concertation = lu(
                &RAPPORT[33],
                &self.nb_fin_sans_concertation,
            )?;
            let v_nb_sortis = lu(&RAPPORT[31], &self.nb_sortis)?;
            Some(
                ({
                    let mut a = regle::Nombre::from(v_nb_fin_concertee);
                    a = regle::plus(a, v_nb_fin_sans_concertation);
                    a
                }) <= (regle::Nombre::from(v_nb_sortis)),
            )
        }
        /// Règle R08 : `None` quand elle ne s'applique pas.
        fn regle_8_r08(&self, ligne: &LigneRh) -> Option<bool> {
            let v_l_etp = lu(&LIGNE_RH[1], &ligne.etp)?;
            Some((v_l_etp) > (regle::Entier(0)))
        }
        /// Règle R08 sur chaque ligne : `echec` reçoit le chemin de chaque ligne où elle échoue.
        fn lignes_regle_8_r08(&self, echec: &mut dyn FnMut(String)) {
            for (i0, p0) in self.rh.iter().enumerate() {
                let ligne = p0;
                let chemin = || format!("{}[{}]", "rh", i0);
                if self.regle_8_r08(ligne) == Some(false) {
                    echec(chemin());
                }
            }
        }
    }

    #[rustfmt::skip]
    pub(super) static REGLES: &[__prive::table::Regle<Rapport>] = &[
        regle_rapport("R01", sidoba::Severite::Bloquante, "La somme des tranches d'âge doit être égale au nombre d'enfants suivis au 31/12.", Rapport::regle_1_r01),
        regle_rapport("R02", sidoba::Severite::Bloquante, "La somme des tranches de délai d'attente doit être égale au nombre d'enfants entrés.", Rapport::regle_2_r02),
        regle_rapport("R03", sidoba::Severite::Bloquante, "Les séances facturées ne peuvent pas dépasser les séances réalisées.", Rapport::regle_3_r03),
        regle_rapport("R04", sidoba::Severite::Bloquante, "L'âge minimal de l'agrément ne peut pas dépasser l'âge maximal.", Rapport::regle_4_r04),
        regle_rapport("R05", sidoba::Severite::Bloquante, "Les enfants suivis au 31/12 ne peuvent pas dépasser la file active.", Rapport::regle_5_r05),
        regle_rapport("R06", sidoba::Severite::Avertissement, "La somme des garçons et des filles diffère du nombre d'enfants suivis au 31/12.", Rapport::regle_6_r06),
        regle_rapport("R07", sidoba::Severite::Avertissement, "Les fins de prise en charge déclarées dépassent le nombre d'enfants sortis.", Rapport::regle_7_r07),
        regle_lignes("R08", sidoba::Severite::Bloquante, "Une ligne de personnel doit déclarer un nombre d'ETP strictement positif.", Rapport::lignes_regle_8_r08),
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
        OrientationSortie = "orientation_sortie", "Orientation après la sortie du CMPP", 7;
        Aucune = "AUCUNE", "Aucun accompagnement nécessaire", true;
        Liberal = "LIBERAL", "Suivi en libéral", true;
        Cmp = "CMP", "Centre médico-psychologique (CMP)", true;
        Sessad = "SESSAD", "Service d'éducation spéciale et de soins à domicile (SESSAD)", true;
        ImeItep = "IME_ITEP", "IME ou dispositif intégré (DITEP)", true;
        Hopital = "HOPITAL", "Suivi hospitalier", true;
        Autre = "AUTRE", "Autre orientation", true;
    }

    __prive::nomenclature! {
        CategoriePersonnel = "categorie_personnel", "Catégorie de personnel", 11;
        Direction = "DIRECTION", "Direction", true;
        MedDirecteur = "MED_DIRECTEUR", "Médecin directeur", true;
        Pedopsy = "PEDOPSY", "Médecin pédopsychiatre", true;
        Pediatre = "PEDIATRE", "Médecin pédiatre", true;
        Psy = "PSY", "Psychologue", true;
        Orthophoniste = "ORTHOPHONISTE", "Orthophoniste", true;
        Psychomot = "PSYCHOMOT", "Psychomotricien", true;
        Psychoped = "PSYCHOPED", "Psychopédagogue", true;
        AssSocial = "ASS_SOCIAL", "Assistant de service social", true;
        Secretariat = "SECRETARIAT", "Secrétariat et administration", true;
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
        champ("age_min_agrement", "age_min_agrement", "Âge minimal de l'agrément", true, false, entier(Some(0), Some(25))),
        champ("age_max_agrement", "age_max_agrement", "Âge maximal de l'agrément", true, false, entier(Some(0), Some(25))),
        champ("nb_antennes", "nb_antennes", "Antennes rattachées", false, false, entier(Some(0), Some(20))),
        champ("jours_ouverture", "jours_ouverture", "Jours d'ouverture dans l'année", true, false, entier(Some(0), Some(366))),
        champ("file_active", "file_active", "File active de l'année", true, false, entier(Some(0), Some(10000))),
        champ("nb_seances_realisees", "nb_seances_realisees", "Séances réalisées", true, false, entier(Some(0), Some(500000))),
        champ("nb_seances_facturees", "nb_seances_facturees", "Séances facturées à l'assurance maladie", true, false, entier(Some(0), Some(500000))),
        champ("nb_syntheses", "nb_syntheses", "Réunions de synthèse", false, false, entier(Some(0), Some(20000))),
        champ("nb_enfants_vus_une_fois", "nb_enfants_vus_une_fois", "Enfants vus une seule fois dans l'année", false, false, entier(Some(0), Some(10000))),
        champ("nb_enfants_suivis", "nb_enfants_suivis", "Enfants suivis au 31/12", true, false, entier(Some(0), Some(10000))),
        champ("nb_garcons", "nb_garcons", "Garçons", false, false, entier(Some(0), Some(10000))),
        champ("nb_filles", "nb_filles", "Filles", false, false, entier(Some(0), Some(10000))),
        champ("nb_0_5_ans", "nb_0_5_ans", "Enfants de 0 à 5 ans", true, false, entier(Some(0), Some(10000))),
        champ("nb_6_11_ans", "nb_6_11_ans", "Enfants de 6 à 11 ans", true, false, entier(Some(0), Some(10000))),
        champ("nb_12_15_ans", "nb_12_15_ans", "Adolescents de 12 à 15 ans", true, false, entier(Some(0), Some(10000))),
        champ("nb_16_20_ans", "nb_16_20_ans", "Jeunes de 16 à 20 ans", true, false, entier(Some(0), Some(10000))),
        champ("nb_notification_mdph", "nb_notification_mdph", "Enfants bénéficiant d'une notification de la MDPH", false, false, entier(Some(0), Some(10000))),
        champ("nb_entrants", "nb_entrants", "Enfants entrés dans l'année", true, false, entier(Some(0), Some(10000))),
        champ("nb_attente_moins_15j", "nb_attente_moins_15j", "Attente de moins de 15 jours", true, false, entier(Some(0), Some(10000))),
        champ("nb_attente_15j_1m", "nb_attente_15j_1m", "Attente de 15 jours à moins d'un mois", true, false, entier(Some(0), Some(10000))),
        champ("nb_attente_1m_3m", "nb_attente_1m_3m", "Attente de 1 à moins de 3 mois", true, false, entier(Some(0), Some(10000))),
        champ("nb_attente_3m_6m", "nb_attente_3m_6m", "Attente de 3 à moins de 6 mois", true, false, entier(Some(0), Some(10000))),
        champ("nb_attente_6m_12m", "nb_attente_6m_12m", "Attente de 6 à moins de 12 mois", true, false, entier(Some(0), Some(10000))),
        champ("nb_attente_12m_plus", "nb_attente_12m_plus", "Attente de 12 mois ou plus", true, false, entier(Some(0), Some(10000))),
        champ("delai_moyen_attente", "delai_moyen_attente", "Délai moyen entre la demande et le premier rendez-vous", false, false, decimal(1, Some(dec(0, 0, 0, false, 0)), Some(dec(1500, 0, 0, false, 0)))),
        champ("nb_en_attente_31_12", "nb_en_attente_31_12", "Enfants en liste d'attente au 31/12", false, false, entier(Some(0), Some(10000))),
        champ("age_moyen_entrants", "age_moyen_entrants", "Âge moyen des enfants entrés", false, false, decimal(1, Some(dec(0, 0, 0, false, 0)), Some(dec(20, 0, 0, false, 0)))),
        champ("nb_sortis", "nb_sortis", "Enfants sortis dans l'année", true, false, entier(Some(0), Some(10000))),
        champ("nb_fin_concertee", "nb_fin_concertee", "Fins de prise en charge concertées", false, false, entier(Some(0), Some(10000))),
        champ("nb_fin_sans_concertation", "nb_fin_sans_concertation", "Fins de prise en charge sans concertation", false, false, entier(Some(0), Some(10000))),
        champ("duree_moyenne_suivi", "duree_moyenne_suivi", "Durée moyenne de prise en charge des enfants sortis", false, false, decimal(1, Some(dec(0, 0, 0, false, 0)), Some(dec(240, 0, 0, false, 0)))),
        champ("orientations_apres_sortie", "orientations_apres_sortie", "Orientations proposées après la sortie", false, false, code::<OrientationSortie>(true)),
        lignes("rh", "rh", "Ressources humaines", Some(1), Some(30)),
    ];
    #[rustfmt::skip]
    impl __prive::derive::Modele for Rapport {
        const MODELE: &'static str = "RA_CMPP 2025.1";
        const BLOCS: &'static [&'static str] = &["identification", "activite", "enfants_31_12", "entres_delais", "sortis"];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<37>(Self::TRIES, &[36]);
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
    __prive::structure! {
        Rapport, RAPPORT;
        0 champ finess_et: String,
        1 champ raison_sociale: String,
        2 champ categorie_finess: CategorieEtablissement,
        3 champ statut: StatutJuridique,
        4 champ age_min_agrement: u8,
        5 champ age_max_agrement: u8,
        6 champ nb_antennes: u8,
        7 champ jours_ouverture: u16,
        8 champ file_active: u16,
        9 champ nb_seances_realisees: u32,
        10 champ nb_seances_facturees: u32,
        11 champ nb_syntheses: u16,
        12 champ nb_enfants_vus_une_fois: u16,
        13 champ nb_enfants_suivis: u16,
        14 champ nb_garcons: u16,
        15 champ nb_filles: u16,
        16 champ nb_0_5_ans: u16,
        17 champ nb_6_11_ans: u16,
        18 champ nb_12_15_ans: u16,
        19 champ nb_16_20_ans: u16,
        20 champ nb_notification_mdph: u16,
        21 champ nb_entrants: u16,
        22 champ nb_attente_moins_15j: u16,
        23 champ nb_attente_15j_1m: u16,
        24 champ nb_attente_1m_3m: u16,
        25 champ nb_attente_3m_6m: u16,
        26 champ nb_attente_6m_12m: u16,
        27 champ nb_attente_12m_plus: u16,
        28 champ delai_moyen_attente: sidoba::Decimal,
        29 champ nb_en_attente_31_12: u16,
        30 champ age_moyen_entrants: sidoba::Decimal,
        31 champ nb_sortis: u16,
        32 champ nb_fin_concertee: u16,
        33 champ nb_fin_sans_concertation: u16,
        34 champ duree_moyenne_suivi: sidoba::Decimal,
        35 champ orientations_apres_sortie: sidoba::Codes<OrientationSortie>,
        36 table rh: LigneRh,
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
        const MODELE: &'static str = "RA_CMPP 2025.1";
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
