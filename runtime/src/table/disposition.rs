//! La disposition des tables : les données `static` que remplit le code
//! généré (une ligne par membre d'une struct, le plan de ses groupes), sans
//! le code qui les parcourt (`parcours`, `valeur`). Comme le `mini_table` de
//! upb : la forme des données d'un côté, les parcours de l'autre.

use crate::descripteur::{Bloc, Champ, Genre};
use crate::ecriture::Objet;
use crate::flux::Flux;
use crate::jeton::ErreurJson;
use crate::lecture::Lecteur;
#[cfg(feature = "usager")]
use crate::usager::Sortie;
use crate::verif::{Chemin, Verificateur};

/// What a member is: a field or a repeatable block.
#[derive(Debug)]
pub enum Description {
    Champ(Champ<'static>),
    Lignes(Bloc<'static>),
}

impl Description {
    pub fn code(&self) -> &'static str {
        match self {
            Description::Champ(c) => c.code,
            Description::Lignes(b) => b.code,
        }
    }

    pub(crate) fn personnel(&self) -> bool {
        matches!(self, Description::Champ(c) if c.personnel)
    }
}

/// One member of a generated struct `S`.
pub struct Membre<S: 'static> {
    /// The Rust field's name, for `Debug`.
    pub nom: &'static str,
    pub description: Description,
    pub(crate) _s: std::marker::PhantomData<fn(&S)>,
}

impl<S> Membre<S> {
    /// The field's description (a block member has none: an empty,
    /// optional one, which generated code never asks for).
    pub fn champ(&self) -> &Champ<'static> {
        match &self.description {
            Description::Champ(c) => c,
            Description::Lignes(_) => &AUCUN,
        }
    }

    pub fn bloc(&self) -> &Bloc<'static> {
        match &self.description {
            Description::Lignes(b) => b,
            Description::Champ(_) => &AUCUN_BLOC,
        }
    }
}

static AUCUN: Champ<'static> = Champ {
    code: "",
    libelle: "",
    obligatoire: false,
    personnel: false,
    genre: Genre::Booleen,
};

static AUCUN_BLOC: Bloc<'static> = Bloc {
    code: "",
    libelle: "",
    min_lignes: None,
    max_lignes: None,
};

/// One step of a struct's walk in model order: open the group of a
/// non-repeatable block (code, label), walk the members up to an index
/// (exclusive), close the group. Generated for user-level models only.
#[derive(Debug)]
pub enum Pas {
    Ouvrir(&'static str, &'static str),
    Membres(usize),
    Fermer,
}

/// A generated struct: its member table, in member order (the order of
/// `Modele::MEMBRES`).
pub trait Structure: Default + 'static {
    fn table() -> &'static [Membre<Self>];
    /// The walk with the blocks' groups; empty (members walked flat) for
    /// structure-level models, which never go to FHIR or CDA.
    fn plan() -> &'static [Pas] {
        &[]
    }
    /// Member `i`'s place (one `match`: typed access to the fields).
    fn valeur(&self, i: usize) -> Option<&dyn Valeur>;
    fn valeur_mut(&mut self, i: usize) -> Option<&mut dyn Valeur>;
}

/// The description of field `i` of `S` (for the derive and the rules).
pub fn champ_de<S: Structure>(i: usize) -> &'static Champ<'static> {
    S::table().get(i).map_or(&AUCUN, Membre::champ)
}

/// The description of block `i` of `S`.
pub fn bloc_de<S: Structure>(i: usize) -> &'static Bloc<'static> {
    S::table().get(i).map_or(&AUCUN_BLOC, Membre::bloc)
}

/// One place of a struct, as the table walks it: its type says how it is
/// read, checked and written.
pub trait Valeur {
    fn lire(
        &mut self,
        l: &mut Lecteur,
        c: &Chemin,
        d: &Description,
        f: &mut Flux<'_>,
    ) -> Result<(), ErreurJson>;
    fn verifier(&self, v: &mut Verificateur<'_>, d: &Description);
    fn ecrire(&self, o: &mut Objet<'_>, d: &Description);
    /// The value as the report's walk hands it to a writer (nothing when
    /// not filled).
    #[cfg(feature = "usager")]
    fn sortie(&self, s: &mut dyn Sortie, d: &Description);
    fn rempli(&self) -> bool;
    fn debug(&self) -> &dyn std::fmt::Debug;
}
