//! The builder: fills a generated report from derived structs, reporting
//! conflicts and conversion failures.

use super::modele::{Membre, Modele, Rapport, Table};
use super::{Echec, Vers};
use crate::table::disposition::{Structure, champ_de};
use crate::verif::{self, Chemin};
use crate::{CodeConstat, Constat, Constats, Rejets};
use std::fmt;

/// Two sources for one field: nothing is overwritten, the builder stops.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflit {
    /// The field's path (`nombre_de_places`, `effectifs[2].etp`), or the
    /// table's code when two sources fill its rows.
    pub chemin: String,
}

impl fmt::Display for Conflit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "« {} » est rempli par deux sources : rien n'a été écrasé",
            self.chemin
        )
    }
}

impl std::error::Error for Conflit {}

/// What has been filled, where we are, and what could not be converted.
/// Cheap per field: one bit per member of the report, held inline up to
/// `COURT` members (no allocation); the row's path and the field's code
/// are only looked up when a finding or a conflict needs them. Rows carry
/// no bits: a row is filled by one struct, which maps each code once (the
/// derive refuses a code mapped twice), so a row has no conflict to find.
#[derive(Debug)]
pub struct Suivi {
    /// Members `0..COURT` of the report filled so far (bit `i % 64` of
    /// word `i / 64`).
    court: [u64; COURT / 64],
    /// Members from `COURT` on, for large reports only.
    long: Vec<u64>,
    /// The current row: its block's description (looked up only for a
    /// finding) and its index.
    dans_ligne: Option<(DescriptionBloc, usize)>,
    rejets: Rejets,
}

/// How a row finds its block's description (called only for a finding).
type DescriptionBloc = fn() -> &'static crate::descripteur::Bloc<'static>;

/// Members whose marks need no allocation.
const COURT: usize = 128;

impl Suivi {
    fn new(membres: usize) -> Suivi {
        Suivi {
            court: [0; COURT / 64],
            long: vec![0; mots(membres.saturating_sub(COURT))],
            dans_ligne: None,
            rejets: Rejets::default(),
        }
    }

    fn chemin(&self) -> Chemin {
        match self.dans_ligne {
            Some((bloc, i)) => Chemin::racine().ligne(bloc().code, i),
            None => Chemin::racine(),
        }
    }

    /// Marks member `i` of the report filled; true if it already was (a
    /// conflict). In a row, never a conflict.
    #[inline(always)]
    fn marquer(&mut self, i: usize) -> bool {
        if self.dans_ligne.is_some() {
            false
        } else if i < COURT {
            marquer(&mut self.court, i)
        } else {
            marquer(&mut self.long, i - COURT)
        }
    }

    #[cold]
    fn conflit(&self, code: &str) -> Conflit {
        Conflit {
            chemin: self.chemin().de(code),
        }
    }

    /// Fills field `i` of a struct `M`, at `place`, from `v`. Generic over
    /// the types, not over the field: the derive's fields of one Rust type
    /// share one instance (what the compiler generates for a derived
    /// struct, measured in `docs/performance.md`). Always inlined: shared
    /// by many fields, it would otherwise stay a call per field, without
    /// the constant index that folds the bit's word and mask.
    #[inline(always)]
    pub fn champ<M, T, V>(&mut self, i: usize, place: &mut Option<T>, v: &V) -> Result<(), Conflit>
    where
        M: Structure,
        V: Vers<T> + ?Sized,
    {
        match v.vers() {
            Ok(None) => Ok(()),
            Ok(Some(x)) => {
                if self.marquer(i) {
                    return Err(self.conflit(champ_de::<M>(i).code));
                }
                *place = Some(x);
                Ok(())
            }
            Err(e) => self.echec(i, champ_de::<M>(i), e),
        }
    }

    #[cold]
    fn echec(
        &mut self,
        i: usize,
        d: &crate::descripteur::Champ<'static>,
        e: Echec,
    ) -> Result<(), Conflit> {
        let Echec::Entier(x) = e;
        if self.marquer(i) {
            return Err(self.conflit(d.code));
        }
        let chemin = self.chemin();
        let mut out = Vec::new();
        match i64::try_from(x) {
            // Outside the Rust type means outside the bounds: the
            // validators' own finding.
            Ok(x) if !verif::entier(&mut out, &chemin, d, x) => {}
            _ => {
                let code = if x < 0 {
                    CodeConstat::Min
                } else {
                    CodeConstat::Max
                };
                let vu = if d.personnel {
                    String::new()
                } else {
                    format!(" (valeur : {x})")
                };
                let m = format!("{} ne tient pas dans le champ{vu}.", verif::nom(d.libelle));
                out.push(Constat::champ(chemin.de(d.code), code, m));
            }
        }
        out.into_iter().for_each(|c| self.rejets.ajouter(c));
        Ok(())
    }

    /// Starts row `index` of table `I` of `M` (filled by one source).
    #[inline]
    pub fn entrer_ligne<M: Table<I>, const I: usize>(&mut self, index: usize) {
        self.dans_ligne = Some((M::bloc, index));
    }

    #[inline]
    pub fn sortir_ligne(&mut self) {
        self.dans_ligne = None;
    }
}

fn mots(membres: usize) -> usize {
    membres.div_ceil(64)
}

/// Sets bit `i`; true if it was set. Out of range (no such member): never
/// a conflict, as before.
#[inline]
fn marquer(bits: &mut [u64], i: usize) -> bool {
    let masque = 1u64 << (i % 64);
    match bits.get_mut(i / 64) {
        Some(mot) => {
            let avant = *mot & masque != 0;
            *mot |= masque;
            avant
        }
        None => false,
    }
}

/// A struct that fills fields of `M` (derived).
pub trait Source<M: Modele> {
    fn remplir(&self, cible: &mut M, suivi: &mut Suivi) -> Result<(), Conflit>;
}

/// A struct that is one row of a table of `M` (derived with `bloc`).
pub trait Ligne<M: Modele> {
    /// The table's member index in `M`.
    const TABLE: usize;
    /// Appends one row built from `self` to the table of `cible`.
    fn ajouter(&self, cible: &mut M, suivi: &mut Suivi) -> Result<(), Conflit>;

    /// Makes room for `n` more rows.
    fn reserver(cible: &mut M, n: usize);
}

/// Fills a report step by step: `Rapport::builder().depuis(&fiche)?
/// .lignes(&personnels)?.construire()`.
/// The report is built in place, on the heap: each step of the chain
/// moves a pointer, not the whole report.
#[derive(Debug)]
pub struct Constructeur<M: Rapport> {
    rapport: Box<M>,
    suivi: Suivi,
}

impl<M: Rapport> Default for Constructeur<M> {
    fn default() -> Self {
        Constructeur {
            rapport: Box::default(),
            suivi: Suivi::new(M::MEMBRES.len()),
        }
    }
}

impl<M: Rapport> Constructeur<M> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Fills the fields that `source` maps.
    pub fn depuis<S: Source<M> + ?Sized>(mut self, source: &S) -> Result<Self, Conflit> {
        source.remplir(&mut self.rapport, &mut self.suivi)?;
        Ok(self)
    }

    /// One row of the table that `E` maps per element, in order. A table
    /// is filled by one collection: a second call for it is a conflict.
    pub fn lignes<'e, E: Ligne<M> + 'e>(
        mut self,
        lignes: impl IntoIterator<Item = &'e E>,
    ) -> Result<Self, Conflit> {
        if self.suivi.marquer(E::TABLE) {
            let code = match M::MEMBRES.get(E::TABLE) {
                Some(Membre::Table(c)) => c,
                _ => "",
            };
            return Err(Conflit {
                chemin: code.to_owned(),
            });
        }
        let lignes = lignes.into_iter();
        E::reserver(&mut self.rapport, lignes.size_hint().0);
        for l in lignes {
            l.ajouter(&mut self.rapport, &mut self.suivi)?;
        }
        Ok(self)
    }

    /// The report, with the values that could not be converted kept as
    /// findings for `valider()`.
    pub fn construire(self) -> Rempli<M> {
        Rempli {
            rapport: *self.rapport,
            rejets: self.suivi.rejets,
        }
    }
}

/// A report filled by the builder.
#[derive(Debug, Clone)]
pub struct Rempli<M> {
    pub rapport: M,
    /// Conversion failures, placed by `valider()` at their fields.
    pub rejets: Rejets,
}

impl<M: Rapport> Rempli<M> {
    /// Every finding, conversion failures included, in model order.
    pub fn valider(&self) -> Constats {
        self.rapport.valider_avec(&self.rejets)
    }

    /// The WS05 payload, refused while a blocking finding remains.
    pub fn payload(&self) -> Result<String, Constats> {
        let c = self.valider();
        if c.valide() {
            Ok(self.rapport.payload_sans_validation())
        } else {
            Err(c)
        }
    }
}

impl<M> std::ops::Deref for Rempli<M> {
    type Target = M;
    fn deref(&self) -> &M {
        &self.rapport
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_hold_every_member_inline_and_past_it() {
        let mut s = Suivi::new(300);
        for i in [0, 63, 64, 127, 128, 191, 192, 299] {
            assert!(!s.marquer(i), "{i} marqué trop tôt");
            assert!(s.marquer(i), "{i} non retenu");
        }
        // Neighbours untouched; past the marks' words: never a conflict.
        assert!(!s.marquer(1) && !s.marquer(129));
        assert!(!s.marquer(1000) && !s.marquer(1000));
        // A small report allocates nothing for its marks.
        assert_eq!(Suivi::new(69).long.capacity(), 0);
    }

    #[test]
    fn a_row_marks_nothing() {
        let mut s = Suivi::new(10);
        static BLOC: crate::descripteur::Bloc<'static> = crate::descripteur::Bloc {
            code: "effectifs",
            libelle: "Effectifs",
            min_lignes: None,
            max_lignes: None,
        };
        s.dans_ligne = Some((|| &BLOC, 2));
        assert_eq!(s.chemin().de("etp"), "effectifs[2].etp");
        assert!(!s.marquer(3) && !s.marquer(3));
        s.sortir_ligne();
        assert!(!s.marquer(3) && s.marquer(3));
    }
}
