//! What a model's text may hold (code length, block depth) and how its
//! values are quoted in a diagnostic: shared by the readers of both forms
//! (`read.rs`, `questionnaire.rs`) and the checks (`role.rs`), below all
//! of them.

/// Longest code the format allows, in characters.
pub const LONGUEUR_CODE_MAX: usize = 128;
/// Deepest block nesting the format allows.
pub const PROFONDEUR_BLOCS_MAX: usize = 8;
/// Longest piece of a value quoted in a message, in characters.
const CITATION_MAX: usize = 40;

/// A string as JSON writes it (quotes, escapes), cut when long. Models hold
/// no personal data, so their values may be quoted.
pub(super) fn citer(texte: &str) -> String {
    let coupe = tronquer(texte);
    serde_json::to_string(&coupe).unwrap_or_default()
}

/// At most [`CITATION_MAX`] characters, `…` marking a cut.
pub(super) fn tronquer(texte: &str) -> String {
    if texte.chars().count() <= CITATION_MAX {
        return texte.to_owned();
    }
    let mut t: String = texte.chars().take(CITATION_MAX - 1).collect();
    t.push('…');
    t
}
