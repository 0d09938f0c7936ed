//! The blocking checks of the collection file format 2's parts
//! (`usager.md`, "Findings"): the structure's category, the
//! professionals, the declarant, each person's events and evaluations.
//! Shared by the typed collection ([`super::Collecte`]) and the
//! model-driven reader, so that both give the same findings. A finding is
//! placed at `usagers[i].<path>` or `professionnels[k].<key>`; no message
//! quotes an identity, a professional's name or any other value.

use super::guide::Guide;
use super::{DateHeure, Evaluation, Evenement, Professionnel, Rpps, RppsInvalide, StatutEvenement};
use crate::{CodeConstat, Constat, Severite};
use std::collections::BTreeSet;

/// The one warning a format 1 file gets (`usager.md`).
pub const AVERTISSEMENT_FORMAT_1: &str = "Fichier de collecte au format 1 : ses réponses ne nomment aucun professionnel (pas d'« author »), elles ne peuvent pas satisfaire l'invariant « professionnel-requis » du guide TDDUI. Passez au format 2 (« format »: 2, « professionnels », « declarant ») : voir docs/usager.md.";

fn constat(out: &mut Vec<Constat>, chemin: String, code: CodeConstat, message: &str) {
    out.push(Constat::champ(chemin, code, message.to_owned()));
}

/// The format 1 warning, at the file's root.
pub(crate) fn avertissement_format_1() -> Constat {
    let mut c = Constat::champ(
        String::new(),
        CodeConstat::Type,
        AVERTISSEMENT_FORMAT_1.into(),
    );
    c.severite = Severite::Avertissement;
    c
}

/// `structure.categorie`: a code of JDV_J254 when given.
pub fn verifier_structure(categorie: Option<&str>, guide: &Guide, out: &mut Vec<Constat>) {
    if let Some(c) = categorie
        && guide.categorie(c).is_none()
    {
        constat(
            out,
            "structure.categorie".into(),
            CodeConstat::Nomenclature,
            "La catégorie de la structure est un code de JDV_J254 (catégories d'établissement ESSMS, par exemple « 354 » pour un SSIAD).",
        );
    }
}

/// An RPPS number's form and Luhn key, at `chemin`.
pub fn verifier_rpps(valeur: &str, chemin: &str, out: &mut Vec<Constat>) {
    if let Err(e) = Rpps::new(valeur) {
        let m = match e {
            RppsInvalide::Forme => "Le numéro RPPS a 11 chiffres.",
            RppsInvalide::Cle => {
                "La clé du numéro RPPS (son dernier chiffre, formule de Luhn) ne correspond pas : vérifiez le numéro."
            }
        };
        constat(out, chemin.to_owned(), CodeConstat::Motif, m);
    }
}

/// Not blank, else an `Obligatoire` finding with `message`.
fn non_vide(valeur: &str, chemin: String, message: &str, out: &mut Vec<Constat>) -> bool {
    if valeur.trim().is_empty() {
        constat(out, chemin, CodeConstat::Obligatoire, message);
        false
    } else {
        true
    }
}

/// A local identifier at `chemin`: not blank (`messages[0]`), not met
/// before in `vus` (`messages[1]`).
fn identifiant<'a>(
    id: &'a str,
    vus: &mut BTreeSet<&'a str>,
    chemin: String,
    messages: [&str; 2],
    out: &mut Vec<Constat>,
) {
    if non_vide(id, chemin.clone(), messages[0], out) && !vus.insert(id) {
        constat(out, chemin, CodeConstat::Doublon, messages[1]);
    }
}

/// The professionals: identifiers not blank and unique, names not blank
/// (an RPPS is checked when it is read). Returns the known identifiers.
pub fn verifier_professionnels<'p>(
    professionnels: &'p [Professionnel],
    out: &mut Vec<Constat>,
) -> BTreeSet<&'p str> {
    let mut vus = BTreeSet::new();
    for (k, p) in professionnels.iter().enumerate() {
        let c = |cle: &str| format!("professionnels[{k}].{cle}");
        identifiant(
            &p.identifiant,
            &mut vus,
            c("identifiant"),
            [
                "L'identifiant local du professionnel ne peut pas être vide.",
                "Cet identifiant est déjà celui d'un autre professionnel du fichier.",
            ],
            out,
        );
        non_vide(
            &p.nom,
            c("nom"),
            "Le nom du professionnel ne peut pas être vide.",
            out,
        );
        non_vide(
            &p.prenom,
            c("prenom"),
            "Le prénom du professionnel ne peut pas être vide.",
            out,
        );
    }
    vus
}

/// The declarant: required when a person has `donnees` (the campaign
/// report's `author`), and a professional of the file.
pub fn verifier_declarant(
    declarant: Option<&str>,
    connus: &BTreeSet<&str>,
    avec_donnees: bool,
    out: &mut Vec<Constat>,
) {
    match declarant {
        None if avec_donnees => constat(
            out,
            "declarant".into(),
            CodeConstat::Obligatoire,
            "Le déclarant (« declarant », l'identifiant d'un professionnel du fichier) est obligatoire dès qu'un usager a des « donnees » : il est l'auteur du rapport de campagne.",
        ),
        Some(d) if !connus.contains(d) => constat(
            out,
            "declarant".into(),
            CodeConstat::Nomenclature,
            "Le déclarant n'est pas l'identifiant d'un professionnel de « professionnels ».",
        ),
        _ => {}
    }
}

/// One person's events at `chemin.evenements[j]`: identifier not blank and
/// unique, type in the guide's value set, end not before start, not after
/// `reference` unless planned, professionals known. Returns the person's
/// event identifiers.
pub fn verifier_evenements<'e>(
    evenements: &'e [Evenement],
    professionnels: &BTreeSet<&str>,
    reference: DateHeure,
    guide: &Guide,
    chemin: &str,
    out: &mut Vec<Constat>,
) -> BTreeSet<&'e str> {
    let mut vus = BTreeSet::new();
    for (j, e) in evenements.iter().enumerate() {
        let c = |cle: &str| format!("{chemin}.evenements[{j}].{cle}");
        identifiant(
            &e.identifiant,
            &mut vus,
            c("identifiant"),
            [
                "L'identifiant de l'évènement ne peut pas être vide.",
                "Cet identifiant est déjà celui d'un autre évènement de l'usager.",
            ],
            out,
        );
        if guide.type_evenement(&e.type_).is_none() {
            constat(
                out,
                c("type"),
                CodeConstat::Nomenclature,
                "Le type d'évènement n'est pas dans le jeu de valeurs du guide (types d'évènement SSIAD « MED-… », prestations SERAFIN directes « 2… » ou indirectes « 3… »).",
            );
        }
        for (cle, d) in [("debut", e.debut), ("fin", e.fin)] {
            super::verifier_annee(d.date(), &c(cle), out);
        }
        if e.fin < e.debut {
            constat(
                out,
                c("fin"),
                CodeConstat::Min,
                "La fin de l'évènement précède son début.",
            );
        }
        if e.statut != StatutEvenement::Planifie {
            for (cle, d) in [("debut", e.debut), ("fin", e.fin)] {
                if d > reference {
                    constat(
                        out,
                        c(cle),
                        CodeConstat::Max,
                        "Cette date est après la date de production du fichier : seul un évènement « PLANIFIE » peut être dans le futur.",
                    );
                }
            }
        }
        inconnus(
            e.professionnels.iter().map(String::as_str),
            professionnels,
            &c("professionnels"),
            out,
        );
    }
    vus
}

fn inconnus<'a>(
    ids: impl IntoIterator<Item = &'a str>,
    connus: &BTreeSet<&str>,
    chemin: &str,
    out: &mut Vec<Constat>,
) {
    for (k, id) in ids.into_iter().enumerate() {
        if !connus.contains(id) {
            constat(
                out,
                format!("{chemin}[{k}]"),
                CodeConstat::Nomenclature,
                "Ce professionnel n'est pas l'identifiant d'un professionnel de « professionnels ».",
            );
        }
    }
}

/// One person's evaluations at `chemin.evaluations[j]`: identifier not
/// blank and unique, a grid of the guide, date not after `reference`,
/// evaluator and event known. The answers against the grid are checked
/// apart ([`super::parcourir_reponses`]).
pub fn verifier_evaluations(
    evaluations: &[Evaluation],
    professionnels: &BTreeSet<&str>,
    evenements: &BTreeSet<&str>,
    reference: DateHeure,
    guide: &Guide,
    chemin: &str,
    out: &mut Vec<Constat>,
) {
    let mut vus = BTreeSet::new();
    for (j, e) in evaluations.iter().enumerate() {
        let c = |cle: &str| format!("{chemin}.evaluations[{j}].{cle}");
        identifiant(
            &e.identifiant,
            &mut vus,
            c("identifiant"),
            [
                "L'identifiant de l'évaluation ne peut pas être vide.",
                "Cet identifiant est déjà celui d'une autre évaluation de l'usager.",
            ],
            out,
        );
        if guide.grilles.grille(&e.grille).is_none() {
            constat(
                out,
                c("grille"),
                CodeConstat::Nomenclature,
                "La grille n'est pas l'une des quatre grilles du guide TDDUI (AGGIR PA SSIAD, AGGIR PH SSIAD, SERAFIN, situation SSIAD) : donnez son URL canonique ; les données du modèle de campagne vont dans « donnees ».",
            );
        }
        super::verifier_annee(e.date, &c("date"), out);
        if e.date > reference.date() {
            constat(
                out,
                c("date"),
                CodeConstat::Max,
                "La date de l'évaluation est après la date de production du fichier.",
            );
        }
        if !professionnels.contains(e.evaluateur.as_str()) {
            constat(
                out,
                c("evaluateur"),
                CodeConstat::Nomenclature,
                "L'évaluateur n'est pas l'identifiant d'un professionnel de « professionnels ».",
            );
        }
        if let Some(ev) = &e.evenement
            && !evenements.contains(ev.as_str())
        {
            constat(
                out,
                c("evenement"),
                CodeConstat::Nomenclature,
                "L'évènement n'est pas l'identifiant d'un évènement de l'usager (« evenements »).",
            );
        }
        // The answers against the grid (an evaluation with none
        // included) are checked apart, after the person's other findings
        // (`parcourir_reponses`), as the model-driven reader does.
    }
}
