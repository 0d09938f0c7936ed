//! The French wording of each change, naming labels.

use super::changement::{Borne, Changement as C, Lignes, Limite, Objet, Quantite};
use crate::model::{Bloc, Niveau, Nomenclature, Regle, TypeChamp};
use sidoba::Severite;

pub(super) fn message(c: &C<'_>) -> String {
    match c {
        C::BlocAjoute { bloc: b, exige } => {
            let mut m = format!(
                "Nouveau bloc{} « {} »",
                if b.repetable { " répétable" } else { "" },
                b.libelle
            );
            if *exige {
                match b.min_lignes.filter(|_| b.repetable) {
                    Some(n) => m.push_str(&format!(" d'au moins {n} ligne{}", pluriel(n))),
                    None => m.push_str(" contenant des données obligatoires"),
                }
            }
            m
        }
        C::BlocSupprime { bloc } => format!("Le bloc « {} » est supprimé", bloc.libelle),
        C::BlocRenomme { avant: a, apres: b } => {
            let mut m = format!(
                "Le bloc « {} » change de code : « {} » devient « {} »",
                b.libelle, a.code, b.code
            );
            if a.repetable || b.repetable {
                m.push_str(" (clé des lignes dans les données)");
            }
            m
        }
        C::BlocDeplace {
            bloc,
            de,
            vers,
            lignes,
            ..
        } => {
            let de = match de {
                Some(p) => format!("du bloc « {p} »"),
                None => "de la racine du modèle".to_owned(),
            };
            let vers = match vers {
                Some(p) => format!("au bloc « {p} »"),
                None => "à la racine du modèle".to_owned(),
            };
            format!(
                "Le bloc « {} » passe {de} {vers}{}",
                bloc.libelle,
                changement_de_lignes(lignes)
            )
        }
        C::BlocDevenuRepetable { bloc } => format!(
            "Le bloc « {} » devient répétable{}",
            bloc.libelle,
            bornes_lignes(bloc)
        ),
        C::BlocDevenuSimple { apres, .. } => {
            format!("Le bloc « {} » n'est plus répétable", apres.libelle)
        }
        C::Limites { nom, bornes, .. } => {
            let phrases: Vec<String> = bornes.iter().map(|b| limite(b, nom)).collect();
            majuscule(&phrases.join(" ; "))
        }
        C::OrdreBloc { nom, champs, blocs } => {
            let quoi: Vec<&str> = [(champs, "des champs"), (blocs, "des sous-blocs")]
                .into_iter()
                .filter_map(|(o, q)| o.as_ref().map(|_| q))
                .collect();
            format!("L'ordre {} du bloc « {nom} » a changé", quoi.join(" et "))
        }
        C::OrdreModele { .. } => "L'ordre des blocs du modèle a changé".to_owned(),
        C::ChampAjoute { champ } => {
            let quel = if champ.obligatoire {
                "obligatoire"
            } else {
                "facultatif"
            };
            format!("Nouveau champ {quel} « {} »", champ.libelle)
        }
        C::ChampSupprime { champ } if champ.deprecie => format!(
            "Le champ « {} » est supprimé (il était déjà déprécié)",
            champ.libelle
        ),
        C::ChampSupprime { champ } => format!("Le champ « {} » est supprimé", champ.libelle),
        C::ChampRenomme { avant, apres } => format!(
            "Le champ « {} » change de code : « {} » devient « {} »",
            apres.libelle, avant.code, apres.code
        ),
        C::ChampDeplace {
            champ,
            de,
            vers,
            lignes,
            ..
        } => format!(
            "Le champ « {} » passe du bloc « {de} » au bloc « {vers} »{}",
            champ.libelle,
            changement_de_lignes(lignes)
        ),
        C::Obligatoire { nom, devenu: true } => format!("Le champ « {nom} » devient obligatoire"),
        C::Obligatoire { nom, devenu: false } => format!("Le champ « {nom} » devient facultatif"),
        C::Type { nom, avant, apres } => type_modifie(nom, avant, apres),
        C::Decimales { nom, avant, apres } => {
            format!("Le nombre de décimales de « {nom} » passe de {avant} à {apres}")
        }
        C::Motif { nom, avant, apres } => match (avant, apres) {
            (None, Some(y)) => format!("Un motif « {y} » est imposé à « {nom} »"),
            (Some(x), None) => format!("Le motif de « {nom} » (« {x} ») est supprimé"),
            (Some(x), Some(y)) => format!("Le motif de « {nom} » passe de « {x} » à « {y} »"),
            (None, None) => String::new(),
        },
        C::NomenclatureChangee {
            nom,
            avant,
            apres,
            perdues,
        } => {
            let lib = |(code, l): &(&str, Option<&Nomenclature>)| match l {
                Some(l) => format!("« {} » ({code})", l.libelle),
                None => format!("« {code} »"),
            };
            let mut m = format!(
                "« {nom} » utilise la nomenclature {} au lieu de {}",
                lib(apres),
                lib(avant)
            );
            if let Some(p) = perdues.as_ref().filter(|p| !p.is_empty()) {
                m.push_str(" ; valeurs qui ne sont plus acceptées : ");
                m.push_str(&liste_courte(p));
            }
            m
        }
        C::Multiple { nom, devenu: true } => {
            format!("« {nom} » accepte désormais plusieurs valeurs")
        }
        C::Multiple { nom, devenu: false } => {
            format!("« {nom} » n'accepte plus qu'une seule valeur")
        }
        C::Libelle {
            objet,
            avant,
            apres,
        } => match objet {
            Objet::Bloc => format!("Le libellé du bloc « {avant} » devient « {apres} »"),
            Objet::Champ => format!("Le libellé du champ « {avant} » devient « {apres} »"),
            Objet::Nomenclature => {
                format!("Le libellé de la nomenclature « {avant} » devient « {apres} »")
            }
            Objet::Valeur { code, nomenclature } => format!(
                "Le libellé de la valeur « {code} » de la nomenclature « {nomenclature} » devient « {apres} »"
            ),
        },
        C::Description {
            objet,
            nom,
            avant,
            apres,
        } => {
            let de = match objet {
                Objet::Bloc => "du bloc",
                _ => "du champ",
            };
            match (avant, apres) {
                (None, Some(_)) => format!("Une description est ajoutée {de} « {nom} »"),
                (Some(_), None) => format!("La description {de} « {nom} » est supprimée"),
                _ => format!("La description {de} « {nom} » a changé"),
            }
        }
        C::Reference { nom, .. } => {
            format!("La référence de la nomenclature « {nom} » a changé")
        }
        C::Unite { nom, avant, apres } => match (avant, apres) {
            (Some(x), Some(y)) => format!("L'unité de « {nom} » passe de « {x} » à « {y} »"),
            (None, Some(y)) => format!("« {nom} » reçoit l'unité « {y} »"),
            (Some(x), None) => format!("L'unité de « {nom} » (« {x} ») est supprimée"),
            (None, None) => String::new(),
        },
        C::DonneePersonnelle { nom, devenue: true } => {
            format!("« {nom} » devient une donnée personnelle")
        }
        C::DonneePersonnelle {
            nom,
            devenue: false,
        } => format!("« {nom} » n'est plus une donnée personnelle"),
        C::Deprecie { nom, devenu: true } => {
            format!("Le champ « {nom} » est désormais déprécié (annoncé pour suppression)")
        }
        C::Deprecie { nom, devenu: false } => format!("Le champ « {nom} » n'est plus déprécié"),
        C::ValeurAjoutee { nom, valeur: v } => {
            let inactive = if v.actif { "" } else { " (inactive)" };
            format!(
                "Nouvelle valeur « {} » (« {} »){inactive} dans la nomenclature « {nom} »",
                v.code, v.libelle
            )
        }
        C::ValeurActivite { nom, valeur: v } => {
            let quoi = if v.actif {
                "redevient active"
            } else {
                "devient inactive : elle n'est plus acceptée"
            };
            format!(
                "La valeur « {} » (« {} ») de la nomenclature « {nom} » {quoi}",
                v.code, v.libelle
            )
        }
        C::ValeurSupprimee { nom, valeur: w } => {
            let deja = if w.actif {
                ""
            } else {
                " (elle était déjà inactive)"
            };
            format!(
                "La valeur « {} » (« {} ») est retirée de la nomenclature « {nom} »{deja}",
                w.code, w.libelle
            )
        }
        C::RegleAjoutee { regle: r } => {
            let quelle = match r.severite {
                Severite::Bloquante => "bloquante",
                Severite::Avertissement => "d'avertissement",
            };
            format!("Nouvelle règle {quelle} {} : {}", nom_regle(r), r.message)
        }
        C::RegleSupprimee { regle } => format!("La règle {} est supprimée", nom_regle(regle)),
        C::Severite { regle: r, .. } => match r.severite {
            Severite::Bloquante => format!("La règle {} devient bloquante", nom_regle(r)),
            Severite::Avertissement => {
                format!("La règle {} n'est plus qu'un avertissement", nom_regle(r))
            }
        },
        C::RegleModifiee {
            avant: ra,
            apres: r,
            expression,
            bloc,
        } => {
            let mut phrases = Vec::new();
            if *expression {
                phrases.push(format!(
                    "l'expression de la règle {} passe de « {} » à « {} »",
                    nom_regle(r),
                    ra.expression,
                    r.expression
                ));
            }
            match bloc {
                Some(Some(b)) => phrases.push(format!(
                    "la règle {} porte désormais sur chaque ligne de « {b} »",
                    nom_regle(r)
                )),
                Some(None) => phrases.push(format!(
                    "la règle {} ne porte plus sur des lignes",
                    nom_regle(r)
                )),
                None => {}
            }
            majuscule(&phrases.join(" ; "))
        }
        C::LibelleRegle {
            avant: ra,
            apres: r,
            libelle,
            message,
        } => {
            let mut phrases = Vec::new();
            if *libelle {
                phrases.push(match (&ra.libelle, &r.libelle) {
                    (Some(x), Some(y)) => format!(
                        "le libellé de la règle {} passe de « {x} » à « {y} »",
                        r.code
                    ),
                    (None, Some(y)) => format!("la règle {} reçoit le libellé « {y} »", r.code),
                    _ => format!("le libellé de la règle {} est supprimé", r.code),
                });
            }
            if *message {
                phrases.push(format!("le message de la règle {} a changé", nom_regle(r)));
            }
            majuscule(&phrases.join(" ; "))
        }
        C::Niveau { avant, apres } => format!(
            "Le niveau du modèle passe de « {} » à « {} »",
            niveau(*avant),
            niveau(*apres)
        ),
        C::LibelleModele { .. } => "Le libellé du modèle a changé".to_owned(),
        C::VersionIncoherente { version, graves } => format!(
            "La version du modèle reste « {version} » malgré {graves} changement{} cassant{} ou à vérifier",
            pluriel(*graves),
            pluriel(*graves)
        ),
    }
}

/// The level's JSON value, also its name in messages.
pub(super) fn niveau(n: Niveau) -> &'static str {
    match n {
        Niveau::Structure => "structure",
        Niveau::Usager => "usager",
    }
}

fn type_modifie(nom: &str, avant: &TypeChamp, apres: &TypeChamp) -> String {
    match (avant, apres) {
        (TypeChamp::Entier { .. }, TypeChamp::Decimal { decimales, .. }) => format!(
            "Le type de « {nom} » passe de entier à decimal ({decimales} décimale{})",
            pluriel(*decimales)
        ),
        (TypeChamp::Decimal { .. }, TypeChamp::Entier { .. }) => {
            format!("Le type de « {nom} » passe de decimal à entier")
        }
        (a, b) => format!("Le type de « {nom} » passe de {} à {}", a.nom(), b.nom()),
    }
}

/// `(le, un, feminin)`: `le minimum`, `un minimum`.
fn mots(l: Limite) -> (&'static str, &'static str, bool) {
    match l {
        Limite::Min => ("le minimum", "un minimum", false),
        Limite::Max => ("le maximum", "un maximum", false),
        Limite::LongueurMin => ("la longueur minimale", "une longueur minimale", true),
        Limite::LongueurMax => ("la longueur maximale", "une longueur maximale", true),
        Limite::LignesMin => (
            "le nombre minimum de lignes",
            "un nombre minimum de lignes",
            false,
        ),
        Limite::LignesMax => (
            "le nombre maximum de lignes",
            "un nombre maximum de lignes",
            false,
        ),
    }
}

fn limite(b: &Borne, nom: &str) -> String {
    let (le, un, feminin) = mots(b.limite);
    let e = if feminin { "e" } else { "" };
    match (&b.avant, &b.apres) {
        (Some(a), Some(z)) => format!("{le} de « {nom} » passe de {} à {}", affiche(a), affiche(z)),
        (None, Some(z)) => format!("{un} de {} est fixé{e} pour « {nom} »", affiche(z)),
        (Some(a), None) => format!("{le} de « {nom} » ({}) est supprimé{e}", affiche(a)),
        (None, None) => String::new(),
    }
}

/// A limit's value for people.
fn affiche(q: &Quantite) -> String {
    match q {
        Quantite::Compte(n) => n.to_string(),
        Quantite::Nombre(d) => d.normalize().to_string(),
        Quantite::Date(d) => d.to_string(),
    }
}

/// ` : il entre dans les lignes de « X »`… when the row changes.
fn changement_de_lignes(l: &Lignes<'_>) -> String {
    match l {
        Lignes::Memes => String::new(),
        Lignes::Entre(b) => format!(" : il entre dans le bloc répétable « {b} »"),
        Lignes::Sort(a) => format!(" : il sort du bloc répétable « {a} »"),
        Lignes::Passe(a, b) => {
            format!(" : il passe des lignes de « {a} » à celles de « {b} »")
        }
    }
}

/// ` (au plus 5 lignes)`…
fn bornes_lignes(b: &Bloc) -> String {
    let l = |n: u64| format!("{n} ligne{}", pluriel(n));
    match (b.min_lignes, b.max_lignes) {
        (Some(a), Some(z)) => format!(" (de {a} à {})", l(z)),
        (Some(a), None) => format!(" (au moins {})", l(a)),
        (None, Some(z)) => format!(" (au plus {})", l(z)),
        (None, None) => String::new(),
    }
}

/// `R13 « Places du PASA »`, or the code alone.
fn nom_regle(r: &Regle) -> String {
    match &r.libelle {
        Some(l) => format!("{} « {l} »", r.code),
        None => r.code.clone(),
    }
}

fn majuscule(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(p) => p.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn pluriel<N: PartialOrd + From<u8>>(n: N) -> &'static str {
    if n > N::from(1) { "s" } else { "" }
}

/// `A, B, C` — at most ten, then `…`.
fn liste_courte(l: &[&str]) -> String {
    let mut s = l.iter().take(10).copied().collect::<Vec<_>>().join(", ");
    if l.len() > 10 {
        s.push_str(&format!(", … ({} en tout)", l.len()));
    }
    s
}
