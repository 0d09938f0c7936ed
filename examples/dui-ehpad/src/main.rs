//! `cargo run -p dui-ehpad -- [--db PATH] [--sortie PATH]`
//!
//! Creates the example DUI's SQLite database (in memory, or in `--db PATH`
//! when it does not exist yet), fills the RAMA 2025 report from it, prints
//! the findings and writes the WS05 payload (`rama-2025-payload.json` by
//! default). Exits 1 while a blocking finding remains, 2 on a usage or
//! database error.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage : dui-ehpad [--db FICHIER.sqlite] [--sortie PAYLOAD.json]

  --db FICHIER      base SQLite du DUI : créée et remplie si elle n'existe pas,
                    lue telle quelle sinon (par défaut : en mémoire)
  --sortie FICHIER  où écrire le payload WS05 (par défaut : rama-2025-payload.json)";

fn arguments() -> Result<(Option<PathBuf>, PathBuf), String> {
    let mut db = None;
    let mut sortie = PathBuf::from("rama-2025-payload.json");
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        match a.to_str() {
            Some("--db") => db = Some(args.next().ok_or("--db attend un chemin")?.into()),
            Some("--sortie") => {
                sortie = args.next().ok_or("--sortie attend un chemin")?.into();
            }
            Some("-h" | "--help") => return Err(String::new()),
            _ => return Err(format!("argument inconnu : {}", a.to_string_lossy())),
        }
    }
    Ok((db, sortie))
}

fn main() -> ExitCode {
    let (db, sortie) = match arguments() {
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
                ExitCode::SUCCESS
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
