//! The blocking checks of an identity and a structure (`usager.md`), shared
//! by the typed values and the reading of a collection file. Each check
//! takes the path of the key it concerns; no message quotes a value.

use super::{Finess, Ins, InsInvalide, StatutIdentite, TypeIns};
use crate::{CodeConstat, Constat, Date};
use std::collections::BTreeSet;

fn constat(out: &mut Vec<Constat>, chemin: String, code: CodeConstat, message: &str) {
    out.push(Constat::champ(chemin, code, message.to_owned()));
}

/// `structure.finess`: 9 characters `[0-9A-Za-z]`.
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

/// The INS against the identity's status: present exactly when the status
/// is `qualifiee`, and with a key that checks. `identite` is the path of
/// the identity object; `ins` the INS's value when present (its type is
/// the reader's business).
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

/// An INS is present exactly when the status is `qualifiee`.
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

/// The INS's form and key (the same for a NIR and a NIA).
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

/// A birth name: not blank.
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

/// One given name: not empty, no space (FR Core joins the birth given names
/// with spaces).
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

/// The birth given names: at least one, each a given name.
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

/// Birth order: at least 1 (1 when unknown).
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

/// A birth date not after `reference` (the collection's `dateProduction`,
/// so that the same file always gives the same findings).
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

/// A person's local identifier: not blank, unique in the collection
/// (`vus`: the identifiers met so far).
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

/// A stay's identifier: not blank.
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

/// Any date the guides' documents carry: FHIR and CDA have no year 0000
/// (issue 20, item 14, for every date, not the birth date only).
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

/// A stay's end: not before its start.
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
