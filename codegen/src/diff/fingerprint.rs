//! Stable fingerprints of changes, for acknowledging reviewed ones.
//!
//! The fingerprint is the first 12 hex digits of the SHA-256 of a canonical
//! serialisation of (nature, impact, cible, chemin, avant, apres,
//! definition): the compact JSON array
//! `["nature","impact","cible","chemin",avant,apres,definition]`. Object
//! keys are in byte order (they live in `BTreeMap`s), numbers in their exact
//! plain text, strings escaped the one way `sidoba::__private_v1::ecriture::chaine` does,
//! absent `avant`/`apres`/`definition` as `null`.
//!
//! `definition` is, for an addition (`bloc_ajoute`, `champ_ajoute`,
//! `regle_ajoutee`, a new value of `valeur_ajoutee`), the whole definition
//! of what was added, as the model states it: a field with its label, help
//! text, type and every constraint, `obligatoire`, unit, personal-data and
//! deprecation marks; a block with its own keys, its fields and its
//! sub-blocks, recursively; a rule with its label, message, severity, block
//! and expression (in canonical form, so white space and redundant
//! parentheses do not count); a value with its label and `actif`. So an
//! acknowledged addition stops counting once anything in it changes (an
//! optional field that becomes required, a rule whose expression changes),
//! and so does any change whose impact changes.
//!
//! Nothing in it depends on the machine, the run, the message wording or
//! the file's layout (positions in the file are left out).

use super::gate::LONGUEUR_EMPREINTE;
use super::{Impact, Nature, Proprietes, ValeurJson};
use crate::model::{Bloc, Champ, Regle, Valeur};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// A JSON tree written canonically (keys in byte order, compact).
enum Def {
    Val(ValeurJson),
    Objet(BTreeMap<String, Def>),
    Liste(Vec<Def>),
}

impl Def {
    fn ecrire(&self, s: &mut String) {
        match self {
            Def::Val(v) => v.ecrire(s),
            Def::Objet(o) => {
                s.push('{');
                for (i, (k, v)) in o.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    sidoba::__private_v1::ecriture::chaine(s, k);
                    s.push(':');
                    v.ecrire(s);
                }
                s.push('}');
            }
            Def::Liste(l) => {
                s.push('[');
                for (i, v) in l.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    v.ecrire(s);
                }
                s.push(']');
            }
        }
    }

    fn texte(self) -> String {
        let mut s = String::new();
        self.ecrire(&mut s);
        s
    }
}

fn texte(s: &str) -> Def {
    Def::Val(ValeurJson::Texte(s.to_owned()))
}

fn texte_opt(s: Option<&String>) -> Def {
    s.map_or(Def::Val(ValeurJson::Nul), |s| texte(s))
}

fn booleen(b: bool) -> Def {
    Def::Val(ValeurJson::Booleen(b))
}

fn entier_opt(n: Option<u64>) -> Def {
    Def::Val(n.map_or(ValeurJson::Nul, |n| ValeurJson::Nombre(n.to_string())))
}

fn def_champ(c: &Champ) -> Def {
    let mut o = BTreeMap::new();
    o.insert("code".into(), texte(&c.code));
    o.insert("libelle".into(), texte(&c.libelle));
    o.insert("description".into(), texte_opt(c.description.as_ref()));
    // `type` and its own keys, flat as in the model.
    o.extend(
        super::proprietes::props_type(&c.type_)
            .into_iter()
            .map(|(k, v)| (k, Def::Val(v))),
    );
    o.insert("obligatoire".into(), booleen(c.obligatoire));
    o.insert("unite".into(), texte_opt(c.unite.as_ref()));
    o.insert("donneePersonnelle".into(), booleen(c.donnee_personnelle));
    o.insert("deprecie".into(), booleen(c.deprecie));
    Def::Objet(o)
}

fn def_bloc(b: &Bloc) -> Def {
    let mut o = BTreeMap::new();
    o.insert("code".into(), texte(&b.code));
    o.insert("libelle".into(), texte(&b.libelle));
    o.insert("description".into(), texte_opt(b.description.as_ref()));
    o.insert("repetable".into(), booleen(b.repetable));
    o.insert("minLignes".into(), entier_opt(b.min_lignes));
    o.insert("maxLignes".into(), entier_opt(b.max_lignes));
    o.insert(
        "champs".into(),
        Def::Liste(b.champs.iter().map(def_champ).collect()),
    );
    o.insert(
        "blocs".into(),
        Def::Liste(b.blocs.iter().map(def_bloc).collect()),
    );
    Def::Objet(o)
}

/// The canonical definition of an added field.
pub(super) fn champ(c: &Champ) -> String {
    def_champ(c).texte()
}

/// The canonical definition of an added block, with all it holds.
pub(super) fn bloc(b: &Bloc) -> String {
    def_bloc(b).texte()
}

/// The canonical definition of an added rule; the expression in canonical
/// form when it parses (always, in a checked model).
pub(super) fn regle(r: &Regle) -> String {
    let expression = crate::rules::forme_canonique(&r.expression).unwrap_or(r.expression.clone());
    let mut o = BTreeMap::new();
    o.insert("code".into(), texte(&r.code));
    o.insert("libelle".into(), texte_opt(r.libelle.as_ref()));
    o.insert("message".into(), texte(&r.message));
    o.insert("severite".into(), texte(r.severite.code()));
    o.insert("bloc".into(), texte_opt(r.bloc.as_ref()));
    o.insert("expression".into(), texte(&expression));
    Def::Objet(o).texte()
}

/// The canonical definition of an added code-list value.
pub(super) fn valeur(v: &Valeur) -> String {
    let mut o = BTreeMap::new();
    o.insert("code".into(), texte(&v.code));
    o.insert("libelle".into(), texte(&v.libelle));
    o.insert("actif".into(), booleen(v.actif));
    Def::Objet(o).texte()
}

/// What identifies a change, before hashing.
pub(super) struct Identite<'e> {
    pub nature: Nature,
    pub impact: Impact,
    pub cible: &'e str,
    pub chemin: &'e str,
    pub avant: Option<&'e Proprietes>,
    pub apres: Option<&'e Proprietes>,
    /// Canonical JSON of what was added, if anything.
    pub definition: Option<&'e str>,
}

/// The canonical text that is hashed.
pub(super) fn canonique(e: &Identite<'_>) -> String {
    let props = |p: Option<&Proprietes>| match p {
        None => Def::Val(ValeurJson::Nul),
        Some(p) => Def::Objet(
            p.iter()
                .map(|(k, v)| (k.clone(), Def::Val(v.clone())))
                .collect(),
        ),
    };
    let mut s = String::new();
    Def::Liste(vec![
        texte(e.nature.code()),
        texte(e.impact.code()),
        texte(e.cible),
        texte(e.chemin),
        props(e.avant),
        props(e.apres),
    ])
    .ecrire(&mut s);
    // Append the definition (already canonical JSON) as the last element.
    s.pop();
    s.push(',');
    s.push_str(e.definition.unwrap_or("null"));
    s.push(']');
    s
}

pub(super) fn empreinte(e: &Identite<'_>) -> String {
    let h = Sha256::digest(canonique(e).as_bytes());
    let mut hex: String = h.iter().map(|b| format!("{b:02x}")).collect();
    hex.truncate(LONGUEUR_EMPREINTE);
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    fn borne(nature: Nature, impact: Impact, definition: Option<&str>) -> (String, String) {
        let mut avant = Proprietes::new();
        avant.insert("max".into(), ValeurJson::Nombre("1000".into()));
        let mut apres = Proprietes::new();
        apres.insert("max".into(), ValeurJson::Nombre("900".into()));
        let id = Identite {
            nature,
            impact,
            cible: "gmp",
            chemin: "capacite/gmp",
            avant: Some(&avant),
            apres: Some(&apres),
            definition,
        };
        (canonique(&id), empreinte(&id))
    }

    #[test]
    fn canonical_text_and_known_value() {
        let (c, e) = borne(Nature::BorneResserree, Impact::Cassant, None);
        assert_eq!(
            c,
            r#"["borne_resserree","cassant","gmp","capacite/gmp",{"max":1000},{"max":900},null]"#
        );
        assert_eq!(e.len(), 12);
        // Pinned: a change of this value breaks every acknowledgement file.
        assert_eq!(e, "214aea1f239c");
        let autres = [
            borne(Nature::BorneRelachee, Impact::Cassant, None).1,
            borne(Nature::BorneResserree, Impact::AVerifier, None).1,
            borne(Nature::BorneResserree, Impact::Cassant, Some("{}")).1,
        ];
        assert!(!autres.contains(&e));
    }

    #[test]
    fn definitions_are_canonical() {
        let v = Valeur {
            code: "A\"B".into(),
            libelle: "Élan".into(),
            actif: false,
            lieu: Default::default(),
        };
        assert_eq!(
            valeur(&v),
            r#"{"actif":false,"code":"A\"B","libelle":"Élan"}"#
        );
        let c = Champ {
            code: "x".into(),
            libelle: "X".into(),
            description: None,
            type_: crate::model::TypeChamp::Decimal {
                decimales: 2,
                min: Some("0.10".parse().unwrap()),
                max: None,
            },
            obligatoire: true,
            unite: None,
            donnee_personnelle: false,
            deprecie: false,
            role: None,
            lieu: Default::default(),
        };
        // Flat as in the model, keys in byte order, exact decimals.
        assert_eq!(
            champ(&c),
            r#"{"code":"x","decimales":2,"deprecie":false,"description":null,"donneePersonnelle":false,"libelle":"X","min":0.1,"obligatoire":true,"type":"decimal","unite":null}"#
        );
    }
}
