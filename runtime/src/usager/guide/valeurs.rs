//! Le contenu des jeux de valeurs dont les écrivains ont besoin, copié ligne
//! à ligne (système, code, libellé) des jeux de valeurs nationaux que publie
//! l'ANS (`ans.fr.terminologies` : JDV_TypeEvenementSSIAD_CISIS, JDV_J283,
//! JDV_J284, JDV_J254 ; les copies de l'équipe sidoba, avec leurs sources et
//! leurs sha256, sont dans `tddui/jdv/sources.json`, partagé).

use super::Code;

/// Les types d'évènement de `tddui-encounter-type` que le fichier peut
/// donner : les types d'évènement SSIAD (`jdv-type-evenement-ssiad-cisis`),
/// puis les prestations directes (JDV_J284) et indirectes (JDV_J283) de
/// SERAFIN.
pub static TYPES_EVENEMENT: &[Code] = &[
    Code {
        systeme: "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis",
        code: "MED-1296",
        libelle: "Intervention d'un aide soignant",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis",
        code: "MED-1297",
        libelle: "Intervention d'un infirmier libéral",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis",
        code: "MED-1298",
        libelle: "Intervention d'un infirmer salarié",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis",
        code: "MED-1299",
        libelle: "Intervention conjointe",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis",
        code: "MED-1311",
        libelle: "Prise en charge infirmier du diabète insulinotraité",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis",
        code: "MED-1322",
        libelle: "Intervention d'un aide médico-psychologique",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis",
        code: "MED-1323",
        libelle: "Intervention d'un accompagnant éducatif et social",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis",
        code: "MED-1324",
        libelle: "Intervention d'un infirmier d'un centre de santé infirmier",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2",
        libelle: "Prestations directes - Soins et d'accompagnement",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.1",
        libelle: "Prestations de soins, de maintien et de développement des capacités fonctionnelles",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.1.1",
        libelle: "Soins somatiques et psychiques",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.1.1.1",
        libelle: "Soins médicaux à visée préventive, curative et palliative",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.1.1.2",
        libelle: "Soins techniques et de surveillance infirmiers ou délégués",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.1.1.3",
        libelle: "Prestations des psychologues",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.1.1.4",
        libelle: "Prestations des pharmaciens et préparateurs en pharmacie",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.1.2",
        libelle: "Rééducation et réadaptation fonctionnelle",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.1.2.1",
        libelle: "Prestations des auxiliaires médicaux, des instructeurs en locomotion et avéjistes",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.2",
        libelle: "Prestations en matière d'autonomie",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.2.1",
        libelle: "Accompagnements pour les actes de la vie quotidienne",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.2.2",
        libelle: "Accompagnements pour la communication et les relations avec autrui",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.2.3",
        libelle: "Accompagnements pour prendre des décisions adaptées et pour la sécurité",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3",
        libelle: "Prestations pour la participation sociale",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.1",
        libelle: "Accompagnements pour exercer ses droits",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.1.1",
        libelle: "Accompagnements à l'expression du projet personnalisé",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.1.2",
        libelle: "Accompagnements à l'exercice des droits et libertés",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.2",
        libelle: "Accompagnements au logement",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.2.1",
        libelle: "Accompagnements pour vivre dans un logement",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.2.2",
        libelle: "Accompagnements pour accomplir les activités domestiques",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.3",
        libelle: "Accompagnements pour exercer ses rôles sociaux",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.3.1",
        libelle: "Accompagnements pour mener sa vie d'élève, d'étudiant ou d'apprenti",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.3.2",
        libelle: "Accompagnements pour préparer sa vie professionnelle",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.3.3",
        libelle: "Accompagnements pour mener sa vie professionnelle",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.3.4",
        libelle: "Accompagnements pour réaliser des activités de jour spécialisées",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.3.5",
        libelle: "Accompagnements de la vie familiale, de la parentalité, de la vie affective et sexuelle",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.3.6",
        libelle: "Accompagnements pour l'exercice de mandats électoraux, la représentation des pairs et la pair aidance",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.4",
        libelle: "Accompagnements pour participer à la vie sociale",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.4.1",
        libelle: "Accompagnements du lien avec les proches et le voisinage",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.4.2",
        libelle: "Accompagnements pour la participation aux activités sociales et de loisirs",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.4.3",
        libelle: "Accompagnements pour le développement de l'autonomie pour les déplacements",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.5",
        libelle: "Accompagnements en matière de ressources et d'autogestion",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.5.1",
        libelle: "Accompagnements pour l'ouverture des droits",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.5.2",
        libelle: "Accompagnements pour l'autonomie de la personne dans la gestion des ressources",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.3.5.3",
        libelle: "Informations, conseils et mise en oeuvre des mesures de protection des adultes",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.4",
        libelle: "Prestation de coordination renforcée pour la cohérence du parcours",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "2.4.1",
        libelle: "Prestation de coordination renforcée pour la cohérence du parcours",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3",
        libelle: "Prestations indirectes - Pilotage et fonctions supports",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1",
        libelle: "Fonctions Gérer, manager, coopérer",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.1",
        libelle: "Gestion des ressources humaines",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.1.1",
        libelle: "Pilotage et direction",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.1.2",
        libelle: "Gestion des ressources humaines, de la Gestion previsionnelle des emplois et des competences et du dialogue socIal",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.2",
        libelle: "Gestion administrative, budgétaire, financière et comptable",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.2.1",
        libelle: "Gestion budgétaire, financière et comptable",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.2.2",
        libelle: "Gestion administrative",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.3",
        libelle: "Information et communication",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.3.1",
        libelle: "Communication (interne et externe), statistiques, rapport annuel et documents collectifs 2002-2",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.3.2",
        libelle: "Gestion des données des personnes accueillies, système d'information, informatique, TIC, archivage informatique des données, GED",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.4",
        libelle: "Qualité et sécurité",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.4.1",
        libelle: "Démarche d'amélioration continue de la qualité",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.4.2",
        libelle: "Analyse des pratiques, espaces ressource et soutien aux personnels",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.4.3",
        libelle: "Prestations de supervision",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.5",
        libelle: "Relations avec le territoire",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.5.1",
        libelle: "Coopérations, conventions avec les acteurs spécialisés et du droit commun",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.5.2",
        libelle: "Appui-Ressources et partenariats institutionnels",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.1.6",
        libelle: "Transports liés à gérer, manager, coopérer",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2",
        libelle: "Fonctions logistiques",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.1",
        libelle: "Locaux et autres ressources pour accueillir",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.1.1",
        libelle: "Locaux et autres ressources pour héberger",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.1.2",
        libelle: "Locaux et autres ressources pour accueillir le jour",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.1.3",
        libelle: "Locaux et autres ressources pour réaliser des prestations de soins, de maintien et de développement des capacités fonctionnelles",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.1.4",
        libelle: "Locaux et autres ressources pour gérer, manager, coopérer",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.1.5",
        libelle: "Hygiène, entretien, sécurité des locaux, espaces extérieurs",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.2",
        libelle: "Fournir des repas",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.2.1",
        libelle: "Fournir des repas",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.3",
        libelle: "Entretenir le linge",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.3.1",
        libelle: "Entretenir le linge",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.4",
        libelle: "Transports liés au projet individuel",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.4.1",
        libelle: "Transports liés à accueillir (domicile-structure)",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.4.2",
        libelle: "Transports liés aux prestations de soins, de maintien et de developpement des capacités fonctionnelles",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.4.3",
        libelle: "Transports liés à l'autonomie et la participation sociale",
    },
    Code {
        systeme: "https://smt.esante.gouv.fr/terminologie-SERAFINPH",
        code: "3.2.5",
        libelle: "Transports des biens et matériels liés à la restauration et à l'entretien du linge",
    },
];

/// JDV_J254 : les catégories d'établissement que lie le guide CDA.
pub static CATEGORIES: &[Code] = &[
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "182",
        libelle: "Service d'Éducation Spéciale et de Soins à Domicile",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "183",
        libelle: "Institut Médico-Educatif (I.M.E.)",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "186",
        libelle: "Institut Thérapeutique Éducatif et Pédagogique (I.T.E.P.)",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "188",
        libelle: "Etablissement pour Enfants ou Adolescents Polyhandicapés",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "189",
        libelle: "Centre Médico-Psycho-Pédagogique (C.M.P.P.)",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "192",
        libelle: "Institut d'éducation motrice",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "194",
        libelle: "Institut pour Déficients Visuels",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "195",
        libelle: "Institut pour Déficients Auditifs",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "196",
        libelle: "Institut d'Education Sensorielle Sourd-Aveugle",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "209",
        libelle: "Service autonomie aide et soins (SAAS)",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "221",
        libelle: "Bureau d'Aide Psychologique Universitaire (B.A.P.U.)",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "238",
        libelle: "Centre d'Accueil Familial Spécialisé",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "242",
        libelle: "Service d'Activité de Jour",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "255",
        libelle: "Maison d'Accueil Spécialisée (M.A.S.)",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "354",
        libelle: "Service de Soins Infirmiers A Domicile (S.S.I.A.D)",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "390",
        libelle: "Etablissement d'Accueil Temporaire d'Enfants Handicapés",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "395",
        libelle: "Etablissement d'Accueil Temporaire pour Adultes Handicapés",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "396",
        libelle: "Foyer Hébergement Enfants et Adolescents Handicapés",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "445",
        libelle: "Service d'accompagnement médico-social adultes handicapés",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "446",
        libelle: "Service d'Accompagnement à la Vie Sociale (S.A.V.S.)",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "448",
        libelle: "Etab.Acc.Médicalisé en tout ou partie personnes handicapées",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "449",
        libelle: "Etab.Accueil Non Médicalisé pour personnes handicapées",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "460",
        libelle: "Service autonomie aide (SAA)",
    },
    Code {
        systeme: "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement",
        code: "640",
        libelle: "Service d'aide et d'accompagnement à domicile aux familles (SAADF)",
    },
];
