//! The structure's category (JDV_J254-CategorieEtablissementESSMSPH, codes
//! of TRE_R66, OID `1.2.250.1.213.1.6.1.8`) and the facility type the CDA
//! guide allows for it (JDV_J02, `1.2.250.1.71.4.2.4`): `SA16`
//! « Etablissement pour personnes handicapées », `SA18` « Etablissement
//! aide à la famille » or `SA41` « Autre établissement du domaine social
//! ou médico-social ».
//!
//! The guide binds the facility code to those three and shows `SA41` for
//! `354` (SSIAD). The rest is our reading of the labels: establishments and
//! services for disabled persons → `SA16`, the family-help service (`640`)
//! → `SA18`, home-care and autonomy services (`354`, `209`, `460`) →
//! `SA41`; without a category, `SA41`.

/// `(code, label, facility type)`, the 24 codes of JDV_J254.
const CATEGORIES: &[(&str, &str, &str)] = &[
    (
        "182",
        "Service d'Éducation Spéciale et de Soins à Domicile",
        "SA16",
    ),
    ("183", "Institut Médico-Educatif (I.M.E.)", "SA16"),
    (
        "186",
        "Institut Thérapeutique Éducatif et Pédagogique (I.T.E.P.)",
        "SA16",
    ),
    (
        "188",
        "Etablissement pour Enfants ou Adolescents Polyhandicapés",
        "SA16",
    ),
    ("189", "Centre Médico-Psycho-Pédagogique (C.M.P.P.)", "SA16"),
    ("192", "Institut d'éducation motrice", "SA16"),
    ("194", "Institut pour Déficients Visuels", "SA16"),
    ("195", "Institut pour Déficients Auditifs", "SA16"),
    (
        "196",
        "Institut d'Education Sensorielle Sourd-Aveugle",
        "SA16",
    ),
    ("209", "Service autonomie aide et soins (SAAS)", "SA41"),
    (
        "221",
        "Bureau d'Aide Psychologique Universitaire (B.A.P.U.)",
        "SA16",
    ),
    ("238", "Centre d'Accueil Familial Spécialisé", "SA16"),
    ("242", "Service d'Activité de Jour", "SA16"),
    ("255", "Maison d'Accueil Spécialisée (M.A.S.)", "SA16"),
    (
        "354",
        "Service de Soins Infirmiers A Domicile (S.S.I.A.D)",
        "SA41",
    ),
    (
        "390",
        "Etablissement d'Accueil Temporaire d'Enfants Handicapés",
        "SA16",
    ),
    (
        "395",
        "Etablissement d'Accueil Temporaire pour Adultes Handicapés",
        "SA16",
    ),
    (
        "396",
        "Foyer Hébergement Enfants et Adolescents Handicapés",
        "SA16",
    ),
    (
        "445",
        "Service d'accompagnement médico-social adultes handicapés",
        "SA16",
    ),
    (
        "446",
        "Service d'Accompagnement à la Vie Sociale (S.A.V.S.)",
        "SA16",
    ),
    (
        "448",
        "Etab.Acc.Médicalisé en tout ou partie personnes handicapées",
        "SA16",
    ),
    (
        "449",
        "Etab.Accueil Non Médicalisé pour personnes handicapées",
        "SA16",
    ),
    ("460", "Service autonomie aide (SAA)", "SA41"),
    (
        "640",
        "Service d'aide et d'accompagnement à domicile aux familles (SAADF)",
        "SA18",
    ),
];

/// A category of JDV_J254: `(code, label, facility type of JDV_J02)`;
/// `None` for a code outside the value set.
pub fn categorie(code: &str) -> Option<(&'static str, &'static str, &'static str)> {
    CATEGORIES.iter().find(|(c, ..)| *c == code).copied()
}

/// The label of a facility type of JDV_J02 among the three.
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

    #[test]
    fn the_guide_example_and_every_code_of_the_value_set() {
        assert_eq!(
            categorie("354"),
            Some((
                "354",
                "Service de Soins Infirmiers A Domicile (S.S.I.A.D)",
                "SA41"
            ))
        );
        assert_eq!(CATEGORIES.len(), 24);
        assert!(categorie("999").is_none());
        for (_, _, t) in CATEGORIES {
            assert!(matches!(*t, "SA16" | "SA18" | "SA41"));
        }
    }
}
