//! Diff of two synthetic models differing by edits (10% of the fields), per
//! size. `cargo bench -p sidoba-benches --bench diff`

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use sidoba_benches::modele;
use std::hint::black_box;

/// The model with about one field in ten edited: bounds moved, labels
/// reworded, fields made required, codes renamed, fields removed.
pub fn edite(texte: &str, graine: u64) -> String {
    let mut a = sidoba_core::__interne::synthese::Alea::new(graine);
    // Fields named by a rule are not renamed (the rule would break).
    let regles = texte
        .split("\"regles\"")
        .nth(1)
        .unwrap_or_default()
        .to_owned();
    let mut v: Vec<String> = texte.split("{\"code\":\"c").map(str::to_owned).collect();
    for (i, morceau) in v.iter_mut().enumerate().skip(1) {
        if !a.pct(10) {
            continue;
        }
        *morceau = match i % 5 {
            0 => morceau.replacen("\"libelle\":\"Champ", "\"libelle\":\"Le champ", 1),
            1 => morceau.replacen("\"min\":0", "\"min\":1", 1),
            2 if !morceau.contains("\"obligatoire\"") => {
                morceau.replacen("\"libelle\"", "\"obligatoire\":true,\"libelle\"", 1)
            }
            3 => {
                let code = format!("c{}", morceau.split('"').next().unwrap_or_default());
                let lue = regles.match_indices(&code).any(|(i, _)| {
                    !regles[i + code.len()..]
                        .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
                });
                if lue {
                    morceau.clone()
                } else {
                    morceau.replacen('_', "_r", 1)
                }
            }
            _ => morceau.replacen("\"type\":\"", "\"description\":\"Aide\",\"type\":\"", 1),
        };
    }
    v.join("{\"code\":\"c")
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("diff");
    for champs in [50, 500, 5_000, 20_000] {
        let ancien_texte = sidoba_core::__interne::synthese::modele(7, champs);
        let ancien = modele(&ancien_texte);
        let nouveau = modele(&edite(&ancien_texte, 3));
        g.bench_with_input(
            BenchmarkId::new("comparer", champs),
            &(ancien, nouveau),
            |b, (a, n)| {
                b.iter(|| black_box(sidoba_core::diff::comparer(black_box(a), black_box(n))))
            },
        );
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
