//! Reading a collection file's structure and persons from its JSON tree:
//! a fault of shape is a finding at its path; the checks of the values
//! are the runtime's, shared with the typed collection.

use crate::model::json::{self, Object, Value};
use sidoba::__private_v1::usager as u;
use sidoba::usager::{Identite, Ins, Personne, Sejour, Sexe, StatutIdentite, TypeIns};
use sidoba::{CodeConstat, Constat, Date};
use std::collections::BTreeSet;

/// Findings of the structure and the persons, in reading order.
pub(super) struct Lecture<'o> {
    pub(super) out: &'o mut Vec<Constat>,
    /// The paths a fault of shape was reported at: a shared check of the
    /// typed value built in its place does not report them again.
    pub(super) signales: BTreeSet<String>,
}

/// One value of an object read against its list of keys.
pub(super) type Valeurs<'a, 'v> = Vec<Option<&'a Value<'v>>>;

impl<'o> Lecture<'o> {
    pub(super) fn new(out: &'o mut Vec<Constat>) -> Lecture<'o> {
        Lecture {
            out,
            signales: BTreeSet::new(),
        }
    }

    pub(super) fn constat(&mut self, chemin: &str, code: CodeConstat, message: String) {
        self.signales.insert(chemin.to_owned());
        self.out
            .push(Constat::champ(chemin.to_owned(), code, message));
    }

    /// The findings of a shared check, but those at a path already
    /// reported for its shape or inside one (`professionnels[1]` covers
    /// `professionnels[1].nom`).
    pub(super) fn partages(&mut self, constats: Vec<Constat>) {
        let signales = &self.signales;
        let couvert = |chemin: &str| {
            signales.contains(chemin)
                || chemin
                    .match_indices(['.', '['])
                    .any(|(i, _)| signales.contains(&chemin[..i]))
        };
        self.out
            .extend(constats.into_iter().filter(|c| !couvert(&c.chemin)));
    }

    /// The values of `o` for `cles` (`null` counts as absent), unknown keys
    /// reported at their place.
    pub(super) fn objet<'a, 'v>(
        &mut self,
        o: &'a Object<'v>,
        cles: &[&str],
        chemin: &str,
    ) -> Valeurs<'a, 'v> {
        let mut v = vec![None; cles.len()];
        for p in &o.properties {
            match cles.iter().position(|c| *c == p.name.as_str()) {
                Some(i) => v[i] = (!matches!(p.value, Value::NullKeyword(_))).then_some(&p.value),
                None => self.constat(
                    &format!("{chemin}.{}", p.name.as_str()),
                    CodeConstat::ChampInconnu,
                    format!(
                        "La clé « {} » n'existe pas ici : les clés sont {}.",
                        p.name.as_str(),
                        cles.iter()
                            .map(|c| format!("« {c} »"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
            }
        }
        v
    }

    /// A required or optional string; its absence reported when required.
    pub(super) fn chaine<'a>(
        &mut self,
        v: Option<&'a Value<'_>>,
        chemin: &str,
        quoi: &str,
        requis: bool,
    ) -> Option<&'a str> {
        match v {
            Some(Value::StringLit(s)) => Some(s.value.as_ref()),
            Some(v) => {
                self.constat(
                    chemin,
                    CodeConstat::Type,
                    format!("{quoi} doit être une chaîne, reçu {}.", json::type_json(v)),
                );
                None
            }
            None => {
                if requis {
                    self.constat(
                        chemin,
                        CodeConstat::Obligatoire,
                        format!("{quoi} est obligatoire."),
                    );
                }
                None
            }
        }
    }

    pub(super) fn date(
        &mut self,
        v: Option<&Value<'_>>,
        chemin: &str,
        quoi: &str,
        requis: bool,
    ) -> Option<Date> {
        let s = self.chaine(v, chemin, quoi, requis)?;
        let d = s.parse::<Date>().ok();
        if d.is_none() {
            // Never the text: it may be a birth date.
            self.constat(
                chemin,
                CodeConstat::Type,
                format!("{quoi} doit être une date AAAA-MM-JJ existante."),
            );
        }
        d
    }

    /// The structure: its FINESS (required), and in format 2 its name and
    /// category.
    pub(super) fn structure(
        &mut self,
        o: &Object<'_>,
        format_2: bool,
        guide: &u::guide::Guide,
    ) -> Option<u::Structure> {
        let cles: &[&str] = if format_2 {
            &["finess", "raisonSociale", "categorie"]
        } else {
            &["finess"]
        };
        let v = self.objet(o, cles, "structure");
        let f = self.chaine(v[0], "structure.finess", "Le numéro FINESS", true);
        if let Some(f) = f {
            u::verifier_finess(f, "structure.finess", self.out);
        }
        let (mut nom, mut categorie) = (None, None);
        if format_2 {
            nom = self.chaine(v[1], "structure.raisonSociale", "La raison sociale", false);
            categorie = self.chaine(v[2], "structure.categorie", "La catégorie", false);
            let mut c = Vec::new();
            u::verifier_structure(categorie, guide, &mut c);
            self.partages(c);
        }
        Some(u::Structure {
            finess: u::Finess::new(f?).ok()?,
            raison_sociale: nom.map(str::to_owned),
            categorie: categorie.map(str::to_owned),
        })
    }

    /// One person: identifier, identity, stay, then (format 2) events and
    /// evaluations; its `donnees`, for the caller.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn personne<'a, 'v>(
        &mut self,
        o: &'a Object<'v>,
        chemin: &str,
        reference: u::DateHeure,
        vus: &mut BTreeSet<String>,
        format_2: bool,
        pros: &BTreeSet<&str>,
        guide: &u::guide::Guide,
    ) -> (Option<Personne>, Option<&'a Value<'v>>) {
        let cles: &[&str] = if format_2 {
            &[
                "identifiant",
                "identite",
                "sejour",
                "evenements",
                "evaluations",
                "donnees",
            ]
        } else {
            &["identifiant", "identite", "sejour", "donnees"]
        };
        let v = self.objet(o, cles, chemin);
        let c = |cle: &str| format!("{chemin}.{cle}");
        let identifiant = self.chaine(
            v[0],
            &c("identifiant"),
            "L'identifiant local de l'usager",
            true,
        );
        if let Some(id) = identifiant {
            u::verifier_identifiant_local(id, vus, &c("identifiant"), self.out);
        }
        let identite = self
            .sous_objet(v[1], &c("identite"), "L'identité de l'usager")
            .and_then(|o| self.identite(o, &c("identite"), reference.date()));
        let sejour = self
            .sous_objet(v[2], &c("sejour"), "Le séjour de l'usager")
            .and_then(|o| self.sejour(o, &c("sejour")));
        let (mut evenements, mut evaluations) = (Vec::new(), Vec::new());
        if format_2 {
            evenements = self.evenements(v[3], &c("evenements"), reference);
            let mut cs = Vec::new();
            let evts = u::verifier_evenements(&evenements, pros, reference, guide, chemin, &mut cs);
            evaluations = self.evaluations(v[4], &c("evaluations"), reference);
            u::verifier_evaluations(&evaluations, pros, &evts, reference, guide, chemin, &mut cs);
            self.partages(cs);
        }
        let personne = match (identifiant, identite, sejour) {
            (Some(id), Some(identite), Some(sejour)) => Some(Personne {
                identifiant: id.to_owned(),
                identite,
                sejour,
                evenements,
                evaluations,
            }),
            _ => None,
        };
        (personne, v[cles.len() - 1])
    }

    pub(super) fn sous_objet<'a, 'v>(
        &mut self,
        v: Option<&'a Value<'v>>,
        chemin: &str,
        quoi: &str,
    ) -> Option<&'a Object<'v>> {
        match v {
            Some(Value::Object(o)) => Some(o),
            Some(v) => {
                self.constat(
                    chemin,
                    CodeConstat::Type,
                    format!("{quoi} doit être un objet, reçu {}.", json::type_json(v)),
                );
                None
            }
            None => {
                self.constat(
                    chemin,
                    CodeConstat::Obligatoire,
                    format!("{quoi} est obligatoire."),
                );
                None
            }
        }
    }

    /// The identity, key by key in the contract's order; the typed value
    /// when every required key could be taken.
    fn identite(&mut self, o: &Object<'_>, chemin: &str, reference: Date) -> Option<Identite> {
        const CLES: [&str; 9] = [
            "statut",
            "ins",
            "nomNaissance",
            "prenomsNaissance",
            "premierPrenom",
            "sexe",
            "rangNaissance",
            "dateNaissance",
            "lieuNaissance",
        ];
        let v = self.objet(o, &CLES, chemin);
        let c = |cle: &str| format!("{chemin}.{cle}");
        let liste = |codes: &[&str]| {
            codes
                .iter()
                .map(|x| format!("« {x} »"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let statut = self
            .chaine(v[0], &c("statut"), "Le statut de l'identité", true)
            .and_then(|s| {
                let st = StatutIdentite::depuis_code(s);
                if st.is_none() {
                    self.constat(
                        &c("statut"),
                        CodeConstat::Nomenclature,
                        format!(
                            "Le statut de l'identité est l'un de {}.",
                            liste(&StatutIdentite::TOUS.map(StatutIdentite::code))
                        ),
                    );
                }
                st
            });
        // The INS: its shape, then its agreement with the status and its key.
        let mut ins_lu: Option<(Option<TypeIns>, &str)> = None;
        if let Some(iv) = v[1] {
            match iv {
                Value::Object(io) => {
                    let w = self.objet(io, &["type", "valeur"], &c("ins"));
                    let type_ = self
                        .chaine(w[0], &c("ins"), "Le type de l'INS", true)
                        .and_then(|t| {
                            let ty = TypeIns::depuis_code(t);
                            if ty.is_none() {
                                self.constat(
                                    &c("ins"),
                                    CodeConstat::Nomenclature,
                                    "Le type de l'INS est « NIR » ou « NIA ».".into(),
                                );
                            }
                            ty
                        });
                    if let Some(val) = self.chaine(w[1], &c("ins"), "La valeur de l'INS", true) {
                        ins_lu = Some((type_, val));
                    }
                }
                autre => self.constat(
                    &c("ins"),
                    CodeConstat::Type,
                    format!("L'INS doit être un objet, reçu {}.", json::type_json(autre)),
                ),
            }
        }
        let ins_present = v[1].is_some();
        u::verifier_statut_ins(statut, ins_present, chemin, self.out);
        if let Some((_, val)) = ins_lu {
            u::verifier_cle_ins(val, &c("ins"), self.out);
        }
        let nom = self.chaine(v[2], &c("nomNaissance"), "Le nom de naissance", true);
        if let Some(n) = nom {
            u::verifier_nom(n, &c("nomNaissance"), self.out);
        }
        let prenoms: Option<Vec<String>> = match v[3] {
            Some(Value::Array(a)) => {
                let mut ps = Vec::new();
                let mut ok = true;
                for e in &a.elements {
                    match e {
                        Value::StringLit(s) => ps.push(s.value.to_string()),
                        e => {
                            ok = false;
                            self.constat(
                                &c("prenomsNaissance"),
                                CodeConstat::Type,
                                format!(
                                    "Chaque prénom de naissance est une chaîne, reçu {}.",
                                    json::type_json(e)
                                ),
                            );
                        }
                    }
                }
                u::verifier_prenoms(
                    ps.iter().map(String::as_str),
                    &c("prenomsNaissance"),
                    self.out,
                );
                ok.then_some(ps)
            }
            Some(e) => {
                self.constat(
                    &c("prenomsNaissance"),
                    CodeConstat::Type,
                    format!(
                        "Les prénoms de naissance sont une liste de chaînes, reçu {}.",
                        json::type_json(e)
                    ),
                );
                None
            }
            None => {
                self.constat(
                    &c("prenomsNaissance"),
                    CodeConstat::Obligatoire,
                    "Les prénoms de naissance sont obligatoires.".into(),
                );
                None
            }
        };
        let premier = self.chaine(v[4], &c("premierPrenom"), "Le premier prénom", true);
        if let Some(p) = premier {
            u::verifier_prenom(p, &c("premierPrenom"), self.out);
        }
        let sexe = self
            .chaine(v[5], &c("sexe"), "Le sexe", true)
            .and_then(|s| {
                let x = Sexe::depuis_code(s);
                if x.is_none() {
                    self.constat(
                        &c("sexe"),
                        CodeConstat::Nomenclature,
                        "Le sexe est « F », « M » ou « I ».".into(),
                    );
                }
                x
            });
        let rang = match v[6] {
            None => Some(1),
            Some(Value::NumberLit(n)) => match n.value.parse::<i64>() {
                Ok(r) => {
                    u::verifier_rang_naissance(r, &c("rangNaissance"), self.out);
                    u32::try_from(r).ok().filter(|r| *r >= 1)
                }
                Err(_) => {
                    self.constat(
                        &c("rangNaissance"),
                        CodeConstat::Type,
                        "Le rang de naissance est un nombre entier.".into(),
                    );
                    None
                }
            },
            Some(e) => {
                self.constat(
                    &c("rangNaissance"),
                    CodeConstat::Type,
                    format!(
                        "Le rang de naissance est un nombre entier, reçu {}.",
                        json::type_json(e)
                    ),
                );
                None
            }
        };
        let naissance = self.date(v[7], &c("dateNaissance"), "La date de naissance", true);
        if let Some(d) = naissance {
            u::verifier_date_naissance(d, reference, &c("dateNaissance"), self.out);
        }
        let lieu = self.chaine(v[8], &c("lieuNaissance"), "Le lieu de naissance", false);
        let ins = match ins_lu {
            Some((Some(t), val)) => Some(Ins::new(t, val).ok()?),
            _ if ins_present => return None,
            _ => None,
        };
        let statut = statut?;
        if (statut == StatutIdentite::Qualifiee) != ins.is_some() {
            return None;
        }
        Some(Identite {
            statut,
            ins,
            nom_naissance: nom?.to_owned(),
            prenoms_naissance: prenoms?,
            premier_prenom: premier?.to_owned(),
            sexe: sexe?,
            rang_naissance: rang?,
            date_naissance: naissance.filter(|d| *d <= reference)?,
            lieu_naissance: lieu.map(str::to_owned),
        })
    }

    fn sejour(&mut self, o: &Object<'_>, chemin: &str) -> Option<Sejour> {
        let v = self.objet(o, &["identifiant", "debut", "fin"], chemin);
        let c = |cle: &str| format!("{chemin}.{cle}");
        let id = self.chaine(v[0], &c("identifiant"), "L'identifiant du séjour", true);
        if let Some(i) = id {
            u::verifier_identifiant_sejour(i, &c("identifiant"), self.out);
        }
        let debut = self.date(v[1], &c("debut"), "La date de début du séjour", true);
        let fin = self.date(v[2], &c("fin"), "La date de fin du séjour", false);
        if let Some(d) = debut {
            u::verifier_annee(d, &c("debut"), self.out);
        }
        if let Some(f) = fin {
            u::verifier_annee(f, &c("fin"), self.out);
        }
        if let Some(d) = debut {
            u::verifier_fin_sejour(d, fin, &c("fin"), self.out);
        }
        if v[2].is_some() && fin.is_none() {
            return None;
        }
        Some(Sejour {
            identifiant: id.filter(|i| !i.trim().is_empty())?.to_owned(),
            debut: debut?,
            fin: match (debut, fin) {
                (Some(d), Some(f)) if f < d => return None,
                _ => fin,
            },
        })
    }
}
