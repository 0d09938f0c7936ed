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
//! One file per concern, data below logic: `ecart` holds the report's
//! types ([`Nature`], [`Impact`], [`Ecart`]) and `changement` the typed
//! changes (one variant per kind of change with its data before and
//! after), both importing nothing above them; `detection` finds what
//! changed; `impact` classifies it (one match, the contract's table);
//! `libelles` words it in French; `proprietes` gives what the entry shows
//! before and after; `fingerprint` stamps it; [`comparer`] and its
//! `ecart` put the entry together. A new nature is a [`Nature`] in
//! `ecart.rs`, a variant in `changement.rs` and an arm in each of
//! `impact.rs`, `libelles.rs` and `proprietes.rs` (the compiler lists the
//! matches to complete), then its detection.

mod changement;
mod detection;
mod ecart;
mod fingerprint;
mod gate;
mod impact;
mod libelles;
mod proprietes;
mod rename;

pub use ecart::{Ecart, EnTete, Impact, Nature, Proprietes, Rapport, Resume, ValeurJson};
pub use gate::{Acquittements, ErreurAcquittements, LigneInvalide, Seuil};
pub use rename::{SEUIL_SIMILARITE, similarite};

use crate::model::Modele;
use changement::Constat;

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
        .map(|c| ecart(c, usager))
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

/// The report entry of a detected change, fingerprint not yet set: its
/// nature, impact, French wording and shown properties, each from its own
/// file; `usager` when the models are user-level (their answers travel as
/// FHIR Bundles).
fn ecart(constat: &Constat<'_>, usager: bool) -> Ecart {
    let c = &constat.changement;
    let (avant, apres) = proprietes::avant_apres(c);
    let fhir = usager.then(|| impact::fhir(c)).flatten();
    let mut message = libelles::message(c);
    if let Some(raison) = fhir {
        message.push_str(raison);
    }
    Ecart {
        nature: c.nature(),
        impact: if fhir.is_some() {
            Impact::Cassant
        } else {
            impact::impact(c)
        },
        cible: constat.cible.clone(),
        chemin: constat.chemin.clone(),
        bloc: String::new(),
        avant,
        apres,
        message,
        empreinte: String::new(),
        definition: fingerprint::definition(c),
        acquitte: false,
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
