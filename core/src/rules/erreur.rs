//! Faults in a rule expression, and how they are shown to people.

use std::fmt;

/// A fault in an expression: its byte span in the expression text and a
/// French message. `debut == fin` points between two characters (e.g. at the
/// end of an incomplete expression).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErreurRegle {
    pub debut: usize,
    pub fin: usize,
    pub message: String,
}

impl ErreurRegle {
    pub fn new(debut: usize, fin: usize, message: impl Into<String>) -> ErreurRegle {
        ErreurRegle {
            debut,
            fin: fin.max(debut),
            message: message.into(),
        }
    }

    /// The expression on one line, and below it a line that underlines the
    /// span (in characters, not bytes) followed by the message:
    ///
    /// ```text
    /// nb_residents_femmes + nb_residents_hommmes = nb_residents
    ///                       ^^^^^^^^^^^^^^^^^^^^ champ inconnu « nb_residents_hommmes »
    /// ```
    ///
    /// Line breaks and tabs of the expression show as spaces, so that the
    /// columns stay aligned; a very long expression is cut around the span.
    pub fn rendre(&self, expression: &str) -> String {
        /// Characters shown on each side of the span of a long expression.
        const MARGE: usize = 60;
        /// Expressions up to this many characters are shown whole.
        const LONGUEUR_ENTIERE: usize = 200;

        let chars: Vec<char> = expression
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let colonne = |octet: usize| {
            expression
                .char_indices()
                .take_while(|&(i, _)| i < octet)
                .count()
        };
        let (debut, fin) = (colonne(self.debut), colonne(self.fin));
        let (mut de, mut a) = (0, chars.len());
        if chars.len() > LONGUEUR_ENTIERE {
            de = debut.saturating_sub(MARGE);
            a = (fin.min(debut + LONGUEUR_ENTIERE) + MARGE)
                .min(chars.len())
                .max(de);
        }
        let mut ligne: String = chars[de..a].iter().collect();
        let mut decalage = debut - de;
        if de > 0 {
            ligne.insert(0, '…');
            decalage += 1;
        }
        if a < chars.len() {
            ligne.push('…');
        }
        let largeur = fin.min(a).saturating_sub(debut).max(1);
        format!(
            "{ligne}\n{}{} {}",
            " ".repeat(decalage),
            "^".repeat(largeur),
            self.message
        )
    }
}

impl fmt::Display for ErreurRegle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ErreurRegle {}

/// `« texte »`, cut to a readable length, for quoting a piece of the
/// expression in a message.
pub(crate) fn citer(texte: &str) -> String {
    const MAX: usize = 40;
    let texte = texte.trim();
    if texte.chars().count() <= MAX {
        format!("« {texte} »")
    } else {
        let debut: String = texte.chars().take(MAX - 1).collect();
        format!("« {debut}… »")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn underlines_the_span_in_characters() {
        let expr = "nb_residents_femmes + nb_residents_hommmes = nb_residents";
        let e = ErreurRegle::new(22, 42, "champ inconnu « nb_residents_hommmes »");
        assert_eq!(
            e.rendre(expr),
            "nb_residents_femmes + nb_residents_hommmes = nb_residents\n                      \
             ^^^^^^^^^^^^^^^^^^^^ champ inconnu « nb_residents_hommmes »"
        );
        // Columns count characters: `é` is two bytes but one column.
        let expr = "`âgé` > 3 +";
        let e = ErreurRegle::new(expr.len(), expr.len(), "opérande attendu après « + »");
        assert_eq!(
            e.rendre(expr),
            "`âgé` > 3 +\n           ^ opérande attendu après « + »"
        );
    }

    #[test]
    fn line_breaks_keep_columns_and_long_expressions_are_cut() {
        let e = ErreurRegle::new(4, 5, "x");
        assert_eq!(e.rendre("a\n+\tb c"), "a + b c\n    ^ x");
        let long = format!("{} zz {}", "a + ".repeat(100), "b + ".repeat(100));
        let debut = long.find("zz").unwrap_or(0);
        let rendu = ErreurRegle::new(debut, debut + 2, "ici").rendre(&long);
        let lignes: Vec<&str> = rendu.lines().collect();
        assert!(
            lignes[0].starts_with('…') && lignes[0].ends_with('…'),
            "{rendu}"
        );
        assert!(lignes[0].chars().count() < 130, "{rendu}");
        let col = lignes[1].find('^').unwrap_or(0);
        let souligne: String = lignes[0].chars().skip(col).take(2).collect();
        assert_eq!(souligne, "zz");
    }

    #[test]
    fn quotes_are_cut() {
        assert_eq!(citer(" a + b "), "« a + b »");
        assert_eq!(citer(&"x".repeat(50)), format!("« {}… »", "x".repeat(39)));
    }
}
