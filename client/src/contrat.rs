//! La lecture du contrat (`docs/api.md`) en un seul endroit : chemins,
//! en-têtes, noms JSON, codes d'erreur. Le jour où la CNSA publie le vrai
//! contrat, seul ce module change.

use serde::{Deserialize, Serialize};

/// Le préfixe de tous les chemins, après l'URL de base.
pub const PREFIXE: &str = "/v1";
pub const TYPE_JSON: &str = "application/json";
pub const TYPE_FHIR: &str = "application/fhir+json";
pub const TYPE_PROBLEME: &str = "application/problem+json";
pub const ENTETE_IDEMPOTENCE: &str = "Idempotency-Key";
/// Le `type` d'un problème : ce préfixe suivi de son code.
pub const PREFIXE_TYPE_PROBLEME: &str = "urn:sidoba:erreur:";
/// Au-delà de cette taille, le serveur refuse le corps (`413 trop_volumineux`).
pub const TAILLE_MAX: usize = 10 * 1024 * 1024;
/// L'`error` du point de jeton pour des identifiants refusés (RFC 6749 §5.2).
pub const ERREUR_IDENTIFIANTS: &str = "invalid_client";
/// Le paramètre `error` de `WWW-Authenticate` pour un jeton inconnu ou expiré.
pub const JETON_INVALIDE_OAUTH: &str = "invalid_token";

pub fn chemin_jeton() -> String {
    format!("{PREFIXE}/jeton")
}

/// WS01.
pub fn chemin_campagnes() -> String {
    format!("{PREFIXE}/campagnes")
}

/// WS02.
pub fn chemin_modele(campagne: &str) -> String {
    format!("{PREFIXE}/campagnes/{}/modele", segment(campagne))
}

/// WS03.
pub fn chemin_validation_modele() -> String {
    format!("{PREFIXE}/modeles/validation")
}

/// WS04.
pub fn chemin_ecarts() -> String {
    format!("{PREFIXE}/modeles/ecarts")
}

/// WS06 (collection), et la base des chemins de WS05/07/08/09.
pub fn chemin_collection(campagne: &str, finess: &str) -> String {
    format!(
        "{PREFIXE}/campagnes/{}/structures/{}",
        segment(campagne),
        segment(finess)
    )
}

/// WS05, WS07 ou WS09.
pub fn chemin_soumission(campagne: &str, finess: &str, service: Service) -> String {
    let fin = match service {
        Service::Ws05 => "donnees",
        Service::Ws07 => "usagers/cda",
        Service::Ws09 => "usagers/fhir",
    };
    format!("{}/{fin}", chemin_collection(campagne, finess))
}

/// WS08.
pub fn chemin_statut(campagne: &str, finess: &str) -> String {
    format!("{}/statut", chemin_collection(campagne, finess))
}

/// WS06 (traitement).
pub fn chemin_traitement(uid: &str) -> String {
    format!("{PREFIXE}/traitements/{}", segment(uid))
}

/// Percent-encodes what would change a path's meaning (RFC 3986
/// unreserved characters pass as they are).
fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Les trois services de soumission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    /// Payload clé/valeur au niveau structure.
    Ws05,
    /// Documents CDA par usager, dans un Bundle.
    Ws07,
    /// Bundle FHIR par usager.
    Ws09,
}

impl Service {
    pub fn type_contenu(self) -> &'static str {
        match self {
            Service::Ws05 => TYPE_JSON,
            Service::Ws07 | Service::Ws09 => TYPE_FHIR,
        }
    }

    pub fn nom(self) -> &'static str {
        match self {
            Service::Ws05 => "WS05",
            Service::Ws07 => "WS07",
            Service::Ws09 => "WS09",
        }
    }
}

/// Le formulaire de `POST /v1/jeton`.
pub fn formulaire_jeton<'a>(client_id: &'a str, secret: &'a str) -> [(&'static str, &'a str); 3] {
    [
        ("grant_type", "client_credentials"),
        ("client_id", client_id),
        ("client_secret", secret),
    ]
}

/// Le `200` de `POST /v1/jeton`.
#[derive(Deserialize)]
pub struct ReponseJeton {
    pub access_token: String,
    #[serde(default)]
    pub token_type: Option<String>,
    pub expires_in: u64,
}

/// Une erreur de `POST /v1/jeton` (RFC 6749 §5.2).
#[derive(Deserialize)]
pub struct ErreurOAuth {
    pub error: String,
}

/// Le `200` de WS01.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campagnes {
    pub campagnes: Vec<Campagne>,
}

/// Une campagne ouverte (WS01).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Campagne {
    pub id: String,
    pub libelle: String,
    pub module: String,
    pub annee: Option<i64>,
    pub date_ouverture: Option<String>,
    pub date_cloture: Option<String>,
    pub modele: ModeleCampagne,
}

/// Le modèle de collecte d'une campagne, tel que WS01 le nomme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModeleCampagne {
    pub code: String,
    pub version: String,
    pub niveau: Niveau,
    pub sha256: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Niveau {
    Structure,
    Usager,
}

/// Le `202` de WS05/07/09 : l'accusé de réception.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Accuse {
    pub uid_traitement: String,
    pub position: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Etat {
    EnAttente,
    EnCours,
    Accepte,
    Rejete,
}

impl Etat {
    pub fn code(self) -> &'static str {
        match self {
            Etat::EnAttente => "en_attente",
            Etat::EnCours => "en_cours",
            Etat::Accepte => "accepte",
            Etat::Rejete => "rejete",
        }
    }

    /// `accepte` et `rejete` sont définitifs.
    pub fn final_(self) -> bool {
        matches!(self, Etat::Accepte | Etat::Rejete)
    }
}

/// Le `200` de WS06 sur un traitement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Traitement {
    pub uid_traitement: String,
    pub campagne: String,
    pub finess: String,
    pub etat: Etat,
    pub position: u64,
    pub recu: String,
    pub termine: Option<String>,
    pub constats: Vec<ConstatDistant>,
}

/// Un constat calculé par le serveur (comme ceux de `sidoba validate`).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConstatDistant {
    pub chemin: String,
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regle: Option<String>,
    pub severite: String,
    /// Peut citer la valeur fautive : jamais dans `Debug`.
    pub message: String,
}

impl std::fmt::Debug for ConstatDistant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConstatDistant")
            .field("chemin", &self.chemin)
            .field("code", &self.code)
            .field("regle", &self.regle)
            .field("severite", &self.severite)
            .finish_non_exhaustive()
    }
}

/// Le `200` de WS06 sur une collection, et de WS08.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Collection {
    pub campagne: String,
    pub finess: String,
    pub statut: Statut,
    pub dernier_traitement: Option<String>,
    pub historique: Vec<Historique>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Historique {
    pub uid_traitement: String,
    pub etat: Etat,
    pub recu: String,
}

/// Le statut d'une collection (WS08).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Statut {
    EnSaisie,
    Transmise,
    Validee,
}

impl Statut {
    pub fn code(self) -> &'static str {
        match self {
            Statut::EnSaisie => "en_saisie",
            Statut::Transmise => "transmise",
            Statut::Validee => "validee",
        }
    }
}

/// Le corps de WS08.
#[derive(Serialize)]
pub struct DemandeStatut {
    pub statut: Statut,
}

/// Le `200` de WS03.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidationModele {
    pub valide: bool,
    pub problemes: Vec<ProblemeModele>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemeModele {
    pub pointeur: String,
    pub ligne: Option<u64>,
    pub colonne: Option<u64>,
    pub gravite: String,
    pub message: String,
}

/// Le corps de WS04.
#[derive(Serialize)]
pub struct DemandeEcarts<'a> {
    pub ancien: &'a serde_json::value::RawValue,
    pub nouveau: &'a serde_json::value::RawValue,
}

/// Un corps `application/problem+json` (RFC 9457).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Probleme {
    #[serde(rename = "type", default)]
    pub type_: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub status: Option<u16>,
    #[serde(default)]
    pub detail: Option<String>,
}

impl Probleme {
    /// Le code après `urn:sidoba:erreur:`, quand le type en a un.
    pub fn code(&self) -> Option<&str> {
        self.type_.strip_prefix(PREFIXE_TYPE_PROBLEME)
    }
}

/// Les codes d'erreur du contrat.
pub mod code {
    pub const JETON_INVALIDE: &str = "jeton_invalide";
    pub const ACCES_REFUSE: &str = "acces_refuse";
    pub const INTROUVABLE: &str = "introuvable";
    pub const CAMPAGNE_FERMEE: &str = "campagne_fermee";
    pub const STATUT_INCOMPATIBLE: &str = "statut_incompatible";
    pub const CLE_IDEMPOTENCE_REUTILISEE: &str = "cle_idempotence_reutilisee";
    pub const TRANSITION_INTERDITE: &str = "transition_interdite";
    pub const MODELE_DIFFERENT: &str = "modele_different";
    pub const FINESS_DIFFERENT: &str = "finess_different";
    pub const NIVEAU_INCORRECT: &str = "niveau_incorrect";
    pub const TROP_DE_REQUETES: &str = "trop_de_requetes";
    pub const INDISPONIBLE: &str = "indisponible";
}

/// L'ETag de WS02 : le SHA-256 hexadécimal entre guillemets (un préfixe
/// faible `W/` est toléré).
pub fn etag_sha256(etag: &str) -> Option<&str> {
    let e = etag.trim();
    let e = e.strip_prefix("W/").unwrap_or(e);
    e.strip_prefix('"')?.strip_suffix('"')
}

pub fn etag(sha256: &str) -> String {
    format!("\"{sha256}\"")
}

/// Vrai pour un `WWW-Authenticate` qui nomme `invalid_token` (RFC 6750 §3).
pub fn jeton_refuse(www_authenticate: &str) -> bool {
    www_authenticate.contains(JETON_INVALIDE_OAUTH)
}

/// Le service d'un fichier, d'après son contenu : un `Bundle` FHIR qui
/// contient des `DocumentReference` va à WS07, un autre `Bundle` à WS09,
/// tout le reste se lit comme un payload WS05 (dont la lecture dit ce qui
/// ne va pas).
pub fn service_du_contenu(contenu: &[u8]) -> Service {
    #[derive(Deserialize)]
    struct Ressource {
        #[serde(rename = "resourceType")]
        type_ressource: Option<String>,
    }
    #[derive(Deserialize)]
    struct Entree {
        resource: Option<Ressource>,
    }
    #[derive(Deserialize)]
    struct Paquet {
        #[serde(rename = "resourceType")]
        type_ressource: Option<String>,
        #[serde(default)]
        entry: Vec<Entree>,
    }
    match serde_json::from_slice::<Paquet>(contenu) {
        Ok(p) if p.type_ressource.as_deref() == Some("Bundle") => {
            let cda = p.entry.iter().any(|e| {
                e.resource
                    .as_ref()
                    .and_then(|r| r.type_ressource.as_deref())
                    == Some("DocumentReference")
            });
            if cda { Service::Ws07 } else { Service::Ws09 }
        }
        _ => Service::Ws05,
    }
}

/// `Retry-After` en secondes (la forme date HTTP, que le contrat n'emploie
/// pas, compte comme absente).
pub fn retry_after(valeur: &str) -> Option<std::time::Duration> {
    valeur
        .trim()
        .parse::<u64>()
        .ok()
        .map(std::time::Duration::from_secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn les_chemins_encodent_ce_qui_changerait_leur_sens() {
        assert_eq!(chemin_modele("RAMA-2026"), "/v1/campagnes/RAMA-2026/modele");
        assert_eq!(chemin_traitement("a/b?c"), "/v1/traitements/a%2Fb%3Fc");
        assert_eq!(
            chemin_soumission("X", "010000008", Service::Ws09),
            "/v1/campagnes/X/structures/010000008/usagers/fhir"
        );
    }

    #[test]
    fn le_contenu_designe_le_service() {
        assert_eq!(service_du_contenu(br#"{"campagne":"X"}"#), Service::Ws05);
        assert_eq!(service_du_contenu(b"pas du json"), Service::Ws05);
        assert_eq!(
            service_du_contenu(
                br#"{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient"}}]}"#
            ),
            Service::Ws09
        );
        assert_eq!(
            service_du_contenu(br#"{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"DocumentReference"}}]}"#),
            Service::Ws07
        );
    }

    #[test]
    fn les_etags_et_retry_after_sont_lus() {
        assert_eq!(etag_sha256("\"abc\""), Some("abc"));
        assert_eq!(etag_sha256("W/\"abc\""), Some("abc"));
        assert_eq!(etag_sha256("abc"), None);
        assert_eq!(retry_after(" 3 "), Some(std::time::Duration::from_secs(3)));
        assert_eq!(retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
    }
}
