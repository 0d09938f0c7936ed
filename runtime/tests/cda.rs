//! WS07: the CDA document of one person and its DocumentReference, driven
//! through the `Sortie` by hand with descriptions built here. Every
//! document is checked by an independent parser and validator: `xmllint`
//! against the CDA R2 schema kept in `tests/cda-schema/` (its README).

use base64::Engine;
use sidoba::__private_v1::descripteur::{Champ, Genre, Nomenclature, Valeur};
use sidoba::__private_v1::usager::{Rendu, Sortie};
use sidoba::usager::cda::{Contexte, Document, ErreurCda, Logiciel, document};
use sidoba::usager::{
    Finess, Identite, Ins, Personne, Sejour, Sexe, StatutIdentite, Structure, TypeIns,
};
use sidoba::{Date, Decimal};

// ---- descriptions of a small SSIAD-like model ----

static TYPES: Nomenclature<'static> = Nomenclature {
    code: "type_personne",
    libelle: "Type de personne",
    reference: None,
    valeurs: &[
        Valeur {
            code: "PA",
            libelle: "Personne âgée",
            actif: true,
        },
        Valeur {
            code: "PH",
            libelle: "Personne handicapée",
            actif: true,
        },
    ],
};
static GIRS: Nomenclature<'static> = Nomenclature {
    code: "gir",
    libelle: "GIR",
    reference: None,
    valeurs: &[Valeur {
        code: "2",
        libelle: "GIR 2",
        actif: true,
    }],
};
static CAUSES: Nomenclature<'static> = Nomenclature {
    code: "cause hospitalisation",
    libelle: "Cause",
    reference: None,
    valeurs: &[
        Valeur {
            code: "CHUTE",
            libelle: "Chute",
            actif: true,
        },
        Valeur {
            code: "a b%",
            libelle: "Code « spécial » & <rare>",
            actif: true,
        },
    ],
};

const fn champ(code: &'static str, libelle: &'static str, genre: Genre<'static>) -> Champ<'static> {
    Champ {
        code,
        libelle,
        obligatoire: false,
        personnel: false,
        genre,
    }
}

static TYPE_PERSONNE: Champ<'static> = champ(
    "type_personne",
    "Type de personne",
    Genre::Code {
        nomenclature: &TYPES,
        multiple: false,
    },
);
static GIR: Champ<'static> = champ(
    "gir",
    "GIR",
    Genre::Code {
        nomenclature: &GIRS,
        multiple: false,
    },
);
static DATE_EVALUATION: Champ<'static> = champ(
    "date_evaluation_aggir",
    "Date de l'évaluation AGGIR",
    Genre::Date {
        min: None,
        max: None,
    },
);
static INCONTINENCE: Champ<'static> = champ(
    "incontinence_urinaire",
    "Incontinence urinaire",
    Genre::Booleen,
);
static PASSAGES: Champ<'static> = champ(
    "nb_passages_infirmiers",
    "Passages infirmiers",
    Genre::Entier {
        min: Some(0),
        max: None,
    },
);
static GRAND: Champ<'static> = champ(
    "identifiant_long",
    "Entier hors 32 bits",
    Genre::Entier {
        min: Some(0),
        max: Some(99_999_999_999),
    },
);
static DUREE: Champ<'static> = champ(
    "duree_moyenne_passage",
    "Durée moyenne d'un passage",
    Genre::Decimal {
        decimales: 9,
        min: None,
        max: None,
    },
);
static COMMENTAIRE: Champ<'static> = champ(
    "commentaire",
    "Commentaire",
    Genre::Texte {
        longueur_min: None,
        longueur_max: None,
        motif: None,
    },
);
static DEBUT: Champ<'static> = champ(
    "hospitalisation_debut",
    "Début",
    Genre::Date {
        min: None,
        max: None,
    },
);
static DUREE_HOSPI: Champ<'static> = champ(
    "hospitalisation_duree",
    "Durée (jours)",
    Genre::Entier {
        min: Some(0),
        max: None,
    },
);
static CAUSE: Champ<'static> = champ(
    "hospitalisation_cause",
    "Cause",
    Genre::Code {
        nomenclature: &CAUSES,
        multiple: true,
    },
);

fn d(s: &str) -> Decimal {
    sidoba::__private_v1::decimal::lire(s).expect("décimal de test")
}

// ---- people and context ----

fn jeanne() -> Personne {
    Personne {
        identifiant: "194704032".into(),
        identite: Identite {
            statut: StatutIdentite::Qualifiee,
            ins: Some(Ins::new(TypeIns::Nir, "237047505612346").unwrap()),
            nom_naissance: "MARTIN".into(),
            prenoms_naissance: vec!["JEANNE".into(), "MARIE".into()],
            premier_prenom: "JEANNE".into(),
            sexe: Sexe::Feminin,
            rang_naissance: 1,
            date_naissance: Date::ymd(1937, 4, 12),
            lieu_naissance: Some("75056".into()),
        },
        sejour: Sejour {
            identifiant: "S-2025-001".into(),
            debut: Date::ymd(2025, 1, 3),
            fin: None,
        },
        evenements: vec![],
        evaluations: vec![],
    }
}

fn paul() -> Personne {
    Personne {
        identifiant: "L/42 é".into(),
        identite: Identite {
            statut: StatutIdentite::Provisoire,
            ins: None,
            nom_naissance: "DURAND-O'NEIL".into(),
            prenoms_naissance: vec!["PAUL".into()],
            premier_prenom: "PAUL".into(),
            sexe: Sexe::Indetermine,
            rang_naissance: 2,
            date_naissance: Date::ymd(1950, 12, 31),
            lieu_naissance: None,
        },
        sejour: Sejour {
            identifiant: "S2".into(),
            debut: Date::ymd(2024, 5, 1),
            fin: None,
        },
        evenements: vec![],
        evaluations: vec![],
    }
}

fn structure() -> Structure {
    let mut s = Structure::new(Finess::new("010000008").unwrap());
    s.raison_sociale = Some("SSIAD « Les Tilleuls » & <Cie>".into());
    s.categorie = Some("354".into());
    s
}

fn contexte<'a>(s: &'a Structure, p: &'a Personne) -> Contexte<'a> {
    Contexte {
        campagne: "SSIAD-USAGER-2025",
        modele_code: "SSIAD_USAGER",
        modele_version: "2025.1",
        date_production: "2026-01-15T10:30:00+01:00".parse().unwrap(),
        structure: s,
        guide: sidoba::usager::guide::par_defaut(),
        professionnels: &[],
        declarant: None,
        personne: p,
        logiciel: Logiciel {
            nom: "MonDUI",
            version: "4.2.1",
        },
        patient: "urn:uuid:3f2c1e4a-0000-5000-8000-000000000001",
        base: "https://sidoba.invalid/fhir",
    }
}

/// The sample collection's first person, as a walker would hand it over.
fn rapport_ssiad(s: &mut dyn Sortie) {
    s.champ(&TYPE_PERSONNE, Rendu::Code(&TYPES.valeurs[0]));
    s.ouvrir("evaluation", "Évaluation");
    s.champ(&GIR, Rendu::Code(&GIRS.valeurs[0]));
    s.champ(&DATE_EVALUATION, Rendu::Date(Date::ymd(2024, 11, 20)));
    s.champ(&INCONTINENCE, Rendu::Booleen(true));
    s.fermer();
    s.champ(&PASSAGES, Rendu::Entier(312));
    s.champ(&DUREE, Rendu::Decimal(&d("35.5")));
    s.ouvrir_ligne("hospitalisations", "Hospitalisations", 0);
    s.champ(&DEBUT, Rendu::Date(Date::ymd(2025, 6, 2)));
    s.champ(&DUREE_HOSPI, Rendu::Entier(9));
    s.champ(&CAUSE, Rendu::Code(&CAUSES.valeurs[0]));
    s.fermer();
    // A row with nothing filled: kept, so that rows keep their count.
    s.ouvrir_ligne("hospitalisations", "Hospitalisations", 1);
    s.fermer();
}

fn ecrire(
    p: &Personne,
    parcours: impl FnOnce(&mut dyn Sortie),
) -> Result<Document, Vec<ErreurCda>> {
    let s = structure();
    document(&contexte(&s, p), parcours)
}

#[path = "../../tests/tests/xmllint/mod.rs"]
mod xmllint;
use xmllint::{lire, valider};
#[path = "../../tests/tests/schematron/mod.rs"]
mod schematron;

fn n(nom: &str) -> String {
    format!("*[local-name()='{nom}']")
}

/// The `k`-th FR-Evaluation-Composant (from 1, document order).
fn composant(k: usize) -> String {
    format!(
        "(//{}[{}/@root='1.2.250.1.213.1.1.3.214'])[{k}]",
        n("observation"),
        n("templateId")
    )
}

fn caractere(lieu: &str) -> ErreurCda {
    ErreurCda::Caractere { lieu: lieu.into() }
}

// ---- tests ----

#[test]
fn every_document_validates_against_the_cda_schema() {
    let nia = {
        let mut p = jeanne();
        let cle = sidoba::usager::cle_ins("185022A123456").unwrap();
        p.identite.ins = Some(Ins::new(TypeIns::Nia, &format!("185022A123456{cle:02}")).unwrap());
        p.identite.sexe = Sexe::Masculin;
        p
    };
    let docs = [
        ecrire(&jeanne(), rapport_ssiad).unwrap(),
        ecrire(&paul(), rapport_ssiad).unwrap(),
        ecrire(&nia, rapport_ssiad).unwrap(),
        // Nothing filled at all.
        ecrire(&jeanne(), |_| {}).unwrap(),
        // Only blocks, nested, some empty.
        ecrire(&jeanne(), |s| {
            s.ouvrir("a", "A");
            s.ouvrir("b", "B");
            s.champ(&PASSAGES, Rendu::Entier(-3));
            s.fermer();
            s.ouvrir("c", "C");
            s.fermer();
            s.fermer();
        })
        .unwrap(),
        ecrire(&jeanne(), hostile).unwrap(),
    ];
    let docs = docs.iter().map(|d| d.xml.as_str()).collect::<Vec<_>>();
    valider(&docs);
    schematron::valider(&docs);
}

fn long() -> String {
    "é<&>\"'".repeat(2000)
}

fn hostile(s: &mut dyn Sortie) {
    s.champ(
        &COMMENTAIRE,
        Rendu::Texte("àéîõü « guillemets » \"doubles\" 'simples' <b>&amp; ]]> fin"),
    );
    s.ouvrir("bloc avec espace", "Libellé <dangereux> & \"cité\"");
    s.champ(&COMMENTAIRE, Rendu::Texte("ligne 1\r\nligne 2\ttab\rseul"));
    s.champ(&COMMENTAIRE, Rendu::Texte(&long()));
    s.champ(&CAUSE, Rendu::Code(&CAUSES.valeurs[1]));
    s.fermer();
}

#[test]
fn hostile_values_are_escaped_and_read_back_unchanged() {
    let doc = ecrire(&jeanne(), hostile).unwrap();
    valider(&[&doc.xml]);
    let valeur = |k: usize| {
        lire(
            &doc.xml,
            &format!("string({}/{})", composant(k), n("value")),
        )
    };
    assert_eq!(
        valeur(1),
        "àéîõü « guillemets » \"doubles\" 'simples' <b>&amp; ]]> fin"
    );
    // 2 is the block's own component.
    assert_eq!(valeur(3), "ligne 1\r\nligne 2\ttab\rseul");
    let l = valeur(4);
    assert!(l.len() > 10_000, "{}", l.len());
    assert_eq!(l, long());
    // Codes keep their spaces apart (`cs` has none); labels are verbatim.
    let code = |attr: &str| {
        lire(
            &doc.xml,
            &format!("string({}/{}/@{attr})", composant(5), n("value")),
        )
    };
    assert_eq!(code("code"), "a%20b%25");
    assert_eq!(code("displayName"), "Code « spécial » & <rare>");
    assert_eq!(code("codeSystemName"), "cause hospitalisation");
    let bloc = |attr: &str| {
        lire(
            &doc.xml,
            &format!("string({}/{}/@{attr})", composant(2), n("code")),
        )
    };
    assert_eq!(bloc("code"), "bloc%20avec%20espace");
    assert_eq!(bloc("displayName"), "Libellé <dangereux> & \"cité\"");
    // The block's fields are inside its component.
    let dedans = lire(
        &doc.xml,
        &format!(
            "count({}//{}/{})",
            composant(2),
            n("observation"),
            n("value")
        ),
    );
    assert_eq!(dedans, "3");
}

#[test]
fn hostile_identities_are_escaped() {
    let mut p = paul();
    p.identite.nom_naissance = "O'BRIEN <&> \"X\" ]]>".into();
    p.identite.prenoms_naissance = vec!["ÉLODIE".into(), "ANNE-MARIE".into()];
    p.identite.premier_prenom = "ÉLODIE".into();
    let doc = ecrire(&p, rapport_ssiad).unwrap();
    valider(&[&doc.xml]);
    let nom = |chemin: &str| lire(&doc.xml, &format!("string(//{})", chemin));
    assert_eq!(
        nom(&format!("{}/{}", n("name"), n("family"))),
        "O'BRIEN <&> \"X\" ]]>"
    );
    assert_eq!(
        nom(&format!("{}/{}[not(@qualifier)]", n("name"), n("given"))),
        "ÉLODIE ANNE-MARIE"
    );
    let id = lire(
        &doc.xml,
        &format!("string(//{}/{}/@extension)", n("patientRole"), n("id")),
    );
    assert_eq!(id, "3010000008/L/42 é");
}

#[test]
fn control_characters_are_refused_naming_the_place_never_the_value() {
    let e = ecrire(&jeanne(), |s| {
        s.ouvrir("soins", "Soins");
        s.champ(&COMMENTAIRE, Rendu::Texte("secret\u{1}valeur"));
        s.fermer();
    })
    .unwrap_err();
    assert_eq!(e, [caractere("soins.commentaire")]);
    let m = e[0].to_string();
    assert!(
        m.starts_with("soins.commentaire : un caractère de contrôle"),
        "{m}"
    );
    assert!(!m.contains("secret"), "{m}");

    let mut p = jeanne();
    p.identite.nom_naissance = "MAR\u{7}TIN".into();
    let e = ecrire(&p, rapport_ssiad).unwrap_err();
    assert_eq!(e, [caractere("identite.nomNaissance")]);
    assert!(!e[0].to_string().contains("MAR"), "{}", e[0]);
    assert!(!format!("{e:?}").contains("MAR"), "{e:?}");

    let mut p = paul();
    p.identifiant = "x\u{FFFF}".into();
    // In the patient's id and in the stay's: reported once.
    assert_eq!(ecrire(&p, |_| {}).unwrap_err(), [caractere("identifiant")]);
}

/// Issue 20, item 13: every value XML cannot carry is reported in one run,
/// identity and report alike, each at its place (the writer used to stop at
/// the first one: five bad values, five runs).
#[test]
fn every_value_xml_cannot_carry_is_reported_in_one_run() {
    let mut p = jeanne();
    p.identite.nom_naissance = "A\u{1}".into();
    p.identite.prenoms_naissance = vec!["B".into(), "C\u{2}".into()];
    p.sejour.identifiant = "\u{3}".into();
    let e = ecrire(&p, |s| {
        s.champ(&COMMENTAIRE, Rendu::Texte("\u{0}"));
        s.ouvrir("b", "B");
        s.champ(&COMMENTAIRE, Rendu::Texte("\u{2}"));
        s.champ(&DUREE_HOSPI, Rendu::Entier(3));
        s.fermer();
        s.ouvrir_ligne("h", "H\u{1F}", 0);
        s.fermer();
    })
    .unwrap_err();
    assert_eq!(
        e,
        [
            caractere("identite.nomNaissance"),
            caractere("identite.prenomsNaissance[1]"),
            caractere("commentaire"),
            caractere("b.commentaire"),
            caractere("bloc h"),
            caractere("sejour.identifiant"),
        ]
    );
}

#[test]
fn an_empty_software_name_or_an_unbalanced_walk_is_an_error() {
    let s = structure();
    let p = jeanne();
    let mut c = contexte(&s, &p);
    c.logiciel.version = " ";
    assert_eq!(
        document(&c, |_| {}).unwrap_err(),
        [ErreurCda::Vide {
            lieu: "logiciel.version".into()
        }]
    );
    assert_eq!(
        ecrire(&p, |s| s.fermer()).unwrap_err(),
        [ErreurCda::Parcours]
    );
    assert_eq!(
        ecrire(&p, |s| s.ouvrir("b", "B")).unwrap_err(),
        [ErreurCda::Parcours]
    );
}

#[test]
fn decimals_are_written_exactly() {
    let doc = ecrire(&jeanne(), |s| {
        s.champ(&DUREE, Rendu::Decimal(&d("0.000000001")));
        s.champ(&DUREE, Rendu::Decimal(&d("61.123456789")));
        s.champ(&DUREE, Rendu::Decimal(&d("-79228162514264.337593543950")));
        s.champ(&GRAND, Rendu::Decimal(&d("99999999999")));
        s.champ(&PASSAGES, Rendu::Entier(i64::MIN));
    })
    .unwrap();
    valider(&[&doc.xml]);
    for attendu in [
        r#"<value xsi:type="PQ" value="0.000000001"/>"#,
        r#"<value xsi:type="PQ" value="61.123456789"/>"#,
        r#"<value xsi:type="PQ" value="-79228162514264.33759354395"/>"#,
        r#"<value xsi:type="INT" value="99999999999"/>"#,
        r#"<value xsi:type="INT" value="-9223372036854775808"/>"#,
    ] {
        assert!(
            doc.xml.contains(attendu),
            "{attendu} absent de\n{}",
            doc.xml
        );
    }
    for (i, _) in doc.xml.match_indices("xsi:type=\"PQ\" value=\"") {
        let v = &doc.xml[i + 22..];
        let v = &v[..v.find('"').unwrap()];
        assert!(!v.contains(['e', 'E']), "notation scientifique : {v}");
    }
}

#[test]
fn values_are_typed_as_in_the_guide_example() {
    let doc = ecrire(&jeanne(), rapport_ssiad).unwrap();
    for attendu in [
        r#"<value xsi:type="CD" code="PA" displayName="Personne âgée" codeSystem=""#,
        r#"codeSystemName="type_personne"/>"#,
        r#"<value xsi:type="TS" value="20241120"/>"#,
        r#"<value xsi:type="BL" value="true"/>"#,
        r#"<value xsi:type="INT" value="312"/>"#,
        r#"<value xsi:type="PQ" value="35.5"/>"#,
    ] {
        assert!(doc.xml.contains(attendu), "{attendu} absent");
    }
    // Only the guide's sections: Séjours and Statut fonctionnel.
    assert_eq!(doc.xml.matches("<section>").count(), 2);
    // The empty row is kept (its component holds no field).
    let lignes = lire(
        &doc.xml,
        &format!(
            "count(//{o}[{c}/@code='hospitalisations'])",
            o = n("observation"),
            c = n("code")
        ),
    );
    assert_eq!(lignes, "2");
}

#[test]
fn empty_blocks_are_left_out_rows_are_kept_and_an_empty_report_has_no_evaluation() {
    let doc = ecrire(&jeanne(), |s| {
        s.ouvrir("a", "A");
        s.ouvrir("b", "B");
        s.fermer();
        s.fermer();
        s.champ(&PASSAGES, Rendu::Entier(1));
    })
    .unwrap();
    assert!(!doc.xml.contains("displayName=\"A\""));
    assert_eq!(doc.xml.matches("1.2.250.1.213.1.1.3.214").count(), 1);

    // Nothing filled: the stay's section only, no evaluation.
    let vide = ecrire(&jeanne(), |s| {
        s.ouvrir("a", "A");
        s.fermer();
    })
    .unwrap();
    assert_eq!(vide.xml.matches("<section>").count(), 1);
    assert!(vide.xml.contains("code=\"GEN-362\""));
    assert!(!vide.xml.contains("47420-5"));

    // An empty row alone is still a row of the report.
    let ligne = ecrire(&jeanne(), |s| {
        s.ouvrir_ligne("a", "A", 0);
        s.fermer();
    })
    .unwrap();
    assert_eq!(ligne.xml.matches("<section>").count(), 2);
    assert!(ligne.xml.contains("displayName=\"A\""));
    valider(&[&doc.xml, &vide.xml, &ligne.xml]);
}

#[test]
fn nested_blocks_nest_their_components() {
    let doc = ecrire(&jeanne(), |s| {
        s.ouvrir("a", "A");
        s.ouvrir("b", "B");
        s.champ(&PASSAGES, Rendu::Entier(1));
        s.fermer();
        s.champ(&PASSAGES, Rendu::Entier(2));
        s.fermer();
    })
    .unwrap();
    let b = lire(
        &doc.xml,
        &format!(
            "string(//{o}[{c}/@code='a']/{r}/{o}/{c}/@code)",
            o = n("observation"),
            c = n("code"),
            r = n("entryRelationship")
        ),
    );
    assert_eq!(b, "b");
}

#[test]
fn the_header_follows_the_guide() {
    let doc = ecrire(&jeanne(), rapport_ssiad).unwrap();
    let x = &doc.xml;
    for attendu in [
        r#"<templateId root="1.2.250.1.213.1.1.1.58" extension="1.1.0-ballot"/>"#,
        r#"<code code="EXPORT_DUI" displayName="Export du Dossier Usager Informatisé" codeSystem="1.2.250.1.213.1.1.4.12"/>"#,
        r#"<effectiveTime value="20260115"/>"#,
        r#"<id root="1.2.250.1.213.1.4.8" extension="237047505612346"/>"#,
        r#"<family qualifier="BR">MARTIN</family><given>JEANNE MARIE</given><given qualifier="BR">JEANNE</given>"#,
        r#"<administrativeGenderCode code="F" displayName="Féminin" codeSystem="2.16.840.1.113883.5.1"/>"#,
        r#"<birthTime value="19370412"/><sdtc:multipleBirthOrderNumber value="1"/>"#,
        r#"<county>75056</county>"#,
        r#"<id root="1.2.250.1.71.4.2.1" extension="3010000008/MonDUI"/>"#,
        r#"<softwareName>MonDUI 4.2.1</softwareName>"#,
        r#"<representedCustodianOrganization><id root="1.2.250.1.71.4.2.2" extension="1010000008"/>"#,
    ] {
        assert!(x.contains(attendu), "{attendu} absent");
    }
    let id = format!("<id root=\"{}\"/>", doc.id.to_uppercase());
    assert!(x.contains(&id), "{id}");
    // Without a qualified identity: the local identifier, never an INS.
    let p = ecrire(&paul(), |_| {}).unwrap();
    assert!(p.xml.contains(
        r#"<id root="AC1F36E0-B45D-5864-ACBA-2044F012FA2F" extension="3010000008/L/42 é"/>"#
    ));
    assert!(!p.xml.contains("1.2.250.1.213.1.4.8"));
    assert!(p.xml.contains(r#"code="UN" displayName="Inconnu""#));
    assert!(!p.xml.contains("<birthplace>"));
}

#[test]
fn same_input_same_bytes_and_one_identifier_per_person() {
    let a = ecrire(&jeanne(), rapport_ssiad).unwrap();
    let b = ecrire(&jeanne(), rapport_ssiad).unwrap();
    assert_eq!(a, b);
    let c = ecrire(&paul(), rapport_ssiad).unwrap();
    assert_ne!(a.id, c.id);
    // The identifier depends on who and which campaign, not on the data.
    assert_eq!(ecrire(&jeanne(), |_| {}).unwrap().id, a.id);
    let s = structure();
    let p = jeanne();
    let mut autre = contexte(&s, &p);
    autre.campagne = "SSIAD-USAGER-2026";
    assert_ne!(document(&autre, |_| {}).unwrap().id, a.id);
    assert_eq!(uuid::Uuid::parse_str(&a.id).unwrap().get_version_num(), 5);
}

#[test]
fn the_document_reference_carries_the_document() {
    let doc = ecrire(&jeanne(), rapport_ssiad).unwrap();
    let r: serde_json::Value = serde_json::from_str(&doc.document_reference).unwrap();
    assert_eq!(r["resourceType"], "DocumentReference");
    assert_eq!(
        r["meta"]["profile"][0],
        "https://interop.esante.gouv.fr/ig/cda/tddui/StructureDefinition/tddui-documentreference"
    );
    assert_eq!(r["masterIdentifier"]["system"], "urn:ietf:rfc:3986");
    assert_eq!(
        r["masterIdentifier"]["value"],
        format!("urn:uuid:{}", doc.id)
    );
    assert_eq!(r["status"], "current");
    assert_eq!(r["type"]["coding"][0]["code"], "EXPORT_DUI");
    assert_eq!(
        r["subject"]["reference"],
        "urn:uuid:3f2c1e4a-0000-5000-8000-000000000001"
    );
    let a = &r["content"][0]["attachment"];
    assert_eq!(a["contentType"], "text/xml");
    assert_eq!(a["creation"], "2026-01-15T10:30:00+01:00");
    let xml = base64::engine::general_purpose::STANDARD
        .decode(a["data"].as_str().unwrap())
        .unwrap();
    assert_eq!(xml, doc.xml.as_bytes());
    assert_eq!(r["content"].as_array().unwrap().len(), 1);
    assert_eq!(a["title"], "Document transfert de données DUI");
    // The header's facility type, and ESSMS as practice setting.
    let ctx = &r["context"];
    assert_eq!(ctx["facilityType"]["coding"][0]["code"], "SA41");
    assert_eq!(
        ctx["facilityType"]["coding"][0]["system"],
        "https://mos.esante.gouv.fr/NOS/TRE_R02-SecteurActivite/FHIR/TRE-R02-SecteurActivite"
    );
    assert_eq!(ctx["practiceSetting"]["coding"][0]["code"], "ESSMS");
    assert_eq!(
        ctx["practiceSetting"]["coding"][0]["system"],
        "https://mos.esante.gouv.fr/NOS/TRE_A01-CadreExercice/FHIR/TRE-A01-CadreExercice"
    );
}

/// The facility type follows the structure's category (JDV_J254 → J02),
/// with the category as its translation; without one, `SA41` alone.
#[test]
fn the_facility_type_follows_the_category() {
    let p = jeanne();
    for (categorie, type_) in [
        (Some("183"), "SA16"),
        (Some("640"), "SA18"),
        (Some("354"), "SA41"),
        (None, "SA41"),
    ] {
        let mut s = structure();
        s.categorie = categorie.map(str::to_owned);
        let c = contexte(&s, &p);
        let doc = document(&c, rapport_ssiad).unwrap();
        let code = |attr: &str| {
            lire(
                &doc.xml,
                &format!(
                    "string(//{}/{}/@{attr})",
                    n("healthCareFacility"),
                    n("code")
                ),
            )
        };
        assert_eq!(code("code"), type_);
        let traduction = lire(
            &doc.xml,
            &format!(
                "string(//{}/{}/{}/@code)",
                n("healthCareFacility"),
                n("code"),
                n("translation")
            ),
        );
        assert_eq!(traduction, categorie.unwrap_or(""));
        assert!(
            doc.document_reference
                .contains(&format!("\"code\":\"{type_}\""))
        );
    }
}

#[test]
fn no_identity_value_in_debug() {
    let s = structure();
    let p = jeanne();
    let c = contexte(&s, &p);
    let doc = document(&c, rapport_ssiad).unwrap();
    for texte in [format!("{doc:?}"), format!("{c:?}"), format!("{c:#?}")] {
        for secret in ["MARTIN", "JEANNE", "2370475", "194704032", "1937", "75056"] {
            assert!(!texte.contains(secret), "{texte} montre {secret}");
        }
    }
    assert!(format!("{c:?}").contains("SSIAD-USAGER-2025"));
}

#[test]
fn golden_document() {
    let doc = ecrire(&jeanne(), rapport_ssiad).unwrap();
    insta::assert_snapshot!("ssiad_jeanne", doc.xml);
}

#[test]
fn a_percent_sign_in_a_code_keeps_codes_apart() {
    // `a%20b` and `a b` must not give the same `code` attribute.
    static A: Valeur<'static> = Valeur {
        code: "a%20b",
        libelle: "x",
        actif: true,
    };
    let doc = ecrire(&jeanne(), |s| s.champ(&CAUSE, Rendu::Code(&A))).unwrap();
    assert!(doc.xml.contains(r#"code="a%2520b""#));
}

/// A small deterministic generator (no dependency, same cases every run).
struct Alea(u64);

impl Alea {
    fn suivant(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn texte(&mut self, interdits: bool) -> String {
        const PERMIS: &[&str] = &[
            "a",
            "Z",
            "é",
            "ß",
            "«",
            "»",
            "<",
            ">",
            "&",
            "\"",
            "'",
            "]]>",
            "\r",
            "\n",
            "\t",
            " ",
            "&amp;",
            "<!--",
            "-->",
            "<![CDATA[",
            "\u{85}",
            "\u{7F}",
            "\u{FFFD}",
            "\u{10FFFF}",
            "😀",
            "\u{2028}",
            "%",
            "%20",
        ];
        const INTERDITS: &[&str] = &["\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{1F}", "\u{FFFE}"];
        let n = 1 + self.suivant() % 40;
        let mut morceaux: Vec<&str> = (0..n)
            .map(|_| PERMIS[(self.suivant() % PERMIS.len() as u64) as usize])
            .collect();
        if interdits {
            let i = INTERDITS[(self.suivant() % INTERDITS.len() as u64) as usize];
            let place = (self.suivant() % (n + 1)) as usize;
            morceaux.insert(place, i);
        }
        morceaux.concat()
    }
}

#[test]
fn random_hostile_values_are_valid_xml_read_back_or_refused() {
    let mut alea = Alea(20260115);
    let mut docs = Vec::new();
    let mut attendus = Vec::new();
    for k in 0..120 {
        let interdit = k % 4 == 3;
        let texte = alea.texte(interdit);
        let mut p = paul();
        p.identite.nom_naissance = alea.texte(false);
        p.identifiant = alea.texte(false);
        let r = ecrire(&p, |s| {
            s.ouvrir("b", "B");
            s.champ(&COMMENTAIRE, Rendu::Texte(&texte));
            s.fermer();
        });
        match r {
            Ok(doc) => {
                assert!(!interdit, "{texte:?} accepté");
                docs.push(doc.xml);
                attendus.push(texte);
            }
            Err(e) => {
                assert!(interdit, "{texte:?} refusé : {e:?}");
                assert_eq!(e, [caractere("b.commentaire")]);
            }
        }
    }
    assert_eq!(docs.len(), 90);
    valider(&docs.iter().map(String::as_str).collect::<Vec<_>>());
    for (doc, texte) in docs.iter().zip(&attendus).step_by(6) {
        // Component 1 is the block's, 2 its field.
        let lu = lire(doc, &format!("string({}/{})", composant(2), n("value")));
        assert_eq!(&lu, texte);
    }
}
