//! Les contrôles bloquants des parties du fichier de collecte au format 2
//! (`usager.md`, « Constats ») : la catégorie de la structure, les
//! professionnels, le déclarant, les événements et les évaluations de
//! chaque personne. Partagés par la collecte typée ([`super::Collecte`]) et
//! la lecture guidée par le modèle, pour que les deux donnent les mêmes
//! constats. Un constat est placé en `usagers[i].<chemin>` ou
//! `professionnels[k].<clé>` ; aucun message ne cite une identité, le nom
//! d'un professionnel ni aucune autre valeur.

use super::guide::Guide;
use super::{DateHeure, Evaluation, Evenement, Professionnel, Rpps, RppsInvalide, StatutEvenement};
use crate::{CodeConstat, Constat, Severite};
use std::collections::BTreeSet;

/// Le seul avertissement que reçoit un fichier au format 1 (`usager.md`).
pub const AVERTISSEMENT_FORMAT_1: &str = "Fichier de collecte au format 1 : ses réponses ne nomment aucun professionnel (pas d'« author »), elles ne peuvent pas satisfaire l'invariant « professionnel-requis » du guide TDDUI. Passez au format 2 (« format »: 2, « professionnels », « declarant ») : voir docs/usager.md.";

fn constat(out: &mut Vec<Constat>, chemin: String, code: CodeConstat, message: &str) {
    out.push(Constat::champ(chemin, code, message.to_owned()));
}

/// L'avertissement du format 1, à la racine du fichier.
pub(crate) fn avertissement_format_1() -> Constat {
    let mut c = Constat::champ(
        String::new(),
        CodeConstat::Type,
        AVERTISSEMENT_FORMAT_1.into(),
    );
    c.severite = Severite::Avertissement;
    c
}

/// `structure.categorie` : un code de JDV_J254 quand elle est donnée.
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

/// La forme et la clé de Luhn d'un numéro RPPS, sous `chemin`.
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

/// Pas vide ni fait de blancs, sinon un constat `Obligatoire` avec
/// `message`.
fn non_vide(valeur: &str, chemin: String, message: &str, out: &mut Vec<Constat>) -> bool {
    if valeur.trim().is_empty() {
        constat(out, chemin, CodeConstat::Obligatoire, message);
        false
    } else {
        true
    }
}

/// Un identifiant local sous `chemin` : pas vide (`messages[0]`), pas déjà
/// rencontré dans `vus` (`messages[1]`).
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

/// Les professionnels : identifiants non vides et uniques, noms non vides
/// (un RPPS est contrôlé à sa lecture). Rend les identifiants connus.
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

/// Le déclarant : obligatoire quand une personne a des `donnees` (l'`author`
/// du rapport de campagne), et professionnel du fichier.
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

/// Les événements d'une personne sous `chemin.evenements[j]` : identifiant
/// non vide et unique, type dans le jeu de valeurs du guide, fin pas avant
/// le début, pas après `reference` sauf pour un événement planifié,
/// professionnels connus. Rend les identifiants d'événement de la personne.
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

/// Les évaluations d'une personne sous `chemin.evaluations[j]` :
/// identifiant non vide et unique, une grille du guide, date pas après
/// `reference`, évaluateur et événement connus. Les réponses sont
/// contrôlées contre la grille à part ([`super::parcourir_reponses`]).
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
