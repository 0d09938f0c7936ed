//! La ligne et la colonne d'un décalage en octets, telles que les montrent
//! constats et erreurs.

use std::fmt;

/// La ligne et la colonne (comptées à partir de 1, les colonnes en
/// caractères) d'un décalage en octets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// La ligne, à partir de 1.
    pub ligne: usize,
    /// La colonne, à partir de 1, comptée en caractères (pas en octets).
    pub colonne: usize,
}

impl Position {
    /// La position du décalage `offset` (en octets) dans `texte`. Un
    /// décalage au-delà de la fin vaut la fin du texte ; un décalage au
    /// milieu d'un caractère vaut le début de ce caractère.
    pub fn de(texte: &str, offset: usize) -> Position {
        let mut offset = offset.min(texte.len());
        while !texte.is_char_boundary(offset) {
            offset -= 1;
        }
        let avant = &texte[..offset];
        let ligne = avant.bytes().filter(|&b| b == b'\n').count() + 1;
        let debut_ligne = avant.rfind('\n').map_or(0, |i| i + 1);
        let colonne = avant[debut_ligne..].chars().count() + 1;
        Position { ligne, colonne }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.ligne, self.colonne)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn les_positions_comptent_les_caracteres() {
        let t = "{\n  \"é\": x";
        assert_eq!(Position::de(t, t.find('x').unwrap()).to_string(), "2:8");
    }
}
