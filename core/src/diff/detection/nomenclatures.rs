//! Code lists kept on both sides: labels, references and values.

use super::{Comparaison, par_code};
use crate::diff::changement::{Changement as C, Objet};
use crate::model::Nomenclature;
use std::collections::BTreeSet;

impl<'m> Comparaison<'_, 'm> {
    pub(super) fn nomenclatures(&mut self) {
        let (ma, mn) = (self.a.modele, self.n.modele);
        let mut vues = BTreeSet::new();
        for ln in &mn.nomenclatures {
            if !vues.insert(ln.code.as_str()) {
                continue;
            }
            let Some(la) = ma.nomenclature(&ln.code) else {
                continue;
            };
            let cible = ln.code.as_str();
            if la.libelle != ln.libelle {
                let c = C::Libelle {
                    objet: Objet::Nomenclature,
                    avant: &la.libelle,
                    apres: &ln.libelle,
                };
                self.constat(cible, "", c);
            }
            if la.reference != ln.reference {
                let c = C::Reference {
                    nom: &ln.libelle,
                    avant: la.reference.as_ref(),
                    apres: ln.reference.as_ref(),
                };
                self.constat(cible, "", c);
            }
            self.valeurs(la, ln);
        }
    }

    fn valeurs(&mut self, la: &'m Nomenclature, ln: &'m Nomenclature) {
        let nom = ln.libelle.as_str();
        let (anciennes, nouvelles) = (
            par_code(&la.valeurs, |v| &v.code),
            par_code(&ln.valeurs, |v| &v.code),
        );
        let mut vues = BTreeSet::new();
        for v in &ln.valeurs {
            if !vues.insert(v.code.as_str()) {
                continue;
            }
            let cible = format!("{}:{}", ln.code, v.code);
            match anciennes.get(v.code.as_str()) {
                None => self.constat(&cible, "", C::ValeurAjoutee { nom, valeur: v }),
                Some(w) => {
                    if w.actif != v.actif {
                        self.constat(&cible, "", C::ValeurActivite { nom, valeur: v });
                    }
                    if w.libelle != v.libelle {
                        let c = C::Libelle {
                            objet: Objet::Valeur {
                                code: &v.code,
                                nomenclature: nom,
                            },
                            avant: &w.libelle,
                            apres: &v.libelle,
                        };
                        self.constat(&cible, "", c);
                    }
                }
            }
        }
        let mut vues = BTreeSet::new();
        for w in &la.valeurs {
            if !vues.insert(w.code.as_str()) || nouvelles.contains_key(w.code.as_str()) {
                continue;
            }
            let cible = format!("{}:{}", ln.code, w.code);
            self.constat(&cible, "", C::ValeurSupprimee { nom, valeur: w });
        }
    }
}
