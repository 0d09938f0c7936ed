//! The handlers of api.md. Each runs the checks in the contract's order
//! (token and body size are done by the layers of `crate::limites`).

use crate::Appli;
use crate::auth::Compte;
use crate::contrat::{self as c, Code, Probleme, Role};
use crate::store::{Depot, Soumission};
use crate::worker;
use axum::body::{Body, Bytes};
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Form};
use sha2::{Digest, Sha256};
use sidoba_core::model::{self, Diagnostic, Source};
use std::sync::Arc;

type Resultat = Result<Response, Probleme>;
type A = State<Arc<Appli>>;
type Chemin2 = Result<Path<(String, String)>, PathRejection>;

pub(crate) const LECTURE: &[Role] = &[Role::Lecteur, Role::Declarant, Role::Autorite];

/// Runs a short SQLite call off the async threads.
pub(crate) async fn bloquant<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, crate::Erreur> + Send + 'static,
) -> Result<T, Probleme> {
    match tokio::task::spawn_blocking(f).await {
        Ok(Ok(t)) => Ok(t),
        Ok(Err(e)) => {
            eprintln!("sidoba sandbox : {e}");
            Err(interne())
        }
        Err(_) => Err(interne()),
    }
}

fn interne() -> Probleme {
    Probleme::new(Code::ErreurInterne, "erreur interne du bac à sable")
}

fn json_ok(statut: StatusCode, corps: String) -> Response {
    let mut r = (statut, corps).into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(c::JSON));
    r
}

fn serialiser<T: serde::Serialize>(v: &T) -> Result<String, Probleme> {
    serde_json::to_string(v).map_err(|_| interne())
}

fn chemin2(p: Chemin2) -> Result<(String, String), Probleme> {
    p.map(|Path(x)| x)
        .map_err(|_| Probleme::new(Code::Introuvable, "chemin invalide"))
}

/// The body, whole; over the limit while streaming → 413.
async fn lire_corps(corps: Body) -> Result<Bytes, Probleme> {
    axum::body::to_bytes(corps, c::TAILLE_MAX)
        .await
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

pub fn trop_volumineux() -> Probleme {
    Probleme::new(
        Code::TropVolumineux,
        format!("le corps dépasse {} Mio", c::TAILLE_MAX / (1024 * 1024)),
    )
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

fn type_contenu(h: &HeaderMap, attendu: &str) -> Result<(), Probleme> {
    if c::type_contenu_est(h.get(header::CONTENT_TYPE), attendu) {
        Ok(())
    } else {
        Err(Probleme::new(
            Code::TypeContenu,
            format!("le corps doit être de type {attendu}"),
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
    let requete_invalide = || c::erreur_oauth(StatusCode::BAD_REQUEST, c::OAUTH_REQUETE_INVALIDE);
    if !c::type_contenu_est(h.get(header::CONTENT_TYPE), c::FORMULAIRE) {
        return requete_invalide();
    }
    let Ok(Form(d)) = form else {
        return requete_invalide();
    };
    if d.grant_type.as_deref() != Some(c::OAUTH_GRANT) {
        return c::erreur_oauth(StatusCode::BAD_REQUEST, c::OAUTH_GRANT_NON_SUPPORTE);
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
        return c::erreur_oauth(StatusCode::UNAUTHORIZED, c::OAUTH_CLIENT_INVALIDE);
    };
    let a2 = a.clone();
    let client = compte.client_id.clone();
    match bloquant(move || a2.jetons.emettre(&client)).await {
        Ok(jeton) => {
            let corps = c::Jeton {
                access_token: &jeton,
                token_type: "Bearer",
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
            c::CampagneOuverte {
                id: &m.campagne.id,
                libelle: &m.campagne.libelle,
                module: &m.campagne.module,
                annee: m.campagne.annee,
                date_ouverture: k.ouverture.map(|d| d.to_string()),
                date_cloture: k.cloture.map(|d| d.to_string()),
                modele: c::ModeleResume {
                    code: &m.identite.code,
                    version: &m.identite.version,
                    niveau: if k.structure() { "structure" } else { "usager" },
                    sha256: &m.sha256,
                },
            }
        })
        .collect();
    Ok(json_ok(
        StatusCode::OK,
        serialiser(&c::ListeCampagnes { campagnes })?,
    ))
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
    let etag = format!("\"{}\"", k.modele.sha256);
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
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(c::JSON));
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
        modele: quel,
        pointeur: d.pointeur.clone(),
        ligne: d.position.ligne,
        colonne: d.position.colonne,
        gravite: d.gravite.as_str(),
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

pub async fn validation(h: HeaderMap, corps: Body) -> Resultat {
    let corps = lire_corps(corps).await?;
    type_contenu(&h, c::JSON)?;
    json(&corps)?;
    let (m, problemes) =
        tokio::task::spawn_blocking(move || verifier_modele("modele.json", &corps))
            .await
            .map_err(|_| interne())?;
    let r = c::ValidationModele {
        valide: m.is_some(),
        problemes: problemes.iter().map(|d| probleme_modele(d, None)).collect(),
    };
    Ok(json_ok(StatusCode::OK, serialiser(&r)?))
}

pub async fn ecarts(h: HeaderMap, corps: Body) -> Resultat {
    let corps = lire_corps(corps).await?;
    type_contenu(&h, c::JSON)?;
    json(&corps)?;
    let texte = tokio::task::spawn_blocking(move || -> Result<String, Probleme> {
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
                    .filter(|p| p.gravite == "erreur")
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
    .await
    .map_err(|_| interne())??;
    Ok(json_ok(StatusCode::OK, texte))
}

// ---- WS05, WS07, WS09 ----

pub async fn donnees(
    a: A,
    e: Extension<Arc<Compte>>,
    p: Chemin2,
    h: HeaderMap,
    b: Body,
) -> Resultat {
    deposer(a, e, p, h, b, worker::VOIE_STRUCTURE).await
}

pub async fn usagers_cda(
    a: A,
    e: Extension<Arc<Compte>>,
    p: Chemin2,
    h: HeaderMap,
    b: Body,
) -> Resultat {
    deposer(a, e, p, h, b, worker::VOIE_CDA).await
}

pub async fn usagers_fhir(
    a: A,
    e: Extension<Arc<Compte>>,
    p: Chemin2,
    h: HeaderMap,
    b: Body,
) -> Resultat {
    deposer(a, e, p, h, b, worker::VOIE_FHIR).await
}

async fn deposer(
    State(a): A,
    Extension(compte): Extension<Arc<Compte>>,
    p: Chemin2,
    h: HeaderMap,
    corps: Body,
    voie: &'static str,
) -> Resultat {
    let (id, finess) = chemin2(p)?;
    let corps = lire_corps(corps).await?;
    role(&compte, &finess, &[Role::Declarant])?;
    let structure = voie == worker::VOIE_STRUCTURE;
    type_contenu(&h, if structure { c::JSON } else { c::FHIR_JSON })?;
    let valeur = json(&corps)?;
    let cle = cle_idempotence(&h)?;
    let empreinte: Vec<u8> = {
        let mut s = Sha256::new();
        for partie in [voie.as_bytes(), id.as_bytes(), finess.as_bytes()] {
            s.update((partie.len() as u64).to_be_bytes());
            s.update(partie);
        }
        s.update(&corps);
        s.finalize().to_vec()
    };
    // A retry is answered before the campaign checks: its first answer
    // stands even if the campaign closed or the collection was sent since.
    let (a2, client, cle2) = (a.clone(), compte.client_id.clone(), cle.clone());
    if let Some((e, reponse)) = bloquant(move || a2.store.idempotence(&client, &cle2)).await? {
        return rejouer(&e, &empreinte, reponse);
    }
    let k = campagne(&a, &id)?.clone();
    if !k.ouverte(a.aujourdhui()) {
        return Err(Probleme::new(
            Code::CampagneFermee,
            format!("la campagne {id} n'est pas ouverte à cette date"),
        ));
    }
    if k.structure() != structure {
        let (attendu, voie_nom) = if structure {
            ("structure", "WS05")
        } else {
            ("usager", "WS07/WS09")
        };
        return Err(Probleme::new(
            Code::NiveauIncorrect,
            format!(
                "la campagne {id} a un modèle de niveau {}, {voie_nom} attend un modèle de niveau {attendu}",
                if k.structure() { "structure" } else { "usager" }
            ),
        ));
    }
    let (a2, id2, f2) = (a.clone(), id.clone(), finess.clone());
    let statut = bloquant(move || a2.store.statut(&id2, &f2)).await?;
    if statut != c::Statut::EnSaisie {
        return Err(statut_incompatible(statut));
    }
    verifier_reference(&k.modele, &valeur, voie)?;
    verifier_finess(&k.modele, &valeur, voie, &finess)?;
    if voie == worker::VOIE_CDA {
        verifier_modele_cda(&k.modele, &valeur).await?;
    }
    let uid = uuid::Uuid::new_v4().to_string();
    let recu = crate::horodatage(a.aujourdhui);
    let s = Soumission {
        uid: uid.clone(),
        client_id: compte.client_id.clone(),
        campagne: id,
        finess,
        voie,
        corps: corps.to_vec(),
        recu,
        cle,
        empreinte,
    };
    let reponse = Box::new(move |position| {
        serde_json::to_string(&c::Accepte {
            uid_traitement: &uid,
            position,
        })
        .unwrap_or_default()
    });
    // Group commit: answered once the transaction holding it is on disk.
    let depot = a.ecrivain.deposer(s, reponse).await.map_err(|e| {
        eprintln!("sidoba sandbox : {e}");
        interne()
    })?;
    match depot {
        Depot::Nouveau(r) => {
            a.file.reveiller();
            Ok(json_ok(StatusCode::ACCEPTED, r))
        }
        Depot::Rejoue(r) => Ok(json_ok(StatusCode::ACCEPTED, r)),
        Depot::CleReutilisee => Err(cle_reutilisee()),
        Depot::StatutIncompatible => Err(statut_incompatible(statut)),
    }
}

fn rejouer(enregistree: &[u8], empreinte: &[u8], reponse: String) -> Resultat {
    if enregistree == empreinte {
        Ok(json_ok(StatusCode::ACCEPTED, reponse))
    } else {
        Err(cle_reutilisee())
    }
}

fn cle_reutilisee() -> Probleme {
    Probleme::new(
        Code::CleIdempotenceReutilisee,
        "cette clé d'idempotence a déjà servi pour un autre envoi de ce compte",
    )
}

fn statut_incompatible(s: c::Statut) -> Probleme {
    Probleme::new(
        Code::StatutIncompatible,
        format!(
            "la collecte est au statut {} : elle n'accepte plus de données",
            s.code()
        ),
    )
}

fn cle_idempotence(h: &HeaderMap) -> Result<String, Probleme> {
    let v = h.get(c::CLE_IDEMPOTENCE).ok_or_else(|| {
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
    Ok(String::from_utf8_lossy(v.as_bytes()).into_owned())
}

/// The payload names the campaign's model (`modele_different` otherwise).
fn verifier_reference(
    m: &sidoba_core::model::Modele,
    v: &serde_json::Value,
    voie: &str,
) -> Result<(), Probleme> {
    let (code, version) = (&m.identite.code, &m.identite.version);
    let different = |quoi: &str| {
        Probleme::new(
            Code::ModeleDifferent,
            format!(
                "{quoi} : la campagne {} attend le modèle {code} version {version}",
                m.campagne.id
            ),
        )
    };
    if voie == worker::VOIE_STRUCTURE {
        return match c::identite_payload(v) {
            Some((k, kc, kv)) if k == m.campagne.id && kc == code && kv == version => Ok(()),
            Some(_) => Err(different(
                "le payload nomme une autre campagne ou un autre modèle",
            )),
            None => Err(different(
                "le payload ne nomme pas sa campagne et son modèle (campagne, modele.code, modele.version)",
            )),
        };
    }
    let suffixe = c::suffixe_reference_modele(code, version);
    let Some(references) = c::references_bundle(v) else {
        return Err(different("le corps n'est pas un Bundle FHIR"));
    };
    if voie == worker::VOIE_FHIR && references.is_empty() {
        return Err(different(
            "le Bundle ne contient aucun QuestionnaireResponse",
        ));
    }
    for (i, r) in references.iter().enumerate() {
        if !r.is_some_and(|r| r.ends_with(&suffixe)) {
            return Err(different(&format!(
                "le QuestionnaireResponse n° {} du Bundle renvoie à un autre questionnaire",
                i + 1
            )));
        }
    }
    Ok(())
}

/// The submission belongs to the URL's structure (`finess_different`).
fn verifier_finess(
    m: &sidoba_core::model::Modele,
    v: &serde_json::Value,
    voie: &str,
    finess: &str,
) -> Result<(), Probleme> {
    use sidoba_core::finess as f;
    let differences = if voie == worker::VOIE_STRUCTURE {
        f::payload(m, v, finess)
    } else {
        f::bundle(m, v, finess)
    };
    match differences.split_first() {
        None => Ok(()),
        Some((d, autres)) => Err(Probleme::new(
            Code::FinessDifferent,
            d.phrase(finess, autres.len()),
        )),
    }
}

/// WS07: every document's « Autre type d'évaluation » translation (its
/// campaign report, a model evaluation) names the campaign's model and
/// version (`api.md`); decoding and parsing run off the executor. A
/// document that cannot be read is left to the worker's findings.
async fn verifier_modele_cda(
    m: &sidoba_core::model::Modele,
    v: &serde_json::Value,
) -> Result<(), Probleme> {
    let donnees: Vec<String> = v
        .get("entry")
        .and_then(|e| e.as_array())
        .into_iter()
        .flatten()
        .filter_map(|e| e.get("resource"))
        .filter(|r| r.get("resourceType").and_then(|t| t.as_str()) == Some("DocumentReference"))
        .filter_map(|r| r.pointer("/content/0/attachment/data")?.as_str())
        .map(str::to_owned)
        .collect();
    let (code, version) = (m.identite.code.clone(), m.identite.version.clone());
    let autre = bloquant(move || {
        Ok(donnees.iter().position(|d| {
            sidoba_core::usager::cda::modeles_nommes(d).is_some_and(|noms| {
                noms.iter()
                    .any(|(c, ver)| *c != code || ver.as_deref() != Some(version.as_str()))
            })
        }))
    })
    .await?;
    match autre {
        None => Ok(()),
        Some(i) => Err(Probleme::new(
            Code::ModeleDifferent,
            format!(
                "le document CDA n° {} nomme un autre modèle (translation du code GEN-092.04.24) : la campagne {} attend le modèle {} version {}",
                i + 1,
                m.campagne.id,
                m.identite.code,
                m.identite.version
            ),
        )),
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
    let constats = t.constats.as_deref().unwrap_or("[]");
    let constats: Box<serde_json::value::RawValue> =
        serde_json::from_str(constats).map_err(|_| interne())?;
    let corps = c::Traitement {
        uid_traitement: &t.uid,
        campagne: &t.campagne,
        finess: &t.finess,
        etat: t.etat.code(),
        position: t.position,
        recu: &t.recu,
        termine: t.termine.as_deref(),
        constats: &constats,
    };
    Ok(json_ok(StatusCode::OK, serialiser(&corps)?))
}

pub async fn collection(
    State(a): A,
    Extension(compte): Extension<Arc<Compte>>,
    p: Chemin2,
) -> Resultat {
    let (id, finess) = chemin2(p)?;
    role(&compte, &finess, LECTURE)?;
    campagne(&a, &id)?;
    corps_collection(&a, id, finess).await
}

async fn corps_collection(a: &Arc<Appli>, id: String, finess: String) -> Resultat {
    let a2 = a.clone();
    let (id2, f2) = (id.clone(), finess.clone());
    let l = bloquant(move || a2.store.collection(&id2, &f2)).await?;
    let corps = c::Collection {
        campagne: &id,
        finess: &finess,
        statut: l.statut.code(),
        dernier_traitement: l.dernier.as_ref().map(|(u, _)| u.as_str()),
        historique: l
            .historique
            .iter()
            .map(|(u, e, r)| c::Historique {
                uid_traitement: u,
                etat: e.code(),
                recu: r,
            })
            .collect(),
    };
    Ok(json_ok(StatusCode::OK, serialiser(&corps)?))
}

// ---- WS08 ----

pub async fn statut(
    State(a): A,
    Extension(compte): Extension<Arc<Compte>>,
    p: Chemin2,
    h: HeaderMap,
    corps: Body,
) -> Resultat {
    use c::Statut as S;
    let (id, finess) = chemin2(p)?;
    let corps = lire_corps(corps).await?;
    role(&compte, &finess, &[Role::Declarant, Role::Autorite])?;
    type_contenu(&h, c::JSON)?;
    let v = json(&corps)?;
    let demande: c::DemandeStatut = serde_json::from_value(v).map_err(|_| {
        Probleme::new(
            Code::JsonInvalide,
            "le corps doit être {\"statut\": \"transmise\" | \"en_saisie\" | \"validee\"}",
        )
    })?;
    let k = campagne(&a, &id)?.clone();
    let voulu = demande.statut;
    let requis = if voulu == S::Validee {
        Role::Autorite
    } else {
        Role::Declarant
    };
    role(&compte, &finess, &[requis])?;
    if let Err((avant, refus)) =
        changer_statut(&a, &k, &id, &finess, &compte.client_id, voulu).await?
    {
        let detail = if refus == Refus::Concurrente {
            refus.phrase().to_owned()
        } else {
            format!(
                "passage de {} à {} impossible : {}",
                avant.code(),
                voulu.code(),
                refus.phrase()
            )
        };
        return Err(Probleme::new(Code::TransitionInterdite, detail));
    }
    corps_collection(&a, id, finess).await
}

/// Why WS08 refuses a change (the API answers 409 with the sentence, the
/// verification screen shows it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refus {
    NonAccepte,
    CampagneFermee,
    Definitive,
    NonPrevue,
    Concurrente,
}

impl Refus {
    pub const TOUS: [Refus; 5] = [
        Refus::NonAccepte,
        Refus::CampagneFermee,
        Refus::Definitive,
        Refus::NonPrevue,
        Refus::Concurrente,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            Refus::NonAccepte => "non-accepte",
            Refus::CampagneFermee => "campagne-fermee",
            Refus::Definitive => "definitive",
            Refus::NonPrevue => "non-prevue",
            Refus::Concurrente => "concurrente",
        }
    }

    pub fn depuis(code: &str) -> Option<Refus> {
        Refus::TOUS.into_iter().find(|r| r.code() == code)
    }

    pub const fn phrase(self) -> &'static str {
        match self {
            Refus::NonAccepte => "le dernier traitement de la collecte n'est pas accepté",
            Refus::CampagneFermee => "la campagne est fermée",
            Refus::Definitive => "une collecte validée l'est définitivement",
            Refus::NonPrevue => "transition non prévue",
            Refus::Concurrente => "la collecte a changé de statut pendant la demande",
        }
    }
}

/// WS08's transition rules, for the API and the verification screen alike
/// (the caller has checked the roles and the campaign).
pub(crate) async fn changer_statut(
    a: &Arc<Appli>,
    k: &crate::campagnes::Campagne,
    id: &str,
    finess: &str,
    client_id: &str,
    voulu: c::Statut,
) -> Result<Result<(), (c::Statut, Refus)>, Probleme> {
    use c::Statut as S;
    let (a2, id2, f2) = (a.clone(), id.to_owned(), finess.to_owned());
    let l = bloquant(move || a2.store.collection(&id2, &f2)).await?;
    let refus = match (l.statut, voulu) {
        (S::EnSaisie, S::Transmise) => {
            (!matches!(l.dernier, Some((_, c::Etat::Accepte)))).then_some(Refus::NonAccepte)
        }
        (S::Transmise, S::EnSaisie) => {
            (!k.ouverte(a.aujourdhui())).then_some(Refus::CampagneFermee)
        }
        (S::Transmise, S::Validee) => None,
        (S::Validee, _) => Some(Refus::Definitive),
        _ => Some(Refus::NonPrevue),
    };
    if let Some(r) = refus {
        return Ok(Err((l.statut, r)));
    }
    let (a2, id2, f2, client) = (
        a.clone(),
        id.to_owned(),
        finess.to_owned(),
        client_id.to_owned(),
    );
    let avant = l.statut;
    let quand = crate::horodatage(a.aujourdhui);
    let fait = bloquant(move || {
        a2.store
            .changer_statut(&id2, &f2, avant, voulu, &client, &quand)
    })
    .await?;
    Ok(if fait {
        Ok(())
    } else {
        Err((avant, Refus::Concurrente))
    })
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
