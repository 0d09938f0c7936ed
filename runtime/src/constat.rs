//! Findings ("constats"): what validation tells the person filling a report.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severite {
    /// The report is invalid and will not be sent.
    Bloquante,
    /// Reported to the person, does not block sending.
    Avertissement,
}

impl Severite {
    pub const fn code(self) -> &'static str {
        match self {
            Severite::Bloquante => "bloquante",
            Severite::Avertissement => "avertissement",
        }
    }
}

/// What a finding is about (the `code` key of the WS05 validation report).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeConstat {
    Obligatoire,
    Min,
    Max,
    Decimales,
    LongueurMin,
    LongueurMax,
    Motif,
    Nomenclature,
    ValeurInactive,
    Doublon,
    LignesMin,
    LignesMax,
    Type,
    ChampInconnu,
    Regle,
}

impl CodeConstat {
    pub const fn code(self) -> &'static str {
        match self {
            CodeConstat::Obligatoire => "obligatoire",
            CodeConstat::Min => "min",
            CodeConstat::Max => "max",
            CodeConstat::Decimales => "decimales",
            CodeConstat::LongueurMin => "longueur_min",
            CodeConstat::LongueurMax => "longueur_max",
            CodeConstat::Motif => "motif",
            CodeConstat::Nomenclature => "nomenclature",
            CodeConstat::ValeurInactive => "valeur_inactive",
            CodeConstat::Doublon => "doublon",
            CodeConstat::LignesMin => "lignes_min",
            CodeConstat::LignesMax => "lignes_max",
            CodeConstat::Type => "type",
            CodeConstat::ChampInconnu => "champ_inconnu",
            CodeConstat::Regle => "regle",
        }
    }
}

/// One finding. Field constraints are always blocking; rules carry their own
/// severity.
/// The same shape is the wire's (WS06 `constats`): it reads back with
/// `Deserialize`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Constat {
    pub chemin: String,
    pub code: CodeConstat,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regle: Option<String>,
    pub severite: Severite,
    pub message: String,
}

impl Constat {
    pub fn champ(chemin: String, code: CodeConstat, message: String) -> Constat {
        Constat {
            chemin,
            code,
            regle: None,
            severite: Severite::Bloquante,
            message,
        }
    }
}

impl fmt::Display for Constat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lieu = if self.chemin.is_empty() {
            "(rapport)"
        } else {
            &self.chemin
        };
        write!(f, "[{}] {lieu} : {}", self.severite.code(), self.message)
    }
}

/// All findings of one validation, in the order fixed by the WS05 contract.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Constats(pub Vec<Constat>);

impl Constats {
    /// True when no finding blocks the report.
    pub fn valide(&self) -> bool {
        self.0.iter().all(|c| c.severite != Severite::Bloquante)
    }

    pub fn bloquants(&self) -> impl Iterator<Item = &Constat> {
        self.0.iter().filter(|c| c.severite == Severite::Bloquante)
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Constat> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `{"valide": .., "constats": [..]}`, as `sidoba validate --format json`.
    pub fn json(&self) -> String {
        #[derive(Serialize)]
        struct Rapport<'a> {
            valide: bool,
            constats: &'a [Constat],
        }
        // Serialising plain strings and enums cannot fail.
        serde_json::to_string_pretty(&Rapport {
            valide: self.valide(),
            constats: &self.0,
        })
        .unwrap_or_default()
    }
}

impl fmt::Display for Constats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in &self.0 {
            writeln!(f, "{c}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Constats {}

impl<'a> IntoIterator for &'a Constats {
    type Item = &'a Constat;
    type IntoIter = std::slice::Iter<'a, Constat>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
