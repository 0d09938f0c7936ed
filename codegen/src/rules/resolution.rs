//! What a code names in a model: a field and the row it belongs to, or a
//! block and the row it is nested in.

use super::typee::Sorte;
use crate::model::{Bloc, Champ, Modele, Nomenclature, TypeChamp};
use std::collections::HashMap;

pub(super) struct InfoChamp<'m> {
    pub champ: &'m Champ,
    /// The nearest repeatable block holding the field: its row.
    pub ligne: Option<&'m str>,
}

pub(super) struct InfoBloc<'m> {
    pub bloc: &'m Bloc,
    /// The nearest repeatable block strictly above: the row this block (a
    /// table, when repeatable) is nested in.
    pub ligne_parente: Option<&'m str>,
    /// The repeatable blocks from the report down to this one, outermost
    /// first (ending with it when it is repeatable).
    pub chemin: Vec<&'m str>,
}

/// The model's fields and blocks by code. On duplicate codes (an invalid
/// model, reported elsewhere) the first one wins.
pub(super) struct Index<'m> {
    pub nomenclatures: &'m [Nomenclature],
    pub champs: HashMap<&'m str, InfoChamp<'m>>,
    pub blocs: HashMap<&'m str, InfoBloc<'m>>,
    /// Field codes in model order, for suggestions.
    pub codes_champs: Vec<&'m str>,
    /// Repeatable block codes in model order, for suggestions.
    pub codes_tables: Vec<&'m str>,
}

impl<'m> Index<'m> {
    pub fn new<T>(modele: &'m Modele<T>) -> Index<'m> {
        let mut index = Index {
            nomenclatures: &modele.nomenclatures,
            champs: HashMap::new(),
            blocs: HashMap::new(),
            codes_champs: Vec::new(),
            codes_tables: Vec::new(),
        };
        for (chaine, champ) in modele.champs() {
            index.codes_champs.push(&champ.code);
            let ligne = Bloc::ligne_de(&chaine).map(|b| b.code.as_str());
            index
                .champs
                .entry(&champ.code)
                .or_insert(InfoChamp { champ, ligne });
        }
        for b in &modele.blocs {
            index.visiter(b, &mut Vec::new());
        }
        index
    }

    /// `tables`: the repeatable blocks above `b`, outermost first.
    fn visiter(&mut self, b: &'m Bloc, tables: &mut Vec<&'m str>) {
        let ligne_parente = tables.last().copied();
        if b.repetable {
            self.codes_tables.push(&b.code);
            tables.push(&b.code);
        }
        self.blocs.entry(&b.code).or_insert(InfoBloc {
            bloc: b,
            ligne_parente,
            chemin: tables.clone(),
        });
        for sb in &b.blocs {
            self.visiter(sb, tables);
        }
        if b.repetable {
            tables.pop();
        }
    }

    /// The value codes of a nomenclature (none when it does not exist,
    /// which model checks report).
    pub fn valeurs(&self, nomenclature: &str) -> Option<Vec<&'m str>> {
        let n = self.nomenclatures.iter().find(|n| n.code == nomenclature)?;
        Some(n.valeurs.iter().map(|v| v.code.as_str()).collect())
    }
}

pub(super) fn sorte(t: &TypeChamp) -> Sorte {
    match t {
        TypeChamp::Entier { .. } => Sorte::Entier,
        TypeChamp::Decimal { .. } => Sorte::Decimal,
        TypeChamp::Texte { .. } => Sorte::Texte,
        TypeChamp::Booleen => Sorte::Booleen,
        TypeChamp::Date { .. } => Sorte::Date,
        TypeChamp::Code {
            nomenclature,
            multiple: false,
        } => Sorte::Code {
            nomenclature: nomenclature.clone(),
        },
        TypeChamp::Code {
            nomenclature,
            multiple: true,
        } => Sorte::Codes {
            nomenclature: nomenclature.clone(),
        },
    }
}
