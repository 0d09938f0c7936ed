//! The derive's index of a module: one hidden `macro_rules!` that turns a
//! code into its member's index, re-exported under the report's name so
//! that the `use …::Rapport` of a vendor's code imports it with the type
//! (macros have their own namespace).
//!
//! `#[derive(SidobaReport)]` resolves each mapped code through it: a known
//! code expands to a literal index, which rustc reads at no cost. Resolving
//! the code during constant evaluation instead (a binary search on strings,
//! then the choice of the `Champ<I>` impl from that constant) was the
//! derive's measured compile time (`docs/performance.md`). An unknown code
//! falls through to what the derive wrote after `else`: the constant lookup
//! of `sidoba::derive`, whose error names the closest codes at the vendor's
//! attribute. One line per member, under `#[rustfmt::skip]`.

use super::texte::lit;
use sidoba_core::forme::{Forme, Membre};
use sidoba_core::model::Modele;

/// The macro's name: exported macros share the crate root, so it carries
/// the model's hash (two different models never clash in one crate).
fn nom(m: &Modele) -> String {
    let empreinte: String = m.sha256.chars().take(16).collect();
    format!("__sidoba_index_{empreinte}")
}

/// Arms, in member order: `("code" …) => {i}` for a field of `Rapport`,
/// `(bloc "code" …) => {i}` for one of its repeatable blocks, and
/// `("bloc" "code" …) => {i}` for a field of that block's rows; the last
/// arm gives back what follows `else`.
pub fn index(out: &mut String, m: &Modele, formes: &[Forme]) {
    let Some(rapport) = formes.iter().find(|f| f.bloc.is_none()) else {
        return;
    };
    let nom = nom(m);
    out.push_str(&format!(
        "\n/// L'index des codes que lit `#[derive(SidobaReport)]` (chaque code connu donne le rang de son membre).\n\
         #[doc(hidden)]\n#[macro_export]\n#[rustfmt::skip]\nmacro_rules! {nom} {{\n"
    ));
    for (i, mb) in rapport.membres.iter().enumerate() {
        match mb {
            Membre::Champ { champ, .. } => {
                out.push_str(&format!(
                    "    ({} $($f:tt)*) => {{{i}}};\n",
                    lit(&champ.code)
                ));
            }
            Membre::Lignes(b) => {
                out.push_str(&format!(
                    "    (bloc {} $($f:tt)*) => {{{i}}};\n",
                    lit(&b.code)
                ));
                let lignes = formes
                    .iter()
                    .find(|f| f.bloc.is_some_and(|x| x.code == b.code));
                for (j, l) in lignes.iter().flat_map(|f| f.membres.iter().enumerate()) {
                    if let Membre::Champ { champ, .. } = l {
                        out.push_str(&format!(
                            "    ({} {} $($f:tt)*) => {{{j}}};\n",
                            lit(&b.code),
                            lit(&champ.code)
                        ));
                    }
                }
            }
        }
    }
    out.push_str(&format!(
        "    ($(bloc)? $($c:literal)+ else $($f:tt)*) => {{$($f)*}};\n}}\n\
         #[doc(hidden)]\n#[allow(unused_imports)] // a module `include!`d in a binary may not derive\npub use {nom} as Rapport;\n"
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every arm of the index, as (key, index): `"c"`, `bloc "t"`, `"t" "c"`.
    fn bras(texte: &str) -> Vec<(String, usize)> {
        texte
            .lines()
            .filter_map(|l| {
                let (cle, reste) = l.trim().strip_prefix('(')?.split_once(" $($f:tt)*) => {")?;
                Some((cle.to_owned(), reste.strip_suffix("};")?.parse().ok()?))
            })
            .collect()
    }

    #[test]
    fn the_index_holds_every_member_with_the_key_order_s_index() {
        // Codes that are not identifiers, a table and its rows' fields, a
        // second non-repeatable block.
        let texte = r#"{"campagne": {"id": "X-1", "libelle": "X", "module": "X"},
            "modele": {"code": "X", "version": "1", "niveau": "structure"},
            "blocs": [{"code": "b", "libelle": "B", "champs": [
                {"code": "nb-places", "libelle": "A", "type": "entier"},
                {"code": "2025_é", "libelle": "C", "type": "texte"}]},
              {"code": "t", "libelle": "T", "repetable": true, "champs": [
                {"code": "n", "libelle": "N", "type": "entier"},
                {"code": "z", "libelle": "Z", "type": "booleen"}]},
              {"code": "fin", "libelle": "F", "champs": [
                {"code": "k", "libelle": "K", "type": "entier"}]}]}"#;
        let source =
            sidoba_core::model::Source::depuis_octets("x.json", texte.as_bytes().to_vec()).unwrap();
        let (m, _) = sidoba_core::model::charger(&source, false).unwrap();
        let formes = sidoba_core::forme::formes(&m);
        let mut out = String::new();
        index(&mut out, &m, &formes);
        let attendu: Vec<(String, usize)> = formes
            .iter()
            .flat_map(|f| {
                let prefixe = f.bloc.map(|b| format!("{} ", lit(&b.code)));
                sidoba_core::forme::cles_triees(f)
                    .into_iter()
                    .map(move |(code, i)| (prefixe.clone(), code, i))
            })
            .map(|(prefixe, code, i)| {
                let table = prefixe.is_none()
                    && formes
                        .iter()
                        .any(|f| f.bloc.is_some_and(|b| b.code == code));
                let cle = match prefixe {
                    Some(p) => format!("{p}{}", lit(code)),
                    None if table => format!("bloc {}", lit(code)),
                    None => lit(code),
                };
                (cle, i)
            })
            .collect();
        let mut vu = bras(&out);
        let mut attendu = attendu;
        vu.sort();
        attendu.sort();
        assert_eq!(vu, attendu, "{out}");
        assert!(out.contains(&format!("pub use {} as Rapport;", nom(&m))));
    }
}
