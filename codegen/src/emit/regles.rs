//! Rules compiled to straight Rust: one private function per rule, nothing
//! interpreted at run time. The semantics are those of
//! [`crate::rules::evaluer`], and the arithmetic is the runtime's
//! (`sidoba::__private_v1::regle`, named `__prive::regle` in generated code), which is how both validators agree:
//! - every field the rule reads is fetched first, through the same filter
//!   the interpreter uses (a value that failed its own checks is not
//!   filled); a missing one returns `None`: the rule does not apply;
//! - every operand of `et`, `ou`, `=>` is evaluated, like the interpreter;
//! - a division by zero returns `None` through `?`, wherever it stands;
//!   operations compute on `regle::Nombre` (exact at any size), so nothing
//!   overflows.

use super::descripteurs::{date, decimal};
use super::types::ident;
use crate::model::{Modele, Regle, TypeChamp};
use crate::naming::Noms;
use crate::rules::{
    ChampRef, Comparateur, Condition, LignesRef, Numerique, Operateur, Portee, RegleTypee,
    TermeBooleen, TermeChaine, TermeDate,
};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

struct Ctx<'a> {
    /// A field a typed rule names but the model lacks: cannot happen
    /// (typing resolved it against this model); kept to be reported as an
    /// error of generation rather than emitted as code.
    introuvable: std::cell::RefCell<Option<String>>,
    /// Set when the emitted code reads the current row (`ligne.…`), so that
    /// the row parameter is named `_ligne` otherwise (no unused variable).
    lit_la_ligne: std::cell::Cell<bool>,
    /// Field code → field, built once per model.
    index: &'a std::collections::BTreeMap<&'a str, &'a crate::model::Champ>,
    /// Field code → its struct's table and member index: where its
    /// description is.
    places: &'a std::collections::BTreeMap<&'a str, (String, usize)>,
    noms: &'a Noms,
    /// The rule's repeatable block, for a row rule.
    ligne: Option<&'a str>,
}

fn nom_fn(r: &Regle, i: usize) -> Ident {
    // Rule codes are free text: the position keeps names unique.
    ident(&format!(
        "regle_{}_{}",
        i + 1,
        crate::naming::champ(&r.code).trim_start_matches("champ_")
    ))
}

fn local(c: &ChampRef, noms: &Noms) -> Ident {
    let porte = match c.portee {
        Portee::Racine => "",
        Portee::Ligne => "l_",
    };
    ident(&format!(
        "v_{porte}{}",
        noms.champ(&c.code).trim_end_matches('_')
    ))
}

fn comparateur(op: Comparateur) -> TokenStream {
    match op {
        Comparateur::Egal => quote!(==),
        Comparateur::Different => quote!(!=),
        Comparateur::Inferieur => quote!(<),
        Comparateur::InferieurOuEgal => quote!(<=),
        Comparateur::Superieur => quote!(>),
        Comparateur::SuperieurOuEgal => quote!(>=),
    }
}

impl Ctx<'_> {
    fn champ(&self, code: &str) -> Option<&crate::model::Champ> {
        self.index.get(code).copied()
    }

    /// `self.x` or `ligne.x`.
    fn acces(&self, portee: Portee, code: &str) -> TokenStream {
        let n = ident(self.noms.champ(code));
        match portee {
            Portee::Racine => quote!(self.#n),
            Portee::Ligne => {
                self.lit_la_ligne.set(true);
                quote!(ligne.#n)
            }
        }
    }

    /// The value as rules see it, `Option<_>`.
    fn filtre(&self, portee: Portee, code: &str) -> TokenStream {
        let acces = self.acces(portee, code);
        self.filtre_de(code, acces)
    }

    fn filtre_de(&self, code: &str, acces: TokenStream) -> TokenStream {
        let Some(c) = self.champ(code) else {
            self.introuvable.replace(Some(code.to_owned()));
            return quote!(None);
        };
        let Some((s, i)) = self.places.get(code) else {
            self.introuvable.replace(Some(code.to_owned()));
            return quote!(None);
        };
        let (s, i) = (ident(s), proc_macro2::Literal::usize_unsuffixed(*i));
        match &c.type_ {
            // A boolean has no checks of its own.
            TypeChamp::Booleen => acces,
            _ => quote!(lu(&#s[#i], &#acces)),
        }
    }

    fn lignes(&self, l: &LignesRef) -> TokenStream {
        self.acces(l.portee, &l.bloc)
    }

    fn condition(&self, c: &Condition) -> TokenStream {
        match c {
            Condition::Constante(b) => quote!(#b),
            Condition::Booleen(champ) => {
                let v = local(champ, self.noms);
                quote!(#v)
            }
            Condition::Renseigne(champ) => {
                let f = self.filtre(champ.portee, &champ.code);
                quote!(#f.is_some())
            }
            Condition::Contient {
                champ,
                nomenclature,
                code,
            } => {
                let v = local(champ, self.noms);
                let variante = self.variante(nomenclature, code);
                quote!(#v.contains(#variante))
            }
            Condition::Non(x) => {
                let x = self.condition(x);
                quote!(!(#x))
            }
            // No `&&` / `||`: every operand is evaluated, so that a `?`
            // (division by zero, overflow) in any of them makes the rule
            // not apply, whatever the order (WS02). One statement per
            // operand keeps a 3,000-operand `et` flat.
            Condition::Et(v) => {
                let v = v.iter().map(|x| self.condition(x));
                quote!({
                    let mut tout = true;
                    #(tout &= #v;)*
                    tout
                })
            }
            Condition::Ou(v) => {
                let v = v.iter().map(|x| self.condition(x));
                quote!({
                    let mut un = false;
                    #(un |= #v;)*
                    un
                })
            }
            Condition::Implique(a, b) => {
                let (a, b) = (self.condition(a), self.condition(b));
                quote!({
                    let si = #a;
                    let alors = #b;
                    !si || alors
                })
            }
            Condition::Nombres { gauche, op, droite } => {
                let (mut g, mut d, op) = (
                    self.numerique(gauche),
                    self.numerique(droite),
                    comparateur(*op),
                );
                // Values compare as `Decimal`s; a computed side is a
                // `Nombre`, and then both are.
                // (Only the `Decimal` side is converted: converting a
                // `Nombre` would be a useless conversion to clippy.)
                if en_decimal(gauche) != en_decimal(droite) {
                    if en_decimal(gauche) {
                        g = quote!(regle::Nombre::from(#g));
                    } else {
                        d = quote!(regle::Nombre::from(#d));
                    }
                }
                quote!((#g) #op (#d))
            }
            Condition::Dates { gauche, op, droite } => {
                let (g, d, op) = (
                    self.terme_date(gauche),
                    self.terme_date(droite),
                    comparateur(*op),
                );
                quote!((#g) #op (#d))
            }
            Condition::Textes { gauche, op, droite } => {
                let (g, d, op) = (
                    self.terme_texte(gauche),
                    self.terme_texte(droite),
                    comparateur(*op),
                );
                quote!((#g) #op (#d))
            }
            Condition::Codes {
                nomenclature,
                gauche,
                op,
                droite,
            } => {
                let terme = |t: &TermeChaine| match t {
                    TermeChaine::Constante(code) => self.variante(nomenclature, code),
                    TermeChaine::Champ(c) => {
                        let v = local(c, self.noms);
                        quote!(#v)
                    }
                };
                let (g, d, op) = (terme(gauche), terme(droite), comparateur(*op));
                quote!((#g) #op (#d))
            }
            Condition::Booleens { gauche, op, droite } => {
                let terme = |t: &TermeBooleen| match t {
                    TermeBooleen::Constante(b) => quote!(#b),
                    TermeBooleen::Champ(c) => {
                        let v = local(c, self.noms);
                        quote!(#v)
                    }
                };
                let (g, d, op) = (terme(gauche), terme(droite), comparateur(*op));
                quote!((#g) #op (#d))
            }
        }
    }

    fn variante(&self, nomenclature: &str, code: &str) -> TokenStream {
        let e = ident(self.noms.nomenclature(nomenclature));
        let v = ident(self.noms.variante(nomenclature, code));
        quote!(#e::#v)
    }

    fn terme_texte(&self, t: &TermeChaine) -> TokenStream {
        match t {
            TermeChaine::Constante(s) => quote!(#s),
            TermeChaine::Champ(c) => {
                let v = local(c, self.noms);
                quote!(#v)
            }
        }
    }

    fn terme_date(&self, t: &TermeDate) -> TokenStream {
        match t {
            TermeDate::Constante(d) => date(d),
            TermeDate::Champ(c) => {
                let v = local(c, self.noms);
                quote!(#v)
            }
        }
    }

    /// A `sidoba::Decimal` expression when [`en_decimal`], else a
    /// `regle::Nombre` one; `?` on a division by zero.
    fn numerique(&self, n: &Numerique) -> TokenStream {
        match n {
            Numerique::Constante(d) if d.scale() == 0 && i64::try_from(d.mantissa()).is_ok() => {
                let n = proc_macro2::Literal::i64_unsuffixed(d.mantissa() as i64);
                quote!(sidoba::Decimal::from(#n))
            }
            Numerique::Constante(d) => decimal(d),
            Numerique::Champ(c) => {
                let v = local(c, self.noms);
                quote!(#v)
            }
            Numerique::Somme { champ, lignes, .. } => {
                let rangees = self.lignes(lignes);
                let filtre = self.filtre_de(champ, {
                    let n = ident(self.noms.champ(champ));
                    quote!(r.#n)
                });
                quote!(regle::somme(#rangees.iter().filter_map(|r| #filtre)))
            }
            Numerique::Nombre(lignes) => {
                let rangees = self.lignes(lignes);
                quote!(sidoba::Decimal::from(#rangees.len()))
            }
            Numerique::Oppose(x) => {
                let x = self.numerique(x);
                quote!(regle::oppose(#x))
            }
            Numerique::Operation { premier, suite } => {
                // A flat block, not nested calls: a 5,000-term sum must not
                // become 5,000 levels of expression (stack depth in syn,
                // prettyplease and rustc).
                let premier = if en_decimal(premier) {
                    let p = self.numerique(premier);
                    quote!(regle::Nombre::from(#p))
                } else {
                    self.numerique(premier)
                };
                let etapes = suite.iter().map(|(op, x)| {
                    let x = self.numerique(x);
                    match op {
                        Operateur::Plus => quote!(a = regle::plus(a, #x);),
                        Operateur::Moins => quote!(a = regle::moins(a, #x);),
                        Operateur::Fois => quote!(a = regle::fois(a, #x);),
                        Operateur::Divise => quote!(a = regle::divise(a, #x)?;),
                    }
                });
                quote!({
                    let mut a = #premier;
                    #(#etapes)*
                    a
                })
            }
        }
    }
}

/// Whether [`Ctx::numerique`] gives `n` as a `Decimal` (a value read or
/// written, not computed).
fn en_decimal(n: &Numerique) -> bool {
    matches!(
        n,
        Numerique::Constante(_) | Numerique::Champ(_) | Numerique::Nombre(_)
    )
}

/// The rule functions (`impl Rapport`) and the lines of the rules' table,
/// in model order (the runtime runs row rules on each row, in row order);
/// nothing for a model without rules.
pub fn regles(
    m: &Modele,
    noms: &Noms,
    places: &std::collections::BTreeMap<&str, (String, usize)>,
) -> Result<(TokenStream, Vec<String>), super::Erreur> {
    let mut fonctions = Vec::new();
    let mut table = Vec::new();
    let tous = m.champs();
    let index = tous.iter().map(|(_, c)| (c.code.as_str(), *c)).collect();
    for (i, r) in m.regles.iter().enumerate() {
        let t = &r.typee;
        let ctx = Ctx {
            introuvable: Default::default(),
            lit_la_ligne: Default::default(),
            index: &index,
            places,
            noms,
            ligne: r.bloc.as_deref(),
        };
        let nom = nom_fn(r, i);
        fonctions.push(fonction(&ctx, t, &nom));
        if let Some(champ) = ctx.introuvable.take() {
            return Err(super::Erreur::ChampIntrouvable {
                regle: r.code.clone(),
                champ,
            });
        }
        let (code, message) = (super::texte::lit(&r.code), super::texte::lit(&r.message));
        let severite = match r.severite {
            sidoba::Severite::Bloquante => "sidoba::Severite::Bloquante",
            sidoba::Severite::Avertissement => "sidoba::Severite::Avertissement",
        };
        match &r.bloc {
            None => table.push(format!(
                "regle_rapport({code}, {severite}, {message}, Rapport::{nom}),"
            )),
            Some(_) => {
                let lignes = ident(&format!("lignes_{nom}"));
                let boucle = boucles(
                    &t.chemin,
                    noms,
                    quote!(if self.#nom(ligne) == Some(false) { echec(chemin()); }),
                );
                let doc = format!(
                    " Règle {} sur chaque ligne : `echec` reçoit le chemin de chaque ligne où elle échoue.",
                    crate::emit::docs::texte(&r.code)
                );
                fonctions.push(quote! {
                    #[doc = #doc]
                    fn #lignes(&self, echec: &mut dyn FnMut(String)) {
                        #boucle
                    }
                });
                table.push(format!(
                    "regle_lignes({code}, {severite}, {message}, Rapport::{lignes}),"
                ));
            }
        }
    }
    if table.is_empty() {
        return Ok((quote!(), table));
    }
    // One lint allowance for every compiled expression (a model's rule
    // may well compare a value with itself).
    let definitions = quote! {
        #[allow(clippy::nonminimal_bool, clippy::bool_comparison, clippy::eq_op, clippy::double_comparisons, clippy::overly_complex_bool_expr, clippy::identity_op)]
        impl Rapport {
            #(#fonctions)*
        }
    };
    Ok((definitions, table))
}

/// Nested loops down to the rule's rows (the repeatable blocks of
/// [`RegleTypee::chemin`]), binding `ligne` and `chemin`: a closure, so
/// that a row's path is formatted only when the rule fails there (a valid
/// report allocates nothing).
fn boucles(chemin: &[String], noms: &Noms, corps: TokenStream) -> TokenStream {
    let mut corps = corps;
    // Built from the innermost loop outwards.
    for (k, code) in chemin.iter().enumerate().rev() {
        let n = ident(noms.champ(code));
        let (i, parent) = (ident(&format!("i{k}")), ident(&format!("p{k}")));
        let source = if k == 0 {
            quote!(self.#n)
        } else {
            let p = ident(&format!("p{}", k - 1));
            quote!(#p.#n)
        };
        let prefixe = if k == 0 {
            quote!(format!("{}[{}]", #code, #i))
        } else {
            let c = ident(&format!("c{}", k - 1));
            quote!(format!("{}.{}[{}]", #c(), #code, #i))
        };
        let c = ident(&format!("c{k}"));
        let dernier = k + 1 == chemin.len();
        let liaison = if dernier {
            quote!(let ligne = #parent; let chemin = || #prefixe;)
        } else {
            quote!(let #c = || #prefixe;)
        };
        corps = quote! {
            for (#i, #parent) in #source.iter().enumerate() {
                #liaison
                #corps
            }
        };
    }
    corps
}

fn fonction(ctx: &Ctx<'_>, t: &RegleTypee, nom: &Ident) -> TokenStream {
    // Collected before the flag is read: emitting them is what sets it.
    let lus: Vec<TokenStream> = t
        .lus
        .iter()
        .map(|c| {
            let v = local(c, ctx.noms);
            let f = ctx.filtre(c.portee, &c.code);
            quote!(let #v = #f?;)
        })
        .collect();
    let condition = ctx.condition(&t.condition);
    let lit_la_ligne = ctx.lit_la_ligne.get();
    let ligne = match ctx.ligne {
        Some(b) => {
            let l = ident(ctx.noms.ligne(b));
            // A row rule may read only top-level values.
            let p = if lit_la_ligne {
                ident("ligne")
            } else {
                ident("_ligne")
            };
            quote!(, #p: &#l)
        }
        None => quote!(),
    };
    let doc = format!(
        " Règle {} : `None` quand elle ne s'applique pas.",
        crate::emit::docs::texte(&t.code)
    );
    quote! {
        #[doc = #doc]
        fn #nom(&self #ligne) -> Option<bool> {
            #(#lus)*
            Some(#condition)
        }
    }
}
