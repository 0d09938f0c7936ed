//! The sandbox's domain, apart from HTTP: WS08's transitions and the
//! admission rules of a submission (`api.md`), used by the API's routes
//! and the verification screen alike. Refusals carry the contract's code
//! and a French sentence; the routes turn them into problem+json, the
//! screen into a sentence.

use crate::campagnes::Campagne;
use crate::{Appli, Erreur, hors_executeur};
use sha2::{Digest, Sha256};
use sidoba_contrat::{Code, Etat, Service, Statut};
use sidoba_core::model::Modele;
use std::sync::Arc;

/// A refusal by a rule of the contract: its code and its sentence (which
/// never quotes a payload value, but a FINESS, which is not personal data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejet {
    pub code: Code,
    pub detail: String,
}

impl Rejet {
    fn new(code: Code, detail: impl Into<String>) -> Rejet {
        Rejet {
            code,
            detail: detail.into(),
        }
    }
}

// ---- WS08 ----

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

    /// The 409 `transition_interdite` of the API.
    pub fn rejet(self, avant: Statut, voulu: Statut) -> Rejet {
        let detail = if self == Refus::Concurrente {
            self.phrase().to_owned()
        } else {
            format!(
                "passage de {} à {} impossible : {}",
                avant.code(),
                voulu.code(),
                self.phrase()
            )
        };
        Rejet::new(Code::TransitionInterdite, detail)
    }
}

/// WS08's rules: `en_saisie → transmise` once the last processing is
/// accepted, `transmise → en_saisie` while the campaign is open,
/// `transmise → validee`; `validee` is final; nothing else.
pub fn transition(
    actuel: Statut,
    voulu: Statut,
    dernier: Option<Etat>,
    ouverte: bool,
) -> Result<(), Refus> {
    use Statut as S;
    let refus = match (actuel, voulu) {
        (S::EnSaisie, S::Transmise) => {
            (dernier != Some(Etat::Accepte)).then_some(Refus::NonAccepte)
        }
        (S::Transmise, S::EnSaisie) => (!ouverte).then_some(Refus::CampagneFermee),
        (S::Transmise, S::Validee) => None,
        (S::Validee, _) => Some(Refus::Definitive),
        _ => Some(Refus::NonPrevue),
    };
    refus.map_or(Ok(()), Err)
}

/// WS08 applied: the collection read, [`transition`] decided, the change
/// written if the status did not move meanwhile (the caller has checked
/// the roles and the campaign).
pub(crate) async fn changer_statut(
    a: &Arc<Appli>,
    k: &Campagne,
    id: &str,
    finess: &str,
    client_id: &str,
    voulu: Statut,
) -> Result<Result<(), (Statut, Refus)>, Erreur> {
    let (a2, id2, f2) = (a.clone(), id.to_owned(), finess.to_owned());
    let l = hors_executeur(move || a2.store.collection(&id2, &f2)).await?;
    let dernier = l.dernier.as_ref().map(|(_, e)| *e);
    if let Err(r) = transition(l.statut, voulu, dernier, k.ouverte(a.aujourdhui())) {
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
    let fait = hors_executeur(move || {
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

// ---- Admission of a submission (WS05, WS07, WS09) ----

/// What an `Idempotency-Key` is bound to: the route, the collection and
/// the body.
pub fn empreinte(service: Service, id: &str, finess: &str, corps: &[u8]) -> Vec<u8> {
    let mut s = Sha256::new();
    for partie in [service.code().as_bytes(), id.as_bytes(), finess.as_bytes()] {
        s.update((partie.len() as u64).to_be_bytes());
        s.update(partie);
    }
    s.update(corps);
    s.finalize().to_vec()
}

pub fn cle_reutilisee() -> Rejet {
    Rejet::new(
        Code::CleIdempotenceReutilisee,
        "cette clé d'idempotence a déjà servi pour un autre envoi de ce compte",
    )
}

/// The collection takes data only `en_saisie`.
pub fn statut_admis(s: Statut) -> Result<(), Rejet> {
    if s == Statut::EnSaisie {
        Ok(())
    } else {
        Err(statut_incompatible(s))
    }
}

/// 409 `statut_incompatible`, the status as it was read.
pub fn statut_incompatible(s: Statut) -> Rejet {
    Rejet::new(
        Code::StatutIncompatible,
        format!(
            "la collecte est au statut {} : elle n'accepte plus de données",
            s.code()
        ),
    )
}

/// The campaign is open on `aujourdhui` and its model is of the route's level.
pub fn campagne_admise(
    k: &Campagne,
    id: &str,
    service: Service,
    aujourdhui: jiff::civil::Date,
) -> Result<(), Rejet> {
    if !k.ouverte(aujourdhui) {
        return Err(Rejet::new(
            Code::CampagneFermee,
            format!("la campagne {id} n'est pas ouverte à cette date"),
        ));
    }
    let structure = service == Service::Ws05;
    if k.structure() != structure {
        let (attendu, voie_nom) = if structure {
            ("structure", "WS05")
        } else {
            ("usager", "WS07/WS09")
        };
        return Err(Rejet::new(
            Code::NiveauIncorrect,
            format!(
                "la campagne {id} a un modèle de niveau {}, {voie_nom} attend un modèle de niveau {attendu}",
                if k.structure() { "structure" } else { "usager" }
            ),
        ));
    }
    Ok(())
}

/// The reference a user-level report makes to its model: it must end with
/// this, whatever base URL precedes it.
fn suffixe_reference_modele(code: &str, version: &str) -> String {
    format!("/Questionnaire/{code}|{version}")
}

/// The model references of a FHIR Bundle: each QuestionnaireResponse's
/// `questionnaire` (None when absent), in entry order; None when the body
/// is not a Bundle. (For WS07, the CDA documents' own references need the
/// Bundle reader: see [`modele_cda`].)
fn references_bundle(bundle: &serde_json::Value) -> Option<Vec<Option<&str>>> {
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
fn identite_payload(payload: &serde_json::Value) -> Option<(&str, &str, &str)> {
    let campagne = payload.get("campagne")?.as_str()?;
    let modele = payload.get("modele")?;
    Some((
        campagne,
        modele.get("code")?.as_str()?,
        modele.get("version")?.as_str()?,
    ))
}

fn modele_different(m: &Modele, quoi: &str) -> Rejet {
    Rejet::new(
        Code::ModeleDifferent,
        format!(
            "{quoi} : la campagne {} attend le modèle {} version {}",
            m.campagne.id, m.identite.code, m.identite.version
        ),
    )
}

/// The payload names the campaign's model (`modele_different` otherwise).
pub fn reference(m: &Modele, v: &serde_json::Value, service: Service) -> Result<(), Rejet> {
    let (code, version) = (&m.identite.code, &m.identite.version);
    if service == Service::Ws05 {
        return match identite_payload(v) {
            Some((k, kc, kv)) if k == m.campagne.id && kc == code && kv == version => Ok(()),
            Some(_) => Err(modele_different(
                m,
                "le payload nomme une autre campagne ou un autre modèle",
            )),
            None => Err(modele_different(
                m,
                "le payload ne nomme pas sa campagne et son modèle (campagne, modele.code, modele.version)",
            )),
        };
    }
    let suffixe = suffixe_reference_modele(code, version);
    let Some(references) = references_bundle(v) else {
        return Err(modele_different(m, "le corps n'est pas un Bundle FHIR"));
    };
    if service == Service::Ws09 && references.is_empty() {
        return Err(modele_different(
            m,
            "le Bundle ne contient aucun QuestionnaireResponse",
        ));
    }
    for (i, r) in references.iter().enumerate() {
        if !r.is_some_and(|r| r.ends_with(&suffixe)) {
            return Err(modele_different(
                m,
                &format!(
                    "le QuestionnaireResponse n° {} du Bundle renvoie à un autre questionnaire",
                    i + 1
                ),
            ));
        }
    }
    Ok(())
}

/// The submission belongs to the URL's structure (`finess_different`).
pub fn finess(
    m: &Modele,
    v: &serde_json::Value,
    service: Service,
    finess: &str,
) -> Result<(), Rejet> {
    use sidoba_core::finess as f;
    let differences = if service == Service::Ws05 {
        f::payload(m, v, finess)
    } else {
        f::bundle(m, v, finess)
    };
    match differences.split_first() {
        None => Ok(()),
        Some((d, autres)) => Err(Rejet::new(
            Code::FinessDifferent,
            d.phrase(finess, autres.len()),
        )),
    }
}

/// WS07: every document's « Autre type d'évaluation » translation (its
/// campaign report, a model evaluation) names the campaign's model and
/// version (`api.md`). Decoding and parsing documents is CPU work: the
/// caller runs this off the executor. A document that cannot be read is
/// left to the worker's findings.
pub fn modele_cda(m: &Modele, v: &serde_json::Value) -> Result<(), Rejet> {
    let (code, version) = (&m.identite.code, &m.identite.version);
    let autre = v
        .get("entry")
        .and_then(|e| e.as_array())
        .into_iter()
        .flatten()
        .filter_map(|e| e.get("resource"))
        .filter(|r| r.get("resourceType").and_then(|t| t.as_str()) == Some("DocumentReference"))
        .filter_map(|r| r.pointer("/content/0/attachment/data")?.as_str())
        .position(|d| {
            sidoba_core::usager::cda::modeles_nommes(d).is_some_and(|noms| {
                noms.iter()
                    .any(|(c, ver)| c != code || ver.as_deref() != Some(version.as_str()))
            })
        });
    match autre {
        None => Ok(()),
        Some(i) => Err(Rejet::new(
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

#[cfg(test)]
mod tests {
    use super::*;
    use Statut as S;

    #[test]
    fn ws08_ne_permet_que_les_transitions_du_contrat() {
        let accepte = Some(Etat::Accepte);
        assert_eq!(transition(S::EnSaisie, S::Transmise, accepte, true), Ok(()));
        assert_eq!(
            transition(S::EnSaisie, S::Transmise, Some(Etat::Rejete), true),
            Err(Refus::NonAccepte)
        );
        assert_eq!(
            transition(S::EnSaisie, S::Transmise, None, true),
            Err(Refus::NonAccepte)
        );
        assert_eq!(transition(S::Transmise, S::EnSaisie, None, true), Ok(()));
        assert_eq!(
            transition(S::Transmise, S::EnSaisie, None, false),
            Err(Refus::CampagneFermee)
        );
        assert_eq!(transition(S::Transmise, S::Validee, None, false), Ok(()));
        assert_eq!(
            transition(S::Validee, S::EnSaisie, accepte, true),
            Err(Refus::Definitive)
        );
        assert_eq!(
            transition(S::EnSaisie, S::Validee, accepte, true),
            Err(Refus::NonPrevue)
        );
        for r in Refus::TOUS {
            assert_eq!(Refus::depuis(r.code()), Some(r));
        }
    }

    #[test]
    fn une_cle_est_liee_a_sa_voie_sa_collecte_et_son_corps() {
        let e = empreinte(Service::Ws05, "X", "1", b"{}");
        assert_eq!(e, empreinte(Service::Ws05, "X", "1", b"{}"));
        assert_ne!(e, empreinte(Service::Ws09, "X", "1", b"{}"));
        assert_ne!(e, empreinte(Service::Ws05, "X1", "", b"{}"));
        assert_ne!(e, empreinte(Service::Ws05, "X", "1", b"{ }"));
    }
}
