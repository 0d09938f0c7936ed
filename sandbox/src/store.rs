//! All the sandbox's state, in one SQLite file (WAL, `synchronous=FULL`: a
//! committed transaction survives a crash, so a 202 is sent only once its
//! submission is on disk). The schema is created when missing; there are
//! no migrations.

use crate::Erreur;
use crate::contrat::{Etat, Statut};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS jetons (
    empreinte BLOB PRIMARY KEY,
    client_id TEXT NOT NULL,
    expire INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS traitements (
    rang INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    client_id TEXT NOT NULL,
    campagne TEXT NOT NULL,
    finess TEXT NOT NULL,
    voie TEXT NOT NULL,
    corps BLOB NOT NULL,
    etat TEXT NOT NULL,
    recu TEXT NOT NULL,
    termine TEXT,
    constats TEXT
);
CREATE INDEX IF NOT EXISTS traitements_file ON traitements (etat, rang);
CREATE INDEX IF NOT EXISTS traitements_collection ON traitements (campagne, finess, rang);
CREATE TABLE IF NOT EXISTS idempotence (
    client_id TEXT NOT NULL,
    cle TEXT NOT NULL,
    empreinte BLOB NOT NULL,
    reponse TEXT NOT NULL,
    PRIMARY KEY (client_id, cle)
);
CREATE TABLE IF NOT EXISTS collections (
    campagne TEXT NOT NULL,
    finess TEXT NOT NULL,
    statut TEXT NOT NULL,
    PRIMARY KEY (campagne, finess)
);
CREATE TABLE IF NOT EXISTS historique_statuts (
    rang INTEGER PRIMARY KEY AUTOINCREMENT,
    campagne TEXT NOT NULL,
    finess TEXT NOT NULL,
    statut TEXT NOT NULL,
    client_id TEXT NOT NULL,
    quand TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    empreinte BLOB PRIMARY KEY,
    client_id TEXT NOT NULL,
    expire INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS totp_pas (
    client_id TEXT PRIMARY KEY,
    pas INTEGER NOT NULL
);
";

/// The connection, shared; every call is short and runs on a blocking
/// thread (see `crate::routes::bloquant`). Submissions are not written
/// here but by the group-commit writer (`crate::ecrivain`).
#[derive(Clone)]
pub struct Store(Arc<Mutex<Connection>>);

pub(crate) fn sql(e: rusqlite::Error) -> Erreur {
    Erreur(format!("base SQLite : {e}"))
}

/// A new submission, as stored (owned: it travels to the writer's thread).
pub struct Soumission {
    pub uid: String,
    pub client_id: String,
    pub campagne: String,
    pub finess: String,
    pub voie: &'static str,
    pub corps: Vec<u8>,
    pub recu: String,
    pub cle: String,
    pub empreinte: Vec<u8>,
}

/// What a submission's transaction found.
pub enum Depot {
    /// Stored: the 202 body.
    Nouveau(String),
    /// The same key with the same body: the first 202 body, nothing created.
    Rejoue(String),
    /// The same key with another body.
    CleReutilisee,
    /// The collection is not `en_saisie`.
    StatutIncompatible,
}

/// A processing as WS06 shows it.
pub struct LigneTraitement {
    pub uid: String,
    pub campagne: String,
    pub finess: String,
    pub etat: Etat,
    pub position: u64,
    pub recu: String,
    pub termine: Option<String>,
    pub constats: Option<String>,
}

/// A processing waiting for the worker.
pub struct Tache {
    pub rang: i64,
    pub campagne: String,
    pub voie: String,
    pub corps: Vec<u8>,
}

pub struct LigneCollection {
    pub statut: Statut,
    pub dernier: Option<(String, Etat)>,
    /// Newest first: uid, state, received.
    pub historique: Vec<(String, Etat, String)>,
}

impl Store {
    /// Opens (and creates, 0600) the data file.
    pub fn ouvrir(chemin: &Path) -> Result<Store, Erreur> {
        creer_prive(chemin)?;
        let c = connexion(chemin)?;
        c.execute_batch(SCHEMA).map_err(sql)?;
        Ok(Store(Arc::new(Mutex::new(c))))
    }

    fn c(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite inconsistent.
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn ajouter_jeton(
        &self,
        empreinte: &[u8],
        client_id: &str,
        expire: i64,
    ) -> Result<(), Erreur> {
        let c = self.c();
        c.execute(
            "DELETE FROM jetons WHERE expire < ?1",
            params![expire - 86_400_000],
        )
        .map_err(sql)?;
        c.execute(
            "INSERT OR REPLACE INTO jetons (empreinte, client_id, expire) VALUES (?1, ?2, ?3)",
            params![empreinte, client_id, expire],
        )
        .map_err(sql)?;
        Ok(())
    }

    /// Every token: (hash, account, expiry).
    pub fn jetons(&self) -> Result<Vec<(Vec<u8>, String, i64)>, Erreur> {
        let c = self.c();
        let mut st = c
            .prepare("SELECT empreinte, client_id, expire FROM jetons")
            .map_err(sql)?;
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(sql)?
            .collect::<Result<_, _>>()
            .map_err(sql)
    }

    /// The idempotency record of (account, key): body hash and 202 body.
    pub fn idempotence(
        &self,
        client_id: &str,
        cle: &str,
    ) -> Result<Option<(Vec<u8>, String)>, Erreur> {
        self.c()
            .query_row(
                "SELECT empreinte, reponse FROM idempotence WHERE client_id = ?1 AND cle = ?2",
                params![client_id, cle],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(sql)
    }

    pub fn traitement(&self, uid: &str) -> Result<Option<LigneTraitement>, Erreur> {
        let c = self.c();
        let ligne = c
            .query_row(
                "SELECT rang, uid, campagne, finess, etat, recu, termine, constats
                 FROM traitements WHERE uid = ?1",
                params![uid],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        LigneTraitement {
                            uid: r.get(1)?,
                            campagne: r.get(2)?,
                            finess: r.get(3)?,
                            etat: etat(&r.get::<_, String>(4)?),
                            position: 0,
                            recu: r.get(5)?,
                            termine: r.get(6)?,
                            constats: r.get(7)?,
                        },
                    ))
                },
            )
            .optional()
            .map_err(sql)?;
        let Some((rang, mut t)) = ligne else {
            return Ok(None);
        };
        if t.etat == Etat::EnAttente {
            let devant: i64 = c
                .query_row(
                    "SELECT COUNT(*) FROM traitements
                     WHERE etat IN ('en_attente', 'en_cours') AND rang < ?1",
                    params![rang],
                    |r| r.get(0),
                )
                .map_err(sql)?;
            t.position = u64::try_from(devant).unwrap_or(0);
        }
        Ok(Some(t))
    }

    /// A collection's status alone (a submission's check: its history,
    /// which grows with every submission, is not read).
    pub fn statut(&self, campagne: &str, finess: &str) -> Result<Statut, Erreur> {
        statut_de(&self.c(), campagne, finess)
    }

    pub fn collection(&self, campagne: &str, finess: &str) -> Result<LigneCollection, Erreur> {
        let c = self.c();
        let statut = statut_de(&c, campagne, finess)?;
        let mut st = c
            .prepare(
                "SELECT uid, etat, recu FROM traitements
                 WHERE campagne = ?1 AND finess = ?2 ORDER BY rang DESC",
            )
            .map_err(sql)?;
        let historique: Vec<(String, Etat, String)> = st
            .query_map(params![campagne, finess], |r| {
                Ok((r.get(0)?, etat(&r.get::<_, String>(1)?), r.get(2)?))
            })
            .map_err(sql)?
            .collect::<Result<_, _>>()
            .map_err(sql)?;
        Ok(LigneCollection {
            statut,
            dernier: historique.first().map(|(u, e, _)| (u.clone(), *e)),
            historique,
        })
    }

    /// Sets a collection's status if it is still `avant` (the caller
    /// checked the transition on what it read); false if it changed since.
    pub fn changer_statut(
        &self,
        campagne: &str,
        finess: &str,
        avant: Statut,
        apres: Statut,
        client_id: &str,
        quand: &str,
    ) -> Result<bool, Erreur> {
        let mut c = self.c();
        let tx = c
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql)?;
        if statut_de(&tx, campagne, finess)? != avant {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO collections (campagne, finess, statut) VALUES (?1, ?2, ?3)
             ON CONFLICT (campagne, finess) DO UPDATE SET statut = excluded.statut",
            params![campagne, finess, apres.code()],
        )
        .map_err(sql)?;
        tx.execute(
            "INSERT INTO historique_statuts (campagne, finess, statut, client_id, quand)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![campagne, finess, apres.code(), client_id, quand],
        )
        .map_err(sql)?;
        tx.commit().map_err(sql)?;
        Ok(true)
    }

    /// The oldest processing not finished (an `en_cours` one is a processing
    /// interrupted by a stop: it is done again), marked `en_cours`.
    pub fn prochaine_tache(&self) -> Result<Option<Tache>, Erreur> {
        let c = self.c();
        let _leger = Leger::new(&c)?;
        let tache = c
            .query_row(
                "SELECT rang, campagne, voie, corps FROM traitements
                 WHERE etat IN ('en_attente', 'en_cours') ORDER BY rang LIMIT 1",
                [],
                |r| {
                    Ok(Tache {
                        rang: r.get(0)?,
                        campagne: r.get(1)?,
                        voie: r.get(2)?,
                        corps: r.get(3)?,
                    })
                },
            )
            .optional()
            .map_err(sql)?;
        if let Some(t) = &tache {
            c.execute(
                "UPDATE traitements SET etat = 'en_cours' WHERE rang = ?1",
                params![t.rang],
            )
            .map_err(sql)?;
        }
        Ok(tache)
    }

    pub fn terminer(
        &self,
        rang: i64,
        etat: Etat,
        termine: &str,
        constats: &str,
    ) -> Result<(), Erreur> {
        let c = self.c();
        let _leger = Leger::new(&c)?;
        c.execute(
            "UPDATE traitements SET etat = ?2, termine = ?3, constats = ?4 WHERE rang = ?1",
            params![rang, etat.code(), termine, constats],
        )
        .map_err(sql)?;
        Ok(())
    }
}

/// The worker's own writes are committed with `synchronous=NORMAL`: in WAL
/// mode they survive a killed process, and a power cut can only undo a
/// state change of the worker, which then validates that processing again
/// at the next start. Acknowledged submissions keep `FULL`.
struct Leger<'c>(&'c Connection);

impl<'c> Leger<'c> {
    fn new(c: &'c Connection) -> Result<Leger<'c>, Erreur> {
        c.pragma_update(None, "synchronous", "NORMAL")
            .map_err(sql)?;
        Ok(Leger(c))
    }
}

impl Drop for Leger<'_> {
    fn drop(&mut self) {
        // Deposits do not depend on it: they are committed by the writer's
        // own connection (`crate::ecrivain`), always `FULL`.
        let _ = self.0.pragma_update(None, "synchronous", "FULL");
    }
}

/// The verification screen's sessions, known by the SHA-256 of their id.
impl Store {
    pub fn ajouter_session(
        &self,
        empreinte: &[u8],
        client_id: &str,
        expire: i64,
        maintenant: i64,
    ) -> Result<(), Erreur> {
        let c = self.c();
        c.execute(
            "DELETE FROM sessions WHERE expire <= ?1",
            params![maintenant],
        )
        .map_err(sql)?;
        c.execute(
            "INSERT OR REPLACE INTO sessions (empreinte, client_id, expire) VALUES (?1, ?2, ?3)",
            params![empreinte, client_id, expire],
        )
        .map_err(sql)?;
        Ok(())
    }

    /// The account of a live session.
    pub fn session(&self, empreinte: &[u8], maintenant: i64) -> Result<Option<String>, Erreur> {
        self.c()
            .query_row(
                "SELECT client_id FROM sessions WHERE empreinte = ?1 AND expire > ?2",
                params![empreinte, maintenant],
                |r| r.get(0),
            )
            .optional()
            .map_err(sql)
    }

    pub fn fermer_session(&self, empreinte: &[u8]) -> Result<(), Erreur> {
        self.c()
            .execute(
                "DELETE FROM sessions WHERE empreinte = ?1",
                params![empreinte],
            )
            .map_err(sql)?;
        Ok(())
    }

    /// Records that the account used the second-factor code of step `pas`:
    /// false when that step or a later one was used already (a code is
    /// accepted once, across restarts).
    pub fn utiliser_pas_totp(&self, client_id: &str, pas: u64) -> Result<bool, Erreur> {
        let pas = i64::try_from(pas).unwrap_or(i64::MAX);
        let n = self
            .c()
            .execute(
                "INSERT INTO totp_pas (client_id, pas) VALUES (?1, ?2)
                 ON CONFLICT(client_id) DO UPDATE SET pas = excluded.pas
                 WHERE excluded.pas > totp_pas.pas",
                params![client_id, pas],
            )
            .map_err(sql)?;
        Ok(n == 1)
    }

    /// A processing's stored body and route (`voie`).
    pub fn corps(&self, uid: &str) -> Result<Option<(Vec<u8>, String)>, Erreur> {
        self.c()
            .query_row(
                "SELECT corps, voie FROM traitements WHERE uid = ?1",
                params![uid],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(sql)
    }
}

/// A submission's checks and rows, inside the caller's transaction (see
/// `crate::ecrivain`: the commit that makes it durable is the caller's).
pub(crate) fn deposer_dans(
    c: &Connection,
    s: &Soumission,
    reponse: impl FnOnce(u64) -> String,
) -> Result<Depot, Erreur> {
    // Looked at again inside the transaction: two retries racing.
    let deja: Option<(Vec<u8>, String)> = c
        .query_row(
            "SELECT empreinte, reponse FROM idempotence WHERE client_id = ?1 AND cle = ?2",
            params![s.client_id, s.cle],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(sql)?;
    if let Some((empreinte, reponse)) = deja {
        return Ok(if empreinte == s.empreinte {
            Depot::Rejoue(reponse)
        } else {
            Depot::CleReutilisee
        });
    }
    if statut_de(c, &s.campagne, &s.finess)? != Statut::EnSaisie {
        return Ok(Depot::StatutIncompatible);
    }
    let devant: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM traitements WHERE etat IN ('en_attente', 'en_cours')",
            [],
            |r| r.get(0),
        )
        .map_err(sql)?;
    let corps_202 = reponse(u64::try_from(devant).unwrap_or(0));
    c.execute(
        "INSERT INTO traitements (uid, client_id, campagne, finess, voie, corps, etat, recu)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'en_attente', ?7)",
        params![
            s.uid,
            s.client_id,
            s.campagne,
            s.finess,
            s.voie,
            s.corps,
            s.recu
        ],
    )
    .map_err(sql)?;
    c.execute(
        "INSERT INTO idempotence (client_id, cle, empreinte, reponse) VALUES (?1, ?2, ?3, ?4)",
        params![s.client_id, s.cle, s.empreinte, corps_202],
    )
    .map_err(sql)?;
    Ok(Depot::Nouveau(corps_202))
}

/// Holds the write lock of the store's connection until dropped (tests of
/// the writer: submissions queue meanwhile).
#[cfg(test)]
pub(crate) struct VerrouEcriture<'s>(MutexGuard<'s, Connection>);

#[cfg(test)]
pub(crate) fn verrou_ecriture(s: &Store) -> VerrouEcriture<'_> {
    let c = s.c();
    c.execute_batch("BEGIN IMMEDIATE").unwrap();
    VerrouEcriture(c)
}

#[cfg(test)]
impl Drop for VerrouEcriture<'_> {
    fn drop(&mut self) {
        let _ = self.0.execute_batch("ROLLBACK");
    }
}

/// A connection to the data file (WAL, `synchronous=FULL`). The store's
/// and the writer's (`crate::ecrivain`) share the file: when one holds the
/// write lock, the other retries every 100 µs for up to 5 s (SQLite's own
/// timeout sleeps whole milliseconds, longer than a commit here).
pub(crate) fn connexion(chemin: &Path) -> Result<Connection, Erreur> {
    let mut c = Connection::open(chemin).map_err(sql)?;
    c.pragma_update(None, "journal_mode", "WAL").map_err(sql)?;
    c.pragma_update(None, "synchronous", "FULL").map_err(sql)?;
    c.pragma_update(None, "foreign_keys", "ON").map_err(sql)?;
    c.busy_handler(Some(reessayer)).map_err(sql)?;
    Ok(c)
}

fn reessayer(essais: i32) -> bool {
    std::thread::sleep(std::time::Duration::from_micros(100));
    essais < 50_000
}

fn statut_de(c: &Connection, campagne: &str, finess: &str) -> Result<Statut, Erreur> {
    let s: Option<String> = c
        .query_row(
            "SELECT statut FROM collections WHERE campagne = ?1 AND finess = ?2",
            params![campagne, finess],
            |r| r.get(0),
        )
        .optional()
        .map_err(sql)?;
    Ok(s.as_deref()
        .and_then(Statut::depuis)
        .unwrap_or(Statut::EnSaisie))
}

fn etat(code: &str) -> Etat {
    Etat::depuis(code).unwrap_or(Etat::EnAttente)
}

/// Creates the file 0600 if missing; an existing file is tightened to 0600
/// (it holds personal data). The WAL and shared-memory files SQLite adds
/// beside it are created 0600 too, as SQLite copies the main file's mode.
fn creer_prive(chemin: &Path) -> Result<(), Erreur> {
    let echec = |e: std::io::Error| {
        Erreur(format!(
            "impossible de créer {} : {}",
            chemin.display(),
            sidoba_core::fichier::raison(&e)
        ))
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(chemin)
            .map_err(echec)?;
        std::fs::set_permissions(chemin, std::fs::Permissions::from_mode(0o600)).map_err(echec)?;
    }
    #[cfg(not(unix))]
    {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(chemin)
            .map_err(echec)?;
    }
    Ok(())
}
