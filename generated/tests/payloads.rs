//! WS05 payloads of the sample models, through the generated code.
//!
//! - `donnees/<modèle>.json`: a complete, realistic payload per sample model
//!   (an 84-place EHPAD in Lyon for both RAMA campaigns, a CAMSP, a CMPP, an
//!   SSIAD), satisfying every field constraint and every rule of its model,
//!   written exactly as `payload_sans_validation()` writes it. Reading one
//!   and writing it back gives the same bytes.
//! - `donnees/rama-2025-main.json`: what a RAMA 2025 report filled by hand
//!   in Rust (below) must write.
//! - Invalid payloads, built from the RAMA 2025 sample, and the exact
//!   findings they give, in model order.
//!
//! The consistency rules (`regles`) may not be compiled into the generated
//! code yet. The tests hold either way: each sample is also checked against
//! its model's rules by hand below, the invalid payloads are chosen so that
//! no rule fires (a value that fails its own field's checks counts as not
//! filled for the rules), and where a rule finding is expected it is
//! expected only once the generated module names its rules.

use generated::{ra_camsp_2025, ra_cmpp_2025, rama_2025, rama_2026, ssiad_2025};
use serde_json::{Map, Value, json};
use sidoba::{CodeConstat, Constats, Decimal, Severite};

#[path = "payloads/mutations.rs"]
mod mutations;

use mutations::{muter, valider};

const RAMA_2025: &str = include_str!("donnees/rama-2025.json");
const RAMA_2026: &str = include_str!("donnees/rama-2026.json");
const RA_CAMSP_2025: &str = include_str!("donnees/ra-camsp-2025.json");
const RA_CMPP_2025: &str = include_str!("donnees/ra-cmpp-2025.json");
const SSIAD_2025: &str = include_str!("donnees/ssiad-2025.json");
const RAMA_2025_MAIN: &str = include_str!("donnees/rama-2025-main.json");

/// The generated source, to tell whether its rules are compiled yet.
const RAMA_2025_RS: &str = include_str!("../src/modeles/rama_2025.rs");

/// Personal data of the samples (fictitious names).
const MEDECIN: &str = "Dr Claire Dumontel";
const DIRECTEUR: &str = "Julien Verchère";

/// True once the generator compiles the model's rules: a rule finding
/// carries the rule's code, so the generated module then names them.
fn regles_compilees(source: &str) -> bool {
    source.contains("\"R01\"")
}

fn dec(s: &str) -> Decimal {
    s.parse().expect("décimal")
}

/// A finding as `(chemin, code, severite)`; the code of a rule finding is
/// `regle:<code de la règle>`.
type Resume = (String, String, &'static str);

fn resume(constats: &Constats) -> Vec<Resume> {
    constats
        .iter()
        .map(|c| {
            let code = match (&c.code, &c.regle) {
                (CodeConstat::Regle, Some(r)) => format!("regle:{r}"),
                (code, _) => code.code().to_owned(),
            };
            (c.chemin.clone(), code, c.severite.code())
        })
        .collect()
}

/// An expected blocking finding of a field constraint.
fn bloquant(chemin: &str, code: &str) -> Resume {
    (chemin.to_owned(), code.to_owned(), "bloquante")
}

/// An expected rule finding (a rule without `bloc` has an empty path).
fn regle(code: &str, severite: Severite) -> Resume {
    (String::new(), format!("regle:{code}"), severite.code())
}

// ---------------------------------------------------------------------------
// Samples: read, written back byte for byte, valid.
// ---------------------------------------------------------------------------

macro_rules! echantillon {
    ($nom:ident, $module:ident, $texte:expr, $regles:ident) => {
        #[test]
        fn $nom() {
            let texte: &str = $texte;
            assert!(!texte.ends_with('\n'), "pas de saut de ligne final");

            let lu = $module::Rapport::lire(texte).expect("payload lisible");
            let rejets: Vec<_> = lu.rejets.tous().collect();
            assert!(
                rejets.is_empty(),
                "valeurs refusées à la lecture : {rejets:#?}"
            );
            assert_eq!(lu.rapport.payload_sans_validation(), texte, "aller-retour");
            assert_eq!(
                $module::Rapport::depuis_payload(texte).expect("strict"),
                lu.rapport
            );

            // Keys in another order (serde_json sorts them) and another
            // layout are written back in model order, compact.
            let valeur: Value = serde_json::from_str(texte).expect("JSON");
            for autre in [
                serde_json::to_string(&valeur).unwrap(),
                serde_json::to_string_pretty(&valeur).unwrap(),
            ] {
                assert_ne!(autre, texte);
                let relu = $module::Rapport::lire(&autre).expect("payload lisible");
                assert!(relu.rejets.is_empty());
                assert_eq!(relu.rapport.payload_sans_validation(), texte);
            }

            // Valid: no blocking finding, and in fact none at all, since
            // the sample also satisfies the rules that are warnings.
            for (quoi, constats) in [
                ("valider", lu.rapport.valider()),
                ("valider_avec", lu.rapport.valider_avec(&lu.rejets)),
                (
                    "valider_payload",
                    $module::Rapport::valider_payload(texte).unwrap(),
                ),
            ] {
                let bloquants: Vec<_> = constats.bloquants().collect();
                assert!(
                    bloquants.is_empty(),
                    "{quoi} : constats bloquants :\n{constats}"
                );
                assert!(
                    constats.is_empty(),
                    "{quoi} : avertissements inattendus :\n{constats}"
                );
            }
            assert_eq!(lu.rapport.payload().expect("rapport valide"), texte);

            // The model's rules, checked here by hand, independently of
            // whether the generated code compiles them.
            $regles(&lu.rapport);
        }
    };
}

echantillon!(
    echantillon_rama_2025,
    rama_2025,
    RAMA_2025,
    regles_rama_2025
);
echantillon!(
    echantillon_rama_2026,
    rama_2026,
    RAMA_2026,
    regles_rama_2026
);
echantillon!(
    echantillon_ra_camsp_2025,
    ra_camsp_2025,
    RA_CAMSP_2025,
    regles_ra_camsp_2025
);
echantillon!(
    echantillon_ra_cmpp_2025,
    ra_cmpp_2025,
    RA_CMPP_2025,
    regles_ra_cmpp_2025
);
echantillon!(
    echantillon_ssiad_2025,
    ssiad_2025,
    SSIAD_2025,
    regles_ssiad_2025
);

/// A filled number, for the hand-checked rules.
fn n<T: Into<i64>>(v: Option<T>) -> i64 {
    v.expect("champ renseigné dans l'échantillon").into()
}

/// R01 to R15 of RAMA 2025, shared with RAMA 2026 (which adds R16 and
/// requires 12 PASA places in R13).
macro_rules! regles_rama {
    ($r:expr, $module:ident, $teleconsultation:ident, $places_pasa_min:expr) => {{
        let r = $r;
        let residents = n(r.nb_residents);
        let gir = [
            r.nb_gir1, r.nb_gir2, r.nb_gir3, r.nb_gir4, r.nb_gir5, r.nb_gir6,
        ]
        .map(n);
        // R01, R02
        assert_eq!(
            n(r.nb_residents_hommes) + n(r.nb_residents_femmes),
            residents,
            "R01"
        );
        assert_eq!(gir.iter().sum::<i64>(), residents, "R02");
        // R03, R04, R05, R14
        assert!(n(r.nb_protection_juridique) <= residents, "R03");
        assert!(n(r.nb_personne_confiance) <= residents, "R04");
        assert!(n(r.nb_directives_anticipees) <= residents, "R05");
        assert!(n(r.nb_residents_neuroleptiques) <= residents, "R14");
        // R06: GMP within one point of the GIR distribution.
        let poids = [1000, 840, 660, 420, 250, 70];
        let pondere: i64 = gir.iter().zip(poids).map(|(g, p)| g * p).sum();
        let calcule = Decimal::from(pondere) / Decimal::from(residents);
        let ecart = (r.gmp.expect("gmp") - calcule).abs();
        assert!(
            ecart <= Decimal::ONE,
            "R06 : GMP {:?}, calculé {calcule}",
            r.gmp
        );
        // R07
        assert!(n(r.nb_deces_etablissement) <= n(r.nb_deces), "R07");
        assert!(n(r.nb_deces) <= n(r.nb_sorties), "R07");
        // R08
        assert!(
            residents <= n(r.nombre_de_places) + n(r.nb_places_ht),
            "R08"
        );
        // R09
        assert!(
            r.date_signature.unwrap() >= r.date_avis_commission.unwrap(),
            "R09"
        );
        // R10, R11, R15
        assert!(!r.effectifs.is_empty(), "R15");
        assert!(
            r.effectifs.iter().all(|l| l.etp.unwrap() > Decimal::ZERO),
            "R10"
        );
        assert!(
            r.effectifs.iter().filter_map(|l| l.etp).sum::<Decimal>() > Decimal::ZERO,
            "R11"
        );
        // R12
        let actions = r.actions_prevention_infection.as_ref().unwrap();
        if actions.contains($module::ActionPreventionInfection::VaccGrippe) {
            assert!(n(r.nb_vaccinations_grippe) > 0, "R12");
        }
        // R13
        if r.pasa == Some(true) {
            assert!(n(r.nb_places_pasa) >= $places_pasa_min, "R13");
        }
        // Plausibility beyond the rules.
        assert!(n(r.nb_vaccinations_grippe) <= residents);
        assert!(n(r.$teleconsultation) > 0);
    }};
}

fn regles_rama_2025(r: &rama_2025::Rapport) {
    regles_rama!(r, rama_2025, nb_teleconsultations, 1);
    // All codes active in this campaign.
    assert!(r.effectifs.iter().all(|l| l.categorie.unwrap().est_actif()));
}

fn regles_rama_2026(r: &rama_2026::Rapport) {
    regles_rama!(r, rama_2026, nb_actes_teleconsultation, 12);
    // R16
    assert!(
        n(r.nb_places_habilitees_aide_sociale) <= n(r.nombre_de_places) + n(r.nb_places_ht),
        "R16"
    );
    // PLAN_BLEU is inactive from 2026.
    let actions = r.actions_prevention_infection.as_ref().unwrap();
    assert!(actions.iter().all(|a| a.est_actif()));
}

fn regles_ra_camsp_2025(r: &ra_camsp_2025::Rapport) {
    let presents = n(r.nb_presents);
    assert_eq!(n(r.nb_garcons) + n(r.nb_filles), presents, "R01");
    assert_eq!(
        n(r.nb_en_bilan) + n(r.nb_en_suivi) + n(r.nb_contact_ponctuel),
        presents,
        "R02"
    );
    assert_eq!(
        n(r.nb_fin_concertee) + n(r.nb_fin_sans_concertation) + n(r.nb_deces),
        n(r.nb_sorties_annee),
        "R03"
    );
    assert!(n(r.nb_rdv_honores) <= n(r.nb_rdv_programmes), "R04");
    assert!(presents <= n(r.file_active), "R05");
    assert!(!r.origines.is_empty());
    let origines: i64 = r.origines.iter().map(|l| n(l.nb_enfants_origine)).sum();
    assert_eq!(origines, n(r.nb_entrees_annee), "R06");
    let orientations: i64 = r
        .orientations_sortie
        .iter()
        .map(|l| n(l.nb_enfants_orientation))
        .sum();
    assert!(orientations <= n(r.nb_sorties_annee), "R07");
    assert!(r.rh.iter().all(|l| l.etp.unwrap() > Decimal::ZERO), "R08");
}

fn regles_ra_cmpp_2025(r: &ra_cmpp_2025::Rapport) {
    let suivis = n(r.nb_enfants_suivis);
    let ages = [r.nb_0_5_ans, r.nb_6_11_ans, r.nb_12_15_ans, r.nb_16_20_ans].map(n);
    assert_eq!(ages.iter().sum::<i64>(), suivis, "R01");
    let attentes = [
        r.nb_attente_moins_15j,
        r.nb_attente_15j_1m,
        r.nb_attente_1m_3m,
        r.nb_attente_3m_6m,
        r.nb_attente_6m_12m,
        r.nb_attente_12m_plus,
    ]
    .map(n);
    assert_eq!(attentes.iter().sum::<i64>(), n(r.nb_entrants), "R02");
    assert!(
        n(r.nb_seances_facturees) <= n(r.nb_seances_realisees),
        "R03"
    );
    assert!(n(r.age_min_agrement) <= n(r.age_max_agrement), "R04");
    assert!(suivis <= n(r.file_active), "R05");
    assert_eq!(n(r.nb_garcons) + n(r.nb_filles), suivis, "R06");
    assert!(
        n(r.nb_fin_concertee) + n(r.nb_fin_sans_concertation) <= n(r.nb_sortis),
        "R07"
    );
    assert!(r.rh.iter().all(|l| l.etp.unwrap() > Decimal::ZERO), "R08");
}

fn regles_ssiad_2025(r: &ssiad_2025::Rapport) {
    let patients = n(r.nb_patients_31_12);
    let file_active = n(r.file_active);
    assert_eq!(
        n(r.nb_personnes_agees) + n(r.nb_personnes_handicapees),
        patients,
        "R01"
    );
    let gir = [
        r.nb_gir1, r.nb_gir2, r.nb_gir3, r.nb_gir4, r.nb_gir5, r.nb_gir6,
    ]
    .map(n);
    assert_eq!(gir.iter().sum::<i64>(), patients, "R02");
    for (regle, v) in [
        ("R03", r.nb_incontinence_urinaire),
        ("R04", r.nb_incontinence_fecale),
        ("R05", r.nb_obesite),
        ("R06", r.nb_troubles_cognitifs),
        ("R07", r.nb_soins_plaies),
        ("R08", r.nb_diabete_insuline),
        ("R09", r.nb_patients_31_12),
    ] {
        assert!(n(v) <= file_active, "{regle}");
    }
    assert!(
        n(r.nb_sorties_hospitalisation) + n(r.nb_sorties_ehpad) + n(r.nb_deces) <= n(r.nb_sorties),
        "R10"
    );
    assert!(patients <= n(r.nb_places_pa) + n(r.nb_places_ph), "R11");
    if r.esa == Some(true) {
        assert!(n(r.nb_places_esa) > 0, "R12");
    }
    assert!(r.rh.iter().all(|l| l.etp.unwrap() > Decimal::ZERO), "R13");
}

// ---------------------------------------------------------------------------
// A RAMA 2025 report filled by hand.
// ---------------------------------------------------------------------------

fn rapport_a_la_main() -> rama_2025::Rapport {
    use rama_2025::*;
    Rapport {
        finess_et: Some("690012345".into()),
        // Quotes are escaped, other characters written as they are.
        raison_sociale: Some("EHPAD \"Les Glycines\" – Lyon 5e".into()),
        categorie_finess: Some(CategorieEtablissement::V500),
        statut: Some(StatutJuridique::Pub),
        option_tarifaire: Some(OptionTarifaire::TgPui),
        nombre_de_places: Some(84),
        nb_places_ht: Some(0),
        pasa: Some(false),
        uhr: Some(false),
        nb_residents: Some(80),
        nb_residents_hommes: Some(19),
        nb_residents_femmes: Some(61),
        // One decimal allowed: the trailing zero is not written.
        age_moyen: Some(dec("88.40")),
        nb_gir1: Some(17),
        nb_gir2: Some(30),
        nb_gir3: Some(11),
        nb_gir4: Some(14),
        nb_gir5: Some(6),
        nb_gir6: Some(2),
        // 56 980 / 80 = 712.25 by the GIR weights: within one point.
        gmp: Some(dec("712.35")),
        date_validation_pathos: Some("2024-03-19".parse().unwrap()),
        nb_vaccinations_grippe: Some(72),
        plan_risque_infectieux: Some(true),
        // Filled out of order, written in the nomenclature's order.
        actions_prevention_infection: Some(sidoba::Codes::from([
            ActionPreventionInfection::VaccGrippe,
            ActionPreventionInfection::ReferentHygiene,
        ])),
        temps_medco: Some(Decimal::new(6, 1)),
        effectifs: vec![
            LigneEffectifs {
                categorie: Some(CategoriePersonnel::Medco),
                etp: Some(Decimal::new(6, 1)),
                nb_personnes: Some(1),
                ..Default::default()
            },
            LigneEffectifs {
                categorie: Some(CategoriePersonnel::Ide),
                etp: Some(dec("6.5")),
                nb_personnes: Some(8),
                ..Default::default()
            },
            LigneEffectifs {
                categorie: Some(CategoriePersonnel::As),
                etp: Some(Decimal::new(21, 0)),
                ..Default::default()
            },
        ],
        volume_formation: Some(dec("1126.50")),
        date_avis_commission: Some("2026-04-28".parse().unwrap()),
        date_signature: Some("2026-05-12".parse().unwrap()),
        nom_medecin_coordonnateur: Some(MEDECIN.into()),
        nom_directeur: Some(DIRECTEUR.into()),
        ..Default::default()
    }
}

#[test]
fn rapport_rempli_a_la_main() {
    let rapport = rapport_a_la_main();
    assert_eq!(rapport.payload_sans_validation(), RAMA_2025_MAIN);

    // Read back, the same report (decimals compare by value: 88.40 = 88.4).
    let relu = rama_2025::Rapport::depuis_payload(RAMA_2025_MAIN).expect("payload lisible");
    assert_eq!(relu, rapport);
    assert_eq!(relu.payload_sans_validation(), RAMA_2025_MAIN);

    // Partial: the required fields left out are reported, in model order;
    // the filled values satisfy their constraints and every rule.
    let attendu: Vec<Resume> = [
        "nb_entrees",
        "nb_sorties",
        "protocole_chutes",
        "protocole_nutrition",
        "protocole_contention",
        "protocole_douleur",
        "protocole_escarres",
    ]
    .into_iter()
    .map(|c| bloquant(c, "obligatoire"))
    .collect();
    assert_eq!(resume(&rapport.valider()), attendu);
    assert_eq!(resume(&rapport.payload().unwrap_err()), attendu);
}

#[test]
fn rapport_vide() {
    let vide = rama_2025::Rapport::default();
    assert_eq!(
        vide.payload_sans_validation(),
        r#"{"campagne":"RAMA-2025","modele":{"code":"RAMA","version":"2025.1"},"donnees":{}}"#
    );
    // Every required field and the table with too few rows, in the order
    // of the model file (blocks depth-first); then, once they are compiled,
    // the rules that need rows (R11: a sum over no rows is 0; R15).
    let modele: Value = serde_json::from_str(include_str!("../../models/rama-2025.json")).unwrap();
    fn parcourir(blocs: &Value, attendu: &mut Vec<Resume>) {
        for bloc in blocs.as_array().into_iter().flatten() {
            if bloc["repetable"] == json!(true) {
                if bloc["minLignes"].as_u64().unwrap_or(0) > 0 {
                    attendu.push(bloquant(bloc["code"].as_str().unwrap(), "lignes_min"));
                }
                continue;
            }
            for champ in bloc["champs"].as_array().into_iter().flatten() {
                if champ["obligatoire"] == json!(true) {
                    attendu.push(bloquant(champ["code"].as_str().unwrap(), "obligatoire"));
                }
            }
            parcourir(&bloc["blocs"], attendu);
        }
    }
    let mut attendu = Vec::new();
    parcourir(&modele["blocs"], &mut attendu);
    assert_eq!(attendu.len(), 29);
    if regles_compilees(RAMA_2025_RS) {
        attendu.push(regle("R11", Severite::Bloquante));
        attendu.push(regle("R15", Severite::Bloquante));
    }
    assert_eq!(resume(&vide.valider()), attendu);
}

#[test]
fn codes_par_leur_texte() {
    use rama_2025::{CategoriePersonnel, StatutJuridique};
    assert_eq!("PNL".parse::<StatutJuridique>(), Ok(StatutJuridique::Pnl));
    assert_eq!(StatutJuridique::Pnl.to_string(), "PNL");
    let e = "PNK".parse::<StatutJuridique>().unwrap_err();
    assert_eq!(e.proches, ["PNL"]);
    assert!(e.to_string().contains("« PNL »"), "{e}");
    let e = "IDEE".parse::<CategoriePersonnel>().unwrap_err();
    assert!(e.proches.contains(&"IDE"), "{e}");
    // An inactive value still parses (to read old data).
    assert!(!"AMP".parse::<CategoriePersonnel>().unwrap().est_actif());
}

// ---------------------------------------------------------------------------
// Personal data.
// ---------------------------------------------------------------------------

#[test]
fn debug_masque_les_donnees_personnelles() {
    let rapport = rama_2025::Rapport {
        finess_et: Some("690012345".into()),
        nom_directeur: Some(DIRECTEUR.into()),
        ..Default::default()
    };
    for dbg in [format!("{rapport:?}"), format!("{rapport:#?}")] {
        assert!(!dbg.contains("Verchère"), "{dbg}");
        assert!(dbg.contains("nom_directeur"), "{dbg}");
        assert!(dbg.contains("masquée"), "{dbg}");
        assert!(dbg.contains("690012345"), "{dbg}");
    }

    // The same for a whole sample as read, RAMA 2025 and 2026.
    let lu = rama_2025::Rapport::lire(RAMA_2025).unwrap();
    let dbg = format!("{lu:?}");
    assert!(!dbg.contains(MEDECIN) && !dbg.contains("Dumontel") && !dbg.contains("Verchère"));
    let lu = rama_2026::Rapport::lire(RAMA_2026).unwrap();
    let dbg = format!("{:?}", lu.rapport);
    assert!(
        !dbg.contains("Dumontel") && !dbg.contains("Aubrac"),
        "{dbg}"
    );
}

/// Every way a finding can be shown.
fn affichages(constats: &Constats) -> Vec<String> {
    let mut v = vec![
        constats.to_string(),
        format!("{constats:?}"),
        constats.json(),
    ];
    v.extend(constats.iter().map(|c| c.message.clone()));
    v
}

#[test]
fn donnees_personnelles_jamais_dans_les_messages() {
    // Too long (a name repeated), of the wrong JSON type, too short.
    let long = [DIRECTEUR; 8].join(" ");
    assert!(long.chars().count() > 100);
    let p = muter(|d| {
        d.insert("nom_medecin_coordonnateur".into(), json!([MEDECIN]));
        d.insert("nom_directeur".into(), json!(long));
    });
    let constats = valider(&p);
    assert_eq!(
        resume(&constats),
        [
            bloquant("nom_medecin_coordonnateur", "type"),
            bloquant("nom_directeur", "longueur_max")
        ]
    );
    let p2 = muter(|d| {
        d.insert("nom_medecin_coordonnateur".into(), json!(""));
        d.insert("nom_directeur".into(), json!(19_770_412));
    });
    let constats2 = valider(&p2);
    assert_eq!(
        resume(&constats2),
        [
            // `""` is not filled (WS05).
            bloquant("nom_medecin_coordonnateur", "obligatoire"),
            bloquant("nom_directeur", "type")
        ]
    );
    let strict = rama_2025::Rapport::depuis_payload(&p)
        .unwrap_err()
        .to_string();
    for texte in affichages(&constats)
        .into_iter()
        .chain(affichages(&constats2))
        .chain([strict])
    {
        for secret in ["Dumontel", "Verchère", "19770412"] {
            assert!(!texte.contains(secret), "« {secret} » dans : {texte}");
        }
    }
    // The label is named, so the person knows what to fix.
    assert!(
        constats.0[1]
            .message
            .contains("Nom du directeur signataire")
    );
}
