//! The CDA guide's rules (TDDUI CDA 1.0.1) as tests, first on the guide's
//! own example (`tests/cda-exemple/`, byte for byte the ANS's): it passes
//! the CDA R2 schema (xmllint), the ANS "Structuration minimale" header
//! schematron (saxonche) and the guide's header and section rules; broken
//! copies of it fail each of them.

mod schematron;
#[allow(dead_code)] // Only `valider` is needed here.
mod xmllint;

fn exemple() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/cda-exemple/CDA_TDDUI_Exemple_v1.0.1.xml"
    ))
    .unwrap()
}

#[test]
fn the_official_example_passes_the_schema_and_the_schematron() {
    let e = exemple();
    xmllint::valider(&[&e]);
    schematron::valider(&[&e]);
}

#[test]
fn broken_copies_of_the_example_fail_the_schematron() {
    let e = exemple();
    let casses = [
        // A document code outside JDV_J07 (read from the value set file).
        e.replacen("code=\"EXPORT_DUI\"", "code=\"EXPORT_XXX\"", 1),
        // No realm code.
        e.replacen("<realmCode code=\"FR\"/>", "", 1),
        // No version number.
        e.replacen("<versionNumber value=\"1\"/>", "", 1),
    ];
    for c in &casses {
        assert_ne!(c, &e);
    }
    let erreurs = schematron::erreurs(&casses.iter().map(String::as_str).collect::<Vec<_>>());
    for (k, e) in erreurs.iter().enumerate() {
        assert!(!e.is_empty(), "copie cassée {k} acceptée");
    }
    assert!(
        erreurs[0][0].1.contains("1.2.250.1.213.1.1.5.471"),
        "{:?}",
        erreurs[0]
    );
    assert!(erreurs[1][0].1.contains("realmCode"), "{:?}", erreurs[1]);
}

use sidoba_core::usager::cda::{REGLES, verifier};

fn regles(xml: &str) -> Vec<&'static str> {
    let mut r: Vec<_> = verifier(xml).into_iter().map(|e| e.regle).collect();
    r.dedup();
    r
}

#[test]
fn the_official_example_meets_every_rule_of_the_guide() {
    assert_eq!(verifier(&exemple()), []);
}

/// Each rule, broken on a copy of the example: the copy fails that rule.
#[test]
fn each_rule_fails_on_a_broken_copy_of_the_example() {
    let e = exemple();
    let remplacer = |de: &str, vers: &str| {
        assert!(e.contains(de), "{de} absent de l'exemple");
        e.replacen(de, vers, 1)
    };
    // `de` replaced at its first place after `marque`.
    let apres = |marque: &str, de: &str, vers: &str| {
        let m = e.find(marque).unwrap();
        let k = m + e[m..].find(de).unwrap();
        format!("{}{vers}{}", &e[..k], &e[k + de.len()..])
    };
    let cas: Vec<(&str, String)> = vec![
        ("CDA-E00", e.replacen("</ClinicalDocument>", "", 1)),
        ("CDA-E00", "%PDF-1.4 pas du XML".to_owned()),
        (
            "CDA-E01",
            "<Bundle xmlns=\"http://hl7.org/fhir\"/>".to_owned(),
        ),
        (
            "CDA-E02",
            remplacer("<realmCode code=\"FR\"/>", "<realmCode code=\"US\"/>"),
        ),
        (
            "CDA-E03",
            remplacer("extension=\"POCD_HD000040\"", "extension=\"X\""),
        ),
        (
            "CDA-E04",
            remplacer(
                "<templateId root=\"1.2.250.1.213.1.1.1.58\"",
                "<templateId root=\"1.2.3\"",
            ),
        ),
        (
            "CDA-E05",
            remplacer("<id root=\"1.2.250.2345.3245.13.58130.1\"/>", "<id/>"),
        ),
        (
            "CDA-E06",
            remplacer("code=\"EXPORT_DUI\"", "code=\"AUTRE\""),
        ),
        (
            "CDA-E07",
            remplacer(
                "<title>Document transfert de données DUI</title>",
                "<title> </title>",
            ),
        ),
        (
            "CDA-E08",
            remplacer(
                "<effectiveTime value=\"20230414111500+0200\"/>",
                "<effectiveTime value=\"20230414\"/>",
            ),
        ),
        (
            "CDA-E09",
            remplacer(
                "codeSystem=\"2.16.840.1.113883.5.25\"",
                "codeSystem=\"1.2\"",
            ),
        ),
        (
            "CDA-E10",
            remplacer(
                "<languageCode code=\"fr-FR\"/>",
                "<languageCode code=\"FR-fr\"/>",
            ),
        ),
        (
            "CDA-E11",
            remplacer(
                "<versionNumber value=\"1\"/>",
                "<versionNumber value=\"0\"/>",
            ),
        ),
        ("CDA-E12", remplacer("<birthTime value=\"19470403\"/>", "")),
        (
            "CDA-E13",
            remplacer("<given qualifier=\"BR\">Jean</given>", ""),
        ),
        ("CDA-E14", {
            let sans_ins = remplacer("root=\"1.2.250.1.213.1.4.8\"", "root=\"1.2.3.4\"");
            sans_ins.replacen("<sdtc:multipleBirthOrderNumber value=\"2\"/>", "", 1)
        }),
        (
            "CDA-E15",
            remplacer("<manufacturerModelName>ANS</manufacturerModelName>", "")
                .replacen("<assignedAuthoringDevice>", "", 1)
                .replacen(
                    "<softwareName>MonDUI</softwareName>\n\t\t\t</assignedAuthoringDevice>",
                    "",
                    1,
                ),
        ),
        (
            "CDA-E16",
            apres(
                "<representedCustodianOrganization>",
                "root=\"1.2.250.1.71.4.2.2\"",
                "root=\"9.9\"",
            ),
        ),
        (
            "CDA-E18",
            remplacer(
                "<standardIndustryClassCode code=\"ESSMS\"",
                "<standardIndustryClassCode code=\"AUTRE\"",
            ),
        ),
        (
            "CDA-E19",
            remplacer("codeSystem=\"1.2.250.1.213.1.6.1.8\"", "codeSystem=\"1.2\""),
        ),
        (
            "CDA-S01",
            remplacer("<code code=\"47420-5\"", "<code code=\"00000-0\""),
        ),
        (
            "CDA-S02",
            remplacer("<code code=\"GEN-351\"", "<code code=\"GEN-999\""),
        ),
        (
            "CDA-S03",
            remplacer(
                "<value xsi:type=\"CE\" nullFlavor=\"NA\"/>",
                "<value xsi:type=\"CE\" code=\"X\"/>",
            ),
        ),
        (
            "CDA-S04",
            remplacer("<high value=\"20230414111500+0200\"/>", ""),
        ),
        ("CDA-S05", remplacer("code=\"REALISE\"", "code=\"ANNULE\"")),
        (
            "CDA-S06",
            remplacer(
                "extension=\"3480787529/147720425367411-EVAL-21564655\"/>",
                "extension=\"x\"/><id root=\"1.2\"/>",
            ),
        ),
        (
            "CDA-S07",
            remplacer(
                "code =\"MED-340\" displayName=\"GIR-2\" codeSystem=\"1.2.250.1.213.1.1.4.322\"",
                "nullFlavor=\"UNK\"",
            ),
        ),
        (
            "CDA-E17",
            apres(
                "<legalAuthenticator>",
                "root=\"1.2.250.1.71.4.2.1\"",
                "root=\"9.9\"",
            ),
        ),
        (
            "CDA-E20",
            remplacer("<structuredBody>", "<corps>").replacen("</structuredBody>", "</corps>", 1),
        ),
        ("CDA-S09", remplacer("code=\"TERMINE\"", "code=\"REALISE\"")),
        (
            "CDA-S08",
            remplacer(
                "<templateId root=\"1.2.250.1.213.1.1.3.220\"/>",
                "<templateId root=\"1.2.250.1.213.1.1.3.221\"/>",
            ),
        ),
    ];
    let mut couvertes: Vec<&str> = Vec::new();
    for (regle, doc) in &cas {
        let r = regles(doc);
        assert!(r.contains(regle), "{regle} : la copie cassée donne {r:?}");
        couvertes.push(regle);
    }
    // Every rule is broken by some copy.
    for (regle, _) in REGLES {
        assert!(couvertes.contains(regle), "{regle} sans cas");
    }
}

/// The CDA writer's table of the four grids (`sidoba::usager::cda::grilles`)
/// says what the published Questionnaires built into the toolkit say: the
/// evaluation type, every item's code and system, answer options and
/// sub-items, in order.
#[test]
fn the_cda_grid_table_matches_the_built_in_grids() {
    use sidoba::usager::cda::grilles::{self as cda, Genre, Systeme};
    let oid = |s: &str| match s {
        "http://hl7.org/fhir/sid/icf" => Systeme::Oid("2.16.840.1.113883.6.254"),
        "https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis" => {
            Systeme::Oid("1.2.250.1.213.1.1.4.322")
        }
        s if s.contains("cim-10") => Systeme::Oid("2.16.840.1.113883.6.3"),
        s => Systeme::Url(Box::leak(s.to_owned().into_boxed_str())),
    };
    let options = |it: &serde_json::Value| -> Vec<(String, String)> {
        it["answerOption"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|o| {
                        let c = &o["valueCoding"];
                        (
                            c["code"].as_str().unwrap().to_owned(),
                            c["display"].as_str().unwrap().to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let publiees: Vec<_> = sidoba_core::grilles::grilles("2.3.0").collect();
    assert_eq!(publiees.len(), 4);
    for g in publiees {
        let q: serde_json::Value = serde_json::from_str(g.texte).unwrap();
        let t = cda::grille(g.url).unwrap_or_else(|| panic!("{} absente", g.url));
        assert_eq!(t.code, q["code"][0]["code"], "{}", g.url);
        assert_eq!(t.libelle, q["code"][0]["display"], "{}", g.url);
        let mut items = q["item"].as_array().unwrap().clone();
        match &t.resultat {
            Some(r) => {
                assert_eq!(r.link_id, items[0]["linkId"]);
                let o: Vec<_> = r
                    .options
                    .iter()
                    .map(|(c, d)| (c.to_string(), d.to_string()))
                    .collect();
                assert_eq!(o, options(&items[0]));
                items = items[0]["item"].as_array().unwrap().clone();
            }
            None => assert!(!g.aggir),
        }
        assert_eq!(t.composants.len(), items.len(), "{}", g.url);
        for (c, it) in t.composants.iter().zip(&items) {
            assert_eq!(c.link_id, it["linkId"]);
            assert_eq!(c.code, it["code"][0]["code"]);
            assert_eq!(c.libelle, it["text"]);
            assert_eq!(c.systeme, oid(it["code"][0]["system"].as_str().unwrap()));
            match c.genre {
                Genre::Choix {
                    systeme,
                    options: o,
                } => {
                    assert_eq!(it["type"], "choice");
                    let o: Vec<_> = o
                        .iter()
                        .map(|(c, d)| (c.to_string(), d.to_string()))
                        .collect();
                    assert_eq!(o, options(it));
                    assert_eq!(
                        systeme,
                        oid(it["answerOption"][0]["valueCoding"]["system"]
                            .as_str()
                            .unwrap())
                    );
                }
                Genre::Booleen => assert_eq!(it["type"], "boolean"),
                Genre::Entier => assert_eq!(it["type"], "integer"),
            }
            let sous: Vec<_> = it["item"].as_array().cloned().unwrap_or_default();
            assert_eq!(c.n2.len(), sous.len());
            for ((l, code, d), s) in c.n2.iter().zip(&sous) {
                assert_eq!(
                    (*l, *code, *d),
                    (
                        s["linkId"].as_str().unwrap(),
                        s["code"][0]["code"].as_str().unwrap(),
                        s["code"][0]["display"].as_str().unwrap()
                    )
                );
            }
        }
    }
}
