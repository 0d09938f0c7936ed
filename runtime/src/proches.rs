//! "Did you mean": the closest codes to a misspelt one.

/// Up to three candidates close to `code`, closest first (ties in the
/// candidates' own order, so the answer is deterministic).
pub fn proches<'c>(code: &str, candidats: impl IntoIterator<Item = &'c str>) -> Vec<&'c str> {
    let cible = code.to_lowercase();
    let mut notes: Vec<(f64, usize, &str)> = candidats
        .into_iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let note = strsim::jaro_winkler(&cible, &c.to_lowercase());
            (note >= 0.75).then_some((note, i, c))
        })
        .collect();
    notes.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    notes.into_iter().take(3).map(|(_, _, c)| c).collect()
}

/// ` (proches : « a », « b »)` or nothing, for the end of a message.
pub fn suggestion<'c>(code: &str, candidats: impl IntoIterator<Item = &'c str>) -> String {
    let p = proches(code, candidats);
    if p.is_empty() {
        return String::new();
    }
    let liste: Vec<String> = p.iter().map(|c| format!("« {c} »")).collect();
    format!(" (codes proches : {})", liste.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_typo_first() {
        let codes = [
            "nombre_de_places",
            "nb_residents",
            "nb_residents_hommes",
            "gmp",
        ];
        assert_eq!(proches("nb_resident", codes)[0], "nb_residents");
        assert_eq!(proches("nombre_places", codes), ["nombre_de_places"]);
        assert!(proches("zzz", codes).is_empty());
    }
}
