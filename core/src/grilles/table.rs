//! The runtime's table of the four grids (`runtime/src/usager/guide/grilles.rs`),
//! generated from the published Questionnaires built in here: one source
//! for the grids (the JSON), one table in the runtime that the answer
//! checks, the Bundle writer and the CDA writer all read. The test
//! `the_runtime_grid_table_is_generated_from_the_json` of
//! `core/tests/grilles.rs` fails when the checked-in table differs, and
//! rewrites it with `SIDOBA_REGENERER=1`.

use super::{FICHIERS, url_de};
use serde_json::Value;
use std::fmt::Write as _;

/// The `static` of each grid in the runtime table.
fn nom_static(id: &str) -> Option<&'static str> {
    Some(match id {
        "tddui-questionnaire-aggir-pa-ssiad" => "AGGIR_PA",
        "tddui-questionnaire-aggir-ph-ssiad" => "AGGIR_PH",
        "tddui-questionnaire-serafin" => "SERAFIN",
        "tddui-questionnaire-situation-ssiad" => "SITUATION_SSIAD",
        _ => return None,
    })
}

fn type_item(t: &str) -> Option<&'static str> {
    Some(match t {
        "group" => "Groupe",
        "boolean" => "Booleen",
        "integer" => "Entier",
        "decimal" => "Decimal",
        "string" | "text" => "Texte",
        "date" => "Date",
        "choice" | "coding" => "Choix",
        _ => return None,
    })
}

fn texte<'v>(v: &'v Value, cle: &str, ou: &str) -> Result<&'v str, String> {
    v.get(cle)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{ou} : « {cle} » absent ou pas une chaîne"))
}

/// `OptionGrille::new(system, code, display)` of a Coding.
fn coding(c: &Value, ou: &str) -> Result<String, String> {
    Ok(format!(
        "OptionGrille::new({:?}, {:?}, {:?})",
        texte(c, "system", ou)?,
        texte(c, "code", ou)?,
        texte(c, "display", ou)?
    ))
}

/// The option lists, each written once as `OPTIONS_n` (numbered in the
/// order an item's sub-items are met before the item itself).
struct Options {
    listes: Vec<String>,
}

impl Options {
    fn nom(&mut self, item: &Value, ou: &str) -> Result<String, String> {
        let Some(options) = item.get("answerOption").and_then(Value::as_array) else {
            return Ok("&[]".into());
        };
        let mut corps = String::new();
        for o in options {
            let c = o
                .get("valueCoding")
                .ok_or_else(|| format!("{ou} : une option sans « valueCoding »"))?;
            let _ = writeln!(corps, "    {},", coding(c, ou)?);
        }
        let n = match self.listes.iter().position(|l| *l == corps) {
            Some(n) => n,
            None => {
                self.listes.push(corps);
                self.listes.len() - 1
            }
        };
        Ok(format!("OPTIONS_{n}"))
    }
}

fn items(
    liste: &[Value],
    retrait: usize,
    options: &mut Options,
    ou: &str,
    out: &mut String,
) -> Result<(), String> {
    let marge = " ".repeat(retrait);
    for it in liste {
        let link_id = texte(it, "linkId", ou)?;
        let ou = format!("{ou}, item « {link_id} »");
        let type_ = texte(it, "type", &ou)?;
        let type_ = type_item(type_).ok_or_else(|| format!("{ou} : type « {type_} » inconnu"))?;
        let code = match it.get("code").and_then(|c| c.get(0)) {
            Some(c) => format!("Some({})", coding(c, &ou)?),
            None => "None".into(),
        };
        let sous = it.get("item").and_then(Value::as_array);
        let mut corps = String::new();
        if let Some(sous) = sous {
            items(sous, retrait + 4, options, &ou, &mut corps)?;
        }
        let opts = options.nom(it, &ou)?;
        let _ = write!(
            out,
            "{marge}ItemGrille::new({link_id:?}, {:?}, {code}, TypeItem::{type_}, {opts}, &[",
            texte(it, "text", &ou)?
        );
        if corps.is_empty() {
            out.push_str("]),\n");
        } else {
            let _ = write!(out, "\n{corps}{marge}]),\n");
        }
    }
    Ok(())
}

/// Le texte de `runtime/src/usager/guide/grilles.rs`, tiré des quatre
/// Questionnaires publiés intégrés ici ; l'erreur nomme la grille et
/// l'item qui ne se lisent pas.
#[doc(hidden)]
pub fn table_runtime() -> Result<String, String> {
    let mut options = Options { listes: Vec::new() };
    let mut grilles = String::new();
    for (id, json) in FICHIERS {
        let ou = format!("grille {id}");
        let q: Value = serde_json::from_str(json).map_err(|e| format!("{ou} : {e}"))?;
        let nom = nom_static(id).ok_or_else(|| format!("{ou} : pas de nom dans la table"))?;
        let titre = texte(&q, "title", &ou)?;
        let code = q
            .get("code")
            .and_then(|c| c.get(0))
            .ok_or_else(|| format!("{ou} : « code » absent"))?;
        let mut corps = String::new();
        items(
            q.get("item")
                .and_then(Value::as_array)
                .map_or(&[], Vec::as_slice),
            8,
            &mut options,
            &ou,
            &mut corps,
        )?;
        let _ = write!(
            grilles,
            "\n/// {titre} (`{id}`).\npub(super) static {nom}: Grille = Grille {{\n    url: {:?},\n    titre: {titre:?},\n    code: {},\n    complete: {},\n    items: &[\n{corps}    ],\n}};\n",
            url_de(id),
            coding(code, &ou)?,
            id.starts_with("tddui-questionnaire-aggir-"),
        );
    }
    let mut out = String::from(
        "//! Les quatre grilles d'évaluation du guide, item par item : ce qu'il faut\n\
         //! aux écrivains pour typer les réponses d'une évaluation, les contrôler\n\
         //! et les coder dans un document CDA (`usager.md`). Tirées des\n\
         //! Questionnaires publiés de TDDUI 2.3.0 (identiques en 2.2.0 :\n\
         //! `core/grilles/README.md`), en gardant le `code` de chaque grille et,\n\
         //! de chaque item, le `linkId`, le `text`, le premier `code`, le `type` et\n\
         //! les codages `answerOption` ; les enfants d'un item sont les sous-items\n\
         //! de sa réponse (AGGIR). Produit par `sidoba_core::grilles::table_runtime`\n\
         //! (`SIDOBA_REGENERER=1 cargo test -p sidoba-core --test grilles`) : ne\n\
         //! pas modifier à la main.\n\
         \n\
         use super::{Grille, ItemGrille, OptionGrille, TypeItem};\n",
    );
    for (n, liste) in options.listes.iter().enumerate() {
        let _ = write!(
            out,
            "\nstatic OPTIONS_{n}: &[OptionGrille] = &[\n{liste}];\n"
        );
    }
    out.push_str(&grilles);
    Ok(out)
}
