//! Type checking a rule against its model: syntax tree → [`RegleTypee`].
//!
//! Every fault of the expression is reported, not just the first: a
//! sub-expression in error yields nothing, and the nodes above it skip
//! their own checks rather than report a consequence of it.

use super::ast::{CodeValeur, Comparateur, Expr, Noeud, Operateur, Reference};
use super::erreur::{ErreurRegle, citer};
use super::parser::analyser;
use super::resolution::{Index, sorte};
use super::typee::*;
use crate::model::{Modele, Regle};
use sidoba::__private::proches::suggestion;
use std::collections::HashSet;

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
            Some(info) if info.bloc.repetable => (Some(info.bloc.code.as_str()), &info.chemin[..]),
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

    fn comparaison(&mut self, e: &Expr, g: &Expr, op: Comparateur, d: &Expr) -> Option<Condition> {
        let (tg, td) = (self.terme(g), self.terme(d));
        self.comparer(e, g, op, d, tg?, td?)
    }

    /// The comparison of two typed sides.
    fn comparer(
        &mut self,
        e: &Expr,
        g: &Expr,
        op: Comparateur,
        d: &Expr,
        tg: Terme,
        td: Terme,
    ) -> Option<Condition> {
        let egalite = |v: &mut Self, pluriel: &str| {
            if !op.est_egalite() {
                let m = format!(
                    "« {} » ne s'applique pas à {pluriel} : seuls = et != les comparent",
                    op.symbole()
                );
                v.erreur(e.debut, e.fin, m);
            }
            op.est_egalite()
        };
        match (tg, td) {
            (Terme::Nombre(gauche), Terme::Nombre(droite)) => {
                Some(Condition::Nombres { gauche, op, droite })
            }
            (Terme::Date(gauche), Terme::Date(droite)) => {
                Some(Condition::Dates { gauche, op, droite })
            }
            (Terme::Booleen(gauche), Terme::Booleen(droite)) => {
                egalite(self, "des booléens").then_some(Condition::Booleens { gauche, op, droite })
            }
            (Terme::Texte(a), Terme::Texte(b)) => {
                egalite(self, "des textes").then_some(Condition::Textes {
                    gauche: TermeChaine::Champ(a),
                    op,
                    droite: TermeChaine::Champ(b),
                })
            }
            (Terme::Texte(a), Terme::Chaine(s)) => {
                egalite(self, "des textes").then_some(Condition::Textes {
                    gauche: TermeChaine::Champ(a),
                    op,
                    droite: TermeChaine::Constante(s),
                })
            }
            (Terme::Chaine(s), Terme::Texte(a)) => {
                egalite(self, "des textes").then_some(Condition::Textes {
                    gauche: TermeChaine::Constante(s),
                    op,
                    droite: TermeChaine::Champ(a),
                })
            }
            (Terme::Code(a, na), Terme::Code(b, nb)) => {
                let ok = egalite(self, "des codes");
                if na != nb {
                    let m = format!(
                        "{} (nomenclature « {na} ») et {} (nomenclature « {nb} ») ne se comparent pas : \
                         nomenclatures différentes",
                        self.citer(g),
                        self.citer(d)
                    );
                    self.erreur(e.debut, e.fin, m);
                    return None;
                }
                ok.then_some(Condition::Codes {
                    nomenclature: na,
                    gauche: TermeChaine::Champ(a),
                    op,
                    droite: TermeChaine::Champ(b),
                })
            }
            (Terme::Code(a, n), Terme::Chaine(s)) => {
                let ok = egalite(self, "des codes");
                let connu = self.code_connu(&n, &s, d);
                (ok && connu).then_some(Condition::Codes {
                    nomenclature: n,
                    gauche: TermeChaine::Champ(a),
                    op,
                    droite: TermeChaine::Constante(s),
                })
            }
            (Terme::Chaine(s), Terme::Code(a, n)) => {
                let ok = egalite(self, "des codes");
                let connu = self.code_connu(&n, &s, g);
                (ok && connu).then_some(Condition::Codes {
                    nomenclature: n,
                    gauche: TermeChaine::Constante(s),
                    op,
                    droite: TermeChaine::Champ(a),
                })
            }
            (tg, td) => {
                for (t, x) in [(&tg, g), (&td, d)] {
                    if let Terme::Codes(c) = t {
                        self.multiple(x, c);
                        return None;
                    }
                }
                let m = match (&tg, &td) {
                    (Terme::Condition(_), _) | (_, Terme::Condition(_)) => format!(
                        "une condition ne se compare pas par « {} » : les conditions se combinent par et, ou, \
                         non, =>",
                        op.symbole()
                    ),
                    (Terme::Chaine(_), Terme::Chaine(_)) => {
                        "deux chaînes ne se comparent pas entre elles : l'un des côtés doit être un champ texte ou \
                         code"
                            .to_owned()
                    }
                    _ => {
                        let mut m = format!(
                            "types incompatibles : {} est {}, {} est {}",
                            self.citer(g),
                            decrire(&tg),
                            self.citer(d),
                            decrire(&td)
                        );
                        let date_en_chaine = |t: &Terme| matches!(t, Terme::Chaine(s) if s.parse::<sidoba::Date>().is_ok());
                        if date_en_chaine(&tg) || date_en_chaine(&td) {
                            m.push_str(" (une date s'écrit d'AAAA-MM-JJ')");
                        }
                        m
                    }
                };
                self.erreur(e.debut, e.fin, m);
                None
            }
        }
    }

    /// Whether `code` is a value code of `nomenclature`; reports it if not.
    fn code_connu(&mut self, nomenclature: &str, code: &str, ou: &Expr) -> bool {
        self.code_dans(nomenclature, code, ou.debut, ou.fin)
    }

    fn code_dans(&mut self, nomenclature: &str, code: &str, debut: usize, fin: usize) -> bool {
        // A missing nomenclature is reported by model checks.
        let Some(valeurs) = self.index.valeurs(nomenclature) else {
            return true;
        };
        if valeurs.contains(&code) {
            return true;
        }
        let m = format!(
            "« {code} » n'est pas un code de la nomenclature « {nomenclature} »{}",
            suggestion(code, valeurs.iter().copied())
        );
        self.erreur(debut, fin, m);
        false
    }

    /// A field read as a value (`lu`: outside `renseigne`), with the row
    /// rules: a field of the rule's block is the current row's; a field
    /// outside any repeatable block is the top-level value; any other
    /// field has no single value here.
    fn champ(&mut self, r: &Reference, lu: bool) -> Option<ChampRef> {
        let index = self.index;
        let Some(info) = index.champs.get(r.code.as_str()) else {
            self.inconnu(r);
            return None;
        };
        let portee = match (info.ligne, self.bloc) {
            (None, _) => Portee::Racine,
            (Some(l), Some(b)) if l == b => Portee::Ligne,
            (Some(l), Some(b)) => {
                let m = format!(
                    "« {} » est un champ du bloc répétable « {l} » (une valeur par ligne) et la règle porte sur les \
                     lignes de « {b} » : il ne se lit que dans somme(…)",
                    r.code
                );
                self.erreur(r.debut, r.fin, m);
                return None;
            }
            (Some(l), None) => {
                let m = format!(
                    "« {} » est un champ du bloc répétable « {l} » (une valeur par ligne) : hors d'une règle portant \
                     sur ce bloc (« bloc » : « {l} »), il ne se lit que dans somme(…)",
                    r.code
                );
                self.erreur(r.debut, r.fin, m);
                return None;
            }
        };
        let c = ChampRef {
            code: info.champ.code.clone(),
            sorte: sorte(&info.champ.type_),
            portee,
        };
        if lu && self.vus.insert(c.code.clone()) {
            self.lus.push(c.clone());
        }
        Some(c)
    }

    fn inconnu(&mut self, r: &Reference) {
        let index = self.index;
        let m = match index.blocs.get(r.code.as_str()) {
            Some(b) if b.bloc.repetable => {
                format!(
                    "« {0} » est un bloc, pas un champ : nombre({0}) compte ses lignes",
                    r.code
                )
            }
            Some(_) => format!(
                "« {} » est un bloc, pas un champ : une règle lit des champs",
                r.code
            ),
            None => format!(
                "champ inconnu « {} »{}",
                r.code,
                suggestion(&r.code, index.codes_champs.iter().copied())
            ),
        };
        self.erreur(r.debut, r.fin, m);
    }

    /// `somme(f)`: `f` numeric, in a repeatable block that is not the
    /// rule's own (where `f` is the current row's value, so a sum over
    /// its rows would be ambiguous).
    fn somme(&mut self, r: &Reference) -> Option<Numerique> {
        let index = self.index;
        let Some(info) = index.champs.get(r.code.as_str()) else {
            if index.blocs.contains_key(r.code.as_str()) {
                let m = format!(
                    "somme(…) totalise un champ : « {0} » est un bloc (nombre({0}) compte ses lignes)",
                    r.code
                );
                self.erreur(r.debut, r.fin, m);
            } else {
                self.inconnu(r);
            }
            return None;
        };
        let s = sorte(&info.champ.type_);
        if !s.est_numerique() {
            let m = format!(
                "somme(…) totalise un champ entier ou décimal : « {} » est {}",
                r.code,
                decrire_sorte(&s)
            );
            self.erreur(r.debut, r.fin, m);
            return None;
        }
        let Some(table) = info.ligne else {
            let m = format!(
                "somme(…) totalise un champ de bloc répétable : « {0} » a une seule valeur (écrire {0})",
                r.code
            );
            self.erreur(r.debut, r.fin, m);
            return None;
        };
        if Some(table) == self.bloc {
            let m = format!(
                "somme({0}) dans une règle sur les lignes de « {table} » : « {0} » y est la valeur de la ligne \
                 courante, une somme sur les lignes de son propre bloc est ambiguë",
                r.code
            );
            self.erreur(r.debut, r.fin, m);
            return None;
        }
        let lignes = self.lignes(table, r)?;
        Some(Numerique::Somme {
            champ: info.champ.code.clone(),
            sorte: s,
            lignes,
        })
    }

    /// `nombre(b)`: `b` a repeatable block.
    fn nombre(&mut self, r: &Reference) -> Option<Numerique> {
        let index = self.index;
        let m = match index.blocs.get(r.code.as_str()) {
            Some(b) if b.bloc.repetable => {
                return self.lignes(&b.bloc.code, r).map(Numerique::Nombre);
            }
            Some(_) => format!(
                "nombre(…) compte les lignes d'un bloc répétable : « {} » ne l'est pas",
                r.code
            ),
            None if index.champs.contains_key(r.code.as_str()) => {
                format!(
                    "nombre(…) compte les lignes d'un bloc répétable : « {} » est un champ",
                    r.code
                )
            }
            None => format!(
                "bloc répétable inconnu « {} »{}",
                r.code,
                suggestion(&r.code, index.codes_tables.iter().copied())
            ),
        };
        self.erreur(r.debut, r.fin, m);
        None
    }

    /// The rows of table `table` as seen from the rule: a table at top
    /// level (all its rows) or a table nested in the current row.
    fn lignes(&mut self, table: &str, r: &Reference) -> Option<LignesRef> {
        let parente = self.index.blocs.get(table).and_then(|i| i.ligne_parente);
        let portee = match (parente, self.bloc) {
            (None, _) => Portee::Racine,
            (Some(p), Some(b)) if p == b => Portee::Ligne,
            (Some(p), _) => {
                let m = format!(
                    "le bloc répétable « {table} » est imbriqué dans le bloc répétable « {p} » : somme(…) et \
                     nombre(…) ne portent que sur un bloc répétable de premier niveau ou imbriqué dans la ligne \
                     courante de la règle"
                );
                self.erreur(r.debut, r.fin, m);
                return None;
            }
        };
        Some(LignesRef {
            bloc: table.to_owned(),
            portee,
        })
    }

    /// `contient(f, 'CODE')`: `f` a multiple code field, `CODE` a value of
    /// its nomenclature.
    fn contient(&mut self, r: &Reference, c: &CodeValeur) -> Option<Condition> {
        let champ = self.champ(r, true)?;
        let Sorte::Codes { nomenclature } = &champ.sorte else {
            let mut m = format!(
                "contient(…) porte sur un champ code à choix multiples : « {} » est {}",
                r.code,
                decrire_sorte(&champ.sorte)
            );
            if matches!(champ.sorte, Sorte::Code { .. }) {
                m.push_str(&format!(" (écrire {} = '{}')", r.code, c.code));
            }
            self.erreur(r.debut, r.fin, m);
            return None;
        };
        let n = nomenclature.clone();
        self.code_dans(&n, &c.code, c.debut, c.fin)
            .then(|| Condition::Contient {
                champ,
                nomenclature: n,
                code: c.code.clone(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::super::essai::{modele, regle};
    use super::*;
    use crate::model::{Source, charger};

    fn ok(expression: &str, bloc: Option<&str>) -> RegleTypee {
        let m = modele();
        match verifier(&m, &regle(expression, bloc)) {
            Ok(t) => t,
            Err(e) => panic!(
                "{expression}: {}",
                e.iter()
                    .map(|e| e.rendre(expression))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        }
    }

    fn erreurs(expression: &str, bloc: Option<&str>) -> Vec<(usize, usize, String)> {
        let m = modele();
        match verifier(&m, &regle(expression, bloc)) {
            Ok(t) => panic!("{expression}: accepted as {t:?}"),
            Err(e) => e.into_iter().map(|e| (e.debut, e.fin, e.message)).collect(),
        }
    }

    /// The only fault's message.
    fn faute(expression: &str, bloc: Option<&str>) -> String {
        let e = erreurs(expression, bloc);
        assert_eq!(e.len(), 1, "{expression}: {e:?}");
        e[0].2.clone()
    }

    fn champ(code: &str, sorte: Sorte, portee: Portee) -> ChampRef {
        ChampRef {
            code: code.into(),
            sorte,
            portee,
        }
    }

    fn codes(lus: &[ChampRef]) -> Vec<(&str, Portee)> {
        lus.iter().map(|c| (c.code.as_str(), c.portee)).collect()
    }

    #[test]
    fn numbers_compare_and_compute() {
        let t = ok("nb_residents <= nb_places + 2 * `nombre-de-lits`", None);
        assert_eq!(t.code, "R");
        assert_eq!(t.bloc, None);
        let Condition::Nombres {
            gauche,
            op: Comparateur::InferieurOuEgal,
            droite,
        } = &t.condition
        else {
            panic!("{t:?}")
        };
        assert_eq!(
            *gauche,
            Numerique::Champ(champ("nb_residents", Sorte::Entier, Portee::Racine))
        );
        let Numerique::Operation { premier, suite } = droite else {
            panic!()
        };
        assert_eq!(
            **premier,
            Numerique::Champ(champ("nb_places", Sorte::Entier, Portee::Racine))
        );
        assert!(matches!(
            &suite[..],
            [(Operateur::Plus, Numerique::Operation { .. })]
        ));
        assert_eq!(
            codes(&t.lus),
            [
                ("nb_residents", Portee::Racine),
                ("nb_places", Portee::Racine),
                ("nombre-de-lits", Portee::Racine)
            ]
        );
        // Decimal and entier mix; a keyword code in backticks.
        let t = ok("gmp / `somme` >= -1.5", None);
        assert_eq!(
            codes(&t.lus),
            [("gmp", Portee::Racine), ("somme", Portee::Racine)]
        );
        assert_eq!(t.lus[0].sorte, Sorte::Decimal);
        ok("1 = 1", None);
    }

    #[test]
    fn texts_codes_booleans_dates() {
        let t = ok(
            "statut = 'PUB' ou 'PCO' = statut ou statut != statut_bis",
            None,
        );
        let Condition::Ou(v) = &t.condition else {
            panic!()
        };
        assert_eq!(
            v[0],
            Condition::Codes {
                nomenclature: "statut_juridique".into(),
                gauche: TermeChaine::Champ(champ(
                    "statut",
                    Sorte::Code {
                        nomenclature: "statut_juridique".into()
                    },
                    Portee::Racine
                )),
                op: Comparateur::Egal,
                droite: TermeChaine::Constante("PUB".into()),
            }
        );
        assert!(
            matches!(&v[1], Condition::Codes { gauche: TermeChaine::Constante(c), .. } if c == "PCO")
        );
        assert_eq!(
            codes(&t.lus),
            [("statut", Portee::Racine), ("statut_bis", Portee::Racine)]
        );
        let t = ok("nom = 'x y' et nom != nom_bis", None);
        assert!(
            matches!(&t.condition, Condition::Et(v) if matches!(v[0], Condition::Textes { .. }))
        );
        let t = ok("pasa = vrai et uhr != pasa et faux != pasa", None);
        assert!(
            matches!(&t.condition, Condition::Et(v) if v.iter().all(|c| matches!(c, Condition::Booleens { .. })))
        );
        // A boolean field, vrai or faux is a condition by itself.
        let t = ok("pasa => non uhr ou vrai", None);
        let Condition::Implique(a, b) = &t.condition else {
            panic!()
        };
        assert_eq!(
            **a,
            Condition::Booleen(champ("pasa", Sorte::Booleen, Portee::Racine))
        );
        assert!(matches!(&**b, Condition::Ou(v) if v[1] == Condition::Constante(true)));
        let t = ok(
            "date_signature >= date_avis et date_avis < d'2025-01-01'",
            None,
        );
        assert!(
            matches!(&t.condition, Condition::Et(v) if matches!(&v[1], Condition::Dates { droite: TermeDate::Constante(_), .. }))
        );
    }

    #[test]
    fn functions() {
        let t = ok("contient(actions, 'VACC_GRIPPE') => nb_places > 0", None);
        assert_eq!(
            codes(&t.lus),
            [("actions", Portee::Racine), ("nb_places", Portee::Racine)]
        );
        // renseigne, somme, nombre do not read their argument as a value.
        let t = ok(
            "renseigne(gmp) et renseigne(actions) et somme(etp) > nombre(effectifs)",
            None,
        );
        assert!(t.lus.is_empty(), "{:?}", t.lus);
        let Condition::Et(v) = &t.condition else {
            panic!()
        };
        assert_eq!(
            v[2],
            Condition::Nombres {
                gauche: Numerique::Somme {
                    champ: "etp".into(),
                    sorte: Sorte::Decimal,
                    lignes: LignesRef {
                        bloc: "effectifs".into(),
                        portee: Portee::Racine
                    }
                },
                op: Comparateur::Superieur,
                droite: Numerique::Nombre(LignesRef {
                    bloc: "effectifs".into(),
                    portee: Portee::Racine
                }),
            }
        );
        // A field read twice is listed once.
        let t = ok("renseigne(gmp) et gmp > 1 et gmp < 2", None);
        assert_eq!(codes(&t.lus), [("gmp", Portee::Racine)]);
        // A top-level table inside a non-repeatable block.
        ok("somme(participants) >= nombre(seances)", None);
    }

    #[test]
    fn row_rules() {
        let t = ok(
            "etp > 0 et etp_vacants >= 0 et categorie = 'IDE' et nb_places > 0",
            Some("effectifs"),
        );
        assert_eq!(t.bloc.as_deref(), Some("effectifs"));
        assert_eq!(
            codes(&t.lus),
            [
                ("etp", Portee::Ligne),
                ("etp_vacants", Portee::Ligne),
                ("categorie", Portee::Ligne),
                ("nb_places", Portee::Racine)
            ]
        );
        // A table nested in the current row: its rows in this row.
        let t = ok(
            "somme(heures) <= etp * 1000 et nombre(formations) >= 0 et nombre(effectifs) > 0",
            Some("effectifs"),
        );
        let Condition::Et(v) = &t.condition else {
            panic!()
        };
        let Condition::Nombres {
            gauche: Numerique::Somme { lignes, .. },
            ..
        } = &v[0]
        else {
            panic!()
        };
        assert_eq!(
            *lignes,
            LignesRef {
                bloc: "formations".into(),
                portee: Portee::Ligne
            }
        );
        let Condition::Nombres {
            gauche: Numerique::Nombre(l),
            ..
        } = &v[2]
        else {
            panic!()
        };
        assert_eq!(
            *l,
            LignesRef {
                bloc: "effectifs".into(),
                portee: Portee::Racine
            }
        );
        // Another top-level table from a row rule.
        ok("somme(nb_had) >= nb_personnes", Some("effectifs"));
        let t = ok("somme(duree) <= participants * 10", Some("seances"));
        assert!(
            matches!(&t.condition, Condition::Nombres { gauche: Numerique::Somme { lignes, .. }, .. }
            if lignes.portee == Portee::Ligne && lignes.bloc == "intervenants")
        );
        // Rules on a nested table.
        let t = ok("duree > 0 et nb_places > 0", Some("intervenants"));
        assert_eq!(
            codes(&t.lus),
            [("duree", Portee::Ligne), ("nb_places", Portee::Racine)]
        );
        // The rows it is checked on: those of each séance.
        assert_eq!(t.chemin, ["seances", "intervenants"]);
        assert_eq!(ok("etp > 0", Some("effectifs")).chemin, ["effectifs"]);
        assert!(ok("nb_places > 0", None).chemin.is_empty());
    }

    /// A checked model's rules are typed: the type says so, no `Option`.
    #[test]
    fn a_checked_model_holds_typed_rules() {
        let texte = super::super::essai::MODELE
            .trim_end()
            .trim_end_matches('}')
            .to_owned()
            + r#", "regles": [ { "code": "R1", "message": "m", "severite": "bloquante",
                                "expression": "duree > 0", "bloc": "intervenants" } ] }"#;
        let source =
            Source::depuis_octets("r.json", texte.into_bytes()).unwrap_or_else(|d| panic!("{d}"));
        let (m, _) = charger(&source, true).unwrap_or_else(|d| panic!("{d:?}"));
        let t: &RegleTypee = &m.regles[0].typee;
        assert_eq!(t.code, "R1");
        assert_eq!(t.chemin, ["seances", "intervenants"]);
    }

    #[test]
    fn unknown_names() {
        assert_eq!(
            erreurs("nb_residant > 0", None),
            [(
                0,
                11,
                "champ inconnu « nb_residant » (codes proches : « nb_residents »)".to_owned()
            )]
        );
        assert_eq!(faute("zzz > 0", None), "champ inconnu « zzz »");
        assert_eq!(
            faute("effectifs > 0", None),
            "« effectifs » est un bloc, pas un champ : nombre(effectifs) compte ses lignes"
        );
        assert_eq!(
            faute("etablissement = 1", None),
            "« etablissement » est un bloc, pas un champ : une règle lit des champs"
        );
        assert_eq!(
            faute("renseigne(effectifs)", None),
            "« effectifs » est un bloc, pas un champ : nombre(effectifs) compte ses lignes"
        );
        // Codes are case-sensitive.
        assert!(
            faute("NB_PLACES > 0", None)
                .starts_with("champ inconnu « NB_PLACES » (codes proches : « nb_places »")
        );
    }

    #[test]
    fn rows_out_of_reach() {
        assert_eq!(
            erreurs("etp > 0", None),
            [(
                0,
                3,
                "« etp » est un champ du bloc répétable « effectifs » (une valeur par ligne) : hors d'une règle portant \
                 sur ce bloc (« bloc » : « effectifs »), il ne se lit que dans somme(…)"
                    .to_owned()
            )]
        );
        assert_eq!(
            faute("etp > 0", Some("conventions")),
            "« etp » est un champ du bloc répétable « effectifs » (une valeur par ligne) et la règle porte sur les \
             lignes de « conventions » : il ne se lit que dans somme(…)"
        );
        assert!(
            faute("renseigne(etp)", None).starts_with("« etp » est un champ du bloc répétable")
        );
        // A nested table's field is not the current row's value.
        assert!(faute("heures > 0", Some("effectifs")).contains("bloc répétable « formations »"));
        // The enclosing table's field is not reachable from a nested table's rows.
        assert!(
            faute("participants > 0", Some("intervenants")).contains("bloc répétable « seances »")
        );
    }

    #[test]
    fn type_mismatches() {
        assert_eq!(
            erreurs("nb_places + date_avis > 0", None),
            [(
                12,
                21,
                "« + » s'applique à des nombres : « date_avis » est une date".to_owned()
            )]
        );
        assert_eq!(
            faute("-nom = 'x'", None),
            "« - » s'applique à des nombres : « nom » est un texte"
        );
        assert_eq!(
            faute("2 * pasa > 1", None),
            "« * » s'applique à des nombres : « pasa » est un booléen"
        );
        assert_eq!(
            faute("(nb_places > 1) / 2 > 1", None),
            "« / » s'applique à des nombres : « (nb_places > 1) » est une condition"
        );
        assert_eq!(
            erreurs("nb_places = date_avis", None),
            [(
                0,
                21,
                "types incompatibles : « nb_places » est un nombre, « date_avis » est une date"
                    .to_owned()
            )]
        );
        assert_eq!(
            faute("date_avis = '2025-01-01'", None),
            "types incompatibles : « date_avis » est une date, « '2025-01-01' » est une chaîne (une date s'écrit \
             d'AAAA-MM-JJ')"
        );
        assert_eq!(
            faute("nom = statut", None),
            "types incompatibles : « nom » est un texte, « statut » est un code"
        );
        assert_eq!(
            faute("pasa = 1", None),
            "types incompatibles : « pasa » est un booléen, « 1 » est un nombre"
        );
        assert_eq!(
            faute("nb_places = 'PUB'", None),
            "types incompatibles : « nb_places » est un nombre, « 'PUB' » est une chaîne"
        );
        assert_eq!(
            faute("'a' = 'b'", None),
            "deux chaînes ne se comparent pas entre elles : l'un des côtés doit être un champ texte ou code"
        );
        assert_eq!(
            faute("(nb_places > 1) = vrai", None),
            "une condition ne se compare pas par « = » : les conditions se combinent par et, ou, non, =>"
        );
    }

    #[test]
    fn equality_only_kinds() {
        assert_eq!(
            erreurs("nom < 'x'", None),
            [(
                0,
                9,
                "« < » ne s'applique pas à des textes : seuls = et != les comparent".to_owned()
            )]
        );
        assert_eq!(
            faute("statut >= 'PUB'", None),
            "« >= » ne s'applique pas à des codes : seuls = et != les comparent"
        );
        assert_eq!(
            faute("pasa > faux", None),
            "« > » ne s'applique pas à des booléens : seuls = et != les comparent"
        );
        // Both faults of `statut < 'PUBLIC'`.
        assert_eq!(erreurs("statut < 'PUBLIC'", None).len(), 2);
    }

    #[test]
    fn codes_must_exist() {
        assert_eq!(
            erreurs("statut = 'PUBLIC'", None),
            [(
                9,
                17,
                "« PUBLIC » n'est pas un code de la nomenclature « statut_juridique » (codes proches : « PUB »)"
                    .to_owned()
            )]
        );
        assert!(
            faute("'pub' != statut", None)
                .starts_with("« pub » n'est pas un code de la nomenclature « statut_juridique »")
        );
        assert_eq!(
            faute("statut = autre_code", None),
            "« statut » (nomenclature « statut_juridique ») et « autre_code » (nomenclature « autre ») ne se comparent \
             pas : nomenclatures différentes"
        );
    }

    #[test]
    fn multiple_codes_only_in_contient_and_renseigne() {
        let m = "« actions » est un champ code à choix multiples : il ne se lit que par contient(actions, 'CODE') ou \
                 renseigne(actions)";
        assert_eq!(
            erreurs("actions = 'PLAN_BLEU'", None),
            [(0, 7, m.to_owned())]
        );
        assert_eq!(faute("actions", None), m);
        assert_eq!(faute("actions + 1 > 0", None), m);
        assert_eq!(faute("pasa et actions", None), m);
        ok("renseigne(actions) et contient(actions, 'PLAN_BLEU')", None);
        assert_eq!(
            erreurs("contient(actions, 'VACC')", None),
            [(18, 24, "« VACC » n'est pas un code de la nomenclature « actions » (codes proches : « VACC_GRIPPE »)".to_owned())]
        );
        assert_eq!(
            faute("contient(statut, 'PUB')", None),
            "contient(…) porte sur un champ code à choix multiples : « statut » est un champ code à choix unique \
             (écrire statut = 'PUB')"
        );
        assert_eq!(
            faute("contient(nb_places, 'X')", None),
            "contient(…) porte sur un champ code à choix multiples : « nb_places » est un champ entier"
        );
    }

    #[test]
    fn somme_and_nombre() {
        assert_eq!(
            erreurs("somme(libelle_poste) > 0", None),
            [(6, 19, "somme(…) totalise un champ entier ou décimal : « libelle_poste » est un champ texte".to_owned())]
        );
        assert_eq!(
            faute("somme(nb_places) > 0", None),
            "somme(…) totalise un champ de bloc répétable : « nb_places » a une seule valeur (écrire nb_places)"
        );
        assert_eq!(
            faute("somme(etp) > 0", Some("effectifs")),
            "somme(etp) dans une règle sur les lignes de « effectifs » : « etp » y est la valeur de la ligne courante, \
             une somme sur les lignes de son propre bloc est ambiguë"
        );
        assert_eq!(
            faute("somme(effectifs) > 0", None),
            "somme(…) totalise un champ : « effectifs » est un bloc (nombre(effectifs) compte ses lignes)"
        );
        assert!(
            faute("somme(etpp) > 0", None)
                .starts_with("champ inconnu « etpp » (codes proches : « etp »")
        );
        let imbrique = "le bloc répétable « intervenants » est imbriqué dans le bloc répétable « seances » : somme(…) \
                        et nombre(…) ne portent que sur un bloc répétable de premier niveau ou imbriqué dans la ligne \
                        courante de la règle";
        assert_eq!(faute("somme(duree) > 0", None), imbrique);
        assert_eq!(faute("nombre(intervenants) > 0", None), imbrique);
        assert_eq!(
            faute("nombre(intervenants) > 0", Some("effectifs")),
            imbrique
        );
        assert!(
            faute("nombre(formations) > 0", Some("conventions"))
                .contains("« formations » est imbriqué")
        );
        assert_eq!(
            faute("nombre(etablissement) > 0", None),
            "nombre(…) compte les lignes d'un bloc répétable : « etablissement » ne l'est pas"
        );
        assert_eq!(
            faute("nombre(etp) > 0", None),
            "nombre(…) compte les lignes d'un bloc répétable : « etp » est un champ"
        );
        assert_eq!(
            faute("nombre(effectif) > 0", None),
            "bloc répétable inconnu « effectif » (codes proches : « effectifs »)"
        );
    }

    #[test]
    fn the_whole_must_be_a_condition() {
        assert_eq!(
            erreurs("nb_places", None),
            [(
                0,
                9,
                "condition attendue : « nb_places » est un nombre".to_owned()
            )]
        );
        assert_eq!(
            faute("nb_places + 1 et pasa", None),
            "condition attendue : « nb_places + 1 » est un nombre"
        );
        assert_eq!(
            faute("non nom", None),
            "condition attendue : « nom » est un texte"
        );
        assert_eq!(
            faute("date_avis => pasa", None),
            "condition attendue : « date_avis » est une date"
        );
        assert_eq!(
            faute("'PUB'", None),
            "condition attendue : « 'PUB' » est une chaîne"
        );
        assert_eq!(
            faute("statut", None),
            "condition attendue : « statut » est un code"
        );
    }

    #[test]
    fn every_fault_is_reported_in_order() {
        let e = erreurs(
            "nb_residant + date_avis > 0 et statut = 'PUBX' et somme(nom) > nombre(etp)",
            None,
        );
        let debuts: Vec<usize> = e.iter().map(|e| e.0).collect();
        assert_eq!(debuts, [0, 14, 40, 56, 70], "{e:?}");
        // A syntax error is the only one.
        assert_eq!(erreurs("nb_residant + ", None).len(), 1);
    }

    #[test]
    fn rule_block_must_be_a_table() {
        for b in ["etablissement", "inconnu"] {
            assert_eq!(
                erreurs("nb_places > 0", Some(b)),
                [(
                    0,
                    13,
                    format!(
                        "la règle porte sur « {b} », qui n'est pas un bloc répétable du modèle"
                    )
                )]
            );
        }
    }

    #[test]
    fn deepest_allowed_expressions_type_check() {
        let n = crate::rules::PROFONDEUR_MAX;
        let trop = |s: &str| {
            let e = erreurs(s, None);
            assert!(
                e[0].2
                    .starts_with(&format!("expression trop imbriquée : plus de {n} niveaux")),
                "{e:?}"
            );
        };
        // The deepest tree: n operations above the leaf.
        let s = |k: usize| format!("{}nb_places{} > 0", "(1 + ".repeat(k), ")".repeat(k));
        ok(&s(n - 1), None);
        trop(&s(n));
        let s = |k: usize| format!("{}pasa", "non ".repeat(k));
        ok(&s(n), None);
        trop(&s(n + 1));
        let s = |k: usize| format!("pasa => {}pasa{}", "(pasa => ".repeat(k), ")".repeat(k));
        ok(&s(n - 1), None);
        trop(&s(n));
        // Faults deep down are reported without trouble.
        let s = format!("{}nom{} > 0", "(1 + ".repeat(n - 1), ")".repeat(n - 1));
        assert_eq!(erreurs(&s, None).len(), 1);
    }

    #[test]
    fn a_long_expression_type_checks() {
        let s = format!("{} = nb_places", vec!["nb_residents"; 5_000].join(" + "));
        let t = ok(&s, None);
        assert_eq!(
            codes(&t.lus),
            [
                ("nb_residents", Portee::Racine),
                ("nb_places", Portee::Racine)
            ]
        );
    }

    fn sample_models() -> Vec<(String, crate::model::Modele)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../models");
        let mut chemins: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        chemins.sort();
        chemins
            .into_iter()
            .map(|p| {
                let nom = p.display().to_string();
                let octets = std::fs::read(&p).unwrap_or_else(|e| panic!("{nom}: {e}"));
                let source = Source::depuis_octets(&nom, octets).unwrap_or_else(|d| panic!("{d}"));
                match charger(&source, false) {
                    Ok((m, _)) => (nom, m),
                    Err(d) => panic!(
                        "{nom}: {}",
                        d.iter()
                            .map(|d| d.to_string())
                            .collect::<Vec<_>>()
                            .join("\n")
                    ),
                }
            })
            .collect()
    }

    #[test]
    fn every_sample_rule_type_checks() {
        let modeles = sample_models();
        assert!(modeles.len() >= 5, "{}", modeles.len());
        let mut n = 0;
        for (nom, m) in &modeles {
            for r in &m.regles {
                if let Err(e) = verifier(m, r) {
                    panic!("{nom} {}: {}", r.code, e[0].rendre(&r.expression));
                }
                n += 1;
            }
        }
        assert!(n >= 60, "{n} rules");
    }

    #[test]
    fn a_fault_is_shown_under_the_expression() {
        let (_, m) = sample_models()
            .into_iter()
            .find(|(n, _)| n.ends_with("rama-2025.json"))
            .unwrap_or_else(|| panic!("rama-2025"));
        let expression = "nb_residents_femmes + nb_residents_hommmes = nb_residents";
        let e = match verifier(&m, &regle(expression, None)) {
            Ok(_) => panic!("accepted"),
            Err(e) => e,
        };
        assert_eq!(e.len(), 1);
        assert_eq!(
            e[0].rendre(expression),
            "nb_residents_femmes + nb_residents_hommmes = nb_residents\n                      \
             ^^^^^^^^^^^^^^^^^^^^ champ inconnu « nb_residents_hommmes » (codes proches : « nb_residents_hommes », « nb_residents_femmes », « nb_residents »)"
        );
    }

    /// An invalid rule makes the model invalid: once model loading checks
    /// rules it refuses the file, naming the rule; either way the rule does
    /// not type-check.
    #[test]
    fn a_model_with_an_invalid_rule_is_invalid() {
        let texte = super::super::essai::MODELE
            .trim_end()
            .trim_end_matches('}')
            .to_owned()
            + r#", "regles": [ { "code": "R_FAUX", "message": "m", "severite": "bloquante",
                                "expression": "nb_places + date_avis > 0" } ] }"#;
        let source = Source::depuis_octets("faux.json", texte.into_bytes())
            .unwrap_or_else(|d| panic!("{d}"));
        match charger(&source, false) {
            Ok((m, _)) => {
                assert_eq!(m.regles.len(), 1);
                assert!(verifier(&m, &m.regles[0]).is_err());
            }
            Err(d) => {
                let tout: Vec<String> = d.iter().map(|d| d.to_string()).collect();
                assert!(
                    tout.iter()
                        .any(|d| d.contains("R_FAUX") && d.contains("date_avis")),
                    "{tout:?}"
                );
            }
        }
    }

    mod proprietes {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// Whatever the tokens, checking ends with a typed rule or
            /// faults inside the expression, never a panic.
            #[test]
            fn never_panics(
                v in proptest::collection::vec(
                    prop_oneof![
                        Just("nb_places"), Just("gmp"), Just("pasa"), Just("nom"), Just("statut"), Just("actions"),
                        Just("date_avis"), Just("etp"), Just("heures"), Just("duree"), Just("effectifs"),
                        Just("etablissement"), Just("`somme`"), Just("inconnu"), Just("1.5"), Just("'PUB'"),
                        Just("'X'"), Just("d'2025-01-01'"), Just("vrai"), Just("("), Just(")"), Just(","),
                        Just("=>"), Just("="), Just("!="), Just("<"), Just("+"), Just("-"), Just("*"), Just("/"),
                        Just("et"), Just("ou"), Just("non"), Just("somme("), Just("nombre("), Just("contient("),
                        Just("renseigne("),
                    ],
                    1..25,
                ),
                bloc in prop_oneof![Just(None), Just(Some("effectifs")), Just(Some("seances")), Just(Some("detail"))],
            ) {
                let s = v.join(" ");
                let m = modele();
                match verifier(&m, &regle(&s, bloc)) {
                    Ok(t) => prop_assert_eq!(t.bloc.as_deref(), bloc),
                    Err(e) => {
                        prop_assert!(!e.is_empty());
                        for e in e {
                            prop_assert!(e.debut <= e.fin && e.fin <= s.len(), "{:?} in {}", e, s);
                            let _ = e.rendre(&s);
                        }
                    }
                }
            }
        }
    }
}
