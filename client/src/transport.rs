//! One call with its retries and its token: the loop every service goes
//! through.

use crate::Evenement;
use crate::config::Config;
use crate::erreur::{Erreur, Transport};
use crate::jeton::{Jeton, Jetons};
use crate::reprise::statut_a_reprendre;
use reqwest::Method;
use reqwest::header::{self, HeaderMap};
use sidoba_contrat::{self as contrat, DemandeJeton, ErreurOAuth, Probleme, ReponseJeton};
use std::time::Instant;

/// A request, built once and sent as many times as retries need: the
/// same body and the same `Idempotency-Key` each time.
pub struct Requete {
    pub methode: Method,
    pub chemin: String,
    pub corps: Option<(&'static str, Vec<u8>)>,
    pub cle_idempotence: Option<String>,
    pub si_aucune: Option<String>,
}

impl Requete {
    pub fn get(chemin: String) -> Requete {
        Requete {
            methode: Method::GET,
            chemin,
            corps: None,
            cle_idempotence: None,
            si_aucune: None,
        }
    }

    pub fn avec_corps(
        methode: Method,
        chemin: String,
        type_: &'static str,
        corps: Vec<u8>,
    ) -> Requete {
        Requete {
            methode,
            chemin,
            corps: Some((type_, corps)),
            cle_idempotence: None,
            si_aucune: None,
        }
    }
}

/// A final answer (not retried), and how many attempts it took.
pub struct Reponse {
    pub statut: u16,
    pub entetes: HeaderMap,
    pub corps: Vec<u8>,
    pub tentatives: u32,
}

impl Reponse {
    /// The body as `T`, for a success.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, Erreur> {
        serde_json::from_slice(&self.corps).map_err(|e| Erreur::ReponseInattendue {
            statut: self.statut,
            // serde's message names the expected shape, never the value.
            raison: format!("corps JSON inattendu ({})", classe_serde(&e)),
        })
    }

    /// This answer as the error it is.
    pub fn erreur(self) -> Erreur {
        let probleme = serde_json::from_slice::<Probleme>(&self.corps).ok();
        Erreur::Http {
            statut: self.statut,
            probleme,
            tentatives: self.tentatives,
        }
    }

    pub fn entete(&self, nom: header::HeaderName) -> Option<&str> {
        self.entetes.get(nom).and_then(|v| v.to_str().ok())
    }
}

fn classe_serde(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let quoi = match e.classify() {
        Category::Io => "lecture",
        Category::Syntax => "JSON invalide",
        Category::Data => "champ manquant ou de mauvais type",
        Category::Eof => "JSON tronqué",
    };
    format!("{quoi} à {}:{}", e.line(), e.column())
}

/// An attempt's outcome before the retry decision.
enum Tentative {
    Reponse(Reponse),
    Echec(Transport),
}

pub struct Transporteur {
    pub http: reqwest::Client,
    pub config: Config,
    jetons: Jetons,
}

impl Transporteur {
    pub fn new(config: Config) -> Result<Transporteur, Erreur> {
        let http = reqwest::Client::builder()
            .timeout(config.delai_requete)
            .connect_timeout(config.delai_connexion)
            // Shorter than the sandbox's header delay (10 s), which also
            // closes idle connections: a pooled connection is never reused
            // just as the server cuts it.
            .pool_idle_timeout(std::time::Duration::from_secs(5))
            .user_agent(concat!("sidoba-client/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|_| {
                Erreur::Configuration("le client HTTP ne peut pas être construit".into())
            })?;
        Ok(Transporteur {
            http,
            config,
            jetons: Jetons::default(),
        })
    }

    fn journal(&self, e: Evenement) {
        if let Some(j) = &self.config.journal {
            j(&e);
        }
    }

    /// One attempt, with or without a token.
    async fn tenter(&self, r: &Requete, jeton: Option<&Jeton>) -> Tentative {
        let url = format!("{}{}", self.config.url, r.chemin);
        let mut b = self.http.request(r.methode.clone(), url);
        if let Some(j) = jeton {
            b = b.bearer_auth(j.valeur());
        }
        if let Some((type_, corps)) = &r.corps {
            b = b.header(header::CONTENT_TYPE, *type_).body(corps.clone());
        }
        if let Some(cle) = &r.cle_idempotence {
            b = b.header(contrat::ENTETE_IDEMPOTENCE, cle.as_str());
        }
        if let Some(e) = &r.si_aucune {
            b = b.header(header::IF_NONE_MATCH, e.as_str());
        }
        let rep = match b.send().await {
            Ok(rep) => rep,
            Err(e) => return Tentative::Echec(nature(&e)),
        };
        let statut = rep.status().as_u16();
        let entetes = rep.headers().clone();
        match rep.bytes().await {
            Ok(corps) => Tentative::Reponse(Reponse {
                statut,
                entetes,
                corps: corps.to_vec(),
                tentatives: 0,
            }),
            Err(e) => Tentative::Echec(nature(&e)),
        }
    }

    /// Attempts `r` until an answer is final or the retries are spent.
    /// `authentifie`: with a bearer token, renewed and replayed once on an
    /// `invalid_token` refusal.
    pub async fn appeler(&self, r: &Requete) -> Result<Reponse, Erreur> {
        self.appeler_avec(r, true).await
    }

    async fn appeler_avec(&self, r: &Requete, authentifie: bool) -> Result<Reponse, Erreur> {
        let debut = Instant::now();
        let mut tentative = 0u32;
        let mut rejoue = false;
        let mut refuse = None;
        loop {
            tentative += 1;
            let jeton = if authentifie {
                Some(Box::pin(self.jeton(refuse.take())).await?)
            } else {
                None
            };
            let (retry_after, cause) = match self.tenter(r, jeton.as_ref()).await {
                Tentative::Reponse(mut rep) => {
                    rep.tentatives = tentative;
                    if rep.statut == 401 && authentifie && !rejoue && jeton_refuse(&rep) {
                        // One renewal and one replay, not counted as a retry.
                        rejoue = true;
                        tentative -= 1;
                        refuse = jeton.map(|j| j.generation);
                        self.journal(Evenement::JetonRefuse);
                        continue;
                    }
                    if !statut_a_reprendre(rep.statut) {
                        return Ok(rep);
                    }
                    let ra = rep
                        .entete(header::RETRY_AFTER)
                        .and_then(contrat::retry_after);
                    let cause = format!("HTTP {}", rep.statut);
                    match self.config.reprise.attente(tentative, debut.elapsed(), ra) {
                        Some(a) => (a, cause),
                        None => return Err(rep.erreur()),
                    }
                }
                Tentative::Echec(nature) => {
                    match self
                        .config
                        .reprise
                        .attente(tentative, debut.elapsed(), None)
                    {
                        Some(a) => (a, texte_transport(nature).to_owned()),
                        None => {
                            return Err(Erreur::Transport {
                                nature,
                                tentatives: tentative,
                            });
                        }
                    }
                }
            };
            self.journal(Evenement::Reprise {
                tentative: tentative + 1,
                attente: retry_after,
                cause,
            });
            tokio::time::sleep(retry_after).await;
        }
    }

    /// The current token, obtained or renewed when needed.
    async fn jeton(&self, refuse: Option<u64>) -> Result<Jeton, Erreur> {
        self.jetons
            .jeton(refuse, |generation| self.obtenir_jeton(generation))
            .await
    }

    async fn obtenir_jeton(&self, generation: u64) -> Result<Jeton, Erreur> {
        self.journal(Evenement::NouveauJeton);
        let c = &self.config;
        // Encoded here so that the secret goes only into this body.
        let formulaire = DemandeJeton::identifiants(&c.client_id, c.secret.exposer());
        let corps = serde_urlencoded::to_string(&formulaire).map_err(|_| {
            Erreur::Configuration("la demande de jeton ne peut pas être écrite".into())
        })?;
        let r = Requete::avec_corps(
            Method::POST,
            contrat::chemins::jeton(),
            contrat::TYPE_FORMULAIRE,
            corps.into_bytes(),
        );
        let obtenu = Instant::now();
        let rep = self.appeler_avec(&r, false).await?;
        if rep.statut != 200 {
            let code = serde_json::from_slice::<ErreurOAuth>(&rep.corps)
                .map(|e| e.error)
                .unwrap_or_else(|_| "erreur_jeton".into());
            // Only the OAuth error codes' alphabet, never an echoed text.
            let code = if code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                code
            } else {
                "erreur_jeton".into()
            };
            return Err(Erreur::Identifiants {
                statut: rep.statut,
                code,
            });
        }
        let j: ReponseJeton = rep.json()?;
        if j.token_type
            .as_deref()
            .is_some_and(|t| !t.eq_ignore_ascii_case("bearer"))
        {
            return Err(Erreur::ReponseInattendue {
                statut: 200,
                raison: "le jeton n'est pas de type Bearer".into(),
            });
        }
        Ok(Jeton::new(j.access_token, j.expires_in, obtenu, generation))
    }
}

fn jeton_refuse(rep: &Reponse) -> bool {
    rep.entetes
        .get_all(header::WWW_AUTHENTICATE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(contrat::jeton_refuse)
}

fn nature(e: &reqwest::Error) -> Transport {
    if e.is_timeout() {
        Transport::Delai
    } else if e.is_connect() {
        Transport::Connexion
    } else {
        Transport::Interrompue
    }
}

fn texte_transport(n: Transport) -> &'static str {
    match n {
        Transport::Connexion => "connexion impossible",
        Transport::Delai => "délai dépassé",
        Transport::Interrompue => "connexion interrompue",
    }
}
