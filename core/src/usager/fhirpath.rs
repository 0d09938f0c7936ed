//! Rules compiled to FHIRPath over the QuestionnaireResponse (`usager.md`),
//! with the rule language's meaning (`docs/regles.md`, [`crate::rules`]):
//!
//! - the expression is `true` when the rule passes (holds or does not
//!   apply), `false` when it is violated;
//! - a rule reading a field that is not filled does not apply: the fields
//!   of [`RegleTypee::lus`] are tested with `exists()` first, in an
//!   `iif(guard, condition, true)`, so that FHIRPath's three-valued `and` /
//!   `or` / `implies` never decide on an absent value;
//! - a rule holding a division gets no constraint: the language rounds a
//!   quotient half to even at 9 places, FHIRPath's `round(9)` rounds half
//!   up and engines need only keep 8 places (usager.md: where FHIRPath
//!   cannot say exactly what the rule says, no constraint); so does a rule
//!   whose values or products can have more than 8 decimal places;
//! - a row rule is `rows.all(…)` with the row as `$this`; fields outside
//!   any table are read from `%resource`;
//! - `somme` is `aggregate($total + $this, 0)` over the filled values of
//!   the rows (0 over none), `nombre` is `count()`.
//!
//! A rule whose arithmetic can leave 28 significant digits given the
//! model's bounds cannot be expressed either: the language computes it
//! exactly, FHIRPath engines need not.

use crate::model::{Bloc, Champ, Modele, Regle, TypeChamp};
use crate::rules::{
    ChampRef, Comparateur, Condition, LignesRef, Numerique, Operateur, Portee, TermeBooleen,
    TermeChaine, TermeDate,
};
use std::collections::BTreeMap;

/// Why a rule gets no constraint (French, for the Questionnaire's
/// `description`).
pub type Raison = String;

/// A FHIRPath string literal.
pub fn litteral(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// The answer element of a field's item (`valueInteger`, ...).
pub fn element_valeur(c: &Champ) -> &'static str {
    match &c.type_ {
        TypeChamp::Entier { min, max } => {
            if sidoba::__private_v1::usager::entier_32_bits(*min, *max) {
                "valueInteger"
            } else {
                "valueDecimal"
            }
        }
        TypeChamp::Decimal { .. } => "valueDecimal",
        TypeChamp::Texte { .. } => "valueString",
        TypeChamp::Booleen => "valueBoolean",
        TypeChamp::Date { .. } => "valueDate",
        TypeChamp::Code { .. } => "valueCoding",
    }
}

/// Largest magnitude the exact arithmetic holds, with a margin.
const LIMITE: f64 = 7.9e27;

/// Digits after the point that FHIRPath engines are required to keep
/// (the specification's minimum precision, 10⁻⁸).
const DECIMALES_FHIRPATH: u32 = 8;

struct Compilateur<'m> {
    /// Field or block code → the blocks holding it, outermost first.
    chaines: BTreeMap<&'m str, Vec<&'m Bloc>>,
    champs: BTreeMap<&'m str, &'m Champ>,
    blocs: BTreeMap<&'m str, &'m Bloc>,
    /// The row rule's block.
    ligne: Option<&'m str>,
    /// Divisors, tested non-zero in the guard.
    diviseurs: Vec<String>,
}

/// Compiles a rule, or says why it cannot be.
pub fn compiler(m: &Modele, r: &Regle) -> Result<String, Raison> {
    let mut chaines = BTreeMap::new();
    let mut blocs = BTreeMap::new();
    fn visiter<'m>(
        b: &'m Bloc,
        pile: &mut Vec<&'m Bloc>,
        ch: &mut BTreeMap<&'m str, Vec<&'m Bloc>>,
        bl: &mut BTreeMap<&'m str, &'m Bloc>,
    ) {
        ch.insert(b.code.as_str(), pile.clone());
        bl.insert(b.code.as_str(), b);
        pile.push(b);
        for c in &b.champs {
            ch.insert(c.code.as_str(), pile.clone());
        }
        for sb in &b.blocs {
            visiter(sb, pile, ch, bl);
        }
        pile.pop();
    }
    for b in &m.blocs {
        visiter(b, &mut Vec::new(), &mut chaines, &mut blocs);
    }
    let champs = m
        .champs()
        .into_iter()
        .map(|(_, c)| (c.code.as_str(), c))
        .collect();
    let mut c = Compilateur {
        chaines,
        champs,
        blocs,
        ligne: r.bloc.as_deref(),
        diviseurs: Vec::new(),
    };
    c.bornes(&r.typee.condition)?;
    let condition = c.condition(&r.typee.condition);
    let mut garde: Vec<String> = r
        .typee
        .lus
        .iter()
        .map(|ch| format!("{}.exists()", c.valeur(ch)))
        .collect();
    garde.extend(c.diviseurs.iter().map(|d| format!("({d}) != 0")));
    let corps = if garde.is_empty() {
        condition
    } else {
        format!("iif({}, {condition}, true)", garde.join(" and "))
    };
    Ok(match &r.typee.chemin.last() {
        Some(bloc) => format!("{}.all({corps})", c.chemin_blocs("%resource", bloc, 0)),
        None => corps,
    })
}

impl<'m> Compilateur<'m> {
    fn item(code: &str) -> String {
        format!(".item.where(linkId = {})", litteral(code))
    }

    /// `depart` followed by the groups from `de` (an index in the chain)
    /// down to `code` included.
    fn chemin_blocs(&self, depart: &str, code: &str, de: usize) -> String {
        let mut s = depart.to_owned();
        if let Some(ch) = self.chaines.get(code) {
            for b in ch.iter().skip(de) {
                s.push_str(&Self::item(&b.code));
            }
        }
        s.push_str(&Self::item(code));
        s
    }

    /// Where a code's chain leaves the current row: its index after the
    /// row block (0 at top level).
    fn depart(&self, code: &str, portee: Portee) -> (&'static str, usize) {
        match (portee, self.ligne) {
            (Portee::Ligne, Some(l)) => {
                let i = self
                    .chaines
                    .get(code)
                    .and_then(|ch| ch.iter().position(|b| b.code == l))
                    .map_or(0, |i| i + 1);
                ("$this", i)
            }
            _ => ("%resource", 0),
        }
    }

    fn element(&self, code: &str) -> &'static str {
        self.champs.get(code).map_or("value", |c| element_valeur(c))
    }

    /// The field's answer value (a collection: several for `multiple`).
    fn valeur(&self, c: &ChampRef) -> String {
        let (depart, de) = self.depart(&c.code, c.portee);
        let mut s = self.chemin_blocs(depart, &c.code, de);
        s.push_str(".answer.");
        s.push_str(self.element(&c.code));
        if matches!(
            self.champs.get(c.code.as_str()).map(|c| &c.type_),
            Some(TypeChamp::Code { .. })
        ) {
            s.push_str(".code");
        }
        s
    }

    fn lignes(&self, l: &LignesRef) -> String {
        let (depart, de) = self.depart(&l.bloc, l.portee);
        self.chemin_blocs(depart, &l.bloc, de)
    }

    fn condition(&mut self, c: &Condition) -> String {
        match c {
            Condition::Constante(b) => b.to_string(),
            Condition::Booleen(ch) => format!("({})", self.valeur(ch)),
            Condition::Renseigne(ch) => format!("{}.exists()", self.valeur(ch)),
            Condition::Contient { champ, code, .. } => {
                format!(
                    "({}).where($this = {}).exists()",
                    self.valeur(champ),
                    litteral(code)
                )
            }
            Condition::Non(x) => format!("({}).not()", self.condition(x)),
            Condition::Et(v) => self.liste(v, " and "),
            Condition::Ou(v) => self.liste(v, " or "),
            Condition::Implique(a, b) => {
                format!("({}) implies ({})", self.condition(a), self.condition(b))
            }
            Condition::Nombres { gauche, op, droite } => {
                let g = self.numerique(gauche);
                let d = self.numerique(droite);
                format!("({g}) {} ({d})", op_fhirpath(*op))
            }
            Condition::Dates { gauche, op, droite } => {
                let t = |s: &Self, t: &TermeDate| match t {
                    TermeDate::Constante(d) => format!("@{d}"),
                    TermeDate::Champ(c) => s.valeur(c),
                };
                format!(
                    "({}) {} ({})",
                    t(self, gauche),
                    op_fhirpath(*op),
                    t(self, droite)
                )
            }
            Condition::Textes { gauche, op, droite }
            | Condition::Codes {
                gauche, op, droite, ..
            } => {
                let t = |s: &Self, t: &TermeChaine| match t {
                    TermeChaine::Constante(x) => litteral(x),
                    TermeChaine::Champ(c) => s.valeur(c),
                };
                format!(
                    "({}) {} ({})",
                    t(self, gauche),
                    op_fhirpath(*op),
                    t(self, droite)
                )
            }
            Condition::Booleens { gauche, op, droite } => {
                let t = |s: &Self, t: &TermeBooleen| match t {
                    TermeBooleen::Constante(b) => b.to_string(),
                    TermeBooleen::Champ(c) => s.valeur(c),
                };
                format!(
                    "({}) {} ({})",
                    t(self, gauche),
                    op_fhirpath(*op),
                    t(self, droite)
                )
            }
        }
    }

    fn liste(&mut self, v: &[Condition], op: &str) -> String {
        let parts: Vec<String> = v
            .iter()
            .map(|x| format!("({})", self.condition(x)))
            .collect();
        parts.join(op)
    }

    fn numerique(&mut self, n: &Numerique) -> String {
        match n {
            Numerique::Constante(d) if d.is_sign_negative() => format!("(0 - {})", d.abs()),
            Numerique::Constante(d) => d.to_string(),
            Numerique::Champ(c) => self.valeur(c),
            Numerique::Somme { champ, lignes, .. } => {
                let de = self
                    .chaines
                    .get(champ.as_str())
                    .and_then(|ch| ch.iter().position(|b| b.code == lignes.bloc))
                    .map_or(0, |i| i + 1);
                let mut rel = String::from("$this");
                if let Some(ch) = self.chaines.get(champ.as_str()) {
                    for b in ch.iter().skip(de) {
                        rel.push_str(&Self::item(&b.code));
                    }
                }
                format!(
                    "{}.select({rel}{}.answer.{}).aggregate($total + $this, 0)",
                    self.lignes(lignes),
                    Self::item(champ),
                    self.element(champ)
                )
            }
            Numerique::Nombre(l) => format!("{}.count()", self.lignes(l)),
            Numerique::Oppose(x) => format!("(0 - ({}))", self.numerique(x)),
            Numerique::Operation { premier, suite } => {
                let mut acc = self.numerique(premier);
                for (op, x) in suite {
                    let x = self.numerique(x);
                    acc = match op {
                        Operateur::Divise => {
                            self.diviseurs.push(x.clone());
                            format!("(({acc}) / ({x})).round(9)")
                        }
                        op => format!("({acc}) {} ({x})", op.symbole()),
                    };
                }
                acc
            }
        }
    }

    /// Refuses a rule whose arithmetic may leave the exact decimals' range.
    fn bornes(&self, c: &Condition) -> Result<(), Raison> {
        let mut pire = 0f64;
        let mut nums = Vec::new();
        collecter(c, &mut nums);
        for n in &nums {
            pire = pire.max(self.magnitude(n));
        }
        if pire > LIMITE {
            return Err("son calcul peut dépasser 28 chiffres significatifs, au-delà de ce que les moteurs FHIRPath calculent exactement".into());
        }
        if nums.iter().any(|n| divise(n)) {
            return Err("elle contient une division, dont les règles arrondissent le quotient au plus proche (pair à égalité) à 9 décimales, ce que FHIRPath ne sait pas dire (round() arrondit les égalités vers le haut, et les moteurs s'arrêtent à 8 décimales)".into());
        }
        if nums.iter().any(|n| self.decimales(n) > DECIMALES_FHIRPATH) {
            return Err(format!(
                "son calcul a plus de {DECIMALES_FHIRPATH} décimales, au-delà de ce que les moteurs FHIRPath garantissent"
            ));
        }
        Ok(())
    }

    /// Most digits after the point that `n`'s exact value can have.
    fn decimales(&self, n: &Numerique) -> u32 {
        let champ = |code: &str| match self.champs.get(code).map(|c| &c.type_) {
            Some(TypeChamp::Decimal { decimales, .. }) => *decimales,
            _ => 0,
        };
        match n {
            Numerique::Constante(d) => d.normalize().scale(),
            Numerique::Champ(c) => champ(&c.code),
            Numerique::Somme { champ: f, .. } => champ(f),
            Numerique::Nombre(_) => 0,
            Numerique::Oppose(x) => self.decimales(x),
            Numerique::Operation { premier, suite } => {
                let mut acc = self.decimales(premier);
                for (op, x) in suite {
                    let d = self.decimales(x);
                    acc = match op {
                        Operateur::Fois => acc.saturating_add(d),
                        // Divisions are refused before.
                        _ => acc.max(d),
                    };
                }
                acc
            }
        }
    }

    /// An upper bound of |n| from the model's bounds (a static estimate
    /// only: no value is ever read through a float).
    fn magnitude(&self, n: &Numerique) -> f64 {
        let champ = |code: &str| -> f64 {
            match self.champs.get(code).map(|c| &c.type_) {
                Some(TypeChamp::Entier { min, max }) => {
                    let b = |x: Option<i64>| x.map_or(9.3e18, |v| (v as f64).abs());
                    b(*min).max(b(*max))
                }
                Some(TypeChamp::Decimal { min, max, .. }) => {
                    let b = |x: &Option<sidoba::Decimal>| {
                        x.map_or(8e28, |v| v.abs().to_string().parse::<f64>().unwrap_or(8e28))
                    };
                    b(min).max(b(max))
                }
                _ => 0.0,
            }
        };
        let lignes = |bloc: &str| -> f64 {
            self.blocs
                .get(bloc)
                .and_then(|b| b.max_lignes)
                .map_or(1e12, |n| n as f64)
        };
        match n {
            Numerique::Constante(d) => d.abs().to_string().parse().unwrap_or(8e28),
            Numerique::Champ(c) => champ(&c.code),
            Numerique::Somme {
                champ: f,
                lignes: l,
                ..
            } => champ(f) * lignes(&l.bloc),
            Numerique::Nombre(l) => lignes(&l.bloc),
            Numerique::Oppose(x) => self.magnitude(x),
            Numerique::Operation { premier, suite } => {
                let mut acc = self.magnitude(premier);
                for (op, x) in suite {
                    let m = self.magnitude(x);
                    acc = match op {
                        Operateur::Plus | Operateur::Moins => acc + m,
                        Operateur::Fois => acc * m,
                        // The quotient and the 9 places it is computed to.
                        Operateur::Divise => acc * 1e9,
                    };
                }
                acc
            }
        }
    }
}

/// Whether `n` holds a division.
fn divise(n: &Numerique) -> bool {
    match n {
        Numerique::Oppose(x) => divise(x),
        Numerique::Operation { premier, suite } => {
            divise(premier)
                || suite
                    .iter()
                    .any(|(op, x)| *op == Operateur::Divise || divise(x))
        }
        _ => false,
    }
}

fn collecter<'a>(c: &'a Condition, out: &mut Vec<&'a Numerique>) {
    match c {
        Condition::Non(x) => collecter(x, out),
        Condition::Et(v) | Condition::Ou(v) => v.iter().for_each(|x| collecter(x, out)),
        Condition::Implique(a, b) => {
            collecter(a, out);
            collecter(b, out);
        }
        Condition::Nombres { gauche, droite, .. } => {
            out.push(gauche);
            out.push(droite);
        }
        _ => {}
    }
}

fn op_fhirpath(op: Comparateur) -> &'static str {
    op.symbole()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Source, charger};

    fn modele(regle: &str) -> Modele {
        let t = format!(
            r#"{{"campagne":{{"id":"Q","libelle":"Q","module":"Q"}},"modele":{{"code":"Q","version":"1","niveau":"usager"}},
            "blocs":[{{"code":"b","libelle":"B","champs":[
              {{"code":"a","libelle":"A","type":"decimal","decimales":9,"min":0,"max":1000}},
              {{"code":"c","libelle":"C","type":"decimal","decimales":4,"min":0,"max":1000}},
              {{"code":"n","libelle":"N","type":"entier","min":1,"max":1000}}]}}],
            "regles":[{{"code":"R","message":"m","severite":"bloquante","expression":"{regle}"}}]}}"#
        );
        let s = Source::depuis_octets("q.json", t.into_bytes()).unwrap();
        charger(&s, false).map_err(|d| d[0].to_string()).unwrap().0
    }

    fn compile(regle: &str) -> Result<String, Raison> {
        let m = modele(regle);
        compiler(&m, &m.regles[0])
    }

    #[test]
    fn les_divisions_n_ont_pas_de_contrainte() {
        // Rules round a quotient half to even at 9 places; FHIRPath's
        // `round(9)` rounds half up, and engines stop at 10⁻⁸.
        for r in ["n / 3 > 1", "a / n <= 1", "c + n / 7 = 1"] {
            let e = compile(r).unwrap_err();
            assert!(e.contains("division"), "{r}: {e}");
        }
    }

    #[test]
    fn plus_de_huit_decimales_n_ont_pas_de_contrainte() {
        let e = compile("a * n > 1").unwrap_err();
        assert!(e.contains("décimales"), "{e}");
        let e = compile("c * c * c > 1").unwrap_err();
        assert!(e.contains("décimales"), "{e}");
        assert!(compile("c + n > 1").is_ok());
        assert!(compile("c * n > 1").is_ok());
        assert!(compile("c * c > 1").is_ok(), "8 places");
        assert!(compile("n * n * n > 1").is_ok());
    }
}
