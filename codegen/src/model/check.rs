//! Validity rules that span the model: unique codes, references between
//! elements. (Field-level rules are checked while reading.)

use super::ctx::Ctx;
use super::source::CodeProbleme as C;
use super::*;
use std::collections::{BTreeMap, BTreeSet};

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
    super::role::verifier(&m, ctx);

    for (_, c) in m.champs() {
        if let TypeChamp::Code { nomenclature, .. } = &c.type_
            && m.nomenclature(nomenclature).is_none()
        {
            let proches = sidoba::__private_v1::proches::suggestion(
                nomenclature,
                m.nomenclatures.iter().map(|n| n.code.as_str()),
            );
            ctx.erreur(
                    &c.lieu,
                    C::NomenclatureInconnue,
                    format!("le champ « {} » désigne la nomenclature « {nomenclature} », qui n'existe pas{proches}", c.code),
                );
        }
    }
    regles(m, ctx, &elements)
}

/// Rule blocks, then each expression parsed and typed: every fault shown
/// under the expression, located in the file.
fn regles(m: Modele<NonTypee>, ctx: &mut Ctx<'_>, elements: &[(String, Lieu)]) -> Option<Modele> {
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
                C::RegleBlocNonRepetable,
                format!(
                    "la règle « {} » porte sur le bloc « {code} », qui n'est pas répétable",
                    r.code
                ),
            ),
            None => {
                let proches = sidoba::__private_v1::proches::suggestion(
                    code,
                    blocs
                        .iter()
                        .filter(|b| b.repetable)
                        .map(|b| b.code.as_str()),
                );
                ctx.erreur(
                    &r.lieu,
                    C::RegleBlocInconnu,
                    format!(
                        "la règle « {} » porte sur le bloc « {code} », qui n'existe pas{proches}",
                        r.code
                    ),
                );
            }
        }
    }
    // Typed only against a form that could be read, and only the rules
    // whose expression and block could be: the rest would only report
    // consequences of errors already reported.
    let lisibles: Vec<bool> = (0..m.regles.len())
        .map(|i| ctx.blocs_lus && ctx.regles_lisibles.get(i).copied().unwrap_or(false))
        .collect();
    let mut typees = Vec::with_capacity(m.regles.len());
    let resultats = crate::rules::verifier_toutes(&m);
    let connus: BTreeSet<&str> = m
        .champs()
        .into_iter()
        .map(|(_, c)| c.code.as_str())
        .chain(m.tous_les_blocs().into_iter().map(|b| b.code.as_str()))
        .collect();
    // Elements met in the file but not read whole (their errors are
    // reported): naming one is not a fault of the rule.
    let rencontres: BTreeSet<&str> = elements.iter().map(|(c, _)| c.as_str()).collect();
    let mut diags = Vec::new();
    for (((r, ok), lisible), resultat) in m
        .regles
        .iter()
        .zip(bloc_valide)
        .zip(lisibles)
        .zip(resultats)
    {
        match resultat {
            Ok(t) if ok && lisible => typees.push(Some(t)),
            Err(erreurs) if ok && lisible => {
                let syntaxe = crate::rules::analyser(&r.expression).is_err();
                for e in erreurs {
                    let code = if syntaxe {
                        C::RegleSyntaxe
                    } else {
                        match reference(&r.expression, &e) {
                            Some(c) if connus.contains(c.as_str()) => C::RegleTypes,
                            Some(c) if rencontres.contains(c.as_str()) => continue,
                            Some(_) => C::RegleReferenceInconnue,
                            None => C::RegleTypes,
                        }
                    };
                    let pointeur = format!("{}/expression", r.lieu.pointeur);
                    let source = ctx.source();
                    let offset =
                        super::json::offset_dans_chaine(&source.texte, r.debut_expression, e.debut);
                    diags.push(
                        source
                            .diagnostic(
                                code,
                                super::Gravite::Erreur,
                                &pointeur,
                                offset,
                                format!("règle « {} » : {}", r.code, e.message),
                            )
                            .avec_detail(&e.rendre(&r.expression)),
                    );
                }
                typees.push(None);
            }
            _ => typees.push(None),
        }
    }
    diags.into_iter().for_each(|d| ctx.pousser(d));
    m.typer(typees)
}

/// The code named by the span of a fault, when the span is a reference
/// (an IDENT or a backticked code).
fn reference(expression: &str, e: &crate::rules::ErreurRegle) -> Option<String> {
    let texte = expression.get(e.debut..e.fin)?;
    if let Some(c) = texte.strip_prefix('`').and_then(|t| t.strip_suffix('`')) {
        return Some(c.to_owned());
    }
    let mut car = texte.chars();
    let ident = car
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && car.all(|c| c.is_ascii_alphanumeric() || c == '_');
    ident.then(|| texte.to_owned())
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
                let p = sidoba::Position::de(&ctx.source().texte, premier.offset);
                ctx.erreur(
                    lieu,
                    C::CodeDuplique,
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
