//! Realistic, deterministic rows for the example database: an 84-place
//! EHPAD in 2025 (residents present and gone, a year of events, staff,
//! trainings, protocols). The same seed always gives the same rows.

use rusqlite::{Connection, Transaction, params};

/// A small deterministic generator (SplitMix64): no dependency, same rows
/// on every platform.
pub(crate) struct Alea(pub(crate) u64);

impl Alea {
    fn suivant(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `a..=b`.
    pub(crate) fn entre(&mut self, a: i64, b: i64) -> i64 {
        let n = u64::try_from(b - a + 1).unwrap_or(1);
        a + i64::try_from(self.suivant() % n).unwrap_or(0)
    }

    /// True with probability `pour_cent` %.
    pub(crate) fn pour_cent(&mut self, pour_cent: i64) -> bool {
        self.entre(0, 99) < pour_cent
    }

    pub(crate) fn parmi<'a, T>(&mut self, choix: &'a [T]) -> &'a T {
        let i = self.entre(0, i64::try_from(choix.len()).unwrap_or(1) - 1);
        &choix[usize::try_from(i).unwrap_or(0)]
    }

    /// An index drawn with these weights.
    pub(crate) fn pondere(&mut self, poids: &[i64]) -> usize {
        let mut x = self.entre(0, poids.iter().sum::<i64>() - 1);
        for (i, p) in poids.iter().enumerate() {
            if x < *p {
                return i;
            }
            x -= p;
        }
        poids.len() - 1
    }
}

/// Day number (days since 1970-01-01) of a civil date.
pub(crate) fn numero(a: i64, m: i64, j: i64) -> i64 {
    let a = if m <= 2 { a - 1 } else { a };
    let ere = a.div_euclid(400);
    let annee_ere = a - ere * 400;
    let mois = (m + 9) % 12;
    let jour_annee = (153 * mois + 2) / 5 + j - 1;
    let jour_ere = annee_ere * 365 + annee_ere / 4 - annee_ere / 100 + jour_annee;
    ere * 146_097 + jour_ere - 719_468
}

/// `YYYY-MM-DD` of a day number.
pub(crate) fn date(n: i64) -> String {
    let z = n + 719_468;
    let ere = z.div_euclid(146_097);
    let jour_ere = z - ere * 146_097;
    let annee_ere = (jour_ere - jour_ere / 1460 + jour_ere / 36_524 - jour_ere / 146_096) / 365;
    let jour_annee = jour_ere - (365 * annee_ere + annee_ere / 4 - annee_ere / 100);
    let mp = (5 * jour_annee + 2) / 153;
    let j = jour_annee - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let a = annee_ere + ere * 400 + i64::from(m <= 2);
    format!("{a:04}-{m:02}-{j:02}")
}

pub(crate) const NOMS: &[&str] = &[
    "Martin",
    "Bernard",
    "Thomas",
    "Petit",
    "Robert",
    "Richard",
    "Durand",
    "Dubois",
    "Moreau",
    "Laurent",
    "Simon",
    "Michel",
    "Lefebvre",
    "Leroy",
    "Roux",
    "David",
    "Bertrand",
    "Morel",
    "Fournier",
    "Girard",
    "Bonnet",
    "Dupont",
    "Lambert",
    "Fontaine",
    "Rousseau",
    "Vincent",
    "Muller",
    "Lefevre",
    "Faure",
    "André",
    "Mercier",
    "Blanc",
    "Guérin",
    "Boyer",
    "Garnier",
    "Chevalier",
    "François",
    "Legrand",
    "Gauthier",
    "Garcia",
    "Perrin",
    "Robin",
    "Clément",
    "Morin",
    "Nicolas",
    "Henry",
    "Roussel",
    "Mathieu",
    "Gautier",
    "Masson",
    "Marchand",
    "Duval",
];
const PRENOMS_F: &[&str] = &[
    "Jeanne",
    "Marie",
    "Marguerite",
    "Germaine",
    "Louise",
    "Yvonne",
    "Madeleine",
    "Suzanne",
    "Marcelle",
    "Denise",
    "Simone",
    "Paulette",
    "Odette",
    "Andrée",
    "Lucienne",
    "Colette",
    "Jacqueline",
    "Monique",
    "Geneviève",
    "Renée",
    "Raymonde",
    "Josette",
    "Ginette",
    "Huguette",
];
const PRENOMS_H: &[&str] = &[
    "Jean", "Pierre", "Louis", "André", "Marcel", "René", "Roger", "Henri", "Robert", "Georges",
    "Paul", "Maurice", "Raymond", "Lucien", "Marcel", "Fernand", "Jacques", "Bernard", "Claude",
];
const PRENOMS_ACTIFS: &[&str] = &[
    "Camille",
    "Nadia",
    "Sophie",
    "Julie",
    "Karim",
    "Aurélie",
    "Mélanie",
    "Sandrine",
    "Nathalie",
    "Fatou",
    "Thomas",
    "Émilie",
    "Laëtitia",
    "Céline",
    "Kevin",
    "Sarah",
    "Inès",
    "Manon",
];

/// The establishment, its protocols, conventions, PATHOS assessments and
/// the year's sign-off.
fn etablissement(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO etablissement (id, finess, raison_sociale, categorie_finess, statut,
            option_tarifaire, places_permanentes, places_temporaires, places_accueil_jour,
            places_pasa, places_uhr, unite_protegee, adresse, telephone)
         VALUES (1, '690012345', 'EHPAD Résidence du Clos des Canuts', '500', 'PNL', 'TG',
            84, 2, 6, 14, NULL, 1, '12 rue des Canuts, 69004 Lyon', '04 78 00 00 00')",
        [],
    )?;
    for (date_validation, gmp, pmp) in [
        ("2017-10-05", 702, "198.40"),
        ("2020-12-01", 688, "205.10"),
        ("2023-11-14", 681, "214.35"),
    ] {
        tx.execute(
            "INSERT INTO coupes_pathos (date_validation, gmp_valide, pmp) VALUES (?1, ?2, ?3)",
            params![date_validation, gmp, pmp],
        )?;
    }
    for (code, libelle, maj, en_vigueur) in [
        (
            "CHUTES",
            "Prévention et prise en charge des chutes",
            "2024-03-12",
            true,
        ),
        (
            "NUTRITION",
            "Dépistage et prise en charge de la dénutrition",
            "2023-09-01",
            true,
        ),
        (
            "CONTENTION",
            "Contention physique passive",
            "2024-01-15",
            true,
        ),
        (
            "DOULEUR",
            "Évaluation de la douleur (Algoplus, EVS)",
            "2022-06-20",
            true,
        ),
        (
            "ESCARRES",
            "Prévention des escarres (Braden)",
            "2019-02-01",
            false,
        ),
        (
            "RISQUE_INFECTIEUX",
            "Plan de maîtrise du risque infectieux",
            "2025-02-03",
            true,
        ),
        ("CANICULE", "Plan canicule", "2025-05-20", true),
    ] {
        tx.execute(
            "INSERT INTO protocoles (code, libelle, date_mise_a_jour, en_vigueur)
             VALUES (?1, ?2, ?3, ?4)",
            params![code, libelle, maj, en_vigueur],
        )?;
    }
    for (annee, action, detail) in [
        (2024, "VACC_GRIPPE", "Campagne 2024-2025"),
        (2025, "REFERENT_HYGIENE", "IDEC référente, désignée en CA"),
        (2025, "AUDIT_HYGIENE_MAINS", "Audit CPias, juin"),
        (2025, "FORMATION_PRECAUTIONS", "2 sessions"),
        (2025, "VACC_GRIPPE", "Campagne 2025-2026"),
        (2025, "PLAN_BLEU", "Actualisé en mai"),
        (2025, "AUDIT_HYGIENE_MAINS", "Audit interne, novembre"),
    ] {
        tx.execute(
            "INSERT INTO actions_prevention (annee, action, detail) VALUES (?1, ?2, ?3)",
            params![annee, action, detail],
        )?;
    }
    tx.execute_batch(
        "INSERT INTO conventions (type, partenaire, finess, date_signature, date_fin) VALUES
            ('PHARMACIE', 'Pharmacie de la Croix-Rousse', NULL, '2016-01-04', NULL),
            ('HAD', 'HAD Soins et Santé', '690034567', '2019-06-03', NULL),
            ('EMG', 'Équipe mobile de gériatrie des HCL', '690781810', '2021-09-15', NULL);
         INSERT INTO rapports_annuels VALUES
            (2024, '2025-04-15', '2025-05-06', 1, 'Dr Claire Dumontel', 'Julien Verchère'),
            (2025, '2026-04-21', '2026-05-12', 1, 'Dr Claire Dumontel', 'Julien Verchère');",
    )
}

/// A resident's stay: the day numbers of entry and exit (if any).
struct Sejour {
    id: i64,
    entree: i64,
    sortie: Option<i64>,
}

/// 84 residents present on 31/12/2025 and 28 gone during 2025, with their
/// entries, exits and deaths as events.
fn residents(tx: &Transaction<'_>, alea: &mut Alea) -> rusqlite::Result<Vec<Sejour>> {
    let debut = numero(2025, 1, 1);
    let fin = numero(2025, 12, 31);
    let mut sejours = Vec::new();
    let mut ajouter = |alea: &mut Alea,
                       entree: i64,
                       sortie: Option<(i64, &str, Option<&str>)>,
                       hebergement: &str|
     -> rusqlite::Result<()> {
        let femme = alea.pour_cent(74);
        let prenom = if femme {
            alea.parmi(PRENOMS_F)
        } else {
            alea.parmi(PRENOMS_H)
        };
        let age = 72 + alea.entre(0, 14) + alea.entre(0, 14);
        let naissance = numero(2025 - age, alea.entre(1, 12), alea.entre(1, 28));
        let gir = 1 + i64::try_from(alea.pondere(&[14, 38, 17, 21, 6, 4])).unwrap_or(0);
        let protection = if alea.pour_cent(27) {
            Some(*alea.parmi(&["TUTELLE", "CURATELLE", "CURATELLE", "HABILITATION"]))
        } else {
            None
        };
        let confiance = alea
            .pour_cent(85)
            .then(|| format!("{} {}", alea.parmi(PRENOMS_ACTIFS), alea.parmi(NOMS)));
        let alzheimer = alea.pour_cent(49);
        let neuroleptiques = alea.pour_cent(if alzheimer { 26 } else { 8 });
        let vaccin = alea
            .pour_cent(85)
            .then(|| date(numero(2025, 10, 14) + alea.entre(0, 20)));
        let projet = alea
            .pour_cent(94)
            .then(|| date((fin - alea.entre(5, 330)).max(entree + 30).min(fin)));
        tx.execute(
            "INSERT INTO residents (nom, prenom, sexe, date_naissance, date_entree, date_sortie,
                hebergement, chambre, gir, protection_juridique, personne_confiance,
                directives_anticipees, alzheimer, neuroleptiques, nb_molecules, contention,
                escarre, denutrition, vaccin_grippe_le, projet_personnalise_le)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                ?18, ?19, ?20)",
            params![
                alea.parmi(NOMS),
                prenom,
                if femme { "F" } else { "H" },
                date(naissance),
                date(entree),
                sortie.map(|s| date(s.0)),
                hebergement,
                format!("{}{:02}", alea.entre(1, 3), alea.entre(1, 30)),
                gir,
                protection,
                confiance,
                alea.pour_cent(21),
                alzheimer,
                neuroleptiques,
                alea.entre(3, 14),
                alea.pour_cent(7),
                alea.pour_cent(5),
                alea.pour_cent(13),
                vaccin,
                projet,
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO evenements (resident_id, type, date_debut) VALUES (?1, 'ENTREE', ?2)",
            params![id, date(entree)],
        )?;
        if let Some((jour, type_, lieu_ou_motif)) = sortie {
            let (lieu, motif) = if type_ == "DECES" {
                (lieu_ou_motif, None)
            } else {
                (None, lieu_ou_motif)
            };
            tx.execute(
                "INSERT INTO evenements (resident_id, type, date_debut, lieu, motif)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, type_, date(jour), lieu, motif],
            )?;
        }
        sejours.push(Sejour {
            id,
            entree,
            sortie: sortie.map(|s| s.0),
        });
        Ok(())
    };
    // Gone during the year: 19 deaths in the home, 5 in hospital, 4 exits.
    let departs = [("DECES", Some("ETABLISSEMENT")); 19]
        .into_iter()
        .chain([("DECES", Some("HOPITAL")); 5])
        .chain([
            ("SORTIE", Some("DOMICILE")),
            ("SORTIE", Some("AUTRE_EHPAD")),
            ("SORTIE", Some("AUTRE_EHPAD")),
            ("SORTIE", Some("USLD")),
        ]);
    for (type_, detail) in departs {
        let sortie = alea.entre(debut, fin - 3);
        // A quarter stayed less than a year; stays last about three years.
        let entree = if alea.pour_cent(25) {
            sortie - alea.entre(10, 330)
        } else {
            sortie - alea.entre(150, 2600)
        };
        ajouter(alea, entree, Some((sortie, type_, detail)), "HP")?;
    }
    // Present on 31/12: 83 in permanent accommodation, 1 in temporary.
    for i in 0..84 {
        let entree = if alea.pour_cent(27) {
            alea.entre(debut, fin - 5)
        } else {
            fin - alea.entre(366, 3300)
        };
        ajouter(alea, entree, None, if i == 83 { "HT" } else { "HP" })?;
    }
    Ok(sejours)
}

/// The year's care events, on residents present at the time.
fn evenements(tx: &Transaction<'_>, alea: &mut Alea, sejours: &[Sejour]) -> rusqlite::Result<()> {
    let debut = numero(2025, 1, 1);
    let fin = numero(2025, 12, 31);
    let inserer = |alea: &mut Alea, type_: &str, duree: Option<(i64, i64)>| {
        // A stay that overlaps the year by a week at least.
        let s = loop {
            let s = alea.parmi(sejours);
            if s.sortie.unwrap_or(fin) - s.entree.max(debut) > 7 {
                break s;
            }
        };
        let jour = alea.entre(s.entree.max(debut), s.sortie.unwrap_or(fin) - 1);
        let date_fin = duree.map(|(a, b)| date((jour + alea.entre(a, b)).min(fin)));
        tx.execute(
            "INSERT INTO evenements (resident_id, type, date_debut, date_fin) VALUES (?1, ?2, ?3, ?4)",
            params![s.id, type_, date(jour), date_fin],
        )
    };
    for (type_, nombre, duree) in [
        ("HOSPITALISATION", 37, Some((1, 24))),
        ("URGENCES", 19, None),
        ("CHUTE", 163, None),
        ("TELECONSULTATION", 46, None),
        ("EIGS", 2, None),
        ("EVALUATION_COGNITIVE", 52, None),
        ("HAD", 6, Some((7, 45))),
    ] {
        for _ in 0..nombre {
            inserer(alea, type_, duree)?;
        }
    }
    Ok(())
}

/// Job titles (mapped once to SIDOBA categories), staff, open positions,
/// trainings.
fn personnels(tx: &Transaction<'_>, alea: &mut Alea) -> rusqlite::Result<()> {
    // (title, SIDOBA category, full-time ratios of each person)
    let equipes: &[(&str, Option<&str>, &[i64])] = &[
        ("Médecin coordonnateur", Some("MEDCO"), &[60]),
        ("Infirmière coordinatrice", Some("IDEC"), &[100]),
        (
            "Infirmier(ère) de jour",
            Some("IDE"),
            &[100, 100, 100, 80, 80, 60],
        ),
        ("Infirmier(ère) de nuit", Some("IDE"), &[80, 50]),
        (
            "Aide-soignant(e) de jour",
            Some("AS"),
            &[
                100, 100, 100, 100, 100, 100, 100, 100, 90, 90, 80, 80, 80, 80, 75, 75, 70, 50, 50,
                40,
            ],
        ),
        (
            "Aide-soignant(e) de nuit",
            Some("AS"),
            &[100, 100, 100, 100, 80, 80, 75, 50, 40],
        ),
        (
            "Assistant(e) de soins en gérontologie (PASA)",
            Some("ASG"),
            &[100, 100],
        ),
        (
            "Agent de service hospitalier",
            Some("ASH"),
            &[
                100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 90, 80, 80, 80, 80, 80,
                80, 80, 60, 50,
            ],
        ),
        ("Psychologue", Some("PSY"), &[50]),
        ("Ergothérapeute", Some("ERGO"), &[40]),
        ("Psychomotricienne", Some("PSYCHOMOT"), &[50]),
        ("Cuisinier", None, &[100, 100, 80]),
        ("Agent administratif", None, &[100, 100, 50]),
        ("Directeur", None, &[100]),
    ];
    let mut matricule = 1000;
    for (libelle, categorie, quotites) in equipes {
        tx.execute(
            "INSERT INTO fonctions (libelle, categorie_sidoba) VALUES (?1, ?2)",
            params![libelle, categorie],
        )?;
        let fonction = tx.last_insert_rowid();
        for q in *quotites {
            matricule += 1;
            tx.execute(
                "INSERT INTO personnels (matricule, nom, prenom, fonction_id, quotite, date_entree)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    format!("M{matricule}"),
                    alea.parmi(NOMS),
                    alea.parmi(PRENOMS_ACTIFS),
                    fonction,
                    q,
                    date(numero(2025, 1, 1) - alea.entre(30, 6000)),
                ],
            )?;
        }
    }
    // A staff member who left in 2024: not counted.
    tx.execute(
        "INSERT INTO personnels (matricule, nom, prenom, fonction_id, quotite, date_entree, date_sortie)
         VALUES ('M0999', 'Leclerc', 'Anne', 3, 100, '2012-03-01', '2024-08-31')",
        [],
    )?;
    tx.execute_batch(
        "INSERT INTO postes_vacants (fonction_id, quotite, ouvert_le) VALUES
            (3, 50, '2025-09-01'),
            (5, 100, '2025-06-15'),
            (6, 50, '2025-11-01');",
    )?;
    let intitules = [
        ("Bientraitance", 420),
        ("Gestes et postures", 420),
        ("Précautions standard", 180),
        ("Accompagnement de fin de vie", 840),
        ("Troubles du comportement", 840),
        ("AFGSU niveau 2", 1260),
    ];
    let n = tx.query_row(
        "SELECT COUNT(*) FROM personnels WHERE date_sortie IS NULL",
        [],
        |r| r.get::<_, i64>(0),
    )?;
    for _ in 0..73 {
        let (intitule, minutes) = alea.parmi(&intitules);
        tx.execute(
            "INSERT INTO formations (personnel_id, intitule, date_debut, duree_minutes)
             VALUES ((SELECT id FROM personnels WHERE date_sortie IS NULL
                      ORDER BY id LIMIT 1 OFFSET ?1), ?2, ?3, ?4)",
            params![
                alea.entre(0, n - 1),
                intitule,
                date(alea.entre(numero(2025, 1, 6), numero(2025, 12, 12))),
                minutes,
            ],
        )?;
    }
    Ok(())
}

/// Fills the tables created by [`crate::creer_base`] with one year of an
/// 84-place EHPAD, always the same rows.
pub fn remplir_base(conn: &mut Connection) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    let mut alea = Alea(2025);
    etablissement(&tx)?;
    let sejours = residents(&tx, &mut alea)?;
    evenements(&tx, &mut alea, &sejours)?;
    personnels(&tx, &mut alea)?;
    tx.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jours_et_dates_se_convertissent_dans_les_deux_sens() {
        assert_eq!(numero(1970, 1, 1), 0);
        assert_eq!(date(numero(2025, 12, 31)), "2025-12-31");
        assert_eq!(date(numero(2024, 2, 29) + 1), "2024-03-01");
        assert_eq!(date(numero(2000, 3, 1) - 1), "2000-02-29");
        assert_eq!(numero(2026, 1, 1) - numero(2025, 1, 1), 365);
    }
}
