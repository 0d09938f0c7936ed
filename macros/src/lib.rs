//! `#[derive(SidobaReport)]`, re-exported by the `sidoba` runtime.
//!
//! The derive reads only the user's struct; everything about the model
//! comes from the generated code, through the traits of `sidoba::derive`
//! that it implements. Attribute errors are collected and reported all at
//! once, each at its own span, beside a stand-in impl of the trait (as
//! thiserror does) so that code using the struct adds no error of its own; code and type errors are raised by the
//! compiler on the `const` items and calls this derive places on the user's
//! attributes and fields.

mod attributs;
mod expansion;

use proc_macro::TokenStream;

/// Maps a struct of the vendor's DUI onto the fields of a generated report.
///
/// ```text
/// #[derive(SidobaReport)]
/// #[sidoba(rapport = Rapport)]                 // or (rapport = Rapport, bloc = "effectifs") for one row of a table
/// struct FicheStructure {
///     statut: StatutJuridique,                 // field code = the Rust name
///     #[sidoba(champ = "nombre_de_places")]    // or any model code, whatever its characters
///     places: u16,
///     #[sidoba(ignore)]
///     id_interne: i64,
/// }
/// ```
#[proc_macro_derive(SidobaReport, attributes(sidoba))]
pub fn derive_sidoba_report(entree: TokenStream) -> TokenStream {
    let entree = syn::parse_macro_input!(entree as syn::DeriveInput);
    match attributs::lire(&entree) {
        Ok(d) => expansion::developper(&entree, &d).into(),
        Err(attributs::Echec { erreur, repli }) => {
            let mut sortie = erreur.to_compile_error();
            sortie.extend(repli.map(|d| expansion::repli(&entree, &d)));
            sortie.into()
        }
    }
}
