//! Runtime descriptions of a model's fields and blocks.

use crate::forme::{self, Forme, Membre};
use crate::model::{Bloc, Champ, Modele, TypeChamp};
use sidoba::__private::descripteur as d;
use std::collections::BTreeMap;

/// Everything the runtime needs to read and check payloads of one model.
pub struct Descripteurs<'t> {
    pub modele: &'t Modele,
    pub formes: Vec<Forme<'t>>,
    /// Field code → its description.
    pub champs: BTreeMap<&'t str, d::Champ<'t>>,
    /// Repeatable block code → its description and its `Forme`'s index.
    pub blocs: BTreeMap<&'t str, (d::Bloc<'t>, usize)>,
    /// Per `Forme`, its keys sorted as generated code sorts them.
    pub cles: Vec<Vec<(&'t str, usize)>>,
}

impl Descripteurs<'_> {
    /// Builds the descriptions (they borrow from tables that live only in
    /// this call) and hands them to `f`.
    pub fn avec<R>(m: &Modele, f: impl FnOnce(&Descripteurs<'_>) -> R) -> R {
        let valeurs: Vec<Vec<d::Valeur<'_>>> = m
            .nomenclatures
            .iter()
            .map(|n| {
                n.valeurs
                    .iter()
                    .map(|v| d::Valeur {
                        code: &v.code,
                        libelle: &v.libelle,
                        actif: v.actif,
                    })
                    .collect()
            })
            .collect();
        let nomenclatures: BTreeMap<&str, d::Nomenclature<'_>> = m
            .nomenclatures
            .iter()
            .zip(&valeurs)
            .map(|(n, v)| {
                (
                    n.code.as_str(),
                    d::Nomenclature {
                        code: &n.code,
                        libelle: &n.libelle,
                        valeurs: v,
                    },
                )
            })
            .collect();
        let tous = m.champs();
        let motifs: BTreeMap<&str, d::Motif<'_>> = tous
            .iter()
            .filter_map(|(_, c)| match &c.type_ {
                TypeChamp::Texte { motif: Some(s), .. } => {
                    Some((c.code.as_str(), d::Motif::new(s)))
                }
                _ => None,
            })
            .collect();
        let champs = tous
            .iter()
            .filter_map(|(_, c)| Some((c.code.as_str(), champ(c, &nomenclatures, &motifs)?)))
            .collect();
        let formes = forme::formes(m);
        let blocs = formes
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.bloc.map(|b| (b.code.as_str(), (bloc(b), i))))
            .collect();
        let cles = formes
            .iter()
            .map(crate::emit::payload::cles_triees)
            .collect();
        f(&Descripteurs {
            modele: m,
            formes,
            champs,
            blocs,
            cles,
        })
    }

    pub fn forme_de(&self, b: &Bloc) -> Option<&Forme<'_>> {
        self.blocs
            .get(b.code.as_str())
            .map(|(_, i)| &self.formes[*i])
    }

    pub fn membre_code<'m>(mb: &Membre<'m>) -> &'m str {
        match mb {
            Membre::Champ { champ, .. } => &champ.code,
            Membre::Lignes(b) => &b.code,
        }
    }
}

fn champ<'t>(
    c: &'t Champ,
    nomenclatures: &'t BTreeMap<&str, d::Nomenclature<'t>>,
    motifs: &'t BTreeMap<&str, d::Motif<'t>>,
) -> Option<d::Champ<'t>> {
    let genre = match &c.type_ {
        TypeChamp::Entier { min, max } => d::Genre::Entier {
            min: *min,
            max: *max,
        },
        TypeChamp::Decimal {
            decimales,
            min,
            max,
        } => d::Genre::Decimal {
            decimales: *decimales,
            min: *min,
            max: *max,
        },
        TypeChamp::Texte {
            longueur_min,
            longueur_max,
            ..
        } => d::Genre::Texte {
            longueur_min: *longueur_min,
            longueur_max: *longueur_max,
            motif: motifs.get(c.code.as_str()),
        },
        TypeChamp::Booleen => d::Genre::Booleen,
        TypeChamp::Date { min, max } => d::Genre::Date {
            min: *min,
            max: *max,
        },
        TypeChamp::Code {
            nomenclature,
            multiple,
        } => d::Genre::Code {
            nomenclature: nomenclatures.get(nomenclature.as_str())?,
            multiple: *multiple,
        },
    };
    Some(d::Champ {
        code: &c.code,
        libelle: &c.libelle,
        obligatoire: c.obligatoire,
        personnel: c.donnee_personnelle,
        genre,
    })
}

fn bloc(b: &Bloc) -> d::Bloc<'_> {
    d::Bloc {
        code: &b.code,
        libelle: &b.libelle,
        min_lignes: b.min_lignes,
        max_lignes: b.max_lignes,
    }
}
