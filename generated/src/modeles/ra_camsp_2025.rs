// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Rapport d'activité des CAMSP 2025 : modèle RA_CAMSP version 2025.1 (campagne RA-CAMSP-2025).
// SHA-256 du fichier du modèle : 95a5f1ca2c3106eb377f1843d574fb4a6e0279d3eeece95756f34ab7c0e87d83
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

use sidoba::__private_v1 as __prive; // introuvable : donnez la même version à `sidoba` et à `sidoba-codegen`, puis régénérez ce module

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "RA-CAMSP-2025";
/// Code du modèle.
pub const MODELE: &str = "RA_CAMSP";
/// Version du modèle.
pub const VERSION: &str = "2025.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "95a5f1ca2c3106eb377f1843d574fb4a6e0279d3eeece95756f34ab7c0e87d83";
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
/// Une ligne du bloc répétable « Origine de l'orientation des enfants entrés » (origines).
///
/// Une ligne par origine.
#[derive(Clone, Default, PartialEq)]
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
/// Une ligne du bloc répétable « Orientation des enfants sortis » (orientations_sortie).
#[derive(Clone, Default, PartialEq)]
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
macro_rules! __sidoba_index_95a5f1ca2c3106eb {
    ("finess_et" $($f:tt)*) => {0};
    ("raison_sociale" $($f:tt)*) => {1};
    ("categorie_finess" $($f:tt)*) => {2};
    ("statut" $($f:tt)*) => {3};
    ("nb_antennes" $($f:tt)*) => {4};
    ("jours_ouverture" $($f:tt)*) => {5};
    ("polyvalent" $($f:tt)*) => {6};
    ("file_active" $($f:tt)*) => {7};
    ("nb_entrees_annee" $($f:tt)*) => {8};
    ("nb_sorties_annee" $($f:tt)*) => {9};
    ("nb_rdv_programmes" $($f:tt)*) => {10};
    ("nb_rdv_honores" $($f:tt)*) => {11};
    ("nb_interventions_exterieures" $($f:tt)*) => {12};
    ("nb_presents" $($f:tt)*) => {13};
    ("nb_garcons" $($f:tt)*) => {14};
    ("nb_filles" $($f:tt)*) => {15};
    ("nb_en_bilan" $($f:tt)*) => {16};
    ("nb_en_suivi" $($f:tt)*) => {17};
    ("nb_contact_ponctuel" $($f:tt)*) => {18};
    ("age_moyen_presents" $($f:tt)*) => {19};
    ("nb_demandes" $($f:tt)*) => {20};
    ("nb_en_attente_31_12" $($f:tt)*) => {21};
    ("delai_moyen_premier_rdv" $($f:tt)*) => {22};
    ("delai_moyen_prise_en_charge" $($f:tt)*) => {23};
    (bloc "origines" $($f:tt)*) => {24};
    ("origines" "origine" $($f:tt)*) => {0};
    ("origines" "nb_enfants_origine" $($f:tt)*) => {1};
    ("nb_fin_concertee" $($f:tt)*) => {25};
    ("nb_fin_sans_concertation" $($f:tt)*) => {26};
    ("nb_deces" $($f:tt)*) => {27};
    ("duree_moyenne_accompagnement" $($f:tt)*) => {28};
    ("age_moyen_sortie" $($f:tt)*) => {29};
    (bloc "orientations_sortie" $($f:tt)*) => {30};
    ("orientations_sortie" "orientation" $($f:tt)*) => {0};
    ("orientations_sortie" "nb_enfants_orientation" $($f:tt)*) => {1};
    (bloc "rh" $($f:tt)*) => {31};
    ("rh" "categorie" $($f:tt)*) => {0};
    ("rh" "etp" $($f:tt)*) => {1};
    ("rh" "nb_personnes" $($f:tt)*) => {2};
    ("departement" $($f:tt)*) => {32};
    ("nb_communes_desservies" $($f:tt)*) => {33};
    ("population_0_6_ans" $($f:tt)*) => {34};
    ($(bloc)? $($c:literal)+ else $($f:tt)*) => {$($f)*};
}
#[doc(hidden)]
#[allow(unused_imports)] // a module `include!`d in a binary may not derive
pub use __sidoba_index_95a5f1ca2c3106eb as Rapport;

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
            let v_nb_garcons = lu(&RAPPORT[14], &self.nb_garcons)?;
            let v_nb_filles = lu(&RAPPORT[15], &self.nb_filles)?;
            let v_nb_presents = lu(&RAPPORT[13], &self.nb_presents)?;
            Some(
                ({
                    let mut a = regle::Nombre::from(v_nb_garcons);
                    a = regle::plus(a, v_nb_filles);
                    a
                }) == (regle::Nombre::from(v_nb_presents)),
            )
        }
        /// Règle R02 : `None` quand elle ne s'applique pas.
        fn regle_2_r02(&self) -> Option<bool> {
            let v_nb_en_bilan = lu(&RAPPORT[16], &self.nb_en_bilan)?;
            let v_nb_en_suivi = lu(&RAPPORT[17], &self.nb_en_suivi)?;
            let v_nb_contact_ponctuel = lu(&RAPPORT[18], &self.nb_contact_ponctuel)?;
            let v_nb_presents = lu(&RAPPORT[13], &self.nb_presents)?;
            Some(
                ({
                    let mut a = regle::Nombre::from(v_nb_en_bilan);
                    a = regle::plus(a, v_nb_en_suivi);
                    a = regle::plus(a, v_nb_contact_ponctuel);
                    a
                }) == (regle::Nombre::from(v_nb_presents)),
            )
        }
        /// Règle R03 : `None` quand elle ne s'applique pas.
        fn regle_3_r03(&self) -> Option<bool> {
            let v_nb_fin_concertee = lu(&RAPPORT[25], &self.nb_fin_concertee)?;
            let v_nb_fin_sans_concertation = lu(
                &RAPPORT[26],
                &self.nb_fin_sans_concertation,
            )?;
            let v_nb_deces = lu(&RAPPORT[27], &self.nb_deces)?;
            let v_nb_sorties_annee = lu(&RAPPORT[9], &self.nb_sorties_annee)?;
            Some(
                ({
                    let mut a = regle::Nombre::from(v_nb_fin_concertee);
                    a = regle::plus(a, v_nb_fin_sans_concertation);
                    a = regle::plus(a, v_nb_deces);
                    a
                }) == (regle::Nombre::from(v_nb_sorties_annee)),
            )
        }
        /// Règle R04 : `None` quand elle ne s'applique pas.
        fn regle_4_r04(&self) -> Option<bool> {
            let v_nb_rdv_honores = lu(&RAPPORT[11], &self.nb_rdv_honores)?;
            let v_nb_rdv_programmes = lu(&RAPPORT[10], &self.nb_rdv_programmes)?;
            Some((v_nb_rdv_honores) <= (v_nb_rdv_programmes))
        }
        /// Règle R05 : `None` quand elle ne s'applique pas.
        fn regle_5_r05(&self) -> Option<bool> {
            let v_nb_presents = lu(&RAPPORT[13], &self.nb_presents)?;
            let v_file_active = lu(&RAPPORT[7], &self.file_active)?;
            Some((v_nb_presents) <= (v_file_active))
        }
        /// Règle R06 : `None` quand elle ne s'applique pas.
        fn regle_6_r06(&self) -> Option<bool> {
            let v_nb_entrees_annee = lu(&RAPPORT[8], &self.nb_entrees_annee)?;
            Some({
                let si = (sidoba::Decimal::from(self.origines.len())) > (regle::Entier(0));
                let alors = (regle::somme(
                    self
                        .origines
                        .iter()
                        .filter_map(|r| lu(&LIGNE_ORIGINES[1], &r.nb_enfants_origine)),
                )) == (regle::Nombre::from(v_nb_entrees_annee));
                !si || alors
            })
        }
        /// Règle R07 : `None` quand elle ne s'applique pas.
        fn regle_7_r07(&self) -> Option<bool> {
            let v_nb_sorties_annee = lu(&RAPPORT[9], &self.nb_sorties_annee)?;
            Some(
                (regle::somme(
                    self
                        .orientations_sortie
                        .iter()
                        .filter_map(|r| lu(
                            &LIGNE_ORIENTATIONS_SORTIE[1],
                            &r.nb_enfants_orientation,
                        )),
                )) <= (regle::Nombre::from(v_nb_sorties_annee)),
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
        regle_rapport("R01", sidoba::Severite::Bloquante, "La somme des garçons et des filles doit être égale au nombre d'enfants présents au 31/12.", Rapport::regle_1_r01),
        regle_rapport("R02", sidoba::Severite::Bloquante, "Les enfants en bilan, en suivi et en contact ponctuel doivent totaliser les enfants présents au 31/12.", Rapport::regle_2_r02),
        regle_rapport("R03", sidoba::Severite::Bloquante, "Les fins concertées, sans concertation et les décès doivent totaliser les enfants sortis dans l'année.", Rapport::regle_3_r03),
        regle_rapport("R04", sidoba::Severite::Bloquante, "Les rendez-vous honorés ne peuvent pas dépasser les rendez-vous programmés.", Rapport::regle_4_r04),
        regle_rapport("R05", sidoba::Severite::Bloquante, "Les enfants présents au 31/12 ne peuvent pas dépasser la file active.", Rapport::regle_5_r05),
        regle_rapport("R06", sidoba::Severite::Avertissement, "Le total des origines d'orientation diffère du nombre d'enfants entrés dans l'année.", Rapport::regle_6_r06),
        regle_rapport("R07", sidoba::Severite::Avertissement, "Le total des orientations dépasse le nombre d'enfants sortis dans l'année.", Rapport::regle_7_r07),
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
        OrigineOrientation = "origine_orientation", "Origine de l'orientation vers le CAMSP", 11;
        Direct = "DIRECT", "Accès direct (famille)", true;
        EducNat = "EDUC_NAT", "Éducation nationale", true;
        Pmi = "PMI", "Protection maternelle et infantile (PMI)", true;
        ServSociaux = "SERV_SOCIAUX", "Services sociaux", true;
        PetiteEnfance = "PETITE_ENFANCE", "Structure d'accueil de la petite enfance", true;
        Maternite = "MATERNITE", "Maternité ou service de néonatologie", true;
        Hopital = "HOPITAL", "Autre service hospitalier", true;
        Cmp = "CMP", "CMP ou service de pédopsychiatrie", true;
        Liberal = "LIBERAL", "Professionnel libéral", true;
        AutreCamsp = "AUTRE_CAMSP", "Autre CAMSP", true;
        Autre = "AUTRE", "Autre origine", true;
    }

    __prive::nomenclature! {
        OrientationSortie = "orientation_sortie", "Orientation après la sortie du CAMSP", 10;
        Aucune = "AUCUNE", "Aucun accompagnement nécessaire", true;
        Liberal = "LIBERAL", "Suivi en libéral", true;
        Sessad = "SESSAD", "Service d'éducation spéciale et de soins à domicile (SESSAD)", true;
        Ime = "IME", "Institut médico-éducatif (IME)", true;
        Cmpp = "CMPP", "Centre médico-psycho-pédagogique (CMPP)", true;
        Cmp = "CMP", "Centre médico-psychologique (CMP)", true;
        Hopital = "HOPITAL", "Suivi hospitalier", true;
        AutreEsms = "AUTRE_ESMS", "Autre établissement ou service médico-social", true;
        AutreCamsp = "AUTRE_CAMSP", "Autre CAMSP (déménagement)", true;
        Inconnue = "INCONNUE", "Orientation inconnue", true;
    }

    __prive::nomenclature! {
        CategoriePersonnel = "categorie_personnel", "Catégorie de personnel", 14;
        Direction = "DIRECTION", "Direction", true;
        Pediatre = "PEDIATRE", "Médecin pédiatre", true;
        Pedopsy = "PEDOPSY", "Médecin pédopsychiatre", true;
        Mpr = "MPR", "Médecin de médecine physique et de réadaptation", true;
        Psy = "PSY", "Psychologue", true;
        Orthophoniste = "ORTHOPHONISTE", "Orthophoniste", true;
        Psychomot = "PSYCHOMOT", "Psychomotricien", true;
        Kine = "KINE", "Masseur-kinésithérapeute", true;
        Ergo = "ERGO", "Ergothérapeute", true;
        Eje = "EJE", "Éducateur de jeunes enfants", true;
        Puer = "PUER", "Infirmier puériculteur", true;
        AssSocial = "ASS_SOCIAL", "Assistant de service social", true;
        Secretariat = "SECRETARIAT", "Secrétariat et administration", true;
        Autre = "AUTRE", "Autre personnel", true;
    }

    static MOTIF_RAPPORT_FINESS_ET: __prive::descripteur::Motif<'static> =
        __prive::descripteur::Motif::new("^[0-9A-Za-z]{9}$");
    static MOTIF_RAPPORT_DEPARTEMENT: __prive::descripteur::Motif<'static> =
        __prive::descripteur::Motif::new("^(?:0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$");
    #[rustfmt::skip]
    static RAPPORT: &[__prive::table::Membre<Rapport>] = &[
        champ("finess_et", "finess_et", "Numéro FINESS de l'établissement", true, false, texte(Some(9), Some(9), Some(&MOTIF_RAPPORT_FINESS_ET))),
        champ("raison_sociale", "raison_sociale", "Raison sociale", true, false, texte(Some(1), Some(100), None)),
        champ("categorie_finess", "categorie_finess", "Catégorie FINESS", true, false, code::<CategorieEtablissement>(false)),
        champ("statut", "statut", "Statut juridique", true, false, code::<StatutJuridique>(false)),
        champ("nb_antennes", "nb_antennes", "Antennes rattachées", false, false, entier(Some(0), Some(20))),
        champ("jours_ouverture", "jours_ouverture", "Jours d'ouverture dans l'année", true, false, entier(Some(0), Some(366))),
        champ("polyvalent", "polyvalent", "CAMSP polyvalent", false, false, booleen()),
        champ("file_active", "file_active", "File active de l'année", true, false, entier(Some(0), Some(5000))),
        champ("nb_entrees_annee", "nb_entrees_annee", "Enfants entrés dans l'année", true, false, entier(Some(0), Some(5000))),
        champ("nb_sorties_annee", "nb_sorties_annee", "Enfants sortis dans l'année", true, false, entier(Some(0), Some(5000))),
        champ("nb_rdv_programmes", "nb_rdv_programmes", "Rendez-vous programmés", false, false, entier(Some(0), Some(200000))),
        champ("nb_rdv_honores", "nb_rdv_honores", "Rendez-vous honorés", false, false, entier(Some(0), Some(200000))),
        champ("nb_interventions_exterieures", "nb_interventions_exterieures", "Interventions hors du CAMSP (domicile, crèche, école)", false, false, entier(Some(0), Some(50000))),
        champ("nb_presents", "nb_presents", "Enfants présents au 31/12", true, false, entier(Some(0), Some(5000))),
        champ("nb_garcons", "nb_garcons", "Garçons", true, false, entier(Some(0), Some(5000))),
        champ("nb_filles", "nb_filles", "Filles", true, false, entier(Some(0), Some(5000))),
        champ("nb_en_bilan", "nb_en_bilan", "Enfants en phase de bilan ou de diagnostic", false, false, entier(Some(0), Some(5000))),
        champ("nb_en_suivi", "nb_en_suivi", "Enfants en suivi thérapeutique", false, false, entier(Some(0), Some(5000))),
        champ("nb_contact_ponctuel", "nb_contact_ponctuel", "Enfants en contact ponctuel", false, false, entier(Some(0), Some(5000))),
        champ("age_moyen_presents", "age_moyen_presents", "Âge moyen des enfants présents", false, false, decimal(1, Some(dec(0, 0, 0, false, 0)), Some(dec(8, 0, 0, false, 0)))),
        champ("nb_demandes", "nb_demandes", "Demandes de premier rendez-vous reçues", false, false, entier(Some(0), Some(10000))),
        champ("nb_en_attente_31_12", "nb_en_attente_31_12", "Enfants en attente d'un premier rendez-vous au 31/12", false, false, entier(Some(0), Some(5000))),
        champ("delai_moyen_premier_rdv", "delai_moyen_premier_rdv", "Délai moyen entre la demande et le premier rendez-vous", false, false, decimal(1, Some(dec(0, 0, 0, false, 0)), Some(dec(1000, 0, 0, false, 0)))),
        champ("delai_moyen_prise_en_charge", "delai_moyen_prise_en_charge", "Délai moyen entre le premier rendez-vous et le début du suivi", false, false, decimal(1, Some(dec(0, 0, 0, false, 0)), Some(dec(1000, 0, 0, false, 0)))),
        lignes("origines", "origines", "Origine de l'orientation des enfants entrés", None, Some(11)),
        champ("nb_fin_concertee", "nb_fin_concertee", "Fins d'accompagnement concertées", false, false, entier(Some(0), Some(5000))),
        champ("nb_fin_sans_concertation", "nb_fin_sans_concertation", "Fins d'accompagnement sans concertation", false, false, entier(Some(0), Some(5000))),
        champ("nb_deces", "nb_deces", "Décès", false, false, entier(Some(0), Some(100))),
        champ("duree_moyenne_accompagnement", "duree_moyenne_accompagnement", "Durée moyenne d'accompagnement des enfants sortis", false, false, decimal(1, Some(dec(0, 0, 0, false, 0)), Some(dec(120, 0, 0, false, 0)))),
        champ("age_moyen_sortie", "age_moyen_sortie", "Âge moyen à la sortie", false, false, decimal(1, Some(dec(0, 0, 0, false, 0)), Some(dec(10, 0, 0, false, 0)))),
        lignes("orientations_sortie", "orientations_sortie", "Orientation des enfants sortis", None, Some(10)),
        lignes("rh", "rh", "Ressources humaines", Some(1), Some(30)),
        champ("departement", "departement", "Département d'implantation", true, false, texte(Some(2), Some(3), Some(&MOTIF_RAPPORT_DEPARTEMENT))),
        champ("nb_communes_desservies", "nb_communes_desservies", "Communes desservies", false, false, entier(Some(0), Some(2000))),
        champ("population_0_6_ans", "population_0_6_ans", "Population âgée de 0 à 6 ans du territoire", false, false, entier(Some(0), Some(2000000))),
    ];
    #[rustfmt::skip]
    impl __prive::derive::Modele for Rapport {
        const MODELE: &'static str = "RA_CAMSP 2025.1";
        const BLOCS: &'static [&'static str] = &["identification", "activite", "presents_31_12", "acces", "sorties", "territoire"];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<35>(Self::TRIES, &[24, 30, 31]);
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
    __prive::structure! {
        Rapport, RAPPORT;
        0 champ finess_et: String,
        1 champ raison_sociale: String,
        2 champ categorie_finess: CategorieEtablissement,
        3 champ statut: StatutJuridique,
        4 champ nb_antennes: u8,
        5 champ jours_ouverture: u16,
        6 champ polyvalent: bool,
        7 champ file_active: u16,
        8 champ nb_entrees_annee: u16,
        9 champ nb_sorties_annee: u16,
        10 champ nb_rdv_programmes: u32,
        11 champ nb_rdv_honores: u32,
        12 champ nb_interventions_exterieures: u16,
        13 champ nb_presents: u16,
        14 champ nb_garcons: u16,
        15 champ nb_filles: u16,
        16 champ nb_en_bilan: u16,
        17 champ nb_en_suivi: u16,
        18 champ nb_contact_ponctuel: u16,
        19 champ age_moyen_presents: sidoba::Decimal,
        20 champ nb_demandes: u16,
        21 champ nb_en_attente_31_12: u16,
        22 champ delai_moyen_premier_rdv: sidoba::Decimal,
        23 champ delai_moyen_prise_en_charge: sidoba::Decimal,
        24 table origines: LigneOrigines,
        25 champ nb_fin_concertee: u16,
        26 champ nb_fin_sans_concertation: u16,
        27 champ nb_deces: u8,
        28 champ duree_moyenne_accompagnement: sidoba::Decimal,
        29 champ age_moyen_sortie: sidoba::Decimal,
        30 table orientations_sortie: LigneOrientationsSortie,
        31 table rh: LigneRh,
        32 champ departement: String,
        33 champ nb_communes_desservies: u16,
        34 champ population_0_6_ans: u32,
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
    static LIGNE_ORIGINES: &[__prive::table::Membre<LigneOrigines>] = &[
        champ("origine", "origine", "Origine de l'orientation", true, false, code::<OrigineOrientation>(false)),
        champ("nb_enfants_origine", "nb_enfants_origine", "Enfants entrés", true, false, entier(Some(0), Some(5000))),
    ];
    #[rustfmt::skip]
    impl __prive::derive::Modele for LigneOrigines {
        const MODELE: &'static str = "RA_CAMSP 2025.1";
        const BLOCS: &'static [&'static str] = &[];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<2>(Self::TRIES, &[]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("nb_enfants_origine", 1),
            ("origine", 0),
        ];
    }
    __prive::structure! {
        LigneOrigines, LIGNE_ORIGINES;
        0 champ origine: OrigineOrientation,
        1 champ nb_enfants_origine: u16,
    }

    #[rustfmt::skip]
    static LIGNE_ORIENTATIONS_SORTIE: &[__prive::table::Membre<LigneOrientationsSortie>] = &[
        champ("orientation", "orientation", "Orientation", true, false, code::<OrientationSortie>(false)),
        champ("nb_enfants_orientation", "nb_enfants_orientation", "Enfants sortis", true, false, entier(Some(0), Some(5000))),
    ];
    #[rustfmt::skip]
    impl __prive::derive::Modele for LigneOrientationsSortie {
        const MODELE: &'static str = "RA_CAMSP 2025.1";
        const BLOCS: &'static [&'static str] = &[];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<2>(Self::TRIES, &[]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("nb_enfants_orientation", 1),
            ("orientation", 0),
        ];
    }
    __prive::structure! {
        LigneOrientationsSortie, LIGNE_ORIENTATIONS_SORTIE;
        0 champ orientation: OrientationSortie,
        1 champ nb_enfants_orientation: u16,
    }

    #[rustfmt::skip]
    static LIGNE_RH: &[__prive::table::Membre<LigneRh>] = &[
        champ("categorie", "categorie", "Catégorie de personnel", true, false, code::<CategoriePersonnel>(false)),
        champ("etp", "etp", "Équivalents temps plein", true, false, decimal(2, Some(dec(0, 0, 0, false, 0)), Some(dec(200, 0, 0, false, 0)))),
        champ("nb_personnes", "nb_personnes", "Personnes physiques", false, false, entier(Some(0), Some(500))),
    ];
    #[rustfmt::skip]
    impl __prive::derive::Modele for LigneRh {
        const MODELE: &'static str = "RA_CAMSP 2025.1";
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
