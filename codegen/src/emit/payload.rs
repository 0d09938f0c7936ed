//! The payload's keys of a struct, shared with `sidoba validate`.

use crate::forme::{Forme, Membre};

/// A struct's payload keys in byte order, with their member positions.
pub fn cles_triees<'m>(f: &Forme<'m>) -> Vec<(&'m str, usize)> {
    let mut v: Vec<(&str, usize)> = f
        .membres
        .iter()
        .enumerate()
        .map(|(i, mb)| match mb {
            Membre::Champ { champ, .. } => (champ.code.as_str(), i),
            Membre::Lignes(b) => (b.code.as_str(), i),
        })
        .collect();
    v.sort_unstable();
    v
}
