//! The four evaluation grids of the TDDUI guide, built in (`usager.md`,
//! "Campaign models and the guide's grids as models"): AGGIR PA SSIAD,
//! AGGIR PH SSIAD, SERAFIN and the SSIAD situation, as the ANS publishes
//! them (`codegen/grilles/`, sources in its README), each read once into a
//! checked [`Modele`] by the Questionnaire reader of [`crate::model`].
//!
//! [`grille`] finds one by the guide's version and its canonical URL;
//! [`valider_reponses`] checks an evaluation's `reponses` (collection file,
//! format 2) against it; [`reponses_depuis_donnees`] turns the payload
//! that generated code writes into those `reponses`, and back.

mod aggir;
mod imbrication;
mod reponses;

pub use aggir::REGLE_ADVERBES;
pub use imbrication::{donnees_depuis_reponses, reponses_depuis_donnees};
pub use reponses::{VALEUR, valider_reponses, valider_reponses_modele};

use crate::model::{self, Modele, Source};
use std::sync::LazyLock;

/// The canonical base of the guide's Questionnaires.
pub const BASE_TDDUI: &str = "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/";

/// The guide versions whose grids are built in, newest first.
pub const VERSIONS_GUIDE: &[&str] = &["2.3.0", "2.2.0"];

/// One grid of one guide version.
#[derive(Debug)]
pub struct Grille {
    /// Canonical URL, without `|version`.
    pub url: &'static str,
    /// The guide version it belongs to (also the model's version, and the
    /// `|version` a QuestionnaireResponse names).
    pub version: &'static str,
    /// The Questionnaire's `id` (`tddui-questionnaire-aggir-pa-ssiad`).
    pub id: &'static str,
    /// The Questionnaire's JSON as published (2.3.0's text; 2.2.0's differs
    /// only by its `version` and `date`, see `codegen/grilles/README.md`).
    pub texte: &'static str,
    /// The grid read as a checked model.
    pub modele: Modele,
    /// An AGGIR grid (PA or PH): its GIR and every variable with its four
    /// adverbs are required.
    pub aggir: bool,
}

impl Grille {
    /// `url|version`, as a QuestionnaireResponse's `questionnaire`.
    pub fn url_versionnee(&self) -> String {
        format!("{}|{}", self.url, self.version)
    }
}

/// The published files: id, text.
const FICHIERS: &[(&str, &str)] = &[
    (
        "tddui-questionnaire-aggir-pa-ssiad",
        include_str!(
            "../../grilles/tddui-2.3.0/Questionnaire-tddui-questionnaire-aggir-pa-ssiad.json"
        ),
    ),
    (
        "tddui-questionnaire-aggir-ph-ssiad",
        include_str!(
            "../../grilles/tddui-2.3.0/Questionnaire-tddui-questionnaire-aggir-ph-ssiad.json"
        ),
    ),
    (
        "tddui-questionnaire-serafin",
        include_str!("../../grilles/tddui-2.3.0/Questionnaire-tddui-questionnaire-serafin.json"),
    ),
    (
        "tddui-questionnaire-situation-ssiad",
        include_str!(
            "../../grilles/tddui-2.3.0/Questionnaire-tddui-questionnaire-situation-ssiad.json"
        ),
    ),
];

/// Every built-in grid of every version, read once. A grid that would not
/// read is left out rather than panicking (the tests read all four).
static GRILLES: LazyLock<Vec<Grille>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for version in VERSIONS_GUIDE {
        for (id, texte) in FICHIERS {
            let source = Source {
                nom: format!("grilles/tddui-2.3.0/Questionnaire-{id}.json"),
                texte: (*texte).to_owned(),
                sha256: sha256(texte),
            };
            let Ok((mut modele, _)) = model::charger(&source, false) else {
                continue;
            };
            modele.identite.version = (*version).to_owned();
            out.push(Grille {
                url: url_de(id),
                version,
                id,
                texte,
                modele,
                aggir: id.starts_with("tddui-questionnaire-aggir-"),
            });
        }
    }
    out
});

fn url_de(id: &str) -> &'static str {
    // Four fixed strings: spelled out rather than leaked.
    match id {
        "tddui-questionnaire-aggir-pa-ssiad" => {
            "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-pa-ssiad"
        }
        "tddui-questionnaire-aggir-ph-ssiad" => {
            "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-ph-ssiad"
        }
        "tddui-questionnaire-serafin" => {
            "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-serafin"
        }
        _ => {
            "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-situation-ssiad"
        }
    }
}

fn sha256(texte: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(texte.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The grid of guide `version_guide` whose canonical URL is `url`. `url`
/// may end with `|version`: the grid is then the one that guide version
/// published (a QuestionnaireResponse names its own version, whatever the
/// version chosen for reading), `None` if that version is not supported.
pub fn grille(version_guide: &str, url: &str) -> Option<&'static Grille> {
    let (url, version) = match url.split_once('|') {
        Some((u, v)) => (u, v),
        None => (url, version_guide),
    };
    GRILLES
        .iter()
        .find(|g| g.url == url && g.version == version)
}

/// The grids of one guide version, in the guide's order (AGGIR PA, AGGIR
/// PH, SERAFIN, situation SSIAD); empty for an unsupported version.
pub fn grilles(version_guide: &str) -> impl Iterator<Item = &'static Grille> {
    GRILLES.iter().filter(move |g| g.version == version_guide)
}

/// Whether `url` (with or without `|version`) names one of the guide's
/// grids, whatever the version.
pub fn est_grille(url: &str) -> bool {
    let url = url.split('|').next().unwrap_or(url);
    FICHIERS.iter().any(|(id, _)| url_de(id) == url)
}
