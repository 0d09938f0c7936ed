//! The runtime's descriptions (`sidoba::descripteur`) of a model's fields,
//! blocks and code lists, built from the model in this one place.
//!
//! Generated code holds them as `static`s (the emitter prints these very
//! values as tokens, `emit::descripteurs`) and `sidoba validate` uses them
//! as they are (`validate::Descripteurs`): the compiled and the
//! model-driven validators cannot describe a field differently.

use crate::model::{Bloc, Champ, Modele, Nomenclature, TypeChamp};
use sidoba::__private_v1::descripteur as d;
use std::collections::BTreeMap;

/// What field descriptions borrow: the model's code lists and motifs.
pub struct Tables<'t> {
    nomenclatures: BTreeMap<&'t str, d::Nomenclature<'t>>,
    /// Field code → its compiled-on-first-use motif.
    motifs: BTreeMap<&'t str, d::Motif<'t>>,
}

/// Builds the tables (they borrow values that live only in this call) and
/// hands them to `f`.
pub fn avec<R>(m: &Modele, f: impl FnOnce(&Tables<'_>) -> R) -> R {
    let valeurs: Vec<Vec<d::Valeur<'_>>> = m.nomenclatures.iter().map(valeurs).collect();
    let nomenclatures = m
        .nomenclatures
        .iter()
        .zip(&valeurs)
        .map(|(n, v)| (n.code.as_str(), nomenclature(n, v)))
        .collect();
    let motifs = m
        .champs()
        .into_iter()
        .filter_map(|(_, c)| match &c.type_ {
            TypeChamp::Texte { motif: Some(s), .. } => Some((c.code.as_str(), d::Motif::new(s))),
            _ => None,
        })
        .collect();
    f(&Tables {
        nomenclatures,
        motifs,
    })
}

/// The values of a code list, in model order.
pub fn valeurs(n: &Nomenclature) -> Vec<d::Valeur<'_>> {
    n.valeurs
        .iter()
        .map(|v| d::Valeur {
            code: &v.code,
            libelle: &v.libelle,
            actif: v.actif,
        })
        .collect()
}

/// A code list, over its values (see [`valeurs`]).
pub fn nomenclature<'t>(n: &'t Nomenclature, valeurs: &'t [d::Valeur<'t>]) -> d::Nomenclature<'t> {
    d::Nomenclature {
        code: &n.code,
        libelle: &n.libelle,
        reference: n.reference.as_deref(),
        valeurs,
    }
}

impl Tables<'_> {
    /// A field's description; `None` when its code list is not in the
    /// model (which a checked model cannot have).
    pub fn champ<'s>(&'s self, c: &'s Champ) -> Option<d::Champ<'s>> {
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
                motif: self.motifs.get(c.code.as_str()),
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
                nomenclature: self.nomenclatures.get(nomenclature.as_str())?,
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
}

/// A repeatable block's description.
pub fn bloc(b: &Bloc) -> d::Bloc<'_> {
    d::Bloc {
        code: &b.code,
        libelle: &b.libelle,
        min_lignes: b.min_lignes,
        max_lignes: b.max_lignes,
    }
}
