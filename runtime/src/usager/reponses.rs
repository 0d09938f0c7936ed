//! An evaluation's answers against its grid (`usager.md`): each answer
//! typed as its item says, in grid order, into a [`Sortie`] (the WS09
//! QuestionnaireResponse's items, the CDA evaluation's components); what
//! does not fit is a blocking finding at `….reponses.<linkId>` — an
//! unknown linkId, an answer of the wrong type, an option the item does
//! not have, and for a grid that must be complete (AGGIR) an unanswered
//! item. The same walk checks (no `Sortie`) and writes, so that both
//! readers and the writers agree. No message quotes an answer.

use super::guide::{Grille, ItemGrille, TypeItem};
use super::{Rendu, Reponse, Reponses, Sortie};
use crate::descripteur::{Champ, Genre, Nomenclature, Valeur};
use crate::{CodeConstat, Constat, Date};

fn constat(out: &mut Vec<Constat>, chemin: String, code: CodeConstat, message: String) {
    out.push(Constat::champ(chemin, code, message));
}

/// Checks `reponses` against `grille` (findings under `chemin`, the
/// evaluation's `reponses` path) and, with `sortie`, walks the answers
/// that fit into it.
pub fn parcourir_reponses(
    grille: &Grille,
    reponses: &Reponses,
    chemin: &str,
    mut sortie: Option<&mut dyn Sortie>,
    out: &mut Vec<Constat>,
) {
    niveau(grille, grille.items, reponses, chemin, &mut sortie, out);
}

fn niveau(
    grille: &Grille,
    items: &'static [ItemGrille],
    reponses: &Reponses,
    chemin: &str,
    sortie: &mut Option<&mut dyn Sortie>,
    out: &mut Vec<Constat>,
) {
    for (cle, _) in &reponses.0 {
        if !items.iter().any(|i| i.link_id == cle) {
            constat(
                out,
                format!("{chemin}.{cle}"),
                CodeConstat::ChampInconnu,
                format!(
                    "La grille « {} » n'a pas d'item « {cle} » ici : ses linkId sont {}.",
                    grille.titre,
                    items
                        .iter()
                        .map(|i| format!("« {} »", i.link_id))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }
    for item in items {
        let ici = format!("{chemin}.{}", item.link_id);
        let (valeur, sous) = match reponses.get(item.link_id) {
            None => (None, None),
            Some(Reponse::Groupe { valeur, items: s }) if !item.items.is_empty() => {
                (valeur.as_deref(), Some(s))
            }
            Some(Reponse::Groupe { .. }) => {
                constat(
                    out,
                    ici,
                    CodeConstat::Type,
                    format!(
                        "L'item « {} » n'a pas de sous-items : sa réponse est une valeur, pas un objet.",
                        item.link_id
                    ),
                );
                continue;
            }
            Some(r) => (Some(r), None),
        };
        let Some(valeur) = valeur else {
            if grille.complete {
                constat(
                    out,
                    ici.clone(),
                    CodeConstat::Obligatoire,
                    format!(
                        "L'item « {} » ({}) doit être répondu : la grille « {} » est complète ou n'est pas transmise (le guide CDA exige chaque item).",
                        item.link_id, item.texte, grille.titre
                    ),
                );
            }
            // Sub-items without their item's own answer cannot be written
            // (they hang from that answer); they are still checked.
            if let Some(s) = sous {
                niveau(grille, item.items, s, &ici, &mut None, out);
            }
            continue;
        };
        if !rendre(item, valeur, &ici, sortie, out) {
            if let Some(s) = sous {
                niveau(grille, item.items, s, &ici, &mut None, out);
            }
            continue;
        }
        let vide = Reponses::default();
        let s = sous.unwrap_or(&vide);
        if !item.items.is_empty() {
            if let Some(x) = sortie.as_deref_mut() {
                x.ouvrir_reponse();
            }
            niveau(grille, item.items, s, &ici, sortie, out);
            if let Some(x) = sortie.as_deref_mut() {
                x.fermer_reponse();
            }
        }
    }
}

/// One item's own answer: checked, then written; false when it does not
/// fit (its finding given).
fn rendre(
    item: &ItemGrille,
    r: &Reponse,
    chemin: &str,
    sortie: &mut Option<&mut dyn Sortie>,
    out: &mut Vec<Constat>,
) -> bool {
    let attendu = match item.type_ {
        TypeItem::Booleen => "un booléen",
        TypeItem::Entier => "un nombre entier (32 bits)",
        TypeItem::Decimal => "un nombre",
        TypeItem::Texte => "une chaîne",
        TypeItem::Date => "une date AAAA-MM-JJ",
        TypeItem::Choix => "le code d'une option de l'item (une chaîne)",
        TypeItem::Groupe => "un objet de sous-items",
    };
    let faux = |out: &mut Vec<Constat>| {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Type,
            format!("La réponse à « {} » est {attendu}.", item.link_id),
        );
        false
    };
    let decimal;
    let valeurs: Vec<Valeur<'_>>;
    let rendu = match (item.type_, r) {
        (TypeItem::Booleen, Reponse::Booleen(b)) => Rendu::Booleen(*b),
        (TypeItem::Entier, Reponse::Nombre(n)) => match n.parse::<i32>() {
            Ok(v) => Rendu::Entier(i64::from(v)),
            Err(_) => return faux(out),
        },
        (TypeItem::Decimal, Reponse::Nombre(n)) => match crate::decimal::lire(n) {
            Some(d) => {
                decimal = d;
                Rendu::Decimal(&decimal)
            }
            None => return faux(out),
        },
        (TypeItem::Texte, Reponse::Chaine(t)) if !t.is_empty() => Rendu::Texte(t),
        (TypeItem::Date, Reponse::Chaine(t)) => match t.parse::<Date>() {
            Ok(d) => Rendu::Date(d),
            Err(_) => return faux(out),
        },
        (TypeItem::Choix, Reponse::Chaine(code)) => {
            if !item.options.iter().any(|o| o.code == code) {
                constat(
                    out,
                    chemin.to_owned(),
                    CodeConstat::Nomenclature,
                    format!(
                        "Ce code n'est pas une option de l'item « {} » : ses options sont {}.",
                        item.link_id,
                        item.options
                            .iter()
                            .map(|o| format!("« {} » ({})", o.code, o.libelle))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                return false;
            }
            // Written below, with its nomenclature.
            Rendu::Booleen(false)
        }
        _ => return faux(out),
    };
    let Some(s) = sortie.as_deref_mut() else {
        return true;
    };
    let genre_simple = match item.type_ {
        TypeItem::Entier => Genre::Entier {
            min: None,
            max: None,
        },
        TypeItem::Decimal => Genre::Decimal {
            min: None,
            max: None,
            decimales: 28,
        },
        TypeItem::Texte => Genre::Texte {
            longueur_min: None,
            longueur_max: None,
            motif: None,
        },
        TypeItem::Date => Genre::Date {
            min: None,
            max: None,
        },
        _ => Genre::Booleen,
    };
    let champ = |genre| Champ {
        code: item.link_id,
        libelle: item.texte,
        obligatoire: false,
        personnel: false,
        genre,
    };
    if let (TypeItem::Choix, Reponse::Chaine(code)) = (item.type_, r) {
        // One item's options share their system (each grid's do).
        let systeme = item.options.first().map(|o| o.systeme);
        valeurs = item
            .options
            .iter()
            .map(|o| Valeur {
                code: o.code,
                libelle: o.libelle,
                actif: true,
            })
            .collect();
        let n = Nomenclature {
            code: item.link_id,
            libelle: item.texte,
            reference: systeme,
            valeurs: &valeurs,
        };
        if let Some(v) = valeurs.iter().find(|v| v.code == code) {
            s.champ(
                &champ(Genre::Code {
                    nomenclature: &n,
                    multiple: false,
                }),
                Rendu::Code(v),
            );
        }
        return true;
    }
    s.champ(&champ(genre_simple), rendu);
    true
}
