//! What changed between two checked models, as typed changes
//! ([`Constat`]); their impact and wording are decided elsewhere.
//!
//! Blocks, fields, code lists, values and rules are matched by code. Each
//! change is reported once, at the highest level that explains it: an added
//! or removed block is one entry (its fields and sub-blocks are not listed,
//! except those that existed on the other side and moved, which are
//! `champ_deplace`); a rename is one entry; a moved field is one
//! `champ_deplace` and its other changes are reported as for any field.
//!
//! Renamed blocks are paired first ([`super::rename::apparier_blocs`]);
//! from then on an OLD block and its NEW counterpart are "the same block"
//! everywhere ([`Comparaison::meme_bloc`]): for fields that stayed in it,
//! for sub-blocks under it, for rows and for row rules, so a block rename
//! is one `bloc_renomme` and not a removal, an addition and a move per
//! field.
//!
//! Fingerprints and the final order are set by [`super::comparer`].

mod appariement;
mod blocs;
mod champs;
mod modele;
mod nomenclatures;
mod regles;

use super::changement::{Borne, Changement, Constat, Genre, Lignes, Limite, Quantite};
use crate::model::{Index, Modele};
use std::collections::BTreeMap;

/// Every change, in detection order.
pub(super) fn constats<'m>(ancien: &'m Modele, nouveau: &'m Modele) -> Vec<Constat<'m>> {
    let a = Cote::de(ancien);
    let n = Cote::de(nouveau);
    let mut c = Comparaison {
        a: &a,
        n: &n,
        renommes: BTreeMap::new(),
        blocs_renommes: BTreeMap::new(),
        anciens_blocs: BTreeMap::new(),
        out: Vec::new(),
    };
    c.apparier_blocs();
    c.apparier_renommes();
    c.blocs();
    c.champs();
    c.nomenclatures();
    c.regles();
    c.modele();
    c.version();
    c.out
}

/// One side of the comparison.
struct Cote<'m> {
    modele: &'m Modele,
    index: Index<'m>,
}

impl<'m> Cote<'m> {
    fn de(modele: &'m Modele) -> Cote<'m> {
        Cote {
            modele,
            index: Index::new(modele),
        }
    }
}

impl<'m> std::ops::Deref for Cote<'m> {
    type Target = Index<'m>;

    fn deref(&self) -> &Index<'m> {
        &self.index
    }
}

struct Comparaison<'c, 'm> {
    a: &'c Cote<'m>,
    n: &'c Cote<'m>,
    /// NEW code → OLD code of renamed fields.
    renommes: BTreeMap<&'m str, &'m str>,
    /// NEW code → OLD code of renamed blocks.
    blocs_renommes: BTreeMap<&'m str, &'m str>,
    /// OLD code → NEW code of renamed blocks.
    anciens_blocs: BTreeMap<&'m str, &'m str>,
    out: Vec<Constat<'m>>,
}

/// Changes of limits, split by direction.
#[derive(Default)]
struct Limites {
    serre: Vec<Borne>,
    lache: Vec<Borne>,
}

impl Limites {
    /// One limit, old and new; `None` is no limit. `q` gives a value as a
    /// [`Quantite`].
    fn comparer<T: Ord>(
        &mut self,
        limite: Limite,
        avant: Option<&T>,
        apres: Option<&T>,
        q: impl Fn(&T) -> Quantite,
    ) {
        let serre = match (avant, apres) {
            (None, None) => return,
            (Some(a), Some(b)) if a == b => return,
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => (b > a) == limite.basse(),
        };
        let borne = Borne {
            limite,
            avant: avant.map(&q),
            apres: apres.map(&q),
        };
        if serre {
            self.serre.push(borne);
        } else {
            self.lache.push(borne);
        }
    }
}

impl<'m> Comparaison<'_, 'm> {
    fn constat(&mut self, cible: &str, chemin: &str, changement: Changement<'m>) {
        self.out.push(Constat {
            cible: cible.to_owned(),
            chemin: chemin.to_owned(),
            changement,
        });
    }

    /// The tighter limits, then the looser ones, one entry each.
    fn limites(&mut self, l: Limites, genre: Genre, nom: &'m str, cible: &str, chemin: &str) {
        self.limites_32(l, genre, (nom, false), cible, chemin);
    }

    /// Same, saying whether an `entier` crosses 32 bits.
    fn limites_32(
        &mut self,
        l: Limites,
        genre: Genre,
        (nom, bascule_32_bits): (&'m str, bool),
        cible: &str,
        chemin: &str,
    ) {
        for (serre, bornes) in [(true, l.serre), (false, l.lache)] {
            if !bornes.is_empty() {
                let c = Changement::Limites {
                    genre,
                    serre,
                    nom,
                    bornes,
                    bascule_32_bits,
                };
                self.constat(cible, chemin, c);
            }
        }
    }

    /// The NEW code of an OLD block (itself unless renamed), if it is kept.
    fn bloc_nouveau(&self, ancien: &str) -> Option<&'m str> {
        match self.n.blocs.get_key_value(ancien) {
            Some((k, _)) => Some(k),
            None => self.anciens_blocs.get(ancien).copied(),
        }
    }

    /// The OLD code of a NEW block (itself unless renamed), if it existed.
    fn bloc_ancien(&self, nouveau: &str) -> Option<&'m str> {
        match self.a.blocs.get_key_value(nouveau) {
            Some((k, _)) => Some(k),
            None => self.blocs_renommes.get(nouveau).copied(),
        }
    }

    /// Whether an OLD block and a NEW one are the same block (both `None`:
    /// the root, or no row).
    fn meme_bloc(&self, ancien: Option<&str>, nouveau: Option<&str>) -> bool {
        match (ancien, nouveau) {
            (None, None) => true,
            (Some(a), Some(n)) => self.bloc_nouveau(a) == Some(n),
            _ => false,
        }
    }

    /// The NEW code of an OLD field (itself unless renamed).
    fn code_nouveau<'x>(&self, ancien: &'x str) -> Option<&'x str>
    where
        'm: 'x,
    {
        if self.n.champs.contains_key(ancien) {
            return Some(ancien);
        }
        self.renommes
            .iter()
            .find(|(_, a)| **a == ancien)
            .map(|(n, _)| *n)
    }

    /// How the row changes between an OLD row and a NEW one.
    fn lignes(&self, avant: Option<&'m str>, apres: Option<&'m str>) -> Lignes<'m> {
        match (avant, apres) {
            (a, b) if self.meme_bloc(a, b) => Lignes::Memes,
            (None, Some(b)) => Lignes::Entre(self.n.libelle_bloc(b)),
            (Some(a), None) => Lignes::Sort(self.a.libelle_bloc(a)),
            (Some(a), Some(b)) => Lignes::Passe(self.a.libelle_bloc(a), self.n.libelle_bloc(b)),
            (None, None) => Lignes::Memes,
        }
    }
}

/// Elements by code, the first one when a code repeats (only in a model
/// that was not checked).
fn par_code<'x, T>(l: &'x [T], code: impl Fn(&'x T) -> &'x String) -> BTreeMap<&'x str, &'x T> {
    let mut m = BTreeMap::new();
    for x in l {
        m.entry(code(x).as_str()).or_insert(x);
    }
    m
}
