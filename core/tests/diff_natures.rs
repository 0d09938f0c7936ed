//! One minimal model pair per kind of change (`nature`), with its impact,
//! target, path and changed properties.

mod diff_commun;

use diff_commun::*;
use serde_json::{Value, json};
use sidoba_core::diff::{Ecart, Nature};

#[track_caller]
fn verifier(
    e: &Ecart,
    nature: &str,
    impact: &str,
    cible: &str,
    chemin: &str,
    avant: Option<&str>,
    apres: Option<&str>,
) {
    assert_eq!(
        (
            e.nature.code(),
            e.impact.code(),
            e.cible.as_str(),
            e.chemin.as_str()
        ),
        (nature, impact, cible, chemin),
        "{e:#?}"
    );
    assert_eq!(pj(&e.avant).as_deref(), avant, "avant de {e:#?}");
    assert_eq!(pj(&e.apres).as_deref(), apres, "après de {e:#?}");
    assert_eq!(e.empreinte.len(), 12);
    assert!(!e.message.is_empty());
}

#[track_caller]
fn un(f: impl FnOnce(&mut serde_json::Value)) -> Ecart {
    let r = comparer(&base(), &nouveau(f));
    seul(&r).clone()
}

// ------------------------------------------------------------------ blocks

#[test]
fn bloc_ajoute_facultatif() {
    let e = un(|m| {
        ajouter(
            m,
            "/blocs",
            json!({ "code": "b3", "libelle": "Bloc trois", "champs": [
            { "code": "x", "libelle": "X", "type": "entier" } ] }),
        )
    });
    verifier(&e, "bloc_ajoute", "compatible", "b3", "b3", None, None);
    assert_eq!(e.message, "Nouveau bloc « Bloc trois »");
}

#[test]
fn bloc_ajoute_avec_champ_obligatoire_en_profondeur() {
    // The required field sits in a non-repeatable sub-block: one entry for
    // the topmost new block, breaking.
    let e = un(|m| {
        ajouter(
            m,
            "/blocs/0/blocs",
            json!({ "code": "b3", "libelle": "Bloc trois", "blocs": [
            { "code": "b4", "libelle": "Bloc quatre", "champs": [
                { "code": "x", "libelle": "X", "type": "entier", "obligatoire": true } ] } ] }),
        )
    });
    verifier(&e, "bloc_ajoute", "cassant", "b3", "b1/b3", None, None);
}

#[test]
fn bloc_ajoute_repetable_selon_min_lignes() {
    let bloc = |min: u64| {
        json!({ "code": "tab", "libelle": "Table", "repetable": true, "minLignes": min, "champs": [
            { "code": "x", "libelle": "X", "type": "entier", "obligatoire": true } ] })
    };
    // Rows are optional: the required column only binds rows that are sent.
    let e = un(|m| ajouter(m, "/blocs", bloc(0)));
    verifier(&e, "bloc_ajoute", "compatible", "tab", "tab", None, None);
    let e = un(|m| ajouter(m, "/blocs", bloc(1)));
    verifier(&e, "bloc_ajoute", "cassant", "tab", "tab", None, None);
    // In a non-repeatable block, a sub-table with mandatory rows breaks too.
    let e = un(|m| {
        ajouter(
            m,
            "/blocs",
            json!({ "code": "g", "libelle": "Groupe", "blocs": [bloc(2)] }),
        )
    });
    verifier(&e, "bloc_ajoute", "cassant", "g", "g", None, None);
}

#[test]
fn bloc_ajoute_selon_ce_que_chaque_donnee_doit_porter() {
    let table = |min: u64, obligatoire: bool| {
        json!({ "code": "tab", "libelle": "Table", "repetable": true, "minLignes": min, "champs": [
            { "code": "x", "libelle": "X", "type": "entier", "obligatoire": obligatoire } ] })
    };
    let groupe = |contenu: Value| {
        json!({ "code": "g", "libelle": "Groupe", "blocs": [
            { "code": "h", "libelle": "Sous-groupe", "champs": [
                { "code": "y", "libelle": "Y", "type": "entier" } ], "blocs": [contenu] } ] })
    };
    // A required field in a nested table whose rows are optional: no
    // payload has to carry it.
    let e = un(|m| ajouter(m, "/blocs", groupe(table(0, true))));
    verifier(&e, "bloc_ajoute", "compatible", "g", "g", None, None);
    // Mandatory rows two levels down, even with optional columns.
    let e = un(|m| ajouter(m, "/blocs", groupe(table(1, false))));
    verifier(&e, "bloc_ajoute", "cassant", "g", "g", None, None);
    // A required field two levels down, outside any table.
    let e = un(|m| {
        ajouter(
            m,
            "/blocs",
            groupe(json!({ "code": "k", "libelle": "K", "champs": [
                { "code": "z", "libelle": "Z", "type": "booleen", "obligatoire": true } ] })),
        )
    });
    verifier(&e, "bloc_ajoute", "cassant", "g", "g", None, None);
    // Inside the rows of an existing table (optional rows): rows valid for
    // OLD lack the required field, as for a `champ_ajoute` there.
    let e = un(|m| {
        en(m, "/blocs/1")["blocs"] = json!([{ "code": "k", "libelle": "K", "champs": [
            { "code": "z", "libelle": "Z", "type": "booleen", "obligatoire": true } ] }]);
    });
    verifier(&e, "bloc_ajoute", "cassant", "k", "lignes/k", None, None);
}

#[test]
fn bloc_renomme_simple_une_seule_entree() {
    let e = un(|m| en(m, "/blocs/0/blocs/0")["code"] = json!("sous_bloc"));
    verifier(
        &e,
        "bloc_renomme",
        "information",
        "sous_bloc",
        "b1/sous_bloc",
        Some(r#"{"code":"sb"}"#),
        Some(r#"{"code":"sous_bloc"}"#),
    );
    assert_eq!(
        e.message,
        "Le bloc « Sous-bloc » change de code : « sb » devient « sous_bloc »"
    );
    // The other way round: the same single entry, codes swapped.
    let r = comparer(
        &nouveau(|m| en(m, "/blocs/0/blocs/0")["code"] = json!("sous_bloc")),
        &base(),
    );
    let e = r
        .ecarts
        .iter()
        .find(|e| e.nature.code() != "version_incoherente")
        .unwrap();
    verifier(
        e,
        "bloc_renomme",
        "information",
        "sb",
        "b1/sb",
        Some(r#"{"code":"sous_bloc"}"#),
        Some(r#"{"code":"sb"}"#),
    );
    assert_eq!(r.ecarts.len(), 1, "{:#?}", r.ecarts);
}

#[test]
fn bloc_renomme_repetable_cassant_et_ses_regles_suivent() {
    let e = un(|m| {
        en(m, "/blocs/1")["code"] = json!("tableau");
        en(m, "/regles/1")["bloc"] = json!("tableau");
    });
    verifier(
        &e,
        "bloc_renomme",
        "cassant",
        "tableau",
        "tableau",
        Some(r#"{"code":"lignes"}"#),
        Some(r#"{"code":"tableau"}"#),
    );
    assert!(e.message.contains("clé des lignes"), "{}", e.message);
}

#[test]
fn bloc_renomme_imbrique_et_changements_internes() {
    // A parent renamed: its sub-block and fields did not move.
    let e = un(|m| en(m, "/blocs/0")["code"] = json!("premier"));
    verifier(
        &e,
        "bloc_renomme",
        "information",
        "premier",
        "premier",
        Some(r#"{"code":"b1"}"#),
        Some(r#"{"code":"premier"}"#),
    );
    // Parent and child renamed, the child's label reworded, a field added
    // in it: one entry each.
    let r = comparer(
        &base(),
        &nouveau(|m| {
            en(m, "/blocs/0")["code"] = json!("premier");
            en(m, "/blocs/0/blocs/0")["code"] = json!("second");
            en(m, "/blocs/0/blocs/0")["libelle"] = json!("Sous-bloc second");
            ajouter(
                m,
                "/blocs/0/blocs/0/champs",
                json!({ "code": "s2", "libelle": "Autre", "type": "entier" }),
            );
        }),
    );
    assert_eq!(
        resume(&r),
        [
            (
                "champ_ajoute".into(),
                "compatible".into(),
                "s2".into(),
                "premier/second/s2".into()
            ),
            (
                "bloc_renomme".into(),
                "information".into(),
                "premier".into(),
                "premier".into()
            ),
            (
                "bloc_renomme".into(),
                "information".into(),
                "second".into(),
                "premier/second".into()
            ),
            (
                "libelle_modifie".into(),
                "information".into(),
                "second".into(),
                "premier/second".into()
            ),
        ]
    );
}

#[test]
fn bloc_renomme_garde_renommages_et_deplacements_de_ses_champs() {
    let r = comparer(
        &base(),
        &nouveau(|m| {
            en(m, "/blocs/0")["code"] = json!("premier");
            en(m, "/blocs/0/champs/1")["code"] = json!("nb_visites");
            let o = retirer(m, "/blocs/0/champs/6");
            ajouter(m, "/blocs/0/blocs/0/champs", o);
        }),
    );
    assert_eq!(
        resume(&r),
        [
            (
                "champ_renomme".into(),
                "cassant".into(),
                "nb_visites".into(),
                "premier/nb_visites".into()
            ),
            (
                "bloc_renomme".into(),
                "information".into(),
                "premier".into(),
                "premier".into()
            ),
            (
                "champ_deplace".into(),
                "information".into(),
                "o".into(),
                "premier/sb/o".into()
            ),
        ]
    );
}

#[test]
fn bloc_renomme_seulement_si_la_moitie_des_champs_reste() {
    // One field in common out of two (half of the union): a rename, and
    // the added field is its own entry.
    let r = comparer(
        &base(),
        &nouveau(|m| {
            en(m, "/blocs/0/blocs/0")["code"] = json!("sb2");
            ajouter(
                m,
                "/blocs/0/blocs/0/champs",
                json!({ "code": "s2", "libelle": "Deux", "type": "entier" }),
            );
        }),
    );
    assert_eq!(
        resume(&r),
        [
            (
                "champ_ajoute".into(),
                "compatible".into(),
                "s2".into(),
                "b1/sb2/s2".into()
            ),
            (
                "bloc_renomme".into(),
                "information".into(),
                "sb2".into(),
                "b1/sb2".into()
            ),
        ]
    );
    // No field in common: a removal and an addition.
    let r = comparer(
        &base(),
        &nouveau(|m| {
            en(m, "/blocs/0/blocs/0")["code"] = json!("sb2");
            en(m, "/blocs/0/blocs/0/champs/0")["code"] = json!("s9");
            en(m, "/blocs/0/blocs/0/champs/0")["type"] = json!("booleen");
        }),
    );
    let natures: Vec<&str> = r.ecarts.iter().map(|e| e.nature.code()).collect();
    assert_eq!(natures, ["bloc_supprime", "bloc_ajoute"]);
}

#[test]
fn bloc_supprime_une_seule_entree() {
    let e = un(|m| {
        retirer(m, "/blocs/0/blocs/0");
    });
    verifier(&e, "bloc_supprime", "cassant", "sb", "b1/sb", None, None);
}

#[test]
fn bloc_devenu_repetable() {
    let e = un(|m| {
        en(m, "/blocs/0/blocs/0")["repetable"] = json!(true);
        en(m, "/blocs/0/blocs/0")["maxLignes"] = json!(5);
    });
    verifier(
        &e,
        "bloc_devenu_repetable",
        "cassant",
        "sb",
        "b1/sb",
        Some(r#"{"repetable":false}"#),
        Some(r#"{"maxLignes":5,"repetable":true}"#),
    );
}

#[test]
fn bloc_devenu_simple() {
    let sans_r2 = |m: &mut serde_json::Value| {
        retirer(m, "/regles/1");
    };
    let mut a = base();
    sans_r2(&mut a);
    let b = nouveau(|m| {
        sans_r2(m);
        let l = en(m, "/blocs/1").as_object_mut().unwrap();
        l.remove("repetable");
        l.remove("maxLignes");
    });
    let r = comparer(&a, &b);
    verifier(
        seul(&r),
        "bloc_devenu_simple",
        "cassant",
        "lignes",
        "lignes",
        Some(r#"{"maxLignes":10,"repetable":true}"#),
        Some(r#"{"repetable":false}"#),
    );
}

#[test]
fn lignes_resserrees_et_relachees() {
    let e = un(|m| {
        en(m, "/blocs/1")["maxLignes"] = json!(5);
        en(m, "/blocs/1")["minLignes"] = json!(1);
    });
    verifier(
        &e,
        "lignes_resserrees",
        "cassant",
        "lignes",
        "lignes",
        Some(r#"{"maxLignes":10,"minLignes":0}"#),
        Some(r#"{"maxLignes":5,"minLignes":1}"#),
    );
    let e = un(|m| {
        en(m, "/blocs/1")
            .as_object_mut()
            .unwrap()
            .remove("maxLignes");
    });
    verifier(
        &e,
        "lignes_relachees",
        "compatible",
        "lignes",
        "lignes",
        Some(r#"{"maxLignes":10}"#),
        Some(r#"{"maxLignes":null}"#),
    );
}

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

#[test]
fn nomenclature_changee_jugee_valeur_par_valeur() {
    // liste accepts A, B (Z is inactive); autre accepts A, B, C: nothing lost.
    let e = un(|m| en(m, "/blocs/0/champs/5")["nomenclature"] = json!("autre"));
    verifier(
        &e,
        "nomenclature_changee",
        "compatible",
        "c",
        "b1/c",
        Some(r#"{"nomenclature":"liste"}"#),
        Some(r#"{"nomenclature":"autre"}"#),
    );
    // The other way, C is lost.
    let mut a = base();
    en(&mut a, "/blocs/0/champs/5")["nomenclature"] = json!("autre");
    let r = comparer(&a, &nouveau(|_| {}));
    verifier(
        seul(&r),
        "nomenclature_changee",
        "cassant",
        "c",
        "b1/c",
        Some(r#"{"nomenclature":"autre"}"#),
        Some(r#"{"nomenclature":"liste"}"#),
    );
    assert!(
        seul(&r)
            .message
            .ends_with("valeurs qui ne sont plus acceptées : C"),
        "{}",
        seul(&r).message
    );
}

#[test]
fn valeurs_supprimees() {
    let e = un(|m| {
        retirer(m, "/nomenclatures/0/valeurs/1");
    });
    verifier(&e, "valeur_supprimee", "cassant", "liste:B", "", None, None);
    let e = un(|m| en(m, "/nomenclatures/0/valeurs/0")["actif"] = json!(false));
    verifier(
        &e,
        "valeur_supprimee",
        "cassant",
        "liste:A",
        "",
        Some(r#"{"actif":true}"#),
        Some(r#"{"actif":false}"#),
    );
    // An inactive value removed: generated code loses the variant.
    let e = un(|m| {
        retirer(m, "/nomenclatures/0/valeurs/2");
    });
    verifier(&e, "valeur_supprimee", "cassant", "liste:Z", "", None, None);
}

#[test]
fn valeurs_ajoutees() {
    let e = un(|m| {
        ajouter(
            m,
            "/nomenclatures/0/valeurs",
            json!({ "code": "D", "libelle": "Delta" }),
        )
    });
    verifier(
        &e,
        "valeur_ajoutee",
        "compatible",
        "liste:D",
        "",
        None,
        None,
    );
    let e = un(|m| en(m, "/nomenclatures/0/valeurs/2")["actif"] = json!(true));
    verifier(
        &e,
        "valeur_ajoutee",
        "compatible",
        "liste:Z",
        "",
        Some(r#"{"actif":false}"#),
        Some(r#"{"actif":true}"#),
    );
}

#[test]
fn multiple_ou_simple() {
    let e = un(|m| en(m, "/blocs/0/champs/5")["multiple"] = json!(true));
    verifier(
        &e,
        "devenu_multiple",
        "cassant",
        "c",
        "b1/c",
        Some(r#"{"multiple":false}"#),
        Some(r#"{"multiple":true}"#),
    );
    let mut a = base();
    en(&mut a, "/blocs/0/champs/5")["multiple"] = json!(true);
    let r = comparer(&a, &nouveau(|_| {}));
    verifier(
        seul(&r),
        "devenu_simple_valeur",
        "cassant",
        "c",
        "b1/c",
        Some(r#"{"multiple":true}"#),
        Some(r#"{"multiple":false}"#),
    );
}

// ------------------------------------------------------------------- rules

#[test]
fn regles_ajoutees() {
    let e = un(|m| {
        ajouter(
            m,
            "/regles",
            json!({ "code": "R3", "message": "m", "severite": "bloquante", "bloc": "lignes", "expression": "l1 < 5" }),
        )
    });
    verifier(
        &e,
        "regle_ajoutee",
        "a_verifier",
        "R3",
        "lignes",
        None,
        None,
    );
    let e = un(|m| {
        ajouter(
            m,
            "/regles",
            json!({ "code": "R3", "message": "m", "severite": "avertissement", "expression": "fixe < 5" }),
        )
    });
    verifier(&e, "regle_ajoutee", "information", "R3", "", None, None);
}

#[test]
fn regle_supprimee() {
    let e = un(|m| {
        retirer(m, "/regles/1");
    });
    verifier(
        &e,
        "regle_supprimee",
        "compatible",
        "R2",
        "lignes",
        None,
        None,
    );
}

#[test]
fn regle_modifiee_sauf_espaces_et_parentheses() {
    let e = un(|m| en(m, "/regles/0")["expression"] = json!("fixe >= 1"));
    verifier(
        &e,
        "regle_modifiee",
        "a_verifier",
        "R1",
        "",
        Some(r#"{"expression":"fixe >= 0"}"#),
        Some(r#"{"expression":"fixe >= 1"}"#),
    );
    let r = comparer(
        &base(),
        &nouveau(|m| en(m, "/regles/0")["expression"] = json!("  ((fixe)>=0) ")),
    );
    assert!(r.est_vide(), "{:#?}", r.ecarts);
}

#[test]
fn severites() {
    let e = un(|m| en(m, "/regles/0")["severite"] = json!("bloquante"));
    verifier(
        &e,
        "severite_durcie",
        "cassant",
        "R1",
        "",
        Some(r#"{"severite":"avertissement"}"#),
        Some(r#"{"severite":"bloquante"}"#),
    );
    let e = un(|m| en(m, "/regles/1")["severite"] = json!("avertissement"));
    verifier(
        &e,
        "severite_assouplie",
        "compatible",
        "R2",
        "lignes",
        Some(r#"{"severite":"bloquante"}"#),
        Some(r#"{"severite":"avertissement"}"#),
    );
}

// ------------------------------------------------------------- information

#[test]
fn libelles_modifies() {
    let e = un(|m| en(m, "/blocs/0/champs/6")["libelle"] = json!("Oui/non"));
    verifier(
        &e,
        "libelle_modifie",
        "information",
        "o",
        "b1/o",
        Some(r#"{"libelle":"Oui ou non"}"#),
        Some(r#"{"libelle":"Oui/non"}"#),
    );
    let e = un(|m| en(m, "/blocs/0")["libelle"] = json!("Premier bloc"));
    verifier(
        &e,
        "libelle_modifie",
        "information",
        "b1",
        "b1",
        Some(r#"{"libelle":"Bloc un"}"#),
        Some(r#"{"libelle":"Premier bloc"}"#),
    );
    let e = un(|m| en(m, "/nomenclatures/0/valeurs/0")["libelle"] = json!("Alpha (a)"));
    verifier(
        &e,
        "libelle_modifie",
        "information",
        "liste:A",
        "",
        Some(r#"{"libelle":"Alpha"}"#),
        Some(r#"{"libelle":"Alpha (a)"}"#),
    );
    // A rule's message is a label for people: information.
    let e = un(|m| en(m, "/regles/1")["message"] = json!("La colonne doit être positive"));
    verifier(
        &e,
        "libelle_modifie",
        "information",
        "R2",
        "lignes",
        Some(r#"{"message":"Colonne positive"}"#),
        Some(r#"{"message":"La colonne doit être positive"}"#),
    );
}

#[test]
fn description_et_unite() {
    let e = un(|m| en(m, "/blocs/0/champs/2")["description"] = json!("En euros"));
    verifier(
        &e,
        "description_modifiee",
        "information",
        "d",
        "b1/d",
        Some(r#"{"description":null}"#),
        Some(r#"{"description":"En euros"}"#),
    );
    let e = un(|m| en(m, "/blocs/0/champs/1")["unite"] = json!("passage"));
    verifier(
        &e,
        "unite_modifiee",
        "information",
        "n",
        "b1/n",
        Some(r#"{"unite":"visite"}"#),
        Some(r#"{"unite":"passage"}"#),
    );
}

#[test]
fn ordre_modifie_une_fois_par_bloc() {
    let e = un(|m| {
        let c = retirer(m, "/blocs/0/champs/0");
        ajouter(m, "/blocs/0/champs", c);
        let o = retirer(m, "/blocs/0/champs/5");
        en(m, "/blocs/0/champs")
            .as_array_mut()
            .unwrap()
            .insert(0, o);
    });
    verifier(
        &e,
        "ordre_modifie",
        "information",
        "b1",
        "b1",
        Some(r#"{"champs":["fixe","n","d","t","dt","c","o"]}"#),
        Some(r#"{"champs":["o","n","d","t","dt","c","fixe"]}"#),
    );
    // A removal does not change the relative order of the others.
    let r = comparer(
        &base(),
        &nouveau(|m| {
            retirer(m, "/blocs/0/champs/1");
        }),
    );
    assert_eq!(seul(&r).nature, Nature::ChampSupprime);
    // Top-level blocks.
    let e = un(|m| {
        let b = retirer(m, "/blocs/0");
        ajouter(m, "/blocs", b);
    });
    verifier(
        &e,
        "ordre_modifie",
        "information",
        "T",
        "",
        Some(r#"{"blocs":["b1","lignes"]}"#),
        Some(r#"{"blocs":["lignes","b1"]}"#),
    );
}

#[test]
fn deprecie() {
    let e = un(|m| en(m, "/blocs/0/champs/6")["deprecie"] = json!(true));
    verifier(
        &e,
        "deprecie",
        "information",
        "o",
        "b1/o",
        Some(r#"{"deprecie":false}"#),
        Some(r#"{"deprecie":true}"#),
    );
}

#[test]
fn donnee_personnelle() {
    let e = un(|m| en(m, "/blocs/0/champs/3")["donneePersonnelle"] = json!(true));
    verifier(
        &e,
        "donnee_personnelle_modifiee",
        "a_verifier",
        "t",
        "b1/t",
        Some(r#"{"donneePersonnelle":false}"#),
        Some(r#"{"donneePersonnelle":true}"#),
    );
    let mut a = base();
    en(&mut a, "/blocs/0/champs/3")["donneePersonnelle"] = json!(true);
    let r = comparer(&a, &nouveau(|_| {}));
    assert_eq!(
        (seul(&r).nature.code(), seul(&r).impact.code()),
        ("donnee_personnelle_modifiee", "information")
    );
}

#[test]
fn version_incoherente() {
    let mut b = base();
    en(&mut b, "/blocs/0/champs/1")["max"] = json!(90);
    let r = comparer(&base(), &b);
    assert_eq!(r.ecarts.len(), 2);
    let e = r
        .ecarts
        .iter()
        .find(|e| e.nature == Nature::VersionIncoherente)
        .unwrap();
    verifier(
        e,
        "version_incoherente",
        "a_verifier",
        "T",
        "",
        Some(r#"{"version":"1"}"#),
        Some(r#"{"version":"1"}"#),
    );
    // Only compatible changes: the version may stay.
    let mut b = base();
    en(&mut b, "/blocs/0/champs/1")["max"] = json!(200);
    let r = comparer(&base(), &b);
    assert_eq!(seul(&r).nature, Nature::BorneRelachee);
}

#[test]
fn toutes_les_natures_ont_un_code_unique() {
    let mut codes: Vec<&str> = Nature::TOUTES.iter().map(|n| n.code()).collect();
    assert_eq!(codes.len(), 40);
    for n in Nature::TOUTES {
        assert_eq!(Nature::depuis_code(n.code()), Some(*n));
        assert_eq!(n.inverse().inverse(), *n);
    }
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), 40);
}
