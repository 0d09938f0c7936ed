//! `Codes<C>` : la valeur d'un champ de code `multiple`.

use crate::descripteur::Code;
use std::fmt;

/// Un ensemble de codes d'une même nomenclature, parcouru dans l'ordre de la
/// nomenclature : le payload ne dépend pas de l'ordre dans lequel
/// l'ensemble a été rempli.
// A sorted `Vec`, not a `BTreeSet`: a list holds a few codes, and each
// generated enum would otherwise compile its own copy of the B-tree (and of
// the sort of its `FromIterator`), most of a large module's build time.
// Same order, equality and comparison as the set of the same codes.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Codes<C: Code>(Vec<C>);

impl<C: Code> Codes<C> {
    /// Un ensemble vide.
    pub fn new() -> Self {
        Codes(Vec::new())
    }

    /// Ajoute un code ; `false` s'il y était déjà.
    pub fn insert(&mut self, code: C) -> bool {
        match self.0.binary_search(&code) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, code);
                true
            }
        }
    }

    /// Retire un code ; `false` s'il n'y était pas.
    pub fn remove(&mut self, code: C) -> bool {
        match self.0.binary_search(&code) {
            Ok(i) => {
                self.0.remove(i);
                true
            }
            Err(_) => false,
        }
    }

    /// Vrai quand le code est dans l'ensemble.
    pub fn contains(&self, code: C) -> bool {
        self.0.binary_search(&code).is_ok()
    }

    /// Le nombre de codes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Vrai quand l'ensemble est vide (le champ n'est pas renseigné).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Les codes, dans l'ordre de la nomenclature.
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
        let mut codes = Codes::new();
        for c in iter {
            codes.insert(c);
        }
        codes
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

#[cfg(test)]
mod tests {
    use super::Codes;
    use crate::descripteur::{Code, Nomenclature, Valeur};

    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
    enum L {
        A,
        B,
        C,
    }

    impl Code for L {
        const NOMENCLATURE: &'static Nomenclature<'static> = &Nomenclature {
            code: "l",
            libelle: "L",
            reference: None,
            valeurs: &[
                Valeur {
                    code: "a",
                    libelle: "A",
                    actif: true,
                },
                Valeur {
                    code: "b",
                    libelle: "B",
                    actif: true,
                },
                Valeur {
                    code: "c",
                    libelle: "C",
                    actif: true,
                },
            ],
        };
        fn index(self) -> usize {
            self as usize
        }
        fn depuis_index(i: usize) -> Option<Self> {
            [L::A, L::B, L::C].get(i).copied()
        }
    }

    #[test]
    fn un_ensemble_suit_l_ordre_de_la_liste_quel_que_soit_l_ordre_de_remplissage() {
        let mut c: Codes<L> = [L::C, L::A, L::C].into();
        assert_eq!(c.iter().collect::<Vec<_>>(), [L::A, L::C]);
        assert!(c.insert(L::B));
        assert!(!c.insert(L::B));
        assert_eq!(c, [L::A, L::B, L::C].into());
        assert!(c.remove(L::A) && !c.remove(L::A) && !c.contains(L::A));
        assert_eq!((c.len(), c.contains(L::C)), (2, true));
        assert_eq!(format!("{c:?}"), "{B, C}");
        // Compared as the sets of the same codes.
        assert!(Codes::from([L::A, L::C]) < Codes::from([L::B]));
        assert!(Codes::from([L::A]) < Codes::from([L::A, L::B]));
    }
}
