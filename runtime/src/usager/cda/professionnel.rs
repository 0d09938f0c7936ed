//! A professional of the file as a CDA `assignedEntity`: the Practitioner's
//! idNatPs (`8` + RPPS, or `3` + FINESS + `/` + local identifier, the
//! CI-SIS prefixes of TRE_G08, root `1.2.250.1.71.4.2.1`), the profession
//! (TRE_G15, `G15_` + code as the guide's example) and the name.

use super::xml;
use super::{Contexte, ErreurCda};
use crate::usager::Professionnel;

/// The professional whose local identifier is `identifiant`, as an
/// `assignedEntity`; nothing when the file names no such professional (the
/// reader's blocking finding: the writer does not invent one). Errors are
/// placed at `professionnels[k].<key>`.
pub(crate) fn entite(
    buf: &mut String,
    c: &Contexte<'_>,
    identifiant: &str,
    erreurs: &mut Vec<ErreurCda>,
) -> bool {
    let Some((k, p)) = c
        .professionnels
        .iter()
        .enumerate()
        .find(|(_, p)| p.identifiant == identifiant)
    else {
        return false;
    };
    let lieu = format!("professionnels[{k}]");
    ecrire(buf, c, p, &lieu, erreurs);
    true
}

fn ecrire(
    buf: &mut String,
    c: &Contexte<'_>,
    p: &Professionnel,
    lieu: &str,
    erreurs: &mut Vec<ErreurCda>,
) {
    let mut echec = |r: Result<(), xml::Interdit>, quoi: &str| {
        if r.is_err() {
            erreurs.push(ErreurCda::Caractere {
                lieu: format!("{lieu}.{quoi}"),
            });
        }
    };
    buf.push_str("<assignedEntity><id root=\"1.2.250.1.71.4.2.1\" extension=\"");
    match &p.rpps {
        Some(r) => {
            buf.push('8');
            buf.push_str(r.as_str());
        }
        None => {
            buf.push('3');
            buf.push_str(c.structure.finess.as_str());
            buf.push('/');
            echec(xml::attribut(buf, &p.identifiant), "identifiant");
        }
    }
    buf.push_str("\"/>");
    if let Some(code) = &p.profession {
        buf.push_str("<code code=\"G15_");
        echec(xml::code(buf, code), "profession");
        buf.push_str("\" codeSystem=\"1.2.250.1.213.1.1.4.5\"/>");
    }
    buf.push_str("<assignedPerson><name><given>");
    echec(xml::texte(buf, &p.prenom), "prenom");
    buf.push_str("</given><family>");
    echec(xml::texte(buf, &p.nom), "nom");
    buf.push_str("</family></name></assignedPerson></assignedEntity>");
}
