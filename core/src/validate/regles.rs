//! Rules compiled once into a flat postfix program over member indices,
//! then run on each payload's tree with four small stacks (booleans,
//! numbers, dates, strings): no recursion, no lookup by name, no check
//! made again (a value that failed its own checks was taken out of the
//! tree by [`super::verification`]).
//!
//! The semantics are [`crate::rules::evaluer`]'s (WS02), which the
//! property tests of this module hold it to: a rule reading a field that
//! is not filled does not apply; otherwise every operand is evaluated,
//! and an undefined operand anywhere (a division by zero) makes the rule
//! not apply, so stopping at the first one changes no verdict.

use super::arbre::{Objet, Val};
use super::plan::{Membre, Plan};
use super::programme::{Acces, Niveau, Op, Regle, Table};
use crate::model;
use crate::rules::{
    ChampRef, Condition, LignesRef, Numerique, Operateur, Portee, TermeBooleen, TermeChaine,
    TermeDate, Verdict,
};
use sidoba::__private_v1::regle::{self, Nombre};
use sidoba::{CodeConstat, Constat, Date, Decimal};

/// Where a rule reads: the report, and the current row with its forme.
#[derive(Clone, Copy)]
struct Portees<'o> {
    racine: &'o Objet,
    ligne: Option<Ligne<'o>>,
}

/// A row and its forme.
type Ligne<'o> = (usize, &'o Objet);

/// A value as rules see it.
enum Vue<'o> {
    Nombre(Decimal),
    Date(Date),
    Chaine(&'o str),
    Codes(&'o [usize]),
    Booleen(bool),
}

/// The stacks of a run, kept from rule to rule.
#[derive(Default)]
pub(crate) struct Piles<'o> {
    b: Vec<bool>,
    n: Vec<Nombre>,
    d: Vec<Date>,
    s: Vec<&'o str>,
}

struct Compilateur<'p, 'm> {
    plan: &'p Plan<'m>,
    /// The forme of the current row (a row rule's).
    ligne: Option<usize>,
    regle: Regle,
}

impl Regle {
    /// Compiles rule `source` of the model, `r`.
    pub(crate) fn new(plan: &Plan<'_>, source: usize, r: &model::Regle) -> Regle {
        let t = &r.typee;
        let mut niveaux = Vec::new();
        let mut fi = Some(0);
        for bloc in &t.chemin {
            let membre = fi.and_then(|fi| plan.membre(fi, bloc));
            let forme = fi.and_then(|fi| match plan.formes[fi].membres.get(membre?)? {
                Membre::Lignes(fl) => Some(*fl),
                Membre::Champ(_) => None,
            });
            niveaux.push(Niveau {
                code: bloc.clone(),
                membre,
                forme,
            });
            fi = forme;
        }
        let mut c = Compilateur {
            plan,
            // A row rule with no table on its way (none typed) reads the
            // report as its row.
            ligne: r.bloc.as_ref().map(|_| fi.unwrap_or(usize::MAX)),
            regle: Regle {
                source,
                niveaux,
                lus: Vec::new(),
                programme: Vec::new(),
                nombres: Vec::new(),
                chaines: Vec::new(),
            },
        };
        c.regle.lus = t.lus.iter().map(|x| c.acces(x)).collect();
        c.condition(&t.condition);
        c.regle
    }
}

impl Compilateur<'_, '_> {
    fn acces(&self, c: &ChampRef) -> Acces {
        let fi = match c.portee {
            Portee::Racine => Some(0),
            Portee::Ligne => self.ligne,
        };
        Acces {
            portee: c.portee,
            membre: fi.and_then(|fi| self.plan.membre(fi, &c.code)),
        }
    }

    fn table(&self, l: &LignesRef) -> (Table, Option<usize>) {
        let acces = self.acces(&ChampRef {
            code: l.bloc.clone(),
            sorte: crate::rules::Sorte::Entier,
            portee: l.portee,
        });
        let fi = match l.portee {
            Portee::Racine => Some(0),
            Portee::Ligne => self.ligne,
        };
        let forme =
            fi.and_then(
                |fi| match self.plan.formes.get(fi)?.membres.get(acces.membre?)? {
                    Membre::Lignes(fl) => Some(*fl),
                    Membre::Champ(_) => None,
                },
            );
        (
            Table {
                acces,
                forme: forme.unwrap_or(usize::MAX),
            },
            forme,
        )
    }

    fn op(&mut self, op: Op) {
        self.regle.programme.push(op);
    }

    fn condition(&mut self, c: &Condition) {
        match c {
            Condition::Constante(b) => self.op(Op::Constante(*b)),
            Condition::Booleen(ch) => self.op(Op::Booleen(self.acces(ch))),
            Condition::Renseigne(ch) => self.op(Op::Renseigne(self.acces(ch))),
            Condition::Contient { champ, code, .. } => {
                let a = self.acces(champ);
                let fi = match champ.portee {
                    Portee::Racine => Some(0),
                    Portee::Ligne => self.ligne,
                };
                let index = self
                    .champ_de(fi, a)
                    .and_then(|k| self.plan.index_valeur(k, code));
                self.op(Op::Contient(a, index));
            }
            Condition::Non(x) => {
                self.condition(x);
                self.op(Op::Non);
            }
            Condition::Et(v) | Condition::Ou(v) => {
                v.iter().for_each(|x| self.condition(x));
                self.op(match c {
                    Condition::Et(_) => Op::Et(v.len()),
                    _ => Op::Ou(v.len()),
                });
            }
            Condition::Implique(a, b) => {
                self.condition(a);
                self.condition(b);
                self.op(Op::Implique);
            }
            Condition::Nombres { gauche, op, droite } => {
                self.numerique(gauche);
                self.numerique(droite);
                self.op(Op::Nombres(*op));
            }
            Condition::Dates { gauche, op, droite } => {
                self.date(gauche);
                self.date(droite);
                self.op(Op::Dates(*op));
            }
            Condition::Textes { gauche, op, droite }
            | Condition::Codes {
                gauche, op, droite, ..
            } => {
                self.chaine(gauche);
                self.chaine(droite);
                self.op(Op::Chaines(*op));
            }
            Condition::Booleens { gauche, op, droite } => {
                for t in [gauche, droite] {
                    match t {
                        TermeBooleen::Constante(b) => self.op(Op::Constante(*b)),
                        TermeBooleen::Champ(ch) => self.op(Op::Booleen(self.acces(ch))),
                    }
                }
                self.op(Op::Booleens(*op));
            }
        }
    }

    /// The field (in `Plan::champs`) of member `a` of forme `fi`.
    fn champ_de(&self, fi: Option<usize>, a: Acces) -> Option<usize> {
        match self.plan.formes.get(fi?)?.membres.get(a.membre?)? {
            Membre::Champ(k) => Some(*k),
            Membre::Lignes(_) => None,
        }
    }

    fn numerique(&mut self, n: &Numerique) {
        match n {
            Numerique::Constante(d) => {
                self.regle.nombres.push(Nombre::from(*d));
                self.op(Op::Nombre(self.regle.nombres.len() - 1));
            }
            Numerique::Champ(ch) => self.op(Op::NombreChamp(self.acces(ch))),
            Numerique::Somme { champ, lignes, .. } => {
                let (t, forme) = self.table(lignes);
                let membre = forme.and_then(|fl| self.plan.membre(fl, champ));
                self.op(Op::Somme(t, membre));
            }
            Numerique::Nombre(lignes) => {
                let (t, _) = self.table(lignes);
                self.op(Op::Lignes(t));
            }
            Numerique::Oppose(x) => {
                self.numerique(x);
                self.op(Op::Oppose);
            }
            Numerique::Operation { premier, suite } => {
                self.numerique(premier);
                for (op, x) in suite {
                    self.numerique(x);
                    self.op(Op::Calcul(*op));
                }
            }
        }
    }

    fn date(&mut self, t: &TermeDate) {
        match t {
            TermeDate::Constante(d) => self.op(Op::Date(*d)),
            TermeDate::Champ(ch) => self.op(Op::DateChamp(self.acces(ch))),
        }
    }

    fn chaine(&mut self, t: &TermeChaine) {
        match t {
            TermeChaine::Constante(s) => {
                self.regle.chaines.push(s.clone());
                self.op(Op::Chaine(self.regle.chaines.len() - 1));
            }
            TermeChaine::Champ(ch) => self.op(Op::ChaineChamp(self.acces(ch))),
        }
    }
}

impl<'m> Plan<'m> {
    /// Every rule in model order; a row rule on each of its rows, in
    /// payload order. A finding's path is built only when there is one.
    pub(crate) fn regles<'o>(&'o self, racine: &'o Objet, out: &mut Vec<Constat>) {
        let mut piles = Piles::default();
        for r in &self.regles {
            let Some(source) = self.modele.regles.get(r.source) else {
                continue;
            };
            let constat = |chemin: String| Constat {
                chemin,
                code: CodeConstat::Regle,
                regle: Some(source.code.clone()),
                severite: source.severite,
                message: source.message.clone(),
            };
            if source.bloc.is_none() {
                let p = Portees {
                    racine,
                    ligne: None,
                };
                if !self.evaluer(r, p, &mut piles).passe() {
                    out.push(constat(String::new()));
                }
                continue;
            }
            let mut pas = Vec::with_capacity(r.niveaux.len());
            self.rangees(r, 0, racine, &mut pas, &mut |ligne, pas| {
                let p = Portees {
                    racine,
                    ligne: Some(ligne),
                };
                if !self.evaluer(r, p, &mut piles).passe() {
                    let mut chemin = String::new();
                    for (niveau, i) in r.niveaux.iter().zip(pas) {
                        if !chemin.is_empty() {
                            chemin.push('.');
                        }
                        chemin.push_str(&format!("{}[{i}]", niveau.code));
                    }
                    out.push(constat(chemin));
                }
            });
        }
    }

    /// Calls `f` on each row of the last level of `r.niveaux` below
    /// object `o` (of forme `fi`, at level `pas.len()`), with the row
    /// indices on the way (`pas`).
    fn rangees<'o>(
        &self,
        r: &Regle,
        fi: usize,
        o: &'o Objet,
        pas: &mut Vec<usize>,
        f: &mut dyn FnMut(Ligne<'o>, &[usize]),
    ) {
        let Some(niveau) = r.niveaux.get(pas.len()) else {
            f((fi, o), pas);
            return;
        };
        let (Some(Some(Val::Lignes(lignes))), Some(fl)) =
            (niveau.membre.and_then(|m| o.valeurs.get(m)), niveau.forme)
        else {
            // An absent table has no rows.
            return;
        };
        for (i, l) in lignes.iter().enumerate() {
            pas.push(i);
            self.rangees(r, fl, l, pas, f);
            pas.pop();
        }
    }

    /// The value of a field, as rules see it.
    fn vue<'o>(&'o self, p: Portees<'o>, a: Acces) -> Option<Vue<'o>> {
        let (fi, o) = match a.portee {
            Portee::Racine => (0, p.racine),
            Portee::Ligne => p.ligne?,
        };
        let m = a.membre?;
        Some(match o.valeurs.get(m)?.as_ref()? {
            Val::Entier(x) => Vue::Nombre(Decimal::from(*x)),
            Val::Decimal(x) => Vue::Nombre(*x),
            Val::Texte(x) => Vue::Chaine(x),
            Val::Booleen(x) => Vue::Booleen(*x),
            Val::Date(x) => Vue::Date(*x),
            Val::Code(i) => match self.formes.get(fi)?.membres.get(m)? {
                Membre::Champ(k) => Vue::Chaine(self.code_valeur(*k, *i)?),
                Membre::Lignes(_) => return None,
            },
            Val::Codes(x) => Vue::Codes(x),
            Val::Lignes(_) => return None,
        })
    }

    /// The rows of a table, with their forme.
    fn lignes<'o>(&self, p: Portees<'o>, t: Table) -> &'o [Objet] {
        let o = match t.acces.portee {
            Portee::Racine => Some(p.racine),
            Portee::Ligne => p.ligne.map(|(_, o)| o),
        };
        match o.and_then(|o| o.valeurs.get(t.acces.membre?)?.as_ref()) {
            Some(Val::Lignes(l)) if t.forme != usize::MAX => l,
            _ => &[],
        }
    }

    fn evaluer<'o>(&'o self, r: &'o Regle, p: Portees<'o>, piles: &mut Piles<'o>) -> Verdict {
        if r.lus.iter().any(|a| self.vue(p, *a).is_none()) {
            return Verdict::NonApplicable;
        }
        piles.b.clear();
        piles.n.clear();
        piles.d.clear();
        piles.s.clear();
        match self.executer(r, p, piles) {
            Some(true) => Verdict::Respectee,
            Some(false) => Verdict::Violee,
            None => Verdict::NonApplicable,
        }
    }

    /// `None`: the rule does not apply (an undefined operand).
    fn executer<'o>(&'o self, r: &'o Regle, p: Portees<'o>, piles: &mut Piles<'o>) -> Option<bool> {
        let Piles { b, n, d, s } = piles;
        for op in &r.programme {
            sidoba::__private_v1::operations::compter();
            match *op {
                Op::Constante(x) => b.push(x),
                Op::Booleen(a) => match self.vue(p, a)? {
                    Vue::Booleen(x) => b.push(x),
                    _ => return None,
                },
                Op::Renseigne(a) => b.push(self.vue(p, a).is_some()),
                Op::Contient(a, code) => match self.vue(p, a)? {
                    Vue::Codes(x) => b.push(code.is_some_and(|c| x.contains(&c))),
                    _ => return None,
                },
                Op::Non => {
                    let x = b.pop()?;
                    b.push(!x);
                }
                Op::Et(k) | Op::Ou(k) => {
                    let debut = b.len().checked_sub(k)?;
                    let x = if matches!(op, Op::Et(_)) {
                        b[debut..].iter().all(|x| *x)
                    } else {
                        b[debut..].iter().any(|x| *x)
                    };
                    b.truncate(debut);
                    b.push(x);
                }
                Op::Implique => {
                    let (y, x) = (b.pop()?, b.pop()?);
                    b.push(!x || y);
                }
                Op::Nombres(c) => {
                    let (y, x) = (n.pop()?, n.pop()?);
                    b.push(c.accepte(x.cmp(&y)));
                }
                Op::Dates(c) => {
                    let (y, x) = (d.pop()?, d.pop()?);
                    b.push(c.accepte(x.cmp(&y)));
                }
                Op::Chaines(c) => {
                    let (y, x) = (s.pop()?, s.pop()?);
                    b.push(c.accepte(x.cmp(y)));
                }
                Op::Booleens(c) => {
                    let (y, x) = (b.pop()?, b.pop()?);
                    b.push(c.accepte(x.cmp(&y)));
                }
                Op::Nombre(i) => n.push(r.nombres.get(i)?.clone()),
                Op::NombreChamp(a) => match self.vue(p, a)? {
                    Vue::Nombre(x) => n.push(Nombre::from(x)),
                    _ => return None,
                },
                Op::Somme(t, membre) => {
                    let mut total = Nombre::from(Decimal::ZERO);
                    for l in self.lignes(p, t) {
                        let v = membre.and_then(|m| l.valeurs.get(m)?.as_ref());
                        let x = match v {
                            Some(Val::Entier(x)) => Decimal::from(*x),
                            Some(Val::Decimal(x)) => *x,
                            _ => continue,
                        };
                        total = regle::plus(total, x);
                    }
                    n.push(total);
                }
                Op::Lignes(t) => n.push(Nombre::from(self.lignes(p, t).len())),
                Op::Oppose => {
                    let x = n.pop()?;
                    n.push(regle::oppose(x));
                }
                Op::Calcul(o) => {
                    let (y, x) = (n.pop()?, n.pop()?);
                    n.push(match o {
                        Operateur::Plus => regle::plus(x, y),
                        Operateur::Moins => regle::moins(x, y),
                        Operateur::Fois => regle::fois(x, y),
                        Operateur::Divise => regle::divise(x, y)?,
                    });
                }
                Op::Date(x) => d.push(x),
                Op::DateChamp(a) => match self.vue(p, a)? {
                    Vue::Date(x) => d.push(x),
                    _ => return None,
                },
                Op::Chaine(i) => s.push(r.chaines.get(i)?),
                Op::ChaineChamp(a) => match self.vue(p, a)? {
                    Vue::Chaine(x) => s.push(x),
                    _ => return None,
                },
            }
        }
        b.pop()
    }
}
