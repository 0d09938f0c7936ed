//! A model compiled once into tables for the model-driven validator: each
//! struct's members as a flat list (fields by index, tables with their
//! rows' shape), its keys sorted for reading, code lists and motifs built
//! once (a motif's regex is compiled once per process, [`super::motifs`]), rules
//! flattened into a postfix program over member indices
//! ([`super::regles`]). Validating a payload walks these tables; nothing
//! of the model tree is looked up by name per payload.

use super::motifs::MotifPlan;
use super::programme::Regle;
use crate::forme::{self, Membre as MembreForme};
use crate::model::{self, Modele, TypeChamp};
use sidoba::__private_v1::descripteur as d;
use std::collections::{BTreeMap, HashMap};

/// Un modèle compilé pour la validation : construit une fois par modèle
/// ([`Plan::new`]), il valide autant de payloads qu'il faut
/// ([`Plan::valider`]) sans relire l'arbre du modèle. Le worker du bac à
/// sable en garde un par campagne ; [`super::valider`] en construit un à
/// chaque appel.
///
/// ```
/// # let texte = include_str!("../../../models/rama-2026.json");
/// # let source = sidoba_core::model::Source::depuis_octets("rama.json", texte.into()).unwrap();
/// # let (modele, _) = sidoba_core::model::charger(&source, false).unwrap();
/// # let payloads = [include_str!("../../../generated/tests/donnees/rama-2026.json")];
/// let plan = sidoba_core::validate::Plan::new(&modele);
/// for payload in payloads {
///     let constats = plan.valider(payload)?;
///     assert!(constats.valide());
/// }
/// # Ok::<(), sidoba::ErreurLecture>(())
/// ```
pub struct Plan<'m> {
    pub(crate) modele: &'m Modele,
    nomenclatures: Vec<Nomenclature<'m>>,
    motifs: Vec<MotifPlan<'m>>,
    pub(crate) champs: Vec<Champ<'m>>,
    /// Per forme (0: the report, then each repeatable block's row).
    pub(crate) formes: Vec<Forme<'m>>,
    pub(crate) regles: Vec<Regle>,
}

/// A code list: its values as the runtime describes them.
struct Nomenclature<'m> {
    source: &'m model::Nomenclature,
    valeurs: Box<[d::Valeur<'m>]>,
}

/// A field: the model's, with where its code list and motif are.
pub(crate) struct Champ<'m> {
    pub(crate) source: &'m model::Champ,
    /// Index in `Plan::nomenclatures` (a `code` field).
    nomenclature: Option<usize>,
    /// Index in `Plan::motifs` (a `texte` field with a motif).
    motif: Option<usize>,
}

/// One struct of the payload: the report, or a repeatable block's row.
pub(crate) struct Forme<'m> {
    /// The repeatable block (`None` for the report).
    pub(crate) bloc: Option<d::Bloc<'m>>,
    pub(crate) membres: Vec<Membre>,
    /// Keys in byte order with their member (`sidoba::__private_v1::lecture::Cles`).
    pub(crate) cles: Vec<(&'m str, usize)>,
    /// Keys in member order, to try the expected member first.
    pub(crate) ordre: Vec<&'m str>,
    /// Key → member, for names the rules (and walks over a read tree)
    /// resolve: one hash instead of a dichotomy of string comparisons.
    index: HashMap<&'m str, usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Membre {
    /// A field: its index in `Plan::champs`.
    Champ(usize),
    /// A table: the forme of its rows.
    Lignes(usize),
}

impl<'m> Plan<'m> {
    /// Compile le modèle `m` (un modèle vérifié, tel que
    /// [`crate::model::charger`] le rend). Les motifs sont compilés à leur
    /// premier usage, une fois par processus.
    pub fn new(m: &'m Modele) -> Plan<'m> {
        let nomenclatures: Vec<Nomenclature<'m>> = m
            .nomenclatures
            .iter()
            .map(|n| Nomenclature {
                source: n,
                valeurs: crate::description::valeurs(n).into_boxed_slice(),
            })
            .collect();
        let par_code: BTreeMap<&str, usize> = m
            .nomenclatures
            .iter()
            .enumerate()
            .map(|(i, n)| (n.code.as_str(), i))
            .collect();
        let formes_modele = forme::formes(m);
        // Forme of each repeatable block, by code (codes are unique).
        let forme_de: BTreeMap<&str, usize> = formes_modele
            .iter()
            .enumerate()
            .filter_map(|(i, f)| Some((f.bloc?.code.as_str(), i)))
            .collect();
        let mut champs = Vec::new();
        let mut motifs = Vec::new();
        let formes = formes_modele
            .iter()
            .map(|f| {
                let membres: Vec<Membre> = f
                    .membres
                    .iter()
                    .map(|mb| match mb {
                        MembreForme::Champ { champ, .. } => {
                            let (nomenclature, motif) = match &champ.type_ {
                                TypeChamp::Code { nomenclature, .. } => {
                                    (par_code.get(nomenclature.as_str()).copied(), None)
                                }
                                TypeChamp::Texte { motif: Some(s), .. } => {
                                    motifs.push(MotifPlan::new(s));
                                    (None, Some(motifs.len() - 1))
                                }
                                _ => (None, None),
                            };
                            champs.push(Champ {
                                source: champ,
                                nomenclature,
                                motif,
                            });
                            Membre::Champ(champs.len() - 1)
                        }
                        // A block's code names its forme (`forme::formes`).
                        MembreForme::Lignes(b) => {
                            Membre::Lignes(forme_de.get(b.code.as_str()).copied().unwrap_or(0))
                        }
                    })
                    .collect();
                let ordre: Vec<&str> = f.membres.iter().map(code_membre).collect();
                let mut cles: Vec<(&str, usize)> =
                    ordre.iter().enumerate().map(|(i, c)| (*c, i)).collect();
                cles.sort_unstable();
                let index = cles.iter().copied().collect();
                Forme {
                    bloc: f.bloc.map(crate::description::bloc),
                    membres,
                    cles,
                    ordre,
                    index,
                }
            })
            .collect();
        let mut plan = Plan {
            modele: m,
            nomenclatures,
            motifs,
            champs,
            formes,
            regles: Vec::new(),
        };
        plan.regles = (m.regles.iter().enumerate())
            .map(|(i, r)| Regle::new(&plan, i, r))
            .collect();
        plan
    }

    /// Runs `f` with the runtime's description of field `k` (the one
    /// generated code holds as a `static`), built on the stack: the
    /// runtime's reading and checking functions take it.
    pub(crate) fn avec_champ<R>(&self, k: usize, f: impl FnOnce(&d::Champ<'_>) -> R) -> R {
        self.avec_champ_motif(k, true, f)
    }

    /// [`Plan::avec_champ`], without its motif unless `motif`.
    pub(crate) fn avec_champ_motif<R>(
        &self,
        k: usize,
        motif: bool,
        f: impl FnOnce(&d::Champ<'_>) -> R,
    ) -> R {
        let c = &self.champs[k];
        let s = c.source;
        let nomenclature = c.nomenclature.map(|i| {
            let n = &self.nomenclatures[i];
            d::Nomenclature {
                code: &n.source.code,
                libelle: &n.source.libelle,
                reference: n.source.reference.as_deref(),
                valeurs: &n.valeurs,
            }
        });
        // A code list the model lacks (a checked model cannot) has no
        // values: every code is unknown.
        let motif = c.motif.filter(|_| motif).map(|i| &self.motifs[i].motif);
        f(&crate::description::champ(
            s,
            nomenclature.as_ref().unwrap_or(&crate::description::AUCUNE),
            motif,
        ))
    }

    /// Whether field `k`'s motif (if any) accepts `valeur`.
    pub(crate) fn motif_accepte(&self, k: usize, valeur: &str) -> bool {
        match self.champs[k].motif {
            Some(i) => self.motifs[i].accepte(valeur),
            None => true,
        }
    }

    /// The code of value `i` of field `k`'s list.
    pub(crate) fn code_valeur(&self, k: usize, i: usize) -> Option<&'m str> {
        let n = self.nomenclatures.get(self.champs.get(k)?.nomenclature?)?;
        Some(n.valeurs.get(i)?.code)
    }

    /// The position of `code` in field `k`'s list.
    pub(crate) fn index_valeur(&self, k: usize, code: &str) -> Option<usize> {
        let n = self.nomenclatures.get(self.champs.get(k)?.nomenclature?)?;
        n.valeurs.iter().position(|v| v.code == code)
    }

    /// Member `code` of forme `fi`.
    pub(crate) fn membre(&self, fi: usize, code: &str) -> Option<usize> {
        self.formes.get(fi)?.index.get(code).copied()
    }
}

fn code_membre<'m>(mb: &MembreForme<'m>) -> &'m str {
    match mb {
        MembreForme::Champ { champ, .. } => &champ.code,
        MembreForme::Lignes(b) => &b.code,
    }
}
