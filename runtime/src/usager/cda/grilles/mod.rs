//! Les quatre grilles du guide telles que les écrit le guide CDA, lues dans
//! la table unique des grilles (`usager::guide`, générée depuis les
//! Questionnaires publiés) : le type d'évaluation de chaque grille est son
//! `code` ; le résultat d'AGGIR est son premier item (le GIR,
//! JDV_GIR_CISIS), dont les sous-items sont les composants ; les sous-items
//! de chaque composant sont les quatre critères N2 d'AGGIR. Codes et
//! libellés sont ceux des Questionnaires ; un système s'écrit avec l'OID
//! CDA qu'emploie l'exemple du guide (CIF `2.16.840.1.113883.6.254`,
//! CIM-10 `2.16.840.1.113883.6.3`, TerminologieCISIS
//! `1.2.250.1.213.1.1.4.322`), tout autre (SERAFIN-PH n'a pas d'OID dans
//! le guide) avec l'UUID v5 de son URL.

use crate::usager::guide::{self, Grille, ItemGrille};

/// La grille d'URL canonique `url` (avec ou sans `|version`) ; les quatre
/// sont les mêmes dans chaque version du guide.
pub fn grille(url: &str) -> Option<&'static Grille> {
    guide::par_defaut().grilles.grille(url)
}

/// L'item résultat d'AGGIR (le GIR), valeur de la FR-Evaluation ; aucun
/// pour les autres grilles.
pub fn resultat(g: &'static Grille) -> Option<&'static ItemGrille> {
    g.complete.then(|| g.items.first()).flatten()
}

/// Les composants de la grille, une FR-Evaluation-Composant chacun (AGGIR :
/// les sous-items du GIR).
pub fn composants(g: &'static Grille) -> &'static [ItemGrille] {
    resultat(g).map_or(g.items, |r| r.items)
}

/// Un système de codes tel que l'écrit le document CDA : l'OID du guide
/// quand il en a un, sinon l'UUID v5 de l'URL en majuscules.
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
