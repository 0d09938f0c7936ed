//! One person of the Bundle (its Patient and the resources about it: the
//! stay, the events, the QuestionnaireResponses — evaluations on the
//! guide's grids and the campaign report — or WS07's DocumentReference)
//! as one element of the format-2 collection file's `usagers`. Identity
//! values are copied as JSON text and checked by the collection file's
//! reader; what is FHIR-shaped (identifier formats, the profiles'
//! invariants, links) is checked here, as findings at the person's path
//! whose message gives the JSON pointer and line:column. No message quotes
//! a value of the Patient or a professional's name.

use super::entrees::{Index, Ressource};
use super::evaluation::{self, Defaut};
use super::items::Items;
use super::professionnels::Professionnels;
use super::{BundleLu, Genre, Lecteur, chaine, champ, objet, ou, q, tableau, tddui};
use crate::model::Modele;
use crate::model::json::{Object, Value};
use crate::usager::questionnaire::encoder;
use sidoba::usager::DateHeure;
use sidoba::{CodeConstat, Constat, Severite};
use std::collections::{BTreeMap, BTreeSet};

/// Marks a date the Bundle gives no way to know.
const SANS_DATE: &str = "9999-12-31";

/// The entries about one Patient, in Bundle order.
#[derive(Default)]
pub(super) struct Personne {
    pub sejours: Vec<usize>,
    pub evenements: Vec<usize>,
    pub reponses: Vec<usize>,
    pub documents: Vec<usize>,
}

pub(super) struct Personnes<'m, 'r, 'a, 'v> {
    m: &'m Modele,
    finess: Option<&'m str>,
    genre: Genre,
    res: &'r [Ressource<'a, 'v>],
    index: &'r Index<'a>,
    pros: &'r Professionnels,
    usagers: Vec<String>,
    /// Per person: its local identifier, and where its `donnees` stand in
    /// its element of `usagers`.
    places: Vec<(Option<String>, Option<std::ops::Range<usize>>)>,
    constats: Vec<Vec<Constat>>,
    ecartes: BTreeSet<String>,
    /// `authored` of the campaign reports (all must agree): the production date.
    date: Option<String>,
    /// The latest date the Bundle carries, when no report dates it.
    derniere: Option<String>,
    declarant: Option<String>,
}

/// `v` without its `|version`.
fn sans_version(v: &str) -> &str {
    v.split_once('|').map_or(v, |(u, _)| u)
}

impl<'m, 'r, 'a, 'v> Personnes<'m, 'r, 'a, 'v> {
    pub fn new(
        m: &'m Modele,
        finess: Option<&'m str>,
        genre: Genre,
        res: &'r [Ressource<'a, 'v>],
        index: &'r Index<'a>,
        pros: &'r Professionnels,
    ) -> Personnes<'m, 'r, 'a, 'v> {
        Personnes {
            m,
            finess,
            genre,
            res,
            index,
            pros,
            usagers: Vec::new(),
            places: Vec::new(),
            constats: Vec::new(),
            ecartes: BTreeSet::new(),
            date: None,
            derniere: None,
            declarant: None,
        }
    }

    /// `debut` and `fin` from a `period`, each date kept for the production date.
    fn periode(&mut self, l: &Lecteur<'_>, periode: Option<&Object<'_>>, s: &mut Vec<String>) {
        for (cle, k) in [("start", "debut"), ("end", "fin")] {
            if let Some(d) = periode.and_then(|p| champ(p, cle)) {
                if let Some(t) = chaine(Some(d)) {
                    self.dater(t);
                }
                s.push(format!("\"{k}\":{}", l.brut(d)));
            }
        }
    }

    /// Keeps the latest date the Bundle carries (only well-formed ones:
    /// it may become the production date).
    fn dater(&mut self, d: &str) {
        if d.parse::<DateHeure>().is_err() {
            return;
        }
        if self.derniere.as_deref().is_none_or(|x| x < d) {
            self.derniere = Some(d.to_owned());
        }
    }

    /// Reads person `i`: its Patient `pat` and the resources about it.
    pub fn personne(&mut self, l: &mut Lecteur<'_>, i: usize, pat: usize, p: &Personne) {
        let r = &self.res[pat];
        let ptr = r.ptr_ressource();
        let chemin = format!("usagers[{i}]");
        let mut constats = Vec::new();
        let mut u: Vec<(&str, String)> = Vec::new();
        let local = self.local(l, r, &ptr, &chemin, &mut constats);
        if let Some(id) = &local {
            u.push(("identifiant", q(id)));
        }
        let (id, statut_lu) = identite(l, r);
        u.push(("identite", id));
        self.profil_patient(l, r, &chemin, &mut constats);
        if !statut_lu {
            constats.push(avertissement(
                &format!("{chemin}.identite.statut"),
                CodeConstat::Obligatoire,
                format!(
                    "{} : le Patient ne dit pas la fiabilité de son identité (extension FR Core identityStatus) : elle est lue comme provisoire.",
                    l.lieu(r.o.range.start, &format!("{ptr}/extension"))
                ),
            ));
        }
        let ws09 = self.genre == Genre::Ws09;
        if let Some((&s, autres)) = p.sejours.split_first() {
            u.push(("sejour", self.sejour(l, &self.res[s])));
            for &x in autres {
                let o = &self.res[x];
                constats.push(constat(
                    &format!("{chemin}.sejour"),
                    CodeConstat::Doublon,
                    format!(
                        "{} : un seul séjour par Patient ; cet Encounter en est un second.",
                        l.lieu(o.o.range.start, &o.ptr_ressource())
                    ),
                ));
            }
        }
        let mut ids_evenements = BTreeMap::new();
        if !p.evenements.is_empty() {
            let mut evs = Vec::new();
            for &e in &p.evenements {
                let (texte, id) = self.evenement(l, e);
                if let Some(id) = id {
                    ids_evenements.insert(e, id);
                }
                evs.push(texte);
            }
            u.push(("evenements", format!("[{}]", evs.join(","))));
        }
        let mut evaluations = Vec::new();
        let mut rapport = None;
        for &x in &p.reponses {
            let o = &self.res[x];
            let url = chaine(champ(o.o, "questionnaire")).map(sans_version);
            let k = evaluations.len();
            if url.is_some_and(crate::grilles::est_grille) {
                self.professionnel_requis(
                    l,
                    x,
                    &format!("{chemin}.evaluations[{k}]"),
                    &mut constats,
                );
                evaluations.push(self.evaluation(
                    l,
                    x,
                    &ids_evenements,
                    &format!("{chemin}.evaluations[{k}]"),
                    &mut constats,
                ));
            } else if url.is_some_and(|u| {
                u.ends_with(&format!(
                    "/Questionnaire/{}",
                    encoder(&self.m.identite.code)
                ))
            }) {
                if rapport.is_some() {
                    constats.push(constat(
                        &format!("{chemin}.donnees"),
                        CodeConstat::Doublon,
                        format!(
                            "{} : un seul rapport de campagne (QuestionnaireResponse du modèle) par personne.",
                            l.lieu(o.o.range.start, &o.ptr_ressource())
                        ),
                    ));
                    continue;
                }
                self.professionnel_requis(l, x, &format!("{chemin}.donnees"), &mut constats);
                rapport = Some(self.reponse(l, x, i, local.as_deref(), &mut constats));
            } else {
                constats.push(constat(
                    &chemin,
                    CodeConstat::Nomenclature,
                    format!(
                        "{} : « questionnaire » n'est ni l'une des quatre grilles du guide TDDUI ni le Questionnaire du modèle {} (…/Questionnaire/{}) ; cette QuestionnaireResponse n'est pas lue.",
                        l.lieu(o.o.range.start, &format!("{}/questionnaire", o.ptr_ressource())),
                        self.m.identite.code,
                        encoder(&self.m.identite.code)
                    ),
                ));
            }
        }
        if !evaluations.is_empty() {
            u.push(("evaluations", format!("[{}]", evaluations.join(","))));
        }
        if let Some(d) = rapport {
            u.push(("donnees", d));
        }
        if !ws09 {
            match p.documents.as_slice() {
                [x] => {
                    self.document(l, &self.res[*x], i, &mut constats);
                    u.push(("donnees", "{}".into()));
                }
                [] => l.erreur(
                    r.o.range.start,
                    &ptr,
                    "aucun DocumentReference n'a ce Patient pour « subject »",
                ),
                [_, x, ..] => {
                    let o = &self.res[*x];
                    l.erreur(
                        o.o.range.start,
                        &o.ptr,
                        "un seul DocumentReference par Patient",
                    );
                }
            }
        }
        let mut texte = String::from("{");
        let mut donnees = None;
        for (k, (cle, v)) in u.iter().enumerate() {
            if k > 0 {
                texte.push(',');
            }
            texte.push_str(&q(cle));
            texte.push(':');
            if *cle == "donnees" {
                donnees = Some(texte.len()..texte.len() + v.len());
            }
            texte.push_str(v);
        }
        texte.push('}');
        self.usagers.push(texte);
        self.places.push((local, donnees));
        self.constats.push(constats);
    }

    /// A Patient that declares one of the two TDDUI Patient profiles
    /// declares the one its identity calls for: `tddui-patient-ins` with an
    /// INS, `tddui-patient` without.
    fn profil_patient(
        &self,
        l: &Lecteur<'_>,
        r: &Ressource<'_, '_>,
        chemin: &str,
        constats: &mut Vec<Constat>,
    ) {
        let ins = tableau(champ(r.o, "identifier"))
            .iter()
            .filter_map(|i| objet(Some(i)))
            .any(|i| {
                chaine(champ(i, "system"))
                    .and_then(tddui::type_ins)
                    .is_some()
            });
        let (voulu, autre) = if ins {
            (tddui::PROFIL_PATIENT_INS, tddui::PROFIL_PATIENT)
        } else {
            (tddui::PROFIL_PATIENT, tddui::PROFIL_PATIENT_INS)
        };
        if r.declare(autre) && !r.declare(voulu) {
            constats.push(constat(
                &format!("{chemin}.identite"),
                CodeConstat::Type,
                format!(
                    "{} : le profil du Patient suit son identité : « {voulu} » ici (« {} » est pour une identité {}).",
                    l.lieu(r.o.range.start, &format!("{}/meta/profile", r.ptr_ressource())),
                    autre,
                    if ins { "sans INS" } else { "qualifiée, avec son INS" }
                ),
            ));
        }
    }

    /// The local identifier: the Patient's identifier of the local system,
    /// whose value is `3` + FINESS + `/` + identifier (the guide's format);
    /// a value of another form is taken whole, with a warning.
    fn local(
        &self,
        l: &Lecteur<'_>,
        r: &Ressource<'_, '_>,
        ptr: &str,
        chemin: &str,
        constats: &mut Vec<Constat>,
    ) -> Option<String> {
        let v = ou(champ(r.o, "identifier"), "system", tddui::SYSTEME_LOCAL)
            .and_then(|i| chaine(champ(i, "value")));
        let Some(v) = v else {
            constats.push(constat(
                &format!("{chemin}.identifiant"),
                CodeConstat::Obligatoire,
                format!(
                    "{} : le Patient n'a pas d'identifiant local (système « {} », tranche PI), l'identifiant de la personne dans le fichier de collecte.",
                    l.lieu(r.o.range.start, &format!("{ptr}/identifier")),
                    tddui::SYSTEME_LOCAL
                ),
            ));
            return None;
        };
        let prefixe = self.finess.map(|f| format!("3{f}/"));
        match prefixe.as_deref().and_then(|p| v.strip_prefix(p)) {
            Some(id) => Some(id.to_owned()),
            None => {
                constats.push(avertissement(
                    &format!("{chemin}.identifiant"),
                    CodeConstat::Motif,
                    format!(
                        "{} : l'identifiant local du Patient suit le format du guide « 3 » + FINESS de la structure + « / » + identifiant ; la valeur est reprise entière.",
                        l.lieu(r.o.range.start, &format!("{ptr}/identifier"))
                    ),
                ));
                Some(v.to_owned())
            }
        }
    }

    fn sejour(&mut self, l: &Lecteur<'_>, r: &Ressource<'_, '_>) -> String {
        let mut s = Vec::new();
        let ids: Vec<&Object<'_>> = tableau(champ(r.o, "identifier"))
            .iter()
            .filter_map(|v| objet(Some(v)))
            .filter(|o| chaine(champ(o, "system")) == Some(tddui::SYSTEME_SEJOUR))
            .collect();
        let numdoss = |o: &Object<'_>| {
            objet(champ(o, "type")).is_some_and(|t| {
                tableau(champ(t, "coding")).iter().any(|c| {
                    chaine(objet(Some(c)).and_then(|c| champ(c, "code")))
                        == Some(tddui::CODE_NUMDOSS)
                })
            })
        };
        // The file number: the idStay value after `-SEJOUR-`, else NUMDOSS.
        let sej = ids
            .iter()
            .copied()
            .find(|o| !numdoss(o))
            .and_then(|o| champ(o, "value"));
        let num = ids
            .iter()
            .copied()
            .find(|o| numdoss(o))
            .and_then(|o| champ(o, "value"));
        match (sej, num) {
            (Some(v), _) if chaine(Some(v)).is_some_and(|t| t.contains(tddui::MARQUE_SEJOUR)) => {
                let t = chaine(Some(v)).unwrap_or_default();
                s.push(format!(
                    "\"identifiant\":{}",
                    q(tddui::apres(t, tddui::MARQUE_SEJOUR))
                ));
            }
            (_, Some(v)) | (Some(v), None) => s.push(format!("\"identifiant\":{}", l.brut(v))),
            (None, None) => {}
        }
        let periode = objet(champ(r.o, "period"));
        self.periode(l, periode, &mut s);
        if periode.and_then(|p| champ(p, "end")).is_none() {
            s.push("\"fin\":null".into());
        }
        format!("{{{}}}", s.join(","))
    }

    /// An event Encounter: its JSON and its identifier in the file.
    fn evenement(&mut self, l: &Lecteur<'_>, e: usize) -> (String, Option<String>) {
        let r = &self.res[e];
        let mut s = Vec::new();
        let id = ou(champ(r.o, "identifier"), "system", tddui::SYSTEME_EVENEMENT)
            .or_else(|| {
                tableau(champ(r.o, "identifier"))
                    .first()
                    .and_then(|v| objet(Some(v)))
            })
            .and_then(|o| chaine(champ(o, "value")))
            .map(|v| tddui::apres(v, tddui::MARQUE_EVENEMENT).to_owned());
        if let Some(id) = &id {
            s.push(format!("\"identifiant\":{}", q(id)));
        }
        let type_ = tableau(champ(r.o, "type"))
            .iter()
            .filter_map(|t| objet(Some(t)))
            .flat_map(|t| tableau(champ(t, "coding")))
            .filter_map(|c| objet(Some(c)))
            .find(|c| {
                chaine(champ(c, "system"))
                    .is_some_and(|x| tddui::SYSTEMES_TYPE_EVENEMENT.contains(&x))
            })
            .and_then(|c| champ(c, "code"));
        if let Some(t) = type_ {
            s.push(format!("\"type\":{}", l.brut(t)));
        }
        let periode = objet(champ(r.o, "period"));
        self.periode(l, periode, &mut s);
        if let Some(st) = chaine(champ(r.o, "status")) {
            s.push(format!(
                "\"statut\":{}",
                q(tddui::statut_evenement(st).unwrap_or(st))
            ));
        }
        let pros: Vec<String> = tableau(champ(r.o, "participant"))
            .iter()
            .filter_map(|p| objet(Some(p)))
            .filter_map(|p| objet(champ(p, "individual")))
            .filter_map(|i| chaine(champ(i, "reference")))
            .filter_map(|x| self.pros.de(self.res, self.index, e, x))
            .map(q)
            .collect();
        if !pros.is_empty() {
            s.push(format!("\"professionnels\":[{}]", pros.join(",")));
        }
        (format!("{{{}}}", s.join(",")), id)
    }

    /// The professional a QR's `cle` (author, source) designates.
    fn pro_de(&self, x: usize, cle: &str) -> Option<String> {
        let r = &self.res[x];
        let reference = objet(champ(r.o, cle)).and_then(|o| chaine(champ(o, "reference")))?;
        self.pros
            .de(self.res, self.index, x, reference)
            .map(str::to_owned)
    }

    /// The profile's invariants on who answers for a QR, verbatim in
    /// meaning: `professionnel-requis` (a source that is not the Patient
    /// needs `Practitioner/` in `source.reference`, an `author` or a
    /// responsible participant) and `auto-eval-porteur`.
    fn professionnel_requis(
        &self,
        l: &Lecteur<'_>,
        x: usize,
        chemin: &str,
        constats: &mut Vec<Constat>,
    ) {
        let r = &self.res[x];
        let source = objet(champ(r.o, "source")).and_then(|o| chaine(champ(o, "reference")));
        let participant = ou(champ(r.o, "extension"), "url", tddui::EXT_QR_PARTICIPANT);
        let part = |url: &str| {
            participant.is_some_and(|p| ou(champ(p, "extension"), "url", url).is_some())
        };
        let patient = source.is_some_and(|s| s.contains("Patient/"));
        let (ok, cle, quoi) = if patient {
            (
                part("TDDUIHolder"),
                "auto-eval-porteur",
                "une auto-évaluation (source : le Patient) nomme son porteur (extension tddui-qr-participant, TDDUIHolder)",
            )
        } else {
            (
                source.is_some_and(|s| s.contains("Practitioner/"))
                    || champ(r.o, "author").is_some()
                    || part("TDDUIResponsible"),
                "professionnel-requis",
                "la réponse nomme le professionnel qui en répond : « author », ou une « source » en « Practitioner/… », ou un responsable (extension tddui-qr-participant)",
            )
        };
        if !ok {
            constats.push(constat(
                chemin,
                CodeConstat::Obligatoire,
                format!(
                    "{} : invariant « {cle} » du profil tddui-questionnaire-response : {quoi}.",
                    l.lieu(r.o.range.start, &r.ptr_ressource())
                ),
            ));
        }
    }

    /// An evaluation on one of the guide's grids.
    fn evaluation(
        &mut self,
        l: &Lecteur<'_>,
        x: usize,
        evenements: &BTreeMap<usize, String>,
        chemin: &str,
        constats: &mut Vec<Constat>,
    ) -> String {
        let r = &self.res[x];
        let mut s = Vec::new();
        let id = objet(champ(r.o, "identifier"))
            .and_then(|o| chaine(champ(o, "value")))
            .map(|v| tddui::apres(v, tddui::MARQUE_EVALUATION));
        if let Some(id) = id {
            s.push(format!("\"identifiant\":{}", q(id)));
        }
        if let Some(g) = chaine(champ(r.o, "questionnaire")).map(sans_version) {
            s.push(format!("\"grille\":{}", q(g)));
        }
        if let Some(a) = chaine(champ(r.o, "authored")) {
            self.dater(a);
            s.push(format!("\"date\":{}", q(a.get(..10).unwrap_or(a))));
        }
        if let Some(p) = self
            .pro_de(x, "author")
            .or_else(|| self.pro_de(x, "source"))
        {
            s.push(format!("\"evaluateur\":{}", q(&p)));
        }
        let ev = self
            .index
            .cible(self.res, x, r.o, "encounter")
            .ok()
            .flatten()
            .and_then(|e| evenements.get(&e));
        if let Some(e) = ev {
            s.push(format!("\"evenement\":{}", q(e)));
        }
        let mut defauts = Vec::new();
        let reponses = evaluation::reponses(l, champ(r.o, "item"), &mut defauts);
        for Defaut { link_id, message } in defauts {
            constats.push(constat(
                &format!("{chemin}.reponses"),
                CodeConstat::Type,
                format!(
                    "{} : item « {link_id} » : {message}.",
                    l.lieu(r.o.range.start, &format!("{}/item", r.ptr_ressource()))
                ),
            ));
        }
        s.push(format!("\"reponses\":{reponses}"));
        format!("{{{}}}", s.join(","))
    }

    /// The campaign report's `donnees`, after the QuestionnaireResponse's envelope.
    fn reponse(
        &mut self,
        l: &mut Lecteur<'_>,
        x: usize,
        i: usize,
        local: Option<&str>,
        constats: &mut Vec<Constat>,
    ) -> String {
        let r = &self.res[x];
        let ptr = r.ptr_ressource();
        let m = self.m;
        let chemin = format!("usagers[{i}]");
        // `questionnaire` = BASE/Questionnaire/CODE[|VERSION]; BASE is free.
        let suffixe = format!("/Questionnaire/{}", encoder(&m.identite.code));
        let canon = chaine(champ(r.o, "questionnaire")).unwrap_or_default();
        let (url, version) = canon
            .split_once('|')
            .map_or((canon, None), |(u, v)| (u, Some(v)));
        if version.is_some_and(|v| v != m.identite.version) {
            constats.push(constat(
                &format!("{chemin}.donnees"),
                CodeConstat::Nomenclature,
                format!(
                    "{} : le rapport répond à une autre version du modèle {} que « {} ».",
                    l.lieu(r.o.range.start, &format!("{ptr}/questionnaire")),
                    m.identite.code,
                    m.identite.version
                ),
            ));
        }
        let base = url
            .strip_suffix(suffixe.as_str())
            .unwrap_or_default()
            .to_owned();
        match champ(r.o, "authored") {
            Some(Value::StringLit(a)) if a.value.parse::<DateHeure>().is_err() => l.erreur(
                a.range.start,
                &format!("{ptr}/authored"),
                "« authored » du rapport de campagne (la date de production) doit être une date AAAA-MM-JJ ou une date-heure avec son décalage",
            ),
            Some(Value::StringLit(a)) => match &self.date {
                None => self.date = Some(a.value.to_string()),
                Some(d) if *d == a.value => {}
                Some(_) => constats.push(constat(
                    &chemin,
                    CodeConstat::Type,
                    format!(
                        "{} : « authored » d'un rapport de campagne est la date de production, la même pour tout le Bundle.",
                        l.lieu(a.range.start, &format!("{ptr}/authored"))
                    ),
                )),
            },
            _ => constats.push(constat(
                &chemin,
                CodeConstat::Obligatoire,
                format!(
                    "{} : « authored » (la date de production) absent du rapport de campagne.",
                    l.lieu(r.o.range.start, &format!("{ptr}/authored"))
                ),
            )),
        }
        if let Some(d) = self.pro_de(x, "author") {
            match &self.declarant {
                None => self.declarant = Some(d),
                Some(x) if *x == d => {}
                Some(_) => constats.push(constat(
                    &chemin,
                    CodeConstat::Type,
                    format!(
                        "{} : l'auteur d'un rapport de campagne est le déclarant, le même pour tout le Bundle.",
                        l.lieu(r.o.range.start, &format!("{ptr}/author"))
                    ),
                )),
            }
        }
        let valeur = objet(champ(r.o, "identifier")).and_then(|o| chaine(champ(o, "value")));
        let ok = valeur.is_some_and(|v| {
            let attendu = tddui::apres(v, tddui::MARQUE_EVALUATION);
            attendu == m.campagne.id && local.is_none_or(|id| v.contains(id))
        });
        if !ok {
            constats.push(constat(
                &chemin,
                CodeConstat::Motif,
                format!(
                    "{} : l'identifiant du rapport est « 3 » + FINESS + « / » + identifiant local + « -EVAL- » + la campagne « {} ».",
                    l.lieu(r.o.range.start, &format!("{ptr}/identifier")),
                    m.campagne.id
                ),
            ));
        }
        let mut items = Items {
            m,
            base: &base,
            l,
            constats,
            ecartes: &mut self.ecartes,
        };
        items.donnees(champ(r.o, "item"), &format!("{ptr}/item"), &chemin)
    }

    /// WS07: the DocumentReference's envelope; its CDA document is checked
    /// against the CDA guide's rules (blocking findings of person `i`), not
    /// read back into data.
    fn document(
        &mut self,
        l: &mut Lecteur<'_>,
        r: &Ressource<'_, '_>,
        i: usize,
        constats: &mut Vec<Constat>,
    ) {
        let ptr = r.ptr_ressource();
        if chaine(champ(r.o, "status")) != Some("current") {
            l.erreur(
                r.o.range.start,
                &format!("{ptr}/status"),
                "« status » du DocumentReference : « current »",
            );
        }
        if objet(champ(r.o, "masterIdentifier")).is_none() {
            l.erreur(
                r.o.range.start,
                &format!("{ptr}/masterIdentifier"),
                "« masterIdentifier » (l'id du document CDA) absent",
            );
        }
        let piece = tableau(champ(r.o, "content"))
            .first()
            .and_then(|c| objet(Some(c)))
            .and_then(|c| objet(champ(c, "attachment")));
        let ok = piece.is_some_and(|a| {
            chaine(champ(a, "contentType")) == Some("text/xml")
                && chaine(champ(a, "data")).is_some_and(base64)
        });
        if !ok {
            l.erreur(
                r.o.range.start,
                &format!("{ptr}/content/0/attachment"),
                "« content[0].attachment » : « contentType » « text/xml » et le document CDA en base64 dans « data »",
            );
        } else if let Some(d) = piece.and_then(|a| chaine(champ(a, "data"))) {
            // Issue 20, item 4: a document that is not XML, not a CDA or
            // not the guide's is refused, never accepted unread.
            constats.extend(crate::usager::cda::constats_document(d, i));
        }
        if self.date.is_none()
            && let Some(d) = chaine(champ(r.o, "date")).filter(|d| d.parse::<DateHeure>().is_ok())
        {
            self.date = Some(d.to_owned());
        }
    }

    /// The collection file, once every person is read.
    pub fn fin(
        self,
        structure: Option<String>,
        timestamp: Option<&str>,
        informations: Vec<String>,
    ) -> Option<BundleLu> {
        let m = self.m;
        let date = timestamp
            .map(str::to_owned)
            .or(self.date)
            .or(self.derniere)
            .unwrap_or_else(|| SANS_DATE.to_owned());
        let mut c = format!(
            "{{\"format\":2,\"campagne\":{},\"modele\":{{\"code\":{},\"version\":{}}},\"dateProduction\":{},\"structure\":{}",
            q(&m.campagne.id),
            q(&m.identite.code),
            q(&m.identite.version),
            q(&date),
            structure?
        );
        if !self.pros.json.is_empty() {
            c.push_str(&format!(
                ",\"professionnels\":[{}]",
                self.pros.json.join(",")
            ));
        }
        if let Some(d) = &self.declarant {
            c.push_str(&format!(",\"declarant\":{}", q(d)));
        }
        c.push_str(",\"usagers\":[");
        let mut personnes = Vec::with_capacity(self.usagers.len());
        for (k, (u, (id, place))) in self.usagers.iter().zip(self.places).enumerate() {
            if k > 0 {
                c.push(',');
            }
            let debut = c.len();
            c.push_str(u);
            personnes.push(super::Place {
                identifiant: id,
                donnees: place.map(|r| debut + r.start..debut + r.end),
            });
        }
        c.push_str("]}");
        Some(BundleLu {
            genre: self.genre,
            collecte: c,
            personnes: self.usagers.len(),
            places: personnes,
            informations,
            constats: self.constats,
            ecartes: self.ecartes,
        })
    }
}

fn constat(chemin: &str, code: CodeConstat, message: String) -> Constat {
    Constat::champ(chemin.to_owned(), code, message)
}

fn avertissement(chemin: &str, code: CodeConstat, message: String) -> Constat {
    Constat {
        severite: Severite::Avertissement,
        ..constat(chemin, code, message)
    }
}

fn base64(s: &str) -> bool {
    !s.is_empty()
        && s.len().is_multiple_of(4)
        && s.trim_end_matches('=')
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

/// The `identite` object from the Patient's FR Core / TDDUI elements, and
/// whether the Patient states its reliability (else read as provisional).
fn identite(l: &Lecteur<'_>, r: &Ressource<'_, '_>) -> (String, bool) {
    let p = r.o;
    let mut s: Vec<String> = Vec::new();
    let mut cle = |k: &str, v: String| s.push(format!("{}:{v}", q(k)));
    let ins: Vec<_> = tableau(champ(p, "identifier"))
        .iter()
        .filter_map(|i| objet(Some(i)))
        .filter_map(|i| Some((tddui::type_ins(chaine(champ(i, "system"))?)?, i)))
        .collect();
    let statut = ou(champ(p, "extension"), "url", tddui::EXT_FIABILITE)
        .and_then(|e| ou(champ(e, "extension"), "url", tddui::EXT_FIABILITE_STATUT))
        .and_then(|e| objet(champ(e, "valueCoding")))
        .and_then(|c| chaine(champ(c, "code")));
    // An unknown code is reported by the collection reader.
    let code = statut.map_or("provisoire", |c| {
        tddui::statut(c, !ins.is_empty()).unwrap_or("")
    });
    cle("statut", q(code));
    // Several INS are kept as they are: the collection reader refuses them.
    match ins.as_slice() {
        [] => {}
        [(t, i), ..] => {
            let valeur =
                champ(i, "value").map_or_else(|| "null".to_owned(), |v| l.brut(v).to_owned());
            cle(
                "ins",
                format!("{{\"type\":{},\"valeur\":{valeur}}}", q(t.code())),
            );
        }
    }
    let nom = ou(champ(p, "name"), "use", "official");
    if let Some(n) = nom {
        if let Some(f) = champ(n, "family") {
            cle("nomNaissance", l.brut(f).to_owned());
        }
        if let Some(v) = ou(champ(n, "extension"), "url", tddui::EXT_PRENOMS)
            .and_then(|e| champ(e, "valueString"))
        {
            let t = match chaine(Some(v)) {
                Some(t) => format!("[{}]", t.split(' ').map(q).collect::<Vec<_>>().join(",")),
                None => l.brut(v).to_owned(),
            };
            cle("prenomsNaissance", t);
        }
        if let Some(g) = tableau(champ(n, "given")).first() {
            cle("premierPrenom", l.brut(g).to_owned());
        }
    }
    if let Some(g) = chaine(champ(p, "gender")) {
        cle("sexe", q(tddui::sexe(g).unwrap_or("")));
    }
    let rang = objet(champ(p, "_birthDate"))
        .and_then(|b| ou(champ(b, "extension"), "url", tddui::EXT_RANG))
        .and_then(|e| champ(e, "valuePositiveInt"));
    if let Some(v) = rang {
        cle("rangNaissance", l.brut(v).to_owned());
    }
    if let Some(d) = champ(p, "birthDate") {
        cle("dateNaissance", l.brut(d).to_owned());
    }
    let lieu = ou(champ(p, "extension"), "url", tddui::EXT_LIEU)
        .and_then(|e| objet(champ(e, "valueAddress")))
        .and_then(|a| ou(champ(a, "extension"), "url", tddui::EXT_INSEE))
        .and_then(|e| objet(champ(e, "valueCoding")))
        .and_then(|c| champ(c, "code"));
    if let Some(v) = lieu {
        cle("lieuNaissance", l.brut(v).to_owned());
    }
    (format!("{{{}}}", s.join(",")), statut.is_some())
}
