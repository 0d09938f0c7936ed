//! The verification screen over HTTP: routes, session cookie, login
//! failures and their limit, CSRF, access to another account's FINESS,
//! escaping of hostile labels, masking of personal values, logout.

mod commun;

use commun::nav::Nav;
use commun::{Bac, FINESS_A, FINESS_B, SECRET, payload_rama_2026, payload_rama_2026_faux};

async fn envoyer_et_attendre(bac: &Bac, compte: &str, campagne: &str, cle: &str, corps: &str) {
    let j = bac.jeton(compte).await;
    let r = bac.envoyer(&j, campagne, FINESS_A, cle, corps).await;
    assert_eq!(r.statut, 202, "{}", r.texte());
    let uid = r.json()["uidTraitement"].as_str().unwrap().to_owned();
    bac.attendre_fin(&j, &uid).await;
}

#[tokio::test]
async fn formulaire_de_connexion_cookie_de_session_et_accueil() {
    let bac = Bac::demarrer().await;
    let mut nav = Nav::new(&bac);
    let p = nav.get("/").await;
    assert_eq!(p.statut, 200);
    assert!(p.entete("content-type").starts_with("text/html"));
    assert!(p.texte.contains("<html lang=\"fr\">"));
    assert!(p.texte.contains("<label for=\"client_id\">"));
    assert!(p.texte.contains("name=\"client_secret\" type=\"password\""));
    assert!(!p.texte.contains("<script"));

    let faux = nav
        .post("/connexion", "client_id=editeur-a&client_secret=mauvais")
        .await;
    assert_eq!(faux.statut, 401);
    assert!(faux.texte.contains("Identifiant ou secret incorrect."));
    assert!(faux.entete("set-cookie").is_empty());

    let ok = nav.connecter("editeur-a").await;
    assert_eq!(ok.entete("location"), "/");
    let cookie = ok.entete("set-cookie");
    let (valeur, attributs) = cookie.split_once(';').unwrap();
    let id = valeur.strip_prefix("sidoba_session=").unwrap();
    assert_eq!(id.len(), 64);
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(
        attributs.trim(),
        "HttpOnly; SameSite=Strict; Path=/; Max-Age=28800"
    );

    let accueil = nav.get("/").await;
    assert_eq!(accueil.statut, 200);
    assert!(accueil.texte.contains("<h1>Mes collectes</h1>"));
    assert!(
        accueil
            .texte
            .contains("href=\"/collections/RAMA-2026/690012345\"")
    );
    assert!(!accueil.texte.contains(FINESS_B), "{}", accueil.texte);
    assert_eq!(accueil.entete("cache-control"), "no-store");
    bac.arreter().await;
}

#[tokio::test]
async fn les_tentatives_de_connexion_sont_limitees_par_compte() {
    let bac = Bac::demarrer().await;
    let nav = Nav::new(&bac);
    for _ in 0..5 {
        let p = nav
            .post("/connexion", "client_id=editeur-a&client_secret=non")
            .await;
        assert_eq!(p.statut, 401);
    }
    // Even the right secret waits now; another account does not.
    let p = nav
        .post(
            "/connexion",
            &format!("client_id=editeur-a&client_secret={SECRET}"),
        )
        .await;
    assert_eq!(p.statut, 429, "{}", p.texte);
    assert!(p.entete("content-type").starts_with("text/html"));
    let attente: i64 = p.entete("retry-after").parse().unwrap();
    assert!((1..=60).contains(&attente));
    assert!(p.texte.contains("Trop de tentatives de connexion"));
    let autre = nav
        .post(
            "/connexion",
            &format!("client_id=editeur-b&client_secret={SECRET}"),
        )
        .await;
    assert_eq!(autre.statut, 303);
    bac.arreter().await;
}

#[tokio::test]
async fn les_tentatives_de_connexion_sont_limitees_par_adresse() {
    let bac = Bac::demarrer().await;
    let nav = Nav::new(&bac);
    // Twenty accounts, one failure each: the peer's budget, not theirs.
    for i in 0..20 {
        let p = nav
            .post(
                "/connexion",
                &format!("client_id=inconnu-{i}&client_secret=non"),
            )
            .await;
        assert_eq!(p.statut, 401, "{i}");
    }
    let p = nav
        .post(
            "/connexion",
            &format!("client_id=editeur-b&client_secret={SECRET}"),
        )
        .await;
    assert_eq!(p.statut, 429);
    bac.arreter().await;
}

#[tokio::test]
async fn la_collecte_montre_les_constats_et_transmet_avec_csrf() {
    let bac = Bac::demarrer().await;
    envoyer_et_attendre(
        &bac,
        "editeur-a",
        "RAMA-2026",
        "k1",
        &payload_rama_2026_faux(),
    )
    .await;
    let mut nav = Nav::new(&bac);
    nav.connecter("editeur-a").await;
    let chemin = format!("/collections/RAMA-2026/{FINESS_A}");
    let p = nav.get(&chemin).await;
    assert_eq!(p.statut, 200, "{}", p.texte);
    assert!(p.texte.contains("Dernier envoi : Rejeté"));
    // The finding sits in the field's <dd>, after its value.
    let i = p
        .texte
        .find("<dt>Places installées en hébergement permanent (place)")
        .expect("champ");
    let dd = &p.texte[i..i + p.texte[i..].find("</dd>").unwrap()];
    assert!(dd.contains("-5"), "{dd}");
    assert!(dd.contains("class=\"constat bloquant\""), "{dd}");
    assert!(dd.contains("Bloquant : "), "{dd}");
    // The summary at the top links to it.
    assert!(
        dd.contains("<li class=\"constat bloquant\" id=\"constat-0\">"),
        "{dd}"
    );
    let sommaire = p.texte.find("<a href=\"#constat-0\">Bloquant : ").unwrap();
    assert!(sommaire < i);
    // Repeatable blocks are tables; codes shown with their label.
    assert!(p.texte.contains("<caption>"));
    assert!(p.texte.contains("PNL — "));

    // Not accepted: a transmission is refused with the API's reason.
    let csrf = nav.csrf().await;
    let t = nav
        .post(&format!("{chemin}/transmettre"), &format!("csrf={csrf}"))
        .await;
    assert_eq!(t.statut, 303);
    assert_eq!(
        t.entete("location"),
        format!("{chemin}?issue=refus-non-accepte")
    );
    let p = nav.get(t.entete("location")).await;
    assert!(p.texte.contains(
        "Changement de statut refusé : le dernier traitement de la collecte n'est pas accepté."
    ));

    envoyer_et_attendre(&bac, "editeur-a", "RAMA-2026", "k2", &payload_rama_2026()).await;
    for corps in ["", "csrf=", &format!("csrf={}", "0".repeat(64))] {
        let r = nav.post(&format!("{chemin}/transmettre"), corps).await;
        assert_eq!(r.statut, 403, "{corps}");
        assert!(r.texte.contains("Formulaire refusé"));
    }
    let t = nav
        .post(&format!("{chemin}/transmettre"), &format!("csrf={csrf}"))
        .await;
    assert_eq!(t.entete("location"), format!("{chemin}?issue=transmise"));
    let p = nav.get(t.entete("location")).await;
    assert!(p.texte.contains("<h2>Statut : Transmise</h2>"));
    assert!(p.texte.contains("La collecte a été transmise."));
    assert!(p.texte.contains("Demander une modification"));
    // The API sees the same status.
    let j = bac.jeton("editeur-a").await;
    let v = bac
        .get(
            &format!("/v1/campagnes/RAMA-2026/structures/{FINESS_A}"),
            &j,
        )
        .await;
    assert_eq!(v.json()["statut"], "transmise");

    let r = nav
        .post(&format!("{chemin}/rouvrir"), &format!("csrf={csrf}"))
        .await;
    assert_eq!(r.entete("location"), format!("{chemin}?issue=rouverte"));
    let p = nav.get(&chemin).await;
    assert!(p.texte.contains("<h2>Statut : En saisie</h2>"));
    bac.arreter().await;
}

#[tokio::test]
async fn la_collecte_d_un_autre_compte_est_refusee() {
    let bac = Bac::demarrer().await;
    let mut nav = Nav::new(&bac);
    // Without a session: back to the login form.
    let p = nav.get(&format!("/collections/RAMA-2026/{FINESS_B}")).await;
    assert_eq!(p.statut, 303);
    nav.connecter("editeur-a").await;
    let p = nav.get(&format!("/collections/RAMA-2026/{FINESS_B}")).await;
    assert_eq!(p.statut, 403);
    assert!(p.entete("content-type").starts_with("text/html"));
    assert!(p.texte.contains("Accès refusé"));
    let csrf = nav.csrf().await;
    let p = nav
        .post(
            &format!("/collections/RAMA-2026/{FINESS_B}/transmettre"),
            &format!("csrf={csrf}"),
        )
        .await;
    assert_eq!(p.statut, 403);
    // A reader sees the page without the actions, and cannot post them.
    let mut lecteur = Nav::new(&bac);
    lecteur.connecter("lecteur-a").await;
    let p = lecteur
        .get(&format!("/collections/RAMA-2026/{FINESS_A}"))
        .await;
    assert_eq!(p.statut, 200);
    assert!(!p.texte.contains("/transmettre"));
    let csrf = lecteur.csrf().await;
    let p = lecteur
        .post(
            &format!("/collections/RAMA-2026/{FINESS_A}/transmettre"),
            &format!("csrf={csrf}"),
        )
        .await;
    assert_eq!(p.statut, 403);
    bac.arreter().await;
}

#[tokio::test]
async fn la_deconnexion_ferme_la_session() {
    let bac = Bac::demarrer().await;
    let mut nav = Nav::new(&bac);
    nav.connecter("editeur-a").await;
    let csrf = nav.csrf().await;
    assert_eq!(nav.post("/deconnexion", "csrf=faux").await.statut, 403);
    let p = nav.post("/deconnexion", &format!("csrf={csrf}")).await;
    assert_eq!(p.statut, 303);
    assert!(p.entete("set-cookie").contains("Max-Age=0"));
    // The old cookie no longer opens anything.
    let p = nav.get("/").await;
    assert!(p.texte.contains("<h1>Connexion</h1>"));
    assert_eq!(
        nav.get(&format!("/collections/RAMA-2026/{FINESS_A}"))
            .await
            .statut,
        303
    );
    bac.arreter().await;
}

/// The campaign id of pieges.json (`Pièges/2025 "x"`), as a path segment.
const PIEGES: &str = "Pi%C3%A8ges%2F2025%20%22x%22";

/// A structure-level copy of tests/models/pieges.json with a `<script>`
/// label, and tests/models/personnel.json, open on the server's date.
fn modeles_pieges(c: &mut sidoba_sandbox::Config) {
    let mut v: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(commun::racine("tests/models/pieges.json")).unwrap(),
    )
    .unwrap();
    v["modele"]["niveau"] = "structure".into();
    v["blocs"][0]["champs"][7]["libelle"] = "<script>alert(\"x\")</script>".into();
    std::fs::write(c.modeles.join("pieges.json"), v.to_string()).unwrap();
    let mut p: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(commun::racine("tests/models/personnel.json")).unwrap(),
    )
    .unwrap();
    p["campagne"]["dateOuverture"] = "2027-01-01".into();
    p["campagne"]["dateCloture"] = "2027-12-31".into();
    std::fs::write(c.modeles.join("personnel.json"), p.to_string()).unwrap();
}

#[tokio::test]
async fn les_libelles_hostiles_restent_du_texte_et_les_valeurs_personnelles_sont_masquees() {
    let bac = Bac::avec(modeles_pieges).await;
    let pieges = serde_json::json!({"campagne": "Pièges/2025 \"x\"", "modele": {"code": "PIÈGES \\ */", "version": "0.0-α"},
        "donnees": {"gen": "<img src=x onerror=alert(1)>", "secret": "VALEUR-SECRETE"}});
    envoyer_et_attendre(&bac, "editeur-a", PIEGES, "p1", &pieges.to_string()).await;
    let personnel = serde_json::json!({"campagne": "PERSONNEL-2025", "modele": {"code": "PERSONNEL", "version": "1.0"},
        "donnees": {"p_age": 47, "p_nir": "185077512345678", "p_naissance": "1978-03-02", "t_vide": "public"}});
    envoyer_et_attendre(
        &bac,
        "editeur-a",
        "PERSONNEL-2025",
        "p2",
        &personnel.to_string(),
    )
    .await;
    let mut nav = Nav::new(&bac);
    nav.connecter("editeur-a").await;

    let p = nav.get(&format!("/collections/{PIEGES}/{FINESS_A}")).await;
    assert_eq!(p.statut, 200, "{}", p.texte);
    assert!(
        p.texte
            .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"),
        "{}",
        p.texte
    );
    assert!(p.texte.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!p.texte.contains("<script"));
    assert!(!p.texte.contains("<img"));
    assert!(!p.texte.contains("VALEUR-SECRETE"));
    // The campaign id with `/`, spaces and quotes is one encoded segment.
    let accueil = nav.get("/").await;
    assert!(
        accueil
            .texte
            .contains("href=\"/collections/Pi%C3%A8ges%2F2025%20%22x%22/690012345\""),
        "{}",
        accueil.texte
    );

    let p = nav
        .get(&format!("/collections/PERSONNEL-2025/{FINESS_A}"))
        .await;
    assert_eq!(p.statut, 200, "{}", p.texte);
    for secret in ["47", "185077512345678", "1978", "02/03/1978"] {
        assert!(!p.texte.contains(&format!(">{secret}")), "{secret}");
        assert!(!p.texte.contains(secret) || secret == "47", "{secret}");
    }
    assert!(p.texte.matches("(donnée personnelle masquée)").count() >= 3);
    assert!(p.texte.contains("public"));
    bac.arreter().await;
}

#[tokio::test]
async fn une_collecte_par_personne_a_une_page_par_personne() {
    let bac = Bac::demarrer().await;
    bac.envoyer_usagers("u1").await;
    let mut nav = Nav::new(&bac);
    nav.connecter("editeur-a").await;
    let chemin = format!("/collections/{}/{FINESS_A}", commun::USAGERS);
    let p = nav.get(&chemin).await;
    assert_eq!(p.statut, 200, "{}", p.texte);
    assert!(p.texte.contains("2 personne(s), par identifiant local"));
    assert!(
        p.texte
            .contains(&format!("href=\"{chemin}/usagers/U-001\">U-001</a>"))
    );
    assert!(
        p.texte
            .contains(&format!("href=\"{chemin}/usagers/U%2F002\">U/002</a>"))
    );
    // Each person's own findings, counted on its line: the
    // structure-level fields this copy's model requires, and U/002's
    // `79.25` (one decimal too many).
    assert!(
        p.texte
            .contains("U-001</a> (n° 1)</td><td>19</td><td>0</td>"),
        "{}",
        p.texte
    );
    assert!(
        p.texte
            .contains("U/002</a> (n° 2)</td><td>20</td><td>0</td>"),
        "{}",
        p.texte
    );
    assert!(!p.texte.contains("DUPONT"));
    assert!(!p.texte.contains("ALICE"));

    let u = nav.get(&format!("{chemin}/usagers/U%2F002")).await;
    assert_eq!(u.statut, 200, "{}", u.texte);
    assert!(u.texte.contains("<h1>Personne U/002 (n° 2)</h1>"));
    let i = u
        .texte
        .find("<dt>Âge moyen des patients au 31/12 (an)</dt>")
        .unwrap();
    assert!(u.texte[i..].starts_with("<dt>Âge moyen des patients au 31/12 (an)</dt><dd>79,25"));
    assert!(u.texte.contains("<td>IDE — "));
    assert!(u.texte.contains("<td>1,50"), "{}", u.texte);
    // The person's findings are laid out as the form: the second row's
    // missing ETP beside its cell, no other person's findings.
    let as_ = u.texte.find("<td>AS — ").unwrap();
    let etp = u
        .texte
        .find("Bloquant : </strong>Le champ « Équivalents temps plein » est obligatoire")
        .unwrap();
    assert!(
        etp > as_ && !u.texte[as_..etp].contains("</tr>"),
        "{}",
        u.texte
    );
    // Its 19 missing fields and `79.25`, one decimal too many.
    assert!(
        u.texte.contains("Constats sur les champs (20)"),
        "{}",
        u.texte
    );
    assert!(
        u.texte
            .contains("admet au plus 1 chiffre(s) après la virgule")
    );
    assert!(!u.texte.contains("usagers[0]"));
    assert!(!u.texte.contains("DUPONT"));
    assert!(!u.texte.contains("BOB"));
    assert_eq!(
        nav.get(&format!("{chemin}/usagers/inconnu")).await.statut,
        404
    );
    bac.arreter().await;
}

#[tokio::test]
async fn une_session_survit_a_un_redemarrage() {
    let dossier = tempfile::tempdir().unwrap();
    let demarrer = || async {
        let s = sidoba_sandbox::Serveur::demarrer(commun::config(dossier.path()))
            .await
            .unwrap();
        let url = format!("http://{}", s.adresse());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let t = tokio::spawn(s.attendre(async {
            let _ = rx.await;
        }));
        (url, tx, t)
    };
    let (url, tx, t) = demarrer().await;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = http
        .post(format!("{url}/connexion"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("client_id=editeur-a&client_secret={SECRET}"))
        .send()
        .await
        .unwrap();
    let cookie = r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    tx.send(()).unwrap();
    t.await.unwrap().unwrap();
    // Only the SHA-256 of the id is on disk.
    let id = cookie.strip_prefix("sidoba_session=").unwrap();
    let octets = std::fs::read(dossier.path().join("bac.sqlite")).unwrap();
    let wal = std::fs::read(dossier.path().join("bac.sqlite-wal")).unwrap_or_default();
    for f in [&octets, &wal] {
        assert!(!f.windows(id.len()).any(|w| w == id.as_bytes()));
    }

    let (url, tx, t) = demarrer().await;
    let p = http
        .get(format!("{url}/"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert!(p.text().await.unwrap().contains("<h1>Mes collectes</h1>"));
    tx.send(()).unwrap();
    t.await.unwrap().unwrap();
}

#[tokio::test]
async fn des_constats_enregistres_abimes_montrent_une_erreur_pas_zero_constat() {
    let bac = Bac::demarrer().await;
    envoyer_et_attendre(
        &bac,
        "editeur-a",
        "RAMA-2026",
        "k1",
        &payload_rama_2026_faux(),
    )
    .await;
    // The stored findings of that processing become unreadable.
    let base = rusqlite::Connection::open(bac.dossier.path().join("bac.sqlite")).unwrap();
    let n = base
        .execute("UPDATE traitements SET constats = '[{\"tronque'", [])
        .unwrap();
    assert_eq!(n, 1);
    drop(base);
    let mut nav = Nav::new(&bac);
    nav.connecter("editeur-a").await;
    let p = nav.get(&format!("/collections/RAMA-2026/{FINESS_A}")).await;
    assert!(
        p.texte
            .contains("Les constats enregistrés de ce traitement sont illisibles"),
        "{}",
        p.texte
    );
    assert!(!p.texte.contains("aucun constat"), "{}", p.texte);
    assert!(!p.texte.contains("0 constat"), "{}", p.texte);
    bac.arreter().await;
}

#[tokio::test]
async fn un_etat_enregistre_inconnu_est_une_erreur_pas_un_traitement_en_attente() {
    let bac = Bac::demarrer().await;
    let j = bac.jeton("editeur-a").await;
    let r = bac
        .envoyer(&j, "RAMA-2026", FINESS_A, "k1", &payload_rama_2026())
        .await;
    let uid = r.json()["uidTraitement"].as_str().unwrap().to_owned();
    bac.attendre_fin(&j, &uid).await;
    let base = rusqlite::Connection::open(bac.dossier.path().join("bac.sqlite")).unwrap();
    base.execute("UPDATE traitements SET etat = 'perdu'", [])
        .unwrap();
    drop(base);
    // WS06 does not pass it off as `en_attente`.
    let r = bac.get(&format!("/v1/traitements/{uid}"), &j).await;
    r.probleme(500, "erreur_interne");
    // Nor does the screen.
    let mut nav = Nav::new(&bac);
    nav.connecter("editeur-a").await;
    let p = nav.get(&format!("/collections/RAMA-2026/{FINESS_A}")).await;
    assert_eq!(p.statut, 500, "{}", p.texte);
    assert!(!p.texte.contains("En attente"), "{}", p.texte);
    bac.arreter().await;
}
