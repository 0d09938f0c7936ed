//! The synthetic models are valid at every size, and their payloads read.

use sidoba_core::__interne::synthese;
use sidoba_core::model::{Source, charger};
use sidoba_core::validate;

#[test]
fn synthetic_models_are_valid_and_deterministic() {
    for (graine, champs) in [(1, 50), (2, 500), (3, 5_000), (4, 7), (5, 1)] {
        let texte = synthese::modele(graine, champs);
        assert_eq!(texte, synthese::modele(graine, champs));
        let source = Source::depuis_octets("s.json", texte.into_bytes()).unwrap();
        let (m, avert) = charger(&source, true).unwrap_or_else(|d| panic!("{}", d[0]));
        assert!(avert.is_empty());
        assert_eq!(m.champs().len(), champs.max(1));
        assert!(
            m.regles.len() >= champs / 40,
            "{}",
            synthese::description(&m)
        );
        for g in 0..20 {
            let p = synthese::payload(&m, g, 10);
            assert_eq!(p, synthese::payload(&m, g, 10));
            validate::valider(&m, &p).unwrap_or_else(|e| panic!("{e}\n{p}"));
        }
    }
}

#[test]
fn clean_payloads_have_few_findings_faulty_ones_many() {
    let source = Source::depuis_octets("s.json", synthese::modele(7, 300).into_bytes()).unwrap();
    let (m, _) = charger(&source, false).unwrap();
    let compte = |defauts| -> usize {
        (0..30)
            .map(|g| {
                validate::valider(&m, &synthese::payload(&m, g, defauts))
                    .unwrap()
                    .len()
            })
            .sum()
    };
    assert!(
        compte(60) > 5 * compte(0).max(1),
        "{} vs {}",
        compte(60),
        compte(0)
    );
}
