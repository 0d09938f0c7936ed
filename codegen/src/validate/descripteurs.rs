//! A model's descriptions (`crate::description`) indexed for the
//! model-driven validator, with the model's shapes and sorted keys.

use crate::description;
use crate::forme::{self, Forme, Membre};
use crate::model::{Bloc, Modele};
use sidoba::__private_v1::descripteur as d;
use std::collections::BTreeMap;

/// Everything the runtime needs to read and check payloads of one model.
pub struct Descripteurs<'t> {
    pub modele: &'t Modele,
    pub formes: Vec<Forme<'t>>,
    /// Field code → its description.
    pub champs: BTreeMap<&'t str, d::Champ<'t>>,
    /// Repeatable block code → its description and its `Forme`'s index.
    pub blocs: BTreeMap<&'t str, (d::Bloc<'t>, usize)>,
    /// Per `Forme`, its keys sorted as generated code sorts them.
    pub cles: Vec<Vec<(&'t str, usize)>>,
}

impl Descripteurs<'_> {
    /// Builds the descriptions (`crate::description`, as generated code
    /// holds them; they borrow from tables that live only in this call)
    /// and hands them to `f`.
    pub fn avec<R>(m: &Modele, f: impl FnOnce(&Descripteurs<'_>) -> R) -> R {
        description::avec(m, |t| {
            let tous = m.champs();
            let champs = tous
                .iter()
                .filter_map(|(_, c)| Some((c.code.as_str(), t.champ(c)?)))
                .collect();
            let formes = forme::formes(m);
            let blocs = formes
                .iter()
                .enumerate()
                .filter_map(|(i, f)| f.bloc.map(|b| (b.code.as_str(), (description::bloc(b), i))))
                .collect();
            let cles = formes
                .iter()
                .map(crate::emit::payload::cles_triees)
                .collect();
            f(&Descripteurs {
                modele: m,
                formes,
                champs,
                blocs,
                cles,
            })
        })
    }

    pub fn forme_de(&self, b: &Bloc) -> Option<&Forme<'_>> {
        self.blocs
            .get(b.code.as_str())
            .map(|(_, i)| &self.formes[*i])
    }

    pub fn membre_code<'m>(mb: &Membre<'m>) -> &'m str {
        match mb {
            Membre::Champ { champ, .. } => &champ.code,
            Membre::Lignes(b) => &b.code,
        }
    }
}
