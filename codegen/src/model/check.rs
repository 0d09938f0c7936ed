//! Validity rules that span the model: unique codes, references between
//! elements. (Field-level rules are checked while reading.)

use super::read::Ctx;
use super::*;
use std::collections::BTreeMap;

pub(super) fn verifier(m: Modele<NonTypee>, ctx: &mut Ctx<'_>) -> Option<Modele> {
    codes_uniques(
        ctx,
        "nomenclature",
        m.nomenclatures.iter().map(|n| (&n.code, &n.lieu)),
    );
    for n in &m.nomenclatures {
        codes_uniques(
            ctx,
            &format!("valeur de « {} »", n.code),
            n.valeurs.iter().map(|v| (&v.code, &v.lieu)),
        );
    }
    // Blocks and fields share one namespace: both are keys of the payload.
    // Taken from every element met, read whole or not.
    let elements = std::mem::take(&mut ctx.cles);
    codes_uniques(ctx, "bloc ou champ", elements.iter().map(|(c, l)| (c, l)));
    codes_uniques(ctx, "règle", m.regles.iter().map(|r| (&r.code, &r.lieu)));

    for (_, c) in m.champs() {
        if let TypeChamp::Code { nomenclature, .. } = &c.type_
            && m.nomenclature(nomenclature).is_none()
        {
            let proches = sidoba::proches::suggestion(
                nomenclature,
                m.nomenclatures.iter().map(|n| n.code.as_str()),
            );
            ctx.erreur(
                    &c.lieu,
                    format!("le champ « {} » désigne la nomenclature « {nomenclature} », qui n'existe pas{proches}", c.code),
                );
        }
    }
    regles(m, ctx)
}

/// Rule blocks, then each expression parsed and typed: every fault shown
/// under the expression, located in the file.
fn regles(m: Modele<NonTypee>, ctx: &mut Ctx<'_>) -> Option<Modele> {
    let blocs = m.tous_les_blocs();
    let mut bloc_valide = Vec::with_capacity(m.regles.len());
    for r in &m.regles {
        let Some(code) = &r.bloc else {
            bloc_valide.push(true);
            continue;
        };
        let trouve = blocs.iter().find(|b| &b.code == code);
        bloc_valide.push(trouve.is_some_and(|b| b.repetable));
        match trouve {
            Some(b) if b.repetable => {}
            Some(_) => ctx.erreur(
                &r.lieu,
                format!(
                    "la règle « {} » porte sur le bloc « {code} », qui n'est pas répétable",
                    r.code
                ),
            ),
            None => {
                let proches = sidoba::proches::suggestion(
                    code,
                    blocs
                        .iter()
                        .filter(|b| b.repetable)
                        .map(|b| b.code.as_str()),
                );
                ctx.erreur(
                    &r.lieu,
                    format!(
                        "la règle « {} » porte sur le bloc « {code} », qui n'existe pas{proches}",
                        r.code
                    ),
                );
            }
        }
    }
    let mut typees = Vec::with_capacity(m.regles.len());
    let resultats = crate::rules::verifier_toutes(&m);
    for ((r, ok), resultat) in m.regles.iter().zip(bloc_valide).zip(resultats) {
        if !ok {
            typees.push(None);
            continue;
        }
        match resultat {
            Ok(t) => typees.push(Some(t)),
            Err(erreurs) => {
                for e in erreurs {
                    let pointeur = format!("{}/expression", r.lieu.pointeur);
                    let d = ctx
                        .source()
                        .diagnostic(
                            super::Gravite::Erreur,
                            &pointeur,
                            r.debut_expression + e.debut,
                            format!("règle « {} » : {}", r.code, e.message),
                        )
                        .avec_detail(&e.rendre(&r.expression));
                    ctx.pousser(d);
                }
                typees.push(None);
            }
        }
    }
    m.typer(typees)
}

/// Reports each repeat of a code, pointing at the repeat and naming the first.
fn codes_uniques<'m>(
    ctx: &mut Ctx<'_>,
    quoi: &str,
    codes: impl Iterator<Item = (&'m String, &'m Lieu)>,
) {
    let mut vus: BTreeMap<&str, &Lieu> = BTreeMap::new();
    for (code, lieu) in codes {
        if code.is_empty() {
            continue;
        }
        match vus.get(code.as_str()) {
            Some(premier) => {
                let p = sidoba::json::Position::de(&ctx.source().texte, premier.offset);
                ctx.erreur(
                    lieu,
                    format!(
                        "code de {quoi} « {code} » en double (déjà utilisé en {p}, {})",
                        premier.pointeur
                    ),
                );
            }
            None => {
                vus.insert(code, lieu);
            }
        }
    }
}
