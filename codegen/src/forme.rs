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
