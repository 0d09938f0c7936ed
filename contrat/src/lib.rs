//! Le contrat d'échange de l'API de collecte SIDOBA (WS01 à WS09), tel que
//! le projet le lit (`docs/api.md`), en un seul endroit : chemins
//! ([`chemins`]), en-têtes et types de contenu, états et statuts
//! ([`Etat`], [`Statut`], [`Niveau`], [`Role`], [`Service`]), codes de
//! problème et leurs statuts HTTP ([`Code`]), corps `problem+json`
//! ([`Probleme`]) et corps JSON de chaque appel ([`corps`]).
//!
//! Le client, le bac à sable, son écran de vérification et la maquette de
//! test du client lisent tous cette crate : le jour où la CNSA publie le
//! vrai contrat, elle seule change. Les constats d'un traitement sont ceux
//! de la validation locale ([`Constat`], de la crate d'exécution).

pub mod chemins;
pub mod corps;
mod etats;
mod problemes;

pub use corps::*;
pub use etats::{Etat, Niveau, Role, Service, Statut};
pub use problemes::{Code, Probleme};
pub use sidoba::{CodeConstat, Constat, Severite};

pub use chemins::segment;

/// Le préfixe de tous les chemins, après l'URL de base.
pub const PREFIXE: &str = "/v1";
/// Le type des corps JSON.
pub const TYPE_JSON: &str = "application/json";
/// Le type des Bundles FHIR (WS07, WS09).
pub const TYPE_FHIR: &str = "application/fhir+json";
/// Le type des erreurs (RFC 9457).
pub const TYPE_PROBLEME: &str = "application/problem+json";
/// Le type du formulaire de `POST /v1/jeton`.
pub const TYPE_FORMULAIRE: &str = "application/x-www-form-urlencoded";
/// L'en-tête qui porte la clé d'idempotence d'une soumission.
pub const ENTETE_IDEMPOTENCE: &str = "Idempotency-Key";
/// Le `type` d'un problème : ce préfixe suivi de son code.
pub const PREFIXE_TYPE_PROBLEME: &str = "urn:sidoba:erreur:";
/// Au-delà de cette taille, le serveur refuse le corps (`413 trop_volumineux`).
pub const TAILLE_MAX: usize = 10 * 1024 * 1024;
/// Les secondes d'attente que le serveur annonce (`Retry-After`) sur 429 et 503.
pub const ATTENTE_SECONDES: u64 = 1;

/// Les codes `error` du point de jeton (RFC 6749 §5.2) et son `grant_type`.
pub mod oauth {
    /// Identifiants refusés.
    pub const CLIENT_INVALIDE: &str = "invalid_client";
    /// Formulaire incomplet ou mal formé.
    pub const REQUETE_INVALIDE: &str = "invalid_request";
    /// Un autre `grant_type` que `client_credentials`.
    pub const GRANT_NON_SUPPORTE: &str = "unsupported_grant_type";
    /// Le seul `grant_type` accepté.
    pub const GRANT: &str = "client_credentials";
    /// Le paramètre `error` de `WWW-Authenticate` pour un jeton inconnu ou
    /// expiré (RFC 6750 §3).
    pub const JETON_INVALIDE: &str = "invalid_token";
}

/// Vrai quand une valeur de `Content-Type` nomme `attendu` (paramètres
/// tels que `charset=utf-8` permis, sans égard à la casse).
pub fn type_contenu_est(valeur: Option<&str>, attendu: &str) -> bool {
    valeur
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| t.trim().eq_ignore_ascii_case(attendu))
}

/// Une `Idempotency-Key` valide : 1 à 255 caractères ASCII visibles.
pub fn cle_idempotence_valide(cle: &[u8]) -> bool {
    (1..=255).contains(&cle.len()) && cle.iter().all(|b| (0x21..=0x7e).contains(b))
}

/// L'ETag de WS02 pour ce SHA-256 hexadécimal.
pub fn etag(sha256: &str) -> String {
    format!("\"{sha256}\"")
}

/// Le SHA-256 d'un ETag de WS02 (un préfixe faible `W/` est toléré).
pub fn etag_sha256(etag: &str) -> Option<&str> {
    let e = etag.trim();
    let e = e.strip_prefix("W/").unwrap_or(e);
    e.strip_prefix('"')?.strip_suffix('"')
}

/// Le `WWW-Authenticate` d'un `401` : `error="invalid_token"` quand un
/// jeton a été donné (RFC 6750 §3).
pub fn www_authenticate(jeton_fourni: bool) -> &'static str {
    if jeton_fourni {
        "Bearer error=\"invalid_token\""
    } else {
        "Bearer"
    }
}

/// Vrai pour un `WWW-Authenticate` qui nomme `invalid_token`.
pub fn jeton_refuse(www_authenticate: &str) -> bool {
    www_authenticate.contains(oauth::JETON_INVALIDE)
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
    fn les_etags_et_retry_after_sont_lus() {
        assert_eq!(etag_sha256(&etag("abc")), Some("abc"));
        assert_eq!(etag_sha256("W/\"abc\""), Some("abc"));
        assert_eq!(etag_sha256("abc"), None);
        assert_eq!(retry_after(" 3 "), Some(std::time::Duration::from_secs(3)));
        assert_eq!(retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
    }

    #[test]
    fn types_de_contenu_et_cles_sont_controles() {
        assert!(type_contenu_est(
            Some("Application/JSON; charset=utf-8"),
            TYPE_JSON
        ));
        assert!(!type_contenu_est(Some("application/fhir+json"), TYPE_JSON));
        assert!(!type_contenu_est(None, TYPE_JSON));
        assert!(cle_idempotence_valide(b"a"));
        assert!(!cle_idempotence_valide(b""));
        assert!(!cle_idempotence_valide(b"a b"));
        assert!(!cle_idempotence_valide(&[b'a'; 256]));
    }

    #[test]
    fn un_jeton_refuse_se_distingue_d_un_jeton_absent() {
        assert!(jeton_refuse(www_authenticate(true)));
        assert!(!jeton_refuse(www_authenticate(false)));
    }
}
