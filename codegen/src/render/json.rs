//! The JSON report of the contract (`ancien`, `nouveau`, `resume`,
//! `ecarts`), written by hand so that numbers keep their exact text.

use crate::diff::{EnTete, Impact, Proprietes, Rapport, ValeurJson};
use sidoba::ecriture::chaine;

/// The JSON report, pretty-printed with two-space indentation, keys in the
/// contract's order (properties of `avant`/`apres` in key order), ending
/// with a new line. `acquitte: true` is added to acknowledged entries only,
/// so that without `--ignore` the output has exactly the contract's shape.
pub fn json(r: &Rapport) -> String {
    let mut resume = Vec::new();
    for i in Impact::TOUS {
        resume.push((i.code(), J::Brut(r.resume.compte(i).to_string())));
    }
    let ecarts = r
        .ecarts
        .iter()
        .map(|e| {
            let mut o = vec![
                ("nature", J::Chaine(e.nature.code().to_owned())),
                ("impact", J::Chaine(e.impact.code().to_owned())),
                ("cible", J::Chaine(e.cible.clone())),
                ("chemin", J::Chaine(e.chemin.clone())),
            ];
            if let Some(p) = &e.avant {
                o.push(("avant", proprietes(p)));
            }
            if let Some(p) = &e.apres {
                o.push(("apres", proprietes(p)));
            }
            o.push(("message", J::Chaine(e.message.clone())));
            o.push(("empreinte", J::Chaine(e.empreinte.clone())));
            if e.acquitte {
                o.push(("acquitte", J::Brut("true".into())));
            }
            J::Objet(o.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
        })
        .collect();
    let racine = J::Objet(vec![
        ("ancien".into(), en_tete(&r.ancien)),
        ("nouveau".into(), en_tete(&r.nouveau)),
        (
            "resume".into(),
            J::Objet(resume.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()),
        ),
        ("ecarts".into(), J::Liste(ecarts)),
    ]);
    let mut out = String::new();
    racine.ecrire(&mut out, 0);
    out.push('\n');
    out
}

/// A JSON tree to print.
enum J {
    /// Already JSON text (numbers, booleans, null).
    Brut(String),
    Chaine(String),
    Liste(Vec<J>),
    Objet(Vec<(String, J)>),
}

fn en_tete(e: &EnTete) -> J {
    J::Objet(vec![
        ("code".into(), J::Chaine(e.code.clone())),
        ("version".into(), J::Chaine(e.version.clone())),
        ("campagne".into(), J::Chaine(e.campagne.clone())),
    ])
}

fn proprietes(p: &Proprietes) -> J {
    J::Objet(p.iter().map(|(k, v)| (k.clone(), valeur(v))).collect())
}

fn valeur(v: &ValeurJson) -> J {
    match v {
        ValeurJson::Liste(l) => J::Liste(l.iter().map(valeur).collect()),
        ValeurJson::Texte(t) => J::Chaine(t.clone()),
        autre => J::Brut(autre.json()),
    }
}

impl J {
    fn ecrire(&self, out: &mut String, niveau: usize) {
        let retrait = |out: &mut String, n: usize| {
            out.push('\n');
            out.push_str(&"  ".repeat(n));
        };
        match self {
            J::Brut(t) => out.push_str(t),
            J::Chaine(s) => chaine(out, s),
            J::Liste(l) if l.is_empty() => out.push_str("[]"),
            J::Objet(o) if o.is_empty() => out.push_str("{}"),
            J::Liste(l) => {
                out.push('[');
                for (i, v) in l.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    retrait(out, niveau + 1);
                    v.ecrire(out, niveau + 1);
                }
                retrait(out, niveau);
                out.push(']');
            }
            J::Objet(o) => {
                out.push('{');
                for (i, (k, v)) in o.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    retrait(out, niveau + 1);
                    chaine(out, k);
                    out.push_str(": ");
                    v.ecrire(out, niveau + 1);
                }
                retrait(out, niveau);
                out.push('}');
            }
        }
    }
}
