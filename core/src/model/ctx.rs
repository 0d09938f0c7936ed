//! The context of one model's reading and checking: where diagnostics go.
//!
//! Reading (`read.rs`) and checking (`check.rs`) both report through it, so
//! neither imports the other's internals: `read` calls `check`, never back.

use super::Lieu;
use super::source::{CodeProbleme as C, Diagnostic, Gravite, Source};

pub(super) struct Ctx<'s> {
    pub(super) source: &'s Source,
    pub(super) diags: Vec<Diagnostic>,
    pub(super) strict: bool,
    /// Codes of every block and field met, even those whose element could
    /// not be read whole, so that duplicates are reported in the same run.
    pub(super) cles: Vec<(String, Lieu)>,
    /// Per rule, whether its expression and block could be read: only
    /// those are typed (the others would only report consequences).
    pub(super) regles_lisibles: Vec<bool>,
    /// Whether the top-level `blocs` could be read: rules are typed
    /// against the form only then.
    pub(super) blocs_lus: bool,
    /// Pointer and offset of each field's valid `role` value, for the
    /// checks across the model (`role.rs`).
    pub(super) roles: Vec<(String, usize)>,
}

impl<'s> Ctx<'s> {
    pub(super) fn new(source: &'s Source, strict: bool) -> Ctx<'s> {
        Ctx {
            source,
            diags: Vec::new(),
            strict,
            cles: Vec::new(),
            regles_lisibles: Vec::new(),
            blocs_lus: false,
            roles: Vec::new(),
        }
    }

    pub(super) fn erreur(&mut self, lieu: &Lieu, code: C, message: String) {
        self.erreur_a(&lieu.pointeur, lieu.offset, code, message);
    }

    pub(super) fn erreur_a(&mut self, pointeur: &str, offset: usize, code: C, message: String) {
        self.diags.push(
            self.source
                .diagnostic(code, Gravite::Erreur, pointeur, offset, message),
        );
    }

    pub(super) fn pousser(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    pub(super) fn source(&self) -> &Source {
        self.source
    }
}
