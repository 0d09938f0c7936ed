//! What an entry shows of a change: the changed properties before and
//! after, by the model's JSON keys, and for an addition the whole
//! definition of what was added (for the fingerprint).

use super::changement::{Changement as C, Quantite};
use super::{Proprietes, ValeurJson, fingerprint, libelles};
use crate::model::{Bloc, TypeChamp};
use sidoba::Decimal;

type AvantApres = (Option<Proprietes>, Option<Proprietes>);

pub(super) fn avant_apres(c: &C<'_>) -> AvantApres {
    let deux = |a: Proprietes, b: Proprietes| (Some(a), Some(b));
    let une = |k: &str, a: ValeurJson, b: ValeurJson| deux(props([(k, a)]), props([(k, b)]));
    match c {
        C::BlocAjoute { .. }
        | C::BlocSupprime { .. }
        | C::ChampAjoute { .. }
        | C::ChampSupprime { .. }
        | C::ValeurAjoutee { .. }
        | C::ValeurSupprimee { .. }
        | C::RegleAjoutee { .. }
        | C::RegleSupprimee { .. } => (None, None),
        C::BlocRenomme { avant, apres } => une("code", texte(&avant.code), texte(&apres.code)),
        C::ChampRenomme { avant, apres } => une("code", texte(&avant.code), texte(&apres.code)),
        C::BlocDeplace {
            chemin_avant,
            chemin_apres,
            ..
        }
        | C::ChampDeplace {
            chemin_avant,
            chemin_apres,
            ..
        } => une("chemin", texte(chemin_avant), texte(chemin_apres)),
        C::BlocDevenuRepetable { bloc } => {
            let mut apres = props([("repetable", booleen(true))]);
            lignes_props(&mut apres, bloc);
            deux(props([("repetable", booleen(false))]), apres)
        }
        C::BlocDevenuSimple { avant, .. } => {
            let mut av = props([("repetable", booleen(true))]);
            lignes_props(&mut av, avant);
            deux(av, props([("repetable", booleen(false))]))
        }
        C::Limites { bornes, .. } => {
            let (mut a, mut b) = (Proprietes::new(), Proprietes::new());
            for l in bornes {
                a.insert(l.limite.cle().to_owned(), quantite(l.avant.as_ref()));
                b.insert(l.limite.cle().to_owned(), quantite(l.apres.as_ref()));
            }
            deux(a, b)
        }
        C::OrdreBloc { champs, blocs, .. } => {
            let (mut a, mut b) = (Proprietes::new(), Proprietes::new());
            for (cle, ordre) in [("champs", champs), ("blocs", blocs)] {
                if let Some((x, y)) = ordre {
                    a.insert(cle.into(), codes(x));
                    b.insert(cle.into(), codes(y));
                }
            }
            deux(a, b)
        }
        C::OrdreModele { blocs: (x, y) } => une("blocs", codes(x), codes(y)),
        C::Obligatoire { devenu, .. } => une("obligatoire", booleen(!devenu), booleen(*devenu)),
        C::Type { avant, apres, .. } => type_modifie(avant, apres),
        C::Decimales { avant, apres, .. } => une("decimales", entier(avant), entier(apres)),
        C::Motif { avant, apres, .. } => une("motif", texte_opt(*avant), texte_opt(*apres)),
        C::NomenclatureChangee { avant, apres, .. } => {
            une("nomenclature", texte(avant.0), texte(apres.0))
        }
        C::Multiple { devenu, .. } => une("multiple", booleen(!devenu), booleen(*devenu)),
        C::Libelle { avant, apres, .. } => une("libelle", texte(avant), texte(apres)),
        C::Description { avant, apres, .. } => {
            une("description", texte_opt(*avant), texte_opt(*apres))
        }
        C::Reference { avant, apres, .. } => une("reference", texte_opt(*avant), texte_opt(*apres)),
        C::Unite { avant, apres, .. } => une("unite", texte_opt(*avant), texte_opt(*apres)),
        C::DonneePersonnelle { devenue, .. } => {
            une("donneePersonnelle", booleen(!devenue), booleen(*devenue))
        }
        C::Deprecie { devenu, .. } => une("deprecie", booleen(!devenu), booleen(*devenu)),
        C::ValeurActivite { valeur, .. } => {
            une("actif", booleen(!valeur.actif), booleen(valeur.actif))
        }
        C::Severite { avant, regle } => une(
            "severite",
            texte(avant.code()),
            texte(regle.severite.code()),
        ),
        C::RegleModifiee {
            avant: ra,
            apres: r,
            expression,
            bloc,
        } => {
            let (mut a, mut b) = (Proprietes::new(), Proprietes::new());
            if *expression {
                a.insert("expression".into(), texte(&ra.expression));
                b.insert("expression".into(), texte(&r.expression));
            }
            if bloc.is_some() {
                a.insert("bloc".into(), texte_opt(ra.bloc.as_ref()));
                b.insert("bloc".into(), texte_opt(r.bloc.as_ref()));
            }
            deux(a, b)
        }
        C::LibelleRegle {
            avant: ra,
            apres: r,
            libelle,
            message,
        } => {
            let (mut a, mut b) = (Proprietes::new(), Proprietes::new());
            if *libelle {
                a.insert("libelle".into(), texte_opt(ra.libelle.as_ref()));
                b.insert("libelle".into(), texte_opt(r.libelle.as_ref()));
            }
            if *message {
                a.insert("message".into(), texte(&ra.message));
                b.insert("message".into(), texte(&r.message));
            }
            deux(a, b)
        }
        C::Niveau { avant, apres } => une(
            "niveau",
            texte(libelles::niveau(*avant)),
            texte(libelles::niveau(*apres)),
        ),
        C::LibelleModele { avant, apres } => une("libelle", texte_opt(*avant), texte_opt(*apres)),
        // The version did not change: before and after both show it, so
        // that the fingerprint is tied to this version.
        C::VersionIncoherente { version, .. } => une("version", texte(version), texte(version)),
    }
}

/// For an addition, the canonical JSON of what was added.
pub(super) fn definition(c: &C<'_>) -> Option<String> {
    match c {
        C::BlocAjoute { bloc, .. } => Some(fingerprint::bloc(bloc)),
        C::ChampAjoute { champ } => Some(fingerprint::champ(champ)),
        C::ValeurAjoutee { valeur, .. } => Some(fingerprint::valeur(valeur)),
        C::RegleAjoutee { regle } => Some(fingerprint::regle(regle)),
        _ => None,
    }
}

fn type_modifie(avant: &TypeChamp, apres: &TypeChamp) -> AvantApres {
    let decimal = |d: &u32| props([("type", texte("decimal")), ("decimales", entier(d))]);
    match (avant, apres) {
        (TypeChamp::Entier { .. }, TypeChamp::Decimal { decimales, .. }) => (
            Some(props([("type", texte("entier"))])),
            Some(decimal(decimales)),
        ),
        (TypeChamp::Decimal { decimales, .. }, TypeChamp::Entier { .. }) => (
            Some(decimal(decimales)),
            Some(props([("type", texte("entier"))])),
        ),
        (a, b) => (Some(props_type(a)), Some(props_type(b))),
    }
}

fn texte(s: &str) -> ValeurJson {
    ValeurJson::Texte(s.to_owned())
}

fn texte_opt(s: Option<&String>) -> ValeurJson {
    s.map_or(ValeurJson::Nul, |s| texte(s))
}

fn nombre(d: &Decimal) -> ValeurJson {
    ValeurJson::Nombre(d.normalize().to_string())
}

fn entier<T: ToString>(i: T) -> ValeurJson {
    ValeurJson::Nombre(i.to_string())
}

fn booleen(b: bool) -> ValeurJson {
    ValeurJson::Booleen(b)
}

fn codes(l: &[&str]) -> ValeurJson {
    ValeurJson::Liste(l.iter().map(|c| texte(c)).collect())
}

fn quantite(q: Option<&Quantite>) -> ValeurJson {
    match q {
        None => ValeurJson::Nul,
        Some(Quantite::Compte(n)) => entier(n),
        Some(Quantite::Nombre(d)) => nombre(d),
        Some(Quantite::Date(d)) => texte(&d.to_string()),
    }
}

fn props<const N: usize>(paires: [(&str, ValeurJson); N]) -> Proprietes {
    paires.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

/// `minLignes`/`maxLignes` of a block, those present.
fn lignes_props(p: &mut Proprietes, b: &Bloc) {
    if let Some(n) = b.min_lignes {
        p.insert("minLignes".into(), entier(n));
    }
    if let Some(n) = b.max_lignes {
        p.insert("maxLignes".into(), entier(n));
    }
}

/// `type` and the type's own keys that are set.
pub(super) fn props_type(t: &TypeChamp) -> Proprietes {
    let mut p = props([("type", texte(t.nom()))]);
    let mut mettre = |k: &str, v: ValeurJson| {
        p.insert(k.to_owned(), v);
    };
    match t {
        TypeChamp::Entier { min, max } => {
            min.inspect(|v| mettre("min", entier(v)));
            max.inspect(|v| mettre("max", entier(v)));
        }
        TypeChamp::Decimal {
            decimales,
            min,
            max,
        } => {
            mettre("decimales", entier(decimales));
            min.inspect(|v| mettre("min", nombre(v)));
            max.inspect(|v| mettre("max", nombre(v)));
        }
        TypeChamp::Texte {
            longueur_min,
            longueur_max,
            motif,
        } => {
            longueur_min.inspect(|v| mettre("longueurMin", entier(v)));
            longueur_max.inspect(|v| mettre("longueurMax", entier(v)));
            if let Some(m) = motif {
                mettre("motif", texte(m));
            }
        }
        TypeChamp::Booleen => {}
        TypeChamp::Date { min, max } => {
            min.inspect(|v| mettre("min", texte(&v.to_string())));
            max.inspect(|v| mettre("max", texte(&v.to_string())));
        }
        TypeChamp::Code {
            nomenclature,
            multiple,
        } => {
            mettre("nomenclature", texte(nomenclature));
            if *multiple {
                mettre("multiple", booleen(true));
            }
        }
    }
    p
}
