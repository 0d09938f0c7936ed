//! The user-level collection file (`usager.md`): its envelope, each
//! person's identity and stay, and each person's `donnees` validated by
//! the very validator of a WS05 payload's `donnees` ([`crate::validate`]).
//!
//! The file is read as a tree with byte positions (`model::json`, numbers
//! kept as text); a fault of the envelope stops reading with its
//! line:column, a fault of a person is a finding at its path. No message
//! quotes an identity value.

mod format2;
mod lecture;

use crate::model::json::{self, Object, Value};
use crate::model::{Modele, Niveau};
use lecture::Lecture;
use sidoba::__private_v1::usager as u;
use sidoba::usager::{DateHeure, Personne, Professionnel, guide::Guide};
use sidoba::{CodeConstat, Constat, Constats, ErreurLecture, Position, Severite};
use std::collections::BTreeSet;

/// What kind of file `sidoba validate` was given, from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fichier {
    /// A WS05 payload (also anything that is not a JSON object: its reader
    /// says why).
    Payload,
    /// A user-level collection file (a top-level `usagers` key).
    Collecte,
    /// A FHIR resource (a top-level `resourceType` key): a WS09 Bundle.
    Bundle,
}

/// Tells the kinds apart by their top-level keys, scanning only as far as
/// the first key that decides (a large payload is not read twice).
pub fn genre(texte: &str) -> Fichier {
    use sidoba::__private_v1::jeton::{Scanner, Token};
    let texte = texte.strip_prefix('\u{feff}').unwrap_or(texte);
    let mut sc = Scanner::new(texte);
    if !matches!(sc.scan(), Ok(Some(Token::OpenBrace))) {
        return Fichier::Payload;
    }
    let (mut profondeur, mut cle_attendue) = (1usize, true);
    while let Ok(Some(t)) = sc.scan() {
        match t {
            Token::String(cle) if profondeur == 1 && cle_attendue => {
                match cle.as_ref() {
                    "resourceType" => return Fichier::Bundle,
                    "usagers" | "dateProduction" | "structure" => return Fichier::Collecte,
                    "donnees" => return Fichier::Payload,
                    _ => {}
                }
                cle_attendue = false;
            }
            Token::OpenBrace | Token::OpenBracket => profondeur += 1,
            Token::CloseBrace | Token::CloseBracket => {
                profondeur = profondeur.saturating_sub(1);
                if profondeur == 0 {
                    break;
                }
            }
            Token::Comma if profondeur == 1 => cle_attendue = true,
            _ => {}
        }
    }
    Fichier::Payload
}

/// Validates a WS05 payload, a collection file or a TDDUI Bundle, told
/// apart by content; every reading error (a Bundle can have several, each
/// at its JSON pointer), or the findings.
pub fn valider_fichier(m: &Modele, texte: &str) -> Result<(Fichier, Constats), Vec<ErreurLecture>> {
    match genre(texte) {
        Fichier::Payload => crate::validate::valider(m, texte)
            .map(|c| (Fichier::Payload, c))
            .map_err(|e| vec![e]),
        Fichier::Collecte => valider(m, texte)
            .map(|l| (Fichier::Collecte, l.constats))
            .map_err(|e| vec![e]),
        Fichier::Bundle => super::lecture_bundle::valider(m, texte)
            .map(|l| (Fichier::Bundle, l.constats))
            .map_err(|e| e.0),
    }
}

/// A collection file read: its findings in order (the format 1 warning,
/// the structure's, the professionals', the declarant's, then each
/// person's: identifier, identity, stay, events, evaluations, then
/// `donnees`), and what could be taken as typed values (the persons in
/// file order, `None` for those whose identity or stay could not be).
#[derive(Clone)]
pub struct Lue {
    pub constats: Constats,
    /// 2, or 1 for a file without a `format` key.
    pub format: u8,
    pub date_production: DateHeure,
    /// The structure, when its FINESS has the right form.
    pub structure: Option<u::Structure>,
    /// Format 2: the professionals, one per element of the file.
    pub professionnels: Vec<Professionnel>,
    pub declarant: Option<String>,
    pub personnes: Vec<Option<Personne>>,
    /// Where each person's `donnees` object stands in the text (without
    /// its byte order mark), when it is an object.
    pub donnees: Vec<Option<std::ops::Range<usize>>>,
}

impl std::fmt::Debug for Lue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lue")
            .field("constats", &self.constats)
            .field("format", &self.format)
            .field("professionnels", &self.professionnels.len())
            .field("personnes", &self.personnes.len())
            .finish_non_exhaustive()
    }
}

/// Reads and validates a collection file against a user-level model, for
/// the default version of the guide.
pub fn valider(m: &Modele, texte: &str) -> Result<Lue, ErreurLecture> {
    valider_guide(m, texte, u::guide::par_defaut())
}

/// The keys of the file's root, in the contract's order.
const CLES: [&str; 8] = [
    "format",
    "campagne",
    "modele",
    "dateProduction",
    "structure",
    "professionnels",
    "declarant",
    "usagers",
];

/// Reads and validates a collection file against a user-level model and
/// a version of the guide (event types, grids).
pub fn valider_guide(m: &Modele, texte: &str, guide: &Guide) -> Result<Lue, ErreurLecture> {
    let texte = texte.strip_prefix('\u{feff}').unwrap_or(texte);
    let erreur = |offset: usize, message: String| ErreurLecture {
        offset,
        position: Position::de(texte, offset),
        message,
    };
    crate::usager::lecteur::compter_enveloppe();
    let racine = json::analyser(texte).map_err(|e| erreur(e.offset, e.message))?;
    let Value::Object(racine) = racine else {
        return Err(erreur(
            json::debut(&racine),
            "le fichier de collecte doit être un objet JSON".into(),
        ));
    };
    if m.identite.niveau != Niveau::Usager {
        return Err(erreur(
            racine.range.start,
            format!(
                "fichier de collecte usager alors que le modèle {} {} est de niveau structure (il attend un payload WS05)",
                m.identite.code, m.identite.version
            ),
        ));
    }
    let valeur = |c: &str| racine.properties.iter().find(|p| p.name.as_str() == c);
    for p in &racine.properties {
        if !CLES.contains(&p.name.as_str()) {
            return Err(erreur(
                p.range.start,
                format!(
                    "clé « {} » inconnue : le fichier de collecte a les clés {}",
                    p.name.as_str(),
                    CLES.map(|c| format!("« {c} »")).join(", ")
                ),
            ));
        }
    }
    let format_2 = match valeur("format") {
        None => false,
        Some(p) => match &p.value {
            Value::NumberLit(n) if n.value == "2" => true,
            v => {
                return Err(erreur(
                    json::debut(v),
                    "« format » vaut 2 (un fichier au format 1 n'a pas de clé « format »)".into(),
                ));
            }
        },
    };
    if !format_2 {
        for c in ["professionnels", "declarant"] {
            if let Some(p) = valeur(c) {
                return Err(erreur(
                    p.range.start,
                    format!(
                        "clé « {c} » du format 2 dans un fichier sans « format » (format 1) : ajoutez « \"format\": 2 »"
                    ),
                ));
            }
        }
    }
    let cle = |o: &'_ Object<'_>, c: &str, dans: &str| -> Result<usize, ErreurLecture> {
        o.properties
            .iter()
            .position(|p| p.name.as_str() == c)
            .ok_or_else(|| erreur(o.range.start, format!("clé « {c} » absente {dans}")))
    };
    let chaine_attendue = |v: &Value<'_>, attendu: &str, quoi: &str| match v {
        Value::StringLit(s) if s.value == attendu => Ok(()),
        Value::StringLit(s) => Err(erreur(
            s.range.start,
            format!(
                "{quoi} « {} » alors que le modèle attend « {attendu} »",
                s.value
            ),
        )),
        v => Err(erreur(
            json::debut(v),
            format!("{quoi} doit être une chaîne"),
        )),
    };
    let du_fichier = "du fichier de collecte";
    let v = &racine.properties[cle(&racine, "campagne", du_fichier)?].value;
    chaine_attendue(v, &m.campagne.id, "campagne")?;
    let v = &racine.properties[cle(&racine, "modele", du_fichier)?].value;
    let Value::Object(mo) = v else {
        return Err(erreur(
            json::debut(v),
            "« modele » doit être un objet".into(),
        ));
    };
    for p in &mo.properties {
        match p.name.as_str() {
            "code" => chaine_attendue(&p.value, &m.identite.code, "code du modèle")?,
            "version" => chaine_attendue(&p.value, &m.identite.version, "version du modèle")?,
            autre => {
                return Err(erreur(
                    p.range.start,
                    format!("clé « {autre} » inconnue dans « modele »"),
                ));
            }
        }
    }
    cle(mo, "code", "de « modele »")?;
    cle(mo, "version", "de « modele »")?;
    let v = &racine.properties[cle(&racine, "dateProduction", du_fichier)?].value;
    let date_production = match v {
        Value::StringLit(s) => s.value.parse::<DateHeure>().ok(),
        _ => None,
    }
    .ok_or_else(|| {
        erreur(
            json::debut(v),
            "« dateProduction » doit être une date-heure AAAA-MM-JJThh:mm:ss avec son décalage (Z ou +01:00), ou une date AAAA-MM-JJ (minuit, heure de Paris)".into(),
        )
    })?;
    let v = &racine.properties[cle(&racine, "structure", du_fichier)?].value;
    let Value::Object(structure) = v else {
        return Err(erreur(
            json::debut(v),
            "« structure » doit être un objet".into(),
        ));
    };
    let v = &racine.properties[cle(&racine, "usagers", du_fichier)?].value;
    let Value::Array(usagers) = v else {
        return Err(erreur(
            json::debut(v),
            "« usagers » doit être un tableau".into(),
        ));
    };

    let mut out = Vec::new();
    if !format_2 {
        let mut c = Constat::champ(
            String::new(),
            CodeConstat::Type,
            u::AVERTISSEMENT_FORMAT_1.into(),
        );
        c.severite = Severite::Avertissement;
        out.push(c);
    }
    let mut l = Lecture::new(&mut out);
    let structure = l.structure(structure, format_2, guide);
    let professionnels = if format_2 {
        l.professionnels(valeur("professionnels").map(|p| &p.value))
    } else {
        Vec::new()
    };
    let mut cs = Vec::new();
    let pros = u::verifier_professionnels(&professionnels, &mut cs);
    l.partages(cs);
    let declarant = if format_2 {
        let v = valeur("declarant").map(|p| &p.value);
        let d = l.chaine(v, "declarant", "Le déclarant", false);
        // A person's `donnees` (not null) makes the declarant required.
        let avec_donnees = usagers.elements.iter().any(|u| match u {
            Value::Object(o) => o
                .properties
                .iter()
                .any(|p| p.name.as_str() == "donnees" && !matches!(p.value, Value::NullKeyword(_))),
            _ => false,
        });
        let mut cs = Vec::new();
        u::verifier_declarant(d, &pros, avec_donnees, &mut cs);
        l.partages(cs);
        d.map(str::to_owned)
    } else {
        None
    };
    let mut personnes = Vec::with_capacity(usagers.elements.len());
    let mut places = Vec::with_capacity(usagers.elements.len());
    let mut vus = BTreeSet::new();
    for (i, v) in usagers.elements.iter().enumerate() {
        let chemin = format!("usagers[{i}]");
        let Value::Object(o) = v else {
            l.constat(
                &chemin,
                CodeConstat::Type,
                format!("Chaque usager est un objet, reçu {}.", json::type_json(v)),
            );
            personnes.push(None);
            places.push(None);
            continue;
        };
        let (personne, donnees) = l.personne(
            o,
            &chemin,
            date_production,
            &mut vus,
            format_2,
            &pros,
            guide,
        );
        personnes.push(personne);
        places.push(match donnees {
            Some(Value::Object(d)) => Some(d.range.start..d.range.end),
            _ => None,
        });
        match donnees {
            Some(Value::Object(d)) => {
                let constats = donnees_ws05(m, texte, d.range.start, d.range.end)?;
                l.out.extend(constats.0.into_iter().map(|mut c| {
                    c.chemin = if c.chemin.is_empty() {
                        chemin.clone()
                    } else {
                        format!("{chemin}.{}", c.chemin)
                    };
                    c
                }));
            }
            Some(v) => l.constat(
                &format!("{chemin}.donnees"),
                CodeConstat::Type,
                format!(
                    "« donnees » doit être un objet, reçu {}.",
                    json::type_json(v)
                ),
            ),
            None if !format_2 => l.constat(
                &format!("{chemin}.donnees"),
                CodeConstat::Obligatoire,
                "Les données du rapport (« donnees ») sont obligatoires au format 1.".into(),
            ),
            None => {}
        }
    }
    drop(l);
    Ok(Lue {
        constats: Constats(out),
        format: if format_2 { 2 } else { 1 },
        date_production,
        structure,
        professionnels,
        declarant,
        personnes,
        donnees: places,
    })
}

/// The findings of one person's `donnees` (`texte[debut..fin]`, an
/// object): the WS05 validator on a payload made of it, a reading error
/// placed back in the collection file.
fn donnees_ws05(
    m: &Modele,
    texte: &str,
    debut: usize,
    fin: usize,
) -> Result<Constats, ErreurLecture> {
    crate::usager::lecteur::compter_donnees();
    let (payload, tete) = payload(m, &texte[debut..fin]);
    crate::validate::valider(m, &payload).map_err(|e| {
        let offset = (debut + e.offset.saturating_sub(tete)).min(fin);
        ErreurLecture {
            offset,
            position: Position::de(texte, offset),
            message: e.message,
        }
    })
}

/// A WS05 payload of the model around one person's `donnees` (an object's
/// text), and the length of what precedes it.
pub(crate) fn payload(m: &Modele, donnees: &str) -> (String, usize) {
    // Serialising a string cannot fail.
    let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let tete = format!(
        "{{\"campagne\":{},\"modele\":{{\"code\":{},\"version\":{}}},\"donnees\":",
        q(&m.campagne.id),
        q(&m.identite.code),
        q(&m.identite.version)
    );
    let mut payload = String::with_capacity(tete.len() + donnees.len() + 1);
    payload.push_str(&tete);
    payload.push_str(donnees);
    payload.push('}');
    (payload, tete.len())
}
