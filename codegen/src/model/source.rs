//! Model files and the diagnostics that point into them.

use sidoba::json::Position;
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
        gravite: Gravite,
        pointeur: &str,
        offset: usize,
        message: String,
    ) -> Diagnostic {
        Diagnostic {
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

/// One problem in a model file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
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
        let g = match self.gravite {
            Gravite::Erreur => "erreur",
            Gravite::Avertissement => "avertissement",
        };
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
        let d = s.diagnostic(Gravite::Erreur, "/min", 11, "trop grand".into());
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
