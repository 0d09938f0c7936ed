//! The screen's second factor (api.md: an account's optional `totp`, an
//! RFC 6238 code asked after the secret, accepted once, its failures
//! counted with the logins); the API's client credentials unaffected.

mod commun;

use commun::*;

/// A six-digit code valid for no step around now.
fn code_faux() -> String {
    let t = totp();
    let valides: Vec<String> = [0, 30, 60]
        .iter()
        .map(|d| t.generate(maintenant() + 30 - d).to_string())
        .collect();
    (0..1000u32)
        .map(|i| format!("{:06}", i * 999))
        .find(|c| !valides.contains(c))
        .unwrap()
}

/// POST /connexion without following its redirect (the session's cookie
/// comes with the 303).
async fn poster(bac: &Bac, corps: String) -> Reponse {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = http
        .post(bac.u("/connexion"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(corps)
        .send()
        .await
        .unwrap();
    Reponse {
        statut: r.status().as_u16(),
        entetes: r.headers().clone(),
        octets: r.bytes().await.unwrap().to_vec(),
    }
}

/// The hidden `etape` field of the code form.
fn etape(r: &Reponse) -> String {
    let t = r.texte();
    let i = t
        .find("name=\"etape\" value=\"")
        .unwrap_or_else(|| panic!("pas de formulaire de code : {t}"))
        + 20;
    t[i..i + 64].to_owned()
}

async fn premiere_etape(bac: &Bac) -> String {
    let r = poster(bac, format!("client_id=editeur-t&client_secret={SECRET}")).await;
    assert_eq!(r.statut, 200, "{}", r.texte());
    assert!(
        r.entete("set-cookie").is_none(),
        "no session before the code"
    );
    let t = r.texte();
    assert!(t.contains("name=\"code\""), "{t}");
    assert!(t.contains("autocomplete=\"one-time-code\""), "{t}");
    assert!(!t.contains(SECRET) && !t.contains(TOTP));
    etape(&r)
}

#[tokio::test]
async fn un_compte_totp_se_connecte_avec_son_code_une_seule_fois() {
    let ailleurs = tempfile::tempdir().unwrap();
    let fichier = comptes_avec_totp(ailleurs.path(), TOTP);
    let bac = Bac::avec(|c| c.comptes = fichier).await;
    // Wrong code: no session, the form again.
    let e = premiere_etape(&bac).await;
    let r = poster(&bac, format!("etape={e}&code={}", code_faux())).await;
    assert_eq!(r.statut, 401, "{}", r.texte());
    assert!(r.entete("set-cookie").is_none());
    assert!(r.texte().contains("name=\"code\""));
    // The right code opens the session.
    let code = totp().generate(maintenant()).to_string();
    let r = poster(&bac, format!("etape={e}&code={code}")).await;
    assert_eq!(r.statut, 303, "{}", r.texte());
    let cookie = r
        .entete("set-cookie")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let accueil = bac
        .requete(
            reqwest::Method::GET,
            "/",
            None,
            &[("cookie", &cookie)],
            Vec::new(),
        )
        .await;
    assert!(
        accueil.texte().contains("Mes collectes"),
        "{}",
        accueil.texte()
    );
    // The same code again, after a new first step: refused.
    let e = premiere_etape(&bac).await;
    let r = poster(&bac, format!("etape={e}&code={code}")).await;
    assert_eq!(r.statut, 401, "{}", r.texte());
    assert!(r.texte().contains("déjà servi"), "{}", r.texte());
    // A step token that is not one: back to the login form.
    let r = poster(&bac, format!("etape={}&code={code}", "0".repeat(64))).await;
    assert_eq!(r.statut, 401, "{}", r.texte());
    assert!(r.texte().contains("name=\"client_secret\""));
    // The API's client credentials need no code.
    assert!(!bac.jeton("editeur-t").await.is_empty());
    bac.arreter().await;
}

#[tokio::test]
async fn les_codes_faux_comptent_avec_les_connexions_echouees() {
    let ailleurs = tempfile::tempdir().unwrap();
    let fichier = comptes_avec_totp(ailleurs.path(), TOTP);
    let bac = Bac::avec(|c| c.comptes = fichier).await;
    let e = premiere_etape(&bac).await;
    for _ in 0..3 {
        let r = poster(&bac, format!("etape={e}&code={}", code_faux())).await;
        assert_eq!(r.statut, 401);
    }
    for _ in 0..2 {
        let r = poster(&bac, "client_id=editeur-t&client_secret=non".into()).await;
        assert_eq!(r.statut, 401);
    }
    // Five failures: the right code waits, and so does the right secret.
    let code = totp().generate(maintenant()).to_string();
    let r = poster(&bac, format!("etape={e}&code={code}")).await;
    assert_eq!(r.statut, 429, "{}", r.texte());
    assert!(r.entete("retry-after").is_some());
    let r = poster(&bac, format!("client_id=editeur-t&client_secret={SECRET}")).await;
    assert_eq!(r.statut, 429);
    // The token endpoint shares the limiter.
    let r = bac
        .requete(
            reqwest::Method::POST,
            "/v1/jeton",
            None,
            &[("content-type", "application/x-www-form-urlencoded")],
            format!("grant_type=client_credentials&client_id=editeur-t&client_secret={SECRET}")
                .into_bytes(),
        )
        .await;
    r.probleme(429, "trop_de_requetes");
    bac.arreter().await;
}

#[tokio::test]
async fn un_secret_totp_inutilisable_arrete_le_demarrage_sans_etre_cite() {
    for faux in ["PAS-DU-BASE32!", "JBSWY3DP"] {
        let dossier = tempfile::tempdir().unwrap();
        let mut c = config(dossier.path());
        c.comptes = comptes_avec_totp(dossier.path(), faux);
        let e = match sidoba_sandbox::Serveur::demarrer(c).await {
            Err(e) => e.to_string(),
            Ok(_) => panic!("{faux} accepté"),
        };
        assert!(e.contains("comptes[0].totp"), "{e}");
        assert!(!e.contains(faux), "{e}");
    }
}
