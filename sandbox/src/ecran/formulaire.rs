//! The last processing's data laid out as the model's form: blocks as
//! sections, fields with label, value and unit, code values with their
//! labels, repeatable blocks as tables; each finding next to its field.
//! Numbers are shown from their JSON text (never through a float);
//! personal-data values are masked.

use maud::{Markup, html};
use serde_json::value::RawValue;
use sidoba_codegen::model::{Bloc, Champ, Modele, TypeChamp};
use std::cell::RefCell;
use std::collections::BTreeMap;

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
}

impl<'m> Rendu<'m> {
    pub fn new(modele: &'m Modele, constats: &'m [Constat]) -> Rendu<'m> {
        Rendu {
            modele,
            constats,
            places: RefCell::new(vec![false; constats.len()]),
        }
    }

    /// The form; the findings no field took (rules first among them); the
    /// findings placed beside their fields. Each with its index, which
    /// names its anchor (`#constat-N`).
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

    /// The findings at `chemin` (field findings only: rule findings go to
    /// the top of the page).
    fn constats(&self, chemin: &str) -> Markup {
        let mut places = self.places.borrow_mut();
        let ici: Vec<Indexe<'m>> = self
            .constats
            .iter()
            .enumerate()
            .filter(|(_, c)| c.chemin == chemin && !c.de_regle())
            .inspect(|(i, _)| places[*i] = true)
            .collect();
        liste(&ici)
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
                                (self.constats(&format!("{prefixe}{}", c.code)))
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
                (self.constats(&chemin))
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
                                    th scope="row" { (i + 1) (self.constats(&ligne)) }
                                    @for c in &champs {
                                        td {
                                            (self.valeur(c, l.get(&c.code).map(|b| &**b)))
                                            (self.constats(&format!("{ligne}.{}", c.code)))
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

fn titre(niveau: u8, texte: &str) -> Markup {
    match niveau {
        2 => html! { h2 { (texte) } },
        3 => html! { h3 { (texte) } },
        4 => html! { h4 { (texte) } },
        5 => html! { h5 { (texte) } },
        _ => html! { h6 { (texte) } },
    }
}

/// Findings as a list: the severity in words, then the message.
pub fn liste(constats: &[Indexe<'_>]) -> Markup {
    html! {
        @if !constats.is_empty() {
            ul.constats {
                @for (i, c) in constats {
                    @let bloquant = c.bloquant();
                    li.constat.bloquant[bloquant].avertissement[!bloquant] id={ "constat-" (i) } {
                        strong { (if bloquant { "Bloquant : " } else { "Avertissement : " }) }
                        (c.message)
                        @if let Some(r) = &c.regle { " (règle " (r) ")" }
                    }
                }
            }
        }
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
