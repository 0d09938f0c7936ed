//! `sidoba validate MODEL FILE [--format text|json]`: a WS05 payload or a
//! user-level collection file.

use crate::Statut;
use crate::entree::{self, Charge};
use crate::sortie::{self, Probleme};
use clap::ValueEnum;
use sidoba::Constats;
use sidoba_core::json_texte::Json;
use sidoba_core::model::Modele;
use sidoba_core::usager::Fichier;
use std::io::{self, Write};
use std::path::Path;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

pub fn executer(
    out: &mut dyn Write,
    modele: &Path,
    payload: &Path,
    format: Format,
    tddui: Option<&str>,
) -> io::Result<Statut> {
    let Some(g) = crate::bundle::guide(tddui) else {
        return Ok(Statut::Erreur);
    };
    let resultat = match inverses(modele, payload) {
        Some(p) => Err(vec![p]),
        None => valider(modele, payload, g),
    };
    let (m, genre, constats, informations) = match resultat {
        Ok(x) => x,
        Err(problemes) => {
            // Same shape as the findings, with what stopped validation.
            let document = |erreurs| {
                vec![
                    ("valide".into(), Json::Booleen(false)),
                    ("erreurs".into(), erreurs),
                    ("constats".into(), Json::Tableau(Vec::new())),
                ]
            };
            let json = matches!(format, Format::Json);
            return sortie::echec(
                out,
                &problemes,
                json.then_some(document as sortie::Document),
            );
        }
    };
    match format {
        Format::Json => writeln!(out, "{}", constats.json())?,
        Format::Text => {
            let texte = match genre {
                Fichier::Collecte => sidoba_core::usager::texte,
                Fichier::Bundle => sidoba_core::usager::texte_bundle,
                _ => sidoba_core::validate::texte,
            };
            let regroupes = par_personnes(&constats);
            write!(out, "{}", texte(&m, &regroupes, sortie::couleur_stdout()))?;
            // What a Bundle holds that the toolkit does not read: never an error.
            for i in &informations {
                writeln!(out, "Information : {i}")?;
            }
        }
    }
    // Warnings alone do not make a payload invalid.
    Ok(if constats.valide() {
        Statut::Ok
    } else {
        Statut::Trouve
    })
}

/// The model, the kind of file (a WS05 payload or a collection file, told
/// apart by content) and its findings, or what prevented validating.
/// A collection file or a Bundle goes through the one reader of
/// user-level files (`sidoba_core::usager::lecteur`).
type Valide = (Box<Modele>, Fichier, Constats, Vec<String>);

fn valider(
    modele: &Path,
    payload: &Path,
    guide: &sidoba::usager::guide::Guide,
) -> Result<Valide, Vec<Probleme>> {
    let (m, nom, texte) = charger(modele, payload)?;
    let problemes = |es: Vec<sidoba::ErreurLecture>| {
        es.into_iter()
            .map(|e| Probleme::Payload {
                fichier: nom.clone(),
                position: e.position,
                message: e.message,
            })
            .collect::<Vec<_>>()
    };
    match sidoba_core::usager::genre(&texte) {
        Fichier::Payload => {
            let (genre, constats) =
                sidoba_core::usager::valider_fichier(&m, &texte).map_err(problemes)?;
            Ok((m, genre, constats, Vec::new()))
        }
        genre => {
            let v = sidoba_core::usager::lecteur::valider_guide(&m, &texte, guide)
                .map_err(problemes)?;
            Ok((m, genre, v.lue.constats, v.informations))
        }
    }
}

/// The valid model and the file's name and text (UTF-8), or what prevented
/// reading them (shared with `sidoba bundle`).
pub fn charger(
    modele: &Path,
    fichier: &Path,
) -> Result<(Box<Modele>, String, String), Vec<Probleme>> {
    let mut stdin_pris = false;
    let m = match entree::charger(modele, &mut stdin_pris, false).map_err(|p| vec![p])? {
        Charge::Valide(m, avert) => {
            sortie::avertissements(&avert);
            m
        }
        Charge::Invalide(d) => {
            journal!(
                "sidoba : le modèle {} est invalide, rien n'a été validé",
                modele.display()
            );
            return Err(d.into_iter().map(Probleme::Modele).collect());
        }
    };
    let (nom, octets) = entree::lire(fichier, &mut stdin_pris).map_err(|p| vec![p])?;
    let texte = String::from_utf8(octets).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let debut = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
        vec![Probleme::Payload {
            fichier: nom.clone(),
            position: sidoba::Position::de(&debut, offset),
            message: "le fichier n'est pas en UTF-8".into(),
        }]
    })?;
    Ok((m, nom, texte))
}

/// `validate PAYLOAD MODELE`: told from the files' contents (a model has
/// `blocs` or is a Questionnaire; a payload has `donnees`, a collection
/// file `usagers`, a Bundle `entry`), before the model checker would
/// report the payload's every key.
fn inverses(modele: &Path, payload: &Path) -> Option<Probleme> {
    #[derive(serde::Deserialize)]
    struct Cles {
        blocs: Option<serde::de::IgnoredAny>,
        donnees: Option<serde::de::IgnoredAny>,
        usagers: Option<serde::de::IgnoredAny>,
        entry: Option<serde::de::IgnoredAny>,
        #[serde(rename = "resourceType")]
        type_ressource: Option<String>,
    }
    let lire = |f: &Path| -> Option<Cles> {
        (f != Path::new("-")).then_some(())?;
        serde_json::from_slice(&std::fs::read(f).ok()?).ok()
    };
    let (m, p) = (lire(modele)?, lire(payload)?);
    let est_modele =
        |c: &Cles| c.blocs.is_some() || c.type_ressource.as_deref() == Some("Questionnaire");
    let est_donnees = |c: &Cles| {
        c.donnees.is_some()
            || c.usagers.is_some()
            || (c.entry.is_some() && c.type_ressource.as_deref() == Some("Bundle"))
    };
    (est_donnees(&m) && est_modele(&p)).then(|| Probleme::Fichier {
        fichier: modele.to_string_lossy().into_owned(),
        ligne: None,
        message: format!(
            "les arguments semblent inversés : {m} contient des données et {p} un modèle ; sidoba validate MODELE FICHIER, ici sidoba validate {p} {m}",
            m = modele.display(),
            p = payload.display()
        ),
    })
}

/// For reading: a warning that every one of several persons gets in the
/// same words (a WS07 Bundle's "CDA not read again", ninety-two times) is
/// said once, counted, with the persons' numbers. JSON keeps them all.
fn par_personnes(c: &Constats) -> Constats {
    use std::collections::BTreeMap;
    let personne = |k: &sidoba::Constat| -> Option<(usize, String)> {
        let reste = k.chemin.strip_prefix("usagers[")?;
        let (i, suite) = reste.split_once(']')?;
        Some((i.parse().ok()?, suite.to_owned()))
    };
    let cle = |k: &sidoba::Constat, suite: &str| {
        (
            k.code.code().to_owned(),
            k.message.clone(),
            suite.to_owned(),
        )
    };
    let mut rangs: BTreeMap<(String, String, String), Vec<usize>> = BTreeMap::new();
    for k in c
        .iter()
        .filter(|k| k.severite != sidoba::Severite::Bloquante)
    {
        if let Some((i, suite)) = personne(k) {
            rangs.entry(cle(k, &suite)).or_default().push(i);
        }
    }
    let mut dits = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for k in c.iter() {
        let groupe = personne(k)
            .filter(|_| k.severite != sidoba::Severite::Bloquante)
            .map(|(_, suite)| cle(k, &suite))
            .filter(|g| rangs.get(g).is_some_and(|r| r.len() > 1));
        match groupe {
            None => out.push(k.clone()),
            Some(g) if dits.insert(g.clone()) => {
                let r = &rangs[&g];
                let (premier, dernier) = (r[0] + 1, r[r.len() - 1] + 1);
                out.push(sidoba::Constat {
                    chemin: g.2.trim_start_matches('.').to_owned(),
                    message: format!(
                        "{} (×{} : personnes n° {premier} à {dernier})",
                        k.message,
                        r.len()
                    ),
                    ..k.clone()
                });
            }
            Some(_) => {}
        }
    }
    Constats(out)
}
