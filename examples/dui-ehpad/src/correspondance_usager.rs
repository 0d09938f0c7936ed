//! The mapping of the DUI's per-resident structs onto the RAMA usager 2026
//! report (one report per resident).
//!
//! Like `correspondance.rs` for RAMA 2025, the only file of the 2026 part
//! that names model codes; it depends on `generated::rama_usager_2026` and
//! `sidoba` only. Who the resident is (identity, INS, stay) is not a model
//! field: `usagers.rs` builds it as a `sidoba::usager::Personne`. No
//! `Debug` here: these are one resident's data (stay dates included).

use generated::rama_usager_2026::{
    CauseHospitalisation, Gir, ModeSortie, ProfilSoins, ProtectionJuridique, Rapport,
};
use sidoba::{Date, Decimal, SidobaReport};

/// The stay of table `sejours` that overlaps the year.
#[derive(Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport)]
pub struct SejourAnnee {
    #[sidoba(champ = "date_entree")]
    pub date_admission: Date,
    pub date_sortie: Option<Date>,
    /// From `motif_sortie` and `lieu_deces`.
    pub mode_sortie: Option<ModeSortie>,
    /// `type_accueil = 'HT'`.
    #[sidoba(champ = "hebergement_temporaire")]
    pub accueil_temporaire: bool,
}

/// Dependency and care: the last AGGIR evaluation, the profiles of the
/// last PATHOS assessment, the last weighing.
#[derive(Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport)]
pub struct Dependance {
    /// `None` without an evaluation: the finding `obligatoire` says so.
    pub gir: Option<Gir>,
    #[sidoba(champ = "profil_soins")]
    pub profils_pathos: Vec<ProfilSoins>,
    /// `poids_hg / 10`, exact.
    #[sidoba(champ = "poids")]
    pub dernier_poids: Option<Decimal>,
}

/// Rights and wishes (`mesures_protection`, `personnes_confiance`,
/// `directives_anticipees`): only whether they exist, never the names.
#[derive(Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport)]
pub struct Droits {
    #[sidoba(champ = "protection_juridique")]
    pub mesure_protection: ProtectionJuridique,
    #[sidoba(champ = "personne_confiance")]
    pub personne_confiance_designee: bool,
    #[sidoba(champ = "directives_anticipees")]
    pub directives_redigees: bool,
}

/// Falls of the year, care alerts, the body-mass index of the last
/// weighing.
#[derive(Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport)]
pub struct Risques {
    /// `COUNT(*)` of `chutes`: an `i64` into the `u16` field, checked.
    #[sidoba(champ = "nb_chutes")]
    pub chutes: i64,
    #[sidoba(champ = "escarres")]
    pub escarre: bool,
    pub contention: bool,
    pub denutrition: bool,
    #[sidoba(champ = "neuroleptiques")]
    pub neuroleptique: bool,
    /// `poids_hg × 1000 / taille_cm²` rounded half up to 2 decimals, exact.
    pub imc: Option<Decimal>,
}

/// One row of table `hospitalisations` begun in the year: one row of the
/// repeatable block `hospitalisations`.
#[derive(Clone, PartialEq, SidobaReport)]
#[sidoba(rapport = Rapport, bloc = "hospitalisations")]
pub struct Hospitalisation {
    #[sidoba(champ = "hospitalisation_debut")]
    pub entree: Date,
    /// Days from entry to return (or to the end of the year).
    #[sidoba(champ = "hospitalisation_duree")]
    pub jours: i64,
    /// From the DUI's `motif`; `None` when unknown.
    #[sidoba(champ = "hospitalisation_cause")]
    pub cause: Option<CauseHospitalisation>,
}
