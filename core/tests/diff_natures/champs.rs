//! Changes of fields: added, removed, renamed, moved, their properties.

use super::*;

// ------------------------------------------------------------------ fields

#[test]
fn champ_ajoute() {
    let e = un(|m| {
        ajouter(
            m,
            "/blocs/0/champs",
            json!({ "code": "x", "libelle": "Xylophones", "type": "booleen" }),
        )
    });
    verifier(&e, "champ_ajoute", "compatible", "x", "b1/x", None, None);
    let e = un(|m| {
        ajouter(
            m,
            "/blocs/0/blocs/0/champs",
            json!({ "code": "x", "libelle": "Xylophones", "type": "booleen", "obligatoire": true }),
        )
    });
    verifier(&e, "champ_ajoute", "cassant", "x", "b1/sb/x", None, None);
    assert_eq!(e.message, "Nouveau champ obligatoire « Xylophones »");
}

#[test]
fn champ_supprime() {
    let e = un(|m| {
        retirer(m, "/blocs/0/champs/6");
    });
    verifier(&e, "champ_supprime", "cassant", "o", "b1/o", None, None);
    // Already deprecated in OLD: announced, so information only.
    let mut a = base();
    en(&mut a, "/blocs/0/champs/6")["deprecie"] = json!(true);
    let r = comparer(
        &a,
        &nouveau(|m| {
            retirer(m, "/blocs/0/champs/6");
        }),
    );
    verifier(
        seul(&r),
        "champ_supprime",
        "information",
        "o",
        "b1/o",
        None,
        None,
    );
}

#[test]
fn champ_renomme_meme_libelle() {
    let e = un(|m| en(m, "/blocs/0/champs/1")["code"] = json!("nb_visites"));
    verifier(
        &e,
        "champ_renomme",
        "cassant",
        "nb_visites",
        "b1/nb_visites",
        Some(r#"{"code":"n"}"#),
        Some(r#"{"code":"nb_visites"}"#),
    );
}

#[test]
fn champ_renomme_libelle_proche_et_libelle_signale() {
    let r = comparer(
        &base(),
        &nouveau(|m| {
            en(m, "/blocs/0/champs/1")["code"] = json!("nb_visites");
            en(m, "/blocs/0/champs/1")["libelle"] = json!("Nombre des visites");
        }),
    );
    assert_eq!(
        resume(&r),
        [
            (
                "champ_renomme".into(),
                "cassant".into(),
                "nb_visites".into(),
                "b1/nb_visites".into()
            ),
            (
                "libelle_modifie".into(),
                "information".into(),
                "nb_visites".into(),
                "b1/nb_visites".into()
            ),
        ]
    );
}

#[test]
fn pas_de_renommage_entre_types_ni_libelles_eloignes() {
    // Same label, other type: a removal and an addition.
    let r = comparer(
        &base(),
        &nouveau(|m| {
            let c = en(m, "/blocs/0/champs/1");
            c["code"] = json!("n2");
            c["type"] = json!("decimal");
            c["decimales"] = json!(0);
        }),
    );
    let natures: Vec<_> = r.ecarts.iter().map(|e| e.nature).collect();
    assert_eq!(natures, [Nature::ChampSupprime, Nature::ChampAjoute]);
    // Same type, far label.
    let r = comparer(
        &base(),
        &nouveau(|m| {
            en(m, "/blocs/0/champs/1")["code"] = json!("n2");
            en(m, "/blocs/0/champs/1")["libelle"] = json!("Patients refusés");
        }),
    );
    let natures: Vec<_> = r.ecarts.iter().map(|e| e.nature).collect();
    assert_eq!(natures, [Nature::ChampSupprime, Nature::ChampAjoute]);
}

#[test]
fn renommages_en_concurrence() {
    // Two removed fields and two added ones of the same form: each goes to
    // its closest label, not to the first in file order.
    let mut a = base();
    ajouter(
        &mut a,
        "/blocs/0/champs",
        json!({ "code": "p1", "libelle": "Passages aux urgences", "type": "entier" }),
    );
    ajouter(
        &mut a,
        "/blocs/0/champs",
        json!({ "code": "p2", "libelle": "Passages en consultation", "type": "entier" }),
    );
    let b = nouveau(|m| {
        ajouter(
            m,
            "/blocs/0/champs",
            json!({ "code": "q2", "libelle": "Passages en consultations", "type": "entier" }),
        );
        ajouter(
            m,
            "/blocs/0/champs",
            json!({ "code": "q1", "libelle": "Passages aux urgence", "type": "entier" }),
        );
    });
    let r = comparer(&a, &b);
    let renommes: Vec<(String, String)> = r
        .ecarts
        .iter()
        .filter(|e| e.nature == Nature::ChampRenomme)
        .map(|e| {
            (
                e.avant.as_ref().unwrap()["code"].to_string(),
                e.cible.clone(),
            )
        })
        .collect();
    assert_eq!(
        renommes,
        [
            ("p1".to_owned(), "q1".to_owned()),
            ("p2".to_owned(), "q2".to_owned())
        ]
    );
    // Renamed fields count as kept for the order: p1, p2 became q2, q1.
    assert!(
        r.ecarts.iter().any(|e| e.nature == Nature::OrdreModifie),
        "{:#?}",
        resume(&r)
    );
}

#[test]
fn champ_deplace() {
    // Into a non-repeatable sub-block: the payload is flat, information.
    let e = un(|m| {
        let o = retirer(m, "/blocs/0/champs/6");
        ajouter(m, "/blocs/0/blocs/0/champs", o);
    });
    verifier(
        &e,
        "champ_deplace",
        "information",
        "o",
        "b1/sb/o",
        Some(r#"{"chemin":"b1"}"#),
        Some(r#"{"chemin":"b1/sb"}"#),
    );
    // Into a repeatable block: breaking.
    let e = un(|m| {
        let o = retirer(m, "/blocs/0/champs/6");
        ajouter(m, "/blocs/1/champs", o);
    });
    verifier(
        &e,
        "champ_deplace",
        "cassant",
        "o",
        "lignes/o",
        Some(r#"{"chemin":"b1"}"#),
        Some(r#"{"chemin":"lignes"}"#),
    );
    assert!(
        e.message
            .contains("entre dans le bloc répétable « Lignes »"),
        "{}",
        e.message
    );
}

#[test]
fn champ_deplace_garde_ses_autres_changements() {
    let r = comparer(
        &base(),
        &nouveau(|m| {
            let mut o = retirer(m, "/blocs/0/champs/6");
            o["obligatoire"] = json!(true);
            ajouter(m, "/blocs/0/blocs/0/champs", o);
        }),
    );
    let natures: Vec<_> = r.ecarts.iter().map(|e| e.nature.code()).collect();
    assert_eq!(natures, ["devenu_obligatoire", "champ_deplace"]);
}

#[test]
fn bloc_deplace_est_une_entree_champ_deplace() {
    let e = un(|m| {
        let sb = retirer(m, "/blocs/0/blocs/0");
        ajouter(m, "/blocs", sb);
    });
    verifier(
        &e,
        "champ_deplace",
        "information",
        "sb",
        "sb",
        Some(r#"{"chemin":"b1/sb"}"#),
        Some(r#"{"chemin":"sb"}"#),
    );
    assert_eq!(
        e.message,
        "Le bloc « Sous-bloc » passe du bloc « Bloc un » à la racine du modèle"
    );
    // Into the rows of a table: breaking, and its fields are not listed.
    let e = un(|m| {
        let sb = retirer(m, "/blocs/0/blocs/0");
        en(m, "/blocs/1")["blocs"] = json!([sb]);
    });
    verifier(
        &e,
        "champ_deplace",
        "cassant",
        "sb",
        "lignes/sb",
        Some(r#"{"chemin":"b1/sb"}"#),
        Some(r#"{"chemin":"lignes/sb"}"#),
    );
}

#[test]
fn champ_d_un_bloc_ajoute_non_signale_sauf_s_il_existait() {
    let r = comparer(
        &base(),
        &nouveau(|m| {
            let o = retirer(m, "/blocs/0/champs/6");
            ajouter(
                m,
                "/blocs",
                json!({ "code": "b3", "libelle": "Bloc trois", "champs": [
                o, { "code": "x", "libelle": "X", "type": "entier", "obligatoire": true } ] }),
            );
        }),
    );
    assert_eq!(
        resume(&r),
        [
            (
                "bloc_ajoute".into(),
                "cassant".into(),
                "b3".into(),
                "b3".into()
            ),
            (
                "champ_deplace".into(),
                "information".into(),
                "o".into(),
                "b3/o".into()
            ),
        ]
    );
}

#[test]
fn devenu_obligatoire_et_facultatif() {
    let e = un(|m| en(m, "/blocs/0/champs/6")["obligatoire"] = json!(true));
    verifier(
        &e,
        "devenu_obligatoire",
        "cassant",
        "o",
        "b1/o",
        Some(r#"{"obligatoire":false}"#),
        Some(r#"{"obligatoire":true}"#),
    );
    let e = un(|m| en(m, "/blocs/1/champs/0")["obligatoire"] = json!(false));
    verifier(
        &e,
        "devenu_facultatif",
        "compatible",
        "l1",
        "lignes/l1",
        Some(r#"{"obligatoire":true}"#),
        Some(r#"{"obligatoire":false}"#),
    );
}

#[test]
fn type_modifie() {
    // entier → decimal, same bounds: compatible, nothing else.
    let e = un(|m| {
        en(m, "/blocs/0/champs/1")["type"] = json!("decimal");
        en(m, "/blocs/0/champs/1")["decimales"] = json!(1);
    });
    verifier(
        &e,
        "type_modifie",
        "compatible",
        "n",
        "b1/n",
        Some(r#"{"type":"entier"}"#),
        Some(r#"{"decimales":1,"type":"decimal"}"#),
    );
    // entier → decimal with a lower maximum: the bound is reported too.
    let r = comparer(
        &base(),
        &nouveau(|m| {
            en(m, "/blocs/0/champs/1")["type"] = json!("decimal");
            en(m, "/blocs/0/champs/1")["decimales"] = json!(1);
            en(m, "/blocs/0/champs/1")["max"] = json!(99.5);
        }),
    );
    let natures: Vec<_> = r
        .ecarts
        .iter()
        .map(|e| (e.nature.code(), e.impact.code()))
        .collect();
    assert_eq!(
        natures,
        [
            ("borne_resserree", "cassant"),
            ("type_modifie", "compatible")
        ]
    );
    // Anything else is breaking, with the type's own keys.
    let e = un(|m| {
        let c = en(m, "/blocs/0/champs/3");
        c["type"] = json!("date");
        c.as_object_mut().unwrap().remove("longueurMax");
    });
    verifier(
        &e,
        "type_modifie",
        "cassant",
        "t",
        "b1/t",
        Some(r#"{"longueurMax":10,"type":"texte"}"#),
        Some(r#"{"type":"date"}"#),
    );
}

#[test]
fn bornes_entieres() {
    let e = un(|m| en(m, "/blocs/0/champs/1")["max"] = json!(90));
    verifier(
        &e,
        "borne_resserree",
        "cassant",
        "n",
        "b1/n",
        Some(r#"{"max":100}"#),
        Some(r#"{"max":90}"#),
    );
    assert_eq!(
        e.message,
        "Le maximum de « Nombre de visites » passe de 100 à 90"
    );
    let e = un(|m| en(m, "/blocs/0/champs/1")["min"] = json!(-5));
    verifier(
        &e,
        "borne_relachee",
        "compatible",
        "n",
        "b1/n",
        Some(r#"{"min":0}"#),
        Some(r#"{"min":-5}"#),
    );
    let e = un(|m| en(m, "/blocs/0/champs/0")["max"] = json!(7));
    verifier(
        &e,
        "borne_resserree",
        "cassant",
        "fixe",
        "b1/fixe",
        Some(r#"{"max":null}"#),
        Some(r#"{"max":7}"#),
    );
    let e = un(|m| {
        en(m, "/blocs/0/champs/1")
            .as_object_mut()
            .unwrap()
            .remove("max");
    });
    verifier(
        &e,
        "borne_relachee",
        "compatible",
        "n",
        "b1/n",
        Some(r#"{"max":100}"#),
        Some(r#"{"max":null}"#),
    );
}

#[test]
fn bornes_decimales_exactes() {
    // 0.1 stays 0.1: the JSON is built from the model's exact text.
    let a = base()
        .to_string()
        .replace(r#""max":1000.5"#, r#""max":0.3"#);
    let b = nouveau(|_| {})
        .to_string()
        .replace(r#""max":1000.5"#, r#""max":0.1"#);
    let r = sidoba_core::diff::comparer(&modele(&a), &modele(&b));
    verifier(
        seul(&r),
        "borne_resserree",
        "cassant",
        "d",
        "b1/d",
        Some(r#"{"max":0.3}"#),
        Some(r#"{"max":0.1}"#),
    );
    // Same value, other writing: no change.
    let b = nouveau(|_| {})
        .to_string()
        .replace(r#""max":1000.5"#, r#""max":1000.50"#);
    let r = sidoba_core::diff::comparer(&modele(&base().to_string()), &modele(&b));
    assert!(r.est_vide(), "{:#?}", r.ecarts);
}

#[test]
fn bornes_de_dates_separees_par_sens() {
    let r = comparer(
        &base(),
        &nouveau(|m| {
            en(m, "/blocs/0/champs/4")["min"] = json!("2026-01-01");
            en(m, "/blocs/0/champs/4")["max"] = json!("2026-12-31");
        }),
    );
    assert_eq!(
        r.ecarts.len(),
        1,
        "un ajout de max et un min relevé : même sens"
    );
    verifier(
        &r.ecarts[0],
        "borne_resserree",
        "cassant",
        "dt",
        "b1/dt",
        Some(r#"{"max":null,"min":"2025-01-01"}"#),
        Some(r#"{"max":"2026-12-31","min":"2026-01-01"}"#),
    );
    let e = un(|m| en(m, "/blocs/0/champs/4")["min"] = json!("2024-06-30"));
    verifier(
        &e,
        "borne_relachee",
        "compatible",
        "dt",
        "b1/dt",
        Some(r#"{"min":"2025-01-01"}"#),
        Some(r#"{"min":"2024-06-30"}"#),
    );
}

#[test]
fn decimales() {
    let e = un(|m| en(m, "/blocs/0/champs/2")["decimales"] = json!(1));
    // 1000.5 still fits one decimal.
    verifier(
        &e,
        "decimales_reduites",
        "cassant",
        "d",
        "b1/d",
        Some(r#"{"decimales":2}"#),
        Some(r#"{"decimales":1}"#),
    );
    let e = un(|m| en(m, "/blocs/0/champs/2")["decimales"] = json!(4));
    verifier(
        &e,
        "decimales_augmentees",
        "compatible",
        "d",
        "b1/d",
        Some(r#"{"decimales":2}"#),
        Some(r#"{"decimales":4}"#),
    );
}

#[test]
fn longueurs() {
    let e = un(|m| en(m, "/blocs/0/champs/3")["longueurMin"] = json!(2));
    verifier(
        &e,
        "longueur_resserree",
        "cassant",
        "t",
        "b1/t",
        Some(r#"{"longueurMin":0}"#),
        Some(r#"{"longueurMin":2}"#),
    );
    let e = un(|m| en(m, "/blocs/0/champs/3")["longueurMax"] = json!(20));
    verifier(
        &e,
        "longueur_relachee",
        "compatible",
        "t",
        "b1/t",
        Some(r#"{"longueurMax":10}"#),
        Some(r#"{"longueurMax":20}"#),
    );
}

#[test]
fn motifs() {
    let e = un(|m| en(m, "/blocs/0/champs/3")["motif"] = json!("^[A-Z]+$"));
    verifier(
        &e,
        "motif_ajoute",
        "cassant",
        "t",
        "b1/t",
        Some(r#"{"motif":null}"#),
        Some(r#"{"motif":"^[A-Z]+$"}"#),
    );
    let mut a = base();
    en(&mut a, "/blocs/0/champs/3")["motif"] = json!("^[A-Z]+$");
    let r = comparer(&a, &nouveau(|_| {}));
    verifier(
        seul(&r),
        "motif_supprime",
        "compatible",
        "t",
        "b1/t",
        Some(r#"{"motif":"^[A-Z]+$"}"#),
        Some(r#"{"motif":null}"#),
    );
    let r = comparer(
        &a,
        &nouveau(|m| en(m, "/blocs/0/champs/3")["motif"] = json!("^[A-Z]*$")),
    );
    verifier(
        seul(&r),
        "motif_modifie",
        "a_verifier",
        "t",
        "b1/t",
        Some(r#"{"motif":"^[A-Z]+$"}"#),
        Some(r#"{"motif":"^[A-Z]*$"}"#),
    );
}
