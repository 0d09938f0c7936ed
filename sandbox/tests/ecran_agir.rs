//! The screen's "what the staff need to act" (format 2 of api.md's screen
//! section): transmit only when WS08 would accept, rule findings beside
//! every field their rule reads, persons by local identifier, Paris times
//! and `--today`, a history without raw UUIDs, a home page that names each
//! structure and tells each campaign's closing date, openness and status.

mod commun;

use commun::nav::Nav;
use commun::{Bac, FINESS_A, USAGERS, payload_rama_2026, payload_rama_2026_faux};

async fn envoyer(bac: &Bac, campagne: &str, cle: &str, corps: &str) -> serde_json::Value {
    let j = bac.jeton("editeur-a").await;
    let r = bac.envoyer(&j, campagne, FINESS_A, cle, corps).await;
    assert_eq!(r.statut, 202, "{}", r.texte());
    let uid = r.json()["uidTraitement"].as_str().unwrap().to_owned();
    bac.attendre_fin(&j, &uid).await
}

/// The `<dd>` of the field labelled `libelle`.
fn dd<'p>(page: &'p str, libelle: &str) -> &'p str {
    let i = page
        .find(&format!("<dt>{libelle}"))
        .unwrap_or_else(|| panic!("pas de champ « {libelle} » : {page}"));
    &page[i..i + page[i..].find("</dd>").unwrap()]
}

/// Words a person must never read on a page: the API's raw codes.
fn sans_codes_bruts(page: &str) {
    for brut in [
        "accepte<",
        "rejete<",
        "en_saisie",
        "en_attente",
        "position 0",
        "usagers[",
        ">accepte",
        ">rejete",
    ] {
        assert!(!page.contains(brut), "« {brut} » sur la page : {page}");
    }
}

#[tokio::test]
async fn un_rapport_rejete_dit_quoi_faire_au_lieu_d_offrir_la_transmission() {
    let bac = Bac::demarrer().await;
    envoyer(&bac, "RAMA-2026", "k1", &payload_rama_2026_faux()).await;
    let mut nav = Nav::new(&bac);
    nav.connecter("editeur-a").await;
    let chemin = format!("/collections/RAMA-2026/{FINESS_A}");
    let p = nav.get(&chemin).await;
    assert!(!p.texte.contains(">Transmettre</button>"), "{}", p.texte);
    assert!(
        p.texte.contains("Le dernier envoi a été rejeté : corrigez les constats bloquants dans votre logiciel puis renvoyez le rapport."),
        "{}",
        p.texte
    );
    sans_codes_bruts(&p.texte);

    // Nothing sent yet on another campaign: say so, no button either.
    let p = nav.get("/collections/SSIAD-USAGERS-2027/690012345").await;
    assert!(!p.texte.contains(">Transmettre</button>"));
    assert!(p.texte.contains("Aucun envoi reçu"), "{}", p.texte);
    assert!(p.texte.contains("envoyez d'abord"), "{}", p.texte);

    // Accepted: the button, and nothing to fix.
    envoyer(&bac, "RAMA-2026", "k2", &payload_rama_2026()).await;
    let p = nav.get(&chemin).await;
    assert!(p.texte.contains(">Transmettre</button>"), "{}", p.texte);
    bac.arreter().await;
}

#[tokio::test]
async fn le_constat_d_une_regle_se_tient_pres_de_chaque_champ_qu_elle_lit() {
    let bac = Bac::demarrer().await;
    let mut v: serde_json::Value = serde_json::from_str(&payload_rama_2026()).unwrap();
    let gir1 = v["donnees"]["nb_gir1"].as_i64().unwrap();
    v["donnees"]["nb_gir1"] = (gir1 + 1).into();
    let fin = envoyer(&bac, "RAMA-2026", "k1", &v.to_string()).await;
    assert_eq!(fin["etat"], "rejete", "{fin}");
    let mut nav = Nav::new(&bac);
    nav.connecter("editeur-a").await;
    let p = nav.get(&format!("/collections/RAMA-2026/{FINESS_A}")).await;
    // R02 reads the six GIR counts and the number of residents.
    for libelle in [
        "Résidents en GIR 1",
        "Résidents en GIR 6",
        "Résidents présents au 31/12",
    ] {
        let d = dd(&p.texte, libelle);
        assert!(d.contains("(règle R02)"), "{libelle} : {d}");
        assert!(d.contains("Bloquant"), "{libelle} : {d}");
    }
    // A field R02 does not read does not carry it.
    assert!(!dd(&p.texte, "Raison sociale").contains("R02"));
    // And the list of rule findings still names it.
    assert!(p.texte.contains("Constats des règles"), "{}", p.texte);
    assert!(
        p.texte.contains(
            "Champs à vérifier : « Résidents présents au 31/12 », « Résidents en GIR 1 »"
        ),
        "{}",
        p.texte
    );
    assert!(!p.texte.contains("constats généraux"));
    bac.arreter().await;
}

#[tokio::test]
async fn les_heures_sont_celles_de_paris_et_aujourd_hui_est_respecte() {
    let bac = Bac::demarrer().await; // --today 2027-04-01
    let fin = envoyer(&bac, "RAMA-2026", "k1", &payload_rama_2026()).await;
    assert!(
        fin["recu"].as_str().unwrap().starts_with("2027-04-0"),
        "{fin}"
    );
    let mut nav = Nav::new(&bac);
    nav.connecter("editeur-a").await;
    let p = nav.get(&format!("/collections/RAMA-2026/{FINESS_A}")).await;
    assert!(p.texte.contains("Reçu le 01/04/2027 à "), "{}", p.texte);
    assert!(!p.texte.contains("UTC"), "{}", p.texte);
    let accueil = nav.get("/").await;
    assert!(accueil.texte.contains("01/04/2027 à "), "{}", accueil.texte);
    bac.arreter().await;
}

#[tokio::test]
async fn l_historique_dit_date_issue_et_constats_l_uuid_seulement_en_detail() {
    let bac = Bac::demarrer().await;
    let rejete = envoyer(&bac, "RAMA-2026", "k1", &payload_rama_2026_faux()).await;
    envoyer(&bac, "RAMA-2026", "k2", &payload_rama_2026()).await;
    let mut nav = Nav::new(&bac);
    nav.connecter("editeur-a").await;
    let p = nav.get(&format!("/collections/RAMA-2026/{FINESS_A}")).await;
    let i = p.texte.find("Historique des envois").expect("historique");
    let h = &p.texte[i..];
    assert!(h.contains("<td>Rejeté</td>"), "{h}");
    assert!(h.contains("<td>Accepté</td>"), "{h}");
    assert!(h.contains("1 constat bloquant"), "{h}");
    assert!(h.contains("aucun constat"), "{h}");
    // The UUID stays reachable, folded in a detail.
    let uid = rejete["uidTraitement"].as_str().unwrap();
    let u = h.find(uid).expect("uid");
    let details = h[..u].rfind("<details>").expect("details");
    assert!(!h[details..u].contains("</details>"), "{h}");
    sans_codes_bruts(&p.texte);
    bac.arreter().await;
}

#[tokio::test]
async fn l_accueil_nomme_la_structure_et_decrit_chaque_campagne() {
    let bac = Bac::demarrer().await;
    let mut nav = Nav::new(&bac);
    nav.connecter("editeur-a").await;
    let avant = nav.get("/").await;
    assert!(avant.texte.contains("FINESS 690012345"), "{}", avant.texte);
    envoyer(&bac, "RAMA-2026", "k1", &payload_rama_2026()).await;
    let p = nav.get("/").await;
    let t = &p.texte;
    // The name the accepted payload gave.
    assert!(
        t.contains("<h2>EHPAD Résidence du Clos des Canuts — FINESS 690012345</h2>"),
        "{t}"
    );
    // Closing date, openness and status, in words.
    let i = t.find("href=\"/collections/RAMA-2026/690012345\"").unwrap();
    let ligne = &t[i..i + t[i..].find("</tr>").unwrap()];
    assert!(ligne.contains("30/06/2027"), "{ligne}");
    assert!(ligne.contains("Ouverte"), "{ligne}");
    assert!(ligne.contains("En saisie"), "{ligne}");
    let i = t.find("href=\"/collections/RAMA-2025/690012345\"").unwrap();
    let ligne = &t[i..i + t[i..].find("</tr>").unwrap()];
    assert!(ligne.contains("Fermée"), "{ligne}");
    // A campaign of another kind of structure is set apart, said so.
    let autres = t
        .find("Campagnes d'autres catégories d'établissement")
        .expect("autres catégories");
    let ssiad = t.find("/collections/SSIAD-2025/690012345").unwrap();
    assert!(ssiad > autres, "{t}");
    assert!(i < autres);
    sans_codes_bruts(t);
    bac.arreter().await;
}

#[tokio::test]
async fn les_personnes_sont_nommees_par_identifiant_local_filtrees_et_triees() {
    let bac = Bac::demarrer().await;
    bac.envoyer_usagers("u1").await;
    let mut nav = Nav::new(&bac);
    nav.connecter("editeur-a").await;
    let chemin = format!("/collections/{USAGERS}/{FINESS_A}");
    let p = nav.get(&chemin).await;
    // Findings name the person by local identifier and position.
    assert!(p.texte.contains("U/002</a> (n° 2)"), "{}", p.texte);
    sans_codes_bruts(&p.texte);
    // Links that filter and sort, without JavaScript.
    assert!(
        p.texte
            .contains(&format!("href=\"{chemin}?personnes=avec-constats\""))
    );
    assert!(
        p.texte
            .contains(&format!("href=\"{chemin}?tri=bloquants\""))
    );
    let tri = nav.get(&format!("{chemin}?tri=bloquants")).await;
    let (a, b) = (
        tri.texte.find(">U/002</a>").unwrap(),
        tri.texte.find(">U-001</a>").unwrap(),
    );
    assert!(a < b, "U/002 (20 bloquants) avant U-001 (19)");
    let filtre = nav.get(&format!("{chemin}?personnes=avec-constats")).await;
    assert!(
        filtre.texte.contains("2 personne(s) avec constats sur 2"),
        "{}",
        filtre.texte
    );
    bac.arreter().await;
}
