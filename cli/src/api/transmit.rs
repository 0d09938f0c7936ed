//! `sidoba transmit CAMPAIGN FINESS`: WS08 `transmise`; a refusal said
//! from the collection's state, with what to do.

use super::Format;
use crate::Statut;
use sidoba_client::contrat::{Etat, Statut as S};
use std::io::{self, Write};

pub fn executer(
    out: &mut dyn Write,
    campagne: &str,
    finess: &str,
    format: Format,
) -> io::Result<Statut> {
    let client = match super::client() {
        Ok(c) => c,
        Err(e) => return super::echec(out, format, &e),
    };
    match client.transmettre(campagne, finess) {
        Ok(c) => super::collection(out, format, &c),
        Err(e) => {
            let conseil = (e.code() == "transition_interdite")
                .then(|| client.collection(campagne, finess).ok())
                .flatten()
                .map(|c| match (c.statut, c.historique.first().map(|h| h.etat)) {
                    (S::Transmise, _) => format!(
                        "la collecte est déjà transmise : rien à faire (sidoba reopen {campagne} {finess} pour la rouvrir)"
                    ),
                    (S::Validee, _) => "la collecte est validée : elle ne peut plus changer".to_owned(),
                    (S::EnSaisie, None) => format!(
                        "aucun envoi pour cette collecte : envoyez d'abord le rapport (sidoba send {campagne} {finess} FICHIER --wait)"
                    ),
                    (S::EnSaisie, Some(Etat::Accepte)) => "la collecte a changé pendant la demande : recommencez".to_owned(),
                    (S::EnSaisie, Some(Etat::Rejete)) => format!(
                        "le dernier envoi a été rejeté : corrigez ses constats bloquants (sidoba status UID) puis renvoyez (sidoba send {campagne} {finess} FICHIER --wait)"
                    ),
                    (S::EnSaisie, Some(_)) => "le dernier envoi est en cours de validation : attendez sa fin (sidoba status UID) puis recommencez".to_owned(),
                });
            super::echec_avec(out, format, &e, conseil)
        }
    }
}
