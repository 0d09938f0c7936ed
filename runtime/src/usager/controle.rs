//! Les contrôles bloquants d'une identité et d'une structure (`usager.md`),
//! partagés par les valeurs typées et la lecture d'un fichier de collecte.
//! Chaque contrôle reçoit le chemin de la clé qu'il concerne ; aucun message
//! ne cite une valeur.

use super::{Finess, Ins, InsInvalide, StatutIdentite, TypeIns};
use crate::{CodeConstat, Constat, Date};
use std::collections::BTreeSet;

fn constat(out: &mut Vec<Constat>, chemin: String, code: CodeConstat, message: &str) {
    out.push(Constat::champ(chemin, code, message.to_owned()));
}

/// `structure.finess` : 9 caractères `[0-9A-Za-z]`.
pub fn verifier_finess(finess: &str, chemin: &str, out: &mut Vec<Constat>) {
    if !Finess::valide(finess) {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Motif,
            "Le numéro FINESS doit avoir 9 caractères, chiffres ou lettres (2A, 2B pour la Corse).",
        );
    }
}

/// L'INS au regard du statut de l'identité : présent exactement quand le
/// statut est `qualifiee`, avec une clé qui se vérifie. `identite` est le
/// chemin de l'objet identité ; `ins`, la valeur de l'INS quand il est
/// présent (son type est l'affaire de la lecture).
pub fn verifier_ins(
    statut: Option<StatutIdentite>,
    ins: Option<&str>,
    identite: &str,
    out: &mut Vec<Constat>,
) {
    verifier_statut_ins(statut, ins.is_some(), identite, out);
    if let Some(valeur) = ins {
        verifier_cle_ins(valeur, &format!("{identite}.ins"), out);
    }
}

/// Un INS est présent exactement quand le statut est `qualifiee`.
pub fn verifier_statut_ins(
    statut: Option<StatutIdentite>,
    ins: bool,
    identite: &str,
    out: &mut Vec<Constat>,
) {
    match (statut, ins) {
        (Some(StatutIdentite::Qualifiee), false) => constat(
            out,
            format!("{identite}.ins"),
            CodeConstat::Obligatoire,
            "L'INS est obligatoire pour une identité qualifiée.",
        ),
        (Some(s), true) if s != StatutIdentite::Qualifiee => constat(
            out,
            format!("{identite}.statut"),
            CodeConstat::Nomenclature,
            "Un INS n'est transmis qu'avec une identité qualifiée : le statut doit être « qualifiee », ou l'INS absent.",
        ),
        _ => {}
    }
}

/// La forme et la clé de l'INS (les mêmes pour un NIR et un NIA).
pub fn verifier_cle_ins(valeur: &str, chemin: &str, out: &mut Vec<Constat>) {
    if let Err(e) = Ins::new(TypeIns::Nir, valeur) {
        let m = match e {
            InsInvalide::Forme => {
                "L'INS doit avoir 15 caractères : 13 chiffres (2A ou 2B, en majuscules, permis en 6e et 7e places) puis une clé de 2 chiffres."
            }
            InsInvalide::Cle => {
                "La clé de l'INS ne correspond pas à son numéro (97 moins le numéro de 13 chiffres modulo 97)."
            }
        };
        constat(out, chemin.to_owned(), CodeConstat::Motif, m);
    }
}

/// Un nom de naissance : pas vide ni fait de blancs.
pub fn verifier_nom(nom: &str, chemin: &str, out: &mut Vec<Constat>) {
    if nom.trim().is_empty() {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Obligatoire,
            "Le nom de naissance ne peut pas être vide.",
        );
    }
}

/// Un prénom : pas vide, sans espace (FR Core joint les prénoms de naissance
/// par des espaces).
pub fn verifier_prenom(prenom: &str, chemin: &str, out: &mut Vec<Constat>) {
    if prenom.trim().is_empty() {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Obligatoire,
            "Un prénom ne peut pas être vide.",
        );
    } else if prenom.chars().any(char::is_whitespace) {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Motif,
            "Un prénom ne contient pas d'espace : chaque prénom de naissance est un élément de la liste.",
        );
    }
}

/// Les prénoms de naissance : au moins un, chacun un prénom valide.
pub fn verifier_prenoms<'a>(
    prenoms: impl IntoIterator<Item = &'a str>,
    chemin: &str,
    out: &mut Vec<Constat>,
) {
    let mut n = 0;
    for p in prenoms {
        n += 1;
        verifier_prenom(p, chemin, out);
    }
    if n == 0 {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Obligatoire,
            "La liste des prénoms de naissance contient au moins un prénom.",
        );
    }
}

/// Le rang de naissance : au moins 1 (1 quand il est inconnu).
pub fn verifier_rang_naissance(rang: i64, chemin: &str, out: &mut Vec<Constat>) {
    if rang < 1 {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Min,
            "Le rang de naissance vaut au moins 1 (1 quand il est inconnu).",
        );
    }
}

/// Une date de naissance qui ne dépasse pas `reference` (la `dateProduction`
/// de la collecte, pour qu'un même fichier donne toujours les mêmes
/// constats).
pub fn verifier_date_naissance(
    naissance: Date,
    reference: Date,
    chemin: &str,
    out: &mut Vec<Constat>,
) {
    if naissance.annee() == 0 {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Min,
            "L'année 0000 n'existe pas dans les dates FHIR et CDA : corrigez la date de naissance.",
        );
    } else if naissance > reference {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Max,
            "La date de naissance est dans le futur (après la date de production du fichier).",
        );
    }
}

/// L'identifiant local d'une personne : pas vide ni fait de blancs, unique
/// dans la collecte (`vus` : les identifiants rencontrés jusqu'ici).
pub fn verifier_identifiant_local(
    identifiant: &str,
    vus: &mut BTreeSet<String>,
    chemin: &str,
    out: &mut Vec<Constat>,
) {
    if identifiant.trim().is_empty() {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Obligatoire,
            "L'identifiant local de l'usager ne peut pas être vide.",
        );
    } else if !vus.insert(identifiant.to_owned()) {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Doublon,
            "Cet identifiant local est déjà celui d'un autre usager du fichier.",
        );
    }
}

/// L'identifiant d'un séjour : pas vide ni fait de blancs.
pub fn verifier_identifiant_sejour(identifiant: &str, chemin: &str, out: &mut Vec<Constat>) {
    if identifiant.trim().is_empty() {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Obligatoire,
            "L'identifiant du séjour ne peut pas être vide.",
        );
    }
}

/// Toute date que portent les documents des guides : FHIR et CDA n'ont pas
/// d'an 0000 (issue 20, point 14, pour toute date, pas seulement la date de
/// naissance).
pub fn verifier_annee(date: Date, chemin: &str, out: &mut Vec<Constat>) {
    if date.annee() == 0 {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Min,
            "L'année 0000 n'existe pas dans les dates FHIR et CDA : corrigez cette date.",
        );
    }
}

/// La fin d'un séjour : pas avant son début.
pub fn verifier_fin_sejour(debut: Date, fin: Option<Date>, chemin: &str, out: &mut Vec<Constat>) {
    if fin.is_some_and(|f| f < debut) {
        constat(
            out,
            chemin.to_owned(),
            CodeConstat::Min,
            "La fin du séjour précède son début.",
        );
    }
}
