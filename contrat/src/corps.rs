//! Les corps JSON de chaque appel, dans les deux sens : le serveur les
//! écrit, le client les lit (et l'inverse pour les demandes).

use crate::{Constat, Etat, Niveau, Service, Statut, oauth};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Le formulaire de `POST /v1/jeton` (les champs manquent dans une demande
/// mal formée).
#[derive(Clone, Default, Serialize, Deserialize)]
pub struct DemandeJeton {
    pub grant_type: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
}

impl DemandeJeton {
    /// La demande d'un jeton avec les identifiants du client (RFC 6749 §4.4).
    pub fn identifiants(client_id: &str, secret: &str) -> DemandeJeton {
        DemandeJeton {
            grant_type: Some(oauth::GRANT.into()),
            client_id: Some(client_id.into()),
            client_secret: Some(secret.into()),
        }
    }
}

impl std::fmt::Debug for DemandeJeton {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret.
        f.debug_struct("DemandeJeton")
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}

/// Le `200` de `POST /v1/jeton`.
#[derive(Clone, Serialize, Deserialize)]
pub struct ReponseJeton {
    pub access_token: String,
    #[serde(default)]
    pub token_type: Option<String>,
    pub expires_in: u64,
}

impl std::fmt::Debug for ReponseJeton {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the token.
        f.debug_struct("ReponseJeton")
            .field("expires_in", &self.expires_in)
            .finish_non_exhaustive()
    }
}

/// Une erreur de `POST /v1/jeton` (RFC 6749 §5.2), le seul corps d'erreur
/// qui n'est pas un problème.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErreurOAuth {
    pub error: String,
}

/// Le filtre de WS01.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FiltreCampagnes {
    pub module: Option<String>,
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

/// Le `200` de WS03.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidationModele {
    pub valide: bool,
    pub problemes: Vec<ProblemeModele>,
}

/// Un problème d'un modèle (WS03, et les `problemes` de `modele_invalide`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemeModele {
    /// Le modèle d'une demande WS04 (`ancien`, `nouveau`) ; absent pour WS03.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modele: Option<String>,
    pub pointeur: String,
    pub ligne: Option<u64>,
    pub colonne: Option<u64>,
    /// `erreur` ou `avertissement`.
    pub gravite: String,
    pub message: String,
}

/// Le corps de WS04 : les deux modèles, gardés tels qu'écrits (leurs
/// positions et leur SHA-256 sont ceux des octets envoyés).
#[derive(Debug, Serialize, Deserialize)]
pub struct DemandeEcarts<'a> {
    #[serde(borrow)]
    pub ancien: &'a RawValue,
    #[serde(borrow)]
    pub nouveau: &'a RawValue,
}

/// Le `202` de WS05/07/09 : l'accusé de réception.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Accuse {
    pub uid_traitement: String,
    pub position: u64,
}

/// Le `200` de WS06 sur un traitement.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Traitement {
    pub uid_traitement: String,
    pub campagne: String,
    pub finess: String,
    pub etat: Etat,
    pub position: u64,
    pub recu: String,
    pub termine: Option<String>,
    /// Les constats calculés par le serveur (ceux de `sidoba validate`).
    pub constats: Vec<Constat>,
}

impl std::fmt::Debug for Traitement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A finding's message may quote the faulty value: only their places.
        let lieux: Vec<(&str, &str)> = self
            .constats
            .iter()
            .map(|c| (c.chemin.as_str(), c.code.code()))
            .collect();
        f.debug_struct("Traitement")
            .field("uid_traitement", &self.uid_traitement)
            .field("campagne", &self.campagne)
            .field("finess", &self.finess)
            .field("etat", &self.etat)
            .field("position", &self.position)
            .field("recu", &self.recu)
            .field("termine", &self.termine)
            .field("constats", &lieux)
            .finish()
    }
}

/// Un envoi de l'historique d'une collection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Historique {
    pub uid_traitement: String,
    pub etat: Etat,
    pub recu: String,
}

/// Le `200` de WS06 sur une collection, et de WS08.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Collection {
    pub campagne: String,
    pub finess: String,
    pub statut: Statut,
    pub dernier_traitement: Option<String>,
    /// Du plus récent au plus ancien.
    pub historique: Vec<Historique>,
}

/// Le corps de WS08.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemandeStatut {
    pub statut: Statut,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CodeConstat, Severite};

    #[test]
    fn le_contenu_dit_le_service() {
        assert_eq!(service_du_contenu(br#"{"campagne":"X"}"#), Service::Ws05);
        assert_eq!(service_du_contenu(b"pas du json"), Service::Ws05);
        assert_eq!(
            service_du_contenu(
                br#"{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient"}}]}"#
            ),
            Service::Ws09
        );
        assert_eq!(
            service_du_contenu(
                br#"{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"DocumentReference"}}]}"#
            ),
            Service::Ws07
        );
    }

    #[test]
    fn un_traitement_se_relit_tel_qu_ecrit_et_cache_ses_messages_a_debug() {
        let t = Traitement {
            uid_traitement: "u".into(),
            campagne: "c".into(),
            finess: "010000008".into(),
            etat: Etat::Rejete,
            position: 0,
            recu: "2027-04-01T08:00:00.000Z".into(),
            termine: None,
            constats: vec![Constat {
                chemin: "gmp".into(),
                code: CodeConstat::Max,
                regle: None,
                severite: Severite::Bloquante,
                message: "VALEUR-MARQUEUR".into(),
            }],
        };
        let texte = serde_json::to_string(&t).unwrap();
        assert_eq!(
            texte,
            r#"{"uidTraitement":"u","campagne":"c","finess":"010000008","etat":"rejete","position":0,"recu":"2027-04-01T08:00:00.000Z","termine":null,"constats":[{"chemin":"gmp","code":"max","severite":"bloquante","message":"VALEUR-MARQUEUR"}]}"#
        );
        assert_eq!(serde_json::from_str::<Traitement>(&texte).unwrap(), t);
        assert!(!format!("{t:?}").contains("MARQUEUR"));
    }

    #[test]
    fn la_demande_et_la_reponse_de_jeton_cachent_leurs_secrets_a_debug() {
        let d = DemandeJeton::identifiants("a", "SECRET");
        assert!(!format!("{d:?}").contains("SECRET"));
        let r = ReponseJeton {
            access_token: "JETON".into(),
            token_type: None,
            expires_in: 1,
        };
        assert!(!format!("{r:?}").contains("JETON"));
    }
}
