//! The one reader of user-level files (usager.md): a collection file or a
//! TDDUI Bundle, told apart by content, read once, then validated from
//! that reading. `sidoba validate`, the sandbox's worker and screen and the
//! client all go through [`lire`] (and [`Lu::valider`]), so that no caller
//! reads an envelope of its own and no person's data is read twice for one
//! use: a Bundle is turned into the collection file it stands for once,
//! and that file is what the collection reader validates, each person's
//! data once ([`analyses`] counts the parses, for the tests).

use super::collecte::{self, Fichier, Lue};
use super::lecture_bundle::{self, BundleLu, Genre, PersonneLue};
use crate::model::Modele;
use serde_json::{Map, Value};
use sidoba::usager::{Reponse, Reponses, guide};
use sidoba::{Constat, Constats, ErreurLecture};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What the file was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nature {
    /// A collection file (format 1 or 2).
    Collecte,
    /// A TDDUI Bundle, WS09 or WS07.
    Bundle(Genre),
}

/// A user-level file read, not yet validated. Holds personal data: its
/// `Debug` shows none.
pub struct Lu {
    pub nature: Nature,
    /// One line per resource type of the Bundle the toolkit recognises
    /// without turning it into data (information, never an error).
    pub informations: Vec<String>,
    contenu: Contenu,
}

enum Contenu {
    Collecte(String),
    Bundle(BundleLu),
}

impl std::fmt::Debug for Lu {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lu")
            .field("nature", &self.nature)
            .field("informations", &self.informations)
            .finish_non_exhaustive()
    }
}

/// A file read and validated.
#[derive(Debug)]
pub struct Valide {
    pub nature: Nature,
    pub lue: Lue,
    pub informations: Vec<String>,
}

impl Valide {
    pub fn constats(&self) -> &Constats {
        &self.lue.constats
    }
}

static ENVELOPPES: AtomicUsize = AtomicUsize::new(0);
static DONNEES: AtomicUsize = AtomicUsize::new(0);

/// Parses counted since the process started, for the tests that prove a
/// file is read once per use: `(envelopes, persons' data)` — a Bundle or
/// collection file's text parsed as a tree, and one person's `donnees`
/// parsed by the model-driven reader.
#[doc(hidden)]
pub fn analyses() -> (usize, usize) {
    (
        ENVELOPPES.load(Ordering::SeqCst),
        DONNEES.load(Ordering::SeqCst),
    )
}

/// Counts an envelope parse (the Bundle reader, the collection reader).
pub(crate) fn compter_enveloppe() {
    ENVELOPPES.fetch_add(1, Ordering::Relaxed);
}

/// Counts one person's `donnees` parsed by the model-driven reader.
pub(crate) fn compter_donnees() {
    DONNEES.fetch_add(1, Ordering::Relaxed);
}

/// Reads a collection file or a TDDUI Bundle (told apart by its top-level
/// keys, [`collecte::genre`]); a Bundle's reading errors all at once.
pub fn lire(m: &Modele, texte: &str) -> Result<Lu, Vec<ErreurLecture>> {
    match collecte::genre(texte) {
        Fichier::Bundle => {
            let b = lecture_bundle::lire(m, texte).map_err(|e| e.0)?;
            Ok(Lu {
                nature: Nature::Bundle(b.genre),
                informations: b.informations.clone(),
                contenu: Contenu::Bundle(b),
            })
        }
        _ => Ok(Lu {
            nature: Nature::Collecte,
            informations: Vec::new(),
            contenu: Contenu::Collecte(texte.to_owned()),
        }),
    }
}

/// Reads and validates (see [`lire`], [`Lu::valider`]).
pub fn valider(m: &Modele, texte: &str) -> Result<Valide, Vec<ErreurLecture>> {
    lire(m, texte)?.valider(m)
}

/// [`valider`] for a version of the TDDUI guide (`--tddui`): a collection
/// file's event types and grids are those of its row.
pub fn valider_guide(
    m: &Modele,
    texte: &str,
    guide: &guide::Guide,
) -> Result<Valide, Vec<ErreurLecture>> {
    lire(m, texte)?.valider_guide(m, guide)
}

impl Lu {
    /// The findings: the collection reader's on the file (or on the one
    /// the Bundle stands for) with the Bundle reader's own, person by person.
    pub fn valider(self, m: &Modele) -> Result<Valide, Vec<ErreurLecture>> {
        self.valider_guide(m, guide::par_defaut())
    }

    /// [`Lu::valider`] for a version of the guide.
    pub fn valider_guide(
        self,
        m: &Modele,
        guide: &guide::Guide,
    ) -> Result<Valide, Vec<ErreurLecture>> {
        let mut lue = match &self.contenu {
            Contenu::Collecte(t) => collecte::valider_guide(m, t, guide).map_err(|e| vec![e])?,
            Contenu::Bundle(b) => lecture_bundle::valider_lu(m, b).map_err(|e| e.0)?,
        };
        grilles(&mut lue);
        Ok(Valide {
            nature: self.nature,
            lue,
            informations: self.informations,
        })
    }

    /// A Bundle's persons as read (identifier, `donnees` text), for a
    /// screen; none for a collection file (the screen shows Bundles).
    pub fn personnes(&self) -> Vec<PersonneLue<'_>> {
        match &self.contenu {
            Contenu::Bundle(b) => b.personnes_lues().collect(),
            Contenu::Collecte(_) => Vec::new(),
        }
    }
}

/// Each evaluation's answers against its grid (`grilles::valider_reponses`:
/// linkIds, types, options, AGGIR's completeness), the findings placed
/// after the rest of the person's, whether the file was a collection file
/// or a Bundle.
fn grilles(lue: &mut Lue) {
    let mut par_personne: BTreeMap<usize, Vec<Constat>> = BTreeMap::new();
    for (i, p) in lue.personnes.iter().enumerate() {
        let Some(p) = p else { continue };
        for (k, e) in p.evaluations.iter().enumerate() {
            let Some(g) = crate::grilles::grille(guide::VERSION_PAR_DEFAUT, &e.grille) else {
                continue;
            };
            let prefixe = format!("usagers[{i}].evaluations[{k}].reponses");
            let cs = crate::grilles::valider_reponses(g, &objet(&e.reponses), &prefixe);
            par_personne.entry(i).or_default().extend(cs);
        }
    }
    if par_personne.is_empty() {
        return;
    }
    let rang = |c: &Constat| -> Option<usize> {
        c.chemin
            .strip_prefix("usagers[")?
            .split(']')
            .next()?
            .parse()
            .ok()
    };
    let mut out = Vec::with_capacity(lue.constats.0.len());
    for c in std::mem::take(&mut lue.constats.0) {
        if let Some(r) = rang(&c) {
            let avant: Vec<usize> = par_personne.range(..r).map(|(i, _)| *i).collect();
            for i in avant {
                out.extend(par_personne.remove(&i).unwrap_or_default());
            }
        }
        out.push(c);
    }
    out.extend(par_personne.into_values().flatten());
    lue.constats.0 = out;
}

/// The answers as the JSON the grid checker reads (numbers kept as
/// numbers, from their text).
fn objet(r: &Reponses) -> Value {
    Value::Object(
        r.0.iter()
            .map(|(k, v)| (k.clone(), valeur(v)))
            .collect::<Map<_, _>>(),
    )
}

fn valeur(r: &Reponse) -> Value {
    match r {
        Reponse::Booleen(b) => Value::Bool(*b),
        Reponse::Nombre(n) => n
            .parse::<serde_json::Number>()
            .map_or_else(|_| Value::String(n.clone()), Value::Number),
        Reponse::Chaine(s) => Value::String(s.clone()),
        Reponse::Groupe { valeur: v, items } => {
            let mut o = Map::new();
            if let Some(v) = v {
                o.insert("valeur".to_owned(), valeur(v));
            }
            for (k, x) in &items.0 {
                o.insert(k.clone(), valeur(x));
            }
            Value::Object(o)
        }
    }
}
