//! Rules interpreted over a payload read into the generic tree.

use super::Descripteurs;
use super::lecture::{Objet, Val};
use crate::rules::{ChampRef, Environnement, LignesRef, Portee, ValeurRegle, evaluer};
use sidoba::__private_v1::verif::pour_regles;
use sidoba::{CodeConstat, Constat, Decimal};

/// The report, positioned on a row for row rules.
struct Env<'d, 'o> {
    d: &'d Descripteurs<'d>,
    racine: &'o Objet,
    /// The row's forme (its index) and values, for a row rule.
    ligne: Option<(usize, &'o Objet)>,
}

impl<'d, 'o> Env<'d, 'o> {
    fn objet(&self, portee: Portee) -> Option<(usize, &'o Objet)> {
        match portee {
            Portee::Racine => Some((0, self.racine)),
            Portee::Ligne => self.ligne,
        }
    }

    /// Member `code` of forme `fi`.
    fn membre(&self, fi: usize, code: &str) -> Option<usize> {
        sidoba::__private_v1::lecture::Cles(self.d.cles.get(fi)?).index(code)
    }

    /// The value of member `code` of the object in scope.
    fn brut(&self, portee: Portee, code: &str) -> Option<&'o Val> {
        let (fi, o) = self.objet(portee)?;
        o.valeurs.get(self.membre(fi, code)?)?.as_ref()
    }

    fn lignes(&self, l: &LignesRef) -> Option<(usize, &'o [Objet])> {
        let (fi, o) = self.objet(l.portee)?;
        self.d.table(fi, o, &l.bloc)
    }
}

/// A value as rules see it: only if it passed its own field's checks.
fn vue<'o>(d: &'o Descripteurs<'o>, code: &str, v: &'o Val) -> Option<ValeurRegle<'o>> {
    let c = d.champs.get(code)?;
    Some(match v {
        Val::Entier(x) => ValeurRegle::Nombre(pour_regles::entier(c, Some(*x))?),
        Val::Decimal(x) => ValeurRegle::Nombre(pour_regles::decimal(c, Some(x))?),
        Val::Texte(x) => ValeurRegle::Texte(pour_regles::texte(c, Some(x))?),
        Val::Booleen(x) => ValeurRegle::Booleen(*x),
        Val::Date(x) => ValeurRegle::Date(pour_regles::date(c, Some(*x))?),
        Val::Code(i) => ValeurRegle::Code(pour_regles::code_index(c, Some(*i))?),
        Val::Codes(x) => {
            pour_regles::codes_index(c, Some(&x.index))?;
            ValeurRegle::Codes(x)
        }
        Val::Lignes(_) => return None,
    })
}

impl Environnement for Env<'_, '_> {
    fn valeur(&self, champ: &ChampRef) -> Option<ValeurRegle<'_>> {
        vue(self.d, &champ.code, self.brut(champ.portee, &champ.code)?)
    }

    fn nombre_lignes(&self, lignes: &LignesRef) -> usize {
        self.lignes(lignes).map_or(0, |(_, r)| r.len())
    }

    fn valeurs_lignes(&self, lignes: &LignesRef, champ: &str, f: &mut dyn FnMut(Decimal)) {
        let Some((fi, rangees)) = self.lignes(lignes) else {
            return;
        };
        let Some(i) = self.membre(fi, champ) else {
            return;
        };
        for r in rangees {
            if let Some(ValeurRegle::Nombre(x)) = r
                .valeurs
                .get(i)
                .and_then(Option::as_ref)
                .and_then(|v| vue(self.d, champ, v))
            {
                f(x);
            }
        }
    }
}

impl<'d> Descripteurs<'d> {
    /// Every rule in model order; row rules on each row in row order.
    pub fn regles(&'d self, racine: &Objet, out: &mut Vec<Constat>) {
        for r in &self.modele.regles {
            let t = &r.typee;
            let constat = |chemin: String| Constat {
                chemin,
                code: CodeConstat::Regle,
                regle: Some(r.code.clone()),
                severite: r.severite,
                message: r.message.clone(),
            };
            match &r.bloc {
                None => {
                    let env = Env {
                        d: self,
                        racine,
                        ligne: None,
                    };
                    if !evaluer(t, &env).passe() {
                        out.push(constat(String::new()));
                    }
                }
                Some(_) => {
                    for (chemin, forme, ligne) in self.rangees(racine, &t.chemin) {
                        let env = Env {
                            d: self,
                            racine,
                            ligne: Some((forme, ligne)),
                        };
                        if !evaluer(t, &env).passe() {
                            out.push(constat(chemin));
                        }
                    }
                }
            }
        }
    }

    /// The rows a row rule is checked on, with their paths and formes:
    /// those of the last block of `chemin` (its [`RegleTypee::chemin`]), in
    /// each row of the block before, and so on from the report down.
    ///
    /// [`RegleTypee::chemin`]: crate::rules::RegleTypee::chemin
    fn rangees<'o>(
        &'d self,
        racine: &'o Objet,
        chemin: &[String],
    ) -> Vec<(String, usize, &'o Objet)> {
        let mut niveau = vec![(String::new(), 0, racine)];
        for bloc in chemin {
            let mut suivant = Vec::new();
            for (prefixe, fi, o) in &niveau {
                // An absent table has no rows.
                let (fl, rangees) = self.table(*fi, o, bloc).unwrap_or((0, &[]));
                let point = if prefixe.is_empty() { "" } else { "." };
                suivant.extend(
                    rangees
                        .iter()
                        .enumerate()
                        .map(|(i, r)| (format!("{prefixe}{point}{bloc}[{i}]"), fl, r)),
                );
            }
            niveau = suivant;
        }
        niveau
    }

    /// The rows of table `bloc` in object `o` (of forme `fi`), with the
    /// rows' forme; `None` when absent.
    fn table<'o>(&self, fi: usize, o: &'o Objet, bloc: &str) -> Option<(usize, &'o [Objet])> {
        let i = sidoba::__private_v1::lecture::Cles(self.cles.get(fi)?).index(bloc)?;
        let Some(Val::Lignes(rangees)) = o.valeurs.get(i)?.as_ref() else {
            return None;
        };
        let (_, fl) = self.blocs.get(bloc)?;
        Some((*fl, rangees))
    }
}
