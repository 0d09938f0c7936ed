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
use crate::{CodeConstat, Constat, Date, Severite};

fn constat(out: &mut Vec<Constat>, chemin: String, code: CodeConstat, message: String) {
    out.push(Constat::champ(chemin, code, message));
}

/// The rule code of the AGGIR adverbs warning (also `sidoba_core::grilles`').
pub const REGLE_ADVERBES: &str = "AGGIR_ADVERBES";

/// Checks `reponses` against `grille` (findings under `chemin`, the
/// evaluation's `reponses` path; the one checker of grid answers, which
/// `sidoba_core::grilles` calls too: an item with sub-items answers
/// `{"valeur": …, …}`, its own answer's findings at `….valeur`) and, with
/// `sortie`, walks the answers that fit into it.
pub fn parcourir_reponses(
    grille: &Grille,
    reponses: &Reponses,
    chemin: &str,
    mut sortie: Option<&mut dyn Sortie>,
    out: &mut Vec<Constat>,
) {
    if reponses.is_empty() {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Obligatoire,
            "L'évaluation n'a aucune réponse : une évaluation donne au moins une réponse de sa grille (« item » est 1..* dans le profil).".into(),
        );
        return;
    }
    niveau(grille, grille.items, reponses, chemin, &mut sortie, out);
    if grille.complete {
        adverbes(grille, reponses, chemin, out);
    }
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
            // A linkId of the grid in the wrong place: say where it goes.
            let aide = match place(grille.items, cle, "") {
                Some(ici) => format!("c'est un linkId de la grille, à écrire en « {ici} »"),
                None => format!(
                    "ses linkId y sont {}",
                    items
                        .iter()
                        .map(|i| format!("« {} »", i.link_id))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            constat(
                out,
                format!("{chemin}.{cle}"),
                CodeConstat::ChampInconnu,
                format!(
                    "« {cle} » n'est pas un linkId de la grille « {} » à cet endroit : {aide}.",
                    grille.titre,
                ),
            );
        }
    }
    for item in items {
        let ici = format!("{chemin}.{}", item.link_id);
        let manque = |out: &mut Vec<Constat>, ou: String| {
            if grille.complete {
                constat(
                    out,
                    ou,
                    CodeConstat::Obligatoire,
                    format!(
                        "« {} » ({}) n'a pas de réponse : la grille « {} » les demande toutes (le guide CDA exige chaque item).",
                        item.link_id, item.texte, grille.titre
                    ),
                );
            }
        };
        match reponses.get(item.link_id) {
            None => manque(out, ici),
            Some(Reponse::Groupe { .. }) if item.items.is_empty() => constat(
                out,
                ici,
                CodeConstat::Type,
                format!(
                    "« {} » n'a pas de sous-items : sa réponse est une valeur, pas un objet.",
                    item.link_id
                ),
            ),
            Some(Reponse::Groupe { valeur, items: s }) => {
                let propre = format!("{ici}.valeur");
                let ecrite = match valeur.as_deref() {
                    Some(v) => rendre(item, v, &propre, sortie, out),
                    None => {
                        manque(out, propre);
                        false
                    }
                };
                // Sub-items hang from their item's own answer: without it
                // they are checked, not written.
                if ecrite {
                    if let Some(x) = sortie.as_deref_mut() {
                        x.ouvrir_reponse();
                    }
                    niveau(grille, item.items, s, &ici, sortie, out);
                    if let Some(x) = sortie.as_deref_mut() {
                        x.fermer_reponse();
                    }
                } else {
                    niveau(grille, item.items, s, &ici, &mut None, out);
                }
            }
            Some(_) if !item.items.is_empty() => constat(
                out,
                ici,
                CodeConstat::Type,
                format!(
                    "« {} » porte des sous-items : attendu un objet {{\"valeur\": …, \"<linkId>\": …}}.",
                    item.link_id
                ),
            ),
            Some(r) => {
                rendre(item, r, &ici, sortie, out);
            }
        }
    }
}

/// Where the item `link_id` is answered, from the level of `items`
/// (`base` its path): `resultat-eval.manger.manger-habit`.
fn place(items: &[ItemGrille], link_id: &str, base: &str) -> Option<String> {
    items.iter().find_map(|i| {
        let ici = if base.is_empty() {
            i.link_id.to_owned()
        } else {
            format!("{base}.{}", i.link_id)
        };
        if i.link_id == link_id {
            Some(ici)
        } else {
            place(i.items, link_id, &ici)
        }
    })
}

/// AGGIR beyond the guide: a
/// variable's modality (`qf0` A, `qf2` B, `qf4` C) against its four
/// adverbs (all positive → A, none → C, else B; fill-in guide of the
/// AGGIR grid, annex 2-1 of the CASF): a warning when they differ.
fn adverbes(grille: &Grille, reponses: &Reponses, chemin: &str, out: &mut Vec<Constat>) {
    for racine in grille.items {
        let Some(Reponse::Groupe { items: vars, .. }) = reponses.get(racine.link_id) else {
            continue;
        };
        for var in racine.items {
            let Some(Reponse::Groupe {
                valeur: Some(v),
                items: criteres,
            }) = vars.get(var.link_id)
            else {
                continue;
            };
            let Reponse::Chaine(donnee) = v.as_ref() else {
                continue;
            };
            let lus: Vec<bool> = var
                .items
                .iter()
                .filter(|c| c.type_ == TypeItem::Booleen)
                .filter_map(|c| match criteres.get(c.link_id) {
                    Some(Reponse::Booleen(b)) => Some(*b),
                    _ => None,
                })
                .collect();
            let Ok(lus) = <[bool; 4]>::try_from(lus) else {
                continue;
            };
            out.extend(ecart_adverbes(
                format!("{chemin}.{}.{}.valeur", racine.link_id, var.link_id),
                var.link_id,
                donnee,
                lus,
            ));
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
        (TypeItem::Entier, Reponse::Nombre(n)) => match (n.parse::<i32>(), n.parse::<i64>()) {
            (Ok(v), _) => Rendu::Entier(i64::from(v)),
            // A whole number beyond FHIR's 32-bit integer: a bound, not a type.
            (Err(_), Ok(v)) => {
                let (code, borne) = if v < 0 {
                    (
                        CodeConstat::Min,
                        format!("vaut moins que le minimum {}", i32::MIN),
                    )
                } else {
                    (CodeConstat::Max, format!("dépasse le maximum {}", i32::MAX))
                };
                constat(
                    out,
                    chemin.to_owned(),
                    code,
                    format!(
                        "La réponse à « {} » {borne} (entier 32 bits).",
                        item.link_id
                    ),
                );
                return false;
            }
            (Err(_), Err(_)) => return faux(out),
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

/// AGGIR beyond the guide: each variable's modality against its four
/// adverbs.
///
/// The national grid's fill-in guide (Code de l'action sociale et des
/// familles, annexe 2-1, from décret n° 2008-821 du 21 août 2008) codes a
/// variable from its adverbs « spontanément, totalement, correctement,
/// habituellement »: all four positive → A, all four negative → C, some
/// negative → B (as reproduced e.g. at
/// <http://papidoc.chic-cm.fr/19texteaggir.html>). The TDDUI grids give the
/// modality as an ICF facilitator qualifier: `qf0` « aucun facilitateur »
/// (does alone: A), `qf2` « facilitateur modéré » (B), `qf4` « facilitateur
/// absolu » (C); the guide's own AGGIR PA and PH examples follow this for
/// all their 25 variables. A modality that does not follow its adverbs is
/// a warning, never blocking: the evaluator's word stands.
///
/// The GIR itself is not computed: the décret's group tables were not
/// found in a source we could cite with certainty, nor how the grid's ICF
/// variables combine into the décret's ten discriminant variables.
///
/// The one rule and the one checker of grid answers: the typed
/// collection's and `sidoba_core::grilles`' (which types its JSON first).
#[doc(hidden)]
pub fn ecart_adverbes(
    chemin: String,
    variable: &str,
    donnee: &str,
    lus: [bool; 4],
) -> Option<Constat> {
    const ADVERBES: [&str; 4] = [
        "spontanément",
        "totalement",
        "correctement",
        "habituellement",
    ];
    let lettre = |m: &str| match m {
        "qf0" => "A",
        "qf2" => "B",
        _ => "C",
    };
    let attendue = match lus.iter().filter(|x| **x).count() {
        4 => "qf0",
        0 => "qf4",
        _ => "qf2",
    };
    if !["qf0", "qf2", "qf4"].contains(&donnee) || donnee == attendue {
        return None;
    }
    let negatifs: Vec<&str> = ADVERBES
        .iter()
        .zip(lus)
        .filter(|(_, oui)| !oui)
        .map(|(a, _)| *a)
        .collect();
    let adverbes = if negatifs.is_empty() {
        "les quatre adverbes sont positifs".to_owned()
    } else {
        format!("non : {}", negatifs.join(", "))
    };
    Some(Constat {
        chemin,
        code: CodeConstat::Regle,
        regle: Some(REGLE_ADVERBES.to_owned()),
        severite: Severite::Avertissement,
        message: format!(
            "« {variable} » : la modalité {donnee} (codage {}) ne suit pas les adverbes ({adverbes}), \
             qui donnent {attendue} (codage {}) : vérifiez l'évaluation (guide de remplissage \
             AGGIR, annexe 2-1 du CASF)",
            lettre(donnee),
            lettre(attendue)
        ),
    })
}
