//! Properties of the comparison: identity, symmetry, determinism, known
//! edits found exactly; and the gate (`--fail-on`, `--ignore`).

mod diff_commun;

use diff_commun::*;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Value, json};
use sidoba_core::diff::{self, Acquittements, Impact, Nature, Rapport, Seuil};
use sidoba_core::render;
use std::collections::BTreeMap;

const MODELES: [&str; 6] = [
    "rama-2025.json",
    "rama-2026.json",
    "ra-camsp-2025.json",
    "ra-cmpp-2025.json",
    "ssiad-2025.json",
    "rama-2025.json",
];

#[test]
fn un_modele_compare_a_lui_meme_ne_change_pas() {
    for nom in MODELES {
        let m = fichier(nom);
        let r = diff::comparer(&m, &m);
        assert!(r.est_vide(), "{nom} : {:#?}", r.ecarts);
        assert_eq!(r.resume.total(), 0);
        assert!(!r.echoue(Seuil::Compatible));
    }
}

/// Multiset of natures.
fn natures(r: &Rapport, inverser: bool) -> BTreeMap<&'static str, usize> {
    let mut m = BTreeMap::new();
    for e in &r.ecarts {
        let n = if inverser {
            e.nature.inverse()
        } else {
            e.nature
        };
        *m.entry(n.code()).or_insert(0) += 1;
    }
    m
}

#[test]
fn echanger_ancien_et_nouveau_echange_ajouts_et_suppressions() {
    let (a, b) = (fichier("rama-2025.json"), fichier("rama-2026.json"));
    let direct = diff::comparer(&a, &b);
    let inverse = diff::comparer(&b, &a);
    assert_eq!(natures(&direct, true), natures(&inverse, false));
    assert_eq!(direct.ancien, inverse.nouveau);
}

#[test]
fn meme_entree_memes_octets_et_memes_empreintes() {
    let r1 = showcase();
    let r2 = showcase();
    assert_eq!(r1, r2);
    assert_eq!(render::json(&r1), render::json(&r2));
    assert_eq!(render::texte(&r1, true), render::texte(&r2, true));
    assert_eq!(render::markdown(&r1), render::markdown(&r2));
    // Pinned: the fingerprint of a change never moves from run to run or
    // machine to machine, and acknowledgement files depend on it.
    let e = r1.ecarts.iter().find(|e| e.cible == "age_moyen").unwrap();
    assert_eq!(e.empreinte, "befa6128c9dd");
    let mut vues: Vec<&str> = r1.ecarts.iter().map(|e| e.empreinte.as_str()).collect();
    vues.sort();
    vues.dedup();
    assert_eq!(vues.len(), r1.ecarts.len(), "empreintes distinctes");
}

#[test]
fn ordre_du_rapport() {
    let r = showcase();
    let cles: Vec<_> = r
        .ecarts
        .iter()
        .map(|e| (e.impact, e.chemin.clone(), e.cible.clone(), e.nature.code()))
        .collect();
    let mut triees = cles.clone();
    triees.sort();
    assert_eq!(cles, triees);
    for i in Impact::TOUS {
        assert_eq!(
            r.resume.compte(i),
            r.ecarts.iter().filter(|e| e.impact == i).count()
        );
    }
}

#[test]
fn la_vitrine_montre_au_moins_douze_natures() {
    let r = showcase();
    let n = natures(&r, false);
    assert!(n.len() >= 12, "{n:?}");
    for attendue in [
        "champ_renomme",
        "champ_supprime",
        "champ_ajoute",
        "champ_deplace",
        "borne_resserree",
        "borne_relachee",
        "decimales_reduites",
        "longueur_relachee",
        "valeur_ajoutee",
        "valeur_supprimee",
        "bloc_devenu_repetable",
        "lignes_relachees",
        "devenu_obligatoire",
        "libelle_modifie",
        "description_modifiee",
        "unite_modifiee",
        "motif_modifie",
        "severite_durcie",
        "regle_modifiee",
        "regle_ajoutee",
    ] {
        assert!(n.contains_key(attendue), "{attendue} absent : {n:?}");
    }
    // The version moved: no version_incoherente.
    assert!(!n.contains_key("version_incoherente"));
}

// ------------------------------------------------------------------ gate

#[test]
fn seuils_et_acquittements() {
    let mut r = showcase();
    assert!(r.echoue(Seuil::Cassant));
    assert!(r.echoue(Seuil::Compatible));
    let graves: Vec<String> = r
        .ecarts
        .iter()
        .filter(|e| e.impact <= Impact::AVerifier)
        .map(|e| e.empreinte.clone())
        .collect();
    let fichier = format!(
        "# revus\n{}\n000000000000  # plus d'actualité\n",
        graves.join("\n").to_uppercase()
    );
    let a = Acquittements::lire(&fichier).unwrap();
    let inconnus = r.acquitter(&a);
    assert_eq!(inconnus, ["000000000000"]);
    assert!(!r.echoue(Seuil::Cassant));
    assert!(r.echoue(Seuil::Compatible));
    assert_eq!(r.acquittes(), graves.len());
    // Acknowledged entries stay in the report, and the summary still counts
    // them.
    assert_eq!(r.resume, showcase().resume);
    assert_eq!(r.ecarts.len(), showcase().ecarts.len());
    let json = render::json(&r);
    assert_eq!(json.matches("\"acquitte\": true").count(), graves.len());
    assert!(!render::json(&showcase()).contains("acquitte"));
    assert!(render::texte(&r, false).contains("[acquitté]"));
    assert!(
        render::texte(&r, false)
            .lines()
            .next()
            .unwrap()
            .ends_with(&format!("(dont {} acquittés)", graves.len()))
    );
    assert!(render::markdown(&r).contains("*(acquitté)*"));
}

#[test]
fn fichier_d_acquittements_invalide() {
    let e = Acquittements::lire("8a0fdd1dfcd6\n8a0fdd1dfcd6x\n\n# ok\nnon\n").unwrap_err();
    assert_eq!(e.lignes.iter().map(|l| l.ligne).collect::<Vec<_>>(), [2, 5]);
}

// ------------------------------------------------------ random models

/// Field kinds of the random models.
const GENRES: u8 = 6;

fn champ(code: &str, libelle: &str, genre: u8, obligatoire: bool) -> Value {
    let mut c = match genre {
        0 => json!({ "type": "entier", "min": 0, "max": 100 }),
        1 => json!({ "type": "decimal", "decimales": 2, "min": 0, "max": 1000 }),
        2 => json!({ "type": "texte", "longueurMax": 50 }),
        3 => json!({ "type": "booleen" }),
        4 => json!({ "type": "date", "min": "2025-01-01" }),
        _ => json!({ "type": "code", "nomenclature": "nom" }),
    };
    c["code"] = json!(code);
    c["libelle"] = json!(libelle);
    c["obligatoire"] = json!(obligatoire);
    c
}

/// A model: block b0 holds the field the rule reads; other blocks are
/// random, some repeatable.
fn modele_aleatoire(blocs: &[(bool, Vec<(u8, bool)>)]) -> Value {
    let mut bs = vec![json!({ "code": "b0", "libelle": "Bloc zéro", "champs": [
        { "code": "pivot", "libelle": "Pivot", "type": "entier" } ] })];
    for (i, (repetable, champs)) in blocs.iter().enumerate() {
        let i = i + 1;
        // An anchor field that no edit touches, so that no block empties.
        let ancre =
            json!({ "code": format!("a{i}"), "libelle": format!("Ancre {i}"), "type": "entier" });
        let question = |j: usize| format!("Question numéro {i}.{j} du formulaire");
        let cs: Vec<Value> = std::iter::once(ancre)
            .chain(
                champs
                    .iter()
                    .enumerate()
                    .map(|(j, &(g, o))| champ(&format!("f{i}_{j}"), &question(j), g, o)),
            )
            .collect();
        let mut b =
            json!({ "code": format!("b{i}"), "libelle": format!("Bloc numéro {i}"), "champs": cs });
        if *repetable {
            b["repetable"] = json!(true);
        }
        bs.push(b);
    }
    json!({
        "campagne": { "id": "P-2025", "libelle": "Propriétés", "module": "P" },
        "modele": { "code": "P", "version": "1", "niveau": "structure" },
        "nomenclatures": [ { "code": "nom", "libelle": "Nomenclature", "valeurs": [
            { "code": "V1", "libelle": "Un" }, { "code": "V2", "libelle": "Deux" } ] } ],
        "blocs": bs,
        "regles": [ { "code": "R1", "message": "Pivot positif", "severite": "avertissement", "expression": "pivot >= 0" } ]
    })
}

fn champ_mut<'v>(m: &'v mut Value, code: &str) -> Option<&'v mut Value> {
    m["blocs"]
        .as_array_mut()?
        .iter_mut()
        .flat_map(|b| b["champs"].as_array_mut().into_iter().flatten())
        .find(|c| c["code"] == code)
}

fn retirer_champ(m: &mut Value, code: &str) {
    for b in m["blocs"].as_array_mut().into_iter().flatten() {
        if let Some(cs) = b["champs"].as_array_mut() {
            cs.retain(|c| c["code"] != code);
        }
    }
}

type Attendu = (&'static str, &'static str, String);

/// Applies edit `genre` to field `code`; returns the expected entry.
fn editer_champ(m: &mut Value, code: &str, genre: u8) -> Option<Attendu> {
    let c = champ_mut(m, code)?;
    let code = code.to_owned();
    Some(match genre {
        0 => {
            c["libelle"] = json!(format!("{} (révisé)", c["libelle"].as_str()?));
            ("libelle_modifie", "information", code)
        }
        1 => {
            let o = c["obligatoire"].as_bool()?;
            c["obligatoire"] = json!(!o);
            if o {
                ("devenu_facultatif", "compatible", code)
            } else {
                ("devenu_obligatoire", "cassant", code)
            }
        }
        2 => {
            c["unite"] = json!("unité");
            ("unite_modifiee", "information", code)
        }
        3 => {
            c["deprecie"] = json!(true);
            ("deprecie", "information", code)
        }
        4 => {
            c["donneePersonnelle"] = json!(true);
            ("donnee_personnelle_modifiee", "a_verifier", code)
        }
        5 => {
            retirer_champ(m, &code);
            ("champ_supprime", "cassant", code)
        }
        6 => {
            let nouveau = format!("{code}_r");
            c["code"] = json!(nouveau);
            ("champ_renomme", "cassant", nouveau)
        }
        _ => match c["type"].as_str()? {
            "entier" => {
                c["max"] = json!(50);
                ("borne_resserree", "cassant", code)
            }
            "decimal" => {
                c["decimales"] = json!(1);
                ("decimales_reduites", "cassant", code)
            }
            "texte" => {
                c["longueurMax"] = json!(20);
                ("longueur_resserree", "cassant", code)
            }
            "date" => {
                c["min"] = json!("2026-01-01");
                ("borne_resserree", "cassant", code)
            }
            "code" => {
                c["multiple"] = json!(true);
                ("devenu_multiple", "cassant", code)
            }
            _ => {
                c["type"] = json!("entier");
                ("type_modifie", "cassant", code)
            }
        },
    })
}

/// Edits that are not on one existing field.
fn editer_modele(m: &mut Value, genre: u8, k: usize, bloc: usize) -> Option<Attendu> {
    Some(match genre {
        0 => {
            let nb = m["blocs"].as_array()?.len();
            let b = &mut m["blocs"][bloc % nb];
            let code = format!("ajout_{k}");
            b["champs"].as_array_mut()?.push(champ(
                &code,
                &format!("zzzzzzzzzzzzzzzzzzzz {k}"),
                3,
                false,
            ));
            ("champ_ajoute", "compatible", code)
        }
        1 => {
            m["nomenclatures"][0]["valeurs"]
                .as_array_mut()?
                .push(json!({ "code": format!("W{k}"), "libelle": "Nouvelle" }));
            ("valeur_ajoutee", "compatible", format!("nom:W{k}"))
        }
        _ => {
            let nb = m["blocs"].as_array()?.len();
            let b = &mut m["blocs"][bloc % nb];
            let code = b["code"].as_str()?.to_owned();
            b["libelle"] = json!(format!("{} (révisé)", b["libelle"].as_str()?));
            ("libelle_modifie", "information", code)
        }
    })
}

fn strategie_modele() -> impl Strategy<Value = Vec<(bool, Vec<(u8, bool)>)>> {
    prop::collection::vec(
        (
            any::<bool>(),
            prop::collection::vec((0..GENRES, any::<bool>()), 1..6),
        ),
        1..4,
    )
}

/// (on a field?, kind, target)
fn strategie_editions() -> impl Strategy<Value = Vec<(bool, u8, Index)>> {
    prop::collection::vec((prop::bool::weighted(0.75), 0u8..8, any::<Index>()), 1..7)
}

fn tri(mut v: Vec<Attendu>) -> Vec<Attendu> {
    v.sort();
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn editions_connues_retrouvees_exactement(blocs in strategie_modele(), editions in strategie_editions()) {
        let ancien = modele_aleatoire(&blocs);
        let mut nouveau = ancien.clone();
        nouveau["modele"]["version"] = json!("2");
        let mut candidats: Vec<String> = blocs
            .iter()
            .enumerate()
            .flat_map(|(i, (_, cs))| (0..cs.len()).map(move |j| format!("f{}_{j}", i + 1)))
            .collect();
        let mut blocs_renommes = Vec::new();
        let mut attendus = Vec::new();
        for (k, (sur_champ, genre, idx)) in editions.into_iter().enumerate() {
            if sur_champ && !candidats.is_empty() {
                let code = candidats.remove(idx.index(candidats.len()));
                attendus.extend(editer_champ(&mut nouveau, &code, genre));
            } else {
                let genre = genre % 3;
                let bloc = idx.index(blocs.len() + 1);
                if genre == 2 {
                    // One label change per block.
                    if blocs_renommes.contains(&bloc) { continue; }
                    blocs_renommes.push(bloc);
                }
                attendus.extend(editer_modele(&mut nouveau, genre, k, bloc));
            }
        }
        let r = comparer(&ancien, &nouveau);
        let trouves: Vec<Attendu> = r
            .ecarts
            .iter()
            .map(|e| (e.nature.code(), e.impact.code(), e.cible.clone()))
            .collect();
        prop_assert_eq!(tri(trouves), tri(attendus));

        // Swapping the sides swaps the kinds.
        let inverse = comparer(&nouveau, &ancien);
        prop_assert_eq!(natures(&r, true), natures(&inverse, false));
        // A model against itself: nothing.
        prop_assert!(comparer(&nouveau, &nouveau).est_vide());
        // Same inputs, same bytes.
        prop_assert_eq!(render::json(&r), render::json(&comparer(&ancien, &nouveau)));
    }
}

#[test]
fn nature_inverse_est_une_involution() {
    for n in Nature::TOUTES {
        assert_eq!(n.inverse().inverse(), *n);
    }
}

#[test]
fn grands_modeles_en_temps_raisonnable() {
    // 300 removed and 300 added fields of one form in one block, with close
    // labels: the assignment runs on a 300 × 300 matrix; a code list of
    // 20 000 values with one removed.
    let champs = |prefixe: &str, suffixe: &str| -> Vec<Value> {
        (0..300)
            .map(|i| json!({ "code": format!("{prefixe}{i}"), "libelle": format!("Indicateur {i} {suffixe}"), "type": "entier" }))
            .collect()
    };
    let valeurs = |n: usize| -> Vec<Value> {
        (0..n)
            .map(|i| json!({ "code": format!("V{i}"), "libelle": format!("Valeur {i}") }))
            .collect()
    };
    let m = |prefixe: &str, suffixe: &str, n: usize| {
        json!({
            "campagne": { "id": "G", "libelle": "G", "module": "G" },
            "modele": { "code": "G", "version": prefixe, "niveau": "structure" },
            "nomenclatures": [ { "code": "l", "libelle": "L", "valeurs": valeurs(n) } ],
            "blocs": [ { "code": "b", "libelle": "B", "champs": champs(prefixe, suffixe) } ]
        })
    };
    let debut = std::time::Instant::now();
    let r = comparer(
        &m("a", "de l'année", 20_000),
        &m("b", "de l'annee.", 19_999),
    );
    assert_eq!(
        r.ecarts
            .iter()
            .filter(|e| e.nature == Nature::ChampRenomme)
            .count(),
        300
    );
    // Each to its own: a{i} → b{i}.
    for e in r.ecarts.iter().filter(|e| e.nature == Nature::ChampRenomme) {
        let avant = e.avant.as_ref().unwrap()["code"].to_string();
        assert_eq!(avant[1..], e.cible[1..], "{e:#?}");
    }
    assert_eq!(
        r.ecarts
            .iter()
            .filter(|e| e.nature == Nature::ValeurSupprimee)
            .count(),
        1
    );
    assert!(debut.elapsed().as_secs() < 60, "{:?}", debut.elapsed());
}

#[test]
fn beaucoup_de_blocs_renommes_en_temps_raisonnable() {
    // 2 000 root blocks renamed at once, each keeping its only field.
    let m = |prefixe: &str| {
        let blocs: Vec<Value> = (0..2000)
            .map(|i| {
                json!({ "code": format!("{prefixe}{i}"), "libelle": format!("Bloc {i}"), "champs": [
                { "code": format!("f{i}"), "libelle": format!("Champ {i}"), "type": "entier" } ] })
            })
            .collect();
        json!({
            "campagne": { "id": "G", "libelle": "G", "module": "G" },
            "modele": { "code": "G", "version": prefixe, "niveau": "structure" },
            "blocs": blocs
        })
    };
    let debut = std::time::Instant::now();
    let r = comparer(&m("a"), &m("b"));
    assert_eq!(r.ecarts.len(), 2000, "{:#?}", &r.ecarts[..3]);
    for e in &r.ecarts {
        assert_eq!(e.nature, Nature::BlocRenomme);
        assert_eq!(
            e.avant.as_ref().unwrap()["code"].to_string()[1..],
            e.cible[1..]
        );
    }
    assert!(debut.elapsed().as_secs() < 20, "{:?}", debut.elapsed());
}
