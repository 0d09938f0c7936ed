//! La catégorie de la structure (JDV_J254-CategorieEtablissementESSMSPH,
//! codes de TRE_R66, OID `1.2.250.1.213.1.6.1.8`) et le type
//! d'établissement que le guide CDA permet pour elle (JDV_J02,
//! `1.2.250.1.71.4.2.4`) : `SA16` « Etablissement pour personnes
//! handicapées », `SA18` « Etablissement aide à la famille » ou `SA41`
//! « Autre établissement du domaine social ou médico-social ».
//!
//! Le guide restreint le code d'établissement à ces trois-là et montre
//! `SA41` pour `354` (SSIAD). Le reste est notre lecture des libellés :
//! établissements et services pour personnes handicapées → `SA16`, service
//! d'aide à la famille (`640`) → `SA18`, services de soins et d'autonomie à
//! domicile (`354`, `209`, `460`) → `SA41` ; sans catégorie, `SA41`. Les
//! libellés sont ceux de la table du guide
//! ([`crate::usager::guide::Guide::categorie`]).

/// `(code, type d'établissement)`, les 24 codes de JDV_J254.
const TYPES: &[(&str, &str)] = &[
    ("182", "SA16"),
    ("183", "SA16"),
    ("186", "SA16"),
    ("188", "SA16"),
    ("189", "SA16"),
    ("192", "SA16"),
    ("194", "SA16"),
    ("195", "SA16"),
    ("196", "SA16"),
    ("209", "SA41"),
    ("221", "SA16"),
    ("238", "SA16"),
    ("242", "SA16"),
    ("255", "SA16"),
    ("354", "SA41"),
    ("390", "SA16"),
    ("395", "SA16"),
    ("396", "SA16"),
    ("445", "SA16"),
    ("446", "SA16"),
    ("448", "SA16"),
    ("449", "SA16"),
    ("460", "SA41"),
    ("640", "SA18"),
];

/// Le type d'établissement (JDV_J02) d'une catégorie de JDV_J254 ; `None`
/// pour un code hors du jeu de valeurs.
pub fn type_etablissement(categorie: &str) -> Option<&'static str> {
    TYPES.iter().find(|(c, _)| *c == categorie).map(|(_, t)| *t)
}

/// Le libellé d'un des trois types d'établissement de JDV_J02.
pub(crate) fn libelle_type(code: &str) -> &'static str {
    match code {
        "SA16" => "Etablissement pour personnes handicapées",
        "SA18" => "Etablissement aide à la famille",
        _ => "Autre établissement du domaine social ou médico-social",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::usager::guide;

    #[test]
    fn l_exemple_du_guide_et_chaque_code_du_jeu_de_valeurs() {
        assert_eq!(type_etablissement("354"), Some("SA41"));
        assert!(type_etablissement("999").is_none());
        // The same 24 codes as the guide table's JDV_J254.
        let codes: Vec<_> = guide::par_defaut()
            .categories
            .iter()
            .map(|c| c.code)
            .collect();
        assert_eq!(codes, TYPES.iter().map(|(c, _)| *c).collect::<Vec<_>>());
        for (_, t) in TYPES {
            assert!(matches!(*t, "SA16" | "SA18" | "SA41"));
        }
    }
}
