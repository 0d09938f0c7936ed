//! The residents of 2026: the DUI's resident files → a `Personne` and a
//! RAMA usager 2026 report per resident → findings at `usagers[i].…` and
//! the user-level collection file of `usager.md`, checked by the
//! toolkit's model-driven validator.

use dui_ehpad::modele_usager::Gir;
use dui_ehpad::{Erreur, Usagers, collecte, lire_usagers, ouvrir};
use rusqlite::{Connection, params};
use sidoba::usager::StatutIdentite;
use sidoba::{CodeConstat, Date, Severite};
use std::process::Command;

const PRODUCTION: Date = Date::ymd(2027, 1, 15);

fn base() -> Connection {
    ouvrir(None).unwrap().0
}

fn usagers(conn: &Connection) -> Usagers {
    lire_usagers(conn, PRODUCTION).unwrap()
}

fn modele() -> sidoba_core::model::Modele {
    let chemin = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../models/rama-usager-2026.json"
    );
    let source = sidoba_core::model::Source::depuis_octets(
        "rama-usager-2026.json",
        std::fs::read(chemin).unwrap(),
    )
    .unwrap();
    sidoba_core::model::charger(&source, true).unwrap().0
}

/// The collection file's residents, as JSON.
fn residents(texte: &str) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_str(texte).unwrap();
    v["usagers"].as_array().unwrap().clone()
}

/// Runs `sql` with the local identifier of resident `i` as `?1`.
fn modifier(conn: &Connection, u: &Usagers, i: usize, sql: &str) {
    let n = conn
        .execute(sql, params![u.usagers[i].personne.identifiant])
        .unwrap();
    assert!(n > 0, "{sql}");
}

#[test]
fn the_collection_file_is_valid_for_the_model_driven_validator() {
    let conn = base();
    let u = usagers(&conn);
    let texte = u.collecte().unwrap();
    let m = modele();
    // `sidoba validate` tells it apart as a collection file.
    let (genre, constats) = sidoba_core::usager::valider_fichier(&m, &texte).unwrap();
    assert_eq!(genre, sidoba_core::usager::Fichier::Collecte);
    let lue = sidoba_core::usager::collecte::valider(&m, &texte).unwrap();
    assert_eq!(constats, lue.constats);
    // The same findings, in the same order, from the file as from the DUI:
    // a few warnings (R05), nothing blocking.
    assert_eq!(lue.constats, dui_ehpad::collecte::collecte(&u).valider());
    assert!(lue.constats.valide());
    assert!(!lue.constats.is_empty());
    assert!(
        lue.constats
            .iter()
            .all(|c| c.regle.as_deref() == Some("R05")
                || c.message == sidoba::usager::AVERTISSEMENT_FORMAT_1)
    );
    assert_eq!(lue.date_production.date(), PRODUCTION);
    // Every identity and stay read back as the DUI built it.
    assert_eq!(lue.personnes.len(), u.usagers.len());
    for (lu, usager) in lue.personnes.iter().zip(&u.usagers) {
        assert_eq!(lu.as_ref(), Some(&usager.personne));
    }

    let v: serde_json::Value = serde_json::from_str(&texte).unwrap();
    assert_eq!(v["structure"]["finess"], "690012345");
    assert_eq!(v["dateProduction"], "2027-01-15T00:00:00+01:00");
    // Residents whose stay overlaps 2026, and only they.
    let attendus: i64 = conn
        .query_row(
            "SELECT COUNT(DISTINCT dossier_id) FROM sejours
             WHERE date_admission <= '2026-12-31'
               AND (date_sortie IS NULL OR date_sortie >= '2026-01-01')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(u.usagers.len() as i64, attendus);
    assert_eq!(u.usagers.len(), 92);
    let hospitalisations: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM hospitalisations WHERE date_entree LIKE '2026-%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let lignes: usize = residents(&texte)
        .iter()
        .map(|r| {
            r["donnees"]["hospitalisations"]
                .as_array()
                .map_or(0, Vec::len)
        })
        .sum();
    assert_eq!(lignes as i64, hospitalisations);
}

#[test]
fn same_base_and_date_give_the_same_bytes() {
    let a = usagers(&base()).collecte().unwrap();
    let b = usagers(&base()).collecte().unwrap();
    assert_eq!(a, b);
    let autre = lire_usagers(&base(), Date::ymd(2027, 2, 1))
        .unwrap()
        .collecte()
        .unwrap();
    assert_eq!(autre, a.replace("2027-01-15", "2027-02-01"));
}

#[test]
fn the_file_is_private_and_written_atomically() {
    let dossier = tempfile::tempdir().unwrap();
    let chemin = dossier.path().join("collecte.json");
    let texte = usagers(&base()).collecte().unwrap();
    collecte::ecrire(&chemin, "ancien contenu").unwrap();
    collecte::ecrire(&chemin, &texte).unwrap();
    assert_eq!(std::fs::read_to_string(&chemin).unwrap(), texte);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&chemin).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert_eq!(
        std::fs::read_dir(dossier.path()).unwrap().count(),
        1,
        "aucun fichier temporaire ne reste"
    );
}

#[test]
fn findings_are_placed_at_the_residents_position() {
    let conn = base();
    let u = usagers(&conn);
    let sans_gir = 10;
    modifier(
        &conn,
        &u,
        sans_gir,
        "DELETE FROM evaluations_aggir
         WHERE dossier_id = (SELECT id FROM dossiers WHERE numero_dossier = ?1)",
    );
    // The first resident with a hospital stay: it ends before it begins.
    let hospitalise = u
        .usagers
        .iter()
        .position(|x| !x.rapport.hospitalisations.is_empty())
        .unwrap();
    modifier(
        &conn,
        &u,
        hospitalise,
        "UPDATE hospitalisations SET date_retour = date(date_entree, '-2 days')
         WHERE id = (SELECT h.id FROM hospitalisations h JOIN dossiers d ON d.id = h.dossier_id
                     WHERE d.numero_dossier = ?1 AND h.date_entree LIKE '2026-%'
                     ORDER BY h.date_entree, h.id LIMIT 1)",
    );
    let u = usagers(&conn);
    let mut bloquants: Vec<(String, CodeConstat)> = u
        .valider()
        .bloquants()
        .map(|c| (c.chemin.clone(), c.code))
        .collect();
    bloquants.sort();
    let mut attendus = vec![
        (format!("usagers[{sans_gir}].gir"), CodeConstat::Obligatoire),
        (
            format!("usagers[{hospitalise}].hospitalisations[0].hospitalisation_duree"),
            CodeConstat::Min,
        ),
    ];
    attendus.sort();
    assert_eq!(bloquants, attendus);
    assert_eq!(u.usagers[sans_gir].rapport.gir, None);
    // Refused while they remain.
    assert!(u.collecte().is_err());
    // And a rule of the report is at the resident itself.
    let regle = u
        .valider()
        .iter()
        .find(|c| c.regle.is_some())
        .cloned()
        .unwrap();
    assert!(
        regle.chemin.starts_with("usagers[") && regle.chemin.ends_with(']'),
        "{}",
        regle.chemin
    );
}

#[test]
fn an_unqualified_identity_is_sent_without_ins() {
    let conn = base();
    let u = usagers(&conn);
    let texte = u.collecte().unwrap();
    let fichier = residents(&texte);
    let mut statuts = [0; 4];
    for (usager, r) in u.usagers.iter().zip(&fichier) {
        let statut = usager.personne.identite.statut;
        statuts[statut as usize] += 1;
        assert_eq!(r["identite"]["statut"], statut.code());
        let ins = r["identite"].get("ins");
        assert_eq!(ins.is_some(), statut == StatutIdentite::Qualifiee);
        if let Some(ins) = ins {
            assert_eq!(ins["valeur"].as_str().unwrap().len(), 15);
        }
    }
    // Every status of the DUI is there: PROV, RECUP, VALI, QUAL.
    assert!(statuts.iter().all(|n| *n > 0), "{statuts:?}");
    let sql: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM dossiers d WHERE statut_identite = 'QUAL' AND EXISTS
                (SELECT 1 FROM sejours s WHERE s.dossier_id = d.id
                 AND (s.date_sortie IS NULL OR s.date_sortie >= '2026-01-01'))",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(statuts[StatutIdentite::Qualifiee as usize], sql);
    // A provisional identity: no INS, birth order 1 when unknown.
    let i = u
        .usagers
        .iter()
        .position(|x| x.personne.identite.statut == StatutIdentite::Provisoire)
        .unwrap();
    assert!(fichier[i]["identite"].get("ins").is_none());
    assert!(fichier[i]["identite"]["rangNaissance"].as_u64().unwrap() >= 1);
}

#[test]
fn a_bad_ins_key_is_a_blocking_finding_that_never_shows_the_ins() {
    let conn = base();
    let u = usagers(&conn);
    let i = u
        .usagers
        .iter()
        .position(|x| x.personne.identite.ins.is_some())
        .unwrap();
    let ins = u.usagers[i].personne.identite.ins.clone().unwrap();
    let valeur = ins.valeur().to_owned();
    let cle: u8 = valeur[13..].parse().unwrap();
    let fausse = format!("{}{:02}", &valeur[..13], cle % 97 + 1);
    let nom = u.usagers[i].personne.identite.nom_naissance.clone();
    conn.execute(
        "UPDATE dossiers SET ins_valeur = ?1 WHERE ins_valeur = ?2",
        params![fausse, valeur],
    )
    .unwrap();

    let u = usagers(&conn);
    let constats = u.valider();
    let bloquants: Vec<_> = constats.bloquants().collect();
    assert_eq!(bloquants.len(), 1, "{constats}");
    assert_eq!(bloquants[0].chemin, format!("usagers[{i}].identite.ins"));
    assert_eq!(bloquants[0].code, CodeConstat::Motif);
    assert_eq!(bloquants[0].severite, Severite::Bloquante);
    let refus = u.collecte().unwrap_err();
    let montre = [
        constats.to_string(),
        constats.json(),
        refus.to_string(),
        format!("{u:?}"),
        format!("{:?}", u.usagers[i]),
        format!("{refus:?}"),
    ];
    for m in &montre {
        for secret in [&valeur[..13], &fausse, &nom] {
            assert!(!m.contains(secret), "{m}");
        }
    }
}

#[test]
fn decimals_are_written_exactly() {
    let conn = base();
    let u = usagers(&conn);
    let pese = |x: &dui_ehpad::Usager| x.rapport.poids.is_some();
    let a = u.usagers.iter().position(pese).unwrap();
    let b = u.usagers.iter().rposition(pese).unwrap();
    // The last weighing of each: 70.1 kg for 1.70 m, 45.5 kg for 1.81 m.
    for (i, hg, cm) in [(a, 701, 170), (b, 455, 181)] {
        modifier(
            &conn,
            &u,
            i,
            &format!(
                "UPDATE pesees SET poids_hg = {hg}, taille_cm = {cm}
                 WHERE id = (SELECT p.id FROM pesees p JOIN dossiers d ON d.id = p.dossier_id
                             WHERE d.numero_dossier = ?1 ORDER BY p.date_pesee DESC, p.id DESC LIMIT 1)"
            ),
        );
    }
    let u = usagers(&conn);
    let texte = u.collecte().unwrap();
    // Each resident's own text: a resident and then its stay open with an
    // identifier, two pieces per resident.
    let usagers_seuls = &texte[texte.find("\"usagers\":").unwrap()..];
    let morceaux: Vec<&str> = usagers_seuls.split("{\"identifiant\":").skip(1).collect();
    let lignes: Vec<String> = morceaux.chunks(2).map(|c| c.concat()).collect();
    assert_eq!(lignes.len(), u.usagers.len());
    // 701 000 / 170² = 24.2560… → 24.26 ; 455 000 / 181² = 13.8884… → 13.89.
    assert!(lignes[a].contains("\"poids\":70.1,"), "{}", lignes[a]);
    assert!(lignes[a].contains("\"imc\":24.26"), "{}", lignes[a]);
    assert!(lignes[b].contains("\"poids\":45.5,"), "{}", lignes[b]);
    assert!(lignes[b].contains("\"imc\":13.89"), "{}", lignes[b]);
    assert_eq!(u.usagers[a].rapport.imc, Some("24.26".parse().unwrap()));
    // Every weight is the DUI's tenths of a kilogram, exactly.
    for x in &u.usagers {
        if let Some(p) = x.rapport.poids {
            assert_eq!(p.scale(), 1);
        }
    }
}

#[test]
fn a_resident_the_dui_cannot_map_is_an_error_naming_position_and_column() {
    let conn = base();
    let u = usagers(&conn);
    let i = 7;
    let numero = u.usagers[i].personne.identifiant.clone();
    let nom = u.usagers[i].personne.identite.nom_naissance.clone();
    for (sql, colonne) in [
        (
            "UPDATE dossiers SET statut_identite = 'QUALIFIEE' WHERE numero_dossier = ?1",
            "dossiers.statut_identite",
        ),
        (
            "UPDATE dossiers SET date_naissance = '1937-13-45' WHERE numero_dossier = ?1",
            "dossiers.date_naissance",
        ),
    ] {
        let conn = base();
        modifier(&conn, &u, i, sql);
        let e = lire_usagers(&conn, PRODUCTION).unwrap_err();
        assert!(
            matches!(e, Erreur::Donnee { usager: Some(p), colonne: c, .. } if p == i && c == colonne),
            "{e}"
        );
        let m = e.to_string();
        assert!(m.contains(&format!("usagers[{i}]")), "{m}");
        assert!(m.contains(colonne), "{m}");
        for secret in [numero.as_str(), nom.as_str(), "1937-13-45", "QUALIFIEE"] {
            assert!(!m.contains(secret), "{m}");
            assert!(!format!("{e:?}").contains(secret), "{e:?}");
        }
    }
    // A GIR of the DUI lands in the generated enum.
    assert!(u.usagers.iter().all(|x| x.rapport.gir.is_some()));
    assert!(u.usagers.iter().any(|x| x.rapport.gir == Some(Gir::V1)));
}

#[test]
fn the_command_writes_the_collection_or_refuses_it() {
    let dossier = tempfile::tempdir().unwrap();
    let sortie = dossier.path().join("usagers.json");
    let db = dossier.path().join("dui.sqlite");
    let lancer = || {
        Command::new(env!("CARGO_BIN_EXE_dui-ehpad"))
            .arg("--db")
            .arg(&db)
            .arg("--usagers")
            .arg(&sortie)
            .args(["--date-production", "2027-01-15"])
            .output()
            .unwrap()
    };
    let out = lancer();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{out:?}");
    assert!(
        stdout.contains("RAMA usager 2026 : 92 résidents"),
        "{stdout}"
    );
    assert!(stdout.contains("[avertissement] usagers["), "{stdout}");
    let conn = Connection::open(&db).unwrap();
    assert_eq!(
        std::fs::read_to_string(&sortie).unwrap(),
        usagers(&conn).collecte().unwrap()
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&sortie).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // A bad INS key in the base: exit 1, the finding shown, nothing written.
    std::fs::remove_file(&sortie).unwrap();
    let (valeur, nom): (String, String) = conn
        .query_row(
            "SELECT ins_valeur, nom_naissance FROM dossiers d WHERE ins_valeur IS NOT NULL
             AND EXISTS (SELECT 1 FROM sejours s WHERE s.dossier_id = d.id AND s.date_sortie IS NULL)
             ORDER BY numero_dossier LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let cle: u8 = valeur[13..].parse().unwrap();
    conn.execute(
        "UPDATE dossiers SET ins_valeur = ?1 WHERE ins_valeur = ?2",
        params![format!("{}{:02}", &valeur[..13], cle % 97 + 1), valeur],
    )
    .unwrap();
    drop(conn);
    let out = lancer();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(
        stdout.contains(".identite.ins : La clé de l'INS"),
        "{stdout}"
    );
    assert!(stderr.contains("fichier de collecte refusé"), "{stderr}");
    for flux in [&stdout, &stderr] {
        assert!(
            !flux.contains(&valeur[..13]) && !flux.contains(&nom),
            "{flux}"
        );
    }
    assert!(!sortie.exists());

    // The collection replaces the 2025 payload: not both at once.
    let out = Command::new(env!("CARGO_BIN_EXE_dui-ehpad"))
        .arg("--usagers")
        .arg(&sortie)
        .arg("--envoyer")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--usagers ne se combine"));
}

#[test]
fn the_residents_tables_leave_the_2025_payload_as_it_was() {
    use sha2::{Digest, Sha256};
    let payload = dui_ehpad::lire_rapport(&base()).unwrap().payload().unwrap();
    let empreinte: String = Sha256::digest(payload.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(payload.len(), 2282);
    assert_eq!(
        empreinte,
        "1222eaa635fd35b7528f85e34a1a3dec2c59f28950daf0a24f7e14f64ce65c2c"
    );
}

#[test]
fn hostile_identity_values_survive_the_file() {
    let conn = base();
    let u = usagers(&conn);
    let i = 2;
    let nom = format!("O'BRIEN \"<&>\" \\ ÉLÉONORE\t{}", "Ж".repeat(5000));
    let n = conn
        .execute(
            "UPDATE dossiers SET nom_naissance = ?1, prenoms_naissance = 'ANNE-MARIE  ZOÉ'
             WHERE numero_dossier = ?2",
            params![nom, u.usagers[i].personne.identifiant],
        )
        .unwrap();
    assert_eq!(n, 1);
    let u = usagers(&conn);
    let texte = u.collecte().unwrap();
    let r = &residents(&texte)[i]["identite"];
    assert_eq!(r["nomNaissance"], nom.as_str());
    assert_eq!(
        r["prenomsNaissance"],
        serde_json::json!(["ANNE-MARIE", "ZOÉ"])
    );
    assert_eq!(r["premierPrenom"], "ANNE-MARIE");
    let lue = sidoba_core::usager::collecte::valider(&modele(), &texte).unwrap();
    assert_eq!(lue.personnes[i].as_ref(), Some(&u.usagers[i].personne));
    assert_eq!(lue.constats, dui_ehpad::collecte::collecte(&u).valider());
}

#[path = "../../../tests/tests/noeud/mod.rs"]
#[allow(dead_code)] // Only the validators are needed here.
mod noeud;

#[test]
fn the_residents_ws09_bundle_is_the_toolkits_and_both_fhir_validators_accept_it() {
    use sidoba::usager::fhir::BASE_DEFAUT;
    let conn = base();
    let u = usagers(&conn);
    let b = collecte::bundle(&u, BASE_DEFAUT).unwrap();
    assert_eq!(b, collecte::bundle(&u, BASE_DEFAUT).unwrap(), "same bytes");
    // The generated code's Bundle is the one `sidoba bundle` writes from
    // the collection file.
    let texte = u.collecte().unwrap();
    let modele = modele();
    let p = sidoba_core::usager::bundle::bundle(&modele, &texte, BASE_DEFAUT, None).unwrap();
    assert_eq!(b.trim_end(), p.bundle);
    let v: serde_json::Value = serde_json::from_str(&b).unwrap();
    let n = u.usagers.len();
    // Organization, the coordinating physician (declarant), and per
    // resident Patient, stay and report.
    assert_eq!(v["entry"].as_array().unwrap().len(), 2 + 3 * n);
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("bundle.json");
    std::fs::write(&f, &b).unwrap();
    let r = noeud::valider(&[f]);
    assert!(r[0].1.is_empty() && r[0].2.is_empty(), "{r:?}");
    // And it reads back as the same residents, with the same findings.
    let lu = sidoba_core::usager::lecture_bundle::valider(&modele, &b).unwrap();
    assert_eq!(lu.personnes.len(), n);
    let direct = sidoba_core::usager::collecte::valider(&modele, &texte).unwrap();
    // A Bundle is not a format 1 file: it has not that file's warning.
    let direct: Vec<_> = direct
        .constats
        .0
        .into_iter()
        .filter(|c| c.message != sidoba::usager::AVERTISSEMENT_FORMAT_1)
        .collect();
    assert_eq!(lu.constats.0, direct);
}
