//! Writing the WS09 Bundle of a 1,000-person SSIAD usager collection
//! (format 2: the sample collection's two persons, 500 times each, each
//! with 20 events and 4 evaluations on the official grids) side by side with
//! `serde_json::to_string` of a serde tree holding the very same resources
//! (`serde_json::Value`, parsed from that Bundle). Checked before
//! measuring: the reference serialises the same content.
//!
//! Reading it back (`sidoba_codegen::usager::lecture_bundle`: the Bundle
//! becomes the collection file it stands for, with every TDDUI check, then
//! validated) side by side with `serde_json::from_str` into that tree.
//!
//! `cargo bench -p sidoba-benches --bench bundle`

use criterion::{Criterion, criterion_group, criterion_main};
use generated::ssiad_usager_2025::Rapport;
use serde_json::Value;
use sidoba::__private_v1::table;
use sidoba::usager::Collecte;
use sidoba::usager::fhir::{BASE_DEFAUT, Bundle, Entete};
use std::hint::black_box;
use std::time::Duration;

/// The sample collection with 1,000 persons, each with its own local id.
fn collection() -> String {
    let t = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../codegen/tests/collectes/ssiad-usager-2025.json"
    ))
    .unwrap();
    let mut v: Value = serde_json::from_str(&t).unwrap();
    let deux = v["usagers"].as_array().unwrap().clone();
    // Four evaluations on the official grids (AGGIR PA, situation SSIAD,
    // SERAFIN, situation again) and twenty events per person.
    let mut evaluations = deux[0]["evaluations"].as_array().unwrap().clone();
    evaluations.push(deux[1]["evaluations"][0].clone());
    let mut encore = deux[0]["evaluations"][1].clone();
    encore["identifiant"] = Value::String("SIT-2".into());
    evaluations.push(encore);
    for e in &mut evaluations {
        e.as_object_mut().unwrap().remove("evenement");
    }
    let evenements: Vec<Value> = (0..20)
        .map(|k| {
            let mut e = deux[0]["evenements"][0].clone();
            e["identifiant"] = Value::String(format!("E-{k}"));
            e
        })
        .collect();
    let mille: Vec<Value> = (0..1000)
        .map(|i| {
            let mut p = deux[i % 2].clone();
            p["identifiant"] = Value::String(format!("U{i:06}"));
            p["evenements"] = Value::Array(evenements.clone());
            p["evaluations"] = Value::Array(evaluations.clone());
            p
        })
        .collect();
    v["usagers"] = Value::Array(mille);
    v.to_string()
}

/// Only the writing (the collection is validated once, outside).
fn ecrire(c: &Collecte<Rapport>) -> String {
    let entete = Entete {
        campagne: generated::ssiad_usager_2025::CAMPAGNE,
        modele: generated::ssiad_usager_2025::MODELE,
        version: generated::ssiad_usager_2025::VERSION,
        base: BASE_DEFAUT,
        structure: &c.structure,
        date_production: c.date_production,
        guide: sidoba::usager::guide::par_defaut(),
        professionnels: &c.professionnels,
        declarant: c.declarant.as_deref(),
    };
    let mut b = Bundle::new(&entete);
    for (i, u) in c.usagers.iter().enumerate() {
        let rapport = u.rapport.as_ref().map(|r| {
            move |s: &mut dyn sidoba::__private_v1::usager::Sortie| table::parcourir(r, s)
        });
        b.personne(i, &u.personne, rapport);
    }
    b.finir().unwrap()
}

fn bench(c: &mut Criterion) {
    let collecte = Collecte::<Rapport>::lire(&collection()).unwrap();
    let bundle = collecte.bundle(BASE_DEFAUT).unwrap();
    assert_eq!(ecrire(&collecte), bundle);
    let arbre: Value = serde_json::from_str(&bundle).unwrap();
    // Organization, 2 Practitioners; per person Patient, stay, 20 events,
    // 4 evaluations and the campaign report.
    assert_eq!(arbre["entry"].as_array().unwrap().len(), 3 + 1000 * 27);
    let reference = serde_json::to_string(&arbre).unwrap();
    assert_eq!(reference.len(), bundle.len(), "same content, same size");
    eprintln!("Bundle de 1 000 usagers : {} octets", bundle.len());

    let mut g = c.benchmark_group("bundle_1000_usagers");
    g.bench_function("sidoba_ecriture", |b| {
        b.iter(|| ecrire(black_box(&collecte)))
    });
    g.bench_function("sidoba_validation_et_ecriture", |b| {
        b.iter(|| black_box(&collecte).bundle(BASE_DEFAUT).unwrap())
    });
    g.bench_function("serde_json_to_string", |b| {
        b.iter(|| serde_json::to_string(black_box(&arbre)).unwrap())
    });
    g.finish();

    let m = modele();
    let relu = sidoba_codegen::usager::lecture_bundle::lire(&m, &bundle).unwrap();
    assert_eq!(relu.personnes, 1000);
    let mut g = c.benchmark_group("bundle_1000_usagers_relecture");
    g.bench_function("sidoba_lecture", |b| {
        b.iter(|| sidoba_codegen::usager::lecture_bundle::lire(&m, black_box(&bundle)).unwrap())
    });
    g.bench_function("sidoba_lecture_et_validation", |b| {
        b.iter(|| sidoba_codegen::usager::lecture_bundle::valider(&m, black_box(&bundle)).unwrap())
    });
    g.bench_function("serde_json_from_str", |b| {
        b.iter(|| serde_json::from_str::<Value>(black_box(&bundle)).unwrap())
    });
    g.finish();
}

fn modele() -> sidoba_codegen::model::Modele {
    let chemin = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../models/ssiad-usager-2025.json"
    );
    let source = sidoba_codegen::model::Source::depuis_octets(
        "ssiad-usager-2025.json",
        std::fs::read(chemin).unwrap(),
    )
    .unwrap();
    sidoba_codegen::model::charger(&source, false).unwrap().0
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1))
        .sample_size(20);
    targets = bench
}
criterion_main!(benches);
