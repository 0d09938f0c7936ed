//! `sidoba send` and the FINESS that cannot be crossed: a payload whose
//! `role: finess` field names another structure is refused before
//! sending, `--force` or not, naming both FINESS values.

#[path = "../../client/tests/maquette/mod.rs"]
mod maquette;

use maquette::{CLIENT_ID, FINESS, RAMA, Reglages, SECRET};
use std::io::Write;
use std::process::Command;

#[test]
fn send_refuse_le_payload_d_une_autre_structure() {
    let (m, url) = maquette::demarrer_fil(Reglages::default());
    let mut v: serde_json::Value = serde_json::from_slice(maquette::PAYLOAD_RAMA).unwrap();
    v["donnees"]["finess_et"] = "690099999".into();
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(&serde_json::to_vec(&v).unwrap()).unwrap();
    let chemin = f.path().to_str().unwrap();
    for forcer in [&[][..], &["--force"][..]] {
        let o = Command::new(env!("CARGO_BIN_EXE_sidoba"))
            .args(["send", RAMA, FINESS, chemin])
            .args(forcer)
            .env("SIDOBA_URL", &url)
            .env("SIDOBA_CLIENT_ID", CLIENT_ID)
            .env("SIDOBA_CLIENT_SECRET", SECRET)
            .output()
            .unwrap();
        let erreur = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{erreur}");
        assert!(
            erreur.contains("690099999") && erreur.contains(FINESS),
            "{erreur}"
        );
        assert!(erreur.contains("rien n'a été envoyé"), "{erreur}");
    }
    assert_eq!(m.compte(&m.soumissions_recues), 0);
}
