//! The plumbing of a module, after its types: one hidden module holding,
//! per struct, the `static` table of its members (what the runtime reads,
//! checks, writes and shows in `Debug`), the keys the derive resolves codes
//! against, and the derive's typed access; per enum, its `nomenclature!`.
//! Tables are printed one line per member, under `#[rustfmt::skip]`.

use super::Erreur;
use super::descripteurs;
use super::structs::{nom_membre, nom_struct};
use super::texte::lit;
use super::types::rust_texte;
use crate::forme::{Forme, Membre};
use crate::model::Modele;
use crate::naming::Noms;

/// The name of a struct's table `static` (`Rapport` → `RAPPORT`).
pub fn nom_table(f: &Forme, noms: &Noms) -> String {
    crate::naming::champ(nom_struct(f, noms)).to_ascii_uppercase()
}

pub fn module(
    out: &mut String,
    m: &Modele,
    formes: &[Forme],
    noms: &Noms,
    (fonctions, regles): (&str, &[String]),
) -> Result<(), Erreur> {
    out.push_str(
        "\n/// La plomberie du module : tables des champs, clés et accès typés lus par \
         la crate d'exécution.\n#[doc(hidden)]\nmod __sidoba {\n    use super::*;\n    \
         // Some of them are unused in a given model.\n    #[allow(unused_imports)]\n    \
         use __prive::table::{\n        booleen, champ, code, date, dec, decimal, \
         entier, lignes, regle_lignes, regle_rapport, texte, ymd,\n    };\n",
    );
    if !regles.is_empty() {
        out.push_str(
            "    // What the compiled rules read (not every model uses both).\n    #[allow(unused_imports)]\n    use __prive::{regle, table::lu};\n\n",
        );
        // The rules, as prettyplease formats them, one level in.
        for l in fonctions.lines() {
            if !l.is_empty() {
                out.push_str("    ");
            }
            out.push_str(l);
            out.push('\n');
        }
        out.push_str(
            "\n    #[rustfmt::skip]\n    pub(super) static REGLES: &[__prive::table::Regle<Rapport>] = &[\n",
        );
        for r in regles {
            out.push_str("        ");
            out.push_str(r);
            out.push('\n');
        }
        out.push_str("    ];\n");
    }
    for n in &m.nomenclatures {
        out.push('\n');
        super::nomenclatures::plomberie(out, n, noms);
    }
    crate::description::avec(m, |t| {
        for f in formes {
            structure(out, f, m, noms, t)?;
        }
        Ok::<(), Erreur>(())
    })?;
    out.push_str("}\n");
    Ok(())
}

fn structure(
    out: &mut String,
    f: &Forme,
    m: &Modele,
    noms: &Noms,
    t: &crate::description::Tables<'_>,
) -> Result<(), Erreur> {
    let s = nom_struct(f, noms);
    let table = nom_table(f, noms);
    let mut lignes = Vec::with_capacity(f.membres.len());
    let mut motifs = String::new();
    for mb in &f.membres {
        let nom = nom_membre(mb, noms);
        match mb {
            Membre::Champ { champ, .. } => {
                let d = t
                    .champ(champ)
                    .ok_or_else(|| Erreur::NomenclatureIntrouvable {
                        champ: champ.code.clone(),
                    })?;
                let motif = match &d.genre {
                    sidoba::__private_v1::descripteur::Genre::Texte {
                        motif: Some(mo), ..
                    } => {
                        let n = format!(
                            "MOTIF_{table}_{}",
                            nom.trim_start_matches("r#").to_ascii_uppercase()
                        );
                        motifs.push_str(&format!(
                            "    static {n}: __prive::descripteur::Motif<'static> =\n        \
                             __prive::descripteur::Motif::new({});\n",
                            lit(mo.source)
                        ));
                        Some(n)
                    }
                    _ => None,
                };
                lignes.push(descripteurs::champ(&d, nom, motif.as_deref(), noms));
            }
            Membre::Lignes(b) => {
                lignes.push(descripteurs::bloc(&crate::description::bloc(b), nom));
            }
        }
    }
    out.push('\n');
    out.push_str(&motifs);
    out.push_str(&format!(
        "    #[rustfmt::skip]\n    static {table}: &[__prive::table::Membre<{s}>] = &[\n"
    ));
    for l in &lignes {
        out.push_str("        ");
        out.push_str(l);
        out.push('\n');
    }
    out.push_str("    ];\n");
    let usager = m.identite.niveau == crate::model::Niveau::Usager;
    let plan = usager && self::plan(out, f, m, noms);
    cles(out, f, m, noms);
    derive(out, f, noms, plan, usager);
    Ok(())
}

/// The name of a struct's walk `static` (`PLAN_RAPPORT`).
fn nom_plan(f: &Forme, noms: &Noms) -> String {
    format!("PLAN_{}", nom_table(f, noms))
}

/// A user-level struct's walk in model order, with its blocks' groups
/// (what the WS09 and WS07 writers are fed): one line per step. None
/// (false) when it would only walk the members flat, the default.
fn plan(out: &mut String, f: &Forme, m: &Modele, noms: &Noms) -> bool {
    use crate::forme::Pas;
    let pas = crate::forme::plan(f, m);
    if matches!(pas.as_slice(), [Pas::Membres(n)] if *n == f.membres.len()) {
        return false;
    }
    out.push_str(&format!(
        "    #[rustfmt::skip]\n    static {}: &[__prive::table::Pas] = {{\n        \
         use __prive::table::Pas as P;\n        &[\n",
        nom_plan(f, noms)
    ));
    for p in pas {
        let l = match p {
            Pas::Ouvrir(b) => format!("P::Ouvrir({}, {})", lit(&b.code), lit(&b.libelle)),
            Pas::Membres(n) => format!("P::Membres({n})"),
            Pas::Fermer => "P::Fermer".to_owned(),
        };
        out.push_str(&format!("            {l},\n"));
    }
    out.push_str("        ]\n    };\n");
    true
}

/// The keys, for reading and for the derive's constant lookups.
fn cles(out: &mut String, f: &Forme, m: &Modele, noms: &Noms) {
    let s = nom_struct(f, noms);
    let mut blocs: Vec<&str> = Vec::new();
    for mb in &f.membres {
        if let Membre::Champ { bloc, .. } = mb {
            let propre = f.bloc.is_some_and(|b| b.code == bloc.code);
            if !propre && !blocs.contains(&bloc.code.as_str()) {
                blocs.push(&bloc.code);
            }
        }
    }
    let blocs: Vec<String> = blocs.iter().map(|b| lit(b)).collect();
    let tables: Vec<String> = (f.membres.iter().enumerate())
        .filter(|(_, mb)| matches!(mb, Membre::Lignes(_)))
        .map(|(i, _)| i.to_string())
        .collect();
    out.push_str(&format!(
        "    #[rustfmt::skip]\n    impl __prive::derive::Modele for {s} {{\n        \
         const MODELE: &'static str = {};\n        \
         const BLOCS: &'static [&'static str] = &[{}];\n        \
         const MEMBRES: &'static [__prive::derive::Membre] =\n            \
         &__prive::derive::membres::<{}>(Self::TRIES, &[{}]);\n",
        lit(&format!("{} {}", m.identite.code, m.identite.version)),
        blocs.join(", "),
        f.membres.len(),
        tables.join(", ")
    ));
    out.push_str("        const TRIES: &'static [(&'static str, usize)] = &[\n");
    for (k, i) in super::payload::cles_triees(f) {
        out.push_str(&format!("            ({}, {i}),\n", lit(k)));
    }
    out.push_str("        ];\n    }\n");
}

/// Typed access, `Debug` and the derive's impls: one line per member.
fn derive(out: &mut String, f: &Forme, noms: &Noms, plan: bool, usager: bool) {
    let s = nom_struct(f, noms);
    let nom_plan = if plan {
        format!(", {}", nom_plan(f, noms))
    } else {
        String::new()
    };
    out.push_str(&format!(
        "    __prive::structure! {{\n        {s}, {}{nom_plan};\n",
        nom_table(f, noms)
    ));
    for (i, mb) in f.membres.iter().enumerate() {
        let n = nom_membre(mb, noms);
        let (genre, t) = match mb {
            Membre::Champ { champ, .. } => ("champ", rust_texte(&champ.type_, noms)),
            Membre::Lignes(b) => ("table", noms.ligne(&b.code).to_owned()),
        };
        out.push_str(&format!("        {i} {genre} {n}: {t},\n"));
    }
    out.push_str("    }\n");
    if f.bloc.is_none() {
        out.push_str(
            "    impl __prive::derive::Rapport for Rapport {\n        \
             fn valider_avec(&self, rejets: &sidoba::Rejets) -> sidoba::Constats {\n            \
             Rapport::valider_avec(self, rejets)\n        }\n        \
             fn payload_sans_validation(&self) -> String {\n            \
             Rapport::payload_sans_validation(self)\n        }\n    }\n",
        );
        if usager {
            // What `sidoba::usager::Collecte<Rapport>` reads, checks and writes.
            out.push_str(
                "    impl sidoba::usager::RapportUsager for Rapport {\n        \
                 const CAMPAGNE: &'static str = CAMPAGNE;\n        \
                 const CODE: &'static str = MODELE;\n        \
                 const VERSION: &'static str = VERSION;\n    }\n",
            );
        }
    }
}
