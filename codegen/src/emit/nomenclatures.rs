//! One enum per code list, as text: the documented variants; what every
//! enum shares comes from the runtime's `nomenclature!` (see `tables.rs`).

use super::docs::texte;
use crate::naming::Noms;
use sidoba_core::model::Nomenclature;

pub fn enumeration(out: &mut String, n: &Nomenclature, noms: &Noms) {
    let mut doc = vec![format!(
        "{} (nomenclature {}).",
        texte(&n.libelle),
        texte(&n.code)
    )];
    if let Some(r) = &n.reference {
        doc.push(String::new());
        doc.push(format!("Référence : {}.", texte(r)));
    }
    if n.valeurs.iter().any(|v| !v.actif) {
        doc.push(String::new());
        doc.push("Les valeurs inactives se lisent encore dans d'anciennes données mais sont refusées par la validation.".into());
    }
    super::texte::doc(out, "", &doc);
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]\n");
    out.push_str("#[allow(clippy::enum_variant_names)]\n");
    out.push_str(&format!("pub enum {} {{\n", noms.nomenclature(&n.code)));
    for v in &n.valeurs {
        let mut d = format!("{} : {}", texte(&v.code), texte(&v.libelle));
        if !v.actif {
            d.push_str(" (**inactive** : refusée dans un nouveau rapport)");
        }
        super::texte::doc(out, "    ", &[d]);
        out.push_str(&format!("    {},\n", noms.variante(&n.code, &v.code)));
    }
    out.push_str("}\n");
}

/// The enum's shared methods and its list (`nomenclature!`).
pub fn plomberie(out: &mut String, n: &Nomenclature, noms: &Noms) {
    let valeurs = sidoba_core::description::valeurs(n);
    let description = sidoba_core::description::nomenclature(n, &valeurs);
    let variantes: Vec<&str> = n
        .valeurs
        .iter()
        .map(|v| noms.variante(&n.code, &v.code))
        .collect();
    out.push_str(&super::descripteurs::nomenclature(
        noms.nomenclature(&n.code),
        &description,
        &variantes,
    ));
}
