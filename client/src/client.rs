//! Le client asynchrone : une méthode par appel du contrat, et `envoyer`,
//! qui valide localement avant de soumettre.

use crate::config::Config;
use crate::contrat::{
    self, Accuse, Campagne, Campagnes, Collection, DemandeStatut, Niveau, Service, Statut,
    Traitement, ValidationModele,
};
use crate::envoi::{self, Envoi, Soumission};
use crate::erreur::Erreur;
use crate::transport::{Reponse, Requete, Transporteur};
use reqwest::Method;
use reqwest::header;
use sha2::Digest;
use sidoba_core::model::{self, Modele, Source};
use std::sync::Arc;

/// Le modèle d'une campagne tel que WS02 l'a servi, contrôlé par son SHA-256.
#[derive(Debug, Clone)]
pub struct ModeleRecu {
    /// Les octets du modèle, tels que publiés.
    pub octets: Vec<u8>,
    pub sha256: String,
}

/// Le client de l'API SIDOBA. Le cloner ne coûte rien : les clones
/// partagent les connexions et le jeton.
#[derive(Clone)]
pub struct Client {
    t: Arc<Transporteur>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.t.config)
            .finish_non_exhaustive()
    }
}

fn sha256_hex(octets: &[u8]) -> String {
    sha2::Sha256::digest(octets)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A success status, or the answer as its error.
fn attendre(rep: Reponse, statut: u16) -> Result<Reponse, Erreur> {
    if rep.statut == statut {
        Ok(rep)
    } else {
        Err(rep.erreur())
    }
}

impl Client {
    pub fn new(config: Config) -> Result<Client, Erreur> {
        Ok(Client {
            t: Arc::new(Transporteur::new(config)?),
        })
    }

    /// Depuis `SIDOBA_URL`, `SIDOBA_CLIENT_ID` et `SIDOBA_CLIENT_SECRET`.
    pub fn depuis_environnement() -> Result<Client, Erreur> {
        Client::new(Config::depuis_environnement()?)
    }

    pub fn config(&self) -> &Config {
        &self.t.config
    }

    /// WS01 : les campagnes ouvertes, d'un module ou de tous.
    pub async fn campagnes(&self, module: Option<&str>) -> Result<Vec<Campagne>, Erreur> {
        let mut chemin = contrat::chemin_campagnes();
        if let Some(m) = module {
            chemin = format!("{chemin}?module={}", encoder_requete(m));
        }
        let rep = attendre(self.t.appeler(&Requete::get(chemin)).await?, 200)?;
        Ok(rep.json::<Campagnes>()?.campagnes)
    }

    /// Une campagne ouverte (WS01), ou [`Erreur::CampagneInconnue`].
    pub async fn campagne(&self, id: &str) -> Result<Campagne, Erreur> {
        self.campagnes(None)
            .await?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or_else(|| Erreur::CampagneInconnue(id.to_owned()))
    }

    /// WS02 : le modèle de la campagne, ses octets contrôlés par l'ETag et,
    /// s'il est donné, par le SHA-256 qu'annonce WS01.
    pub async fn modele(&self, campagne: &str, sha256: Option<&str>) -> Result<ModeleRecu, Erreur> {
        let rep = self
            .t
            .appeler(&Requete::get(contrat::chemin_modele(campagne)))
            .await?;
        let rep = attendre(rep, 200)?;
        let obtenue = sha256_hex(&rep.corps);
        let etag = rep.entete(header::ETAG).and_then(contrat::etag_sha256);
        for attendue in [etag, sha256].into_iter().flatten() {
            if !attendue.eq_ignore_ascii_case(&obtenue) {
                return Err(Erreur::EmpreinteDifferente {
                    attendue: attendue.to_owned(),
                    obtenue,
                });
            }
        }
        Ok(ModeleRecu {
            octets: rep.corps,
            sha256: obtenue,
        })
    }

    /// WS02 pour une campagne listée par WS01, contrôlé et chargé.
    pub async fn modele_charge(&self, campagne: &Campagne) -> Result<(ModeleRecu, Modele), Erreur> {
        let recu = self
            .modele(&campagne.id, Some(&campagne.modele.sha256))
            .await?;
        let invalide = |problemes| Erreur::ModeleInvalide {
            campagne: campagne.id.clone(),
            problemes,
        };
        let source =
            Source::depuis_octets(&campagne.id, recu.octets.clone()).map_err(|_| invalide(1))?;
        let (m, _avertissements) = model::charger(&source, false).map_err(|d| invalide(d.len()))?;
        Ok((recu, m))
    }

    /// WS03 : les problèmes que le serveur trouve dans un modèle.
    pub async fn valider_modele(&self, modele: &[u8]) -> Result<ValidationModele, Erreur> {
        let r = Requete::avec_corps(
            Method::POST,
            contrat::chemin_validation_modele(),
            contrat::TYPE_JSON,
            modele.to_vec(),
        );
        attendre(self.t.appeler(&r).await?, 200)?.json()
    }

    /// WS04 : le rapport JSON des écarts entre deux modèles, en texte (ses
    /// nombres sont des décimaux de modèles, jamais lus en flottant).
    pub async fn ecarts(&self, ancien: &str, nouveau: &str) -> Result<String, Erreur> {
        let brut = |s: &str| {
            serde_json::value::RawValue::from_string(s.to_owned())
                .map_err(|_| Erreur::Configuration("un des deux modèles n'est pas du JSON".into()))
        };
        let (a, n) = (brut(ancien)?, brut(nouveau)?);
        let corps = serde_json::to_vec(&contrat::DemandeEcarts {
            ancien: &a,
            nouveau: &n,
        })
        .map_err(|_| Erreur::Configuration("demande d'écarts impossible à écrire".into()))?;
        let r = Requete::avec_corps(
            Method::POST,
            contrat::chemin_ecarts(),
            contrat::TYPE_JSON,
            corps,
        );
        let rapport: Box<serde_json::value::RawValue> =
            attendre(self.t.appeler(&r).await?, 200)?.json()?;
        Ok(rapport.get().to_owned())
    }

    /// WS05, WS07 ou WS09 : envoie une soumission préparée, avec sa clé à
    /// chaque tentative. Pas de validation locale ici : voir [`Client::envoyer`].
    pub async fn soumettre(&self, s: &Soumission) -> Result<Accuse, Erreur> {
        if s.corps.len() > contrat::TAILLE_MAX {
            return Err(Erreur::TropVolumineux {
                octets: s.corps.len(),
            });
        }
        let mut r = Requete::avec_corps(
            Method::POST,
            contrat::chemin_soumission(&s.campagne, &s.finess, s.service),
            s.service.type_contenu(),
            s.corps.clone(),
        );
        r.cle_idempotence = Some(s.cle().to_owned());
        attendre(self.t.appeler(&r).await?, 202)?.json()
    }

    /// Valide un fichier localement avec le modèle de la campagne, puis le
    /// soumet (WS05 pour un payload, WS07/WS09 pour un Bundle, reconnu à son
    /// contenu). Des constats bloquants l'arrêtent sauf avec `forcer` :
    /// rien n'est envoyé et l'erreur les porte.
    pub async fn envoyer(
        &self,
        campagne: &str,
        finess: &str,
        contenu: Vec<u8>,
        forcer: bool,
    ) -> Result<Envoi, Erreur> {
        self.envoyer_avec_cle(campagne, finess, contenu, forcer, None)
            .await
    }

    /// [`Client::envoyer`] avec l'`Idempotency-Key` choisie par l'appelant
    /// (une neuve si `None`).
    pub async fn envoyer_avec_cle(
        &self,
        campagne: &str,
        finess: &str,
        contenu: Vec<u8>,
        forcer: bool,
        cle: Option<String>,
    ) -> Result<Envoi, Erreur> {
        if contenu.len() > contrat::TAILLE_MAX {
            return Err(Erreur::TropVolumineux {
                octets: contenu.len(),
            });
        }
        let service = contrat::service_du_contenu(&contenu);
        let c = self.campagne(campagne).await?;
        let (_, m) = self.modele_charge(&c).await?;
        let (niveau, attendu) = match service {
            Service::Ws05 => (
                Niveau::Structure,
                "un Bundle d'usagers (WS07/WS09), pas un payload WS05",
            ),
            Service::Ws07 | Service::Ws09 => (Niveau::Usager, "un payload WS05, pas un Bundle"),
        };
        if c.modele.niveau != niveau {
            return Err(Erreur::NiveauIncorrect {
                campagne: c.id,
                attendu,
            });
        }
        let constats = match service {
            Service::Ws05 => envoi::valider_payload(&m, &contenu)?,
            Service::Ws07 | Service::Ws09 => envoi::valider_bundle(&m, &contenu, forcer)?,
        };
        envoi::verifier_finess(&m, service, finess, &contenu)?;
        let constats = envoi::decider(constats, forcer)?;
        let mut s = Soumission::new(service, campagne, finess, contenu);
        if let Some(c) = cle {
            s = s.avec_cle(c);
        }
        let accuse = self.soumettre(&s).await?;
        Ok(Envoi {
            service,
            accuse,
            constats,
            cle: s.cle().to_owned(),
        })
    }

    /// WS06 : l'état et les constats d'un traitement.
    pub async fn traitement(&self, uid: &str) -> Result<Traitement, Erreur> {
        let r = Requete::get(contrat::chemin_traitement(uid));
        attendre(self.t.appeler(&r).await?, 200)?.json()
    }

    /// WS06 jusqu'à ce que le traitement soit `accepte` ou `rejete` ; `etape`
    /// voit chaque état lu (le premier et chaque changement).
    pub async fn suivre(
        &self,
        uid: &str,
        mut etape: impl FnMut(&Traitement),
    ) -> Result<Traitement, Erreur> {
        let mut precedent: Option<(contrat::Etat, u64)> = None;
        loop {
            let t = self.traitement(uid).await?;
            if precedent != Some((t.etat, t.position)) {
                etape(&t);
                precedent = Some((t.etat, t.position));
            }
            if t.etat.final_() {
                return Ok(t);
            }
            tokio::time::sleep(self.t.config.intervalle_suivi).await;
        }
    }

    /// WS06 : le statut et l'historique d'une collection.
    pub async fn collection(&self, campagne: &str, finess: &str) -> Result<Collection, Erreur> {
        let r = Requete::get(contrat::chemin_collection(campagne, finess));
        attendre(self.t.appeler(&r).await?, 200)?.json()
    }

    /// WS08 : change le statut d'une collection (`transmise`, ou `en_saisie`
    /// pour la rouvrir).
    pub async fn changer_statut(
        &self,
        campagne: &str,
        finess: &str,
        statut: Statut,
    ) -> Result<Collection, Erreur> {
        let corps = serde_json::to_vec(&DemandeStatut { statut })
            .map_err(|_| Erreur::Configuration("demande de statut impossible à écrire".into()))?;
        let r = Requete::avec_corps(
            Method::PUT,
            contrat::chemin_statut(campagne, finess),
            contrat::TYPE_JSON,
            corps,
        );
        let rep = self.t.appeler(&r).await?;
        if rep.statut == 409 && rep.tentatives > 1 {
            // A retried change may have been applied by an attempt whose
            // answer was lost: the collection tells.
            let c = self.collection(campagne, finess).await?;
            if c.statut == statut {
                return Ok(c);
            }
        }
        attendre(rep, 200)?.json()
    }

    /// WS08 `transmise`.
    pub async fn transmettre(&self, campagne: &str, finess: &str) -> Result<Collection, Erreur> {
        self.changer_statut(campagne, finess, Statut::Transmise)
            .await
    }

    /// WS08 `en_saisie` : rouvre une collection transmise.
    pub async fn rouvrir(&self, campagne: &str, finess: &str) -> Result<Collection, Erreur> {
        self.changer_statut(campagne, finess, Statut::EnSaisie)
            .await
    }
}

fn encoder_requete(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
