//! Every FHIR element name, profile, identifier system and extension URL
//! the Bundle reader depends on, in one place (usager.md, the TDDUI guide
//! 2.3.0, FR Core 2.1.0), so that reconciling with the writer is one file.

use sidoba::usager::{Sexe, TypeIns};

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
pub const PROFIL_EVENEMENT: &str = tddui!("tddui-encounter-evenement");
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
/// Encounter.identifier of the stay (`SEJ`, `NUMDOSS`).
pub const SYSTEME_SEJOUR: &str = "https://identifiant-medicosocial-sejour.esante.gouv.fr";
/// Encounter.identifier of an event.
pub const SYSTEME_EVENEMENT: &str = "https://identifiant-medicosocial-evenement.esante.gouv.fr";
/// QuestionnaireResponse.identifier.
pub const SYSTEME_EVALUATION: &str = "https://identifiant-medicosocial-evaluation.esante.gouv.fr";
/// Practitioner.identifier idNatPs: `8` + RPPS, or another CI-SIS prefix.
pub const SYSTEME_IDNPS: &str = "urn:oid:1.2.250.1.71.4.2.1";
/// The type code of the stay identifier that holds the file number alone.
pub const CODE_NUMDOSS: &str = "NUMDOSS";
/// FR Core v2-0203 `INTRN`: the local identifier sidoba writes on a
/// Practitioner (`3` + FINESS + `/` + its identifier in the file).
pub const CODE_INTRN: &str = "INTRN";
/// TRE_G15-ProfessionSante: a Practitioner's profession.
pub const SYSTEME_PROFESSION: &str =
    "https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante";

/// The guide's "formats à respecter" end with a marker before the local
/// number: `3+FINESS/identifiantLocalUsager-SEJOUR-numeroDossier`, `-EVN-`,
/// `-EVAL-`. The reader takes what follows the last marker.
pub const MARQUE_SEJOUR: &str = "-SEJOUR-";
pub const MARQUE_EVENEMENT: &str = "-EVN-";
pub const MARQUE_EVALUATION: &str = "-EVAL-";

/// FR Core's identity reliability extension, its `identityStatus` part
/// (a Coding of FR Core v2-0445: VALI, PROV…).
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
/// The QR participant extension, whose `TDDUIResponsible` part names who
/// answers for it (invariant `professionnel-requis`).
pub const EXT_QR_PARTICIPANT: &str = tddui!("tddui-qr-participant");

/// The event types' systems (the `ssiad` and `serafin` slices of
/// `tddui-encounter-evenement`).
pub const SYSTEMES_TYPE_EVENEMENT: [&str; 2] = [
    "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis",
    "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
];

/// The resource types of the `tddui-bundle` slices that the toolkit does
/// not turn into data: recognised and counted, never an error.
pub const NON_LUS: [&str; 8] = [
    "PractitionerRole",
    "Task",
    "CarePlan",
    "Consent",
    "Goal",
    "ServiceRequest",
    "RelatedPerson",
    "Observation",
];

/// The collection file's identity status for FR Core's identityStatus
/// code: `VALI` with an INS is a qualified identity (the guide's example,
/// FR Core 2.1.0 having no QUAL); format 1's `QUAL` and `RECUP` still read.
pub fn statut(code_fhir: &str, avec_ins: bool) -> Option<&'static str> {
    Some(match code_fhir {
        "VALI" if avec_ins => "qualifiee",
        "VALI" => "validee",
        "PROV" => "provisoire",
        "QUAL" => "qualifiee",
        "RECUP" => "recuperee",
        _ => return None,
    })
}

/// The event status of the collection file for an Encounter `status`
/// (the profile's mapping).
pub fn statut_evenement(status: &str) -> Option<&'static str> {
    Some(match status {
        "planned" => "PLANIFIE",
        "triaged" => "VALIDE",
        "finished" => "REALISE",
        "cancelled" => "ANNULE",
        _ => return None,
    })
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

/// What follows the last `marque` in an identifier value, else the value.
pub fn apres<'a>(valeur: &'a str, marque: &str) -> &'a str {
    valeur
        .rsplit_once(marque)
        .map_or(valeur, |(_, reste)| reste)
}
