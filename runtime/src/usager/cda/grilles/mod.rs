//! The guide's four grids as the CDA guide writes them (TDDUI 2.3.0, the
//! same in 2.2.0): each grid's evaluation type (JDV_TypeEvaluation_CISIS),
//! AGGIR's result options (JDV_GIR_CISIS), and per item its component code
//! and system, its answer options and, for AGGIR, its four N2 criteria.
//!
//! Generated once from the published Questionnaires (`code` of each item,
//! `answerOption` codings, sub-items), the same files as
//! `sidoba_codegen::grilles` builds in; a test of the `tests` crate checks
//! that this table says what those files say. Systems are the CDA OIDs the
//! guide's example uses (ICF `2.16.840.1.113883.6.254`, CIM-10
//! `2.16.840.1.113883.6.3`, TerminologieCISIS `1.2.250.1.213.1.1.4.322`);
//! SERAFIN-PH has no OID in the guide: its URL's UUID v5.

/// A component's code system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Systeme {
    Oid(&'static str),
    /// No OID known: the URL's UUID v5, as every FHIR system here.
    Url(&'static str),
}

/// A component's answer type, as the CDA guide types it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Genre {
    /// `CD` among the options `(code, display)`.
    Choix {
        systeme: Systeme,
        options: &'static [(&'static str, &'static str)],
    },
    /// `BL`.
    Booleen,
    /// `INT`.
    Entier,
}

/// An AGGIR grid's result (the GIR), the FR-Evaluation's value.
#[derive(Debug)]
pub struct Resultat {
    pub link_id: &'static str,
    pub options: &'static [(&'static str, &'static str)],
}

/// One item of a grid: one FR-Evaluation-Composant.
#[derive(Debug)]
pub struct Composant {
    pub link_id: &'static str,
    pub code: &'static str,
    pub systeme: Systeme,
    pub libelle: &'static str,
    pub genre: Genre,
    /// AGGIR's four criteria: `(linkId, code in TerminologieCISIS, display)`.
    pub n2: &'static [(&'static str, &'static str, &'static str)],
}

/// One grid.
#[derive(Debug)]
pub struct Grille {
    /// Canonical URL, without `|version`.
    pub url: &'static str,
    /// The evaluation type (TerminologieCISIS), the group's and the
    /// FR-Evaluation's code.
    pub code: &'static str,
    pub libelle: &'static str,
    /// AGGIR only: the GIR item, whose sub-items are the components.
    pub resultat: Option<Resultat>,
    pub composants: &'static [Composant],
}

/// The grid whose canonical URL is `url` (with or without `|version`).
pub fn grille(url: &str) -> Option<&'static Grille> {
    let url = url.split_once('|').map_or(url, |(u, _)| u);
    GRILLES.iter().copied().find(|g| g.url == url)
}

mod aggir;
mod autres;

use aggir::{AGGIR_PA, AGGIR_PH};
use autres::{SERAFIN, SITUATION};

/// The four, in the guide's order.
pub static GRILLES: [&Grille; 4] = [&AGGIR_PA, &AGGIR_PH, &SERAFIN, &SITUATION];
