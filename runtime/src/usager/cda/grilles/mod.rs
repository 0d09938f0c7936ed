//! The guide's four grids as the CDA guide writes them, read from the one
//! table of the grids (`usager::guide`, generated from the published
//! Questionnaires): each grid's evaluation type is its `code`, AGGIR's
//! result is its first item (the GIR, JDV_GIR_CISIS) whose sub-items are
//! the components, each component's own sub-items are AGGIR's four N2
//! criteria. Codes and displays are the Questionnaires'; a system is
//! written as the CDA OID the guide's example uses (ICF
//! `2.16.840.1.113883.6.254`, CIM-10 `2.16.840.1.113883.6.3`,
//! TerminologieCISIS `1.2.250.1.213.1.1.4.322`), any other (SERAFIN-PH has
//! no OID in the guide) as its URL's UUID v5.

use crate::usager::guide::{self, Grille, ItemGrille};

/// The grid whose canonical URL is `url` (with or without `|version`);
/// the four are the same in every version of the guide.
pub fn grille(url: &str) -> Option<&'static Grille> {
    guide::par_defaut().grilles.grille(url)
}

/// AGGIR's result item (the GIR), the FR-Evaluation's value; none for
/// the other grids.
pub fn resultat(g: &'static Grille) -> Option<&'static ItemGrille> {
    g.complete.then(|| g.items.first()).flatten()
}

/// The grid's components: one FR-Evaluation-Composant each (AGGIR: the
/// GIR's sub-items).
pub fn composants(g: &'static Grille) -> &'static [ItemGrille] {
    resultat(g).map_or(g.items, |r| r.items)
}

/// A code system as the CDA document writes it: the guide's OID when it
/// has one, else the URL's UUID v5 in capitals.
pub fn systeme(url: &str) -> String {
    match url {
        "http://hl7.org/fhir/sid/icf" => "2.16.840.1.113883.6.254".to_owned(),
        "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis" => {
            "1.2.250.1.213.1.1.4.322".to_owned()
        }
        "https://smt.esante.gouv.fr/terminologie-cim-10" => "2.16.840.1.113883.6.3".to_owned(),
        autre => super::code_systeme(autre),
    }
}
