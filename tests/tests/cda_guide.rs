//! The CDA guide's rules (TDDUI CDA 1.0.1) as tests, first on the guide's
//! own example (`tests/cda-exemple/`, byte for byte the ANS's): it passes
//! the CDA R2 schema (xmllint), the ANS "Structuration minimale" header
//! schematron (saxonche) and the guide's header and section rules; broken
//! copies of it fail each of them.

mod schematron;
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
