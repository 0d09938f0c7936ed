//! The JSON report of the contract (`ancien`, `nouveau`, `resume`,
//! `ecarts`), written by hand so that numbers keep their exact text.

use crate::diff::{EnTete, Impact, Proprietes, Rapport, ValeurJson};
use crate::json_texte::Json as J;

/// The JSON report, pretty-printed with two-space indentation, keys in the
/// contract's order (properties of `avant`/`apres` in key order), ending
/// with a new line. `acquitte: true` is added to acknowledged entries only,
/// so that without `--ignore` the output has exactly the contract's shape.
pub fn json(r: &Rapport) -> String {
    let mut resume = Vec::new();
    for i in Impact::TOUS {
        resume.push((i.code(), J::Nombre(r.resume.compte(i).to_string())));
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
                o.push(("acquitte", J::Nombre("true".into())));
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
        ("ecarts".into(), J::Tableau(ecarts)),
    ]);
    let mut out = racine.joli();
    out.push('\n');
    out
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
        ValeurJson::Liste(l) => J::Tableau(l.iter().map(valeur).collect()),
        ValeurJson::Texte(t) => J::Chaine(t.clone()),
        autre => J::Nombre(autre.json()),
    }
}
