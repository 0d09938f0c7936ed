//! The example DUI end to end: SQLite tables → the DUI's structs → the
//! RAMA 2025 report through the derive → a valid WS05 payload that reads
//! back to the same bytes, with figures that match the database.

use dui_ehpad::modele::{CategoriePersonnel, Rapport};
use dui_ehpad::{POIDS_GIR, lire_rapport, ouvrir};
use rusqlite::Connection;
use sidoba::{CodeConstat, Decimal};
use std::path::PathBuf;
use std::process::Command;

fn base() -> Connection {
    let (conn, creee) = ouvrir(None).unwrap();
    assert!(creee);
    conn
}

fn compte(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

fn temporaire(nom: &str) -> PathBuf {
    let dossier = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("dui-ehpad");
    std::fs::create_dir_all(&dossier).unwrap();
    let p = dossier.join(format!("{}-{nom}", std::process::id()));
    let _ = std::fs::remove_file(&p);
    p
}

#[test]
fn la_base_donne_un_payload_valide_qui_se_relit_octet_pour_octet() {
    let conn = base();
    let rempli = lire_rapport(&conn).unwrap();
    let constats = rempli.valider();
    for c in constats.iter() {
        eprintln!("{c}");
    }
    assert!(constats.valide());
    assert_eq!(constats.bloquants().count(), 0);
    // Not even a warning: every rule of the model holds on these data.
    assert!(constats.is_empty());
    assert!(rempli.rejets.is_empty());

    let payload = rempli.payload().unwrap();
    let lu = Rapport::lire(&payload).unwrap();
    assert!(lu.rejets.is_empty());
    assert_eq!(lu.rapport, rempli.rapport);
    assert_eq!(lu.rapport.payload_sans_validation(), payload);
    assert!(Rapport::valider_payload(&payload).unwrap().is_empty());
}

#[test]
fn les_chiffres_correspondent_aux_comptes_sql() {
    let conn = base();
    let r = lire_rapport(&conn).unwrap().rapport;

    let presents = compte(
        &conn,
        "SELECT COUNT(*) FROM residents WHERE date_sortie IS NULL",
    );
    assert_eq!(presents, 84);
    assert_eq!(r.nb_residents.map(i64::from), Some(presents));

    let mut somme = 0;
    let mut points = 0;
    let gir = [
        r.nb_gir1, r.nb_gir2, r.nb_gir3, r.nb_gir4, r.nb_gir5, r.nb_gir6,
    ];
    for (i, (n, poids)) in gir.iter().zip(POIDS_GIR).enumerate() {
        let sql = compte(
            &conn,
            &format!(
                "SELECT COUNT(*) FROM residents WHERE date_sortie IS NULL AND gir = {}",
                i + 1
            ),
        );
        assert_eq!(n.map(i64::from), Some(sql), "GIR {}", i + 1);
        somme += sql;
        points += sql * poids;
    }
    assert_eq!(somme, presents);

    // The GMP is Σ(GIR × weight) / residents rounded to 2 decimals:
    // within half a hundredth of the exact quotient.
    let gmp = r.gmp.unwrap();
    assert_eq!(gmp.scale(), 2);
    let ecart = (gmp * Decimal::from(presents) - Decimal::from(points)).abs();
    assert!(
        ecart <= Decimal::from(presents) / Decimal::from(200),
        "{gmp}"
    );

    assert_eq!(
        r.nb_deces.map(i64::from),
        Some(compte(
            &conn,
            "SELECT COUNT(*) FROM evenements WHERE type = 'DECES' AND date_debut LIKE '2025-%'"
        ))
    );
    assert_eq!(
        r.nb_chutes.map(i64::from),
        Some(compte(
            &conn,
            "SELECT COUNT(*) FROM evenements WHERE type = 'CHUTE'"
        ))
    );
    // ETP: the integer percentages of the nurses on staff, in hundredths.
    let ide = r
        .effectifs
        .iter()
        .find(|l| l.categorie == Some(CategoriePersonnel::Ide))
        .unwrap();
    let quotites = compte(
        &conn,
        "SELECT SUM(quotite) FROM personnels JOIN fonctions f ON f.id = fonction_id
         WHERE f.categorie_sidoba = 'IDE' AND date_sortie IS NULL",
    );
    assert_eq!(ide.etp, Some(Decimal::new(quotites, 2)));
    // Kitchen and office staff are not reported.
    assert_eq!(r.effectifs.len(), 9);
}

#[test]
fn les_memes_lignes_a_chaque_fois() {
    let a = lire_rapport(&base()).unwrap().payload().unwrap();
    let b = lire_rapport(&base()).unwrap().payload().unwrap();
    assert_eq!(a, b);
}

#[test]
fn une_base_fichier_est_creee_une_fois_puis_lue_telle_quelle() {
    let chemin = temporaire("dui.sqlite");
    let (conn, creee) = ouvrir(Some(&chemin)).unwrap();
    assert!(creee);
    let avant = lire_rapport(&conn).unwrap().payload().unwrap();
    conn.execute(
        "UPDATE etablissement SET places_temporaires = 300, places_permanentes = -4",
        [],
    )
    .unwrap();
    drop(conn);

    let (conn, creee) = ouvrir(Some(&chemin)).unwrap();
    assert!(!creee);
    // i64 columns into u8 / u16 fields: out of range is a finding at the
    // field, never a wrap.
    let rempli = lire_rapport(&conn).unwrap();
    assert_eq!(rempli.nb_places_ht, None);
    assert_eq!(rempli.nombre_de_places, None);
    let constats = rempli.valider();
    let ht = constats
        .iter()
        .find(|c| c.chemin == "nb_places_ht")
        .unwrap();
    assert_eq!(ht.code, CodeConstat::Max);
    let places = constats
        .iter()
        .find(|c| c.chemin == "nombre_de_places")
        .unwrap();
    assert_eq!(places.code, CodeConstat::Min);
    assert!(rempli.payload().is_err());
    assert_ne!(avant, rempli.payload_sans_validation());
    drop(conn);
    std::fs::remove_file(&chemin).unwrap();
}

#[test]
fn la_commande_ecrit_le_payload_ou_le_refuse() {
    let sortie = temporaire("payload.json");
    let out = Command::new(env!("CARGO_BIN_EXE_dui-ehpad"))
        .arg("--sortie")
        .arg(&sortie)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let ecrit = std::fs::read_to_string(&sortie).unwrap();
    assert_eq!(ecrit, lire_rapport(&base()).unwrap().payload().unwrap());
    std::fs::remove_file(&sortie).unwrap();

    // A database without the year's sign-off: exit 2, the DUI says why.
    let db = temporaire("invalide.sqlite");
    let (conn, _) = ouvrir(Some(&db)).unwrap();
    conn.execute("DELETE FROM rapports_annuels WHERE annee = 2025", [])
        .unwrap();
    drop(conn);
    let out = Command::new(env!("CARGO_BIN_EXE_dui-ehpad"))
        .args([
            "--db".as_ref(),
            db.as_os_str(),
            "--sortie".as_ref(),
            sortie.as_os_str(),
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stdout}{stderr}");
    assert!(stderr.contains("rapport annuel"), "{stderr}");

    let conn = Connection::open(&db).unwrap();
    conn.execute(
        "INSERT INTO rapports_annuels VALUES (2025, '2026-05-20', '2026-05-12', 0, 'Dr Claire Dumontel', 'Julien Verchère')",
        [],
    )
    .unwrap();
    drop(conn);
    // Signed before the commission's opinion: a blocking finding, exit 1,
    // nothing written.
    let out = Command::new(env!("CARGO_BIN_EXE_dui-ehpad"))
        .args([
            "--db".as_ref(),
            db.as_os_str(),
            "--sortie".as_ref(),
            sortie.as_os_str(),
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("[bloquante] (rapport) : La date de signature"),
        "{stdout}"
    );
    assert!(!sortie.exists());
    std::fs::remove_file(&db).unwrap();
}
