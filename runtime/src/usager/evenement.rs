//! A person's events (visits, interventions) and evaluations (one filled
//! grid each), as the collection file format 2 gives them (`usager.md`).
//! Personal data: `Debug` shows their kinds and counts, never a value.

use super::DateHeure;
use crate::Date;
use std::fmt;

/// An event's status (the profile's mapping to `Encounter.status`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum StatutEvenement {
    Planifie,
    Realise,
    Valide,
    Annule,
}

impl StatutEvenement {
    pub const TOUS: [StatutEvenement; 4] = [
        StatutEvenement::Planifie,
        StatutEvenement::Realise,
        StatutEvenement::Valide,
        StatutEvenement::Annule,
    ];

    /// The collection file's code (`PLANIFIE`, …).
    pub const fn code(self) -> &'static str {
        match self {
            StatutEvenement::Planifie => "PLANIFIE",
            StatutEvenement::Realise => "REALISE",
            StatutEvenement::Valide => "VALIDE",
            StatutEvenement::Annule => "ANNULE",
        }
    }

    /// `tddui-encounter-evenement`'s mapping: Planifié → `planned`, Validé
    /// → `triaged`, Réalisé → `finished`, Annulé → `cancelled`.
    pub const fn code_fhir(self) -> &'static str {
        match self {
            StatutEvenement::Planifie => "planned",
            StatutEvenement::Realise => "finished",
            StatutEvenement::Valide => "triaged",
            StatutEvenement::Annule => "cancelled",
        }
    }

    pub fn depuis_code(code: &str) -> Option<StatutEvenement> {
        StatutEvenement::TOUS.into_iter().find(|s| s.code() == code)
    }
}

/// One event of a person.
#[derive(Clone, PartialEq, Eq)]
pub struct Evenement {
    /// The DUI's event number (numEvenement), unique for the person.
    pub identifiant: String,
    /// A code of the guide's event value set (SSIAD event type or SERAFIN
    /// service, [`super::guide::Guide::type_evenement`]).
    pub type_: String,
    pub debut: DateHeure,
    pub fin: DateHeure,
    pub statut: StatutEvenement,
    /// Local identifiers of the file's professionals.
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

/// One answer of an evaluation, as the file writes it: the grid tells
/// its type (a `choice` answer is its option's code, a `date` a string…).
#[derive(Clone, PartialEq, Eq)]
pub enum Reponse {
    Booleen(bool),
    /// A JSON number's text, kept exact.
    Nombre(String),
    /// A string: text, date or option code.
    Chaine(String),
    /// An item whose answer carries sub-items (AGGIR's result and
    /// variables): `{"valeur": …, "<sub linkId>": …}`.
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

/// Answers keyed by the grid's `linkId`s, in the file's order.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Reponses(pub Vec<(String, Reponse)>);

impl Reponses {
    /// The answer to `link_id`.
    pub fn get(&self, link_id: &str) -> Option<&Reponse> {
        self.0.iter().find(|(l, _)| l == link_id).map(|(_, r)| r)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Reponses {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Reponses({})", self.0.len())
    }
}

/// One evaluation: a filled grid.
#[derive(Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// The evaluation's number (numEvaluation).
    pub identifiant: String,
    /// The canonical URL of the grid (one of the guide's four, or a
    /// campaign model's Questionnaire).
    pub grille: String,
    pub date: Date,
    /// The local identifier of the professional who evaluated.
    pub evaluateur: String,
    /// The event during which it was done.
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
