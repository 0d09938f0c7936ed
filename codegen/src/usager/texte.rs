//! Findings of a collection file for a person at a help desk: a verdict
//! line, then the findings grouped by person (by position in the file,
//! never by identity).

use crate::model::Modele;
use sidoba::{Constats, Severite};
use std::collections::BTreeMap;

/// `couleur`: ANSI colours (only on a terminal, never with `NO_COLOR`).
pub fn texte(m: &Modele, constats: &Constats, couleur: bool) -> String {
    let peint = |code: &str, s: &str| {
        if couleur {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    };
    let bloquants = constats.bloquants().count();
    let avertissements = constats.len() - bloquants;
    let s = |n: usize| if n > 1 { "s" } else { "" };
    let mut out = if constats.valide() {
        peint("1;32", "Fichier de collecte valide")
    } else {
        peint("1;31", "Fichier de collecte invalide")
    };
    out.push_str(&format!(
        " : {bloquants} constat{} bloquant{}, {avertissements} avertissement{} ({} {}).\n",
        s(bloquants),
        s(bloquants),
        s(avertissements),
        m.identite.code,
        m.identite.version
    ));
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
    for (g, cs) in groupes {
        let titre = match g {
            None => "Structure".to_owned(),
            Some(i) => format!("Usager n° {} (usagers[{i}])", i + 1),
        };
        out.push_str(&format!("\n{}\n", peint("1", &titre)));
        for c in cs {
            let marque = match c.severite {
                Severite::Bloquante => peint("31", "✗"),
                Severite::Avertissement => peint("33", "!"),
            };
            let quoi = c.regle.as_deref().unwrap_or(c.code.code());
            out.push_str(&format!(
                "  {marque} [{quoi}] {} : {}\n",
                c.chemin, c.message
            ));
        }
    }
    out
}
