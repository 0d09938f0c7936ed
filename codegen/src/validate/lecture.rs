//! A payload read into a generic tree, then checked, in the order and with
//! the calls of generated code.

use super::Descripteurs;
use crate::forme::{Forme, Membre};
use crate::model::TypeChamp;
use sidoba::__private_v1::flux::{Flux, Vus};
use sidoba::__private_v1::jeton::ErreurJson;
use sidoba::__private_v1::lecture::Lecteur;
use sidoba::__private_v1::verif::{Chemin, Verificateur};
use sidoba::{Date, Decimal};

/// A value as read (what a generated struct field would hold).
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Entier(i64),
    Decimal(Decimal),
    Texte(String),
    Booleen(bool),
    Date(Date),
    /// Position in the code list.
    Code(usize),
    /// A `multiple` code field.
    Codes(CodesLus),
    /// A repeatable block's rows.
    Lignes(Vec<Objet>),
}

/// The codes of a `multiple` field: positions (sorted, distinct) for the
/// checks, codes for the rules' `contient`.
#[derive(Debug, Clone, PartialEq)]
pub struct CodesLus {
    pub index: Vec<usize>,
    pub codes: Vec<String>,
}

impl crate::rules::EnsembleCodes for CodesLus {
    fn contient(&self, code: &str) -> bool {
        self.codes.iter().any(|c| c == code)
    }
}

/// One object (the report or a row): a value per member of its `Forme`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Objet {
    pub valeurs: Vec<Option<Val>>,
}

impl Descripteurs<'_> {
    /// Reads and validates a payload: field constraints, unknown keys, rules.
    pub fn valider(&self, payload: &str) -> Result<sidoba::Constats, sidoba::ErreurLecture> {
        let m = self.modele;
        let racine = &self.formes[0];
        let lu = sidoba::__private_v1::lecture::lire(
            payload,
            &m.campagne.id,
            &m.identite.code,
            &m.identite.version,
            |f, l| self.lire_objet(0, f, &Chemin::racine(), l),
        )?;
        let mut v = Verificateur::new(&lu.rejets);
        self.verifier_objet(racine, &lu.rapport, &mut v);
        v.inconnus();
        self.regles(&lu.rapport, v.sortie());
        Ok(sidoba::Constats(v.finir()))
    }

    /// Reads an object (`{` read) as the struct of forme `fi` (0: the
    /// report), with the calls generated code makes.
    pub fn lire_objet(
        &self,
        fi: usize,
        f: &mut Flux<'_>,
        c: &Chemin,
        l: &mut Lecteur,
    ) -> Result<Objet, ErreurJson> {
        let forme = &self.formes[fi];
        let cles = sidoba::__private_v1::lecture::Cles(&self.cles[fi]);
        let mut r = Objet {
            valeurs: vec![None; forme.membres.len()],
        };
        let mut vus = Vus::new(forme.membres.len());
        f.membres(|f, cle, pos| {
            let Some(i) = cles.index(cle) else {
                vus.inconnu(cle, pos)?;
                return l.inconnue(f, c, cle, cles.codes());
            };
            vus.connu(i, cle, pos)?;
            r.valeurs[i] = self.lire_membre(&forme.membres[i], f, c, l)?;
            Ok(())
        })?;
        Ok(r)
    }

    fn lire_membre(
        &self,
        mb: &Membre<'_>,
        f: &mut Flux<'_>,
        c: &Chemin,
        l: &mut Lecteur,
    ) -> Result<Option<Val>, ErreurJson> {
        let d = match mb {
            Membre::Lignes(b) => {
                let (db, fl) = &self.blocs[b.code.as_str()];
                let lignes = l.lignes_de(c, db, f, |f, c, l| self.lire_objet(*fl, f, c, l))?;
                return Ok(Some(Val::Lignes(lignes)));
            }
            Membre::Champ { champ, .. } => &self.champs[champ.code.as_str()],
        };
        let Membre::Champ { champ, .. } = mb else {
            return Ok(None);
        };
        Ok(match &champ.type_ {
            TypeChamp::Entier { .. } => l.entier::<i64>(c, d, f)?.map(Val::Entier),
            TypeChamp::Decimal { .. } => l.decimal(c, d, f)?.map(Val::Decimal),
            TypeChamp::Texte { .. } => l.texte(c, d, f)?.map(Val::Texte),
            TypeChamp::Booleen => l.booleen(c, d, f)?.map(Val::Booleen),
            TypeChamp::Date { .. } => l.date(c, d, f)?.map(Val::Date),
            TypeChamp::Code {
                multiple: false, ..
            } => l.code(c, d, f)?.map(Val::Code),
            TypeChamp::Code { multiple: true, .. } => l.codes(c, d, f)?.map(|index| {
                let codes = match &d.genre {
                    sidoba::__private_v1::descripteur::Genre::Code { nomenclature, .. } => index
                        .iter()
                        .filter_map(|&i| Some(nomenclature.valeurs.get(i)?.code.to_owned()))
                        .collect(),
                    _ => Vec::new(),
                };
                Val::Codes(CodesLus { index, codes })
            }),
        })
    }

    pub fn verifier_objet(&self, f: &Forme<'_>, o: &Objet, v: &mut Verificateur<'_>) {
        for (mb, val) in f.membres.iter().zip(&o.valeurs) {
            match mb {
                Membre::Champ { champ, .. } => {
                    let Some(d) = self.champs.get(champ.code.as_str()) else {
                        continue;
                    };
                    match (&champ.type_, val) {
                        (TypeChamp::Entier { .. }, Some(Val::Entier(x))) => v.entier(d, Some(*x)),
                        (TypeChamp::Decimal { .. }, Some(Val::Decimal(x))) => v.decimal(d, Some(x)),
                        (TypeChamp::Texte { .. }, Some(Val::Texte(x))) => v.texte(d, Some(x)),
                        (TypeChamp::Booleen, Some(Val::Booleen(x))) => v.booleen(d, Some(*x)),
                        (TypeChamp::Date { .. }, Some(Val::Date(x))) => v.date(d, Some(*x)),
                        (
                            TypeChamp::Code {
                                multiple: false, ..
                            },
                            Some(Val::Code(x)),
                        ) => v.code_index(d, Some(*x)),
                        (TypeChamp::Code { multiple: true, .. }, Some(Val::Codes(x))) => {
                            v.codes_index(d, Some(&x.index))
                        }
                        // Not filled (a value of another shape is never stored).
                        _ => v.absent(d),
                    }
                }
                Membre::Lignes(b) => {
                    let (Some((db, _)), Some(fl)) =
                        (self.blocs.get(b.code.as_str()), self.forme_de(b))
                    else {
                        continue;
                    };
                    let lignes: &[Objet] = match val {
                        Some(Val::Lignes(l)) => l,
                        _ => &[],
                    };
                    v.lignes(db, lignes, |o, v| self.verifier_objet(fl, o, v));
                }
            }
        }
    }
}
