//! The help and the usage errors in French: clap writes its own words in
//! English ("Usage", "Print help", "[default: …]", "unexpected argument"),
//! so every command gets a French template and help flag, and usage errors
//! a French formatter.

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, ArgAction, Command};
use std::fmt::Write as _;

/// clap's default template with the usage heading in French.
const MODELE: &str =
    "{before-help}{about-with-newline}\nUtilisation : {usage}\n\n{all-args}{after-help}";

/// `cmd` and its subcommands with French help.
pub fn commande(cmd: Command) -> Command {
    let version = cmd.get_version().is_some();
    let cmd = sous_commande(cmd);
    if !version {
        return cmd;
    }
    cmd.disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help("Affiche la version"),
    )
}

fn sous_commande(cmd: Command) -> Command {
    cmd.help_template(MODELE)
        .subcommand_help_heading("Commandes")
        .mut_args(precisions)
        .disable_help_flag(true)
        .arg(
            Arg::new("aide")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Affiche l'aide"),
        )
        .mut_subcommands(sous_commande)
}

/// An argument's possible and default values, written in its help in
/// French instead of clap's `[possible values: …]` and `[default: …]`.
fn precisions(a: Arg) -> Arg {
    let mut ajouts = Vec::new();
    if a.get_action().takes_values() {
        let valeurs: Vec<String> = (a.get_value_parser().possible_values())
            .into_iter()
            .flatten()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_owned())
            .collect();
        if !valeurs.is_empty() {
            ajouts.push(format!("[valeurs : {}]", valeurs.join(", ")));
        }
    }
    if let Some(d) = a.get_default_values().first() {
        ajouts.push(format!("[défaut : {}]", d.to_string_lossy()));
    }
    if ajouts.is_empty() {
        return a;
    }
    let aide = a.get_help().map(ToString::to_string);
    let aide = aide.into_iter().chain(ajouts).collect::<Vec<_>>().join(" ");
    a.help(aide)
        .hide_possible_values(true)
        .hide_default_value(true)
}

/// Usage errors in French: `erreur : …`, the suggestion, the usage, and
/// where to find help.
pub struct Erreurs;

/// A usage error, help or version, printed by [`Erreurs`].
pub type Erreur = clap::error::Error<Erreurs>;

impl ErrorFormatter for Erreurs {
    fn format_error(e: &Erreur) -> StyledStr {
        let mut s = StyledStr::new();
        let _ = write!(s, "erreur : {}", message(e));
        let suggestions = [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg];
        // clap lists its suggestions from the least to the most likely.
        for suggestion in suggestions
            .into_iter()
            .filter_map(|k| chaines(e, k))
            .map(|l| l.into_iter().rev().collect::<Vec<_>>())
        {
            let _ = write!(
                s,
                "\n\n  conseil : essayer « {} »",
                suggestion.join(" », « ")
            );
        }
        if let Some(ContextValue::StyledStr(u)) = e.get(ContextKind::Usage) {
            let u = u.to_string();
            let u = u
                .strip_prefix("Usage:")
                .map_or(u.clone(), |r| r.trim().to_owned());
            let _ = write!(s, "\n\nUtilisation : {u}");
        }
        s.push_str("\n\nPour en savoir plus, essayer « --help ».");
        s.push_str("\n");
        s
    }
}

/// The error's message, from its kind and context.
fn message(e: &Erreur) -> String {
    let arg = chaine(e, ContextKind::InvalidArg);
    let valeur = chaine(e, ContextKind::InvalidValue);
    match (e.kind(), arg, valeur) {
        (ErrorKind::InvalidValue, Some(a), Some("")) => {
            format!("une valeur est attendue pour « {a} »")
        }
        (ErrorKind::InvalidValue | ErrorKind::ValueValidation, Some(a), Some(v)) => {
            let possibles = chaines(e, ContextKind::ValidValue)
                .map(|l| format!(" (valeurs possibles : {})", l.join(", ")))
                .unwrap_or_default();
            // The validator's own sentence (the expected format...).
            let raison = std::error::Error::source(e)
                .map(|r| format!(" : {r}"))
                .unwrap_or_default();
            format!("valeur « {v} » invalide pour « {a} »{possibles}{raison}")
        }
        (ErrorKind::UnknownArgument, Some(a), _) => format!("argument inattendu « {a} »"),
        (ErrorKind::TooManyValues, Some(a), Some(v)) => {
            format!("valeur « {v} » en trop pour « {a} »")
        }
        (ErrorKind::ArgumentConflict, Some(a), _) => {
            format!("l'argument « {a} » ne peut pas être utilisé ici")
        }
        (ErrorKind::InvalidSubcommand, ..) => match chaine(e, ContextKind::InvalidSubcommand) {
            Some(c) => format!("commande inconnue « {c} »"),
            None => "commande inconnue".to_owned(),
        },
        (ErrorKind::MissingRequiredArgument, ..) => match chaines(e, ContextKind::InvalidArg) {
            Some(l) => format!("arguments obligatoires absents : {}", l.join(", ")),
            None => "arguments obligatoires absents".to_owned(),
        },
        (ErrorKind::MissingSubcommand, ..) => "une commande est attendue".to_owned(),
        (ErrorKind::InvalidUtf8, ..) => "un argument n'est pas en UTF-8".to_owned(),
        _ => "ligne de commande invalide".to_owned(),
    }
}

fn chaine(e: &Erreur, k: ContextKind) -> Option<&str> {
    match e.get(k)? {
        ContextValue::String(s) => Some(s),
        _ => None,
    }
}

fn chaines(e: &Erreur, k: ContextKind) -> Option<Vec<String>> {
    match e.get(k)? {
        ContextValue::String(s) => Some(vec![s.clone()]),
        ContextValue::Strings(l) if !l.is_empty() => Some(l.clone()),
        _ => None,
    }
}
