//! The handlers of api.md: HTTP in and out, in the contract's order of
//! checks (token and body size by the layers of `crate::limites`; body,
//! content type and `Idempotency-Key` by `crate::extracteurs`); the rules
//! themselves are `crate::domaine`'s.

use crate::Appli;
use crate::auth::Compte;
use crate::domaine;
use crate::extracteurs::{CleIdempotence, Collecte, Corps, Fhir, Json, TypeAttendu, TypeContenu};
use crate::reponses::{Probleme, erreur_oauth, interne, json_ok};
use crate::store::{Depot, Soumission};
use axum::body::Bytes;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Form};
use sidoba_contrat::{self as c, Code, Role, Service};
use sidoba_core::model::{self, Diagnostic, Source};
use std::sync::Arc;

type Resultat = Result<Response, Probleme>;
type A = State<Arc<Appli>>;
type Extrait<T> = Result<T, Probleme>;

pub(crate) const LECTURE: &[Role] = &[Role::Lecteur, Role::Declarant, Role::Autorite];

/// Runs blocking work (SQLite, parsing or checking a large body) off the
/// executor; a failure is a 500 whose cause goes to the log line.
pub(crate) async fn bloquant<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, crate::Erreur> + Send + 'static,
) -> Result<T, Probleme> {
    crate::hors_executeur(f).await.map_err(interne)
}

/// The same for work that refuses with a problem of its own.
async fn verifier<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, Probleme> + Send + 'static,
) -> Result<T, Probleme> {
    bloquant(move || Ok(f())).await?
}

pub(crate) fn role(compte: &Compte, finess: &str, roles: &[Role]) -> Result<(), Probleme> {
    if compte.a_un_role(finess, roles) {
        Ok(())
    } else {
        Err(Probleme::new(
            Code::AccesRefuse,
            format!(
                "ce compte n'a pas d'habilitation qui permette cet appel sur le FINESS {finess}"
            ),
        ))
    }
}

/// UTF-8 then JSON; the message gives the place, never the text.
fn json(corps: &[u8]) -> Result<serde_json::Value, Probleme> {
    if let Err(e) = std::str::from_utf8(corps) {
        return Err(Probleme::new(
            Code::JsonInvalide,
            format!(
                "le corps n'est pas en UTF-8 (octet {})",
                e.valid_up_to() + 1
            ),
        ));
    }
    serde_json::from_slice(corps).map_err(|e| {
        Probleme::new(
            Code::JsonInvalide,
            format!(
                "le corps n'est pas un JSON valide (ligne {}, colonne {})",
                e.line(),
                e.column()
            ),
        )
    })
}

fn campagne<'a>(a: &'a Appli, id: &str) -> Result<&'a Arc<crate::campagnes::Campagne>, Probleme> {
    a.campagnes
        .get(id)
        .ok_or_else(|| Probleme::new(Code::Introuvable, format!("campagne inconnue : {id}")))
}

// ---- POST /v1/jeton ----

pub async fn jeton(
    State(a): A,
    info: Option<Extension<axum::extract::ConnectInfo<std::net::SocketAddr>>>,
    h: HeaderMap,
    form: Result<Form<c::DemandeJeton>, axum::extract::rejection::FormRejection>,
) -> Response {
    let requete_invalide = || erreur_oauth(StatusCode::BAD_REQUEST, c::oauth::REQUETE_INVALIDE);
    let type_ = h.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
    if !c::type_contenu_est(type_, c::TYPE_FORMULAIRE) {
        return requete_invalide();
    }
    let Ok(Form(d)) = form else {
        return requete_invalide();
    };
    if d.grant_type.as_deref() != Some(c::oauth::GRANT) {
        return erreur_oauth(StatusCode::BAD_REQUEST, c::oauth::GRANT_NON_SUPPORTE);
    }
    let (Some(id), Some(secret)) = (d.client_id, d.client_secret) else {
        return requete_invalide();
    };
    // One limiter for every credential endpoint (crate::limites::Tentatives).
    let pair = crate::limites::pair(info.as_ref().map(|Extension(p)| p));
    if let Some(s) = a.tentatives.attente(&id, &pair) {
        return crate::limites::verrouille(s);
    }
    let Some(compte) = a.comptes.authentifier(&id, &secret) else {
        a.tentatives.echec(&id, &pair);
        return erreur_oauth(StatusCode::UNAUTHORIZED, c::oauth::CLIENT_INVALIDE);
    };
    let a2 = a.clone();
    let client = compte.client_id.clone();
    match bloquant(move || a2.jetons.emettre(&client)).await {
        Ok(jeton) => {
            let corps = c::ReponseJeton {
                access_token: jeton,
                token_type: Some("Bearer".into()),
                expires_in: a.jetons.ttl,
            };
            let mut r = axum::Json(corps).into_response();
            r.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            r
        }
        Err(p) => p.into_response(),
    }
}

// ---- GET /v1/openapi.json ----

pub const OPENAPI: &str = include_str!("../openapi.json");

pub async fn openapi() -> Response {
    json_ok(StatusCode::OK, OPENAPI.to_owned())
}

// ---- WS01, WS02 ----

pub async fn campagnes(
    State(a): A,
    q: Result<Query<c::FiltreCampagnes>, axum::extract::rejection::QueryRejection>,
) -> Resultat {
    let module = q.ok().and_then(|Query(f)| f.module);
    let aujourdhui = a.aujourdhui();
    let campagnes = a
        .campagnes
        .0
        .values()
        .filter(|k| k.ouverte(aujourdhui))
        .filter(|k| {
            module
                .as_deref()
                .is_none_or(|m| k.modele.campagne.module == m)
        })
        .map(|k| {
            let m = &k.modele;
            c::Campagne {
                id: m.campagne.id.clone(),
                libelle: m.campagne.libelle.clone(),
                module: m.campagne.module.clone(),
                annee: m.campagne.annee,
                date_ouverture: k.ouverture.map(|d| d.to_string()),
                date_cloture: k.cloture.map(|d| d.to_string()),
                modele: c::ModeleCampagne {
                    code: m.identite.code.clone(),
                    version: m.identite.version.clone(),
                    niveau: if k.structure() {
                        c::Niveau::Structure
                    } else {
                        c::Niveau::Usager
                    },
                    sha256: m.sha256.clone(),
                },
            }
        })
        .collect();
    crate::reponses::json(StatusCode::OK, &c::Campagnes { campagnes })
}

pub async fn modele(
    State(a): A,
    id: Result<Path<String>, PathRejection>,
    h: HeaderMap,
) -> Resultat {
    let id = id
        .map(|Path(x)| x)
        .map_err(|_| Probleme::new(Code::Introuvable, "chemin invalide"))?;
    let k = campagne(&a, &id)?;
    let etag = c::etag(&k.modele.sha256);
    let connu = h
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|v| v.trim().trim_start_matches("W/"))
        .any(|v| v == etag || v == "*");
    let mut r = if connu {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = (StatusCode::OK, Bytes::from_owner(k.octets.clone())).into_response();
        r.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(c::TYPE_JSON));
        r
    };
    if let Ok(v) = HeaderValue::from_str(&etag) {
        r.headers_mut().insert(header::ETAG, v);
    }
    Ok(r)
}

// ---- WS03, WS04 ----

fn probleme_modele(d: &Diagnostic, quel: Option<&'static str>) -> c::ProblemeModele {
    c::ProblemeModele {
        modele: quel.map(str::to_owned),
        pointeur: d.pointeur.clone(),
        ligne: Some(d.position.ligne as u64),
        colonne: Some(d.position.colonne as u64),
        gravite: d.gravite.as_str().to_owned(),
        message: d.message.clone(),
    }
}

/// `sidoba check` on a model's text: the model, or its problems.
fn verifier_modele(
    nom: &str,
    texte: &[u8],
) -> (Option<sidoba_core::model::Modele>, Vec<Diagnostic>) {
    match Source::depuis_octets(nom, texte.to_vec()) {
        Err(d) => (None, vec![*d]),
        Ok(s) => match model::charger(&s, false) {
            Ok((m, avertissements)) => (Some(m), avertissements),
            Err(d) => (None, d),
        },
    }
}

pub async fn validation(type_: Extrait<TypeContenu<Json>>, corps: Extrait<Corps>) -> Resultat {
    let Corps(corps) = corps?;
    type_?;
    let (m, problemes) = verifier(move || {
        json(&corps)?;
        Ok(verifier_modele("modele.json", &corps))
    })
    .await?;
    let r = c::ValidationModele {
        valide: m.is_some(),
        problemes: problemes.iter().map(|d| probleme_modele(d, None)).collect(),
    };
    crate::reponses::json(StatusCode::OK, &r)
}

pub async fn ecarts(type_: Extrait<TypeContenu<Json>>, corps: Extrait<Corps>) -> Resultat {
    let Corps(corps) = corps?;
    type_?;
    let texte = verifier(move || {
        json(&corps)?;
        let d: c::DemandeEcarts<'_> = serde_json::from_slice(&corps).map_err(|_| {
            Probleme::new(
                Code::JsonInvalide,
                "le corps doit être un objet {\"ancien\": MODELE, \"nouveau\": MODELE}",
            )
        })?;
        let (a, pa) = verifier_modele("ancien", d.ancien.get().as_bytes());
        let (n, pn) = verifier_modele("nouveau", d.nouveau.get().as_bytes());
        match (a, n) {
            (Some(a), Some(n)) => Ok(sidoba_core::render::json(&sidoba_core::diff::comparer(
                &a, &n,
            ))),
            _ => {
                let problemes: Vec<c::ProblemeModele> = pa
                    .iter()
                    .map(|d| probleme_modele(d, Some("ancien")))
                    .chain(pn.iter().map(|d| probleme_modele(d, Some("nouveau"))))
                    .filter(|p| p.gravite == model::Gravite::Erreur.as_str())
                    .collect();
                Err(Probleme::new(
                    Code::ModeleInvalide,
                    "un des deux modèles est invalide : aucun écart calculé",
                )
                .avec(
                    "problemes",
                    serde_json::to_value(&problemes).unwrap_or_default(),
                ))
            }
        }
    })
    .await?;
    Ok(json_ok(StatusCode::OK, texte))
}

// ---- WS05, WS07, WS09 ----

/// A submission route: its service and the content type it takes.
pub trait Voie: Send + Sync + 'static {
    const SERVICE: Service;
    type Type: TypeAttendu + Send + Sync + 'static;
}

/// WS05 (`application/json`).
pub struct Ws05;
impl Voie for Ws05 {
    const SERVICE: Service = Service::Ws05;
    type Type = Json;
}

/// WS07 (`application/fhir+json`).
pub struct Ws07;
impl Voie for Ws07 {
    const SERVICE: Service = Service::Ws07;
    type Type = Fhir;
}

/// WS09 (`application/fhir+json`).
pub struct Ws09;
impl Voie for Ws09 {
    const SERVICE: Service = Service::Ws09;
    type Type = Fhir;
}

/// WS05, WS07, WS09: the extractors looked at in the contract's order,
/// then the domain's admission rules, then the group-committed store.
pub async fn deposer<V: Voie>(
    State(a): A,
    Extension(compte): Extension<Arc<Compte>>,
    collecte: Extrait<Collecte>,
    type_: Extrait<TypeContenu<V::Type>>,
    cle: Extrait<CleIdempotence>,
    corps: Extrait<Corps>,
) -> Resultat {
    let service = V::SERVICE;
    let Collecte { id, finess } = collecte?;
    let Corps(corps) = corps?;
    role(&compte, &finess, &[Role::Declarant])?;
    type_?;
    // Parsing up to 10 MiB is CPU work: off the executor.
    let (corps, valeur) = verifier(move || {
        let v = json(&corps)?;
        Ok((corps, v))
    })
    .await?;
    let CleIdempotence(cle) = cle?;
    let empreinte = domaine::empreinte(service, &id, &finess, &corps);
    // A retry is answered before the campaign checks: its first answer
    // stands even if the campaign closed or the collection was sent since.
    let (a2, client, cle2) = (a.clone(), compte.client_id.clone(), cle.clone());
    if let Some((e, reponse)) = bloquant(move || a2.store.idempotence(&client, &cle2)).await? {
        return if e == empreinte {
            Ok(json_ok(StatusCode::ACCEPTED, reponse))
        } else {
            Err(domaine::cle_reutilisee().into())
        };
    }
    let k = campagne(&a, &id)?.clone();
    domaine::campagne_admise(&k, &id, service, a.aujourdhui())?;
    let (a2, id2, f2) = (a.clone(), id.clone(), finess.clone());
    let statut = bloquant(move || a2.store.statut(&id2, &f2)).await?;
    domaine::statut_admis(statut)?;
    let (k2, f2) = (k.clone(), finess.clone());
    verifier(move || {
        let m = &k2.modele;
        domaine::reference(m, &valeur, service)?;
        domaine::finess(m, &valeur, service, &f2)?;
        if service == Service::Ws07 {
            domaine::modele_cda(m, &valeur)?;
        }
        Ok(())
    })
    .await?;
    let uid = uuid::Uuid::new_v4().to_string();
    let recu = crate::horodatage(a.aujourdhui);
    let s = Soumission {
        uid: uid.clone(),
        client_id: compte.client_id.clone(),
        campagne: id,
        finess,
        service,
        corps: corps.to_vec(),
        recu,
        cle,
        empreinte,
    };
    let reponse = Box::new(move |position| {
        serde_json::to_string(&c::Accuse {
            uid_traitement: uid,
            position,
        })
        .unwrap_or_default()
    });
    // Group commit: answered once the transaction holding it is on disk.
    let depot = a.ecrivain.deposer(s, reponse).await.map_err(interne)?;
    match depot {
        Depot::Nouveau(r) => {
            a.file.reveiller();
            Ok(json_ok(StatusCode::ACCEPTED, r))
        }
        Depot::Rejoue(r) => Ok(json_ok(StatusCode::ACCEPTED, r)),
        Depot::CleReutilisee => Err(domaine::cle_reutilisee().into()),
        Depot::StatutIncompatible => Err(domaine::statut_incompatible(statut).into()),
    }
}

// ---- WS06 ----

pub async fn traitement(
    State(a): A,
    Extension(compte): Extension<Arc<Compte>>,
    uid: Result<Path<String>, PathRejection>,
) -> Resultat {
    let introuvable = || Probleme::new(Code::Introuvable, "traitement inconnu");
    let uid = uid.map(|Path(u)| u).map_err(|_| introuvable())?;
    let a2 = a.clone();
    let t = bloquant(move || a2.store.traitement(&uid))
        .await?
        .filter(|t| compte.a_un_role(&t.finess, LECTURE))
        .ok_or_else(introuvable)?;
    let constats = t.constats_lus().map_err(interne)?;
    let corps = c::Traitement {
        uid_traitement: t.uid,
        campagne: t.campagne,
        finess: t.finess,
        etat: t.etat,
        position: t.position,
        recu: t.recu,
        termine: t.termine,
        constats,
    };
    crate::reponses::json(StatusCode::OK, &corps)
}

pub async fn collection(
    State(a): A,
    Extension(compte): Extension<Arc<Compte>>,
    collecte: Extrait<Collecte>,
) -> Resultat {
    let Collecte { id, finess } = collecte?;
    role(&compte, &finess, LECTURE)?;
    campagne(&a, &id)?;
    corps_collection(&a, id, finess).await
}

async fn corps_collection(a: &Arc<Appli>, id: String, finess: String) -> Resultat {
    let a2 = a.clone();
    let (id2, f2) = (id.clone(), finess.clone());
    let l = bloquant(move || a2.store.collection(&id2, &f2)).await?;
    let corps = c::Collection {
        campagne: id,
        finess,
        statut: l.statut,
        dernier_traitement: l.dernier.map(|(u, _)| u),
        historique: l
            .historique
            .into_iter()
            .map(|(u, e, r)| c::Historique {
                uid_traitement: u,
                etat: e,
                recu: r,
            })
            .collect(),
    };
    crate::reponses::json(StatusCode::OK, &corps)
}

// ---- WS08 ----

pub async fn statut(
    State(a): A,
    Extension(compte): Extension<Arc<Compte>>,
    collecte: Extrait<Collecte>,
    type_: Extrait<TypeContenu<Json>>,
    corps: Extrait<Corps>,
) -> Resultat {
    let Collecte { id, finess } = collecte?;
    let Corps(corps) = corps?;
    role(&compte, &finess, &[Role::Declarant, Role::Autorite])?;
    type_?;
    let v = verifier(move || json(&corps)).await?;
    let demande: c::DemandeStatut = serde_json::from_value(v).map_err(|_| {
        Probleme::new(
            Code::JsonInvalide,
            "le corps doit être {\"statut\": \"transmise\" | \"en_saisie\" | \"validee\"}",
        )
    })?;
    let k = campagne(&a, &id)?.clone();
    let voulu = demande.statut;
    let requis = if voulu == c::Statut::Validee {
        Role::Autorite
    } else {
        Role::Declarant
    };
    role(&compte, &finess, &[requis])?;
    let fait = domaine::changer_statut(&a, &k, &id, &finess, &compte.client_id, voulu)
        .await
        .map_err(interne)?;
    if let Err((avant, refus)) = fait {
        return Err(refus.rejet(avant, voulu).into());
    }
    corps_collection(&a, id, finess).await
}

// ---- Fallbacks ----

pub async fn inconnue() -> Probleme {
    Probleme::new(Code::Introuvable, "aucune ressource à cette adresse")
}

pub async fn methode_non_permise() -> Probleme {
    Probleme::new(
        Code::MethodeNonPermise,
        "cette méthode n'est pas permise sur cette ressource",
    )
}
