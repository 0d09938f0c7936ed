//! Fields: added, removed, renamed, moved, and every property of a field
//! kept (requirement, type and its constraints, labels, marks).

use super::{Comparaison, Limites, par_code};
use crate::diff::changement::{Changement as C, Genre, Limite, Objet, Quantite};
use crate::model::{Champ, InfoChamp, TypeChamp};
use sidoba::Decimal;
use std::collections::BTreeSet;

impl<'m> Comparaison<'_, 'm> {
    pub(super) fn champs(&mut self) {
        let (a, n) = (self.a, self.n);
        for i in n.champs_en_ordre() {
            let code = i.champ.code.as_str();
            if let Some(ia) = a.champs.get(code) {
                if !self.meme_bloc(Some(ia.bloc), Some(i.bloc)) {
                    self.deplacement(ia, i);
                }
                self.comparer_champ(ia, i);
            } else if let Some(ia) = self.renommes.get(code).and_then(|c| a.champs.get(c)) {
                let c = C::ChampRenomme {
                    avant: ia.champ,
                    apres: i.champ,
                };
                self.constat(code, &i.chemin, c);
                self.comparer_champ(ia, i);
            } else if self.bloc_ancien(i.bloc).is_some() {
                self.constat(code, &i.chemin, C::ChampAjoute { champ: i.champ });
            }
        }
        let renommes: BTreeSet<&str> = self.renommes.values().copied().collect();
        for i in a.champs_en_ordre() {
            let code = i.champ.code.as_str();
            if n.champs.contains_key(code)
                || renommes.contains(code)
                || self.bloc_nouveau(i.bloc).is_none()
            {
                continue;
            }
            self.constat(code, &i.chemin, C::ChampSupprime { champ: i.champ });
        }
    }

    fn deplacement(&mut self, ia: &InfoChamp<'m>, i: &InfoChamp<'m>) {
        let c = C::ChampDeplace {
            champ: i.champ,
            de: self.a.libelle_bloc(ia.bloc),
            vers: self.n.libelle_bloc(i.bloc),
            lignes: self.lignes(ia.ligne, i.ligne),
            chemin_avant: ia.chemin.clone(),
            chemin_apres: i.chemin.clone(),
        };
        self.constat(&i.champ.code, &i.chemin, c);
    }

    fn comparer_champ(&mut self, ia: &InfoChamp<'m>, i: &InfoChamp<'m>) {
        let (a, b): (&'m Champ, &'m Champ) = (ia.champ, i.champ);
        let (cible, chemin, nom) = (b.code.as_str(), i.chemin.as_str(), b.libelle.as_str());
        let pousser = |s: &mut Self, c| s.constat(cible, chemin, c);
        if a.obligatoire != b.obligatoire {
            let devenu = b.obligatoire;
            pousser(self, C::Obligatoire { nom, devenu });
        }
        self.types(cible, chemin, nom, &a.type_, &b.type_);
        if a.libelle != b.libelle {
            let (avant, apres) = (&a.libelle, &b.libelle);
            let objet = Objet::Champ;
            pousser(
                self,
                C::Libelle {
                    objet,
                    avant,
                    apres,
                },
            );
        }
        if a.description != b.description {
            let c = C::Description {
                objet: Objet::Champ,
                nom,
                avant: a.description.as_ref(),
                apres: b.description.as_ref(),
            };
            pousser(self, c);
        }
        if a.unite != b.unite {
            let (avant, apres) = (a.unite.as_ref(), b.unite.as_ref());
            pousser(self, C::Unite { nom, avant, apres });
        }
        if a.donnee_personnelle != b.donnee_personnelle {
            let devenue = b.donnee_personnelle;
            pousser(self, C::DonneePersonnelle { nom, devenue });
        }
        if a.deprecie != b.deprecie {
            let devenu = b.deprecie;
            pousser(self, C::Deprecie { nom, devenu });
        }
    }

    fn types(
        &mut self,
        cible: &str,
        chemin: &str,
        nom: &'m str,
        ta: &'m TypeChamp,
        tb: &'m TypeChamp,
    ) {
        use TypeChamp as T;
        let d = |x: &Option<i64>| x.map(Decimal::from);
        let type_modifie = C::Type {
            nom,
            avant: ta,
            apres: tb,
        };
        match (ta, tb) {
            (T::Entier { min: a0, max: a1 }, T::Entier { min: b0, max: b1 }) => {
                use crate::usager::questionnaire::entier_32_bits;
                let bascule = entier_32_bits(*a0, *a1) != entier_32_bits(*b0, *b1);
                let (a, b) = ((d(a0), d(a1)), (d(b0), d(b1)));
                self.bornes_nombres(cible, chemin, (nom, bascule), a, b);
            }
            (
                T::Decimal {
                    decimales: da,
                    min: a0,
                    max: a1,
                },
                T::Decimal {
                    decimales: db,
                    min: b0,
                    max: b1,
                },
            ) => {
                if da != db {
                    let c = C::Decimales {
                        nom,
                        avant: *da,
                        apres: *db,
                    };
                    self.constat(cible, chemin, c);
                }
                self.bornes_nombres(cible, chemin, (nom, false), (*a0, *a1), (*b0, *b1));
            }
            (
                T::Entier { min: a0, max: a1 },
                T::Decimal {
                    min: b0, max: b1, ..
                },
            ) => {
                self.constat(cible, chemin, type_modifie);
                self.bornes_nombres(cible, chemin, (nom, false), (d(a0), d(a1)), (*b0, *b1));
            }
            (
                T::Decimal {
                    min: a0, max: a1, ..
                },
                T::Entier { min: b0, max: b1 },
            ) => {
                self.constat(cible, chemin, type_modifie);
                self.bornes_nombres(cible, chemin, (nom, false), (*a0, *a1), (d(b0), d(b1)));
            }
            (
                T::Texte {
                    longueur_min: a0,
                    longueur_max: a1,
                    motif: ma,
                },
                T::Texte {
                    longueur_min: b0,
                    longueur_max: b1,
                    motif: mb,
                },
            ) => {
                let mut l = Limites::default();
                let q = |n: &u64| Quantite::Compte(*n);
                // No longueurMin is a minimum of 0.
                let (a0, b0) = (a0.unwrap_or(0), b0.unwrap_or(0));
                if a0 != b0 {
                    l.comparer(Limite::LongueurMin, Some(&a0), Some(&b0), q);
                }
                l.comparer(Limite::LongueurMax, a1.as_ref(), b1.as_ref(), q);
                self.limites(l, Genre::Longueur, nom, cible, chemin);
                if ma != mb {
                    let (avant, apres) = (ma.as_ref(), mb.as_ref());
                    self.constat(cible, chemin, C::Motif { nom, avant, apres });
                }
            }
            (T::Booleen, T::Booleen) => {}
            (T::Date { min: a0, max: a1 }, T::Date { min: b0, max: b1 }) => {
                let mut l = Limites::default();
                let q = |d: &sidoba::Date| Quantite::Date(*d);
                l.comparer(Limite::Min, a0.as_ref(), b0.as_ref(), q);
                l.comparer(Limite::Max, a1.as_ref(), b1.as_ref(), q);
                self.limites(l, Genre::Bornes, nom, cible, chemin);
            }
            (
                T::Code {
                    nomenclature: na,
                    multiple: ma,
                },
                T::Code {
                    nomenclature: nb,
                    multiple: mb,
                },
            ) => {
                if na != nb {
                    self.nomenclature_changee(cible, chemin, nom, na, nb);
                }
                if ma != mb {
                    let devenu = *mb;
                    self.constat(cible, chemin, C::Multiple { nom, devenu });
                }
            }
            _ => self.constat(cible, chemin, type_modifie),
        }
    }

    fn bornes_nombres(
        &mut self,
        cible: &str,
        chemin: &str,
        nom: (&'m str, bool),
        a: (Option<Decimal>, Option<Decimal>),
        b: (Option<Decimal>, Option<Decimal>),
    ) {
        let mut l = Limites::default();
        let q = |d: &Decimal| Quantite::Nombre(*d);
        l.comparer(Limite::Min, a.0.as_ref(), b.0.as_ref(), q);
        l.comparer(Limite::Max, a.1.as_ref(), b.1.as_ref(), q);
        self.limites_32(l, Genre::Bornes, nom, cible, chemin);
    }

    /// A `code` field pointing to another list: breaking when a value
    /// accepted by the old list is not accepted by the new one.
    fn nomenclature_changee(
        &mut self,
        cible: &str,
        chemin: &str,
        nom: &'m str,
        na: &'m str,
        nb: &'m str,
    ) {
        let (la, lb) = (
            self.a.modele.nomenclature(na),
            self.n.modele.nomenclature(nb),
        );
        let perdues = match (la, lb) {
            (Some(la), Some(lb)) => {
                let nouvelles = par_code(&lb.valeurs, |v| &v.code);
                Some(
                    la.valeurs
                        .iter()
                        .filter(|v| {
                            v.actif && !nouvelles.get(v.code.as_str()).is_some_and(|w| w.actif)
                        })
                        .map(|v| v.code.as_str())
                        .collect(),
                )
            }
            _ => None,
        };
        let c = C::NomenclatureChangee {
            nom,
            avant: (na, la),
            apres: (nb, lb),
            perdues,
        };
        self.constat(cible, chemin, c);
    }
}
