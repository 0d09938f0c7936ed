//! Les deux grilles AGGIR (PA SSIAD, PH SSIAD).

use super::{Composant, Genre, Grille, Resultat, Systeme};

/// Évaluation AGGIR PA SSIAD (`https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-pa-ssiad`).
pub static AGGIR_PA: Grille = Grille {
    url: "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-pa-ssiad",
    code: "MED-1293",
    libelle: "Evaluation AGGIR PA SSIAD",
    resultat: Some(Resultat {
        link_id: "resultat-eval",
        options: &[
            ("MED-339", "GIR-1"),
            ("MED-340", "GIR-2"),
            ("MED-341", "GIR-3"),
            ("MED-342", "GIR-4"),
            ("MED-343", "GIR-5"),
            ("MED-344", "GIR-6"),
        ],
    }),
    composants: &[
        Composant {
            link_id: "fonction-pensee",
            code: "b160",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Fonctions de la pensée",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("pensee-spont", "MED-1307", "fait spontanément"),
                ("pensee-tot", "MED-1308", "fait totalement"),
                ("pensee-correct", "MED-1309", "fait correctement"),
                ("pensee-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "fonction-orientation",
            code: "b114",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Fonctions d'orientation",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("orientation-spont", "MED-1307", "fait spontanément"),
                ("orientation-tot", "MED-1308", "fait totalement"),
                ("orientation-correct", "MED-1309", "fait correctement"),
                ("orientation-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "se-laver",
            code: "d5100",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Se laver des parties du corps",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("laver-spont", "MED-1307", "fait spontanément"),
                ("laver-tot", "MED-1308", "fait totalement"),
                ("laver-correct", "MED-1309", "fait correctement"),
                ("laver-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "prendre-soin",
            code: "d520",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Prendre soin des parties de son corps",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("prendre-soin-spont", "MED-1307", "fait spontanément"),
                ("prendre-soin-tot", "MED-1308", "fait totalement"),
                ("prendre-soin-correct", "MED-1309", "fait correctement"),
                ("prendre-soin-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "mettre-vetement",
            code: "d5400",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Mettre des vêtements",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("mettre-vetement-spont", "MED-1307", "fait spontanément"),
                ("mettre-vetement-tot", "MED-1308", "fait totalement"),
                ("mettre-vetement-correct", "MED-1309", "fait correctement"),
                ("mettre-vetement-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "motricite-fine",
            code: "d440",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Activités de motricité fine",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("motricite-fine-spont", "MED-1307", "fait spontanément"),
                ("motricite-fine-tot", "MED-1308", "fait totalement"),
                ("motricite-fine-correct", "MED-1309", "fait correctement"),
                ("motricite-fine-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "mettre-chaussure",
            code: "d5402",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Mettre des chaussures",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("mettre-chaussure-spont", "MED-1307", "fait spontanément"),
                ("mettre-chaussure-tot", "MED-1308", "fait totalement"),
                ("mettre-chaussure-correct", "MED-1309", "fait correctement"),
                ("mettre-chaussure-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "manger",
            code: "d550",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Manger",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("manger-spont", "MED-1307", "fait spontanément"),
                ("manger-tot", "MED-1308", "fait totalement"),
                ("manger-correct", "MED-1309", "fait correctement"),
                ("manger-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "passage-aliment",
            code: "b5105",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Passage des aliments par l'estomac et les intestins",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("passage-aliment-spont", "MED-1307", "fait spontanément"),
                ("passage-aliment-tot", "MED-1308", "fait totalement"),
                ("passage-aliment-correct", "MED-1309", "fait correctement"),
                ("passage-aliment-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "assurer-regulation-miction",
            code: "d5300",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Assurer la régulation de la miction",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("miction-spont", "MED-1307", "fait spontanément"),
                ("miction-tot", "MED-1308", "fait totalement"),
                ("miction-correct", "MED-1309", "fait correctement"),
                ("miction-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "assurer-regulation-defecation",
            code: "d5301",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Assurer la régulation de la défécation",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("defecation-spont", "MED-1307", "fait spontanément"),
                ("defecation-tot", "MED-1308", "fait totalement"),
                ("defecation-correct", "MED-1309", "fait correctement"),
                ("defecation-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "position-corps",
            code: "d410",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Changer la position corporelle de base",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("position-corps-spont", "MED-1307", "fait spontanément"),
                ("position-corps-tot", "MED-1308", "fait totalement"),
                ("position-corps-correct", "MED-1309", "fait correctement"),
                ("position-corps-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "deplacer-maison",
            code: "d4600",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Se déplacer dans la maison",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("deplacer-maison-spont", "MED-1307", "fait spontanément"),
                ("deplacer-maison-tot", "MED-1308", "fait totalement"),
                ("deplacer-maison-correct", "MED-1309", "fait correctement"),
                ("deplacer-maison-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "deplacer-dehors",
            code: "d4602",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Se déplacer en dehors de la maison et d'autres bâtiments",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("deplacer-dehors-spont", "MED-1307", "fait spontanément"),
                ("deplacer-dehors-tot", "MED-1308", "fait totalement"),
                ("deplacer-dehors-correct", "MED-1309", "fait correctement"),
                ("deplacer-dehors-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "appareil-communication",
            code: "d3608",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Utiliser d'autres appareils et techniques de communication précisés",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("appareil-spont", "MED-1307", "fait spontanément"),
                ("appareil-tot", "MED-1308", "fait totalement"),
                ("appareil-correct", "MED-1309", "fait correctement"),
                ("appareil-habit", "MED-1310", "fait habituellement"),
            ],
        },
    ],
};

/// Évaluation AGGIR PH SSIAD (`https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-ph-ssiad`).
pub static AGGIR_PH: Grille = Grille {
    url: "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-ph-ssiad",
    code: "MED-1292",
    libelle: "Evaluation AGGIR PH SSIAD",
    resultat: Some(Resultat {
        link_id: "resultat-eval",
        options: &[
            ("MED-339", "GIR-1"),
            ("MED-340", "GIR-2"),
            ("MED-341", "GIR-3"),
            ("MED-342", "GIR-4"),
            ("MED-343", "GIR-5"),
            ("MED-344", "GIR-6"),
        ],
    }),
    composants: &[
        Composant {
            link_id: "fonction-pensee",
            code: "b160",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Fonctions de la pensée",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("pensee-spont", "MED-1307", "fait spontanément"),
                ("pensee-tot", "MED-1308", "fait totalement"),
                ("pensee-correct", "MED-1309", "fait correctement"),
                ("pensee-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "fonction-orientation",
            code: "b114",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Fonctions d'orientation",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("orientation-spont", "MED-1307", "fait spontanément"),
                ("orientation-tot", "MED-1308", "fait totalement"),
                ("orientation-correct", "MED-1309", "fait correctement"),
                ("orientation-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "se-laver",
            code: "d510",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Se laver",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("laver-spont", "MED-1307", "fait spontanément"),
                ("laver-tot", "MED-1308", "fait totalement"),
                ("laver-correct", "MED-1309", "fait correctement"),
                ("laver-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "s'habiller",
            code: "d540",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "S'habiller",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("habiller-spont", "MED-1307", "fait spontanément"),
                ("habiller-tot", "MED-1308", "fait totalement"),
                ("habiller-correct", "MED-1309", "fait correctement"),
                ("habiller-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "manger",
            code: "d550",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Manger",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("manger-spont", "MED-1307", "fait spontanément"),
                ("manger-tot", "MED-1308", "fait totalement"),
                ("manger-correct", "MED-1309", "fait correctement"),
                ("manger-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "aller-aux-toilettes",
            code: "d530",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Aller aux toilettes",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("toilette-spont", "MED-1307", "fait spontanément"),
                ("toilette-tot", "MED-1308", "fait totalement"),
                ("toilette-correct", "MED-1309", "fait correctement"),
                ("toilette-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "position-corps",
            code: "d410",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Changer la position corporelle de base",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("position-corps-spont", "MED-1307", "fait spontanément"),
                ("position-corps-tot", "MED-1308", "fait totalement"),
                ("position-corps-correct", "MED-1309", "fait correctement"),
                ("position-corps-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "deplacer-maison",
            code: "d4600",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Se déplacer dans la maison",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("deplacer-maison-spont", "MED-1307", "fait spontanément"),
                ("deplacer-maison-tot", "MED-1308", "fait totalement"),
                ("deplacer-maison-correct", "MED-1309", "fait correctement"),
                ("deplacer-maison-habit", "MED-1310", "fait habituellement"),
            ],
        },
        Composant {
            link_id: "deplacer-hors-maison",
            code: "d4602",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Se déplacer en dehors de la maison et d'autres bâtiments",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                (
                    "deplacer-hors-maison-spont",
                    "MED-1307",
                    "fait spontanément",
                ),
                ("deplacer-hors-maison-tot", "MED-1308", "fait totalement"),
                (
                    "deplacer-hors-maison-correct",
                    "MED-1309",
                    "fait correctement",
                ),
                (
                    "deplacer-hors-maison-habit",
                    "MED-1310",
                    "fait habituellement",
                ),
            ],
        },
        Composant {
            link_id: "appareil-communication",
            code: "d3608",
            systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
            libelle: "Utiliser d'autres appareils et techniques de communication précisés",
            genre: Genre::Choix {
                systeme: Systeme::Oid("2.16.840.1.113883.6.254"),
                options: &[
                    ("qf0", "aucun facilitateur"),
                    ("qf2", "facilitateur modéré"),
                    ("qf4", "facilitateur absolu"),
                ],
            },
            n2: &[
                ("appareil-spont", "MED-1307", "fait spontanément"),
                ("appareil-tot", "MED-1308", "fait totalement"),
                ("appareil-correct", "MED-1309", "fait correctement"),
                ("appareil-habit", "MED-1310", "fait habituellement"),
            ],
        },
    ],
};
