//! The synthetic 5,000-field model, generated and compiled once for the
//! validation benchmarks.

use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("synth");
    std::fs::create_dir_all(&out).expect("OUT_DIR/synth");
    let modele = out.join("synth-5000.json");
    std::fs::write(
        &modele,
        sidoba_core::__interne::synthese::modele(5000, 5000),
    )
    .expect("model");
    sidoba_codegen::Builder::new()
        .modele(&modele)
        .sortie(&out)
        .rerun_if_changed(false)
        .generer()
        .unwrap_or_else(|e| panic!("{e}"));
    serde_miroir(&out.join("serde_rama_2026.rs"));
    println!("cargo:rerun-if-changed=build.rs");
}

/// A plain `#[derive(serde::Serialize)]` mirror of RAMA 2026's `Rapport`
/// (same fields, same names; decimals as `f64`, codes as `&'static str`,
/// dates as `String`, what a hand-written DUI struct would hold), with a
/// conversion from the generated report, for the payload-writing benchmark.
fn serde_miroir(chemin: &std::path::Path) {
    use sidoba_codegen::__interne::naming::Noms;
    use sidoba_core::forme::{Forme, Membre};
    use sidoba_core::model::{Source, TypeChamp, charger};
    use std::fmt::Write;
    let octets = std::fs::read("../models/rama-2026.json").expect("model");
    let source = Source::depuis_octets("rama-2026.json", octets).expect("UTF-8");
    let (m, _) = charger(&source, false).unwrap_or_else(|d| panic!("{}", d[0]));
    let noms = Noms::de(&m);
    let formes = sidoba_core::forme::formes(&m);
    let mut code = String::new();
    let nom_struct = |f: &Forme| match f.bloc {
        None => "Rapport".to_owned(),
        Some(b) => noms.ligne(&b.code).to_owned(),
    };
    for f in &formes {
        let s = nom_struct(f);
        let _ = writeln!(code, "#[derive(serde::Serialize)]\npub struct {s}Serde {{");
        let mut conversion = String::new();
        for mb in &f.membres {
            let (cle, n) = match mb {
                Membre::Champ { champ, .. } => {
                    (champ.code.clone(), noms.champ(&champ.code).to_owned())
                }
                Membre::Lignes(b) => (b.code.clone(), noms.champ(&b.code).to_owned()),
            };
            let (t, conv) = match mb {
                Membre::Lignes(b) => (
                    format!("Vec<{}Serde>", noms.ligne(&b.code)),
                    format!("r.{n}.iter().map(Into::into).collect()"),
                ),
                Membre::Champ { champ, .. } => match &champ.type_ {
                    TypeChamp::Entier { min, max } => (
                        format!(
                            "Option<{}>",
                            sidoba_codegen::__interne::types::entier(*min, *max)
                        ),
                        format!("r.{n}"),
                    ),
                    TypeChamp::Decimal { .. } => (
                        "Option<f64>".into(),
                        format!("r.{n}.map(|d| d.to_string().parse().unwrap_or_default())"),
                    ),
                    TypeChamp::Texte { .. } => ("Option<String>".into(), format!("r.{n}.clone()")),
                    TypeChamp::Booleen => ("Option<bool>".into(), format!("r.{n}")),
                    TypeChamp::Date { .. } => (
                        "Option<String>".into(),
                        format!("r.{n}.map(|d| d.to_string())"),
                    ),
                    TypeChamp::Code {
                        multiple: false, ..
                    } => (
                        "Option<&'static str>".into(),
                        format!("r.{n}.map(|c| c.code())"),
                    ),
                    TypeChamp::Code { multiple: true, .. } => (
                        "Option<Vec<&'static str>>".into(),
                        format!("r.{n}.as_ref().map(|c| c.iter().map(|c| c.code()).collect())"),
                    ),
                },
            };
            let attente = if matches!(mb, Membre::Lignes(_)) {
                "Vec::is_empty"
            } else {
                "Option::is_none"
            };
            let _ = writeln!(
                code,
                "    #[serde(rename = {cle:?}, skip_serializing_if = \"{attente}\")]\n    pub {n}: {t},"
            );
            let _ = writeln!(conversion, "            {n}: {conv},");
        }
        let _ = writeln!(code, "}}\n");
        let _ = writeln!(
            code,
            "impl From<&generated::rama_2026::{s}> for {s}Serde {{\n    fn from(r: &generated::rama_2026::{s}) -> Self {{\n        Self {{\n{conversion}        }}\n    }}\n}}\n"
        );
    }
    std::fs::write(chemin, code).expect("serde mirror");
}
