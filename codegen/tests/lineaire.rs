//! Costs that must grow linearly with the input, asserted by counting
//! elementary operations (`sidoba::__private::operations`), never by timing.

use sidoba::__private::operations;
use sidoba_codegen::model::{Modele, Source, charger};

fn modele(champs: &str, regles: &str) -> Modele {
    let t = format!(
        r#"{{"campagne":{{"id":"H","libelle":"H","module":"H"}},"modele":{{"code":"H","version":"1","niveau":"structure"}},
        "blocs":[{{"code":"b","libelle":"B","champs":[{champs}]}}],"regles":[{regles}]}}"#
    );
    let s = Source::depuis_octets("h.json", t.into_bytes()).unwrap();
    match charger(&s, false) {
        Ok((m, _)) => m,
        Err(e) => panic!("{}", e[0]),
    }
}

fn payload(donnees: &str) -> String {
    format!(r#"{{"campagne":"H","modele":{{"code":"H","version":"1"}},"donnees":{{{donnees}}}}}"#)
}

/// Operations counted while `f` runs on this thread.
fn operations_de<T>(f: impl FnOnce() -> T) -> (T, u64) {
    operations::remettre();
    let r = f();
    (r, operations::total())
}

#[test]
fn unknown_keys_cost_linear_comparisons() {
    let m = modele(r#"{"code":"x","libelle":"x","type":"entier"}"#, "");
    for n in [1_000usize, 120_000] {
        let cles: Vec<String> = (0..n).map(|i| format!(r#""inconnue_{i}":1"#)).collect();
        let p = payload(&cles.join(","));
        let (c, ops) = operations_de(|| sidoba_codegen::validate::valider(&m, &p).unwrap());
        assert_eq!(c.iter().filter(|c| c.code.code() == "champ_inconnu").count(), n);
        assert!(ops <= 4 * n as u64, "{n} keys: {ops} comparisons");
    }
    // Still a duplicate unknown key is refused.
    let p = payload(r#""a":1,"b":2,"a":3"#);
    let e = sidoba_codegen::validate::valider(&m, &p).unwrap_err();
    assert!(e.message.contains("en double"), "{e}");
}
