//! The parts only format 2 has, read from the JSON tree: professionals,
//! each person's events and evaluations with their answers. A fault of
//! shape is a finding at its path and a placeholder value is kept in its
//! place, so that the runtime's shared checks see every element at its
//! index (their findings at a path already reported are dropped).

use super::lecture::Lecture;
use crate::model::json::{self, Object, Value};
use sidoba::__private_v1::usager as u;
use sidoba::CodeConstat;
use sidoba::usager::{
    DateHeure, Evaluation, Evenement, Professionnel, Reponse, Reponses, Rpps, StatutEvenement,
};

impl Lecture<'_> {
    /// The elements of an optional array at `chemin` (absent: none).
    fn tableau<'a, 'v>(
        &mut self,
        v: Option<&'a Value<'v>>,
        chemin: &str,
        quoi: &str,
    ) -> &'a [Value<'v>] {
        match v {
            None => &[],
            Some(Value::Array(a)) => &a.elements,
            Some(v) => {
                self.constat(
                    chemin,
                    CodeConstat::Type,
                    format!("{quoi} doit être un tableau, reçu {}.", json::type_json(v)),
                );
                &[]
            }
        }
    }

    /// Element `k` as an object, else a finding.
    fn element<'a, 'v>(
        &mut self,
        v: &'a Value<'v>,
        chemin: &str,
        quoi: &str,
    ) -> Option<&'a Object<'v>> {
        match v {
            Value::Object(o) => Some(o),
            v => {
                self.constat(
                    chemin,
                    CodeConstat::Type,
                    format!("{quoi} est un objet, reçu {}.", json::type_json(v)),
                );
                None
            }
        }
    }

    /// A required string, `""` in its place when it cannot be taken (the
    /// shared check then finds it blank, at a path already reported).
    fn texte(&mut self, v: Option<&Value<'_>>, chemin: &str, quoi: &str) -> String {
        self.chaine(v, chemin, quoi, true)
            .unwrap_or_default()
            .to_owned()
    }

    /// `professionnels`: one typed value per element, in place.
    pub(super) fn professionnels(&mut self, v: Option<&Value<'_>>) -> Vec<Professionnel> {
        let elements = self.tableau(v, "professionnels", "« professionnels »");
        let mut l = Vec::with_capacity(elements.len());
        for (k, e) in elements.iter().enumerate() {
            let chemin = format!("professionnels[{k}]");
            let c = |cle: &str| format!("{chemin}.{cle}");
            let Some(o) = self.element(e, &chemin, "Chaque professionnel") else {
                l.push(Professionnel {
                    identifiant: String::new(),
                    rpps: None,
                    nom: String::new(),
                    prenom: String::new(),
                    profession: None,
                });
                continue;
            };
            let w = self.objet(
                o,
                &["identifiant", "rpps", "nom", "prenom", "profession"],
                &chemin,
            );
            let identifiant = self.texte(w[0], &c("identifiant"), "L'identifiant du professionnel");
            let rpps = self
                .chaine(w[1], &c("rpps"), "Le numéro RPPS", false)
                .and_then(|r| {
                    u::verifier_rpps(r, &c("rpps"), self.out);
                    Rpps::new(r).ok()
                });
            let nom = self.texte(w[2], &c("nom"), "Le nom du professionnel");
            let prenom = self.texte(w[3], &c("prenom"), "Le prénom du professionnel");
            let profession = self
                .chaine(w[4], &c("profession"), "La profession", false)
                .map(str::to_owned);
            l.push(Professionnel {
                identifiant,
                rpps,
                nom,
                prenom,
                profession,
            });
        }
        l
    }

    fn date_heure(&mut self, v: Option<&Value<'_>>, chemin: &str, quoi: &str) -> Option<DateHeure> {
        let s = self.chaine(v, chemin, quoi, true)?;
        let d = s.parse::<DateHeure>().ok();
        if d.is_none() {
            self.constat(
                chemin,
                CodeConstat::Type,
                format!("{quoi} doit être une date-heure AAAA-MM-JJThh:mm:ss avec son décalage (Z ou +01:00)."),
            );
        }
        d
    }

    /// A list of strings (the event's professionals).
    fn chaines(&mut self, v: Option<&Value<'_>>, chemin: &str) -> Vec<String> {
        let elements = self.tableau(v, chemin, "« professionnels »");
        let mut l = Vec::with_capacity(elements.len());
        for (k, e) in elements.iter().enumerate() {
            let p = format!("{chemin}[{k}]");
            l.push(self.texte(Some(e), &p, "Un identifiant de professionnel"));
        }
        l
    }

    /// A person's `evenements` at `chemin`.
    pub(super) fn evenements(
        &mut self,
        v: Option<&Value<'_>>,
        chemin: &str,
        reference: DateHeure,
    ) -> Vec<Evenement> {
        let elements = self.tableau(v, chemin, "« evenements »");
        let mut l = Vec::with_capacity(elements.len());
        for (j, e) in elements.iter().enumerate() {
            let ici = format!("{chemin}[{j}]");
            let c = |cle: &str| format!("{ici}.{cle}");
            let vide = Evenement {
                identifiant: String::new(),
                type_: String::new(),
                debut: reference,
                fin: reference,
                statut: StatutEvenement::Planifie,
                professionnels: Vec::new(),
            };
            let Some(o) = self.element(e, &ici, "Chaque évènement") else {
                l.push(vide);
                continue;
            };
            let w = self.objet(
                o,
                &[
                    "identifiant",
                    "type",
                    "debut",
                    "fin",
                    "statut",
                    "professionnels",
                ],
                &ici,
            );
            let identifiant = self.texte(w[0], &c("identifiant"), "L'identifiant de l'évènement");
            let type_ = self.texte(w[1], &c("type"), "Le type de l'évènement");
            let debut = self.date_heure(w[2], &c("debut"), "Le début de l'évènement");
            let fin = self.date_heure(w[3], &c("fin"), "La fin de l'évènement");
            let statut = self
                .chaine(w[4], &c("statut"), "Le statut de l'évènement", true)
                .and_then(|s| {
                    let st = StatutEvenement::depuis_code(s);
                    if st.is_none() {
                        self.constat(
                            &c("statut"),
                            CodeConstat::Nomenclature,
                            "Le statut d'un évènement est « PLANIFIE », « REALISE », « VALIDE » ou « ANNULE ».".into(),
                        );
                    }
                    st
                });
            let professionnels = self.chaines(w[5], &c("professionnels"));
            // In place of a missing date, the other one (no false "end
            // before start"); of a bad status, a planned event (no false
            // "in the future").
            let (debut, fin) = match (debut, fin) {
                (Some(d), Some(f)) => (d, f),
                (Some(d), None) => (d, d),
                (None, Some(f)) => (f, f),
                (None, None) => (vide.debut, vide.fin),
            };
            l.push(Evenement {
                identifiant,
                type_,
                debut,
                fin,
                statut: statut.unwrap_or(StatutEvenement::Planifie),
                professionnels,
            });
        }
        l
    }

    /// A person's `evaluations` at `chemin`.
    pub(super) fn evaluations(
        &mut self,
        v: Option<&Value<'_>>,
        chemin: &str,
        reference: DateHeure,
    ) -> Vec<Evaluation> {
        let elements = self.tableau(v, chemin, "« evaluations »");
        let mut l = Vec::with_capacity(elements.len());
        for (j, e) in elements.iter().enumerate() {
            let ici = format!("{chemin}[{j}]");
            let c = |cle: &str| format!("{ici}.{cle}");
            let Some(o) = self.element(e, &ici, "Chaque évaluation") else {
                l.push(Evaluation {
                    identifiant: String::new(),
                    grille: String::new(),
                    date: reference.date(),
                    evaluateur: String::new(),
                    evenement: None,
                    reponses: Reponses::default(),
                });
                continue;
            };
            let w = self.objet(
                o,
                &[
                    "identifiant",
                    "grille",
                    "date",
                    "evaluateur",
                    "evenement",
                    "reponses",
                ],
                &ici,
            );
            let identifiant = self.texte(w[0], &c("identifiant"), "L'identifiant de l'évaluation");
            let grille = self.texte(w[1], &c("grille"), "La grille");
            let date = self
                .date(w[2], &c("date"), "La date de l'évaluation", true)
                .unwrap_or(reference.date());
            let evaluateur = self.texte(w[3], &c("evaluateur"), "L'évaluateur");
            let evenement = self
                .chaine(w[4], &c("evenement"), "L'évènement", false)
                .map(str::to_owned);
            let reponses = match w[5] {
                Some(Value::Object(r)) => self.reponses(r, &c("reponses"), 0),
                Some(v) => {
                    self.constat(
                        &c("reponses"),
                        CodeConstat::Type,
                        format!(
                            "« reponses » doit être un objet, reçu {}.",
                            json::type_json(v)
                        ),
                    );
                    Reponses::default()
                }
                None => Reponses::default(),
            };
            l.push(Evaluation {
                identifiant,
                grille,
                date,
                evaluateur,
                evenement,
                reponses,
            });
        }
        l
    }

    /// An object of answers by linkId (`null`: no answer); an object
    /// answer is `{"valeur": …, "<sub linkId>": …}`.
    fn reponses(&mut self, o: &Object<'_>, chemin: &str, profondeur: usize) -> Reponses {
        let mut l = Vec::with_capacity(o.properties.len());
        for p in &o.properties {
            let ici = format!("{chemin}.{}", p.name.as_str());
            if let Some(r) = self.reponse(&p.value, &ici, profondeur) {
                l.push((p.name.as_str().to_owned(), r));
            }
        }
        Reponses(l)
    }

    fn reponse(&mut self, v: &Value<'_>, chemin: &str, profondeur: usize) -> Option<Reponse> {
        Some(match v {
            Value::NullKeyword(_) => return None,
            Value::BooleanLit(b) => Reponse::Booleen(b.value),
            Value::NumberLit(n) => Reponse::Nombre(n.value.to_string()),
            Value::StringLit(s) => Reponse::Chaine(s.value.to_string()),
            // The grids nest two levels.
            Value::Object(o) if profondeur < 8 => {
                let mut valeur = None;
                let mut items = Vec::new();
                for p in &o.properties {
                    let ici = format!("{chemin}.{}", p.name.as_str());
                    let r = self.reponse(&p.value, &ici, profondeur + 1);
                    match p.name.as_str() {
                        "valeur" => valeur = r.map(Box::new),
                        nom => items.extend(r.map(|r| (nom.to_owned(), r))),
                    }
                }
                Reponse::Groupe {
                    valeur,
                    items: Reponses(items),
                }
            }
            v => {
                self.constat(
                    chemin,
                    CodeConstat::Type,
                    format!(
                        "Une réponse est un booléen, un nombre, une chaîne ou un objet {{\"valeur\": …, sous-items…}}, reçu {}.",
                        json::type_json(v)
                    ),
                );
                return None;
            }
        })
    }
}
