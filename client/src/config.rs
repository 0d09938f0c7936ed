//! The client's settings: where the server is, who the client is, how it
//! retries. The secret lives in [`Secret`], which never prints.

use crate::erreur::Erreur;
use crate::reprise::Politique;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// A client secret: `Debug` and `Display` print `[masqué]`.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Secret {
        Secret(s.into())
    }

    /// The secret itself, for the one place that sends it.
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

/// What the client tells about its work (retries, token renewals): never a
/// token, a secret or a payload value.
pub type Journal = Arc<dyn Fn(&crate::Evenement) + Send + Sync>;

/// The settings of a [`crate::Client`].
#[derive(Clone)]
pub struct Config {
    /// Base URL, without `/v1` and without a final `/`.
    pub url: String,
    pub client_id: String,
    pub secret: Secret,
    /// Retries of failed attempts.
    pub reprise: Politique,
    /// Longest wait for one attempt, answer included.
    pub delai_requete: Duration,
    /// Longest wait to open a connection.
    pub delai_connexion: Duration,
    /// Interval between two WS06 polls while following a processing.
    pub intervalle_suivi: Duration,
    /// Called on each retry and renewal (none by default).
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

/// The environment variables the commands read.
pub const VAR_URL: &str = "SIDOBA_URL";
pub const VAR_CLIENT_ID: &str = "SIDOBA_CLIENT_ID";
pub const VAR_SECRET: &str = "SIDOBA_CLIENT_SECRET";

impl Config {
    /// Settings with the default timeouts and retries. A trailing `/` of
    /// the URL is dropped; a URL ending in `/v1` is refused (the paths add it).
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

    /// From `SIDOBA_URL`, `SIDOBA_CLIENT_ID` and `SIDOBA_CLIENT_SECRET`.
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
