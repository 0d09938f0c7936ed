//! Field checks in model order (the rules follow them).

use super::descripteurs::{nom_bloc, nom_champ};
use super::structs::nom_membre;
use crate::forme::{Forme, Membre};
use crate::model::TypeChamp;
use crate::naming::Noms;
use proc_macro2::TokenStream;
use quote::quote;

/// `fn verifier(&self, v)`: each field's constraints, rows recursively.
pub fn verifier(f: &Forme, noms: &Noms) -> TokenStream {
    let lignes = f.membres.iter().map(|mb| {
        let n = nom_membre(mb, noms);
        match mb {
            Membre::Champ { champ, .. } => {
                let d = nom_champ(champ, noms);
                match &champ.type_ {
                    // `i64::from` on an `i64` would be a useless conversion.
                    TypeChamp::Entier { min, max } if super::types::entier(*min, *max) == "i64" => {
                        quote!(v.entier(&#d, self.#n);)
                    }
                    TypeChamp::Entier { .. } => quote!(v.entier(&#d, self.#n.map(i64::from));),
                    TypeChamp::Decimal { .. } => quote!(v.decimal(&#d, self.#n.as_ref());),
                    TypeChamp::Texte { .. } => quote!(v.texte(&#d, self.#n.as_deref());),
                    TypeChamp::Booleen => quote!(v.booleen(&#d, self.#n);),
                    TypeChamp::Date { .. } => quote!(v.date(&#d, self.#n);),
                    TypeChamp::Code {
                        multiple: false, ..
                    } => quote!(v.code(&#d, self.#n);),
                    TypeChamp::Code { multiple: true, .. } => {
                        quote!(v.codes(&#d, self.#n.as_ref());)
                    }
                }
            }
            Membre::Lignes(b) => {
                let d = nom_bloc(b, noms);
                quote!(v.lignes(&#d, &self.#n, |l, v| l.verifier(v));)
            }
        }
    });
    quote! {
        fn verifier(&self, v: &mut sidoba::__private::verif::Verificateur<'_>) {
            #(#lignes)*
        }
    }
}
