//! The field checks of a read payload, in model order, with the
//! runtime's checking functions (those of generated code): rejections
//! made while reading come out in place of the field's own checks, each
//! row's unknown keys after its fields.
//!
//! A value that fails its own checks is then taken out of the tree: rules
//! see it as not filled (WS05), and read the tree as it is, without
//! checking anything again.

use super::arbre::{Objet, Val};
use super::plan::{Membre, Plan};
use sidoba::__private_v1::lecture::rejets;
use sidoba::__private_v1::verif::{self, Chemin};
use sidoba::Constat;
use sidoba::Rejets;

pub(crate) struct Verification<'p, 'r> {
    plan: &'p Plan<'p>,
    rejets: &'r Rejets,
    pub(crate) out: Vec<Constat>,
    chemin: Chemin,
}

impl<'p, 'r> Verification<'p, 'r> {
    pub(crate) fn new(plan: &'p Plan<'p>, rejets: &'r Rejets) -> Self {
        Verification {
            plan,
            rejets,
            out: Vec::new(),
            chemin: Chemin::racine(),
        }
    }

    /// The members of object `o` of forme `fi`, then (at top level) the
    /// unknown keys.
    pub(crate) fn rapport(&mut self, o: &mut Objet) {
        self.objet(0, o);
        rejets::inconnus(self.rejets, &mut self.out, &self.chemin);
    }

    fn objet(&mut self, fi: usize, o: &mut Objet) {
        let plan = self.plan;
        let forme = &plan.formes[fi];
        for (mb, val) in forme.membres.iter().zip(&mut o.valeurs) {
            match *mb {
                Membre::Champ(k) => self.champ(k, val),
                Membre::Lignes(fl) => {
                    let Some(db) = &plan.formes[fl].bloc else {
                        continue;
                    };
                    if rejets::champ(self.rejets, &mut self.out, &self.chemin, db.code) {
                        continue;
                    }
                    let lignes: &mut [Objet] = match val {
                        Some(Val::Lignes(l)) => l,
                        _ => &mut [],
                    };
                    verif::lignes(&mut self.out, &self.chemin, db, lignes.len());
                    for (i, l) in lignes.iter_mut().enumerate() {
                        let parent = std::mem::replace(&mut self.chemin, Chemin::racine());
                        self.chemin = parent.ligne(db.code, i);
                        if !rejets::ligne(self.rejets, &mut self.out, &self.chemin) {
                            self.objet(fl, l);
                            rejets::inconnus(self.rejets, &mut self.out, &self.chemin);
                        }
                        self.chemin = parent;
                    }
                }
            }
        }
    }

    /// Field `k`'s value: its reading rejections, or its checks (or
    /// `obligatoire` when not filled); a value that fails is taken out.
    fn champ(&mut self, k: usize, val: &mut Option<Val>) {
        // A text its motif accepts is checked without it: the runtime's
        // motif would compile its regex again (once per plan).
        let motif = match val {
            Some(Val::Texte(x)) => !self.plan.motif_accepte(k, x),
            _ => false,
        };
        let (out, chemin) = (&mut self.out, &self.chemin);
        let passe = self.plan.avec_champ_motif(k, motif, |d| {
            if rejets::champ(self.rejets, out, chemin, d.code) {
                return false;
            }
            match val {
                Some(Val::Entier(x)) => verif::entier(out, chemin, d, *x),
                Some(Val::Decimal(x)) => verif::decimal(out, chemin, d, x),
                Some(Val::Texte(x)) if !x.is_empty() => verif::texte(out, chemin, d, x),
                Some(Val::Booleen(_)) => true,
                Some(Val::Date(x)) => verif::date(out, chemin, d, *x),
                Some(Val::Code(x)) => verif::code(out, chemin, d, *x),
                Some(Val::Codes(x)) if !x.is_empty() => {
                    verif::codes(out, chemin, d, x.iter().copied())
                }
                // Not filled (a table is never a field's value).
                _ => {
                    verif::absent(out, chemin, d);
                    false
                }
            }
        });
        if !passe {
            *val = None;
        }
    }
}
