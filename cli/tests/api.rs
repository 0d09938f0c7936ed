//! The API commands of `sidoba` against the client's mock of `api.md`:
//! output in text and JSON, exit codes, missing credentials, `send --wait`.

#[path = "../../client/tests/maquette/mod.rs"]
mod maquette;

use maquette::{CLIENT_ID, FINESS, FINESS_INTERDIT, Faute, PIEGES, RAMA, Reglages, SECRET};
use std::io::Write;
use std::process::{Command, Output, Stdio};

struct Serveur {
    m: std::sync::Arc<maquette::Maquette>,
    url: String,
}

fn serveur() -> Serveur {
    let (m, url) = maquette::demarrer_fil(Reglages::default());
    Serveur { m, url }
}

impl Serveur {
    fn sidoba(&self, args: &[&str]) -> Output {
        self.avec(args, None, &[])
    }

    fn avec(&self, args: &[&str], stdin: Option<&[u8]>, sans: &[&str]) -> Output {
        let mut c = Command::new(env!("CARGO_BIN_EXE_sidoba"));
        c.args(args)
            .env("SIDOBA_URL", &self.url)
            .env("SIDOBA_CLIENT_ID", CLIENT_ID)
            .env("SIDOBA_CLIENT_SECRET", SECRET)
            .env_remove("NO_COLOR")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for v in sans {
            c.env_remove(v);
        }
        let mut enfant = c.spawn().unwrap();
        let mut entree = enfant.stdin.take().unwrap();
        if let Some(s) = stdin {
            let _ = entree.write_all(s);
        }
        drop(entree);
        enfant.wait_with_output().unwrap()
    }
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn texte(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", texte(&o.stdout)))
}

fn fichier(contenu: &[u8]) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(contenu).unwrap();
    f
}

fn payload_invalide() -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_slice(maquette::PAYLOAD_RAMA).unwrap();
    v["donnees"]["nombre_de_places"] = 5000.into();
    serde_json::to_vec(&v).unwrap()
}

#[test]
fn campaigns_in_text_and_json() {
    let s = serveur();
    let o = s.sidoba(&["campaigns"]);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    let lignes: Vec<String> = texte(&o.stdout).lines().map(str::to_owned).collect();
    assert_eq!(lignes.len(), 2);
    assert_eq!(
        lignes[0],
        "RAMA-2026 : Rapport annuel d'activité médicale 2026 (modèle RAMA 2026.1, niveau structure), du 2027-03-15 au 2027-06-30"
    );
    let o = s.sidoba(&["campaigns", "--format", "json"]);
    assert_eq!(code(&o), 0);
    let v = json(&o);
    assert_eq!(v["campagnes"][1]["id"], PIEGES);
    assert_eq!(v["campagnes"][0]["modele"]["niveau"], "structure");
}

#[test]
fn fetch_writes_the_model_byte_for_byte() {
    let s = serveur();
    let o = s.sidoba(&["fetch", RAMA]);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    assert_eq!(o.stdout, maquette::MODELE_RAMA);
    let dossier = tempfile::tempdir().unwrap();
    let cible = dossier.path().join("rama.json");
    let cible_s = cible.to_str().unwrap();
    let o = s.sidoba(&["fetch", RAMA, "-o", cible_s, "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    assert_eq!(std::fs::read(&cible).unwrap(), maquette::MODELE_RAMA);
    assert_eq!(json(&o)["octets"], maquette::MODELE_RAMA.len());
    let o = s.sidoba(&["fetch", "INCONNUE"]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        texte(&o.stderr),
        "sidoba : la campagne INCONNUE n'est pas parmi les campagnes ouvertes du serveur (WS01)\n"
    );
}

#[test]
fn send_wait_status_transmit_reopen() {
    let s = serveur();
    let p = fichier(maquette::PAYLOAD_RAMA);
    let chemin = p.path().to_str().unwrap();
    s.m.fautes([Faute::CoupeApres]);
    let o = s.sidoba(&["send", RAMA, FINESS, chemin, "--wait"]);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    let sortie = texte(&o.stdout);
    let uid = sortie
        .strip_prefix("traitement ")
        .and_then(|r| r.split(' ').next())
        .unwrap()
        .to_owned();
    assert_eq!(
        sortie,
        format!("traitement {uid} : accepté, 0 constat bloquant, 0 avertissement\n")
    );
    // Not a terminal: plain progress lines on standard error.
    let erreur = texte(&o.stderr);
    assert!(
        erreur.contains("connexion interrompue : tentative 2"),
        "{erreur}"
    );
    assert!(
        erreur.contains(&format!("sidoba : traitement {uid} : en attente\n")),
        "{erreur}"
    );
    assert!(
        erreur.contains(&format!("sidoba : traitement {uid} : accepté\n")),
        "{erreur}"
    );
    assert_eq!(s.m.compte(&s.m.creations), 1);

    let o = s.sidoba(&["status", &uid, "--format", "json"]);
    assert_eq!(code(&o), 0);
    assert_eq!(json(&o)["etat"], "accepte");

    let o = s.sidoba(&["transmit", RAMA, FINESS]);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    assert_eq!(
        texte(&o.stdout),
        format!("collecte {RAMA} / {FINESS} : transmise\n")
    );
    let o = s.sidoba(&["transmit", RAMA, FINESS, "--format", "json"]);
    assert_eq!(code(&o), 1);
    assert_eq!(json(&o)["erreur"]["code"], "transition_interdite");
    assert_eq!(json(&o)["erreur"]["statut"], 409);
    let o = s.sidoba(&["reopen", RAMA, FINESS, "--format", "json"]);
    assert_eq!(code(&o), 0);
    assert_eq!(json(&o)["statut"], "en_saisie");
    assert_eq!(json(&o)["historique"][0]["uidTraitement"], uid.as_str());
}

#[test]
fn send_without_wait_and_from_stdin() {
    let s = serveur();
    let o = s.avec(
        &["send", RAMA, FINESS, "-", "--format", "json"],
        Some(maquette::PAYLOAD_RAMA),
        &[],
    );
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    let v = json(&o);
    assert_eq!(v["service"], "WS05");
    assert_eq!(v["position"], 0);
    // The first one still waits: another content is queued behind it
    // (the same content again would be the same submission).
    let autre = [maquette::PAYLOAD_RAMA, b" "].concat();
    let o = s.avec(&["send", RAMA, FINESS, "-"], Some(&autre), &[]);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    let sortie = texte(&o.stdout);
    let uid = sortie.split(' ').nth(1).unwrap();
    assert_eq!(
        sortie,
        format!("traitement {uid} reçu (WS05), 1 envoi avant lui\n")
    );
}

#[test]
fn a_rejected_processing_and_a_local_refusal_exit_1() {
    let s = serveur();
    let p = fichier(&payload_invalide());
    let chemin = p.path().to_str().unwrap();
    let o = s.sidoba(&["send", RAMA, FINESS, chemin]);
    assert_eq!(code(&o), 1);
    assert!(
        texte(&o.stdout).starts_with("[bloquante] nombre_de_places : "),
        "{}",
        texte(&o.stdout)
    );
    assert!(texte(&o.stderr).contains("rien n'a été envoyé (--force pour envoyer quand même)"));
    let o = s.sidoba(&["send", RAMA, FINESS, chemin, "--format", "json"]);
    assert_eq!(code(&o), 1);
    let v = json(&o);
    assert_eq!(
        (v["envoye"].clone(), v["constats"][0]["code"].clone()),
        (false.into(), "max".into())
    );
    assert_eq!(s.m.compte(&s.m.soumissions_recues), 0);

    let o = s.sidoba(&[
        "send", RAMA, FINESS, chemin, "--force", "--wait", "--format", "json",
    ]);
    assert_eq!(code(&o), 1, "{}", texte(&o.stderr));
    let v = json(&o);
    assert_eq!(v["etat"], "rejete");
    let o = s.sidoba(&["status", v["uidTraitement"].as_str().unwrap()]);
    assert_eq!(code(&o), 1);
    assert!(
        texte(&o.stdout).contains(": rejeté, 1 constat bloquant"),
        "{}",
        texte(&o.stdout)
    );

    // A Bundle is validated locally: one that is not a TDDUI Bundle of the
    // model is refused, forced or not; a valid one goes to WS09.
    let b = fichier(br#"{"resourceType":"Bundle","type":"transaction","entry":[]}"#);
    let o = s.sidoba(&[
        "send",
        PIEGES,
        FINESS,
        b.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code(&o), 1);
    assert_eq!(json(&o)["erreur"]["code"], "bundle_illisible");
    let o = s.sidoba(&[
        "send",
        PIEGES,
        FINESS,
        b.path().to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(code(&o), 1);
    let b = fichier(include_bytes!("../../core/tests/bundles/pieges.json"));
    let o = s.sidoba(&["send", PIEGES, FINESS, b.path().to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}", texte(&o.stderr));
    assert!(texte(&o.stdout).contains("reçu (WS09)"));
}

#[test]
fn server_refusals_keep_their_code_in_text_and_json() {
    let s = serveur();
    // The payload of the refused structure (another one's never leaves).
    let mut v: serde_json::Value = serde_json::from_slice(maquette::PAYLOAD_RAMA).unwrap();
    v["donnees"]["finess_et"] = FINESS_INTERDIT.into();
    let p = fichier(&serde_json::to_vec(&v).unwrap());
    let chemin = p.path().to_str().unwrap();
    let o = s.sidoba(&["send", RAMA, FINESS_INTERDIT, chemin]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        texte(&o.stderr),
        "sidoba : le serveur répond HTTP 403 acces_refuse : erreur simulée acces_refuse\n"
    );
    let o = s.sidoba(&["status", "inconnu", "--format", "json"]);
    assert_eq!(code(&o), 1);
    assert_eq!(json(&o)["erreur"]["code"], "introuvable");
    let o = s.sidoba(&["send", RAMA, FINESS, "absent.json", "--format", "json"]);
    assert_eq!(code(&o), 2);
    assert_eq!(json(&o)["erreurs"][0]["code"], "fichier_illisible");
}

#[test]
fn missing_credentials_are_a_usage_error() {
    let s = serveur();
    for var in ["SIDOBA_URL", "SIDOBA_CLIENT_ID", "SIDOBA_CLIENT_SECRET"] {
        let o = s.avec(&["campaigns"], None, &[var]);
        assert_eq!(code(&o), 2);
        let erreur = texte(&o.stderr);
        assert!(
            erreur.starts_with(&format!(
                "sidoba : configuration : variable d'environnement non définie : {var} ; "
            )),
            "{erreur}"
        );
        let o = s.avec(&["status", "x", "--format", "json"], None, &[var]);
        assert_eq!(code(&o), 2);
        assert_eq!(json(&o)["erreur"]["code"], "configuration");
    }
    // Wrong secret: the token endpoint's refusal, exit 2, never the secret.
    let mut c = Command::new(env!("CARGO_BIN_EXE_sidoba"));
    let o = c
        .args(["campaigns"])
        .env("SIDOBA_URL", &s.url)
        .env("SIDOBA_CLIENT_ID", CLIENT_ID)
        .env("SIDOBA_CLIENT_SECRET", "MAUVAIS-SECRET-MARQUEUR")
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    assert!(texte(&o.stderr).contains("invalid_client"));
    assert!(!texte(&o.stderr).contains("MARQUEUR") && !texte(&o.stdout).contains("MARQUEUR"));
}
