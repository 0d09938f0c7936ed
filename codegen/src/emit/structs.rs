//! `Rapport` and the row structs: fields, docs, `Debug`.

use super::docs::{attrs, contraintes, texte};
use super::types::{ident, rust};
use crate::forme::{Forme, Membre};
use crate::model::{Modele, TypeChamp};
use crate::naming::Noms;
use proc_macro2::{Ident, TokenStream};
use quote::quote;

pub fn nom_struct(f: &Forme, noms: &Noms) -> Ident {
    match f.bloc {
        None => ident("Rapport"),
        Some(b) => ident(noms.ligne(&b.code)),
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

pub fn nom_membre(mb: &Membre, noms: &Noms) -> Ident {
    match mb {
        Membre::Champ { champ, .. } => ident(noms.champ(&champ.code)),
        Membre::Lignes(b) => ident(noms.champ(&b.code)),
    }
}

pub fn structure(f: &Forme, m: &Modele, noms: &Noms) -> TokenStream {
    let nom = nom_struct(f, noms);
    let doc = attrs(&doc_struct(f, m));
    let champs = f.membres.iter().map(|mb| {
        let d: Vec<String> = doc_membre(mb, m)
            .iter()
            .flat_map(|l| l.split('\n').map(str::to_owned).collect::<Vec<_>>())
            .collect();
        let d = attrs(&d);
        let n = nom_membre(mb, noms);
        let t = match mb {
            Membre::Champ { champ, .. } => {
                let t = rust(&champ.type_, noms);
                quote!(Option<#t>)
            }
            Membre::Lignes(b) => {
                let l = ident(noms.ligne(&b.code));
                quote!(Vec<#l>)
            }
        };
        quote!(#d pub #n: #t)
    });
    let personnel = f
        .membres
        .iter()
        .any(|mb| matches!(mb, Membre::Champ { champ, .. } if champ.donnee_personnelle));
    let (derive_debug, debug) = if personnel {
        (quote!(), debug(f, noms))
    } else {
        (quote!(Debug,), quote!())
    };
    quote! {
        #doc
        #[derive(Clone, #derive_debug Default, PartialEq)]
        pub struct #nom {
            #(#champs,)*
        }
        #debug
    }
}

/// `Debug` that shows personal-data fields only as filled or not.
fn debug(f: &Forme, noms: &Noms) -> TokenStream {
    let nom = nom_struct(f, noms);
    let nom_s = nom.to_string();
    let champs = f.membres.iter().map(|mb| {
        let n = nom_membre(mb, noms);
        let s = n.to_string();
        match mb {
            Membre::Champ { champ, .. } if champ.donnee_personnelle => {
                quote!(.field(#s, &sidoba::__private::Masque(&self.#n)))
            }
            _ => quote!(.field(#s, &self.#n)),
        }
    });
    quote! {
        impl core::fmt::Debug for #nom {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.debug_struct(#nom_s) #(#champs)* .finish()
            }
        }
    }
}
