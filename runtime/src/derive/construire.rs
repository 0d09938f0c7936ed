//! The builder: fills a generated report from derived structs, reporting
//! conflicts and conversion failures.

use super::{Champ, Echec, Ligne, Modele, Rapport, Source, Table, Vers};
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
#[derive(Debug)]
pub struct Suivi {
    remplis: Vec<bool>,
    /// The report's flags while filling a row.
    parent: Option<Vec<bool>>,
    chemin: Chemin,
    rejets: Rejets,
}

impl Suivi {
    fn new(membres: usize) -> Suivi {
        Suivi {
            remplis: vec![false; membres],
            parent: None,
            chemin: Chemin::racine(),
            rejets: Rejets::default(),
        }
    }

    fn marquer(&mut self, i: usize, code: &str) -> Result<(), Conflit> {
        match self.remplis.get_mut(i) {
            Some(true) => Err(Conflit {
                chemin: self.chemin.de(code),
            }),
            Some(r) => {
                *r = true;
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// Fills field `I` of `cible` from `v`.
    pub fn champ<M, const I: usize, V>(&mut self, cible: &mut M, v: &V) -> Result<(), Conflit>
    where
        M: Champ<I>,
        V: Vers<M::Valeur> + ?Sized,
    {
        let d = M::descripteur();
        match v.vers() {
            Ok(None) => Ok(()),
            Ok(Some(x)) => {
                self.marquer(I, d.code)?;
                *cible.place() = Some(x);
                Ok(())
            }
            Err(Echec::Entier(x)) => {
                self.marquer(I, d.code)?;
                let mut out = Vec::new();
                match i64::try_from(x) {
                    // Outside the Rust type means outside the bounds: the
                    // validators' own finding.
                    Ok(x) if !verif::entier(&mut out, &self.chemin, d, x) => {}
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
                        let m =
                            format!("{} ne tient pas dans le champ{vu}.", verif::nom(d.libelle));
                        out.push(Constat::champ(self.chemin.de(d.code), code, m));
                    }
                }
                out.into_iter().for_each(|c| self.rejets.ajouter(c));
                Ok(())
            }
        }
    }

    /// Starts row `index` of table `I` of `M` (filled by one source).
    pub fn entrer_ligne<M: Table<I>, const I: usize>(&mut self, index: usize) {
        let ligne = self.chemin.ligne(M::bloc().code, index);
        self.chemin = ligne;
        self.parent = Some(std::mem::replace(
            &mut self.remplis,
            vec![false; <M::Ligne as Modele>::MEMBRES.len()],
        ));
    }

    pub fn sortir_ligne(&mut self) {
        if let Some(p) = self.parent.take() {
            self.remplis = p;
        }
        self.chemin = Chemin::racine();
    }
}

/// Fills a report step by step: `Rapport::builder().depuis(&fiche)?
/// .lignes(&personnels)?.construire()`.
#[derive(Debug)]
pub struct Constructeur<M: Rapport> {
    rapport: M,
    suivi: Suivi,
}

impl<M: Rapport> Default for Constructeur<M> {
    fn default() -> Self {
        Constructeur {
            rapport: M::default(),
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
        if let Some(Some(true)) = self.suivi.remplis.get(E::TABLE).map(|r| Some(*r)) {
            let code = match M::MEMBRES.get(E::TABLE) {
                Some(super::Membre::Table(c)) => c,
                _ => "",
            };
            return Err(Conflit {
                chemin: code.to_owned(),
            });
        }
        if let Some(r) = self.suivi.remplis.get_mut(E::TABLE) {
            *r = true;
        }
        for l in lignes {
            l.ajouter(&mut self.rapport, &mut self.suivi)?;
        }
        Ok(self)
    }

    /// The report, with the values that could not be converted kept as
    /// findings for `valider()`.
    pub fn construire(self) -> Rempli<M> {
        Rempli {
            rapport: self.rapport,
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
