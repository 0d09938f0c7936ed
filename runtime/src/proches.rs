//! « Vouliez-vous dire » : les codes les plus proches d'un code mal écrit.
//!
//! Une seule mesure partout : la similarité de Jaro-Winkler (sur les
//! caractères, lettres ASCII comparées sans la casse), [`SEUIL`] ou plus.
//! Elle favorise les préfixes communs, ce qui convient aux codes (`PUBLIC` →
//! `PUB`, `VACC` → `VACC_GRIPPE`). La crate d'exécution la calcule avec
//! strsim ; la dérive, qui doit nommer les codes proches pendant
//! l'évaluation des constantes, utilise [`similarite`], le même calcul en
//! `const fn` (testé égal à strsim).

/// La similarité minimale pour qu'un candidat compte comme proche.
pub const SEUIL: f64 = 0.75;

/// Le plus long code que [`similarite`] compare, en caractères (un code en a
/// au plus 128) ; au-delà, rien n'est proche.
const MAX: usize = 256;

/// Les caractères de `s` (décodés de l'UTF-8, lettres ASCII en minuscules),
/// ou `None` au-delà de `MAX`.
const fn caracteres(s: &str) -> Option<([u32; MAX], usize)> {
    let b = s.as_bytes();
    let mut c = [0u32; MAX];
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        if n == MAX {
            return None;
        }
        // `s` is valid UTF-8: the lead byte gives the width.
        let (largeur, mut v) = match b[i] {
            0..0x80 => (1, b[i] as u32),
            0xc0..0xe0 => (2, (b[i] & 0x1f) as u32),
            0xe0..0xf0 => (3, (b[i] & 0x0f) as u32),
            _ => (4, (b[i] & 0x07) as u32),
        };
        let mut k = 1;
        while k < largeur && i + k < b.len() {
            v = (v << 6) | (b[i + k] & 0x3f) as u32;
            k += 1;
        }
        c[n] = if v >= b'A' as u32 && v <= b'Z' as u32 {
            v + 32
        } else {
            v
        };
        n += 1;
        i += largeur;
    }
    Some((c, n))
}

/// La similarité de Jaro-Winkler de `a` et `b`, en `const fn` : la valeur de
/// `strsim::jaro_winkler` sur les deux textes en minuscules ASCII, pas à pas
/// (les mêmes opérations dans le même ordre, donc le même `f64`) ; 0 au-delà
/// de `MAX` caractères.
pub const fn similarite(a: &str, b: &str) -> f64 {
    let (Some((a, na)), Some((b, nb))) = (caracteres(a), caracteres(b)) else {
        return 0.0;
    };
    if na == 0 && nb == 0 {
        return 1.0;
    } else if na == 0 || nb == 0 {
        return 0.0;
    }
    let plus_long = if na > nb { na } else { nb };
    let portee = (plus_long / 2).saturating_sub(1);
    let (mut pris_a, mut pris_b) = ([false; MAX], [false; MAX]);
    let mut accords = 0usize;
    let mut i = 0;
    while i < na {
        let bas = i.saturating_sub(portee);
        let haut = if i + portee + 1 < nb {
            i + portee + 1
        } else {
            nb
        };
        let mut j = bas;
        while j < haut {
            if a[i] == b[j] && !pris_b[j] {
                pris_a[i] = true;
                pris_b[j] = true;
                accords += 1;
                break;
            }
            j += 1;
        }
        i += 1;
    }
    if accords == 0 {
        return 0.0;
    }
    let mut transpositions = 0usize;
    let (mut i, mut j) = (0, 0);
    while i < na {
        if pris_a[i] {
            while !pris_b[j] {
                j += 1;
            }
            if a[i] != b[j] {
                transpositions += 1;
            }
            j += 1;
        }
        i += 1;
    }
    transpositions /= 2;
    let m = accords as f64;
    let jaro = ((m / na as f64) + (m / nb as f64) + ((accords - transpositions) as f64 / m)) / 3.0;
    if jaro > 0.7 {
        let mut prefixe = 0;
        while prefixe < 4 && prefixe < na && prefixe < nb && a[prefixe] == b[prefixe] {
            prefixe += 1;
        }
        jaro + 0.1 * prefixe as f64 * (1.0 - jaro)
    } else {
        jaro
    }
}

/// Jusqu'à trois candidats de similarité [`SEUIL`] ou plus avec `code`, le
/// plus proche d'abord (à égalité, dans l'ordre des candidats : la réponse
/// est déterministe).
pub fn proches<'c>(code: &str, candidats: impl IntoIterator<Item = &'c str>) -> Vec<&'c str> {
    let cible = code.to_ascii_lowercase();
    let mut notes: Vec<(f64, usize, &str)> = candidats
        .into_iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let note = strsim::jaro_winkler(&cible, &c.to_ascii_lowercase());
            (note >= SEUIL).then_some((note, i, c))
        })
        .collect();
    notes.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    notes.into_iter().take(3).map(|(_, _, c)| c).collect()
}

/// ` (proches : « a », « b »)` ou rien, pour finir un message.
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
    use proptest::prelude::*;

    #[test]
    fn trouve_la_faute_de_frappe_d_abord() {
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

    #[test]
    fn exemples_de_similarite_const() {
        assert_eq!(similarite("GMP", "gmp"), 1.0);
        assert_eq!(similarite("", ""), 1.0);
        assert_eq!(similarite("", "abc"), 0.0);
        assert_eq!(similarite("abc", "xyz"), 0.0);
        assert!(similarite("nombre_de_place", "nombre_de_places") > 0.95);
        assert_eq!(similarite(&"a".repeat(MAX + 1), "a"), 0.0);
    }

    /// Les deux côtés de la comparaison, exactement : strsim en minuscules
    /// ASCII.
    fn strsim_de(a: &str, b: &str) -> f64 {
        strsim::jaro_winkler(&a.to_ascii_lowercase(), &b.to_ascii_lowercase())
    }

    proptest! {
        /// La `const fn` de la dérive et strsim dans la crate d'exécution
        /// donnent le même `f64`, sur des codes et sur tout texte.
        #[test]
        fn la_similarite_const_est_strsim(
            a in "[a-zA-Z0-9_]{0,40}|\\PC{0,20}",
            b in "[a-zA-Z0-9_]{0,40}|\\PC{0,20}",
        ) {
            prop_assert_eq!(similarite(&a, &b).to_bits(), strsim_de(&a, &b).to_bits());
        }

        /// Des paires proches aussi (une paire au hasard l'est rarement) : un
        /// caractère remplacé, inséré, ôté, ou deux échangés.
        #[test]
        fn la_similarite_const_est_strsim_sur_les_fautes_de_frappe(
            a in "[a-z_]{1,30}",
            i in 0usize..30,
            c in "[a-zA-Zé_]",
        ) {
            let i = i % a.len();
            let mut echange: Vec<char> = a.chars().collect();
            echange.swap(i, (i + 1) % a.len());
            for b in [
                format!("{}{}{}", &a[..i], c, &a[i + 1..]),
                format!("{}{}{}", &a[..i], c, &a[i..]),
                format!("{}{}", &a[..i], &a[i + 1..]),
                echange.into_iter().collect(),
            ] {
                prop_assert_eq!(similarite(&a, &b).to_bits(), strsim_de(&a, &b).to_bits());
            }
        }
    }
}
