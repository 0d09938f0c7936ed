//! The wire reading of `api.md`, and nothing else: paths, JSON field names,
//! error codes, statuses and headers. The day the CNSA publishes the real
//! contract, only this module changes.

use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

// ---- Paths (axum templates) ----
pub const JETON: &str = "/v1/jeton";
pub const OPENAPI: &str = "/v1/openapi.json";
pub const CAMPAGNES: &str = "/v1/campagnes";
pub const MODELE: &str = "/v1/campagnes/{id}/modele";
pub const VALIDATION: &str = "/v1/modeles/validation";
pub const ECARTS: &str = "/v1/modeles/ecarts";
pub const DONNEES: &str = "/v1/campagnes/{id}/structures/{finess}/donnees";
pub const USAGERS_CDA: &str = "/v1/campagnes/{id}/structures/{finess}/usagers/cda";
pub const USAGERS_FHIR: &str = "/v1/campagnes/{id}/structures/{finess}/usagers/fhir";
pub const TRAITEMENT: &str = "/v1/traitements/{uid}";
pub const COLLECTION: &str = "/v1/campagnes/{id}/structures/{finess}";
pub const STATUT: &str = "/v1/campagnes/{id}/structures/{finess}/statut";

// ---- Media types and headers ----
pub const JSON: &str = "application/json";
pub const FHIR_JSON: &str = "application/fhir+json";
pub const PROBLEME_JSON: &str = "application/problem+json";
pub const FORMULAIRE: &str = "application/x-www-form-urlencoded";
pub const CLE_IDEMPOTENCE: HeaderName = HeaderName::from_static("idempotency-key");
/// Seconds a client is told to wait on 429 and 503.
pub const ATTENTE_SECONDES: u64 = 1;
/// Bodies over this size are refused (`trop_volumineux`).
pub const TAILLE_MAX: usize = 10 * 1024 * 1024;

/// Whether a `Content-Type` value names `attendu` (parameters such as
/// `charset=utf-8` allowed, case-insensitive).
pub fn type_contenu_est(valeur: Option<&HeaderValue>, attendu: &str) -> bool {
    valeur
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| t.trim().eq_ignore_ascii_case(attendu))
}

/// `Idempotency-Key`: 1 to 255 visible ASCII characters.
pub fn cle_idempotence_valide(cle: &[u8]) -> bool {
    (1..=255).contains(&cle.len()) && cle.iter().all(|b| (0x21..=0x7e).contains(b))
}

// ---- Roles, states, statuses ----
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Declarant,
    Lecteur,
    Autorite,
}

/// A processing's state (WS06 `etat`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Etat {
    EnAttente,
    EnCours,
    Accepte,
    Rejete,
}

impl Etat {
    pub const fn code(self) -> &'static str {
        match self {
            Etat::EnAttente => "en_attente",
            Etat::EnCours => "en_cours",
            Etat::Accepte => "accepte",
            Etat::Rejete => "rejete",
        }
    }
    pub fn depuis(code: &str) -> Option<Etat> {
        [Etat::EnAttente, Etat::EnCours, Etat::Accepte, Etat::Rejete]
            .into_iter()
            .find(|e| e.code() == code)
    }
}

/// A collection's status (WS06/WS08 `statut`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Statut {
    EnSaisie,
    Transmise,
    Validee,
}

impl Statut {
    pub const fn code(self) -> &'static str {
        match self {
            Statut::EnSaisie => "en_saisie",
            Statut::Transmise => "transmise",
            Statut::Validee => "validee",
        }
    }
    pub fn depuis(code: &str) -> Option<Statut> {
        [Statut::EnSaisie, Statut::Transmise, Statut::Validee]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

// ---- Bodies ----

/// `POST /v1/jeton` form.
#[derive(Deserialize)]
pub struct DemandeJeton {
    pub grant_type: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
}

impl std::fmt::Debug for DemandeJeton {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret.
        f.debug_struct("DemandeJeton").finish_non_exhaustive()
    }
}

#[derive(Serialize)]
pub struct Jeton<'a> {
    pub access_token: &'a str,
    pub token_type: &'static str,
    pub expires_in: u64,
}

/// An OAuth 2.0 error (RFC 6749 §5.2), the only non-problem error body.
pub fn erreur_oauth(statut: StatusCode, code: &'static str) -> Response {
    let mut r = (statut, axum::Json(serde_json::json!({ "error": code }))).into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}
pub const OAUTH_CLIENT_INVALIDE: &str = "invalid_client";
pub const OAUTH_REQUETE_INVALIDE: &str = "invalid_request";
pub const OAUTH_GRANT_NON_SUPPORTE: &str = "unsupported_grant_type";
pub const OAUTH_GRANT: &str = "client_credentials";

#[derive(Serialize)]
pub struct ModeleResume<'a> {
    pub code: &'a str,
    pub version: &'a str,
    pub niveau: &'static str,
    pub sha256: &'a str,
}

/// A WS01 campaign.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CampagneOuverte<'a> {
    pub id: &'a str,
    pub libelle: &'a str,
    pub module: &'a str,
    pub annee: Option<i64>,
    pub date_ouverture: Option<String>,
    pub date_cloture: Option<String>,
    pub modele: ModeleResume<'a>,
}

#[derive(Serialize)]
pub struct ListeCampagnes<'a> {
    pub campagnes: Vec<CampagneOuverte<'a>>,
}

#[derive(Deserialize)]
pub struct FiltreCampagnes {
    pub module: Option<String>,
}

/// WS03 answer.
#[derive(Serialize)]
pub struct ValidationModele {
    pub valide: bool,
    pub problemes: Vec<ProblemeModele>,
}

#[derive(Serialize)]
pub struct ProblemeModele {
    /// Which model of a WS04 body (`ancien`, `nouveau`); absent for WS03.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modele: Option<&'static str>,
    pub pointeur: String,
    pub ligne: usize,
    pub colonne: usize,
    pub gravite: &'static str,
    pub message: String,
}

/// WS04 body: the two models, kept as their raw text (their positions and
/// SHA-256 are those of the bytes sent).
#[derive(Deserialize)]
pub struct DemandeEcarts<'a> {
    #[serde(borrow)]
    pub ancien: &'a serde_json::value::RawValue,
    #[serde(borrow)]
    pub nouveau: &'a serde_json::value::RawValue,
}

/// The 202 of WS05/07/09.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Accepte<'a> {
    pub uid_traitement: &'a str,
    pub position: u64,
}

/// WS06 processing.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Traitement<'a> {
    pub uid_traitement: &'a str,
    pub campagne: &'a str,
    pub finess: &'a str,
    pub etat: &'static str,
    pub position: u64,
    pub recu: &'a str,
    pub termine: Option<&'a str>,
    pub constats: &'a serde_json::value::RawValue,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Historique<'a> {
    pub uid_traitement: &'a str,
    pub etat: &'static str,
    pub recu: &'a str,
}

/// WS06/WS08 collection.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Collection<'a> {
    pub campagne: &'a str,
    pub finess: &'a str,
    pub statut: &'static str,
    pub dernier_traitement: Option<&'a str>,
    pub historique: Vec<Historique<'a>>,
}

/// WS08 body.
#[derive(Deserialize)]
pub struct DemandeStatut {
    pub statut: Statut,
}

/// The reference a user-level report makes to its model: it must end with
/// this, whatever base URL precedes it.
pub fn suffixe_reference_modele(code: &str, version: &str) -> String {
    format!("/Questionnaire/{code}|{version}")
}

/// The model references of a FHIR Bundle: each QuestionnaireResponse's
/// `questionnaire` (None when absent), in entry order; None when the body
/// is not a Bundle. (For WS07, the CDA documents' own references need the
/// Bundle reader: they are left to the user-level validator.)
pub fn references_bundle(bundle: &serde_json::Value) -> Option<Vec<Option<&str>>> {
    if bundle.get("resourceType")?.as_str()? != "Bundle" {
        return None;
    }
    let entrees = match bundle.get("entry") {
        None => return Some(Vec::new()),
        Some(e) => e.as_array()?,
    };
    Some(
        entrees
            .iter()
            .filter_map(|e| e.get("resource"))
            .filter(|r| {
                r.get("resourceType").and_then(|t| t.as_str()) == Some("QuestionnaireResponse")
            })
            .map(|r| r.get("questionnaire").and_then(|q| q.as_str()))
            .collect(),
    )
}

/// The `campagne` and `modele` a WS05 payload names.
pub fn identite_payload(payload: &serde_json::Value) -> Option<(&str, &str, &str)> {
    let campagne = payload.get("campagne")?.as_str()?;
    let modele = payload.get("modele")?;
    Some((
        campagne,
        modele.get("code")?.as_str()?,
        modele.get("version")?.as_str()?,
    ))
}

// ---- Errors (problem+json, RFC 9457) ----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    JetonInvalide,
    AccesRefuse,
    Introuvable,
    MethodeNonPermise,
    JsonInvalide,
    CleIdempotenceManquante,
    CleIdempotenceInvalide,
    TropVolumineux,
    TypeContenu,
    CampagneFermee,
    StatutIncompatible,
    CleIdempotenceReutilisee,
    TransitionInterdite,
    ModeleDifferent,
    FinessDifferent,
    NiveauIncorrect,
    ModeleInvalide,
    TropDeRequetes,
    Indisponible,
    ErreurInterne,
}

impl Code {
    pub const TOUS: &'static [Code] = &[
        Code::JetonInvalide,
        Code::AccesRefuse,
        Code::Introuvable,
        Code::MethodeNonPermise,
        Code::JsonInvalide,
        Code::CleIdempotenceManquante,
        Code::CleIdempotenceInvalide,
        Code::TropVolumineux,
        Code::TypeContenu,
        Code::CampagneFermee,
        Code::StatutIncompatible,
        Code::CleIdempotenceReutilisee,
        Code::TransitionInterdite,
        Code::ModeleDifferent,
        Code::FinessDifferent,
        Code::NiveauIncorrect,
        Code::ModeleInvalide,
        Code::TropDeRequetes,
        Code::Indisponible,
        Code::ErreurInterne,
    ];

    /// The code, its status and its title.
    pub const fn fiche(self) -> (&'static str, u16, &'static str) {
        match self {
            Code::JetonInvalide => ("jeton_invalide", 401, "Jeton absent, inconnu ou expiré"),
            Code::AccesRefuse => ("acces_refuse", 403, "Accès refusé"),
            Code::Introuvable => ("introuvable", 404, "Ressource introuvable"),
            Code::MethodeNonPermise => ("methode_non_permise", 405, "Méthode non permise"),
            Code::JsonInvalide => ("json_invalide", 400, "JSON invalide"),
            Code::CleIdempotenceManquante => (
                "cle_idempotence_manquante",
                400,
                "En-tête Idempotency-Key manquant",
            ),
            Code::CleIdempotenceInvalide => (
                "cle_idempotence_invalide",
                400,
                "En-tête Idempotency-Key invalide",
            ),
            Code::TropVolumineux => ("trop_volumineux", 413, "Corps trop volumineux"),
            Code::TypeContenu => ("type_contenu", 415, "Type de contenu non accepté"),
            Code::CampagneFermee => ("campagne_fermee", 409, "Campagne fermée"),
            Code::StatutIncompatible => (
                "statut_incompatible",
                409,
                "Statut de la collecte incompatible",
            ),
            Code::CleIdempotenceReutilisee => (
                "cle_idempotence_reutilisee",
                409,
                "Clé d'idempotence déjà utilisée pour un autre corps",
            ),
            Code::TransitionInterdite => ("transition_interdite", 409, "Transition interdite"),
            Code::ModeleDifferent => ("modele_different", 422, "Modèle différent"),
            Code::FinessDifferent => ("finess_different", 422, "FINESS différent"),
            Code::NiveauIncorrect => ("niveau_incorrect", 422, "Niveau de modèle incorrect"),
            Code::ModeleInvalide => ("modele_invalide", 422, "Modèle invalide"),
            Code::TropDeRequetes => ("trop_de_requetes", 429, "Trop de requêtes"),
            Code::Indisponible => ("indisponible", 503, "Service indisponible"),
            Code::ErreurInterne => ("erreur_interne", 500, "Erreur interne"),
        }
    }

    pub fn statut(self) -> StatusCode {
        StatusCode::from_u16(self.fiche().1).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    pub fn type_uri(self) -> String {
        format!("urn:sidoba:erreur:{}", self.fiche().0)
    }
}

/// An error answered as problem+json. `detail` is a French sentence that
/// never quotes a payload value (but a FINESS, which is not personal data).
#[derive(Debug)]
pub struct Probleme {
    pub code: Code,
    pub detail: String,
    /// Extension members (e.g. `problemes` of `modele_invalide`).
    pub extensions: Vec<(&'static str, serde_json::Value)>,
    /// `WWW-Authenticate` of a 401: with `error="invalid_token"` when a
    /// token was given.
    pub jeton_fourni: bool,
}

impl Probleme {
    pub fn new(code: Code, detail: impl Into<String>) -> Probleme {
        Probleme {
            code,
            detail: detail.into(),
            extensions: Vec::new(),
            jeton_fourni: false,
        }
    }

    pub fn avec(mut self, cle: &'static str, valeur: serde_json::Value) -> Probleme {
        self.extensions.push((cle, valeur));
        self
    }
}

impl IntoResponse for Probleme {
    fn into_response(self) -> Response {
        let (code, statut, titre) = self.code.fiche();
        let mut corps = serde_json::Map::new();
        corps.insert("type".into(), self.code.type_uri().into());
        corps.insert("title".into(), titre.into());
        corps.insert("status".into(), statut.into());
        corps.insert("detail".into(), self.detail.into());
        corps.insert("code".into(), code.into());
        for (cle, valeur) in self.extensions {
            corps.insert(cle.into(), valeur);
        }
        let texte = serde_json::Value::Object(corps).to_string();
        let mut r = (self.code.statut(), texte).into_response();
        let h = r.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(PROBLEME_JSON),
        );
        match self.code {
            Code::JetonInvalide => {
                let v = if self.jeton_fourni {
                    "Bearer error=\"invalid_token\""
                } else {
                    "Bearer"
                };
                h.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(v));
            }
            Code::TropDeRequetes | Code::Indisponible => {
                h.insert(header::RETRY_AFTER, HeaderValue::from(ATTENTE_SECONDES));
            }
            _ => {}
        }
        r
    }
}
