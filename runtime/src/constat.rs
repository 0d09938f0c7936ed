//! Les constats : ce que la validation dit à la personne qui remplit un
//! rapport.

use serde::{Deserialize, Serialize};
use std::fmt;

/// La gravité d'un constat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severite {
    /// Le rapport est invalide : il ne sera pas envoyé tant que le constat
    /// demeure.
    Bloquante,
    /// Signalé à la personne qui remplit le rapport, sans empêcher l'envoi.
    Avertissement,
}

impl Severite {
    /// Le code du rapport de validation WS05 (`bloquante`, `avertissement`).
    pub const fn code(self) -> &'static str {
        match self {
            Severite::Bloquante => "bloquante",
            Severite::Avertissement => "avertissement",
        }
    }
}

/// Ce que relève un constat : la clé `code` du rapport de validation WS05.
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
    /// Le code tel que l'écrit le rapport de validation WS05 (`longueur_max`,
    /// `valeur_inactive`…).
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

/// Un constat. Un constat de contrainte de champ est toujours bloquant ; un
/// constat de règle porte la gravité que lui donne la règle. Sa forme est
/// celle du contrat de l'API (les `constats` de WS06) : il se relit avec
/// `Deserialize`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Constat {
    /// Le code du champ, avec la ligne pour une table (`effectifs[1].etp`,
    /// lignes comptées à partir de 0) ; la ligne seule (`effectifs[1]`) pour
    /// une règle de ligne ; vide pour les autres règles.
    pub chemin: String,
    /// Ce que le constat relève.
    pub code: CodeConstat,
    /// Le code de la règle, pour un constat de règle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regle: Option<String>,
    /// Bloquant ou simple avertissement.
    pub severite: Severite,
    /// La phrase en français à montrer à la personne qui remplit le rapport ;
    /// elle ne cite jamais la valeur d'une donnée personnelle.
    pub message: String,
}

impl Constat {
    /// Un constat bloquant sur un champ.
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

/// Tous les constats d'une validation, dans l'ordre que fixe le contrat WS05.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Constats(pub Vec<Constat>);

impl Constats {
    /// Vrai quand aucun constat ne bloque le rapport (les avertissements ne
    /// comptent pas).
    pub fn valide(&self) -> bool {
        self.0.iter().all(|c| c.severite != Severite::Bloquante)
    }

    /// Les seuls constats bloquants, dans leur ordre.
    pub fn bloquants(&self) -> impl Iterator<Item = &Constat> {
        self.0.iter().filter(|c| c.severite == Severite::Bloquante)
    }

    /// Les constats, dans l'ordre du contrat WS05.
    pub fn iter(&self) -> std::slice::Iter<'_, Constat> {
        self.0.iter()
    }

    /// Le nombre de constats, bloquants ou non.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Vrai quand la validation n'a rien relevé.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Le rapport de validation en JSON, `{"valide": .., "constats": [..]}`,
    /// comme l'écrit `sidoba validate --format json`.
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
