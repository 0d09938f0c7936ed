//! What detection finds: one typed change ([`Changement`]) with its data
//! before and after, borrowed from the two models. Its nature is
//! [`Changement::nature`], its impact [`super::impact::impact`], its French
//! wording [`super::libelles::message`] and its shown properties
//! [`super::proprietes`]: [`Constat::ecart`] puts them together.

use super::{Ecart, Nature, impact, libelles, proprietes};
use crate::model::{Bloc, Champ, Niveau, Nomenclature, Regle, TypeChamp, Valeur};
use sidoba::{Date, Decimal, Severite};

/// A change and what it is about.
pub(super) struct Constat<'m> {
    /// See [`Ecart::cible`].
    pub cible: String,
    /// The block path (see [`Ecart::chemin`]; the field's code is added by
    /// [`super::comparer`]).
    pub chemin: String,
    pub changement: Changement<'m>,
}

impl Constat<'_> {
    /// The report entry, fingerprint not yet set; `usager` when the models
    /// are user-level (their answers travel as FHIR Bundles).
    pub fn ecart(&self, usager: bool) -> Ecart {
        let c = &self.changement;
        let (avant, apres) = proprietes::avant_apres(c);
        let fhir = usager.then(|| impact::fhir(c)).flatten();
        let mut message = libelles::message(c);
        if let Some(raison) = fhir {
            message.push_str(raison);
        }
        Ecart {
            nature: c.nature(),
            impact: if fhir.is_some() {
                super::Impact::Cassant
            } else {
                impact::impact(c)
            },
            cible: self.cible.clone(),
            chemin: self.chemin.clone(),
            bloc: String::new(),
            avant,
            apres,
            message,
            empreinte: String::new(),
            definition: proprietes::definition(c),
            acquitte: false,
        }
    }
}

/// One limit of a field or block: a bound, a length, a row count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Limite {
    Min,
    Max,
    LongueurMin,
    LongueurMax,
    LignesMin,
    LignesMax,
}

impl Limite {
    /// Its JSON key.
    pub fn cle(self) -> &'static str {
        match self {
            Limite::Min => "min",
            Limite::Max => "max",
            Limite::LongueurMin => "longueurMin",
            Limite::LongueurMax => "longueurMax",
            Limite::LignesMin => "minLignes",
            Limite::LignesMax => "maxLignes",
        }
    }

    /// A lower limit (up is tighter) or an upper one (down is tighter).
    pub fn basse(self) -> bool {
        matches!(self, Limite::Min | Limite::LongueurMin | Limite::LignesMin)
    }
}

/// The value of a limit.
pub(super) enum Quantite {
    /// A length or a row count.
    Compte(u64),
    Nombre(Decimal),
    Date(Date),
}

/// One limit before and after (`None`: no limit).
pub(super) struct Borne {
    pub limite: Limite,
    pub avant: Option<Quantite>,
    pub apres: Option<Quantite>,
}

/// What limits a [`Changement::Limites`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Genre {
    /// `minLignes`, `maxLignes`.
    Lignes,
    /// `longueurMin`, `longueurMax`.
    Longueur,
    /// `min`, `max` of a number or a date.
    Bornes,
}

/// How the row of a moved field or block changes, by block labels.
pub(super) enum Lignes<'m> {
    Memes,
    Entre(&'m str),
    Sort(&'m str),
    Passe(&'m str, &'m str),
}

impl Lignes<'_> {
    pub fn changent(&self) -> bool {
        !matches!(self, Lignes::Memes)
    }
}

/// What a label belongs to.
pub(super) enum Objet<'m> {
    Bloc,
    Champ,
    Nomenclature,
    Valeur {
        code: &'m str,
        nomenclature: &'m str,
    },
}

/// A pair of (old, new) lists of codes.
pub(super) type Ordre<'m> = (Vec<&'m str>, Vec<&'m str>);

/// One change, by nature, with its typed data (`nom`: the label of what
/// changed, for messages).
pub(super) enum Changement<'m> {
    BlocAjoute {
        bloc: &'m Bloc,
        /// It makes vendors send something (see `detection::blocs`).
        exige: bool,
    },
    BlocSupprime {
        bloc: &'m Bloc,
    },
    BlocRenomme {
        avant: &'m Bloc,
        apres: &'m Bloc,
    },
    /// Under another parent (labels; `None`: the root).
    BlocDeplace {
        bloc: &'m Bloc,
        de: Option<&'m str>,
        vers: Option<&'m str>,
        lignes: Lignes<'m>,
        chemin_avant: String,
        chemin_apres: String,
    },
    BlocDevenuRepetable {
        bloc: &'m Bloc,
    },
    BlocDevenuSimple {
        avant: &'m Bloc,
        apres: &'m Bloc,
    },
    /// Limits that all moved the same way (`serre`: tighter).
    Limites {
        genre: Genre,
        serre: bool,
        nom: &'m str,
        bornes: Vec<Borne>,
        /// An `entier`'s bounds moving into or out of 32 bits: its FHIR
        /// item type changes (`integer` ↔ `decimal`).
        bascule_32_bits: bool,
    },
    OrdreBloc {
        nom: &'m str,
        champs: Option<Ordre<'m>>,
        blocs: Option<Ordre<'m>>,
    },
    OrdreModele {
        blocs: Ordre<'m>,
    },
    ChampAjoute {
        champ: &'m Champ,
    },
    ChampSupprime {
        champ: &'m Champ,
    },
    ChampRenomme {
        avant: &'m Champ,
        apres: &'m Champ,
    },
    /// Into another block (labels).
    ChampDeplace {
        champ: &'m Champ,
        de: &'m str,
        vers: &'m str,
        lignes: Lignes<'m>,
        chemin_avant: String,
        chemin_apres: String,
    },
    Obligatoire {
        nom: &'m str,
        devenu: bool,
    },
    /// Another kind of type (never two of the same kind).
    Type {
        nom: &'m str,
        avant: &'m TypeChamp,
        apres: &'m TypeChamp,
    },
    Decimales {
        nom: &'m str,
        avant: u32,
        apres: u32,
    },
    /// Never both `None`, never equal.
    Motif {
        nom: &'m str,
        avant: Option<&'m String>,
        apres: Option<&'m String>,
    },
    /// Another code list (codes, and the lists when they exist).
    NomenclatureChangee {
        nom: &'m str,
        avant: (&'m str, Option<&'m Nomenclature>),
        apres: (&'m str, Option<&'m Nomenclature>),
        /// Values the old list accepts and the new one does not (`None`
        /// when a list is missing).
        perdues: Option<Vec<&'m str>>,
    },
    Multiple {
        nom: &'m str,
        devenu: bool,
    },
    Libelle {
        objet: Objet<'m>,
        avant: &'m str,
        apres: &'m str,
    },
    /// Of a block or a field.
    Description {
        objet: Objet<'m>,
        nom: &'m str,
        avant: Option<&'m String>,
        apres: Option<&'m String>,
    },
    /// Of a code list.
    Reference {
        nom: &'m str,
        avant: Option<&'m String>,
        apres: Option<&'m String>,
    },
    Unite {
        nom: &'m str,
        avant: Option<&'m String>,
        apres: Option<&'m String>,
    },
    DonneePersonnelle {
        nom: &'m str,
        devenue: bool,
    },
    Deprecie {
        nom: &'m str,
        devenu: bool,
    },
    /// `nom`: the code list's label.
    ValeurAjoutee {
        nom: &'m str,
        valeur: &'m Valeur,
    },
    /// Made active again or inactive (the new value).
    ValeurActivite {
        nom: &'m str,
        valeur: &'m Valeur,
    },
    ValeurSupprimee {
        nom: &'m str,
        valeur: &'m Valeur,
    },
    RegleAjoutee {
        regle: &'m Regle,
    },
    RegleSupprimee {
        regle: &'m Regle,
    },
    Severite {
        avant: Severite,
        regle: &'m Regle,
    },
    /// Its expression and/or its block changed (`bloc`: set when the block
    /// changed, with the new block's label when there is one).
    RegleModifiee {
        avant: &'m Regle,
        apres: &'m Regle,
        expression: bool,
        bloc: Option<Option<&'m str>>,
    },
    /// Its label and/or its message changed.
    LibelleRegle {
        avant: &'m Regle,
        apres: &'m Regle,
        libelle: bool,
        message: bool,
    },
    Niveau {
        avant: Niveau,
        apres: Niveau,
    },
    LibelleModele {
        avant: Option<&'m String>,
        apres: Option<&'m String>,
    },
    VersionIncoherente {
        version: &'m str,
        /// Breaking or to-check entries.
        graves: usize,
    },
}

impl Changement<'_> {
    pub fn nature(&self) -> Nature {
        use Changement as C;
        match self {
            C::BlocAjoute { .. } => Nature::BlocAjoute,
            C::BlocSupprime { .. } => Nature::BlocSupprime,
            C::BlocRenomme { .. } => Nature::BlocRenomme,
            C::BlocDeplace { .. } | C::ChampDeplace { .. } => Nature::ChampDeplace,
            C::BlocDevenuRepetable { .. } => Nature::BlocDevenuRepetable,
            C::BlocDevenuSimple { .. } => Nature::BlocDevenuSimple,
            C::Limites { genre, serre, .. } => match (genre, serre) {
                (Genre::Lignes, true) => Nature::LignesResserrees,
                (Genre::Lignes, false) => Nature::LignesRelachees,
                (Genre::Longueur, true) => Nature::LongueurResserree,
                (Genre::Longueur, false) => Nature::LongueurRelachee,
                (Genre::Bornes, true) => Nature::BorneResserree,
                (Genre::Bornes, false) => Nature::BorneRelachee,
            },
            C::OrdreBloc { .. } | C::OrdreModele { .. } => Nature::OrdreModifie,
            C::ChampAjoute { .. } => Nature::ChampAjoute,
            C::ChampSupprime { .. } => Nature::ChampSupprime,
            C::ChampRenomme { .. } => Nature::ChampRenomme,
            C::Obligatoire { devenu: true, .. } => Nature::DevenuObligatoire,
            C::Obligatoire { devenu: false, .. } => Nature::DevenuFacultatif,
            C::Type { .. } | C::Niveau { .. } => Nature::TypeModifie,
            C::Decimales { avant, apres, .. } if apres < avant => Nature::DecimalesReduites,
            C::Decimales { .. } => Nature::DecimalesAugmentees,
            C::Motif { avant: None, .. } => Nature::MotifAjoute,
            C::Motif { apres: None, .. } => Nature::MotifSupprime,
            C::Motif { .. } => Nature::MotifModifie,
            C::NomenclatureChangee { .. } => Nature::NomenclatureChangee,
            C::Multiple { devenu: true, .. } => Nature::DevenuMultiple,
            C::Multiple { devenu: false, .. } => Nature::DevenuSimpleValeur,
            C::Libelle { .. } | C::LibelleRegle { .. } | C::LibelleModele { .. } => {
                Nature::LibelleModifie
            }
            C::Description { .. } | C::Reference { .. } => Nature::DescriptionModifiee,
            C::Unite { .. } => Nature::UniteModifiee,
            C::DonneePersonnelle { .. } => Nature::DonneePersonnelleModifiee,
            C::Deprecie { .. } => Nature::Deprecie,
            C::ValeurAjoutee { .. } => Nature::ValeurAjoutee,
            C::ValeurActivite { valeur, .. } if valeur.actif => Nature::ValeurAjoutee,
            C::ValeurActivite { .. } | C::ValeurSupprimee { .. } => Nature::ValeurSupprimee,
            C::RegleAjoutee { .. } => Nature::RegleAjoutee,
            C::RegleSupprimee { .. } => Nature::RegleSupprimee,
            C::Severite { regle, .. } => match regle.severite {
                Severite::Bloquante => Nature::SeveriteDurcie,
                Severite::Avertissement => Nature::SeveriteAssouplie,
            },
            C::RegleModifiee { .. } => Nature::RegleModifiee,
            C::VersionIncoherente { .. } => Nature::VersionIncoherente,
        }
    }
}
