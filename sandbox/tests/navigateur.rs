//! The verification screen in a real browser: headless Chromium driven over
//! WebDriver (chromedriver) by fantoccini. Screenshots of the main pages go
//! to `target/ecran/`. Without chromium or chromedriver this test fails,
//! saying what to install: it never passes without a browser.

mod commun;

use commun::{
    Bac, FINESS_A, FINESS_B, SECRET, TOTP, comptes_avec_totp, maintenant, payload_rama_2026,
    payload_rama_2026_faux, totp,
};
use fantoccini::{Client, ClientBuilder, Locator};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

fn trouver(nom: &str) -> PathBuf {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join(nom))
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "{nom} introuvable dans le PATH : le test de l'écran dans un navigateur a besoin de \
                 Chromium et de chromedriver (Debian : apt-get install -y chromium chromium-driver)"
            )
        })
}

/// chromedriver on a free port, killed when dropped.
struct Pilote(Child, u16);

impl Drop for Pilote {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn demarrer_pilote() -> Pilote {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let enfant = Command::new(trouver("chromedriver"))
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver ne démarre pas");
    let pilote = Pilote(enfant, port);
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return pilote;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver n'écoute pas sur le port {port}");
}

async fn navigateur(pilote: &Pilote, profil: &Path) -> Client {
    let chromium = trouver("chromium");
    let mut cap = serde_json::Map::new();
    cap.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chromium,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run",
                     format!("--user-data-dir={}", profil.display()), "--window-size=1100,900"],
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(cap)
        .connect(&format!("http://127.0.0.1:{}", pilote.1))
        .await
        .expect("session WebDriver impossible avec Chromium")
}

fn dossier_captures() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("ecran");
    std::fs::create_dir_all(&d).unwrap();
    d
}

async fn capture(c: &Client, nom: &str) {
    let png = c.screenshot().await.unwrap();
    std::fs::write(dossier_captures().join(nom), png).unwrap();
}

/// Waits (5 s at most) for the element's text to contain `attendu`: a
/// click returns before the next page has loaded.
async fn attendre(c: &Client, css: &str, attendu: &str) -> String {
    let mut dernier = String::new();
    for _ in 0..50 {
        if let Ok(e) = c.find(Locator::Css(css)).await
            && let Ok(t) = e.text().await
        {
            if t.contains(attendu) {
                return t;
            }
            dernier = t;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("« {attendu} » n'apparaît pas dans {css} ; dernier texte : {dernier}");
}

async fn envoyer_et_attendre(bac: &Bac, campagne: &str, cle: &str, corps: &str) {
    let j = bac.jeton("editeur-a").await;
    let r = bac.envoyer(&j, campagne, FINESS_A, cle, corps).await;
    assert_eq!(r.statut, 202, "{}", r.texte());
    let uid = r.json()["uidTraitement"].as_str().unwrap().to_owned();
    bac.attendre_fin(&j, &uid).await;
}

/// The `<dd>` that follows the `<dt>` of this label.
async fn valeur_du_champ(c: &Client, libelle: &str) -> String {
    for dt in c.find_all(Locator::Css("dt")).await.unwrap() {
        if dt.text().await.unwrap() == libelle {
            let dd = dt
                .find(Locator::XPath("following-sibling::dd[1]"))
                .await
                .unwrap();
            return dd.text().await.unwrap();
        }
    }
    panic!("aucun champ « {libelle} » sur la page");
}

#[tokio::test]
async fn l_ecran_marche_dans_chromium_sans_interface() {
    let bac = Bac::avec(|c| {
        let mut v: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(commun::racine("tests/models/pieges.json")).unwrap(),
        )
        .unwrap();
        v["campagne"]["id"] = "PIEGES-S".into();
        v["modele"]["niveau"] = "structure".into();
        v["blocs"][0]["champs"][7]["libelle"] = "<script>alert(\"x\")</script>".into();
        std::fs::write(c.modeles.join("pieges.json"), v.to_string()).unwrap();
    })
    .await;
    // A field finding (-5 places) and a rule finding (R02: one GIR too many).
    let mut faux: serde_json::Value = serde_json::from_str(&payload_rama_2026_faux()).unwrap();
    faux["donnees"]["nb_gir1"] = (faux["donnees"]["nb_gir1"].as_i64().unwrap() + 1).into();
    envoyer_et_attendre(&bac, "RAMA-2026", "n1", &faux.to_string()).await;
    let pieges = serde_json::json!({"campagne": "PIEGES-S", "modele": {"code": "PIÈGES \\ */", "version": "0.0-α"},
        "donnees": {"gen": "<b>gras</b>"}});
    envoyer_et_attendre(&bac, "PIEGES-S", "n2", &pieges.to_string()).await;

    let pilote = demarrer_pilote().await;
    let profil = tempfile::tempdir().unwrap();
    let c = navigateur(&pilote, profil.path()).await;

    // Log in.
    c.goto(&bac.u("/")).await.unwrap();
    attendre(&c, "h1", "Connexion").await;
    capture(&c, "connexion.png").await;
    saisir_identifiants(&c, "editeur-a").await;
    attendre(&c, "h1", "Mes collectes").await;
    // Each campaign with its closing date, openness and status in words;
    // the SSIAD campaigns set apart from this EHPAD's RAMA.
    let accueil = attendre(&c, "main", "FINESS 690012345").await;
    for attendu in [
        "30/06/2027",
        "Ouverte",
        "Fermée",
        "En saisie",
        "Campagnes d'autres catégories d'établissement",
        "Rejeté, le 01/04/2027 à ",
    ] {
        assert!(accueil.contains(attendu), "{attendu} : {accueil}");
    }
    assert!(!accueil.contains("en_saisie") && !accueil.contains("rejete"));
    capture(&c, "accueil.png").await;

    // A processing with findings: each next to its field.
    c.find(Locator::Css("a[href=\"/collections/RAMA-2026/690012345\"]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    attendre(&c, "body", "Dernier envoi : Rejeté").await;
    let dd = valeur_du_champ(&c, "Places installées en hébergement permanent (place)").await;
    assert!(dd.starts_with("-5"), "{dd}");
    assert!(dd.contains("Bloquant :"), "{dd}");
    // A rejected report: no "Transmettre", the next step instead.
    assert!(
        c.find_all(Locator::XPath("//button[text()='Transmettre']"))
            .await
            .unwrap()
            .is_empty()
    );
    attendre(
        &c,
        "p.issue",
        "corrigez les constats bloquants dans votre logiciel",
    )
    .await;
    capture(&c, "collection-rejetee.png").await;
    // R02 reads the GIR counts and the residents: beside each.
    for libelle in [
        "Résidents présents au 31/12 (résident)",
        "Résidents en GIR 1 (résident)",
        "Résidents en GIR 6 (résident)",
    ] {
        let dd = valeur_du_champ(&c, libelle).await;
        assert!(dd.contains("(règle R02)"), "{libelle} : {dd}");
    }
    // Paris time on the --today day; the history without a bare UUID.
    let corps = attendre(&c, "main", "Reçu le 01/04/2027 à ").await;
    assert!(!corps.contains("UTC"));
    let historique = attendre(&c, "main > table", "3 constats bloquants").await;
    assert!(
        !historique
            .split_whitespace()
            .any(|m| m.len() == 36 && m.matches('-').count() == 4),
        "{historique}"
    );
    for d in c.find_all(Locator::Css("details")).await.unwrap() {
        assert_eq!(d.attr("open").await.unwrap(), None);
    }
    c.execute(
        "[...document.querySelectorAll('dt')].find(e => e.textContent.startsWith('Résidents en GIR 1')).scrollIntoView({block: 'center'})",
        vec![],
    )
    .await
    .unwrap();
    capture(&c, "collection-constats.png").await;

    // An accepted processing, transmitted, then reopened.
    envoyer_et_attendre(&bac, "RAMA-2026", "n3", &payload_rama_2026()).await;
    c.refresh().await.unwrap();
    attendre(&c, "body", "Dernier envoi : Accepté").await;
    attendre(&c, "p.issue", "Le dernier envoi est accepté").await;
    c.find(Locator::XPath("//button[text()='Transmettre']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    attendre(&c, "body", "Statut : Transmise").await;
    attendre(&c, "p.issue", "La collecte a été transmise.").await;
    capture(&c, "collection-transmise.png").await;
    c.find(Locator::XPath(
        "//button[text()='Demander une modification']",
    ))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    attendre(&c, "body", "Statut : En saisie").await;

    // The home page once an accepted report named the structure.
    c.goto(&bac.u("/")).await.unwrap();
    attendre(
        &c,
        "h2",
        "EHPAD Résidence du Clos des Canuts — FINESS 690012345",
    )
    .await;
    capture(&c, "accueil-nomme.png").await;

    // A user-level collection: persons by local identifier, filtered and
    // sorted through links.
    bac.envoyer_usagers("n4").await;
    c.goto(&bac.u(&format!("/collections/{}/{FINESS_A}", commun::USAGERS)))
        .await
        .unwrap();
    attendre(&c, "caption", "2 personne(s), par identifiant local").await;
    c.find(Locator::LinkText("Seulement les personnes avec constats"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    attendre(&c, "caption", "2 personne(s) avec constats sur 2").await;
    c.find(Locator::LinkText("Trier par nombre de constats bloquants"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let tableau = attendre(&c, "table", "U/002 (n° 2)").await;
    assert!(
        tableau.find("U/002").unwrap() < tableau.find("U-001").unwrap(),
        "{tableau}"
    );
    assert!(!c.source().await.unwrap().contains("usagers["));
    capture(&c, "usagers.png").await;

    // A hostile label and value are text (an alert would break the session).
    c.goto(&bac.u(&format!("/collections/PIEGES-S/{FINESS_A}")))
        .await
        .unwrap();
    // (the field `gen`, relabelled, holds a value that is markup too)
    assert_eq!(
        valeur_du_champ(&c, "<script>alert(\"x\")</script>").await,
        "<b>gras</b>"
    );
    capture(&c, "libelles-hostiles.png").await;
    assert!(
        c.find_all(Locator::Css("main b, main script"))
            .await
            .unwrap()
            .is_empty()
    );

    // Another account's collection, by URL.
    c.goto(&bac.u(&format!("/collections/RAMA-2026/{FINESS_B}")))
        .await
        .unwrap();
    attendre(&c, "h1", "Accès refusé").await;
    capture(&c, "acces-refuse.png").await;

    // A form posted without its CSRF token.
    c.goto(&bac.u(&format!("/collections/RAMA-2026/{FINESS_A}")))
        .await
        .unwrap();
    attendre(&c, "h2", "Statut : En saisie").await;
    c.execute(
        "document.querySelector('main form input[name=csrf]').remove()",
        vec![],
    )
    .await
    .unwrap();
    c.find(Locator::XPath("//button[text()='Transmettre']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    attendre(&c, "h1", "Formulaire refusé").await;
    let j = bac.jeton("editeur-a").await;
    let v = bac
        .get(
            &format!("/v1/campagnes/RAMA-2026/structures/{FINESS_A}"),
            &j,
        )
        .await;
    assert_eq!(v.json()["statut"], "en_saisie");

    c.close().await.unwrap();
    drop(pilote);
    bac.arreter().await;
}

/// Types `texte` into the field whose id is `id`.
async fn saisir(c: &Client, id: &str, texte: &str) {
    c.find(Locator::Id(id))
        .await
        .unwrap()
        .send_keys(texte)
        .await
        .unwrap();
}

/// Submits the page's form.
async fn valider(c: &Client) {
    c.find(Locator::Css("main button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// Fills the login form and submits it.
async fn saisir_identifiants(c: &Client, compte: &str) {
    saisir(c, "client_id", compte).await;
    saisir(c, "client_secret", SECRET).await;
    valider(c).await;
}

#[tokio::test]
async fn la_connexion_avec_second_facteur_marche_dans_chromium_sans_interface() {
    let ailleurs = tempfile::tempdir().unwrap();
    let fichier = comptes_avec_totp(ailleurs.path(), TOTP);
    let bac = Bac::avec(|c| c.comptes = fichier).await;
    let pilote = demarrer_pilote().await;
    let profil = tempfile::tempdir().unwrap();
    let c = navigateur(&pilote, profil.path()).await;

    c.goto(&bac.u("/")).await.unwrap();
    attendre(&c, "h1", "Connexion").await;
    saisir_identifiants(&c, "editeur-t").await;
    // The secret alone opens nothing: the code is asked.
    attendre(&c, "h1", "Code de vérification").await;
    let champ = c.find(Locator::Id("code")).await.unwrap();
    assert_eq!(
        champ.attr("autocomplete").await.unwrap().as_deref(),
        Some("one-time-code")
    );
    assert_eq!(
        champ.attr("inputmode").await.unwrap().as_deref(),
        Some("numeric")
    );
    capture(&c, "code.png").await;
    // A wrong code: said in words, the form again.
    let juste = totp().generate(maintenant()).to_string();
    let faux = if juste == "000000" {
        "111111"
    } else {
        "000000"
    };
    saisir(&c, "code", faux).await;
    valider(&c).await;
    attendre(&c, "p.issue", "Code incorrect").await;
    // The code of the moment opens the session.
    saisir(&c, "code", &totp().generate(maintenant()).to_string()).await;
    valider(&c).await;
    attendre(&c, "h1", "Mes collectes").await;
    attendre(&c, "header", "editeur-t").await;

    c.close().await.unwrap();
    drop(pilote);
    bac.arreter().await;
}
