//! Validity rules that span the model: unique codes, references between
//! elements. (Field-level rules are checked while reading.)

use super::read::Ctx;
use super::*;
use std::collections::BTreeMap;

pub(super) fn verifier(m: &Modele, ctx: &mut Ctx<'_>) {
    codes_uniques(ctx, "nomenclature", m.nomenclatures.iter().map(|n| (&n.code, &n.lieu)));
    for n in &m.nomenclatures {
        codes_uniques(ctx, &format!("valeur de « {} »", n.code), n.valeurs.iter().map(|v| (&v.code, &v.lieu)));
    }
    // Blocks and fields share one namespace: both are keys of the payload.
    // Taken from every element met, read whole or not.
    let elements = std::mem::take(&mut ctx.cles);
    codes_uniques(ctx, "bloc ou champ", elements.iter().map(|(c, l)| (c, l)));
    codes_uniques(ctx, "règle", m.regles.iter().map(|r| (&r.code, &r.lieu)));

    for (_, c) in m.champs() {
        if let TypeChamp::Code { nomenclature, .. } = &c.type_ {
            if m.nomenclature(nomenclature).is_none() {
                let proches = sidoba::proches::suggestion(nomenclature, m.nomenclatures.iter().map(|n| n.code.as_str()));
                ctx.erreur(
                    &c.lieu,
                    format!("le champ « {} » désigne la nomenclature « {nomenclature} », qui n'existe pas{proches}", c.code),
                );
            }
        }
    }
    let blocs = m.tous_les_blocs();
    for r in &m.regles {
        let Some(code) = &r.bloc else { continue };
        match blocs.iter().find(|b| &b.code == code) {
            Some(b) if b.repetable => {}
            Some(_) => ctx.erreur(&r.lieu, format!("la règle « {} » porte sur le bloc « {code} », qui n'est pas répétable", r.code)),
            None => {
                let proches = sidoba::proches::suggestion(code, blocs.iter().filter(|b| b.repetable).map(|b| b.code.as_str()));
                ctx.erreur(&r.lieu, format!("la règle « {} » porte sur le bloc « {code} », qui n'existe pas{proches}", r.code));
            }
        }
    }
}

/// Reports each repeat of a code, pointing at the repeat and naming the first.
fn codes_uniques<'m>(ctx: &mut Ctx<'_>, quoi: &str, codes: impl Iterator<Item = (&'m String, &'m Lieu)>) {
    let mut vus: BTreeMap<&str, &Lieu> = BTreeMap::new();
    for (code, lieu) in codes {
        if code.is_empty() {
            continue;
        }
        match vus.get(code.as_str()) {
            Some(premier) => {
                let p = sidoba::json::Position::de(&ctx.source().texte, premier.offset);
                ctx.erreur(lieu, format!("code de {quoi} « {code} » en double (déjà utilisé en {p}, {})", premier.pointeur));
            }
            None => {
                vus.insert(code, lieu);
            }
        }
    }
}
