//! Fault injection: clients that open connections and never finish their
//! request headers. The sandbox cuts each of them after its header delay
//! (hyper's header read timeout) and holds a bounded number of connections
//! at once, so a normal request still gets its answer.

mod commun;

use commun::*;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Generous: the server's header delay is half a second.
const BORNE: Duration = Duration::from_secs(30);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn les_clients_qui_ne_finissent_jamais_leurs_en_tetes_sont_coupes_et_les_autres_servis() {
    let bac = Bac::avec(|c| {
        c.delai_entetes = Duration::from_millis(500);
        c.connexions_max = 16;
    })
    .await;
    let adresse = bac.url.trim_start_matches("http://").to_owned();
    // 64 slow clients, four times the connection bound: half send the
    // start of a request and stop, half send nothing at all.
    let mut lents = Vec::new();
    for i in 0..64 {
        let mut flux = tokio::net::TcpStream::connect(&adresse).await.unwrap();
        if i % 2 == 0 {
            flux.write_all(b"GET /v1/openapi.json HTTP/1.1\r\nHost: x\r\nX-Lent: ")
                .await
                .unwrap();
        }
        lents.push(flux);
    }
    // A normal request is answered.
    let r = tokio::time::timeout(BORNE, bac.http.get(bac.u("/v1/openapi.json")).send())
        .await
        .expect("a normal request waited past the bound")
        .unwrap();
    assert_eq!(r.status(), 200);
    // Every slow connection was closed by the server (end of stream or
    // reset), none answered as if its request were whole.
    for (i, mut flux) in lents.into_iter().enumerate() {
        let mut tampon = Vec::new();
        let lu = tokio::time::timeout(BORNE, flux.read_to_end(&mut tampon))
            .await
            .unwrap_or_else(|_| panic!("connection {i} still open past the bound"));
        let texte = String::from_utf8_lossy(&tampon);
        assert!(
            lu.is_err() || !texte.starts_with("HTTP/1.1 200"),
            "{i}: {texte}"
        );
    }
    bac.arreter().await;
}
