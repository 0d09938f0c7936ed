//! `Codes<C>`: the value of a `multiple` code field.

use crate::descripteur::Code;
use std::collections::BTreeSet;
use std::fmt;

/// A set of codes of one list, iterated in the list's order, so that the
/// payload does not depend on the order in which the set was filled.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Codes<C: Code>(BTreeSet<C>);

impl<C: Code> Codes<C> {
    pub fn new() -> Self {
        Codes(BTreeSet::new())
    }

    /// Adds a code; false when it was already there.
    pub fn insert(&mut self, code: C) -> bool {
        self.0.insert(code)
    }

    pub fn remove(&mut self, code: C) -> bool {
        self.0.remove(&code)
    }

    pub fn contains(&self, code: C) -> bool {
        self.0.contains(&code)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = C> + '_ {
        self.0.iter().copied()
    }
}

impl<C: Code> Default for Codes<C> {
    fn default() -> Self {
        Codes::new()
    }
}

impl<C: Code> FromIterator<C> for Codes<C> {
    fn from_iter<I: IntoIterator<Item = C>>(iter: I) -> Self {
        Codes(iter.into_iter().collect())
    }
}

impl<C: Code, const N: usize> From<[C; N]> for Codes<C> {
    fn from(codes: [C; N]) -> Self {
        codes.into_iter().collect()
    }
}

impl<C: Code + fmt::Debug> fmt::Debug for Codes<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.0.iter()).finish()
    }
}
