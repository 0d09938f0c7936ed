//! The one error type of the client. Its `Display` is French; neither it
//! nor `Debug` ever holds a token, a secret or a payload value (the
//! findings a local refusal carries are reachable, never printed).

use crate::contrat::Probleme;
use sidoba::Constats;
use std::fmt;

/// What went wrong with a transport attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// No connection could be opened.
    Connexion,
    /// No full answer within the client's timeout.
    Delai,
    /// The connection broke while the request or the answer went through.
    Interrompue,
}

/// Every failure of a call.
#[derive(Debug)]
pub enum Erreur {
    /// A setting is missing or unusable (environment variable, URL).
    Configuration(String),
    /// The network failed, on the last attempt allowed.
    Transport { nature: Transport, tentatives: u32 },
    /// The token endpoint refused the credentials (`error` of RFC 6749 §5.2).
    Identifiants { statut: u16, code: String },
    /// The server answered an error, with its problem+json when it gave one.
    Http {
        statut: u16,
        probleme: Option<Probleme>,
        tentatives: u32,
    },
    /// The server's answer is not what `api.md` describes.
    ReponseInattendue { statut: u16, raison: String },
    /// The campaign is not among the open campaigns (WS01).
    CampagneInconnue(String),
    /// The model served by WS02 does not have the SHA-256 announced by WS01
    /// or by its ETag.
    EmpreinteDifferente { attendue: String, obtenue: String },
    /// The campaign's model does not load (its problems are not repeated here).
    ModeleInvalide { campagne: String, problemes: usize },
    /// The file to send is for the other level (a payload for a user-level
    /// campaign, a Bundle for a structure-level one).
    NiveauIncorrect {
        campagne: String,
        attendu: &'static str,
    },
    /// The payload cannot be read (not UTF-8, not JSON, another envelope):
    /// only its place is kept, never its text.
    PayloadIllisible { ligne: usize, colonne: usize },
    /// The body is over the server's limit: nothing was sent.
    TropVolumineux { octets: usize },
    /// Local validation found blocking findings: nothing was sent.
    ConstatsBloquants(ConstatsLocaux),
    /// A Bundle cannot be validated locally yet: nothing was sent.
    ValidationBundleIndisponible,
}

/// Local findings. `Debug` shows counts only: messages may name values.
#[derive(Clone, PartialEq, Eq)]
pub struct ConstatsLocaux(pub Constats);

impl fmt::Debug for ConstatsLocaux {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ConstatsLocaux({} constats, {} bloquants)",
            self.0.len(),
            self.0.bloquants().count()
        )
    }
}

impl Erreur {
    /// The problem+json code, or the client's own code of the failure: what
    /// a program tests and what `sidoba --format json` reports.
    pub fn code(&self) -> &str {
        match self {
            Erreur::Configuration(_) => "configuration",
            Erreur::Transport { .. } => "transport",
            Erreur::Identifiants { code, .. } => code,
            Erreur::Http {
                probleme, statut, ..
            } => probleme
                .as_ref()
                .and_then(|p| p.code())
                .unwrap_or(match statut {
                    401 => "jeton_invalide",
                    _ => "http",
                }),
            Erreur::ReponseInattendue { .. } => "reponse_inattendue",
            Erreur::CampagneInconnue(_) => "campagne_inconnue",
            Erreur::EmpreinteDifferente { .. } => "empreinte_differente",
            Erreur::ModeleInvalide { .. } => "modele_invalide",
            Erreur::NiveauIncorrect { .. } => "niveau_incorrect",
            Erreur::PayloadIllisible { .. } => "payload_illisible",
            Erreur::TropVolumineux { .. } => "trop_volumineux",
            Erreur::ConstatsBloquants(_) => "constats_bloquants",
            Erreur::ValidationBundleIndisponible => "validation_bundle_indisponible",
        }
    }

    /// The HTTP status, for an answer of the server.
    pub fn statut(&self) -> Option<u16> {
        match self {
            Erreur::Http { statut, .. }
            | Erreur::Identifiants { statut, .. }
            | Erreur::ReponseInattendue { statut, .. } => Some(*statut),
            _ => None,
        }
    }

    /// The findings of a local refusal.
    pub fn constats(&self) -> Option<&Constats> {
        match self {
            Erreur::ConstatsBloquants(c) => Some(&c.0),
            _ => None,
        }
    }

    /// True when nothing was sent because of the file itself (a local
    /// refusal): the file must change, not the network.
    pub fn refus_local(&self) -> bool {
        matches!(
            self,
            Erreur::ConstatsBloquants(_)
                | Erreur::ValidationBundleIndisponible
                | Erreur::PayloadIllisible { .. }
                | Erreur::NiveauIncorrect { .. }
                | Erreur::TropVolumineux { .. }
        )
    }
}

fn essais(n: u32) -> String {
    if n > 1 {
        format!(" (après {n} tentatives)")
    } else {
        String::new()
    }
}

impl fmt::Display for Erreur {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Erreur::Configuration(m) => write!(f, "configuration : {m}"),
            Erreur::Transport { nature, tentatives } => {
                let quoi = match nature {
                    Transport::Connexion => "connexion au serveur impossible",
                    Transport::Delai => "le serveur n'a pas répondu dans le délai",
                    Transport::Interrompue => "connexion interrompue pendant l'échange",
                };
                write!(f, "{quoi}{}", essais(*tentatives))
            }
            Erreur::Identifiants { statut, code } => write!(
                f,
                "le serveur refuse les identifiants du client (HTTP {statut}, {code})"
            ),
            Erreur::Http {
                statut,
                probleme,
                tentatives,
            } => {
                write!(f, "le serveur répond HTTP {statut}")?;
                if let Some(p) = probleme {
                    if let Some(c) = p.code() {
                        write!(f, " {c}")?;
                    }
                    match &p.detail {
                        Some(d) => write!(f, " : {d}")?,
                        None if !p.title.is_empty() => write!(f, " : {}", p.title)?,
                        None => {}
                    }
                }
                write!(f, "{}", essais(*tentatives))
            }
            Erreur::ReponseInattendue { statut, raison } => {
                write!(
                    f,
                    "réponse inattendue du serveur (HTTP {statut}) : {raison}"
                )
            }
            Erreur::CampagneInconnue(c) => write!(
                f,
                "la campagne {c} n'est pas parmi les campagnes ouvertes du serveur (WS01)"
            ),
            Erreur::EmpreinteDifferente { attendue, obtenue } => write!(
                f,
                "le modèle reçu a le SHA-256 {obtenue}, le serveur annonçait {attendue} : modèle refusé"
            ),
            Erreur::ModeleInvalide {
                campagne,
                problemes,
            } => write!(
                f,
                "le modèle de la campagne {campagne} est invalide ({problemes} problèmes) : vérifiez-le avec `sidoba check`"
            ),
            Erreur::NiveauIncorrect { campagne, attendu } => write!(
                f,
                "la campagne {campagne} attend {attendu} : rien n'a été envoyé"
            ),
            Erreur::PayloadIllisible { ligne, colonne } => write!(
                f,
                "le payload est illisible à {ligne}:{colonne} (`sidoba validate` en dit plus) : rien n'a été envoyé"
            ),
            Erreur::TropVolumineux { octets } => write!(
                f,
                "le fichier fait {octets} octets, plus que les 10 Mio qu'accepte le serveur : rien n'a été envoyé (un Bundle d'usagers se découpe en plusieurs)"
            ),
            Erreur::ConstatsBloquants(c) => write!(
                f,
                "la validation locale trouve {} constats bloquants : rien n'a été envoyé (forcer l'envoi pour passer outre)",
                c.0.bloquants().count()
            ),
            Erreur::ValidationBundleIndisponible => write!(
                f,
                "la validation locale des Bundles (WS07/WS09) n'est pas encore disponible : rien n'a été envoyé ; forcez l'envoi pour le faire valider par le serveur seul"
            ),
        }
    }
}

impl std::error::Error for Erreur {}
