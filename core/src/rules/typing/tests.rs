use super::super::essai::{modele, regle};
use super::*;
use crate::model::{Source, charger};

fn ok(expression: &str, bloc: Option<&str>) -> RegleTypee {
    let m = modele();
    match verifier(&m, &regle(expression, bloc)) {
        Ok(t) => t,
        Err(e) => panic!(
            "{expression}: {}",
            e.iter()
                .map(|e| e.rendre(expression))
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

fn erreurs(expression: &str, bloc: Option<&str>) -> Vec<(usize, usize, String)> {
    let m = modele();
    match verifier(&m, &regle(expression, bloc)) {
        Ok(t) => panic!("{expression}: accepted as {t:?}"),
        Err(e) => e.into_iter().map(|e| (e.debut, e.fin, e.message)).collect(),
    }
}

/// The only fault's message.
fn faute(expression: &str, bloc: Option<&str>) -> String {
    let e = erreurs(expression, bloc);
    assert_eq!(e.len(), 1, "{expression}: {e:?}");
    e[0].2.clone()
}

fn champ(code: &str, sorte: Sorte, portee: Portee) -> ChampRef {
    ChampRef {
        code: code.into(),
        sorte,
        portee,
    }
}

fn codes(lus: &[ChampRef]) -> Vec<(&str, Portee)> {
    lus.iter().map(|c| (c.code.as_str(), c.portee)).collect()
}

#[test]
fn numbers_compare_and_compute() {
    let t = ok("nb_residents <= nb_places + 2 * `nombre-de-lits`", None);
    assert_eq!(t.code, "R");
    assert_eq!(t.bloc, None);
    let Condition::Nombres {
        gauche,
        op: Comparateur::InferieurOuEgal,
        droite,
    } = &t.condition
    else {
        panic!("{t:?}")
    };
    assert_eq!(
        *gauche,
        Numerique::Champ(champ("nb_residents", Sorte::Entier, Portee::Racine))
    );
    let Numerique::Operation { premier, suite } = droite else {
        panic!()
    };
    assert_eq!(
        **premier,
        Numerique::Champ(champ("nb_places", Sorte::Entier, Portee::Racine))
    );
    assert!(matches!(
        &suite[..],
        [(Operateur::Plus, Numerique::Operation { .. })]
    ));
    assert_eq!(
        codes(&t.lus),
        [
            ("nb_residents", Portee::Racine),
            ("nb_places", Portee::Racine),
            ("nombre-de-lits", Portee::Racine)
        ]
    );
    // Decimal and entier mix; a keyword code in backticks.
    let t = ok("gmp / `somme` >= -1.5", None);
    assert_eq!(
        codes(&t.lus),
        [("gmp", Portee::Racine), ("somme", Portee::Racine)]
    );
    assert_eq!(t.lus[0].sorte, Sorte::Decimal);
    ok("1 = 1", None);
}

#[test]
fn texts_codes_booleans_dates() {
    let t = ok(
        "statut = 'PUB' ou 'PCO' = statut ou statut != statut_bis",
        None,
    );
    let Condition::Ou(v) = &t.condition else {
        panic!()
    };
    assert_eq!(
        v[0],
        Condition::Codes {
            nomenclature: "statut_juridique".into(),
            gauche: TermeChaine::Champ(champ(
                "statut",
                Sorte::Code {
                    nomenclature: "statut_juridique".into()
                },
                Portee::Racine
            )),
            op: Comparateur::Egal,
            droite: TermeChaine::Constante("PUB".into()),
        }
    );
    assert!(
        matches!(&v[1], Condition::Codes { gauche: TermeChaine::Constante(c), .. } if c == "PCO")
    );
    assert_eq!(
        codes(&t.lus),
        [("statut", Portee::Racine), ("statut_bis", Portee::Racine)]
    );
    let t = ok("nom = 'x y' et nom != nom_bis", None);
    assert!(matches!(&t.condition, Condition::Et(v) if matches!(v[0], Condition::Textes { .. })));
    let t = ok("pasa = vrai et uhr != pasa et faux != pasa", None);
    assert!(
        matches!(&t.condition, Condition::Et(v) if v.iter().all(|c| matches!(c, Condition::Booleens { .. })))
    );
    // A boolean field, vrai or faux is a condition by itself.
    let t = ok("pasa => non uhr ou vrai", None);
    let Condition::Implique(a, b) = &t.condition else {
        panic!()
    };
    assert_eq!(
        **a,
        Condition::Booleen(champ("pasa", Sorte::Booleen, Portee::Racine))
    );
    assert!(matches!(&**b, Condition::Ou(v) if v[1] == Condition::Constante(true)));
    let t = ok(
        "date_signature >= date_avis et date_avis < d'2025-01-01'",
        None,
    );
    assert!(
        matches!(&t.condition, Condition::Et(v) if matches!(&v[1], Condition::Dates { droite: TermeDate::Constante(_), .. }))
    );
}

#[test]
fn functions() {
    let t = ok("contient(actions, 'VACC_GRIPPE') => nb_places > 0", None);
    assert_eq!(
        codes(&t.lus),
        [("actions", Portee::Racine), ("nb_places", Portee::Racine)]
    );
    // renseigne, somme, nombre do not read their argument as a value.
    let t = ok(
        "renseigne(gmp) et renseigne(actions) et somme(etp) > nombre(effectifs)",
        None,
    );
    assert!(t.lus.is_empty(), "{:?}", t.lus);
    let Condition::Et(v) = &t.condition else {
        panic!()
    };
    assert_eq!(
        v[2],
        Condition::Nombres {
            gauche: Numerique::Somme {
                champ: "etp".into(),
                sorte: Sorte::Decimal,
                lignes: LignesRef {
                    bloc: "effectifs".into(),
                    portee: Portee::Racine
                }
            },
            op: Comparateur::Superieur,
            droite: Numerique::Nombre(LignesRef {
                bloc: "effectifs".into(),
                portee: Portee::Racine
            }),
        }
    );
    // A field read twice is listed once.
    let t = ok("renseigne(gmp) et gmp > 1 et gmp < 2", None);
    assert_eq!(codes(&t.lus), [("gmp", Portee::Racine)]);
    // A top-level table inside a non-repeatable block.
    ok("somme(participants) >= nombre(seances)", None);
}

#[test]
fn row_rules() {
    let t = ok(
        "etp > 0 et etp_vacants >= 0 et categorie = 'IDE' et nb_places > 0",
        Some("effectifs"),
    );
    assert_eq!(t.bloc.as_deref(), Some("effectifs"));
    assert_eq!(
        codes(&t.lus),
        [
            ("etp", Portee::Ligne),
            ("etp_vacants", Portee::Ligne),
            ("categorie", Portee::Ligne),
            ("nb_places", Portee::Racine)
        ]
    );
    // A table nested in the current row: its rows in this row.
    let t = ok(
        "somme(heures) <= etp * 1000 et nombre(formations) >= 0 et nombre(effectifs) > 0",
        Some("effectifs"),
    );
    let Condition::Et(v) = &t.condition else {
        panic!()
    };
    let Condition::Nombres {
        gauche: Numerique::Somme { lignes, .. },
        ..
    } = &v[0]
    else {
        panic!()
    };
    assert_eq!(
        *lignes,
        LignesRef {
            bloc: "formations".into(),
            portee: Portee::Ligne
        }
    );
    let Condition::Nombres {
        gauche: Numerique::Nombre(l),
        ..
    } = &v[2]
    else {
        panic!()
    };
    assert_eq!(
        *l,
        LignesRef {
            bloc: "effectifs".into(),
            portee: Portee::Racine
        }
    );
    // Another top-level table from a row rule.
    ok("somme(nb_had) >= nb_personnes", Some("effectifs"));
    let t = ok("somme(duree) <= participants * 10", Some("seances"));
    assert!(
        matches!(&t.condition, Condition::Nombres { gauche: Numerique::Somme { lignes, .. }, .. }
            if lignes.portee == Portee::Ligne && lignes.bloc == "intervenants")
    );
    // Rules on a nested table.
    let t = ok("duree > 0 et nb_places > 0", Some("intervenants"));
    assert_eq!(
        codes(&t.lus),
        [("duree", Portee::Ligne), ("nb_places", Portee::Racine)]
    );
    // The rows it is checked on: those of each séance.
    assert_eq!(t.chemin, ["seances", "intervenants"]);
    assert_eq!(ok("etp > 0", Some("effectifs")).chemin, ["effectifs"]);
    assert!(ok("nb_places > 0", None).chemin.is_empty());
}

/// A checked model's rules are typed: the type says so, no `Option`.
#[test]
fn a_checked_model_holds_typed_rules() {
    let texte = super::super::essai::MODELE
        .trim_end()
        .trim_end_matches('}')
        .to_owned()
        + r#", "regles": [ { "code": "R1", "message": "m", "severite": "bloquante",
                                "expression": "duree > 0", "bloc": "intervenants" } ] }"#;
    let source =
        Source::depuis_octets("r.json", texte.into_bytes()).unwrap_or_else(|d| panic!("{d}"));
    let (m, _) = charger(&source, true).unwrap_or_else(|d| panic!("{d:?}"));
    let t: &RegleTypee = &m.regles[0].typee;
    assert_eq!(t.code, "R1");
    assert_eq!(t.chemin, ["seances", "intervenants"]);
}

#[test]
fn unknown_names() {
    assert_eq!(
        erreurs("nb_residant > 0", None),
        [(
            0,
            11,
            "champ inconnu « nb_residant » (codes proches : « nb_residents »)".to_owned()
        )]
    );
    assert_eq!(faute("zzz > 0", None), "champ inconnu « zzz »");
    assert_eq!(
        faute("effectifs > 0", None),
        "« effectifs » est un bloc, pas un champ : nombre(effectifs) compte ses lignes"
    );
    assert_eq!(
        faute("etablissement = 1", None),
        "« etablissement » est un bloc, pas un champ : une règle lit des champs"
    );
    assert_eq!(
        faute("renseigne(effectifs)", None),
        "« effectifs » est un bloc, pas un champ : nombre(effectifs) compte ses lignes"
    );
    // Codes are case-sensitive.
    assert!(
        faute("NB_PLACES > 0", None)
            .starts_with("champ inconnu « NB_PLACES » (codes proches : « nb_places »")
    );
}

#[test]
fn rows_out_of_reach() {
    assert_eq!(
            erreurs("etp > 0", None),
            [(
                0,
                3,
                "« etp » est un champ du bloc répétable « effectifs » (une valeur par ligne) : hors d'une règle portant \
                 sur ce bloc (« bloc » : « effectifs »), il ne se lit que dans somme(…)"
                    .to_owned()
            )]
        );
    assert_eq!(
        faute("etp > 0", Some("conventions")),
        "« etp » est un champ du bloc répétable « effectifs » (une valeur par ligne) et la règle porte sur les \
             lignes de « conventions » : il ne se lit que dans somme(…)"
    );
    assert!(faute("renseigne(etp)", None).starts_with("« etp » est un champ du bloc répétable"));
    // A nested table's field is not the current row's value.
    assert!(faute("heures > 0", Some("effectifs")).contains("bloc répétable « formations »"));
    // The enclosing table's field is not reachable from a nested table's rows.
    assert!(faute("participants > 0", Some("intervenants")).contains("bloc répétable « seances »"));
}

#[test]
fn type_mismatches() {
    assert_eq!(
        erreurs("nb_places + date_avis > 0", None),
        [(
            12,
            21,
            "« + » s'applique à des nombres : « date_avis » est une date".to_owned()
        )]
    );
    assert_eq!(
        faute("-nom = 'x'", None),
        "« - » s'applique à des nombres : « nom » est un texte"
    );
    assert_eq!(
        faute("2 * pasa > 1", None),
        "« * » s'applique à des nombres : « pasa » est un booléen"
    );
    assert_eq!(
        faute("(nb_places > 1) / 2 > 1", None),
        "« / » s'applique à des nombres : « (nb_places > 1) » est une condition"
    );
    assert_eq!(
        erreurs("nb_places = date_avis", None),
        [(
            0,
            21,
            "types incompatibles : « nb_places » est un nombre, « date_avis » est une date"
                .to_owned()
        )]
    );
    assert_eq!(
        faute("date_avis = '2025-01-01'", None),
        "types incompatibles : « date_avis » est une date, « '2025-01-01' » est une chaîne (une date s'écrit \
             d'AAAA-MM-JJ')"
    );
    assert_eq!(
        faute("nom = statut", None),
        "types incompatibles : « nom » est un texte, « statut » est un code"
    );
    assert_eq!(
        faute("pasa = 1", None),
        "types incompatibles : « pasa » est un booléen, « 1 » est un nombre"
    );
    assert_eq!(
        faute("nb_places = 'PUB'", None),
        "types incompatibles : « nb_places » est un nombre, « 'PUB' » est une chaîne"
    );
    assert_eq!(
        faute("'a' = 'b'", None),
        "deux chaînes ne se comparent pas entre elles : l'un des côtés doit être un champ texte ou code"
    );
    assert_eq!(
        faute("(nb_places > 1) = vrai", None),
        "une condition ne se compare pas par « = » : les conditions se combinent par et, ou, non, =>"
    );
}

#[test]
fn equality_only_kinds() {
    assert_eq!(
        erreurs("nom < 'x'", None),
        [(
            0,
            9,
            "« < » ne s'applique pas à des textes : seuls = et != les comparent".to_owned()
        )]
    );
    assert_eq!(
        faute("statut >= 'PUB'", None),
        "« >= » ne s'applique pas à des codes : seuls = et != les comparent"
    );
    assert_eq!(
        faute("pasa > faux", None),
        "« > » ne s'applique pas à des booléens : seuls = et != les comparent"
    );
    // Both faults of `statut < 'PUBLIC'`.
    assert_eq!(erreurs("statut < 'PUBLIC'", None).len(), 2);
}

#[test]
fn codes_must_exist() {
    assert_eq!(
            erreurs("statut = 'PUBLIC'", None),
            [(
                9,
                17,
                "« PUBLIC » n'est pas un code de la nomenclature « statut_juridique » (codes proches : « PUB »)"
                    .to_owned()
            )]
        );
    assert!(
        faute("'pub' != statut", None)
            .starts_with("« pub » n'est pas un code de la nomenclature « statut_juridique »")
    );
    assert_eq!(
        faute("statut = autre_code", None),
        "« statut » (nomenclature « statut_juridique ») et « autre_code » (nomenclature « autre ») ne se comparent \
             pas : nomenclatures différentes"
    );
}

#[test]
fn multiple_codes_only_in_contient_and_renseigne() {
    let m = "« actions » est un champ code à choix multiples : il ne se lit que par contient(actions, 'CODE') ou \
                 renseigne(actions)";
    assert_eq!(
        erreurs("actions = 'PLAN_BLEU'", None),
        [(0, 7, m.to_owned())]
    );
    assert_eq!(faute("actions", None), m);
    assert_eq!(faute("actions + 1 > 0", None), m);
    assert_eq!(faute("pasa et actions", None), m);
    ok("renseigne(actions) et contient(actions, 'PLAN_BLEU')", None);
    assert_eq!(
            erreurs("contient(actions, 'VACC')", None),
            [(18, 24, "« VACC » n'est pas un code de la nomenclature « actions » (codes proches : « VACC_GRIPPE »)".to_owned())]
        );
    assert_eq!(
        faute("contient(statut, 'PUB')", None),
        "contient(…) porte sur un champ code à choix multiples : « statut » est un champ code à choix unique \
             (écrire statut = 'PUB')"
    );
    assert_eq!(
        faute("contient(nb_places, 'X')", None),
        "contient(…) porte sur un champ code à choix multiples : « nb_places » est un champ entier"
    );
}

#[test]
fn somme_and_nombre() {
    assert_eq!(
        erreurs("somme(libelle_poste) > 0", None),
        [(
            6,
            19,
            "somme(…) totalise un champ entier ou décimal : « libelle_poste » est un champ texte"
                .to_owned()
        )]
    );
    assert_eq!(
        faute("somme(nb_places) > 0", None),
        "somme(…) totalise un champ de bloc répétable : « nb_places » a une seule valeur (écrire nb_places)"
    );
    assert_eq!(
        faute("somme(etp) > 0", Some("effectifs")),
        "somme(etp) dans une règle sur les lignes de « effectifs » : « etp » y est la valeur de la ligne courante, \
             une somme sur les lignes de son propre bloc est ambiguë"
    );
    assert_eq!(
        faute("somme(effectifs) > 0", None),
        "somme(…) totalise un champ : « effectifs » est un bloc (nombre(effectifs) compte ses lignes)"
    );
    assert!(
        faute("somme(etpp) > 0", None)
            .starts_with("champ inconnu « etpp » (codes proches : « etp »")
    );
    let imbrique = "le bloc répétable « intervenants » est imbriqué dans le bloc répétable « seances » : somme(…) \
                        et nombre(…) ne portent que sur un bloc répétable de premier niveau ou imbriqué dans la ligne \
                        courante de la règle";
    assert_eq!(faute("somme(duree) > 0", None), imbrique);
    assert_eq!(faute("nombre(intervenants) > 0", None), imbrique);
    assert_eq!(
        faute("nombre(intervenants) > 0", Some("effectifs")),
        imbrique
    );
    assert!(
        faute("nombre(formations) > 0", Some("conventions"))
            .contains("« formations » est imbriqué")
    );
    assert_eq!(
        faute("nombre(etablissement) > 0", None),
        "nombre(…) compte les lignes d'un bloc répétable : « etablissement » ne l'est pas"
    );
    assert_eq!(
        faute("nombre(etp) > 0", None),
        "nombre(…) compte les lignes d'un bloc répétable : « etp » est un champ"
    );
    assert_eq!(
        faute("nombre(effectif) > 0", None),
        "bloc répétable inconnu « effectif » (codes proches : « effectifs »)"
    );
}

#[test]
fn the_whole_must_be_a_condition() {
    assert_eq!(
        erreurs("nb_places", None),
        [(
            0,
            9,
            "condition attendue : « nb_places » est un nombre".to_owned()
        )]
    );
    assert_eq!(
        faute("nb_places + 1 et pasa", None),
        "condition attendue : « nb_places + 1 » est un nombre"
    );
    assert_eq!(
        faute("non nom", None),
        "condition attendue : « nom » est un texte"
    );
    assert_eq!(
        faute("date_avis => pasa", None),
        "condition attendue : « date_avis » est une date"
    );
    assert_eq!(
        faute("'PUB'", None),
        "condition attendue : « 'PUB' » est une chaîne"
    );
    assert_eq!(
        faute("statut", None),
        "condition attendue : « statut » est un code"
    );
}

#[test]
fn every_fault_is_reported_in_order() {
    let e = erreurs(
        "nb_residant + date_avis > 0 et statut = 'PUBX' et somme(nom) > nombre(etp)",
        None,
    );
    let debuts: Vec<usize> = e.iter().map(|e| e.0).collect();
    assert_eq!(debuts, [0, 14, 40, 56, 70], "{e:?}");
    // A syntax error is the only one.
    assert_eq!(erreurs("nb_residant + ", None).len(), 1);
}

#[test]
fn rule_block_must_be_a_table() {
    for b in ["etablissement", "inconnu"] {
        assert_eq!(
            erreurs("nb_places > 0", Some(b)),
            [(
                0,
                13,
                format!("la règle porte sur « {b} », qui n'est pas un bloc répétable du modèle")
            )]
        );
    }
}

#[test]
fn deepest_allowed_expressions_type_check() {
    let n = crate::rules::PROFONDEUR_MAX;
    let trop = |s: &str| {
        let e = erreurs(s, None);
        assert!(
            e[0].2
                .starts_with(&format!("expression trop imbriquée : plus de {n} niveaux")),
            "{e:?}"
        );
    };
    // The deepest tree: n operations above the leaf.
    let s = |k: usize| format!("{}nb_places{} > 0", "(1 + ".repeat(k), ")".repeat(k));
    ok(&s(n - 1), None);
    trop(&s(n));
    let s = |k: usize| format!("{}pasa", "non ".repeat(k));
    ok(&s(n), None);
    trop(&s(n + 1));
    let s = |k: usize| format!("pasa => {}pasa{}", "(pasa => ".repeat(k), ")".repeat(k));
    ok(&s(n - 1), None);
    trop(&s(n));
    // Faults deep down are reported without trouble.
    let s = format!("{}nom{} > 0", "(1 + ".repeat(n - 1), ")".repeat(n - 1));
    assert_eq!(erreurs(&s, None).len(), 1);
}

#[test]
fn a_long_expression_type_checks() {
    let s = format!("{} = nb_places", vec!["nb_residents"; 5_000].join(" + "));
    let t = ok(&s, None);
    assert_eq!(
        codes(&t.lus),
        [
            ("nb_residents", Portee::Racine),
            ("nb_places", Portee::Racine)
        ]
    );
}

fn sample_models() -> Vec<(String, crate::model::Modele)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../models");
    let mut chemins: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    chemins.sort();
    chemins
        .into_iter()
        .map(|p| {
            let nom = p.display().to_string();
            let octets = std::fs::read(&p).unwrap_or_else(|e| panic!("{nom}: {e}"));
            let source = Source::depuis_octets(&nom, octets).unwrap_or_else(|d| panic!("{d}"));
            match charger(&source, false) {
                Ok((m, _)) => (nom, m),
                Err(d) => panic!(
                    "{nom}: {}",
                    d.iter()
                        .map(|d| d.to_string())
                        .collect::<Vec<_>>()
                        .join("\n")
                ),
            }
        })
        .collect()
}

#[test]
fn every_sample_rule_type_checks() {
    let modeles = sample_models();
    assert!(modeles.len() >= 5, "{}", modeles.len());
    let mut n = 0;
    for (nom, m) in &modeles {
        for r in &m.regles {
            if let Err(e) = verifier(m, r) {
                panic!("{nom} {}: {}", r.code, e[0].rendre(&r.expression));
            }
            n += 1;
        }
    }
    assert!(n >= 60, "{n} rules");
}

#[test]
fn a_fault_is_shown_under_the_expression() {
    let (_, m) = sample_models()
        .into_iter()
        .find(|(n, _)| n.ends_with("rama-2025.json"))
        .unwrap_or_else(|| panic!("rama-2025"));
    let expression = "nb_residents_femmes + nb_residents_hommmes = nb_residents";
    let e = match verifier(&m, &regle(expression, None)) {
        Ok(_) => panic!("accepted"),
        Err(e) => e,
    };
    assert_eq!(e.len(), 1);
    assert_eq!(
        e[0].rendre(expression),
        "nb_residents_femmes + nb_residents_hommmes = nb_residents\n                      \
             ^^^^^^^^^^^^^^^^^^^^ champ inconnu « nb_residents_hommmes » (codes proches : « nb_residents_hommes », « nb_residents_femmes », « nb_residents »)"
    );
}

/// An invalid rule makes the model invalid: once model loading checks
/// rules it refuses the file, naming the rule; either way the rule does
/// not type-check.
#[test]
fn a_model_with_an_invalid_rule_is_invalid() {
    let texte = super::super::essai::MODELE
        .trim_end()
        .trim_end_matches('}')
        .to_owned()
        + r#", "regles": [ { "code": "R_FAUX", "message": "m", "severite": "bloquante",
                                "expression": "nb_places + date_avis > 0" } ] }"#;
    let source =
        Source::depuis_octets("faux.json", texte.into_bytes()).unwrap_or_else(|d| panic!("{d}"));
    match charger(&source, false) {
        Ok((m, _)) => {
            assert_eq!(m.regles.len(), 1);
            assert!(verifier(&m, &m.regles[0]).is_err());
        }
        Err(d) => {
            let tout: Vec<String> = d.iter().map(|d| d.to_string()).collect();
            assert!(
                tout.iter()
                    .any(|d| d.contains("R_FAUX") && d.contains("date_avis")),
                "{tout:?}"
            );
        }
    }
}

mod proprietes {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the tokens, checking ends with a typed rule or
        /// faults inside the expression, never a panic.
        #[test]
        fn never_panics(
            v in proptest::collection::vec(
                prop_oneof![
                    Just("nb_places"), Just("gmp"), Just("pasa"), Just("nom"), Just("statut"), Just("actions"),
                    Just("date_avis"), Just("etp"), Just("heures"), Just("duree"), Just("effectifs"),
                    Just("etablissement"), Just("`somme`"), Just("inconnu"), Just("1.5"), Just("'PUB'"),
                    Just("'X'"), Just("d'2025-01-01'"), Just("vrai"), Just("("), Just(")"), Just(","),
                    Just("=>"), Just("="), Just("!="), Just("<"), Just("+"), Just("-"), Just("*"), Just("/"),
                    Just("et"), Just("ou"), Just("non"), Just("somme("), Just("nombre("), Just("contient("),
                    Just("renseigne("),
                ],
                1..25,
            ),
            bloc in prop_oneof![Just(None), Just(Some("effectifs")), Just(Some("seances")), Just(Some("detail"))],
        ) {
            let s = v.join(" ");
            let m = modele();
            match verifier(&m, &regle(&s, bloc)) {
                Ok(t) => prop_assert_eq!(t.bloc.as_deref(), bloc),
                Err(e) => {
                    prop_assert!(!e.is_empty());
                    for e in e {
                        prop_assert!(e.debut <= e.fin && e.fin <= s.len(), "{:?} in {}", e, s);
                        let _ = e.rendre(&s);
                    }
                }
            }
        }
    }
}
