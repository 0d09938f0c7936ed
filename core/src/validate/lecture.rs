//! A payload read into a generic tree by the plan's tables, with the
//! runtime's reading functions (those generated code calls, in the same
//! order), then checked ([`super::verification`]) and ruled
//! ([`super::regles`]).

use super::arbre::{Objet, Val};
use super::plan::{Membre, Plan};
use crate::model::TypeChamp;
use sidoba::__private_v1::flux::{Flux, Vus};
use sidoba::__private_v1::jeton::ErreurJson;
use sidoba::__private_v1::lecture::{Cles, Lecteur};
use sidoba::__private_v1::verif::Chemin;

impl Plan<'_> {
    /// Reads an object (`{` read) as the struct of forme `fi` (0: the
    /// report), with the calls generated code makes.
    pub(crate) fn lire_objet(
        &self,
        fi: usize,
        f: &mut Flux<'_>,
        c: &Chemin,
        l: &mut Lecteur,
    ) -> Result<Objet, ErreurJson> {
        let forme = &self.formes[fi];
        let cles = Cles(&forme.cles);
        let mut r = Objet {
            valeurs: vec![None; forme.membres.len()],
        };
        let mut vus = Vus::new(forme.membres.len());
        // A payload in model order finds each key at the first try.
        let mut attendu = 0;
        f.membres(|f, cle, pos| {
            let Some(i) = cles.index_attendu(cle, &forme.ordre, attendu) else {
                vus.inconnu(cle, pos)?;
                return l.inconnue(f, c, cle, cles.codes());
            };
            attendu = i + 1;
            vus.connu(i, cle, pos)?;
            r.valeurs[i] = self.lire_membre(forme.membres[i], f, c, l)?;
            Ok(())
        })?;
        Ok(r)
    }

    fn lire_membre(
        &self,
        mb: Membre,
        f: &mut Flux<'_>,
        c: &Chemin,
        l: &mut Lecteur,
    ) -> Result<Option<Val>, ErreurJson> {
        let k = match mb {
            Membre::Lignes(fl) => {
                let Some(db) = &self.formes[fl].bloc else {
                    return Ok(None);
                };
                let lignes = l.lignes_de(c, db, f, |f, c, l| self.lire_objet(fl, f, c, l))?;
                return Ok(Some(Val::Lignes(lignes)));
            }
            Membre::Champ(k) => k,
        };
        self.avec_champ(k, |d| {
            Ok(match &self.champs[k].source.type_ {
                TypeChamp::Entier { .. } => l.entier::<i64>(c, d, f)?.map(Val::Entier),
                TypeChamp::Decimal { .. } => l.decimal(c, d, f)?.map(Val::Decimal),
                TypeChamp::Texte { .. } => l.texte(c, d, f)?.map(Val::Texte),
                TypeChamp::Booleen => l.booleen(c, d, f)?.map(Val::Booleen),
                TypeChamp::Date { .. } => l.date(c, d, f)?.map(Val::Date),
                TypeChamp::Code {
                    multiple: false, ..
                } => l.code(c, d, f)?.map(Val::Code),
                TypeChamp::Code { multiple: true, .. } => l.codes(c, d, f)?.map(Val::Codes),
            })
        })
    }
}

/// What a walk over a read tree needs (`crate::usager::bundle`).
impl Plan<'_> {
    /// The rows of table `code` in object `o` (of forme `fi`), with the
    /// rows' forme; `None` when absent.
    pub(crate) fn table<'o>(
        &self,
        fi: usize,
        o: &'o Objet,
        code: &str,
    ) -> Option<(usize, &'o [Objet])> {
        let i = self.membre(fi, code)?;
        match (self.formes[fi].membres[i], o.valeurs.get(i)?.as_ref()?) {
            (Membre::Lignes(fl), Val::Lignes(l)) => Some((fl, l)),
            _ => None,
        }
    }

    /// Runs `f` with the description of field `code` of forme `fi`;
    /// `None` when the forme has no such field.
    pub(crate) fn avec_membre<R>(
        &self,
        fi: usize,
        code: &str,
        f: impl FnOnce(&sidoba::__private_v1::descripteur::Champ<'_>) -> R,
    ) -> Option<R> {
        let i = self.membre(fi, code)?;
        match self.formes[fi].membres[i] {
            Membre::Champ(k) => Some(self.avec_champ(k, f)),
            Membre::Lignes(_) => None,
        }
    }
}
