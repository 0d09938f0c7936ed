//! The user-level collection file (`usager.md`): its envelope, each
//! person's identity and stay, and each person's `donnees` validated by
//! the very validator of a WS05 payload's `donnees` ([`crate::validate`]).
//!
//! The file is read as a tree with byte positions (`model::json`, numbers
//! kept as text); a fault of the envelope stops reading with its
//! line:column, a fault of a person is a finding at its path. No message
//! quotes an identity value.

use crate::model::json::{self, Object, Value};
use crate::model::{Modele, Niveau};
use sidoba::usager::{self as u, Identite, Ins, Personne, Sejour, Sexe, StatutIdentite, TypeIns};
use sidoba::{CodeConstat, Constat, Constats, Date, ErreurLecture, Position};
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
    use sidoba::__private::jeton::{Scanner, Token};
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

/// A collection file read: its findings in order (the structure's, then
/// each person's: identifier, identity, stay, then `donnees`), and the
/// persons whose identity and stay could be taken (in file order, `None`
/// for the others).
#[derive(Clone)]
pub struct Lue {
    pub constats: Constats,
    pub date_production: Date,
    /// The structure, when its FINESS has the right form.
    pub structure: Option<u::Structure>,
    pub personnes: Vec<Option<Personne>>,
    /// Where each person's `donnees` object stands in the text (without
    /// its byte order mark), when it is an object.
    pub donnees: Vec<Option<std::ops::Range<usize>>>,
}

impl std::fmt::Debug for Lue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lue")
            .field("constats", &self.constats)
            .field("personnes", &self.personnes.len())
            .finish_non_exhaustive()
    }
}

/// Reads and validates a collection file against a user-level model.
pub fn valider(m: &Modele, texte: &str) -> Result<Lue, ErreurLecture> {
    let texte = texte.strip_prefix('\u{feff}').unwrap_or(texte);
    let erreur = |offset: usize, message: String| ErreurLecture {
        offset,
        position: Position::de(texte, offset),
        message,
    };
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
    const CLES: [&str; 5] = [
        "campagne",
        "modele",
        "dateProduction",
        "structure",
        "usagers",
    ];
    for p in &racine.properties {
        if !CLES.contains(&p.name.as_str()) {
            return Err(erreur(
                p.range.start,
                format!(
                    "clé « {} » inconnue : le fichier de collecte a les clés « campagne », « modele », « dateProduction », « structure » et « usagers »",
                    p.name.as_str()
                ),
            ));
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
        Value::StringLit(s) => s.value.parse::<Date>().ok(),
        _ => None,
    }
    .ok_or_else(|| {
        erreur(
            json::debut(v),
            "« dateProduction » doit être une date AAAA-MM-JJ".into(),
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
    let mut l = Lecture { out: &mut out };
    let structure = l.structure(structure);
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
        let (personne, donnees) = l.personne(o, &chemin, date_production, &mut vus);
        personnes.push(personne);
        places.push(match donnees {
            Some(Value::Object(d)) => Some(d.range.start..d.range.end),
            _ => None,
        });
        match donnees {
            Some(Value::Object(d)) => {
                let constats = donnees_ws05(m, texte, d.range.start, d.range.end)?;
                out.extend(constats.0.into_iter().map(|mut c| {
                    c.chemin = if c.chemin.is_empty() {
                        chemin.clone()
                    } else {
                        format!("{chemin}.{}", c.chemin)
                    };
                    c
                }));
            }
            Some(v) => Lecture { out: &mut out }.constat(
                &format!("{chemin}.donnees"),
                CodeConstat::Type,
                format!(
                    "« donnees » doit être un objet, reçu {}.",
                    json::type_json(v)
                ),
            ),
            None => Lecture { out: &mut out }.constat(
                &format!("{chemin}.donnees"),
                CodeConstat::Obligatoire,
                "Les données du rapport (« donnees ») sont obligatoires.".into(),
            ),
        }
        l = Lecture { out: &mut out };
    }
    Ok(Lue {
        constats: Constats(out),
        date_production,
        structure,
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

/// Findings of the structure and the persons, in reading order.
struct Lecture<'o> {
    out: &'o mut Vec<Constat>,
}

/// One value of an object read against its list of keys.
type Valeurs<'a, 'v> = Vec<Option<&'a Value<'v>>>;

impl Lecture<'_> {
    fn constat(&mut self, chemin: &str, code: CodeConstat, message: String) {
        self.out
            .push(Constat::champ(chemin.to_owned(), code, message));
    }

    /// The values of `o` for `cles` (`null` counts as absent), unknown keys
    /// reported at their place.
    fn objet<'a, 'v>(&mut self, o: &'a Object<'v>, cles: &[&str], chemin: &str) -> Valeurs<'a, 'v> {
        let mut v = vec![None; cles.len()];
        for p in &o.properties {
            match cles.iter().position(|c| *c == p.name.as_str()) {
                Some(i) => v[i] = (!matches!(p.value, Value::NullKeyword(_))).then_some(&p.value),
                None => self.constat(
                    &format!("{chemin}.{}", p.name.as_str()),
                    CodeConstat::ChampInconnu,
                    format!(
                        "La clé « {} » n'existe pas ici : les clés sont {}.",
                        p.name.as_str(),
                        cles.iter()
                            .map(|c| format!("« {c} »"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
            }
        }
        v
    }

    /// A required or optional string; its absence reported when required.
    fn chaine<'a>(
        &mut self,
        v: Option<&'a Value<'_>>,
        chemin: &str,
        quoi: &str,
        requis: bool,
    ) -> Option<&'a str> {
        match v {
            Some(Value::StringLit(s)) => Some(s.value.as_ref()),
            Some(v) => {
                self.constat(
                    chemin,
                    CodeConstat::Type,
                    format!("{quoi} doit être une chaîne, reçu {}.", json::type_json(v)),
                );
                None
            }
            None => {
                if requis {
                    self.constat(
                        chemin,
                        CodeConstat::Obligatoire,
                        format!("{quoi} est obligatoire."),
                    );
                }
                None
            }
        }
    }

    fn date(
        &mut self,
        v: Option<&Value<'_>>,
        chemin: &str,
        quoi: &str,
        requis: bool,
    ) -> Option<Date> {
        let s = self.chaine(v, chemin, quoi, requis)?;
        let d = s.parse::<Date>().ok();
        if d.is_none() {
            // Never the text: it may be a birth date.
            self.constat(
                chemin,
                CodeConstat::Type,
                format!("{quoi} doit être une date AAAA-MM-JJ existante."),
            );
        }
        d
    }

    fn structure(&mut self, o: &Object<'_>) -> Option<u::Structure> {
        let v = self.objet(o, &["finess"], "structure");
        let f = self.chaine(v[0], "structure.finess", "Le numéro FINESS", true)?;
        u::verifier_finess(f, "structure.finess", self.out);
        Some(u::Structure {
            finess: u::Finess::new(f).ok()?,
        })
    }

    fn personne<'a, 'v>(
        &mut self,
        o: &'a Object<'v>,
        chemin: &str,
        reference: Date,
        vus: &mut BTreeSet<String>,
    ) -> (Option<Personne>, Option<&'a Value<'v>>) {
        let v = self.objet(o, &["identifiant", "identite", "sejour", "donnees"], chemin);
        let c = |cle: &str| format!("{chemin}.{cle}");
        let identifiant = self.chaine(
            v[0],
            &c("identifiant"),
            "L'identifiant local de l'usager",
            true,
        );
        if let Some(id) = identifiant {
            u::verifier_identifiant_local(id, vus, &c("identifiant"), self.out);
        }
        let identite = self
            .sous_objet(v[1], &c("identite"), "L'identité de l'usager")
            .and_then(|o| self.identite(o, &c("identite"), reference));
        let sejour = self
            .sous_objet(v[2], &c("sejour"), "Le séjour de l'usager")
            .and_then(|o| self.sejour(o, &c("sejour")));
        let personne = match (identifiant, identite, sejour) {
            (Some(id), Some(identite), Some(sejour)) => Some(Personne {
                identifiant: id.to_owned(),
                identite,
                sejour,
            }),
            _ => None,
        };
        (personne, v[3])
    }

    fn sous_objet<'a, 'v>(
        &mut self,
        v: Option<&'a Value<'v>>,
        chemin: &str,
        quoi: &str,
    ) -> Option<&'a Object<'v>> {
        match v {
            Some(Value::Object(o)) => Some(o),
            Some(v) => {
                self.constat(
                    chemin,
                    CodeConstat::Type,
                    format!("{quoi} doit être un objet, reçu {}.", json::type_json(v)),
                );
                None
            }
            None => {
                self.constat(
                    chemin,
                    CodeConstat::Obligatoire,
                    format!("{quoi} est obligatoire."),
                );
                None
            }
        }
    }

    /// The identity, key by key in the contract's order; the typed value
    /// when every required key could be taken.
    fn identite(&mut self, o: &Object<'_>, chemin: &str, reference: Date) -> Option<Identite> {
        const CLES: [&str; 9] = [
            "statut",
            "ins",
            "nomNaissance",
            "prenomsNaissance",
            "premierPrenom",
            "sexe",
            "rangNaissance",
            "dateNaissance",
            "lieuNaissance",
        ];
        let v = self.objet(o, &CLES, chemin);
        let c = |cle: &str| format!("{chemin}.{cle}");
        let liste = |codes: &[&str]| {
            codes
                .iter()
                .map(|x| format!("« {x} »"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let statut = self
            .chaine(v[0], &c("statut"), "Le statut de l'identité", true)
            .and_then(|s| {
                let st = StatutIdentite::depuis_code(s);
                if st.is_none() {
                    self.constat(
                        &c("statut"),
                        CodeConstat::Nomenclature,
                        format!(
                            "Le statut de l'identité est l'un de {}.",
                            liste(&StatutIdentite::TOUS.map(StatutIdentite::code))
                        ),
                    );
                }
                st
            });
        // The INS: its shape, then its agreement with the status and its key.
        let mut ins_lu: Option<(Option<TypeIns>, &str)> = None;
        if let Some(iv) = v[1] {
            match iv {
                Value::Object(io) => {
                    let w = self.objet(io, &["type", "valeur"], &c("ins"));
                    let type_ = self
                        .chaine(w[0], &c("ins"), "Le type de l'INS", true)
                        .and_then(|t| {
                            let ty = TypeIns::depuis_code(t);
                            if ty.is_none() {
                                self.constat(
                                    &c("ins"),
                                    CodeConstat::Nomenclature,
                                    "Le type de l'INS est « NIR » ou « NIA ».".into(),
                                );
                            }
                            ty
                        });
                    if let Some(val) = self.chaine(w[1], &c("ins"), "La valeur de l'INS", true) {
                        ins_lu = Some((type_, val));
                    }
                }
                autre => self.constat(
                    &c("ins"),
                    CodeConstat::Type,
                    format!("L'INS doit être un objet, reçu {}.", json::type_json(autre)),
                ),
            }
        }
        let ins_present = v[1].is_some();
        u::verifier_statut_ins(statut, ins_present, chemin, self.out);
        if let Some((_, val)) = ins_lu {
            u::verifier_cle_ins(val, &c("ins"), self.out);
        }
        let nom = self.chaine(v[2], &c("nomNaissance"), "Le nom de naissance", true);
        if let Some(n) = nom {
            u::verifier_nom(n, &c("nomNaissance"), self.out);
        }
        let prenoms: Option<Vec<String>> = match v[3] {
            Some(Value::Array(a)) => {
                let mut ps = Vec::new();
                let mut ok = true;
                for e in &a.elements {
                    match e {
                        Value::StringLit(s) => ps.push(s.value.to_string()),
                        e => {
                            ok = false;
                            self.constat(
                                &c("prenomsNaissance"),
                                CodeConstat::Type,
                                format!(
                                    "Chaque prénom de naissance est une chaîne, reçu {}.",
                                    json::type_json(e)
                                ),
                            );
                        }
                    }
                }
                u::verifier_prenoms(
                    ps.iter().map(String::as_str),
                    &c("prenomsNaissance"),
                    self.out,
                );
                ok.then_some(ps)
            }
            Some(e) => {
                self.constat(
                    &c("prenomsNaissance"),
                    CodeConstat::Type,
                    format!(
                        "Les prénoms de naissance sont une liste de chaînes, reçu {}.",
                        json::type_json(e)
                    ),
                );
                None
            }
            None => {
                self.constat(
                    &c("prenomsNaissance"),
                    CodeConstat::Obligatoire,
                    "Les prénoms de naissance sont obligatoires.".into(),
                );
                None
            }
        };
        let premier = self.chaine(v[4], &c("premierPrenom"), "Le premier prénom", true);
        if let Some(p) = premier {
            u::verifier_prenom(p, &c("premierPrenom"), self.out);
        }
        let sexe = self
            .chaine(v[5], &c("sexe"), "Le sexe", true)
            .and_then(|s| {
                let x = Sexe::depuis_code(s);
                if x.is_none() {
                    self.constat(
                        &c("sexe"),
                        CodeConstat::Nomenclature,
                        "Le sexe est « F », « M » ou « I ».".into(),
                    );
                }
                x
            });
        let rang = match v[6] {
            None => Some(1),
            Some(Value::NumberLit(n)) => match n.value.parse::<i64>() {
                Ok(r) => {
                    u::verifier_rang_naissance(r, &c("rangNaissance"), self.out);
                    u32::try_from(r).ok().filter(|r| *r >= 1)
                }
                Err(_) => {
                    self.constat(
                        &c("rangNaissance"),
                        CodeConstat::Type,
                        "Le rang de naissance est un nombre entier.".into(),
                    );
                    None
                }
            },
            Some(e) => {
                self.constat(
                    &c("rangNaissance"),
                    CodeConstat::Type,
                    format!(
                        "Le rang de naissance est un nombre entier, reçu {}.",
                        json::type_json(e)
                    ),
                );
                None
            }
        };
        let naissance = self.date(v[7], &c("dateNaissance"), "La date de naissance", true);
        if let Some(d) = naissance {
            u::verifier_date_naissance(d, reference, &c("dateNaissance"), self.out);
        }
        let lieu = self.chaine(v[8], &c("lieuNaissance"), "Le lieu de naissance", false);
        let ins = match ins_lu {
            Some((Some(t), val)) => Some(Ins::new(t, val).ok()?),
            _ if ins_present => return None,
            _ => None,
        };
        let statut = statut?;
        if (statut == StatutIdentite::Qualifiee) != ins.is_some() {
            return None;
        }
        Some(Identite {
            statut,
            ins,
            nom_naissance: nom?.to_owned(),
            prenoms_naissance: prenoms?,
            premier_prenom: premier?.to_owned(),
            sexe: sexe?,
            rang_naissance: rang?,
            date_naissance: naissance.filter(|d| *d <= reference)?,
            lieu_naissance: lieu.map(str::to_owned),
        })
    }

    fn sejour(&mut self, o: &Object<'_>, chemin: &str) -> Option<Sejour> {
        let v = self.objet(o, &["identifiant", "debut", "fin"], chemin);
        let c = |cle: &str| format!("{chemin}.{cle}");
        let id = self.chaine(v[0], &c("identifiant"), "L'identifiant du séjour", true);
        if let Some(i) = id {
            u::verifier_identifiant_sejour(i, &c("identifiant"), self.out);
        }
        let debut = self.date(v[1], &c("debut"), "La date de début du séjour", true);
        let fin = self.date(v[2], &c("fin"), "La date de fin du séjour", false);
        if let Some(d) = debut {
            u::verifier_fin_sejour(d, fin, &c("fin"), self.out);
        }
        if v[2].is_some() && fin.is_none() {
            return None;
        }
        Some(Sejour {
            identifiant: id.filter(|i| !i.trim().is_empty())?.to_owned(),
            debut: debut?,
            fin: match (debut, fin) {
                (Some(d), Some(f)) if f < d => return None,
                _ => fin,
            },
        })
    }
}
