//! Fault injection on the credential endpoints: `/v1/jeton` and the
//! screen's login share one limiter (per account and per source address),
//! the same lockout rule, and a 429 with `Retry-After`.

mod commun;

use commun::*;
use reqwest::Method;

async fn jeton(bac: &Bac, compte: &str, secret: &str) -> Reponse {
    bac.requete(
        Method::POST,
        "/v1/jeton",
        None,
        &[("content-type", "application/x-www-form-urlencoded")],
        format!("grant_type=client_credentials&client_id={compte}&client_secret={secret}")
            .into_bytes(),
    )
    .await
}

async fn connexion(bac: &Bac, compte: &str, secret: &str) -> Reponse {
    bac.requete(
        Method::POST,
        "/connexion",
        None,
        &[("content-type", "application/x-www-form-urlencoded")],
        format!("client_id={compte}&client_secret={secret}").into_bytes(),
    )
    .await
}

#[track_caller]
fn verrouille(r: &Reponse) {
    r.probleme(429, "trop_de_requetes");
    let attente: u64 = r.entete("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&attente), "{attente}");
}

#[tokio::test]
async fn trois_cents_essais_de_jeton_finissent_bloques() {
    let bac = Bac::demarrer().await;
    let mut refus = 0;
    let mut verrous = 0;
    for i in 0..300 {
        let r = jeton(&bac, "editeur-a", &format!("essai-{i}")).await;
        match r.statut {
            401 => refus += 1,
            429 => {
                verrouille(&r);
                verrous += 1;
            }
            s => panic!("statut {s} : {}", r.texte()),
        }
    }
    assert_eq!((refus, verrous), (5, 295));
    // The right secret waits too; the secret was never tried past the lock.
    verrouille(&jeton(&bac, "editeur-a", SECRET).await);
    // Another account from another address is not locked out by it; from
    // this address, the address's own budget is spent (5 of 20 here, so
    // editeur-b still gets its token).
    assert_eq!(jeton(&bac, "editeur-b", SECRET).await.statut, 200);
    bac.arreter().await;
}

#[tokio::test]
async fn des_essais_repartis_sur_plusieurs_comptes_bloquent_l_adresse() {
    let bac = Bac::demarrer().await;
    for i in 0..20 {
        let r = jeton(&bac, &format!("inconnu-{i}"), "non").await;
        assert_eq!(r.statut, 401, "{i}");
    }
    verrouille(&jeton(&bac, "editeur-b", SECRET).await);
    bac.arreter().await;
}

#[tokio::test]
async fn les_echecs_de_jeton_et_de_connexion_comptent_ensemble() {
    let bac = Bac::demarrer().await;
    for _ in 0..3 {
        assert_eq!(jeton(&bac, "editeur-a", "non").await.statut, 401);
    }
    for _ in 0..2 {
        assert_eq!(connexion(&bac, "editeur-a", "non").await.statut, 401);
    }
    // Five failures in all: both doors are shut for this account.
    verrouille(&jeton(&bac, "editeur-a", SECRET).await);
    let p = connexion(&bac, "editeur-a", SECRET).await;
    assert_eq!(p.statut, 429, "{}", p.texte());
    assert!(p.entete("retry-after").is_some());
    bac.arreter().await;
}
