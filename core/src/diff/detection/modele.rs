//! The model itself: level, label, order of the top-level blocks, and a
//! version left unchanged despite breaking changes.

use super::Comparaison;
use crate::diff::Impact;
use crate::diff::changement::Changement as C;
use crate::diff::impact::impact;

impl Comparaison<'_, '_> {
    pub(super) fn modele(&mut self) {
        let (a, n) = (self.a, self.n);
        let (ma, mn) = (a.modele, n.modele);
        let code = mn.identite.code.as_str();
        if ma.identite.niveau != mn.identite.niveau {
            let c = C::Niveau {
                avant: ma.identite.niveau,
                apres: mn.identite.niveau,
            };
            self.constat(code, "", c);
        }
        if ma.identite.libelle != mn.identite.libelle {
            let c = C::LibelleModele {
                avant: ma.identite.libelle.as_ref(),
                apres: mn.identite.libelle.as_ref(),
            };
            self.constat(code, "", c);
        }
        // Relative order of the top-level blocks kept at the top level, by
        // their NEW code.
        let racine_n = |c: &&str| n.blocs.get(c).is_some_and(|i| i.parent.is_none());
        let racine_a = |c: &&str| {
            self.bloc_ancien(c)
                .and_then(|o| a.blocs.get(o))
                .is_some_and(|i| i.parent.is_none())
        };
        let oa: Vec<&str> = ma
            .blocs
            .iter()
            .filter_map(|b| self.bloc_nouveau(&b.code))
            .filter(racine_n)
            .collect();
        let on: Vec<&str> = mn
            .blocs
            .iter()
            .map(|b| b.code.as_str())
            .filter(racine_a)
            .collect();
        if oa != on {
            self.constat(code, "", C::OrdreModele { blocs: (oa, on) });
        }
    }

    /// Breaking changes while the version stays the same.
    pub(super) fn version(&mut self) {
        let (ma, mn) = (self.a.modele, self.n.modele);
        let graves = self
            .out
            .iter()
            .filter(|c| impact(&c.changement) <= Impact::AVerifier)
            .count();
        if ma.identite.version != mn.identite.version || graves == 0 {
            return;
        }
        let c = C::VersionIncoherente {
            version: &mn.identite.version,
            graves,
        };
        self.constat(&mn.identite.code, "", c);
    }
}
