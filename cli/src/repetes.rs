//! Identical lines said once, counted (`… (×92)`): a Bundle of 92 persons
//! with the same warning gives one line, not 92.

use std::collections::HashMap;

/// The distinct lines in order of first appearance, each followed by
/// ` (×N)` when it came N > 1 times.
pub fn regrouper<I: IntoIterator<Item = String>>(lignes: I) -> Vec<String> {
    let mut ordre: Vec<String> = Vec::new();
    let mut nombres: HashMap<String, usize> = HashMap::new();
    for l in lignes {
        let n = nombres.entry(l.clone()).or_insert(0);
        if *n == 0 {
            ordre.push(l);
        }
        *n += 1;
    }
    ordre
        .into_iter()
        .map(|l| match nombres.get(&l).copied().unwrap_or(1) {
            1 => l,
            n => format!("{l} (×{n})"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::regrouper;

    #[test]
    fn les_lignes_identiques_sont_comptees_dans_l_ordre_de_premiere_apparition() {
        let l = ["a", "b", "a", "a", "c", "b"].map(String::from);
        assert_eq!(regrouper(l), ["a (×3)", "b (×2)", "c"]);
        assert_eq!(regrouper(Vec::new()), Vec::<String>::new());
    }
}
