//! Line and column of a byte offset, as findings and errors show them.

use std::fmt;

/// Line and column (both from 1, columns in characters) of a byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub ligne: usize,
    pub colonne: usize,
}

impl Position {
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
    fn positions_count_characters() {
        let t = "{\n  \"é\": x";
        assert_eq!(Position::de(t, t.find('x').unwrap()).to_string(), "2:8");
    }
}
