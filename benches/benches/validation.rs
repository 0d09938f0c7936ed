//! Validation, side by side: compiled `valider()` on a filled report,
//! parse + validate of a payload (compiled), the model-driven path of
//! `sidoba validate`, and the `jsonschema` crate validating the same payload
//! against the schema `sidoba schema` exports.
//!
//! `cargo bench -p sidoba-benches --bench validation`

use criterion::{Criterion, criterion_group, criterion_main};
use sidoba_benches::{RAMA_2026, RAMA_2026_PAYLOAD, SYNTH_5000, modele, synth_5000};
use std::hint::black_box;

fn cas(
    c: &mut Criterion,
    nom: &str,
    texte_modele: &str,
    payload: &str,
    valider: impl Fn(&str) -> sidoba::Constats,
    filled: impl Fn() -> sidoba::Constats,
) {
    let m = modele(texte_modele);
    let schema: serde_json::Value =
        serde_json::from_str(&sidoba_codegen::schema::schema(&m)).unwrap();
    let validateur = jsonschema::draft202012::new(&schema).unwrap();
    let mut g = c.benchmark_group(nom);
    g.bench_function("compile: valider() sur un rapport rempli", |b| {
        b.iter(|| black_box(filled()))
    });
    g.bench_function("compile: lecture + validation du payload", |b| {
        b.iter(|| black_box(valider(black_box(payload))))
    });
    g.bench_function("sidoba validate (piloté par le modèle)", |b| {
        b.iter(|| black_box(sidoba_codegen::validate::valider(&m, black_box(payload)).unwrap()))
    });
    g.bench_function("jetons seuls (sidoba::__private_v1::jeton)", |b| {
        b.iter(|| {
            let mut s = sidoba::__private_v1::jeton::Scanner::new(black_box(payload));
            let mut n = 0usize;
            while let Ok(Some(_)) = s.scan() {
                n += 1;
            }
            black_box(n)
        })
    });
    g.bench_function("analyse JSON seule (serde_json::Value)", |b| {
        b.iter(|| black_box(serde_json::from_str::<serde_json::Value>(black_box(payload)).is_ok()))
    });
    g.bench_function("jsonschema: validation seule (JSON déjà analysé)", |b| {
        let v: serde_json::Value = serde_json::from_str(payload).unwrap();
        b.iter(|| black_box(validateur.is_valid(black_box(&v))))
    });
    g.bench_function("jsonschema: analyse + validation", |b| {
        b.iter(|| {
            let v: serde_json::Value = serde_json::from_str(black_box(payload)).unwrap();
            black_box(validateur.is_valid(&v))
        })
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    use generated::rama_2026::Rapport;
    let rapport = Rapport::lire(RAMA_2026_PAYLOAD).unwrap().rapport;
    cas(
        c,
        "rama-2026",
        RAMA_2026,
        RAMA_2026_PAYLOAD,
        |p| Rapport::valider_payload(p).unwrap(),
        || rapport.valider(),
    );

    let m = modele(SYNTH_5000);
    let payload = sidoba_codegen::__interne::synthese::payload(&m, 1, 0);
    let rapport = synth_5000::Rapport::lire(&payload).unwrap().rapport;
    cas(
        c,
        "synthetique-5000",
        SYNTH_5000,
        &payload,
        |p| synth_5000::Rapport::valider_payload(p).unwrap(),
        || rapport.valider(),
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
