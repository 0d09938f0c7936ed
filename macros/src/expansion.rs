//! The generated impls. Codes resolve in `const` items spanned on the
//! user's attributes: through the report's index macro (`Rapport!`, which
//! generated code exports beside the type) to a literal for a known code,
//! else to the constant lookup of `sidoba::derive` (unknown code: compile
//! error there, naming the closest codes). Values go through
//! `sidoba::derive::Vers`, spanned on the user's field types (a type that
//! cannot hold the field: compile error there).

use crate::attributs::{ChampMappe, Derive};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{DeriveInput, LitStr};

/// Fills `cible` (of type `modele`) from `self`. Each code's index comes
/// from the report's index macro (`Rapport!`, generated beside the type): a
/// literal for a known code; otherwise the macro gives back the constant
/// lookup written after `else`, whose error lands on the attribute.
/// `bloc`: the rows' block, whose fields the index keys by its code.
fn remplissage(
    champs: &[ChampMappe],
    rapport: &syn::Path,
    bloc: Option<&LitStr>,
    modele: &TokenStream,
) -> TokenStream {
    let lignes = champs.iter().map(|c| {
        let code = &c.code;
        let membre = &c.membre;
        let index = quote_spanned!(c.span_code => const I: usize = #rapport!(#bloc #code else ::sidoba::__private_v1::derive::champ::<#modele>(#code)););
        let appel = quote_spanned!(c.type_.span() => suivi.champ::<#modele, _, _>(I, <#modele as ::sidoba::__private_v1::derive::Champ<I>>::place(cible), &self.#membre)?;);
        quote!({ #index #appel })
    });
    quote!(#(#lignes)*)
}

/// The methods are `#[inline]`: like serde's generic impls, they are then
/// compiled where the builder calls them, not in every crate that derives
/// (measured in `docs/performance.md`: the derive's compile time was its
/// code generation once its codes were literal indexes).
pub fn developper(entree: &DeriveInput, d: &Derive) -> TokenStream {
    let nom = &entree.ident;
    let (impl_g, type_g, clause) = entree.generics.split_for_impl();
    let rapport = &d.rapport;
    match &d.bloc {
        None => {
            let modele = quote!(#rapport);
            let corps = remplissage(&d.champs, rapport, None, &modele);
            quote! {
                impl #impl_g ::sidoba::derive::Source<#rapport> for #nom #type_g #clause {
                    #[inline]
                    fn remplir(
                        &self,
                        cible: &mut #rapport,
                        suivi: &mut ::sidoba::__private_v1::derive::Suivi,
                    ) -> ::core::result::Result<(), ::sidoba::derive::Conflit> {
                        #corps
                        ::core::result::Result::Ok(())
                    }
                }
            }
        }
        Some(bloc) => {
            let table = quote_spanned!(bloc.span() => #rapport!(bloc #bloc else ::sidoba::__private_v1::derive::table::<#rapport>(#bloc)));
            // Resolved once, in `TABLE`, so a wrong code is one error; the
            // methods' consts name the struct (`Self` is not allowed there),
            // which a generic struct cannot do: it resolves again.
            let t = if entree.generics.params.is_empty() {
                quote!(<#nom as ::sidoba::derive::Ligne<#rapport>>::TABLE)
            } else {
                table.clone()
            };
            let ligne = quote!(<#rapport as ::sidoba::__private_v1::derive::Table<{ T }>>::Ligne);
            let corps = remplissage(&d.champs, rapport, Some(bloc), &ligne);
            quote! {
                impl #impl_g ::sidoba::derive::Ligne<#rapport> for #nom #type_g #clause {
                    const TABLE: usize = #table;

                    #[inline]
                    fn reserver(cible: &mut #rapport, n: usize) {
                        const T: usize = #t;
                        <#rapport as ::sidoba::__private_v1::derive::Table<{ T }>>::lignes(cible).reserve(n);
                    }

                    #[inline]
                    fn ajouter(
                        &self,
                        cible: &mut #rapport,
                        suivi: &mut ::sidoba::__private_v1::derive::Suivi,
                    ) -> ::core::result::Result<(), ::sidoba::derive::Conflit> {
                        const T: usize = #t;
                        let lignes = <#rapport as ::sidoba::__private_v1::derive::Table<{ T }>>::lignes(cible);
                        suivi.entrer_ligne::<#rapport, { T }>(lignes.len());
                        // Built whole, then pushed once.
                        let mut ligne = <#ligne as ::core::default::Default>::default();
                        let cible = &mut ligne;
                        #corps
                        suivi.sortir_ligne();
                        lignes.push(ligne);
                        ::core::result::Result::Ok(())
                    }
                }
            }
        }
    }
}

/// The trait impl emitted beside attribute errors: code using the struct
/// then type-checks, so one mistake gives one error. Its body never runs
/// (the build fails on the errors).
pub fn repli(entree: &DeriveInput, d: &Derive) -> TokenStream {
    let nom = &entree.ident;
    let (impl_g, type_g, clause) = entree.generics.split_for_impl();
    let rapport = &d.rapport;
    let suivi = quote!(::sidoba::__private_v1::derive::Suivi);
    let resultat = quote!(::core::result::Result<(), ::sidoba::derive::Conflit>);
    match &d.bloc {
        None => quote! {
            impl #impl_g ::sidoba::derive::Source<#rapport> for #nom #type_g #clause {
                fn remplir(&self, _: &mut #rapport, _: &mut #suivi) -> #resultat {
                    ::core::unreachable!()
                }
            }
        },
        Some(_) => quote! {
            impl #impl_g ::sidoba::derive::Ligne<#rapport> for #nom #type_g #clause {
                const TABLE: usize = 0;
                fn reserver(_: &mut #rapport, _: usize) {}
                fn ajouter(&self, _: &mut #rapport, _: &mut #suivi) -> #resultat {
                    ::core::unreachable!()
                }
            }
        },
    }
}
