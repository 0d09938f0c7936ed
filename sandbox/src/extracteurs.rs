//! axum extractors for the contract's request checks: the collection of
//! the path, the body within 10 MiB, its content type, the
//! `Idempotency-Key`. Each rejects with the contract's problem. Handlers
//! take them as `Result<_, Probleme>` and look at them in the contract's
//! order (token, body size, role, content type, JSON, key: `api.md`),
//! since the role is checked between the body size and the content type.

use crate::reponses::{Probleme, trop_volumineux};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::header;
use axum::http::request::Parts;
use sidoba_contrat::{self as c, Code};
use std::marker::PhantomData;

/// `{id}` and `{finess}` of a collection's path.
pub struct Collecte {
    pub id: String,
    pub finess: String,
}

impl<S: Send + Sync> FromRequestParts<S> for Collecte {
    type Rejection = Probleme;

    async fn from_request_parts(parts: &mut Parts, etat: &S) -> Result<Self, Probleme> {
        let Path((id, finess)) = Path::<(String, String)>::from_request_parts(parts, etat)
            .await
            .map_err(|_| Probleme::new(Code::Introuvable, "chemin invalide"))?;
        Ok(Collecte { id, finess })
    }
}

/// The whole body; over 10 MiB while streaming → 413 (a `Content-Length`
/// over it was refused before, by `crate::limites::jeton`).
pub struct Corps(pub Bytes);

impl<S: Send + Sync> FromRequest<S> for Corps {
    type Rejection = Probleme;

    async fn from_request(req: Request, _: &S) -> Result<Self, Probleme> {
        axum::body::to_bytes(req.into_body(), c::TAILLE_MAX)
            .await
            .map(Corps)
            .map_err(|e| {
                let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
                while let Some(s) = source {
                    if s.is::<http_body_util::LengthLimitError>() {
                        return trop_volumineux();
                    }
                    source = s.source();
                }
                Probleme::new(Code::JsonInvalide, "le corps de la requête est incomplet")
            })
    }
}

/// A media type a route takes.
pub trait TypeAttendu {
    const TYPE: &'static str;
}

/// `application/json`.
pub struct Json;
impl TypeAttendu for Json {
    const TYPE: &'static str = c::TYPE_JSON;
}

/// `application/fhir+json`.
pub struct Fhir;
impl TypeAttendu for Fhir {
    const TYPE: &'static str = c::TYPE_FHIR;
}

/// The request's `Content-Type` names `T::TYPE` (415 otherwise).
pub struct TypeContenu<T>(PhantomData<T>);

impl<S: Send + Sync, T: TypeAttendu> FromRequestParts<S> for TypeContenu<T> {
    type Rejection = Probleme;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Probleme> {
        let valeur = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        if c::type_contenu_est(valeur, T::TYPE) {
            Ok(TypeContenu(PhantomData))
        } else {
            Err(Probleme::new(
                Code::TypeContenu,
                format!("le corps doit être de type {}", T::TYPE),
            ))
        }
    }
}

/// The `Idempotency-Key` of a submission: present (400
/// `cle_idempotence_manquante`) and 1 to 255 visible ASCII characters
/// (400 `cle_idempotence_invalide`).
pub struct CleIdempotence(pub String);

impl<S: Send + Sync> FromRequestParts<S> for CleIdempotence {
    type Rejection = Probleme;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Probleme> {
        let v = parts.headers.get(c::ENTETE_IDEMPOTENCE).ok_or_else(|| {
            Probleme::new(
                Code::CleIdempotenceManquante,
                "l'en-tête Idempotency-Key est obligatoire pour un envoi",
            )
        })?;
        if !c::cle_idempotence_valide(v.as_bytes()) {
            return Err(Probleme::new(
                Code::CleIdempotenceInvalide,
                "l'en-tête Idempotency-Key doit compter de 1 à 255 caractères ASCII visibles",
            ));
        }
        // Visible ASCII, so valid UTF-8.
        Ok(CleIdempotence(
            String::from_utf8_lossy(v.as_bytes()).into_owned(),
        ))
    }
}
