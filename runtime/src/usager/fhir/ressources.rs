//! Les ressources du Bundle, écrites en texte JSON compact. L'ordre des
//! éléments est celui de FHIR ; les codages sont ceux des exemples du guide
//! TDDUI.

use crate::ecriture::{Ecrire, chaine};
use crate::usager::guide::Guide;
use crate::usager::{Personne, StatutIdentite, Structure};

/// `{"fullUrl":…,"resource":{"resourceType":…,"meta":{"profile":[…]}`,
/// précédé d'une virgule sauf pour la première entrée.
pub(super) fn entree_debut(
    buf: &mut String,
    virgule: bool,
    url: &str,
    ressource: &str,
    profil: &str,
) {
    if virgule {
        buf.push(',');
    }
    buf.push_str(r#"{"fullUrl":"#);
    chaine(buf, url);
    buf.push_str(r#","resource":{"resourceType":""#);
    buf.push_str(ressource);
    buf.push_str(r#"","meta":{"profile":["#);
    chaine(buf, profil);
    buf.push_str("]}");
}

/// `{"system":…,"code":…}` (et son `display` quand il est donné).
pub(super) fn coding(buf: &mut String, systeme: &str, code: &str, libelle: Option<&str>) {
    buf.push_str(r#"{"system":"#);
    chaine(buf, systeme);
    buf.push_str(r#","code":"#);
    chaine(buf, code);
    if let Some(l) = libelle {
        buf.push_str(r#","display":"#);
        chaine(buf, l);
    }
    buf.push('}');
}

/// `"type":{"coding":[…]}`.
pub(super) fn type_(buf: &mut String, systeme: &str, code: &str, libelle: Option<&str>) {
    buf.push_str(r#""type":{"coding":["#);
    coding(buf, systeme, code, libelle);
    buf.push_str("]}");
}

/// Ferme la ressource et écrit la `request` de l'entrée.
pub fn entree_fin(buf: &mut String, ressource: &str) {
    buf.push_str(r#"},"request":{"method":"POST","url":""#);
    buf.push_str(ressource);
    buf.push_str(r#""}}"#);
}

pub(super) fn reference(buf: &mut String, cle: &str, url: &str) {
    buf.push_str(",\"");
    buf.push_str(cle);
    buf.push_str(r#"":{"reference":"#);
    chaine(buf, url);
    buf.push('}');
}

/// `3` + FINESS + `/` + l'identifiant local (les identifiants locaux de
/// TDDUI).
pub(super) fn local(finess: &str, identifiant: &str) -> String {
    let mut s = String::with_capacity(finess.len() + identifiant.len() + 2);
    s.push('3');
    s.push_str(finess);
    s.push('/');
    s.push_str(identifiant);
    s
}

pub fn organisation(buf: &mut String, g: &Guide, url: &str, s: &Structure) {
    entree_debut(buf, false, url, "Organization", g.profils.organisation);
    // The IDNST, `1` + FINESS, as in the guide's example.
    buf.push_str(r#","identifier":[{"#);
    type_(buf, g.systemes.fr_core_v2_0203, "IDNST", None);
    buf.push_str(r#","system":"#);
    chaine(buf, g.identifiants.structure);
    buf.push_str(r#","value":"#);
    chaine(buf, &format!("1{}", s.finess));
    buf.push_str("}]");
    if let Some(nom) = s.raison_sociale.as_deref().filter(|n| !n.is_empty()) {
        buf.push_str(r#","name":"#);
        chaine(buf, nom);
    }
    entree_fin(buf, "Organization");
}

pub fn patient(buf: &mut String, g: &Guide, url: &str, finess: &str, p: &Personne) {
    let id = &p.identite;
    let profil = if id.statut == StatutIdentite::Qualifiee {
        g.profils.patient_ins
    } else {
        g.profils.patient
    };
    entree_debut(buf, true, url, "Patient", profil);
    // Identity reliability (FR Core), then the birth place (its COG code).
    buf.push_str(r#","extension":[{"extension":[{"url":"identityStatus","valueCoding":"#);
    coding(buf, g.systemes.fr_core_v2_0445, id.statut.code_fhir(), None);
    buf.push_str(r#"}],"url":"#);
    chaine(buf, g.extensions.fiabilite_identite);
    buf.push('}');
    if let Some(lieu) = id.lieu_naissance.as_deref().filter(|l| !l.is_empty()) {
        buf.push_str(r#",{"url":"#);
        chaine(buf, g.extensions.lieu_naissance);
        buf.push_str(r#","valueAddress":{"extension":[{"url":"#);
        chaine(buf, g.extensions.code_insee);
        buf.push_str(r#","valueCoding":"#);
        coding(buf, g.systemes.communes, lieu, None);
        buf.push_str("}]}}");
    }
    buf.push_str(r#"],"identifier":["#);
    if let Some(ins) = &id.ins {
        buf.push_str(r#"{"use":"official","#);
        let (code, systeme) = match ins.type_() {
            crate::usager::TypeIns::Nir => ("INS-NIR", g.identifiants.ins_nir),
            crate::usager::TypeIns::Nia => ("INS-NIA", g.identifiants.ins_nia),
        };
        type_(buf, g.systemes.fr_core_v2_0203, code, None);
        buf.push_str(r#","system":"#);
        chaine(buf, systeme);
        buf.push_str(r#","value":"#);
        chaine(buf, ins.valeur());
        buf.push_str("},");
    }
    buf.push('{');
    type_(
        buf,
        g.systemes.hl7_v2_0203,
        "PI",
        Some("Patient internal identifier"),
    );
    buf.push_str(r#","system":"#);
    chaine(buf, g.identifiants.usager_local);
    buf.push_str(r#","value":"#);
    chaine(buf, &local(finess, &p.identifiant));
    // The official name: birth name, first given name, and the birth given
    // names as one space-separated string (FR Core).
    buf.push_str(r#"}],"name":[{"extension":[{"url":"#);
    chaine(buf, g.extensions.prenoms_naissance);
    buf.push_str(r#","valueString":"#);
    chaine(buf, &id.prenoms_naissance.join(" "));
    buf.push_str(r#"}],"use":"official","family":"#);
    chaine(buf, &id.nom_naissance);
    buf.push_str(r#","given":["#);
    chaine(buf, &id.premier_prenom);
    buf.push_str(r#"]}],"gender":""#);
    buf.push_str(id.sexe.code_fhir());
    buf.push_str(r#"","birthDate":"#);
    id.date_naissance.ecrire(buf);
    buf.push_str(r#","_birthDate":{"extension":[{"url":"#);
    chaine(buf, g.extensions.rang_naissance);
    buf.push_str(r#","valuePositiveInt":"#);
    buf.push_str(itoa::Buffer::new().format(id.rang_naissance.max(1)));
    buf.push_str("}]}");
    entree_fin(buf, "Patient");
}

pub fn sejour(
    buf: &mut String,
    g: &Guide,
    url: &str,
    patient: &str,
    organisation: &str,
    finess: &str,
    p: &Personne,
) {
    let s = &p.sejour;
    entree_debut(buf, true, url, "Encounter", g.profils.sejour);
    buf.push_str(r#","identifier":[{"#);
    type_(
        buf,
        g.systemes.identifiant_sejour,
        "SEJ",
        Some("Identifiant du séjour"),
    );
    buf.push_str(r#","system":"#);
    chaine(buf, g.identifiants.sejour);
    buf.push_str(r#","value":"#);
    // As in the guide: 3 + FINESS / local identifier -SEJOUR- stay number.
    let mut valeur = local(finess, &p.identifiant);
    valeur.push_str("-SEJOUR-");
    valeur.push_str(&s.identifiant);
    chaine(buf, &valeur);
    buf.push_str(r#"}],"status":""#);
    buf.push_str(if s.fin.is_some() {
        "finished"
    } else {
        "in-progress"
    });
    buf.push_str(r#"","class":"#);
    coding(buf, g.systemes.acte_v3, "HH", None);
    reference(buf, "subject", patient);
    buf.push_str(r#","period":{"start":"#);
    s.debut.ecrire(buf);
    if let Some(fin) = s.fin {
        buf.push_str(r#","end":"#);
        fin.ecrire(buf);
    }
    buf.push('}');
    reference(buf, "serviceProvider", organisation);
    entree_fin(buf, "Encounter");
}

/// Ce qui ouvre une QuestionnaireResponse : le `numEvaluation` de son
/// identifiant (le numéro de l'évaluation, ou la campagne pour le rapport
/// de campagne), son Questionnaire (`url|version`), la date, et qui en
/// répond.
pub struct TeteReponse<'a> {
    pub url: &'a str,
    pub patient: &'a str,
    pub finess: &'a str,
    /// L'identifiant local de la personne.
    pub identifiant: &'a str,
    pub numero: &'a str,
    pub questionnaire: &'a str,
    /// Le fullUrl de l'évènement, quand elle a été faite pendant l'un
    /// d'eux.
    pub rencontre: Option<&'a str>,
    pub authored: &'a dyn Ecrire,
    /// Le fullUrl du Practitioner : `author`, et `source` quand `source`
    /// est vrai.
    pub auteur: Option<&'a str>,
    pub source: bool,
}

/// La QuestionnaireResponse jusqu'à ses items (qu'écrit [`super::Items`] ;
/// l'appelant la ferme ensuite avec [`entree_fin`]). Son identifiant est
/// `3` + FINESS + `/` + identifiant local + `-EVAL-` + numéro (le format du
/// guide).
pub fn reponse_debut(buf: &mut String, g: &Guide, t: &TeteReponse<'_>) {
    entree_debut(buf, true, t.url, "QuestionnaireResponse", g.profils.reponse);
    buf.push_str(r#","identifier":{"system":"#);
    chaine(buf, g.identifiants.evaluation);
    buf.push_str(r#","value":"#);
    let mut valeur = local(t.finess, t.identifiant);
    valeur.push_str("-EVAL-");
    valeur.push_str(t.numero);
    chaine(buf, &valeur);
    buf.push_str(r#"},"questionnaire":"#);
    chaine(buf, t.questionnaire);
    buf.push_str(r#","status":"completed""#);
    reference(buf, "subject", t.patient);
    if let Some(e) = t.rencontre {
        reference(buf, "encounter", e);
    }
    buf.push_str(r#","authored":"#);
    t.authored.ecrire(buf);
    // `author` always: the invariant `professionnel-requis` looks for
    // `Practitioner/` in `source.reference`, which a urn:uuid never holds.
    if let Some(a) = t.auteur {
        buf.push_str(r#","author":{"reference":"#);
        chaine(buf, a);
        buf.push('}');
        if t.source {
            reference(buf, "source", a);
        }
    }
}
