//! A model's fields and blocks by code, with where each one stands (its
//! block, its path, its row): built once per model, read by rule typing and
//! by the diff.
//!
//! On duplicate codes (an invalid model, reported by the model checks) the
//! first occurrence wins in the maps; the suggestion lists keep every
//! occurrence, as the model writes them.

use super::{Bloc, Champ, Modele, Nomenclature};
use std::collections::BTreeMap;

/// A block and where it stands.
pub struct InfoBloc<'m> {
    pub bloc: &'m Bloc,
    /// Block codes from the root down to it, `/`-separated, itself
    /// included.
    pub chemin: String,
    /// The block that holds it (`None` at the root).
    pub parent: Option<&'m str>,
    /// The nearest repeatable block strictly above: the row this block (a
    /// table, when repeatable) is nested in.
    pub ligne_parente: Option<&'m str>,
    /// The repeatable blocks from the root down to this one, outermost
    /// first (ending with it when it is repeatable).
    pub tables: Vec<&'m str>,
}

/// A field and where it stands.
pub struct InfoChamp<'m> {
    pub champ: &'m Champ,
    /// Code of the block that holds it.
    pub bloc: &'m str,
    /// Path of that block (see [`InfoBloc::chemin`]).
    pub chemin: String,
    /// The nearest repeatable block holding the field: its row.
    pub ligne: Option<&'m str>,
}

/// The index of one model.
pub struct Index<'m> {
    pub nomenclatures: &'m [Nomenclature],
    pub blocs: BTreeMap<&'m str, InfoBloc<'m>>,
    pub champs: BTreeMap<&'m str, InfoChamp<'m>>,
    /// Every block, depth first, in model order (duplicates included).
    tous_blocs: Vec<&'m Bloc>,
    /// Every field, depth first, in model order (duplicates included).
    tous_champs: Vec<&'m Champ>,
}

impl<'m> Index<'m> {
    pub fn new<T>(modele: &'m Modele<T>) -> Index<'m> {
        let mut index = Index {
            nomenclatures: &modele.nomenclatures,
            blocs: BTreeMap::new(),
            champs: BTreeMap::new(),
            tous_blocs: Vec::new(),
            tous_champs: Vec::new(),
        };
        for b in &modele.blocs {
            index.visiter(b, None, "", &mut Vec::new());
        }
        index
    }

    /// `tables`: the repeatable blocks above `b`, outermost first.
    fn visiter(
        &mut self,
        b: &'m Bloc,
        parent: Option<&'m str>,
        chemin_parent: &str,
        tables: &mut Vec<&'m str>,
    ) {
        let chemin = if chemin_parent.is_empty() {
            b.code.clone()
        } else {
            format!("{chemin_parent}/{}", b.code)
        };
        let ligne_parente = tables.last().copied();
        if b.repetable {
            tables.push(&b.code);
        }
        let ligne = tables.last().copied();
        self.tous_blocs.push(b);
        self.blocs.entry(&b.code).or_insert_with(|| InfoBloc {
            bloc: b,
            chemin: chemin.clone(),
            parent,
            ligne_parente,
            tables: tables.clone(),
        });
        for c in &b.champs {
            self.tous_champs.push(c);
            self.champs.entry(&c.code).or_insert_with(|| InfoChamp {
                champ: c,
                bloc: &b.code,
                chemin: chemin.clone(),
                ligne,
            });
        }
        for sb in &b.blocs {
            self.visiter(sb, Some(&b.code), &chemin, tables);
        }
        if b.repetable {
            tables.pop();
        }
    }

    /// Blocks depth first in model order, each code once.
    pub fn blocs_en_ordre(&self) -> impl Iterator<Item = &InfoBloc<'m>> {
        self.tous_blocs.iter().filter_map(|b| {
            self.blocs
                .get(b.code.as_str())
                .filter(|i| std::ptr::eq(i.bloc, *b))
        })
    }

    /// Fields in model order, each code once.
    pub fn champs_en_ordre(&self) -> impl Iterator<Item = &InfoChamp<'m>> {
        self.tous_champs.iter().filter_map(|c| {
            self.champs
                .get(c.code.as_str())
                .filter(|i| std::ptr::eq(i.champ, *c))
        })
    }

    /// Every field code in model order, for suggestions.
    pub fn codes_champs(&self) -> impl Iterator<Item = &'m str> + '_ {
        self.tous_champs.iter().map(|c| c.code.as_str())
    }

    /// Every repeatable block code in model order, for suggestions.
    pub fn codes_tables(&self) -> impl Iterator<Item = &'m str> + '_ {
        self.tous_blocs
            .iter()
            .filter(|b| b.repetable)
            .map(|b| b.code.as_str())
    }

    /// A block's label (its code when it is not in the model).
    pub fn libelle_bloc<'x>(&self, code: &'x str) -> &'x str
    where
        'm: 'x,
    {
        self.blocs
            .get(code)
            .map_or(code, |b| b.bloc.libelle.as_str())
    }

    /// The value codes of a nomenclature (none when it does not exist,
    /// which model checks report).
    pub fn valeurs(&self, nomenclature: &str) -> Option<Vec<&'m str>> {
        let n = self.nomenclatures.iter().find(|n| n.code == nomenclature)?;
        Some(n.valeurs.iter().map(|v| v.code.as_str()).collect())
    }
}
