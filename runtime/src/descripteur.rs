//! Descriptions of fields, blocks and code lists.
//!
//! Generated code holds them as `static` items; `sidoba validate` builds the
//! same values from a model at run time. Both hand them to the same checking
//! and reading functions, which is how the compiled and the model-driven
//! validators agree by construction.

use crate::{Date, Decimal};
use regex::Regex;
use std::sync::OnceLock;

/// A field of the model.
#[derive(Debug)]
pub struct Champ<'a> {
    pub code: &'a str,
    pub libelle: &'a str,
    pub obligatoire: bool,
    /// Personal data: its value never appears in a message or in `Debug`.
    pub personnel: bool,
    pub genre: Genre<'a>,
}

/// A field's type with its constraints.
#[derive(Debug)]
pub enum Genre<'a> {
    Entier {
        min: Option<i64>,
        max: Option<i64>,
    },
    Decimal {
        decimales: u32,
        min: Option<Decimal>,
        max: Option<Decimal>,
    },
    Texte {
        longueur_min: Option<u64>,
        longueur_max: Option<u64>,
        motif: Option<&'a Motif<'a>>,
    },
    Booleen,
    Date {
        min: Option<Date>,
        max: Option<Date>,
    },
    Code {
        nomenclature: &'a Nomenclature<'a>,
        multiple: bool,
    },
}

impl Genre<'_> {
    /// What the payload must hold, for `type` findings.
    pub fn attendu(&self) -> &'static str {
        match self {
            Genre::Entier { .. } => "un nombre entier",
            Genre::Decimal { .. } => "un nombre décimal",
            Genre::Texte { .. } => "une chaîne",
            Genre::Booleen => "un booléen (true ou false)",
            Genre::Date { .. } => "une date « AAAA-MM-JJ »",
            Genre::Code {
                multiple: false, ..
            } => "un code (chaîne)",
            Genre::Code { multiple: true, .. } => "un tableau de codes",
        }
    }
}

/// A repeatable block (a table of rows).
#[derive(Debug)]
pub struct Bloc<'a> {
    pub code: &'a str,
    pub libelle: &'a str,
    pub min_lignes: Option<u64>,
    pub max_lignes: Option<u64>,
}

/// A code list.
#[derive(Debug)]
pub struct Nomenclature<'a> {
    pub code: &'a str,
    pub libelle: &'a str,
    /// The model's `reference` URL (the code system of FHIR codings).
    pub reference: Option<&'a str>,
    pub valeurs: &'a [Valeur<'a>],
}

impl Nomenclature<'_> {
    /// Position of a value code in the list (codes are unique in a list).
    pub fn index(&self, code: &str) -> Option<usize> {
        self.valeurs.iter().position(|v| v.code == code)
    }
}

/// One value of a code list.
#[derive(Debug)]
pub struct Valeur<'a> {
    pub code: &'a str,
    pub libelle: &'a str,
    /// Inactive values are read from old data but refused in new data.
    pub actif: bool,
}

/// A `motif`: a regular expression that must match the whole value,
/// compiled once, on first use.
#[derive(Debug)]
pub struct Motif<'a> {
    pub source: &'a str,
    regex: OnceLock<Option<Regex>>,
}

impl<'a> Motif<'a> {
    pub const fn new(source: &'a str) -> Motif<'a> {
        Motif {
            source,
            regex: OnceLock::new(),
        }
    }

    /// The regex matching whole values only, or the pattern's own error.
    ///
    /// The pattern is compiled alone first: a wrapped text such as
    /// `^(?:a)|(b)$` must never be built from an invalid `a)|(b`. The anchors
    /// then go around the pattern's parsed form printed back (flags resolved,
    /// no comments), so that nothing inside it — `(?m)`, `(?x)` and a `#`
    /// comment, an unbalanced group — can reach them.
    pub fn compiler(source: &str) -> Result<Regex, regex::Error> {
        Regex::new(source)?;
        let hir = regex_syntax::Parser::new()
            .parse(source)
            .map_err(|e| regex::Error::Syntax(e.to_string()))?;
        Regex::new(&format!(r"\A(?:{hir})\z"))
    }

    /// Whole-value match. A motif that does not compile (which `sidoba
    /// check` refuses, so only hand-built descriptors can have one) matches
    /// nothing rather than panicking.
    pub fn accepte(&self, valeur: &str) -> bool {
        self.regex
            .get_or_init(|| Motif::compiler(self.source).ok())
            .as_ref()
            .is_some_and(|r| r.is_match(valeur))
    }
}

/// A code list as a Rust enum: what generated enums implement.
pub trait Code: Copy + Ord + 'static {
    /// The list, in model order (the enum's variants in the same order).
    const NOMENCLATURE: &'static Nomenclature<'static>;

    /// Position of this variant in `NOMENCLATURE.valeurs`.
    fn index(self) -> usize;

    /// The variant at that position.
    fn depuis_index(index: usize) -> Option<Self>;

    fn code(self) -> &'static str {
        Self::NOMENCLATURE.valeurs[self.index()].code
    }

    fn libelle(self) -> &'static str {
        Self::NOMENCLATURE.valeurs[self.index()].libelle
    }

    fn est_actif(self) -> bool {
        Self::NOMENCLATURE.valeurs[self.index()].actif
    }
}

/// `FromStr` error of generated enums: names the closest codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeInconnu {
    pub nomenclature: &'static str,
    pub code: String,
    pub proches: Vec<&'static str>,
}

impl CodeInconnu {
    pub fn de<C: Code>(code: &str) -> CodeInconnu {
        CodeInconnu::dans(C::NOMENCLATURE, code)
    }

    // Not generic: one copy of the search for every enum.
    fn dans(n: &'static Nomenclature<'static>, code: &str) -> CodeInconnu {
        CodeInconnu {
            nomenclature: n.code,
            code: code.to_owned(),
            proches: crate::proches::proches(code, n.valeurs.iter().map(|v| v.code)),
        }
    }
}

impl std::fmt::Display for CodeInconnu {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "code « {} » inconnu dans la nomenclature « {} »",
            self.code, self.nomenclature
        )?;
        if !self.proches.is_empty() {
            let l: Vec<String> = self.proches.iter().map(|c| format!("« {c} »")).collect();
            write!(f, " (codes proches : {})", l.join(", "))?;
        }
        Ok(())
    }
}

impl std::error::Error for CodeInconnu {}

/// Parses a code of a generated enum (the body of its `FromStr`).
pub fn code_depuis_str<C: Code>(s: &str) -> Result<C, CodeInconnu> {
    index_depuis_str(C::NOMENCLATURE, s)
        .and_then(|i| C::depuis_index(i).ok_or_else(|| CodeInconnu::dans(C::NOMENCLATURE, s)))
}

fn index_depuis_str(n: &'static Nomenclature<'static>, s: &str) -> Result<usize, CodeInconnu> {
    n.index(s).ok_or_else(|| CodeInconnu::dans(n, s))
}

#[cfg(test)]
mod tests {
    use super::Motif;

    fn accepte(motif: &str, v: &str) -> bool {
        Motif::new(motif).accepte(v)
    }

    #[test]
    fn a_motif_matches_whole_values_however_it_is_written() {
        // Unbalanced: invalid alone, so it matches nothing (it used to
        // become `^(?:a)|(b)$`, which lets "a…" and "…b" through).
        assert!(Motif::compiler("a)|(b").is_err());
        for v in ["a", "b", "axyz", "xyzb", "a)|(b"] {
            assert!(!accepte("a)|(b", v), "{v}");
        }
        assert!(accepte("a|ab", "ab"));
        assert!(!accepte("a|b", "ab"));
        // Inline flags cannot unanchor the match.
        assert!(accepte("(?m)^a$", "a"));
        assert!(!accepte("(?m)^a$", "a\nb"));
        assert!(!accepte("(?m)a$", "a\n"));
        assert!(!accepte("(?s).", "ab"));
        // A verbose-mode comment cannot swallow the anchors.
        assert!(Motif::compiler("(?x) a # commentaire").is_ok());
        assert!(accepte("(?x) a # commentaire", "a"));
        assert!(!accepte("(?x) a # commentaire", "ab"));
        assert!(accepte("(?i)abc", "ABC"));
        assert!(!accepte("[0-9]{2}", "123"));
    }
}
