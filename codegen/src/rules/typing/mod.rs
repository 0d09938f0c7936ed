//! Type checking a rule against its model: syntax tree → [`RegleTypee`].
//!
//! Every fault of the expression is reported, not just the first: a
//! sub-expression in error yields nothing, and the nodes above it skip
//! their own checks rather than report a consequence of it.

use super::ast::{CodeValeur, Comparateur, Expr, Noeud, Operateur, Reference};
use super::erreur::{ErreurRegle, citer};
use super::parser::analyser;
use super::resolution::sorte;
use super::typee::*;
use crate::model::{Index, Modele, Regle};
use sidoba::__private_v1::proches::suggestion;
use std::collections::HashSet;

mod comparaison;
mod references;

/// Parses and type-checks `regle.expression` against `modele`. On failure,
/// every fault found, in the order of the expression (a syntax error stops
/// at the first one).
pub fn verifier<T, U>(
    modele: &Modele<T>,
    regle: &Regle<U>,
) -> Result<RegleTypee, Vec<ErreurRegle>> {
    verifier_avec(&Index::new(modele), regle)
}

/// Every rule of the model, indexing the model once (a model has a rule
/// for every few dozen fields: indexing per rule would be quadratic).
pub fn verifier_toutes<T>(modele: &Modele<T>) -> Vec<Result<RegleTypee, Vec<ErreurRegle>>> {
    let index = Index::new(modele);
    modele
        .regles
        .iter()
        .map(|r| verifier_avec(&index, r))
        .collect()
}

fn verifier_avec<U>(index: &Index<'_>, regle: &Regle<U>) -> Result<RegleTypee, Vec<ErreurRegle>> {
    let source = regle.expression.as_str();
    let (bloc, chemin) = match regle.bloc.as_deref() {
        None => (None, &[][..]),
        Some(code) => match index.blocs.get(code) {
            Some(info) if info.bloc.repetable => (Some(info.bloc.code.as_str()), &info.tables[..]),
            _ => {
                // Model checks name this fault at the rule's `bloc` key.
                return Err(vec![ErreurRegle::new(
                    0,
                    source.len(),
                    format!(
                        "la règle porte sur « {code} », qui n'est pas un bloc répétable du modèle"
                    ),
                )]);
            }
        },
    };
    let arbre = analyser(source).map_err(|e| vec![e])?;
    let mut v = Verif {
        index,
        source,
        bloc,
        erreurs: Vec::new(),
        lus: Vec::new(),
        vus: HashSet::new(),
    };
    let condition = v.condition(&arbre);
    let mut erreurs = v.erreurs;
    match condition {
        Some(condition) if erreurs.is_empty() => Ok(RegleTypee {
            code: regle.code.clone(),
            bloc: bloc.map(str::to_owned),
            chemin: chemin.iter().map(|&b| b.to_owned()).collect(),
            condition,
            lus: v.lus,
        }),
        _ => {
            if erreurs.is_empty() {
                erreurs.push(ErreurRegle::new(0, source.len(), "expression invalide"));
            }
            erreurs.sort_by_key(|e| (e.debut, e.fin));
            Err(erreurs)
        }
    }
}

/// The type of a sub-expression, before the context says what it must be.
enum Terme {
    Nombre(Numerique),
    Date(TermeDate),
    /// A CHAINE: text or code, depending on the other side.
    Chaine(String),
    Texte(ChampRef),
    Code(ChampRef, String),
    Codes(ChampRef),
    Booleen(TermeBooleen),
    Condition(Condition),
}

fn decrire(t: &Terme) -> &'static str {
    match t {
        Terme::Nombre(_) => "un nombre",
        Terme::Date(_) => "une date",
        Terme::Chaine(_) => "une chaîne",
        Terme::Texte(_) => "un texte",
        Terme::Code(..) => "un code",
        Terme::Codes(_) => "un code à choix multiples",
        Terme::Booleen(_) => "un booléen",
        Terme::Condition(_) => "une condition",
    }
}

fn decrire_sorte(s: &Sorte) -> &'static str {
    match s {
        Sorte::Entier => "un champ entier",
        Sorte::Decimal => "un champ décimal",
        Sorte::Texte => "un champ texte",
        Sorte::Booleen => "un champ booléen",
        Sorte::Date => "un champ date",
        Sorte::Code { .. } => "un champ code à choix unique",
        Sorte::Codes { .. } => "un champ code à choix multiples",
    }
}

struct Verif<'m, 'x> {
    index: &'x Index<'m>,
    source: &'x str,
    /// The rule's repeatable block.
    bloc: Option<&'m str>,
    erreurs: Vec<ErreurRegle>,
    lus: Vec<ChampRef>,
    vus: HashSet<String>,
}

impl Verif<'_, '_> {
    fn erreur(&mut self, debut: usize, fin: usize, message: String) {
        self.erreurs.push(ErreurRegle::new(debut, fin, message));
    }

    fn citer(&self, e: &Expr) -> String {
        citer(self.source.get(e.debut..e.fin).unwrap_or(""))
    }

    /// The message for a multiple code field used as a value.
    fn multiple(&mut self, e: &Expr, c: &ChampRef) {
        self.erreur(
            e.debut,
            e.fin,
            format!(
                "« {0} » est un champ code à choix multiples : il ne se lit que par contient({0}, 'CODE') ou \
                 renseigne({0})",
                c.code
            ),
        );
    }

    fn conditions(&mut self, v: &[Expr]) -> Option<Vec<Condition>> {
        // Every operand is checked, for all the faults. (A plain loop:
        // iterator adaptors would add stack frames at every level.)
        let mut out = Some(Vec::with_capacity(v.len()));
        for e in v {
            match self.condition(e) {
                Some(c) => {
                    if let Some(o) = &mut out {
                        o.push(c);
                    }
                }
                None => out = None,
            }
        }
        out
    }

    // `condition`, `terme`, `numerique` and `comparaison` recurse down the
    // tree: they stay small (debug builds give every local its own stack
    // slot) and leave the rest, errors included, to other functions.

    fn condition(&mut self, e: &Expr) -> Option<Condition> {
        sidoba::__private_v1::operations::compter();
        match &e.noeud {
            Noeud::Non(x) => self.condition(x).map(|c| Condition::Non(Box::new(c))),
            Noeud::Et(v) => self.conditions(v).map(Condition::Et),
            Noeud::Ou(v) => self.conditions(v).map(Condition::Ou),
            Noeud::Implique(a, b) => {
                let (a, b) = (self.condition(a), self.condition(b));
                Some(Condition::Implique(Box::new(a?), Box::new(b?)))
            }
            Noeud::Comparaison { gauche, op, droite } => self.comparaison(e, gauche, *op, droite),
            _ => self.condition_simple(e),
        }
    }

    /// `renseigne`, `contient`, or a term that must be a boolean.
    fn condition_simple(&mut self, e: &Expr) -> Option<Condition> {
        match &e.noeud {
            Noeud::Renseigne(r) => self.champ(r, false).map(Condition::Renseigne),
            Noeud::Contient(r, c) => self.contient(r, c),
            _ => match self.terme(e)? {
                Terme::Booleen(TermeBooleen::Constante(b)) => Some(Condition::Constante(b)),
                Terme::Booleen(TermeBooleen::Champ(c)) => Some(Condition::Booleen(c)),
                Terme::Condition(c) => Some(c),
                Terme::Codes(c) => {
                    self.multiple(e, &c);
                    None
                }
                autre => {
                    let m = format!(
                        "condition attendue : {} est {}",
                        self.citer(e),
                        decrire(&autre)
                    );
                    self.erreur(e.debut, e.fin, m);
                    None
                }
            },
        }
    }

    fn terme(&mut self, e: &Expr) -> Option<Terme> {
        sidoba::__private_v1::operations::compter();
        match &e.noeud {
            Noeud::Oppose(x) => {
                let n = self.numerique(x, "-")?;
                Some(Terme::Nombre(Numerique::Oppose(Box::new(n))))
            }
            Noeud::Additif { premier, suite } | Noeud::Multiplicatif { premier, suite } => {
                self.operation(premier, suite).map(Terme::Nombre)
            }
            Noeud::Non(_)
            | Noeud::Et(_)
            | Noeud::Ou(_)
            | Noeud::Implique(..)
            | Noeud::Comparaison { .. }
            | Noeud::Renseigne(_)
            | Noeud::Contient(..) => self.condition(e).map(Terme::Condition),
            _ => self.feuille(e),
        }
    }

    /// `premier op x op y …`: every operand numeric.
    fn operation(&mut self, premier: &Expr, suite: &[(Operateur, Expr)]) -> Option<Numerique> {
        let op = suite.first().map_or("+", |(op, _)| op.symbole());
        let premier = self.numerique(premier, op);
        let mut autres = Some(Vec::with_capacity(suite.len()));
        for (op, x) in suite {
            match self.numerique(x, op.symbole()) {
                Some(n) => {
                    if let Some(a) = &mut autres {
                        a.push((*op, n));
                    }
                }
                None => autres = None,
            }
        }
        Some(Numerique::Operation {
            premier: Box::new(premier?),
            suite: autres?,
        })
    }

    /// A literal, a reference, `somme(…)` or `nombre(…)`.
    fn feuille(&mut self, e: &Expr) -> Option<Terme> {
        Some(match &e.noeud {
            Noeud::Nombre(n) => Terme::Nombre(Numerique::Constante(*n)),
            Noeud::Chaine(s) => Terme::Chaine(s.clone()),
            Noeud::Booleen(b) => Terme::Booleen(TermeBooleen::Constante(*b)),
            Noeud::Date(d) => Terme::Date(TermeDate::Constante(*d)),
            Noeud::Reference(r) => {
                let c = self.champ(r, true)?;
                match &c.sorte {
                    Sorte::Entier | Sorte::Decimal => Terme::Nombre(Numerique::Champ(c)),
                    Sorte::Date => Terme::Date(TermeDate::Champ(c)),
                    Sorte::Texte => Terme::Texte(c),
                    Sorte::Booleen => Terme::Booleen(TermeBooleen::Champ(c)),
                    Sorte::Code { nomenclature } => {
                        let n = nomenclature.clone();
                        Terme::Code(c, n)
                    }
                    Sorte::Codes { .. } => Terme::Codes(c),
                }
            }
            Noeud::Somme(r) => Terme::Nombre(self.somme(r)?),
            Noeud::NombreDe(r) => Terme::Nombre(self.nombre(r)?),
            // Compound nodes are `terme`'s.
            _ => return self.terme(e),
        })
    }

    /// An operand of arithmetic operator `op`.
    fn numerique(&mut self, e: &Expr, op: &str) -> Option<Numerique> {
        match self.terme(e)? {
            Terme::Nombre(n) => Some(n),
            autre => {
                self.pas_un_nombre(e, op, autre);
                None
            }
        }
    }

    fn pas_un_nombre(&mut self, e: &Expr, op: &str, t: Terme) {
        if let Terme::Codes(c) = &t {
            return self.multiple(e, c);
        }
        let m = format!(
            "« {op} » s'applique à des nombres : {} est {}",
            self.citer(e),
            decrire(&t)
        );
        self.erreur(e.debut, e.fin, m);
    }
}

#[cfg(test)]
mod tests;
