//! Reading a WS05 payload, shared by generated `Rapport::lire` and
//! `sidoba validate`.
//!
//! A value that cannot be taken into the report (wrong JSON type, unknown
//! code, out of the Rust type's range) is not an error that stops reading:
//! it becomes a finding kept with its path ("rejet"), and validation emits
//! it at the field's place in model order, so both validators agree.

use crate::descripteur::{Bloc, Champ, Genre};
use crate::json::{self, Object, Value};
use crate::proches::suggestion;
use crate::verif::{self, Chemin, nom};
use crate::{CodeConstat, Constat, Date, Decimal};
use std::collections::BTreeMap;
use std::fmt;

/// A payload that cannot be read at all (not JSON, wrong envelope).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErreurLecture {
    /// Byte offset in the payload text.
    pub offset: usize,
    /// `line:column` of the offset.
    pub position: json::Position,
    pub message: String,
}

impl fmt::Display for ErreurLecture {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} : {}", self.position, self.message)
    }
}

impl std::error::Error for ErreurLecture {}

/// Reading findings, by path, waiting for validation to place them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rejets {
    champs: BTreeMap<String, Vec<Constat>>,
    /// Unknown keys, by the path prefix of their object, in payload order.
    inconnus: BTreeMap<String, Vec<Constat>>,
}

impl Rejets {
    pub fn is_empty(&self) -> bool {
        self.champs.is_empty() && self.inconnus.is_empty()
    }

    /// Emits the findings made while reading field (or block, or row) `code`
    /// here; true when there were some: the value was not taken.
    pub fn champ(&self, out: &mut Vec<Constat>, chemin: &Chemin, code: &str) -> bool {
        if self.champs.is_empty() {
            return false;
        }
        self.emettre(out, &chemin.de(code))
    }

    /// Same for a row that was not an object.
    pub fn ligne(&self, out: &mut Vec<Constat>, chemin: &Chemin) -> bool {
        if self.champs.is_empty() {
            return false;
        }
        self.emettre(out, chemin.sans_point())
    }

    fn emettre(&self, out: &mut Vec<Constat>, cle: &str) -> bool {
        match self.champs.get(cle) {
            Some(c) => {
                out.extend(c.iter().cloned());
                true
            }
            None => false,
        }
    }

    /// Emits the unknown keys of the object at `chemin`.
    pub fn inconnus(&self, out: &mut Vec<Constat>, chemin: &Chemin) {
        if let Some(c) = self.inconnus.get(&chemin.de("")) {
            out.extend(c.iter().cloned());
        }
    }

    /// Adds a finding made outside reading (e.g. a value the builder could
    /// not convert), kept at its path.
    pub fn ajouter(&mut self, c: Constat) {
        self.champs.entry(c.chemin.clone()).or_default().push(c);
    }

    /// All of them, for a reader that does not validate.
    pub fn tous(&self) -> impl Iterator<Item = &Constat> {
        self.champs.values().chain(self.inconnus.values()).flatten()
    }
}

/// A report read from a payload, with what could not be taken into it.
#[derive(Debug, Clone)]
pub struct Lu<T> {
    pub rapport: T,
    pub rejets: Rejets,
}

impl<T> Lu<T> {
    /// The report, or the findings of every value that could not be read.
    pub fn strict(self) -> Result<T, crate::Constats> {
        if self.rejets.is_empty() {
            Ok(self.rapport)
        } else {
            Err(crate::Constats(self.rejets.tous().cloned().collect()))
        }
    }
}

/// Why a payload could not be taken into a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErreurPayload {
    /// Not JSON, or not a payload of this model.
    Lecture(ErreurLecture),
    /// Values that could not be taken, as findings.
    Valeurs(crate::Constats),
}

impl From<ErreurLecture> for ErreurPayload {
    fn from(e: ErreurLecture) -> Self {
        ErreurPayload::Lecture(e)
    }
}

impl From<crate::Constats> for ErreurPayload {
    fn from(c: crate::Constats) -> Self {
        ErreurPayload::Valeurs(c)
    }
}

impl fmt::Display for ErreurPayload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErreurPayload::Lecture(e) => e.fmt(f),
            ErreurPayload::Valeurs(c) => c.fmt(f),
        }
    }
}

impl std::error::Error for ErreurPayload {}

/// The keys of one object of the payload (a report or a row), sorted by
/// bytes, each with the position of its member: found by binary search,
/// so that a 5,000-field report reads in linear time.
#[derive(Debug, Clone, Copy)]
pub struct Cles<'a>(pub &'a [(&'a str, usize)]);

impl<'a> Cles<'a> {
    /// The member of `cle`, if the model has it.
    pub fn index(&self, cle: &str) -> Option<usize> {
        self.0
            .binary_search_by(|(k, _)| (*k).cmp(cle))
            .ok()
            .map(|i| self.0[i].1)
    }

    /// The known keys, for suggestions (in byte order, the same for every
    /// reader).
    pub fn codes(&self) -> impl Iterator<Item = &'a str> + 'a {
        self.0.iter().map(|(k, _)| *k)
    }
}

/// Reads values into their Rust form, recording rejections.
#[derive(Debug, Default)]
pub struct Lecteur {
    rejets: Rejets,
}

fn type_attendu(champ: &Champ<'_>, v: &Value<'_>, precision: &str) -> String {
    format!(
        "{} attend {}, reçu {}{precision}.",
        nom(champ.libelle),
        champ.genre.attendu(),
        json::type_json(v)
    )
}

impl Lecteur {
    pub fn new() -> Lecteur {
        Lecteur::default()
    }

    pub fn finir(self) -> Rejets {
        self.rejets
    }

    fn rejeter(&mut self, chemin: String, code: CodeConstat, message: String) {
        self.rejets
            .champs
            .entry(chemin.clone())
            .or_default()
            .push(Constat::champ(chemin, code, message));
    }

    fn mauvais_type(&mut self, chemin: &Chemin, champ: &Champ<'_>, v: &Value<'_>, precision: &str) {
        let m = type_attendu(champ, v, precision);
        self.rejeter(chemin.de(champ.code), CodeConstat::Type, m);
    }

    /// A key the model does not have in this object.
    pub fn inconnue<'c>(
        &mut self,
        chemin: &Chemin,
        cle: &str,
        connues: impl IntoIterator<Item = &'c str>,
    ) {
        let m = format!(
            "La clé « {cle} » n'existe pas dans le modèle{}.",
            suggestion(cle, connues)
        );
        let c = Constat::champ(chemin.de(cle), CodeConstat::ChampInconnu, m);
        self.rejets
            .inconnus
            .entry(chemin.de(""))
            .or_default()
            .push(c);
    }

    /// An `entier` as `T`; a value outside `T` is outside the field's bounds
    /// too (the generator picks `T` to hold exactly `min..=max`).
    pub fn entier<T: TryFrom<i64>>(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        v: &Value<'_>,
    ) -> Option<T> {
        let n = match v {
            Value::NullKeyword(_) => return None,
            Value::NumberLit(n) => n.value,
            _ => {
                self.mauvais_type(chemin, champ, v, "");
                return None;
            }
        };
        if n.contains(['.', 'e', 'E']) {
            self.mauvais_type(
                chemin,
                champ,
                v,
                &format!(" non entier ({})", masquer(champ, n)),
            );
            return None;
        }
        let Ok(i) = n.parse::<i64>() else {
            self.mauvais_type(chemin, champ, v, " hors des entiers 64 bits");
            return None;
        };
        match T::try_from(i) {
            Ok(t) => Some(t),
            Err(_) => {
                let mut out = Vec::new();
                if verif::entier(&mut out, chemin, champ, i) {
                    // Only reachable with a hand-picked type narrower than the bounds.
                    self.mauvais_type(chemin, champ, v, " hors de l'intervalle du type Rust");
                }
                for c in out {
                    self.rejeter(c.chemin.clone(), c.code, c.message);
                }
                None
            }
        }
    }

    pub fn decimal(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        v: &Value<'_>,
    ) -> Option<Decimal> {
        let n = match v {
            Value::NullKeyword(_) => return None,
            Value::NumberLit(n) => n.value,
            _ => {
                self.mauvais_type(chemin, champ, v, "");
                return None;
            }
        };
        if n.contains(['e', 'E']) {
            self.mauvais_type(chemin, champ, v, " en notation exponentielle, interdite");
            return None;
        }
        match crate::decimal::lire(n) {
            Some(d) => Some(d),
            None => {
                self.mauvais_type(chemin, champ, v, " de plus de 28 chiffres significatifs");
                None
            }
        }
    }

    pub fn texte(&mut self, chemin: &Chemin, champ: &Champ<'_>, v: &Value<'_>) -> Option<String> {
        match v {
            Value::NullKeyword(_) => None,
            Value::StringLit(s) => Some(s.value.to_string()),
            _ => {
                self.mauvais_type(chemin, champ, v, "");
                None
            }
        }
    }

    pub fn booleen(&mut self, chemin: &Chemin, champ: &Champ<'_>, v: &Value<'_>) -> Option<bool> {
        match v {
            Value::NullKeyword(_) => None,
            Value::BooleanLit(b) => Some(b.value),
            _ => {
                self.mauvais_type(chemin, champ, v, "");
                None
            }
        }
    }

    pub fn date(&mut self, chemin: &Chemin, champ: &Champ<'_>, v: &Value<'_>) -> Option<Date> {
        match v {
            Value::NullKeyword(_) => None,
            Value::StringLit(s) => match s.value.parse() {
                Ok(d) => Some(d),
                Err(_) => {
                    let p = format!(
                        " qui n'est pas une date valide ({})",
                        masquer(champ, &format!("« {} »", s.value))
                    );
                    self.mauvais_type(chemin, champ, v, &p);
                    None
                }
            },
            _ => {
                self.mauvais_type(chemin, champ, v, "");
                None
            }
        }
    }

    fn un_code(&mut self, chemin: &Chemin, champ: &Champ<'_>, code: &str) -> Option<usize> {
        let Genre::Code { nomenclature, .. } = &champ.genre else {
            return None;
        };
        let i = nomenclature.index(code);
        if i.is_none() {
            let m = format!(
                "{} : le code « {} » n'existe pas dans la nomenclature « {} »{}.",
                nom(champ.libelle),
                if champ.personnel { "…" } else { code },
                nomenclature.libelle,
                if champ.personnel {
                    String::new()
                } else {
                    suggestion(code, nomenclature.valeurs.iter().map(|v| v.code))
                }
            );
            self.rejeter(chemin.de(champ.code), CodeConstat::Nomenclature, m);
        }
        i
    }

    /// A single code, as its position in the list.
    pub fn code(&mut self, chemin: &Chemin, champ: &Champ<'_>, v: &Value<'_>) -> Option<usize> {
        match v {
            Value::NullKeyword(_) => None,
            Value::StringLit(s) => self.un_code(chemin, champ, &s.value),
            _ => {
                self.mauvais_type(chemin, champ, v, "");
                None
            }
        }
    }

    /// A `multiple` code field: positions, sorted, distinct. Any unknown
    /// code, repeated code or non-string element rejects the whole value.
    pub fn codes(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        v: &Value<'_>,
    ) -> Option<Vec<usize>> {
        let elements = match v {
            Value::NullKeyword(_) => return None,
            Value::Array(a) => &a.elements,
            _ => {
                self.mauvais_type(chemin, champ, v, "");
                return None;
            }
        };
        let mut index = Vec::with_capacity(elements.len());
        let mut ok = true;
        for e in elements {
            match e {
                Value::StringLit(s) => match self.un_code(chemin, champ, &s.value) {
                    Some(i) if index.contains(&i) => {
                        let vu = if champ.personnel { "…" } else { &s.value };
                        let m = format!(
                            "{} : le code « {vu} » figure plusieurs fois.",
                            nom(champ.libelle)
                        );
                        self.rejeter(chemin.de(champ.code), CodeConstat::Doublon, m);
                        ok = false;
                    }
                    Some(i) => index.push(i),
                    None => ok = false,
                },
                _ => {
                    self.mauvais_type(chemin, champ, e, " dans le tableau");
                    ok = false;
                }
            }
        }
        index.sort_unstable();
        ok.then_some(index)
    }

    /// The rows of a repeatable block; `None` for a row that is not an
    /// object (kept, so that row numbers stay those of the payload).
    pub fn lignes<'v, 'a>(
        &mut self,
        chemin: &Chemin,
        bloc: &Bloc<'_>,
        v: &'v Value<'a>,
    ) -> Vec<Option<&'v Object<'a>>> {
        match v {
            Value::NullKeyword(_) => Vec::new(),
            Value::Array(a) => a
                .elements
                .iter()
                .enumerate()
                .map(|(i, e)| match e {
                    Value::Object(o) => Some(o),
                    _ => {
                        let ligne = chemin.ligne(bloc.code, i);
                        let m = format!(
                            "La ligne {i} de {} doit être un objet, reçu {}.",
                            nom(bloc.libelle),
                            json::type_json(e)
                        );
                        self.rejeter(ligne.sans_point().to_owned(), CodeConstat::Type, m);
                        None
                    }
                })
                .collect(),
            _ => {
                let m = format!(
                    "{} attend un tableau de lignes, reçu {}.",
                    nom(bloc.libelle),
                    json::type_json(v)
                );
                self.rejeter(chemin.de(bloc.code), CodeConstat::Type, m);
                Vec::new()
            }
        }
    }
}

impl Lecteur {
    /// A code of a generated enum.
    pub fn code_enum<C: crate::Code>(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        v: &Value<'_>,
    ) -> Option<C> {
        self.code(chemin, champ, v).and_then(C::depuis_index)
    }

    /// A `multiple` code field of a generated enum.
    pub fn codes_enum<C: crate::Code>(
        &mut self,
        chemin: &Chemin,
        champ: &Champ<'_>,
        v: &Value<'_>,
    ) -> Option<crate::Codes<C>> {
        let index = self.codes(chemin, champ, v)?;
        Some(index.into_iter().filter_map(C::depuis_index).collect())
    }

    /// The rows of a repeatable block, each read by `ligne`; a row that is
    /// not an object stays as an empty row (its finding is kept).
    pub fn lignes_de<L: Default>(
        &mut self,
        chemin: &Chemin,
        bloc: &Bloc<'_>,
        v: &Value<'_>,
        mut ligne: impl FnMut(&Object<'_>, &Chemin, &mut Lecteur) -> L,
    ) -> Vec<L> {
        let lignes = self.lignes(chemin, bloc, v);
        lignes
            .into_iter()
            .enumerate()
            .map(|(i, o)| {
                o.map_or_else(L::default, |o| ligne(o, &chemin.ligne(bloc.code, i), self))
            })
            .collect()
    }
}

fn masquer(champ: &Champ<'_>, v: &str) -> String {
    if champ.personnel {
        "valeur masquée".to_owned()
    } else {
        v.to_owned()
    }
}

/// Parses a payload, checks its envelope, and hands its `donnees` object to
/// `lire` (the generated or model-driven walk over the model).
pub fn lire<T>(
    texte: &str,
    campagne: &str,
    modele: &str,
    version: &str,
    lire: impl FnOnce(&Object<'_>, &mut Lecteur) -> T,
) -> Result<Lu<T>, ErreurLecture> {
    let donnees = donnees(texte, campagne, modele, version)?;
    let mut lecteur = Lecteur::new();
    let rapport = lire(&donnees, &mut lecteur);
    Ok(Lu {
        rapport,
        rejets: lecteur.finir(),
    })
}

fn donnees<'t>(
    texte: &'t str,
    campagne: &str,
    modele: &str,
    version: &str,
) -> Result<Object<'t>, ErreurLecture> {
    let erreur = |offset: usize, message: String| ErreurLecture {
        offset,
        position: json::Position::de(texte, offset),
        message,
    };
    let racine = json::analyser(texte).map_err(|e| erreur(e.offset, e.message))?;
    let Value::Object(o) = racine else {
        return Err(erreur(
            json::debut(&racine),
            "le payload doit être un objet JSON".into(),
        ));
    };
    let mut index_donnees = None;
    for (i, p) in o.properties.iter().enumerate() {
        let attendu_chaine = |v: &Value<'_>, attendu: &str, quoi: &str| match v {
            Value::StringLit(s) if s.value == attendu => Ok(()),
            Value::StringLit(s) => Err(erreur(
                s.range.start,
                format!(
                    "{quoi} « {} » alors que le modèle attend « {attendu} »",
                    s.value
                ),
            )),
            _ => Err(erreur(
                json::debut(v),
                format!("{quoi} doit être une chaîne"),
            )),
        };
        match p.name.as_str() {
            "campagne" => attendu_chaine(&p.value, campagne, "campagne")?,
            "modele" => {
                let Value::Object(m) = &p.value else {
                    return Err(erreur(
                        json::debut(&p.value),
                        "« modele » doit être un objet".into(),
                    ));
                };
                for cle in ["code", "version"] {
                    if !m.properties.iter().any(|q| q.name.as_str() == cle) {
                        return Err(erreur(
                            m.range.start,
                            format!("clé « {cle} » absente de « modele »"),
                        ));
                    }
                }
                for q in &m.properties {
                    match q.name.as_str() {
                        "code" => attendu_chaine(&q.value, modele, "code du modèle")?,
                        "version" => attendu_chaine(&q.value, version, "version du modèle")?,
                        autre => {
                            return Err(erreur(
                                q.range.start,
                                format!("clé « {autre} » inconnue dans « modele »"),
                            ));
                        }
                    }
                }
            }
            "donnees" => index_donnees = Some(i),
            autre => {
                return Err(erreur(
                    p.range.start,
                    format!(
                        "clé « {autre} » inconnue : le payload a les clés « campagne », « modele » et « donnees »"
                    ),
                ));
            }
        }
    }
    for cle in ["campagne", "modele"] {
        if !o.properties.iter().any(|p| p.name.as_str() == cle) {
            return Err(erreur(
                o.range.start,
                format!("clé « {cle} » absente du payload"),
            ));
        }
    }
    let Some(i) = index_donnees else {
        return Err(erreur(
            o.range.start,
            "clé « donnees » absente du payload".into(),
        ));
    };
    let mut o = o;
    match o.properties.swap_remove(i).value {
        Value::Object(d) => Ok(d),
        autre => Err(erreur(
            json::debut(&autre),
            "« donnees » doit être un objet".into(),
        )),
    }
}
