//! Les quatre grilles d'évaluation du guide, item par item : ce qu'il faut
//! aux écrivains pour typer les réponses d'une évaluation, les contrôler
//! et les coder dans un document CDA (`usager.md`). Tirées des
//! Questionnaires publiés de TDDUI 2.3.0 (identiques en 2.2.0 :
//! `core/grilles/README.md`), en gardant le `code` de chaque grille et,
//! de chaque item, le `linkId`, le `text`, le premier `code`, le `type` et
//! les codages `answerOption` ; les enfants d'un item sont les sous-items
//! de sa réponse (AGGIR). Produit par `sidoba_core::grilles::table_runtime`
//! (`SIDOBA_REGENERER=1 cargo test -p sidoba-core --test grilles`) : ne
//! pas modifier à la main.

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
    code: OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1293", "Evaluation AGGIR PA SSIAD"),
    complete: true,
    items: &[
        ItemGrille::new("resultat-eval", "Résultat évaluation", None, TypeItem::Choix, OPTIONS_1, &[
            ItemGrille::new("fonction-pensee", "Fonctions de la pensée", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "b160", "Thought functions")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("pensee-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("pensee-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("pensee-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("pensee-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("fonction-orientation", "Fonctions d'orientation", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "b114", "Orientation functions")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("orientation-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("orientation-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("orientation-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("orientation-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("se-laver", "Se laver des parties du corps", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d5100", "Washing body parts")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("laver-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("laver-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("laver-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("laver-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("prendre-soin", "Prendre soin des parties de son corps", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d520", "Caring for body parts")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("prendre-soin-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("prendre-soin-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("prendre-soin-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("prendre-soin-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("mettre-vetement", "Mettre des vêtements", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d5400", "Putting on clothes")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("mettre-vetement-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("mettre-vetement-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("mettre-vetement-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("mettre-vetement-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("motricite-fine", "Activités de motricité fine", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d440", "Fine hand use")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("motricite-fine-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("motricite-fine-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("motricite-fine-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("motricite-fine-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("mettre-chaussure", "Mettre des chaussures", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d5402", "Putting on footwear")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("mettre-chaussure-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("mettre-chaussure-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("mettre-chaussure-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("mettre-chaussure-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("manger", "Manger", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d550", "Eating")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("manger-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("manger-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("manger-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("manger-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("passage-aliment", "Passage des aliments par l'estomac et les intestins", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "b5105", "Swallowing")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("passage-aliment-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("passage-aliment-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("passage-aliment-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("passage-aliment-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("assurer-regulation-miction", "Assurer la régulation de la miction", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d5300", "Regulating urination")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("miction-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("miction-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("miction-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("miction-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("assurer-regulation-defecation", "Assurer la régulation de la défécation", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d5301", "Regulating defecation")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("defecation-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("defecation-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("defecation-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("defecation-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("position-corps", "Changer la position corporelle de base", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d410", "Changing basic body position")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("position-corps-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("position-corps-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("position-corps-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("position-corps-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("deplacer-maison", "Se déplacer dans la maison", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d4600", "Moving around within the home")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("deplacer-maison-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-maison-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-maison-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-maison-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("deplacer-dehors", "Se déplacer en dehors de la maison et d'autres bâtiments", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d4602", "Moving around outside the home and other buildings")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("deplacer-dehors-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-dehors-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-dehors-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-dehors-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("appareil-communication", "Utiliser d'autres appareils et techniques de communication précisés", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d3608", "Using communication devices and techniques, other specified")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("appareil-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("appareil-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("appareil-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("appareil-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
        ]),
    ],
};

/// Évaluation AGGIR PH SSIAD (`tddui-questionnaire-aggir-ph-ssiad`).
pub(super) static AGGIR_PH: Grille = Grille {
    url: "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-ph-ssiad",
    titre: "Évaluation AGGIR PH SSIAD",
    code: OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1292", "Evaluation AGGIR PH SSIAD"),
    complete: true,
    items: &[
        ItemGrille::new("resultat-eval", "Résultat évaluation", None, TypeItem::Choix, OPTIONS_1, &[
            ItemGrille::new("fonction-pensee", "Fonctions de la pensée", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "b160", "Thought functions")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("pensee-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("pensee-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("pensee-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("pensee-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("fonction-orientation", "Fonctions d'orientation", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "b114", "Orientation functions")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("orientation-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("orientation-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("orientation-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("orientation-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("se-laver", "Se laver", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d510", "Washing oneself")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("laver-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("laver-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("laver-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("laver-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("s'habiller", "S'habiller", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d540", "Dressing")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("habiller-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("habiller-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("habiller-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("habiller-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("manger", "Manger", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d550", "Eating")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("manger-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("manger-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("manger-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("manger-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("aller-aux-toilettes", "Aller aux toilettes", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d530", "Toileting")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("toilette-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("toilette-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("toilette-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("toilette-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("position-corps", "Changer la position corporelle de base", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d410", "Changing basic body position")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("position-corps-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("position-corps-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("position-corps-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("position-corps-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("deplacer-maison", "Se déplacer dans la maison", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d4600", "Moving around within the home")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("deplacer-maison-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-maison-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-maison-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-maison-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("deplacer-hors-maison", "Se déplacer en dehors de la maison et d'autres bâtiments", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d4602", "Moving around outside the home and other buildings")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("deplacer-hors-maison-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-hors-maison-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-hors-maison-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("deplacer-hors-maison-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
            ItemGrille::new("appareil-communication", "Utiliser d'autres appareils et techniques de communication précisés", Some(OptionGrille::new("http://hl7.org/fhir/sid/icf", "d3608", "Using communication devices and techniques, other specified")), TypeItem::Choix, OPTIONS_0, &[
                ItemGrille::new("appareil-spont", "fait spontanément", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1307", "fait spontanément")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("appareil-tot", "fait totalement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1308", "fait totalement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("appareil-correct", "fait correctement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1309", "fait correctement")), TypeItem::Booleen, &[], &[]),
                ItemGrille::new("appareil-habit", "fait habituellement", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1310", "fait habituellement")), TypeItem::Booleen, &[], &[]),
            ]),
        ]),
    ],
};

/// Évaluation SERAFIN (`tddui-questionnaire-serafin`).
pub(super) static SERAFIN: Grille = Grille {
    url: "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-serafin",
    titre: "Évaluation SERAFIN",
    code: OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1291", "Evaluation SERAFIN"),
    complete: false,
    items: &[
        ItemGrille::new("besoin-serafin", "Besoins", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1", "Besoins")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-sante-som-psy", "Besoins en matière de santé somatique ou psychique", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.1", "Besoins en matière de santé somatique ou psychique")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-fonc-ment", "Besoins en matière de fonctions mentales, psychiques, cognitives et du système nerveux", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.1.1", "Besoins en matière de fonctions mentales, psychiques, cognitives et du système nerveux")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-fonc-sensorielle", "Besoins en matière de fonctions sensorielles", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.1.2", "Besoins en matière de fonctions sensorielles")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-douleur", "Besoins en matière de douleur", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.1.3", "Besoins en matière de douleur")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-voix", "Besoins relatifs à la voix, à la parole et à l'appareil bucco-dentaire", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.1.4", "Besoins relatifs à la voix, à la parole et à l’appareil bucco-dentaire")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-cardio-vasc", "Besoins en matière de fonctions cardio-vasculaire, hématopoïétique, immunitaire et respiratoire", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.1.5", "Besoins en matière de fonctions cardio-vasculaire, hématopoïétique, immunitaire et respiratoire")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-dig", "Besoins en matière de fonctions digestive, métabolique et endocrinienne", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.1.6", "Besoins en matière de fonctions digestive, métabolique et endocrinienne")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-genito-uri", "Besoins en matière de fonctions génito-urinaire et reproductive", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.1.7", "Besoins en matière de fonctions génito-urinaire et reproductive")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-loco-mot", "Besoins en matière de fonctions locomotrices", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.1.8", "Besoins en matière de fonctions locomotrices")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-peau", "Besoins relatifs à la peau et aux structures associées", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.1.9", "Besoins relatifs à la peau et aux structures associées")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-entretien", "Besoins pour entretenir et prendre soin de sa santé", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.1.10", "Besoins pour entretenir et prendre soin de sa santé")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-autonomie", "Besoins en matière d'autonomie", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.2", "Besoins en matière d’autonomie")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-entretien-personnel", "Besoins en lien avec l'entretien personnel", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.2.1.1", "Besoins en lien avec l’entretien personnel")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-relations", "Besoins en lien avec les relations et les interactions avec autrui", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.2.1.2", "Besoins en lien avec les relations et les interactions avec autrui")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-mobilite", "Besoins pour la mobilité", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.2.1.3", "Besoins pour la mobilité")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-decision", "Besoins pour prendre des décisions adaptées et pour la sécurité", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.2.1.4", "Besoins pour prendre des décisions adaptées et pour la sécurité")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-participation-sociale", "Besoins pour la participation sociale", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3", "Besoins pour la participation sociale")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-droit-citoyen", "Besoins pour accéder aux droits et à la citoyenneté", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.1", "Besoins pour accéder aux droits et à la citoyenneté")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-logement", "Besoins pour vivre dans un logement et accomplir les activités domestiques", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.2", "Besoins pour vivre dans un logement et accomplir les activités domestiques")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-vivre-logement", "Besoins pour vivre dans un logement", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.2.1", "Besoins pour vivre dans un logement")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-activite-dom", "Besoins pour accomplir les activités domestiques", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.2.2", "Besoins pour accomplir les activités domestiques")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-insertion-sociale", "Besoins pour l'insertion sociale et professionnelle et pour exercer ses rôles sociaux", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.3", "Besoins pour l'insertion sociale et professionnelle et pour exercer ses rôles sociaux")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-vie-scolaire", "Besoins en lien avec la vie scolaire et étudiante", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.3.1", "Besoins en lien avec la vie scolaire et étudiante")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-activite-domestique", "Besoins en lien avec le travail et l’emploi", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.3.2", "Besoins en lien avec le travail et l’emploi")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-apprentissage", "Besoins transversaux en matière d'apprentissages", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.3.3", "Besoins transversaux en matière d'apprentissages")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-famille", "Besoins pour la vie familiale, la parentalité, la vie affective et sexuelle", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.3.4", "Besoins pour la vie familiale, la parentalité, la vie affective et sexuelle")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-pair-aidant", "Besoins pour apprendre à être pair-aidant", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.3.5", "Besoins pour apprendre à être pair-aidant")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-vie-sociale-moyen-transport", "Besoins pour participer à la vie sociale et se déplacer avec un moyen de transport", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.4", "Besoins pour participer à la vie sociale et se déplacer avec un moyen de transport")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-vie-sociale", "Besoins pour participer à la vie sociale", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.4.1", "Besoins pour participer à la vie sociale")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-moyen-transport", "Besoins pour se déplacer avec un moyen de transport", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.4.2", "Besoins pour se déplacer avec un moyen de transport")), TypeItem::Entier, &[], &[]),
        ItemGrille::new("besoin-economie", "Besoins en matière de ressources et d'autosuffisance économique", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-SERAFINPH", "1.3.5", "Besoins en matière de ressources et d'autosuffisance économique")), TypeItem::Entier, &[], &[]),
    ],
};

/// Évaluation de la situation SSIAD (`tddui-questionnaire-situation-ssiad`).
pub(super) static SITUATION_SSIAD: Grille = Grille {
    url: "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-situation-ssiad",
    titre: "Évaluation de la situation SSIAD",
    code: OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1290", "Evaluation de la situation SSIAD"),
    complete: false,
    items: &[
        ItemGrille::new("incontinence", "Incontinence urinaire, sans précision", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-cim-10", "R32", "Incontinence urinaire, sans précision")), TypeItem::Booleen, &[], &[]),
        ItemGrille::new("incontinence-fec", "Incontinence des matières fécales", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-cim-10", "R15", "Incontinence des matières fécales")), TypeItem::Booleen, &[], &[]),
        ItemGrille::new("obesite", "Obésité, sans précision", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-cim-10", "E66.9", "Obésité, sans précision")), TypeItem::Booleen, &[], &[]),
        ItemGrille::new("trouble-cognitif", "Trouble cognitif léger", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-cim-10", "F06.7", "Trouble cognitif léger")), TypeItem::Booleen, &[], &[]),
        ItemGrille::new("trouble-personnalite", "Trouble de la personnalité et du comportement chez l'adulte, sans précision", Some(OptionGrille::new("https://smt.esante.gouv.fr/terminologie-cim-10", "F69", "Trouble de la personnalité et du comportement chez l'adulte, sans précision")), TypeItem::Booleen, &[], &[]),
        ItemGrille::new("soins-ide", "Soins IDE pour escarres et autres plaies chroniques", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1294", "Soins IDE pour escarres et autres plaies chroniques")), TypeItem::Booleen, &[], &[]),
        ItemGrille::new("prise-charge-ide", "Prise en charge IDE du diabète insulinotraité", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "MED-1295", "Prise en charge IDE du diabète insulinotraité")), TypeItem::Booleen, &[], &[]),
        ItemGrille::new("aucun-motif", "Aucun de ces motifs", Some(OptionGrille::new("https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis", "GEN-365", "Aucun de ces motifs")), TypeItem::Booleen, &[], &[]),
    ],
};
