//! One minimal model pair per kind of change (`nature`), with its impact,
//! target, path and changed properties.

mod diff_commun;

use diff_commun::*;
use serde_json::{Value, json};
use sidoba_core::diff::{Ecart, Nature};

#[path = "diff_natures/champs.rs"]
mod champs;

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
