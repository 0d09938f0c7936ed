//! La `DocumentReference` d'un document CDA (le profil du guide CDA),
//! écrite directement en texte JSON, le document en base64.

use super::Contexte;
use crate::ecriture::chaine;
use base64::Engine;

/// Le profil DocumentReference du guide CDA.
pub(crate) const PROFIL: &str =
    "https://interop.esante.gouv.fr/ig/cda/tddui/StructureDefinition/tddui-documentreference";

pub(crate) fn ecrire(c: &Contexte<'_>, id: &str, xml: &str) -> String {
    let donnees = base64::engine::general_purpose::STANDARD.encode(xml.as_bytes());
    let mut j = String::with_capacity(donnees.len() + 900);
    j.push_str("{\"resourceType\":\"DocumentReference\",\"meta\":{\"profile\":[\"");
    j.push_str(PROFIL);
    j.push_str("\"]},\"masterIdentifier\":{\"system\":\"urn:ietf:rfc:3986\",\"value\":\"urn:uuid:");
    j.push_str(id);
    j.push_str(concat!(
        "\"},\"status\":\"current\",",
        "\"type\":{\"coding\":[{\"system\":\"https://mos.esante.gouv.fr/NOS/TRE_A05-TypeDocComplementaire/FHIR/TRE-A05-TypeDocComplementaire\",",
        "\"code\":\"EXPORT_DUI\",\"display\":\"Export du Dossier Usager Informatisé\"}]},",
        "\"category\":[{\"coding\":[{\"system\":\"https://mos.esante.gouv.fr/NOS/TRE_A03-ClasseDocument/FHIR/TRE-A03-ClasseDocument\",",
        "\"code\":\"95\",\"display\":\"Document de gestion\"}]}],",
        "\"subject\":{\"reference\":"
    ));
    chaine(&mut j, c.patient);
    j.push_str("},\"content\":[{\"attachment\":{\"contentType\":\"text/xml\",\"language\":\"fr-FR\",\"data\":\"");
    j.push_str(&donnees);
    j.push_str("\",\"title\":\"Document transfert de données DUI\",\"creation\":\"");
    j.push_str(&c.date_production.to_string());
    // The header's facility type (TRE_R02 in JDV_J02) and the practice
    // setting of its `documentationOf` (ESSMS, TRE_A01 in JDV_J04).
    let (type_, _) = super::entete::type_structure(c);
    j.push_str("\"}}],\"context\":{\"facilityType\":{\"coding\":[{\"system\":\"https://mos.esante.gouv.fr/NOS/TRE_R02-SecteurActivite/FHIR/TRE-R02-SecteurActivite\",\"code\":\"");
    j.push_str(type_);
    j.push_str("\",\"display\":");
    chaine(&mut j, super::categories::libelle_type(type_));
    j.push_str(concat!(
        "}]},\"practiceSetting\":{\"coding\":[{\"system\":\"https://mos.esante.gouv.fr/NOS/TRE_A01-CadreExercice/FHIR/TRE-A01-CadreExercice\",",
        "\"code\":\"ESSMS\",\"display\":\"Etablissement ou Service Social ou Médico-Social\"}]}}}"
    ));
    j
}
