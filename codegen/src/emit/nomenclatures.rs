//! One enum per code list.

use super::docs::{attrs, texte};
use super::types::ident;
use crate::model::Nomenclature;
use crate::naming::Noms;
use proc_macro2::TokenStream;
use quote::quote;

pub fn enumeration(n: &Nomenclature, noms: &Noms) -> TokenStream {
    let nom = ident(noms.nomenclature(&n.code));
    let mut doc = vec![format!(
        "{} (nomenclature {}).",
        texte(&n.libelle),
        texte(&n.code)
    )];
    if let Some(r) = &n.reference {
        doc.push(String::new());
        doc.push(format!("Référence : {}.", texte(r)));
    }
    if n.valeurs.iter().any(|v| !v.actif) {
        doc.push(String::new());
        doc.push("Les valeurs inactives se lisent encore dans d'anciennes données mais sont refusées par la validation.".into());
    }
    let doc = attrs(&doc);
    let variantes: Vec<_> = n
        .valeurs
        .iter()
        .map(|v| ident(noms.variante(&n.code, &v.code)))
        .collect();
    let variantes_doc = n.valeurs.iter().zip(&variantes).map(|(v, id)| {
        let mut d = format!("{} : {}", texte(&v.code), texte(&v.libelle));
        if !v.actif {
            d.push_str(" (**inactive** : refusée dans un nouveau rapport)");
        }
        let d = attrs(&[d]);
        quote!(#d #id)
    });
    let index = (0..variantes.len()).map(proc_macro2::Literal::usize_unsuffixed);
    let code = &n.code;
    let libelle = &n.libelle;
    let valeurs = n.valeurs.iter().map(|v| {
        let (c, l, a) = (&v.code, &v.libelle, v.actif);
        quote!(sidoba::__private::descripteur::Valeur { code: #c, libelle: #l, actif: #a })
    });
    let nombre = proc_macro2::Literal::usize_unsuffixed(variantes.len());
    quote! {
        #doc
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[allow(clippy::enum_variant_names)]
        pub enum #nom {
            #(#variantes_doc,)*
        }

        impl #nom {
            /// Every value, in the model's order.
            pub const TOUTES: [Self; #nombre] = [#(Self::#variantes),*];

            /// The code sent in the payload.
            pub fn code(self) -> &'static str {
                sidoba::Code::code(self)
            }

            /// The label shown to people.
            pub fn libelle(self) -> &'static str {
                sidoba::Code::libelle(self)
            }

            /// False for a value kept only to read old data.
            pub fn est_actif(self) -> bool {
                sidoba::Code::est_actif(self)
            }
        }

        impl sidoba::Code for #nom {
            const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> =
                &sidoba::__private::descripteur::Nomenclature { code: #code, libelle: #libelle, valeurs: &[#(#valeurs),*] };

            fn index(self) -> usize {
                self as usize
            }

            fn depuis_index(index: usize) -> Option<Self> {
                match index {
                    #(#index => Some(Self::#variantes),)*
                    _ => None,
                }
            }
        }

        impl core::str::FromStr for #nom {
            type Err = sidoba::CodeInconnu;

            /// Parses a code; an unknown one names the closest codes.
            fn from_str(code: &str) -> Result<Self, Self::Err> {
                sidoba::__private::descripteur::code_depuis_str(code)
            }
        }

        impl core::fmt::Display for #nom {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.code())
            }
        }
    }
}
