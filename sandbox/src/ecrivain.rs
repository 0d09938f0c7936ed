//! Group commit of submissions (WS05, WS07, WS09): one thread owns its own
//! connection (WAL, `synchronous=FULL`), takes every submission queued
//! while it was busy, stores them in one transaction, and answers each
//! route once the commit that holds it is on disk. One `fsync` acknowledges
//! a whole lot: the routes wait for the disk together instead of in turn.

use crate::Erreur;
use crate::store::{self, Depot, Soumission, sql};
use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use tokio::sync::oneshot;

/// Builds the 202 body from the queue position.
pub type Reponse = Box<dyn FnOnce(u64) -> String + Send>;

struct Demande {
    soumission: Soumission,
    reponse: Reponse,
    retour: oneshot::Sender<Result<Depot, Erreur>>,
}

/// The writer's handle; the thread ends when the last handle is dropped.
#[derive(Clone)]
pub struct Ecrivain {
    envoi: mpsc::Sender<Demande>,
    /// Transactions committed so far (a test checks that a lot shares one).
    lots: Arc<AtomicU64>,
}

impl Ecrivain {
    /// Opens its connection to the data file (created with its schema by
    /// `Store::ouvrir` first) and starts the thread. At most `lot_max`
    /// submissions per transaction (1: one commit each).
    pub fn demarrer(chemin: &Path, lot_max: usize) -> Result<Ecrivain, Erreur> {
        let c = store::connexion(chemin)?;
        let (envoi, recu) = mpsc::channel();
        let lots = Arc::new(AtomicU64::new(0));
        let l2 = lots.clone();
        std::thread::Builder::new()
            .name("sidoba-ecrivain".into())
            .spawn(move || ecrire(c, &recu, lot_max.max(1), &l2))
            .map_err(|e| Erreur(format!("impossible de lancer l'écrivain : {e}")))?;
        Ok(Ecrivain { envoi, lots })
    }

    /// Stores a submission; returns once its transaction is committed.
    pub async fn deposer(&self, soumission: Soumission, reponse: Reponse) -> Result<Depot, Erreur> {
        self.mettre_en_file(soumission, reponse)?
            .await
            .map_err(|_| arrete())?
    }

    /// Queues a submission; its answer comes once its lot is committed.
    fn mettre_en_file(
        &self,
        soumission: Soumission,
        reponse: Reponse,
    ) -> Result<oneshot::Receiver<Result<Depot, Erreur>>, Erreur> {
        let (retour, attente) = oneshot::channel();
        self.envoi
            .send(Demande {
                soumission,
                reponse,
                retour,
            })
            .map_err(|_| arrete())?;
        Ok(attente)
    }

    #[cfg_attr(not(test), expect(dead_code, reason = "read by the tests"))]
    fn lots(&self) -> u64 {
        self.lots.load(Ordering::SeqCst)
    }
}

fn arrete() -> Erreur {
    Erreur("l'écrivain des envois s'est arrêté".into())
}

fn ecrire(mut c: Connection, recu: &mpsc::Receiver<Demande>, lot_max: usize, lots: &AtomicU64) {
    while let Ok(premiere) = recu.recv() {
        let mut lot = vec![premiere];
        while lot.len() < lot_max {
            match recu.try_recv() {
                Ok(d) => lot.push(d),
                Err(_) => break,
            }
        }
        let resultats = transaction(&mut c, &mut lot);
        lots.fetch_add(1, Ordering::SeqCst);
        for (d, r) in lot.into_iter().zip(resultats) {
            // A route gone (its client left) still has its row stored.
            let _ = d.retour.send(r);
        }
    }
}

/// One transaction for the lot; each submission in its own savepoint, so
/// that one failing leaves the others. If the commit fails, none is
/// acknowledged.
fn transaction(c: &mut Connection, lot: &mut [Demande]) -> Vec<Result<Depot, Erreur>> {
    let n = lot.len();
    let echec = |e: Erreur| (0..n).map(|_| Err(e.clone())).collect();
    let mut tx = match c.transaction_with_behavior(TransactionBehavior::Immediate) {
        Ok(tx) => tx,
        Err(e) => return echec(sql(e)),
    };
    let mut resultats = Vec::with_capacity(n);
    for d in lot.iter_mut() {
        let reponse = std::mem::replace(&mut d.reponse, Box::new(|_| String::new()));
        let r = tx.savepoint().map_err(sql).and_then(|sp| {
            let r = store::deposer_dans(&sp, &d.soumission, reponse)?;
            sp.commit().map_err(sql)?;
            Ok(r)
        });
        resultats.push(r);
    }
    match tx.commit() {
        Ok(()) => resultats,
        Err(e) => echec(sql(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn soumission(i: usize) -> Soumission {
        Soumission {
            uid: format!("uid-{i}"),
            client_id: "editeur".into(),
            campagne: "RAMA-2026".into(),
            finess: "690012345".into(),
            service: sidoba_contrat::Service::Ws05,
            corps: b"{}".to_vec(),
            recu: "2027-04-01T00:00:00.000Z".into(),
            cle: format!("cle-{}", i % 40),
            empreinte: vec![u8::from(i >= 40 && i % 2 == 1)],
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn les_depots_en_file_partagent_un_commit_et_chacun_recoit_sa_reponse() {
        let dossier = tempfile::tempdir().unwrap();
        let chemin = dossier.path().join("bac.sqlite");
        let store = store::Store::ouvrir(&chemin).unwrap();
        let ecrivain = Ecrivain::demarrer(&chemin, 512).unwrap();
        // Held busy by the store's own write lock, the writer finds all 60
        // queued when it can write: one lot (two if it took the first
        // before the others were queued).
        let verrou = store::verrou_ecriture(&store);
        let attentes: Vec<_> = (0..60)
            .map(|i| {
                let r: Reponse = Box::new(move |p| format!("202 {i} {p}"));
                ecrivain.mettre_en_file(soumission(i), r).unwrap()
            })
            .collect();
        drop(verrou);
        let mut resultats = Vec::new();
        for a in attentes {
            resultats.push(a.await.unwrap().unwrap());
        }
        let mut positions = Vec::new();
        for (i, r) in resultats.iter().enumerate() {
            match r {
                Depot::Nouveau(r) => {
                    assert!(i < 40, "{i}");
                    let p = r.strip_prefix(&format!("202 {i} ")).unwrap();
                    positions.push(p.parse::<u64>().unwrap());
                }
                // The same key again in the same lot: its first answer, or
                // a refusal when the body differs.
                Depot::Rejoue(r) => {
                    assert!(i >= 40 && i % 2 == 0, "{i}");
                    assert!(matches!(&resultats[i % 40], Depot::Nouveau(p) if p == r));
                }
                Depot::CleReutilisee => assert!(i >= 40 && i % 2 == 1, "{i}"),
                Depot::StatutIncompatible => panic!("{i}"),
            }
        }
        positions.sort();
        assert_eq!(positions, (0..40).collect::<Vec<_>>());
        assert!((1..=2).contains(&ecrivain.lots()), "{}", ecrivain.lots());
        for i in 0..40 {
            assert!(store.corps(&format!("uid-{i}")).unwrap().is_some());
        }
    }
}
