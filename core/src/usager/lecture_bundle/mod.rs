//! Reading any TDDUI transaction Bundle (usager.md "Reading a Bundle",
//! WS09 and WS07), the toolkit's own or another sender's: the Bundle
//! becomes the format-2 collection file it stands for, so that its
//! validation is the collection file's ([`super::collecte::valider`]), one
//! code path for both.
//!
//! What makes the text unreadable as a TDDUI Bundle (not JSON, not a
//! transaction Bundle, an entry without resource or request, a fullUrl that
//! is not an absolute URI, a resource about no Patient of the Bundle…) is a
//! reading error at its JSON pointer and line:column, all of them in one
//! pass; what breaks a profile or the model inside a person's resources is
//! a finding at the person's path (`usagers[i]. …`) whose message gives
//! the JSON pointer and line:column. Resources of the guide's Bundle slices
//! that the toolkit does not turn into data are counted, one information
//! line per type. No identity or professional's name is ever quoted.

mod entrees;
mod evaluation;
mod items;
mod lecture;
mod personne;
mod professionnels;
pub mod tddui;

use super::collecte::{self, Lue};
use crate::model::json::{self, Object, Value};
use crate::model::{Modele, Niveau};
use sidoba::{CodeConstat, Constat, Constats, ErreurLecture, Position, Severite};
use std::collections::BTreeSet;
use std::fmt;

/// Beyond this many reading errors the Bundle is not worth reading further.
const ERREURS_MAX: usize = 100;

/// What the Bundle carries for each person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Genre {
    /// WS09: QuestionnaireResponses (evaluations, the campaign report).
    Ws09,
    /// WS07: a DocumentReference (a CDA document) per person.
    Ws07,
}

/// A Bundle read: the collection file it stands for (JSON text, personal
/// data: never logged) and the findings the Bundle itself gave.
pub struct BundleLu {
    pub genre: Genre,
    /// The format-2 collection file (usager.md) rebuilt from the Bundle;
    /// for WS07 each person's `donnees` is empty (the CDA is not read back).
    pub collecte: String,
    /// Number of persons (Patients), in Bundle order.
    pub personnes: usize,
    /// One line per resource type of the guide's Bundle slices that the
    /// toolkit recognises but does not turn into data, with its count
    /// (information, never an error).
    pub informations: Vec<String>,
    /// Per person, in Bundle order: its local identifier and `donnees`.
    places: Vec<Place>,
    /// The reader's own findings, person by person.
    constats: Vec<Vec<Constat>>,
    ecartes: BTreeSet<String>,
}

/// Where one person stands in the rebuilt collection file.
struct Place {
    identifiant: Option<String>,
    donnees: Option<std::ops::Range<usize>>,
}

/// One person of a Bundle read, for a screen: its position (that of its
/// `usagers[i]` findings), its local identifier and its `donnees` as JSON
/// text (personal data: never logged), taken from the reading itself.
pub struct PersonneLue<'b> {
    pub rang: usize,
    pub identifiant: Option<&'b str>,
    pub donnees: Option<&'b str>,
}

impl BundleLu {
    /// The persons in Bundle order, without reading anything again.
    pub fn personnes_lues(&self) -> impl Iterator<Item = PersonneLue<'_>> {
        self.places.iter().enumerate().map(|(rang, p)| PersonneLue {
            rang,
            identifiant: p.identifiant.as_deref(),
            donnees: p.donnees.clone().and_then(|r| self.collecte.get(r)),
        })
    }
}

impl fmt::Debug for BundleLu {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BundleLu")
            .field("genre", &self.genre)
            .field("personnes", &self.personnes)
            .field("informations", &self.informations)
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

    /// `pointer (ligne l, colonne c)`, for a finding's message.
    fn lieu(&self, offset: usize, pointeur: &str) -> String {
        let p = Position::de(self.texte, offset);
        format!("{pointeur} (ligne {}, colonne {})", p.ligne, p.colonne)
    }

    /// A value's JSON text, exactly as in the Bundle.
    fn brut(&self, v: &Value<'_>) -> &'t str {
        &self.texte[json::debut(v)..fin(v)]
    }
}

/// Reads a TDDUI Bundle into the collection file it stands for.
pub fn lire(m: &Modele, texte: &str) -> Result<BundleLu, Erreurs> {
    let texte = texte.strip_prefix('\u{feff}').unwrap_or(texte);
    let mut l = Lecteur {
        texte,
        erreurs: Vec::new(),
    };
    crate::usager::lecteur::compter_enveloppe();
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
            "le Bundle TDDUI est de type « transaction » (motif du profil tddui-bundle)",
        );
    }
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
    let ressources = entrees::lues(l, entrees);
    lecture::Lecture::new(m, l, b, ressources).lire()
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
        // A WS07 Bundle has no QuestionnaireResponse, so no author: no
        // declarant can be required of it.
        if b.genre == Genre::Ws07 && c.chemin == "declarant" && c.code == CodeConstat::Obligatoire {
            continue;
        }
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
                let personne = [
                    ".identite",
                    ".identifiant",
                    ".sejour",
                    ".evenements",
                    ".evaluations",
                ]
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
