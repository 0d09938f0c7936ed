//! Les événements d'une personne (visites, interventions) et ses
//! évaluations (une grille remplie chacune), tels que les donne le fichier
//! de collecte au format 2 (`usager.md`). Données personnelles : `Debug`
//! montre leurs natures et leurs nombres, jamais une valeur.

use super::DateHeure;
use crate::Date;
use std::fmt;

/// Le statut d'un événement (la correspondance du profil vers
/// `Encounter.status`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum StatutEvenement {
    Planifie,
    Realise,
    Valide,
    Annule,
}

impl StatutEvenement {
    /// Tous les statuts.
    pub const TOUS: [StatutEvenement; 4] = [
        StatutEvenement::Planifie,
        StatutEvenement::Realise,
        StatutEvenement::Valide,
        StatutEvenement::Annule,
    ];

    /// Le code du fichier de collecte (`PLANIFIE`, …).
    pub const fn code(self) -> &'static str {
        match self {
            StatutEvenement::Planifie => "PLANIFIE",
            StatutEvenement::Realise => "REALISE",
            StatutEvenement::Valide => "VALIDE",
            StatutEvenement::Annule => "ANNULE",
        }
    }

    /// La correspondance de `tddui-encounter-evenement` : Planifié →
    /// `planned`, Validé → `triaged`, Réalisé → `finished`, Annulé →
    /// `cancelled`.
    pub const fn code_fhir(self) -> &'static str {
        match self {
            StatutEvenement::Planifie => "planned",
            StatutEvenement::Realise => "finished",
            StatutEvenement::Valide => "triaged",
            StatutEvenement::Annule => "cancelled",
        }
    }

    /// Le statut dont le fichier de collecte écrit `code`, ou `None`.
    pub fn depuis_code(code: &str) -> Option<StatutEvenement> {
        StatutEvenement::TOUS.into_iter().find(|s| s.code() == code)
    }
}

/// Un événement d'une personne.
#[derive(Clone, PartialEq, Eq)]
pub struct Evenement {
    /// Le numéro d'événement du DUI (numEvenement), unique pour la personne.
    pub identifiant: String,
    /// Un code du jeu de valeurs des événements du guide (type d'événement
    /// SSIAD ou prestation SERAFIN, [`super::guide::Guide::type_evenement`]).
    pub type_: String,
    pub debut: DateHeure,
    pub fin: DateHeure,
    pub statut: StatutEvenement,
    /// Les identifiants locaux des professionnels du fichier.
    pub professionnels: Vec<String>,
}

impl fmt::Debug for Evenement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Evenement")
            .field("statut", &self.statut)
            .field("professionnels", &self.professionnels.len())
            .finish_non_exhaustive()
    }
}

/// Une réponse d'une évaluation, telle que l'écrit le fichier : la grille
/// dit son type (une réponse `choice` est le code de son option, une `date`
/// une chaîne…).
#[derive(Clone, PartialEq, Eq)]
pub enum Reponse {
    Booleen(bool),
    /// Le texte d'un nombre JSON, gardé exact.
    Nombre(String),
    /// Une chaîne : texte, date ou code d'option.
    Chaine(String),
    /// Un item dont la réponse porte des sous-items (le résultat et les
    /// variables d'AGGIR) : `{"valeur": …, "<linkId du sous-item>": …}`.
    Groupe {
        valeur: Option<Box<Reponse>>,
        items: Reponses,
    },
}

impl fmt::Debug for Reponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reponse::Booleen(_) => f.write_str("Booleen(…)"),
            Reponse::Nombre(_) => f.write_str("Nombre(…)"),
            Reponse::Chaine(_) => f.write_str("Chaine(…)"),
            Reponse::Groupe { items, .. } => write!(f, "Groupe({} items)", items.0.len()),
        }
    }
}

/// Les réponses, par `linkId` de la grille, dans l'ordre du fichier.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Reponses(pub Vec<(String, Reponse)>);

impl Reponses {
    /// La réponse à `link_id`.
    pub fn get(&self, link_id: &str) -> Option<&Reponse> {
        self.0.iter().find(|(l, _)| l == link_id).map(|(_, r)| r)
    }

    /// Vrai quand il n'y a aucune réponse.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Reponses {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Reponses({})", self.0.len())
    }
}

/// Une évaluation : une grille remplie.
#[derive(Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// Le numéro de l'évaluation (numEvaluation).
    pub identifiant: String,
    /// L'URL canonique de la grille (l'une des quatre du guide, ou le
    /// Questionnaire du modèle d'une campagne).
    pub grille: String,
    pub date: Date,
    /// L'identifiant local du professionnel qui a évalué.
    pub evaluateur: String,
    /// L'événement pendant lequel elle a été faite.
    pub evenement: Option<String>,
    pub reponses: Reponses,
}

impl fmt::Debug for Evaluation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Evaluation")
            .field("grille", &self.grille)
            .field("reponses", &self.reponses)
            .finish_non_exhaustive()
    }
}
