//! Les réglages du client : où est le serveur, qui est le client, comment
//! il reprend. Le secret vit dans [`Secret`], qui ne s'affiche jamais.

use crate::erreur::Erreur;
use crate::reprise::Politique;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// Un secret de client : `Debug` et `Display` écrivent `[masqué]`.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Secret {
        Secret(s.into())
    }

    /// Le secret lui-même, pour le seul endroit qui l'envoie.
    pub fn exposer(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[masqué]")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[masqué]")
    }
}

/// Ce que le client dit de son travail (reprises, jetons) : jamais un jeton,
/// un secret ni une valeur du payload.
pub type Journal = Arc<dyn Fn(&crate::Evenement) + Send + Sync>;

/// Les réglages d'un [`crate::Client`].
#[derive(Clone)]
pub struct Config {
    /// URL de base, sans `/v1` ni `/` final.
    pub url: String,
    pub client_id: String,
    pub secret: Secret,
    /// Reprises des tentatives échouées.
    pub reprise: Politique,
    /// Attente maximale d'une tentative, réponse comprise.
    pub delai_requete: Duration,
    /// Attente maximale pour ouvrir une connexion.
    pub delai_connexion: Duration,
    /// Intervalle entre deux lectures de WS06 pendant le suivi d'un traitement.
    pub intervalle_suivi: Duration,
    /// Appelé à chaque reprise et demande de jeton (aucun par défaut).
    pub journal: Option<Journal>,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("url", &self.url)
            .field("client_id", &self.client_id)
            .field("secret", &self.secret)
            .field("reprise", &self.reprise)
            .field("delai_requete", &self.delai_requete)
            .field("delai_connexion", &self.delai_connexion)
            .field("intervalle_suivi", &self.intervalle_suivi)
            .finish_non_exhaustive()
    }
}

/// Les variables d'environnement que lisent les commandes.
pub const VAR_URL: &str = "SIDOBA_URL";
pub const VAR_CLIENT_ID: &str = "SIDOBA_CLIENT_ID";
pub const VAR_SECRET: &str = "SIDOBA_CLIENT_SECRET";

impl Config {
    /// Réglages avec les délais et reprises par défaut. Un `/` final de
    /// l'URL est retiré ; une URL qui finit par `/v1` est refusée (les
    /// chemins l'ajoutent).
    pub fn new(url: &str, client_id: &str, secret: Secret) -> Result<Config, Erreur> {
        let url = url.trim().trim_end_matches('/');
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(Erreur::Configuration(format!(
                "l'URL du serveur doit commencer par http:// ou https:// (reçu « {url} »)"
            )));
        }
        if url.ends_with("/v1") {
            return Err(Erreur::Configuration(format!(
                "l'URL du serveur se donne sans /v1 (reçu « {url} »)"
            )));
        }
        if client_id.is_empty() {
            return Err(Erreur::Configuration(
                "l'identifiant du client est vide".into(),
            ));
        }
        Ok(Config {
            url: url.to_owned(),
            client_id: client_id.to_owned(),
            secret,
            reprise: Politique::default(),
            delai_requete: Duration::from_secs(30),
            delai_connexion: Duration::from_secs(10),
            intervalle_suivi: Duration::from_millis(500),
            journal: None,
        })
    }

    /// Depuis `SIDOBA_URL`, `SIDOBA_CLIENT_ID` et `SIDOBA_CLIENT_SECRET`.
    pub fn depuis_environnement() -> Result<Config, Erreur> {
        let lire = |nom: &str| match std::env::var(nom) {
            Ok(v) if !v.is_empty() => Ok(v),
            Ok(_) | Err(std::env::VarError::NotPresent) => Err(Erreur::Configuration(format!(
                "la variable d'environnement {nom} n'est pas définie"
            ))),
            Err(std::env::VarError::NotUnicode(_)) => Err(Erreur::Configuration(format!(
                "la variable d'environnement {nom} n'est pas en UTF-8"
            ))),
        };
        let url = lire(VAR_URL)?;
        let id = lire(VAR_CLIENT_ID)?;
        let secret = Secret::new(lire(VAR_SECRET)?);
        Config::new(&url, &id, secret)
    }
}
