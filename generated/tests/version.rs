//! La règle des versions du chemin privé (`sidoba::__private_v1`) : un
//! module généré pour une autre version de la crate d'exécution échoue en
//! une seule erreur, qui dit quoi faire.

use std::path::Path;

/// `tests/version/module_v0.rs` : le module que le générateur de cet
/// espace de travail produit de `tests/version/modele.json`, son chemin
/// privé changé en `__private_v0`, comme l'écrirait un générateur d'une
/// autre version.
#[test]
fn le_module_d_essai_est_celui_du_generateur_a_la_version_pres() {
    let dossier = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/version");
    let octets = std::fs::read(dossier.join("modele.json")).unwrap();
    let source = sidoba_codegen::model::Source::depuis_octets("modele.json", octets).unwrap();
    let (modele, _) = sidoba_codegen::model::charger(&source, false).unwrap();
    let attendu = sidoba_codegen::emit::module(&modele)
        .unwrap()
        .replace("sidoba::__private_v1 ", "sidoba::__private_v0 ");
    let ecrit = std::fs::read_to_string(dossier.join("module_v0.rs")).unwrap();
    assert_eq!(ecrit, attendu, "régénérez tests/version/module_v0.rs");
    assert_eq!(
        ecrit.matches("__private_v").count(),
        1,
        "un seul chemin versionné"
    );
}

/// Une erreur, sur la ligne du chemin privé, dont le commentaire dit
/// d'aligner les versions de `sidoba` et `sidoba-codegen`.
#[test]
fn un_module_d_une_autre_version_echoue_en_une_seule_erreur_claire() {
    trybuild::TestCases::new().compile_fail("tests/version/autre_version.rs");
}
