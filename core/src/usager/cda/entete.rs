//! The header rules (`CDA-E02`…`CDA-E19`).

use super::{
    INS, SDTC, STRUCTURES, SYSTEMES, Verif, enfant, enfants, suivre, templates, ts_seconde,
};
use roxmltree::Node;

pub(super) fn entete(v: &mut Verif, d: Node<'_, '_>) {
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
