//! Realistic, deterministic rows for the resident files of 2026
//! (`schema_usagers.sql`): identities as the INS module keeps them (INS
//! with a valid key for qualified identities only), stays, AGGIR and PATHOS
//! assessments, weighings, falls, hospital stays, rights, care alerts.
//! Its own seed: the 2025 tables keep exactly their rows.

use crate::remplissage::{Alea, NOMS, date, numero};
use rusqlite::{Connection, Transaction, params};
use sidoba::usager::cle_ins;

/// Birth given names as INSi returns them: capitals, no accent.
const PRENOMS_F: &[&str] = &[
    "MARIE",
    "JEANNE",
    "GERMAINE",
    "SIMONE",
    "ODETTE",
    "PAULETTE",
    "YVONNE",
    "MARIE-THERESE",
    "SUZANNE",
    "LUCIENNE",
    "RENEE",
    "MADELEINE",
    "HELENE",
    "MONIQUE",
    "COLETTE",
    "FATIMA",
    "ROSA",
];
const PRENOMS_H: &[&str] = &[
    "JEAN",
    "PIERRE",
    "LOUIS",
    "ANDRE",
    "MARCEL",
    "RENE",
    "ROGER",
    "HENRI",
    "ROBERT",
    "GEORGES",
    "PAUL",
    "JEAN-CLAUDE",
    "RAYMOND",
    "LUCIEN",
    "AHMED",
    "ANTOINE",
];
/// Birth names: the usual ones of the 2025 tables, in capitals, and a few
/// with an apostrophe or a hyphen.
const NOMS_RARES: &[&str] = &["N'DIAYE", "D'ALMEIDA", "LE GOFF", "SAINT-MARTIN", "ORSINI"];

/// Birth departments (weights) and countries (COG codes `99xxx`).
const DEPARTEMENTS: &[(&str, i64)] = &[
    ("69", 40),
    ("01", 8),
    ("38", 8),
    ("42", 7),
    ("71", 5),
    ("63", 4),
    ("07", 4),
    ("75", 6),
    ("13", 3),
    ("2A", 2),
    ("2B", 2),
];
const PAYS: &[&str] = &["127", "134", "139", "350", "351", "352", "109", "131"];

/// The DUI's hospitalisation reasons (weights); `None` unknown.
const MOTIFS_HOSPITALISATION: &[(Option<&str>, i64)] = &[
    (Some("TRAUMATOLOGIE"), 28),
    (Some("CARDIOLOGIE"), 18),
    (Some("INFECTIOLOGIE"), 20),
    (Some("NUTRITION"), 5),
    (Some("PSYCHIATRIE"), 4),
    (Some("PROGRAMMEE"), 10),
    (Some("AUTRE"), 8),
    (None, 7),
];
const MESURES: &[(&str, i64)] = &[
    ("TUTELLE", 30),
    ("CURATELLE_RENFORCEE", 25),
    ("CURATELLE_SIMPLE", 10),
    ("SAUVEGARDE_JUSTICE", 10),
    ("HABILITATION_FAMILIALE", 20),
    ("MANDAT_PROTECTION_FUTURE", 5),
];
const PROFILS: &[(&str, i64)] = &[
    ("M2", 35),
    ("S0", 30),
    ("M1", 10),
    ("P2", 8),
    ("R2", 5),
    ("T1", 5),
    ("T2", 3),
    ("P1", 2),
    ("R1", 2),
];

fn pondere<'a, T>(alea: &mut Alea, choix: &'a [(T, i64)]) -> &'a T {
    let poids: Vec<i64> = choix.iter().map(|c| c.1).collect();
    &choix[alea.pondere(&poids)].0
}

/// The identity columns of one file.
struct Identite {
    statut: &'static str,
    ins: Option<(&'static str, String)>,
    nom: String,
    prenoms: Vec<&'static str>,
    nom_usage: Option<String>,
    femme: bool,
    naissance: i64,
    rang: Option<i64>,
    lieu: Option<String>,
}

/// An INS of the INSi register for this person: sex, year and month of
/// birth, birth place, order number, key.
fn ins(alea: &mut Alea, femme: bool, naissance: &str, lieu: &str) -> Option<String> {
    let treize = format!(
        "{}{}{}{}{:03}",
        if femme { 2 } else { 1 },
        &naissance[2..4],
        &naissance[5..7],
        lieu,
        alea.entre(1, 999)
    );
    cle_ins(&treize).map(|cle| format!("{treize}{cle:02}"))
}

fn identite(alea: &mut Alea, age: i64, recent: bool) -> Identite {
    let femme = alea.pour_cent(74);
    let naissance = numero(2026 - age, alea.entre(1, 12), alea.entre(1, 28));
    let prenoms: Vec<&'static str> = (0..alea.entre(1, 3))
        .map(|_| *alea.parmi(if femme { PRENOMS_F } else { PRENOMS_H }))
        .collect();
    let nom = if alea.pour_cent(6) {
        (*alea.parmi(NOMS_RARES)).to_owned()
    } else {
        alea.parmi(NOMS).to_uppercase().replace('É', "E")
    };
    let nom_usage = (femme && alea.pour_cent(60)).then(|| alea.parmi(NOMS).to_string());
    // Residents admitted lately often still wait for the INSi call.
    let statut = if recent && alea.pour_cent(50) {
        "PROV"
    } else {
        *pondere(
            alea,
            &[("QUAL", 80), ("VALI", 9), ("RECUP", 5), ("PROV", 6)],
        )
    };
    let lieu = if alea.pour_cent(88) {
        format!("{}{:03}", pondere(alea, DEPARTEMENTS), alea.entre(1, 400))
    } else {
        format!("99{}", alea.parmi(PAYS))
    };
    let lieu = (statut == "QUAL" || alea.pour_cent(70)).then_some(lieu);
    let rang = match alea.entre(0, 99) {
        0..60 => None,
        60..95 => Some(1),
        _ => Some(2),
    };
    let ins = match (statut, &lieu) {
        ("QUAL", Some(l)) => {
            let type_ = if alea.pour_cent(4) { "NIA" } else { "NIR" };
            ins(alea, femme, &date(naissance), l).map(|v| (type_, v))
        }
        _ => None,
    };
    Identite {
        // A qualified identity always has its INS (the key computes).
        statut: if statut == "QUAL" && ins.is_none() {
            "VALI"
        } else {
            statut
        },
        ins,
        nom,
        prenoms,
        nom_usage,
        femme,
        naissance,
        rang,
        lieu,
    }
}

/// One resident's file and stay, and the care records of the stay.
fn resident(
    tx: &Transaction<'_>,
    alea: &mut Alea,
    rang: i64,
    entree: i64,
    sortie: Option<(i64, &str, Option<&str>)>,
    temporaire: bool,
) -> rusqlite::Result<()> {
    let debut = numero(2026, 1, 1);
    let fin = numero(2026, 12, 31);
    let age = 72 + alea.entre(0, 14) + alea.entre(0, 14);
    let id = identite(alea, age, entree > numero(2026, 11, 1));
    tx.execute(
        "INSERT INTO dossiers (numero_dossier, statut_identite, ins_type, ins_valeur,
            nom_naissance, prenoms_naissance, nom_usage, sexe, date_naissance,
            rang_naissance, lieu_naissance_insee)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            format!("R-{:05}", 100 + rang * 7),
            id.statut,
            id.ins.as_ref().map(|i| i.0),
            id.ins.as_ref().map(|i| i.1.as_str()),
            id.nom,
            id.prenoms.join(" "),
            id.nom_usage,
            if id.femme { "F" } else { "H" },
            date(id.naissance),
            id.rang,
            id.lieu,
        ],
    )?;
    let dossier = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO sejours (dossier_id, numero_sejour, type_accueil, date_admission,
            date_sortie, motif_sortie, lieu_deces)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            dossier,
            format!("H-{}-{:03}", &date(entree)[..4], rang),
            if temporaire { "HT" } else { "HP" },
            date(entree),
            sortie.map(|s| date(s.0)),
            sortie.map(|s| s.1),
            sortie.and_then(|s| s.2),
        ],
    )?;
    // The care records of the stay, up to its end or the end of 2026.
    let jusqu_a = sortie.map_or(fin, |s| s.0);
    let depuis = entree.max(debut);
    let mut gir = 1 + i64::try_from(alea.pondere(&[14, 38, 17, 21, 6, 4])).unwrap_or(0);
    tx.execute(
        "INSERT INTO evaluations_aggir (dossier_id, date_evaluation, gir) VALUES (?1, ?2, ?3)",
        params![
            dossier,
            date((entree + alea.entre(0, 10)).min(jusqu_a)),
            gir
        ],
    )?;
    if jusqu_a - depuis > 120 && alea.pour_cent(60) {
        gir = (gir - i64::from(alea.pour_cent(30))).max(1);
        tx.execute(
            "INSERT INTO evaluations_aggir (dossier_id, date_evaluation, gir) VALUES (?1, ?2, ?3)",
            params![dossier, date(alea.entre(depuis + 60, jusqu_a)), gir],
        )?;
    }
    for coupe in [numero(2025, 6, 16), numero(2026, 6, 15)] {
        if entree <= coupe && coupe <= jusqu_a {
            let mut profils: Vec<&str> = Vec::new();
            for _ in 0..alea.entre(1, 3) {
                let p = *pondere(alea, PROFILS);
                // No heavy profile for the least dependent residents.
                let p = if p == "T1" && gir >= 5 { "M2" } else { p };
                if !profils.contains(&p)
                    && !profils.contains(&"S0")
                    && (p != "S0" || profils.is_empty())
                {
                    profils.push(p);
                }
            }
            for p in profils {
                tx.execute(
                    "INSERT INTO profils_pathos (dossier_id, date_coupe, profil) VALUES (?1, ?2, ?3)",
                    params![dossier, date(coupe), p],
                )?;
            }
        }
    }
    // Weighings: about monthly, a slow random walk; the height once
    // measured (or never).
    let taille = alea.pour_cent(90).then(|| {
        if id.femme {
            alea.entre(146, 170)
        } else {
            alea.entre(158, 182)
        }
    });
    let mut poids = alea.entre(400, 880);
    let mut jour = depuis + alea.entre(0, 20);
    let mut dernier_imc_bas = false;
    while jour <= jusqu_a {
        poids = (poids + alea.entre(-15, 12)).clamp(300, 1200);
        tx.execute(
            "INSERT INTO pesees (dossier_id, date_pesee, poids_hg, taille_cm) VALUES (?1, ?2, ?3, ?4)",
            params![dossier, date(jour), poids, taille],
        )?;
        // IMC < 21 ⇔ poids_hg × 1000 < 21 × taille².
        dernier_imc_bas = taille.is_some_and(|t| poids * 1000 < 21 * t * t);
        jour += alea.entre(25, 45);
    }
    for _ in 0..match alea.entre(0, 99) {
        0..45 => 0,
        45..80 => alea.entre(1, 2),
        _ => alea.entre(3, 8),
    } {
        tx.execute(
            "INSERT INTO chutes (dossier_id, date_chute, circonstances) VALUES (?1, ?2, ?3)",
            params![
                dossier,
                date(alea.entre(depuis, jusqu_a)),
                alea.parmi(&["chambre", "salle de bain", "couloir", "nuit", "transfert"]),
            ],
        )?;
    }
    let hospitalisations = match alea.entre(0, 99) {
        0..52 => 0,
        52..90 => 1,
        _ => 2,
    };
    let hospit = |entree_h: i64, retour: Option<i64>, motif: Option<&str>| {
        tx.execute(
            "INSERT INTO hospitalisations (dossier_id, date_entree, date_retour, motif, service)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                dossier,
                date(entree_h),
                retour.map(date),
                motif,
                "Hospices civils de Lyon"
            ],
        )
    };
    for _ in 0..hospitalisations {
        if jusqu_a - depuis < 3 {
            break;
        }
        let h = alea.entre(depuis, jusqu_a - 1);
        let retour = h + alea.entre(1, 20);
        let motif = *pondere(alea, MOTIFS_HOSPITALISATION);
        // Still in hospital on 31/12 when the return would be in 2027.
        hospit(h, (retour <= jusqu_a).then_some(retour), motif)?;
    }
    if let Some((jour, "DECES", Some("HOPITAL"))) = sortie {
        // Died in hospital: never came back.
        let h = (jour - alea.entre(1, 10)).max(depuis);
        hospit(h, None, *pondere(alea, MOTIFS_HOSPITALISATION))?;
    }
    if alea.pour_cent(27) {
        let jugement = entree - alea.entre(-60, 900);
        // Some measures were lifted before the year.
        let fin_mesure = (alea.pour_cent(10) && jugement + 30 < debut)
            .then(|| (jugement + alea.entre(30, 300)).min(debut - 1));
        tx.execute(
            "INSERT INTO mesures_protection (dossier_id, mesure, date_jugement, date_fin)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                dossier,
                pondere(alea, MESURES),
                date(jugement.min(jusqu_a)),
                fin_mesure.map(date)
            ],
        )?;
    }
    if alea.pour_cent(85) {
        tx.execute(
            "INSERT INTO personnes_confiance (dossier_id, nom, lien, date_designation)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                dossier,
                format!(
                    "{} {}",
                    alea.parmi(NOMS),
                    alea.parmi(&["Sophie", "Karim", "Julie"])
                ),
                alea.parmi(&["fille", "fils", "nièce", "voisin"]),
                date((entree + alea.entre(0, 30)).min(jusqu_a)),
            ],
        )?;
    }
    if alea.pour_cent(21) {
        tx.execute(
            "INSERT INTO directives_anticipees (dossier_id, date_redaction, lieu_conservation)
             VALUES (?1, ?2, 'dossier de soins')",
            params![dossier, date((entree + alea.entre(0, 200)).min(jusqu_a))],
        )?;
    }
    for (type_, pour_cent) in [
        ("CONTENTION", 7),
        ("ESCARRE", 6),
        ("NEUROLEPTIQUE", 15),
        // Most residents with a low last BMI are followed for it.
        ("DENUTRITION", if dernier_imc_bas { 85 } else { 5 }),
    ] {
        if alea.pour_cent(pour_cent) {
            let d = alea.entre(entree, jusqu_a);
            let f = alea.pour_cent(40).then(|| d + alea.entre(10, 90));
            tx.execute(
                "INSERT INTO surveillances (dossier_id, type, debut, fin) VALUES (?1, ?2, ?3, ?4)",
                params![dossier, type_, date(d), f.map(date)],
            )?;
        }
    }
    Ok(())
}

/// Fills the tables created by [`crate::creer_base_usagers`] with the
/// resident files of 2026: 5 residents gone in 2025, 66 present on
/// 1 January 2026 and 26 admitted during 2026, with their records; always
/// the same rows.
pub fn remplir_usagers(conn: &mut Connection) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    let mut alea = Alea(2026);
    let debut = numero(2026, 1, 1);
    let fin = numero(2026, 12, 31);
    let mut rang = 0;
    let depart = |alea: &mut Alea, depuis: i64| {
        let jour = alea.entre(depuis, fin);
        let (motif, lieu) = *pondere(
            alea,
            &[
                (("DECES", Some("EHPAD")), 56),
                (("DECES", Some("HOPITAL")), 14),
                (("MUTATION", None), 15),
                (("RETOUR_DOMICILE", None), 15),
            ],
        );
        (jour, motif, lieu)
    };
    for _ in 0..5 {
        rang += 1;
        let sortie = debut - alea.entre(10, 300);
        let entree = sortie - alea.entre(200, 2500);
        resident(
            &tx,
            &mut alea,
            rang,
            entree,
            Some((sortie, "DECES", Some("EHPAD"))),
            false,
        )?;
    }
    for _ in 0..66 {
        rang += 1;
        let entree = debut - alea.entre(20, 3000);
        let sortie = alea.pour_cent(22).then(|| depart(&mut alea, debut));
        resident(&tx, &mut alea, rang, entree, sortie, false)?;
    }
    for i in 0..26 {
        rang += 1;
        let entree = alea.entre(debut, fin - 3);
        // The last three are short temporary stays, back home.
        let (sortie, temporaire) = if i >= 23 {
            let retour = entree + alea.entre(20, 60);
            (
                (retour <= fin).then_some((retour, "RETOUR_DOMICILE", None)),
                true,
            )
        } else {
            (
                alea.pour_cent(15)
                    .then(|| depart(&mut alea, (entree + 5).min(fin))),
                false,
            )
        };
        resident(&tx, &mut alea, rang, entree, sortie, temporaire)?;
    }
    tx.commit()
}
