//! Les quatre grilles d'évaluation du guide, item par item : ce qu'il faut
//! aux écrivains pour typer les réponses d'une évaluation et les contrôler
//! (`usager.md`). Copiées des Questionnaires publiés de TDDUI 2.3.0
//! (identiques en 2.2.0 : les copies de référence de l'équipe sidoba et
//! leurs sources, `tddui/README.md`), en gardant le `linkId`, le `text`, le
//! `type` et les codages `answerOption` de chaque item ; les enfants d'un
//! item sont les sous-items de sa réponse (AGGIR). Produit depuis les
//! Questionnaires (une ligne par item) : ne pas modifier à la main.

use super::{Grille, ItemGrille, OptionGrille, TypeItem};

static OPTIONS_0: &[OptionGrille] = &[
    OptionGrille::new("http://hl7.org/fhir/sid/icf", "qf0", "aucun facilitateur"),
    OptionGrille::new("http://hl7.org/fhir/sid/icf", "qf2", "facilitateur modéré"),
    OptionGrille::new("http://hl7.org/fhir/sid/icf", "qf4", "facilitateur absolu"),
];

static OPTIONS_1: &[OptionGrille] = &[
    OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-339", "GIR-1"),
    OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-340", "GIR-2"),
    OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-341", "GIR-3"),
    OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-342", "GIR-4"),
    OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-343", "GIR-5"),
    OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-344", "GIR-6"),
];

/// Évaluation AGGIR PA SSIAD (`tddui-questionnaire-aggir-pa-ssiad`).
pub(super) static AGGIR_PA: Grille = Grille {
    url: "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-pa-ssiad",
    titre: "Évaluation AGGIR PA SSIAD",
    complete: true,
    items: &[
        ItemGrille::new("resultat-eval", "Résultat évaluation", TypeItem::Choix, OPTIONS_1, &[
            ItemGrille::new("fonction-pensee", "Fonctions de la pensée", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("pensee-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("pensee-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("pensee-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("pensee-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("fonction-orientation", "Fonctions d'orientation", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("orientation-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("orientation-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("orientation-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("orientation-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("se-laver", "Se laver des parties du corps", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("laver-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("laver-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("laver-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("laver-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("prendre-soin", "Prendre soin des parties de son corps", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("prendre-soin-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("prendre-soin-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("prendre-soin-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("prendre-soin-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("mettre-vetement", "Mettre des vêtements", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("mettre-vetement-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("mettre-vetement-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("mettre-vetement-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("mettre-vetement-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("motricite-fine", "Activités de motricité fine", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("motricite-fine-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("motricite-fine-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("motricite-fine-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("motricite-fine-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("mettre-chaussure", "Mettre des chaussures", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("mettre-chaussure-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("mettre-chaussure-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("mettre-chaussure-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("mettre-chaussure-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("manger", "Manger", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("manger-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("manger-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("manger-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("manger-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("passage-aliment", "Passage des aliments par l'estomac et les intestins", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("passage-aliment-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("passage-aliment-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("passage-aliment-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("passage-aliment-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("assurer-regulation-miction", "Assurer la régulation de la miction", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("miction-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("miction-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("miction-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("miction-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("assurer-regulation-defecation", "Assurer la régulation de la défécation", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("defecation-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("defecation-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("defecation-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("defecation-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("position-corps", "Changer la position corporelle de base", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("position-corps-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("position-corps-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("position-corps-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("position-corps-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("deplacer-maison", "Se déplacer dans la maison", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("deplacer-maison-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-maison-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-maison-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-maison-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("deplacer-dehors", "Se déplacer en dehors de la maison et d'autres bâtiments", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("deplacer-dehors-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-dehors-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-dehors-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-dehors-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("appareil-communication", "Utiliser d'autres appareils et techniques de communication précisés", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("appareil-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("appareil-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("appareil-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("appareil-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
        ]),
    ],
};

/// Évaluation AGGIR PH SSIAD (`tddui-questionnaire-aggir-ph-ssiad`).
pub(super) static AGGIR_PH: Grille = Grille {
    url: "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-ph-ssiad",
    titre: "Évaluation AGGIR PH SSIAD",
    complete: true,
    items: &[
        ItemGrille::new("resultat-eval", "Résultat évaluation", TypeItem::Choix, OPTIONS_1, &[
            ItemGrille::new("fonction-pensee", "Fonctions de la pensée", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("pensee-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("pensee-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("pensee-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("pensee-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("fonction-orientation", "Fonctions d'orientation", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("orientation-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("orientation-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("orientation-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("orientation-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("se-laver", "Se laver", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("laver-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("laver-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("laver-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("laver-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("s'habiller", "S'habiller", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("habiller-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("habiller-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("habiller-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("habiller-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("manger", "Manger", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("manger-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("manger-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("manger-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("manger-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("aller-aux-toilettes", "Aller aux toilettes", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("toilette-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("toilette-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("toilette-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("toilette-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("position-corps", "Changer la position corporelle de base", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("position-corps-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("position-corps-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("position-corps-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("position-corps-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("deplacer-maison", "Se déplacer dans la maison", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("deplacer-maison-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-maison-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-maison-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-maison-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("deplacer-hors-maison", "Se déplacer en dehors de la maison et d'autres bâtiments", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("deplacer-hors-maison-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-hors-maison-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-hors-maison-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-hors-maison-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("appareil-communication", "Utiliser d'autres appareils et techniques de communication précisés", TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("appareil-spont", "fait spontanément", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("appareil-tot", "fait totalement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("appareil-correct", "fait correctement", TypeItem::Booleen, &[], &[]),
                ItemGrille::new("appareil-habit", "fait habituellement", TypeItem::Booleen, &[], &[]),
            ]),
        ]),
    ],
};

/// Évaluation SERAFIN (`tddui-questionnaire-serafin`).
pub(super) static SERAFIN: Grille = Grille {
    url: "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-serafin",
    titre: "Évaluation SERAFIN",
    complete: false,
    items: &[
        ItemGrille::new("besoin-serafin", "Besoins", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-sante-som-psy", "Besoins en matière de santé somatique ou psychique", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-fonc-ment", "Besoins en matière de fonctions mentales, psychiques, cognitives et du système nerveux", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-fonc-sensorielle", "Besoins en matière de fonctions sensorielles", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-douleur", "Besoins en matière de douleur", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-voix", "Besoins relatifs à la voix, à la parole et à l'appareil bucco-dentaire", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-cardio-vasc", "Besoins en matière de fonctions cardio-vasculaire, hématopoïétique, immunitaire et respiratoire", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-dig", "Besoins en matière de fonctions digestive, métabolique et endocrinienne", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-genito-uri", "Besoins en matière de fonctions génito-urinaire et reproductive", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-loco-mot", "Besoins en matière de fonctions locomotrices", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-peau", "Besoins relatifs à la peau et aux structures associées", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-entretien", "Besoins pour entretenir et prendre soin de sa santé", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-autonomie", "Besoins en matière d'autonomie", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-entretien-personnel", "Besoins en lien avec l'entretien personnel", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-relations", "Besoins en lien avec les relations et les interactions avec autrui", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-mobilite", "Besoins pour la mobilité", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-decision", "Besoins pour prendre des décisions adaptées et pour la sécurité", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-participation-sociale", "Besoins pour la participation sociale", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-droit-citoyen", "Besoins pour accéder aux droits et à la citoyenneté", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-logement", "Besoins pour vivre dans un logement et accomplir les activités domestiques", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-vivre-logement", "Besoins pour vivre dans un logement", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-activite-dom", "Besoins pour accomplir les activités domestiques", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-insertion-sociale", "Besoins pour l'insertion sociale et professionnelle et pour exercer ses rôles sociaux", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-vie-scolaire", "Besoins en lien avec la vie scolaire et étudiante", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-activite-domestique", "Besoins en lien avec le travail et l’emploi", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-apprentissage", "Besoins transversaux en matière d'apprentissages", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-famille", "Besoins pour la vie familiale, la parentalité, la vie affective et sexuelle", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-pair-aidant", "Besoins pour apprendre à être pair-aidant", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-vie-sociale-moyen-transport", "Besoins pour participer à la vie sociale et se déplacer avec un moyen de transport", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-vie-sociale", "Besoins pour participer à la vie sociale", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-moyen-transport", "Besoins pour se déplacer avec un moyen de transport", TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-economie", "Besoins en matière de ressources et d'autosuffisance économique", TypeItem::Entier, &[], &[]),
    ],
};

/// Évaluation de la situation SSIAD (`tddui-questionnaire-situation-ssiad`).
pub(super) static SITUATION_SSIAD: Grille = Grille {
    url: "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-situation-ssiad",
    titre: "Évaluation de la situation SSIAD",
    complete: false,
    items: &[
        ItemGrille::new("incontinence", "Incontinence urinaire, sans précision", TypeItem::Booleen, &[], &[]),
        ItemGrille::new("incontinence-fec", "Incontinence des matières fécales", TypeItem::Booleen, &[], &[]),
        ItemGrille::new("obesite", "Obésité, sans précision", TypeItem::Booleen, &[], &[]),
        ItemGrille::new("trouble-cognitif", "Trouble cognitif léger", TypeItem::Booleen, &[], &[]),
        ItemGrille::new("trouble-personnalite", "Trouble de la personnalité et du comportement chez l'adulte, sans précision", TypeItem::Booleen, &[], &[]),
        ItemGrille::new("soins-ide", "Soins IDE pour escarres et autres plaies chroniques", TypeItem::Booleen, &[], &[]),
        ItemGrille::new("prise-charge-ide", "Prise en charge IDE du diabète insulinotraité", TypeItem::Booleen, &[], &[]),
        ItemGrille::new("aucun-motif", "Aucun de ces motifs", TypeItem::Booleen, &[], &[]),
    ],
};
