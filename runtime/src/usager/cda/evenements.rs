//! FR-Evenements : un FR-Evenement par évènement de la personne (le type
//! du guide en qualificatif du code, ses dates à la seconde, ses
//! professionnels en `performer` par leur idNatPs, son statut en
//! FR-Statut ; le motif d'un statut `ANNULE`, 1..1, est `NI` : le fichier
//! n'en porte pas).

use super::entete::{texte, ts_date_heure};
use super::gabarits as g;
use super::xml;
use super::{Contexte, ErreurCda, code_systeme, professionnel};
use crate::usager::{Evenement, StatutEvenement};

fn libelle_statut(s: StatutEvenement) -> &'static str {
    match s {
        StatutEvenement::Planifie => "Planifié",
        StatutEvenement::Realise => "Réalisé",
        StatutEvenement::Valide => "Validé",
        StatutEvenement::Annule => "Annulé",
    }
}

/// La section, ou rien quand la personne n'a pas d'évènement.
pub(crate) fn section(buf: &mut String, c: &Contexte<'_>, id: &str, erreurs: &mut Vec<ErreurCda>) {
    let evenements = &c.personne.evenements;
    if evenements.is_empty() {
        return;
    }
    buf.push_str("<component><section>");
    buf.push_str(g::SECTION_EVENEMENTS);
    buf.push_str("<id root=\"");
    buf.push_str(id);
    buf.push_str("\" extension=\"evenements\"/>");
    buf.push_str(g::CODE_EVENEMENTS);
    buf.push_str("<title>Evènements</title>\n<text><table><thead><tr><th>Début</th><th>Fin</th><th>Type</th><th>Statut</th></tr></thead><tbody>\n");
    for (k, e) in evenements.iter().enumerate() {
        let n = k + 1;
        buf.push_str("<tr><td>");
        buf.push_str(&e.debut.to_string());
        buf.push_str("</td><td>");
        buf.push_str(&e.fin.to_string());
        buf.push_str("</td><td ID=\"evenement-");
        buf.push_str(itoa::Buffer::new().format(n));
        buf.push_str("\">");
        match c.guide.type_evenement(&e.type_) {
            Some(t) => {
                let _ = xml::texte(buf, t.libelle);
            }
            None => texte(buf, &e.type_, &format!("evenements[{k}].type"), erreurs),
        }
        buf.push_str("</td><td ID=\"statut-evenement-");
        buf.push_str(itoa::Buffer::new().format(n));
        buf.push_str("\">");
        buf.push_str(libelle_statut(e.statut));
        buf.push_str("</td></tr>\n");
    }
    buf.push_str("</tbody></table></text>\n");
    for (k, e) in evenements.iter().enumerate() {
        entree(buf, c, id, k, e, erreurs);
    }
    buf.push_str("</section></component>\n");
}

fn entree(
    buf: &mut String,
    c: &Contexte<'_>,
    id: &str,
    k: usize,
    e: &Evenement,
    erreurs: &mut Vec<ErreurCda>,
) {
    let mut n = itoa::Buffer::new();
    let n = n.format(k + 1);
    buf.push_str("<entry><encounter classCode=\"ENC\" moodCode=\"EVN\">");
    buf.push_str(g::ENTREE_EVENEMENT);
    super::corps::identifiant(
        buf,
        c.guide.identifiants.evenement,
        c,
        "EVN",
        (&e.identifiant, &format!("evenements[{k}].identifiant")),
        erreurs,
    );
    buf.push_str("<code code=\"GEN-367\" displayName=\"Agenda de l'usager\" codeSystem=\"1.2.250.1.213.1.1.4.322\" codeSystemName=\"TerminologieCISIS\"><qualifier>");
    // The reform the type belongs to: SSIAD (terminologie CI-SIS) or
    // SERAFIN-PH.
    let type_ = c.guide.type_evenement(&e.type_);
    let systeme = type_.map_or("", |t| t.systeme);
    if systeme == c.guide.systemes.cisis {
        buf.push_str("<name code=\"GEN-364\" displayName=\"Réforme SSIAD\" codeSystem=\"1.2.250.1.213.1.1.4.322\" codeSystemName=\"TerminologieCISIS\"/>");
    } else if systeme == c.guide.systemes.serafin {
        buf.push_str("<name code=\"GEN-363\" codeSystem=\"1.2.250.1.213.1.1.4.322\" codeSystemName=\"TerminologieCISIS\"/>");
    }
    buf.push_str("<value code=\"");
    let lieu = format!("evenements[{k}].type");
    if xml::code(buf, &e.type_).is_err() {
        erreurs.push(ErreurCda::Caractere { lieu });
    }
    if let Some(t) = type_ {
        buf.push_str("\" displayName=\"");
        let _ = xml::attribut(buf, t.libelle);
        buf.push_str("\" codeSystem=\"");
        buf.push_str(&code_systeme(t.systeme));
    }
    buf.push_str("\"/></qualifier></code><text><reference value=\"#evenement-");
    buf.push_str(n);
    buf.push_str("\"/></text><effectiveTime><low value=\"");
    ts_date_heure(buf, e.debut);
    buf.push_str("\"/><high value=\"");
    ts_date_heure(buf, e.fin);
    buf.push_str("\"/></effectiveTime>");
    for p in &e.professionnels {
        let mut performer = String::from("<performer typeCode=\"PRF\">");
        if professionnel::entite(&mut performer, c, p, erreurs) {
            buf.push_str(&performer);
            buf.push_str("</performer>");
        }
    }
    // FR-Statut.
    buf.push_str("<entryRelationship typeCode=\"COMP\" inversionInd=\"false\"><observation classCode=\"OBS\" moodCode=\"EVN\">");
    buf.push_str(g::ENTREE_STATUT);
    buf.push_str("<id root=\"");
    buf.push_str(id);
    buf.push_str("\" extension=\"statut-evenement-");
    buf.push_str(n);
    buf.push_str("\"/><code code=\"106199-3\" displayName=\"Statut\" codeSystem=\"2.16.840.1.113883.6.1\" codeSystemName=\"LOINC\"/><text><reference value=\"#statut-evenement-");
    buf.push_str(n);
    buf.push_str("\"/></text><statusCode code=\"completed\"/><value xsi:type=\"CD\" code=\"");
    buf.push_str(e.statut.code());
    buf.push_str("\" displayName=\"");
    buf.push_str(libelle_statut(e.statut));
    buf.push_str("\" codeSystem=\"1.2.250.1.213.3.3.250\"");
    if e.statut == StatutEvenement::Annule {
        buf.push_str("><qualifier><value nullFlavor=\"NI\"/></qualifier></value>");
    } else {
        buf.push_str("/>");
    }
    buf.push_str("</observation></entryRelationship></encounter></entry>\n");
}
