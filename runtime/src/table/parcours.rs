//! Les parcours d'une table, une fois pour toutes les structs générées :
//! lire un objet du payload, contrôler, écrire, rendre pour FHIR et CDA,
//! `Debug`. Chacun suit l'ordre du modèle.

#[cfg(feature = "usager")]
use super::disposition::Pas;
use super::disposition::Structure;
use crate::derive::modele::{Membre as Cle, Modele};
use crate::ecriture::Objet;
use crate::flux::{Flux, Vus};
use crate::jeton::ErreurJson;
use crate::lecture::{Cles, Lecteur};
#[cfg(feature = "usager")]
use crate::usager::Sortie;
use crate::verif::{Chemin, Verificateur};

/// Reads one object (`{` read) into a new `S`: every key, unknown ones
/// recorded. Keys are found by trying the member expected next, then by
/// binary search in `Modele::TRIES`.
pub fn lire_objet<S: Structure + Modele>(
    f: &mut Flux<'_>,
    c: &Chemin,
    l: &mut Lecteur,
) -> Result<S, ErreurJson> {
    let table = S::table();
    let cles = Cles(S::TRIES);
    let mut r = S::default();
    let mut vus = Vus::new(table.len());
    let mut attendu = 0;
    f.membres(|f, cle, pos| {
        let i = match S::MEMBRES.get(attendu) {
            Some(Cle::Champ(k) | Cle::Table(k)) if *k == cle => Some(attendu),
            _ => cles.index(cle),
        };
        let place = i.and_then(|i| Some((i, table.get(i)?, r.valeur_mut(i)?)));
        match place {
            Some((i, m, v)) => {
                vus.connu(i, cle, pos)?;
                attendu = i + 1;
                v.lire(l, c, &m.description, f)
            }
            None => {
                vus.inconnu(cle, pos)?;
                l.inconnue(f, c, cle, cles.codes())
            }
        }
    })?;
    Ok(r)
}

/// Each member's checks, in model order (rows recursively).
pub fn verifier<S: Structure>(s: &S, v: &mut Verificateur<'_>) {
    for (i, m) in S::table().iter().enumerate() {
        if let Some(x) = s.valeur(i) {
            x.verifier(v, &m.description);
        }
    }
}

/// Each member's key and value, in model order; absent ones left out.
pub fn ecrire<S: Structure>(s: &S, o: &mut Objet<'_>) {
    for (i, m) in S::table().iter().enumerate() {
        if let Some(x) = s.valeur(i) {
            x.ecrire(o, &m.description);
        }
    }
}

/// The report's walk in model order, with its blocks' groups (the
/// struct's [`Structure::plan`]), into a writer of user-level documents.
#[cfg(feature = "usager")]
pub fn parcourir<S: Structure>(s: &S, sortie: &mut dyn Sortie) {
    let table = S::table();
    let mut i = 0;
    let jusqua = |fin: usize, i: &mut usize, sortie: &mut dyn Sortie| {
        while *i < fin.min(table.len()) {
            if let Some(v) = s.valeur(*i) {
                v.sortie(sortie, &table[*i].description);
            }
            *i += 1;
        }
    };
    for pas in S::plan() {
        match pas {
            Pas::Ouvrir(code, libelle) => sortie.ouvrir(code, libelle),
            Pas::Membres(fin) => jusqua(*fin, &mut i, sortie),
            Pas::Fermer => sortie.fermer(),
        }
    }
    // What the plan does not cover (all of it without a plan), flat.
    jusqua(table.len(), &mut i, sortie);
}

struct Masque(bool);

impl std::fmt::Debug for Masque {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0 {
            "Some(<donnée personnelle masquée>)"
        } else {
            "None"
        })
    }
}

/// `Debug` of a generated struct: personal-data fields show only whether
/// they are filled.
pub fn debug<S: Structure>(s: &S, nom: &str, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    let mut d = f.debug_struct(nom);
    for (i, m) in S::table().iter().enumerate() {
        let Some(v) = s.valeur(i) else { continue };
        if m.description.personnel() {
            d.field(m.nom, &Masque(v.rempli()));
        } else {
            d.field(m.nom, v.debug());
        }
    }
    d.finish()
}
