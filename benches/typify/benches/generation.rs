//! Generation, side by side: sidoba reading + checking + generating +
//! formatting a model, vs typify generating from the JSON Schema that
//! `sidoba schema` exports for the same model (types only, no validators),
//! per size. `cargo bench -p sidoba-benches --bench generation`

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use sidoba_codegen::emit;
use sidoba_codegen::model::{Source, charger};
use std::hint::black_box;

fn sidoba(texte: &str) -> String {
    let source = Source::depuis_octets("bench.json", texte.as_bytes().to_vec()).unwrap();
    let (m, _) = charger(&source, false).unwrap();
    emit::module(&m).unwrap()
}

fn typify(schema: &str) -> String {
    let racine: schemars::schema::RootSchema = match serde_json::from_str(schema) {
        Ok(r) => r,
        Err(e) => {
            let l = e.line();
            let extrait: Vec<&str> = schema.lines().skip(l.saturating_sub(12)).take(12).collect();
            panic!("{e}\n{}", extrait.join("\n"))
        }
    };
    let mut types = typify::TypeSpace::new(&typify::TypeSpaceSettings::default());
    types.add_root_schema(racine).unwrap();
    let fichier: syn::File = syn::parse2(types.to_stream()).unwrap();
    prettyplease::unparse(&fichier)
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("generation");
    g.sample_size(20);
    for champs in [50, 500, 5_000, 20_000] {
        let texte = sidoba_codegen::__interne::synthese::modele(11, champs);
        let source = Source::depuis_octets("bench.json", texte.as_bytes().to_vec()).unwrap();
        let (m, _) = charger(&source, false).unwrap();
        let schema = sidoba_codegen::schema::schema(&m);
        eprintln!(
            "{champs} champs : sidoba {} octets générés, typify {} octets",
            sidoba(&texte).len(),
            typify(&schema).len()
        );
        g.bench_with_input(BenchmarkId::new("sidoba", champs), &texte, |b, t| {
            b.iter(|| black_box(sidoba(t)))
        });
        if champs <= 5_000 {
            g.bench_with_input(BenchmarkId::new("typify", champs), &schema, |b, s| {
                b.iter(|| black_box(typify(s)))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
