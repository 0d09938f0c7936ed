//! L'en-tête CDA : les templateIds et le code de document du guide CDA
//! TDDUI, la personne (`recordTarget`), le logiciel DUI (`author`,
//! `legalAuthenticator`, `documentationOf`) et la structure (`custodian`),
//! dans l'ordre qu'exige le schéma CDA R2.

use super::categories;
use super::gabarits;
use super::xml;
use super::{Contexte, ErreurCda, code_systeme};
use crate::Date;
use crate::usager::DateHeure;
use crate::usager::{Sexe, StatutIdentite};

/// Les structures (Struct_IdNat : `1` + FINESS).
const OID_STRUCTURES: &str = "1.2.250.1.71.4.2.2";
/// Les professionnels et les systèmes (PS_IdNat : `3` + FINESS + `/` +
/// identifiant interne).
const OID_SYSTEMES: &str = "1.2.250.1.71.4.2.1";
/// Le système TDDUI des identifiants locaux d'usager en FHIR. Le guide CDA
/// donne la valeur (`3` + FINESS + `/` + identifiant local) mais aucun OID
/// pour lui : la racine est l'UUID v5 de cette URL, comme toute URL de
/// système FHIR devient ici une racine CDA.
const SYSTEME_IDENTIFIANT_LOCAL: &str =
    "https://identifiant-medicosocial-localusager.esante.gouv.fr";

const LOGICIEL_DUI: &str = r#"<code code="LOGICIEL_DUI" displayName="Logiciel de Dossier Usager Informatisé" codeSystem="1.2.250.1.213.1.1.4.6"/>"#;

/// `AAAAMMJJ`, le `TS` CDA d'un jour.
pub(crate) fn ts(buf: &mut String, d: Date) {
    let mut chiffres = |n: u32, largeur: u32| {
        for k in (0..largeur).rev() {
            buf.push(char::from(b'0' + ((n / 10u32.pow(k)) % 10) as u8));
        }
    };
    chiffres(d.annee().into(), 4);
    chiffres(d.mois().into(), 2);
    chiffres(d.jour().into(), 2);
}

/// Chaque valeur que XML ne peut pas porter est notée et l'écriture
/// continue, pour qu'une exécution les signale toutes.
pub(crate) fn attribut(buf: &mut String, v: &str, lieu: &str, erreurs: &mut Vec<ErreurCda>) {
    if xml::attribut(buf, v).is_err() {
        erreurs.push(ErreurCda::Caractere { lieu: lieu.into() });
    }
}

pub(crate) fn texte(buf: &mut String, v: &str, lieu: &str, erreurs: &mut Vec<ErreurCda>) {
    if xml::texte(buf, v).is_err() {
        erreurs.push(ErreurCda::Caractere { lieu: lieu.into() });
    }
}

/// Une date et heure en `TS` CDA à la seconde avec son décalage
/// (`2026-01-15T10:30:00+01:00` → `20260115103000+0100` ; `Z` → `+0000` ;
/// une fraction de seconde est gardée).
pub(crate) fn ts_date_heure(buf: &mut String, d: DateHeure) {
    let t = d.to_string();
    let (jour, reste) = t.split_at(t.find('T').unwrap_or(t.len()));
    buf.extend(jour.chars().filter(|c| *c != '-'));
    let reste = reste.strip_prefix('T').unwrap_or(reste);
    let fin = reste.find(['Z', '+', '-']).unwrap_or(reste.len());
    let (heure, decalage) = reste.split_at(fin);
    buf.extend(heure.chars().filter(|c| *c != ':'));
    if decalage == "Z" {
        buf.push_str("+0000");
    } else {
        buf.extend(decalage.chars().filter(|c| *c != ':'));
    }
}

/// `<… value="AAAAMMJJhhmmss+hhmm"/>`
fn element_dh(buf: &mut String, nom: &str, d: DateHeure) {
    buf.push('<');
    buf.push_str(nom);
    buf.push_str(" value=\"");
    ts_date_heure(buf, d);
    buf.push_str("\"/>");
}

/// `<… value="AAAAMMJJ"/>`
pub(crate) fn element_ts(buf: &mut String, nom: &str, d: Date) {
    buf.push('<');
    buf.push_str(nom);
    buf.push_str(" value=\"");
    ts(buf, d);
    buf.push_str("\"/>");
}

/// Écrit tout jusqu'au corps (exclu).
pub(crate) fn ecrire(
    buf: &mut String,
    c: &Contexte<'_>,
    id: &str,
    lot: &str,
    erreurs: &mut Vec<ErreurCda>,
) {
    let finess = c.structure.finess.as_str();
    buf.push_str(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<ClinicalDocument xmlns=\"urn:hl7-org:v3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:sdtc=\"urn:hl7-org:sdtc\">\n",
        "<realmCode code=\"FR\"/>\n",
        "<typeId root=\"2.16.840.1.113883.1.3\" extension=\"POCD_HD000040\"/>\n",
    ));
    buf.push_str(gabarits::DOCUMENT);
    buf.push_str("<id root=\"");
    buf.push_str(id);
    buf.push_str(concat!(
        "\"/>\n",
        "<code code=\"EXPORT_DUI\" displayName=\"Export du Dossier Usager Informatisé\" codeSystem=\"1.2.250.1.213.1.1.4.12\"/>\n",
        "<title>Document transfert de données DUI</title>\n"
    ));
    element_dh(buf, "effectiveTime", c.date_production);
    buf.push_str(concat!(
        "\n<confidentialityCode code=\"N\" displayName=\"Normal\" codeSystem=\"2.16.840.1.113883.5.25\"/>\n",
        "<languageCode code=\"fr-FR\"/>\n",
        "<setId root=\""
    ));
    buf.push_str(lot);
    buf.push_str("\"/>\n<versionNumber value=\"1\"/>\n");
    patient(buf, c, erreurs);

    // The DUI software, as the guide's author, legal authenticator and
    // service performer: `3` + FINESS + `/` + its name.
    let mut systeme = String::new();
    systeme.push_str("<id root=\"");
    systeme.push_str(OID_SYSTEMES);
    systeme.push_str("\" extension=\"3");
    systeme.push_str(finess);
    systeme.push('/');
    attribut(&mut systeme, c.logiciel.nom, "logiciel.nom", erreurs);
    systeme.push_str("\"/>");
    systeme.push_str(LOGICIEL_DUI);
    let organisation =
        format!("<representedOrganization><id root=\"{OID_STRUCTURES}\" extension=\"1{finess}\"/>");

    buf.push_str("<author>");
    element_dh(buf, "time", c.date_production);
    buf.push_str("<assignedAuthor>");
    buf.push_str(&systeme);
    buf.push_str("<assignedAuthoringDevice><manufacturerModelName>");
    texte(buf, c.logiciel.nom, "logiciel.nom", &mut Vec::new());
    buf.push_str("</manufacturerModelName><softwareName>");
    texte(buf, c.logiciel.nom, "logiciel.nom", &mut Vec::new());
    buf.push(' ');
    texte(buf, c.logiciel.version, "logiciel.version", erreurs);
    buf.push_str("</softwareName></assignedAuthoringDevice>");
    buf.push_str(&organisation);
    buf.push_str("</representedOrganization></assignedAuthor></author>\n");

    // The ESSMS, with its name when the file gives it.
    let mut nom = String::new();
    if let Some(n) = c.structure.raison_sociale.as_deref() {
        nom.push_str("<name>");
        texte(&mut nom, n, "structure.raisonSociale", erreurs);
        nom.push_str("</name>");
    }
    buf.push_str("<custodian><assignedCustodian><representedCustodianOrganization><id root=\"");
    buf.push_str(OID_STRUCTURES);
    buf.push_str("\" extension=\"1");
    buf.push_str(finess);
    buf.push_str("\"/>");
    buf.push_str(&nom);
    buf.push_str("</representedCustodianOrganization></assignedCustodian></custodian>\n");

    buf.push_str("<legalAuthenticator>");
    element_dh(buf, "time", c.date_production);
    buf.push_str("<signatureCode code=\"S\"/><assignedEntity>");
    buf.push_str(&systeme);
    buf.push_str(&organisation);
    buf.push_str("</representedOrganization></assignedEntity></legalAuthenticator>\n");

    buf.push_str("<documentationOf><serviceEvent><effectiveTime>");
    element_dh(buf, "low", c.date_production);
    buf.push_str("</effectiveTime><performer typeCode=\"PRF\"><assignedEntity>");
    buf.push_str(&systeme);
    buf.push_str(&organisation);
    buf.push_str(&nom);
    buf.push_str(concat!(
        "<standardIndustryClassCode code=\"ESSMS\" displayName=\"Etablissement ou Service Social ou Médico-Social\" codeSystem=\"1.2.250.1.213.1.1.4.9\"/>",
        "</representedOrganization></assignedEntity></performer></serviceEvent></documentationOf>\n"
    ));

    // The facility type of the structure's category, the category as its
    // translation (1..1 in the guide: without a category, the catch-all
    // type alone; `--cda` warns of it).
    let (type_, categorie) = type_structure(c);
    buf.push_str("<componentOf><encompassingEncounter><effectiveTime>");
    element_dh(buf, "low", c.date_production);
    buf.push_str("</effectiveTime><location><healthCareFacility><code code=\"");
    buf.push_str(type_);
    buf.push_str("\" displayName=\"");
    buf.push_str(categories::libelle_type(type_));
    buf.push_str("\" codeSystem=\"1.2.250.1.71.4.2.4\">");
    if let Some((code, libelle)) = categorie {
        buf.push_str("<translation code=\"");
        buf.push_str(code);
        buf.push_str("\" displayName=\"");
        buf.push_str(libelle);
        buf.push_str("\" codeSystem=\"1.2.250.1.213.1.6.1.8\"/>");
    }
    buf.push_str("</code></healthCareFacility></location></encompassingEncounter></componentOf>\n");
}

/// Le type d'établissement (JDV_J02) et la catégorie avec son libellé,
/// quand la catégorie de la structure est l'une de JDV_J254 (la lecture le
/// contrôle).
pub(crate) fn type_structure(
    c: &Contexte<'_>,
) -> (&'static str, Option<(&'static str, &'static str)>) {
    let categorie = c
        .structure
        .categorie
        .as_deref()
        .and_then(|code| c.guide.categorie(code));
    match categorie.and_then(|k| Some((k, categories::type_etablissement(k.code)?))) {
        Some((k, type_)) => (type_, Some((k.code, k.libelle))),
        None => ("SA41", None),
    }
}

/// `recordTarget` : l'INS quand l'identité est qualifiée, sinon
/// l'identifiant local ; nom de naissance et prénoms comme dans l'exemple
/// du guide.
fn patient(buf: &mut String, c: &Contexte<'_>, erreurs: &mut Vec<ErreurCda>) {
    let p = c.personne;
    let i = &p.identite;
    buf.push_str("<recordTarget><patientRole><id root=\"");
    match (&i.ins, i.statut) {
        (Some(ins), StatutIdentite::Qualifiee) => {
            let systeme = ins.type_().systeme();
            buf.push_str(systeme.strip_prefix("urn:oid:").unwrap_or(systeme));
            buf.push_str("\" extension=\"");
            attribut(buf, ins.valeur(), "identite.ins", erreurs);
        }
        _ => {
            buf.push_str(&code_systeme(SYSTEME_IDENTIFIANT_LOCAL));
            buf.push_str("\" extension=\"3");
            buf.push_str(c.structure.finess.as_str());
            buf.push('/');
            attribut(buf, &p.identifiant, "identifiant", erreurs);
        }
    }
    buf.push_str("\"/><patient><name><family qualifier=\"BR\">");
    texte(buf, &i.nom_naissance, "identite.nomNaissance", erreurs);
    buf.push_str("</family><given>");
    for (k, prenom) in i.prenoms_naissance.iter().enumerate() {
        if k > 0 {
            buf.push(' ');
        }
        texte(
            buf,
            prenom,
            &format!("identite.prenomsNaissance[{k}]"),
            erreurs,
        );
    }
    buf.push_str("</given><given qualifier=\"BR\">");
    texte(buf, &i.premier_prenom, "identite.premierPrenom", erreurs);
    buf.push_str("</given></name><administrativeGenderCode code=\"");
    // JDV_J143-AdministrativeGender-CISIS.
    buf.push_str(match i.sexe {
        Sexe::Feminin => "F\" displayName=\"Féminin",
        Sexe::Masculin => "M\" displayName=\"Masculin",
        Sexe::Indetermine => "UN\" displayName=\"Inconnu",
    });
    buf.push_str("\" codeSystem=\"2.16.840.1.113883.5.1\"/>");
    element_ts(buf, "birthTime", i.date_naissance);
    buf.push_str("<sdtc:multipleBirthOrderNumber value=\"");
    buf.push_str(itoa::Buffer::new().format(i.rang_naissance));
    buf.push_str("\"/>");
    if let Some(lieu) = &i.lieu_naissance {
        buf.push_str("<birthplace><place><addr><county>");
        texte(buf, lieu, "identite.lieuNaissance", erreurs);
        buf.push_str("</county></addr></place></birthplace>");
    }
    buf.push_str("</patient></patientRole></recordTarget>\n");
}
