//! Synthetic models and payloads, deterministic from a seed: the shared
//! input of the benchmarks, the differential tests and the fuzz corpora.
//!
//! The proportions follow the sample models: mostly integer counts, some
//! decimals, code lists, booleans, a few texts with patterns and dates, a
//! tenth of the fields in repeatable blocks, and a rule for every twenty
//! fields. The generator uses SplitMix64 on purpose: its sequence is fixed
//! by definition, so a seed gives the same model on every machine and with
//! every version of every crate (a general-purpose RNG does not promise
//! that across releases).

use crate::forme::{self, Forme, Membre};
pub use crate::json_texte::Json;
use crate::model::{Modele, TypeChamp};
use std::fmt::Write;

/// SplitMix64 (Steele, Lea, Flood 2014).
#[derive(Debug, Clone)]
pub struct Alea(u64);

impl Alea {
    pub fn new(graine: u64) -> Alea {
        Alea(graine)
    }

    pub fn suivant(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn sous(&mut self, n: u64) -> u64 {
        self.suivant() % n.max(1)
    }

    /// True with probability `p` percent.
    pub fn pct(&mut self, p: u64) -> bool {
        self.sous(100) < p
    }

    pub fn choisir<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.sous(v.len() as u64) as usize]
    }
}

fn chaine(s: impl Into<String>) -> Json {
    Json::Chaine(s.into())
}

fn nombre(n: impl ToString) -> Json {
    Json::Nombre(n.to_string())
}

fn objet(v: Vec<(&str, Json)>) -> Json {
    Json::Objet(v.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

/// A field being built, for the rules.
struct Info {
    code: String,
    genre: &'static str,
    /// Repeatable block it belongs to, if any.
    ligne: Option<String>,
    nomenclature: Option<(usize, bool)>,
}

/// A valid model of about `champs` fields.
pub fn modele(graine: u64, champs: usize) -> String {
    let mut a = Alea::new(graine);
    let nb_nomenclatures = (champs / 25).clamp(1, 400);
    let mut nomenclatures = Vec::new();
    let mut tailles = Vec::new();
    for n in 0..nb_nomenclatures {
        let taille = 2 + a.sous(18) as usize;
        tailles.push(taille);
        let valeurs = (0..taille)
            .map(|v| {
                let mut o = vec![
                    ("code", chaine(format!("V{v}"))),
                    ("libelle", chaine(format!("Valeur {v} de la liste {n}"))),
                ];
                if v > 0 && a.pct(5) {
                    o.push(("actif", Json::Booleen(false)));
                }
                objet(o)
            })
            .collect();
        nomenclatures.push(objet(vec![
            ("code", chaine(format!("liste_{n}"))),
            ("libelle", chaine(format!("Liste {n}"))),
            ("valeurs", Json::Tableau(valeurs)),
        ]));
    }
    let mut infos: Vec<Info> = Vec::new();
    let mut blocs = Vec::new();
    let par_bloc = 25usize;
    let nb_blocs = champs.div_ceil(par_bloc).max(1);
    let mut restant = champs.max(1);
    for b in 0..nb_blocs {
        let n = restant.min(par_bloc);
        restant -= n;
        // About one field in ten sits in a table.
        let repetable = b % 10 == 9 || (nb_blocs < 10 && b == nb_blocs - 1 && nb_blocs > 1);
        let code_bloc = format!("bloc_{b}");
        let ligne = repetable.then(|| code_bloc.clone());
        let mut champs_json = Vec::new();
        for i in 0..n {
            let code = format!("c{b}_{i}");
            let (j, genre, nomenclature) = champ(&mut a, &code, &tailles);
            champs_json.push(j);
            infos.push(Info {
                code,
                genre,
                ligne: ligne.clone(),
                nomenclature,
            });
        }
        let mut o = vec![
            ("code", chaine(code_bloc.clone())),
            ("libelle", chaine(format!("Bloc {b}"))),
            ("champs", Json::Tableau(champs_json)),
        ];
        if repetable {
            o.push(("repetable", Json::Booleen(true)));
            o.push(("maxLignes", nombre(3 + a.sous(8))));
            if a.pct(50) {
                o.push(("minLignes", nombre(1)));
            }
        }
        blocs.push(objet(o));
    }
    let regles = regles(&mut a, &infos, champs / 20 + 1);
    objet(vec![
        (
            "campagne",
            objet(vec![
                ("id", chaine(format!("SYNTH-{graine}-{champs}"))),
                (
                    "libelle",
                    chaine(format!("Modèle synthétique {graine} ({champs} champs)")),
                ),
                ("module", chaine("SYNTH")),
            ]),
        ),
        (
            "modele",
            objet(vec![
                ("code", chaine("SYNTH")),
                ("version", chaine("1")),
                ("niveau", chaine("structure")),
            ]),
        ),
        ("nomenclatures", Json::Tableau(nomenclatures)),
        ("blocs", Json::Tableau(blocs)),
        ("regles", Json::Tableau(regles)),
    ])
    .texte()
}

fn champ(
    a: &mut Alea,
    code: &str,
    tailles: &[usize],
) -> (Json, &'static str, Option<(usize, bool)>) {
    let mut o = vec![
        ("code", chaine(code)),
        ("libelle", chaine(format!("Champ {code}"))),
    ];
    if a.pct(30) {
        o.push(("obligatoire", Json::Booleen(true)));
    }
    let tirage = a.sous(100);
    let (genre, nomenclature) = match tirage {
        0..40 => {
            o.push(("type", chaine("entier")));
            o.push(("min", nombre(0)));
            if a.pct(70) {
                o.push((
                    "max",
                    nombre(*a.choisir(&[10i64, 100, 250, 2000, 100_000, 5_000_000_000])),
                ));
            }
            ("entier", None)
        }
        40..55 => {
            let d = *a.choisir(&[0u32, 1, 2, 2, 3]);
            o.push(("type", chaine("decimal")));
            o.push(("decimales", nombre(d)));
            o.push(("min", nombre(0)));
            if a.pct(60) {
                o.push(("max", nombre("1000")));
            }
            ("decimal", None)
        }
        55..70 => {
            let n = a.sous(tailles.len() as u64) as usize;
            let multiple = a.pct(20);
            o.push(("type", chaine("code")));
            o.push(("nomenclature", chaine(format!("liste_{n}"))));
            if multiple {
                o.push(("multiple", Json::Booleen(true)));
            }
            ("code", Some((n, multiple)))
        }
        70..80 => {
            o.push(("type", chaine("booleen")));
            ("booleen", None)
        }
        80..92 => {
            o.push(("type", chaine("texte")));
            o.push(("longueurMax", nombre(*a.choisir(&[9, 40, 200]))));
            if a.pct(30) {
                o.push(("motif", chaine("[0-9A-Za-z]{9}")));
                o.push(("longueurMin", nombre(9)));
            }
            if a.pct(10) {
                o.push(("donneePersonnelle", Json::Booleen(true)));
            }
            ("texte", None)
        }
        _ => {
            o.push(("type", chaine("date")));
            o.push(("min", chaine("2025-01-01")));
            o.push(("max", chaine("2025-12-31")));
            ("date", None)
        }
    };
    (objet(o), genre, nomenclature)
}

/// Rules of every construct of the language over the fields built.
fn regles(a: &mut Alea, infos: &[Info], n: usize) -> Vec<Json> {
    let haut = |g: &str| -> Vec<&Info> {
        infos
            .iter()
            .filter(|i| i.ligne.is_none() && i.genre == g)
            .collect()
    };
    let (entiers, decimaux, dates, codes, booleens) = (
        haut("entier"),
        haut("decimal"),
        haut("date"),
        haut("code"),
        haut("booleen"),
    );
    let numeriques: Vec<&Info> = entiers.iter().chain(&decimaux).copied().collect();
    let en_ligne: Vec<&Info> = infos
        .iter()
        .filter(|i| i.ligne.is_some() && matches!(i.genre, "entier" | "decimal"))
        .collect();
    let mut out = Vec::new();
    for k in 0..n {
        let pick = |a: &mut Alea, v: &[&Info]| -> Option<String> {
            (!v.is_empty()).then(|| a.choisir(v).code.clone())
        };
        let (expression, bloc) = match k % 9 {
            0 => match (
                pick(a, &numeriques),
                pick(a, &numeriques),
                pick(a, &numeriques),
            ) {
                (Some(x), Some(y), Some(z)) => (format!("{x} + {y} <= {z} * 2"), None),
                _ => continue,
            },
            1 => match (pick(a, &numeriques), pick(a, &numeriques)) {
                (Some(x), Some(y)) => (format!("{x} / {y} >= 0.5 ou {y} = 0"), None),
                _ => continue,
            },
            2 => match pick(a, &numeriques) {
                Some(x) => (format!("renseigne({x}) => {x} >= 1"), None),
                None => continue,
            },
            3 => match (pick(a, &dates), pick(a, &dates)) {
                (Some(x), Some(y)) => (format!("{x} <= {y} ou {x} > d'2025-06-30'"), None),
                _ => continue,
            },
            4 => {
                let simples: Vec<&Info> = codes
                    .iter()
                    .filter(|i| i.nomenclature.is_some_and(|(_, m)| !m))
                    .copied()
                    .collect();
                match (pick(a, &simples), pick(a, &numeriques)) {
                    (Some(c), Some(x)) => (format!("{c} = 'V1' => {x} < 50"), None),
                    _ => continue,
                }
            }
            5 => {
                let multiples: Vec<&Info> = codes
                    .iter()
                    .filter(|i| i.nomenclature.is_some_and(|(_, m)| m))
                    .copied()
                    .collect();
                match (pick(a, &multiples), pick(a, &booleens)) {
                    (Some(c), Some(b)) => (format!("non contient({c}, 'V0') ou {b} = vrai"), None),
                    _ => continue,
                }
            }
            6 => match (en_ligne.first(), pick(a, &numeriques)) {
                (Some(l), Some(x)) => (
                    format!(
                        "somme({}) <= {x} * 10 + nombre({})",
                        l.code,
                        l.ligne.clone().unwrap_or_default()
                    ),
                    None,
                ),
                _ => continue,
            },
            7 => match en_ligne.get(a.sous(en_ligne.len().max(1) as u64) as usize) {
                Some(l) => (
                    format!("{} >= 1 et -{} < 0", l.code, l.code),
                    l.ligne.clone(),
                ),
                None => continue,
            },
            _ => match (pick(a, &numeriques), pick(a, &numeriques)) {
                (Some(x), Some(y)) => (
                    format!("non ({x} - {y} > 100) et ({x} * 3 - {y}) / 7 != 1.5"),
                    None,
                ),
                _ => continue,
            },
        };
        let mut o = vec![
            ("code", chaine(format!("R{k}"))),
            ("message", chaine(format!("Règle {k} non respectée"))),
            (
                "severite",
                chaine(if a.pct(70) {
                    "bloquante"
                } else {
                    "avertissement"
                }),
            ),
            ("expression", chaine(expression)),
        ];
        if let Some(b) = bloc {
            o.push(("bloc", chaine(b)));
        }
        out.push(objet(o));
    }
    out
}

/// A payload for `m`: mostly plausible values, with edge and faulty ones
/// (bounds ±1, decimals at and past the precision, empty and long strings,
/// inactive and unknown codes, repeated codes, wrong JSON types, `null`,
/// unknown keys, rows that are not objects, too many or too few rows).
/// `defauts` is the percentage of faulty values.
pub fn payload(m: &Modele, graine: u64, defauts: u64) -> String {
    let mut a = Alea::new(graine);
    let formes = forme::formes(m);
    let donnees = objet_de(&mut a, m, &formes, &formes[0], defauts, 0);
    objet(vec![
        ("campagne", chaine(m.campagne.id.clone())),
        (
            "modele",
            objet(vec![
                ("code", chaine(m.identite.code.clone())),
                ("version", chaine(m.identite.version.clone())),
            ]),
        ),
        ("donnees", donnees),
    ])
    .texte()
}

fn objet_de(
    a: &mut Alea,
    m: &Modele,
    formes: &[Forme],
    f: &Forme,
    defauts: u64,
    profondeur: usize,
) -> Json {
    let mut o: Vec<(String, Json)> = Vec::new();
    for mb in &f.membres {
        match mb {
            Membre::Champ { champ, .. } => {
                // Optional fields are often left out; a required one only as a fault.
                if a.pct(15) && (!champ.obligatoire || a.pct(defauts)) {
                    continue;
                }
                let v = if a.pct(defauts) {
                    defaut(a, m, &champ.type_)
                } else {
                    valeur(a, m, &champ.type_)
                };
                o.push((champ.code.clone(), v));
            }
            Membre::Lignes(b) => {
                let Some(fl) = formes
                    .iter()
                    .find(|x| x.bloc.is_some_and(|x| x.code == b.code))
                else {
                    continue;
                };
                let max = b.max_lignes.unwrap_or(4).min(6);
                let n = if a.pct(defauts) {
                    a.sous(max + 3)
                } else {
                    b.min_lignes.unwrap_or(0)
                        + a.sous(max.saturating_sub(b.min_lignes.unwrap_or(0)) + 1)
                };
                if n == 0 && a.pct(50) || profondeur > 6 {
                    continue;
                }
                let lignes = (0..n)
                    .map(|_| {
                        if a.pct(defauts / 4) {
                            nombre(3)
                        } else {
                            objet_de(a, m, formes, fl, defauts, profondeur + 1)
                        }
                    })
                    .collect();
                o.push((b.code.clone(), Json::Tableau(lignes)));
            }
        }
    }
    if a.pct(defauts / 2) {
        o.push(("cle_inconnue".to_owned(), nombre(1)));
    }
    Json::Objet(o)
}

fn valeur(a: &mut Alea, m: &Modele, t: &TypeChamp) -> Json {
    match t {
        TypeChamp::Entier { min, max } => {
            let lo = min.unwrap_or(-1000);
            let hi = max
                .unwrap_or(lo.saturating_add(100_000))
                .min(lo.saturating_add(1_000_000));
            let span = (hi as i128 - lo as i128 + 1).max(1) as u64;
            nombre(lo as i128 + a.sous(span) as i128)
        }
        TypeChamp::Decimal {
            decimales,
            min,
            max,
        } => {
            let lo = min.map_or(0, |d| d.trunc().mantissa() as i64);
            let hi = max
                .map_or(lo + 1000, |d| d.trunc().mantissa() as i64 - 1)
                .max(lo);
            let entier = lo + a.sous((hi - lo + 1) as u64) as i64;
            if *decimales == 0 {
                nombre(entier)
            } else {
                let frac = a.sous(10u64.pow(*decimales));
                nombre(format!(
                    "{entier}.{frac:0width$}",
                    width = *decimales as usize
                ))
            }
        }
        TypeChamp::Texte {
            longueur_min,
            longueur_max,
            motif,
        } => {
            let n = longueur_min
                .unwrap_or(1)
                .max(if motif.is_some() { 9 } else { 1 });
            let n = n.min(longueur_max.unwrap_or(20));
            let s: String = (0..n)
                .map(|i| (b'A' + ((i + a.sous(26)) % 26) as u8) as char)
                .collect();
            chaine(s)
        }
        TypeChamp::Booleen => Json::Booleen(a.pct(50)),
        TypeChamp::Date { .. } => {
            chaine(format!("2025-{:02}-{:02}", 1 + a.sous(12), 1 + a.sous(28)))
        }
        TypeChamp::Code {
            nomenclature,
            multiple,
        } => {
            let valeurs: Vec<&str> = m
                .nomenclature(nomenclature)
                .map(|n| {
                    n.valeurs
                        .iter()
                        .filter(|v| v.actif)
                        .map(|v| v.code.as_str())
                        .collect()
                })
                .unwrap_or_default();
            if valeurs.is_empty() {
                return Json::Null;
            }
            if *multiple {
                let mut v: Vec<&str> = valeurs.iter().filter(|_| a.pct(40)).copied().collect();
                v.dedup();
                Json::Tableau(v.into_iter().map(chaine).collect())
            } else {
                chaine(*a.choisir(&valeurs))
            }
        }
    }
}

fn defaut(a: &mut Alea, m: &Modele, t: &TypeChamp) -> Json {
    let commun = a.sous(10);
    match commun {
        0 => return Json::Null,
        1 => return chaine(""),
        2 => return Json::Booleen(true),
        3 => return nombre("1e3"),
        4 => return Json::Tableau(vec![]),
        _ => {}
    }
    match t {
        TypeChamp::Entier { min, max } => {
            let mut v = vec![
                "9223372036854775807".to_owned(),
                "-9223372036854775808".to_owned(),
                "1.5".to_owned(),
                "99999999999999999999".to_owned(),
            ];
            if let Some(x) = min {
                v.push(x.to_string());
                v.push((*x as i128 - 1).to_string());
            }
            if let Some(x) = max {
                v.push(x.to_string());
                v.push((*x as i128 + 1).to_string());
            }
            nombre(a.choisir(&v).clone())
        }
        TypeChamp::Decimal {
            decimales,
            min,
            max,
        } => {
            let mut v = vec![
                format!("0.{}", "1".repeat(*decimales as usize + 1)),
                "-0.00".to_owned(),
                "1".repeat(40),
                "0.1".to_owned(),
            ];
            if let Some(x) = min {
                v.push(x.to_string());
                v.push(format!("{}", x - sidoba::Decimal::new(1, *decimales)));
            }
            if let Some(x) = max {
                v.push(x.to_string());
                v.push(format!("{}", x + sidoba::Decimal::new(1, *decimales)));
            }
            nombre(a.choisir(&v).clone())
        }
        TypeChamp::Texte { longueur_max, .. } => {
            let n = longueur_max.map_or(300, |m| m + 1) as usize;
            chaine(
                a.choisir(&[
                    "x".repeat(n.min(10_000)),
                    "12345678".to_owned(),
                    "abc-def-g".to_owned(),
                    "é".repeat(9),
                ])
                .clone(),
            )
        }
        TypeChamp::Booleen => nombre(1),
        TypeChamp::Date { .. } => chaine(*a.choisir(&[
            "2024-12-31",
            "2026-01-01",
            "2025-02-29",
            "2025-13-01",
            "31/12/2025",
        ])),
        TypeChamp::Code {
            nomenclature,
            multiple,
        } => {
            let n = m.nomenclature(nomenclature);
            let inactif = n
                .and_then(|n| n.valeurs.iter().find(|v| !v.actif))
                .map(|v| v.code.clone());
            let premier = n
                .and_then(|n| n.valeurs.first())
                .map(|v| v.code.clone())
                .unwrap_or_default();
            let c = match a.sous(3) {
                0 => inactif.unwrap_or_else(|| "INCONNU".to_owned()),
                1 => "V99".to_owned(),
                _ => premier.clone(),
            };
            if *multiple {
                Json::Tableau(vec![chaine(c), chaine(premier.clone()), chaine(premier)])
            } else {
                chaine(c)
            }
        }
    }
}

/// Lines for a quick summary in benchmark notes.
pub fn description(m: &Modele) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "{} champs, {} règles, {} nomenclatures",
        m.champs().len(),
        m.regles.len(),
        m.nomenclatures.len()
    );
    s
}
