//! Serving connections with hyper's HTTP/1 connection builder, for two
//! settings `axum::serve` does not expose: the header read timeout (a
//! client that never finishes its request headers is cut, as a slow body is
//! by the request timeout) and a bound on open connections (past it, new
//! connections wait in the kernel's accept queue and hold no descriptor of
//! the server, so slow clients cannot exhaust them).

use axum::Router;
use axum::extract::ConnectInfo;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// After a failed `accept` (descriptors exhausted, a connection reset while
/// queued), the pause before the next one.
const PAUSE_ACCEPT: Duration = Duration::from_millis(50);

/// Serves `routeur` on `ecouteur` until `arret`, then waits for open
/// connections to finish their request (the caller bounds that wait).
pub async fn servir(
    ecouteur: TcpListener,
    routeur: Router,
    delai_entetes: Duration,
    connexions_max: usize,
    arret: impl std::future::Future<Output = ()>,
) {
    let permis = Arc::new(Semaphore::new(connexions_max.max(1)));
    let gracieux = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(delai_entetes);
    let mut arret = std::pin::pin!(arret);
    loop {
        // A permit first: at the bound, nothing more is accepted.
        let permis_connexion = tokio::select! {
            p = permis.clone().acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => break,
            },
            () = &mut arret => break,
        };
        let (flux, pair) = tokio::select! {
            r = ecouteur.accept() => match r {
                Ok(c) => c,
                Err(_) => {
                    tokio::time::sleep(PAUSE_ACCEPT).await;
                    continue;
                }
            },
            () = &mut arret => break,
        };
        let _ = flux.set_nodelay(true);
        // What `into_make_service_with_connect_info` did: the peer's
        // address for the handlers (the login limiter reads it).
        let service = tower::ServiceExt::map_request(
            routeur.clone(),
            move |mut req: axum::http::Request<hyper::body::Incoming>| {
                req.extensions_mut().insert(ConnectInfo::<SocketAddr>(pair));
                req
            },
        );
        let connexion = gracieux
            .watch(http.serve_connection(TokioIo::new(flux), TowerToHyperService::new(service)));
        tokio::spawn(async move {
            // A cut connection (timeout, reset, chaos) is the client's
            // business: nothing to report.
            let _ = connexion.await;
            drop(permis_connexion);
        });
    }
    drop(ecouteur);
    gracieux.shutdown().await;
}
