//! A loop over read + validate of the synthetic 5,000-field payload, to
//! profile with `valgrind --tool=callgrind`.
fn main() {
    let m = sidoba_benches::modele(sidoba_benches::SYNTH_5000);
    let p = sidoba_core::__interne::synthese::payload(&m, 1, 0);
    let mut n = 0;
    for _ in 0..20 {
        n += sidoba_benches::synth_5000::Rapport::valider_payload(&p).map_or(0, |c| c.len());
    }
    println!("{n}");
}
