//! The impact of each change for the vendor who produces the data: the
//! table of `ws04-ecarts.md`, as one match.

use super::Impact::{self, AVerifier, Cassant, Compatible, Information};
use super::changement::Changement as C;
use crate::model::TypeChamp as T;
use sidoba::Severite::{Avertissement, Bloquante};

/// For user-level models, why a change breaks the Bundles of the old model
/// whatever its impact on a WS05 payload: the Questionnaire item's type or
/// the codings' system changes, so an answer written for the old model is
/// not one of the new (said after the entry's message).
pub(super) fn fhir(c: &C<'_>) -> Option<&'static str> {
    const TYPE: &str = " ; modèle usager : le type FHIR de la réponse change (integer ↔ decimal)";
    const SYSTEME: &str = " ; modèle usager : le system FHIR des codages change";
    match c {
        C::Limites {
            bascule_32_bits: true,
            ..
        } => Some(TYPE),
        C::Type {
            avant: T::Entier { min, max },
            apres: T::Decimal { .. },
            ..
        } if crate::usager::questionnaire::entier_32_bits(*min, *max) => Some(TYPE),
        C::Reference { .. } => Some(SYSTEME),
        C::NomenclatureChangee { avant, apres, .. } => {
            // A list's system is its `reference`, else one made of its code.
            let systeme = |(code, l): (&str, Option<&crate::model::Nomenclature>)| match l
                .and_then(|l| l.reference.as_deref())
            {
                Some(r) => (r.to_owned(), true),
                None => (code.to_owned(), false),
            };
            (systeme(*avant) != systeme(*apres)).then_some(SYSTEME)
        }
        _ => None,
    }
}

pub(super) fn impact(c: &C<'_>) -> Impact {
    let si = |oui: bool, alors: Impact, sinon: Impact| if oui { alors } else { sinon };
    match c {
        C::BlocAjoute { exige, .. } => si(*exige, Cassant, Compatible),
        C::BlocSupprime { .. } => Cassant,
        // Its code is a payload key only for a repeatable block.
        C::BlocRenomme { avant, apres } => {
            si(avant.repetable || apres.repetable, Cassant, Information)
        }
        C::BlocDevenuRepetable { .. } | C::BlocDevenuSimple { .. } => Cassant,
        // Rows, lengths and bounds alike.
        C::Limites { serre, .. } => si(*serre, Cassant, Compatible),
        C::ChampAjoute { champ } => si(champ.obligatoire, Cassant, Compatible),
        C::ChampSupprime { champ } => si(champ.deprecie, Information, Cassant),
        C::ChampRenomme { .. } => Cassant,
        // The payload is flat: a move matters only into or out of a row.
        C::ChampDeplace { lignes, .. } | C::BlocDeplace { lignes, .. } => {
            si(lignes.changent(), Cassant, Information)
        }
        C::Obligatoire { devenu, .. } => si(*devenu, Cassant, Compatible),
        C::Type {
            avant: T::Entier { .. },
            apres: T::Decimal { .. },
            ..
        } => Compatible,
        C::Type { .. } | C::Niveau { .. } => Cassant,
        C::Decimales { avant, apres, .. } => si(apres < avant, Cassant, Compatible),
        C::Motif { avant: None, .. } => Cassant,
        C::Motif { apres: None, .. } => Compatible,
        C::Motif { .. } => AVerifier,
        // Judged value by value; unknown when a list is missing.
        C::NomenclatureChangee { perdues, .. } => si(
            perdues.as_ref().is_some_and(Vec::is_empty),
            Compatible,
            Cassant,
        ),
        C::ValeurAjoutee { .. } => Compatible,
        C::ValeurActivite { valeur, .. } => si(valeur.actif, Compatible, Cassant),
        C::ValeurSupprimee { .. } => Cassant,
        C::Multiple { .. } => Cassant,
        C::RegleAjoutee { regle } => match regle.severite {
            Bloquante => AVerifier,
            Avertissement => Information,
        },
        C::RegleSupprimee { .. } => Compatible,
        C::RegleModifiee { .. } => AVerifier,
        C::Severite { regle, .. } => match regle.severite {
            Bloquante => Cassant,
            Avertissement => Compatible,
        },
        C::DonneePersonnelle { devenue, .. } => si(*devenue, AVerifier, Information),
        C::Libelle { .. }
        | C::LibelleRegle { .. }
        | C::LibelleModele { .. }
        | C::Description { .. }
        | C::Reference { .. }
        | C::Unite { .. }
        | C::OrdreBloc { .. }
        | C::OrdreModele { .. }
        | C::Deprecie { .. } => Information,
        C::VersionIncoherente { .. } => AVerifier,
    }
}
