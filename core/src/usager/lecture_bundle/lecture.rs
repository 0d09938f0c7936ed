//! The resources sorted by role (structure, professionals, persons and
//! what is about each of them), and the collection file rebuilt from them.

use super::entrees::{Index, Ressource};
use super::personne::{Personne, Personnes};
use super::professionnels::Professionnels;
use super::{BundleLu, Genre, Lecteur, chaine, champ, ou, q, tddui};
use crate::model::Modele;
use crate::model::json::{self, Object, Value};
use sidoba::usager::DateHeure;
use std::collections::BTreeMap;

pub(super) struct Lecture<'m, 'l, 't, 'a, 'v> {
    m: &'m Modele,
    l: &'l mut Lecteur<'t>,
    bundle: &'a Object<'v>,
    res: Vec<Ressource<'a, 'v>>,
}

impl<'m, 'l, 't, 'a, 'v> Lecture<'m, 'l, 't, 'a, 'v> {
    pub fn new(
        m: &'m Modele,
        l: &'l mut Lecteur<'t>,
        bundle: &'a Object<'v>,
        res: Vec<Ressource<'a, 'v>>,
    ) -> Lecture<'m, 'l, 't, 'a, 'v> {
        Lecture { m, l, bundle, res }
    }

    fn de_type(&self, t: &str) -> Vec<usize> {
        (0..self.res.len())
            .filter(|i| self.res[*i].type_ == t)
            .collect()
    }

    /// An event Encounter: declared so, or part of another Encounter, or
    /// identified in the event system.
    fn est_evenement(&self, r: usize) -> bool {
        let r = &self.res[r];
        r.declare(tddui::PROFIL_EVENEMENT)
            || champ(r.o, "partOf").is_some()
            || ou(champ(r.o, "identifier"), "system", tddui::SYSTEME_EVENEMENT).is_some()
    }

    pub fn lire(self) -> Option<BundleLu> {
        let index = Index::new(&self.res);
        self.lire_avec(&index)
    }

    fn lire_avec(mut self, index: &Index<'_>) -> Option<BundleLu> {
        let encounters = self.de_type("Encounter");
        let (structure, finess) = self.structure(index, &encounters);
        let pros = Professionnels::lire(&mut *self.l, &self.res, finess.as_deref());
        let patients = self.de_type("Patient");
        let qrs = self.de_type("QuestionnaireResponse");
        let docs = self.de_type("DocumentReference");
        let genre = if qrs.is_empty() && !docs.is_empty() {
            Genre::Ws07
        } else {
            Genre::Ws09
        };
        if !qrs.is_empty() && !docs.is_empty() {
            let r = &self.res[docs[0]];
            self.l.erreur(
                r.o.range.start,
                &r.ptr,
                "un Bundle porte des QuestionnaireResponse (WS09) ou des DocumentReference (WS07), pas les deux",
            );
        }
        // Who each Encounter, QuestionnaireResponse, DocumentReference is about.
        let mut sujets: BTreeMap<usize, Personne> = BTreeMap::new();
        for &p in &patients {
            sujets.insert(p, Personne::default());
        }
        for r in encounters.iter().chain(&qrs).chain(&docs).copied() {
            let Some(p) = self.sujet(index, r) else {
                continue;
            };
            let Some(s) = sujets.get_mut(&p) else {
                continue;
            };
            match self.res[r].type_ {
                "Encounter" if self.est_evenement(r) => s.evenements.push(r),
                "Encounter" => s.sejours.push(r),
                "QuestionnaireResponse" => s.reponses.push(r),
                _ => s.documents.push(r),
            }
        }
        let informations = self.informations();
        let mut p = Personnes::new(self.m, finess.as_deref(), genre, &self.res, index, &pros);
        for (i, pat) in patients.iter().enumerate() {
            let s = sujets.remove(pat).unwrap_or_default();
            p.personne(&mut *self.l, i, *pat, &s);
        }
        let timestamp = match champ(self.bundle, "timestamp") {
            None => None,
            Some(Value::StringLit(t)) if t.value.parse::<DateHeure>().is_ok() => {
                Some(t.value.as_ref())
            }
            Some(v) => {
                self.l.erreur(
                    json::debut(v),
                    "/timestamp",
                    "« timestamp » doit être une date-heure avec son décalage (la date de production)",
                );
                None
            }
        };
        p.fin(structure, timestamp, informations)
    }

    /// The Patient a resource is about (`subject`), which must be in the Bundle.
    fn sujet(&mut self, index: &Index<'_>, r: usize) -> Option<usize> {
        let res = &self.res[r];
        let ptr = format!("{}/subject", res.ptr_ressource());
        match index.cible(&self.res, r, res.o, "subject") {
            Ok(Some(c)) if self.res[c].type_ == "Patient" => Some(c),
            Ok(Some(_)) => {
                self.l.erreur(
                    res.o.range.start,
                    &ptr,
                    "« subject » doit désigner un Patient du Bundle",
                );
                None
            }
            Ok(None) => {
                self.l.erreur(
                    res.o.range.start,
                    &ptr,
                    format!(
                        "« subject » absent : la ressource {} ne se rattache à aucune personne",
                        res.type_
                    ),
                );
                None
            }
            Err(()) => {
                self.l.erreur(
                    res.o.range.start,
                    &ptr,
                    format!(
                        "« subject » désigne un Patient qui n'est pas dans le Bundle : la ressource {} ne se rattache à aucune personne",
                        res.type_
                    ),
                );
                None
            }
        }
    }

    /// The structure: the Organization the stays name as `serviceProvider`,
    /// else the one with an IDNST identifier, else the only one; its FINESS
    /// is that identifier's value without its `1`.
    fn structure(
        &mut self,
        index: &Index<'_>,
        encounters: &[usize],
    ) -> (Option<String>, Option<String>) {
        let orgs = self.de_type("Organization");
        let par_sejour = encounters
            .iter()
            .find_map(|&e| {
                index
                    .cible(&self.res, e, self.res[e].o, "serviceProvider")
                    .ok()
                    .flatten()
            })
            .filter(|c| self.res[*c].type_ == "Organization");
        let choisie = par_sejour
            .or_else(|| {
                orgs.iter()
                    .copied()
                    .find(|&o| idnst(self.res[o].o).is_some())
            })
            .or_else(|| (orgs.len() == 1).then(|| orgs[0]));
        let Some(o) = choisie else {
            self.l.erreur(
                0,
                "/entry",
                "le Bundle n'a pas d'Organization de la structure (identifiant IDNST « 1 » + FINESS, désignée par le « serviceProvider » des séjours)",
            );
            return (None, None);
        };
        let r = &self.res[o];
        let finess = match idnst(r.o) {
            Some(v) if v.len() == 10 && v.starts_with(tddui::PREFIXE_FINESS) => {
                Some(v[tddui::PREFIXE_FINESS.len()..].to_owned())
            }
            _ => {
                self.l.erreur(
                    r.o.range.start,
                    &format!("{}/identifier", r.ptr_ressource()),
                    format!(
                        "l'Organization de la structure a un identifiant de système « {} » dont la valeur est « {} » suivi des 9 caractères du FINESS",
                        tddui::SYSTEME_FINESS,
                        tddui::PREFIXE_FINESS
                    ),
                );
                None
            }
        };
        let mut s = vec![format!("\"finess\":{}", q(finess.as_deref().unwrap_or("")))];
        if let Some(n) = champ(r.o, "name") {
            s.push(format!("\"raisonSociale\":{}", self.l.brut(n)));
        }
        (Some(format!("{{{}}}", s.join(","))), finess)
    }

    /// One line per type of the guide's slices that is not turned into
    /// data, and per type outside the guide.
    fn informations(&self) -> Vec<String> {
        let lus = [
            "Patient",
            "Organization",
            "Encounter",
            "Practitioner",
            "QuestionnaireResponse",
            "DocumentReference",
        ];
        let mut comptes: BTreeMap<&str, usize> = BTreeMap::new();
        for r in &self.res {
            if !lus.contains(&r.type_) {
                *comptes.entry(r.type_).or_default() += 1;
            }
        }
        comptes
            .into_iter()
            .map(|(t, n)| {
                let pluriel = if n > 1 { "s" } else { "" };
                if tddui::NON_LUS.contains(&t) {
                    format!(
                        "{n} ressource{pluriel} {t} : reconnue{pluriel} (tranche du profil tddui-bundle), non reprise{pluriel} dans le fichier de collecte"
                    )
                } else {
                    format!(
                        "{n} ressource{pluriel} {t} : hors des tranches du profil tddui-bundle, ignorée{pluriel}"
                    )
                }
            })
            .collect()
    }
}

/// The value of an Organization's IDNST identifier.
fn idnst<'a>(o: &'a Object<'_>) -> Option<&'a str> {
    ou(champ(o, "identifier"), "system", tddui::SYSTEME_FINESS)
        .and_then(|i| chaine(champ(i, "value")))
}
