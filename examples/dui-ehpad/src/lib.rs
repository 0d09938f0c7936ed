//! A small EHPAD DUI on a real SQLite database, reporting RAMA 2025.
//!
//! - [`creer_base`] creates the DUI's own tables (`src/schema.sql`),
//!   [`remplir_base`] fills them with one year of an 84-place EHPAD;
//! - [`extraire`] reads and aggregates them with SQL into the DUI's own
//!   structs (`src/correspondance.rs`), which `#[derive(SidobaReport)]`
//!   maps onto the generated RAMA 2025 `Rapport`;
//! - [`Extraction::rapport`] fills the report through the builder, and
//!   [`lire_rapport`] does both: then `valider()` and `payload()`.
//!
//! Decimals never go through a float: ETP are sums of integer percentages,
//! PMP is stored as text, averages (age, stay, GMP) are exact integer
//! quotients rounded half up into a `sidoba::Decimal`.
//!
//! Per resident, for RAMA usager 2026: [`creer_base_usagers`] and
//! [`remplir_usagers`] make the resident files (`src/schema_usagers.sql`),
//! [`lire_usagers`] reads each resident as a `sidoba::usager::Personne` and
//! a report mapped by the derive (`src/correspondance_usager.rs`), and
//! [`Usagers::collecte`] gives the collection file that
//! [`collecte::ecrire`] writes.

pub mod collecte;
pub mod correspondance;
pub mod correspondance_usager;
mod remplissage;
mod remplissage_usagers;
pub mod usagers;

pub use generated::rama_2025::{self as modele, Rapport};
pub use generated::rama_usager_2026 as modele_usager;
pub use remplissage::remplir_base;
pub use remplissage_usagers::remplir_usagers;
pub use usagers::{Usager, Usagers, lire_usagers};

use correspondance::{
    ConventionHad, EffectifsCategorie, Etablissement, MouvementsAnnee, PopulationAu31Decembre,
    Protocoles, RepartitionGir, RessourcesHumaines, Signature, SuiviSoins,
};
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row, params};
use sidoba::Decimal;
use sidoba::derive::{Conflit, Rempli};
use std::fmt;
use std::path::Path;
use std::str::FromStr;

/// The year reported.
pub const ANNEE: i64 = 2025;
/// First day of the year reported.
pub const DEBUT: &str = "2025-01-01";
/// Last day of the year reported: "au 31/12" figures are taken on it.
pub const FIN: &str = "2025-12-31";

/// Weights of GIR 1 to 6 in the GMP.
pub const POIDS_GIR: [i64; 6] = [1000, 840, 660, 420, 250, 70];

/// Why the DUI could not produce its report.
#[derive(Debug)]
pub enum Erreur {
    /// A query failed (or found no row where one is needed).
    Sql {
        quoi: &'static str,
        erreur: rusqlite::Error,
    },
    /// Two of the DUI's structs fill the same field.
    Conflit(Conflit),
    /// A value the report cannot take: the resident's position in the
    /// collection (`None`: the structure), the column, why. Never the
    /// value (it may be an identity).
    Donnee {
        usager: Option<usize>,
        colonne: &'static str,
        raison: String,
    },
}

impl fmt::Display for Erreur {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Erreur::Sql { quoi, erreur } => write!(f, "base du DUI ({quoi}) : {erreur}"),
            Erreur::Conflit(c) => write!(f, "correspondance : {c}"),
            Erreur::Donnee {
                usager: Some(i),
                colonne,
                raison,
            } => write!(
                f,
                "usager n° {} (usagers[{i}]), colonne « {colonne} » : {raison}",
                i + 1
            ),
            Erreur::Donnee {
                usager: None,
                colonne,
                raison,
            } => write!(f, "colonne « {colonne} » : {raison}"),
        }
    }
}

impl std::error::Error for Erreur {}

impl From<Conflit> for Erreur {
    fn from(c: Conflit) -> Erreur {
        Erreur::Conflit(c)
    }
}

pub(crate) trait Contexte<T> {
    fn quoi(self, quoi: &'static str) -> Result<T, Erreur>;
}

impl<T> Contexte<T> for rusqlite::Result<T> {
    fn quoi(self, quoi: &'static str) -> Result<T, Erreur> {
        self.map_err(|erreur| Erreur::Sql { quoi, erreur })
    }
}

/// Creates (or recreates, empty) the DUI's tables.
pub fn creer_base(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(include_str!("schema.sql"))
}

/// Creates (or recreates, empty) the resident files' tables.
pub fn creer_base_usagers(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(include_str!("schema_usagers.sql"))
}

fn table_existe(conn: &Connection, table: &str) -> Result<bool, Erreur> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)",
        [table],
        |r| r.get(0),
    )
    .quoi("ouverture")
}

/// Opens the DUI's database: in memory, or in the file `chemin`. A database
/// without the DUI's tables is created and filled; an existing one is read
/// as it is (edit it with `sqlite3` and run again). The flag tells whether
/// it was created. The resident files of 2026 are created and filled
/// likewise when they are missing (a database made before them).
pub fn ouvrir(chemin: Option<&Path>) -> Result<(Connection, bool), Erreur> {
    let mut conn = match chemin {
        Some(p) => Connection::open(p),
        None => Connection::open_in_memory(),
    }
    .quoi("ouverture")?;
    let existe = table_existe(&conn, "etablissement")?;
    if !existe {
        creer_base(&conn).quoi("création des tables")?;
        remplir_base(&mut conn).quoi("remplissage")?;
    }
    if !table_existe(&conn, "dossiers")? {
        creer_base_usagers(&conn).quoi("création des tables des résidents")?;
        remplir_usagers(&mut conn).quoi("remplissage des dossiers des résidents")?;
    }
    Ok((conn, !existe))
}

/// `numerateur / denominateur` rounded half up to `decimales` decimals,
/// exactly (integer arithmetic); `None` when `denominateur` is not positive.
pub fn quotient_arrondi(numerateur: i64, denominateur: i64, decimales: u32) -> Option<Decimal> {
    if denominateur <= 0 {
        return None;
    }
    let n = i128::from(numerateur) * 10i128.pow(decimales);
    let d = i128::from(denominateur);
    // floor(n / d + 1/2)
    let q = (2 * n + d).div_euclid(2 * d);
    Decimal::try_from_i128_with_scale(q, decimales).ok()
}

/// The GIR-weighted mean (GMP) of these counts of residents in GIR 1 to 6,
/// rounded to 2 decimals; `None` without residents.
pub fn gmp(gir: [i64; 6]) -> Option<Decimal> {
    let points: i64 = gir.iter().zip(POIDS_GIR).map(|(n, p)| n * p).sum();
    quotient_arrondi(points, gir.iter().sum(), 2)
}

/// A text column parsed into `T` (a code list's enum, a date, a decimal).
fn texte<T>(r: &Row<'_>, i: usize) -> rusqlite::Result<T>
where
    T: FromStr,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    texte_ou_rien(r, i)?.ok_or(rusqlite::Error::InvalidColumnType(
        i,
        "NULL".into(),
        Type::Null,
    ))
}

fn texte_ou_rien<T>(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<T>>
where
    T: FromStr,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    match r.get::<_, Option<String>>(i)? {
        None => Ok(None),
        Some(s) => s
            .parse()
            .map(Some)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, Type::Text, Box::new(e))),
    }
}

/// Everything the DUI reads for the report, in its own structs.
#[derive(Clone)]
pub struct Extraction {
    pub etablissement: Etablissement,
    pub population: PopulationAu31Decembre,
    pub gir: RepartitionGir,
    pub mouvements: MouvementsAnnee,
    pub soins: SuiviSoins,
    pub protocoles: Protocoles,
    pub had: Option<ConventionHad>,
    pub ressources_humaines: RessourcesHumaines,
    pub effectifs: Vec<EffectifsCategorie>,
    pub signature: Signature,
}

/// Residents present on 31/12 (`?1`), as a CTE.
const PRESENTS: &str = "WITH presents AS (
        SELECT * FROM residents
        WHERE date_entree <= ?1 AND (date_sortie IS NULL OR date_sortie > ?1))";

pub fn lire_etablissement(conn: &Connection) -> Result<Etablissement, Erreur> {
    conn.query_row(
        "SELECT id, finess, raison_sociale, categorie_finess, statut, option_tarifaire,
                places_permanentes, places_temporaires, places_accueil_jour,
                places_pasa IS NOT NULL AND places_pasa > 0, places_pasa,
                places_uhr IS NOT NULL AND places_uhr > 0, places_uhr, unite_protegee
         FROM etablissement ORDER BY id LIMIT 1",
        [],
        |r| {
            Ok(Etablissement {
                id: r.get(0)?,
                finess: r.get(1)?,
                raison_sociale: r.get(2)?,
                categorie: texte(r, 3)?,
                statut: texte(r, 4)?,
                tarif_soins: texte(r, 5)?,
                places_permanentes: r.get(6)?,
                places_temporaires: r.get(7)?,
                places_accueil_jour: r.get(8)?,
                pasa: r.get(9)?,
                places_pasa: r.get(10)?,
                uhr: r.get(11)?,
                places_uhr: r.get(12)?,
                unite_protegee: r.get(13)?,
            })
        },
    )
    .quoi("etablissement")
}

pub fn lire_population(conn: &Connection) -> Result<PopulationAu31Decembre, Erreur> {
    let (population, somme_ages) = conn
        .query_row(
            &format!(
                "{PRESENTS}
                 SELECT COUNT(*),
                        COALESCE(SUM(sexe = 'H'), 0),
                        COALESCE(SUM(sexe = 'F'), 0),
                        COALESCE(SUM(CAST(strftime('%Y', ?1) AS INTEGER)
                                     - CAST(strftime('%Y', date_naissance) AS INTEGER)
                                     - (strftime('%m-%d', ?1) < strftime('%m-%d', date_naissance))), 0),
                        COALESCE(SUM(protection_juridique IS NOT NULL), 0),
                        COALESCE(SUM(personne_confiance IS NOT NULL), 0),
                        COALESCE(SUM(directives_anticipees), 0),
                        COALESCE(SUM(alzheimer), 0)
                 FROM presents"
            ),
            params![FIN],
            |r| {
                Ok((
                    PopulationAu31Decembre {
                        presents: r.get(0)?,
                        hommes: r.get(1)?,
                        femmes: r.get(2)?,
                        age_moyen: None,
                        sous_protection_juridique: r.get(4)?,
                        avec_personne_de_confiance: r.get(5)?,
                        avec_directives_anticipees: r.get(6)?,
                        alzheimer_ou_apparentee: r.get(7)?,
                    },
                    r.get::<_, i64>(3)?,
                ))
            },
        )
        .quoi("residents présents")?;
    Ok(PopulationAu31Decembre {
        age_moyen: quotient_arrondi(somme_ages, population.presents, 1),
        ..population
    })
}

pub fn lire_gir(conn: &Connection) -> Result<RepartitionGir, Erreur> {
    let n: [i64; 6] = conn
        .query_row(
            &format!(
                "{PRESENTS}
                 SELECT COALESCE(SUM(gir = 1), 0), COALESCE(SUM(gir = 2), 0),
                        COALESCE(SUM(gir = 3), 0), COALESCE(SUM(gir = 4), 0),
                        COALESCE(SUM(gir = 5), 0), COALESCE(SUM(gir = 6), 0)
                 FROM presents"
            ),
            params![FIN],
            |r| {
                Ok([
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ])
            },
        )
        .quoi("GIR")?;
    Ok(RepartitionGir {
        nb_gir1: n[0],
        nb_gir2: n[1],
        nb_gir3: n[2],
        nb_gir4: n[3],
        nb_gir5: n[4],
        nb_gir6: n[5],
        gir_moyen_pondere: gmp(n),
    })
}

pub fn lire_mouvements(conn: &Connection) -> Result<MouvementsAnnee, Erreur> {
    let mouvements = conn
        .query_row(
            "SELECT COALESCE(SUM(type = 'ENTREE'), 0),
                    COALESCE(SUM(type IN ('SORTIE', 'DECES')), 0),
                    COALESCE(SUM(type = 'DECES'), 0),
                    COALESCE(SUM(type = 'DECES' AND lieu = 'ETABLISSEMENT'), 0),
                    COALESCE(SUM(type = 'HOSPITALISATION'), 0),
                    COALESCE(SUM(CASE WHEN type = 'HOSPITALISATION'
                        THEN (unixepoch(date_fin) - unixepoch(date_debut)) / 86400 END), 0),
                    COALESCE(SUM(type = 'URGENCES'), 0)
             FROM evenements WHERE date_debut BETWEEN ?1 AND ?2",
            params![DEBUT, FIN],
            |r| {
                Ok(MouvementsAnnee {
                    entrees: r.get(0)?,
                    sorties: r.get(1)?,
                    deces: r.get(2)?,
                    deces_dans_l_etablissement: r.get(3)?,
                    hospitalisations: r.get(4)?,
                    journees_hospitalisation: r.get(5)?,
                    passages_urgences: r.get(6)?,
                    duree_moyenne_sejour_des_sortis: None,
                })
            },
        )
        .quoi("evenements")?;
    let (sortis, jours): (i64, i64) = conn
        .query_row(
            "SELECT COUNT(*),
                    COALESCE(SUM((unixepoch(date_sortie) - unixepoch(date_entree)) / 86400), 0)
             FROM residents WHERE date_sortie BETWEEN ?1 AND ?2",
            params![DEBUT, FIN],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .quoi("durée de séjour")?;
    Ok(MouvementsAnnee {
        duree_moyenne_sejour_des_sortis: quotient_arrondi(jours, sortis, 1),
        ..mouvements
    })
}

pub fn lire_soins(conn: &Connection) -> Result<SuiviSoins, Erreur> {
    let coupe = conn
        .query_row(
            "SELECT pmp, date_validation FROM coupes_pathos ORDER BY date_validation DESC LIMIT 1",
            [],
            |r| Ok((texte(r, 0)?, texte(r, 1)?)),
        )
        .optional()
        .quoi("coupes PATHOS")?;
    let mut soins = conn
        .query_row(
            &format!(
                "{PRESENTS}
                 SELECT COALESCE(SUM(contention), 0), COALESCE(SUM(escarre), 0),
                        COALESCE(SUM(denutrition), 0),
                        COALESCE(SUM(projet_personnalise_le >= date(?1, '-1 year')), 0),
                        COALESCE(SUM(vaccin_grippe_le BETWEEN ?2 AND ?1), 0),
                        COALESCE(SUM(neuroleptiques), 0), COALESCE(SUM(nb_molecules >= 10), 0)
                 FROM presents"
            ),
            params![FIN, DEBUT],
            |r| {
                Ok(SuiviSoins {
                    pathos_moyen_pondere: None,
                    date_coupe_pathos: None,
                    chutes: 0,
                    sous_contention: r.get(0)?,
                    porteurs_escarres: r.get(1)?,
                    denutris: r.get(2)?,
                    evaluations_cognitives: 0,
                    projets_personnalises_a_jour: r.get(3)?,
                    teleconsultations: 0,
                    vaccines_grippe: r.get(4)?,
                    eigs_declares: 0,
                    sous_neuroleptiques: r.get(5)?,
                    dix_molecules_ou_plus: r.get(6)?,
                })
            },
        )
        .quoi("suivi des résidents")?;
    (
        soins.chutes,
        soins.evaluations_cognitives,
        soins.teleconsultations,
        soins.eigs_declares,
    ) = conn
        .query_row(
            "SELECT COALESCE(SUM(type = 'CHUTE'), 0),
                    COALESCE(SUM(type = 'EVALUATION_COGNITIVE'), 0),
                    COALESCE(SUM(type = 'TELECONSULTATION'), 0),
                    COALESCE(SUM(type = 'EIGS'), 0)
             FROM evenements WHERE date_debut BETWEEN ?1 AND ?2",
            params![DEBUT, FIN],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .quoi("événements de soins")?;
    if let Some((pmp, date)) = coupe {
        soins.pathos_moyen_pondere = Some(pmp);
        soins.date_coupe_pathos = Some(date);
    }
    Ok(soins)
}

pub fn lire_protocoles(conn: &Connection) -> Result<Protocoles, Erreur> {
    let mut p = conn
        .query_row(
            "SELECT COALESCE(MAX(code = 'CHUTES' AND en_vigueur), 0),
                    COALESCE(MAX(code = 'NUTRITION' AND en_vigueur), 0),
                    COALESCE(MAX(code = 'CONTENTION' AND en_vigueur), 0),
                    COALESCE(MAX(code = 'DOULEUR' AND en_vigueur), 0),
                    COALESCE(MAX(code = 'ESCARRES' AND en_vigueur), 0),
                    COALESCE(MAX(code = 'RISQUE_INFECTIEUX' AND en_vigueur), 0)
             FROM protocoles",
            [],
            |r| {
                Ok(Protocoles {
                    protocole_chutes: r.get(0)?,
                    protocole_nutrition: r.get(1)?,
                    protocole_contention: r.get(2)?,
                    protocole_douleur: r.get(3)?,
                    protocole_escarres: r.get(4)?,
                    plan_maitrise_risque_infectieux: r.get(5)?,
                    actions_infection: Vec::new(),
                })
            },
        )
        .quoi("protocoles")?;
    let mut q = conn
        .prepare("SELECT DISTINCT action FROM actions_prevention WHERE annee = ?1 ORDER BY action")
        .quoi("actions de prévention")?;
    p.actions_infection = q
        .query_map(params![ANNEE], |r| texte(r, 0))
        .and_then(Iterator::collect)
        .quoi("actions de prévention")?;
    Ok(p)
}

pub fn lire_had(conn: &Connection) -> Result<Option<ConventionHad>, Erreur> {
    conn.query_row(
        "SELECT c.partenaire, c.finess, c.date_signature,
                (SELECT COUNT(DISTINCT resident_id) FROM evenements
                 WHERE type = 'HAD' AND date_debut BETWEEN ?1 AND ?2)
         FROM conventions c
         WHERE c.type = 'HAD' AND c.date_signature <= ?2 AND (c.date_fin IS NULL OR c.date_fin >= ?1)
         ORDER BY c.date_signature DESC LIMIT 1",
        params![DEBUT, FIN],
        |r| {
            Ok(ConventionHad {
                partenaire: r.get(0)?,
                finess_partenaire: r.get(1)?,
                signee_le: texte(r, 2)?,
                residents_pris_en_charge: r.get(3)?,
            })
        },
    )
    .optional()
    .quoi("convention HAD")
}

/// Staff of the year (present at some point between `?1` and `?2`), one
/// row per SIDOBA category, in the order of the DUI's job titles.
const EFFECTIFS: &str = "
    WITH effectifs AS (
        SELECT f.categorie_sidoba AS categorie, MIN(f.id) AS ordre,
               SUM(p.quotite) AS quotite, COUNT(*) AS personnes
        FROM personnels p JOIN fonctions f ON f.id = p.fonction_id
        WHERE f.categorie_sidoba IS NOT NULL
          AND p.date_entree <= ?2 AND (p.date_sortie IS NULL OR p.date_sortie >= ?1)
        GROUP BY f.categorie_sidoba),
    vacants AS (
        SELECT f.categorie_sidoba AS categorie, SUM(v.quotite) AS quotite
        FROM postes_vacants v JOIN fonctions f ON f.id = v.fonction_id
        WHERE v.ouvert_le <= ?2
        GROUP BY f.categorie_sidoba)
    SELECT e.categorie, e.quotite, e.personnes, v.quotite
    FROM effectifs e LEFT JOIN vacants v USING (categorie)
    ORDER BY e.ordre";

pub fn lire_effectifs(conn: &Connection) -> Result<Vec<EffectifsCategorie>, Erreur> {
    let mut q = conn.prepare(EFFECTIFS).quoi("effectifs")?;
    q.query_map(params![DEBUT, FIN], |r| {
        Ok(EffectifsCategorie {
            code_poste: texte(r, 0)?,
            // Sums of percentages of full time: hundredths of an ETP.
            etp_moyens: Decimal::new(r.get(1)?, 2),
            agents: r.get(2)?,
            postes_vacants: r.get::<_, Option<i64>>(3)?.map(|q| Decimal::new(q, 2)),
        })
    })
    .and_then(Iterator::collect)
    .quoi("effectifs")
}

pub fn lire_ressources_humaines(
    conn: &Connection,
    effectifs: &[EffectifsCategorie],
) -> Result<RessourcesHumaines, Erreur> {
    let (formes, minutes): (i64, i64) = conn
        .query_row(
            "SELECT COUNT(DISTINCT personnel_id), COALESCE(SUM(duree_minutes), 0)
             FROM formations WHERE date_debut BETWEEN ?1 AND ?2",
            params![DEBUT, FIN],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .quoi("formations")?;
    let medco = effectifs
        .iter()
        .filter(|e| e.code_poste == modele::CategoriePersonnel::Medco)
        .map(|e| e.etp_moyens)
        .sum();
    Ok(RessourcesHumaines {
        etp_medecin_coordonnateur: medco,
        salaries_formes: formes,
        heures_de_formation: quotient_arrondi(minutes, 60, 1),
    })
}

pub fn lire_signature(conn: &Connection) -> Result<Signature, Erreur> {
    conn.query_row(
        "SELECT date_avis_commission, date_signature, recommandations_annexees,
                medecin_coordonnateur, directeur
         FROM rapports_annuels WHERE annee = ?1",
        params![ANNEE],
        |r| {
            Ok(Signature {
                date_avis_commission: texte(r, 0)?,
                date_signature: texte(r, 1)?,
                recommandations_annexees: r.get(2)?,
                medecin_coordonnateur: r.get(3)?,
                directeur: r.get(4)?,
            })
        },
    )
    .quoi("rapport annuel")
}

/// Reads and aggregates everything the report needs.
pub fn extraire(conn: &Connection) -> Result<Extraction, Erreur> {
    let effectifs = lire_effectifs(conn)?;
    Ok(Extraction {
        etablissement: lire_etablissement(conn)?,
        population: lire_population(conn)?,
        gir: lire_gir(conn)?,
        mouvements: lire_mouvements(conn)?,
        soins: lire_soins(conn)?,
        protocoles: lire_protocoles(conn)?,
        had: lire_had(conn)?,
        ressources_humaines: lire_ressources_humaines(conn, &effectifs)?,
        effectifs,
        signature: lire_signature(conn)?,
    })
}

impl Extraction {
    /// The RAMA 2025 report filled from the DUI's structs through the
    /// derive. A value that does not fit its field is kept as a finding
    /// for `valider()`; two structs filling one field are a `Conflit`.
    pub fn rapport(&self) -> Result<Rempli<Rapport>, Conflit> {
        let mut b = Rapport::builder()
            .depuis(&self.etablissement)?
            .depuis(&self.population)?
            .depuis(&self.gir)?
            .depuis(&self.mouvements)?
            .depuis(&self.soins)?
            .depuis(&self.protocoles)?
            .depuis(&self.ressources_humaines)?
            .depuis(&self.signature)?
            .lignes(&self.effectifs)?;
        if let Some(had) = &self.had {
            b = b.depuis(had)?;
        }
        Ok(b.construire())
    }
}

/// The whole flow: tables → the DUI's structs → the filled report.
pub fn lire_rapport(conn: &Connection) -> Result<Rempli<Rapport>, Erreur> {
    Ok(extraire(conn)?.rapport()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn les_quotients_sont_exacts_et_arrondis_au_demi_superieur() {
        assert_eq!(quotient_arrondi(1, 3, 2), Some(d("0.33")));
        assert_eq!(quotient_arrondi(2, 3, 2), Some(d("0.67")));
        assert_eq!(quotient_arrondi(1, 8, 2), Some(d("0.13")));
        assert_eq!(quotient_arrondi(5, 2, 0), Some(d("3")));
        assert_eq!(quotient_arrondi(7, 0, 2), None);
    }

    #[test]
    fn gmp_du_payload_d_exemple() {
        // generated/tests/donnees/rama-2025.json: 12, 32, 14, 18, 5, 3 → 680.24
        assert_eq!(gmp([12, 32, 14, 18, 5, 3]), Some(d("680.24")));
        assert_eq!(gmp([0; 6]), None);
    }
}
