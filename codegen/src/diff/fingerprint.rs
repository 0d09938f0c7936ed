//! Stable fingerprints of changes, for acknowledging reviewed ones.
//!
//! The fingerprint is the first 12 hex digits of the SHA-256 of a canonical
//! serialisation of (nature, cible, chemin, avant, apres): the compact JSON
//! array `["nature","cible","chemin",avant,apres]`, property keys in byte
//! order (they live in a `BTreeMap`), numbers in their exact plain text,
//! strings escaped the one way `sidoba::ecriture::chaine` does, absent
//! `avant`/`apres` as `null`. Nothing in it depends on the machine, the run,
//! the message wording or the file's layout, so a reviewed change keeps its
//! fingerprint as long as the change itself is the same.

use super::gate::LONGUEUR_EMPREINTE;
use super::{Nature, Proprietes};
use sha2::{Digest, Sha256};

/// The canonical text that is hashed.
pub(super) fn canonique(
    nature: Nature,
    cible: &str,
    chemin: &str,
    avant: Option<&Proprietes>,
    apres: Option<&Proprietes>,
) -> String {
    let mut s = String::new();
    s.push('[');
    sidoba::ecriture::chaine(&mut s, nature.code());
    s.push(',');
    sidoba::ecriture::chaine(&mut s, cible);
    s.push(',');
    sidoba::ecriture::chaine(&mut s, chemin);
    for p in [avant, apres] {
        s.push(',');
        match p {
            None => s.push_str("null"),
            Some(p) => {
                s.push('{');
                for (i, (k, v)) in p.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    sidoba::ecriture::chaine(&mut s, k);
                    s.push(':');
                    v.ecrire(&mut s);
                }
                s.push('}');
            }
        }
    }
    s.push(']');
    s
}

pub(super) fn empreinte(
    nature: Nature,
    cible: &str,
    chemin: &str,
    avant: Option<&Proprietes>,
    apres: Option<&Proprietes>,
) -> String {
    let h = Sha256::digest(canonique(nature, cible, chemin, avant, apres).as_bytes());
    let mut hex: String = h.iter().map(|b| format!("{b:02x}")).collect();
    hex.truncate(LONGUEUR_EMPREINTE);
    hex
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::ValeurJson;

    #[test]
    fn canonical_text_and_known_value() {
        let mut avant = Proprietes::new();
        avant.insert("max".into(), ValeurJson::Nombre("1000".into()));
        let mut apres = Proprietes::new();
        apres.insert("max".into(), ValeurJson::Nombre("900".into()));
        let c = canonique(
            Nature::BorneResserree,
            "gmp",
            "capacite",
            Some(&avant),
            Some(&apres),
        );
        assert_eq!(
            c,
            r#"["borne_resserree","gmp","capacite",{"max":1000},{"max":900}]"#
        );
        let e = empreinte(
            Nature::BorneResserree,
            "gmp",
            "capacite",
            Some(&avant),
            Some(&apres),
        );
        assert_eq!(e.len(), 12);
        // Pinned: a change of this value breaks every acknowledgement file.
        assert_eq!(e, "d77843ae878c");
        assert_ne!(
            e,
            empreinte(
                Nature::BorneRelachee,
                "gmp",
                "capacite",
                Some(&avant),
                Some(&apres)
            )
        );
    }
}
