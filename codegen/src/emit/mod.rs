//! Rust for a checked model: one module per model.
//!
//! Everything repetitive (reading, checking, writing values) lives in the
//! `sidoba` runtime; what is generated is data (`static` descriptions),
//! types, and straight-line calls in model order. That keeps generated code
//! short and cheap to compile.

mod derive;
mod descripteurs;
pub mod docs;
mod nomenclatures;
pub mod payload;
mod regles;
mod structs;
pub mod types;
mod validation;

use crate::model::Modele;
use crate::naming::Noms;
use proc_macro2::TokenStream;
use quote::quote;

/// Where a model came from, for the generated file's header.
#[derive(Debug, Clone)]
pub struct Origine {
    /// The model file as the user named it.
    pub fichier: String,
    /// The command that regenerates the file.
    pub commande: String,
}

/// The module's tokens, before formatting (exposed for profiling).
pub fn jetons(m: &Modele) -> TokenStream {
    items(m, &Noms::de(m))
}

/// The module's source text, formatted.
pub fn module(m: &Modele, origine: &Origine) -> String {
    let items = jetons(m);
    let texte = match syn::parse2::<syn::File>(items) {
        Ok(f) => prettyplease::unparse(&f),
        // Generated tokens always parse; keep the raw text rather than fail.
        Err(e) => format!("compile_error!({:?});\n", e.to_string()),
    };
    format!("{}{texte}", en_tete(m, origine))
}

/// `//` comments, before the module's own doc.
fn en_tete(m: &Modele, o: &Origine) -> String {
    let propre = |s: &str| s.replace(['\n', '\r'], " ");
    format!(
        "// @generated par sidoba {} — ne pas modifier à la main.\n\
         // Modèle : {} version {} (campagne {}), fichier {}\n\
         // SHA-256 du modèle : {}\n\
         // Pour régénérer : {}\n\n",
        env!("CARGO_PKG_VERSION"),
        propre(&m.identite.code),
        propre(&m.identite.version),
        propre(&m.campagne.id),
        propre(&o.fichier),
        m.sha256,
        propre(&o.commande),
    )
}

fn items(m: &Modele, noms: &Noms) -> TokenStream {
    let (campagne, code, version, sha) = (
        &m.campagne.id,
        &m.identite.code,
        &m.identite.version,
        &m.sha256,
    );
    let enums = m.nomenclatures.iter().map(|n| {
        let e = nomenclatures::enumeration(n, noms);
        let v = derive::vers_enum(&types::ident(noms.nomenclature(&n.code)));
        quote!(#e #v)
    });
    let champs = m
        .champs()
        .into_iter()
        .map(|(_, c)| descripteurs::champ(c, noms))
        .collect::<Vec<_>>();
    let blocs = m
        .tous_les_blocs()
        .into_iter()
        .filter(|b| b.repetable)
        .map(|b| descripteurs::bloc(b, noms))
        .collect::<Vec<_>>();
    let formes = crate::forme::formes(m);
    let (regles, appel_regles) = regles::regles(m, noms);
    let structs = formes.iter().map(|f| {
        let s = structs::structure(f, m, noms);
        let nom = structs::nom_struct(f, noms);
        let ecrire = payload::ecrire(f, noms);
        let lire = payload::lire(f, noms);
        let verifier = validation::verifier(f, noms);
        let derive = derive::impls(f, m, noms);
        quote! {
            #s
            impl #nom {
                #ecrire
                #lire
                #verifier
            }
            #derive
        }
    });
    // No inner `//!` doc: a generated file must be `include!`-able; the
    // module's doc is on its `pub mod` line in `mod.rs`.
    quote! {
        /// Identifier of the campaign (WS01).
        pub const CAMPAGNE: &str = #campagne;
        /// Code of the model.
        pub const MODELE: &str = #code;
        /// Version of the model.
        pub const VERSION: &str = #version;
        /// SHA-256 of the model file this module was generated from.
        pub const SHA256: &str = #sha;

        #(#enums)*
        #(#structs)*

        impl Rapport {
            #regles

            /// Fills a report from structs that derive `SidobaReport`.
            pub fn builder() -> sidoba::derive::Constructeur<Rapport> {
                sidoba::derive::Constructeur::new()
            }

            /// The WS05 payload, refused while a blocking finding remains
            /// (warnings do not block).
            pub fn payload(&self) -> Result<String, sidoba::Constats> {
                let constats = self.valider();
                if constats.valide() { Ok(self.payload_sans_validation()) } else { Err(constats) }
            }

            /// The WS05 payload as it stands, without validating it.
            pub fn payload_sans_validation(&self) -> String {
                sidoba::ecriture::enveloppe(CAMPAGNE, MODELE, VERSION, |o| self.ecrire(o))
            }

            /// Reads a WS05 payload. Values that cannot be taken (wrong JSON
            /// type, unknown code or key) are kept as findings in `rejets`,
            /// for `valider_avec`; only a payload that is not JSON or is for
            /// another model is an error.
            pub fn lire(payload: &str) -> Result<sidoba::Lu<Rapport>, sidoba::ErreurLecture> {
                sidoba::lecture::lire(payload, CAMPAGNE, MODELE, VERSION, |f, l| {
                    Self::lire_objet(f, &sidoba::verif::Chemin::racine(), l)
                })
            }

            /// Reads a WS05 payload, refusing any value it cannot take.
            pub fn depuis_payload(payload: &str) -> Result<Rapport, sidoba::lecture::ErreurPayload> {
                Ok(Self::lire(payload)?.strict()?)
            }

            /// Every finding: field constraints in model order, then the rules.
            pub fn valider(&self) -> sidoba::Constats {
                self.valider_avec(&sidoba::Rejets::default())
            }

            /// Same, with the findings made while reading a payload placed
            /// where their fields stand.
            pub fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {
                let mut v = sidoba::verif::Verificateur::new(rejets);
                self.verifier(&mut v);
                v.inconnus();
                #appel_regles
                sidoba::Constats(v.finir())
            }

            /// Reads and validates a payload, as `sidoba validate` does.
            pub fn valider_payload(payload: &str) -> Result<sidoba::Constats, sidoba::ErreurLecture> {
                let lu = Self::lire(payload)?;
                Ok(lu.rapport.valider_avec(&lu.rejets))
            }
        }

        #(#champs)*
        #(#blocs)*
    }
}
