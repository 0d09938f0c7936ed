//! Les ressources des parties du format 2 : un Practitioner par
//! professionnel, une Encounter par évènement (`tddui-encounter-evenement`),
//! écrites en texte JSON compact dans l'ordre des éléments de FHIR.

use super::ressources::{coding, entree_debut, entree_fin, local, reference, type_};
use crate::ecriture::{Ecrire, chaine};
use crate::usager::guide::Guide;
use crate::usager::{Evenement, Professionnel};

/// `tddui-practitioner` : `idNatPs` (`8` + RPPS, ou sans RPPS `3` +
/// FINESS + `/` + identifiant local : les préfixes CI-SIS de TRE_G08),
/// l'identifiant local typé `INTRN` (BASE + `/professionnel`, pour la
/// relecture), le nom et la profession en qualification (TRE_G15).
pub fn professionnel(
    buf: &mut String,
    g: &Guide,
    url: &str,
    base: &str,
    finess: &str,
    p: &Professionnel,
) {
    entree_debut(buf, true, url, "Practitioner", g.profils.professionnel);
    let interne = local(finess, &p.identifiant);
    buf.push_str(r#","identifier":[{"#);
    type_(buf, g.systemes.fr_core_v2_0203, "IDNPS", None);
    buf.push_str(r#","system":"#);
    chaine(buf, g.identifiants.professionnel);
    buf.push_str(r#","value":"#);
    match &p.rpps {
        Some(r) => chaine(buf, &format!("8{}", r.as_str())),
        None => chaine(buf, &interne),
    }
    buf.push_str("},{");
    type_(buf, g.systemes.fr_core_v2_0203, "INTRN", None);
    buf.push_str(r#","system":"#);
    chaine(buf, &format!("{base}/professionnel"));
    buf.push_str(r#","value":"#);
    chaine(buf, &interne);
    buf.push_str(r#"}],"name":[{"family":"#);
    chaine(buf, &p.nom);
    buf.push_str(r#","given":["#);
    chaine(buf, &p.prenom);
    buf.push_str("]}]");
    if let Some(prof) = p.profession.as_deref().filter(|x| !x.is_empty()) {
        buf.push_str(r#","qualification":[{"code":{"coding":["#);
        coding(buf, g.systemes.profession_sante, prof, None);
        buf.push_str("]}}]");
    }
    entree_fin(buf, "Practitioner");
}

/// Les références vers lesquelles pointe l'Encounter d'un évènement.
pub struct Liens<'a> {
    pub patient: &'a str,
    pub sejour: &'a str,
    pub organisation: &'a str,
    /// Les fullUrls de ses professionnels (les seuls connus).
    pub professionnels: &'a [&'a str],
}

/// `tddui-encounter-evenement` : identifiant `VN` (système des évènements,
/// valeur `3` + FINESS + `/` + identifiant local + `-EVN-` + numéro de
/// l'évènement), statut selon la correspondance du profil, classe `HH`,
/// type dans le système de sa tranche, sujet, participants, période,
/// serviceProvider, partOf vers le séjour.
pub fn evenement(
    buf: &mut String,
    g: &Guide,
    url: &str,
    finess: &str,
    personne: &str,
    e: &Evenement,
    l: &Liens<'_>,
) {
    entree_debut(buf, true, url, "Encounter", g.profils.evenement);
    buf.push_str(r#","identifier":[{"#);
    type_(buf, g.systemes.fr_core_type_identifiant, "VN", None);
    buf.push_str(r#","system":"#);
    chaine(buf, g.identifiants.evenement);
    buf.push_str(r#","value":"#);
    let mut valeur = local(finess, personne);
    valeur.push_str("-EVN-");
    valeur.push_str(&e.identifiant);
    chaine(buf, &valeur);
    buf.push_str(r#"}],"status":""#);
    buf.push_str(e.statut.code_fhir());
    buf.push_str(r#"","class":"#);
    coding(buf, g.systemes.acte_v3, "HH", None);
    // A type outside the value set is a finding before writing.
    if let Some(t) = g.type_evenement(&e.type_) {
        buf.push_str(r#","type":[{"coding":["#);
        coding(buf, t.systeme, t.code, Some(t.libelle));
        buf.push_str("]}]");
    }
    reference(buf, "subject", l.patient);
    if !l.professionnels.is_empty() {
        buf.push_str(r#","participant":["#);
        for (k, p) in l.professionnels.iter().enumerate() {
            if k > 0 {
                buf.push(',');
            }
            buf.push_str(r#"{"individual":{"reference":"#);
            chaine(buf, p);
            buf.push_str("}}");
        }
        buf.push(']');
    }
    buf.push_str(r#","period":{"start":"#);
    e.debut.ecrire(buf);
    buf.push_str(r#","end":"#);
    e.fin.ecrire(buf);
    buf.push('}');
    reference(buf, "serviceProvider", l.organisation);
    reference(buf, "partOf", l.sejour);
    entree_fin(buf, "Encounter");
}
