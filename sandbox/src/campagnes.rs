//! The campaigns: one per model file of the models folder, open per its
//! dates and the server's date.

use crate::Erreur;
use jiff::civil::Date;
use sidoba_core::model::{self, Modele, Niveau, Source};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

pub struct Campagne {
    pub modele: Modele,
    /// The model file, byte for byte as published (WS02).
    pub octets: Arc<[u8]>,
    pub ouverture: Option<Date>,
    pub cloture: Option<Date>,
}

impl Campagne {
    pub fn id(&self) -> &str {
        &self.modele.campagne.id
    }

    pub fn structure(&self) -> bool {
        self.modele.identite.niveau == Niveau::Structure
    }

    /// `dateOuverture <= today <= dateCloture`; a missing date bounds nothing.
    pub fn ouverte(&self, aujourdhui: Date) -> bool {
        self.ouverture.is_none_or(|o| o <= aujourdhui)
            && self.cloture.is_none_or(|c| aujourdhui <= c)
    }
}

/// Campaigns by id (sorted, as WS01 lists them).
#[derive(Default)]
pub struct Campagnes(pub BTreeMap<String, Arc<Campagne>>);

impl Campagnes {
    /// Every `*.json` of `dossier`, in name order; an invalid model or two
    /// models of one campaign stop the start.
    pub fn charger(dossier: &Path) -> Result<Campagnes, Erreur> {
        let lecture = |e: std::io::Error| {
            Erreur(format!(
                "impossible de lire le dossier de modèles {} : {}",
                dossier.display(),
                sidoba_core::fichier::raison(&e)
            ))
        };
        let mut fichiers = Vec::new();
        for entree in std::fs::read_dir(dossier).map_err(lecture)? {
            let chemin = entree.map_err(lecture)?.path();
            if chemin.extension().is_some_and(|e| e == "json") && chemin.is_file() {
                fichiers.push(chemin);
            }
        }
        fichiers.sort();
        let mut campagnes = Campagnes::default();
        for chemin in fichiers {
            let c = charger_un(&chemin)?;
            let id = c.id().to_owned();
            if campagnes.0.insert(id.clone(), Arc::new(c)).is_some() {
                return Err(Erreur(format!(
                    "{} : la campagne {id} a déjà un modèle dans ce dossier",
                    chemin.display()
                )));
            }
        }
        if campagnes.0.is_empty() {
            return Err(Erreur(format!(
                "aucun modèle (*.json) dans {}",
                dossier.display()
            )));
        }
        Ok(campagnes)
    }

    pub fn get(&self, id: &str) -> Option<&Arc<Campagne>> {
        self.0.get(id)
    }
}

fn charger_un(chemin: &Path) -> Result<Campagne, Erreur> {
    let nom = chemin.display().to_string();
    let octets = std::fs::read(chemin).map_err(|e| {
        Erreur(format!(
            "impossible de lire {nom} : {}",
            sidoba_core::fichier::raison(&e)
        ))
    })?;
    let invalide = |d: &[model::Diagnostic]| {
        let premier = d
            .iter()
            .find(|d| d.gravite == model::Gravite::Erreur)
            .map(|d| format!(" ; {}:{} {}", d.position, d.pointeur, d.message))
            .unwrap_or_default();
        Erreur(format!("{nom} : modèle invalide{premier}"))
    };
    let source = Source::depuis_octets(&nom, octets.clone()).map_err(|d| invalide(&[*d]))?;
    let (modele, _avertissements) = model::charger(&source, false).map_err(|d| invalide(&d))?;
    let date = |d: Option<sidoba::Date>| -> Result<Option<Date>, Erreur> {
        d.map(|d| {
            d.to_string()
                .parse::<Date>()
                .map_err(|_| Erreur(format!("{nom} : date de campagne invalide")))
        })
        .transpose()
    };
    Ok(Campagne {
        ouverture: date(modele.campagne.date_ouverture)?,
        cloture: date(modele.campagne.date_cloture)?,
        modele,
        octets: octets.into(),
    })
}
