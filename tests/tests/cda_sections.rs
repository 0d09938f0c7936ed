//! WS07 documents of format-2 persons (events, evaluations on the guide's
//! grids and on a campaign model, professionals, declarant): each one
//! against the CDA R2 schema (xmllint), the ANS header schematron
//! (saxonche) and every rule of the CDA guide (`sidoba_codegen::usager::cda`),
//! and what the guide says of each section read back.

mod schematron;
mod xmllint;

use sidoba::__private_v1::descripteur::{Champ, Genre};
use sidoba::__private_v1::usager::Rendu;
use sidoba::Date;
use sidoba::usager::cda::{Contexte, Document, ErreurCda, Logiciel, document};
use sidoba::usager::{
    Evaluation, Evenement, Finess, Identite, Ins, Personne, Professionnel, Reponse, Reponses, Rpps,
    Sejour, Sexe, StatutEvenement, StatutIdentite, Structure, TypeIns, guide,
};
use sidoba_codegen::usager::cda::verifier;

const AGGIR_PH: &str =
    "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-ph-ssiad";
const SITUATION: &str = "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-situation-ssiad";
const SERAFIN: &str =
    "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-serafin";

static NOTE: Champ<'static> = Champ {
    code: "note",
    libelle: "Note",
    obligatoire: false,
    personnel: true,
    genre: Genre::Texte {
        longueur_min: None,
        longueur_max: None,
        motif: None,
    },
};

fn r(pairs: Vec<(&str, Reponse)>) -> Reponses {
    Reponses(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

fn code(c: &str) -> Reponse {
    Reponse::Chaine(c.into())
}

/// A full AGGIR PH evaluation: the GIR, every variable and its adverbs.
fn aggir_ph() -> Reponses {
    let g = sidoba::usager::cda::grilles::grille(AGGIR_PH).unwrap();
    let items = g
        .composants
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let adverbes =
                c.n2.iter()
                    .map(|(l, ..)| ((*l).to_owned(), Reponse::Booleen(k % 2 == 0)))
                    .collect();
            (
                c.link_id.to_owned(),
                Reponse::Groupe {
                    valeur: Some(Box::new(code(if k % 2 == 0 { "qf0" } else { "qf4" }))),
                    items: Reponses(adverbes),
                },
            )
        })
        .collect();
    r(vec![(
        "resultat-eval",
        Reponse::Groupe {
            valeur: Some(Box::new(code("MED-340"))),
            items: Reponses(items),
        },
    )])
}

fn evaluation(id: &str, grille: &str, par: &str, reponses: Reponses) -> Evaluation {
    Evaluation {
        identifiant: id.into(),
        grille: grille.into(),
        date: Date::ymd(2025, 3, 4),
        evaluateur: par.into(),
        evenement: Some("E-1".into()),
        reponses,
    }
}

fn personne(ins: bool, nom: &str) -> Personne {
    let type_ssiad = guide::par_defaut().types_evenement[0].code;
    let evenement = |id: &str, statut, pros: &[&str]| Evenement {
        identifiant: id.into(),
        type_: type_ssiad.into(),
        debut: "2025-03-04T08:30:00+01:00".parse().unwrap(),
        fin: "2025-03-04T09:00:00Z".parse().unwrap(),
        statut,
        professionnels: pros.iter().map(|p| (*p).to_owned()).collect(),
    };
    Personne {
        identifiant: format!("U-{nom}"),
        identite: Identite {
            statut: if ins {
                StatutIdentite::Qualifiee
            } else {
                StatutIdentite::Validee
            },
            ins: ins.then(|| Ins::new(TypeIns::Nir, "237047505612346").unwrap()),
            nom_naissance: nom.into(),
            prenoms_naissance: vec!["JEANNE".into()],
            premier_prenom: "JEANNE".into(),
            sexe: Sexe::Feminin,
            rang_naissance: 1,
            date_naissance: Date::ymd(1937, 4, 12),
            lieu_naissance: ins.then(|| "75056".into()),
        },
        sejour: Sejour {
            identifiant: "2025-001".into(),
            debut: Date::ymd(2025, 1, 3),
            fin: Some(Date::ymd(2025, 12, 31)),
        },
        evenements: vec![
            evenement("E-1", StatutEvenement::Realise, &["P-17", "P-18"]),
            evenement("E-2", StatutEvenement::Annule, &[]),
            evenement("E-3", StatutEvenement::Planifie, &["P-18"]),
        ],
        evaluations: vec![
            evaluation("21564655", AGGIR_PH, "P-17", aggir_ph()),
            evaluation(
                "21564654",
                SITUATION,
                "P-18",
                r(vec![
                    ("incontinence", Reponse::Booleen(false)),
                    ("trouble-cognitif", Reponse::Booleen(true)),
                ]),
            ),
            evaluation(
                "3",
                SERAFIN,
                "P-17",
                r(vec![("besoin-serafin", Reponse::Nombre("2".into()))]),
            ),
            evaluation(
                "4",
                "https://sidoba.invalid/fhir/Questionnaire/SSIAD_USAGER|2025.1",
                "P-17",
                r(vec![
                    ("gir", code("2")),
                    ("passages", Reponse::Nombre("312".into())),
                    ("duree", Reponse::Nombre("35.5".into())),
                    (
                        "bloc",
                        Reponse::Groupe {
                            valeur: None,
                            items: r(vec![("oui", Reponse::Booleen(true))]),
                        },
                    ),
                ]),
            ),
        ],
    }
}

fn professionnels(nom: &str) -> Vec<Professionnel> {
    vec![
        Professionnel {
            identifiant: "P-17".into(),
            rpps: Some(Rpps::new("10101010105").unwrap()),
            nom: nom.into(),
            prenom: "ALICE".into(),
            profession: Some("60".into()),
        },
        Professionnel {
            identifiant: "P-18".into(),
            rpps: None,
            nom: "MARTIN".into(),
            prenom: "PAUL".into(),
            profession: None,
        },
    ]
}

fn ecrire(p: &Personne, pros: &[Professionnel]) -> Result<Document, Vec<ErreurCda>> {
    let mut s = Structure::new(Finess::new("010000008").unwrap());
    s.raison_sociale = Some("SSIAD Les Tilleuls".into());
    s.categorie = Some("354".into());
    let c = Contexte {
        campagne: "SSIAD-USAGER-2025",
        modele_code: "SSIAD_USAGER",
        modele_version: "2025.1",
        date_production: "2026-01-15T10:30:00+01:00".parse().unwrap(),
        structure: &s,
        guide: guide::par_defaut(),
        professionnels: pros,
        declarant: Some("P-17"),
        personne: p,
        logiciel: Logiciel {
            nom: "MonDUI",
            version: "4.2",
        },
        patient: "urn:uuid:3f2c1e4a-0000-5000-8000-000000000001",
        base: "https://sidoba.invalid/fhir",
    };
    document(&c, |s| s.champ(&NOTE, Rendu::Texte("rapport")))
}

fn n(nom: &str) -> String {
    format!("*[local-name()='{nom}']")
}

fn compter(doc: &str, xpath: &str) -> String {
    xmllint::lire(doc, &format!("count({xpath})"))
}

/// `//*[templateId/@root=T]`
fn gabarit(t: &str) -> String {
    format!("//*[{}/@root='{t}']", n("templateId"))
}

#[test]
fn format_2_documents_pass_the_schema_the_schematron_and_every_rule_of_the_guide() {
    let pros = professionnels("DURAND");
    let docs: Vec<String> = [
        personne(true, "MARTIN"),
        personne(false, "O'BRIEN <&> ]]> \u{200F}\u{202E}"),
    ]
    .iter()
    .map(|p| ecrire(p, &pros).unwrap().xml)
    .collect();
    let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
    xmllint::valider(&refs);
    schematron::valider(&refs);
    for d in &docs {
        assert_eq!(verifier(d), [], "règles du guide");
    }
    // The rules do read these documents: one N2 criterion less, one
    // unknown section more, each fails.
    let d = &docs[0];
    let sans_n2 = d.replacen("<templateId root=\"1.2.250.1.213.1.1.3.220\"/>", "", 1);
    assert!(verifier(&sans_n2).iter().any(|e| e.regle == "CDA-S08"));
    let section = d.replacen(
        "<templateId root=\"1.2.250.1.213.1.1.2.248\"/>",
        "<templateId root=\"1.2.3\"/>",
        1,
    );
    assert!(verifier(&section).iter().any(|e| e.regle == "CDA-S01"));
}

#[test]
fn each_section_says_what_the_guide_says() {
    let pros = professionnels("DURAND");
    let doc = ecrire(&personne(true, "MARTIN"), &pros).unwrap().xml;
    // Only the guide's sections: Séjours, Évènements, Statut fonctionnel.
    assert_eq!(compter(&doc, &format!("//{}", n("section"))), "3");
    // Three events, their identifiers in the guide's format.
    let evenements = gabarit("1.2.250.1.213.1.1.3.215");
    assert_eq!(compter(&doc, &evenements), "3");
    assert_eq!(
        xmllint::lire(
            &doc,
            &format!("string(({evenements})[1]/{}/@extension)", n("id"))
        ),
        "3010000008/U-MARTIN-EVN-E-1"
    );
    // Dates to the second with their offsets (`Z` → `+0000`).
    assert_eq!(
        xmllint::lire(
            &doc,
            &format!(
                "string(({evenements})[1]/{}/{}/@value)",
                n("effectiveTime"),
                n("high")
            )
        ),
        "20250304090000+0000"
    );
    // Performers by idNatPs: `8` + RPPS, else `3` + FINESS + `/` + local id.
    let ids = format!(
        "({evenements})[1]/{}/{}/{}/@extension",
        n("performer"),
        n("assignedEntity"),
        n("id")
    );
    assert_eq!(
        xmllint::lire(&doc, &format!("string(({ids})[1])")),
        "810101010105"
    );
    assert_eq!(
        xmllint::lire(&doc, &format!("string(({ids})[2])")),
        "3010000008/P-18"
    );
    // ANNULE: the reason, unknown to the file, is `NI`.
    assert_eq!(
        compter(
            &doc,
            &format!(
                "//{}[@code='ANNULE']/{}/{}[@nullFlavor='NI']",
                n("value"),
                n("qualifier"),
                n("value")
            )
        ),
        "1"
    );
    // Groups: AGGIR PH, situation, SERAFIN, the model's, the report's.
    let groupes = gabarit("1.2.250.1.213.1.1.3.95");
    assert_eq!(compter(&doc, &groupes), "5");
    let evaluations = gabarit("1.2.250.1.213.1.1.3.25");
    assert_eq!(compter(&doc, &evaluations), "5");
    // AGGIR: the GIR, 10 components, 4 N2 each; the evaluator as performer.
    let aggir = format!("({evaluations})[1]");
    assert_eq!(
        xmllint::lire(&doc, &format!("string({aggir}/{}/@code)", n("value"))),
        "MED-340"
    );
    assert_eq!(
        compter(
            &doc,
            &format!(
                "{aggir}//*[{}/@root='1.2.250.1.213.1.1.3.214']",
                n("templateId")
            )
        ),
        "10"
    );
    assert_eq!(
        compter(
            &doc,
            &format!(
                "{aggir}//*[{}/@root='1.2.250.1.213.1.1.3.220']",
                n("templateId")
            )
        ),
        "40"
    );
    assert_eq!(
        xmllint::lire(
            &doc,
            &format!(
                "string({aggir}/{}/{}/{}/@extension)",
                n("performer"),
                n("assignedEntity"),
                n("id")
            )
        ),
        "810101010105"
    );
    // Situation SSIAD: BL; SERAFIN: INT; both NA as the evaluation's value.
    let situation = format!("({evaluations})[2]");
    assert_eq!(
        compter(
            &doc,
            &format!("{situation}/{}[@nullFlavor='NA']", n("value"))
        ),
        "1"
    );
    assert_eq!(
        compter(&doc, &format!("{situation}//{}[@value='true']", n("value"))),
        "1"
    );
    assert_eq!(
        compter(
            &doc,
            &format!("({evaluations})[3]//{}[@value='2']", n("value"))
        ),
        "1"
    );
    // The model's evaluation and the report: « Autre type d'évaluation »,
    // the model as translation with its version.
    let autres = format!(
        "{groupes}/{}[@code='GEN-092.04.24']/{}",
        n("code"),
        n("translation")
    );
    assert_eq!(compter(&doc, &autres), "2");
    assert_eq!(
        xmllint::lire(&doc, &format!("string(({autres})[2]/@codeSystemVersion)")),
        "2025.1"
    );
    // The report's declarant as performer.
    assert_eq!(
        xmllint::lire(
            &doc,
            &format!(
                "string(({evaluations})[5]/{}/{}/{}/@extension)",
                n("performer"),
                n("assignedEntity"),
                n("id")
            )
        ),
        "810101010105"
    );
}

/// Issue 20, item 13, with format 2: every value XML cannot carry, in the
/// identity, the events, the evaluations and the professionals, in one run.
#[test]
fn every_bad_value_of_every_kind_in_one_run() {
    let mut p = personne(false, "A\u{1}");
    p.evenements[1].identifiant = "E\u{2}".into();
    p.evaluations[1].identifiant = "V\u{3}".into();
    p.evaluations[3].reponses = r(vec![("x", Reponse::Chaine("\u{4}".into()))]);
    let pros = professionnels("N\u{5}");
    let e = ecrire(&p, &pros).unwrap_err();
    let lieux: Vec<String> = e
        .iter()
        .map(|e| match e {
            ErreurCda::Caractere { lieu } => lieu.clone(),
            autre => panic!("{autre:?}"),
        })
        .collect();
    for attendu in [
        "identite.nomNaissance",
        "evenements[1].identifiant",
        "evaluations[1].identifiant",
        "evaluations[3].reponses",
        "professionnels[0].nom",
    ] {
        assert!(
            lieux.iter().any(|l| l == attendu),
            "{attendu} absent de {lieux:?}"
        );
    }
    // Named once each, never with a value.
    let mut uniques = lieux.clone();
    uniques.sort();
    uniques.dedup();
    assert_eq!(uniques.len(), lieux.len(), "{lieux:?}");
    assert!(!format!("{e:?}").contains('\u{5}'));
}
