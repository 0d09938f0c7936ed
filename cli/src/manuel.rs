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
    let mut roff = Vec::new();
    clap_mangen::Man::new(page).render(&mut roff)?;
    // clap_mangen writes the one English heading of a man page.
    let roff = String::from_utf8_lossy(&roff).replacen("\n.SH NAME\n", "\n.SH NOM\n", 1);
    out.write_all(roff.as_bytes())?;
    Ok(Statut::Ok)
}
