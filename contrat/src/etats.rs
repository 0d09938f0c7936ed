//! Les états, statuts, niveaux, rôles et services du contrat, et leurs
//! codes sur le fil.

use crate::{TYPE_FHIR, TYPE_JSON};
use serde::{Deserialize, Serialize};

/// L'état d'un traitement (WS06 `etat`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Etat {
    EnAttente,
    EnCours,
    Accepte,
    Rejete,
}

impl Etat {
    pub const TOUS: [Etat; 4] = [Etat::EnAttente, Etat::EnCours, Etat::Accepte, Etat::Rejete];

    pub const fn code(self) -> &'static str {
        match self {
            Etat::EnAttente => "en_attente",
            Etat::EnCours => "en_cours",
            Etat::Accepte => "accepte",
            Etat::Rejete => "rejete",
        }
    }

    pub fn depuis(code: &str) -> Option<Etat> {
        Etat::TOUS.into_iter().find(|e| e.code() == code)
    }

    /// `accepte` et `rejete` sont définitifs.
    pub fn final_(self) -> bool {
        matches!(self, Etat::Accepte | Etat::Rejete)
    }
}

/// Le statut d'une collection (WS06, WS08 `statut`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Statut {
    EnSaisie,
    Transmise,
    Validee,
}

impl Statut {
    pub const TOUS: [Statut; 3] = [Statut::EnSaisie, Statut::Transmise, Statut::Validee];

    pub const fn code(self) -> &'static str {
        match self {
            Statut::EnSaisie => "en_saisie",
            Statut::Transmise => "transmise",
            Statut::Validee => "validee",
        }
    }

    pub fn depuis(code: &str) -> Option<Statut> {
        Statut::TOUS.into_iter().find(|s| s.code() == code)
    }
}

/// Le niveau du modèle d'une campagne (WS01 `modele.niveau`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Niveau {
    Structure,
    Usager,
}

impl Niveau {
    pub const fn code(self) -> &'static str {
        match self {
            Niveau::Structure => "structure",
            Niveau::Usager => "usager",
        }
    }
}

/// Un rôle d'un compte sur un FINESS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Envoie les données, change le statut.
    Declarant,
    /// Lit les états.
    Lecteur,
    /// Le côté CNSA/ARS du bac à sable : seul à valider une collection.
    Autorite,
}

/// Les trois services de soumission, et la voie par laquelle un traitement
/// est arrivé.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Service {
    /// Payload clé/valeur au niveau structure.
    Ws05,
    /// Documents CDA par usager, dans un Bundle.
    Ws07,
    /// Bundle FHIR par usager.
    Ws09,
}

impl Service {
    pub const TOUS: [Service; 3] = [Service::Ws05, Service::Ws07, Service::Ws09];

    /// Le type de contenu qu'il attend.
    pub const fn type_contenu(self) -> &'static str {
        match self {
            Service::Ws05 => TYPE_JSON,
            Service::Ws07 | Service::Ws09 => TYPE_FHIR,
        }
    }

    /// `WS05`, `WS07` ou `WS09`.
    pub const fn nom(self) -> &'static str {
        match self {
            Service::Ws05 => "WS05",
            Service::Ws07 => "WS07",
            Service::Ws09 => "WS09",
        }
    }

    /// `ws05`, `ws07` ou `ws09` (le code gardé par le bac à sable).
    pub const fn code(self) -> &'static str {
        match self {
            Service::Ws05 => "ws05",
            Service::Ws07 => "ws07",
            Service::Ws09 => "ws09",
        }
    }

    pub fn depuis(code: &str) -> Option<Service> {
        Service::TOUS.into_iter().find(|s| s.code() == code)
    }

    /// Le niveau de modèle que le service prend.
    pub const fn niveau(self) -> Niveau {
        match self {
            Service::Ws05 => Niveau::Structure,
            Service::Ws07 | Service::Ws09 => Niveau::Usager,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn les_codes_sont_les_noms_serde() {
        for e in Etat::TOUS {
            assert_eq!(serde_json::to_value(e).unwrap(), e.code());
            assert_eq!(Etat::depuis(e.code()), Some(e));
        }
        for s in Statut::TOUS {
            assert_eq!(serde_json::to_value(s).unwrap(), s.code());
            assert_eq!(Statut::depuis(s.code()), Some(s));
        }
        for n in [Niveau::Structure, Niveau::Usager] {
            assert_eq!(serde_json::to_value(n).unwrap(), n.code());
        }
        for s in Service::TOUS {
            assert_eq!(Service::depuis(s.code()), Some(s));
        }
        assert_eq!(Service::depuis(""), None);
    }
}
