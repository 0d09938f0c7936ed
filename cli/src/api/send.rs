//! `sidoba send CAMPAIGN FINESS FILE [--wait] [--force]`: WS05 for a
//! payload, WS07/WS09 for a Bundle (told by its content), validated
//! locally first; `--wait` follows WS06 to the end.

use super::Format;
use crate::Statut;
use crate::entree;
use crate::sortie::{self, Probleme};
use indicatif::{ProgressBar, ProgressStyle};
use sidoba::Constats;
use sidoba_client::contrat::Traitement;
use sidoba_client::{Envoi, Erreur, bloquant};
use std::io::{self, IsTerminal, Write};
use std::time::Duration;

pub struct Options<'a> {
    pub campagne: &'a str,
    pub finess: &'a str,
    pub fichier: &'a std::path::Path,
    pub attendre: bool,
    pub forcer: bool,
    pub format: Format,
}

pub fn executer(out: &mut dyn Write, o: &Options<'_>) -> io::Result<Statut> {
    if let Some(conseil) = ordre(o) {
        journal!("sidoba : {conseil}");
        return Ok(Statut::Erreur);
    }
    // Credentials next: a missing variable is a usage error before any read.
    let client = match super::client() {
        Ok(c) => c,
        Err(e) => return super::echec(out, o.format, &e),
    };
    let mut stdin_pris = false;
    let (_, contenu) = match entree::lire(o.fichier, &mut stdin_pris) {
        Ok(x) => x,
        Err(p) => return illisible(out, o.format, p),
    };
    if let Some(autre) = campagne_du_fichier(&contenu).filter(|c| c != o.campagne) {
        return autre_campagne(out, o, &autre);
    }
    // The key is the content's hash: the same content sent again gives the
    // same 202 and creates nothing (said below). Sent earlier but followed
    // by another processing, it goes again under a key that adds the
    // collection's last processing (never used: nothing came after it).
    let avant = client.collection(o.campagne, o.finess).ok();
    let historique = avant.map(|c| c.historique).unwrap_or_default();
    let dernier = historique.first();
    let envoi = match envoyer(&client, o, &contenu, None) {
        Ok(e) => match historique
            .iter()
            .position(|h| h.uid_traitement == e.accuse.uid_traitement)
        {
            Some(0) | None => Ok(e),
            Some(_) => envoyer(
                &client,
                o,
                &contenu,
                dernier.map(|h| h.uid_traitement.as_str()),
            ),
        },
        Err(e) => Err(e),
    };
    let envoi = match envoi {
        Ok(e) => e,
        Err(Erreur::ConstatsBloquants(c)) => return refus(out, o.format, &c.0),
        Err(e) => return super::echec_avec(out, o.format, &e, conseil(o, &e)),
    };
    avertissements(&envoi.constats.0);
    if let Some(h) = dernier.filter(|h| h.uid_traitement == envoi.accuse.uid_traitement) {
        journal!(
            "sidoba : ce contenu a déjà été {} par le traitement {} : rien de nouveau n'a été créé",
            super::etat(h.etat),
            h.uid_traitement
        );
    }
    if !o.attendre {
        match o.format {
            Format::Json => super::json(out, &accuse_json(&envoi))?,
            Format::Text => writeln!(
                out,
                "traitement {} reçu ({}), {}",
                envoi.accuse.uid_traitement,
                envoi.service.nom(),
                match envoi.accuse.position {
                    0 => "aucun envoi avant lui".to_owned(),
                    1 => "1 envoi avant lui".to_owned(),
                    n => format!("{n} envois avant lui"),
                }
            )?,
        }
        return Ok(Statut::Ok);
    }
    match suivre(&client, &envoi) {
        Ok(t) => {
            match o.format {
                Format::Json => super::json(out, &t)?,
                Format::Text => super::traitement_texte(out, &t)?,
            }
            Ok(super::statut_traitement(&t))
        }
        Err(e) => super::echec(out, o.format, &e),
    }
}

/// `send 690012345 RAMA-2025 FILE` or `send FILE RAMA-2025 690012345`: the
/// order, corrected, before any call.
fn ordre(o: &Options<'_>) -> Option<String> {
    let finess = |x: &str| {
        x.len() == 9
            && x.bytes().all(|b| b.is_ascii_alphanumeric())
            && x.bytes().filter(u8::is_ascii_digit).count() >= 7
    };
    let fichier = |x: &str| x != "-" && std::path::Path::new(x).is_file();
    let bon = |c: &str, f: &str, p: &str| {
        format!(
            "les arguments semblent inversés : sidoba send CAMPAGNE FINESS FICHIER, ici sidoba send {c} {f} {p}"
        )
    };
    // Positions may hold anything; a path is compared as text here.
    let f_txt = o.fichier.to_string_lossy();
    let f_txt: &str = &f_txt;
    if finess(o.campagne) && !finess(o.finess) && !fichier(o.finess) {
        return Some(bon(o.finess, o.campagne, f_txt));
    }
    if fichier(o.campagne) && !fichier(f_txt) {
        let (c, f) = if finess(f_txt) {
            (o.finess, f_txt)
        } else {
            (f_txt, o.finess)
        };
        return Some(bon(c, f, o.campagne));
    }
    None
}

/// The `campagne` a WS05 payload names (a Bundle names none).
fn campagne_du_fichier(contenu: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Enveloppe {
        campagne: Option<serde_json::Value>,
    }
    let e: Enveloppe = serde_json::from_slice(contenu).ok()?;
    match e.campagne? {
        serde_json::Value::String(c) => Some(c),
        _ => None,
    }
}

/// A payload for another campaign, said as `sidoba validate` says it; with
/// `--force` too: the server would refuse it (`modele_different`).
fn autre_campagne(out: &mut dyn Write, o: &Options<'_>, autre: &str) -> io::Result<Statut> {
    let message = format!(
        "le payload est pour la campagne « {autre} » alors que la campagne demandée est « {} » : rien n'a été envoyé (sidoba send {autre} {} {} pour l'envoyer à sa campagne)",
        o.campagne,
        o.finess,
        o.fichier.display()
    );
    match o.format {
        Format::Text => journal!("sidoba : {message}"),
        Format::Json => super::json(
            out,
            &serde_json::json!({"erreur": {"code": "modele_different", "statut": null, "message": message}}),
        )?,
    }
    Ok(Statut::Trouve)
}

/// One submission under the key made of campaign, FINESS, content and,
/// when given, the processing it follows.
fn envoyer(
    client: &bloquant::Client,
    o: &Options<'_>,
    contenu: &[u8],
    apres: Option<&str>,
) -> Result<Envoi, Erreur> {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for partie in [
        o.campagne.as_bytes(),
        o.finess.as_bytes(),
        apres.unwrap_or("").as_bytes(),
    ] {
        h.update((partie.len() as u64).to_be_bytes());
        h.update(partie);
    }
    h.update(contenu);
    let cle: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    client.envoyer_avec_cle(o.campagne, o.finess, contenu.to_vec(), o.forcer, Some(cle))
}

/// What to do after a refusal of the server.
fn conseil(o: &Options<'_>, e: &Erreur) -> Option<String> {
    match e.code() {
        "statut_incompatible" => Some(format!(
            "la collecte est déjà transmise ; pour la modifier : sidoba reopen {} {}, puis renvoyez",
            o.campagne, o.finess
        )),
        "campagne_fermee" => Some("la campagne est fermée : plus aucun envoi n'est possible (sidoba campaigns liste les campagnes ouvertes)".to_owned()),
        _ => None,
    }
}

fn accuse_json(e: &Envoi) -> serde_json::Value {
    serde_json::json!({
        "service": e.service.nom(),
        "uidTraitement": e.accuse.uid_traitement,
        "position": e.accuse.position,
    })
}

/// WS06 until the end: a progress line on a terminal, plain lines
/// otherwise, on standard error.
fn suivre(client: &bloquant::Client, envoi: &Envoi) -> Result<Traitement, Erreur> {
    let uid = &envoi.accuse.uid_traitement;
    if !io::stderr().is_terminal() {
        return client.suivre(uid, |t| {
            journal!(
                "sidoba : traitement {uid} : {}",
                super::etat_position(t.etat, t.position)
            )
        });
    }
    let barre = ProgressBar::new_spinner();
    barre.set_style(
        ProgressStyle::with_template("{spinner} traitement {prefix} : {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    barre.set_prefix(uid.clone());
    barre.enable_steady_tick(Duration::from_millis(120));
    let fin = client.suivre(uid, |t| {
        barre.set_message(super::etat_position(t.etat, t.position))
    });
    barre.finish_and_clear();
    fin
}

/// Local warnings of a payload that goes: to standard error.
fn avertissements(c: &Constats) {
    for l in crate::repetes::regrouper(c.iter().map(|k| format!("sidoba : {k}"))) {
        journal!("{l}");
    }
}

/// Blocking findings: nothing was sent (exit 1).
fn refus(out: &mut dyn Write, format: Format, c: &Constats) -> io::Result<Statut> {
    match format {
        Format::Json => {
            let constats: serde_json::Value =
                serde_json::from_str(&c.json()).map_err(io::Error::other)?;
            super::json(
                out,
                &serde_json::json!({
                    "envoye": false,
                    "valide": false,
                    "constats": constats["constats"],
                }),
            )?;
        }
        Format::Text => {
            for l in crate::repetes::regrouper(c.iter().map(|k| k.to_string())) {
                writeln!(out, "{l}")?;
            }
            journal!(
                "sidoba : {} constat(s) bloquant(s) : rien n'a été envoyé (--force pour envoyer quand même)",
                c.bloquants().count()
            );
        }
    }
    Ok(Statut::Trouve)
}

/// The file cannot be read (exit 2), in the chosen format.
fn illisible(out: &mut dyn Write, format: Format, p: Probleme) -> io::Result<Statut> {
    let json = matches!(format, Format::Json);
    let document = |erreurs| vec![("erreurs".into(), erreurs)];
    sortie::echec(out, &[p], json.then_some(document as sortie::Document))
}
