//! The last processing's data laid out as the model's form: blocks as
//! sections, fields with label, value and unit, code values with their
//! labels, repeatable blocks as tables; each finding next to its field.
//! Numbers are shown from their JSON text (never through a float);
//! personal-data values are masked.

use maud::{Markup, html};
use serde_json::value::RawValue;
use sidoba_core::model::{Bloc, Champ, Modele, TypeChamp};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

/// A stored finding (the WS06 `constats` items).
#[derive(serde::Deserialize, Clone)]
pub struct Constat {
    pub chemin: String,
    pub code: String,
    #[serde(default)]
    pub regle: Option<String>,
    pub severite: String,
    pub message: String,
}

impl Constat {
    pub fn bloquant(&self) -> bool {
        self.severite != "avertissement"
    }

    fn de_regle(&self) -> bool {
        self.code == "regle"
    }
}

/// A finding and its position in the processing's list.
pub type Indexe<'m> = (usize, &'m Constat);

pub type Valeurs = BTreeMap<String, Box<RawValue>>;

#[derive(serde::Deserialize)]
struct Payload {
    donnees: Valeurs,
}

/// The `donnees` of a WS05 payload, keeping each value's text.
pub fn lire(corps: &[u8]) -> Option<Valeurs> {
    serde_json::from_slice::<Payload>(corps)
        .ok()
        .map(|p| p.donnees)
}

pub struct Rendu<'m> {
    modele: &'m Modele,
    constats: &'m [Constat],
    places: RefCell<Vec<bool>>,
    /// For each rule, the codes of the fields and blocks its expression
    /// names: its findings are shown beside each of them.
    lus: BTreeMap<&'m str, BTreeSet<&'m str>>,
}

/// The field and block codes a rule's expression names (its parsed
/// references: `somme(etp)`, `renseigne(gmp)` and `nombre(effectifs)` name
/// what they read as plainly as a comparison does; a string or a code
/// value is not a name), borrowed from the model.
fn codes_lus(modele: &Modele) -> BTreeMap<&str, BTreeSet<&str>> {
    fn codes<'m>(b: &'m Bloc, out: &mut BTreeSet<&'m str>) {
        out.insert(&b.code);
        out.extend(b.champs.iter().map(|c| c.code.as_str()));
        for sb in &b.blocs {
            codes(sb, out);
        }
    }
    let mut connus = BTreeSet::new();
    for b in &modele.blocs {
        codes(b, &mut connus);
    }
    modele
        .regles
        .iter()
        .map(|r| {
            let lus = r
                .codes_nommes()
                .iter()
                .filter_map(|c| connus.get(c.as_str()).copied())
                .collect();
            (r.code.as_str(), lus)
        })
        .collect()
}

impl<'m> Rendu<'m> {
    pub fn new(modele: &'m Modele, constats: &'m [Constat]) -> Rendu<'m> {
        Rendu {
            modele,
            constats,
            places: RefCell::new(vec![false; constats.len()]),
            lus: codes_lus(modele),
        }
    }

    /// The form; the findings no field took (rule findings always among
    /// them, first, as the list of rule findings); the findings placed
    /// beside their fields. Each with its index, which names its anchor
    /// (`#constat-N`).
    pub fn rendre(&self, v: &Valeurs) -> (Markup, Vec<Indexe<'m>>, Vec<Indexe<'m>>) {
        let m = html! { @for b in &self.modele.blocs { (self.bloc(b, v, "", 2)) } };
        let places = self.places.borrow();
        let (mut reste, places): (Vec<Indexe<'m>>, Vec<Indexe<'m>>) = self
            .constats
            .iter()
            .enumerate()
            .partition(|(i, _)| !places[*i]);
        reste.sort_by_key(|(_, c)| !c.de_regle());
        (m, reste, places)
    }

    /// The findings at `chemin`, the place of field or block `codes[0]`:
    /// its own findings (anchored there), then those of the rules that
    /// read one of `codes` in the same row or report (a copy: the rule's
    /// finding stays anchored in the list of rule findings).
    fn constats(&self, chemin: &str, codes: &[&str]) -> Markup {
        let mut places = self.places.borrow_mut();
        let ici: Vec<Indexe<'m>> = self
            .constats
            .iter()
            .enumerate()
            .filter(|(_, c)| c.chemin == chemin && !c.de_regle())
            .inspect(|(i, _)| places[*i] = true)
            .collect();
        let regles: Vec<Indexe<'m>> = self
            .constats
            .iter()
            .enumerate()
            .filter(|(_, c)| c.de_regle() && self.concerne(c, chemin, codes))
            .collect();
        html! { (liste(&ici)) (copies(&regles)) }
    }

    /// Whether rule finding `c` reads one of `codes` at `chemin`: a report
    /// rule everywhere outside tables' rows, a row rule in its row.
    fn concerne(&self, c: &Constat, chemin: &str, codes: &[&str]) -> bool {
        let lit = c
            .regle
            .as_deref()
            .and_then(|r| self.lus.get(r))
            .is_some_and(|lus| codes.iter().any(|x| lus.contains(x)));
        let portee = if c.chemin.is_empty() {
            !chemin.contains('[')
        } else {
            chemin
                .strip_prefix(c.chemin.as_str())
                .is_some_and(|r| r.starts_with('.'))
        };
        lit && portee
    }

    fn bloc(&self, b: &Bloc, v: &Valeurs, prefixe: &str, niveau: u8) -> Markup {
        if b.repetable {
            return self.table(b, v, prefixe, niveau);
        }
        html! {
            section.bloc {
                (titre(niveau, &b.libelle))
                @if let Some(d) = &b.description { p { (d) } }
                @if !b.champs.is_empty() {
                    dl.champs {
                        @for c in &b.champs {
                            dt { (c.libelle) @if let Some(u) = &c.unite { " (" (u) ")" } }
                            dd {
                                (self.valeur(c, v.get(&c.code).map(|b| &**b)))
                                (self.constats(&format!("{prefixe}{}", c.code), &[&c.code]))
                            }
                        }
                    }
                }
                @for sb in &b.blocs { (self.bloc(sb, v, prefixe, niveau.saturating_add(1).min(6))) }
            }
        }
    }

    /// The fields of a row, with those of its nested non-repeatable blocks.
    fn colonnes<'b>(b: &'b Bloc, out: &mut Vec<&'b Champ>, tables: &mut Vec<&'b Bloc>) {
        out.extend(b.champs.iter());
        for sb in &b.blocs {
            if sb.repetable {
                tables.push(sb);
            } else {
                Self::colonnes(sb, out, tables);
            }
        }
    }

    fn table(&self, b: &Bloc, v: &Valeurs, prefixe: &str, niveau: u8) -> Markup {
        let chemin = format!("{prefixe}{}", b.code);
        let lignes: Vec<Valeurs> = v
            .get(&b.code)
            .and_then(|r| serde_json::from_str(r.get()).ok())
            .unwrap_or_default();
        let (mut champs, mut tables) = (Vec::new(), Vec::new());
        Self::colonnes(b, &mut champs, &mut tables);
        html! {
            section.bloc {
                (titre(niveau, &b.libelle))
                @if let Some(d) = &b.description { p { (d) } }
                (self.constats(&chemin, &codes_table(b)))
                @if lignes.is_empty() {
                    p.vide { "Aucune ligne." }
                } @else {
                    table {
                        caption { (b.libelle) " — " (lignes.len()) " ligne(s)" }
                        thead { tr {
                            th scope="col" { "Ligne" }
                            @for c in &champs {
                                th scope="col" { (c.libelle) @if let Some(u) = &c.unite { " (" (u) ")" } }
                            }
                            @for t in &tables { th scope="col" { (t.libelle) } }
                        } }
                        tbody {
                            @for (i, l) in lignes.iter().enumerate() {
                                @let ligne = format!("{chemin}[{i}]");
                                tr {
                                    th scope="row" { (i + 1) (self.constats(&ligne, &[])) }
                                    @for c in &champs {
                                        td {
                                            (self.valeur(c, l.get(&c.code).map(|b| &**b)))
                                            (self.constats(&format!("{ligne}.{}", c.code), &[&c.code]))
                                        }
                                    }
                                    @for t in &tables {
                                        td { (self.table(t, l, &format!("{ligne}."), niveau.saturating_add(1).min(6))) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn valeur(&self, c: &Champ, v: Option<&RawValue>) -> Markup {
        let texte = v.map(|r| r.get().trim()).unwrap_or("null");
        if matches!(texte, "null" | "\"\"" | "[]") {
            return html! { span.vide { "non renseigné" } };
        }
        if c.donnee_personnelle {
            return html! { span.masque { "•••• (donnée personnelle masquée)" } };
        }
        let json: serde_json::Value = serde_json::from_str(texte).unwrap_or_default();
        match (&c.type_, &json) {
            (
                TypeChamp::Entier { .. } | TypeChamp::Decimal { .. },
                serde_json::Value::Number(_),
            ) => {
                html! { (texte.replace('.', ",")) }
            }
            (TypeChamp::Booleen, serde_json::Value::Bool(b)) => {
                html! { (if *b { "Oui" } else { "Non" }) }
            }
            (TypeChamp::Date { .. }, serde_json::Value::String(s)) => {
                html! { (super::libelles::date(s)) }
            }
            (TypeChamp::Code { nomenclature, .. }, _) => {
                let codes: Vec<&str> = match &json {
                    serde_json::Value::String(s) => vec![s.as_str()],
                    serde_json::Value::Array(a) => a.iter().filter_map(|x| x.as_str()).collect(),
                    _ => Vec::new(),
                };
                html! {
                    @for (i, code) in codes.iter().enumerate() {
                        @if i > 0 { br; }
                        (code)
                        @if let Some(l) = self.libelle_code(nomenclature, code) { " — " (l) }
                    }
                }
            }
            (_, serde_json::Value::String(s)) => html! { (s) },
            // A value of the wrong type: its JSON text, escaped.
            _ => html! { code { (texte) } },
        }
    }

    fn libelle_code(&self, nomenclature: &str, code: &str) -> Option<&'m str> {
        self.modele
            .nomenclatures
            .iter()
            .find(|n| n.code == nomenclature)?
            .valeurs
            .iter()
            .find(|v| v.code == code)
            .map(|v| v.libelle.as_str())
    }
}

/// A table's code and its columns' codes: a report rule reading any of
/// them (`somme(etp)`, `nombre(effectifs)`) is shown above the table.
fn codes_table(b: &Bloc) -> Vec<&str> {
    let (mut champs, mut tables) = (Vec::new(), Vec::new());
    Rendu::colonnes(b, &mut champs, &mut tables);
    std::iter::once(b.code.as_str())
        .chain(champs.iter().map(|c| c.code.as_str()))
        .collect()
}

fn titre(niveau: u8, texte: &str) -> Markup {
    match niveau {
        2 => html! { h2 { (texte) } },
        3 => html! { h3 { (texte) } },
        4 => html! { h4 { (texte) } },
        5 => html! { h5 { (texte) } },
        _ => html! { h6 { (texte) } },
    }
}

/// Findings as a list: the severity in words, then the message; each
/// the target of its anchor.
pub fn liste(constats: &[Indexe<'_>]) -> Markup {
    html! {
        @if !constats.is_empty() {
            ul.constats {
                @for (i, c) in constats {
                    li.constat.bloquant[c.bloquant()].avertissement[!c.bloquant()] id={ "constat-" (i) } { (phrase(c)) }
                }
            }
        }
    }
}

/// Rule findings repeated beside a field they read, linking to the rule.
fn copies(constats: &[Indexe<'_>]) -> Markup {
    html! {
        @if !constats.is_empty() {
            ul.constats {
                @for (i, c) in constats {
                    li.constat.bloquant[c.bloquant()].avertissement[!c.bloquant()] {
                        (phrase(c)) " " a href={ "#constat-" (i) } { "voir la règle" }
                    }
                }
            }
        }
    }
}

fn phrase(c: &Constat) -> Markup {
    html! {
        strong { (if c.bloquant() { "Bloquant : " } else { "Avertissement : " }) }
        (c.message)
        @if let Some(r) = &c.regle { " (règle " (r) ")" }
    }
}

/// Links to the findings placed beside their fields, for long forms.
pub fn sommaire(places: &[Indexe<'_>]) -> Markup {
    html! {
        @if !places.is_empty() {
            nav aria-labelledby="sommaire-constats" {
                h2 id="sommaire-constats" { "Constats sur les champs (" (places.len()) ")" }
                ol {
                    @for (i, c) in places {
                        li { a href={ "#constat-" (i) } {
                            (if c.bloquant() { "Bloquant : " } else { "Avertissement : " }) (c.message)
                        } }
                    }
                }
            }
        }
    }
}

/// The labels of the fields and tables rule `regle` reads, in model order.
pub fn libelles_lus<'m>(m: &'m Modele, regle: &str) -> Vec<&'m str> {
    fn parcourir<'m>(b: &'m Bloc, lus: &BTreeSet<&str>, out: &mut Vec<&'m str>) {
        if b.repetable && lus.contains(b.code.as_str()) {
            out.push(&b.libelle);
        }
        for c in &b.champs {
            if lus.contains(c.code.as_str()) {
                out.push(&c.libelle);
            }
        }
        for sb in &b.blocs {
            parcourir(sb, lus, out);
        }
    }
    let tous = codes_lus(m);
    let mut out = Vec::new();
    if let Some(lus) = tous.get(regle) {
        for b in &m.blocs {
            parcourir(b, lus, &mut out);
        }
    }
    out
}

/// A finding's place in words: the labels of the blocks and field its path
/// names, rows counted from 1 (`effectifs[1].etp` → « Effectifs », ligne 2
/// › « Équivalents temps plein »); the path itself when the model does not
/// know it.
pub fn lieu(m: &Modele, chemin: &str) -> String {
    fn libelle<'m>(blocs: &'m [Bloc], code: &str) -> Option<&'m str> {
        blocs.iter().find_map(|b| {
            if b.code == code {
                return Some(b.libelle.as_str());
            }
            b.champs
                .iter()
                .find(|c| c.code == code)
                .map(|c| c.libelle.as_str())
                .or_else(|| libelle(&b.blocs, code))
        })
    }
    let mut mots = Vec::new();
    for segment in chemin.split('.') {
        let (code, rang) = match segment.split_once('[') {
            Some((c, r)) => (c, r.trim_end_matches(']').parse::<usize>().ok()),
            None => (segment, None),
        };
        let Some(l) = libelle(&m.blocs, code) else {
            return chemin.to_owned();
        };
        mots.push(match rang {
            Some(r) => format!("« {l} », ligne {}", r + 1),
            None => format!("« {l} »"),
        });
    }
    mots.join(" › ")
}
