//! Renames: removed and added blocks, then fields, paired as one.

use super::Comparaison;
use crate::diff::rename;
use crate::model::{Bloc, Champ, InfoBloc};
use std::collections::BTreeMap;

impl Comparaison<'_, '_> {
    /// Pairs the removed and added fields of each block kept on both sides.
    pub(super) fn apparier_renommes(&mut self) {
        let mut par_bloc: BTreeMap<&str, (Vec<&Champ>, Vec<&Champ>)> = BTreeMap::new();
        for i in self.a.champs_en_ordre() {
            if self.n.champs.contains_key(i.champ.code.as_str()) {
                continue;
            }
            if let Some(b) = self.bloc_nouveau(i.bloc) {
                par_bloc.entry(b).or_default().0.push(i.champ);
            }
        }
        for i in self.n.champs_en_ordre() {
            if !self.a.champs.contains_key(i.champ.code.as_str())
                && self.bloc_ancien(i.bloc).is_some()
            {
                par_bloc.entry(i.bloc).or_default().1.push(i.champ);
            }
        }
        for (anciens, nouveaux) in par_bloc.values() {
            if anciens.is_empty() || nouveaux.is_empty() {
                continue;
            }
            for (i, j) in rename::apparier(anciens, nouveaux) {
                if let (Some(a), Some(n)) = (anciens.get(i), nouveaux.get(j)) {
                    self.renommes.insert(&n.code, &a.code);
                }
            }
        }
    }

    /// Pairs removed and added blocks as renames ([`rename::apparier_blocs`]),
    /// level by level from the root, so that a block's parent is already
    /// matched when the block is: only blocks under the same (matched)
    /// parent are paired.
    pub(super) fn apparier_blocs(&mut self) {
        let profondeur = |i: &InfoBloc<'_>| i.chemin.matches('/').count();
        let max = self
            .a
            .blocs
            .values()
            .chain(self.n.blocs.values())
            .map(profondeur)
            .max()
            .unwrap_or(0);
        for d in 0..=max {
            // (parent in NEW, or None at the root) → candidates.
            let mut groupes: BTreeMap<Option<&str>, (Vec<&Bloc>, Vec<&Bloc>)> = BTreeMap::new();
            for i in self.a.blocs_en_ordre() {
                if self.n.blocs.contains_key(i.bloc.code.as_str()) || profondeur(i) != d {
                    continue;
                }
                let parent = match i.parent {
                    None => None,
                    Some(p) => match self.bloc_nouveau(p) {
                        Some(np) => Some(np),
                        None => continue,
                    },
                };
                groupes.entry(parent).or_default().0.push(i.bloc);
            }
            for i in self.n.blocs_en_ordre() {
                if self.a.blocs.contains_key(i.bloc.code.as_str())
                    || profondeur(i) != d
                    || i.parent.is_some_and(|p| self.bloc_ancien(p).is_none())
                {
                    continue;
                }
                groupes.entry(i.parent).or_default().1.push(i.bloc);
            }
            for (anciens, nouveaux) in groupes.values() {
                for (i, j) in rename::apparier_blocs(anciens, nouveaux) {
                    if let (Some(a), Some(n)) = (anciens.get(i), nouveaux.get(j)) {
                        self.blocs_renommes.insert(&n.code, &a.code);
                        self.anciens_blocs.insert(&a.code, &n.code);
                    }
                }
            }
        }
    }
}
