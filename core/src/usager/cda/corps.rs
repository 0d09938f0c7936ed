//! The body rules (`CDA-E20`, `CDA-S01`…`CDA-S09`).

use super::{AGGIR_PA, AGGIR_PH, CISIS, Verif, a_template, enfant, enfants, suivre, templates};
use roxmltree::Node;

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

pub(super) fn corps(v: &mut Verif, d: Node<'_, '_>) {
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
