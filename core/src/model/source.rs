//! Model files and the diagnostics that point into them.

use sidoba::Position;
use std::fmt;

/// A file being read: its display name and its text.
#[derive(Debug, Clone)]
pub struct Source {
    /// As given on the command line (`-` shows as `<stdin>`).
    pub nom: String,
    pub texte: String,
    pub sha256: String,
}

impl Source {
    /// Takes the file's bytes; refuses what is not UTF-8, at the first bad
    /// byte.
    pub fn depuis_octets(nom: &str, octets: Vec<u8>) -> Result<Source, Box<Diagnostic>> {
        use sha2::Digest;
        let sha256 = sha2::Sha256::digest(&octets)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        // A UTF-8 byte order mark may be ignored (RFC 8259 §8.1): editors on
        // some systems add one.
        let octets = match octets.strip_prefix(b"\xef\xbb\xbf") {
            Some(reste) => reste.to_vec(),
            None => octets,
        };
        match String::from_utf8(octets) {
            Ok(texte) => Ok(Source {
                nom: nom.to_owned(),
                texte,
                sha256,
            }),
            Err(e) => {
                let ok = e.utf8_error().valid_up_to();
                let octets = e.into_bytes();
                // Show the text up to the fault, which is valid UTF-8.
                let texte = String::from_utf8_lossy(&octets[..ok]).into_owned();
                let s = Source {
                    nom: nom.to_owned(),
                    texte,
                    sha256,
                };
                Err(Box::new(s.diagnostic(
                    CodeProbleme::Utf8Invalide,
                    Gravite::Erreur,
                    "",
                    ok,
                    format!(
                        "le fichier n'est pas en UTF-8 (octet invalide 0x{:02x} à l'offset {ok})",
                        octets[ok]
                    ),
                )))
            }
        }
    }

    pub fn diagnostic(
        &self,
        code: CodeProbleme,
        gravite: Gravite,
        pointeur: &str,
        offset: usize,
        message: String,
    ) -> Diagnostic {
        Diagnostic {
            code,
            gravite,
            fichier: self.nom.clone(),
            pointeur: pointeur.to_owned(),
            position: Position::de(&self.texte, offset),
            message,
            extrait: extrait(&self.texte, offset),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gravite {
    Erreur,
    Avertissement,
}

impl Gravite {
    /// The word of the outputs (`erreur`, `avertissement`).
    pub fn as_str(self) -> &'static str {
        match self {
            Gravite::Erreur => "erreur",
            Gravite::Avertissement => "avertissement",
        }
    }
}

/// Declares the kinds of problem and their list together, so that the list
/// (documented in docs/diagnostics.md, checked by a test) cannot miss one.
macro_rules! codes_probleme {
    ($($(#[$doc:meta])* $variante:ident => $texte:literal,)*) => {
        /// The kind of a problem: a stable snake_case French code, for
        /// tools reading `sidoba check --format json`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum CodeProbleme {
            $($(#[$doc])* $variante,)*
        }

        impl CodeProbleme {
            /// Every code, in the order of the documentation.
            pub const TOUS: &'static [CodeProbleme] = &[$(CodeProbleme::$variante,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(CodeProbleme::$variante => $texte,)*
                }
            }
        }
    };
}

codes_probleme! {
    /// The file cannot be read at all (command line only).
    FichierIllisible => "fichier_illisible",
    Utf8Invalide => "utf8_invalide",
    JsonInvalide => "json_invalide",
    CleManquante => "cle_manquante",
    TypeJson => "type_json",
    CleInconnue => "cle_inconnue",
    /// A string outside its enumeration (`niveau`, `severite`, `type`).
    ValeurInconnue => "valeur_inconnue",
    CodeVide => "code_vide",
    CodeTropLong => "code_trop_long",
    CodeDuplique => "code_duplique",
    /// An integer key that is not a plain integer of the signed 64-bit range.
    EntierInvalide => "entier_invalide",
    ValeurNegative => "valeur_negative",
    DateInvalide => "date_invalide",
    BornesInversees => "bornes_inversees",
    BorneHorsType => "borne_hors_type",
    BorneTropDeDecimales => "borne_trop_de_decimales",
    DecimalesHorsPlage => "decimales_hors_plage",
    MotifInvalide => "motif_invalide",
    NomenclatureInconnue => "nomenclature_inconnue",
    TableauVide => "tableau_vide",
    BlocVide => "bloc_vide",
    LignesHorsRepetable => "lignes_hors_repetable",
    ProfondeurBlocs => "profondeur_blocs",
    RegleBlocInconnu => "regle_bloc_inconnu",
    RegleBlocNonRepetable => "regle_bloc_non_repetable",
    RegleSyntaxe => "regle_syntaxe",
    RegleReferenceInconnue => "regle_reference_inconnue",
    RegleTypes => "regle_types",
    /// A `role` on a field whose type is not `texte`.
    RoleHorsTexte => "role_hors_texte",
    /// A `role` held by two fields of the model.
    RoleDuplique => "role_duplique",
    /// A `role` on a field of a repeatable block.
    RoleRepetable => "role_repetable",
}

/// One problem in a model file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The kind of problem.
    pub code: CodeProbleme,
    pub gravite: Gravite,
    pub fichier: String,
    /// JSON pointer of the value at fault (`""` for the whole document).
    pub pointeur: String,
    pub position: Position,
    pub message: String,
    /// The line of the file with a caret under the fault.
    pub extrait: String,
}

impl Diagnostic {
    /// A diagnostic with extra lines of explanation (e.g. a rule expression
    /// with a caret under the fault).
    pub fn avec_detail(mut self, detail: &str) -> Diagnostic {
        self.message.push('\n');
        self.message.push_str(detail);
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let g = self.gravite.as_str();
        let pointeur = if self.pointeur.is_empty() {
            String::new()
        } else {
            format!(" [{}]", self.pointeur)
        };
        write!(
            f,
            "{g}: {}:{}{pointeur}: {}",
            self.fichier, self.position, self.message
        )?;
        if !self.extrait.is_empty() {
            write!(f, "\n{}", self.extrait)?;
        }
        Ok(())
    }
}

/// `  12 | the line` and a caret line under the column; long lines are cut
/// around the fault so that a 1 MB line does not flood the terminal.
fn extrait(texte: &str, offset: usize) -> String {
    const LARGEUR: usize = 100;
    let pos = Position::de(texte, offset);
    let Some(ligne) = texte.lines().nth(pos.ligne - 1) else {
        return String::new();
    };
    let chars: Vec<char> = ligne.chars().collect();
    let col = pos.colonne - 1;
    let debut = col.saturating_sub(LARGEUR / 2);
    let fin = (debut + LARGEUR).min(chars.len());
    let morceau: String = chars[debut.min(fin)..fin]
        .iter()
        .map(|&c| if c.is_control() { ' ' } else { c })
        .collect();
    let num = pos.ligne.to_string();
    let marge = " ".repeat(num.len());
    format!(
        "{num} | {morceau}\n{marge} | {}^",
        " ".repeat(col - debut.min(col))
    )
}

/// A JSON pointer segment (RFC 6901).
pub fn segment(cle: &str) -> String {
    cle.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_has_a_caret_under_the_fault() {
        let s = Source::depuis_octets("m.json", b"{\n  \"min\": 5\n}".to_vec()).unwrap();
        let d = s.diagnostic(
            CodeProbleme::BornesInversees,
            Gravite::Erreur,
            "/min",
            11,
            "trop grand".into(),
        );
        assert_eq!(
            d.to_string(),
            "erreur: m.json:2:10 [/min]: trop grand\n2 |   \"min\": 5\n  |          ^"
        );
    }

    #[test]
    fn non_utf8_is_located() {
        let e = Source::depuis_octets("m.json", b"{\n \"a\": \"\xff\"}".to_vec()).unwrap_err();
        assert_eq!(e.position.to_string(), "2:8");
        assert!(e.message.contains("UTF-8"), "{e}");
    }
}
