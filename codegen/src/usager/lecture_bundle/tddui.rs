//! Every FHIR element name, profile, identifier system and extension URL
//! the Bundle reader depends on, in one place (usager.md, the TDDUI guide,
//! FR Core 2.1.0), so that reconciling with the writer is one file.

use sidoba::usager::{Sexe, StatutIdentite, TypeIns};

macro_rules! tddui {
    ($id:literal) => {
        concat!(
            "https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/",
            $id
        )
    };
}

pub const PROFIL_BUNDLE: &str = tddui!("tddui-bundle");
pub const PROFIL_ORGANIZATION: &str = tddui!("tddui-organization");
pub const PROFIL_PATIENT: &str = tddui!("tddui-patient");
pub const PROFIL_PATIENT_INS: &str = tddui!("tddui-patient-ins");
pub const PROFIL_ENCOUNTER: &str = tddui!("tddui-encounter-sejour");
pub const PROFIL_QR: &str = tddui!("tddui-questionnaire-response");
/// WS07: the CDA guide's Bundle profile.
pub const PROFIL_BUNDLE_CDA: &str =
    "https://interop.esante.gouv.fr/ig/cda/tddui/StructureDefinition/tddui-bundle";
/// WS07: the CDA guide's DocumentReference profile.
pub const PROFIL_DOCUMENT: &str =
    "https://interop.esante.gouv.fr/ig/cda/tddui/StructureDefinition/tddui-documentreference";

/// Organization.identifier (IDNST): value `1` + FINESS.
pub const SYSTEME_FINESS: &str = "urn:oid:1.2.250.1.71.4.2.2";
pub const PREFIXE_FINESS: &str = "1";
/// Patient.identifier (PI): value `3` + FINESS + `/` + local identifier.
pub const SYSTEME_LOCAL: &str = "https://identifiant-medicosocial-localusager.esante.gouv.fr";
/// Encounter.identifier (SEJ).
pub const SYSTEME_SEJOUR: &str = "https://identifiant-medicosocial-sejour.esante.gouv.fr";
/// The guide's example stay identifier is
/// `3` + FINESS + `/` + local identifier + `-SEJOUR-` + file number; the
/// reader takes what follows this marker when the value has that prefix,
/// else the whole value.
pub const MARQUE_SEJOUR: &str = "-SEJOUR-";
/// QuestionnaireResponse.identifier: `3` + FINESS + `/` + local id + `/` + campaign.
pub const SYSTEME_EVALUATION: &str = "https://identifiant-medicosocial-evaluation.esante.gouv.fr";

/// FR Core's identity reliability extension, its `identityStatus` part
/// (a Coding whose code is PROV, RECUP, VALI or QUAL).
pub const EXT_FIABILITE: &str =
    "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability";
pub const EXT_FIABILITE_STATUT: &str = "identityStatus";
/// HumanName (official) extension: birth given names, space-separated.
pub const EXT_PRENOMS: &str =
    "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-birth-list-given-name";
/// On `_birthDate`: the birth order (`valuePositiveInt`).
pub const EXT_RANG: &str = tddui!("tddui-birth-order");
/// Patient extension (`valueAddress`), whose INSEE code extension
/// (`valueCoding.code`) is the birth place.
pub const EXT_LIEU: &str = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace";
pub const EXT_INSEE: &str =
    "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code";

/// The profile a resource type must declare (any one of them).
pub fn profils(type_: &str) -> Option<&'static [&'static str]> {
    Some(match type_ {
        "Organization" => &[PROFIL_ORGANIZATION],
        "Patient" => &[PROFIL_PATIENT, PROFIL_PATIENT_INS],
        "Encounter" => &[PROFIL_ENCOUNTER],
        "QuestionnaireResponse" => &[PROFIL_QR],
        "DocumentReference" => &[PROFIL_DOCUMENT],
        _ => return None,
    })
}

/// The collection file's status code for FR Core's identityStatus code.
pub fn statut(code_fhir: &str) -> Option<&'static str> {
    StatutIdentite::TOUS
        .into_iter()
        .find(|s| s.code_fhir() == code_fhir)
        .map(StatutIdentite::code)
}

/// The collection file's sex code for a FHIR `gender`.
pub fn sexe(gender: &str) -> Option<&'static str> {
    [Sexe::Feminin, Sexe::Masculin, Sexe::Indetermine]
        .into_iter()
        .find(|s| s.code_fhir() == gender)
        .map(Sexe::code)
}

/// The INS type of an identifier system.
pub fn type_ins(systeme: &str) -> Option<TypeIns> {
    [TypeIns::Nir, TypeIns::Nia]
        .into_iter()
        .find(|t| t.systeme() == systeme)
}
