//! Where generation time goes, per step (a quick profile for docs/performance.md).
use sidoba_core::model::{Source, charger};
use std::time::Instant;

fn main() {
    let champs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5000);
    let texte = sidoba_core::__interne::synthese::modele(11, champs);
    let t = Instant::now();
    let source = Source::depuis_octets("p.json", texte.into_bytes()).unwrap();
    let (m, _) = charger(&source, false).unwrap();
    let lecture = t.elapsed();
    let t = Instant::now();
    let jetons = sidoba_codegen::emit::jetons(&m).expect("generation");
    let emission = t.elapsed();
    let t = Instant::now();
    let fichier: syn::File = syn::parse2(jetons).unwrap();
    let analyse = t.elapsed();
    let t = Instant::now();
    let code = prettyplease::unparse(&fichier);
    let format = t.elapsed();
    println!(
        "{champs} champs : lecture+vérification {lecture:?}, émission {emission:?}, syn::parse2 {analyse:?}, prettyplease {format:?}, {} octets",
        code.len()
    );
}
