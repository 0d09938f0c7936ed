//! How generated structs describe themselves to the derive and the builder.

use crate::descripteur;
use crate::table::disposition::{Structure, bloc_de, champ_de};

/// A member of a generated struct, as the derive sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Membre {
    /// A field: a key with a value.
    Champ(&'static str),
    /// A repeatable block: rows, mapped with `#[sidoba(bloc = "…")]`.
    Table(&'static str),
}

/// `MODELE::MEMBRES` from the sorted keys: every member a field but the
/// `tables`' indexes (each code is written once in generated code).
pub const fn membres<const N: usize>(
    tries: &[(&'static str, usize)],
    tables: &[usize],
) -> [Membre; N] {
    let mut out = [Membre::Champ(""); N];
    let mut k = 0;
    while k < tries.len() {
        let (code, i) = tries[k];
        if i < N {
            out[i] = Membre::Champ(code);
        }
        k += 1;
    }
    k = 0;
    while k < tables.len() {
        let i = tables[k];
        if i < N
            && let Membre::Champ(code) = out[i]
        {
            out[i] = Membre::Table(code);
        }
        k += 1;
    }
    out
}

/// A generated struct (`Rapport` or a row struct).
pub trait Modele: Default + 'static {
    /// `RAMA 2025.1`, for messages.
    const MODELE: &'static str;
    /// Its members, in order: their position is the `I` of `Champ<I>` /
    /// `Table<I>`.
    const MEMBRES: &'static [Membre];
    /// Codes of the non-repeatable blocks flattened into it (not mappable
    /// as such: their fields are).
    const BLOCS: &'static [&'static str];
    /// The members' codes sorted by bytes, with their index: codes resolve
    /// by binary search during constant evaluation, which keeps the cost of
    /// many derived fields low at compile time.
    const TRIES: &'static [(&'static str, usize)];
}

/// Member `I`, a field.
pub trait Champ<const I: usize>: Modele + Structure {
    /// The field's Rust type (without the `Option`).
    type Valeur;
    fn descripteur() -> &'static descripteur::Champ<'static> {
        champ_de::<Self>(I)
    }
    fn place(&mut self) -> &mut Option<Self::Valeur>;
}

/// Member `I`, a repeatable block.
pub trait Table<const I: usize>: Modele + Structure {
    type Ligne: Modele;
    fn bloc() -> &'static descripteur::Bloc<'static> {
        bloc_de::<Self>(I)
    }
    fn lignes(&mut self) -> &mut Vec<Self::Ligne>;
}

/// A generated report: what the builder needs to validate and send it.
pub trait Rapport: Modele {
    fn valider_avec(&self, rejets: &crate::Rejets) -> crate::Constats;
    fn payload_sans_validation(&self) -> String;
}
