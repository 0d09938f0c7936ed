//! The mapping of the DUI's own structs onto the RAMA 2025 report.
//!
//! This is the only file of the example that names model codes. Each struct
//! is what the DUI reads from its tables (or aggregates from them with SQL);
//! `#[derive(SidobaReport)]` maps its fields onto the generated `Rapport`,
//! and the compiler checks every code and every type against the model.
//!
//! The file depends on `generated::rama_2025` and `sidoba` only, so that
//! `tests/changement_modele.rs` can copy it next to a module regenerated from
//! a changed model and show where it stops compiling.

use generated::rama_2025::{
    ActionPreventionInfection, CategorieEtablissement, CategoriePersonnel, OptionTarifaire,
    Rapport, StatutJuridique,
};
use sidoba::{Date, Decimal, SidobaReport};

/// The row of table `etablissement`.
#[derive(Debug, Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport)]
pub struct Etablissement {
    /// The DUI's primary key: not sent.
    #[sidoba(ignore)]
    pub id: i64,
    #[sidoba(champ = "finess_et")]
    pub finess: String,
    pub raison_sociale: String,
    #[sidoba(champ = "categorie_finess")]
    pub categorie: CategorieEtablissement,
    pub statut: StatutJuridique,
    #[sidoba(champ = "option_tarifaire")]
    pub tarif_soins: OptionTarifaire,
    // SQLite integers are i64; the fields are u16 / u8: checked at run time.
    #[sidoba(champ = "nombre_de_places")]
    pub places_permanentes: i64,
    #[sidoba(champ = "nb_places_ht")]
    pub places_temporaires: i64,
    #[sidoba(champ = "nb_places_aj")]
    pub places_accueil_jour: Option<i64>,
    pub pasa: bool,
    #[sidoba(champ = "nb_places_pasa")]
    pub places_pasa: Option<i64>,
    pub uhr: bool,
    #[sidoba(champ = "nb_places_uhr")]
    pub places_uhr: Option<i64>,
    pub unite_protegee: Option<bool>,
}

/// Residents present on 31 December (SQL aggregate over `residents`).
#[derive(Debug, Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport)]
pub struct PopulationAu31Decembre {
    #[sidoba(champ = "nb_residents")]
    pub presents: i64,
    #[sidoba(champ = "nb_residents_hommes")]
    pub hommes: i64,
    #[sidoba(champ = "nb_residents_femmes")]
    pub femmes: i64,
    #[sidoba(champ = "age_moyen")]
    pub age_moyen: Option<Decimal>,
    #[sidoba(champ = "nb_protection_juridique")]
    pub sous_protection_juridique: i64,
    #[sidoba(champ = "nb_personne_confiance")]
    pub avec_personne_de_confiance: i64,
    #[sidoba(champ = "nb_directives_anticipees")]
    pub avec_directives_anticipees: i64,
    #[sidoba(champ = "nb_residents_alzheimer")]
    pub alzheimer_ou_apparentee: i64,
}

/// Dependency of the residents present on 31 December, and the GMP
/// computed from it (exactly, see `gir_moyen_pondere`).
#[derive(Debug, Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport)]
pub struct RepartitionGir {
    // Same names as the model's codes: no attribute needed.
    pub nb_gir1: i64,
    pub nb_gir2: i64,
    pub nb_gir3: i64,
    pub nb_gir4: i64,
    pub nb_gir5: i64,
    pub nb_gir6: i64,
    #[sidoba(champ = "gmp")]
    pub gir_moyen_pondere: Option<Decimal>,
}

/// Entries, exits and hospital stays of the year (table `evenements`).
#[derive(Debug, Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport)]
pub struct MouvementsAnnee {
    #[sidoba(champ = "nb_entrees")]
    pub entrees: i64,
    #[sidoba(champ = "nb_sorties")]
    pub sorties: i64,
    #[sidoba(champ = "nb_deces")]
    pub deces: i64,
    #[sidoba(champ = "nb_deces_etablissement")]
    pub deces_dans_l_etablissement: i64,
    #[sidoba(champ = "nb_hospitalisations")]
    pub hospitalisations: i64,
    #[sidoba(champ = "nb_journees_hospitalisation")]
    pub journees_hospitalisation: i64,
    #[sidoba(champ = "nb_passages_urgences")]
    pub passages_urgences: i64,
    #[sidoba(champ = "duree_moyenne_sejour")]
    pub duree_moyenne_sejour_des_sortis: Option<Decimal>,
}

/// Care follow-up: the last PATHOS assessment, residents' flags on
/// 31 December, care events of the year.
#[derive(Debug, Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport)]
pub struct SuiviSoins {
    #[sidoba(champ = "pmp")]
    pub pathos_moyen_pondere: Option<Decimal>,
    #[sidoba(champ = "date_validation_pathos")]
    pub date_coupe_pathos: Option<Date>,
    #[sidoba(champ = "nb_chutes")]
    pub chutes: i64,
    #[sidoba(champ = "nb_residents_contention")]
    pub sous_contention: i64,
    #[sidoba(champ = "nb_residents_escarres")]
    pub porteurs_escarres: i64,
    #[sidoba(champ = "nb_residents_denutris")]
    pub denutris: i64,
    #[sidoba(champ = "nb_evaluations_cognitives")]
    pub evaluations_cognitives: i64,
    #[sidoba(champ = "nb_projets_personnalises")]
    pub projets_personnalises_a_jour: i64,
    #[sidoba(champ = "nb_teleconsultations")]
    pub teleconsultations: i64,
    #[sidoba(champ = "nb_vaccinations_grippe")]
    pub vaccines_grippe: i64,
    #[sidoba(champ = "nb_eigs_declares")]
    pub eigs_declares: i64,
    #[sidoba(champ = "nb_residents_neuroleptiques")]
    pub sous_neuroleptiques: i64,
    #[sidoba(champ = "nb_residents_polymedication")]
    pub dix_molecules_ou_plus: i64,
}

/// Protocols in force and infection-prevention actions of the year.
#[derive(Debug, Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport)]
pub struct Protocoles {
    pub protocole_chutes: bool,
    pub protocole_nutrition: bool,
    pub protocole_contention: bool,
    pub protocole_douleur: bool,
    pub protocole_escarres: bool,
    #[sidoba(champ = "plan_risque_infectieux")]
    pub plan_maitrise_risque_infectieux: bool,
    // A `multiple` code field: a list of the nomenclature's enum.
    #[sidoba(champ = "actions_prevention_infection")]
    pub actions_infection: Vec<ActionPreventionInfection>,
}

/// The convention with a home hospitalisation (HAD) provider, if any.
#[derive(Debug, Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport)]
pub struct ConventionHad {
    #[sidoba(ignore)]
    pub partenaire: String,
    #[sidoba(champ = "finess_had")]
    pub finess_partenaire: String,
    #[sidoba(champ = "date_convention_had")]
    pub signee_le: Date,
    #[sidoba(champ = "nb_residents_had")]
    pub residents_pris_en_charge: i64,
}

/// Staff figures that are not per category.
#[derive(Debug, Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport)]
pub struct RessourcesHumaines {
    #[sidoba(champ = "temps_medco")]
    pub etp_medecin_coordonnateur: Decimal,
    #[sidoba(champ = "nb_salaries_formes")]
    pub salaries_formes: i64,
    #[sidoba(champ = "volume_formation")]
    pub heures_de_formation: Option<Decimal>,
}

/// One row of the `effectifs` block per staff category (SQL `GROUP BY`).
#[derive(Debug, Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport, bloc = "effectifs")]
pub struct EffectifsCategorie {
    #[sidoba(champ = "categorie")]
    pub code_poste: CategoriePersonnel,
    #[sidoba(champ = "etp")]
    pub etp_moyens: Decimal,
    #[sidoba(champ = "nb_personnes")]
    pub agents: i64,
    #[sidoba(champ = "etp_vacants")]
    pub postes_vacants: Option<Decimal>,
}

/// The sign-off of the year's report (table `rapports_annuels`). No
/// `Debug`: it holds names.
#[derive(Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport)]
pub struct Signature {
    pub date_avis_commission: Date,
    pub date_signature: Date,
    #[sidoba(champ = "annexe_recommandations")]
    pub recommandations_annexees: Option<bool>,
    // Personal data: never shown by `Debug` of the generated `Rapport`.
    #[sidoba(champ = "nom_medecin_coordonnateur")]
    pub medecin_coordonnateur: String,
    #[sidoba(champ = "nom_directeur")]
    pub directeur: String,
}
