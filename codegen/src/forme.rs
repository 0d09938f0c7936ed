//! The shape of the generated structs: which fields each one holds.
//!
//! The payload is flat: fields of non-repeatable blocks sit directly in the
//! enclosing object (the report, or a row), and each repeatable block is an
//! array of rows. One [`Forme`] per generated struct, members in model order
//! (a block's fields, then its sub-blocks), which is also the payload's key
//! order.

use crate::model::{Bloc, Champ, Modele};

/// One generated struct: `Rapport` (no block) or the row of a repeatable block.
pub struct Forme<'m> {
    pub bloc: Option<&'m Bloc>,
    pub membres: Vec<Membre<'m>>,
}

pub enum Membre<'m> {
    /// A field, with the (non-repeatable, or the row's own) block holding it.
    Champ { champ: &'m Champ, bloc: &'m Bloc },
    /// A repeatable block: a `Vec` of its rows.
    Lignes(&'m Bloc),
}

/// `Rapport` first, then every row struct, depth first.
pub fn formes(m: &Modele) -> Vec<Forme<'_>> {
    let mut out = vec![Forme {
        bloc: None,
        membres: Vec::new(),
    }];
    for b in &m.blocs {
        placer(b, 0, &mut out);
    }
    out
}

/// Places block `b` into the struct `cible` (an index in `out`).
fn placer<'m>(b: &'m Bloc, cible: usize, out: &mut Vec<Forme<'m>>) {
    if b.repetable {
        out[cible].membres.push(Membre::Lignes(b));
        out.push(Forme {
            bloc: Some(b),
            membres: Vec::new(),
        });
        let ligne = out.len() - 1;
        remplir(b, ligne, out);
    } else {
        remplir(b, cible, out);
    }
}

fn remplir<'m>(b: &'m Bloc, cible: usize, out: &mut Vec<Forme<'m>>) {
    out[cible].membres.extend(
        b.champs
            .iter()
            .map(|champ| Membre::Champ { champ, bloc: b }),
    );
    for sb in &b.blocs {
        placer(sb, cible, out);
    }
}

/// One step of a struct's walk in model order (`sidoba::__private_v1::table::Pas`):
/// open a non-repeatable block's group, walk members up to an index, close.
#[derive(Debug, PartialEq)]
pub enum Pas<'m> {
    Ouvrir(&'m Bloc),
    Membres(usize),
    Fermer,
}

/// The walk of forme `f` (its members are laid out by [`formes`] in this
/// very order): the report's top-level blocks, or a row's own fields and
/// sub-blocks (the row's group is opened by whoever walks the rows).
pub fn plan<'m>(f: &Forme<'m>, m: &'m Modele) -> Vec<Pas<'m>> {
    fn membres(out: &mut Vec<Pas<'_>>, fin: usize) {
        match out.last_mut() {
            Some(Pas::Membres(n)) => *n = fin,
            _ => out.push(Pas::Membres(fin)),
        }
    }
    fn contenu<'m>(b: &'m Bloc, i: &mut usize, out: &mut Vec<Pas<'m>>) {
        if !b.champs.is_empty() {
            *i += b.champs.len();
            membres(out, *i);
        }
        for sb in &b.blocs {
            bloc(sb, i, out);
        }
    }
    fn bloc<'m>(b: &'m Bloc, i: &mut usize, out: &mut Vec<Pas<'m>>) {
        if b.repetable {
            *i += 1;
            membres(out, *i);
        } else {
            out.push(Pas::Ouvrir(b));
            contenu(b, i, out);
            out.push(Pas::Fermer);
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    match f.bloc {
        None => m.blocs.iter().for_each(|b| bloc(b, &mut i, &mut out)),
        Some(b) => contenu(b, &mut i, &mut out),
    }
    out
}
