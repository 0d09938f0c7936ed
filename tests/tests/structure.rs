//! The house's shape (issue 23): no two files of a crate's `src/` import
//! each other in a loop, and no source file (`src/`, `tests/`, `benches/`,
//! `examples/` of every member, checked-in generated code aside) is over
//! 900 lines. A file "imports" another when it names a path into it:
//! `use crate::…`, `use super::…`, `use self::…`, a `use` of a child
//! module, or the same paths written inline (`crate::x::f()`).
//!
//! The scanner works on tokens (comments and string literals are already
//! gone), follows inline `mod m { … }` blocks (so `use super::*` in a
//! `mod tests` means the file itself) and expands `{…}` groups in `use`
//! trees. A path resolves to the deepest module it names that has a file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// The longest a source file may be.
const LIGNES_MAX: usize = 900;

/// Checked-in generated code, outside the line rule (its size follows the
/// models it was generated from).
const GENERES: [&str; 2] = ["generated/src/", "tests/src/fixtures/"];

fn racine() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The workspace members, read from the root manifest's `members = [...]`.
fn membres() -> Vec<String> {
    let manifeste = std::fs::read_to_string(racine().join("Cargo.toml")).unwrap();
    let debut = manifeste.find("members").expect("a members list");
    let ouvert = debut + manifeste[debut..].find('[').unwrap();
    let ferme = ouvert + manifeste[ouvert..].find(']').unwrap();
    manifeste[ouvert + 1..ferme]
        .split(',')
        .map(|m| m.trim().trim_matches('"').to_string())
        .filter(|m| !m.is_empty())
        .collect()
}

fn fichiers_rs(dossier: &Path, sortie: &mut Vec<PathBuf>) {
    let Ok(entrees) = std::fs::read_dir(dossier) else {
        return;
    };
    let mut entrees: Vec<_> = entrees.map(|e| e.unwrap().path()).collect();
    entrees.sort();
    for chemin in entrees {
        if chemin.is_dir() {
            fichiers_rs(&chemin, sortie);
        } else if chemin.extension().is_some_and(|e| e == "rs") {
            sortie.push(chemin);
        }
    }
}

/// A path relative to the workspace root, with `/` separators.
fn relatif(f: &Path) -> String {
    f.strip_prefix(racine())
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

/// Every `.rs` under each member's `src/`, relative to the workspace root.
fn sources() -> Vec<(String, Vec<String>)> {
    let mut crates = Vec::new();
    for membre in membres() {
        let mut fichiers = Vec::new();
        fichiers_rs(&racine().join(&membre).join("src"), &mut fichiers);
        let relatifs = fichiers.iter().map(|f| relatif(f)).collect();
        crates.push((membre, relatifs));
    }
    crates
}

/// The module path of a file under `src/` (`a/b.rs` and `a/b/mod.rs` are
/// `a::b`; `lib.rs` and `main.rs` are the crate root). Files under
/// `src/bin/` are roots of their own and are skipped.
fn module_de(src_relatif: &str) -> Option<Vec<String>> {
    let sans = src_relatif.strip_suffix(".rs")?;
    let mut segments: Vec<String> = sans.split('/').map(str::to_string).collect();
    if segments.first().is_some_and(|s| s == "bin") {
        return None;
    }
    match segments.last().map(String::as_str) {
        Some("mod") => {
            segments.pop();
        }
        Some("lib" | "main") if segments.len() == 1 => segments.clear(),
        _ => {}
    }
    Some(segments)
}

/// One crate's files by module path, and each file's resolved imports.
struct Graphe {
    fichiers: BTreeMap<Vec<String>, String>,
    aretes: BTreeMap<String, BTreeSet<String>>,
}

fn est_deux_points(tokens: &[TokenTree], i: usize) -> bool {
    matches!(
        (tokens.get(i), tokens.get(i + 1)),
        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) if a.as_char() == ':' && b.as_char() == ':'
    )
}

/// The paths a `use` tree or a path expression continues with after its
/// first `::`, groups expanded (`a::{b, c::d}` gives `a::b` and
/// `a::c::d`), each with the name it brings in: its last segment, the
/// name after `as`, the module for `self`, none for a glob.
fn suites(tokens: &[TokenTree], mut i: usize) -> Vec<(Vec<String>, Option<String>)> {
    let mut segments: Vec<String> = Vec::new();
    loop {
        match tokens.get(i) {
            Some(TokenTree::Ident(id)) => {
                if est_deux_points(tokens, i + 1) {
                    segments.push(id.to_string());
                    i += 3;
                    continue;
                }
                let mut nom = id.to_string();
                if nom != "self" {
                    segments.push(nom.clone());
                } else if let Some(dernier) = segments.last() {
                    nom = dernier.clone();
                }
                if let (Some(TokenTree::Ident(mot)), Some(TokenTree::Ident(alias))) =
                    (tokens.get(i + 1), tokens.get(i + 2))
                    && mot == "as"
                {
                    nom = alias.to_string();
                }
                return vec![(segments, Some(nom))];
            }
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                let interieur: Vec<TokenTree> = g.stream().into_iter().collect();
                let mut tout = Vec::new();
                for branche in
                    interieur.split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ','))
                {
                    if branche.is_empty() {
                        continue;
                    }
                    for (suite, nom) in suites(branche, 0) {
                        let mut chemin = segments.clone();
                        chemin.extend(suite);
                        tout.push((chemin, nom));
                    }
                }
                return tout;
            }
            _ => return vec![(segments, None)],
        }
    }
}

/// What a file names: paths into other modules, and its re-exports
/// (`pub use`), by the module that re-exports and the name it exports.
#[derive(Default)]
struct Noms {
    chemins: Vec<Vec<String>>,
    reexports: BTreeMap<(Vec<String>, String), Vec<String>>,
}

/// The absolute module paths a file names, from the module it is in.
fn chemins(
    tokens: &[TokenTree],
    module: &[String],
    enfants: &dyn Fn(&[String]) -> BTreeSet<String>,
    sortie: &mut Noms,
) {
    let mut i = 0;
    let mut debut_use = false;
    let mut use_public = false;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Ident(id) if id == "mod" => {
                if let (Some(TokenTree::Ident(nom)), Some(TokenTree::Group(g))) =
                    (tokens.get(i + 1), tokens.get(i + 2))
                    && g.delimiter() == Delimiter::Brace
                {
                    let mut interne = module.to_vec();
                    interne.push(nom.to_string());
                    let corps: Vec<TokenTree> = g.stream().into_iter().collect();
                    chemins(&corps, &interne, enfants, sortie);
                    i += 3;
                    continue;
                }
            }
            TokenTree::Ident(id) if id == "use" => {
                debut_use = true;
                // `pub use`, `pub(crate) use`: a re-export.
                let pub_avant =
                    |k: usize| matches!(tokens.get(k), Some(TokenTree::Ident(p)) if p == "pub");
                use_public = i >= 1
                    && (pub_avant(i - 1)
                        || (i >= 2
                            && matches!(&tokens[i - 1], TokenTree::Group(g) if g.delimiter() == Delimiter::Parenthesis)
                            && pub_avant(i - 2)));
                i += 1;
                continue;
            }
            TokenTree::Punct(p) if p.as_char() == '$' => {
                // `$crate` in a macro: the path of whoever expands it.
                i += 2;
                continue;
            }
            TokenTree::Ident(id) => {
                let nom = id.to_string();
                // `x::self` is no start of a path (`x: crate::T` is).
                let precede = i >= 2 && est_deux_points(tokens, i - 2);
                let base = match nom.as_str() {
                    _ if precede => None,
                    "crate" => Some(Vec::new()),
                    "self" => Some(module.to_vec()),
                    "super" => {
                        let mut m = module.to_vec();
                        let mut j = i;
                        m.pop();
                        // `super::super::…`
                        while est_deux_points(tokens, j + 1)
                            && matches!(tokens.get(j + 3), Some(TokenTree::Ident(s)) if s == "super")
                        {
                            m.pop();
                            j += 3;
                        }
                        i = j;
                        Some(m)
                    }
                    // A child module, in a `use` (2018 uniform paths) or
                    // a path (`fils::f()`): a name no extern crate can
                    // share without making the path ambiguous.
                    _ if (debut_use || est_deux_points(tokens, i + 1))
                        && enfants(module).contains(&nom) =>
                    {
                        let mut m = module.to_vec();
                        m.push(nom.clone());
                        Some(m)
                    }
                    _ => None,
                };
                let reexport = debut_use && use_public;
                if let Some(base) = base {
                    let suites = if est_deux_points(tokens, i + 1) {
                        suites(tokens, i + 3)
                    } else {
                        vec![(Vec::new(), base.last().cloned())]
                    };
                    for (suite, nom) in suites {
                        let mut chemin = base.clone();
                        chemin.extend(suite);
                        match nom {
                            Some(nom) if reexport => {
                                sortie.reexports.insert((module.to_vec(), nom), chemin);
                            }
                            _ => sortie.chemins.push(chemin),
                        }
                    }
                }
            }
            TokenTree::Group(g) => {
                let corps: Vec<TokenTree> = g.stream().into_iter().collect();
                chemins(&corps, module, enfants, sortie);
            }
            _ => {}
        }
        debut_use = false;
        i += 1;
    }
}

fn graphe(membre: &str, fichiers: &[String], lire: &dyn Fn(&str) -> String) -> Graphe {
    let prefixe = format!("{membre}/src/");
    let mut par_module = BTreeMap::new();
    for f in fichiers {
        if let Some(m) = module_de(&f[prefixe.len()..]) {
            par_module.insert(m, f.clone());
        }
    }
    let modules: BTreeSet<Vec<String>> = par_module.keys().cloned().collect();
    let enfants = |m: &[String]| -> BTreeSet<String> {
        modules
            .iter()
            .filter(|c| c.len() == m.len() + 1 && c.starts_with(m))
            .map(|c| c[m.len()].clone())
            .collect()
    };
    let mut noms: BTreeMap<&String, Noms> = BTreeMap::new();
    let mut reexports = BTreeMap::new();
    for (module, fichier) in &par_module {
        let texte = lire(fichier);
        let tokens: Vec<TokenTree> = TokenStream::from_str(&texte)
            .unwrap_or_else(|e| panic!("{fichier} : {e}"))
            .into_iter()
            .collect();
        let mut n = Noms::default();
        chemins(&tokens, module, &enfants, &mut n);
        reexports.append(&mut n.reexports);
        noms.insert(fichier, n);
    }
    // The deepest module a path names that has a file of its own; a name
    // that file only re-exports (`pub use`) stands for where it points, so
    // a facade's re-exports are signposts, not imports of the facade.
    let resoudre = |chemin: &[String]| -> Option<(&Vec<String>, &String)> {
        let mut chemin = chemin.to_vec();
        for _ in 0..16 {
            let n = (0..=chemin.len())
                .rev()
                .find(|&n| par_module.contains_key(&chemin[..n]))?;
            let cle = (chemin[..n].to_vec(), chemin.get(n)?.clone());
            match reexports.get(&cle) {
                Some(cible) if n < chemin.len() => {
                    let mut suite = cible.clone();
                    suite.extend_from_slice(&chemin[n + 1..]);
                    chemin = suite;
                }
                _ => break,
            }
        }
        let n = (0..=chemin.len())
            .rev()
            .find(|&n| par_module.contains_key(&chemin[..n]))?;
        par_module.get_key_value(&chemin[..n])
    };
    let mut aretes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, fichier) in &par_module {
        for chemin in &noms[fichier].chemins {
            // A file naming its own ancestor (the module that declares
            // it, up to the crate root) is not a loop: the ancestor holds
            // it, as `lib.rs` holds every file. Siblings and cousins are.
            let ancetre = |m: &Vec<String>| m.len() < module.len() && module.starts_with(m);
            if let Some((cible_module, cible)) = resoudre(chemin)
                && cible != fichier
                && !ancetre(cible_module)
            {
                aretes
                    .entry(fichier.clone())
                    .or_default()
                    .insert(cible.clone());
            }
        }
    }
    Graphe {
        fichiers: par_module,
        aretes,
    }
}

/// One loop through each strongly connected group of files (Tarjan), as
/// `a → b → … → a`.
fn boucles(g: &Graphe) -> Vec<(BTreeSet<String>, String)> {
    let noeuds: Vec<&String> = g.fichiers.values().collect();
    let indice: BTreeMap<&String, usize> =
        noeuds.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let succ: Vec<Vec<usize>> = noeuds
        .iter()
        .map(|n| {
            g.aretes
                .get(*n)
                .map(|s| s.iter().filter_map(|c| indice.get(c).copied()).collect())
                .unwrap_or_default()
        })
        .collect();
    let n = noeuds.len();
    let mut index = vec![usize::MAX; n];
    let mut bas = vec![0; n];
    let mut sur_pile = vec![false; n];
    let mut pile = Vec::new();
    let mut compteur = 0;
    let mut composantes: Vec<Vec<usize>> = Vec::new();
    fn visiter(
        v: usize,
        succ: &[Vec<usize>],
        etat: (&mut [usize], &mut [usize], &mut [bool]),
        pile: &mut Vec<usize>,
        compteur: &mut usize,
        composantes: &mut Vec<Vec<usize>>,
    ) {
        let (index, bas, sur_pile) = etat;
        index[v] = *compteur;
        bas[v] = *compteur;
        *compteur += 1;
        pile.push(v);
        sur_pile[v] = true;
        for &w in &succ[v] {
            if index[w] == usize::MAX {
                visiter(
                    w,
                    succ,
                    (&mut *index, &mut *bas, &mut *sur_pile),
                    pile,
                    compteur,
                    composantes,
                );
                bas[v] = bas[v].min(bas[w]);
            } else if sur_pile[w] {
                bas[v] = bas[v].min(index[w]);
            }
        }
        if bas[v] == index[v] {
            let mut c = Vec::new();
            while let Some(w) = pile.pop() {
                sur_pile[w] = false;
                c.push(w);
                if w == v {
                    break;
                }
            }
            if c.len() > 1 {
                composantes.push(c);
            }
        }
    }
    for v in 0..n {
        if index[v] == usize::MAX {
            visiter(
                v,
                &succ,
                (&mut index, &mut bas, &mut sur_pile),
                &mut pile,
                &mut compteur,
                &mut composantes,
            );
        }
    }
    composantes
        .into_iter()
        .map(|c| {
            let membres: BTreeSet<usize> = c.iter().copied().collect();
            let depart = *membres.iter().next().unwrap();
            let boucle = chemin_vers(depart, depart, &succ, &membres);
            let mut texte: Vec<&str> = boucle.iter().map(|&i| noeuds[i].as_str()).collect();
            texte.push(noeuds[depart].as_str());
            let reste: Vec<&str> = membres
                .iter()
                .filter(|m| !boucle.contains(m))
                .map(|&i| noeuds[i].as_str())
                .collect();
            let fichiers = membres.iter().map(|&i| noeuds[i].clone()).collect();
            let texte = if reste.is_empty() {
                texte.join(" → ")
            } else {
                format!("{} (même groupe : {})", texte.join(" → "), reste.join(", "))
            };
            (fichiers, texte)
        })
        .collect()
}

/// The shortest path from `depart` back to `arrivee` inside `membres`
/// (breadth first), `depart` first.
fn chemin_vers(
    depart: usize,
    arrivee: usize,
    succ: &[Vec<usize>],
    membres: &BTreeSet<usize>,
) -> Vec<usize> {
    let mut parent: BTreeMap<usize, usize> = BTreeMap::new();
    let mut file = std::collections::VecDeque::from([depart]);
    while let Some(v) = file.pop_front() {
        for &w in &succ[v] {
            if !membres.contains(&w) {
                continue;
            }
            if w == arrivee {
                let mut chemin = vec![v];
                let mut c = v;
                while c != depart {
                    c = parent[&c];
                    chemin.push(c);
                }
                chemin.reverse();
                return chemin;
            }
            if w != depart && !parent.contains_key(&w) {
                parent.insert(w, v);
                file.push_back(w);
            }
        }
    }
    vec![depart]
}

#[test]
fn aucun_fichier_source_n_en_importe_un_autre_en_boucle() {
    let mut toutes = Vec::new();
    for (membre, fichiers) in sources() {
        let lire = |f: &str| std::fs::read_to_string(racine().join(f)).unwrap();
        toutes.extend(boucles(&graphe(&membre, &fichiers, &lire)));
    }
    let toutes: Vec<String> = toutes.into_iter().map(|(_, texte)| texte).collect();
    assert!(
        toutes.is_empty(),
        "des fichiers s'importent en boucle (descendre les types partagés dans un module \
         sous les deux) :\n  {}",
        toutes.join("\n  ")
    );
}

#[test]
fn aucun_fichier_source_ne_depasse_900_lignes() {
    let mut trop_longs = Vec::new();
    // Sources, and the tests, benches and examples beside them.
    let mut tous = Vec::new();
    for membre in membres() {
        for dossier in ["src", "tests", "benches", "examples"] {
            fichiers_rs(&racine().join(&membre).join(dossier), &mut tous);
        }
    }
    for f in tous.iter().map(|f| relatif(f)) {
        if GENERES.iter().any(|g| f.starts_with(g)) || f.contains("/node_modules/") {
            continue;
        }
        let lignes = std::fs::read_to_string(racine().join(&f))
            .unwrap()
            .lines()
            .count();
        if lignes > LIGNES_MAX {
            trop_longs.push(format!("{f} : {lignes} lignes"));
        }
    }
    assert!(
        trop_longs.is_empty(),
        "fichiers de plus de {LIGNES_MAX} lignes (découper par rôle) :\n  {}",
        trop_longs.join("\n  ")
    );
}

/// The scanner itself, on a small tree: a loop through a child's path,
/// `super::super::` and a `use` group is found and named; a re-export is
/// followed; an ancestor, an inline `mod tests { use super::*; }`, a
/// `$crate` path and a path inside a string are not imports.
#[test]
fn le_scanner_nomme_une_boucle_et_ignore_ce_qui_n_est_pas_un_import() {
    let textes: BTreeMap<&str, &str> = BTreeMap::from([
        (
            "k/src/lib.rs",
            "mod a; mod b; mod c; pub use a::A; pub struct R;",
        ),
        (
            "k/src/a/mod.rs",
            "mod fils; pub use fils::{F, G as H}; pub struct A(crate::R);\n\
             fn f() { fils::g() }",
        ),
        (
            "k/src/a/fils.rs",
            "pub struct F(super::A, super::super::b::B);",
        ),
        (
            "k/src/b.rs",
            "use crate::{R, a::{self, A}};\n\
             macro_rules! m { () => { $crate::a::fils::F } }\n\
             const S: &str = \"crate::a::fils\";\n\
             #[cfg(test)] mod tests { use super::*; }",
        ),
        // Through the facade's re-export, `c.rs` names `a/fils.rs`.
        ("k/src/c.rs", "pub use crate::a::A; fn f(_: crate::a::H) {}"),
    ]);
    let fichiers: Vec<String> = textes.keys().map(|f| f.to_string()).collect();
    let lire = |f: &str| textes[f].to_string();
    let g = graphe("k", &fichiers, &lire);
    let trouvees: Vec<String> = boucles(&g).into_iter().map(|(_, t)| t).collect();
    assert_eq!(
        trouvees,
        ["k/src/a/mod.rs → k/src/a/fils.rs → k/src/b.rs → k/src/a/mod.rs"]
    );
    // `b.rs` names `a` only: not `lib.rs` (its ancestor), not `a/fils.rs`
    // (through `$crate` and a string), not itself (its test module).
    assert_eq!(
        g.aretes["k/src/b.rs"],
        BTreeSet::from(["k/src/a/mod.rs".to_string()])
    );
    // A re-export is followed to where it points, and is no import of the
    // file that re-exports.
    assert_eq!(
        g.aretes["k/src/c.rs"],
        BTreeSet::from(["k/src/a/fils.rs".to_string()])
    );
}
