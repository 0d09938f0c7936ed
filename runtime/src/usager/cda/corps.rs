//! The CDA body: only the guide's sections, each with its templateIds and
//! code (`CDA-requirements-summary.md` §3): Séjours (the stay), Évènements
//! ([`super::evenements`]) and Statut fonctionnel (the evaluations,
//! [`super::evaluations`], and the campaign report as an FR-Evaluation of
//! its own group, coded « Autre type d'évaluation » with the model as
//! translation).

use super::entete::element_ts;
use super::gabarits as g;
use super::rapport::Rapport;
use super::xml;
use super::{Contexte, ErreurCda, code_systeme};
use crate::usager::Sortie;
use crate::usager::adresses;

/// FHIR's system of stays' identifiers (TDDUI): the CDA root is its UUID.
const SYSTEME_SEJOUR: &str = "https://identifiant-medicosocial-sejour.esante.gouv.fr";
/// FHIR's system of evaluations' identifiers (TDDUI).
const SYSTEME_EVALUATION: &str = "https://identifiant-medicosocial-evaluation.esante.gouv.fr";

/// `3` + FINESS + `/` + local identifier + `-` + kind + `-` + number: the
/// guide's "format à respecter" of entries' identifiers. `lieu` names the
/// number for errors; the local identifier is `identifiant`.
pub(crate) fn identifiant(
    buf: &mut String,
    systeme: &str,
    c: &Contexte<'_>,
    genre: &str,
    (numero, lieu): (&str, &str),
    erreurs: &mut Vec<ErreurCda>,
) {
    buf.push_str("<id root=\"");
    buf.push_str(&code_systeme(systeme));
    buf.push_str("\" extension=\"3");
    buf.push_str(c.structure.finess.as_str());
    buf.push('/');
    if xml::attribut(buf, &c.personne.identifiant).is_err() {
        erreurs.push(ErreurCda::Caractere {
            lieu: "identifiant".into(),
        });
    }
    buf.push('-');
    buf.push_str(genre);
    buf.push('-');
    if xml::attribut(buf, numero).is_err() {
        erreurs.push(ErreurCda::Caractere { lieu: lieu.into() });
    }
    buf.push_str("\"/>");
}

fn debut_section(buf: &mut String, id: &str, templates: &str, extension: &str, code: &str) {
    buf.push_str("<component><section>");
    buf.push_str(templates);
    buf.push_str("<id root=\"");
    buf.push_str(id);
    buf.push_str("\" extension=\"");
    buf.push_str(extension);
    buf.push_str("\"/>");
    buf.push_str(code);
}

/// FR-Sejours: the person's stay (FR-Sejour, its admission, its entry and
/// exit modes, dated, their labels unknown to the file: `NA`).
fn sejours(buf: &mut String, c: &Contexte<'_>, id: &str, erreurs: &mut Vec<ErreurCda>) {
    let s = &c.personne.sejour;
    let finess = c.structure.finess.as_str();
    debut_section(buf, id, g::SECTION_SEJOURS, "sejours", g::CODE_SEJOURS);
    buf.push_str("<title>Séjour</title>\n<text><table><thead><tr><th>Date d'admission</th><th>Etablissement responsable du séjour</th><th>Numéro de dossier</th><th>Date d'entrée réelle</th><th>Date de sortie réelle</th></tr></thead><tbody><tr><td>");
    buf.push_str(&s.debut.to_string());
    buf.push_str("</td><td>N° FINESS : ");
    buf.push_str(finess);
    buf.push_str("</td><td>");
    if xml::texte(buf, &s.identifiant).is_err() {
        erreurs.push(ErreurCda::Caractere {
            lieu: "sejour.identifiant".into(),
        });
    }
    buf.push_str("</td><td ID=\"modalite-entree\">Entrée le ");
    buf.push_str(&s.debut.to_string());
    buf.push_str("</td><td ID=\"modalite-sortie\">");
    match s.fin {
        Some(f) => {
            buf.push_str("Sortie le ");
            buf.push_str(&f.to_string());
        }
        None => buf.push_str("Séjour en cours"),
    }
    buf.push_str("</td></tr></tbody></table></text>\n<entry><organizer classCode=\"CLUSTER\" moodCode=\"EVN\">");
    buf.push_str(g::ENTREE_SEJOUR);
    buf.push_str("<id root=\"");
    buf.push_str(id);
    buf.push_str(concat!(
        "\" extension=\"sejour\"/>",
        "<code code=\"ORG-211\" displayName=\"Séjour\" codeSystem=\"1.2.250.1.213.1.1.4.322\" codeSystemName=\"TerminologieCISIS\"/>",
        "<statusCode code=\"completed\"/><effectiveTime nullFlavor=\"NA\"/>\n",
        "<component typeCode=\"COMP\"><encounter classCode=\"ENC\" moodCode=\"EVN\">"
    ));
    buf.push_str(g::ENTREE_SEJOUR_ADMISSION);
    identifiant(
        buf,
        SYSTEME_SEJOUR,
        c,
        "SEJOUR",
        (&s.identifiant, "sejour.identifiant"),
        erreurs,
    );
    buf.push_str("<code code=\"GEN-351\" displayName=\"Établissement ou service social ou médico-social (ESSMS)\" codeSystem=\"1.2.250.1.213.1.1.4.322\" codeSystemName=\"TerminologieCISIS\"/><effectiveTime>");
    element_ts(buf, "low", s.debut);
    if let Some(f) = s.fin {
        element_ts(buf, "high", f);
    }
    buf.push_str("</effectiveTime><participant typeCode=\"RESP\"><participantRole><scopingEntity classCode=\"ENT\" determinerCode=\"INSTANCE\"><id root=\"1.2.250.1.71.4.2.2\" extension=\"1");
    buf.push_str(finess);
    buf.push_str("\"/></scopingEntity></participantRole></participant></encounter></component>\n");
    modalite(buf, id, "entree", s.debut);
    if let Some(f) = s.fin {
        modalite(buf, id, "sortie", f);
    }
    buf.push_str("</organizer></entry>\n</section></component>\n");
}

/// FR-Modalite-entree / FR-Modalite-sortie: dated, the mode itself `NA`.
fn modalite(buf: &mut String, id: &str, sens: &str, date: crate::Date) {
    let (template, code) = if sens == "entree" {
        (
            "1.2.250.1.213.1.1.3.48.6",
            "<code code=\"ORG-070\" displayName=\"Modalité d'entrée\" codeSystem=\"1.2.250.1.213.1.1.4.322\" codeSystemName=\"TerminologieCISIS\"/>",
        )
    } else {
        (
            "1.2.250.1.213.1.1.3.48.7",
            "<code code=\"ORG-074\" displayName=\"Modalité de sortie\" codeSystem=\"1.2.250.1.213.1.1.4.322\" codeSystemName=\"TerminologieCISIS\"/>",
        )
    };
    buf.push_str("<component typeCode=\"COMP\"><observation classCode=\"OBS\" moodCode=\"EVN\"><templateId root=\"");
    buf.push_str(template);
    buf.push_str("\"/><id root=\"");
    buf.push_str(id);
    buf.push_str("\" extension=\"modalite-");
    buf.push_str(sens);
    buf.push_str("\"/>");
    buf.push_str(code);
    buf.push_str("<text><reference value=\"#modalite-");
    buf.push_str(sens);
    buf.push_str("\"/></text><statusCode code=\"completed\"/>");
    element_ts(buf, "effectiveTime", date);
    buf.push_str("<value xsi:type=\"CE\" nullFlavor=\"NA\"/></observation></component>\n");
}

/// The body: `parcours` walks the campaign report.
pub(crate) fn ecrire(
    c: &Contexte<'_>,
    id: &str,
    parcours: impl FnOnce(&mut dyn Sortie),
    erreurs: &mut Vec<ErreurCda>,
) -> String {
    // The model's Questionnaire URL (its version is `codeSystemVersion`).
    let systeme = code_systeme(&adresses::url_questionnaire(c.base, c.modele_code));
    let mut rapport = Rapport::new(id, c.base, c.modele_code, &systeme);
    parcours(&mut rapport);
    rapport.finir();
    erreurs.append(&mut rapport.erreurs);

    let mut corps = String::with_capacity(rapport.composants.len() * 2 + 4000);
    corps.push_str("<component><structuredBody>\n");
    sejours(&mut corps, c, id, erreurs);
    super::evenements::section(&mut corps, c, id, erreurs);
    if !rapport.vide() || !c.personne.evaluations.is_empty() {
        debut_section(
            &mut corps,
            id,
            g::SECTION_STATUT_FONCTIONNEL,
            "statut-fonctionnel",
            g::CODE_STATUT_FONCTIONNEL,
        );
        corps.push_str("<title>Evaluations</title>\n<text><table><thead><tr><th>Type d'évaluation</th><th>Date</th></tr></thead><tbody>\n");
        super::evaluations::lignes(&mut corps, c);
        if !rapport.vide() {
            corps.push_str("<tr><td ID=\"rapport\">Rapport de la campagne ");
            // Codes are safe in text once escaped; a code XML cannot carry
            // is already an error of the context (below).
            let _ = xml::texte(&mut corps, c.campagne);
            corps.push_str(" (modèle ");
            let _ = xml::texte(&mut corps, c.modele_code);
            corps.push(' ');
            let _ = xml::texte(&mut corps, c.modele_version);
            corps.push_str(")</td><td>");
            corps.push_str(&c.date_production.date().to_string());
            corps.push_str("</td></tr>\n");
        }
        corps.push_str("</tbody></table>");
        // A report of empty rows only has no field to show.
        if !rapport.lignes.is_empty() {
            corps.push_str("<table><thead><tr><th>Champ</th><th>Valeur</th></tr></thead><tbody>\n");
            corps.push_str(&rapport.lignes);
            corps.push_str("</tbody></table>");
        }
        corps.push_str("</text>\n");
        super::evaluations::groupes(&mut corps, c, id, erreurs);
        if !rapport.vide() {
            evaluation_rapport(&mut corps, c, id, &systeme, &rapport.composants, erreurs);
        }
        corps.push_str("</section></component>\n");
    }
    corps.push_str("</structuredBody></component>\n");
    corps
}

/// The campaign report: an FR-Groupe-de-questionnaires-d-evaluation of its
/// own holding one FR-Evaluation, both « Autre type d'évaluation » with the
/// model's code as translation; its components the report's fields.
fn evaluation_rapport(
    buf: &mut String,
    c: &Contexte<'_>,
    id: &str,
    systeme: &str,
    composants: &str,
    erreurs: &mut Vec<ErreurCda>,
) {
    let mut code = String::new();
    let url = adresses::url_questionnaire(c.base, c.modele_code);
    if super::evaluations::code_autre(&mut code, &url, c.modele_code, Some(c.modele_version))
        .is_err()
    {
        erreurs.push(ErreurCda::Caractere {
            lieu: "modele".into(),
        });
    }
    let _ = systeme;

    buf.push_str("<entry><organizer classCode=\"CLUSTER\" moodCode=\"EVN\">");
    buf.push_str(g::ENTREE_GROUPE);
    buf.push_str("<id root=\"");
    buf.push_str(id);
    buf.push_str("\" extension=\"groupe-rapport\"/>");
    buf.push_str(&code);
    buf.push_str("<statusCode code=\"completed\"/>");
    element_ts(buf, "effectiveTime", c.date_production.date());
    buf.push_str("\n<component typeCode=\"COMP\"><observation classCode=\"OBS\" moodCode=\"EVN\">");
    buf.push_str(g::ENTREE_EVALUATION);
    identifiant(
        buf,
        SYSTEME_EVALUATION,
        c,
        "EVAL",
        (c.campagne, "campagne"),
        erreurs,
    );
    buf.push_str(&code);
    buf.push_str("<text><reference value=\"#rapport\"/></text><statusCode code=\"completed\"/>");
    element_ts(buf, "effectiveTime", c.date_production.date());
    buf.push_str("<value xsi:type=\"CD\" nullFlavor=\"NA\"/>");
    // Who answers for the report: the declarant.
    if let Some(d) = c.declarant {
        let mut performer = String::from("<performer>");
        if super::professionnel::entite(&mut performer, c, d, erreurs) {
            buf.push_str(&performer);
            buf.push_str("</performer>");
        }
    }
    buf.push('\n');
    buf.push_str(composants);
    buf.push_str("</observation></component></organizer></entry>\n");
}
