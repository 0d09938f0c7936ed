//! The comparison of two checked models.
//!
//! Blocks, fields, code lists, values and rules are matched by code. Each
//! change is reported once, at the highest level that explains it: an added
//! or removed block is one entry (its fields and sub-blocks are not listed,
//! except those that existed on the other side and moved, which are
//! `champ_deplace`); a rename is one entry; a moved field is one
//! `champ_deplace` and its other changes are reported as for any field.
//!
//! Renamed blocks are paired first ([`rename::apparier_blocs`]); from then
//! on an OLD block and its NEW counterpart are "the same block" everywhere
//! ([`Comparaison::meme_bloc`]): for fields that stayed in it, for
//! sub-blocks under it, for rows and for row rules, so a block rename is
//! one `bloc_renomme` and not a removal, an addition and a move per field.
//!
//! Fingerprints and the final order are set by [`super::comparer`].

use super::{Ecart, Impact, Nature, Proprietes, ValeurJson, fingerprint, rename};
use crate::model::{Bloc, Champ, Modele, Nomenclature, Regle, TypeChamp};
use sidoba::{Date, Decimal, Severite};
use std::collections::{BTreeMap, BTreeSet};

pub(super) fn ecarts(ancien: &Modele, nouveau: &Modele) -> Vec<Ecart> {
    let a = Index::de(ancien);
    let n = Index::de(nouveau);
    let mut c = Comparaison {
        a: &a,
        n: &n,
        renommes: BTreeMap::new(),
        blocs_renommes: BTreeMap::new(),
        anciens_blocs: BTreeMap::new(),
        out: Vec::new(),
    };
    c.apparier_blocs();
    c.apparier_renommes();
    c.blocs();
    c.champs();
    c.nomenclatures();
    c.regles();
    c.modele();
    c.version();
    c.out
}

/// A block and where it stands.
struct InfoBloc<'m> {
    bloc: &'m Bloc,
    /// Its own path, `/`-separated, itself included.
    chemin: String,
    parent: Option<&'m str>,
    /// Nearest repeatable block among its ancestors (itself excluded).
    ligne_parent: Option<&'m str>,
}

/// A field and where it stands.
struct InfoChamp<'m> {
    champ: &'m Champ,
    /// Code of the block that holds it.
    bloc: &'m str,
    /// Path of that block.
    chemin: String,
    /// Nearest repeatable block holding it (its row), if any.
    ligne: Option<&'m str>,
}

/// One side of the comparison, indexed by code.
struct Index<'m> {
    modele: &'m Modele,
    blocs: BTreeMap<&'m str, InfoBloc<'m>>,
    champs: BTreeMap<&'m str, InfoChamp<'m>>,
    /// Block codes, depth first, in model order.
    ordre_blocs: Vec<&'m str>,
    /// Field codes in model order.
    ordre_champs: Vec<&'m str>,
}

impl<'m> Index<'m> {
    fn de(modele: &'m Modele) -> Index<'m> {
        let mut ix = Index {
            modele,
            blocs: BTreeMap::new(),
            champs: BTreeMap::new(),
            ordre_blocs: Vec::new(),
            ordre_champs: Vec::new(),
        };
        for b in &modele.blocs {
            ix.visiter(b, None, "", None);
        }
        ix
    }

    fn visiter(
        &mut self,
        b: &'m Bloc,
        parent: Option<&'m str>,
        chemin_parent: &str,
        ligne_parent: Option<&'m str>,
    ) {
        let chemin = if chemin_parent.is_empty() {
            b.code.clone()
        } else {
            format!("{chemin_parent}/{}", b.code)
        };
        let ligne = if b.repetable {
            Some(b.code.as_str())
        } else {
            ligne_parent
        };
        // A checked model has unique codes; on a hand-built one, the first
        // occurrence wins.
        if !self.blocs.contains_key(b.code.as_str()) {
            self.ordre_blocs.push(&b.code);
            self.blocs.insert(
                &b.code,
                InfoBloc {
                    bloc: b,
                    chemin: chemin.clone(),
                    parent,
                    ligne_parent,
                },
            );
        }
        for c in &b.champs {
            if !self.champs.contains_key(c.code.as_str()) {
                self.ordre_champs.push(&c.code);
                self.champs.insert(
                    &c.code,
                    InfoChamp {
                        champ: c,
                        bloc: &b.code,
                        chemin: chemin.clone(),
                        ligne,
                    },
                );
            }
        }
        for sb in &b.blocs {
            self.visiter(sb, Some(&b.code), &chemin, ligne);
        }
    }

    fn libelle_bloc(&self, code: &str) -> String {
        self.blocs
            .get(code)
            .map_or_else(|| code.to_owned(), |b| b.bloc.libelle.clone())
    }

    /// Path of a rule's block (the code itself if unknown), or empty.
    fn chemin_regle(&self, r: &Regle) -> String {
        match &r.bloc {
            Some(b) => self
                .blocs
                .get(b.as_str())
                .map_or_else(|| b.clone(), |i| i.chemin.clone()),
            None => String::new(),
        }
    }
}

struct Comparaison<'c, 'm> {
    a: &'c Index<'m>,
    n: &'c Index<'m>,
    /// NEW code → OLD code of renamed fields.
    renommes: BTreeMap<&'m str, &'m str>,
    /// NEW code → OLD code of renamed blocks.
    blocs_renommes: BTreeMap<&'m str, &'m str>,
    /// OLD code → NEW code of renamed blocks.
    anciens_blocs: BTreeMap<&'m str, &'m str>,
    out: Vec<Ecart>,
}

// ---------------------------------------------------------------- values

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

fn props<const N: usize>(paires: [(&str, ValeurJson); N]) -> Proprietes {
    paires.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

fn majuscule(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(p) => p.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// `R13 « Places du PASA »`, or the code alone.
fn nom_regle(r: &Regle) -> String {
    match &r.libelle {
        Some(l) => format!("{} « {l} »", r.code),
        None => r.code.clone(),
    }
}

/// Whether two rule expressions are the same once normalised: equal
/// canonical text ([`crate::rules::forme_canonique`]: insensitive to white
/// space and redundant parentheses). An expression that does not parse
/// (not in a checked model) falls back to a white-space-only comparison:
/// runs of white space outside quoted strings and backtick references are
/// dropped, except one space between two word characters (`a et b`).
fn meme_expression(a: &str, b: &str) -> bool {
    fn forme(s: &str) -> String {
        let mot = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
        let mut out = String::with_capacity(s.len());
        let mut espace = false;
        let mut guillemet: Option<char> = None;
        for c in s.chars() {
            if let Some(q) = guillemet {
                out.push(c);
                if c == q {
                    guillemet = None;
                }
                continue;
            }
            if c.is_whitespace() {
                espace = true;
                continue;
            }
            if espace && out.chars().next_back().is_some_and(mot) && mot(c) {
                out.push(' ');
            }
            espace = false;
            if c == '\'' || c == '`' {
                guillemet = Some(c);
            }
            out.push(c);
        }
        out
    }
    if a == b {
        return true;
    }
    match (
        crate::rules::forme_canonique(a),
        crate::rules::forme_canonique(b),
    ) {
        (Some(x), Some(y)) => x == y,
        _ => forme(a) == forme(b),
    }
}

/// One limit of a field or block (a bound, a length, a row count), for
/// messages.
struct Limite {
    /// JSON key.
    cle: &'static str,
    /// `le minimum`
    le: &'static str,
    /// `un minimum`
    un: &'static str,
    feminin: bool,
    /// A lower limit (up is tighter) or an upper one (down is tighter).
    basse: bool,
}

const MIN: Limite = Limite {
    cle: "min",
    le: "le minimum",
    un: "un minimum",
    feminin: false,
    basse: true,
};
const MAX: Limite = Limite {
    cle: "max",
    le: "le maximum",
    un: "un maximum",
    feminin: false,
    basse: false,
};
const LONG_MIN: Limite = Limite {
    cle: "longueurMin",
    le: "la longueur minimale",
    un: "une longueur minimale",
    feminin: true,
    basse: true,
};
const LONG_MAX: Limite = Limite {
    cle: "longueurMax",
    le: "la longueur maximale",
    un: "une longueur maximale",
    feminin: true,
    basse: false,
};
const LIGNES_MIN: Limite = Limite {
    cle: "minLignes",
    le: "le nombre minimum de lignes",
    un: "un nombre minimum de lignes",
    feminin: false,
    basse: true,
};
const LIGNES_MAX: Limite = Limite {
    cle: "maxLignes",
    le: "le nombre maximum de lignes",
    un: "un nombre maximum de lignes",
    feminin: false,
    basse: false,
};

/// Changes of limits, split by direction.
#[derive(Default)]
struct Limites {
    serre: (Proprietes, Proprietes, Vec<String>),
    lache: (Proprietes, Proprietes, Vec<String>),
}

impl Limites {
    /// One limit, old and new; `None` is no limit. `affiche` and `json`
    /// give a value's text and JSON.
    fn comparer<T: Ord>(
        &mut self,
        l: &Limite,
        nom: &str,
        avant: Option<&T>,
        apres: Option<&T>,
        affiche: impl Fn(&T) -> String,
        json: impl Fn(&T) -> ValeurJson,
    ) {
        let serre = match (avant, apres) {
            (None, None) => return,
            (Some(a), Some(b)) if a == b => return,
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => (b > a) == l.basse,
        };
        let e = if l.feminin { "e" } else { "" };
        let phrase = match (avant, apres) {
            (Some(a), Some(b)) => format!(
                "{} de « {nom} » passe de {} à {}",
                l.le,
                affiche(a),
                affiche(b)
            ),
            (None, Some(b)) => format!("{} de {} est fixé{e} pour « {nom} »", l.un, affiche(b)),
            (Some(a), None) => format!("{} de « {nom} » ({}) est supprimé{e}", l.le, affiche(a)),
            (None, None) => return,
        };
        let cote = if serre {
            &mut self.serre
        } else {
            &mut self.lache
        };
        cote.0
            .insert(l.cle.to_owned(), avant.map_or(ValeurJson::Nul, &json));
        cote.1
            .insert(l.cle.to_owned(), apres.map_or(ValeurJson::Nul, &json));
        cote.2.push(phrase);
    }
}

/// What an entry is about: code, path, and label for messages.
struct Sujet<'s> {
    cible: &'s str,
    chemin: &'s str,
    nom: &'s str,
}

impl<'c, 'm> Comparaison<'c, 'm> {
    #[allow(clippy::too_many_arguments)]
    fn pousser(
        &mut self,
        nature: Nature,
        impact: Impact,
        cible: &str,
        chemin: &str,
        avant: Option<Proprietes>,
        apres: Option<Proprietes>,
        message: String,
    ) {
        self.out.push(Ecart {
            nature,
            impact,
            cible: cible.to_owned(),
            chemin: chemin.to_owned(),
            bloc: String::new(),
            avant,
            apres,
            message,
            empreinte: String::new(),
            definition: None,
            acquitte: false,
        });
    }

    /// An addition: no before/after, and the whole definition of what was
    /// added, for the fingerprint.
    fn ajout(
        &mut self,
        (nature, impact): (Nature, Impact),
        cible: &str,
        chemin: &str,
        message: String,
        definition: String,
    ) {
        self.pousser(nature, impact, cible, chemin, None, None, message);
        if let Some(e) = self.out.last_mut() {
            e.definition = Some(definition);
        }
    }

    fn changement(
        &mut self,
        nature: Nature,
        impact: Impact,
        s: &Sujet<'_>,
        avant: Proprietes,
        apres: Proprietes,
        message: String,
    ) {
        self.pousser(
            nature,
            impact,
            s.cible,
            s.chemin,
            Some(avant),
            Some(apres),
            message,
        );
    }

    fn limites(
        &mut self,
        l: Limites,
        s: &Sujet<'_>,
        serre: (Nature, Impact),
        lache: (Nature, Impact),
    ) {
        for ((avant, apres, phrases), (nature, impact)) in [(l.serre, serre), (l.lache, lache)] {
            if !phrases.is_empty() {
                self.changement(
                    nature,
                    impact,
                    s,
                    avant,
                    apres,
                    majuscule(&phrases.join(" ; ")),
                );
            }
        }
    }

    // ------------------------------------------------------------ renames

    /// Pairs the removed and added fields of each block kept on both sides.
    fn apparier_renommes(&mut self) {
        let mut par_bloc: BTreeMap<&str, (Vec<&Champ>, Vec<&Champ>)> = BTreeMap::new();
        for code in &self.a.ordre_champs {
            let Some(i) = self.a.champs.get(code) else {
                continue;
            };
            if self.n.champs.contains_key(code) {
                continue;
            }
            if let Some(b) = self.bloc_nouveau(i.bloc) {
                par_bloc.entry(b).or_default().0.push(i.champ);
            }
        }
        for code in &self.n.ordre_champs {
            let Some(i) = self.n.champs.get(code) else {
                continue;
            };
            if !self.a.champs.contains_key(code) && self.bloc_ancien(i.bloc).is_some() {
                par_bloc.entry(i.bloc).or_default().1.push(i.champ);
            }
        }
        for (anciens, nouveaux) in par_bloc.values() {
            if anciens.is_empty() || nouveaux.is_empty() {
                continue;
            }
            for (i, j) in rename::apparier(anciens, nouveaux) {
                if let (Some(a), Some(n)) = (anciens.get(i), nouveaux.get(j)) {
                    self.renommes.insert(&n.code, &a.code);
                }
            }
        }
    }

    /// Pairs removed and added blocks as renames ([`rename::apparier_blocs`]),
    /// level by level from the root, so that a block's parent is already
    /// matched when the block is: only blocks under the same (matched)
    /// parent are paired.
    fn apparier_blocs(&mut self) {
        let profondeur = |i: &InfoBloc<'_>| i.chemin.matches('/').count();
        let max = self
            .a
            .blocs
            .values()
            .chain(self.n.blocs.values())
            .map(profondeur)
            .max()
            .unwrap_or(0);
        for d in 0..=max {
            // (parent in NEW, or None at the root) → candidates.
            let mut groupes: BTreeMap<Option<&str>, (Vec<&Bloc>, Vec<&Bloc>)> = BTreeMap::new();
            for code in &self.a.ordre_blocs {
                let Some(i) = self.a.blocs.get(code) else {
                    continue;
                };
                if self.n.blocs.contains_key(code) || profondeur(i) != d {
                    continue;
                }
                let parent = match i.parent {
                    None => None,
                    Some(p) => match self.bloc_nouveau(p) {
                        Some(np) => Some(np),
                        None => continue,
                    },
                };
                groupes.entry(parent).or_default().0.push(i.bloc);
            }
            for code in &self.n.ordre_blocs {
                let Some(i) = self.n.blocs.get(code) else {
                    continue;
                };
                if self.a.blocs.contains_key(code)
                    || profondeur(i) != d
                    || i.parent.is_some_and(|p| self.bloc_ancien(p).is_none())
                {
                    continue;
                }
                groupes.entry(i.parent).or_default().1.push(i.bloc);
            }
            for (anciens, nouveaux) in groupes.values() {
                for (i, j) in rename::apparier_blocs(anciens, nouveaux) {
                    if let (Some(a), Some(n)) = (anciens.get(i), nouveaux.get(j)) {
                        self.blocs_renommes.insert(&n.code, &a.code);
                        self.anciens_blocs.insert(&a.code, &n.code);
                    }
                }
            }
        }
    }

    /// The NEW code of an OLD block (itself unless renamed), if it is kept.
    fn bloc_nouveau(&self, ancien: &str) -> Option<&'m str> {
        match self.n.blocs.get_key_value(ancien) {
            Some((k, _)) => Some(k),
            None => self.anciens_blocs.get(ancien).copied(),
        }
    }

    /// The OLD code of a NEW block (itself unless renamed), if it existed.
    fn bloc_ancien(&self, nouveau: &str) -> Option<&'m str> {
        match self.a.blocs.get_key_value(nouveau) {
            Some((k, _)) => Some(k),
            None => self.blocs_renommes.get(nouveau).copied(),
        }
    }

    /// Whether an OLD block and a NEW one are the same block (both `None`:
    /// the root, or no row).
    fn meme_bloc(&self, ancien: Option<&str>, nouveau: Option<&str>) -> bool {
        match (ancien, nouveau) {
            (None, None) => true,
            (Some(a), Some(n)) => self.bloc_nouveau(a) == Some(n),
            _ => false,
        }
    }

    /// The NEW code of an OLD field (itself unless renamed).
    fn code_nouveau<'x>(&self, ancien: &'x str) -> Option<&'x str>
    where
        'm: 'x,
    {
        if self.n.champs.contains_key(ancien) {
            return Some(ancien);
        }
        self.renommes
            .iter()
            .find(|(_, a)| **a == ancien)
            .map(|(n, _)| *n)
    }

    // ------------------------------------------------------------- blocks

    /// Whether an added block makes vendors send something: a required
    /// field that is new to the model, directly or in non-repeatable
    /// sub-blocks at any depth, or rows (`minLignes >= 1`) for a
    /// repeatable block. Fields and blocks that existed in OLD are left out:
    /// they moved, and their move is reported on its own.
    fn exige(&self, b: &Bloc) -> bool {
        if b.repetable {
            return b.min_lignes.unwrap_or(0) >= 1;
        }
        b.champs
            .iter()
            .any(|c| c.obligatoire && !self.a.champs.contains_key(c.code.as_str()))
            || b.blocs
                .iter()
                .any(|sb| self.bloc_ancien(&sb.code).is_none() && self.exige(sb))
    }

    fn blocs(&mut self) {
        for code in &self.n.ordre_blocs {
            let Some(i) = self.n.blocs.get(code) else {
                continue;
            };
            match self.bloc_ancien(code).and_then(|c| self.a.blocs.get(c)) {
                Some(ia) => {
                    if ia.bloc.code != i.bloc.code {
                        self.bloc_renomme(ia, i);
                    }
                    self.comparer_bloc(ia, i);
                }
                // Under an added parent, the parent's entry covers it.
                None if i.parent.is_none_or(|p| self.bloc_ancien(p).is_some()) => {
                    let b = i.bloc;
                    let exige = self.exige(b);
                    let mut m = format!(
                        "Nouveau bloc{} « {} »",
                        if b.repetable { " répétable" } else { "" },
                        b.libelle
                    );
                    if exige {
                        match b.min_lignes.filter(|_| b.repetable) {
                            Some(n) => m.push_str(&format!(
                                " d'au moins {n} ligne{}",
                                if n > 1 { "s" } else { "" }
                            )),
                            None => m.push_str(" contenant des données obligatoires"),
                        }
                    }
                    let impact = if exige {
                        Impact::Cassant
                    } else {
                        Impact::Compatible
                    };
                    let d = fingerprint::bloc(b);
                    self.ajout((Nature::BlocAjoute, impact), code, &i.chemin, m, d);
                }
                None => {}
            }
        }
        for code in &self.a.ordre_blocs {
            let Some(i) = self.a.blocs.get(code) else {
                continue;
            };
            if self.bloc_nouveau(code).is_none()
                && i.parent.is_none_or(|p| self.bloc_nouveau(p).is_some())
            {
                let m = format!("Le bloc « {} » est supprimé", i.bloc.libelle);
                self.pousser(
                    Nature::BlocSupprime,
                    Impact::Cassant,
                    code,
                    &i.chemin,
                    None,
                    None,
                    m,
                );
            }
        }
    }

    /// A block whose code changed: its code is a payload key only when it
    /// is repeatable (on either side).
    fn bloc_renomme(&mut self, ia: &InfoBloc<'m>, i: &InfoBloc<'m>) {
        let (a, b) = (ia.bloc, i.bloc);
        let mut m = format!(
            "Le bloc « {} » change de code : « {} » devient « {} »",
            b.libelle, a.code, b.code
        );
        let impact = if a.repetable || b.repetable {
            m.push_str(" (clé des lignes dans les données)");
            Impact::Cassant
        } else {
            Impact::Information
        };
        self.pousser(
            Nature::BlocRenomme,
            impact,
            &b.code,
            &i.chemin,
            Some(props([("code", texte(&a.code))])),
            Some(props([("code", texte(&b.code))])),
            m,
        );
    }

    fn comparer_bloc(&mut self, ia: &InfoBloc<'m>, i: &InfoBloc<'m>) {
        let (a, b) = (ia.bloc, i.bloc);
        let s = Sujet {
            cible: &b.code,
            chemin: &i.chemin,
            nom: &b.libelle,
        };
        if !self.meme_bloc(ia.parent, i.parent) {
            let impact = if !self.meme_bloc(ia.ligne_parent, i.ligne_parent) {
                Impact::Cassant
            } else {
                Impact::Information
            };
            let de = match ia.parent {
                Some(p) => format!("du bloc « {} »", self.a.libelle_bloc(p)),
                None => "de la racine du modèle".to_owned(),
            };
            let vers = match i.parent {
                Some(p) => format!("au bloc « {} »", self.n.libelle_bloc(p)),
                None => "à la racine du modèle".to_owned(),
            };
            let mut m = format!("Le bloc « {} » passe {de} {vers}", b.libelle);
            m.push_str(&self.changement_de_lignes(ia.ligne_parent, i.ligne_parent));
            self.changement(
                Nature::ChampDeplace,
                impact,
                &s,
                props([("chemin", texte(&ia.chemin))]),
                props([("chemin", texte(&i.chemin))]),
                m,
            );
        }
        if a.libelle != b.libelle {
            self.libelle(&s, "du bloc", &a.libelle, &b.libelle);
        }
        if a.description != b.description {
            self.description(
                &s,
                "du bloc",
                a.description.as_ref(),
                b.description.as_ref(),
            );
        }
        match (a.repetable, b.repetable) {
            (false, true) => {
                let mut apres = props([("repetable", booleen(true))]);
                lignes_props(&mut apres, b);
                let m = format!(
                    "Le bloc « {} » devient répétable{}",
                    b.libelle,
                    bornes_lignes(b)
                );
                self.changement(
                    Nature::BlocDevenuRepetable,
                    Impact::Cassant,
                    &s,
                    props([("repetable", booleen(false))]),
                    apres,
                    m,
                );
            }
            (true, false) => {
                let mut avant = props([("repetable", booleen(true))]);
                lignes_props(&mut avant, a);
                let m = format!("Le bloc « {} » n'est plus répétable", b.libelle);
                self.changement(
                    Nature::BlocDevenuSimple,
                    Impact::Cassant,
                    &s,
                    avant,
                    props([("repetable", booleen(false))]),
                    m,
                );
            }
            (true, true) => {
                let mut l = Limites::default();
                // No minLignes is a minimum of 0.
                let (min_a, min_b) = (a.min_lignes.unwrap_or(0), b.min_lignes.unwrap_or(0));
                if min_a != min_b {
                    l.comparer(
                        &LIGNES_MIN,
                        &b.libelle,
                        Some(&min_a),
                        Some(&min_b),
                        u64::to_string,
                        |n| entier(n),
                    );
                }
                l.comparer(
                    &LIGNES_MAX,
                    &b.libelle,
                    a.max_lignes.as_ref(),
                    b.max_lignes.as_ref(),
                    u64::to_string,
                    |n| entier(n),
                );
                self.limites(
                    l,
                    &s,
                    (Nature::LignesResserrees, Impact::Cassant),
                    (Nature::LignesRelachees, Impact::Compatible),
                );
            }
            (false, false) => {}
        }
        self.ordre_bloc(ia, i);
    }

    /// ` : il entre dans les lignes de « X »`… when the row changes.
    fn changement_de_lignes(&self, avant: Option<&str>, apres: Option<&str>) -> String {
        match (avant, apres) {
            (a, b) if self.meme_bloc(a, b) => String::new(),
            (None, Some(b)) => format!(
                " : il entre dans le bloc répétable « {} »",
                self.n.libelle_bloc(b)
            ),
            (Some(a), None) => format!(
                " : il sort du bloc répétable « {} »",
                self.a.libelle_bloc(a)
            ),
            (Some(a), Some(b)) => format!(
                " : il passe des lignes de « {} » à celles de « {} »",
                self.a.libelle_bloc(a),
                self.n.libelle_bloc(b)
            ),
            (None, None) => String::new(),
        }
    }

    /// The relative order of the fields and sub-blocks that the block holds
    /// on both sides (renamed fields by their NEW code).
    fn ordre_bloc(&mut self, ia: &InfoBloc<'m>, i: &InfoBloc<'m>) {
        let (a, b) = (ia.bloc, i.bloc);
        let champs_a: Vec<&str> = a
            .champs
            .iter()
            .filter_map(|c| self.code_nouveau(&c.code))
            .filter(|c| self.n.champs.get(c).is_some_and(|x| x.bloc == b.code))
            .collect();
        let gardes: BTreeSet<&str> = champs_a.iter().copied().collect();
        let champs_n: Vec<&str> = b
            .champs
            .iter()
            .map(|c| c.code.as_str())
            .filter(|c| gardes.contains(c))
            .collect();
        let blocs_a: Vec<&str> = a
            .blocs
            .iter()
            .filter_map(|sb| self.bloc_nouveau(&sb.code))
            .filter(|c| {
                self.n
                    .blocs
                    .get(c)
                    .is_some_and(|x| x.parent == Some(b.code.as_str()))
            })
            .collect();
        let gardes: BTreeSet<&str> = blocs_a.iter().copied().collect();
        let blocs_n: Vec<&str> = b
            .blocs
            .iter()
            .map(|sb| sb.code.as_str())
            .filter(|c| gardes.contains(c))
            .collect();
        let (mut avant, mut apres, mut quoi) = (Proprietes::new(), Proprietes::new(), Vec::new());
        if champs_a != champs_n {
            avant.insert("champs".into(), codes(&champs_a));
            apres.insert("champs".into(), codes(&champs_n));
            quoi.push("des champs");
        }
        if blocs_a != blocs_n {
            avant.insert("blocs".into(), codes(&blocs_a));
            apres.insert("blocs".into(), codes(&blocs_n));
            quoi.push("des sous-blocs");
        }
        if !quoi.is_empty() {
            let m = format!(
                "L'ordre {} du bloc « {} » a changé",
                quoi.join(" et "),
                b.libelle
            );
            let s = Sujet {
                cible: &b.code,
                chemin: &i.chemin,
                nom: &b.libelle,
            };
            self.changement(
                Nature::OrdreModifie,
                Impact::Information,
                &s,
                avant,
                apres,
                m,
            );
        }
    }

    // ------------------------------------------------------------- fields

    fn champs(&mut self) {
        for code in &self.n.ordre_champs {
            let Some(i) = self.n.champs.get(code) else {
                continue;
            };
            if let Some(ia) = self.a.champs.get(code) {
                if !self.meme_bloc(Some(ia.bloc), Some(i.bloc)) {
                    self.deplacement(ia, i);
                }
                self.comparer_champ(ia, i);
            } else if let Some(ia) = self.renommes.get(code).and_then(|a| self.a.champs.get(a)) {
                let c = i.champ;
                let m = format!(
                    "Le champ « {} » change de code : « {} » devient « {} »",
                    c.libelle, ia.champ.code, c.code
                );
                self.pousser(
                    Nature::ChampRenomme,
                    Impact::Cassant,
                    code,
                    &i.chemin,
                    Some(props([("code", texte(&ia.champ.code))])),
                    Some(props([("code", texte(&c.code))])),
                    m,
                );
                self.comparer_champ(ia, i);
            } else if self.bloc_ancien(i.bloc).is_some() {
                let c = i.champ;
                let (impact, quel) = if c.obligatoire {
                    (Impact::Cassant, "obligatoire")
                } else {
                    (Impact::Compatible, "facultatif")
                };
                let m = format!("Nouveau champ {quel} « {} »", c.libelle);
                let d = fingerprint::champ(c);
                self.ajout((Nature::ChampAjoute, impact), code, &i.chemin, m, d);
            }
        }
        let renommes: BTreeSet<&str> = self.renommes.values().copied().collect();
        for code in &self.a.ordre_champs {
            let Some(i) = self.a.champs.get(code) else {
                continue;
            };
            if self.n.champs.contains_key(code)
                || renommes.contains(code)
                || self.bloc_nouveau(i.bloc).is_none()
            {
                continue;
            }
            let c = i.champ;
            let (impact, m) = if c.deprecie {
                (
                    Impact::Information,
                    format!(
                        "Le champ « {} » est supprimé (il était déjà déprécié)",
                        c.libelle
                    ),
                )
            } else {
                (
                    Impact::Cassant,
                    format!("Le champ « {} » est supprimé", c.libelle),
                )
            };
            self.pousser(
                Nature::ChampSupprime,
                impact,
                code,
                &i.chemin,
                None,
                None,
                m,
            );
        }
    }

    fn deplacement(&mut self, ia: &InfoChamp<'m>, i: &InfoChamp<'m>) {
        let impact = if !self.meme_bloc(ia.ligne, i.ligne) {
            Impact::Cassant
        } else {
            Impact::Information
        };
        let mut m = format!(
            "Le champ « {} » passe du bloc « {} » au bloc « {} »",
            i.champ.libelle,
            self.a.libelle_bloc(ia.bloc),
            self.n.libelle_bloc(i.bloc)
        );
        m.push_str(&self.changement_de_lignes(ia.ligne, i.ligne));
        let s = Sujet {
            cible: &i.champ.code,
            chemin: &i.chemin,
            nom: &i.champ.libelle,
        };
        self.changement(
            Nature::ChampDeplace,
            impact,
            &s,
            props([("chemin", texte(&ia.chemin))]),
            props([("chemin", texte(&i.chemin))]),
            m,
        );
    }

    fn comparer_champ(&mut self, ia: &InfoChamp<'m>, i: &InfoChamp<'m>) {
        let (a, b) = (ia.champ, i.champ);
        let s = Sujet {
            cible: &b.code,
            chemin: &i.chemin,
            nom: &b.libelle,
        };
        if a.obligatoire != b.obligatoire {
            let (nature, impact, m) = if b.obligatoire {
                (
                    Nature::DevenuObligatoire,
                    Impact::Cassant,
                    format!("Le champ « {} » devient obligatoire", b.libelle),
                )
            } else {
                (
                    Nature::DevenuFacultatif,
                    Impact::Compatible,
                    format!("Le champ « {} » devient facultatif", b.libelle),
                )
            };
            self.changement(
                nature,
                impact,
                &s,
                props([("obligatoire", booleen(a.obligatoire))]),
                props([("obligatoire", booleen(b.obligatoire))]),
                m,
            );
        }
        self.types(&s, &a.type_, &b.type_);
        if a.libelle != b.libelle {
            self.libelle(&s, "du champ", &a.libelle, &b.libelle);
        }
        if a.description != b.description {
            self.description(
                &s,
                "du champ",
                a.description.as_ref(),
                b.description.as_ref(),
            );
        }
        if a.unite != b.unite {
            let m = match (&a.unite, &b.unite) {
                (Some(x), Some(y)) => {
                    format!("L'unité de « {} » passe de « {x} » à « {y} »", b.libelle)
                }
                (None, Some(y)) => format!("« {} » reçoit l'unité « {y} »", b.libelle),
                (Some(x), None) => format!("L'unité de « {} » (« {x} ») est supprimée", b.libelle),
                (None, None) => String::new(),
            };
            self.changement(
                Nature::UniteModifiee,
                Impact::Information,
                &s,
                props([("unite", texte_opt(a.unite.as_ref()))]),
                props([("unite", texte_opt(b.unite.as_ref()))]),
                m,
            );
        }
        if a.donnee_personnelle != b.donnee_personnelle {
            let (impact, m) = if b.donnee_personnelle {
                (
                    Impact::AVerifier,
                    format!("« {} » devient une donnée personnelle", b.libelle),
                )
            } else {
                (
                    Impact::Information,
                    format!("« {} » n'est plus une donnée personnelle", b.libelle),
                )
            };
            self.changement(
                Nature::DonneePersonnelleModifiee,
                impact,
                &s,
                props([("donneePersonnelle", booleen(a.donnee_personnelle))]),
                props([("donneePersonnelle", booleen(b.donnee_personnelle))]),
                m,
            );
        }
        if a.deprecie != b.deprecie {
            let m = if b.deprecie {
                format!(
                    "Le champ « {} » est désormais déprécié (annoncé pour suppression)",
                    b.libelle
                )
            } else {
                format!("Le champ « {} » n'est plus déprécié", b.libelle)
            };
            self.changement(
                Nature::Deprecie,
                Impact::Information,
                &s,
                props([("deprecie", booleen(a.deprecie))]),
                props([("deprecie", booleen(b.deprecie))]),
                m,
            );
        }
    }

    /// A block's or a field's label changed (`de`: "du bloc", "du champ").
    fn libelle(&mut self, s: &Sujet<'_>, de: &str, a: &str, b: &str) {
        let m = format!("Le libellé {de} « {a} » devient « {b} »");
        self.changement(
            Nature::LibelleModifie,
            Impact::Information,
            s,
            props([("libelle", texte(a))]),
            props([("libelle", texte(b))]),
            m,
        );
    }

    fn description(&mut self, s: &Sujet<'_>, de: &str, a: Option<&String>, b: Option<&String>) {
        let m = match (a, b) {
            (None, Some(_)) => format!("Une description est ajoutée {de} « {} »", s.nom),
            (Some(_), None) => format!("La description {de} « {} » est supprimée", s.nom),
            _ => format!("La description {de} « {} » a changé", s.nom),
        };
        self.changement(
            Nature::DescriptionModifiee,
            Impact::Information,
            s,
            props([("description", texte_opt(a))]),
            props([("description", texte_opt(b))]),
            m,
        );
    }

    fn types(&mut self, s: &Sujet<'_>, ta: &TypeChamp, tb: &TypeChamp) {
        use TypeChamp as T;
        let nom = s.nom;
        match (ta, tb) {
            (T::Entier { min: a0, max: a1 }, T::Entier { min: b0, max: b1 }) => {
                let d = |x: &Option<i64>| x.map(Decimal::from);
                self.bornes_nombres(s, (d(a0), d(a1)), (d(b0), d(b1)));
            }
            (
                T::Decimal {
                    decimales: da,
                    min: a0,
                    max: a1,
                },
                T::Decimal {
                    decimales: db,
                    min: b0,
                    max: b1,
                },
            ) => {
                if da != db {
                    let (nature, impact) = if db < da {
                        (Nature::DecimalesReduites, Impact::Cassant)
                    } else {
                        (Nature::DecimalesAugmentees, Impact::Compatible)
                    };
                    let m = format!("Le nombre de décimales de « {nom} » passe de {da} à {db}");
                    self.changement(
                        nature,
                        impact,
                        s,
                        props([("decimales", entier(da))]),
                        props([("decimales", entier(db))]),
                        m,
                    );
                }
                self.bornes_nombres(s, (*a0, *a1), (*b0, *b1));
            }
            (
                T::Entier { min: a0, max: a1 },
                T::Decimal {
                    decimales,
                    min: b0,
                    max: b1,
                },
            ) => {
                let m = format!(
                    "Le type de « {nom} » passe de entier à decimal ({decimales} décimale{})",
                    pluriel(*decimales)
                );
                self.changement(
                    Nature::TypeModifie,
                    Impact::Compatible,
                    s,
                    props([("type", texte("entier"))]),
                    props([("type", texte("decimal")), ("decimales", entier(decimales))]),
                    m,
                );
                let d = |x: &Option<i64>| x.map(Decimal::from);
                self.bornes_nombres(s, (d(a0), d(a1)), (*b0, *b1));
            }
            (
                T::Decimal {
                    decimales,
                    min: a0,
                    max: a1,
                },
                T::Entier { min: b0, max: b1 },
            ) => {
                let m = format!("Le type de « {nom} » passe de decimal à entier");
                self.changement(
                    Nature::TypeModifie,
                    Impact::Cassant,
                    s,
                    props([("type", texte("decimal")), ("decimales", entier(decimales))]),
                    props([("type", texte("entier"))]),
                    m,
                );
                let d = |x: &Option<i64>| x.map(Decimal::from);
                self.bornes_nombres(s, (*a0, *a1), (d(b0), d(b1)));
            }
            (
                T::Texte {
                    longueur_min: a0,
                    longueur_max: a1,
                    motif: ma,
                },
                T::Texte {
                    longueur_min: b0,
                    longueur_max: b1,
                    motif: mb,
                },
            ) => {
                let mut l = Limites::default();
                // No longueurMin is a minimum of 0.
                let (a0, b0) = (a0.unwrap_or(0), b0.unwrap_or(0));
                if a0 != b0 {
                    l.comparer(&LONG_MIN, nom, Some(&a0), Some(&b0), u64::to_string, |n| {
                        entier(n)
                    });
                }
                l.comparer(
                    &LONG_MAX,
                    nom,
                    a1.as_ref(),
                    b1.as_ref(),
                    u64::to_string,
                    |n| entier(n),
                );
                self.limites(
                    l,
                    s,
                    (Nature::LongueurResserree, Impact::Cassant),
                    (Nature::LongueurRelachee, Impact::Compatible),
                );
                self.motif(s, ma.as_ref(), mb.as_ref());
            }
            (T::Booleen, T::Booleen) => {}
            (T::Date { min: a0, max: a1 }, T::Date { min: b0, max: b1 }) => {
                let mut l = Limites::default();
                let aff = |d: &Date| d.to_string();
                let json = |d: &Date| texte(&d.to_string());
                l.comparer(&MIN, nom, a0.as_ref(), b0.as_ref(), aff, json);
                l.comparer(&MAX, nom, a1.as_ref(), b1.as_ref(), aff, json);
                self.limites(
                    l,
                    s,
                    (Nature::BorneResserree, Impact::Cassant),
                    (Nature::BorneRelachee, Impact::Compatible),
                );
            }
            (
                T::Code {
                    nomenclature: na,
                    multiple: ma,
                },
                T::Code {
                    nomenclature: nb,
                    multiple: mb,
                },
            ) => {
                if na != nb {
                    self.nomenclature_changee(s, na, nb);
                }
                if ma != mb {
                    let (nature, m) = if *mb {
                        (
                            Nature::DevenuMultiple,
                            format!("« {nom} » accepte désormais plusieurs valeurs"),
                        )
                    } else {
                        (
                            Nature::DevenuSimpleValeur,
                            format!("« {nom} » n'accepte plus qu'une seule valeur"),
                        )
                    };
                    self.changement(
                        nature,
                        Impact::Cassant,
                        s,
                        props([("multiple", booleen(*ma))]),
                        props([("multiple", booleen(*mb))]),
                        m,
                    );
                }
            }
            (a, b) => {
                let m = format!("Le type de « {nom} » passe de {} à {}", a.nom(), b.nom());
                self.changement(
                    Nature::TypeModifie,
                    Impact::Cassant,
                    s,
                    props_type(a),
                    props_type(b),
                    m,
                );
            }
        }
    }

    fn bornes_nombres(
        &mut self,
        s: &Sujet<'_>,
        a: (Option<Decimal>, Option<Decimal>),
        b: (Option<Decimal>, Option<Decimal>),
    ) {
        let mut l = Limites::default();
        let aff = |d: &Decimal| d.normalize().to_string();
        l.comparer(&MIN, s.nom, a.0.as_ref(), b.0.as_ref(), aff, nombre);
        l.comparer(&MAX, s.nom, a.1.as_ref(), b.1.as_ref(), aff, nombre);
        self.limites(
            l,
            s,
            (Nature::BorneResserree, Impact::Cassant),
            (Nature::BorneRelachee, Impact::Compatible),
        );
    }

    fn motif(&mut self, s: &Sujet<'_>, a: Option<&String>, b: Option<&String>) {
        let nom = s.nom;
        let (nature, impact, m) = match (a, b) {
            (Some(x), Some(y)) if x == y => return,
            (None, None) => return,
            (None, Some(y)) => (
                Nature::MotifAjoute,
                Impact::Cassant,
                format!("Un motif « {y} » est imposé à « {nom} »"),
            ),
            (Some(x), None) => (
                Nature::MotifSupprime,
                Impact::Compatible,
                format!("Le motif de « {nom} » (« {x} ») est supprimé"),
            ),
            (Some(x), Some(y)) => (
                Nature::MotifModifie,
                Impact::AVerifier,
                format!("Le motif de « {nom} » passe de « {x} » à « {y} »"),
            ),
        };
        self.changement(
            nature,
            impact,
            s,
            props([("motif", texte_opt(a))]),
            props([("motif", texte_opt(b))]),
            m,
        );
    }

    /// A `code` field pointing to another list: breaking when a value
    /// accepted by the old list is not accepted by the new one.
    fn nomenclature_changee(&mut self, s: &Sujet<'_>, na: &str, nb: &str) {
        let (la, lb) = (
            self.a.modele.nomenclature(na),
            self.n.modele.nomenclature(nb),
        );
        let perdues: Option<Vec<&str>> = match (la, lb) {
            (Some(la), Some(lb)) => {
                let nouvelles = par_code(&lb.valeurs, |v| &v.code);
                Some(
                    la.valeurs
                        .iter()
                        .filter(|v| {
                            v.actif && !nouvelles.get(v.code.as_str()).is_some_and(|w| w.actif)
                        })
                        .map(|v| v.code.as_str())
                        .collect(),
                )
            }
            _ => None,
        };
        let lib = |l: Option<&Nomenclature>, code: &str| match l {
            Some(l) => format!("« {} » ({code})", l.libelle),
            None => format!("« {code} »"),
        };
        let mut m = format!(
            "« {} » utilise la nomenclature {} au lieu de {}",
            s.nom,
            lib(lb, nb),
            lib(la, na)
        );
        let impact = match &perdues {
            Some(p) if p.is_empty() => Impact::Compatible,
            Some(p) => {
                m.push_str(" ; valeurs qui ne sont plus acceptées : ");
                m.push_str(&liste_courte(p));
                Impact::Cassant
            }
            None => Impact::Cassant,
        };
        self.changement(
            Nature::NomenclatureChangee,
            impact,
            s,
            props([("nomenclature", texte(na))]),
            props([("nomenclature", texte(nb))]),
            m,
        );
    }

    // ------------------------------------------------------ code lists

    fn nomenclatures(&mut self) {
        let (ma, mn) = (self.a.modele, self.n.modele);
        let mut vues = BTreeSet::new();
        for ln in &mn.nomenclatures {
            if !vues.insert(ln.code.as_str()) {
                continue;
            }
            let Some(la) = ma.nomenclature(&ln.code) else {
                continue;
            };
            let s = Sujet {
                cible: &ln.code,
                chemin: "",
                nom: &ln.libelle,
            };
            if la.libelle != ln.libelle {
                let m = format!(
                    "Le libellé de la nomenclature « {} » devient « {} »",
                    la.libelle, ln.libelle
                );
                self.changement(
                    Nature::LibelleModifie,
                    Impact::Information,
                    &s,
                    props([("libelle", texte(&la.libelle))]),
                    props([("libelle", texte(&ln.libelle))]),
                    m,
                );
            }
            if la.reference != ln.reference {
                let m = format!(
                    "La référence de la nomenclature « {} » a changé",
                    ln.libelle
                );
                self.changement(
                    Nature::DescriptionModifiee,
                    Impact::Information,
                    &s,
                    props([("reference", texte_opt(la.reference.as_ref()))]),
                    props([("reference", texte_opt(ln.reference.as_ref()))]),
                    m,
                );
            }
            self.valeurs(la, ln);
        }
    }

    fn valeurs(&mut self, la: &Nomenclature, ln: &Nomenclature) {
        let nom = &ln.libelle;
        let (anciennes, nouvelles) = (
            par_code(&la.valeurs, |v| &v.code),
            par_code(&ln.valeurs, |v| &v.code),
        );
        let mut vues = BTreeSet::new();
        for v in &ln.valeurs {
            if !vues.insert(v.code.as_str()) {
                continue;
            }
            let cible = format!("{}:{}", ln.code, v.code);
            let s = Sujet {
                cible: &cible,
                chemin: "",
                nom,
            };
            match anciennes.get(v.code.as_str()) {
                None => {
                    let inactive = if v.actif { "" } else { " (inactive)" };
                    let m = format!(
                        "Nouvelle valeur « {} » (« {} »){inactive} dans la nomenclature « {nom} »",
                        v.code, v.libelle
                    );
                    let d = fingerprint::valeur(v);
                    self.ajout(
                        (Nature::ValeurAjoutee, Impact::Compatible),
                        &cible,
                        "",
                        m,
                        d,
                    );
                }
                Some(w) => {
                    if w.actif != v.actif {
                        let (nature, impact, quoi) = if v.actif {
                            (
                                Nature::ValeurAjoutee,
                                Impact::Compatible,
                                "redevient active",
                            )
                        } else {
                            (
                                Nature::ValeurSupprimee,
                                Impact::Cassant,
                                "devient inactive : elle n'est plus acceptée",
                            )
                        };
                        let m = format!(
                            "La valeur « {} » (« {} ») de la nomenclature « {nom} » {quoi}",
                            v.code, v.libelle
                        );
                        self.changement(
                            nature,
                            impact,
                            &s,
                            props([("actif", booleen(w.actif))]),
                            props([("actif", booleen(v.actif))]),
                            m,
                        );
                    }
                    if w.libelle != v.libelle {
                        let m = format!(
                            "Le libellé de la valeur « {} » de la nomenclature « {nom} » devient « {} »",
                            v.code, v.libelle
                        );
                        self.changement(
                            Nature::LibelleModifie,
                            Impact::Information,
                            &s,
                            props([("libelle", texte(&w.libelle))]),
                            props([("libelle", texte(&v.libelle))]),
                            m,
                        );
                    }
                }
            }
        }
        let mut vues = BTreeSet::new();
        for w in &la.valeurs {
            if !vues.insert(w.code.as_str()) || nouvelles.contains_key(w.code.as_str()) {
                continue;
            }
            let deja = if w.actif {
                ""
            } else {
                " (elle était déjà inactive)"
            };
            let m = format!(
                "La valeur « {} » (« {} ») est retirée de la nomenclature « {nom} »{deja}",
                w.code, w.libelle
            );
            let cible = format!("{}:{}", ln.code, w.code);
            self.pousser(
                Nature::ValeurSupprimee,
                Impact::Cassant,
                &cible,
                "",
                None,
                None,
                m,
            );
        }
    }

    // ------------------------------------------------------------- rules

    fn regles(&mut self) {
        let (ma, mn) = (self.a.modele, self.n.modele);
        let (anciennes, nouvelles) = (
            par_code(&ma.regles, |r| &r.code),
            par_code(&mn.regles, |r| &r.code),
        );
        let mut vues = BTreeSet::new();
        for r in &mn.regles {
            if !vues.insert(r.code.as_str()) {
                continue;
            }
            let chemin = self.n.chemin_regle(r);
            let Some(ra) = anciennes.get(r.code.as_str()) else {
                let (impact, quelle) = match r.severite {
                    Severite::Bloquante => (Impact::AVerifier, "bloquante"),
                    Severite::Avertissement => (Impact::Information, "d'avertissement"),
                };
                let m = format!("Nouvelle règle {quelle} {} : {}", nom_regle(r), r.message);
                let d = fingerprint::regle(r);
                self.ajout((Nature::RegleAjoutee, impact), &r.code, &chemin, m, d);
                continue;
            };
            let s = Sujet {
                cible: &r.code,
                chemin: &chemin,
                nom: &r.code,
            };
            if ra.severite != r.severite {
                let (nature, impact, m) = match r.severite {
                    Severite::Bloquante => (
                        Nature::SeveriteDurcie,
                        Impact::Cassant,
                        format!("La règle {} devient bloquante", nom_regle(r)),
                    ),
                    Severite::Avertissement => (
                        Nature::SeveriteAssouplie,
                        Impact::Compatible,
                        format!("La règle {} n'est plus qu'un avertissement", nom_regle(r)),
                    ),
                };
                self.changement(
                    nature,
                    impact,
                    &s,
                    props([("severite", texte(ra.severite.code()))]),
                    props([("severite", texte(r.severite.code()))]),
                    m,
                );
            }
            let (mut avant, mut apres, mut phrases) =
                (Proprietes::new(), Proprietes::new(), Vec::new());
            if !meme_expression(&ra.expression, &r.expression) {
                avant.insert("expression".into(), texte(&ra.expression));
                apres.insert("expression".into(), texte(&r.expression));
                phrases.push(format!(
                    "l'expression de la règle {} passe de « {} » à « {} »",
                    nom_regle(r),
                    ra.expression,
                    r.expression
                ));
            }
            if !self.meme_bloc(ra.bloc.as_deref(), r.bloc.as_deref()) {
                avant.insert("bloc".into(), texte_opt(ra.bloc.as_ref()));
                apres.insert("bloc".into(), texte_opt(r.bloc.as_ref()));
                phrases.push(match &r.bloc {
                    Some(b) => format!(
                        "la règle {} porte désormais sur chaque ligne de « {} »",
                        nom_regle(r),
                        self.n.libelle_bloc(b)
                    ),
                    None => format!("la règle {} ne porte plus sur des lignes", nom_regle(r)),
                });
            }
            if !phrases.is_empty() {
                self.changement(
                    Nature::RegleModifiee,
                    Impact::AVerifier,
                    &s,
                    avant,
                    apres,
                    majuscule(&phrases.join(" ; ")),
                );
            }
            let (mut avant, mut apres, mut phrases) =
                (Proprietes::new(), Proprietes::new(), Vec::new());
            if ra.libelle != r.libelle {
                avant.insert("libelle".into(), texte_opt(ra.libelle.as_ref()));
                apres.insert("libelle".into(), texte_opt(r.libelle.as_ref()));
                phrases.push(match (&ra.libelle, &r.libelle) {
                    (Some(x), Some(y)) => format!(
                        "le libellé de la règle {} passe de « {x} » à « {y} »",
                        r.code
                    ),
                    (None, Some(y)) => format!("la règle {} reçoit le libellé « {y} »", r.code),
                    _ => format!("le libellé de la règle {} est supprimé", r.code),
                });
            }
            if ra.message != r.message {
                avant.insert("message".into(), texte(&ra.message));
                apres.insert("message".into(), texte(&r.message));
                phrases.push(format!("le message de la règle {} a changé", nom_regle(r)));
            }
            if !phrases.is_empty() {
                self.changement(
                    Nature::LibelleModifie,
                    Impact::Information,
                    &s,
                    avant,
                    apres,
                    majuscule(&phrases.join(" ; ")),
                );
            }
        }
        let mut vues = BTreeSet::new();
        for r in &ma.regles {
            if !vues.insert(r.code.as_str()) || nouvelles.contains_key(r.code.as_str()) {
                continue;
            }
            let m = format!("La règle {} est supprimée", nom_regle(r));
            let chemin = self.a.chemin_regle(r);
            self.pousser(
                Nature::RegleSupprimee,
                Impact::Compatible,
                &r.code,
                &chemin,
                None,
                None,
                m,
            );
        }
    }

    // ------------------------------------------------------------- model

    fn modele(&mut self) {
        let (ma, mn) = (self.a.modele, self.n.modele);
        let code = mn.identite.code.as_str();
        let s = Sujet {
            cible: code,
            chemin: "",
            nom: code,
        };
        if ma.identite.niveau != mn.identite.niveau {
            let niveau = |m: &Modele| match m.identite.niveau {
                crate::model::Niveau::Structure => "structure",
                crate::model::Niveau::Usager => "usager",
            };
            let m = format!(
                "Le niveau du modèle passe de « {} » à « {} »",
                niveau(ma),
                niveau(mn)
            );
            self.changement(
                Nature::TypeModifie,
                Impact::Cassant,
                &s,
                props([("niveau", texte(niveau(ma)))]),
                props([("niveau", texte(niveau(mn)))]),
                m,
            );
        }
        if ma.identite.libelle != mn.identite.libelle {
            let m = "Le libellé du modèle a changé".to_owned();
            self.changement(
                Nature::LibelleModifie,
                Impact::Information,
                &s,
                props([("libelle", texte_opt(ma.identite.libelle.as_ref()))]),
                props([("libelle", texte_opt(mn.identite.libelle.as_ref()))]),
                m,
            );
        }
        // Relative order of the top-level blocks kept at the top level, by
        // their NEW code.
        let racine_n = |c: &&str| self.n.blocs.get(c).is_some_and(|i| i.parent.is_none());
        let racine_a = |c: &&str| {
            self.bloc_ancien(c)
                .and_then(|o| self.a.blocs.get(o))
                .is_some_and(|i| i.parent.is_none())
        };
        let oa: Vec<&str> = ma
            .blocs
            .iter()
            .filter_map(|b| self.bloc_nouveau(&b.code))
            .filter(racine_n)
            .collect();
        let on: Vec<&str> = mn
            .blocs
            .iter()
            .map(|b| b.code.as_str())
            .filter(racine_a)
            .collect();
        if oa != on {
            self.changement(
                Nature::OrdreModifie,
                Impact::Information,
                &s,
                props([("blocs", codes(&oa))]),
                props([("blocs", codes(&on))]),
                "L'ordre des blocs du modèle a changé".to_owned(),
            );
        }
    }

    /// Breaking changes while the version stays the same.
    fn version(&mut self) {
        let (va, vn) = (
            &self.a.modele.identite.version,
            &self.n.modele.identite.version,
        );
        let graves = self
            .out
            .iter()
            .filter(|e| e.impact <= Impact::AVerifier)
            .count();
        if va != vn || graves == 0 {
            return;
        }
        let m = format!(
            "La version du modèle reste « {vn} » malgré {graves} changement{} cassant{} ou à vérifier",
            pluriel_n(graves),
            pluriel_n(graves)
        );
        // The version did not change: before and after both show it, so
        // that the fingerprint is tied to this version.
        let v = props([("version", texte(vn))]);
        let code = self.n.modele.identite.code.clone();
        self.pousser(
            Nature::VersionIncoherente,
            Impact::AVerifier,
            &code,
            "",
            Some(v.clone()),
            Some(v),
            m,
        );
    }
}

/// Elements by code, the first one when a code repeats (only in a model
/// that was not checked).
fn par_code<'x, T>(l: &'x [T], code: impl Fn(&'x T) -> &'x String) -> BTreeMap<&'x str, &'x T> {
    let mut m = BTreeMap::new();
    for x in l {
        m.entry(code(x).as_str()).or_insert(x);
    }
    m
}

fn pluriel(n: u32) -> &'static str {
    if n > 1 { "s" } else { "" }
}

fn pluriel_n(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
}

/// `A, B, C` — at most ten, then `…`.
fn liste_courte(l: &[&str]) -> String {
    let mut s = l.iter().take(10).copied().collect::<Vec<_>>().join(", ");
    if l.len() > 10 {
        s.push_str(&format!(", … ({} en tout)", l.len()));
    }
    s
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

/// ` (au plus 5 lignes)`…
fn bornes_lignes(b: &Bloc) -> String {
    let l = |n: u64| format!("{n} ligne{}", if n > 1 { "s" } else { "" });
    match (b.min_lignes, b.max_lignes) {
        (Some(a), Some(z)) => format!(" (de {a} à {})", l(z)),
        (Some(a), None) => format!(" (au moins {})", l(a)),
        (None, Some(z)) => format!(" (au plus {})", l(z)),
        (None, None) => String::new(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_compare_without_white_space() {
        assert!(meme_expression("a+b = c", " a + b=c "));
        assert!(meme_expression("a et  b", "a\net b"));
        assert!(!meme_expression("a et b", "aet b"));
        assert!(!meme_expression("x = 'A B'", "x = 'AB'"));
        assert!(!meme_expression("`a b` > 0", "`ab` > 0"));
        assert!(!meme_expression("a > 0", "a >= 0"));
        assert!(meme_expression("(a > 0) et ((b))", "a>0 et b"));
        assert!(meme_expression("(a + b) + c = 1", "a + b + c = 1"));
        assert!(!meme_expression("a + (b + c) = 1", "a + b + c = 1"));
    }
}
