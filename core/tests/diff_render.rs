//! Renderers of the change report: golden reports of the showcase, Markdown
//! structure, hostile labels, exact JSON.

mod diff_commun;

use diff_commun::*;
use sidoba_core::render;

#[test]
fn showcase_text() {
    insta::assert_snapshot!(render::texte(&showcase(), false));
}

#[test]
fn showcase_markdown() {
    insta::assert_snapshot!(render::markdown(&showcase()));
}

#[test]
fn showcase_json() {
    insta::assert_snapshot!(render::json(&showcase()));
}

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::json;
use sidoba_core::diff::{self, Impact, Rapport};

/// The tables of a Markdown text: rows (header first) of cell texts.
fn tables(md: &str) -> Vec<Vec<Vec<String>>> {
    let mut out: Vec<Vec<Vec<String>>> = Vec::new();
    let mut cellule: Option<String> = None;
    for ev in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match ev {
            Event::Start(Tag::Table(_)) => out.push(Vec::new()),
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                if let Some(t) = out.last_mut() {
                    t.push(Vec::new())
                }
            }
            Event::Start(Tag::TableCell) => cellule = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                let c = cellule.take().unwrap();
                out.last_mut().unwrap().last_mut().unwrap().push(c);
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = &mut cellule {
                    c.push_str(&t);
                }
            }
            Event::InlineHtml(h) => {
                if let Some(c) = &mut cellule {
                    c.push_str(&h);
                }
            }
            _ => {}
        }
    }
    out
}

/// Every piece of raw HTML the Markdown holds.
fn html(md: &str) -> Vec<String> {
    Parser::new_ext(md, Options::ENABLE_TABLES)
        .filter_map(|ev| match ev {
            Event::Html(h) | Event::InlineHtml(h) => Some(h.trim().to_owned()),
            _ => None,
        })
        .collect()
}

#[track_caller]
fn html_attendu(md: &str) {
    for h in html(md) {
        let ok = h == "<details>"
            || h == "</details>"
            || h == "<br>"
            || (h.starts_with("<summary>Information (")
                && h.ends_with(")</summary>")
                && h.matches('<').count() == 2);
        assert!(ok, "HTML inattendu : {h:?}\n{md}");
    }
}

#[test]
fn markdown_tables_of_the_showcase() {
    let r = showcase();
    let md = render::markdown(&r);
    let t = tables(&md);
    // Counts, then one table per impact level present.
    assert_eq!(t.len(), 5, "{md}");
    assert_eq!(t[0][0], ["Impact", "Écarts"]);
    let comptes: Vec<(String, String)> = t[0][1..]
        .iter()
        .map(|l| (l[0].clone(), l[1].clone()))
        .collect();
    assert_eq!(
        comptes,
        [
            ("Cassant".into(), r.resume.cassant.to_string()),
            ("À vérifier".into(), r.resume.a_verifier.to_string()),
            ("Compatible".into(), r.resume.compatible.to_string()),
            ("Information".into(), r.resume.information.to_string()),
        ]
    );
    for (table, impact) in t[1..].iter().zip(Impact::TOUS) {
        assert_eq!(
            table[0],
            [
                "Bloc",
                "Élément",
                "Changement",
                "Avant → après",
                "Empreinte"
            ]
        );
        assert_eq!(table.len() - 1, r.resume.compte(impact), "{impact}");
        for l in &table[1..] {
            assert_eq!(l.len(), 5);
            assert!(
                r.ecarts
                    .iter()
                    .any(|e| e.empreinte == l[4] && e.cible == l[1] && e.impact == impact),
                "{l:?}"
            );
        }
    }
    // The information table is inside <details>, and still a table.
    let details = md.find("<details>").unwrap();
    assert!(md[details..].contains("| `R05` |"));
    html_attendu(&md);
    let age = t[1].iter().find(|l| l[1] == "age_moyen").unwrap();
    assert_eq!(age[0], "residents");
    assert_eq!(
        age[2],
        "Le maximum de « Âge moyen des résidents au 31/12 » passe de 120 à 110"
    );
    assert_eq!(age[3], "max : 120 → 110");
    let motif = t[2].iter().find(|l| l[1] == "finess_et").unwrap();
    assert_eq!(
        motif[3],
        "motif : ^[0-9A-Za-z]{9}$ → ^(?:[0-9]{9}|2[AB][0-9]{7})$"
    );
}

/// A pair of models whose labels and codes try to break every format.
fn hostile() -> Rapport {
    let vilain = "Ligne 1\nLigne 2 | `code` <details><summary>x</summary> **gras** [lien](http://x) </details> \u{1b}[31mrouge\u{202e}";
    let ancien = json!({
        "campagne": { "id": "H-1", "libelle": "Hostile", "module": "H" },
        "modele": { "code": "H|`", "version": "1", "niveau": "structure" },
        "nomenclatures": [ { "code": "n", "libelle": "N", "valeurs": [ { "code": "A", "libelle": "a" } ] } ],
        "blocs": [ { "code": "bloc|`x`", "libelle": "Bloc <details> | `ticks`", "champs": [
            { "code": "champ\\|1", "libelle": "Normal", "type": "entier" },
            { "code": "``", "libelle": "Texte", "type": "texte", "motif": "^a|b`c$" } ] } ]
    });
    let mut nouveau = ancien.clone();
    nouveau["modele"]["version"] = json!("2");
    nouveau["blocs"][0]["champs"][0]["libelle"] = json!(vilain);
    nouveau["blocs"][0]["champs"][1]["motif"] = json!("^</details>|\n$");
    nouveau["blocs"][0]["champs"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "code": "n`e|w", "libelle": "</details>\n\n| a | b |\n|---|---|", "type": "booleen" }));
    nouveau["nomenclatures"][0]["valeurs"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "code": "V|`<b>", "libelle": "<script>alert(1)</script>" }));
    comparer(&ancien, &nouveau)
}

#[test]
fn hostile_labels_do_not_break_markdown() {
    let r = hostile();
    assert_eq!(r.ecarts.len(), 4, "{:#?}", r.ecarts);
    let md = render::markdown(&r);
    html_attendu(&md);
    let t = tables(&md);
    let lignes: Vec<&Vec<String>> = t[1..].iter().flat_map(|t| &t[1..]).collect();
    assert_eq!(lignes.len(), r.ecarts.len(), "{md}");
    for e in &r.ecarts {
        let l = lignes
            .iter()
            .find(|l| l[4] == e.empreinte)
            .unwrap_or_else(|| panic!("{} absent :\n{md}", e.empreinte));
        assert_eq!(
            l[0],
            if e.bloc.is_empty() {
                "(modèle)"
            } else {
                e.bloc.as_str()
            },
            "{md}"
        );
        assert_eq!(l[1], e.cible, "{md}");
        // The message comes back whole, control characters as spaces.
        let attendu: String = e
            .message
            .chars()
            .map(|c| {
                if c.is_control() || c == '\u{202e}' {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        assert_eq!(l[2], attendu, "{md}");
    }
    let libelle = lignes.iter().find(|l| l[1] == "champ\\|1").unwrap();
    assert!(
        libelle[3].starts_with("libelle : « Normal » → « Ligne 1 Ligne 2 | `code` <details>"),
        "{}",
        libelle[3]
    );
}

#[test]
fn hostile_labels_do_not_break_text_or_json() {
    let r = hostile();
    for couleur in [false, true] {
        let t = render::texte(&r, couleur);
        // Summary, models, then per group a blank line, a heading and
        // one line per entry.
        let groupes: std::collections::BTreeSet<&str> =
            r.ecarts.iter().map(|e| e.bloc.as_str()).collect();
        assert_eq!(
            t.lines().count(),
            2 + 2 * groupes.len() + r.ecarts.len(),
            "{t}"
        );
        assert!(!t.contains('\u{202e}'));
        if !couleur {
            assert!(!t.contains('\u{1b}'), "{t}");
        }
    }
    // JSON: strings escaped, the text parses back to the same values.
    let j = render::json(&r);
    let v: serde_json::Value = serde_json::from_str(&j).unwrap();
    let messages: Vec<&str> = v["ecarts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        r.ecarts
            .iter()
            .map(|e| e.message.as_str())
            .collect::<Vec<_>>()
    );
    assert_eq!(v["ancien"]["code"], "H|`");
}

#[test]
fn json_has_the_contract_shape() {
    let j = render::json(&showcase());
    let racine = sidoba_core::__interne::json::analyser(&j).unwrap();
    let sidoba_core::__interne::json::Value::Object(o) = &racine else {
        panic!()
    };
    let cles = |o: &sidoba_core::__interne::json::Object<'_>| {
        o.properties
            .iter()
            .map(|p| p.name.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(cles(o), ["ancien", "nouveau", "resume", "ecarts"]);
    fn champ<'a>(
        o: &sidoba_core::__interne::json::Object<'a>,
        k: &str,
    ) -> sidoba_core::__interne::json::Value<'a> {
        o.properties
            .iter()
            .find(|p| p.name.as_str() == k)
            .unwrap()
            .value
            .clone()
    }
    let sidoba_core::__interne::json::Value::Object(resume) = champ(o, "resume") else {
        panic!()
    };
    assert_eq!(
        cles(&resume),
        ["cassant", "a_verifier", "compatible", "information"]
    );
    let sidoba_core::__interne::json::Value::Object(ancien) = champ(o, "ancien") else {
        panic!()
    };
    assert_eq!(cles(&ancien), ["code", "version", "campagne"]);
    let sidoba_core::__interne::json::Value::Array(ecarts) = champ(o, "ecarts") else {
        panic!()
    };
    for e in &ecarts.elements {
        let sidoba_core::__interne::json::Value::Object(e) = e else {
            panic!()
        };
        let k = cles(e);
        let attendu: Vec<&str> = [
            "nature",
            "impact",
            "cible",
            "chemin",
            "avant",
            "apres",
            "message",
            "empreinte",
        ]
        .into_iter()
        .filter(|c| k.iter().any(|x| x == c))
        .collect();
        assert_eq!(k, attendu);
        assert!(k.len() == 6 || k.len() == 8, "{k:?}");
    }
    assert!(j.ends_with("}\n"));
}

#[test]
fn json_numbers_are_exact() {
    let texte = |max: &str| {
        format!(
            r#"{{"campagne":{{"id":"D","libelle":"D","module":"D"}},"modele":{{"code":"D","version":"{max}","niveau":"structure"}},
            "blocs":[{{"code":"b","libelle":"B","champs":[{{"code":"x","libelle":"X","type":"decimal","decimales":9,"max":{max}}}]}}]}}"#
        )
    };
    let r = diff::comparer(&modele(&texte("0.3")), &modele(&texte("0.1")));
    let j = render::json(&r);
    assert!(j.contains("\"max\": 0.3"), "{j}");
    assert!(j.contains("\"max\": 0.1"), "{j}");
    let r = diff::comparer(
        &modele(&texte("0.000000001")),
        &modele(&texte("123456789012345678.123456789")),
    );
    let j = render::json(&r);
    assert!(j.contains("\"max\": 0.000000001"), "{j}");
    assert!(j.contains("\"max\": 123456789012345678.123456789"), "{j}");
}

#[test]
fn summary_plurals_and_empty_report() {
    let m = fichier("ssiad-2025.json");
    let r = diff::comparer(&m, &m);
    let t = render::texte(&r, false);
    assert!(
        t.starts_with("0 cassant, 0 à vérifier, 0 compatible, 0 information\n"),
        "{t}"
    );
    assert!(t.ends_with("Aucun écart.\n"));
    assert!(render::markdown(&r).ends_with("Aucun écart.\n"));
    assert!(render::json(&r).contains("\"ecarts\": []"));
    let r = hostile();
    assert!(
        render::texte(&r, false)
            .starts_with("0 cassant, 1 à vérifier, 2 compatibles, 1 information\n"),
        "{}",
        render::texte(&r, false)
    );
    let s = showcase();
    assert!(
        render::texte(&s, false)
            .starts_with("11 cassants, 3 à vérifier, 7 compatibles, 8 informations\n")
    );
}

#[test]
fn colour_only_when_asked() {
    let r = showcase();
    assert!(!render::texte(&r, false).contains('\u{1b}'));
    let c = render::texte(&r, true);
    assert!(c.contains("\u{1b}[1;31mcassant"));
    // Same text once the colour codes are removed.
    let sans = regex::Regex::new("\u{1b}\\[[0-9;]*m")
        .unwrap()
        .replace_all(&c, "");
    assert_eq!(sans, render::texte(&r, false));
}

#[test]
fn the_json_schema_knows_every_nature_and_key() {
    let chemin =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/ecarts.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(chemin).unwrap()).unwrap();
    let natures: Vec<&str> = schema["$defs"]["nature"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let codes: Vec<&str> = diff::Nature::TOUTES.iter().map(|n| n.code()).collect();
    assert_eq!(natures, codes);
    let impacts: Vec<&str> = schema["$defs"]["impact"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(impacts, Impact::TOUS.map(|i| i.code()));
    // Every key of the showcase's entries is declared.
    let j: serde_json::Value = serde_json::from_str(&render::json(&showcase())).unwrap();
    let declarees = schema["$defs"]["ecart"]["properties"].as_object().unwrap();
    let empreinte = regex::Regex::new("^[0-9a-f]{12}$").unwrap();
    for e in j["ecarts"].as_array().unwrap() {
        for k in e.as_object().unwrap().keys() {
            assert!(declarees.contains_key(k), "{k}");
        }
        assert!(empreinte.is_match(e["empreinte"].as_str().unwrap()));
    }
}

#[test]
fn the_french_docs_list_every_nature() {
    let chemin = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/diff.md");
    let doc = std::fs::read_to_string(chemin).unwrap();
    for n in diff::Nature::TOUTES {
        let code = format!("`{}`", n.code());
        assert!(
            doc.lines()
                .any(|l| l.starts_with("| `")
                    && l.split('|').nth(1).is_some_and(|c| c.contains(&code))),
            "{code} absent du tableau des natures de docs/diff.md"
        );
    }
}
