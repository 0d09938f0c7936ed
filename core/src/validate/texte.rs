//! Findings for a person at a help desk: a verdict line, then the findings
//! grouped under the block they concern, rules last.

use crate::model::Modele;
use sidoba::{CodeConstat, Constat, Constats, Severite};
use std::collections::BTreeMap;

/// `couleur`: ANSI colours (only on a terminal, never with `NO_COLOR`).
pub fn texte(m: &Modele, constats: &Constats, couleur: bool) -> String {
    // Top-level block of each payload key (fields and nested blocks), to
    // group findings: one walk of each top-level block's subtree.
    fn marquer<'m>(b: &'m crate::model::Bloc, i: usize, bloc_de: &mut BTreeMap<&'m str, usize>) {
        bloc_de.insert(&b.code, i);
        for c in &b.champs {
            bloc_de.insert(&c.code, i);
        }
        for sb in &b.blocs {
            marquer(sb, i, bloc_de);
        }
    }
    let mut bloc_de: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, b) in m.blocs.iter().enumerate() {
        marquer(b, i, &mut bloc_de);
    }
    let cle = |chemin: &str| {
        chemin
            .split(['[', '.'])
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    // Group index: a block's position, rules and unknown keys after.
    let mut groupes: BTreeMap<usize, Vec<&sidoba::Constat>> = BTreeMap::new();
    for c in constats.iter() {
        let g = match c.code {
            CodeConstat::Regle => m.blocs.len() + 1,
            _ => bloc_de
                .get(cle(&c.chemin).as_str())
                .copied()
                .unwrap_or(m.blocs.len()),
        };
        groupes.entry(g).or_default().push(c);
    }
    let titres = groupes.into_iter().map(|(g, cs)| {
        let titre = match m.blocs.get(g) {
            Some(b) => format!("Bloc « {} »", b.libelle),
            None if g == m.blocs.len() => "Clés inconnues".to_owned(),
            None => "Règles de cohérence".to_owned(),
        };
        (titre, cs)
    });
    rendre(m, constats, couleur, "Payload", titres)
}

/// The text shared by every help-desk report: a verdict line naming `quoi`
/// (« Payload », « Fichier de collecte »), then each group under its title.
pub(crate) fn rendre<'c>(
    m: &Modele,
    constats: &Constats,
    couleur: bool,
    quoi: &str,
    groupes: impl Iterator<Item = (String, Vec<&'c Constat>)>,
) -> String {
    let peint = |code: &str, s: &str| {
        if couleur {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    };
    let bloquants = constats.bloquants().count();
    let avertissements = constats.len() - bloquants;
    let pluriel = |n: usize, un: &str, plusieurs: &str| {
        if n <= 1 {
            format!("{n} {un}")
        } else {
            format!("{n} {plusieurs}")
        }
    };
    let mut out = if constats.valide() {
        peint("1;32", &format!("{quoi} valide"))
    } else {
        peint("1;31", &format!("{quoi} invalide"))
    };
    out.push_str(&format!(
        " : {}, {} ({} {}).\n",
        pluriel(bloquants, "constat bloquant", "constats bloquants"),
        pluriel(avertissements, "avertissement", "avertissements"),
        m.identite.code,
        m.identite.version
    ));
    for (titre, cs) in groupes {
        out.push_str(&format!("\n{}\n", peint("1", &titre)));
        for c in cs {
            let marque = match c.severite {
                Severite::Bloquante => peint("31", "✗"),
                Severite::Avertissement => peint("33", "!"),
            };
            let regle = c.regle.as_deref().unwrap_or(c.code.code());
            let lieu = if c.chemin.is_empty() {
                String::new()
            } else {
                format!(" {}", c.chemin)
            };
            out.push_str(&format!("  {marque} [{regle}]{lieu} : {}\n", c.message));
        }
    }
    out
}
