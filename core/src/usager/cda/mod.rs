//! The CDA guide's rules (TDDUI CDA 1.0.1, `CDA-requirements-summary.md`
//! of the shared material, from the guide's pages and its official
//! example) checked on a WS07 document: what `sidoba validate` and the
//! sandbox run on every DocumentReference's CDA, so that a document that is
//! not XML, not a CDA, or not the guide's is refused (issue 20, item 4).
//!
//! The header rules (`CDA-E…`) and the body rules (`CDA-S…`) are listed in
//! [`REGLES`]. A finding names its rule and the element's path, never a
//! value: the document is personal data.

mod corps;
mod entete;

use base64::Engine;
use roxmltree::{Document, Node};
use sidoba::{CodeConstat, Constat};

pub(super) const HL7: &str = "urn:hl7-org:v3";
pub(super) const SDTC: &str = "urn:hl7-org:sdtc";
pub(super) const CISIS: &str = "1.2.250.1.213.1.1.4.322";
pub(super) const SYSTEMES: &str = "1.2.250.1.71.4.2.1";
pub(super) const STRUCTURES: &str = "1.2.250.1.71.4.2.2";
pub(super) const INS: [&str; 2] = ["1.2.250.1.213.1.4.8", "1.2.250.1.213.1.4.9"];

/// Every rule checked, with what it says (`docs/usager.md` lists them).
pub const REGLES: &[(&str, &str)] = &[
    ("CDA-E00", "le document est du XML bien formé (UTF-8)"),
    (
        "CDA-E01",
        "l'élément racine est ClinicalDocument (espace de noms urn:hl7-org:v3)",
    ),
    ("CDA-E02", "realmCode 1..1, code FR"),
    (
        "CDA-E03",
        "typeId 1..1 : 2.16.840.1.113883.1.3 / POCD_HD000040",
    ),
    (
        "CDA-E04",
        "templateId 2.16.840.1.113883.2.8.2.1, 1.2.250.1.213.1.1.1.1 et 1.2.250.1.213.1.1.1.58",
    ),
    ("CDA-E05", "id 1..1 avec @root"),
    (
        "CDA-E06",
        "code 1..1 : EXPORT_DUI, système 1.2.250.1.213.1.1.4.12",
    ),
    ("CDA-E07", "title 1..1, non vide"),
    (
        "CDA-E08",
        "effectiveTime 1..1 : date et heure à la seconde avec décalage horaire",
    ),
    (
        "CDA-E09",
        "confidentialityCode 1..1, système 2.16.840.1.113883.5.25",
    ),
    ("CDA-E10", "languageCode 1..1 : fr-FR"),
    (
        "CDA-E11",
        "setId 1..1 avec @root, versionNumber 1..1 entier ≥ 1",
    ),
    (
        "CDA-E12",
        "recordTarget 1..1 : patientRole/id 1..*, name/family 1..*, name/given 1..*, administrativeGenderCode 1..1, birthTime 1..1",
    ),
    (
        "CDA-E13",
        "avec INS : family[@qualifier=BR], given sans qualificatif, given[@qualifier=BR], birthplace/place/addr/county, sexe et date de naissance sans nullFlavor",
    ),
    ("CDA-E14", "sans INS : sdtc:multipleBirthOrderNumber 1..1"),
    (
        "CDA-E15",
        "author 1..* : assignedAuthor/id (racine 1.2.250.1.71.4.2.1, @extension), code LOGICIEL_DUI (1.2.250.1.213.1.1.4.6), assignedAuthoringDevice, representedOrganization",
    ),
    (
        "CDA-E16",
        "custodian : representedCustodianOrganization/id 1..1 (racine 1.2.250.1.71.4.2.2, @extension)",
    ),
    (
        "CDA-E17",
        "legalAuthenticator 1..1 : assignedEntity/id 1..1 (racine 1.2.250.1.71.4.2.1, @extension)",
    ),
    (
        "CDA-E18",
        "documentationOf 1..* : serviceEvent/effectiveTime 1..1, performer 1..1 (assignedEntity/id racine 1.2.250.1.71.4.2.1), representedOrganization/standardIndustryClassCode ESSMS (1.2.250.1.213.1.1.4.9)",
    ),
    (
        "CDA-E19",
        "componentOf/encompassingEncounter/location/healthCareFacility/code 1..1 : SA16, SA18 ou SA41 (1.2.250.1.71.4.2.4), sa translation 1..1 dans 1.2.250.1.213.1.6.1.8 (catégorie d'établissement)",
    ),
    ("CDA-E20", "component/structuredBody 1..1"),
    (
        "CDA-S01",
        "chaque section est l'une des cinq du guide (par son templateId), au plus une fois, avec son code",
    ),
    (
        "CDA-S02",
        "FR-Sejour-Admission : id 1..1, code GEN-351, participant RESP avec scopingEntity/id 1..1",
    ),
    (
        "CDA-S03",
        "FR-Modalite-entree / FR-Modalite-sortie : value 1..1 nullFlavor NA",
    ),
    (
        "CDA-S04",
        "FR-Evenement : id 1..1, code GEN-367, effectiveTime low et high 1..1 sans nullFlavor, performer/assignedEntity/id 1..1",
    ),
    (
        "CDA-S05",
        "FR-Statut d'un évènement : PLANIFIE, REALISE, VALIDE ou ANNULE (1.2.250.1.213.3.3.250) ; ANNULE : value/qualifier/value 1..1",
    ),
    (
        "CDA-S06",
        "FR-Groupe-de-questionnaires-d-evaluation : code 1..1 ; FR-Evaluation : id 1..1, code identique à celui du groupe, performer/assignedEntity/id 1..1",
    ),
    (
        "CDA-S07",
        "FR-Evaluation : value AGGIR (MED-1292, MED-1293) sans nullFlavor ; situation SSIAD (MED-1290), SERAFIN (MED-1291) : nullFlavor NA",
    ),
    (
        "CDA-S08",
        "FR-Evaluation-Composant : code 1..1 ; AGGIR : chaque composant du jeu de valeurs une fois, chacun avec exactement 4 FR-Evaluation-Composant-N2 (code 1..1, value BL)",
    ),
    (
        "CDA-S09",
        "FR-Statut d'une évaluation : APPROUVE, VALIDE ou TERMINE",
    ),
];

/// AGGIR PH SSIAD and PA SSIAD components (JDV_EvaluationAGGIRPH_CISIS,
/// JDV_EvaluationAGGIRPA_CISIS: the ICF codes of the guide's grids).
pub(super) const AGGIR_PH: &[&str] = &[
    "b160", "b114", "d510", "d540", "d550", "d530", "d410", "d4600", "d4602", "d3608",
];
pub(super) const AGGIR_PA: &[&str] = &[
    "b160", "b114", "d5100", "d520", "d5400", "d440", "d5402", "d550", "b5105", "d5300", "d5301",
    "d410", "d4600", "d4602", "d3608",
];

/// One rule broken, at an element (its path from the root).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ecart {
    pub regle: &'static str,
    pub lieu: String,
    pub message: String,
    /// Blocking, except a missing category translation: the collection
    /// file may leave the category out (a warning, `usager.md`).
    pub bloquant: bool,
}

pub(super) struct Verif {
    pub(super) ecarts: Vec<Ecart>,
}

pub(super) fn est(n: &Node<'_, '_>, nom: &str) -> bool {
    n.is_element() && n.tag_name().name() == nom && n.tag_name().namespace() == Some(HL7)
}

pub(super) fn enfants<'a, 'i>(n: Node<'a, 'i>, nom: &str) -> std::vec::IntoIter<Node<'a, 'i>> {
    n.children()
        .filter(|c| est(c, nom))
        .collect::<Vec<_>>()
        .into_iter()
}

pub(super) fn enfant<'a, 'i>(n: Node<'a, 'i>, nom: &str) -> Option<Node<'a, 'i>> {
    n.children().find(|c| est(c, nom))
}

/// The element at `chemin` (names separated by `/`), first of each name.
pub(super) fn suivre<'a, 'i>(n: Node<'a, 'i>, chemin: &str) -> Option<Node<'a, 'i>> {
    chemin.split('/').try_fold(n, |n, nom| enfant(n, nom))
}

pub(super) fn templates<'a>(n: Node<'a, '_>) -> Vec<&'a str> {
    enfants(n, "templateId")
        .filter_map(|t| t.attribute("root"))
        .collect()
}

pub(super) fn a_template(n: Node<'_, '_>, t: &str) -> bool {
    templates(n).contains(&t)
}

/// `/ClinicalDocument/component/structuredBody/component[2]/section`.
fn chemin(n: Node<'_, '_>) -> String {
    let mut parties: Vec<String> = n
        .ancestors()
        .filter(|a| a.is_element())
        .map(|a| {
            let nom = a.tag_name().name();
            let memes: Vec<_> = a
                .parent()
                .map(|p| {
                    p.children()
                        .filter(|c| c.is_element() && c.tag_name() == a.tag_name())
                        .collect()
                })
                .unwrap_or_default();
            match memes.iter().position(|c| *c == a) {
                Some(k) if memes.len() > 1 => format!("{nom}[{}]", k + 1),
                _ => nom.to_owned(),
            }
        })
        .collect();
    parties.reverse();
    format!("/{}", parties.join("/"))
}

impl Verif {
    pub(super) fn ecart(
        &mut self,
        regle: &'static str,
        n: Node<'_, '_>,
        message: impl Into<String>,
    ) {
        self.ecarts.push(Ecart {
            regle,
            lieu: chemin(n),
            message: message.into(),
            bloquant: true,
        });
    }

    /// `nom` is present exactly once under `n`; returns it.
    pub(super) fn un<'a, 'i>(
        &mut self,
        regle: &'static str,
        n: Node<'a, 'i>,
        nom: &str,
    ) -> Option<Node<'a, 'i>> {
        let mut it = enfants(n, nom);
        let premier = it.next();
        match (premier, it.next()) {
            (Some(p), None) => Some(p),
            (None, _) => {
                self.ecart(regle, n, format!("élément « {nom} » absent (1..1)"));
                None
            }
            (Some(p), Some(_)) => {
                self.ecart(regle, n, format!("élément « {nom} » répété (1..1)"));
                Some(p)
            }
        }
    }

    pub(super) fn attribut(
        &mut self,
        regle: &'static str,
        n: Node<'_, '_>,
        nom: &str,
        attendu: &str,
    ) {
        if n.attribute(nom) != Some(attendu) {
            self.ecart(regle, n, format!("@{nom} doit valoir « {attendu} »"));
        }
    }

    /// An `id` whose root is `racine`, with an extension, no nullFlavor.
    pub(super) fn id(&mut self, regle: &'static str, parent: Node<'_, '_>, racine: &str) {
        if let Some(id) = self.un(regle, parent, "id")
            && (id.attribute("root") != Some(racine)
                || id.attribute("extension").is_none_or(str::is_empty)
                || id.has_attribute("nullFlavor"))
        {
            self.ecart(
                regle,
                id,
                format!("identifiant de racine « {racine} » avec une @extension, sans nullFlavor"),
            );
        }
    }

    pub(super) fn sans_null(&mut self, regle: &'static str, n: Node<'_, '_>) {
        if n.has_attribute("nullFlavor") {
            self.ecart(regle, n, "nullFlavor interdit ici");
        }
    }
}

/// The date-time of a CDA `TS` to the second with its offset
/// (`20230414111500+0200`, fractions of a second allowed).
pub(super) fn ts_seconde(v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() < 19 || !b[..14].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut reste = &v[14..];
    if let Some(f) = reste.strip_prefix('.') {
        let n = f.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        reste = &f[n..];
    }
    reste.len() == 5
        && matches!(reste.as_bytes()[0], b'+' | b'-')
        && reste[1..].bytes().all(|c| c.is_ascii_digit())
}

/// Checks one WS07 document against the guide's rules: every rule broken,
/// at once. A text that is not XML gives one `CDA-E00` at its line and
/// column; DTDs are refused (no entity expansion).
pub fn verifier(xml: &str) -> Vec<Ecart> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = match Document::parse_with_options(xml, options) {
        Ok(d) => d,
        Err(e) => {
            let p = e.pos();
            return vec![Ecart {
                regle: "CDA-E00",
                lieu: format!("ligne {}, colonne {}", p.row, p.col),
                message: format!(
                    "le document n'est pas du XML bien formé ({})",
                    erreur_xml(&e)
                ),
                bloquant: true,
            }];
        }
    };
    let racine = doc.root_element();
    let mut v = Verif { ecarts: Vec::new() };
    if !est(&racine, "ClinicalDocument") {
        v.ecart(
            "CDA-E01",
            racine,
            "l'élément racine doit être ClinicalDocument dans l'espace de noms urn:hl7-org:v3 : ce n'est pas un document CDA",
        );
        return v.ecarts;
    }
    entete::entete(&mut v, racine);
    corps::corps(&mut v, racine);
    v.ecarts
}

/// roxmltree's error, without the text of the document.
fn erreur_xml(e: &roxmltree::Error) -> String {
    // Its Display names the fault and a position; no document content.
    e.to_string()
}

/// The CDA document of a WS07 DocumentReference (`attachment.data`,
/// base64) as blocking findings of person `i` (`usagers[i]`): not base64,
/// not UTF-8, not XML, not a CDA, or against a rule of the guide. Empty
/// when the document meets them all.
pub fn constats_document(donnees: &str, i: usize) -> Vec<Constat> {
    let chemin = format!("usagers[{i}]");
    let bloquant = |m: String| Constat::champ(chemin.clone(), CodeConstat::Type, m);
    let octets = match base64::engine::general_purpose::STANDARD.decode(donnees) {
        Ok(o) => o,
        Err(_) => {
            return vec![bloquant(
                "Document CDA (WS07) : « attachment.data » n'est pas du base64 ; encodez-y le document CDA".into(),
            )];
        }
    };
    let Ok(xml) = std::str::from_utf8(&octets) else {
        return vec![bloquant(
            "Document CDA (WS07) : le document n'est pas en UTF-8 ; écrivez-le en UTF-8".into(),
        )];
    };
    verifier(xml)
        .into_iter()
        .map(|e| {
            let mut c = bloquant(format!(
                "Document CDA (WS07), règle {} du guide CDA TDDUI, {} : {} ; corrigez le document",
                e.regle, e.lieu, e.message
            ));
            if !e.bloquant {
                c.severite = sidoba::Severite::Avertissement;
            }
            c
        })
        .collect()
}

/// The models a WS07 document names (`api.md`, `modele_different`): the
/// `translation` of every « Autre type d'évaluation » (`GEN-092.04.24`)
/// code — the campaign report's, a model evaluation's — as `(code,
/// codeSystemVersion)`. `None` when `donnees` (base64) is not a readable
/// XML document: its reader's findings say why.
pub fn modeles_nommes(donnees: &str) -> Option<Vec<(String, Option<String>)>> {
    let octets = base64::engine::general_purpose::STANDARD
        .decode(donnees)
        .ok()?;
    let xml = std::str::from_utf8(&octets).ok()?;
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = Document::parse_with_options(xml, options).ok()?;
    Some(
        doc.descendants()
            .filter(|n| est(n, "code") && n.attribute("code") == Some("GEN-092.04.24"))
            .flat_map(|c| enfants(c, "translation"))
            .map(|t| {
                (
                    t.attribute("code").unwrap_or("").to_owned(),
                    t.attribute("codeSystemVersion").map(str::to_owned),
                )
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_and_offset() {
        for ok in ["20230414111500+0200", "20230414111500.123-0330"] {
            assert!(ts_seconde(ok), "{ok}");
        }
        for ko in [
            "20230414",
            "202304141115+0200",
            "20230414111500",
            "20230414111500+02",
            "2023041411150x+0200",
        ] {
            assert!(!ts_seconde(ko), "{ko}");
        }
    }

    #[test]
    fn not_xml_and_not_a_cda_are_findings() {
        let e = verifier("pas du XML");
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].regle, "CDA-E00");
        let e = verifier("<a xmlns='urn:hl7-org:v3'/>");
        assert_eq!(e[0].regle, "CDA-E01");
        let e = verifier("<ClinicalDocument/>");
        assert_eq!(e[0].regle, "CDA-E01");
        // A DTD (entity expansion) is refused before anything is read.
        let e = verifier("<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>");
        assert_eq!(e[0].regle, "CDA-E00");
        assert!(!constats_document("@@", 0).is_empty());
        assert!(!constats_document("/w==", 0).is_empty());
    }
}
