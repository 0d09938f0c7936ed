//! Les identifiants des entrées au format du guide, qu'écrivent les
//! sections du corps (`corps.rs`) et les entrées qu'elles portent
//! (`evenements.rs`, `evaluations.rs`) : sous les trois, pour qu'aucun
//! n'importe l'autre en retour.

use super::xml;
use super::{Contexte, ErreurCda, code_systeme};

/// `3` + FINESS + `/` + identifiant local + `-` + nature + `-` + numéro : le
/// « format à respecter » du guide pour les identifiants des entrées.
/// `lieu` nomme le numéro pour les erreurs ; l'identifiant local est
/// `identifiant`.
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
