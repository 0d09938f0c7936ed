//! The `sidoba` command line: argument parsing and dispatch. Each command
//! is a thin layer over `sidoba-codegen`'s public API.
//!
//! Every command writes its findings to one standard output handed to it
//! and returns the first write error: [`main`] then prints a single line
//! and exits 2, instead of the panic of `println!` on a closed pipe or a
//! full disk. Standard error goes through [`journal!`], which cannot panic.

/// `eprintln!` that cannot panic: with standard error closed or full, the
/// progress and warning lines are lost, which changes nothing else.
macro_rules! journal {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod api;
mod bundle;
mod check;
mod diff;
mod entree;
mod francais;
mod generate;
mod manuel;
mod questionnaire;
mod repetes;
mod sandbox;
mod schema;
mod sortie;
mod validate;

use clap::{FromArgMatches, Parser, Subcommand};
use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit status of the contract: 0 nothing found, 1 found something, 2 usage
/// error or unreadable file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Statut {
    Ok = 0,
    Trouve = 1,
    Erreur = 2,
}

#[derive(Parser, Debug)]
#[command(
    name = "sidoba",
    version,
    about = "Modèles métier SIDOBA (WS02) : vérification, génération de code Rust, validation de payloads WS05, écarts WS04, envoi par l'API (WS01 à WS09)",
    // Replaced by `Commande::Help`, whose help text is in French.
    disable_help_subcommand = true,
    subcommand_value_name = "COMMANDE"
)]
struct Cli {
    #[command(subcommand)]
    commande: Commande,
}

#[derive(Subcommand, Debug)]
enum Commande {
    /// Vérifie des modèles métier : chaque problème avec fichier, ligne:colonne et pointeur JSON.
    Check {
        /// Fichiers de modèle (`-` : entrée standard).
        #[arg(required = true, value_name = "MODELE")]
        modeles: Vec<PathBuf>,
        /// Les clés inconnues sont des erreurs, pas des avertissements.
        #[arg(long)]
        strict: bool,
        /// Format des problèmes (`json` : docs/diagnostics.md).
        #[arg(long, value_enum, default_value = "text")]
        format: check::Format,
    },
    /// Génère un module Rust par modèle dans DIR, et un mod.rs.
    Generate {
        /// Fichiers de modèle (`-` : entrée standard).
        #[arg(required = true, value_name = "MODELE")]
        modeles: Vec<PathBuf>,
        /// Dossier de sortie.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// N'écrit rien ; échoue si un fichier de DIR diffère de ce qui serait généré.
        #[arg(long)]
        check: bool,
        /// Les clés inconnues sont des erreurs, pas des avertissements.
        #[arg(long)]
        strict: bool,
    },
    /// Rapport d'écarts (façon WS04) entre deux versions d'un modèle.
    Diff {
        /// Modèle de la version précédente (`-` : entrée standard).
        #[arg(value_name = "ANCIEN")]
        ancien: PathBuf,
        /// Modèle de la nouvelle version.
        #[arg(value_name = "NOUVEAU")]
        nouveau: PathBuf,
        /// Format du rapport (`markdown` : un commentaire de pull request).
        #[arg(long, value_enum, default_value = "text")]
        format: diff::Format,
        /// Sortie 1 dès un écart de cet impact ou pire (`a_verifier` compte comme `cassant`).
        #[arg(long, value_enum, value_name = "IMPACT")]
        fail_on: Option<diff::FailOn>,
        /// Empreintes d'écarts déjà examinés (une par ligne, `#` commentaires).
        #[arg(long, value_name = "FICHIER")]
        ignore: Option<PathBuf>,
    },
    /// Valide un payload WS05, un fichier de collecte usager ou un Bundle TDDUI (WS07/WS09) contre un modèle, sans rien compiler.
    #[command(after_help = manuel::APRES_VALIDATE)]
    Validate {
        /// Fichier du modèle.
        #[arg(value_name = "MODELE")]
        modele: PathBuf,
        /// Payload WS05, fichier de collecte usager ou Bundle TDDUI à valider (`-` : entrée standard).
        #[arg(value_name = "PAYLOAD")]
        payload: PathBuf,
        /// Format des constats.
        #[arg(long, value_enum, default_value = "text")]
        format: validate::Format,
        /// Version du guide TDDUI pour un fichier de collecte usager (types d'évènement, grilles) : 2.3.0 (défaut) ou 2.2.0.
        #[arg(long, value_name = "VERSION")]
        tddui: Option<String>,
    },
    /// Écrit le JSON Schema (draft 2020-12) du payload WS05 d'un modèle.
    Schema {
        /// Fichier du modèle (`-` : entrée standard).
        #[arg(value_name = "MODELE")]
        modele: PathBuf,
    },
    /// WS01 : les campagnes ouvertes sur le serveur (SIDOBA_URL, SIDOBA_CLIENT_ID, SIDOBA_CLIENT_SECRET).
    #[command(after_help = manuel::APRES_API)]
    Campaigns {
        /// Seulement les campagnes de ce module (RAMA…).
        #[arg(long, value_name = "MODULE")]
        module: Option<String>,
        /// Format de la liste.
        #[arg(long, value_enum, default_value = "text")]
        format: api::Format,
    },
    /// WS02 : le modèle d'une campagne, contrôlé par son SHA-256.
    #[command(after_help = manuel::APRES_API)]
    Fetch {
        /// Identifiant de la campagne.
        #[arg(value_name = "CAMPAGNE")]
        campagne: String,
        /// Fichier où écrire le modèle (sinon la sortie standard).
        #[arg(short = 'o', value_name = "FICHIER")]
        sortie: Option<PathBuf>,
        /// Format du compte rendu (avec -o).
        #[arg(long, value_enum, default_value = "text")]
        format: api::Format,
    },
    /// WS05 (payload) ou WS07/WS09 (Bundle) : valide localement, puis envoie.
    #[command(after_help = manuel::APRES_SEND)]
    Send {
        /// Identifiant de la campagne.
        #[arg(value_name = "CAMPAGNE")]
        campagne: String,
        /// FINESS de la structure.
        #[arg(value_name = "FINESS")]
        finess: String,
        /// Payload WS05 ou Bundle à envoyer (`-` : entrée standard).
        #[arg(value_name = "FICHIER")]
        fichier: PathBuf,
        /// Suit le traitement (WS06) jusqu'à son état final.
        #[arg(long)]
        wait: bool,
        /// Envoie même avec des constats bloquants (ou sans validation locale d'un Bundle).
        #[arg(long)]
        force: bool,
        /// Format du résultat.
        #[arg(long, value_enum, default_value = "text")]
        format: api::Format,
    },
    /// WS06 : l'état et les constats d'un traitement.
    #[command(after_help = manuel::APRES_API)]
    Status {
        /// Identifiant du traitement.
        #[arg(value_name = "UID")]
        uid: String,
        /// Format du résultat.
        #[arg(long, value_enum, default_value = "text")]
        format: api::Format,
    },
    /// WS08 : transmet la collecte (statut « transmise ») ; son dernier envoi doit être accepté.
    #[command(after_help = manuel::APRES_API)]
    Transmit {
        /// Identifiant de la campagne.
        #[arg(value_name = "CAMPAGNE")]
        campagne: String,
        /// FINESS de la structure.
        #[arg(value_name = "FINESS")]
        finess: String,
        /// Format du résultat.
        #[arg(long, value_enum, default_value = "text")]
        format: api::Format,
    },
    /// WS08 : rouvre une collecte transmise (statut « en saisie »), tant que la campagne est ouverte.
    #[command(after_help = manuel::APRES_API)]
    Reopen {
        /// Identifiant de la campagne.
        #[arg(value_name = "CAMPAGNE")]
        campagne: String,
        /// FINESS de la structure.
        #[arg(value_name = "FINESS")]
        finess: String,
        /// Format du résultat.
        #[arg(long, value_enum, default_value = "text")]
        format: api::Format,
    },
    /// Lance le bac à sable local de l'API SIDOBA (api.md) ; première ligne : l'adresse écoutée.
    Sandbox(sandbox::Options),
    /// Écrit le script de complétion de sidoba pour un shell.
    Completions {
        #[arg(value_enum, value_name = "SHELL")]
        shell: manuel::Shell,
    },
    /// Écrit le modèle en Questionnaire FHIR R4 (JSON, usager.md).
    Questionnaire {
        /// Fichier du modèle (`-` : entrée standard).
        #[arg(value_name = "MODELE")]
        modele: PathBuf,
        /// URL de base des ressources canoniques (défaut : https://sidoba.invalid/fhir).
        #[arg(long, value_name = "URL")]
        base: Option<String>,
        /// Fichier de sortie, écrit de façon atomique (défaut : sortie standard).
        #[arg(short = 'o', long = "output", value_name = "FICHIER")]
        sortie: Option<String>,
    },
    /// Écrit le Bundle FHIR WS09 (TDDUI), ou WS07 avec --cda, d'un fichier de collecte (usager.md) ; refusé tant qu'un constat bloque.
    Bundle {
        /// Fichier du modèle, de niveau usager (`-` : entrée standard).
        #[arg(value_name = "MODELE")]
        modele: PathBuf,
        /// Fichier de collecte (`-` : entrée standard).
        #[arg(value_name = "COLLECTE")]
        collecte: PathBuf,
        /// Écrit le Bundle WS07 : un document CDA par personne (au lieu des réponses FHIR de WS09).
        #[arg(long)]
        cda: bool,
        /// URL de base des ressources canoniques (défaut : https://sidoba.invalid/fhir).
        #[arg(long, value_name = "URL")]
        base: Option<String>,
        /// Version du guide TDDUI écrite (profils, grilles) : 2.3.0 (défaut) ou 2.2.0.
        #[arg(long, value_name = "VERSION")]
        tddui: Option<String>,
        /// Fichier de sortie, écrit de façon atomique, lisible par son seul propriétaire (défaut : sortie standard).
        #[arg(short = 'o', long = "output", value_name = "FICHIER")]
        sortie: Option<String>,
    },
    /// Écrit la page de manuel (roff, section 1) de sidoba ou d'une de ses commandes.
    Man {
        /// La commande dont écrire la page (`sidoba-COMMANDE.1`).
        #[arg(value_name = "COMMANDE")]
        commande: Option<String>,
    },
    /// Affiche l'aide de sidoba ou d'une de ses commandes.
    Help {
        /// La commande dont afficher l'aide.
        #[arg(value_name = "COMMANDE")]
        commande: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = match analyser(std::env::args_os()) {
        Ok(c) => c,
        Err(e) => return usage(&e),
    };
    if let Commande::Help { commande } = cli.commande {
        // What `sidoba COMMANDE --help` prints (a usage error if unknown).
        let args = ["sidoba"].into_iter().chain(commande.as_deref());
        return match analyser(args.chain(["--help"])) {
            Err(e) => usage(&e),
            Ok(_) => ExitCode::SUCCESS,
        };
    }
    let mut out = io::stdout().lock();
    match lancer(cli.commande, &mut out).and_then(|s| out.flush().map(|()| s)) {
        Ok(statut) => ExitCode::from(statut as u8),
        Err(e) => echec_sortie(&e),
    }
}

/// The command line, its help and usage errors in French.
fn analyser<I, T>(args: I) -> Result<Cli, francais::Erreur>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let francaise = |e: clap::Error| e.apply::<francais::Erreurs>();
    let m = definition().try_get_matches_from(args).map_err(francaise)?;
    Cli::from_arg_matches(&m).map_err(francaise)
}

/// The command as clap sees it: what is parsed, completed and documented.
fn definition() -> clap::Command {
    francais::commande(<Cli as clap::CommandFactory>::command())
}

/// A usage error (exit 2), or the help or version asked for (exit 0).
fn usage(e: &francais::Erreur) -> ExitCode {
    let statut = if e.use_stderr() {
        Statut::Erreur
    } else {
        Statut::Ok
    };
    match e.print() {
        Ok(()) => ExitCode::from(statut as u8),
        Err(e) => echec_sortie(&e),
    }
}

/// The one place a failed write to standard output is reported.
fn echec_sortie(e: &io::Error) -> ExitCode {
    journal!(
        "sidoba : impossible d'écrire sur la sortie standard : {}",
        sidoba_core::fichier::raison(e)
    );
    ExitCode::from(Statut::Erreur as u8)
}

fn lancer(commande: Commande, out: &mut dyn Write) -> io::Result<Statut> {
    match commande {
        Commande::Check {
            modeles,
            strict,
            format,
        } => check::executer(out, &modeles, strict, format),
        Commande::Generate {
            modeles,
            out: dossier,
            check,
            strict,
        } => generate::executer(out, &modeles, &dossier, check, strict),
        Commande::Validate {
            modele,
            payload,
            format,
            tddui,
        } => validate::executer(out, &modele, &payload, format, tddui.as_deref()),
        Commande::Schema { modele } => schema::executer(out, &modele),
        Commande::Questionnaire {
            modele,
            base,
            sortie,
        } => questionnaire::executer(out, &modele, base.as_deref(), sortie.as_deref()),
        Commande::Bundle {
            modele,
            collecte,
            cda,
            base,
            tddui,
            sortie,
        } => bundle::executer(
            out,
            &bundle::Options {
                modele: &modele,
                collecte: &collecte,
                cda,
                base: base.as_deref(),
                tddui: tddui.as_deref(),
                sortie: sortie.as_deref(),
            },
        ),
        Commande::Diff {
            ancien,
            nouveau,
            format,
            fail_on,
            ignore,
        } => diff::executer(out, &ancien, &nouveau, format, fail_on, ignore.as_deref()),
        Commande::Campaigns { module, format } => {
            api::campaigns::executer(out, module.as_deref(), format)
        }
        Commande::Fetch {
            campagne,
            sortie,
            format,
        } => api::fetch::executer(out, &campagne, sortie.as_deref(), format),
        Commande::Send {
            campagne,
            finess,
            fichier,
            wait,
            force,
            format,
        } => api::send::executer(
            out,
            &api::send::Options {
                campagne: &campagne,
                finess: &finess,
                fichier: &fichier,
                attendre: wait,
                forcer: force,
                format,
            },
        ),
        Commande::Status { uid, format } => api::status::executer(out, &uid, format),
        Commande::Transmit {
            campagne,
            finess,
            format,
        } => api::transmit::executer(out, &campagne, &finess, format),
        Commande::Reopen {
            campagne,
            finess,
            format,
        } => api::reopen::executer(out, &campagne, &finess, format),
        Commande::Sandbox(o) => sandbox::executer(out, o),
        Commande::Completions { shell } => manuel::completions(out, definition(), shell),
        Commande::Man { commande } => manuel::man(out, definition(), commande.as_deref()),
        // Handled by `main`, before any output.
        Commande::Help { .. } => Ok(Statut::Ok),
    }
}
