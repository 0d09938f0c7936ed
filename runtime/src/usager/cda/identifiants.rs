//! Entries' identifiers as the guide formats them, written by the
//! sections of the body (`corps.rs`) and the entries they hold
//! (`evenements.rs`, `evaluations.rs`): below all three, so that none of
//! them imports another back.

use super::xml;
use super::{Contexte, ErreurCda, code_systeme};

/// `3` + FINESS + `/` + local identifier + `-` + kind + `-` + number: the
/// guide's "format à respecter" of entries' identifiers. `lieu` names the
/// number for errors; the local identifier is `identifiant`.
pub(crate) fn identifiant(
    buf: &mut String,
    systeme: &str,
    c: &Contexte<'_>,
    genre: &str,
    (numero, lieu): (&str, &str),
    erreurs: &mut Vec<ErreurCda>,
) {
    buf.push_str("<id root=\"");
    buf.push_str(&code_systeme(systeme));
    buf.push_str("\" extension=\"3");
    buf.push_str(c.structure.finess.as_str());
    buf.push('/');
    if xml::attribut(buf, &c.personne.identifiant).is_err() {
        erreurs.push(ErreurCda::Caractere {
            lieu: "identifiant".into(),
        });
    }
    buf.push('-');
    buf.push_str(genre);
    buf.push('-');
    if xml::attribut(buf, numero).is_err() {
        erreurs.push(ErreurCda::Caractere { lieu: lieu.into() });
    }
    buf.push_str("\"/>");
}
