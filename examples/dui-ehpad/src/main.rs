//! `cargo run -p dui-ehpad -- [--db PATH] [--sortie PATH] [--envoyer]`
//! `cargo run -p dui-ehpad -- [--db PATH] --usagers PATH [--bundle PATH] [--date-production DATE]`
//!
//! Creates the example DUI's SQLite database (in memory, or in `--db PATH`
//! when it does not exist yet), fills the RAMA 2025 report from it, prints
//! the findings and writes the WS05 payload (`rama-2025-payload.json` by
//! default). With `--envoyer`, also sends it (WS05) with the blocking
//! client configured from SIDOBA_URL, SIDOBA_CLIENT_ID and
//! SIDOBA_CLIENT_SECRET, and follows it (WS06) to its final state.
//! With `--usagers`, instead: reads each resident of 2026, validates their
//! identity and RAMA usager 2026 report, prints the findings at
//! `usagers[i].…` and writes the user-level collection file (0600), and
//! with `--bundle` its WS09 TDDUI Bundle (0600).
//! Exits 1 while a blocking finding remains or when the server rejects
//! the payload, 2 on a usage, database or network error.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage : dui-ehpad [--db FICHIER.sqlite] [--sortie PAYLOAD.json] [--envoyer]
        dui-ehpad [--db FICHIER.sqlite] --usagers COLLECTE.json [--bundle BUNDLE.json]
                  [--date-production AAAA-MM-JJ]

  --db FICHIER      base SQLite du DUI : créée et remplie si elle n'existe pas,
                    lue telle quelle sinon (par défaut : en mémoire)
  --sortie FICHIER  où écrire le payload WS05 RAMA 2025 (par défaut : rama-2025-payload.json)
  --envoyer         l'envoyer ensuite (WS05) et suivre son traitement (WS06), avec
                    SIDOBA_URL, SIDOBA_CLIENT_ID et SIDOBA_CLIENT_SECRET
  --usagers FICHIER au lieu du payload RAMA 2025 : les résidents de 2026, un rapport
                    RAMA usager 2026 chacun, validés (constats à usagers[i]…) et écrits
                    dans ce fichier de collecte (lisible par son seul propriétaire)
  --bundle FICHIER  avec --usagers : écrit aussi le Bundle WS09 (FHIR TDDUI) des
                    mêmes résidents dans ce fichier (lisible par son seul propriétaire)
  --date-production AAAA-MM-JJ
                    la dateProduction du fichier de collecte (par défaut : aujourd'hui) ;
                    la même base et la même date donnent toujours les mêmes octets";

struct Arguments {
    db: Option<PathBuf>,
    sortie: Option<PathBuf>,
    envoyer: bool,
    usagers: Option<PathBuf>,
    bundle: Option<PathBuf>,
    date_production: Option<sidoba::Date>,
}

fn arguments() -> Result<Arguments, String> {
    let mut a = Arguments {
        db: None,
        sortie: None,
        envoyer: false,
        usagers: None,
        bundle: None,
        date_production: None,
    };
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--db") => a.db = Some(args.next().ok_or("--db attend un chemin")?.into()),
            Some("--sortie") => {
                a.sortie = Some(args.next().ok_or("--sortie attend un chemin")?.into());
            }
            Some("--envoyer") => a.envoyer = true,
            Some("--usagers") => {
                a.usagers = Some(args.next().ok_or("--usagers attend un chemin")?.into());
            }
            Some("--bundle") => {
                a.bundle = Some(args.next().ok_or("--bundle attend un chemin")?.into());
            }
            Some("--date-production") => {
                let d = args.next().ok_or("--date-production attend une date")?;
                a.date_production = Some(
                    d.to_str()
                        .and_then(|d| d.parse().ok())
                        .ok_or("--date-production attend une date AAAA-MM-JJ")?,
                );
            }
            Some("-h" | "--help") => return Err(String::new()),
            _ => return Err(format!("argument inconnu : {}", arg.to_string_lossy())),
        }
    }
    if a.usagers.is_some() && (a.sortie.is_some() || a.envoyer) {
        return Err("--usagers ne se combine ni avec --sortie ni avec --envoyer".into());
    }
    if a.usagers.is_none() && a.bundle.is_some() {
        return Err("--bundle ne sert qu'avec --usagers".into());
    }
    if a.usagers.is_none() && a.date_production.is_some() {
        return Err("--date-production ne sert qu'avec --usagers".into());
    }
    Ok(a)
}

/// The residents of 2026: findings, then the collection file, refused
/// while a blocking finding remains (exit 1).
fn usagers(
    conn: &rusqlite::Connection,
    chemin: &Path,
    bundle: Option<&Path>,
    date: sidoba::Date,
) -> ExitCode {
    let u = match dui_ehpad::lire_usagers(conn, date) {
        Ok(u) => u,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let qualifiees = u
        .usagers
        .iter()
        .filter(|x| x.personne.identite.ins.is_some())
        .count();
    let hospitalisations: usize = u
        .usagers
        .iter()
        .map(|x| x.rapport.hospitalisations.len())
        .sum();
    println!(
        "RAMA usager 2026 : {} résidents ({qualifiees} avec un INS qualifié), {hospitalisations} hospitalisations",
        u.usagers.len()
    );
    let constats = u.valider();
    if constats.is_empty() {
        println!("aucun constat : chaque résident a un rapport complet et cohérent");
    }
    for c in constats.iter() {
        println!("{c}");
    }
    let ecrire = |quoi: &str, f: &Path, texte: &str| match dui_ehpad::collecte::ecrire(f, texte) {
        Ok(()) => {
            println!(
                "{quoi} écrit dans {} ({} octets, lisible par son seul propriétaire)",
                f.display(),
                texte.len()
            );
            true
        }
        Err(e) => {
            eprintln!("écriture de {} : {e}", f.display());
            false
        }
    };
    match u.collecte() {
        Ok(texte) => {
            if !ecrire("fichier de collecte", chemin, &texte) {
                return ExitCode::from(2);
            }
            let Some(f) = bundle else {
                return ExitCode::SUCCESS;
            };
            match dui_ehpad::collecte::bundle(&u, sidoba::usager::fhir::BASE_DEFAUT) {
                Ok(b) if ecrire("Bundle WS09", f, &b) => ExitCode::SUCCESS,
                Ok(_) => ExitCode::from(2),
                Err(bloquants) => {
                    for c in bloquants.iter() {
                        println!("{c}");
                    }
                    eprintln!("Bundle WS09 refusé : un constat bloquant au moins");
                    ExitCode::FAILURE
                }
            }
        }
        Err(bloquants) => {
            eprintln!(
                "fichier de collecte refusé : {} constat(s) bloquant(s) à corriger dans le DUI",
                bloquants.bloquants().count()
            );
            ExitCode::FAILURE
        }
    }
}

/// WS05 then WS06 with the blocking client: exit 0 accepted, 1 rejected,
/// 2 when it could not be sent.
fn envoyer(finess: &str, payload: Vec<u8>) -> ExitCode {
    use sidoba_client::contrat::Etat;
    let envoi = sidoba_client::bloquant::Client::depuis_environnement().and_then(|c| {
        let envoi = c.envoyer(dui_ehpad::modele::CAMPAGNE, finess, payload, false)?;
        println!(
            "envoyé : traitement {}, position {}",
            envoi.accuse.uid_traitement, envoi.accuse.position
        );
        c.suivre(&envoi.accuse.uid_traitement, |t| {
            eprintln!("traitement : {}", t.etat.code())
        })
    });
    match envoi {
        Ok(t) => {
            println!("traitement {} : {}", t.uid_traitement, t.etat.code());
            if t.etat == Etat::Accepte {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("envoi : {e}");
            // As `sidoba send`: settings, network and credentials are 2,
            // a refusal (local or by the server) is 1.
            use sidoba_client::Erreur as E;
            let sans_envoi = matches!(
                e,
                E::Configuration(_) | E::Transport { .. } | E::Identifiants { .. }
            );
            ExitCode::from(if sans_envoi { 2 } else { 1 })
        }
    }
}

fn main() -> ExitCode {
    let Arguments {
        db,
        sortie,
        envoyer: a_envoyer,
        usagers: fichier_usagers,
        bundle,
        date_production,
    } = match arguments() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("{e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(if e.is_empty() { 0 } else { 2 });
        }
    };
    let (conn, creee) = match dui_ehpad::ouvrir(db.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match &db {
        Some(p) if creee => eprintln!("base {} créée et remplie", p.display()),
        Some(p) => eprintln!("base {} lue telle quelle", p.display()),
        None => eprintln!("base en mémoire créée et remplie"),
    }
    if let Some(chemin) = fichier_usagers {
        let date = date_production.unwrap_or_else(dui_ehpad::usagers::date_du_jour);
        return usagers(&conn, &chemin, bundle.as_deref(), date);
    }
    let sortie = sortie.unwrap_or_else(|| PathBuf::from("rama-2025-payload.json"));
    let rempli = match dui_ehpad::lire_rapport(&conn) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let r = &rempli.rapport;
    let n = |x: Option<u16>| x.map_or("—".to_owned(), |x| x.to_string());
    println!(
        "{} : {} résidents au 31/12 ({} places), GMP {}, {} entrées, {} sorties, {} lignes d'effectifs",
        r.raison_sociale.as_deref().unwrap_or("?"),
        n(r.nb_residents),
        n(r.nombre_de_places),
        r.gmp.map_or("—".to_owned(), |g| g.to_string()),
        n(r.nb_entrees),
        n(r.nb_sorties),
        r.effectifs.len(),
    );
    let constats = rempli.valider();
    if constats.is_empty() {
        println!("aucun constat : le rapport est complet et cohérent");
    }
    for c in constats.iter() {
        println!("{c}");
    }
    match rempli.payload() {
        Ok(payload) => match std::fs::write(&sortie, &payload) {
            Ok(()) => {
                println!(
                    "payload WS05 écrit dans {} ({} octets)",
                    sortie.display(),
                    payload.len()
                );
                match (a_envoyer, r.finess_et.as_deref()) {
                    (false, _) => ExitCode::SUCCESS,
                    (true, Some(finess)) => envoyer(finess, payload.into_bytes()),
                    (true, None) => {
                        eprintln!("envoi impossible : le rapport n'a pas de FINESS");
                        ExitCode::from(2)
                    }
                }
            }
            Err(e) => {
                eprintln!("écriture de {} : {e}", sortie.display());
                ExitCode::from(2)
            }
        },
        Err(bloquants) => {
            eprintln!(
                "payload refusé : {} constat(s) bloquant(s) à corriger dans le DUI",
                bloquants.bloquants().count()
            );
            ExitCode::FAILURE
        }
    }
}
