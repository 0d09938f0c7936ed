//! Checking a field's `motif`: a regular expression by itself, with the
//! place and reason of a fault in French (the `regex` crate's messages are
//! in English).

use regex_syntax::{ast, hir};

/// `Err((offset in the motif, reason))`; no offset when the fault is the
/// whole expression (too big once compiled).
pub(super) fn verifier(motif: &str) -> Result<(), (Option<usize>, String)> {
    let arbre = ast::parse::Parser::new()
        .parse(motif)
        .map_err(|e| (Some(e.span().start.offset), syntaxe(e.kind())))?;
    hir::translate::Translator::new()
        .translate(motif, &arbre)
        .map_err(|e| (Some(e.span().start.offset), traduction(e.kind())))?;
    // What the runtime compiles: the motif alone, then anchored.
    regex::Regex::new(motif)
        .and_then(|_| sidoba::__private_v1::descripteur::Motif::compiler(motif))
        .map_err(|e| match e {
            regex::Error::CompiledTooBig(n) => (
                None,
                format!("expression trop grande une fois compilée (plus de {n} octets)"),
            ),
            _ => (
                None,
                "expression refusée par le moteur d'expressions régulières".into(),
            ),
        })?;
    Ok(())
}

fn syntaxe(genre: &ast::ErrorKind) -> String {
    use ast::ErrorKind as E;
    let m = match genre {
        E::CaptureLimitExceeded => "trop de groupes capturants",
        E::ClassEscapeInvalid => "échappement non permis dans une classe […]",
        E::ClassRangeInvalid => {
            "intervalle de classe inversé (la borne de début dépasse celle de fin)"
        }
        E::ClassRangeLiteral => "borne d'intervalle de classe invalide",
        E::ClassUnclosed => "classe […] non fermée",
        E::DecimalEmpty => "nombre décimal attendu",
        E::DecimalInvalid => "nombre décimal invalide",
        E::EscapeHexEmpty => "chiffres hexadécimaux attendus",
        E::EscapeHexInvalid => "échappement hexadécimal invalide",
        E::EscapeHexInvalidDigit => "chiffre hexadécimal invalide",
        E::EscapeUnexpectedEof => "échappement incomplet en fin d'expression",
        E::EscapeUnrecognized => "échappement inconnu",
        E::FlagDanglingNegation => "« - » sans option qui le suive",
        E::FlagDuplicate { .. } => "option répétée",
        E::FlagRepeatedNegation { .. } => "« - » répété dans les options",
        E::FlagUnexpectedEof => "options non terminées (« ) » ou « : » attendu)",
        E::FlagUnrecognized => "option inconnue",
        E::GroupNameDuplicate { .. } => "nom de groupe en double",
        E::GroupNameEmpty => "nom de groupe vide",
        E::GroupNameInvalid => "nom de groupe invalide",
        E::GroupNameUnexpectedEof => "nom de groupe non terminé",
        E::GroupUnclosed => "parenthèse ouvrante sans parenthèse fermante",
        E::GroupUnopened => "parenthèse fermante sans parenthèse ouvrante",
        E::NestLimitExceeded(_) => "imbrication trop profonde",
        E::RepetitionCountInvalid => "répétition {m,n} inversée (m dépasse n)",
        E::RepetitionCountDecimalEmpty => "nombre attendu dans la répétition {…}",
        E::RepetitionCountUnclosed => "répétition {…} non fermée",
        E::RepetitionMissing => "opérateur de répétition sans rien à répéter",
        E::SpecialWordBoundaryUnclosed => "limite de mot \\b{…} non fermée",
        E::SpecialWordBoundaryUnrecognized => "limite de mot \\b{…} inconnue",
        E::SpecialWordOrRepetitionUnexpectedEof => "expression incomplète après « { »",
        E::UnicodeClassInvalid => "classe Unicode invalide",
        E::UnsupportedBackreference => "les références arrière (\\1) ne sont pas permises",
        E::UnsupportedLookAround => {
            "les assertions avant/arrière ((?=…), (?!…), (?<=…), (?<!…)) ne sont pas permises"
        }
        _ => "syntaxe invalide",
    };
    m.to_owned()
}

fn traduction(genre: &hir::ErrorKind) -> String {
    use hir::ErrorKind as E;
    let m = match genre {
        E::UnicodePropertyNotFound => "propriété Unicode inconnue",
        E::UnicodePropertyValueNotFound => "valeur de propriété Unicode inconnue",
        E::UnicodePerlClassNotFound | E::UnicodeCaseUnavailable => "classe Unicode non disponible",
        _ => "construction non permise",
    };
    m.to_owned()
}

#[cfg(test)]
mod tests {
    use super::verifier;

    #[test]
    fn a_motif_must_stand_alone() {
        assert!(verifier("[0-9]{5}").is_ok());
        assert!(verifier("a|b").is_ok());
        // Valid once wrapped as `^(?:…)$`, not alone.
        let (i, raison) = verifier("a)|(b").unwrap_err();
        assert_eq!(i, Some(1));
        assert!(raison.contains("parenthèse fermante"), "{raison}");
        let (i, _) = verifier("ab[0-9").unwrap_err();
        assert_eq!(i, Some(2));
        assert!(verifier("\\p{Nope}").is_err());
        assert!(verifier("(?=a)").is_err());
    }
}
