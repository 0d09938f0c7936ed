//! Où vivent les choses que produit le niveau usager, partagé par le
//! Bundle WS09 (`fhir`) et les documents WS07 (`cda`) : les URL canoniques
//! (Questionnaire, CodeSystem) et les identifiants UUID v5 des ressources
//! et des documents. Un module à part pour que `cda` et `fhir` n'aient pas
//! à s'importer l'un l'autre.

use crate::descripteur::Nomenclature;
use std::borrow::Cow;

/// The UUID v5 namespace of the fullUrls: v5 of the URL namespace and
/// `https://sidoba.invalid/fhir/tddui`.
const ESPACE: uuid::Uuid = uuid::Uuid::from_u128(0xd5ca_c9de_9dc6_5aab_9cb5_8668_c57c_ddb9);

/// Encode un segment de chemin d'URL (RFC 3986 : seuls `A-Za-z0-9-._~`
/// restent tels quels).
pub fn encoder(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// L'URL canonique du Questionnaire d'un modèle : BASE + `/Questionnaire/`
/// + le code du modèle encodé.
pub fn url_questionnaire(base: &str, modele: &str) -> String {
    format!("{base}/Questionnaire/{}", encoder(modele))
}

/// Le `system` des codes d'une nomenclature : sa `reference`, sinon BASE +
/// `/CodeSystem/` + son code encodé.
pub fn systeme<'n>(base: &str, n: &Nomenclature<'n>) -> Cow<'n, str> {
    match n.reference {
        Some(r) => Cow::Borrowed(r),
        None => Cow::Owned(format!("{base}/CodeSystem/{}", encoder(n.code))),
    }
}

/// Un `entier` est un `integer` FHIR (32 bits) sauf si une borne du modèle
/// en sort ; une borne absente ne compte pas.
pub fn entier_32_bits(min: Option<i64>, max: Option<i64>) -> bool {
    let dans = |b: Option<i64>| b.is_none_or(|v| i32::try_from(v).is_ok());
    dans(min) && dans(max)
}

/// L'UUID v5 d'une chose produite pour une personne (une ressource du
/// Bundle, un document CDA) : celui de la campagne, du FINESS, de
/// l'identifiant local (vide pour l'Organization) et du genre (`Patient`,
/// `Encounter`, `cda`, …). Chaque partie est précédée de sa longueur : deux
/// entrées différentes ne peuvent pas donner le même nom.
pub fn uuid_v5(campagne: &str, finess: &str, identifiant: &str, genre: &str) -> uuid::Uuid {
    uuid_parties(&[campagne, finess, identifiant, genre])
}

/// The UUID v5 of a sequence of parts, each preceded by its length (so
/// that two different sequences never give the same name).
fn uuid_parties(parties: &[&str]) -> uuid::Uuid {
    let mut nom = Vec::with_capacity(parties.iter().map(|p| p.len() + 4).sum());
    for partie in parties {
        nom.extend_from_slice(itoa::Buffer::new().format(partie.len()).as_bytes());
        nom.push(b':');
        nom.extend_from_slice(partie.as_bytes());
    }
    uuid::Uuid::new_v5(&ESPACE, &nom)
}

fn urn(u: uuid::Uuid) -> String {
    let mut texte = [0u8; uuid::fmt::Hyphenated::LENGTH];
    format!("urn:uuid:{}", u.hyphenated().encode_lower(&mut texte))
}

/// Le `fullUrl` d'une ressource du Bundle : `urn:uuid:` et son
/// [`uuid_v5`], le genre étant le type de ressource.
pub fn full_url(campagne: &str, finess: &str, identifiant: &str, ressource: &str) -> String {
    urn(uuid_v5(campagne, finess, identifiant, ressource))
}

/// Le `fullUrl` d'une ressource d'un évènement ou d'une évaluation d'une
/// personne : celui de ([`uuid_v5`]) la campagne, du FINESS, de
/// l'identifiant local de la personne, de celui de l'évènement ou de
/// l'évaluation et du type de ressource.
pub fn full_url_de(
    campagne: &str,
    finess: &str,
    personne: &str,
    identifiant: &str,
    ressource: &str,
) -> String {
    urn(uuid_parties(&[
        campagne,
        finess,
        personne,
        identifiant,
        ressource,
    ]))
}
