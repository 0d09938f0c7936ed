//! Les soumissions (WS05, WS07, WS09) : le corps et son `Idempotency-Key`,
//! fixés une fois, et la validation locale qui décide de l'envoi.

use crate::contrat::{Accuse, Service};
use crate::erreur::{ConstatsLocaux, Erreur};
use sidoba::Constats;
use sidoba_core::model::Modele;

/// Une soumission : la même clé pour chaque tentative, pour que le serveur
/// l'enregistre une fois, quel que soit le nombre de reprises.
#[derive(Clone)]
pub struct Soumission {
    pub service: Service,
    pub campagne: String,
    pub finess: String,
    /// Les octets du fichier, envoyés tels quels.
    pub(crate) corps: Vec<u8>,
    cle: String,
}

impl std::fmt::Debug for Soumission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Soumission")
            .field("service", &self.service)
            .field("campagne", &self.campagne)
            .field("finess", &self.finess)
            .field("octets", &self.corps.len())
            .field("cle", &self.cle)
            .finish()
    }
}

impl Soumission {
    /// Une nouvelle soumission avec une clé neuve (un UUID v4).
    pub fn new(service: Service, campagne: &str, finess: &str, corps: Vec<u8>) -> Soumission {
        Soumission {
            service,
            campagne: campagne.to_owned(),
            finess: finess.to_owned(),
            corps,
            cle: uuid::Uuid::new_v4().to_string(),
        }
    }

    /// La même soumission avec cette clé (1 à 255 caractères ASCII
    /// visibles) : deux envois de même clé et même corps n'en font qu'un.
    pub fn avec_cle(mut self, cle: String) -> Soumission {
        self.cle = cle;
        self
    }

    /// L'`Idempotency-Key` envoyée à chaque tentative.
    pub fn cle(&self) -> &str {
        &self.cle
    }
}

/// Ce que rend une soumission envoyée.
#[derive(Debug, Clone, PartialEq)]
pub struct Envoi {
    pub service: Service,
    /// L'accusé du serveur (le `202` de WS05/07/09).
    pub accuse: Accuse,
    /// Les constats locaux (avertissements, ou bloquants si forcé), d'un
    /// payload comme d'un Bundle.
    pub constats: ConstatsLocaux,
    pub cle: String,
}

/// Valide un payload WS05 avec le modèle de la campagne. L'erreur ne garde
/// jamais le texte du payload, seulement le lieu de ce qui arrête la lecture.
pub fn valider_payload(modele: &Modele, contenu: &[u8]) -> Result<Constats, Erreur> {
    let texte = std::str::from_utf8(contenu).map_err(|e| {
        let debut = String::from_utf8_lossy(&contenu[..e.valid_up_to()]).into_owned();
        let p = sidoba::Position::de(&debut, e.valid_up_to());
        Erreur::PayloadIllisible {
            ligne: p.ligne,
            colonne: p.colonne,
        }
    })?;
    sidoba_core::validate::valider(modele, texte).map_err(|e| Erreur::PayloadIllisible {
        ligne: e.position.ligne,
        colonne: e.position.colonne,
    })
}

/// Valide localement un Bundle TDDUI (WS07/WS09) avant son envoi, avec le
/// lecteur unique de `sidoba validate` (`sidoba_core::usager::lecteur`) : l'identité, le séjour et le rapport de
/// chaque personne (constats `usagers[i]. …`). Un texte qui n'est pas un
/// Bundle TDDUI du modèle est refusé avec le lieu de sa première faute et
/// le nombre de fautes, jamais son texte. Les constats bloquants ne
/// partent que forcés ([`decider`]).
pub fn valider_bundle(modele: &Modele, bundle: &[u8], _forcer: bool) -> Result<Constats, Erreur> {
    let texte = std::str::from_utf8(bundle).map_err(|e| {
        let debut = String::from_utf8_lossy(&bundle[..e.valid_up_to()]).into_owned();
        let p = sidoba::Position::de(&debut, e.valid_up_to());
        Erreur::BundleIllisible {
            ligne: p.ligne,
            colonne: p.colonne,
            erreurs: 1,
        }
    })?;
    use sidoba_core::usager::lecteur::{self, Nature};
    lecteur::lire(modele, texte)
        .and_then(|lu| match lu.nature {
            // A collection file is not what the route takes.
            Nature::Collecte => Err(vec![sidoba::ErreurLecture {
                offset: 0,
                position: sidoba::Position {
                    ligne: 1,
                    colonne: 1,
                },
                message: String::new(),
            }]),
            Nature::Bundle(_) => lu.valider(modele),
        })
        .map(|v| v.lue.constats)
        .map_err(|e| {
            let premiere = e.first().map(|x| (x.position.ligne, x.position.colonne));
            let (ligne, colonne) = premiere.unwrap_or((1, 1));
            Erreur::BundleIllisible {
                ligne,
                colonne,
                erreurs: e.len(),
            }
        })
}

/// Le contenu appartient à la structure de l'envoi (`finess` : le FINESS
/// de l'URL) : le champ de rôle `finess` d'un payload, l'Organization et
/// les identifiants des personnes d'un Bundle. Un refus ne se force pas :
/// le serveur répondrait `422 finess_different`. Un texte qui n'est pas du
/// JSON a déjà été refusé par la validation locale.
pub fn verifier_finess(
    modele: &Modele,
    service: Service,
    finess: &str,
    contenu: &[u8],
) -> Result<(), Erreur> {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(contenu) else {
        return Ok(());
    };
    let differences = match service {
        Service::Ws05 => sidoba_core::finess::payload(modele, &v, finess),
        Service::Ws07 | Service::Ws09 => sidoba_core::finess::bundle(modele, &v, finess),
    };
    match differences.split_first() {
        None => Ok(()),
        Some((d, autres)) => Err(Erreur::FinessDifferent {
            attendu: finess.to_owned(),
            difference: d.clone(),
            autres: autres.len(),
        }),
    }
}

/// Si les constats laissent partir la soumission : des bloquants seulement si forcé.
pub fn decider(constats: Constats, forcer: bool) -> Result<ConstatsLocaux, Erreur> {
    if constats.valide() || forcer {
        Ok(ConstatsLocaux(constats))
    } else {
        Err(Erreur::ConstatsBloquants(ConstatsLocaux(constats)))
    }
}
