//! The persons of a stored WS09 Bundle, for the screen, read by the
//! toolkit's Bundle reader (`sidoba_codegen::usager::lecture_bundle`, the
//! one `sidoba validate` and the worker use): each person's local
//! identifier and `donnees` exactly as the collection file rebuilt from the
//! Bundle holds them, so that a person's page has the layout of a
//! structure's. Only what the screen shows is kept (never the identity);
//! numbers keep their JSON text.

use super::formulaire::Valeurs;
use serde::Deserialize;
use sidoba_codegen::model::Modele;
use sidoba_codegen::usager::lecture_bundle;

#[derive(Deserialize)]
struct Collecte {
    usagers: Vec<Usager>,
}

#[derive(Deserialize)]
struct Usager {
    identifiant: Option<String>,
    #[serde(default)]
    donnees: Valeurs,
}

/// One person of a Bundle: its position (for the `usagers[i].` findings),
/// local identifier, and data.
pub struct Personne {
    pub rang: usize,
    pub identifiant: String,
    pub valeurs: Valeurs,
}

/// The persons of a Bundle in Patient order; a text that is not a TDDUI
/// Bundle of the model gives none (the worker's findings say why).
pub fn personnes(modele: &Modele, corps: &[u8]) -> Vec<Personne> {
    let Ok(texte) = std::str::from_utf8(corps) else {
        return Vec::new();
    };
    let Ok(lu) = lecture_bundle::lire(modele, texte) else {
        return Vec::new();
    };
    let Ok(c) = serde_json::from_str::<Collecte>(&lu.collecte) else {
        return Vec::new();
    };
    c.usagers
        .into_iter()
        .enumerate()
        .map(|(rang, u)| Personne {
            rang,
            identifiant: u
                .identifiant
                .unwrap_or_else(|| format!("(personne n° {})", rang + 1)),
            valeurs: u.donnees,
        })
        .collect()
}
