//! Les quatre grilles d'évaluation du guide TDDUI, intégrées : AGGIR PA
//! SSIAD, AGGIR PH SSIAD, SERAFIN et la situation SSIAD, telles que l'ANS
//! les publie (`core/grilles/`, sources dans son README), chacune lue une
//! fois en [`Modele`] vérifié par le lecteur de Questionnaires de
//! [`crate::model`] (voir `docs/usager.md`).
//!
//! [`grille`] en trouve une par la version du guide et son URL canonique ;
//! [`valider_reponses`] vérifie contre elle les `reponses` d'une évaluation
//! (fichier de collecte, format 2) ; [`reponses_depuis_donnees`] fait de
//! l'objet `donnees` qu'écrit le code généré ces `reponses`, et
//! [`donnees_depuis_reponses`] l'inverse.

mod aggir;
mod imbrication;
mod reponses;

pub use aggir::REGLE_ADVERBES;
pub use imbrication::{donnees_depuis_reponses, reponses_depuis_donnees};
pub use reponses::{VALEUR, valider_reponses, valider_reponses_modele};

use crate::model::{self, Modele, Source};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// La base des URL canoniques des Questionnaires du guide.
pub const BASE_TDDUI: &str = "https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/";

/// Les versions du guide dont les grilles sont intégrées, la plus récente
/// d'abord.
pub const VERSIONS_GUIDE: &[&str] = &["2.3.0", "2.2.0"];

/// Une grille d'une version du guide.
#[derive(Debug)]
pub struct Grille {
    /// L'URL canonique, sans `|version`.
    pub url: &'static str,
    /// La version du guide (aussi celle du modèle, et le `|version` que
    /// nomme une QuestionnaireResponse).
    pub version: &'static str,
    /// L'`id` du Questionnaire (`tddui-questionnaire-aggir-pa-ssiad`).
    pub id: &'static str,
    /// Le JSON du Questionnaire tel que publié (celui de 2.3.0 ; celui de
    /// 2.2.0 n'en diffère que par `version` et `date`, voir
    /// `core/grilles/README.md`).
    pub texte: &'static str,
    /// La grille lue en modèle vérifié.
    pub modele: Modele,
    /// Une grille AGGIR (PA ou PH) : son GIR, chaque variable et ses quatre
    /// adverbes sont requis.
    pub aggir: bool,
    /// Le `code` du Questionnaire : le type d'évaluation (terminologie
    /// CISIS, `MED-1293` pour AGGIR PA SSIAD).
    pub code: Option<Codage>,
    /// Le premier `code` de chaque item, par `linkId` (CIF, CISIS, CIM-10,
    /// SERAFIN-PH).
    codes_items: BTreeMap<String, Codage>,
}

/// Un code d'une terminologie : `system`, `code`, `display` d'un Coding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Codage {
    pub systeme: String,
    pub code: String,
    pub libelle: Option<String>,
}

impl Grille {
    /// `url|version`, comme le `questionnaire` d'une QuestionnaireResponse.
    pub fn url_versionnee(&self) -> String {
        format!("{}|{}", self.url, self.version)
    }

    /// Le code de l'item `link_id` dans la grille (`b160` en CIF pour
    /// `fonction-pensee`, `MED-1307` pour un adverbe « spontanément »), que
    /// le modèle ne garde pas.
    pub fn code_item(&self, link_id: &str) -> Option<&Codage> {
        self.codes_items.get(link_id)
    }
}

fn codage(c: &serde_json::Value) -> Option<Codage> {
    Some(Codage {
        systeme: c.get("system")?.as_str()?.to_owned(),
        code: c.get("code")?.as_str()?.to_owned(),
        libelle: c.get("display").and_then(|d| d.as_str()).map(str::to_owned),
    })
}

/// The first `code` of every item of a Questionnaire, by linkId.
fn codes_items(q: &serde_json::Value) -> BTreeMap<String, Codage> {
    fn visiter(items: &serde_json::Value, out: &mut BTreeMap<String, Codage>) {
        for it in items.as_array().into_iter().flatten() {
            if let (Some(id), Some(c)) = (
                it.get("linkId").and_then(|l| l.as_str()),
                it.get("code").and_then(|c| c.get(0)).and_then(codage),
            ) {
                out.insert(id.to_owned(), c);
            }
            if let Some(sous) = it.get("item") {
                visiter(sous, out);
            }
        }
    }
    let mut out = BTreeMap::new();
    if let Some(items) = q.get("item") {
        visiter(items, &mut out);
    }
    out
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
            let q: serde_json::Value = serde_json::from_str(texte).unwrap_or_default();
            out.push(Grille {
                code: q.get("code").and_then(|c| c.get(0)).and_then(codage),
                codes_items: codes_items(&q),
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

/// La grille de la version `version_guide` du guide dont l'URL canonique
/// est `url`. `url` peut finir par `|version` : c'est alors la grille
/// publiée par cette version-là (une QuestionnaireResponse nomme la sienne,
/// quelle que soit la version choisie pour lire), `None` si elle n'est pas
/// prise en charge.
pub fn grille(version_guide: &str, url: &str) -> Option<&'static Grille> {
    let (url, version) = match url.split_once('|') {
        Some((u, v)) => (u, v),
        None => (url, version_guide),
    };
    GRILLES
        .iter()
        .find(|g| g.url == url && g.version == version)
}

/// Les grilles d'une version du guide, dans l'ordre du guide (AGGIR PA,
/// AGGIR PH, SERAFIN, situation SSIAD) ; aucune pour une version non prise
/// en charge.
pub fn grilles(version_guide: &str) -> impl Iterator<Item = &'static Grille> {
    GRILLES.iter().filter(move |g| g.version == version_guide)
}

/// Si `url` (avec ou sans `|version`) désigne une des grilles du guide,
/// quelle que soit la version.
pub fn est_grille(url: &str) -> bool {
    let url = url.split('|').next().unwrap_or(url);
    FICHIERS.iter().any(|(id, _)| url_de(id) == url)
}
