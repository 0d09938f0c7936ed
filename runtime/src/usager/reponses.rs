//! Les réponses d'une évaluation contre sa grille (`usager.md`) : chaque
//! réponse typée comme le dit son item, dans l'ordre de la grille, vers une
//! [`Sortie`] (les items de la QuestionnaireResponse du WS09, les
//! composants de l'évaluation CDA) ; ce qui ne convient pas est un constat
//! bloquant sous `….reponses.<linkId>` — un linkId inconnu, une réponse du
//! mauvais type, une option que l'item n'a pas et, pour une grille qui doit
//! être complète (AGGIR), un item sans réponse. Le même parcours contrôle
//! (sans `Sortie`) et écrit, pour que les deux lectures et les écrivains
//! s'accordent. Aucun message ne cite une réponse.

use super::guide::{Grille, ItemGrille, TypeItem};
use super::{Rendu, Reponse, Reponses, Sortie};
use crate::descripteur::{Champ, Genre, Nomenclature, Valeur};
use crate::{CodeConstat, Constat, Date, Severite};

fn constat(out: &mut Vec<Constat>, chemin: String, code: CodeConstat, message: String) {
    out.push(Constat::champ(chemin, code, message));
}

/// Le code de règle de l'avertissement des adverbes AGGIR (comme
/// `sidoba_core::grilles`).
pub const REGLE_ADVERBES: &str = "AGGIR_ADVERBES";

/// Contrôle `reponses` contre `grille` (constats sous `chemin`, le chemin
/// `reponses` de l'évaluation, avec les conventions du contrôle des grilles
/// de `sidoba_core::grilles` : un item à sous-items répond
/// `{"valeur": …, …}`, les constats de sa propre réponse sous `….valeur`)
/// et, avec `sortie`, y parcourt les réponses qui conviennent.
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
            constat(
                out,
                format!("{chemin}.{cle}"),
                CodeConstat::ChampInconnu,
                format!(
                    "« {cle} » n'est pas un linkId de la grille « {} » à cet endroit : ses linkId y sont {}.",
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

/// AGGIR au-delà du guide, comme `sidoba_core::grilles` : la modalité
/// d'une variable (`qf0` A, `qf2` B, `qf4` C) contre ses quatre adverbes
/// (tous positifs → A, aucun → C, sinon B ; guide de remplissage de la
/// grille AGGIR, annexe 2-1 du CASF) : un avertissement quand elles
/// diffèrent.
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

/// La réponse propre d'un item : contrôlée, puis écrite ; `false` quand
/// elle ne convient pas (son constat émis).
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

/// AGGIR : l'avertissement quand la modalité d'une variable (`qf0` A, `qf2`
/// B, `qf4` C) ne suit pas ses quatre adverbes (tous positifs → A, aucun →
/// C, sinon B). Une seule règle pour la collecte typée et
/// `sidoba_core::grilles`.
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
