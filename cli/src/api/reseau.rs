//! A network failure in words: the URL tried and the system's cause
//! (refused, unknown host, timeout), and what to check. The client keeps
//! only the kind of failure; the cause is found again by one direct
//! connection to the same address.

use sidoba_client::{Erreur, Transport};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

pub fn expliquer(e: &Erreur) -> String {
    let url = std::env::var("SIDOBA_URL").unwrap_or_default();
    let cause = cause(&url);
    let quoi = match e {
        Erreur::Transport {
            nature: Transport::Delai,
            ..
        } => format!("le serveur {url} n'a pas répondu dans le délai"),
        Erreur::Transport {
            nature: Transport::Interrompue,
            ..
        } => format!("la connexion à {url} a été interrompue pendant l'échange"),
        _ => format!("connexion à {url} impossible"),
    };
    let essais = match e {
        Erreur::Transport { tentatives, .. } if *tentatives > 1 => {
            format!(" (après {tentatives} tentatives)")
        }
        _ => String::new(),
    };
    let cause = cause.map(|c| format!(" : {c}")).unwrap_or_default();
    format!(
        "{quoi}{cause}{essais} ; vérifiez SIDOBA_URL et que le serveur est lancé (en local : sidoba sandbox, docs/sandbox.md)"
    )
}

/// The system's answer to a direct connection to the URL's host and port.
fn cause(url: &str) -> Option<String> {
    let reste = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))?;
    let defaut = if url.starts_with("https") { 443 } else { 80 };
    let hote = reste.split('/').next()?;
    let hote_port = if hote
        .rsplit_once(':')
        .is_some_and(|(_, p)| p.parse::<u16>().is_ok())
    {
        hote.to_owned()
    } else {
        format!("{hote}:{defaut}")
    };
    let adresses = match hote_port.to_socket_addrs() {
        Ok(a) => a.collect::<Vec<_>>(),
        Err(_) => return Some(format!("nom d'hôte inconnu ({hote})")),
    };
    let a = adresses.first()?;
    match TcpStream::connect_timeout(a, Duration::from_secs(3)) {
        Ok(_) => None,
        Err(e) => Some(
            match e.kind() {
                std::io::ErrorKind::ConnectionRefused => {
                    "connexion refusée (aucun serveur n'écoute à cette adresse)"
                }
                std::io::ErrorKind::TimedOut => "pas de réponse dans les 3 s (pare-feu ?)",
                std::io::ErrorKind::HostUnreachable | std::io::ErrorKind::NetworkUnreachable => {
                    "hôte ou réseau injoignable"
                }
                _ => return Some(sidoba_core::fichier::raison(&e)),
            }
            .to_owned(),
        ),
    }
}
