use sidoba_codegen::model::{Source, charger};
#[test]
fn scratch() {
    let p = "../models/ssiad-usager-2025.json";
    let s = Source::depuis_octets(p, std::fs::read(p).unwrap()).unwrap();
    let m = charger(&s, false).unwrap().0;
    for f in ["/tmp/complete.json", "../tests/tddui/examples/Bundle-tddui-bundle-example.json"] {
        let t = std::fs::read_to_string(f).unwrap();
        match sidoba_codegen::usager::lecture_bundle::lire(&m, &t) {
            Ok(b) => { println!("{}\n{:?}", b.collecte, b.informations); }
            Err(e) => println!("ERR {e}"),
        }
    }
}
