//! Reading a TDDUI transaction Bundle back (usager.md, WS09 and WS07):
//! the Bundle becomes the collection file it stands for, so that its
//! validation is the collection file's ([`super::collecte::valider`]), one
//! code path for both.
//!
//! What makes the text not a TDDUI Bundle of this model (wrong resource
//! type, profile, identifier system or prefix, a missing Organization, a
//! reference that does not resolve…) is a reading error at its JSON
//! pointer and line:column, all of them in one pass; what contradicts the
//! model inside a QuestionnaireResponse is a finding at the person's path
//! (`usagers[i]. …`), like a payload's. No identity value is ever quoted.

mod items;
mod personne;
pub mod tddui;

use super::collecte::{self, Lue};
use crate::model::json::{self, Object, Value};
use crate::model::{Modele, Niveau};
use sidoba::{CodeConstat, Constat, Constats, ErreurLecture, Position, Severite};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Beyond this many reading errors the Bundle is not worth reading further.
const ERREURS_MAX: usize = 100;

/// What the Bundle carries for each person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Genre {
    /// WS09: a QuestionnaireResponse per person.
    Ws09,
    /// WS07: a DocumentReference (a CDA document) per person.
    Ws07,
}

/// A Bundle read: the collection file it stands for (JSON text, personal
/// data: never logged) and the findings the Bundle itself gave.
pub struct BundleLu {
    pub genre: Genre,
    /// The collection file (usager.md) rebuilt from the Bundle; for WS07
    /// each person's `donnees` is empty (the CDA is not read back).
    pub collecte: String,
    /// Number of persons (Patients), in Bundle order.
    pub personnes: usize,
    /// Findings of the QuestionnaireResponses against the model, person
    /// by person.
    constats: Vec<Vec<Constat>>,
    ecartes: BTreeSet<String>,
}

impl fmt::Debug for BundleLu {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BundleLu")
            .field("genre", &self.genre)
            .field("personnes", &self.personnes)
            .finish_non_exhaustive()
    }
}

/// Every reason the text is not a readable TDDUI Bundle of the model,
/// each at its place (its message starts with the JSON pointer).
#[derive(Debug, Clone)]
pub struct Erreurs(pub Vec<ErreurLecture>);

impl fmt::Display for Erreurs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Erreurs {}

/// Serialises a string as JSON (cannot fail).
fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn champ<'a, 'v>(o: &'a Object<'v>, cle: &str) -> Option<&'a Value<'v>> {
    o.properties
        .iter()
        .find(|p| p.name.as_str() == cle)
        .map(|p| &p.value)
}

fn chaine<'a>(v: Option<&'a Value<'_>>) -> Option<&'a str> {
    match v {
        Some(Value::StringLit(s)) => Some(s.value.as_ref()),
        _ => None,
    }
}

fn objet<'a, 'v>(v: Option<&'a Value<'v>>) -> Option<&'a Object<'v>> {
    match v {
        Some(Value::Object(o)) => Some(o),
        _ => None,
    }
}

fn tableau<'a, 'v>(v: Option<&'a Value<'v>>) -> &'a [Value<'v>] {
    match v {
        Some(Value::Array(a)) => &a.elements,
        _ => &[],
    }
}

/// The element of `liste` (an array of objects) whose `cle` is `valeur`.
fn ou<'a, 'v>(liste: Option<&'a Value<'v>>, cle: &str, valeur: &str) -> Option<&'a Object<'v>> {
    tableau(liste)
        .iter()
        .filter_map(|e| objet(Some(e)))
        .find(|o| chaine(champ(o, cle)) == Some(valeur))
}

fn fin(v: &Value<'_>) -> usize {
    match v {
        Value::StringLit(x) => x.range.end,
        Value::NumberLit(x) => x.range.end,
        Value::BooleanLit(x) => x.range.end,
        Value::Object(x) => x.range.end,
        Value::Array(x) => x.range.end,
        Value::NullKeyword(x) => x.range.end,
    }
}

/// The reading errors, and the text for positions and raw values.
struct Lecteur<'t> {
    texte: &'t str,
    erreurs: Vec<ErreurLecture>,
}

impl<'t> Lecteur<'t> {
    fn erreur(&mut self, offset: usize, pointeur: &str, message: impl fmt::Display) {
        if self.erreurs.len() >= ERREURS_MAX {
            return;
        }
        let pointeur = if pointeur.is_empty() { "/" } else { pointeur };
        self.erreurs.push(ErreurLecture {
            offset,
            position: Position::de(self.texte, offset),
            message: format!("{pointeur} : {message}"),
        });
    }

    /// A value's JSON text, exactly as in the Bundle.
    fn brut(&self, v: &Value<'_>) -> &'t str {
        &self.texte[json::debut(v)..fin(v)]
    }
}

/// One entry's resource.
struct Ressource<'a, 'v> {
    ptr: String,
    url: &'a str,
    type_: &'a str,
    o: &'a Object<'v>,
}

fn est_urn_uuid(url: &str) -> bool {
    url.strip_prefix("urn:uuid:").is_some_and(|u| {
        u.len() == 36
            && u.bytes().enumerate().all(|(i, b)| match i {
                8 | 13 | 18 | 23 => b == b'-',
                _ => b.is_ascii_digit() || (b'a'..=b'f').contains(&b),
            })
    })
}

/// Reads a TDDUI Bundle into the collection file it stands for.
pub fn lire(m: &Modele, texte: &str) -> Result<BundleLu, Erreurs> {
    let texte = texte.strip_prefix('\u{feff}').unwrap_or(texte);
    let mut l = Lecteur {
        texte,
        erreurs: Vec::new(),
    };
    let racine = match json::analyser(texte) {
        Ok(r) => r,
        Err(e) => {
            l.erreurs.push(ErreurLecture {
                offset: e.offset,
                position: Position::de(texte, e.offset),
                message: e.message,
            });
            return Err(Erreurs(l.erreurs));
        }
    };
    let lu = lire_arbre(m, &racine, &mut l);
    match lu {
        Some(b) if l.erreurs.is_empty() => Ok(b),
        _ if l.erreurs.is_empty() => {
            l.erreur(0, "", "Bundle TDDUI illisible");
            Err(Erreurs(l.erreurs))
        }
        _ => Err(Erreurs(l.erreurs)),
    }
}

fn lire_arbre(m: &Modele, racine: &Value<'_>, l: &mut Lecteur<'_>) -> Option<BundleLu> {
    let Value::Object(b) = racine else {
        l.erreur(json::debut(racine), "", "un Bundle FHIR est un objet JSON");
        return None;
    };
    match chaine(champ(b, "resourceType")) {
        Some("Bundle") => {}
        Some(t) => {
            l.erreur(
                b.range.start,
                "/resourceType",
                format!("ressource FHIR « {t} » : sidoba lit un Bundle TDDUI (WS09 ou WS07)"),
            );
            return None;
        }
        None => {
            l.erreur(
                b.range.start,
                "/resourceType",
                "« resourceType » (chaîne) absent",
            );
            return None;
        }
    }
    if m.identite.niveau != Niveau::Usager {
        l.erreur(
            b.range.start,
            "",
            format!(
                "Bundle de données usager alors que le modèle {} {} est de niveau structure (il attend un payload WS05)",
                m.identite.code, m.identite.version
            ),
        );
        return None;
    }
    if chaine(champ(b, "type")) != Some("transaction") {
        l.erreur(
            b.range.start,
            "/type",
            "le Bundle TDDUI est de type « transaction »",
        );
    }
    // WS09: the FHIR guide's Bundle; WS07: the CDA guide's.
    profil(l, b, "", &[tddui::PROFIL_BUNDLE, tddui::PROFIL_BUNDLE_CDA]);
    let entrees = match champ(b, "entry") {
        Some(Value::Array(a)) => &a.elements,
        Some(v) => {
            l.erreur(json::debut(v), "/entry", "« entry » doit être un tableau");
            return None;
        }
        None => {
            l.erreur(
                b.range.start,
                "/entry",
                "le Bundle n'a pas d'entrées (« entry »)",
            );
            return None;
        }
    };
    let ressources = entrees_lues(l, entrees);
    let urls: BTreeMap<&str, usize> = ressources
        .iter()
        .enumerate()
        .map(|(i, r)| (r.url, i))
        .collect();
    let mut pas = Vec::new();
    for r in &ressources {
        let base = format!("{}/resource", r.ptr);
        for p in &r.o.properties {
            pas.push(Pas::Cle(p.name.as_str()));
            references(l, &p.value, &base, &mut pas, &urls);
            pas.pop();
        }
    }
    Lecture::new(m, l, ressources, urls).lire()
}

/// Every entry's envelope: an object with a unique `urn:uuid:` fullUrl, a
/// resource of a TDDUI type with its profile, and a POST request.
fn entrees_lues<'a, 'v>(l: &mut Lecteur<'_>, entrees: &'a [Value<'v>]) -> Vec<Ressource<'a, 'v>> {
    let mut vues = BTreeSet::new();
    let mut out = Vec::new();
    for (j, e) in entrees.iter().enumerate() {
        let ptr = format!("/entry/{j}");
        let Value::Object(e) = e else {
            l.erreur(json::debut(e), &ptr, "chaque entrée est un objet");
            continue;
        };
        let url = match chaine(champ(e, "fullUrl")) {
            Some(u) if est_urn_uuid(u) => {
                if !vues.insert(u) {
                    l.erreur(
                        e.range.start,
                        &format!("{ptr}/fullUrl"),
                        "« fullUrl » déjà pris par une autre entrée",
                    );
                }
                Some(u)
            }
            _ => {
                l.erreur(
                    e.range.start,
                    &format!("{ptr}/fullUrl"),
                    "« fullUrl » doit être « urn:uuid: » suivi d'un UUID en minuscules",
                );
                None
            }
        };
        let Some(r) = objet(champ(e, "resource")) else {
            l.erreur(
                e.range.start,
                &format!("{ptr}/resource"),
                "l'entrée n'a pas de ressource (objet)",
            );
            continue;
        };
        let Some(type_) = chaine(champ(r, "resourceType")) else {
            l.erreur(
                r.range.start,
                &format!("{ptr}/resource/resourceType"),
                "« resourceType » (chaîne) absent",
            );
            continue;
        };
        let Some(attendus) = tddui::profils(type_) else {
            l.erreur(
                r.range.start,
                &format!("{ptr}/resource/resourceType"),
                format!("ressource « {type_} » inattendue : un Bundle TDDUI de sidoba contient Organization, Patient, Encounter, QuestionnaireResponse (WS09) ou DocumentReference (WS07)"),
            );
            continue;
        };
        profil(l, r, &format!("{ptr}/resource"), attendus);
        let requete = objet(champ(e, "request"));
        let ok = requete.is_some_and(|q| {
            chaine(champ(q, "method")) == Some("POST") && chaine(champ(q, "url")) == Some(type_)
        });
        if !ok {
            l.erreur(
                requete.map_or(e.range.start, |q| q.range.start),
                &format!("{ptr}/request"),
                format!("« request » doit être {{\"method\": \"POST\", \"url\": \"{type_}\"}}"),
            );
        }
        if let Some(url) = url {
            out.push(Ressource {
                ptr,
                url,
                type_,
                o: r,
            });
        }
    }
    out
}

/// `meta.profile` of `o` must hold one of `attendus`.
fn profil(l: &mut Lecteur<'_>, o: &Object<'_>, ptr: &str, attendus: &[&str]) {
    let profils = objet(champ(o, "meta")).map(|m| tableau(champ(m, "profile")));
    let ok = profils.is_some_and(|ps| {
        ps.iter()
            .any(|p| chaine(Some(p)).is_some_and(|p| attendus.contains(&p)))
    });
    if !ok {
        let liste = attendus
            .iter()
            .map(|a| format!("« {a} »"))
            .collect::<Vec<_>>()
            .join(" ou ");
        l.erreur(
            o.range.start,
            &format!("{ptr}/meta/profile"),
            format!("« meta.profile » doit contenir le profil {liste}"),
        );
    }
}

/// One step of a JSON pointer, kept as a stack so that the pointer text is
/// only built for an error.
enum Pas<'a> {
    Cle(&'a str),
    Rang(usize),
}

fn pointeur(base: &str, pas: &[Pas<'_>]) -> String {
    let mut p = base.to_owned();
    for x in pas {
        match x {
            Pas::Cle(k) => {
                p.push('/');
                p.push_str(&k.replace('~', "~0").replace('/', "~1"));
            }
            Pas::Rang(i) => p.push_str(&format!("/{i}")),
        }
    }
    p
}

/// Every `reference` inside a resource must be the fullUrl of an entry.
fn references<'a>(
    l: &mut Lecteur<'_>,
    v: &'a Value<'_>,
    base: &str,
    pas: &mut Vec<Pas<'a>>,
    urls: &BTreeMap<&str, usize>,
) {
    match v {
        Value::Object(o) => {
            for p in &o.properties {
                pas.push(Pas::Cle(p.name.as_str()));
                if p.name.as_str() == "reference"
                    && let Value::StringLit(s) = &p.value
                    && !urls.contains_key(s.value.as_ref())
                {
                    l.erreur(
                        s.range.start,
                        &pointeur(base, pas),
                        "la référence ne désigne aucune entrée du Bundle (elle doit être le « fullUrl » d'une entrée)",
                    );
                }
                references(l, &p.value, base, pas, urls);
                pas.pop();
            }
        }
        Value::Array(a) => {
            for (i, e) in a.elements.iter().enumerate() {
                pas.push(Pas::Rang(i));
                references(l, e, base, pas, urls);
                pas.pop();
            }
        }
        _ => {}
    }
}

/// The resources sorted by kind, and the collection being rebuilt.
struct Lecture<'m, 'l, 't, 'a, 'v> {
    m: &'m Modele,
    l: &'l mut Lecteur<'t>,
    ressources: Vec<Ressource<'a, 'v>>,
    urls: BTreeMap<&'a str, usize>,
}

impl<'a, 'v> Lecture<'_, '_, '_, 'a, 'v> {
    fn new<'m, 'l, 't>(
        m: &'m Modele,
        l: &'l mut Lecteur<'t>,
        ressources: Vec<Ressource<'a, 'v>>,
        urls: BTreeMap<&'a str, usize>,
    ) -> Lecture<'m, 'l, 't, 'a, 'v> {
        Lecture {
            m,
            l,
            ressources,
            urls,
        }
    }

    fn de_type(&self, t: &str) -> Vec<usize> {
        (0..self.ressources.len())
            .filter(|i| self.ressources[*i].type_ == t)
            .collect()
    }

    /// `o.<cle>.reference`, required to designate an entry of type `type_`.
    fn cible(&mut self, r: usize, cle: &str, type_: &str) -> Option<usize> {
        let res = &self.ressources[r];
        let ptr = format!("{}/resource/{cle}", res.ptr);
        let o = res.o;
        let cible = objet(champ(o, cle))
            .and_then(|x| chaine(champ(x, "reference")))
            .and_then(|u| self.urls.get(u).copied());
        match cible {
            Some(c) if self.ressources[c].type_ == type_ => Some(c),
            Some(_) => {
                self.l.erreur(
                    o.range.start,
                    &ptr,
                    format!("« {cle} » doit désigner une entrée {type_}"),
                );
                None
            }
            None => {
                // A reference that does not resolve was reported already.
                if objet(champ(o, cle))
                    .and_then(|x| chaine(champ(x, "reference")))
                    .is_none()
                {
                    self.l.erreur(
                        o.range.start,
                        &ptr,
                        format!("« {cle}.reference » (le fullUrl d'une entrée {type_}) absent"),
                    );
                }
                None
            }
        }
    }

    fn lire(mut self) -> Option<BundleLu> {
        let orgs = self.de_type("Organization");
        let (org, finess) = match orgs.as_slice() {
            [o] => (Some(*o), self.finess(*o)),
            [] => {
                self.l.erreur(
                    0,
                    "/entry",
                    "le Bundle n'a pas d'Organization (la structure, par son FINESS)",
                );
                (None, None)
            }
            [_, autre, ..] => {
                let r = &self.ressources[*autre];
                self.l.erreur(
                    r.o.range.start,
                    &r.ptr,
                    "une seule Organization par Bundle (la structure)",
                );
                (None, None)
            }
        };
        let patients = self.de_type("Patient");
        let qrs = self.de_type("QuestionnaireResponse");
        let docs = self.de_type("DocumentReference");
        let genre = if qrs.is_empty() && !docs.is_empty() {
            Genre::Ws07
        } else {
            Genre::Ws09
        };
        if !qrs.is_empty() && !docs.is_empty() {
            let r = &self.ressources[docs[0]];
            self.l.erreur(
                r.o.range.start,
                &r.ptr,
                "un Bundle porte des QuestionnaireResponse (WS09) ou des DocumentReference (WS07), pas les deux",
            );
        }
        // Who each Encounter, QuestionnaireResponse, DocumentReference is about.
        let mut sujets: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for r in self
            .de_type("Encounter")
            .into_iter()
            .chain(qrs.iter().copied())
            .chain(docs.iter().copied())
        {
            if let Some(p) = self.cible(r, "subject", "Patient") {
                sujets.entry(p).or_default().push(r);
            }
            if self.ressources[r].type_ == "Encounter"
                && let (Some(o), Some(c)) = (org, self.cible(r, "serviceProvider", "Organization"))
                && o != c
            {
                let res = &self.ressources[r];
                self.l.erreur(
                    res.o.range.start,
                    &format!("{}/resource/serviceProvider", res.ptr),
                    "« serviceProvider » doit désigner l'Organization du Bundle",
                );
            }
        }
        let mut p = personne::Personnes::new(self.m, finess.as_deref(), genre);
        for (i, &pat) in patients.iter().enumerate() {
            let lies = sujets.remove(&pat).unwrap_or_default();
            let de = |t: &str| -> Vec<usize> {
                lies.iter()
                    .copied()
                    .filter(|r| self.ressources[*r].type_ == t)
                    .collect()
            };
            let (enc, qr, doc) = (
                de("Encounter"),
                de("QuestionnaireResponse"),
                de("DocumentReference"),
            );
            p.personne(&mut *self.l, i, &self.ressources, pat, &enc, &qr, &doc);
        }
        p.fin()
    }

    /// The FINESS of the Organization: identifier system IDNST, value `1` + FINESS.
    fn finess(&mut self, o: usize) -> Option<String> {
        let r = &self.ressources[o];
        let id = ou(champ(r.o, "identifier"), "system", tddui::SYSTEME_FINESS);
        match id.and_then(|i| chaine(champ(i, "value"))) {
            Some(v) if v.starts_with(tddui::PREFIXE_FINESS) => {
                Some(v[tddui::PREFIXE_FINESS.len()..].to_owned())
            }
            _ => {
                self.l.erreur(
                    r.o.range.start,
                    &format!("{}/resource/identifier", r.ptr),
                    format!(
                        "l'Organization a un identifiant de système « {} » dont la valeur est « {} » suivi du FINESS",
                        tddui::SYSTEME_FINESS,
                        tddui::PREFIXE_FINESS
                    ),
                );
                None
            }
        }
    }
}

/// Reads and validates a Bundle: every person's identity, stay and report,
/// with the findings of a collection file (`usagers[i]. …`).
pub fn valider(m: &Modele, texte: &str) -> Result<Lue, Erreurs> {
    let b = lire(m, texte)?;
    valider_lu(m, &b)
}

/// Validates a Bundle already read ([`lire`]).
pub fn valider_lu(m: &Modele, b: &BundleLu) -> Result<Lue, Erreurs> {
    let lue = collecte::valider(m, &b.collecte).map_err(|e| {
        // The rebuilt file is well-formed by construction; say so if not.
        Erreurs(vec![ErreurLecture {
            offset: 0,
            position: Position {
                ligne: 1,
                colonne: 1,
            },
            message: format!(
                "relecture du Bundle impossible (erreur interne de sidoba) : {}",
                e.message
            ),
        }])
    })?;
    Ok(fusionner(b, lue))
}

/// The person a finding of the collection is about (`usagers[i]…`).
fn rang(chemin: &str) -> Option<usize> {
    chemin
        .strip_prefix("usagers[")?
        .split(']')
        .next()?
        .parse()
        .ok()
}

/// The collection's findings with the Bundle's own, person by person; for
/// WS07 only the identity and stay are read back, with a warning saying so.
fn fusionner(b: &BundleLu, lue: Lue) -> Lue {
    // Per person: identity and stay, then the Bundle's own findings about
    // the report, then the report's (field checks before rules, as WS05).
    let mut tete: Vec<Vec<Constat>> = vec![Vec::new(); b.personnes];
    let mut rapport: Vec<Vec<Constat>> = vec![Vec::new(); b.personnes];
    let mut out = Vec::new();
    for c in lue.constats.0 {
        match rang(&c.chemin) {
            Some(i) if i < b.personnes => {
                if c.code == CodeConstat::Obligatoire && b.ecartes.contains(&c.chemin) {
                    continue;
                }
                let reste = &c.chemin[format!("usagers[{i}]").len()..];
                // A WS07 Bundle carries Patients and their documents, no
                // Encounter (usager.md): a missing stay is not a fault there.
                if b.genre == Genre::Ws07
                    && c.code == CodeConstat::Obligatoire
                    && reste == ".sejour"
                {
                    continue;
                }
                let personne = [".identite", ".identifiant", ".sejour"]
                    .iter()
                    .any(|k| reste.starts_with(k));
                if personne {
                    tete[i].push(c);
                } else if b.genre == Genre::Ws09 {
                    rapport[i].push(c);
                }
            }
            // The collection rebuilt from a Bundle is a format 1 file: its
            // warning is about files, not about the Bundle read.
            _ if c.message == sidoba::usager::AVERTISSEMENT_FORMAT_1 => {}
            _ => out.push(c),
        }
    }
    for (i, (t, r)) in tete.into_iter().zip(rapport).enumerate() {
        out.extend(t);
        out.extend(b.constats.get(i).into_iter().flatten().cloned());
        out.extend(r);
        if b.genre == Genre::Ws07 {
            out.push(Constat {
                chemin: format!("usagers[{i}]"),
                code: CodeConstat::Type,
                regle: None,
                severite: Severite::Avertissement,
                message: "Document CDA (WS07) : vérifié selon les règles d'en-tête et de sections du guide CDA TDDUI, mais ses données ne sont pas relues (ni le rapport, ni les évaluations) ; validez le fichier de collecte dont il est issu.".into(),
            });
        }
    }
    Lue {
        constats: Constats(out),
        ..lue
    }
}
