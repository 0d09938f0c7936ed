//! Findings of a collection file for a person at a help desk: a verdict
//! line, then the findings grouped by person (by position in the file,
//! never by identity).

use crate::model::Modele;
use sidoba::Constats;
use std::collections::BTreeMap;

/// `couleur`: ANSI colours (only on a terminal, never with `NO_COLOR`).
pub fn texte(m: &Modele, constats: &Constats, couleur: bool) -> String {
    texte_titre(m, constats, couleur, "Fichier de collecte")
}

/// The same for a TDDUI Bundle (the verdict line names it).
pub fn texte_bundle(m: &Modele, constats: &Constats, couleur: bool) -> String {
    texte_titre(m, constats, couleur, "Bundle TDDUI")
}

fn texte_titre(m: &Modele, constats: &Constats, couleur: bool, titre: &str) -> String {
    // Group: None for the structure, Some(i) for person i.
    let mut groupes: BTreeMap<Option<usize>, Vec<&sidoba::Constat>> = BTreeMap::new();
    for c in constats.iter() {
        let personne = c
            .chemin
            .strip_prefix("usagers[")
            .and_then(|r| r.split(']').next())
            .and_then(|i| i.parse().ok());
        groupes.entry(personne).or_default().push(c);
    }
    let titres = groupes.into_iter().map(|(g, cs)| {
        let titre = match g {
            None => "Structure".to_owned(),
            Some(i) => format!("Usager n° {} (usagers[{i}])", i + 1),
        };
        (titre, cs)
    });
    crate::validate::texte::rendre(m, constats, couleur, titre, titres)
}
