//! What `#[derive(SidobaReport)]` relies on: each generated struct describes
//! its members to the runtime (`sidoba::derive`), one impl per member, so
//! the derive resolves codes and types against the generated code itself,
//! with no model file at compile time.

use super::descripteurs::{nom_bloc, nom_champ};
use super::structs::{nom_membre, nom_struct};
use super::types::{ident, rust};
use crate::forme::{Forme, Membre};
use crate::model::Modele;
use crate::naming::Noms;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

pub fn impls(f: &Forme, m: &Modele, noms: &Noms) -> TokenStream {
    let s = nom_struct(f, noms);
    let nom_modele = format!("{} {}", m.identite.code, m.identite.version);
    let membres = f.membres.iter().map(|mb| match mb {
        Membre::Champ { champ, .. } => {
            let c = &champ.code;
            quote!(sidoba::__private::derive::Membre::Champ(#c))
        }
        Membre::Lignes(b) => {
            let c = &b.code;
            quote!(sidoba::__private::derive::Membre::Table(#c))
        }
    });
    let mut blocs: Vec<&str> = Vec::new();
    for mb in &f.membres {
        if let Membre::Champ { bloc, .. } = mb {
            let propre = f.bloc.is_some_and(|b| b.code == bloc.code);
            if !propre && !blocs.contains(&bloc.code.as_str()) {
                blocs.push(&bloc.code);
            }
        }
    }
    let tries = super::payload::cles_triees(f).into_iter().map(|(k, i)| {
        let i = Literal::usize_unsuffixed(i);
        quote!((#k, #i))
    });
    let mut champs = Vec::new();
    let mut tables = Vec::new();
    for (i, mb) in f.membres.iter().enumerate() {
        let i = Literal::usize_unsuffixed(i);
        let n = nom_membre(mb, noms);
        match mb {
            Membre::Champ { champ, .. } => {
                let t = rust(&champ.type_, noms);
                let d = nom_champ(champ, noms);
                champs.push(quote!(#i => #n: #t = #d));
            }
            Membre::Lignes(b) => {
                let l = ident(noms.ligne(&b.code));
                let d = nom_bloc(b, noms);
                tables.push(quote!(#i => #n: #l = #d));
            }
        }
    }
    let champs =
        (!champs.is_empty()).then(|| quote!(sidoba::__private::champs_derive!(#s; #(#champs),*);));
    let tables =
        (!tables.is_empty()).then(|| quote!(sidoba::__private::tables_derive!(#s; #(#tables),*);));
    let rapport = f.bloc.is_none().then(|| {
        quote! {
            impl sidoba::__private::derive::Rapport for Rapport {
                fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
                    Rapport::valider_avec(self, rejets)
                }
                fn payload_sans_validation(&self) -> String {
                    Rapport::payload_sans_validation(self)
                }
            }
        }
    });
    quote! {
        impl sidoba::__private::derive::Modele for #s {
            const MODELE: &'static str = #nom_modele;
            const MEMBRES: &'static [sidoba::__private::derive::Membre] = &[#(#membres),*];
            const BLOCS: &'static [&'static str] = &[#(#blocs),*];
            const TRIES: &'static [(&'static str, usize)] = &[#(#tries),*];
        }
        #champs
        #tables
        #rapport
    }
}

/// An enum fills a code field of its own list only.
pub fn vers_enum(e: &proc_macro2::Ident) -> TokenStream {
    quote! {
        impl sidoba::derive::Vers<#e> for #e {
            fn vers(&self) -> Result<Option<#e>, sidoba::derive::Echec> {
                Ok(Some(*self))
            }
        }
    }
}
