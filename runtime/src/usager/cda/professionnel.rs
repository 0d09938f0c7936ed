//! Un professionnel du fichier en `assignedEntity` CDA : l'idNatPs du
//! Practitioner (`8` + RPPS, ou `3` + FINESS + `/` + identifiant local,
//! les préfixes CI-SIS de TRE_G08, racine `1.2.250.1.71.4.2.1`), la
//! profession (TRE_G15, `G15_` + code comme dans l'exemple du guide) et le
//! nom.

use super::xml;
use super::{Contexte, ErreurCda};
use crate::usager::Professionnel;

/// Le professionnel d'identifiant local `identifiant`, en
/// `assignedEntity` ; rien quand le fichier ne nomme pas ce professionnel
/// (un constat bloquant de la lecture : l'écrivain n'en invente pas). Les
/// erreurs sont placées en `professionnels[k].<clé>`.
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
