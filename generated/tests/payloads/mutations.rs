//! One finding at a time: a valid payload, mutated, gives exactly the
//! expected finding, at its path, with its message.

use super::*;

// ---------------------------------------------------------------------------
// Invalid payloads, built from the RAMA 2025 sample.
// ---------------------------------------------------------------------------

/// The RAMA 2025 sample with `donnees` edited.
pub(super) fn muter(f: impl FnOnce(&mut Map<String, Value>)) -> String {
    let mut v: Value = serde_json::from_str(RAMA_2025).unwrap();
    f(v["donnees"].as_object_mut().unwrap());
    serde_json::to_string(&v).unwrap()
}

/// Row `i` of a table of `donnees`.
pub(super) fn ligne<'a>(
    d: &'a mut Map<String, Value>,
    bloc: &str,
    i: usize,
) -> &'a mut Map<String, Value> {
    d[bloc][i].as_object_mut().unwrap()
}

/// The RAMA 2025 sample with text replaced (each must occur once).
pub(super) fn remplacer(remplacements: &[(&str, &str)]) -> String {
    let mut p = RAMA_2025.to_owned();
    for (avant, apres) in remplacements {
        assert_eq!(p.matches(avant).count(), 1, "{avant}");
        p = p.replace(avant, apres);
    }
    p
}

pub(super) fn valider(payload: &str) -> Constats {
    rama_2025::Rapport::valider_payload(payload).expect("payload lisible")
}

pub(super) fn message<'c>(constats: &'c Constats, chemin: &str) -> &'c str {
    &constats
        .iter()
        .find(|c| c.chemin == chemin)
        .expect(chemin)
        .message
}

#[test]
fn cle_inconnue() {
    let p = muter(|d| {
        d.insert("nb_residant".into(), json!(84));
        // A block code is not a key: the payload is flat.
        d.insert("conventions_had".into(), json!({}));
        ligne(d, "effectifs", 3).insert("etp_vacant".into(), json!(1.5));
    });
    let constats = valider(&p);
    // A row's unknown keys after its fields; those of `donnees` after all
    // fields (here in payload order, which serde_json sorts).
    assert_eq!(
        resume(&constats),
        [
            bloquant("effectifs[3].etp_vacant", "champ_inconnu"),
            bloquant("conventions_had", "champ_inconnu"),
            bloquant("nb_residant", "champ_inconnu"),
        ]
    );
    let m = message(&constats, "nb_residant");
    assert!(
        m.contains("« nb_residant »") && m.contains("« nb_residents »"),
        "{m}"
    );
    let m = message(&constats, "effectifs[3].etp_vacant");
    assert!(m.contains("« etp_vacants »"), "{m}");
    // Not silently dropped by the strict reader either.
    assert!(rama_2025::Rapport::depuis_payload(&p).is_err());
}

#[test]
fn mauvais_type_json() {
    let p = muter(|d| {
        d.insert("nombre_de_places".into(), json!("84"));
        d.insert("pasa".into(), json!("oui"));
        d.insert("actions_prevention_infection".into(), json!("VACC_GRIPPE"));
        ligne(d, "effectifs", 2).insert("categorie".into(), json!(3));
        d["effectifs"][8] = json!(42);
        d.insert("date_signature".into(), json!(20_260_512));
    });
    let constats = valider(&p);
    assert_eq!(
        resume(&constats),
        [
            bloquant("nombre_de_places", "type"),
            bloquant("pasa", "type"),
            bloquant("actions_prevention_infection", "type"),
            bloquant("effectifs[2].categorie", "type"),
            bloquant("effectifs[8]", "type"),
            bloquant("date_signature", "type"),
        ]
    );
    let m = message(&constats, "pasa");
    assert!(m.contains("booléen") && m.contains("chaîne"), "{m}");
    // A wrong type is never taken into the report.
    let lu = rama_2025::Rapport::lire(&p).unwrap();
    assert_eq!(lu.rapport.nombre_de_places, None);
    assert_eq!(
        lu.rapport.effectifs.len(),
        9,
        "row numbers stay those of the payload"
    );
}

#[test]
fn table_qui_n_est_pas_un_tableau() {
    let p = muter(|d| {
        d.insert("effectifs".into(), json!({"categorie": "IDE", "etp": 6.5}));
    });
    let constats = valider(&p);
    // No row count is checked on a table that could not be read.
    let champs: Vec<Resume> = resume(&constats)
        .into_iter()
        .filter(|r| !r.1.starts_with("regle:"))
        .collect();
    assert_eq!(champs, [bloquant("effectifs", "type")]);
}

#[test]
fn code_inconnu() {
    let p = muter(|d| {
        d.insert("statut".into(), json!("PNK"));
        d.insert(
            "actions_prevention_infection".into(),
            json!(["REFERENT_HYGIENE", "VACC_GRIPE"]),
        );
        ligne(d, "effectifs", 2).insert("categorie".into(), json!("IDEE"));
    });
    let constats = valider(&p);
    assert_eq!(
        resume(&constats),
        [
            bloquant("statut", "nomenclature"),
            bloquant("actions_prevention_infection", "nomenclature"),
            bloquant("effectifs[2].categorie", "nomenclature"),
        ]
    );
    let m = message(&constats, "statut");
    assert!(
        m.contains("« PNK »") && m.contains("codes proches") && m.contains("« PNL »"),
        "{m}"
    );
    let m = message(&constats, "actions_prevention_infection");
    assert!(
        m.contains("« VACC_GRIPE »") && m.contains("« VACC_GRIPPE »"),
        "{m}"
    );
    let m = message(&constats, "effectifs[2].categorie");
    assert!(m.contains("« IDE »"), "{m}");
}

#[test]
fn valeur_inactive() {
    let p = muter(|d| {
        ligne(d, "effectifs", 0).insert("categorie".into(), json!("AMP"));
    });
    let constats = valider(&p);
    assert_eq!(
        resume(&constats),
        [bloquant("effectifs[0].categorie", "valeur_inactive")]
    );
    // Still read, so that old data can be shown.
    let lu = rama_2025::Rapport::lire(&p).unwrap();
    assert!(lu.rejets.is_empty());
    assert_eq!(
        lu.rapport.effectifs[0].categorie,
        Some(rama_2025::CategoriePersonnel::Amp)
    );

    // In a `multiple` field: PLAN_BLEU is inactive from RAMA 2026.
    let p = RAMA_2026.replace("\"VACC_PERSONNEL\"]", "\"VACC_PERSONNEL\",\"PLAN_BLEU\"]");
    let constats = rama_2026::Rapport::valider_payload(&p).unwrap();
    assert_eq!(
        resume(&constats),
        [bloquant("actions_prevention_infection", "valeur_inactive")]
    );
    assert!(constats.0[0].message.contains("« PLAN_BLEU »"));
}

#[test]
fn bornes() {
    let p = muter(|d| {
        d.insert("nb_places_pasa".into(), json!(101));
        d.insert("gmp".into(), json!(1000.01));
        d.insert("nb_residents_escarres".into(), json!(-3));
        d.insert("date_avis_commission".into(), json!("2025-12-31"));
    });
    let constats = valider(&p);
    assert_eq!(
        resume(&constats),
        [
            bloquant("nb_places_pasa", "max"),
            bloquant("gmp", "max"),
            bloquant("nb_residents_escarres", "min"),
            bloquant("date_avis_commission", "min"),
        ]
    );
    let m = message(&constats, "gmp");
    assert!(m.contains("1000.01") && m.contains("1000"), "{m}");
}

#[test]
fn entier_hors_du_type_rust() {
    // nombre_de_places is a u16 (max 2000), nb_places_ht a u8 (max 200),
    // nb_journees_hospitalisation a u32 (max 200000): values that do not
    // fit the Rust type are bound findings, never a panic.
    let p = muter(|d| {
        d.insert("nombre_de_places".into(), json!(70_000));
        d.insert("nb_places_ht".into(), json!(300));
        d.insert(
            "nb_journees_hospitalisation".into(),
            json!(5_000_000_000u64),
        );
        d.insert("nb_residents_contention".into(), json!(-70_000));
    });
    let p = p.replace("\"nb_chutes\":163", "\"nb_chutes\":99999999999999999999");
    let constats = valider(&p);
    assert_eq!(
        resume(&constats),
        [
            bloquant("nombre_de_places", "max"),
            bloquant("nb_places_ht", "max"),
            bloquant("nb_journees_hospitalisation", "max"),
            // Beyond 64 bits: not an `entier` at all.
            bloquant("nb_chutes", "type"),
            bloquant("nb_residents_contention", "min"),
        ]
    );
    let m = message(&constats, "nombre_de_places");
    assert!(m.contains("70000") && m.contains("2000"), "{m}");
}

#[test]
fn trop_de_decimales() {
    let p = remplacer(&[
        ("\"age_moyen\":87.6", "\"age_moyen\":87.65"),
        ("\"gmp\":680.24", "\"gmp\":680.245"),
        ("\"etp\":1,", "\"etp\":1.005,"),
    ]);
    let constats = valider(&p);
    assert_eq!(
        resume(&constats),
        [
            bloquant("age_moyen", "decimales"),
            bloquant("gmp", "decimales"),
            bloquant("effectifs[1].etp", "decimales"),
        ]
    );
    assert!(message(&constats, "gmp").contains("680.245"));

    // Trailing zeros carry no value: 87.60 has one decimal.
    let p = remplacer(&[("\"age_moyen\":87.6", "\"age_moyen\":87.60")]);
    assert!(valider(&p).is_empty());
    let lu = rama_2025::Rapport::lire(&p).unwrap();
    assert_eq!(lu.rapport.payload_sans_validation(), RAMA_2025);
}

#[test]
fn decimal_en_notation_exponentielle() {
    let p = remplacer(&[
        ("\"nombre_de_places\":84", "\"nombre_de_places\":8.4e1"),
        ("\"gmp\":680.24", "\"gmp\":6.8024e2"),
        ("\"etp\":24.35", "\"etp\":2.435E1"),
    ]);
    let constats = valider(&p);
    assert_eq!(
        resume(&constats),
        [
            bloquant("nombre_de_places", "type"),
            bloquant("gmp", "type"),
            bloquant("effectifs[3].etp", "type"),
        ]
    );
    let m = message(&constats, "gmp");
    assert!(m.contains("exponentielle"), "{m}");
}

#[test]
fn champ_obligatoire_absent() {
    let p = muter(|d| {
        d.remove("finess_et");
        d.remove("nb_gir3");
        d.remove("date_signature");
        ligne(d, "effectifs", 4).remove("etp");
    });
    let constats = valider(&p);
    assert_eq!(
        resume(&constats),
        [
            bloquant("finess_et", "obligatoire"),
            bloquant("nb_gir3", "obligatoire"),
            bloquant("effectifs[4].etp", "obligatoire"),
            bloquant("date_signature", "obligatoire"),
        ]
    );
    let m = message(&constats, "effectifs[4].etp");
    assert!(m.contains("Équivalents temps plein"), "{m}");
}

#[test]
fn null_vaut_non_renseigne() {
    let p = muter(|d| {
        d.insert("nb_places_aj".into(), Value::Null);
        d.insert("annexe_recommandations".into(), Value::Null);
        d.insert("actions_prevention_infection".into(), Value::Null);
        d.insert("date_convention_had".into(), Value::Null);
        ligne(d, "effectifs", 0).insert("nb_personnes".into(), Value::Null);
        // A required field: as if left out.
        d.insert("nb_residents".into(), Value::Null);
    });
    let lu = rama_2025::Rapport::lire(&p).unwrap();
    assert!(lu.rejets.is_empty());
    assert_eq!(lu.rapport.nb_places_aj, None);
    assert_eq!(lu.rapport.annexe_recommandations, None);
    assert_eq!(lu.rapport.actions_prevention_infection, None);
    assert_eq!(lu.rapport.effectifs[0].nb_personnes, None);
    assert_eq!(
        resume(&valider(&p)),
        [bloquant("nb_residents", "obligatoire")]
    );

    // Written back without those keys.
    let ecrit = lu.rapport.payload_sans_validation();
    for cle in [
        "nb_places_aj",
        "annexe_recommandations",
        "actions_",
        "date_convention",
        "nb_residents\"",
    ] {
        assert!(!ecrit.contains(cle), "{cle} dans {ecrit}");
    }
    let attendu = remplacer(&[
        ("\"nb_places_aj\":6,", ""),
        ("\"nb_residents\":84,", ""),
        (
            ",\"actions_prevention_infection\":[\"REFERENT_HYGIENE\",\"AUDIT_HYGIENE_MAINS\",\"FORMATION_PRECAUTIONS\",\"VACC_GRIPPE\",\"PLAN_BLEU\"]",
            "",
        ),
        ("\"date_convention_had\":\"2019-06-03\",", ""),
        ("\"etp\":0.6,\"nb_personnes\":1}", "\"etp\":0.6}"),
        (",\"annexe_recommandations\":true", ""),
    ]);
    assert_eq!(ecrit, attendu);
}

#[test]
fn table_vide_ou_nulle() {
    // No rows: the row count is short, and when the rules are compiled,
    // R11 (total ETP > 0: a sum over no rows is 0) and R15 (at least one
    // row) fail too.
    let mut attendu = vec![bloquant("effectifs", "lignes_min")];
    if regles_compilees(RAMA_2025_RS) {
        attendu.push(regle("R11", Severite::Bloquante));
        attendu.push(regle("R15", Severite::Bloquante));
    }
    for vide in [Value::Null, json!([])] {
        let p = muter(|d| {
            d.insert("effectifs".into(), vide);
        });
        let constats = valider(&p);
        assert_eq!(resume(&constats), attendu, "{constats}");
        // An empty table is left out of the payload.
        let lu = rama_2025::Rapport::lire(&p).unwrap();
        assert!(!lu.rapport.payload_sans_validation().contains("effectifs"));
    }
}

#[test]
fn trop_de_lignes() {
    let p = muter(|d| {
        let lignes = d["effectifs"].as_array_mut().unwrap();
        let modele = lignes[2].clone();
        while lignes.len() < 41 {
            lignes.push(modele.clone());
        }
        lignes[40]["etp"] = json!(612);
    });
    let constats = valider(&p);
    // The row count first, then each row's findings.
    assert_eq!(
        resume(&constats),
        [
            bloquant("effectifs", "lignes_max"),
            bloquant("effectifs[40].etp", "max")
        ]
    );
    let m = message(&constats, "effectifs");
    assert!(m.contains("41") && m.contains("40"), "{m}");
}

#[test]
fn chemin_d_un_champ_de_ligne() {
    let p = muter(|d| {
        ligne(d, "effectifs", 1).insert("etp".into(), json!(612));
    });
    let constats = valider(&p);
    assert_eq!(resume(&constats), [bloquant("effectifs[1].etp", "max")]);
    let c = &constats.0[0];
    assert_eq!(c.chemin, "effectifs[1].etp");
    assert_eq!(c.code, CodeConstat::Max);
    assert_eq!(c.severite, Severite::Bloquante);
    assert_eq!(c.regle, None);
    assert!(
        c.message.contains("Équivalents temps plein") && c.message.contains("612"),
        "{c}"
    );
}

#[test]
fn code_en_double() {
    let p = muter(|d| {
        d.insert(
            "actions_prevention_infection".into(),
            json!(["REFERENT_HYGIENE", "VACC_GRIPPE", "VACC_GRIPPE"]),
        );
    });
    let constats = valider(&p);
    assert_eq!(
        resume(&constats),
        [bloquant("actions_prevention_infection", "doublon")]
    );
    assert!(constats.0[0].message.contains("« VACC_GRIPPE »"));

    // Out of order is fine: written back in the nomenclature's order.
    let p = muter(|d| {
        d.insert(
            "actions_prevention_infection".into(),
            json!([
                "PLAN_BLEU",
                "VACC_GRIPPE",
                "REFERENT_HYGIENE",
                "FORMATION_PRECAUTIONS",
                "AUDIT_HYGIENE_MAINS"
            ]),
        );
    });
    assert!(valider(&p).is_empty());
    let lu = rama_2025::Rapport::lire(&p).unwrap();
    assert_eq!(lu.rapport.payload_sans_validation(), RAMA_2025);
}

#[test]
fn ordre_du_modele() {
    // Faults all over the report, in a payload whose keys serde_json sorts:
    // findings come in model order (blocks depth-first, rows in order).
    let p = muter(|d| {
        d.insert("nom_directeur".into(), json!(""));
        d.insert("date_signature".into(), json!("2027-01-04"));
        d.insert("volume_formation".into(), json!(1126.55));
        ligne(d, "effectifs", 6).insert("etp_vacants".into(), json!(-1));
        ligne(d, "effectifs", 2).insert("categorie".into(), json!("INF"));
        d.insert("temps_medco".into(), json!(12));
        d.insert("finess_had".into(), json!("69-003456"));
        d.insert("nb_eigs_declares".into(), json!(true));
        d.remove("protocole_douleur");
        d.insert("nb_sorties".into(), json!(5001));
        d.insert("date_validation_pathos".into(), json!("2023-02-30"));
        d.insert("age_moyen".into(), json!(59.9));
        d.insert("statut".into(), Value::Null);
        d.insert("finess_et".into(), json!("69001234"));
        d.insert("zzz".into(), json!(0));
    });
    let constats = valider(&p);
    assert_eq!(
        resume(&constats),
        [
            bloquant("finess_et", "longueur_min"),
            bloquant("finess_et", "motif"),
            bloquant("statut", "obligatoire"),
            bloquant("age_moyen", "min"),
            bloquant("date_validation_pathos", "type"),
            bloquant("nb_sorties", "max"),
            bloquant("protocole_douleur", "obligatoire"),
            bloquant("nb_eigs_declares", "type"),
            bloquant("finess_had", "motif"),
            bloquant("temps_medco", "max"),
            bloquant("effectifs[2].categorie", "nomenclature"),
            bloquant("effectifs[6].etp_vacants", "min"),
            bloquant("volume_formation", "decimales"),
            bloquant("date_signature", "max"),
            // `""` is not filled (WS05).
            bloquant("nom_directeur", "obligatoire"),
            bloquant("zzz", "champ_inconnu"),
        ],
        "{constats}"
    );
    // The strict reader refuses the payload with the values it could not
    // take (wrong type, unknown code or key), whatever their order.
    let e = rama_2025::Rapport::depuis_payload(&p).unwrap_err();
    let rejets = match e {
        sidoba::ErreurPayload::Valeurs(c) => c,
        autre => panic!("{autre}"),
    };
    let mut chemins: Vec<String> = rejets.iter().map(|c| c.chemin.clone()).collect();
    chemins.sort();
    assert_eq!(
        chemins,
        [
            "date_validation_pathos",
            "effectifs[2].categorie",
            "nb_eigs_declares",
            "zzz"
        ]
    );
}

#[test]
fn enveloppe() {
    let lire = |p: &str| rama_2025::Rapport::lire(p).map(|_| ());
    // Not JSON, another campaign or model, a missing or extra key.
    let autre_campagne = RAMA_2025.replace("\"RAMA-2025\"", "\"RAMA-2026\"");
    let autre_version = RAMA_2025.replace("\"2025.1\"", "\"2026.1\"");
    let sans_donnees = r#"{"campagne":"RAMA-2025","modele":{"code":"RAMA","version":"2025.1"}}"#;
    let cle_en_trop = RAMA_2025.replacen('{', "{\"date\":\"2026-05-12\",", 1);
    let tronque = &RAMA_2025[..RAMA_2025.len() - 1];
    for p in [
        tronque,
        autre_campagne.as_str(),
        autre_version.as_str(),
        sans_donnees,
        cle_en_trop.as_str(),
    ] {
        let e = lire(p).unwrap_err();
        assert!(!e.message.is_empty());
    }
    let e = lire(&autre_campagne).unwrap_err();
    assert!(e.message.contains("RAMA-2026"), "{e}");
    assert_eq!(e.position.ligne, 1);
    // The other models refuse this payload.
    assert!(rama_2026::Rapport::lire(RAMA_2025).is_err());
    assert!(ssiad_2025::Rapport::lire(RAMA_2025).is_err());
}

#[test]
fn payload_refuse_les_bloquants_accepte_les_avertissements() {
    let base = rama_2025::Rapport::depuis_payload(RAMA_2025).unwrap();
    assert_eq!(base.payload().unwrap(), RAMA_2025);
    let regles = regles_compilees(RAMA_2025_RS);

    // Only warnings (R06, R08, R12, R13 are `avertissement`): sent.
    let mut r = base.clone();
    r.gmp = Some(dec("690")); // R06: 680.24 by the GIR distribution
    r.nombre_de_places = Some(80); // R08: 84 residents > 80 + 2 places
    r.nb_vaccinations_grippe = Some(0); // R12: VACC_GRIPPE declared
    r.nb_places_pasa = Some(0); // R13: a PASA without places
    let constats = r.valider();
    assert!(constats.valide(), "{constats}");
    let attendu: Vec<Resume> = if regles {
        ["R06", "R08", "R12", "R13"]
            .map(|c| regle(c, Severite::Avertissement))
            .to_vec()
    } else {
        Vec::new()
    };
    assert_eq!(resume(&constats), attendu);
    let payload = r.payload().expect("les avertissements ne bloquent pas");
    assert_eq!(payload, r.payload_sans_validation());
    assert!(payload.contains("\"nombre_de_places\":80,"));

    // A field constraint: refused, with the findings.
    let mut r = base.clone();
    r.nombre_de_places = Some(2500);
    let e = r.payload().unwrap_err();
    assert!(!e.valide());
    assert_eq!(resume(&e), [bloquant("nombre_de_places", "max")]);

    // A blocking rule (R01: 23 + 62 != 84), once rules are compiled.
    let mut r = base.clone();
    r.nb_residents_hommes = Some(23);
    if regles {
        let e = r.payload().unwrap_err();
        assert_eq!(resume(&e), [regle("R01", Severite::Bloquante)]);
    } else {
        assert!(r.payload().is_ok());
    }
}

// ---------------------------------------------------------------------------
// Regressions: bugs found while writing these tests.
// ---------------------------------------------------------------------------

#[test]
fn bug_zero_final_au_dela_des_decimales() {
    let r = rama_2025::Rapport {
        age_moyen: Some(dec("87.650")),
        ..Default::default()
    };
    // Invalid (two significant decimals for one allowed), but the payload
    // written as it stands should still drop the zero that carries no
    // value, as the writer documents.
    assert!(
        r.payload_sans_validation().contains("\"age_moyen\":87.65}"),
        "{}",
        r.payload_sans_validation()
    );
}

#[test]
fn bug_enveloppe_sans_code_ni_version() {
    for modele in [r#"{}"#, r#"{"code":"RAMA"}"#, r#"{"version":"2025.1"}"#] {
        let p = RAMA_2025.replace(r#"{"code":"RAMA","version":"2025.1"}"#, modele);
        assert!(
            rama_2025::Rapport::lire(&p).is_err(),
            "accepté : modele = {modele}"
        );
    }
}
