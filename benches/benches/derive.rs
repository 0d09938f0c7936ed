//! Filling a RAMA 2025 report from a DUI's own structs: through
//! `#[derive(SidobaReport)]` and the builder (`depuis` + `lignes`), and by
//! hand (a struct literal doing the same checked conversions). Same input,
//! same report: checked before measuring, against the sample payload
//! `generated/tests/donnees/rama-2025.json`.
//!
//! `cargo bench -p sidoba-benches --bench derive`

use criterion::{Criterion, criterion_group, criterion_main};
use generated::rama_2025::{
    ActionPreventionInfection, CategorieEtablissement, CategoriePersonnel, LigneEffectifs,
    OptionTarifaire, Rapport, StatutJuridique,
};
use sidoba::{Date, Decimal, SidobaReport};
use std::hint::black_box;

#[derive(Clone, SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Structure {
    #[sidoba(ignore)]
    #[allow(dead_code)]
    id: i64,
    #[sidoba(champ = "finess_et")]
    finess: String,
    raison_sociale: String,
    #[sidoba(champ = "categorie_finess")]
    categorie: CategorieEtablissement,
    statut: StatutJuridique,
    option_tarifaire: OptionTarifaire,
    #[sidoba(champ = "nombre_de_places")]
    places: i64,
    #[sidoba(champ = "nb_places_ht")]
    places_ht: i64,
    #[sidoba(champ = "nb_places_aj")]
    places_aj: Option<i64>,
    pasa: bool,
    #[sidoba(champ = "nb_places_pasa")]
    places_pasa: Option<i64>,
    uhr: bool,
    #[sidoba(champ = "nb_places_uhr")]
    places_uhr: Option<i64>,
    unite_protegee: Option<bool>,
}

#[derive(Clone, SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Residents {
    nb_residents: i64,
    #[sidoba(champ = "nb_residents_hommes")]
    hommes: i64,
    #[sidoba(champ = "nb_residents_femmes")]
    femmes: i64,
    age_moyen: Option<Decimal>,
    duree_moyenne_sejour: Option<Decimal>,
    #[sidoba(champ = "nb_protection_juridique")]
    protection: i64,
    #[sidoba(champ = "nb_personne_confiance")]
    confiance: i64,
    #[sidoba(champ = "nb_directives_anticipees")]
    directives: i64,
    #[sidoba(champ = "nb_residents_alzheimer")]
    alzheimer: i64,
    nb_gir1: i64,
    nb_gir2: i64,
    nb_gir3: i64,
    nb_gir4: i64,
    nb_gir5: i64,
    nb_gir6: i64,
    gmp: Option<Decimal>,
    pmp: Option<Decimal>,
    date_validation_pathos: Option<Date>,
}

#[derive(Clone, SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Mouvements {
    #[sidoba(champ = "nb_entrees")]
    entrees: i64,
    #[sidoba(champ = "nb_sorties")]
    sorties: i64,
    #[sidoba(champ = "nb_deces")]
    deces: i64,
    #[sidoba(champ = "nb_deces_etablissement")]
    deces_etablissement: i64,
    #[sidoba(champ = "nb_hospitalisations")]
    hospitalisations: i64,
    #[sidoba(champ = "nb_journees_hospitalisation")]
    journees: i64,
}

#[derive(Clone, SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Soins {
    protocole_chutes: bool,
    protocole_nutrition: bool,
    protocole_contention: bool,
    protocole_douleur: bool,
    protocole_escarres: bool,
    #[sidoba(champ = "nb_chutes")]
    chutes: i64,
    #[sidoba(champ = "nb_residents_contention")]
    contention: i64,
    #[sidoba(champ = "nb_residents_escarres")]
    escarres: i64,
    #[sidoba(champ = "nb_residents_denutris")]
    denutris: i64,
    #[sidoba(champ = "nb_evaluations_cognitives")]
    evaluations: i64,
    #[sidoba(champ = "nb_projets_personnalises")]
    projets: i64,
    #[sidoba(champ = "nb_teleconsultations")]
    teleconsultations: i64,
    #[sidoba(champ = "nb_vaccinations_grippe")]
    vaccinations: i64,
    #[sidoba(champ = "nb_eigs_declares")]
    eigs: i64,
    #[sidoba(champ = "nb_residents_neuroleptiques")]
    neuroleptiques: i64,
    #[sidoba(champ = "nb_residents_polymedication")]
    polymedication: i64,
    #[sidoba(champ = "nb_passages_urgences")]
    urgences: i64,
    plan_risque_infectieux: bool,
    #[sidoba(champ = "actions_prevention_infection")]
    actions: Vec<ActionPreventionInfection>,
}

#[derive(Clone, SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Had {
    finess_had: String,
    date_convention_had: Date,
    nb_residents_had: i64,
}

#[derive(Clone, SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Rh {
    temps_medco: Decimal,
    #[sidoba(champ = "nb_salaries_formes")]
    formes: i64,
    #[sidoba(champ = "volume_formation")]
    heures: Option<Decimal>,
}

#[derive(Clone, SidobaReport)]
#[sidoba(rapport = Rapport)]
struct Signature {
    date_avis_commission: Date,
    date_signature: Date,
    annexe_recommandations: Option<bool>,
    #[sidoba(champ = "nom_medecin_coordonnateur")]
    medecin: String,
    #[sidoba(champ = "nom_directeur")]
    directeur: String,
}

#[derive(Clone, SidobaReport)]
#[sidoba(rapport = Rapport, bloc = "effectifs")]
struct Effectif {
    categorie: CategoriePersonnel,
    etp: Decimal,
    nb_personnes: Option<i64>,
    etp_vacants: Option<Decimal>,
}

/// What the DUI has read, in its own structs.
struct Donnees {
    structure: Structure,
    residents: Residents,
    mouvements: Mouvements,
    soins: Soins,
    had: Had,
    rh: Rh,
    signature: Signature,
    effectifs: Vec<Effectif>,
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// The values of `generated/tests/donnees/rama-2025.json`.
fn donnees() -> Donnees {
    use CategoriePersonnel::*;
    let ligne = |categorie, etp: &str, nb_personnes, etp_vacants: Option<&str>| Effectif {
        categorie,
        etp: d(etp),
        nb_personnes,
        etp_vacants: etp_vacants.map(d),
    };
    Donnees {
        structure: Structure {
            id: 1,
            finess: "690012345".into(),
            raison_sociale: "EHPAD Résidence du Clos des Canuts".into(),
            categorie: CategorieEtablissement::V500,
            statut: StatutJuridique::Pnl,
            option_tarifaire: OptionTarifaire::Tg,
            places: 84,
            places_ht: 2,
            places_aj: Some(6),
            pasa: true,
            places_pasa: Some(14),
            uhr: false,
            places_uhr: None,
            unite_protegee: Some(true),
        },
        residents: Residents {
            nb_residents: 84,
            hommes: 22,
            femmes: 62,
            age_moyen: Some(d("87.6")),
            duree_moyenne_sejour: Some(d("934.5")),
            protection: 23,
            confiance: 71,
            directives: 18,
            alzheimer: 41,
            nb_gir1: 12,
            nb_gir2: 32,
            nb_gir3: 14,
            nb_gir4: 18,
            nb_gir5: 5,
            nb_gir6: 3,
            gmp: Some(d("680.24")),
            pmp: Some(d("214")),
            date_validation_pathos: Some(date("2023-11-14")),
        },
        mouvements: Mouvements {
            entrees: 29,
            sorties: 28,
            deces: 24,
            deces_etablissement: 19,
            hospitalisations: 37,
            journees: 412,
        },
        soins: Soins {
            protocole_chutes: true,
            protocole_nutrition: true,
            protocole_contention: true,
            protocole_douleur: true,
            protocole_escarres: false,
            chutes: 163,
            contention: 6,
            escarres: 4,
            denutris: 11,
            evaluations: 52,
            projets: 79,
            teleconsultations: 46,
            vaccinations: 71,
            eigs: 2,
            neuroleptiques: 14,
            polymedication: 27,
            urgences: 19,
            plan_risque_infectieux: true,
            actions: vec![
                ActionPreventionInfection::ReferentHygiene,
                ActionPreventionInfection::AuditHygieneMains,
                ActionPreventionInfection::FormationPrecautions,
                ActionPreventionInfection::VaccGrippe,
                ActionPreventionInfection::PlanBleu,
            ],
        },
        had: Had {
            finess_had: "690034567".into(),
            date_convention_had: date("2019-06-03"),
            nb_residents_had: 5,
        },
        rh: Rh {
            temps_medco: d("0.6"),
            formes: 41,
            heures: Some(d("1126.5")),
        },
        signature: Signature {
            date_avis_commission: date("2026-04-21"),
            date_signature: date("2026-05-12"),
            annexe_recommandations: Some(true),
            medecin: "Dr Claire Dumontel".into(),
            directeur: "Julien Verchère".into(),
        },
        effectifs: vec![
            ligne(Medco, "0.6", Some(1), None),
            ligne(Idec, "1", Some(1), None),
            ligne(Ide, "6.5", Some(8), Some("0.5")),
            ligne(As, "24.35", Some(29), Some("1.5")),
            ligne(Asg, "2", Some(2), None),
            ligne(Ash, "18.8", Some(22), None),
            ligne(Psy, "0.5", Some(1), None),
            ligne(Ergo, "0.4", Some(1), None),
            ligne(Psychomot, "0.5", None, None),
        ],
    }
}

/// Through the derive.
fn par_derive(x: &Donnees) -> sidoba::derive::Rempli<Rapport> {
    Rapport::builder()
        .depuis(&x.structure)
        .and_then(|b| b.depuis(&x.residents))
        .and_then(|b| b.depuis(&x.mouvements))
        .and_then(|b| b.depuis(&x.soins))
        .and_then(|b| b.depuis(&x.had))
        .and_then(|b| b.depuis(&x.rh))
        .and_then(|b| b.depuis(&x.signature))
        .and_then(|b| b.lignes(&x.effectifs))
        .unwrap()
        .construire()
}

/// By hand: the same values, the same checked integer conversions (a value
/// out of range is dropped here, where the derive also records a finding).
fn a_la_main(x: &Donnees) -> Rapport {
    fn u16_(v: i64) -> Option<u16> {
        u16::try_from(v).ok()
    }
    fn u8_(v: i64) -> Option<u8> {
        u8::try_from(v).ok()
    }
    let (s, r, m, o) = (&x.structure, &x.residents, &x.mouvements, &x.soins);
    Rapport {
        finess_et: Some(s.finess.clone()),
        raison_sociale: Some(s.raison_sociale.clone()),
        categorie_finess: Some(s.categorie),
        statut: Some(s.statut),
        option_tarifaire: Some(s.option_tarifaire),
        nombre_de_places: u16_(s.places),
        nb_places_ht: u8_(s.places_ht),
        nb_places_aj: s.places_aj.and_then(u8_),
        pasa: Some(s.pasa),
        nb_places_pasa: s.places_pasa.and_then(u8_),
        uhr: Some(s.uhr),
        nb_places_uhr: s.places_uhr.and_then(u8_),
        unite_protegee: s.unite_protegee,
        nb_lits_alzheimer: None,
        nb_residents: u16_(r.nb_residents),
        nb_residents_hommes: u16_(r.hommes),
        nb_residents_femmes: u16_(r.femmes),
        age_moyen: r.age_moyen,
        duree_moyenne_sejour: r.duree_moyenne_sejour,
        nb_protection_juridique: u16_(r.protection),
        nb_personne_confiance: u16_(r.confiance),
        nb_directives_anticipees: u16_(r.directives),
        nb_residents_alzheimer: u16_(r.alzheimer),
        nb_gir1: u16_(r.nb_gir1),
        nb_gir2: u16_(r.nb_gir2),
        nb_gir3: u16_(r.nb_gir3),
        nb_gir4: u16_(r.nb_gir4),
        nb_gir5: u16_(r.nb_gir5),
        nb_gir6: u16_(r.nb_gir6),
        gmp: r.gmp,
        pmp: r.pmp,
        date_validation_pathos: r.date_validation_pathos,
        nb_entrees: u16_(m.entrees),
        nb_sorties: u16_(m.sorties),
        nb_deces: u16_(m.deces),
        nb_deces_etablissement: u16_(m.deces_etablissement),
        nb_hospitalisations: u16_(m.hospitalisations),
        nb_journees_hospitalisation: u32::try_from(m.journees).ok(),
        protocole_chutes: Some(o.protocole_chutes),
        protocole_nutrition: Some(o.protocole_nutrition),
        protocole_contention: Some(o.protocole_contention),
        protocole_douleur: Some(o.protocole_douleur),
        protocole_escarres: Some(o.protocole_escarres),
        nb_chutes: u16_(o.chutes),
        nb_residents_contention: u16_(o.contention),
        nb_residents_escarres: u16_(o.escarres),
        nb_residents_denutris: u16_(o.denutris),
        nb_evaluations_cognitives: u16_(o.evaluations),
        nb_projets_personnalises: u16_(o.projets),
        nb_teleconsultations: u16_(o.teleconsultations),
        nb_vaccinations_grippe: u16_(o.vaccinations),
        nb_eigs_declares: u16_(o.eigs),
        nb_residents_neuroleptiques: u16_(o.neuroleptiques),
        nb_residents_polymedication: u16_(o.polymedication),
        nb_passages_urgences: u16_(o.urgences),
        plan_risque_infectieux: Some(o.plan_risque_infectieux),
        actions_prevention_infection: Some(o.actions.iter().copied().collect()),
        finess_had: Some(x.had.finess_had.clone()),
        date_convention_had: Some(x.had.date_convention_had),
        nb_residents_had: u16_(x.had.nb_residents_had),
        temps_medco: Some(x.rh.temps_medco),
        effectifs: x
            .effectifs
            .iter()
            .map(|l| LigneEffectifs {
                categorie: Some(l.categorie),
                etp: Some(l.etp),
                nb_personnes: l.nb_personnes.and_then(u16_),
                etp_vacants: l.etp_vacants,
            })
            .collect(),
        nb_salaries_formes: u16_(x.rh.formes),
        volume_formation: x.rh.heures,
        date_avis_commission: Some(x.signature.date_avis_commission),
        date_signature: Some(x.signature.date_signature),
        annexe_recommandations: x.signature.annexe_recommandations,
        nom_medecin_coordonnateur: Some(x.signature.medecin.clone()),
        nom_directeur: Some(x.signature.directeur.clone()),
    }
}

fn bench(c: &mut Criterion) {
    let x = donnees();
    // Same report both ways, and it is the sample payload, byte for byte.
    let derive = par_derive(&x);
    let main = a_la_main(&x);
    assert!(derive.rejets.is_empty());
    assert_eq!(derive.rapport, main);
    assert_eq!(
        main.payload().unwrap(),
        include_str!("../../generated/tests/donnees/rama-2025.json").trim_end()
    );

    let mut g = c.benchmark_group("remplissage-rama-2025");
    g.bench_function(
        "derive: builder().depuis(..)×7.lignes(..).construire()",
        |b| b.iter(|| black_box(par_derive(black_box(&x)))),
    );
    g.bench_function("à la main: littéral Rapport { .. }", |b| {
        b.iter(|| black_box(a_la_main(black_box(&x))))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
