//! The resources of the Bundle, written as compact JSON text. Element
//! order is FHIR's; codings are those of the TDDUI guide's examples.

use super::PROFILS;
use crate::Date;
use crate::ecriture::{Ecrire, chaine};
use crate::usager::{Personne, StatutIdentite};

const FR_CORE: &str = "https://hl7.fr/ig/fhir/core/";

/// `{"fullUrl":…,"resource":{"resourceType":…,"meta":{"profile":[…]}`,
/// after a comma unless it is the first entry.
fn entree_debut(buf: &mut String, virgule: bool, url: &str, ressource: &str, profil: &str) {
    if virgule {
        buf.push(',');
    }
    buf.push_str(r#"{"fullUrl":"#);
    chaine(buf, url);
    buf.push_str(r#","resource":{"resourceType":""#);
    buf.push_str(ressource);
    buf.push_str(r#"","meta":{"profile":[""#);
    buf.push_str(PROFILS);
    buf.push_str(profil);
    buf.push_str(r#""]}"#);
}

/// Closes the resource and writes the entry's `request`.
pub fn entree_fin(buf: &mut String, ressource: &str) {
    buf.push_str(r#"},"request":{"method":"POST","url":""#);
    buf.push_str(ressource);
    buf.push_str(r#""}}"#);
}

fn reference(buf: &mut String, cle: &str, url: &str) {
    buf.push_str(",\"");
    buf.push_str(cle);
    buf.push_str(r#"":{"reference":"#);
    chaine(buf, url);
    buf.push('}');
}

/// `3` + FINESS + `/` + the local identifier (TDDUI's local identifiers).
fn local(finess: &str, identifiant: &str) -> String {
    let mut s = String::with_capacity(finess.len() + identifiant.len() + 2);
    s.push('3');
    s.push_str(finess);
    s.push('/');
    s.push_str(identifiant);
    s
}

pub fn organisation(buf: &mut String, url: &str, finess: &str) {
    entree_debut(buf, false, url, "Organization", "tddui-organization");
    buf.push_str(r#","identifier":[{"type":{"coding":[{"system":""#);
    buf.push_str(FR_CORE);
    buf.push_str(r#"CodeSystem/fr-core-cs-v2-0203","code":"IDNST"}]},"system":"urn:oid:1.2.250.1.71.4.2.2","value":"#);
    chaine(buf, &format!("1{finess}"));
    buf.push_str("}]");
    entree_fin(buf, "Organization");
}

pub fn patient(buf: &mut String, url: &str, finess: &str, p: &Personne) {
    let id = &p.identite;
    let profil = if id.statut == StatutIdentite::Qualifiee {
        "tddui-patient-ins"
    } else {
        "tddui-patient"
    };
    entree_debut(buf, true, url, "Patient", profil);
    // Identity reliability (FR Core), then the birth place (its COG code).
    buf.push_str(
        r#","extension":[{"extension":[{"url":"identityStatus","valueCoding":{"system":""#,
    );
    buf.push_str(FR_CORE);
    buf.push_str(r#"CodeSystem/fr-core-cs-v2-0445","code":""#);
    buf.push_str(id.statut.code_fhir());
    buf.push_str(r#""}}],"url":""#);
    buf.push_str(FR_CORE);
    buf.push_str(r#"StructureDefinition/fr-core-identity-reliability"}"#);
    if let Some(lieu) = id.lieu_naissance.as_deref().filter(|l| !l.is_empty()) {
        buf.push_str(r#",{"url":"http://hl7.org/fhir/StructureDefinition/patient-birthPlace","valueAddress":{"extension":[{"url":""#);
        buf.push_str(FR_CORE);
        buf.push_str(r#"StructureDefinition/fr-core-address-insee-code","valueCoding":{"system":"https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM","code":"#);
        chaine(buf, lieu);
        buf.push_str("}}]}}");
    }
    buf.push_str(r#"],"identifier":["#);
    if let Some(ins) = &id.ins {
        buf.push_str(r#"{"use":"official","type":{"coding":[{"system":""#);
        buf.push_str(FR_CORE);
        buf.push_str(r#"CodeSystem/fr-core-cs-v2-0203","code":"INS-"#);
        buf.push_str(ins.type_().code());
        buf.push_str(r#""}]},"system":""#);
        buf.push_str(ins.type_().systeme());
        buf.push_str(r#"","value":"#);
        chaine(buf, ins.valeur());
        buf.push_str("},");
    }
    buf.push_str(r#"{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"PI","display":"Patient internal identifier"}]},"system":"https://identifiant-medicosocial-localusager.esante.gouv.fr","value":"#);
    chaine(buf, &local(finess, &p.identifiant));
    // The official name: birth name, first given name, and the birth given
    // names as one space-separated string (FR Core).
    buf.push_str(r#"}],"name":[{"extension":[{"url":""#);
    buf.push_str(FR_CORE);
    buf.push_str(r#"StructureDefinition/fr-core-patient-birth-list-given-name","valueString":"#);
    chaine(buf, &id.prenoms_naissance.join(" "));
    buf.push_str(r#"}],"use":"official","family":"#);
    chaine(buf, &id.nom_naissance);
    buf.push_str(r#","given":["#);
    chaine(buf, &id.premier_prenom);
    buf.push_str(r#"]}],"gender":""#);
    buf.push_str(id.sexe.code_fhir());
    buf.push_str(r#"","birthDate":"#);
    id.date_naissance.ecrire(buf);
    buf.push_str(r#","_birthDate":{"extension":[{"url":""#);
    buf.push_str(PROFILS);
    buf.push_str(r#"tddui-birth-order","valuePositiveInt":"#);
    buf.push_str(itoa::Buffer::new().format(id.rang_naissance.max(1)));
    buf.push_str("}]}");
    entree_fin(buf, "Patient");
}

pub fn sejour(
    buf: &mut String,
    url: &str,
    patient: &str,
    organisation: &str,
    finess: &str,
    p: &Personne,
) {
    let s = &p.sejour;
    entree_debut(buf, true, url, "Encounter", "tddui-encounter-sejour");
    buf.push_str(r#","identifier":[{"type":{"coding":[{"system":"https://interop.esante.gouv.fr/ig/fhir/tddui/CodeSystem/tddui-encounter-identifier-cs","code":"SEJ","display":"Identifiant du séjour"}]},"system":"https://identifiant-medicosocial-sejour.esante.gouv.fr","value":"#);
    // As in the guide: 3 + FINESS / local identifier -SEJOUR- stay number.
    let mut valeur = local(finess, &p.identifiant);
    valeur.push_str("-SEJOUR-");
    valeur.push_str(&s.identifiant);
    chaine(buf, &valeur);
    buf.push_str(r#"}],"status":""#);
    buf.push_str(if s.fin.is_some() {
        "finished"
    } else {
        "in-progress"
    });
    buf.push_str(
        r#"","class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"HH"}"#,
    );
    reference(buf, "subject", patient);
    buf.push_str(r#","period":{"start":"#);
    s.debut.ecrire(buf);
    if let Some(fin) = s.fin {
        buf.push_str(r#","end":"#);
        fin.ecrire(buf);
    }
    buf.push('}');
    reference(buf, "serviceProvider", organisation);
    entree_fin(buf, "Encounter");
}

/// The QuestionnaireResponse up to its items (which [`super::Items`]
/// writes; the caller then closes it with [`entree_fin`]).
#[allow(clippy::too_many_arguments)]
pub fn reponse_debut(
    buf: &mut String,
    url: &str,
    patient: &str,
    finess: &str,
    identifiant: &str,
    campagne: &str,
    questionnaire: &str,
    authored: Date,
) {
    entree_debut(
        buf,
        true,
        url,
        "QuestionnaireResponse",
        "tddui-questionnaire-response",
    );
    buf.push_str(r#","identifier":{"system":"https://identifiant-medicosocial-evaluation.esante.gouv.fr","value":"#);
    let mut valeur = local(finess, identifiant);
    valeur.push('/');
    valeur.push_str(campagne);
    chaine(buf, &valeur);
    buf.push_str(r#"},"questionnaire":"#);
    chaine(buf, questionnaire);
    buf.push_str(r#","status":"completed""#);
    reference(buf, "subject", patient);
    buf.push_str(r#","authored":"#);
    authored.ecrire(buf);
}
