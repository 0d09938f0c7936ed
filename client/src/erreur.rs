//! L'unique type d'erreur du client. Ni son `Display` (en français) ni son
//! `Debug` ne contiennent jamais un jeton, un secret ou une valeur du
//! payload (les constats d'un refus local sont accessibles, jamais affichés).

use crate::contrat::Probleme;
use sidoba::Constats;
use std::fmt;

/// Ce qui a échoué sur le réseau.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// Aucune connexion n'a pu s'ouvrir.
    Connexion,
    /// Pas de réponse complète dans le délai du client.
    Delai,
    /// La connexion s'est rompue pendant la requête ou la réponse.
    Interrompue,
}

/// Tous les échecs d'un appel.
#[derive(Debug)]
pub enum Erreur {
    /// Un réglage manque ou est inutilisable (variable d'environnement, URL).
    Configuration(String),
    /// Le réseau a échoué, à la dernière tentative permise.
    Transport { nature: Transport, tentatives: u32 },
    /// Le point de jeton refuse les identifiants (`error` de la RFC 6749 §5.2).
    Identifiants { statut: u16, code: String },
    /// Le serveur a répondu une erreur, avec son problem+json s'il en a donné un.
    Http {
        statut: u16,
        probleme: Option<Probleme>,
        tentatives: u32,
    },
    /// La réponse du serveur n'est pas celle que décrit le contrat.
    ReponseInattendue { statut: u16, raison: String },
    /// La campagne n'est pas parmi les campagnes ouvertes (WS01).
    CampagneInconnue(String),
    /// Le modèle servi par WS02 n'a pas le SHA-256 qu'annoncent WS01 ou son ETag.
    EmpreinteDifferente { attendue: String, obtenue: String },
    /// Le modèle de la campagne ne se charge pas (ses problèmes ne sont pas repris ici).
    ModeleInvalide { campagne: String, problemes: usize },
    /// Le fichier est de l'autre niveau (un payload pour une campagne de
    /// niveau usager, un Bundle pour une campagne de niveau structure).
    NiveauIncorrect {
        campagne: String,
        attendu: &'static str,
    },
    /// Le payload est illisible (pas UTF-8, pas JSON, autre enveloppe) :
    /// seul le lieu est gardé, jamais le texte.
    PayloadIllisible { ligne: usize, colonne: usize },
    /// Le corps dépasse la limite du serveur : rien n'a été envoyé.
    TropVolumineux { octets: usize },
    /// La validation locale a trouvé des constats bloquants : rien n'a été envoyé.
    ConstatsBloquants(ConstatsLocaux),
    /// Le fichier n'est pas un Bundle TDDUI lisible du modèle : seuls le
    /// lieu de la première faute et le nombre de fautes sont gardés.
    BundleIllisible {
        ligne: usize,
        colonne: usize,
        erreurs: usize,
    },
    /// Le contenu nomme une autre structure que celle de l'envoi (le champ
    /// de rôle `finess`, l'Organization ou les identifiants des personnes
    /// d'un Bundle) : rien n'a été envoyé, même forcé. Un FINESS n'est pas
    /// une donnée personnelle : les deux sont cités.
    FinessDifferent {
        attendu: String,
        difference: sidoba_core::finess::FinessDifferent,
        /// Les autres endroits du contenu qui nomment une autre structure.
        autres: usize,
    },
}

/// Des constats locaux. `Debug` n'en montre que le nombre : les messages citent des valeurs.
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
    /// Le code du problem+json, ou le code du client pour l'échec : ce que
    /// teste un programme et ce que rapporte `sidoba --format json`.
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
            Erreur::BundleIllisible { .. } => "bundle_illisible",
            Erreur::FinessDifferent { .. } => "finess_different",
        }
    }

    /// Le statut HTTP, pour une réponse du serveur.
    pub fn statut(&self) -> Option<u16> {
        match self {
            Erreur::Http { statut, .. }
            | Erreur::Identifiants { statut, .. }
            | Erreur::ReponseInattendue { statut, .. } => Some(*statut),
            _ => None,
        }
    }

    /// Les constats d'un refus local.
    pub fn constats(&self) -> Option<&Constats> {
        match self {
            Erreur::ConstatsBloquants(c) => Some(&c.0),
            _ => None,
        }
    }

    /// Vrai quand rien n'est parti à cause du fichier lui-même (un refus
    /// local) : c'est le fichier qui doit changer, pas le réseau.
    pub fn refus_local(&self) -> bool {
        matches!(
            self,
            Erreur::ConstatsBloquants(_)
                | Erreur::BundleIllisible { .. }
                | Erreur::PayloadIllisible { .. }
                | Erreur::NiveauIncorrect { .. }
                | Erreur::TropVolumineux { .. }
                | Erreur::FinessDifferent { .. }
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
            Erreur::BundleIllisible {
                ligne,
                colonne,
                erreurs,
            } => write!(
                f,
                "le fichier n'est pas un Bundle TDDUI lisible du modèle de la campagne ({erreurs} faute(s), la première à {ligne}:{colonne} ; `sidoba validate` les montre toutes) : rien n'a été envoyé"
            ),
            Erreur::FinessDifferent {
                attendu,
                difference,
                autres,
            } => write!(
                f,
                "{} : rien n'a été envoyé (envoyez ces données pour leur structure, ou corrigez-les dans le logiciel)",
                difference.phrase(attendu, *autres)
            ),
        }
    }
}

impl std::error::Error for Erreur {}
