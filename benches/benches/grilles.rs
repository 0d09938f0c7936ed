//! Checking evaluations' `reponses` against the guide's grids
//! (`sidoba_core::grilles::valider_reponses`): 1,000 complete AGGIR PA
//! evaluations (the guide's example, 76 answers each), side by side with
//! `serde_json::from_str` of the same answers (reading them at all).
//! Checked before measuring: the example gives no finding.
//!
//! `cargo bench -p sidoba-benches --bench grilles`

use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::Value;
use sidoba_core::grilles::{grille, valider_reponses};
use std::hint::black_box;
use std::time::Duration;

const PA: &str =
    "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-pa-ssiad";

fn bench(c: &mut Criterion) {
    let texte = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../generated/tests/donnees/aggir-pa-reponses.json"
    ))
    .unwrap();
    let reponses: Value = serde_json::from_str(&texte).unwrap();
    let g = grille("2.3.0", PA).unwrap();
    assert!(valider_reponses(g, &reponses, "reponses").is_empty());
    let mut groupe = c.benchmark_group("aggir_pa_1000");
    groupe.measurement_time(Duration::from_secs(5));
    groupe.bench_function("sidoba_valider_reponses", |b| {
        b.iter(|| {
            for i in 0..1000 {
                let p = format!("usagers[{i}].evaluations[0].reponses");
                black_box(valider_reponses(g, black_box(&reponses), &p));
            }
        })
    });
    groupe.bench_function("serde_json_from_str", |b| {
        b.iter(|| {
            for _ in 0..1000 {
                black_box(serde_json::from_str::<Value>(black_box(&texte)).unwrap());
            }
        })
    });
    groupe.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
