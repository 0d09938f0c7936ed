//! Les descriptions des champs, des blocs et des nomenclatures.
//!
//! Le code généré les tient en `static` ; `sidoba validate` construit les
//! mêmes valeurs depuis un modèle, à l'exécution. Les deux les passent aux
//! mêmes fonctions de lecture et de contrôle : c'est ainsi que le validateur
//! compilé et le validateur guidé par le modèle s'accordent par construction.

use crate::{Date, Decimal};
use regex::Regex;
use std::sync::OnceLock;

/// Un champ du modèle.
#[derive(Debug)]
pub struct Champ<'a> {
    pub code: &'a str,
    pub libelle: &'a str,
    pub obligatoire: bool,
    /// Donnée personnelle : sa valeur ne paraît jamais dans un message ni
    /// dans un `Debug`.
    pub personnel: bool,
    pub genre: Genre<'a>,
}

/// Le type d'un champ, avec ses contraintes.
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
    /// Ce que le payload doit contenir, pour les constats `type`.
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

/// Un bloc répétable (une table de lignes).
#[derive(Debug)]
pub struct Bloc<'a> {
    pub code: &'a str,
    pub libelle: &'a str,
    pub min_lignes: Option<u64>,
    pub max_lignes: Option<u64>,
}

/// Une nomenclature (liste de codes).
#[derive(Debug)]
pub struct Nomenclature<'a> {
    pub code: &'a str,
    pub libelle: &'a str,
    /// L'URL `reference` du modèle (le système de codes des codages FHIR).
    pub reference: Option<&'a str>,
    pub valeurs: &'a [Valeur<'a>],
}

impl Nomenclature<'_> {
    /// La place d'un code dans la liste (un code est unique dans sa liste).
    pub fn index(&self, code: &str) -> Option<usize> {
        self.valeurs.iter().position(|v| v.code == code)
    }
}

/// Une valeur d'une nomenclature.
#[derive(Debug)]
pub struct Valeur<'a> {
    pub code: &'a str,
    pub libelle: &'a str,
    /// Une valeur inactive est lue dans les données anciennes mais refusée
    /// dans les nouvelles.
    pub actif: bool,
}

/// Un `motif` : une expression régulière qui doit reconnaître la valeur
/// entière, compilée une fois, au premier usage.
#[derive(Debug)]
pub struct Motif<'a> {
    pub source: &'a str,
    regex: OnceLock<Option<Regex>>,
}

impl<'a> Motif<'a> {
    /// Le motif de texte `source`, compilé au premier usage.
    pub const fn new(source: &'a str) -> Motif<'a> {
        Motif {
            source,
            regex: OnceLock::new(),
        }
    }

    /// L'expression qui ne reconnaît que des valeurs entières, ou l'erreur du
    /// motif lui-même.
    ///
    /// Le motif est d'abord compilé seul : un texte enveloppé comme
    /// `^(?:a)|(b)$` ne doit jamais naître d'un motif invalide `a)|(b`. Les
    /// ancres entourent ensuite la forme analysée du motif, réimprimée
    /// (drapeaux résolus, sans commentaires), pour que rien à l'intérieur —
    /// `(?m)`, `(?x)` et un commentaire `#`, un groupe mal fermé — ne les
    /// atteigne.
    pub fn compiler(source: &str) -> Result<Regex, regex::Error> {
        Regex::new(source)?;
        let hir = regex_syntax::Parser::new()
            .parse(source)
            .map_err(|e| regex::Error::Syntax(e.to_string()))?;
        Regex::new(&format!(r"\A(?:{hir})\z"))
    }

    /// Reconnaissance de la valeur entière. Un motif qui ne compile pas (ce
    /// que `sidoba check` refuse : seul un descripteur écrit à la main peut
    /// en avoir un) ne reconnaît rien, plutôt que de paniquer.
    pub fn accepte(&self, valeur: &str) -> bool {
        self.regex
            .get_or_init(|| Motif::compiler(self.source).ok())
            .as_ref()
            .is_some_and(|r| r.is_match(valeur))
    }
}

/// Une nomenclature vue comme une enum Rust : ce qu'implémentent les enums
/// générées.
pub trait Code: Copy + Ord + 'static {
    /// La nomenclature, dans l'ordre du modèle (celui des variantes de
    /// l'enum).
    const NOMENCLATURE: &'static Nomenclature<'static>;

    /// La place de cette variante dans `NOMENCLATURE.valeurs`.
    fn index(self) -> usize;

    /// La variante à cette place.
    fn depuis_index(index: usize) -> Option<Self>;

    /// Le code de la valeur, tel que l'écrit le payload.
    fn code(self) -> &'static str {
        Self::NOMENCLATURE.valeurs[self.index()].code
    }

    /// Le libellé de la valeur dans le modèle.
    fn libelle(self) -> &'static str {
        Self::NOMENCLATURE.valeurs[self.index()].libelle
    }

    /// Faux pour une valeur inactive : lue dans les données anciennes,
    /// refusée dans les nouvelles.
    fn est_actif(self) -> bool {
        Self::NOMENCLATURE.valeurs[self.index()].actif
    }
}

/// L'erreur du `FromStr` des enums générées : elle nomme les codes les plus
/// proches de celui qui est inconnu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeInconnu {
    /// Le code de la nomenclature.
    pub nomenclature: &'static str,
    /// Le texte lu, qui n'est aucun code de la nomenclature.
    pub code: String,
    /// Les codes de la nomenclature les plus proches du texte lu, du plus
    /// proche au moins proche (vide quand aucun n'est proche).
    pub proches: Vec<&'static str>,
}

impl CodeInconnu {
    /// L'erreur pour `code`, inconnu dans la nomenclature de `C`.
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

/// Lit un code d'une enum générée (le corps de son `FromStr`).
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
    fn un_motif_reconnait_la_valeur_entiere_quelle_que_soit_son_ecriture() {
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
