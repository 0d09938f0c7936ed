//! `sidoba completions SHELL` and `sidoba man`: what a package or a user
//! installs beside the binary, generated from the same command definition
//! as the parser, so that they cannot drift from it.

use crate::Statut;
use clap::{Command, ValueEnum};
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

pub fn completions(out: &mut dyn Write, mut cmd: Command, shell: Shell) -> io::Result<Statut> {
    let shell = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
        Shell::Powershell => clap_complete::Shell::PowerShell,
    };
    // clap_complete panics on a failed write: it writes to memory, the
    // command writes to `out`.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "sidoba", &mut script);
    out.write_all(&script)?;
    Ok(Statut::Ok)
}

/// The page of `sidoba` or of one of its commands (`sidoba-diff(1)`, as
/// the main page's list of commands names them).
pub fn man(out: &mut dyn Write, mut cmd: Command, commande: Option<&str>) -> io::Result<Statut> {
    // Gives the commands their display names (`sidoba-diff`).
    cmd.build();
    let page = match commande {
        None => cmd,
        Some(nom) => match cmd.find_subcommand(nom) {
            Some(c) => c.clone().version(env!("CARGO_PKG_VERSION")),
            None => {
                journal!("sidoba : commande inconnue « {nom} »");
                return Ok(Statut::Erreur);
            }
        },
    };
    let nom = commande.unwrap_or("");
    // The after-help text is the ENVIRONNEMENT and EXEMPLES sections below,
    // not clap_mangen's EXTRA.
    let page = page.after_help(clap::builder::Resettable::<clap::builder::StyledStr>::Reset);
    let mut roff = Vec::new();
    clap_mangen::Man::new(page).render(&mut roff)?;
    // clap_mangen writes the one English heading of a man page.
    let mut roff = String::from_utf8_lossy(&roff).replacen("\n.SH NAME\n", "\n.SH NOM\n", 1);
    roff.push_str(&sections(nom));
    out.write_all(roff.as_bytes())?;
    Ok(Statut::Ok)
}

/// After `sidoba send --help`: the environment and what to do after a
/// refusal.
pub const APRES_SEND: &str = "Environnement : SIDOBA_URL (URL de base du serveur, sans /v1), SIDOBA_CLIENT_ID et SIDOBA_CLIENT_SECRET (le secret n'est jamais un argument).
Codes de retour : 0 envoyé (accepté avec --wait), 1 refus local ou du serveur, rejeté avec --wait, 2 erreur d'utilisation, réglage manquant ou serveur injoignable.
Collecte déjà transmise : sidoba reopen CAMPAGNE FINESS, puis renvoyer.
Exemple : sidoba send RAMA-2025 690012345 rapport.json --wait";

/// After the other API commands' help.
pub const APRES_API: &str = "Environnement : SIDOBA_URL (URL de base du serveur, sans /v1), SIDOBA_CLIENT_ID et SIDOBA_CLIENT_SECRET.
Codes de retour : 0 succès, 1 refus du serveur (ou traitement rejeté), 2 erreur d'utilisation, réglage manquant ou serveur injoignable.";

/// After `sidoba validate --help`.
pub const APRES_VALIDATE: &str = "Le genre du fichier est reconnu à son contenu : payload WS05 (donnees), fichier de collecte (usagers) ou Bundle TDDUI (resourceType Bundle).
Codes de retour : 0 rien de bloquant (des avertissements peuvent rester), 1 constats bloquants ou fichier invalide, 2 erreur d'utilisation ou fichier illisible.
Exemple : sidoba validate models/rama-2025.json rapport.json";

/// Examples per command (shell lines).
fn exemples(commande: &str) -> &'static [&'static str] {
    match commande {
        "" => &[
            "sidoba check models/*.json",
            "sidoba generate models/*.json --out src/modeles",
            "sidoba validate models/rama-2025.json rapport.json",
            "sidoba send RAMA-2025 690012345 rapport.json --wait",
        ],
        "check" => &[
            "sidoba check models/*.json",
            "sidoba check --format json models/rama-2025.json",
        ],
        "generate" => &[
            "sidoba generate models/*.json --out src/modeles",
            "sidoba generate models/*.json --out src/modeles --check",
        ],
        "diff" => &["sidoba diff models/rama-2025.json models/rama-2026.json --format markdown"],
        "validate" => &[
            "sidoba validate models/rama-2025.json rapport.json",
            "sidoba validate models/ssiad-usager-2025.json bundle.json --format json",
        ],
        "schema" => &["sidoba schema models/rama-2025.json > rama-2025.schema.json"],
        "questionnaire" => {
            &["sidoba questionnaire models/ssiad-usager-2025.json -o questionnaire.json"]
        }
        "bundle" => &[
            "sidoba bundle models/ssiad-usager-2025.json collecte.json -o bundle.json",
            "sidoba bundle models/ssiad-usager-2025.json collecte.json --cda -o bundle-cda.json",
        ],
        "campaigns" => &["sidoba campaigns --module RAMA"],
        "fetch" => &["sidoba fetch RAMA-2025 -o rama-2025.json"],
        "send" => &[
            "sidoba send RAMA-2025 690012345 rapport.json --wait",
            "sidoba send SSIAD-2025 690012345 bundle.json --format json",
        ],
        "status" => &["sidoba status UID"],
        "transmit" => &["sidoba transmit RAMA-2025 690012345"],
        "reopen" => &["sidoba reopen RAMA-2025 690012345"],
        "sandbox" => &[
            "sidoba sandbox --models models --data bac.sqlite --accounts examples/bac-a-sable/comptes.json --today 2026-04-01",
        ],
        "completions" => &["sidoba completions bash > /etc/bash_completion.d/sidoba"],
        "man" => &["sidoba man send > sidoba-send.1"],
        _ => &[],
    }
}

/// `-` as roff's minus (`\-`), so that examples copy as typed.
fn roff(texte: &str) -> String {
    texte.replace('\\', "\\e").replace('-', "\\-")
}

/// CODE DE RETOUR, ENVIRONNEMENT and EXEMPLES (cli.md), in roff.
fn sections(commande: &str) -> String {
    let mut r = String::from(".SH \"CODE DE RETOUR\"\n");
    for (code, sens) in [
        (
            "0",
            "succès : rien de bloquant n'a été trouvé (des avertissements peuvent rester) ; traitement accepté ou en cours.",
        ),
        (
            "1",
            "la commande a trouvé quelque chose : modèle, payload ou Bundle invalide, constats bloquants (rien n'est envoyé sans --force), traitement rejeté, refus du serveur, écart au-delà de --fail-on, fichiers périmés sous --check.",
        ),
        (
            "2",
            "erreur d'utilisation, fichier illisible, variable d'environnement manquante, serveur injoignable, port déjà utilisé.",
        ),
    ] {
        r.push_str(&format!(".TP\n{code}\n{}\n", roff(sens)));
    }
    r.push_str(".SH ENVIRONNEMENT\n");
    for (v, sens) in [
        (
            "SIDOBA_URL",
            "URL de base du serveur SIDOBA (ou du bac à sable), sans /v1 ; lue par campaigns, fetch, send, status, transmit et reopen.",
        ),
        (
            "SIDOBA_CLIENT_ID",
            "identifiant du compte technique de l'éditeur.",
        ),
        (
            "SIDOBA_CLIENT_SECRET",
            "son secret (jamais un argument de la ligne de commande ; jamais écrit).",
        ),
        ("NO_COLOR", "pas de couleur, même sur un terminal."),
    ] {
        r.push_str(&format!(".TP\n\\fB{v}\\fR\n{}\n", roff(sens)));
    }
    let ex = exemples(commande);
    if !ex.is_empty() {
        r.push_str(".SH EXEMPLES\n");
        for e in ex {
            r.push_str(&format!(".PP\n.nf\n{}\n.fi\n", roff(e)));
        }
    }
    r
}
