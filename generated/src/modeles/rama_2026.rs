// @generated par sidoba 0.1.0 — ne pas modifier à la main.
// Module : Rapport annuel d'activité médicale 2026 : modèle RAMA version 2026.1 (campagne RAMA-2026).
// SHA-256 du fichier du modèle : 040238914534c362e273ed2981ff9320502e860fb20e420f90dbfed84ef326d4
// Pour régénérer : sidoba generate <fichier du modèle> --out <dossier de ce fichier>
// (ou le build.rs qui appelle sidoba_codegen::Builder).

use sidoba::__private_v1 as __prive; // introuvable : donnez la même version à `sidoba` et à `sidoba-codegen`, puis régénérez ce module

/// Identifiant de la campagne (WS01).
pub const CAMPAGNE: &str = "RAMA-2026";
/// Code du modèle.
pub const MODELE: &str = "RAMA";
/// Version du modèle.
pub const VERSION: &str = "2026.1";
/// SHA-256 du fichier du modèle dont ce module est généré.
pub const SHA256: &str = "040238914534c362e273ed2981ff9320502e860fb20e420f90dbfed84ef326d4";
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
/// Action de prévention du risque infectieux (nomenclature action_prevention_infection).
///
/// Les valeurs inactives se lisent encore dans d'anciennes données mais sont refusées par la validation.
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
    /// PLAN_BLEU : Plan bleu actualisé (**inactive** : refusée dans un nouveau rapport)
    PlanBleu,
}
/// Catégorie de personnel (nomenclature categorie_personnel).
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
    /// APA : Enseignant en activité physique adaptée
    Apa,
    /// AUTRE : Autre personnel soignant ou paramédical
    Autre,
}
/// Rapport « Rapport annuel d'activité médicale 2026 » (campagne RAMA-2026).
///
/// Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :
///
/// - Établissement, capacité et équipements (etablissement)
/// - Résidents (residents)
/// - Mouvements de l'année (mouvements)
/// - Protocoles et évaluations (protocoles)
/// - Activité médicale et paramédicale (activite_soins)
/// - Ressources humaines (ressources_humaines)
/// - Validation du rapport (validation)
#[derive(Clone, Default, PartialEq)]
pub struct Rapport {
    /// **Numéro FINESS de l'établissement** (finess_et).
    ///
    /// Numéro FINESS géographique (ET), 9 caractères ; 2A ou 2B pour la Corse.
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : texte de 9 caractères exactement, au format ^(?:\[0-9\]{9}\|2\[AB\]\[0-9\]{7})$.
    /// - Obligatoire.
    pub finess_et: Option<String>,
    /// **Raison sociale** (raison_sociale).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : texte de 1 à 150 caractères.
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
    /// - Type : entier, de 0 à 400.
    /// - Unité : place.
    /// - Obligatoire.
    pub nb_places_ht: Option<u16>,
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
    /// **Places habilitées à l'aide sociale** (nb_places_habilitees_aide_sociale).
    ///
    /// - Bloc : Établissement, capacité et équipements (etablissement).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : place.
    /// - Obligatoire.
    pub nb_places_habilitees_aide_sociale: Option<u16>,
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
    /// - Type : décimal à 1 décimale(s) au plus, de 60 à 110.
    /// - Unité : an.
    /// - Facultatif.
    pub age_moyen: Option<sidoba::Decimal>,
    /// **Durée moyenne de séjour** (duree_moyenne_sejour).
    ///
    /// Durée moyenne de séjour des résidents sortis dans l'année (décès compris), en jours, de la date d'entrée à la date de sortie.
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
    /// - Obligatoire.
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
    /// - Type : décimal à 0 décimale(s) au plus, de 0 à 2000.
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
    /// **Passages aux urgences sans hospitalisation** (nb_passages_urgences).
    ///
    /// - Bloc : Mouvements de l'année (mouvements).
    /// - Type : entier, de 0 à 10000.
    /// - Unité : passage.
    /// - Facultatif.
    pub nb_passages_urgences: Option<u16>,
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
    /// **Résidents ayant bénéficié d'un bilan bucco-dentaire dans l'année** (nb_bilans_buccodentaires).
    ///
    /// - Bloc : Protocoles et évaluations (protocoles).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_bilans_buccodentaires: Option<u16>,
    /// **Téléconsultations réalisées** (nb_actes_teleconsultation).
    ///
    /// - Bloc : Activité médicale et paramédicale (activite_soins).
    /// - Type : entier, de 0 à 50000.
    /// - Unité : acte.
    /// - Facultatif.
    pub nb_actes_teleconsultation: Option<u16>,
    /// **Résidents vaccinés contre la grippe** (nb_vaccinations_grippe).
    ///
    /// - Bloc : Activité médicale et paramédicale (activite_soins).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_vaccinations_grippe: Option<u16>,
    /// **Événements indésirables graves associés aux soins (EIGS) déclarés à l'ARS** (nb_eigs_declares).
    ///
    /// - Bloc : Activité médicale et paramédicale (activite_soins).
    /// - Type : entier, de 0 à 1000.
    /// - Unité : événement.
    /// - Facultatif.
    pub nb_eigs_declares: Option<u16>,
    /// **Résidents traités par neuroleptiques au 31/12** (nb_residents_neuroleptiques).
    ///
    /// - Bloc : Activité médicale et paramédicale (activite_soins).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_residents_neuroleptiques: Option<u16>,
    /// **Résidents ayant au moins 10 molécules prescrites au 31/12** (nb_residents_polymedication).
    ///
    /// - Bloc : Activité médicale et paramédicale (activite_soins).
    /// - Type : entier, de 0 à 2000.
    /// - Unité : résident.
    /// - Facultatif.
    pub nb_residents_polymedication: Option<u16>,
    /// **Plan de maîtrise du risque infectieux formalisé** (plan_risque_infectieux).
    ///
    /// - Bloc : Activité médicale et paramédicale (activite_soins).
    /// - Type : booléen.
    /// - Obligatoire.
    pub plan_risque_infectieux: Option<bool>,
    /// **Actions de prévention du risque infectieux menées** (actions_prevention_infection).
    ///
    /// - Bloc : Activité médicale et paramédicale (activite_soins).
    /// - Type : ensemble de codes de la nomenclature « Action de prévention du risque infectieux ».
    /// - Facultatif.
    pub actions_prevention_infection: Option<sidoba::Codes<ActionPreventionInfection>>,
    /// **Conventions avec l'hospitalisation à domicile (HAD)** (conventions_had) : table de lignes.
    ///
    /// Au plus 5 lignes.
    pub conventions_had: Vec<LigneConventionsHad>,
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
    /// De 1 à 60 lignes.
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
    /// - Unité : jour.
    /// - Facultatif.
    pub volume_formation: Option<sidoba::Decimal>,
    /// **Date de l'avis de la commission de coordination gériatrique** (date_avis_commission).
    ///
    /// - Bloc : Validation du rapport (validation).
    /// - Type : date, de 2027-01-01 à 2027-12-31.
    /// - Obligatoire.
    pub date_avis_commission: Option<sidoba::Date>,
    /// **Date de signature du rapport** (date_signature).
    ///
    /// - Bloc : Validation du rapport (validation).
    /// - Type : date, de 2027-01-01 à 2027-12-31.
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
/// Une ligne du bloc répétable « Conventions avec l'hospitalisation à domicile (HAD) » (conventions_had).
#[derive(Clone, Default, PartialEq)]
pub struct LigneConventionsHad {
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
}
/// Une ligne du bloc répétable « Effectifs par catégorie de personnel » (effectifs).
///
/// Une ligne par catégorie de personnel, ETP moyens de l'année.
#[derive(Clone, Default, PartialEq)]
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
macro_rules! __sidoba_index_040238914534c362 {
    ("finess_et" $($f:tt)*) => {0};
    ("raison_sociale" $($f:tt)*) => {1};
    ("categorie_finess" $($f:tt)*) => {2};
    ("statut" $($f:tt)*) => {3};
    ("option_tarifaire" $($f:tt)*) => {4};
    ("nombre_de_places" $($f:tt)*) => {5};
    ("nb_places_ht" $($f:tt)*) => {6};
    ("nb_places_aj" $($f:tt)*) => {7};
    ("pasa" $($f:tt)*) => {8};
    ("nb_places_pasa" $($f:tt)*) => {9};
    ("uhr" $($f:tt)*) => {10};
    ("nb_places_uhr" $($f:tt)*) => {11};
    ("unite_protegee" $($f:tt)*) => {12};
    ("nb_places_habilitees_aide_sociale" $($f:tt)*) => {13};
    ("nb_residents" $($f:tt)*) => {14};
    ("nb_residents_hommes" $($f:tt)*) => {15};
    ("nb_residents_femmes" $($f:tt)*) => {16};
    ("age_moyen" $($f:tt)*) => {17};
    ("duree_moyenne_sejour" $($f:tt)*) => {18};
    ("nb_protection_juridique" $($f:tt)*) => {19};
    ("nb_personne_confiance" $($f:tt)*) => {20};
    ("nb_directives_anticipees" $($f:tt)*) => {21};
    ("nb_residents_alzheimer" $($f:tt)*) => {22};
    ("nb_gir1" $($f:tt)*) => {23};
    ("nb_gir2" $($f:tt)*) => {24};
    ("nb_gir3" $($f:tt)*) => {25};
    ("nb_gir4" $($f:tt)*) => {26};
    ("nb_gir5" $($f:tt)*) => {27};
    ("nb_gir6" $($f:tt)*) => {28};
    ("gmp" $($f:tt)*) => {29};
    ("pmp" $($f:tt)*) => {30};
    ("date_validation_pathos" $($f:tt)*) => {31};
    ("nb_entrees" $($f:tt)*) => {32};
    ("nb_sorties" $($f:tt)*) => {33};
    ("nb_deces" $($f:tt)*) => {34};
    ("nb_deces_etablissement" $($f:tt)*) => {35};
    ("nb_hospitalisations" $($f:tt)*) => {36};
    ("nb_journees_hospitalisation" $($f:tt)*) => {37};
    ("nb_passages_urgences" $($f:tt)*) => {38};
    ("protocole_chutes" $($f:tt)*) => {39};
    ("protocole_nutrition" $($f:tt)*) => {40};
    ("protocole_contention" $($f:tt)*) => {41};
    ("protocole_douleur" $($f:tt)*) => {42};
    ("protocole_escarres" $($f:tt)*) => {43};
    ("nb_chutes" $($f:tt)*) => {44};
    ("nb_residents_contention" $($f:tt)*) => {45};
    ("nb_residents_escarres" $($f:tt)*) => {46};
    ("nb_residents_denutris" $($f:tt)*) => {47};
    ("nb_evaluations_cognitives" $($f:tt)*) => {48};
    ("nb_projets_personnalises" $($f:tt)*) => {49};
    ("nb_bilans_buccodentaires" $($f:tt)*) => {50};
    ("nb_actes_teleconsultation" $($f:tt)*) => {51};
    ("nb_vaccinations_grippe" $($f:tt)*) => {52};
    ("nb_eigs_declares" $($f:tt)*) => {53};
    ("nb_residents_neuroleptiques" $($f:tt)*) => {54};
    ("nb_residents_polymedication" $($f:tt)*) => {55};
    ("plan_risque_infectieux" $($f:tt)*) => {56};
    ("actions_prevention_infection" $($f:tt)*) => {57};
    (bloc "conventions_had" $($f:tt)*) => {58};
    ("conventions_had" "finess_had" $($f:tt)*) => {0};
    ("conventions_had" "date_convention_had" $($f:tt)*) => {1};
    ("conventions_had" "nb_residents_had" $($f:tt)*) => {2};
    ("temps_medco" $($f:tt)*) => {59};
    (bloc "effectifs" $($f:tt)*) => {60};
    ("effectifs" "categorie" $($f:tt)*) => {0};
    ("effectifs" "etp" $($f:tt)*) => {1};
    ("effectifs" "nb_personnes" $($f:tt)*) => {2};
    ("effectifs" "etp_vacants" $($f:tt)*) => {3};
    ("nb_salaries_formes" $($f:tt)*) => {61};
    ("volume_formation" $($f:tt)*) => {62};
    ("date_avis_commission" $($f:tt)*) => {63};
    ("date_signature" $($f:tt)*) => {64};
    ("annexe_recommandations" $($f:tt)*) => {65};
    ("nom_medecin_coordonnateur" $($f:tt)*) => {66};
    ("nom_directeur" $($f:tt)*) => {67};
    ($(bloc)? $($c:literal)+ else $($f:tt)*) => {$($f)*};
}
#[doc(hidden)]
#[allow(unused_imports)] // a module `include!`d in a binary may not derive
pub use __sidoba_index_040238914534c362 as Rapport;

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
            let v_nb_residents_hommes = lu(&RAPPORT[15], &self.nb_residents_hommes)?;
            let v_nb_residents_femmes = lu(&RAPPORT[16], &self.nb_residents_femmes)?;
            let v_nb_residents = lu(&RAPPORT[14], &self.nb_residents)?;
            Some(
                ({
                    let mut a = regle::Nombre::from(v_nb_residents_hommes);
                    a = regle::plus(a, v_nb_residents_femmes);
                    a
                }) == (regle::Nombre::from(v_nb_residents)),
            )
        }
        /// Règle R02 : `None` quand elle ne s'applique pas.
        fn regle_2_r02(&self) -> Option<bool> {
            let v_nb_gir1 = lu(&RAPPORT[23], &self.nb_gir1)?;
            let v_nb_gir2 = lu(&RAPPORT[24], &self.nb_gir2)?;
            let v_nb_gir3 = lu(&RAPPORT[25], &self.nb_gir3)?;
            let v_nb_gir4 = lu(&RAPPORT[26], &self.nb_gir4)?;
            let v_nb_gir5 = lu(&RAPPORT[27], &self.nb_gir5)?;
            let v_nb_gir6 = lu(&RAPPORT[28], &self.nb_gir6)?;
            let v_nb_residents = lu(&RAPPORT[14], &self.nb_residents)?;
            Some(
                ({
                    let mut a = regle::Nombre::from(v_nb_gir1);
                    a = regle::plus(a, v_nb_gir2);
                    a = regle::plus(a, v_nb_gir3);
                    a = regle::plus(a, v_nb_gir4);
                    a = regle::plus(a, v_nb_gir5);
                    a = regle::plus(a, v_nb_gir6);
                    a
                }) == (regle::Nombre::from(v_nb_residents)),
            )
        }
        /// Règle R03 : `None` quand elle ne s'applique pas.
        fn regle_3_r03(&self) -> Option<bool> {
            let v_nb_protection_juridique = lu(&RAPPORT[19], &self.nb_protection_juridique)?;
            let v_nb_residents = lu(&RAPPORT[14], &self.nb_residents)?;
            Some((v_nb_protection_juridique) <= (v_nb_residents))
        }
        /// Règle R04 : `None` quand elle ne s'applique pas.
        fn regle_4_r04(&self) -> Option<bool> {
            let v_nb_personne_confiance = lu(&RAPPORT[20], &self.nb_personne_confiance)?;
            let v_nb_residents = lu(&RAPPORT[14], &self.nb_residents)?;
            Some((v_nb_personne_confiance) <= (v_nb_residents))
        }
        /// Règle R05 : `None` quand elle ne s'applique pas.
        fn regle_5_r05(&self) -> Option<bool> {
            let v_nb_directives_anticipees = lu(
                &RAPPORT[21],
                &self.nb_directives_anticipees,
            )?;
            let v_nb_residents = lu(&RAPPORT[14], &self.nb_residents)?;
            Some((v_nb_directives_anticipees) <= (v_nb_residents))
        }
        /// Règle R06 : `None` quand elle ne s'applique pas.
        fn regle_6_r06(&self) -> Option<bool> {
            let v_nb_residents = lu(&RAPPORT[14], &self.nb_residents)?;
            let v_gmp = lu(&RAPPORT[29], &self.gmp)?;
            let v_nb_gir1 = lu(&RAPPORT[23], &self.nb_gir1)?;
            let v_nb_gir2 = lu(&RAPPORT[24], &self.nb_gir2)?;
            let v_nb_gir3 = lu(&RAPPORT[25], &self.nb_gir3)?;
            let v_nb_gir4 = lu(&RAPPORT[26], &self.nb_gir4)?;
            let v_nb_gir5 = lu(&RAPPORT[27], &self.nb_gir5)?;
            let v_nb_gir6 = lu(&RAPPORT[28], &self.nb_gir6)?;
            Some({
                let si = {
                    let mut tout = true;
                    tout &= lu(&RAPPORT[29], &self.gmp).is_some();
                    tout &= (v_nb_residents) > (regle::Entier(0));
                    tout
                };
                let alors = {
                    let mut tout = true;
                    tout
                        &= ({
                            let mut a = regle::Nombre::from(v_gmp);
                            a = regle::moins(
                                a,
                                {
                                    let mut a = {
                                        let mut a = {
                                            let mut a = regle::Nombre::from(v_nb_gir1);
                                            a = regle::fois(a, regle::Entier(1000));
                                            a
                                        };
                                        a = regle::plus(
                                            a,
                                            {
                                                let mut a = regle::Nombre::from(v_nb_gir2);
                                                a = regle::fois(a, regle::Entier(840));
                                                a
                                            },
                                        );
                                        a = regle::plus(
                                            a,
                                            {
                                                let mut a = regle::Nombre::from(v_nb_gir3);
                                                a = regle::fois(a, regle::Entier(660));
                                                a
                                            },
                                        );
                                        a = regle::plus(
                                            a,
                                            {
                                                let mut a = regle::Nombre::from(v_nb_gir4);
                                                a = regle::fois(a, regle::Entier(420));
                                                a
                                            },
                                        );
                                        a = regle::plus(
                                            a,
                                            {
                                                let mut a = regle::Nombre::from(v_nb_gir5);
                                                a = regle::fois(a, regle::Entier(250));
                                                a
                                            },
                                        );
                                        a = regle::plus(
                                            a,
                                            {
                                                let mut a = regle::Nombre::from(v_nb_gir6);
                                                a = regle::fois(a, regle::Entier(70));
                                                a
                                            },
                                        );
                                        a
                                    };
                                    a = regle::divise(a, v_nb_residents)?;
                                    a
                                },
                            );
                            a
                        }) <= (regle::Nombre::from(regle::Entier(1)));
                    tout
                        &= ({
                            let mut a = regle::Nombre::from(v_gmp);
                            a = regle::moins(
                                a,
                                {
                                    let mut a = {
                                        let mut a = {
                                            let mut a = regle::Nombre::from(v_nb_gir1);
                                            a = regle::fois(a, regle::Entier(1000));
                                            a
                                        };
                                        a = regle::plus(
                                            a,
                                            {
                                                let mut a = regle::Nombre::from(v_nb_gir2);
                                                a = regle::fois(a, regle::Entier(840));
                                                a
                                            },
                                        );
                                        a = regle::plus(
                                            a,
                                            {
                                                let mut a = regle::Nombre::from(v_nb_gir3);
                                                a = regle::fois(a, regle::Entier(660));
                                                a
                                            },
                                        );
                                        a = regle::plus(
                                            a,
                                            {
                                                let mut a = regle::Nombre::from(v_nb_gir4);
                                                a = regle::fois(a, regle::Entier(420));
                                                a
                                            },
                                        );
                                        a = regle::plus(
                                            a,
                                            {
                                                let mut a = regle::Nombre::from(v_nb_gir5);
                                                a = regle::fois(a, regle::Entier(250));
                                                a
                                            },
                                        );
                                        a = regle::plus(
                                            a,
                                            {
                                                let mut a = regle::Nombre::from(v_nb_gir6);
                                                a = regle::fois(a, regle::Entier(70));
                                                a
                                            },
                                        );
                                        a
                                    };
                                    a = regle::divise(a, v_nb_residents)?;
                                    a
                                },
                            );
                            a
                        }) >= (regle::oppose(regle::Entier(1)));
                    tout
                };
                !si || alors
            })
        }
        /// Règle R07 : `None` quand elle ne s'applique pas.
        fn regle_7_r07(&self) -> Option<bool> {
            let v_nb_deces_etablissement = lu(&RAPPORT[35], &self.nb_deces_etablissement)?;
            let v_nb_deces = lu(&RAPPORT[34], &self.nb_deces)?;
            let v_nb_sorties = lu(&RAPPORT[33], &self.nb_sorties)?;
            Some({
                let mut tout = true;
                tout &= (v_nb_deces_etablissement) <= (v_nb_deces);
                tout &= (v_nb_deces) <= (v_nb_sorties);
                tout
            })
        }
        /// Règle R08 : `None` quand elle ne s'applique pas.
        fn regle_8_r08(&self) -> Option<bool> {
            let v_nb_residents = lu(&RAPPORT[14], &self.nb_residents)?;
            let v_nombre_de_places = lu(&RAPPORT[5], &self.nombre_de_places)?;
            let v_nb_places_ht = lu(&RAPPORT[6], &self.nb_places_ht)?;
            Some(
                (regle::Nombre::from(v_nb_residents))
                    <= ({
                        let mut a = regle::Nombre::from(v_nombre_de_places);
                        a = regle::plus(a, v_nb_places_ht);
                        a
                    }),
            )
        }
        /// Règle R09 : `None` quand elle ne s'applique pas.
        fn regle_9_r09(&self) -> Option<bool> {
            let v_date_signature = lu(&RAPPORT[64], &self.date_signature)?;
            let v_date_avis_commission = lu(&RAPPORT[63], &self.date_avis_commission)?;
            Some((v_date_signature) >= (v_date_avis_commission))
        }
        /// Règle R10 : `None` quand elle ne s'applique pas.
        fn regle_10_r10(&self, ligne: &LigneEffectifs) -> Option<bool> {
            let v_l_etp = lu(&LIGNE_EFFECTIFS[1], &ligne.etp)?;
            Some((v_l_etp) > (regle::Entier(0)))
        }
        /// Règle R10 sur chaque ligne : `echec` reçoit le chemin de chaque ligne où elle échoue.
        fn lignes_regle_10_r10(&self, echec: &mut dyn FnMut(String)) {
            for (i0, p0) in self.effectifs.iter().enumerate() {
                let ligne = p0;
                let chemin = || format!("{}[{}]", "effectifs", i0);
                if self.regle_10_r10(ligne) == Some(false) {
                    echec(chemin());
                }
            }
        }
        /// Règle R11 : `None` quand elle ne s'applique pas.
        fn regle_11_r11(&self) -> Option<bool> {
            Some(
                (regle::somme(
                    self.effectifs.iter().filter_map(|r| lu(&LIGNE_EFFECTIFS[1], &r.etp)),
                )) > (regle::Nombre::from(regle::Entier(0))),
            )
        }
        /// Règle R12 : `None` quand elle ne s'applique pas.
        fn regle_12_r12(&self) -> Option<bool> {
            let v_actions_prevention_infection = lu(
                &RAPPORT[57],
                &self.actions_prevention_infection,
            )?;
            let v_nb_vaccinations_grippe = lu(&RAPPORT[52], &self.nb_vaccinations_grippe)?;
            Some({
                let si = v_actions_prevention_infection
                    .contains(ActionPreventionInfection::VaccGrippe);
                let alors = (v_nb_vaccinations_grippe) > (regle::Entier(0));
                !si || alors
            })
        }
        /// Règle R13 : `None` quand elle ne s'applique pas.
        fn regle_13_r13(&self) -> Option<bool> {
            let v_pasa = self.pasa?;
            let v_nb_places_pasa = lu(&RAPPORT[9], &self.nb_places_pasa)?;
            Some({
                let si = (v_pasa) == (true);
                let alors = (v_nb_places_pasa) >= (regle::Entier(12));
                !si || alors
            })
        }
        /// Règle R14 : `None` quand elle ne s'applique pas.
        fn regle_14_r14(&self) -> Option<bool> {
            let v_nb_residents_neuroleptiques = lu(
                &RAPPORT[54],
                &self.nb_residents_neuroleptiques,
            )?;
            let v_nb_residents = lu(&RAPPORT[14], &self.nb_residents)?;
            Some((v_nb_residents_neuroleptiques) <= (v_nb_residents))
        }
        /// Règle R15 : `None` quand elle ne s'applique pas.
        fn regle_15_r15(&self) -> Option<bool> {
            Some((sidoba::Decimal::from(self.effectifs.len())) >= (regle::Entier(1)))
        }
        /// Règle R16 : `None` quand elle ne s'applique pas.
        fn regle_16_r16(&self) -> Option<bool> {
            let v_nb_places_habilitees_aide_sociale = lu(
                &RAPPORT[13],
                &self.nb_places_habilitees_aide_sociale,
            )?;
            let v_nombre_de_places = lu(&RAPPORT[5], &self.nombre_de_places)?;
            let v_nb_places_ht = lu(&RAPPORT[6], &self.nb_places_ht)?;
            Some(
                (regle::Nombre::from(v_nb_places_habilitees_aide_sociale))
                    <= ({
                        let mut a = regle::Nombre::from(v_nombre_de_places);
                        a = regle::plus(a, v_nb_places_ht);
                        a
                    }),
            )
        }
    }

    #[rustfmt::skip]
    pub(super) static REGLES: &[__prive::table::Regle<Rapport>] = &[
        regle_rapport("R01", sidoba::Severite::Bloquante, "La somme des résidents hommes et femmes doit être égale au nombre de résidents au 31/12.", Rapport::regle_1_r01),
        regle_rapport("R02", sidoba::Severite::Bloquante, "La somme des résidents en GIR 1 à 6 doit être égale au nombre de résidents au 31/12.", Rapport::regle_2_r02),
        regle_rapport("R03", sidoba::Severite::Bloquante, "Le nombre de résidents sous protection juridique ne peut pas dépasser le nombre de résidents.", Rapport::regle_3_r03),
        regle_rapport("R04", sidoba::Severite::Bloquante, "Le nombre de résidents ayant désigné une personne de confiance ne peut pas dépasser le nombre de résidents.", Rapport::regle_4_r04),
        regle_rapport("R05", sidoba::Severite::Bloquante, "Les résidents ayant rédigé des directives anticipées ne peuvent pas être plus nombreux que les résidents présents au 31/12.", Rapport::regle_5_r05),
        regle_rapport("R06", sidoba::Severite::Bloquante, "Le GMP déclaré s'écarte de plus d'un point du GMP calculé à partir de la répartition par GIR.", Rapport::regle_6_r06),
        regle_rapport("R07", sidoba::Severite::Bloquante, "Les décès dans l'établissement ne peuvent pas dépasser les décès, ni les décès les sorties.", Rapport::regle_7_r07),
        regle_rapport("R08", sidoba::Severite::Avertissement, "Le nombre de résidents dépasse le nombre de places installées en hébergement permanent et temporaire.", Rapport::regle_8_r08),
        regle_rapport("R09", sidoba::Severite::Bloquante, "La date de signature ne peut pas précéder la date de l'avis de la commission de coordination gériatrique.", Rapport::regle_9_r09),
        regle_lignes("R10", sidoba::Severite::Bloquante, "Une ligne d'effectif doit déclarer un nombre d'ETP strictement positif.", Rapport::lignes_regle_10_r10),
        regle_rapport("R11", sidoba::Severite::Bloquante, "Le total des ETP déclarés ne peut pas être nul.", Rapport::regle_11_r11),
        regle_rapport("R12", sidoba::Severite::Avertissement, "Une campagne de vaccination antigrippale est déclarée, mais aucun résident vacciné.", Rapport::regle_12_r12),
        regle_rapport("R13", sidoba::Severite::Avertissement, "Un PASA est déclaré : il doit compter au moins 12 places.", Rapport::regle_13_r13),
        regle_rapport("R14", sidoba::Severite::Bloquante, "Le nombre de résidents traités par neuroleptiques ne peut pas dépasser le nombre de résidents.", Rapport::regle_14_r14),
        regle_rapport("R15", sidoba::Severite::Bloquante, "Au moins une ligne d'effectif doit être déclarée.", Rapport::regle_15_r15),
        regle_rapport("R16", sidoba::Severite::Bloquante, "Les places habilitées à l'aide sociale ne peuvent pas dépasser les places installées en hébergement permanent et temporaire.", Rapport::regle_16_r16),
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
        OptionTarifaire = "option_tarifaire", "Option tarifaire soins", 4;
        TgPui = "TG_PUI", "Tarif global avec pharmacie à usage intérieur", true;
        Tg = "TG", "Tarif global sans pharmacie à usage intérieur", true;
        TpPui = "TP_PUI", "Tarif partiel avec pharmacie à usage intérieur", true;
        Tp = "TP", "Tarif partiel sans pharmacie à usage intérieur", true;
    }

    __prive::nomenclature! {
        ActionPreventionInfection = "action_prevention_infection", "Action de prévention du risque infectieux", 8;
        ReferentHygiene = "REFERENT_HYGIENE", "Référent en hygiène désigné", true;
        ConventionEoh = "CONVENTION_EOH", "Convention avec une équipe opérationnelle ou mobile d'hygiène", true;
        AuditHygieneMains = "AUDIT_HYGIENE_MAINS", "Audit de l'hygiène des mains", true;
        FormationPrecautions = "FORMATION_PRECAUTIONS", "Formation du personnel aux précautions standard", true;
        VaccGrippe = "VACC_GRIPPE", "Campagne de vaccination antigrippale des résidents", true;
        VaccPersonnel = "VACC_PERSONNEL", "Promotion de la vaccination du personnel", true;
        SurveillanceBmr = "SURVEILLANCE_BMR", "Surveillance des bactéries multirésistantes", true;
        PlanBleu = "PLAN_BLEU", "Plan bleu actualisé", false;
    }

    __prive::nomenclature! {
        CategoriePersonnel = "categorie_personnel", "Catégorie de personnel", 15;
        Medco = "MEDCO", "Médecin coordonnateur", true;
        Idec = "IDEC", "Infirmier diplômé d'État coordinateur", true;
        Ide = "IDE", "Infirmier diplômé d'État", true;
        As = "AS", "Aide-soignant", true;
        Aes = "AES", "Accompagnant éducatif et social", true;
        Asg = "ASG", "Assistant de soins en gérontologie", true;
        Ash = "ASH", "Agent de service hospitalier", true;
        Psy = "PSY", "Psychologue", true;
        Ergo = "ERGO", "Ergothérapeute", true;
        Psychomot = "PSYCHOMOT", "Psychomotricien", true;
        Diet = "DIET", "Diététicien", true;
        Kine = "KINE", "Masseur-kinésithérapeute", true;
        Pharm = "PHARM", "Pharmacien", true;
        Apa = "APA", "Enseignant en activité physique adaptée", true;
        Autre = "AUTRE", "Autre personnel soignant ou paramédical", true;
    }

    static MOTIF_RAPPORT_FINESS_ET: __prive::descripteur::Motif<'static> =
        __prive::descripteur::Motif::new("^(?:[0-9]{9}|2[AB][0-9]{7})$");
    #[rustfmt::skip]
    static RAPPORT: &[__prive::table::Membre<Rapport>] = &[
        champ("finess_et", "finess_et", "Numéro FINESS de l'établissement", true, false, texte(Some(9), Some(9), Some(&MOTIF_RAPPORT_FINESS_ET))),
        champ("raison_sociale", "raison_sociale", "Raison sociale", true, false, texte(Some(1), Some(150), None)),
        champ("categorie_finess", "categorie_finess", "Catégorie FINESS", true, false, code::<CategorieEtablissement>(false)),
        champ("statut", "statut", "Statut juridique", true, false, code::<StatutJuridique>(false)),
        champ("option_tarifaire", "option_tarifaire", "Option tarifaire", true, false, code::<OptionTarifaire>(false)),
        champ("nombre_de_places", "nombre_de_places", "Places installées en hébergement permanent", true, false, entier(Some(0), Some(2000))),
        champ("nb_places_ht", "nb_places_ht", "Places installées en hébergement temporaire", true, false, entier(Some(0), Some(400))),
        champ("nb_places_aj", "nb_places_aj", "Places installées en accueil de jour", false, false, entier(Some(0), Some(200))),
        champ("pasa", "pasa", "Pôle d'activités et de soins adaptés (PASA)", true, false, booleen()),
        champ("nb_places_pasa", "nb_places_pasa", "Places du PASA", false, false, entier(Some(0), Some(100))),
        champ("uhr", "uhr", "Unité d'hébergement renforcée (UHR)", true, false, booleen()),
        champ("nb_places_uhr", "nb_places_uhr", "Places de l'UHR", false, false, entier(Some(0), Some(100))),
        champ("unite_protegee", "unite_protegee", "Unité de vie protégée", false, false, booleen()),
        champ("nb_places_habilitees_aide_sociale", "nb_places_habilitees_aide_sociale", "Places habilitées à l'aide sociale", true, false, entier(Some(0), Some(2000))),
        champ("nb_residents", "nb_residents", "Résidents présents au 31/12", true, false, entier(Some(0), Some(2000))),
        champ("nb_residents_hommes", "nb_residents_hommes", "Résidents hommes au 31/12", false, false, entier(Some(0), Some(2000))),
        champ("nb_residents_femmes", "nb_residents_femmes", "Résidentes femmes au 31/12", false, false, entier(Some(0), Some(2000))),
        champ("age_moyen", "age_moyen", "Âge moyen des résidents au 31/12", false, false, decimal(1, Some(dec(60, 0, 0, false, 0)), Some(dec(110, 0, 0, false, 0)))),
        champ("duree_moyenne_sejour", "duree_moyenne_sejour", "Durée moyenne de séjour", false, false, decimal(1, Some(dec(0, 0, 0, false, 0)), Some(dec(20000, 0, 0, false, 0)))),
        champ("nb_protection_juridique", "nb_protection_juridique", "Résidents bénéficiant d'une mesure de protection juridique", false, false, entier(Some(0), Some(2000))),
        champ("nb_personne_confiance", "nb_personne_confiance", "Résidents ayant désigné une personne de confiance", true, false, entier(Some(0), Some(2000))),
        champ("nb_directives_anticipees", "nb_directives_anticipees", "Résidents ayant rédigé des directives anticipées", false, false, entier(Some(0), Some(2000))),
        champ("nb_residents_alzheimer", "nb_residents_alzheimer", "Résidents atteints d'une maladie d'Alzheimer ou apparentée diagnostiquée", false, false, entier(Some(0), Some(2000))),
        champ("nb_gir1", "nb_gir1", "Résidents en GIR 1", true, false, entier(Some(0), Some(2000))),
        champ("nb_gir2", "nb_gir2", "Résidents en GIR 2", true, false, entier(Some(0), Some(2000))),
        champ("nb_gir3", "nb_gir3", "Résidents en GIR 3", true, false, entier(Some(0), Some(2000))),
        champ("nb_gir4", "nb_gir4", "Résidents en GIR 4", true, false, entier(Some(0), Some(2000))),
        champ("nb_gir5", "nb_gir5", "Résidents en GIR 5", true, false, entier(Some(0), Some(2000))),
        champ("nb_gir6", "nb_gir6", "Résidents en GIR 6", true, false, entier(Some(0), Some(2000))),
        champ("gmp", "gmp", "GIR moyen pondéré (GMP)", false, false, decimal(2, Some(dec(0, 0, 0, false, 0)), Some(dec(1000, 0, 0, false, 0)))),
        champ("pmp", "pmp", "PATHOS moyen pondéré (PMP)", false, false, decimal(0, Some(dec(0, 0, 0, false, 0)), Some(dec(2000, 0, 0, false, 0)))),
        champ("date_validation_pathos", "date_validation_pathos", "Date de validation de la dernière coupe PATHOS", false, false, date(Some(ymd(2010, 1, 1)), None)),
        champ("nb_entrees", "nb_entrees", "Entrées dans l'année", true, false, entier(Some(0), Some(5000))),
        champ("nb_sorties", "nb_sorties", "Sorties dans l'année (décès compris)", true, false, entier(Some(0), Some(5000))),
        champ("nb_deces", "nb_deces", "Décès dans l'année", false, false, entier(Some(0), Some(5000))),
        champ("nb_deces_etablissement", "nb_deces_etablissement", "Décès survenus dans l'établissement", false, false, entier(Some(0), Some(5000))),
        champ("nb_hospitalisations", "nb_hospitalisations", "Hospitalisations complètes de résidents", false, false, entier(Some(0), Some(10000))),
        champ("nb_journees_hospitalisation", "nb_journees_hospitalisation", "Journées d'hospitalisation des résidents", false, false, entier(Some(0), Some(200000))),
        champ("nb_passages_urgences", "nb_passages_urgences", "Passages aux urgences sans hospitalisation", false, false, entier(Some(0), Some(10000))),
        champ("protocole_chutes", "protocole_chutes", "Protocole de prévention et de prise en charge des chutes", true, false, booleen()),
        champ("protocole_nutrition", "protocole_nutrition", "Protocole de prévention et de prise en charge de la dénutrition", true, false, booleen()),
        champ("protocole_contention", "protocole_contention", "Protocole encadrant la contention", true, false, booleen()),
        champ("protocole_douleur", "protocole_douleur", "Protocole d'évaluation et de prise en charge de la douleur", true, false, booleen()),
        champ("protocole_escarres", "protocole_escarres", "Protocole de prévention et de soin des escarres", true, false, booleen()),
        champ("nb_chutes", "nb_chutes", "Chutes déclarées dans l'année", false, false, entier(Some(0), Some(20000))),
        champ("nb_residents_contention", "nb_residents_contention", "Résidents sous contention au 31/12", false, false, entier(Some(0), Some(2000))),
        champ("nb_residents_escarres", "nb_residents_escarres", "Résidents porteurs d'escarres au 31/12", false, false, entier(Some(0), Some(2000))),
        champ("nb_residents_denutris", "nb_residents_denutris", "Résidents dénutris au 31/12", false, false, entier(Some(0), Some(2000))),
        champ("nb_evaluations_cognitives", "nb_evaluations_cognitives", "Évaluations cognitives réalisées dans l'année", false, false, entier(Some(0), Some(5000))),
        champ("nb_projets_personnalises", "nb_projets_personnalises", "Résidents disposant d'un projet personnalisé d'accompagnement à jour", false, false, entier(Some(0), Some(2000))),
        champ("nb_bilans_buccodentaires", "nb_bilans_buccodentaires", "Résidents ayant bénéficié d'un bilan bucco-dentaire dans l'année", false, false, entier(Some(0), Some(2000))),
        champ("nb_actes_teleconsultation", "nb_actes_teleconsultation", "Téléconsultations réalisées", false, false, entier(Some(0), Some(50000))),
        champ("nb_vaccinations_grippe", "nb_vaccinations_grippe", "Résidents vaccinés contre la grippe", false, false, entier(Some(0), Some(2000))),
        champ("nb_eigs_declares", "nb_eigs_declares", "Événements indésirables graves associés aux soins (EIGS) déclarés à l'ARS", false, false, entier(Some(0), Some(1000))),
        champ("nb_residents_neuroleptiques", "nb_residents_neuroleptiques", "Résidents traités par neuroleptiques au 31/12", false, false, entier(Some(0), Some(2000))),
        champ("nb_residents_polymedication", "nb_residents_polymedication", "Résidents ayant au moins 10 molécules prescrites au 31/12", false, false, entier(Some(0), Some(2000))),
        champ("plan_risque_infectieux", "plan_risque_infectieux", "Plan de maîtrise du risque infectieux formalisé", true, false, booleen()),
        champ("actions_prevention_infection", "actions_prevention_infection", "Actions de prévention du risque infectieux menées", false, false, code::<ActionPreventionInfection>(true)),
        lignes("conventions_had", "conventions_had", "Conventions avec l'hospitalisation à domicile (HAD)", None, Some(5)),
        champ("temps_medco", "temps_medco", "Temps de médecin coordonnateur", false, false, decimal(2, Some(dec(0, 0, 0, false, 0)), Some(dec(10, 0, 0, false, 0)))),
        lignes("effectifs", "effectifs", "Effectifs par catégorie de personnel", Some(1), Some(60)),
        champ("nb_salaries_formes", "nb_salaries_formes", "Salariés ayant suivi au moins une formation dans l'année", false, false, entier(Some(0), Some(5000))),
        champ("volume_formation", "volume_formation", "Volume de formation dispensé", false, false, decimal(1, Some(dec(0, 0, 0, false, 0)), Some(dec(100000, 0, 0, false, 0)))),
        champ("date_avis_commission", "date_avis_commission", "Date de l'avis de la commission de coordination gériatrique", true, false, date(Some(ymd(2027, 1, 1)), Some(ymd(2027, 12, 31)))),
        champ("date_signature", "date_signature", "Date de signature du rapport", true, false, date(Some(ymd(2027, 1, 1)), Some(ymd(2027, 12, 31)))),
        champ("annexe_recommandations", "annexe_recommandations", "Recommandations de la commission annexées au rapport", false, false, booleen()),
        champ("nom_medecin_coordonnateur", "nom_medecin_coordonnateur", "Nom du médecin coordonnateur signataire", true, true, texte(Some(1), Some(100), None)),
        champ("nom_directeur", "nom_directeur", "Nom du directeur signataire", true, true, texte(Some(1), Some(100), None)),
    ];
    #[rustfmt::skip]
    impl __prive::derive::Modele for Rapport {
        const MODELE: &'static str = "RAMA 2026.1";
        const BLOCS: &'static [&'static str] = &["etablissement", "residents", "mouvements", "protocoles", "activite_soins", "ressources_humaines", "formation", "validation"];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<68>(Self::TRIES, &[58, 60]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("actions_prevention_infection", 57),
            ("age_moyen", 17),
            ("annexe_recommandations", 65),
            ("categorie_finess", 2),
            ("conventions_had", 58),
            ("date_avis_commission", 63),
            ("date_signature", 64),
            ("date_validation_pathos", 31),
            ("duree_moyenne_sejour", 18),
            ("effectifs", 60),
            ("finess_et", 0),
            ("gmp", 29),
            ("nb_actes_teleconsultation", 51),
            ("nb_bilans_buccodentaires", 50),
            ("nb_chutes", 44),
            ("nb_deces", 34),
            ("nb_deces_etablissement", 35),
            ("nb_directives_anticipees", 21),
            ("nb_eigs_declares", 53),
            ("nb_entrees", 32),
            ("nb_evaluations_cognitives", 48),
            ("nb_gir1", 23),
            ("nb_gir2", 24),
            ("nb_gir3", 25),
            ("nb_gir4", 26),
            ("nb_gir5", 27),
            ("nb_gir6", 28),
            ("nb_hospitalisations", 36),
            ("nb_journees_hospitalisation", 37),
            ("nb_passages_urgences", 38),
            ("nb_personne_confiance", 20),
            ("nb_places_aj", 7),
            ("nb_places_habilitees_aide_sociale", 13),
            ("nb_places_ht", 6),
            ("nb_places_pasa", 9),
            ("nb_places_uhr", 11),
            ("nb_projets_personnalises", 49),
            ("nb_protection_juridique", 19),
            ("nb_residents", 14),
            ("nb_residents_alzheimer", 22),
            ("nb_residents_contention", 45),
            ("nb_residents_denutris", 47),
            ("nb_residents_escarres", 46),
            ("nb_residents_femmes", 16),
            ("nb_residents_hommes", 15),
            ("nb_residents_neuroleptiques", 54),
            ("nb_residents_polymedication", 55),
            ("nb_salaries_formes", 61),
            ("nb_sorties", 33),
            ("nb_vaccinations_grippe", 52),
            ("nom_directeur", 67),
            ("nom_medecin_coordonnateur", 66),
            ("nombre_de_places", 5),
            ("option_tarifaire", 4),
            ("pasa", 8),
            ("plan_risque_infectieux", 56),
            ("pmp", 30),
            ("protocole_chutes", 39),
            ("protocole_contention", 41),
            ("protocole_douleur", 42),
            ("protocole_escarres", 43),
            ("protocole_nutrition", 40),
            ("raison_sociale", 1),
            ("statut", 3),
            ("temps_medco", 59),
            ("uhr", 10),
            ("unite_protegee", 12),
            ("volume_formation", 62),
        ];
    }
    __prive::structure! {
        Rapport, RAPPORT;
        0 champ finess_et: String,
        1 champ raison_sociale: String,
        2 champ categorie_finess: CategorieEtablissement,
        3 champ statut: StatutJuridique,
        4 champ option_tarifaire: OptionTarifaire,
        5 champ nombre_de_places: u16,
        6 champ nb_places_ht: u16,
        7 champ nb_places_aj: u8,
        8 champ pasa: bool,
        9 champ nb_places_pasa: u8,
        10 champ uhr: bool,
        11 champ nb_places_uhr: u8,
        12 champ unite_protegee: bool,
        13 champ nb_places_habilitees_aide_sociale: u16,
        14 champ nb_residents: u16,
        15 champ nb_residents_hommes: u16,
        16 champ nb_residents_femmes: u16,
        17 champ age_moyen: sidoba::Decimal,
        18 champ duree_moyenne_sejour: sidoba::Decimal,
        19 champ nb_protection_juridique: u16,
        20 champ nb_personne_confiance: u16,
        21 champ nb_directives_anticipees: u16,
        22 champ nb_residents_alzheimer: u16,
        23 champ nb_gir1: u16,
        24 champ nb_gir2: u16,
        25 champ nb_gir3: u16,
        26 champ nb_gir4: u16,
        27 champ nb_gir5: u16,
        28 champ nb_gir6: u16,
        29 champ gmp: sidoba::Decimal,
        30 champ pmp: sidoba::Decimal,
        31 champ date_validation_pathos: sidoba::Date,
        32 champ nb_entrees: u16,
        33 champ nb_sorties: u16,
        34 champ nb_deces: u16,
        35 champ nb_deces_etablissement: u16,
        36 champ nb_hospitalisations: u16,
        37 champ nb_journees_hospitalisation: u32,
        38 champ nb_passages_urgences: u16,
        39 champ protocole_chutes: bool,
        40 champ protocole_nutrition: bool,
        41 champ protocole_contention: bool,
        42 champ protocole_douleur: bool,
        43 champ protocole_escarres: bool,
        44 champ nb_chutes: u16,
        45 champ nb_residents_contention: u16,
        46 champ nb_residents_escarres: u16,
        47 champ nb_residents_denutris: u16,
        48 champ nb_evaluations_cognitives: u16,
        49 champ nb_projets_personnalises: u16,
        50 champ nb_bilans_buccodentaires: u16,
        51 champ nb_actes_teleconsultation: u16,
        52 champ nb_vaccinations_grippe: u16,
        53 champ nb_eigs_declares: u16,
        54 champ nb_residents_neuroleptiques: u16,
        55 champ nb_residents_polymedication: u16,
        56 champ plan_risque_infectieux: bool,
        57 champ actions_prevention_infection: sidoba::Codes<ActionPreventionInfection>,
        58 table conventions_had: LigneConventionsHad,
        59 champ temps_medco: sidoba::Decimal,
        60 table effectifs: LigneEffectifs,
        61 champ nb_salaries_formes: u16,
        62 champ volume_formation: sidoba::Decimal,
        63 champ date_avis_commission: sidoba::Date,
        64 champ date_signature: sidoba::Date,
        65 champ annexe_recommandations: bool,
        66 champ nom_medecin_coordonnateur: String,
        67 champ nom_directeur: String,
    }
    impl __prive::derive::Rapport for Rapport {
        fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
            Rapport::valider_avec(self, rejets)
        }
        fn payload_sans_validation(&self) -> String {
            Rapport::payload_sans_validation(self)
        }
    }

    static MOTIF_LIGNE_CONVENTIONS_HAD_FINESS_HAD: __prive::descripteur::Motif<'static> =
        __prive::descripteur::Motif::new("^[0-9A-Za-z]{9}$");
    #[rustfmt::skip]
    static LIGNE_CONVENTIONS_HAD: &[__prive::table::Membre<LigneConventionsHad>] = &[
        champ("finess_had", "finess_had", "Numéro FINESS de l'établissement d'HAD", false, false, texte(Some(9), Some(9), Some(&MOTIF_LIGNE_CONVENTIONS_HAD_FINESS_HAD))),
        champ("date_convention_had", "date_convention_had", "Date de signature de la convention", false, false, date(None, None)),
        champ("nb_residents_had", "nb_residents_had", "Résidents ayant bénéficié de l'HAD dans l'année", false, false, entier(Some(0), Some(2000))),
    ];
    #[rustfmt::skip]
    impl __prive::derive::Modele for LigneConventionsHad {
        const MODELE: &'static str = "RAMA 2026.1";
        const BLOCS: &'static [&'static str] = &[];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<3>(Self::TRIES, &[]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("date_convention_had", 1),
            ("finess_had", 0),
            ("nb_residents_had", 2),
        ];
    }
    __prive::structure! {
        LigneConventionsHad, LIGNE_CONVENTIONS_HAD;
        0 champ finess_had: String,
        1 champ date_convention_had: sidoba::Date,
        2 champ nb_residents_had: u16,
    }

    #[rustfmt::skip]
    static LIGNE_EFFECTIFS: &[__prive::table::Membre<LigneEffectifs>] = &[
        champ("categorie", "categorie", "Catégorie de personnel", true, false, code::<CategoriePersonnel>(false)),
        champ("etp", "etp", "Équivalents temps plein", true, false, decimal(2, Some(dec(0, 0, 0, false, 0)), Some(dec(500, 0, 0, false, 0)))),
        champ("nb_personnes", "nb_personnes", "Personnes physiques", false, false, entier(Some(0), Some(2000))),
        champ("etp_vacants", "etp_vacants", "Postes vacants au 31/12", false, false, decimal(2, Some(dec(0, 0, 0, false, 0)), Some(dec(100, 0, 0, false, 0)))),
    ];
    #[rustfmt::skip]
    impl __prive::derive::Modele for LigneEffectifs {
        const MODELE: &'static str = "RAMA 2026.1";
        const BLOCS: &'static [&'static str] = &[];
        const MEMBRES: &'static [__prive::derive::Membre] =
            &__prive::derive::membres::<4>(Self::TRIES, &[]);
        const TRIES: &'static [(&'static str, usize)] = &[
            ("categorie", 0),
            ("etp", 1),
            ("etp_vacants", 3),
            ("nb_personnes", 2),
        ];
    }
    __prive::structure! {
        LigneEffectifs, LIGNE_EFFECTIFS;
        0 champ categorie: CategoriePersonnel,
        1 champ etp: sidoba::Decimal,
        2 champ nb_personnes: u16,
        3 champ etp_vacants: sidoba::Decimal,
    }
}
