//! Costs that must grow linearly with the input, asserted by counting
//! elementary operations (`sidoba::__private_v1::operations`), never by timing.

use sidoba::__private_v1::operations;
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
        assert_eq!(
            c.iter()
                .filter(|c| c.code.code() == "champ_inconnu")
                .count(),
            n
        );
        eprintln!("{n} clés inconnues : {ops} comparaisons");
        assert!(ops <= 4 * n as u64, "{n} keys: {ops} comparisons");
    }
    // Still a duplicate unknown key is refused.
    let p = payload(r#""a":1,"b":2,"a":3"#);
    let e = sidoba_codegen::validate::valider(&m, &p).unwrap_err();
    assert!(e.message.contains("en double"), "{e}");
}

/// A rule of `n` terms joined by `op` (`x > 0 et x > 0 …`, or a sum).
fn chaine(op: &str, n: usize) -> String {
    match op {
        "+" => format!("{} >= 0", vec!["x"; n].join(" + ")),
        "mixte" => {
            // `et` of `ou` of `et`…, parenthesised a few levels deep.
            let ou = ["x > 0 et x < 9"; 4].join(" ou ");
            vec![format!("({ou})"); n / 8].join(" et ")
        }
        op => vec!["x > 0"; n].join(&format!(" {op} ")),
    }
}

#[test]
fn long_rules_cost_linear_operations() {
    let p = payload(r#""x":1"#);
    for op in ["et", "ou", "+", "mixte"] {
        // 130,000 `x > 0 et ` terms: a 1.3 MB expression.
        for n in [1_000usize, 130_000] {
            let r = format!(
                r#"{{"code":"R","message":"m","severite":"bloquante","expression":"{}"}}"#,
                chaine(op, n)
            );
            let (m, ops) =
                operations_de(|| modele(r#"{"code":"x","libelle":"x","type":"entier"}"#, &r));
            eprintln!("{op} × {n} : {ops} opérations (lecture et typage)");
            assert!(
                ops <= 8 * n as u64,
                "{op} × {n}: {ops} operations to read and check"
            );
            let (c, ops) = operations_de(|| sidoba_codegen::validate::valider(&m, &p).unwrap());
            assert!(c.is_empty(), "{op}: {c:?}");
            eprintln!("{op} × {n} : {ops} opérations (évaluation)");
            assert!(
                ops <= 8 * n as u64,
                "{op} × {n}: {ops} operations to evaluate"
            );
        }
    }
}

#[test]
fn deep_rules_are_refused_without_recursion() {
    // 1.3 MB of parentheses, of `non`, of unary minus: a clear error, no
    // stack overflow.
    for (debut, fin) in [("(", ")"), ("non ", ""), ("-", "")] {
        let n = 1_300_000 / debut.len();
        let e = format!("{}x{} > 0", debut.repeat(n), fin.repeat(n));
        let r =
            format!(r#"{{"code":"R","message":"m","severite":"bloquante","expression":"{e}"}}"#);
        let t = format!(
            r#"{{"campagne":{{"id":"H","libelle":"H","module":"H"}},"modele":{{"code":"H","version":"1","niveau":"structure"}},
            "blocs":[{{"code":"b","libelle":"B","champs":[{{"code":"x","libelle":"x","type":"entier"}}]}}],"regles":[{r}]}}"#
        );
        let s = Source::depuis_octets("h.json", t.into_bytes()).unwrap();
        let d = charger(&s, false).unwrap_err();
        assert!(
            d[0].message.contains("trop imbriquée"),
            "{debut}: {}",
            d[0].message
        );
    }
}
