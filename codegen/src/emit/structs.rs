//! `Rapport` and the row structs: their documented fields, as text. What
//! they do (reading, checking, writing, `Debug`) comes from their tables.

use super::docs::{contraintes, texte};
use super::types::rust_texte;
use crate::naming::Noms;
use sidoba_core::forme::{Forme, Membre};
use sidoba_core::model::{Modele, TypeChamp};

pub fn nom_struct<'n>(f: &Forme, noms: &'n Noms) -> &'n str {
    match f.bloc {
        None => "Rapport",
        Some(b) => noms.ligne(&b.code),
    }
}

fn doc_struct(f: &Forme, m: &Modele) -> Vec<String> {
    let mut d = Vec::new();
    match f.bloc {
        None => {
            d.push(format!(
                "Rapport « {} » (campagne {}).",
                texte(&m.campagne.libelle),
                texte(&m.campagne.id)
            ));
            d.push(String::new());
            d.push("Chaque champ est facultatif en Rust pour que le rapport se remplisse pas à pas ; `valider()` signale ce qui manque. Les blocs du modèle :".into());
            d.push(String::new());
            for b in &m.blocs {
                d.push(format!(
                    "- {} ({}){}",
                    texte(&b.libelle),
                    texte(&b.code),
                    if b.repetable {
                        " : table de lignes"
                    } else {
                        ""
                    }
                ));
            }
        }
        Some(b) => {
            d.push(format!(
                "Une ligne du bloc répétable « {} » ({}).",
                texte(&b.libelle),
                texte(&b.code)
            ));
            if let Some(desc) = &b.description {
                d.push(String::new());
                d.push(texte(desc));
            }
        }
    }
    d
}

fn doc_membre(mb: &Membre, m: &Modele) -> Vec<String> {
    match mb {
        Membre::Champ { champ: c, bloc } => {
            let mut d = vec![format!("**{}** ({}).", texte(&c.libelle), texte(&c.code))];
            if let Some(desc) = &c.description {
                d.push(String::new());
                d.push(texte(desc));
            }
            d.push(String::new());
            d.push(format!(
                "- Bloc : {} ({}).",
                texte(&bloc.libelle),
                texte(&bloc.code)
            ));
            let libelle_n = match &c.type_ {
                TypeChamp::Code { nomenclature, .. } => {
                    m.nomenclature(nomenclature).map(|n| n.libelle.as_str())
                }
                _ => None,
            };
            d.extend(contraintes(c, libelle_n));
            d
        }
        Membre::Lignes(b) => {
            let mut d = vec![format!(
                "**{}** ({}) : table de lignes.",
                texte(&b.libelle),
                texte(&b.code)
            )];
            if let Some(desc) = &b.description {
                d.push(String::new());
                d.push(texte(desc));
            }
            match (b.min_lignes, b.max_lignes) {
                (Some(a), Some(z)) => d.push(format!("\nDe {a} à {z} lignes.")),
                (Some(a), None) => d.push(format!("\nAu moins {a} ligne(s).")),
                (None, Some(z)) => d.push(format!("\nAu plus {z} lignes.")),
                (None, None) => {}
            }
            d
        }
    }
}

pub fn nom_membre<'n>(mb: &Membre, noms: &'n Noms) -> &'n str {
    match mb {
        Membre::Champ { champ, .. } => noms.champ(&champ.code),
        Membre::Lignes(b) => noms.champ(&b.code),
    }
}

/// The struct, its doc and its documented fields.
pub fn structure(out: &mut String, f: &Forme, m: &Modele, noms: &Noms) {
    super::texte::doc(out, "", &doc_struct(f, m));
    out.push_str("#[derive(Clone, Default, PartialEq)]\n");
    out.push_str(&format!("pub struct {} {{\n", nom_struct(f, noms)));
    for mb in &f.membres {
        super::texte::doc(out, "    ", &doc_membre(mb, m));
        let t = match mb {
            Membre::Champ { champ, .. } => format!("Option<{}>", rust_texte(&champ.type_, noms)),
            Membre::Lignes(b) => format!("Vec<{}>", noms.ligne(&b.code)),
        };
        out.push_str(&format!("    pub {}: {t},\n", nom_membre(mb, noms)));
    }
    out.push_str("}\n");
}
