//! One person of the Bundle (its Patient, Encounter and
//! QuestionnaireResponse or DocumentReference) as one element of the
//! collection file's `usagers`. Identity values are copied as JSON text
//! and checked by the collection file's reader; only what is FHIR-shaped
//! (systems, prefixes, profiles, links) is checked here. No message quotes
//! a value of the Patient.

use super::items::Items;
use super::{BundleLu, Genre, Lecteur, Ressource, chaine, champ, objet, ou, q, tableau, tddui};
use crate::model::Modele;
use crate::model::json::Value;
use crate::usager::questionnaire::encoder;
use sidoba::{Constat, Date};
use std::collections::BTreeSet;

/// Marks a date WS07 gives no way to know: the birth date is then not
/// compared with it.
const SANS_DATE: &str = "9999-12-31";

pub(super) struct Personnes<'m> {
    m: &'m Modele,
    finess: Option<&'m str>,
    genre: Genre,
    usagers: Vec<String>,
    constats: Vec<Vec<Constat>>,
    ecartes: BTreeSet<String>,
    /// `authored` of the first QuestionnaireResponse (all must agree).
    date: Option<String>,
}

impl<'m> Personnes<'m> {
    pub fn new(m: &'m Modele, finess: Option<&'m str>, genre: Genre) -> Personnes<'m> {
        Personnes {
            m,
            finess,
            genre,
            usagers: Vec::new(),
            constats: Vec::new(),
            ecartes: BTreeSet::new(),
            date: None,
        }
    }

    /// Reads person `i`: its Patient `pat` and the resources about it.
    #[allow(clippy::too_many_arguments)]
    pub fn personne(
        &mut self,
        l: &mut Lecteur<'_>,
        i: usize,
        res: &[Ressource<'_, '_>],
        pat: usize,
        enc: &[usize],
        qr: &[usize],
        doc: &[usize],
    ) {
        let r = &res[pat];
        let ptr = format!("{}/resource", r.ptr);
        let mut u = String::from("{");
        let local = self.local(l, r, &ptr);
        if let Some(id) = &local {
            u.push_str(&format!("\"identifiant\":{},", q(id)));
        }
        u.push_str("\"identite\":");
        u.push_str(&identite(l, r, &ptr));
        let seul = |l: &mut Lecteur<'_>, liste: &[usize], quoi: &str, requis: bool| match liste {
            [x] => Some(*x),
            [] if !requis => None,
            [] => {
                l.erreur(
                    r.o.range.start,
                    &ptr,
                    format!("aucune ressource {quoi} n'a ce Patient pour « subject »"),
                );
                None
            }
            [_, x, ..] => {
                let o = &res[*x];
                l.erreur(
                    o.o.range.start,
                    &o.ptr,
                    format!("une seule ressource {quoi} par Patient"),
                );
                None
            }
        };
        let ws09 = self.genre == Genre::Ws09;
        if let Some(e) = seul(l, enc, "Encounter", ws09) {
            u.push_str(",\"sejour\":");
            u.push_str(&self.sejour(l, &res[e], local.as_deref()));
        }
        let mut constats = Vec::new();
        if ws09 {
            if let Some(x) = seul(l, qr, "QuestionnaireResponse", true) {
                let d = self.reponse(l, &res[x], i, local.as_deref(), &mut constats);
                u.push_str(",\"donnees\":");
                u.push_str(&d);
            }
        } else if let Some(x) = seul(l, doc, "DocumentReference", true) {
            self.document(l, &res[x], i, &mut constats);
            u.push_str(",\"donnees\":{}");
        }
        u.push('}');
        self.usagers.push(u);
        self.constats.push(constats);
    }

    /// The local identifier: Patient identifier of the local system, whose
    /// value is `3` + FINESS + `/` + identifier.
    fn local(&self, l: &mut Lecteur<'_>, r: &Ressource<'_, '_>, ptr: &str) -> Option<String> {
        let v = ou(champ(r.o, "identifier"), "system", tddui::SYSTEME_LOCAL)
            .and_then(|i| chaine(champ(i, "value")));
        let finess = self.finess?;
        let prefixe = format!("3{finess}/");
        match v.and_then(|v| v.strip_prefix(&prefixe)) {
            Some(id) => Some(id.to_owned()),
            None => {
                l.erreur(
                    r.o.range.start,
                    &format!("{ptr}/identifier"),
                    format!(
                        "le Patient a un identifiant de système « {} » dont la valeur est « 3 » + FINESS de l'Organization + « / » + identifiant local",
                        tddui::SYSTEME_LOCAL
                    ),
                );
                None
            }
        }
    }

    fn sejour(&self, l: &mut Lecteur<'_>, r: &Ressource<'_, '_>, local: Option<&str>) -> String {
        let ptr = format!("{}/resource", r.ptr);
        let mut s = Vec::new();
        match ou(champ(r.o, "identifier"), "system", tddui::SYSTEME_SEJOUR)
            .and_then(|i| champ(i, "value"))
        {
            Some(v) => {
                let prefixe = self
                    .finess
                    .zip(local)
                    .map(|(f, id)| format!("3{f}/{id}{}", tddui::MARQUE_SEJOUR));
                let texte = match (chaine(Some(v)), prefixe) {
                    (Some(t), Some(p)) if t.starts_with(&p) => q(&t[p.len()..]),
                    _ => l.brut(v).to_owned(),
                };
                s.push(format!("\"identifiant\":{texte}"));
            }
            None => l.erreur(
                r.o.range.start,
                &format!("{ptr}/identifier"),
                format!(
                    "l'Encounter a un identifiant de système « {} »",
                    tddui::SYSTEME_SEJOUR
                ),
            ),
        }
        let periode = objet(champ(r.o, "period"));
        let debut = periode.and_then(|p| champ(p, "start"));
        let fin = periode.and_then(|p| champ(p, "end"));
        if let Some(d) = debut {
            s.push(format!("\"debut\":{}", l.brut(d)));
        }
        if let Some(f) = fin {
            s.push(format!("\"fin\":{}", l.brut(f)));
        }
        let attendu = if fin.is_some() {
            "finished"
        } else {
            "in-progress"
        };
        if chaine(champ(r.o, "status")) != Some(attendu) {
            l.erreur(
                r.o.range.start,
                &format!("{ptr}/status"),
                format!("« status » de l'Encounter : « {attendu} » (« finished » quand la période a une fin, sinon « in-progress »)"),
            );
        }
        format!("{{{}}}", s.join(","))
    }

    /// The report's `donnees`, after the QuestionnaireResponse's envelope.
    fn reponse(
        &mut self,
        l: &mut Lecteur<'_>,
        r: &Ressource<'_, '_>,
        i: usize,
        local: Option<&str>,
        constats: &mut Vec<Constat>,
    ) -> String {
        let ptr = format!("{}/resource", r.ptr);
        let m = self.m;
        // `questionnaire` = BASE/Questionnaire/CODE|VERSION; BASE is free.
        let suffixe = format!("/Questionnaire/{}", encoder(&m.identite.code));
        let base = match chaine(champ(r.o, "questionnaire")).and_then(|c| c.rsplit_once('|')) {
            Some((url, v)) if v == m.identite.version && url.ends_with(&suffixe) => {
                Some(url[..url.len() - suffixe.len()].to_owned())
            }
            _ => {
                l.erreur(
                    r.o.range.start,
                    &format!("{ptr}/questionnaire"),
                    format!(
                        "« questionnaire » doit être l'URL du Questionnaire du modèle (…{suffixe}) suivie de « |{} »",
                        m.identite.version
                    ),
                );
                None
            }
        };
        if chaine(champ(r.o, "status")) != Some("completed") {
            l.erreur(
                r.o.range.start,
                &format!("{ptr}/status"),
                "« status » de la QuestionnaireResponse : « completed »",
            );
        }
        match champ(r.o, "authored") {
            // The production date, or since format 2 its date-time.
            Some(Value::StringLit(a))
                if a.value.parse::<Date>().is_ok()
                    || a.value.parse::<sidoba::usager::DateHeure>().is_ok() =>
            {
                match &self.date {
                None => self.date = Some(a.value.to_string()),
                Some(d) if *d == a.value => {}
                Some(_) => l.erreur(
                    a.range.start,
                    &format!("{ptr}/authored"),
                    "« authored » diffère d'une QuestionnaireResponse à l'autre : c'est la date de production, la même pour tout le Bundle",
                ),
                }
            }
            _ => l.erreur(r.o.range.start, &format!("{ptr}/authored"), "« authored » doit être une date AAAA-MM-JJ (la date de production)"),
        }
        let identifiant = objet(champ(r.o, "identifier"));
        let attendu = self
            .finess
            .zip(local)
            .map(|(f, id)| format!("3{f}/{id}/{}", m.campagne.id));
        let ok = identifiant.is_some_and(|o| {
            chaine(champ(o, "system")) == Some(tddui::SYSTEME_EVALUATION)
                && (attendu.is_none() || chaine(champ(o, "value")) == attendu.as_deref())
        });
        if !ok {
            l.erreur(
                identifiant.map_or(r.o.range.start, |o| o.range.start),
                &format!("{ptr}/identifier"),
                format!(
                    "« identifier » : système « {} », valeur « 3 » + FINESS + « / » + identifiant local + « /{} » (la campagne du modèle)",
                    tddui::SYSTEME_EVALUATION,
                    m.campagne.id
                ),
            );
        }
        let base = base.unwrap_or_default();
        let mut items = Items {
            m,
            base: &base,
            l,
            constats,
            ecartes: &mut self.ecartes,
        };
        items.donnees(
            champ(r.o, "item"),
            &format!("{ptr}/item"),
            &format!("usagers[{i}]"),
        )
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
        let ptr = format!("{}/resource", r.ptr);
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
            && let Some(d) = chaine(champ(r.o, "date")).and_then(|d| d.get(..10))
            && d.parse::<Date>().is_ok()
        {
            self.date = Some(d.to_owned());
        }
    }

    /// The collection file, once every person is read.
    pub fn fin(self) -> Option<BundleLu> {
        let m = self.m;
        let date = match (self.date, self.genre) {
            (Some(d), _) => d,
            (None, Genre::Ws07) => SANS_DATE.to_owned(),
            (None, Genre::Ws09) if self.usagers.is_empty() => SANS_DATE.to_owned(),
            (None, Genre::Ws09) => return None,
        };
        let collecte = format!(
            "{{\"campagne\":{},\"modele\":{{\"code\":{},\"version\":{}}},\"dateProduction\":{},\"structure\":{{\"finess\":{}}},\"usagers\":[{}]}}",
            q(&m.campagne.id),
            q(&m.identite.code),
            q(&m.identite.version),
            q(&date),
            q(self.finess.unwrap_or_default()),
            self.usagers.join(",")
        );
        Some(BundleLu {
            genre: self.genre,
            collecte,
            personnes: self.usagers.len(),
            constats: self.constats,
            ecartes: self.ecartes,
        })
    }
}

fn base64(s: &str) -> bool {
    !s.is_empty()
        && s.len().is_multiple_of(4)
        && s.trim_end_matches('=')
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

/// The `identite` object from the Patient's FR Core / TDDUI elements.
fn identite(l: &mut Lecteur<'_>, r: &Ressource<'_, '_>, ptr: &str) -> String {
    let p = r.o;
    let mut s: Vec<String> = Vec::new();
    let mut cle = |k: &str, v: String| s.push(format!("{}:{v}", q(k)));
    let statut = ou(champ(p, "extension"), "url", tddui::EXT_FIABILITE)
        .and_then(|e| ou(champ(e, "extension"), "url", tddui::EXT_FIABILITE_STATUT))
        .and_then(|e| objet(champ(e, "valueCoding")))
        .and_then(|c| chaine(champ(c, "code")));
    if let Some(code) = statut {
        let profils = objet(champ(p, "meta")).map(|m| tableau(champ(m, "profile")));
        let declare = profils.is_some_and(|ps| {
            ps.iter()
                .any(|x| chaine(Some(x)) == Some(tddui::PROFIL_PATIENT_INS))
        });
        // FR Core 2.1.0 has no QUAL nor RECUP: a VALI identity with the
        // INS profile is qualified (QUAL and RECUP, which earlier sidoba
        // versions wrote, are still read). An unknown code is reported by
        // the collection reader (nomenclature).
        let lu = match (code, declare) {
            ("VALI", true) | ("QUAL", _) => Some("qualifiee"),
            ("RECUP", _) => Some("recuperee"),
            _ => tddui::statut(code),
        };
        cle("statut", q(lu.unwrap_or("")));
        let ins = lu == Some("qualifiee");
        if ins != declare {
            let voulu = if ins {
                tddui::PROFIL_PATIENT_INS
            } else {
                tddui::PROFIL_PATIENT
            };
            l.erreur(
                p.range.start,
                &format!("{ptr}/meta/profile"),
                format!("le profil du Patient suit la fiabilité de son identité : « {voulu} » ici"),
            );
        }
    }
    let ids: Vec<_> = tableau(champ(p, "identifier"))
        .iter()
        .filter_map(|i| objet(Some(i)))
        .filter_map(|i| Some((tddui::type_ins(chaine(champ(i, "system"))?)?, i)))
        .collect();
    match ids.as_slice() {
        [] => {}
        [(t, i)] => {
            let valeur =
                champ(i, "value").map_or_else(|| "null".to_owned(), |v| l.brut(v).to_owned());
            cle(
                "ins",
                format!("{{\"type\":{},\"valeur\":{valeur}}}", q(t.code())),
            );
        }
        [_, (_, i), ..] => l.erreur(
            i.range.start,
            &format!("{ptr}/identifier"),
            "un seul INS (NIR ou NIA) par Patient",
        ),
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
    format!("{{{}}}", s.join(","))
}
