//! Ce que rend la lecture d'un payload WS05 au code d'un éditeur : le
//! rapport lu ([`Lu`]), les valeurs refusées ([`Rejets`]) et les erreurs
//! ([`ErreurLecture`], [`ErreurPayload`]). Le lecteur lui-même est dans
//! `lecture`, hors de l'API publique.

use crate::chemin::Chemin;
use crate::{Constat, Position};
use std::collections::BTreeMap;
use std::fmt;

/// Un payload qui ne se lit pas du tout (pas du JSON, mauvaise enveloppe).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErreurLecture {
    /// Position en octets dans le texte du payload.
    pub offset: usize,
    /// `ligne:colonne` de cette position.
    pub position: Position,
    /// Ce qui ne va pas, en français.
    pub message: String,
}

impl fmt::Display for ErreurLecture {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} : {}", self.position, self.message)
    }
}

impl std::error::Error for ErreurLecture {}

/// Les constats faits à la lecture (valeurs qui n'ont pu être prises), par
/// chemin, en attendant que la validation les place à leur champ : à passer
/// à `valider_avec`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rejets {
    pub(crate) champs: BTreeMap<String, Vec<Constat>>,
    /// Unknown keys, by the path prefix of their object, in payload order.
    pub(crate) inconnus: BTreeMap<String, Vec<Constat>>,
}

impl Rejets {
    /// Vrai quand tout le payload a pu être pris.
    pub fn is_empty(&self) -> bool {
        self.champs.is_empty() && self.inconnus.is_empty()
    }

    /// Emits the findings made while reading field (or block, or row) `code`
    /// here; true when there were some: the value was not taken.
    pub(crate) fn champ(&self, out: &mut Vec<Constat>, chemin: &Chemin, code: &str) -> bool {
        if self.champs.is_empty() {
            return false;
        }
        self.emettre(out, &chemin.de(code))
    }

    /// Same for a row that was not an object.
    pub(crate) fn ligne(&self, out: &mut Vec<Constat>, chemin: &Chemin) -> bool {
        if self.champs.is_empty() {
            return false;
        }
        self.emettre(out, chemin.sans_point())
    }

    fn emettre(&self, out: &mut Vec<Constat>, cle: &str) -> bool {
        match self.champs.get(cle) {
            Some(c) => {
                out.extend(c.iter().cloned());
                true
            }
            None => false,
        }
    }

    /// Emits the unknown keys of the object at `chemin`.
    pub(crate) fn inconnus(&self, out: &mut Vec<Constat>, chemin: &Chemin) {
        // Without building the key: the common case, once per row.
        if self.inconnus.is_empty() {
            return;
        }
        if let Some(c) = self.inconnus.get(&chemin.de("")) {
            out.extend(c.iter().cloned());
        }
    }

    /// Adds a finding made outside reading (e.g. a value the builder could
    /// not convert), kept at its path.
    pub(crate) fn ajouter(&mut self, c: Constat) {
        self.champs.entry(c.chemin.clone()).or_default().push(c);
    }

    /// Tous les constats de lecture, pour qui lit sans valider.
    pub fn tous(&self) -> impl Iterator<Item = &Constat> {
        self.champs.values().chain(self.inconnus.values()).flatten()
    }
}

/// Un rapport lu d'un payload, avec ce qui n'a pu y être pris.
#[derive(Debug, Clone)]
pub struct Lu<T> {
    /// Le rapport, sans les valeurs refusées.
    pub rapport: T,
    /// Les valeurs refusées, comme constats.
    pub rejets: Rejets,
}

impl<T> Lu<T> {
    /// Le rapport, ou les constats de toutes les valeurs qui n'ont pu être lues.
    pub fn strict(self) -> Result<T, crate::Constats> {
        if self.rejets.is_empty() {
            Ok(self.rapport)
        } else {
            Err(crate::Constats(self.rejets.tous().cloned().collect()))
        }
    }
}

/// Pourquoi un payload n'a pu être pris dans un rapport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErreurPayload {
    /// Pas du JSON, ou pas un payload de ce modèle.
    Lecture(ErreurLecture),
    /// Des valeurs qui n'ont pu être prises, comme constats.
    Valeurs(crate::Constats),
}

impl From<ErreurLecture> for ErreurPayload {
    fn from(e: ErreurLecture) -> Self {
        ErreurPayload::Lecture(e)
    }
}

impl From<crate::Constats> for ErreurPayload {
    fn from(c: crate::Constats) -> Self {
        ErreurPayload::Valeurs(c)
    }
}

impl fmt::Display for ErreurPayload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErreurPayload::Lecture(e) => e.fmt(f),
            ErreurPayload::Valeurs(c) => c.fmt(f),
        }
    }
}

impl std::error::Error for ErreurPayload {}
