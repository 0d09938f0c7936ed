//! Writing and reading the WS05 payload, through the runtime.

use super::descripteurs::{nom_bloc, nom_champ};
use super::structs::nom_membre;
use super::types::ident;
use crate::forme::{Forme, Membre};
use crate::model::TypeChamp;
use crate::naming::Noms;
use proc_macro2::TokenStream;
use quote::quote;

/// `fn ecrire(&self, o)`: keys in model order, absent fields left out.
pub fn ecrire(f: &Forme, noms: &Noms) -> TokenStream {
    let lignes = f.membres.iter().map(|mb| {
        let n = nom_membre(mb, noms);
        match mb {
            Membre::Champ { champ, .. } => {
                let code = &champ.code;
                match &champ.type_ {
                    TypeChamp::Decimal { decimales, .. } => {
                        let d = proc_macro2::Literal::u32_unsuffixed(*decimales);
                        quote!(o.decimal(#code, self.#n.as_ref(), #d);)
                    }
                    TypeChamp::Texte { .. } => quote!(o.texte(#code, self.#n.as_deref());),
                    TypeChamp::Code {
                        multiple: false, ..
                    } => quote!(o.code(#code, self.#n);),
                    TypeChamp::Code { multiple: true, .. } => {
                        quote!(o.codes(#code, self.#n.as_ref());)
                    }
                    _ => quote!(o.valeur(#code, self.#n.as_ref());),
                }
            }
            Membre::Lignes(b) => {
                let code = &b.code;
                quote!(o.lignes(#code, &self.#n, |l, o| l.ecrire(o));)
            }
        }
    });
    quote! {
        fn ecrire(&self, o: &mut sidoba::__private::ecriture::Objet<'_>) {
            #(#lignes)*
        }
    }
}

/// `fn lire_objet(o, chemin, lecteur)`: every key, unknown ones recorded.
/// Keys are found by binary search in a sorted table, then dispatched on
/// the member's position (a jump table, whatever the number of fields).
pub fn lire(f: &Forme, noms: &Noms) -> TokenStream {
    let bras = f.membres.iter().enumerate().map(|(i, mb)| {
        let n = nom_membre(mb, noms);
        let lire = match mb {
            Membre::Champ { champ, .. } => {
                let d = nom_champ(champ, noms);
                match &champ.type_ {
                    TypeChamp::Entier { .. } => quote!(l.entier(c, &#d, f)),
                    TypeChamp::Decimal { .. } => quote!(l.decimal(c, &#d, f)),
                    TypeChamp::Texte { .. } => quote!(l.texte(c, &#d, f)),
                    TypeChamp::Booleen => quote!(l.booleen(c, &#d, f)),
                    TypeChamp::Date { .. } => quote!(l.date(c, &#d, f)),
                    TypeChamp::Code {
                        multiple: false, ..
                    } => quote!(l.code_enum(c, &#d, f)),
                    TypeChamp::Code { multiple: true, .. } => quote!(l.codes_enum(c, &#d, f)),
                }
            }
            Membre::Lignes(b) => {
                let d = nom_bloc(b, noms);
                let ligne = ident(noms.ligne(&b.code));
                quote!(l.lignes_de(c, &#d, f, #ligne::lire_objet))
            }
        };
        let i = proc_macro2::Literal::usize_unsuffixed(i);
        quote!(Some(#i) => r.#n = #lire?,)
    });
    let cles = cles_triees(f).into_iter().map(|(k, i)| {
        let i = proc_macro2::Literal::usize_unsuffixed(i);
        quote!((#k, #i))
    });
    let n = proc_macro2::Literal::usize_unsuffixed(f.membres.len());
    let ordre = f.membres.iter().map(|mb| match mb {
        Membre::Champ { champ, .. } => champ.code.as_str(),
        Membre::Lignes(b) => b.code.as_str(),
    });
    quote! {
        fn lire_objet(
            f: &mut sidoba::__private::flux::Flux<'_>,
            c: &sidoba::__private::verif::Chemin,
            l: &mut sidoba::__private::lecture::Lecteur,
        ) -> Result<Self, sidoba::__private::jeton::ErreurJson> {
            const CLES: sidoba::__private::lecture::Cles<'static> = sidoba::__private::lecture::Cles(&[#(#cles),*]);
            const ORDRE: &[&str] = &[#(#ordre),*];
            let mut r = Self::default();
            let mut vus = sidoba::__private::flux::Vus::new(#n);
            let mut attendu = 0;
            f.membres(|f, cle, pos| {
                let i = CLES.index_attendu(cle, ORDRE, attendu);
                match i {
                    Some(i) => {
                        vus.connu(i, cle, pos)?;
                        attendu = i + 1;
                    }
                    None => vus.inconnu(cle, pos)?,
                }
                match i {
                    #(#bras)*
                    _ => l.inconnue(f, c, cle, CLES.codes())?,
                }
                Ok(())
            })?;
            Ok(r)
        }
    }
}

/// A struct's payload keys in byte order, with their member positions.
pub fn cles_triees<'m>(f: &Forme<'m>) -> Vec<(&'m str, usize)> {
    let mut v: Vec<(&str, usize)> = f
        .membres
        .iter()
        .enumerate()
        .map(|(i, mb)| match mb {
            Membre::Champ { champ, .. } => (champ.code.as_str(), i),
            Membre::Lignes(b) => (b.code.as_str(), i),
        })
        .collect();
    v.sort_unstable();
    v
}
