//! `sidoba sandbox --models DIR --data FILE --accounts FILE [--listen ADDR]
//! [--today DATE] [--token-ttl S] [--rate-limit N] [--chaos RATE]`: a thin
//! front over `sidoba-sandbox`.

use crate::Statut;
use std::io::{self, Write};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Options {
    /// Dossier des modèles : une campagne par fichier *.json.
    #[arg(long, value_name = "DIR")]
    models: PathBuf,
    /// Fichier SQLite de l'état (créé en 0600 ; gardé d'un démarrage à l'autre).
    #[arg(long, value_name = "FICHIER")]
    data: PathBuf,
    /// Fichier JSON des comptes et de leurs habilitations (docs/sandbox.md).
    #[arg(long, value_name = "FICHIER")]
    accounts: PathBuf,
    /// Adresse d'écoute (port 0 : un port libre, écrit en première ligne).
    #[arg(long, value_name = "ADRESSE", default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// Date du serveur (AAAA-MM-JJ) ; par défaut aujourd'hui à Paris.
    #[arg(long, value_name = "DATE", value_parser = date)]
    today: Option<sidoba_sandbox::Date>,
    /// Durée de vie des jetons, en secondes.
    #[arg(long, value_name = "SECONDES", default_value_t = 900, value_parser = clap::value_parser!(u64).range(1..))]
    token_ttl: u64,
    /// Au plus N requêtes par seconde et par compte (au-delà : 429).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    rate_limit: Option<u32>,
    /// Part des requêtes en panne simulée, de 0 à 1 (503, connexions coupées).
    #[arg(long, value_name = "TAUX", default_value_t = 0.0, value_parser = taux)]
    chaos: f64,
}

fn date(s: &str) -> Result<sidoba_sandbox::Date, String> {
    sidoba_sandbox::lire_date(s)
        .map_err(|_| "date attendue au format AAAA-MM-JJ, par exemple 2026-04-01".to_owned())
}

/// A port that cannot be listened on, in words, before starting (the
/// server's own error carries only the system's code).
fn ecoute_impossible(adresse: SocketAddr) -> Option<String> {
    let e = std::net::TcpListener::bind(adresse).err()?;
    let port = adresse.port();
    Some(match e.kind() {
        io::ErrorKind::AddrInUse => format!(
            "le port {port} est déjà utilisé sur {} (un autre bac à sable ?) : choisissez-en un autre avec --listen, ou --listen 127.0.0.1:0 pour un port libre",
            adresse.ip()
        ),
        io::ErrorKind::PermissionDenied => format!(
            "le port {port} est réservé à l'administrateur : choisissez un port au-dessus de 1024 avec --listen"
        ),
        io::ErrorKind::AddrNotAvailable => format!(
            "l'adresse {} n'est pas une adresse de cette machine : --listen 127.0.0.1:{port}",
            adresse.ip()
        ),
        _ => format!(
            "impossible d'écouter sur {adresse} : {}",
            sidoba_core::fichier::raison(&e)
        ),
    })
}

fn taux(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(t) if (0.0..=1.0).contains(&t) => Ok(t),
        _ => Err(format!("taux attendu entre 0 et 1 : {s}")),
    }
}

pub fn executer(out: &mut dyn Write, o: Options) -> io::Result<Statut> {
    if let Some(m) = ecoute_impossible(o.listen) {
        journal!("sidoba : {m}");
        return Ok(Statut::Erreur);
    }
    let mut config = sidoba_sandbox::Config::new(o.models, o.data, o.accounts);
    config.ecoute = o.listen;
    config.aujourdhui = o.today;
    config.duree_jeton = o.token_ttl;
    config.debit = o.rate_limit;
    config.chaos = o.chaos;
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            journal!("sidoba : impossible de démarrer le serveur : {e}");
            return Ok(Statut::Erreur);
        }
    };
    rt.block_on(async {
        let serveur = match sidoba_sandbox::Serveur::demarrer(config).await {
            Ok(s) => s,
            Err(e) => {
                journal!("sidoba : {e}");
                return Ok(Statut::Erreur);
            }
        };
        writeln!(out, "{}", serveur.adresse())?;
        out.flush()?;
        journal!(
            "sidoba : bac à sable à l'écoute sur http://{}",
            serveur.adresse()
        );
        match serveur.attendre(arret()).await {
            Ok(()) => {
                journal!("sidoba : bac à sable arrêté");
                Ok(Statut::Ok)
            }
            Err(e) => {
                journal!("sidoba : {e}");
                Ok(Statut::Erreur)
            }
        }
    })
}

/// SIGTERM or Ctrl-C.
async fn arret() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
