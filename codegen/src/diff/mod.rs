//! The WS04-style change report between two versions of a model.
//!
//! [`comparer`] takes two checked models and returns a [`Rapport`]: the list
//! of changes ([`Ecart`]), each with its kind ([`Nature`]), its impact for
//! the vendor who produces the data ([`Impact`]), what it is about
//! (`cible`, `chemin`), the changed properties before and after, a French
//! message and a stable fingerprint. The renderers in [`crate::render`] are
//! pure functions of the report; the gate ([`Seuil`], [`Acquittements`])
//! decides the exit status of `sidoba diff`.
//!
//! The contract is `ws04-ecarts.md`; the choices it leaves open are written
//! down in `docs/diff.md`.
//!
//! One file per concern: `detection` finds what changed, as typed changes
//! (`changement::Changement`, one variant per kind of change with its data
//! before and after); `impact` classifies them (one match, the contract's
//! table); `libelles` words them in French; `proprietes` gives what the
//! entry shows before and after; `fingerprint` and [`comparer`] finish the
//! entries. A new nature is a [`Nature`] here, a variant in `changement.rs`
//! and an arm in each of `impact.rs`, `libelles.rs` and `proprietes.rs`
//! (the compiler lists the matches to complete), then its detection.

mod changement;
mod detection;
mod fingerprint;
mod gate;
mod impact;
mod libelles;
mod proprietes;
mod rename;

pub use gate::{Acquittements, ErreurAcquittements, LigneInvalide, Seuil};
pub use rename::{SEUIL_SIMILARITE, similarite};

use crate::model::Modele;
use std::collections::BTreeMap;
use std::fmt;

/// Compares two checked models: `ancien` (last campaign's) and `nouveau`.
///
/// The report is sorted (impact, `chemin`, `cible`, `nature`, then
/// fingerprint), so the same inputs always give the same report.
pub fn comparer(ancien: &Modele, nouveau: &Modele) -> Rapport {
    let usager = [ancien, nouveau]
        .iter()
        .any(|m| m.identite.niveau == crate::model::Niveau::Usager);
    let mut ecarts: Vec<Ecart> = detection::constats(ancien, nouveau)
        .iter()
        .map(|c| c.ecart(usager))
        .collect();
    let champs: std::collections::BTreeSet<&str> = ancien
        .champs()
        .into_iter()
        .chain(nouveau.champs())
        .map(|(_, c)| c.code.as_str())
        .collect();
    for e in &mut ecarts {
        e.bloc = e.chemin.clone();
        if champ_concerne(e.nature) && champs.contains(e.cible.as_str()) {
            e.chemin = if e.chemin.is_empty() {
                e.cible.clone()
            } else {
                format!("{}/{}", e.chemin, e.cible)
            };
        }
        e.empreinte = fingerprint::empreinte(&fingerprint::Identite {
            nature: e.nature,
            impact: e.impact,
            cible: &e.cible,
            chemin: &e.chemin,
            avant: e.avant.as_ref(),
            apres: e.apres.as_ref(),
            definition: e.definition.as_deref(),
        });
    }
    ecarts.sort_by(|a, b| {
        (a.impact, &a.chemin, &a.cible, a.nature.code(), &a.empreinte).cmp(&(
            b.impact,
            &b.chemin,
            &b.cible,
            b.nature.code(),
            &b.empreinte,
        ))
    });
    let resume = Resume::de(&ecarts);
    Rapport {
        ancien: EnTete::de(ancien),
        nouveau: EnTete::de(nouveau),
        resume,
        ecarts,
    }
}

/// Whether a change of this nature can be about a field (its `cible` then
/// names the field, and `chemin` ends with it).
fn champ_concerne(n: Nature) -> bool {
    let code = n.code();
    !(code.starts_with("bloc_")
        || code.starts_with("lignes_")
        || code.starts_with("valeur_")
        || code.starts_with("regle_")
        || code.starts_with("severite_")
        || code == "ordre_modifie"
        || code == "version_incoherente")
}

/// The whole report: which models were compared, counts, and the changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rapport {
    pub ancien: EnTete,
    pub nouveau: EnTete,
    /// Count of entries per impact, acknowledged ones included.
    pub resume: Resume,
    pub ecarts: Vec<Ecart>,
}

/// Identity of a compared model, as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnTete {
    /// `modele.code`
    pub code: String,
    /// `modele.version`
    pub version: String,
    /// `campagne.id`
    pub campagne: String,
}

impl EnTete {
    fn de(m: &Modele) -> EnTete {
        EnTete {
            code: m.identite.code.clone(),
            version: m.identite.version.clone(),
            campagne: m.campagne.id.clone(),
        }
    }
}

/// Number of entries per impact level; the four levels are always there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Resume {
    pub cassant: usize,
    pub a_verifier: usize,
    pub compatible: usize,
    pub information: usize,
}

impl Resume {
    fn de(ecarts: &[Ecart]) -> Resume {
        let mut r = Resume::default();
        for e in ecarts {
            *r.compte_mut(e.impact) += 1;
        }
        r
    }

    /// The count for one impact level.
    pub fn compte(&self, impact: Impact) -> usize {
        match impact {
            Impact::Cassant => self.cassant,
            Impact::AVerifier => self.a_verifier,
            Impact::Compatible => self.compatible,
            Impact::Information => self.information,
        }
    }

    fn compte_mut(&mut self, impact: Impact) -> &mut usize {
        match impact {
            Impact::Cassant => &mut self.cassant,
            Impact::AVerifier => &mut self.a_verifier,
            Impact::Compatible => &mut self.compatible,
            Impact::Information => &mut self.information,
        }
    }

    pub fn total(&self) -> usize {
        self.cassant + self.a_verifier + self.compatible + self.information
    }
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ecart {
    pub nature: Nature,
    pub impact: Impact,
    /// Code of what changed: a block, a field, a rule, the model, or
    /// `nomenclature:VALEUR` for a code-list value.
    pub cible: String,
    /// Path of what changed, `/`-separated, in NEW (in OLD for removals):
    /// the block codes down to it, ending with the field's code for a field
    /// (`capacite/gmp`, as in the contract's example) or the block's own
    /// code for a block; a row rule's block path; empty for what is outside
    /// blocks (code lists, rules on the whole report, the model itself).
    pub chemin: String,
    /// The block path alone (`chemin` without a field's code), for grouping
    /// in the text and Markdown reports.
    pub bloc: String,
    /// Changed properties before (`None` when the thing is added or
    /// removed). Keys are the model's JSON keys; an absent property is
    /// [`ValeurJson::Nul`].
    pub avant: Option<Proprietes>,
    /// Changed properties after.
    pub apres: Option<Proprietes>,
    /// What changed, in French, naming labels.
    pub message: String,
    /// 12 lower-case hex digits, stable for the same change (see
    /// `fingerprint.rs` for what it covers).
    pub empreinte: String,
    /// For an addition, the canonical JSON of the whole definition of what
    /// was added: part of the fingerprint, not of the rendered report.
    pub(crate) definition: Option<String>,
    /// Acknowledged through `--ignore`: still reported, not counted by the
    /// gate.
    pub acquitte: bool,
}

/// Changed properties, by JSON key, in key order.
pub type Proprietes = BTreeMap<String, ValeurJson>;

/// A JSON value of a property. Numbers keep their exact decimal text: a
/// bound of `0.1` is written `0.1`, never through a binary float.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValeurJson {
    Nul,
    Booleen(bool),
    /// The number's JSON text (plain notation, no trailing zeros).
    Nombre(String),
    Texte(String),
    Liste(Vec<ValeurJson>),
}

impl ValeurJson {
    /// The compact JSON text of the value.
    pub fn json(&self) -> String {
        let mut s = String::new();
        self.ecrire(&mut s);
        s
    }

    pub(crate) fn ecrire(&self, buf: &mut String) {
        match self {
            ValeurJson::Nul => buf.push_str("null"),
            ValeurJson::Booleen(b) => buf.push_str(if *b { "true" } else { "false" }),
            ValeurJson::Nombre(n) => buf.push_str(n),
            ValeurJson::Texte(t) => sidoba::__private_v1::ecriture::chaine(buf, t),
            ValeurJson::Liste(l) => {
                buf.push('[');
                for (i, v) in l.iter().enumerate() {
                    if i > 0 {
                        buf.push(',');
                    }
                    v.ecrire(buf);
                }
                buf.push(']');
            }
        }
    }
}

impl fmt::Display for ValeurJson {
    /// For people: texts without quotes, lists comma-separated, absence as
    /// `(aucun)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValeurJson::Nul => f.write_str("(aucun)"),
            ValeurJson::Booleen(b) => f.write_str(if *b { "oui" } else { "non" }),
            ValeurJson::Nombre(n) => f.write_str(n),
            ValeurJson::Texte(t) => f.write_str(t),
            ValeurJson::Liste(l) => {
                for (i, v) in l.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{v}")?;
                }
                Ok(())
            }
        }
    }
}

/// Impact of a change for the vendor who produces the data, worst first
/// (the derived order is the report's order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impact {
    /// Data or code that conformed to OLD can fail NEW.
    Cassant,
    /// The model alone cannot tell; the gate treats it as `cassant`.
    AVerifier,
    /// What conformed to OLD still conforms to NEW.
    Compatible,
    /// Labels, help text, units, order, deprecation marks.
    Information,
}

impl Impact {
    /// All levels, worst first.
    pub const TOUS: [Impact; 4] = [
        Impact::Cassant,
        Impact::AVerifier,
        Impact::Compatible,
        Impact::Information,
    ];

    /// The `impact` value of the JSON report.
    pub const fn code(self) -> &'static str {
        match self {
            Impact::Cassant => "cassant",
            Impact::AVerifier => "a_verifier",
            Impact::Compatible => "compatible",
            Impact::Information => "information",
        }
    }

    /// For people (`à vérifier`).
    pub const fn libelle(self) -> &'static str {
        match self {
            Impact::Cassant => "cassant",
            Impact::AVerifier => "à vérifier",
            Impact::Compatible => "compatible",
            Impact::Information => "information",
        }
    }
}

macro_rules! natures {
    ($($(#[$doc:meta])* $v:ident = $code:literal,)*) => {
        /// Kind of change (`nature` in the JSON report).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Nature {
            $($(#[$doc])* $v,)*
        }

        impl Nature {
            /// Every kind, in the contract's order.
            pub const TOUTES: &'static [Nature] = &[$(Nature::$v,)*];

            /// The `nature` value of the JSON report.
            pub const fn code(self) -> &'static str {
                match self {
                    $(Nature::$v => $code,)*
                }
            }

            /// The kind whose code this is.
            pub fn depuis_code(code: &str) -> Option<Nature> {
                match code {
                    $($code => Some(Nature::$v),)*
                    _ => None,
                }
            }
        }
    };
}

natures! {
    /// A block (and all it holds) appears.
    BlocAjoute = "bloc_ajoute",
    /// A block (and all it holds) disappears.
    BlocSupprime = "bloc_supprime",
    /// A removed and an added block under the same parent, holding mostly
    /// the same fields, paired as one.
    BlocRenomme = "bloc_renomme",
    BlocDevenuRepetable = "bloc_devenu_repetable",
    BlocDevenuSimple = "bloc_devenu_simple",
    /// `minLignes` up, `maxLignes` down or added.
    LignesResserrees = "lignes_resserrees",
    LignesRelachees = "lignes_relachees",
    ChampAjoute = "champ_ajoute",
    ChampSupprime = "champ_supprime",
    /// A removed and an added field of the same block paired as one.
    ChampRenomme = "champ_renomme",
    /// Same code, another block (also used for a block moved under another
    /// parent).
    ChampDeplace = "champ_deplace",
    DevenuObligatoire = "devenu_obligatoire",
    DevenuFacultatif = "devenu_facultatif",
    TypeModifie = "type_modifie",
    /// `min` up, `max` down, or a bound added.
    BorneResserree = "borne_resserree",
    BorneRelachee = "borne_relachee",
    DecimalesReduites = "decimales_reduites",
    DecimalesAugmentees = "decimales_augmentees",
    LongueurResserree = "longueur_resserree",
    LongueurRelachee = "longueur_relachee",
    MotifAjoute = "motif_ajoute",
    MotifSupprime = "motif_supprime",
    MotifModifie = "motif_modifie",
    /// A `code` field points to another code list.
    NomenclatureChangee = "nomenclature_changee",
    /// A value removed from a code list, or made inactive.
    ValeurSupprimee = "valeur_supprimee",
    /// A value added to a code list, or reactivated.
    ValeurAjoutee = "valeur_ajoutee",
    DevenuMultiple = "devenu_multiple",
    DevenuSimpleValeur = "devenu_simple_valeur",
    RegleAjoutee = "regle_ajoutee",
    RegleSupprimee = "regle_supprimee",
    /// The expression (or the block) of a rule changed.
    RegleModifiee = "regle_modifiee",
    SeveriteDurcie = "severite_durcie",
    SeveriteAssouplie = "severite_assouplie",
    /// A label changed (of a field, block, code list, value, rule or its
    /// message, or the model).
    LibelleModifie = "libelle_modifie",
    DescriptionModifiee = "description_modifiee",
    UniteModifiee = "unite_modifiee",
    /// The relative order of the fields or sub-blocks kept in a block
    /// changed (or of the top-level blocks).
    OrdreModifie = "ordre_modifie",
    /// The deprecation mark of a field changed.
    Deprecie = "deprecie",
    DonneePersonnelleModifiee = "donnee_personnelle_modifiee",
    /// Breaking changes while `modele.version` is unchanged.
    VersionIncoherente = "version_incoherente",
}

impl Nature {
    /// The kind the same change has when OLD and NEW are swapped
    /// (`champ_ajoute` ↔ `champ_supprime`, `borne_resserree` ↔
    /// `borne_relachee`…); kinds that are their own mirror return
    /// themselves.
    pub const fn inverse(self) -> Nature {
        use Nature::*;
        match self {
            BlocAjoute => BlocSupprime,
            BlocSupprime => BlocAjoute,
            BlocDevenuRepetable => BlocDevenuSimple,
            BlocDevenuSimple => BlocDevenuRepetable,
            LignesResserrees => LignesRelachees,
            LignesRelachees => LignesResserrees,
            ChampAjoute => ChampSupprime,
            ChampSupprime => ChampAjoute,
            DevenuObligatoire => DevenuFacultatif,
            DevenuFacultatif => DevenuObligatoire,
            BorneResserree => BorneRelachee,
            BorneRelachee => BorneResserree,
            DecimalesReduites => DecimalesAugmentees,
            DecimalesAugmentees => DecimalesReduites,
            LongueurResserree => LongueurRelachee,
            LongueurRelachee => LongueurResserree,
            MotifAjoute => MotifSupprime,
            MotifSupprime => MotifAjoute,
            ValeurSupprimee => ValeurAjoutee,
            ValeurAjoutee => ValeurSupprimee,
            DevenuMultiple => DevenuSimpleValeur,
            DevenuSimpleValeur => DevenuMultiple,
            RegleAjoutee => RegleSupprimee,
            RegleSupprimee => RegleAjoutee,
            SeveriteDurcie => SeveriteAssouplie,
            SeveriteAssouplie => SeveriteDurcie,
            autre => autre,
        }
    }
}

impl fmt::Display for Nature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Impact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Rapport {
    /// True when the gate fails: an entry at or above `seuil` that is not
    /// acknowledged (`a_verifier` counts as `cassant`).
    pub fn echoue(&self, seuil: Seuil) -> bool {
        self.ecarts
            .iter()
            .any(|e| !e.acquitte && seuil.atteint(e.impact))
    }

    /// Marks as acknowledged the entries whose fingerprint is listed.
    /// Returns the listed fingerprints that match no entry, in the file's
    /// order (stale acknowledgements, worth a warning).
    pub fn acquitter(&mut self, acquittements: &Acquittements) -> Vec<String> {
        for e in &mut self.ecarts {
            if acquittements.contient(&e.empreinte) {
                e.acquitte = true;
            }
        }
        acquittements
            .empreintes()
            .filter(|a| !self.ecarts.iter().any(|e| &e.empreinte == *a))
            .cloned()
            .collect()
    }

    /// Number of acknowledged entries.
    pub fn acquittes(&self) -> usize {
        self.ecarts.iter().filter(|e| e.acquitte).count()
    }

    /// No change at all.
    pub fn est_vide(&self) -> bool {
        self.ecarts.is_empty()
    }
}
