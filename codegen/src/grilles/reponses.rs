//! An evaluation's `reponses` (collection file, format 2) checked against
//! its grid: keys are the grid's `linkId`s, values as in a payload (a
//! `choice` answer is its option's code); an item whose answer carries
//! sub-items holds `{"valeur": <its answer>, "<sub linkId>": …}`.
//!
//! Findings are blocking and placed under the caller's prefix
//! (`usagers[3].evaluations[0].reponses`) then the linkIds down to the
//! answer. They name linkIds and option codes, never a free-text answer.

use super::Grille;
use crate::model::{Bloc, Champ, Modele, TypeChamp};
use serde_json::{Map, Value};
use sidoba::{CodeConstat as K, Constat, Date};

/// La clé de la réponse propre d'un item, à côté de ses sous-items.
pub const VALEUR: &str = "valeur";

/// Les constats des `reponses` d'une évaluation contre sa grille, placés
/// sous `prefixe` (`usagers[3].evaluations[0].reponses`) puis les `linkId`
/// jusqu'à la réponse : `linkId` inconnu, mauvais type ou forme, option
/// hors de la grille, aucune réponse (bloquants). Sur une grille AGGIR,
/// toute réponse est requise, comme le guide CDA les exige toutes : le GIR
/// (`resultat-eval`), chaque variable et ses quatre adverbes ; une variable
/// dont la modalité ne suit pas ses adverbes est un avertissement.
pub fn valider_reponses(grille: &Grille, reponses: &Value, prefixe: &str) -> Vec<Constat> {
    let mut v = Verif {
        tout_requis: grille.aggir,
        out: Vec::new(),
    };
    v.racine(&grille.modele, reponses, prefixe);
    if grille.aggir {
        v.out
            .extend(super::aggir::adverbes(&grille.modele, reponses, prefixe));
    }
    v.out
}

/// De même contre n'importe quel modèle (le Questionnaire d'un modèle de
/// campagne) : seuls les items `obligatoire` sont requis.
pub fn valider_reponses_modele(m: &Modele, reponses: &Value, prefixe: &str) -> Vec<Constat> {
    let mut v = Verif {
        tout_requis: false,
        out: Vec::new(),
    };
    v.racine(m, reponses, prefixe);
    v.out
}

/// What one object of the answers may hold.
pub(super) enum Membre<'m> {
    /// A field, and the block of the items under its answer.
    Champ(&'m Champ, Option<&'m Bloc>),
    /// A repeatable block: an array of rows.
    Lignes(&'m Bloc),
}

impl Membre<'_> {
    pub(super) fn code(&self) -> &str {
        match self {
            Membre::Champ(c, _) => &c.code,
            Membre::Lignes(b) => &b.code,
        }
    }
}

/// The members of one level: the fields of these blocks and of the
/// non-repeatable blocks they hold, flat as in a payload; repeatable
/// blocks as rows; sub-item blocks under their field.
pub(super) fn membres<'m>(champs: &'m [Champ], blocs: &'m [Bloc]) -> Vec<Membre<'m>> {
    fn visiter<'m>(champs: &'m [Champ], blocs: &'m [Bloc], out: &mut Vec<Membre<'m>>) {
        for c in champs {
            let sous = blocs
                .iter()
                .find(|b| b.sous_items_de() == Some(c.code.as_str()));
            out.push(Membre::Champ(c, sous));
        }
        for b in blocs.iter().filter(|b| b.sous_items_de().is_none()) {
            if b.repetable {
                out.push(Membre::Lignes(b));
            } else {
                visiter(&b.champs, &b.blocs, out);
            }
        }
    }
    let mut out = Vec::new();
    visiter(champs, blocs, &mut out);
    out
}

/// Where the item `code` is answered, from the level of `ms` (`base`
/// its path): `resultat-eval.manger.manger-habit`; rows as `bloc[]`.
fn place(ms: &[Membre<'_>], code: &str, base: &str) -> Option<String> {
    ms.iter().find_map(|mb| {
        let ici = chemin(base, mb.code());
        if mb.code() == code {
            return Some(ici);
        }
        match mb {
            Membre::Champ(_, Some(sous)) => place(&membres(&sous.champs, &sous.blocs), code, &ici),
            Membre::Lignes(b) => place(&membres(&b.champs, &b.blocs), code, &format!("{ici}[]")),
            Membre::Champ(_, None) => None,
        }
    })
}

fn chemin(base: &str, cle: &str) -> String {
    if base.is_empty() {
        cle.to_owned()
    } else {
        format!("{base}.{cle}")
    }
}

fn nature(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "un booléen",
        Value::Number(_) => "un nombre",
        Value::String(_) => "une chaîne",
        Value::Array(_) => "un tableau",
        Value::Object(_) => "un objet",
    }
}

struct Verif {
    tout_requis: bool,
    out: Vec<Constat>,
}

impl Verif {
    fn constat(&mut self, chemin: String, code: K, message: String) {
        self.out.push(Constat::champ(chemin, code, message));
    }

    fn racine(&mut self, m: &Modele, reponses: &Value, prefixe: &str) {
        match reponses {
            Value::Object(o) if o.is_empty() => self.constat(
                prefixe.to_owned(),
                K::Obligatoire,
                "l'évaluation n'a aucune réponse : une évaluation donne au moins une réponse de sa grille"
                    .into(),
            ),
            _ => {
                let ms = membres(&[], &m.blocs);
                self.niveau(m, &ms, reponses, prefixe, None);
            }
        }
    }

    /// One object of the answers; `exclue` is `valeur` inside a sub-item
    /// object (the item's own answer, checked by the caller).
    fn niveau(
        &mut self,
        m: &Modele,
        ms: &[Membre<'_>],
        v: &Value,
        base: &str,
        exclue: Option<&str>,
    ) {
        let Value::Object(o) = v else {
            self.constat(
                base.to_owned(),
                K::Type,
                format!("attendu un objet de réponses par linkId, pas {}", nature(v)),
            );
            return;
        };
        for cle in o.keys() {
            if Some(cle.as_str()) == exclue || ms.iter().any(|mb| mb.code() == cle) {
                continue;
            }
            // A linkId of the grid in the wrong place: say where it goes.
            let aide = match place(&membres(&[], &m.blocs), cle, "") {
                Some(ici) => format!(" : c'est un linkId de la grille, à écrire en « {ici} »"),
                None => sidoba::__private_v1::proches::suggestion(cle, ms.iter().map(Membre::code)),
            };
            self.constat(
                chemin(base, cle),
                K::ChampInconnu,
                format!("« {cle} » n'est pas un linkId de la grille à cet endroit{aide}"),
            );
        }
        for mb in ms {
            match mb {
                Membre::Champ(c, sous) => self.champ(m, c, *sous, o, base),
                Membre::Lignes(b) => self.lignes(m, b, o.get(&b.code), &chemin(base, &b.code)),
            }
        }
    }

    fn champ(
        &mut self,
        m: &Modele,
        c: &Champ,
        sous: Option<&Bloc>,
        o: &Map<String, Value>,
        base: &str,
    ) {
        let ici = chemin(base, &c.code);
        let requis = c.obligatoire || self.tout_requis;
        let v = o.get(&c.code).filter(|v| !v.is_null());
        let Some(v) = v else {
            if requis {
                let message = if c.code == "resultat-eval" {
                    "le GIR (« resultat-eval ») manque : une évaluation AGGIR donne son GIR et ses variables".to_owned()
                } else {
                    format!(
                        "« {} » ({}) n'a pas de réponse : elle est requise",
                        c.code, c.libelle
                    )
                };
                self.constat(ici, K::Obligatoire, message);
            }
            return;
        };
        let Some(sous) = sous else {
            self.valeur(m, c, v, ici);
            return;
        };
        let Value::Object(so) = v else {
            self.constat(
                ici,
                K::Type,
                format!(
                    "« {} » porte des sous-items : attendu un objet {{\"{VALEUR}\": …, \"<linkId>\": …}}, pas {}",
                    c.code,
                    nature(v)
                ),
            );
            return;
        };
        match so.get(VALEUR).filter(|v| !v.is_null()) {
            Some(x) => self.valeur(m, c, x, chemin(&ici, VALEUR)),
            None if requis => {
                let message = if c.code == "resultat-eval" {
                    "le GIR manque (« resultat-eval ».« valeur ») : une évaluation AGGIR donne son GIR".to_owned()
                } else {
                    format!(
                        "« {} » ({}) n'a pas de réponse (« {VALEUR} ») : elle est requise",
                        c.code, c.libelle
                    )
                };
                self.constat(chemin(&ici, VALEUR), K::Obligatoire, message);
            }
            None => {}
        }
        let ms = membres(&sous.champs, &sous.blocs);
        self.niveau(m, &ms, v, &ici, Some(VALEUR));
    }

    fn lignes(&mut self, m: &Modele, b: &Bloc, v: Option<&Value>, ici: &str) {
        let lignes = match v {
            None | Some(Value::Null) => &[][..],
            Some(Value::Array(a)) => &a[..],
            Some(x) => {
                let n = nature(x);
                self.constat(
                    ici.to_owned(),
                    K::Type,
                    format!(
                        "« {} » est répétable : attendu un tableau de lignes, pas {n}",
                        b.code
                    ),
                );
                return;
            }
        };
        let n = lignes.len() as u64;
        if let Some(min) = b.min_lignes.filter(|min| n < *min) {
            self.constat(
                ici.to_owned(),
                K::LignesMin,
                format!("« {} » a {n} ligne(s), au moins {min} attendue(s)", b.code),
            );
        }
        if let Some(max) = b.max_lignes.filter(|max| n > *max) {
            self.constat(
                ici.to_owned(),
                K::LignesMax,
                format!("« {} » a {n} ligne(s), au plus {max} permise(s)", b.code),
            );
        }
        let ms = membres(&b.champs, &b.blocs);
        for (i, l) in lignes.iter().enumerate() {
            self.niveau(m, &ms, l, &format!("{ici}[{i}]"), None);
        }
    }

    /// One answer against its item's type and constraints.
    fn valeur(&mut self, m: &Modele, c: &Champ, v: &Value, ici: String) {
        let faux = |attendu: &str| format!("« {} » attend {attendu}, pas {}", c.code, nature(v));
        match &c.type_ {
            TypeChamp::Booleen => {
                if !v.is_boolean() {
                    self.constat(ici, K::Type, faux("un booléen (true ou false)"));
                }
            }
            TypeChamp::Entier { min, max } => match v.as_i64() {
                None => self.constat(ici, K::Type, faux("un entier")),
                Some(n) => {
                    if let Some(b) = min.filter(|b| n < *b) {
                        self.constat(
                            ici,
                            K::Min,
                            format!("« {} » vaut moins que le minimum {b}", c.code),
                        );
                    } else if let Some(b) = max.filter(|b| n > *b) {
                        self.constat(
                            ici,
                            K::Max,
                            format!("« {} » dépasse le maximum {b}", c.code),
                        );
                    }
                }
            },
            TypeChamp::Decimal {
                decimales,
                min,
                max,
            } => {
                // serde_json keeps a non-integer as a binary float: its
                // shortest text is read back exactly (no grid of the guide
                // has a decimal item).
                let d = match v {
                    Value::Number(n) => {
                        sidoba::__private_v1::decimal::lire_scientifique(&n.to_string())
                    }
                    _ => None,
                };
                match d {
                    None => self.constat(ici, K::Type, faux("un nombre décimal")),
                    Some(d) => {
                        if sidoba::__private_v1::verif::decimales_significatives(&d) > *decimales {
                            self.constat(
                                ici,
                                K::Decimales,
                                format!(
                                    "« {} » a plus de {decimales} chiffre(s) après la virgule",
                                    c.code
                                ),
                            );
                        } else if let Some(b) = min.filter(|b| d < *b) {
                            self.constat(
                                ici,
                                K::Min,
                                format!("« {} » vaut moins que le minimum {b}", c.code),
                            );
                        } else if let Some(b) = max.filter(|b| d > *b) {
                            self.constat(
                                ici,
                                K::Max,
                                format!("« {} » dépasse le maximum {b}", c.code),
                            );
                        }
                    }
                }
            }
            TypeChamp::Texte {
                longueur_min,
                longueur_max,
                motif,
            } => match v.as_str() {
                None => self.constat(ici, K::Type, faux("une chaîne")),
                Some(s) => {
                    let n = s.chars().count() as u64;
                    if let Some(b) = longueur_min.filter(|b| n < *b) {
                        self.constat(
                            ici,
                            K::LongueurMin,
                            format!("« {} » a moins de {b} caractère(s)", c.code),
                        );
                    } else if let Some(b) = longueur_max.filter(|b| n > *b) {
                        self.constat(
                            ici,
                            K::LongueurMax,
                            format!("« {} » a plus de {b} caractère(s)", c.code),
                        );
                    } else if let Some(mo) = motif
                        && let Ok(re) = regex::Regex::new(&format!("^(?:{mo})$"))
                        && !re.is_match(s)
                    {
                        self.constat(
                            ici,
                            K::Motif,
                            format!("« {} » ne suit pas le motif de la grille", c.code),
                        );
                    }
                }
            },
            TypeChamp::Date { min, max } => match v.as_str().map(str::parse::<Date>) {
                Some(Ok(d)) => {
                    if let Some(b) = min.filter(|b| d < *b) {
                        self.constat(ici, K::Min, format!("« {} » est avant le {b}", c.code));
                    } else if let Some(b) = max.filter(|b| d > *b) {
                        self.constat(ici, K::Max, format!("« {} » est après le {b}", c.code));
                    }
                }
                _ => self.constat(ici, K::Type, faux("une date AAAA-MM-JJ existante")),
            },
            TypeChamp::Code {
                nomenclature,
                multiple,
            } => {
                let Some(n) = m.nomenclature(nomenclature) else {
                    return;
                };
                let codes: Vec<&Value> = match (v, multiple) {
                    (Value::Array(a), true) => a.iter().collect(),
                    (x, false) if x.is_string() => vec![x],
                    _ => {
                        let attendu = if *multiple {
                            "un tableau de codes"
                        } else {
                            "le code d'une option (chaîne)"
                        };
                        self.constat(ici, K::Type, faux(attendu));
                        return;
                    }
                };
                let mut vus = Vec::new();
                for x in codes {
                    let Some(code) = x.as_str() else {
                        self.constat(ici.clone(), K::Type, faux("des codes (chaînes)"));
                        continue;
                    };
                    match n.valeurs.iter().find(|val| val.code == code) {
                        None => {
                            let options: Vec<String> = n
                                .valeurs
                                .iter()
                                .filter(|v| v.actif)
                                .map(|v| format!("{} ({})", v.code, v.libelle))
                                .collect();
                            self.constat(
                                ici.clone(),
                                K::Nomenclature,
                                format!(
                                    "« {code} » n'est pas une option de « {} » : {}",
                                    c.code,
                                    options.join(", ")
                                ),
                            );
                        }
                        Some(val) if !val.actif => self.constat(
                            ici.clone(),
                            K::ValeurInactive,
                            format!("l'option « {code} » de « {} » n'est plus acceptée", c.code),
                        ),
                        Some(_) if vus.contains(&code) => self.constat(
                            ici.clone(),
                            K::Doublon,
                            format!("l'option « {code} » figure deux fois dans « {} »", c.code),
                        ),
                        Some(_) => vus.push(code),
                    }
                }
            }
        }
    }
}
