//! The CDA guide's rules (TDDUI CDA 1.0.1, `CDA-requirements-summary.md`
//! of the shared material, from the guide's pages and its official
//! example) checked on a WS07 document: what `sidoba validate` and the
//! sandbox run on every DocumentReference's CDA, so that a document that is
//! not XML, not a CDA, or not the guide's is refused (issue 20, item 4).
//!
//! The header rules (`CDA-E…`) and the body rules (`CDA-S…`) are listed in
//! [`REGLES`]. A finding names its rule and the element's path, never a
//! value: the document is personal data.

use base64::Engine;
use roxmltree::{Document, Node};
use sidoba::{CodeConstat, Constat};

const HL7: &str = "urn:hl7-org:v3";
const SDTC: &str = "urn:hl7-org:sdtc";
const CISIS: &str = "1.2.250.1.213.1.1.4.322";
const SYSTEMES: &str = "1.2.250.1.71.4.2.1";
const STRUCTURES: &str = "1.2.250.1.71.4.2.2";
const INS: [&str; 2] = ["1.2.250.1.213.1.4.8", "1.2.250.1.213.1.4.9"];

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
const AGGIR_PH: &[&str] = &[
    "b160", "b114", "d510", "d540", "d550", "d530", "d410", "d4600", "d4602", "d3608",
];
const AGGIR_PA: &[&str] = &[
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

struct Verif {
    ecarts: Vec<Ecart>,
}

fn est(n: &Node<'_, '_>, nom: &str) -> bool {
    n.is_element() && n.tag_name().name() == nom && n.tag_name().namespace() == Some(HL7)
}

fn enfants<'a, 'i>(n: Node<'a, 'i>, nom: &str) -> std::vec::IntoIter<Node<'a, 'i>> {
    n.children()
        .filter(|c| est(c, nom))
        .collect::<Vec<_>>()
        .into_iter()
}

fn enfant<'a, 'i>(n: Node<'a, 'i>, nom: &str) -> Option<Node<'a, 'i>> {
    n.children().find(|c| est(c, nom))
}

/// The element at `chemin` (names separated by `/`), first of each name.
fn suivre<'a, 'i>(n: Node<'a, 'i>, chemin: &str) -> Option<Node<'a, 'i>> {
    chemin.split('/').try_fold(n, |n, nom| enfant(n, nom))
}

fn templates<'a>(n: Node<'a, '_>) -> Vec<&'a str> {
    enfants(n, "templateId")
        .filter_map(|t| t.attribute("root"))
        .collect()
}

fn a_template(n: Node<'_, '_>, t: &str) -> bool {
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
    fn ecart(&mut self, regle: &'static str, n: Node<'_, '_>, message: impl Into<String>) {
        self.ecarts.push(Ecart {
            regle,
            lieu: chemin(n),
            message: message.into(),
            bloquant: true,
        });
    }

    /// `nom` is present exactly once under `n`; returns it.
    fn un<'a, 'i>(
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

    fn attribut(&mut self, regle: &'static str, n: Node<'_, '_>, nom: &str, attendu: &str) {
        if n.attribute(nom) != Some(attendu) {
            self.ecart(regle, n, format!("@{nom} doit valoir « {attendu} »"));
        }
    }

    /// An `id` whose root is `racine`, with an extension, no nullFlavor.
    fn id(&mut self, regle: &'static str, parent: Node<'_, '_>, racine: &str) {
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

    fn sans_null(&mut self, regle: &'static str, n: Node<'_, '_>) {
        if n.has_attribute("nullFlavor") {
            self.ecart(regle, n, "nullFlavor interdit ici");
        }
    }
}

/// The date-time of a CDA `TS` to the second with its offset
/// (`20230414111500+0200`, fractions of a second allowed).
fn ts_seconde(v: &str) -> bool {
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
    entete(&mut v, racine);
    corps(&mut v, racine);
    v.ecarts
}

/// roxmltree's error, without the text of the document.
fn erreur_xml(e: &roxmltree::Error) -> String {
    // Its Display names the fault and a position; no document content.
    e.to_string()
}

fn entete(v: &mut Verif, d: Node<'_, '_>) {
    if let Some(r) = v.un("CDA-E02", d, "realmCode") {
        v.attribut("CDA-E02", r, "code", "FR");
    }
    if let Some(t) = v.un("CDA-E03", d, "typeId") {
        v.attribut("CDA-E03", t, "root", "2.16.840.1.113883.1.3");
        v.attribut("CDA-E03", t, "extension", "POCD_HD000040");
    }
    let t = templates(d);
    for attendu in [
        "2.16.840.1.113883.2.8.2.1",
        "1.2.250.1.213.1.1.1.1",
        "1.2.250.1.213.1.1.1.58",
    ] {
        if !t.contains(&attendu) {
            v.ecart("CDA-E04", d, format!("templateId « {attendu} » absent"));
        }
    }
    if let Some(id) = v.un("CDA-E05", d, "id")
        && id.attribute("root").is_none_or(str::is_empty)
    {
        v.ecart("CDA-E05", id, "@root absent");
    }
    if let Some(c) = v.un("CDA-E06", d, "code") {
        v.attribut("CDA-E06", c, "code", "EXPORT_DUI");
        v.attribut("CDA-E06", c, "codeSystem", "1.2.250.1.213.1.1.4.12");
    }
    if let Some(t) = v.un("CDA-E07", d, "title")
        && t.text().is_none_or(|s| s.trim().is_empty())
    {
        v.ecart("CDA-E07", t, "titre vide");
    }
    if let Some(t) = v.un("CDA-E08", d, "effectiveTime")
        && !t.attribute("value").is_some_and(ts_seconde)
    {
        v.ecart(
            "CDA-E08",
            t,
            "@value doit dater à la seconde avec le décalage horaire (AAAAMMJJhhmmss+hhmm)",
        );
    }
    if let Some(c) = v.un("CDA-E09", d, "confidentialityCode") {
        v.attribut("CDA-E09", c, "codeSystem", "2.16.840.1.113883.5.25");
    }
    if let Some(l) = v.un("CDA-E10", d, "languageCode") {
        v.attribut("CDA-E10", l, "code", "fr-FR");
    }
    if let Some(s) = v.un("CDA-E11", d, "setId")
        && s.attribute("root").is_none_or(str::is_empty)
    {
        v.ecart("CDA-E11", s, "@root absent");
    }
    if let Some(n) = v.un("CDA-E11", d, "versionNumber")
        && n.attribute("value")
            .and_then(|s| s.parse::<u64>().ok())
            .is_none_or(|n| n < 1)
    {
        v.ecart("CDA-E11", n, "@value doit être un entier ≥ 1");
    }
    if let Some(r) = v.un("CDA-E12", d, "recordTarget") {
        patient(v, r);
    }
    let auteurs: Vec<_> = enfants(d, "author").collect();
    if auteurs.is_empty() {
        v.ecart("CDA-E15", d, "élément « author » absent (1..*)");
    }
    for a in auteurs {
        if let Some(aa) = v.un("CDA-E15", a, "assignedAuthor") {
            v.id("CDA-E15", aa, SYSTEMES);
            logiciel(v, "CDA-E15", aa, true);
            v.un("CDA-E15", aa, "assignedAuthoringDevice");
            v.un("CDA-E15", aa, "representedOrganization");
        }
    }
    match suivre(
        d,
        "custodian/assignedCustodian/representedCustodianOrganization",
    ) {
        Some(o) => v.id("CDA-E16", o, STRUCTURES),
        None => v.ecart(
            "CDA-E16",
            d,
            "custodian/assignedCustodian/representedCustodianOrganization absent",
        ),
    }
    if let Some(l) = v.un("CDA-E17", d, "legalAuthenticator")
        && let Some(e) = v.un("CDA-E17", l, "assignedEntity")
    {
        v.id("CDA-E17", e, SYSTEMES);
        logiciel(v, "CDA-E17", e, false);
    }
    let services: Vec<_> = enfants(d, "documentationOf").collect();
    if services.is_empty() {
        v.ecart("CDA-E18", d, "élément « documentationOf » absent (1..*)");
    }
    for s in services {
        let Some(se) = v.un("CDA-E18", s, "serviceEvent") else {
            continue;
        };
        if let Some(t) = v.un("CDA-E18", se, "effectiveTime") {
            v.sans_null("CDA-E18", t);
        }
        let Some(p) = v.un("CDA-E18", se, "performer") else {
            continue;
        };
        v.sans_null("CDA-E18", p);
        if let Some(e) = v.un("CDA-E18", p, "assignedEntity") {
            v.id("CDA-E18", e, SYSTEMES);
            logiciel(v, "CDA-E18", e, false);
            match suivre(e, "representedOrganization/standardIndustryClassCode") {
                Some(c) => {
                    v.attribut("CDA-E18", c, "code", "ESSMS");
                    v.attribut("CDA-E18", c, "codeSystem", "1.2.250.1.213.1.1.4.9");
                }
                None => v.ecart(
                    "CDA-E18",
                    e,
                    "representedOrganization/standardIndustryClassCode absent",
                ),
            }
        }
    }
    let lieu = v
        .un("CDA-E19", d, "componentOf")
        .and_then(|c| suivre(c, "encompassingEncounter/location/healthCareFacility"));
    match lieu {
        None => v.ecart(
            "CDA-E19",
            d,
            "componentOf/encompassingEncounter/location/healthCareFacility absent",
        ),
        Some(h) => {
            if let Some(c) = v.un("CDA-E19", h, "code") {
                if !matches!(c.attribute("code"), Some("SA16" | "SA18" | "SA41"))
                    || c.attribute("codeSystem") != Some("1.2.250.1.71.4.2.4")
                {
                    v.ecart(
                        "CDA-E19",
                        c,
                        "code SA16, SA18 ou SA41 du système 1.2.250.1.71.4.2.4 (JDV_J02)",
                    );
                }
                match enfants(c, "translation").as_slice() {
                    [] => {
                        v.ecart(
                            "CDA-E19",
                            c,
                            "translation (catégorie d'établissement, JDV_J254) absente : donnez « structure.categorie » dans le fichier de collecte",
                        );
                        if let Some(e) = v.ecarts.last_mut() {
                            e.bloquant = false;
                        }
                    }
                    [t] => {
                        v.attribut("CDA-E19", *t, "codeSystem", "1.2.250.1.213.1.6.1.8");
                        if t.attribute("code").is_none_or(str::is_empty) {
                            v.ecart("CDA-E19", *t, "@code absent (catégorie, JDV_J254)");
                        }
                    }
                    _ => v.ecart("CDA-E19", c, "élément « translation » répété (1..1)"),
                }
            }
        }
    }
}

/// `code` LOGICIEL_DUI of the DUI software (required for the author).
fn logiciel(v: &mut Verif, regle: &'static str, n: Node<'_, '_>, requis: bool) {
    match enfant(n, "code") {
        Some(c) => {
            v.attribut(regle, c, "code", "LOGICIEL_DUI");
            v.attribut(regle, c, "codeSystem", "1.2.250.1.213.1.1.4.6");
        }
        None if requis => v.ecart(regle, n, "élément « code » (LOGICIEL_DUI) absent"),
        None => {}
    }
}

fn patient(v: &mut Verif, r: Node<'_, '_>) {
    let Some(pr) = v.un("CDA-E12", r, "patientRole") else {
        return;
    };
    let ids: Vec<_> = enfants(pr, "id").collect();
    if ids.is_empty() {
        v.ecart("CDA-E12", pr, "élément « id » absent (1..*)");
    }
    let ins = ids
        .iter()
        .any(|i| i.attribute("root").is_some_and(|r| INS.contains(&r)));
    let Some(p) = v.un("CDA-E12", pr, "patient") else {
        return;
    };
    if let Some(nom) = v.un("CDA-E12", p, "name") {
        let familles: Vec<_> = enfants(nom, "family").collect();
        let prenoms: Vec<_> = enfants(nom, "given").collect();
        if familles.is_empty() || prenoms.is_empty() {
            v.ecart("CDA-E12", nom, "family et given 1..*");
        }
        for n in familles.iter().chain(&prenoms) {
            v.sans_null("CDA-E12", *n);
        }
        if ins {
            fn q<'a>(n: &Node<'a, '_>) -> Option<&'a str> {
                n.attribute("qualifier")
            }
            if !familles.iter().any(|f| q(f) == Some("BR"))
                || !prenoms.iter().any(|g| q(g).is_none())
                || !prenoms.iter().any(|g| q(g) == Some("BR"))
            {
                v.ecart(
                    "CDA-E13",
                    nom,
                    "avec l'INS : family[@qualifier=BR], given (prénoms de naissance) et given[@qualifier=BR] (premier prénom)",
                );
            }
        }
    }
    for nom in ["administrativeGenderCode", "birthTime"] {
        if let Some(n) = v.un("CDA-E12", p, nom)
            && ins
        {
            v.sans_null("CDA-E13", n);
        }
    }
    if ins && suivre(p, "birthplace/place/addr/county").is_none() {
        v.ecart(
            "CDA-E13",
            p,
            "avec l'INS : birthplace/place/addr/county (lieu de naissance) 1..1",
        );
    }
    let rang = p.children().any(|c| {
        c.is_element()
            && c.tag_name().name() == "multipleBirthOrderNumber"
            && c.tag_name().namespace() == Some(SDTC)
    });
    if !ins && !rang {
        v.ecart(
            "CDA-E14",
            p,
            "sans INS : sdtc:multipleBirthOrderNumber (rang de naissance) 1..1",
        );
    }
}

/// The five sections: templateId → (name, code, its system).
const SECTIONS: &[(&str, &str, &str, &str)] = &[
    (
        "1.2.250.1.213.1.1.2.79",
        "Couvertures sociales",
        "48768-6",
        "2.16.840.1.113883.6.1",
    ),
    ("1.2.250.1.213.1.1.2.249", "Séjours", "GEN-362", CISIS),
    (
        "1.2.250.1.213.1.1.2.248",
        "Évènements",
        "89793-4",
        "2.16.840.1.113883.6.1",
    ),
    (
        "1.2.250.1.213.1.1.2.246",
        "Statut fonctionnel",
        "47420-5",
        "2.16.840.1.113883.6.1",
    ),
    (
        "1.2.250.1.213.1.1.2.37",
        "Documents ajoutés",
        "55107-7",
        "2.16.840.1.113883.6.1",
    ),
];

fn corps(v: &mut Verif, d: Node<'_, '_>) {
    let Some(sb) = v
        .un("CDA-E20", d, "component")
        .and_then(|c| v.un("CDA-E20", c, "structuredBody"))
    else {
        return;
    };
    let mut vues = [false; 5];
    for s in enfants(sb, "component").filter_map(|c| enfant(c, "section")) {
        let t = templates(s);
        let Some(k) = SECTIONS.iter().position(|(id, ..)| t.contains(id)) else {
            v.ecart(
                "CDA-S01",
                s,
                "section hors du guide : seules Couvertures sociales, Séjours, Évènements, Statut fonctionnel et Documents ajoutés (par leur templateId)",
            );
            continue;
        };
        let (_, nom, code, systeme) = SECTIONS[k];
        if std::mem::replace(&mut vues[k], true) {
            v.ecart("CDA-S01", s, format!("section {nom} répétée (0..1)"));
        }
        if let Some(c) = v.un("CDA-S01", s, "code") {
            v.attribut("CDA-S01", c, "code", code);
            v.attribut("CDA-S01", c, "codeSystem", systeme);
        }
        for e in s.descendants().filter(|e| e.is_element()) {
            let t = templates(e);
            if t.contains(&"1.2.250.1.213.1.1.3.218") {
                sejour(v, e);
            } else if t.contains(&"1.2.250.1.213.1.1.3.48.6")
                || t.contains(&"1.2.250.1.213.1.1.3.48.7")
            {
                if enfant(e, "value").and_then(|x| x.attribute("nullFlavor")) != Some("NA") {
                    v.ecart("CDA-S03", e, "value 1..1 avec nullFlavor « NA »");
                }
            } else if t.contains(&"1.2.250.1.213.1.1.3.215") {
                evenement(v, e);
            } else if t.contains(&"1.2.250.1.213.1.1.3.95") {
                groupe(v, e);
            }
        }
    }
}

fn code_cisis(v: &mut Verif, regle: &'static str, n: Node<'_, '_>, code: &str) {
    if let Some(c) = v.un(regle, n, "code") {
        v.attribut(regle, c, "code", code);
        v.attribut(regle, c, "codeSystem", CISIS);
    }
}

fn sejour(v: &mut Verif, e: Node<'_, '_>) {
    if let Some(id) = v.un("CDA-S02", e, "id") {
        v.sans_null("CDA-S02", id);
    }
    code_cisis(v, "CDA-S02", e, "GEN-351");
    let resp = enfants(e, "participant")
        .find(|p| p.attribute("typeCode") == Some("RESP"))
        .and_then(|p| suivre(p, "participantRole/scopingEntity/id"));
    if resp.is_none() {
        v.ecart(
            "CDA-S02",
            e,
            "participant[@typeCode=RESP]/participantRole/scopingEntity/id 1..1 (l'entité responsable du séjour)",
        );
    }
}

/// FR-Statut entries (`1.2.250.1.213.1.1.3.217`) directly under `n`.
fn statuts<'a, 'i>(n: Node<'a, 'i>) -> impl Iterator<Item = Node<'a, 'i>> {
    enfants(n, "entryRelationship")
        .filter_map(|r| enfant(r, "observation"))
        .filter(|o| a_template(*o, "1.2.250.1.213.1.1.3.217"))
}

fn evenement(v: &mut Verif, e: Node<'_, '_>) {
    if let Some(id) = v.un("CDA-S04", e, "id") {
        v.sans_null("CDA-S04", id);
    }
    code_cisis(v, "CDA-S04", e, "GEN-367");
    if let Some(t) = v.un("CDA-S04", e, "effectiveTime") {
        v.sans_null("CDA-S04", t);
        for borne in ["low", "high"] {
            if let Some(b) = v.un("CDA-S04", t, borne) {
                v.sans_null("CDA-S04", b);
            }
        }
    }
    for p in enfants(e, "performer") {
        if let Some(a) = v.un("CDA-S04", p, "assignedEntity") {
            v.un("CDA-S04", a, "id");
        }
    }
    for s in statuts(e) {
        let Some(val) = v.un("CDA-S05", s, "value") else {
            continue;
        };
        let code = val.attribute("code");
        if !matches!(code, Some("PLANIFIE" | "REALISE" | "VALIDE" | "ANNULE"))
            || val.attribute("codeSystem") != Some("1.2.250.1.213.3.3.250")
        {
            v.ecart(
                "CDA-S05",
                val,
                "statut PLANIFIE, REALISE, VALIDE ou ANNULE (1.2.250.1.213.3.3.250)",
            );
        }
        if code == Some("ANNULE") && suivre(val, "qualifier/value").is_none() {
            v.ecart(
                "CDA-S05",
                val,
                "statut ANNULE : qualifier/value 1..1 (le motif, ou nullFlavor)",
            );
        }
    }
}

fn groupe(v: &mut Verif, g: Node<'_, '_>) {
    let Some(code) = v.un("CDA-S06", g, "code") else {
        return;
    };
    let type_ = code.attribute("code").unwrap_or("");
    let evaluations = enfants(g, "component")
        .filter_map(|c| enfant(c, "observation"))
        .filter(|o| a_template(*o, "1.2.250.1.213.1.1.3.25"));
    for e in evaluations {
        if let Some(id) = v.un("CDA-S06", e, "id") {
            v.sans_null("CDA-S06", id);
        }
        if let Some(c) = v.un("CDA-S06", e, "code")
            && (c.attribute("code") != Some(type_)
                || c.attribute("codeSystem") != code.attribute("codeSystem"))
        {
            v.ecart("CDA-S06", c, "code différent de celui du groupe");
        }
        for p in enfants(e, "performer") {
            if let Some(a) = v.un("CDA-S06", p, "assignedEntity") {
                v.un("CDA-S06", a, "id");
            }
        }
        let aggir = match type_ {
            "MED-1292" => Some(AGGIR_PH),
            "MED-1293" => Some(AGGIR_PA),
            _ => None,
        };
        if let Some(val) = v.un("CDA-S07", e, "value") {
            let nul = val.attribute("nullFlavor");
            match type_ {
                "MED-1292" | "MED-1293" if nul.is_some() => {
                    v.ecart("CDA-S07", val, "évaluation AGGIR : le GIR, sans nullFlavor")
                }
                "MED-1290" | "MED-1291" if nul != Some("NA") => v.ecart(
                    "CDA-S07",
                    val,
                    "nullFlavor « NA » pour ce type d'évaluation",
                ),
                _ => {}
            }
        }
        let composants: Vec<_> = enfants(e, "entryRelationship")
            .filter_map(|r| enfant(r, "observation"))
            .filter(|o| a_template(*o, "1.2.250.1.213.1.1.3.214"))
            .collect();
        let mut codes = Vec::new();
        for c in &composants {
            if let Some(k) = v.un("CDA-S08", *c, "code") {
                v.sans_null("CDA-S08", k);
                codes.push(k.attribute("code").unwrap_or(""));
            }
            if aggir.is_some() {
                niveau_2(v, *c);
            }
        }
        if let Some(attendus) = aggir {
            for a in attendus {
                let n = codes.iter().filter(|c| *c == a).count();
                if n != 1 {
                    v.ecart(
                        "CDA-S08",
                        e,
                        format!("évaluation AGGIR : le composant « {a} » doit figurer une fois ({n} trouvé(s))"),
                    );
                }
            }
        }
        for s in statuts(e) {
            if let Some(val) = enfant(s, "value")
                && !matches!(
                    val.attribute("code"),
                    Some("APPROUVE" | "VALIDE" | "TERMINE")
                )
            {
                v.ecart("CDA-S09", val, "statut APPROUVE, VALIDE ou TERMINE");
            }
        }
    }
}

/// AGGIR's four FR-Evaluation-Composant-N2 under a component.
fn niveau_2(v: &mut Verif, c: Node<'_, '_>) {
    let n2: Vec<_> = enfants(c, "entryRelationship")
        .filter_map(|r| enfant(r, "observation"))
        .filter(|o| a_template(*o, "1.2.250.1.213.1.1.3.220"))
        .collect();
    if n2.len() != 4 {
        v.ecart(
            "CDA-S08",
            c,
            format!(
                "composant AGGIR : exactement 4 FR-Evaluation-Composant-N2 ({} trouvé(s))",
                n2.len()
            ),
        );
    }
    for o in n2 {
        if let Some(k) = v.un("CDA-S08", o, "code") {
            v.sans_null("CDA-S08", k);
        }
        let bl = enfant(o, "value").is_some_and(|x| {
            x.attributes()
                .any(|a| a.name() == "type" && a.value() == "BL")
        });
        if !bl {
            v.ecart("CDA-S08", o, "value de type BL");
        }
    }
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
