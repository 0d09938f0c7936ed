//! Les quatre grilles du guide telles que les écrit le guide CDA (TDDUI
//! 2.3.0, identique en 2.2.0) : le type d'évaluation de chaque grille
//! (JDV_TypeEvaluation_CISIS), les options du résultat d'AGGIR
//! (JDV_GIR_CISIS) et, par item, son code et son système de composant, ses
//! options de réponse et, pour AGGIR, ses quatre critères N2.
//!
//! Produit une fois depuis les Questionnaires publiés (`code` de chaque
//! item, codages `answerOption`, sous-items), les mêmes fichiers que ceux
//! qu'embarque `sidoba_core::grilles` ; un test de la crate `tests`
//! vérifie que cette table dit ce que disent ces fichiers. Les systèmes
//! sont les OID CDA qu'utilise l'exemple du guide (CIF
//! `2.16.840.1.113883.6.254`, CIM-10 `2.16.840.1.113883.6.3`,
//! TerminologieCISIS `1.2.250.1.213.1.1.4.322`) ; SERAFIN-PH n'a pas d'OID
//! dans le guide : l'UUID v5 de son URL.

/// Le système de codes d'un composant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Systeme {
    Oid(&'static str),
    /// Aucun OID connu : l'UUID v5 de l'URL, comme tout système FHIR ici.
    Url(&'static str),
}

/// Le type de réponse d'un composant, tel que le type le guide CDA.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Genre {
    /// `CD` parmi les options `(code, libellé)`.
    Choix {
        systeme: Systeme,
        options: &'static [(&'static str, &'static str)],
    },
    /// `BL`.
    Booleen,
    /// `INT`.
    Entier,
}

/// Le résultat d'une grille AGGIR (le GIR), la valeur de la FR-Evaluation.
#[derive(Debug)]
pub struct Resultat {
    pub link_id: &'static str,
    pub options: &'static [(&'static str, &'static str)],
}

/// Un item d'une grille : un FR-Evaluation-Composant.
#[derive(Debug)]
pub struct Composant {
    pub link_id: &'static str,
    pub code: &'static str,
    pub systeme: Systeme,
    pub libelle: &'static str,
    pub genre: Genre,
    /// Les quatre critères d'AGGIR : `(linkId, code dans TerminologieCISIS,
    /// libellé)`.
    pub n2: &'static [(&'static str, &'static str, &'static str)],
}

/// Une grille.
#[derive(Debug)]
pub struct Grille {
    /// L'URL canonique, sans `|version`.
    pub url: &'static str,
    /// Le type d'évaluation (TerminologieCISIS), le code du groupe et de la
    /// FR-Evaluation.
    pub code: &'static str,
    pub libelle: &'static str,
    /// AGGIR seulement : l'item du GIR, dont les sous-items sont les
    /// composants.
    pub resultat: Option<Resultat>,
    pub composants: &'static [Composant],
}

/// La grille d'URL canonique `url` (avec ou sans `|version`).
pub fn grille(url: &str) -> Option<&'static Grille> {
    let url = url.split_once('|').map_or(url, |(u, _)| u);
    GRILLES.iter().copied().find(|g| g.url == url)
}

mod aggir;
mod autres;

use aggir::{AGGIR_PA, AGGIR_PH};
use autres::{SERAFIN, SITUATION};

/// Les quatre, dans l'ordre du guide.
pub static GRILLES: [&Grille; 4] = [&AGGIR_PA, &AGGIR_PH, &SERAFIN, &SITUATION];
