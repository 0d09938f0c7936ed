//! Blocks: added, removed, renamed, moved, made repeatable or not, their
//! rows, labels and the order of what they hold.

use super::{Comparaison, Limites};
use crate::diff::changement::{Changement as C, Genre, Limite, Objet, Quantite};
use crate::model::{Bloc, InfoBloc};
use std::collections::BTreeSet;

impl<'m> Comparaison<'_, 'm> {
    /// Whether an added block makes vendors send something: a required
    /// field that is new to the model, directly or in non-repeatable
    /// sub-blocks at any depth, or rows (`minLignes >= 1`) for a
    /// repeatable block. Fields and blocks that existed in OLD are left out:
    /// they moved, and their move is reported on its own.
    fn exige(&self, b: &Bloc) -> bool {
        if b.repetable {
            return b.min_lignes.unwrap_or(0) >= 1;
        }
        b.champs
            .iter()
            .any(|c| c.obligatoire && !self.a.champs.contains_key(c.code.as_str()))
            || b.blocs
                .iter()
                .any(|sb| self.bloc_ancien(&sb.code).is_none() && self.exige(sb))
    }

    pub(super) fn blocs(&mut self) {
        let (a, n) = (self.a, self.n);
        for i in n.blocs_en_ordre() {
            let code = i.bloc.code.as_str();
            match self.bloc_ancien(code).and_then(|c| a.blocs.get(c)) {
                Some(ia) => {
                    if ia.bloc.code != i.bloc.code {
                        let c = C::BlocRenomme {
                            avant: ia.bloc,
                            apres: i.bloc,
                        };
                        self.constat(code, &i.chemin, c);
                    }
                    self.comparer_bloc(ia, i);
                }
                // Under an added parent, the parent's entry covers it.
                None if i.parent.is_none_or(|p| self.bloc_ancien(p).is_some()) => {
                    let exige = self.exige(i.bloc);
                    let c = C::BlocAjoute {
                        bloc: i.bloc,
                        exige,
                    };
                    self.constat(code, &i.chemin, c);
                }
                None => {}
            }
        }
        for i in a.blocs_en_ordre() {
            let code = i.bloc.code.as_str();
            if self.bloc_nouveau(code).is_none()
                && i.parent.is_none_or(|p| self.bloc_nouveau(p).is_some())
            {
                self.constat(code, &i.chemin, C::BlocSupprime { bloc: i.bloc });
            }
        }
    }

    fn comparer_bloc(&mut self, ia: &InfoBloc<'m>, i: &InfoBloc<'m>) {
        let (a, b) = (ia.bloc, i.bloc);
        let (cible, chemin) = (b.code.as_str(), i.chemin.as_str());
        if !self.meme_bloc(ia.parent, i.parent) {
            let c = C::BlocDeplace {
                bloc: b,
                de: ia.parent.map(|p| self.a.libelle_bloc(p)),
                vers: i.parent.map(|p| self.n.libelle_bloc(p)),
                lignes: self.lignes(ia.ligne_parente, i.ligne_parente),
                chemin_avant: ia.chemin.clone(),
                chemin_apres: i.chemin.clone(),
            };
            self.constat(cible, chemin, c);
        }
        if a.libelle != b.libelle {
            let c = C::Libelle {
                objet: Objet::Bloc,
                avant: &a.libelle,
                apres: &b.libelle,
            };
            self.constat(cible, chemin, c);
        }
        if a.description != b.description {
            let c = C::Description {
                objet: Objet::Bloc,
                nom: &b.libelle,
                avant: a.description.as_ref(),
                apres: b.description.as_ref(),
            };
            self.constat(cible, chemin, c);
        }
        match (a.repetable, b.repetable) {
            (false, true) => self.constat(cible, chemin, C::BlocDevenuRepetable { bloc: b }),
            (true, false) => {
                self.constat(cible, chemin, C::BlocDevenuSimple { avant: a, apres: b })
            }
            (true, true) => {
                let mut l = Limites::default();
                // No minLignes is a minimum of 0.
                let (min_a, min_b) = (a.min_lignes.unwrap_or(0), b.min_lignes.unwrap_or(0));
                let q = |n: &u64| Quantite::Compte(*n);
                if min_a != min_b {
                    l.comparer(Limite::LignesMin, Some(&min_a), Some(&min_b), q);
                }
                l.comparer(
                    Limite::LignesMax,
                    a.max_lignes.as_ref(),
                    b.max_lignes.as_ref(),
                    q,
                );
                self.limites(l, Genre::Lignes, &b.libelle, cible, chemin);
            }
            (false, false) => {}
        }
        self.ordre_bloc(ia, i);
    }

    /// The relative order of the fields and sub-blocks that the block holds
    /// on both sides (renamed fields by their NEW code).
    fn ordre_bloc(&mut self, ia: &InfoBloc<'m>, i: &InfoBloc<'m>) {
        let (a, b) = (ia.bloc, i.bloc);
        let n = self.n;
        let champs_a: Vec<&'m str> = a
            .champs
            .iter()
            .filter_map(|c| self.code_nouveau(&c.code))
            .filter(|c| n.champs.get(c).is_some_and(|x| x.bloc == b.code))
            .collect();
        let gardes: BTreeSet<&str> = champs_a.iter().copied().collect();
        let champs_n: Vec<&'m str> = b
            .champs
            .iter()
            .map(|c| c.code.as_str())
            .filter(|c| gardes.contains(c))
            .collect();
        let blocs_a: Vec<&'m str> = a
            .blocs
            .iter()
            .filter_map(|sb| self.bloc_nouveau(&sb.code))
            .filter(|c| {
                n.blocs
                    .get(c)
                    .is_some_and(|x| x.parent == Some(b.code.as_str()))
            })
            .collect();
        let gardes: BTreeSet<&str> = blocs_a.iter().copied().collect();
        let blocs_n: Vec<&'m str> = b
            .blocs
            .iter()
            .map(|sb| sb.code.as_str())
            .filter(|c| gardes.contains(c))
            .collect();
        let champs = (champs_a != champs_n).then_some((champs_a, champs_n));
        let blocs = (blocs_a != blocs_n).then_some((blocs_a, blocs_n));
        if champs.is_some() || blocs.is_some() {
            let c = C::OrdreBloc {
                nom: &b.libelle,
                champs,
                blocs,
            };
            self.constat(&b.code, &i.chemin, c);
        }
    }
}
