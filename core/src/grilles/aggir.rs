//! AGGIR beyond the guide: each variable's modality against its four
//! adverbs.
//!
//! The national grid's fill-in guide (Code de l'action sociale et des
//! familles, annexe 2-1, from décret n° 2008-821 du 21 août 2008) codes a
//! variable from its adverbs « spontanément, totalement, correctement,
//! habituellement »: all four positive → A, all four negative → C, some
//! negative → B (as reproduced e.g. at
//! <http://papidoc.chic-cm.fr/19texteaggir.html>). The TDDUI grids give the
//! modality as an ICF facilitator qualifier: `qf0` « aucun facilitateur »
//! (does alone: A), `qf2` « facilitateur modéré » (B), `qf4` « facilitateur
//! absolu » (C); the guide's own AGGIR PA and PH examples follow this for
//! all their 25 variables. A modality that does not follow its adverbs is
//! a warning, never blocking: the evaluator's word stands.
//!
//! The GIR itself is not computed: the décret's group tables were not
//! found in a source we could cite with certainty, nor how the grid's ICF
//! variables combine into the décret's ten discriminant variables.

use crate::model::{Bloc, Champ, Modele, TypeChamp};
use serde_json::Value;
use sidoba::Constat;

/// Le code de l'avertissement « modalité AGGIR qui ne suit pas ses
/// adverbes » (`Constat::regle`), celui du socle.
pub use sidoba::usager::REGLE_ADVERBES;

/// Warnings for the variables whose modality does not follow their
/// adverbs; variables not fully answered are left to the blocking checks.
pub(super) fn adverbes(m: &Modele, reponses: &Value, prefixe: &str) -> Vec<Constat> {
    let mut out = Vec::new();
    let Some(racine) = m.blocs.first() else {
        return out;
    };
    for gir in &racine.champs {
        let (Some(variables), Some(Value::Object(rv))) =
            (sous_bloc(racine, gir), reponses.get(&gir.code))
        else {
            continue;
        };
        for v in &variables.champs {
            let Some(criteres) = sous_bloc(variables, v) else {
                continue;
            };
            let Some(Value::Object(o)) = rv.get(&v.code) else {
                continue;
            };
            let lus: Vec<bool> = criteres
                .champs
                .iter()
                .filter(|c| c.type_ == TypeChamp::Booleen)
                .filter_map(|c| o.get(&c.code).and_then(Value::as_bool))
                .collect();
            let (Ok(lus), Some(donnee)) = (
                <[bool; 4]>::try_from(lus),
                o.get(super::VALEUR).and_then(Value::as_str),
            ) else {
                continue;
            };
            out.extend(sidoba::usager::ecart_adverbes(
                format!("{prefixe}.{}.{}.{}", gir.code, v.code, super::VALEUR),
                &v.code,
                donnee,
                lus,
            ));
        }
    }
    out
}

fn sous_bloc<'m>(b: &'m Bloc, c: &Champ) -> Option<&'m Bloc> {
    b.blocs
        .iter()
        .find(|sb| sb.sous_items_de() == Some(c.code.as_str()))
}
