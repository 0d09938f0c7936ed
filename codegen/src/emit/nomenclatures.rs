//! One enum per code list.

use super::descripteurs;
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
    let valeurs = crate::description::valeurs(n);
    let description = descripteurs::nomenclature(&crate::description::nomenclature(n, &valeurs));
    let nombre = proc_macro2::Literal::usize_unsuffixed(variantes.len());
    quote! {
        #doc
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[allow(clippy::enum_variant_names)]
        pub enum #nom {
            #(#variantes_doc,)*
        }

        impl #nom {
            /// Toutes les valeurs, dans l'ordre du modèle.
            pub const TOUTES: [Self; #nombre] = [#(Self::#variantes),*];

            /// Le code envoyé dans le payload.
            pub fn code(self) -> &'static str {
                sidoba::Code::code(self)
            }

            /// Le libellé présenté aux personnes.
            pub fn libelle(self) -> &'static str {
                sidoba::Code::libelle(self)
            }

            /// Faux pour une valeur gardée seulement pour lire d'anciennes données.
            pub fn est_actif(self) -> bool {
                sidoba::Code::est_actif(self)
            }
        }

        impl sidoba::Code for #nom {
            const NOMENCLATURE: &'static sidoba::__private::descripteur::Nomenclature<'static> =
                &#description;

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

            /// Lit un code ; un code inconnu nomme les codes les plus proches.
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
