//! The business model (WS02), checked.
//!
//! A [`Modele`] only exists once its file has been read and every validity
//! rule of the format holds: code generation, validation and the diff take it
//! as given and never re-check it. Its rules are typed by construction:
//! reading yields a `Modele<NonTypee>`, and only checking, once every rule
//! has typed, turns it into a `Modele` ([`RegleTypee`] in every rule).

mod check;
mod ctx;
mod index;
pub(crate) mod json;
mod motif;
mod questionnaire;
mod read;
mod role;
mod source;

pub(crate) use index::{Index, InfoBloc, InfoChamp};
pub use read::charger;
pub use source::{CodeProbleme, Diagnostic, Gravite, Source, segment};

use crate::rules::RegleTypee;
use sidoba::{Date, Decimal};

/// A whole model, as WS02 serves it: checked, its rules typed (`T`
/// is [`NonTypee`] only while the file is being read and checked).
#[derive(Debug, Clone, PartialEq)]
pub struct Modele<T = RegleTypee> {
    pub campagne: Campagne,
    pub identite: Identite,
    pub nomenclatures: Vec<Nomenclature>,
    pub blocs: Vec<Bloc>,
    pub regles: Vec<Regle<T>>,
    /// SHA-256 of the file's bytes, lower-case hex.
    pub sha256: String,
}

/// `campagne`: the campaign the model belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Campagne {
    pub id: String,
    pub libelle: String,
    pub module: String,
    pub annee: Option<i64>,
    pub date_ouverture: Option<Date>,
    pub date_cloture: Option<Date>,
}

/// `modele`: the model's own identity.
#[derive(Debug, Clone, PartialEq)]
pub struct Identite {
    pub code: String,
    pub version: String,
    pub niveau: Niveau,
    pub libelle: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Niveau {
    Structure,
    Usager,
}

/// A code list.
#[derive(Debug, Clone, PartialEq)]
pub struct Nomenclature {
    pub code: String,
    pub libelle: String,
    pub reference: Option<String>,
    pub valeurs: Vec<Valeur>,
    pub lieu: Lieu,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Valeur {
    pub code: String,
    pub libelle: String,
    pub actif: bool,
    pub lieu: Lieu,
}

/// A block of the form; repeatable blocks are tables of rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Bloc {
    pub code: String,
    pub libelle: String,
    pub description: Option<String>,
    pub repetable: bool,
    pub min_lignes: Option<u64>,
    pub max_lignes: Option<u64>,
    pub champs: Vec<Champ>,
    pub blocs: Vec<Bloc>,
    pub lieu: Lieu,
    /// What item of a FHIR Questionnaire the block is: a `group` for every
    /// block of a WS02 model; other forms only in a model read from a
    /// Questionnaire.
    pub item: ItemBloc,
}

/// What item of a FHIR Questionnaire a block stands for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ItemBloc {
    /// A `group` item whose `linkId` is the block's code.
    #[default]
    Groupe,
    /// The items under the answer of this `code` field (`answer.item`, as
    /// AGGIR's variables under the GIR): no item of its own.
    SousItems(String),
    /// The top-level items of a Questionnaire that are not groups: no
    /// item of its own, its items stand at the top.
    Racine,
}

/// A field: one key of the payload.
#[derive(Debug, Clone, PartialEq)]
pub struct Champ {
    pub code: String,
    pub libelle: String,
    pub description: Option<String>,
    pub type_: TypeChamp,
    pub obligatoire: bool,
    pub unite: Option<String>,
    pub donnee_personnelle: bool,
    pub deprecie: bool,
    /// What the field identifies (`role`): checked to be a `texte` field
    /// outside any repeatable block, each role at most once per model.
    pub role: Option<RoleChamp>,
    pub lieu: Lieu,
}

/// The `role` key of a field: what it identifies for the API and its
/// screens (the structure's FINESS, its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RoleChamp {
    Finess,
    RaisonSociale,
}

impl RoleChamp {
    pub const TOUS: [RoleChamp; 2] = [RoleChamp::Finess, RoleChamp::RaisonSociale];

    /// The value of the `role` key.
    pub const fn as_str(self) -> &'static str {
        match self {
            RoleChamp::Finess => "finess",
            RoleChamp::RaisonSociale => "raison_sociale",
        }
    }

    pub fn depuis(texte: &str) -> Option<RoleChamp> {
        RoleChamp::TOUS.into_iter().find(|r| r.as_str() == texte)
    }
}

/// A field's type and the constraints that go with it.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeChamp {
    Entier {
        min: Option<i64>,
        max: Option<i64>,
    },
    Decimal {
        decimales: u32,
        min: Option<Decimal>,
        max: Option<Decimal>,
    },
    Texte {
        longueur_min: Option<u64>,
        longueur_max: Option<u64>,
        motif: Option<String>,
    },
    Booleen,
    Date {
        min: Option<Date>,
        max: Option<Date>,
    },
    Code {
        nomenclature: String,
        multiple: bool,
    },
}

impl TypeChamp {
    /// The `type` key of the model.
    pub fn nom(&self) -> &'static str {
        match self {
            TypeChamp::Entier { .. } => "entier",
            TypeChamp::Decimal { .. } => "decimal",
            TypeChamp::Texte { .. } => "texte",
            TypeChamp::Booleen => "booleen",
            TypeChamp::Date { .. } => "date",
            TypeChamp::Code { .. } => "code",
        }
    }
}

/// A consistency rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Regle<T = RegleTypee> {
    pub code: String,
    pub libelle: Option<String>,
    pub message: String,
    pub severite: sidoba::Severite,
    pub expression: String,
    /// A repeatable block: the rule is checked on each of its rows.
    pub bloc: Option<String>,
    pub lieu: Lieu,
    /// Where the expression's text starts in the file (inside the quotes),
    /// so that faults in it can be shown in place.
    pub debut_expression: usize,
    /// The expression, parsed and typed against the model ([`NonTypee`]
    /// while reading).
    pub typee: T,
}

impl<T> Regle<T> {
    /// The codes of the fields and blocks the expression names, left to
    /// right (parsed: a string or a code value is not a name); none when
    /// the expression does not parse.
    pub fn codes_nommes(&self) -> Vec<String> {
        crate::rules::analyser(&self.expression)
            .map(|e| e.references().into_iter().map(str::to_owned).collect())
            .unwrap_or_default()
    }
}

/// The state of a rule read but not typed yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NonTypee;

impl Modele<NonTypee> {
    /// The model with its rules typed: `typees` holds each rule's typed
    /// expression, in order; `None` if one is missing (its fault was
    /// reported) or if the counts differ.
    fn typer(self, typees: Vec<Option<RegleTypee>>) -> Option<Modele> {
        if typees.len() != self.regles.len() {
            return None;
        }
        let regles = self
            .regles
            .into_iter()
            .zip(typees)
            .map(|(r, t)| {
                Some(Regle {
                    code: r.code,
                    libelle: r.libelle,
                    message: r.message,
                    severite: r.severite,
                    expression: r.expression,
                    bloc: r.bloc,
                    lieu: r.lieu,
                    debut_expression: r.debut_expression,
                    typee: t?,
                })
            })
            .collect::<Option<_>>()?;
        Some(Modele {
            campagne: self.campagne,
            identite: self.identite,
            nomenclatures: self.nomenclatures,
            blocs: self.blocs,
            regles,
            sha256: self.sha256,
        })
    }
}

/// Where an element stands in its file: JSON pointer and byte offset.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Lieu {
    pub pointeur: String,
    pub offset: usize,
}

impl<T> Modele<T> {
    /// Every field with the chain of blocks that holds it, in model order.
    pub fn champs(&self) -> Vec<(Vec<&Bloc>, &Champ)> {
        fn visiter<'m>(
            b: &'m Bloc,
            pile: &mut Vec<&'m Bloc>,
            out: &mut Vec<(Vec<&'m Bloc>, &'m Champ)>,
        ) {
            pile.push(b);
            out.extend(b.champs.iter().map(|c| (pile.clone(), c)));
            for sb in &b.blocs {
                visiter(sb, pile, out);
            }
            pile.pop();
        }
        let mut out = Vec::new();
        for b in &self.blocs {
            visiter(b, &mut Vec::new(), &mut out);
        }
        out
    }

    /// Every block, depth first, in model order.
    pub fn tous_les_blocs(&self) -> Vec<&Bloc> {
        fn visiter<'m>(b: &'m Bloc, out: &mut Vec<&'m Bloc>) {
            out.push(b);
            b.blocs.iter().for_each(|sb| visiter(sb, out));
        }
        let mut out = Vec::new();
        self.blocs.iter().for_each(|b| visiter(b, &mut out));
        out
    }

    /// The field that holds `role` (at most one in a checked model).
    pub fn champ_de_role(&self, role: RoleChamp) -> Option<&Champ> {
        self.champs()
            .into_iter()
            .map(|(_, c)| c)
            .find(|c| c.role == Some(role))
    }

    pub fn nomenclature(&self, code: &str) -> Option<&Nomenclature> {
        self.nomenclatures.iter().find(|n| n.code == code)
    }
}

impl Bloc {
    /// The field whose answer carries this block's items, if any.
    pub fn sous_items_de(&self) -> Option<&str> {
        match &self.item {
            ItemBloc::SousItems(c) => Some(c),
            _ => None,
        }
    }

    /// The repeatable block nearest up the chain, if any (the row a field
    /// belongs to).
    pub fn ligne_de<'m>(chaine: &[&'m Bloc]) -> Option<&'m Bloc> {
        chaine.iter().rev().find(|b| b.repetable).copied()
    }
}
