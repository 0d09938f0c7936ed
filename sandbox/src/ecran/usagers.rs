//! The persons of a stored WS09 Bundle, for the screen, read by the
//! toolkit's one reader of user-level files (`sidoba_core::usager::lecteur`,
//! the one `sidoba validate` and the worker use): each person's local
//! identifier and `donnees` exactly as the collection file rebuilt from the
//! Bundle holds them, so that a person's page has the layout of a
//! structure's. Only what the screen shows is kept (never the identity);
//! numbers keep their JSON text.

use super::formulaire::Valeurs;
use sidoba_core::model::Modele;
use sidoba_core::usager::lecteur;

/// One person of a Bundle: its position (for the `usagers[i].` findings),
/// local identifier, and data.
pub struct Personne {
    pub rang: usize,
    pub identifiant: String,
    pub valeurs: Valeurs,
}

/// The persons of a Bundle in Patient order, as the one reader read them
/// (no envelope read here); a text that is not a TDDUI Bundle of the model
/// gives none (the worker's findings say why).
pub fn personnes(modele: &Modele, corps: &[u8]) -> Vec<Personne> {
    let Ok(texte) = std::str::from_utf8(corps) else {
        return Vec::new();
    };
    let Ok(lu) = lecteur::lire(modele, texte) else {
        return Vec::new();
    };
    lu.personnes()
        .into_iter()
        .map(|p| Personne {
            rang: p.rang,
            identifiant: p
                .identifiant
                .map_or_else(|| format!("(personne n° {})", p.rang + 1), str::to_owned),
            valeurs: p
                .donnees
                .and_then(|d| serde_json::from_str(d).ok())
                .unwrap_or_default(),
        })
        .collect()
}
