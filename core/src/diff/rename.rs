//! Pairing removed and added fields of a block as renames.
//!
//! A removed field and an added field of the same block are one renamed
//! field when they have the same form — equal type with all its own
//! constraints (bounds, decimals, lengths, pattern, code list, `multiple`)
//! and equal `obligatoire` — and the same or a close label. Fields of
//! different types are never paired.
//!
//! ## Closeness of labels
//!
//! Labels are compared folded: accents removed (`deunicode`), lower case,
//! runs of white space as one space, trimmed, cut at 256 characters. The
//! similarity is the normalised Levenshtein similarity
//! `1 - distance / max(len_a, len_b)` (1 for equal labels), the distance in
//! characters from `strsim`, the ratio in exact integer millionths.
//!
//! [`SEUIL_SIMILARITE`] is **0.75**: at most a quarter of the characters of
//! the longer label are edited. Why this value, on real labels:
//! - it keeps the rewordings a model author makes along with a new code: a
//!   word swapped, an article, a plural or an accent fixed
//!   (`Résidents hébergés au 31/12` / `Résidents présents au 31/12`: 0.78;
//!   `Date de signature` / `Date de la signature`: 0.85);
//! - it rejects a label that gains a qualifier, which usually asks the
//!   vendor another question (`Nombre de téléconsultations` /
//!   `Nombre de téléconsultations réalisées`: 0.73; `Places installées` /
//!   `Places installées au 31/12`: 0.65), and distinct questions that
//!   share a prefix, the usual shape of sibling labels in SIDOBA forms
//!   (`Résidents en GIR 1` / `Résidents hommes au 31/12`: 0.52;
//!   `Lits dédiés Alzheimer` / `Places habilitées à l'aide sociale`:
//!   0.32). Jaro-Winkler was not used because it rewards common prefixes,
//!   which sibling labels all have;
//! - no threshold tells `Résidents en GIR 1` from `Résidents en GIR 2`
//!   (0.94): there, the same-block, same-form condition does the work, and
//!   a wrong pairing costs little: a rename is `cassant`, as the removal it
//!   replaces, so the gate decides the same either way; only the wording
//!   of the report changes. When in doubt the engine stays conservative: a
//!   missed rename still shows, as a removal and an addition.
//!
//! ## Pairing
//!
//! First, fields with equal (folded) labels are paired, in model order.
//! Then the remaining candidates are paired by an exact maximum-weight
//! assignment (Hungarian algorithm, O(n²m), integer weights in millionths)
//! over the pairs of the same form whose similarity reaches the threshold:
//! when several removed fields compete for the same added one, the pairing
//! with the largest total similarity wins, whatever the file order. Among
//! assignments of equal total, the algorithm's own scan in model order
//! decides, so the outcome is deterministic. Blocks are small; should more
//! than [`MAX_EXACT`] candidates remain on one side, a stable greedy pass
//! over the candidate pairs sorted by similarity (then OLD order, then NEW
//! order) is used instead, to bound the time on hostile input.

//!
//! ## Renamed blocks
//!
//! A removed block and an added block **under the same parent** (the same
//! block, or a block paired as renamed, or both at the root) are one renamed
//! block when they hold mostly the same fields: the codes of all the fields
//! they hold, sub-blocks included, are compared, and the pair is kept when
//! the codes in common are at least half of all the codes of the two
//! (`2 × commun >= union`, at least one in common). Equal sets are the
//! plain case; the threshold also keeps a block renamed while a field was
//! added to it or taken out (each then reported on its own), and rejects a
//! new block that only took a few fields of an old one (those are moves).
//! Sub-blocks count, so that a block holding only sub-blocks is paired too,
//! and the engine pairs level by level from the root: a renamed parent is
//! matched before its children, which can then be renamed in turn. When
//! several blocks compete, the pairs with the largest share in common go
//! first (exact integer ratios), then OLD order, then NEW order. A block
//! renamed and moved under another parent at the same time is not paired:
//! it shows as a removal and an addition.

use crate::model::{Bloc, Champ};
use std::collections::{BTreeMap, BTreeSet};

/// Minimum label similarity for a close-label rename (see the module
/// documentation for why 0.75).
pub const SEUIL_SIMILARITE: f64 = 0.75;

/// Similarities are integers in millionths, so that sums are exact.
const ECHELLE: u64 = 1_000_000;
const SEUIL: u64 = 750_000;
/// Labels are compared on their first characters only.
const LONGUEUR_MAX: usize = 256;
/// Above this many candidates on the smaller side, the greedy pass is used.
const MAX_EXACT: usize = 300;

/// Normalised Levenshtein similarity of two labels, folded (accents, case,
/// white space), in `0.0..=1.0`.
pub fn similarite(a: &str, b: &str) -> f64 {
    score(&plier(a), &plier(b)) as f64 / ECHELLE as f64
}

fn plier(s: &str) -> Vec<char> {
    let s = deunicode::deunicode(s).to_lowercase();
    let mut out = Vec::new();
    for mot in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(mot.chars());
        if out.len() >= LONGUEUR_MAX {
            break;
        }
    }
    out.truncate(LONGUEUR_MAX);
    out
}

/// Similarity in millionths.
fn score(a: &[char], b: &[char]) -> u64 {
    let n = a.len().max(b.len());
    if n == 0 {
        return ECHELLE;
    }
    // Levenshtein counts chars, as `n` does.
    let (a, b): (String, String) = (a.iter().collect(), b.iter().collect());
    let d = strsim::levenshtein(&a, &b).min(n);
    ((n - d) as u64 * ECHELLE) / n as u64
}

/// Same type, same constraints, same requirement.
fn meme_forme(a: &Champ, b: &Champ) -> bool {
    a.type_ == b.type_ && a.obligatoire == b.obligatoire
}

/// Pairs removed fields (`anciens`) with added fields (`nouveaux`) of one
/// block; returns `(index in anciens, index in nouveaux)` pairs.
pub(super) fn apparier(anciens: &[&Champ], nouveaux: &[&Champ]) -> Vec<(usize, usize)> {
    let pa: Vec<Vec<char>> = anciens.iter().map(|c| plier(&c.libelle)).collect();
    let pn: Vec<Vec<char>> = nouveaux.iter().map(|c| plier(&c.libelle)).collect();
    let mut pris_a = vec![false; anciens.len()];
    let mut pris_n = vec![false; nouveaux.len()];
    let mut paires = Vec::new();

    // 1. Equal labels, in model order.
    for (i, a) in anciens.iter().enumerate() {
        let trouve = (0..nouveaux.len())
            .find(|&j| !pris_n[j] && pa[i] == pn[j] && meme_forme(a, nouveaux[j]));
        if let Some(j) = trouve {
            pris_a[i] = true;
            pris_n[j] = true;
            paires.push((i, j));
        }
    }

    // 2. Close labels: the candidate pairs and their weights.
    let mut aretes: Vec<(usize, usize, u64)> = Vec::new();
    for (i, a) in anciens.iter().enumerate().filter(|(i, _)| !pris_a[*i]) {
        for (j, n) in nouveaux.iter().enumerate().filter(|(j, _)| !pris_n[*j]) {
            if !meme_forme(a, n) {
                continue;
            }
            // The distance is at least the length difference: skip pairs
            // that cannot reach the threshold without computing it.
            let (la, ln) = (pa[i].len() as u64, pn[j].len() as u64);
            if la.max(ln) > 0 && la.min(ln) * ECHELLE / la.max(ln) < SEUIL {
                continue;
            }
            let s = score(&pa[i], &pn[j]);
            if s >= SEUIL {
                aretes.push((i, j, s));
            }
        }
    }
    if aretes.is_empty() {
        return paires;
    }
    let mut lignes: Vec<usize> = aretes.iter().map(|a| a.0).collect();
    lignes.dedup();
    let mut colonnes: Vec<usize> = aretes.iter().map(|a| a.1).collect();
    colonnes.sort_unstable();
    colonnes.dedup();

    if lignes.len().min(colonnes.len()) > MAX_EXACT {
        paires.extend(glouton(aretes, anciens.len(), nouveaux.len()));
    } else {
        paires.extend(hongrois(&aretes, &lignes, &colonnes));
    }
    paires.sort_unstable();
    paires
}

/// Stable greedy pairing: best similarity first, then OLD order, then NEW
/// order.
fn glouton(mut aretes: Vec<(usize, usize, u64)>, na: usize, nn: usize) -> Vec<(usize, usize)> {
    aretes.sort_by(|x, y| y.2.cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    let (mut pris_a, mut pris_n) = (vec![false; na], vec![false; nn]);
    let mut out = Vec::new();
    for (i, j, _) in aretes {
        if !pris_a[i] && !pris_n[j] {
            pris_a[i] = true;
            pris_n[j] = true;
            out.push((i, j));
        }
    }
    out
}

/// Exact maximum-weight bipartite matching between `lignes` (OLD indices)
/// and `colonnes` (NEW indices) over `aretes`; missing edges weigh 0 and
/// are never returned.
fn hongrois(
    aretes: &[(usize, usize, u64)],
    lignes: &[usize],
    colonnes: &[usize],
) -> Vec<(usize, usize)> {
    // Weight matrix in the orientation rows <= columns.
    let transpose = lignes.len() > colonnes.len();
    let (r, c) = if transpose {
        (colonnes, lignes)
    } else {
        (lignes, colonnes)
    };
    let mut w = vec![vec![0u64; c.len()]; r.len()];
    for &(i, j, s) in aretes {
        let (x, y) = if transpose { (j, i) } else { (i, j) };
        if let (Ok(a), Ok(b)) = (r.binary_search(&x), c.binary_search(&y)) {
            w[a][b] = s;
        }
    }
    let affectation = affecter(&w);
    let mut out = Vec::new();
    for (a, b) in affectation.into_iter().enumerate() {
        let Some(b) = b else { continue };
        if w[a][b] == 0 {
            continue;
        }
        out.push(if transpose {
            (c[b], r[a])
        } else {
            (r[a], c[b])
        });
    }
    out
}

/// Hungarian algorithm (potentials, shortest augmenting paths) on an
/// `n × m` matrix with `n <= m`, maximising the total weight; returns for
/// each row its column.
fn affecter(w: &[Vec<u64>]) -> Vec<Option<usize>> {
    let n = w.len();
    let m = w.first().map_or(0, Vec::len);
    if n == 0 || m < n {
        return vec![None; n];
    }
    // Costs ECHELLE - weight are >= 0; minimise their sum.
    let cout = |i: usize, j: usize| ECHELLE as i64 - w[i - 1][j - 1] as i64;
    let inf = i64::MAX / 4;
    let mut u = vec![0i64; n + 1];
    let mut v = vec![0i64; m + 1];
    // p[j]: the row matched to column j (1-based; 0 for none).
    let mut p = vec![0usize; m + 1];
    let mut way = vec![0usize; m + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![inf; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = inf;
            let mut j1 = 0;
            for j in 1..=m {
                if !used[j] {
                    let cur = cout(i0, j) - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            if j1 == 0 {
                // Cannot happen with a complete matrix; stop safely.
                break;
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut out = vec![None; n];
    for j in 1..=m {
        if p[j] > 0 {
            out[p[j] - 1] = Some(j - 1);
        }
    }
    out
}

/// The codes of all the fields a block holds, sub-blocks included.
fn codes_champs(b: &Bloc) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut pile = vec![b];
    while let Some(b) = pile.pop() {
        out.extend(b.champs.iter().map(|c| c.code.as_str()));
        pile.extend(b.blocs.iter());
    }
    out
}

/// Pairs removed blocks (`anciens`) with added blocks (`nouveaux`) under
/// one parent; returns `(index in anciens, index in nouveaux)` pairs.
pub(super) fn apparier_blocs(anciens: &[&Bloc], nouveaux: &[&Bloc]) -> Vec<(usize, usize)> {
    if anciens.is_empty() || nouveaux.is_empty() {
        return Vec::new();
    }
    let ca: Vec<BTreeSet<&str>> = anciens.iter().map(|b| codes_champs(b)).collect();
    let cn: Vec<BTreeSet<&str>> = nouveaux.iter().map(|b| codes_champs(b)).collect();
    // Codes are unique on each side, so a code lies in at most one NEW
    // candidate: counting through this index costs one look-up per code
    // instead of one set intersection per pair of blocks.
    let mut ou: BTreeMap<&str, usize> = BTreeMap::new();
    for (j, n) in cn.iter().enumerate() {
        for c in n {
            ou.entry(c).or_insert(j);
        }
    }
    // (common, union, i, j)
    let mut paires: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (i, a) in ca.iter().enumerate() {
        let mut communs: BTreeMap<usize, usize> = BTreeMap::new();
        for c in a {
            if let Some(&j) = ou.get(c) {
                *communs.entry(j).or_insert(0) += 1;
            }
        }
        for (j, commun) in communs {
            let union = a.len() + cn[j].len() - commun;
            if 2 * commun >= union {
                paires.push((commun, union, i, j));
            }
        }
    }
    // Best share first: x/y > u/v iff x·v > u·y (no float).
    paires.sort_by(|x, y| {
        (y.0 * x.1)
            .cmp(&(x.0 * y.1))
            .then(x.2.cmp(&y.2))
            .then(x.3.cmp(&y.3))
    });
    let (mut pris_a, mut pris_n) = (vec![false; anciens.len()], vec![false; nouveaux.len()]);
    let mut out = Vec::new();
    for (_, _, i, j) in paires {
        if !pris_a[i] && !pris_n[j] {
            pris_a[i] = true;
            pris_n[j] = true;
            out.push((i, j));
        }
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lieu, TypeChamp};

    fn champ(code: &str, libelle: &str) -> Champ {
        Champ {
            code: code.into(),
            libelle: libelle.into(),
            description: None,
            type_: TypeChamp::Entier {
                min: Some(0),
                max: None,
            },
            obligatoire: false,
            unite: None,
            donnee_personnelle: false,
            deprecie: false,
            role: None,
            lieu: Lieu::default(),
        }
    }

    fn bloc(code: &str, champs: &[&str]) -> Bloc {
        Bloc {
            code: code.into(),
            libelle: code.into(),
            description: None,
            repetable: false,
            min_lignes: None,
            max_lignes: None,
            champs: champs.iter().map(|c| champ(c, c)).collect(),
            blocs: Vec::new(),
            lieu: Lieu::default(),
            item: crate::model::ItemBloc::Groupe,
        }
    }

    #[test]
    fn blocks_pair_on_half_their_field_codes() {
        let a = [bloc("a", &["f1", "f2"]), bloc("b", &["f3", "f4"])];
        let n = [bloc("x", &["f3", "f4", "f5"]), bloc("y", &["f1"])];
        let a: Vec<&Bloc> = a.iter().collect();
        let n: Vec<&Bloc> = n.iter().collect();
        assert_eq!(apparier_blocs(&a, &n), [(0, 1), (1, 0)]);
        // One code of three in common: not the same block.
        let a = [bloc("a", &["f1", "f2", "f3"])];
        let n = [bloc("x", &["f1"])];
        assert!(apparier_blocs(&[&a[0]], &[&n[0]]).is_empty());
        // Sub-blocks count: a block holding only a sub-block pairs too.
        let mut p = bloc("p", &[]);
        p.blocs.push(bloc("s", &["f1"]));
        let mut q = bloc("q", &[]);
        q.blocs.push(bloc("s", &["f1"]));
        assert_eq!(apparier_blocs(&[&p], &[&q]), [(0, 0)]);
        // Two old blocks compete: the larger share wins.
        let a = [bloc("a", &["f1", "f9"]), bloc("b", &["f1"])];
        let n = [bloc("x", &["f1"])];
        let a: Vec<&Bloc> = a.iter().collect();
        assert_eq!(apparier_blocs(&a, &[&n[0]]), [(1, 0)]);
    }

    #[test]
    fn similarity_examples_of_the_docs() {
        let s = |a, b| (similarite(a, b) * 100.0).round() / 100.0;
        let exemples = [
            (
                "Résidents hébergés au 31/12",
                "Résidents présents au 31/12",
                0.78,
            ),
            ("Date de signature", "Date de la signature", 0.85),
            (
                "Nombre de téléconsultations",
                "Nombre de téléconsultations réalisées",
                0.73,
            ),
            ("Places installées", "Places installées au 31/12", 0.65),
            ("Résidents en GIR 1", "Résidents hommes au 31/12", 0.52),
            (
                "Lits dédiés Alzheimer",
                "Places habilitées à l'aide sociale",
                0.32,
            ),
            ("Résidents en GIR 1", "Résidents en GIR 2", 0.94),
        ];
        for (a, b, attendu) in exemples {
            assert_eq!(s(a, b), attendu, "{a} / {b}");
        }
        assert_eq!(s("ÉTP  moyen", "etp moyen"), 1.0);
        assert_eq!(s("", ""), 1.0);
    }

    #[test]
    fn best_total_wins_over_file_order() {
        // a0 is closest to n0, but a1 can only go with n0: the best total
        // pairs a0-n1 and a1-n0.
        let a = [
            champ("a0", "Nombre de visites réalisées"),
            champ("a1", "Nombre de visites réalisée"),
        ];
        let n = [
            champ("n0", "Nombre de visites réalisés"),
            champ("n1", "Nombre de visites rélisées."),
        ];
        let a: Vec<&Champ> = a.iter().collect();
        let n: Vec<&Champ> = n.iter().collect();
        let total = |p: &[(usize, usize)]| -> u64 {
            p.iter()
                .map(|&(i, j)| score(&plier(&a[i].libelle), &plier(&n[j].libelle)))
                .sum()
        };
        let p = apparier(&a, &n);
        assert_eq!(p.len(), 2);
        assert!(total(&p) >= total(&[(0, 0), (1, 1)]).max(total(&[(0, 1), (1, 0)])));
    }

    #[test]
    fn exact_beats_greedy_on_a_crossing() {
        // Greedy by best score would take (0,0) and leave (1,1) below the
        // threshold unpaired; the assignment pairs both crosswise.
        let w = vec![vec![900_000, 850_000], vec![850_000, 0]];
        assert_eq!(affecter(&w), [Some(1), Some(0)]);
        let g = glouton(
            vec![(0, 0, 900_000), (0, 1, 850_000), (1, 0, 850_000)],
            2,
            2,
        );
        assert_eq!(g, [(0, 0)]);
    }

    #[test]
    fn never_across_types_or_requirement() {
        let a = champ("a", "Places");
        let mut b = champ("b", "Places");
        b.type_ = TypeChamp::Booleen;
        assert!(apparier(&[&a], &[&b]).is_empty());
        let mut c = champ("c", "Places");
        c.obligatoire = true;
        assert!(apparier(&[&a], &[&c]).is_empty());
        assert_eq!(apparier(&[&a], &[&b, &champ("d", "places ")]), [(0, 1)]);
    }

    #[test]
    fn rectangular_both_ways() {
        let a = [
            champ("a0", "Séjours"),
            champ("a1", "Journées"),
            champ("a2", "Entrées"),
        ];
        let n = [champ("n0", "Journee")];
        let a: Vec<&Champ> = a.iter().collect();
        let n: Vec<&Champ> = n.iter().collect();
        assert_eq!(apparier(&a, &n), [(1, 0)]);
        assert_eq!(apparier(&n, &a), [(0, 1)]);
    }
}
