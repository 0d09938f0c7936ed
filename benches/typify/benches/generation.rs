//! Generation, side by side: sidoba reading + checking + generating a
//! model, vs typify generating (and prettyplease formatting) from the JSON
//! Schema that `sidoba schema` exports for the same model (types only, no
//! validators), and from that schema without its empty-value alternatives,
//! per size. `cargo bench -p sidoba-bench-typify --bench generation`

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use sidoba_bench_typify::{modele_et_schema, sans_valeurs_vides, typify};
use sidoba_codegen::emit;
use sidoba_core::model::{Source, charger};
use std::hint::black_box;

fn sidoba(texte: &str) -> String {
    let source = Source::depuis_octets("bench.json", texte.as_bytes().to_vec()).unwrap();
    let (m, _) = charger(&source, false).unwrap();
    emit::module(&m).unwrap()
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("generation");
    g.sample_size(10);
    for champs in [50, 500, 5_000] {
        let (texte, schema) = modele_et_schema(champs);
        let simple = sans_valeurs_vides(&schema);
        eprintln!(
            "{champs} champs : sidoba {} octets générés, typify {} octets, typify (schéma simple) {} octets",
            sidoba(&texte).len(),
            typify(&schema).len(),
            typify(&simple).len(),
        );
        g.bench_with_input(BenchmarkId::new("sidoba", champs), &texte, |b, t| {
            b.iter(|| black_box(sidoba(t)))
        });
        g.bench_with_input(BenchmarkId::new("typify", champs), &schema, |b, s| {
            b.iter(|| black_box(typify(s)))
        });
        g.bench_with_input(
            BenchmarkId::new("typify-simple", champs),
            &simple,
            |b, s| b.iter(|| black_box(typify(s))),
        );
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
