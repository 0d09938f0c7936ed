//! A payload's `donnees` and an evaluation's `reponses` are the same
//! answers but for one thing: in a payload the items under an answer sit
//! beside it (a model's non-repeatable blocks only group fields), in
//! `reponses` they sit in its object, `{"valeur": …, "<sub linkId>": …}`.
//! These two functions move between the shapes; keys the model does not
//! know are carried over as they are, for validation to report.

use super::reponses::{Membre, VALEUR, membres};
use crate::model::Modele;
use serde_json::{Map, Value};

/// Les `reponses` d'une évaluation tirées de l'objet `donnees` du payload
/// qu'écrit le code généré d'un modèle lu d'un Questionnaire : les
/// sous-items vont sous leur item, `{"valeur": …, "<linkId>": …}` (pour un
/// modèle sans sous-items, le même objet). Les clés que le modèle ne
/// connaît pas sont gardées telles quelles, pour que la validation les
/// signale.
pub fn reponses_depuis_donnees(m: &Modele, donnees: &Value) -> Value {
    let Value::Object(plat) = donnees else {
        return donnees.clone();
    };
    let ms = membres(&[], &m.blocs);
    let mut pris = Vec::new();
    let mut out = imbriquer(&ms, plat, &mut pris);
    for (k, v) in plat {
        if !pris.contains(&k.as_str()) {
            out.insert(k.clone(), v.clone());
        }
    }
    Value::Object(out)
}

fn imbriquer<'p>(
    ms: &[Membre<'_>],
    plat: &'p Map<String, Value>,
    pris: &mut Vec<&'p str>,
) -> Map<String, Value> {
    let mut out = Map::new();
    for mb in ms {
        match mb {
            Membre::Champ(c, sous) => {
                let propre = plat.get_key_value(&c.code);
                if let Some((k, _)) = propre {
                    pris.push(k);
                }
                let Some(sous) = sous else {
                    if let Some((k, v)) = propre {
                        out.insert(k.clone(), v.clone());
                    }
                    continue;
                };
                let sms = membres(&sous.champs, &sous.blocs);
                let mut o = Map::new();
                if let Some((_, v)) = propre {
                    o.insert(VALEUR.into(), v.clone());
                }
                o.extend(imbriquer(&sms, plat, pris));
                if !o.is_empty() {
                    out.insert(c.code.clone(), Value::Object(o));
                }
            }
            Membre::Lignes(b) => {
                let Some((k, v)) = plat.get_key_value(&b.code) else {
                    continue;
                };
                pris.push(k);
                let Value::Array(lignes) = v else {
                    out.insert(k.clone(), v.clone());
                    continue;
                };
                let lms = membres(&b.champs, &b.blocs);
                let lignes = lignes
                    .iter()
                    .map(|l| match l {
                        Value::Object(lo) => {
                            let mut lpris = Vec::new();
                            let mut r = imbriquer(&lms, lo, &mut lpris);
                            for (k, v) in lo.iter().filter(|(k, _)| !lpris.contains(&k.as_str())) {
                                r.insert(k.clone(), v.clone());
                            }
                            Value::Object(r)
                        }
                        autre => autre.clone(),
                    })
                    .collect();
                out.insert(k.clone(), Value::Array(lignes));
            }
        }
    }
    out
}

/// L'objet `donnees` d'un payload tiré des `reponses` d'une évaluation,
/// pour que le code généré de sa grille le lise (`Rapport::lire`).
pub fn donnees_depuis_reponses(m: &Modele, reponses: &Value) -> Value {
    let Value::Object(o) = reponses else {
        return reponses.clone();
    };
    let ms = membres(&[], &m.blocs);
    let mut plat = Map::new();
    aplatir(&ms, o, &mut plat);
    Value::Object(plat)
}

fn aplatir(ms: &[Membre<'_>], o: &Map<String, Value>, plat: &mut Map<String, Value>) {
    for (k, v) in o {
        let membre = ms.iter().find(|mb| mb.code() == k);
        match (membre, v) {
            (Some(Membre::Champ(_, Some(sous))), Value::Object(so)) => {
                let sms = membres(&sous.champs, &sous.blocs);
                if let Some(x) = so.get(VALEUR) {
                    plat.insert(k.clone(), x.clone());
                }
                let reste: Map<String, Value> = so
                    .iter()
                    .filter(|(sk, _)| *sk != VALEUR)
                    .map(|(a, b)| (a.clone(), b.clone()))
                    .collect();
                aplatir(&sms, &reste, plat);
            }
            (Some(Membre::Lignes(b)), Value::Array(lignes)) => {
                let lms = membres(&b.champs, &b.blocs);
                let lignes = lignes
                    .iter()
                    .map(|l| match l {
                        Value::Object(lo) => {
                            let mut lp = Map::new();
                            aplatir(&lms, lo, &mut lp);
                            Value::Object(lp)
                        }
                        autre => autre.clone(),
                    })
                    .collect();
                plat.insert(k.clone(), Value::Array(lignes));
            }
            _ => {
                plat.insert(k.clone(), v.clone());
            }
        }
    }
}
