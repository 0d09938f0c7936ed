//! Payload writing: the generated `payload_sans_validation()` (and
//! `payload()`, which validates first) vs `serde_json::to_string` of a
//! plain `#[derive(Serialize)]` struct with the same fields and values.
//! `cargo bench -p sidoba-benches --bench payload`

use criterion::{Criterion, criterion_group, criterion_main};
use generated::rama_2026::Rapport;
use sidoba_benches::RAMA_2026_PAYLOAD;
use sidoba_benches::serde_rama_2026::RapportSerde;
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let rapport = Rapport::lire(RAMA_2026_PAYLOAD).unwrap().rapport;
    let miroir = RapportSerde::from(&rapport);
    let mut g = c.benchmark_group("payload-rama-2026");
    g.bench_function("sidoba payload_sans_validation()", |b| {
        b.iter(|| black_box(rapport.payload_sans_validation()))
    });
    g.bench_function("sidoba payload() (validation comprise)", |b| {
        b.iter(|| black_box(rapport.payload().unwrap()))
    });
    g.bench_function("serde_json::to_string(#[derive(Serialize)])", |b| {
        b.iter(|| black_box(serde_json::to_string(black_box(&miroir)).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
