//! WS09 : le Bundle FHIR R4 « transaction » du guide TDDUI (`usager.md`).
//!
//! Une structure, une campagne, N personnes : une Organization, puis pour
//! chaque personne un Patient, une Encounter (son séjour) et une
//! QuestionnaireResponse (son rapport). Le JSON est écrit directement, sans
//! arbre intermédiaire ; les décimaux sont écrits exactement ; les mêmes
//! entrées donnent les mêmes octets (les `fullUrl` sont des UUID v5).
//!
//! ```
//! use sidoba::usager::fhir::{Bundle, Entete};
//! use sidoba::usager::{Finess, Structure, guide};
//!
//! let structure = Structure::new(Finess::new("010000008").unwrap());
//! let entete = Entete {
//!     campagne: "SSIAD-USAGER-2025",
//!     modele: "SSIAD_USAGER",
//!     version: "2025.1",
//!     base: sidoba::usager::fhir::BASE_DEFAUT,
//!     structure: &structure,
//!     date_production: "2026-01-15T10:30:00+01:00".parse().unwrap(),
//!     guide: guide::par_defaut(),
//!     professionnels: &[],
//!     declarant: None,
//! };
//! let bundle = Bundle::new(&entete);
//! // bundle.personne(0, &personne, |sortie| { /* le rapport parcouru */ });
//! let json = bundle.finir().unwrap();
//! assert!(json.starts_with(r#"{"resourceType":"Bundle""#));
//! ```

mod items;
mod ressources;
mod suivi;

pub use items::Items;

use super::adresses::{full_url, full_url_de, url_questionnaire};
use super::guide::Guide;
use super::{DateHeure, Personne, Professionnel, Sortie, Structure};
use crate::ecriture::chaine;
use crate::{CodeConstat, Constat, Constats};
use std::collections::BTreeMap;

/// La base des URL canoniques tant que la CNSA n'en publie pas (domaine
/// réservé `.invalid`).
pub const BASE_DEFAUT: &str = "https://sidoba.invalid/fhir";

/// Ce que tout le Bundle partage : la campagne, le modèle (son
/// Questionnaire est `url|version`), la base des URL canoniques, la
/// structure, la date de production (l'`authored` du rapport de
/// campagne), la version du guide écrite, les professionnels du fichier
/// et le déclarant (l'auteur des rapports de campagne).
#[derive(Clone, Copy, Debug)]
pub struct Entete<'a> {
    pub campagne: &'a str,
    /// Le code du modèle.
    pub modele: &'a str,
    pub version: &'a str,
    /// Sans `/` final, par exemple [`BASE_DEFAUT`].
    pub base: &'a str,
    pub structure: &'a Structure,
    pub date_production: DateHeure,
    pub guide: &'static Guide,
    pub professionnels: &'a [Professionnel],
    pub declarant: Option<&'a str>,
}

/// Le Bundle en cours d'écriture : [`Bundle::new`] écrit l'en-tête et
/// l'Organization, [`Bundle::personne`] les trois ressources d'une
/// personne (WS09), [`Bundle::personne_cda`] son Patient et la
/// DocumentReference de son document CDA (WS07), [`Bundle::finir`] le
/// texte, refusé avec les constats bloquants apparus en écrivant.
pub struct Bundle<'a> {
    entete: Entete<'a>,
    buf: String,
    constats: Vec<Constat>,
    organisation: String,
    questionnaire: String,
    /// Each professional's Practitioner fullUrl, by local identifier.
    professionnels: BTreeMap<&'a str, String>,
    /// The Practitioners are written (WS09, before the first person).
    praticiens: bool,
    /// A WS07 Bundle (a person's CDA document was written): no
    /// Practitioner.
    cda: bool,
}

// The buffer holds personal data: `Debug` shows only its size.
impl std::fmt::Debug for Bundle<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bundle")
            .field("octets", &self.buf.len())
            .field("constats", &self.constats.len())
            .finish_non_exhaustive()
    }
}

impl<'a> Bundle<'a> {
    pub fn new(entete: &Entete<'a>) -> Bundle<'a> {
        Bundle::avec_profil(entete, entete.guide.profils.bundle)
    }

    /// WS07 : le Bundle du guide CDA (son profil `tddui-bundle`), qui porte
    /// les `DocumentReference` de [`Bundle::personne_cda`].
    pub fn new_cda(entete: &Entete<'a>) -> Bundle<'a> {
        Bundle::avec_profil(entete, entete.guide.cda.bundle)
    }

    fn avec_profil(entete: &Entete<'a>, profil: &str) -> Bundle<'a> {
        let finess = entete.structure.finess.as_str();
        let organisation = full_url(entete.campagne, finess, "", "Organization");
        let questionnaire = format!(
            "{}|{}",
            url_questionnaire(entete.base, entete.modele),
            entete.version
        );
        let mut buf = String::with_capacity(16 * 1024);
        buf.push_str(r#"{"resourceType":"Bundle","meta":{"profile":["#);
        chaine(&mut buf, profil);
        buf.push_str(r#"]},"type":"transaction","entry":["#);
        ressources::organisation(&mut buf, entete.guide, &organisation, entete.structure);
        let professionnels = entete
            .professionnels
            .iter()
            .map(|p| {
                let url = full_url(entete.campagne, finess, &p.identifiant, "Practitioner");
                (p.identifiant.as_str(), url)
            })
            .collect();
        Bundle {
            entete: *entete,
            buf,
            constats: Vec::new(),
            organisation,
            questionnaire,
            professionnels,
            praticiens: false,
            cda: false,
        }
    }

    /// WS09: one Practitioner per professional of the file (so that
    /// reading back gives them all), once, before the persons.
    fn praticiens(&mut self) {
        if std::mem::replace(&mut self.praticiens, true) {
            return;
        }
        let e = self.entete;
        for p in e.professionnels {
            if let Some(url) = self.professionnels.get(p.identifiant.as_str()) {
                suivi::professionnel(
                    &mut self.buf,
                    e.guide,
                    url,
                    e.base,
                    e.structure.finess.as_str(),
                    p,
                );
            }
        }
    }

    /// The Practitioner of professional `id`, or a blocking finding at
    /// `chemin` (a reference must resolve inside the Bundle).
    fn praticien(&mut self, id: &str, chemin: String) -> Option<String> {
        let url = self.professionnels.get(id).cloned();
        if url.is_none() {
            self.constats.push(Constat::champ(
                chemin,
                CodeConstat::Nomenclature,
                "Ce professionnel n'est pas l'identifiant d'un professionnel de « professionnels » : la référence ne peut pas être écrite.".into(),
            ));
        }
        url
    }

    /// Le `fullUrl` d'une ressource d'une personne (`Patient`, …), par son
    /// identifiant local.
    pub fn full_url(&self, identifiant: &str, ressource: &str) -> String {
        full_url(
            self.entete.campagne,
            self.entete.structure.finess.as_str(),
            identifiant,
            ressource,
        )
    }

    /// Écrit le Patient, l'Encounter et la QuestionnaireResponse de la
    /// personne `position` (sa place dans la collection, pour le chemin des
    /// constats : `usagers[3]`) ; `rapport` parcourt son rapport vers la
    /// [`Sortie`] donnée (code généré ou parcours guidé par le modèle).
    pub fn personne(
        &mut self,
        position: usize,
        personne: &Personne,
        rapport: Option<impl FnOnce(&mut dyn Sortie)>,
    ) {
        self.praticiens();
        let e = self.entete;
        let g = e.guide;
        let finess = e.structure.finess.as_str();
        let id = personne.identifiant.as_str();
        let chemin = format!("usagers[{position}]");
        let patient = self.full_url(id, "Patient");
        let sejour = self.full_url(id, "Encounter");
        ressources::patient(&mut self.buf, g, &patient, finess, personne);
        ressources::sejour(
            &mut self.buf,
            g,
            &sejour,
            &patient,
            &self.organisation,
            finess,
            personne,
        );
        let mut rencontres = BTreeMap::new();
        for (j, ev) in personne.evenements.iter().enumerate() {
            let url = full_url_de(e.campagne, finess, id, &ev.identifiant, "Encounter");
            let pros: Vec<String> = ev
                .professionnels
                .iter()
                .enumerate()
                .filter_map(|(k, p)| {
                    self.praticien(p, format!("{chemin}.evenements[{j}].professionnels[{k}]"))
                })
                .collect();
            let pros: Vec<&str> = pros.iter().map(String::as_str).collect();
            let liens = suivi::Liens {
                patient: &patient,
                sejour: &sejour,
                organisation: &self.organisation,
                professionnels: &pros,
            };
            suivi::evenement(&mut self.buf, g, &url, finess, id, ev, &liens);
            rencontres.insert(ev.identifiant.as_str(), url);
        }
        for (j, ev) in personne.evaluations.iter().enumerate() {
            let ici = format!("{chemin}.evaluations[{j}]");
            let Some(grille) = g.grilles.grille(&ev.grille) else {
                self.constats.push(Constat::champ(
                    format!("{ici}.grille"),
                    CodeConstat::Nomenclature,
                    "La grille n'est pas l'une des quatre grilles du guide TDDUI.".into(),
                ));
                continue;
            };
            let auteur = self.praticien(&ev.evaluateur, format!("{ici}.evaluateur"));
            let questionnaire = format!("{}|{}", grille.url, g.grilles.version);
            let url = full_url_de(
                e.campagne,
                finess,
                id,
                &ev.identifiant,
                "QuestionnaireResponse",
            );
            let tete = ressources::TeteReponse {
                url: &url,
                patient: &patient,
                finess,
                identifiant: id,
                numero: &ev.identifiant,
                questionnaire: &questionnaire,
                rencontre: ev
                    .evenement
                    .as_deref()
                    .and_then(|x| rencontres.get(x))
                    .map(String::as_str),
                authored: &ev.date,
                auteur: auteur.as_deref(),
                source: true,
            };
            ressources::reponse_debut(&mut self.buf, g, &tete);
            let reponses = format!("{ici}.reponses");
            let mut constats = Vec::new();
            let mut items = Items::new(&mut self.buf, e.base, &reponses, &mut constats);
            super::parcourir_reponses(
                grille,
                &ev.reponses,
                &reponses,
                Some(&mut items),
                &mut Vec::new(),
            );
            items.finir();
            self.constats.extend(constats);
            ressources::entree_fin(&mut self.buf, "QuestionnaireResponse");
        }
        let Some(rapport) = rapport else {
            return;
        };
        let auteur = match e.declarant {
            Some(d) => self.praticien(d, "declarant".into()),
            None => None,
        };
        let url = self.full_url(id, "QuestionnaireResponse");
        let tete = ressources::TeteReponse {
            url: &url,
            patient: &patient,
            finess,
            identifiant: id,
            numero: e.campagne,
            questionnaire: &self.questionnaire,
            rencontre: None,
            authored: &e.date_production,
            auteur: auteur.as_deref(),
            source: false,
        };
        ressources::reponse_debut(&mut self.buf, g, &tete);
        let mut items = Items::new(&mut self.buf, e.base, &chemin, &mut self.constats);
        rapport(&mut items);
        items.finir();
        ressources::entree_fin(&mut self.buf, "QuestionnaireResponse");
    }

    /// WS07 : écrit le Patient de la personne `position` et la
    /// `DocumentReference` de son document CDA ([`super::cda::document`]),
    /// que `rapport` remplit par le même parcours que la
    /// QuestionnaireResponse de [`Bundle::personne`]. Un texte que XML ne
    /// peut pas porter devient un constat bloquant à sa place
    /// (`usagers[3].identite.nomNaissance`), sans sa valeur.
    pub fn personne_cda(
        &mut self,
        position: usize,
        personne: &Personne,
        logiciel: super::cda::Logiciel<'_>,
        rapport: Option<impl FnOnce(&mut dyn Sortie)>,
    ) {
        self.cda = true;
        let e = self.entete;
        let id = personne.identifiant.as_str();
        let patient = self.full_url(id, "Patient");
        ressources::patient(
            &mut self.buf,
            e.guide,
            &patient,
            e.structure.finess.as_str(),
            personne,
        );
        let rapport = move |s: &mut dyn Sortie| {
            if let Some(r) = rapport {
                r(s)
            }
        };
        let contexte = super::cda::Contexte {
            campagne: e.campagne,
            modele_code: e.modele,
            modele_version: e.version,
            date_production: e.date_production,
            structure: e.structure,
            guide: e.guide,
            professionnels: e.professionnels,
            declarant: e.declarant,
            personne,
            logiciel,
            patient: &patient,
            base: e.base,
        };
        match super::cda::document(&contexte, rapport) {
            Ok(document) => {
                let url = self.full_url(id, "DocumentReference");
                self.buf.push_str(r#",{"fullUrl":"#);
                chaine(&mut self.buf, &url);
                self.buf.push_str(r#","resource":"#);
                self.buf.push_str(&document.document_reference);
                self.buf
                    .push_str(r#","request":{"method":"POST","url":"DocumentReference"}}"#);
            }
            Err(erreurs) => self
                .constats
                .extend(erreurs.iter().map(|e| constat_cda(position, e))),
        }
    }

    /// Le Bundle, ou les constats bloquants apparus en l'écrivant (une
    /// valeur hors des 32 bits d'un item `integer`, par exemple).
    pub fn finir(mut self) -> Result<String, Constats> {
        // A WS09 Bundle with no person still names its professionals.
        if !self.cda {
            self.praticiens();
        }
        if !self.constats.is_empty() {
            return Err(Constats(self.constats));
        }
        self.buf.push_str("]}");
        Ok(self.buf)
    }
}

/// A CDA document that cannot be written, as a blocking finding at its
/// place (never the value).
fn constat_cda(position: usize, erreur: &super::cda::ErreurCda) -> Constat {
    use super::cda::ErreurCda;
    let (lieu, message) = match erreur {
        ErreurCda::Caractere { lieu } => (
            lieu.as_str(),
            "Un caractère de contrôle (ou U+FFFE, U+FFFF) ne peut pas figurer dans un document CDA (XML) : retirez-le de la valeur.",
        ),
        ErreurCda::Vide { lieu } => (lieu.as_str(), "Valeur vide : le document CDA en a besoin."),
        ErreurCda::Parcours => (
            "",
            "Parcours du rapport mal formé : chaque « ouvrir » doit avoir son « fermer ».",
        ),
    };
    let chemin = if lieu.is_empty() {
        format!("usagers[{position}]")
    } else {
        format!("usagers[{position}].{lieu}")
    };
    Constat::champ(chemin, CodeConstat::Type, message.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::descripteur::{Champ, Genre, Nomenclature, Valeur};
    use crate::usager::{Identite, Ins, Rendu, Sejour, Sexe, TypeIns};
    use crate::{CodeConstat, Date};

    fn personne() -> Personne {
        Personne {
            identifiant: "ID-SECRET".into(),
            identite: Identite {
                statut: StatutIdentite::Qualifiee,
                ins: Some(Ins::new(TypeIns::Nir, "237047505612346").unwrap()),
                nom_naissance: "NOMSECRET".into(),
                prenoms_naissance: vec!["PRENOMSECRET".into()],
                premier_prenom: "PRENOMSECRET".into(),
                sexe: Sexe::Feminin,
                rang_naissance: 1,
                date_naissance: Date::ymd(1937, 4, 12),
                lieu_naissance: None,
            },
            sejour: Sejour {
                identifiant: "S".into(),
                debut: Date::ymd(2025, 1, 3),
                fin: None,
            },
            evenements: vec![],
            evaluations: vec![],
        }
    }
    use crate::usager::StatutIdentite;

    const ENTIER: Champ<'static> = Champ {
        code: "n",
        libelle: "N",
        obligatoire: false,
        personnel: false,
        genre: Genre::Entier {
            min: None,
            max: None,
        },
    };

    fn ecrire(rapport: impl FnOnce(&mut dyn Sortie)) -> Result<String, Constats> {
        let s = Structure::new(super::super::Finess::new("010000008").unwrap());
        let e = Entete {
            campagne: "C",
            modele: "M",
            version: "1",
            base: BASE_DEFAUT,
            structure: &s,
            date_production: "2026-01-15".parse().unwrap(),
            guide: crate::usager::guide::par_defaut(),
            professionnels: &[],
            declarant: None,
        };
        let mut b = Bundle::new(&e);
        b.personne(4, &personne(), Some(rapport));
        let debug = format!("{b:?}");
        assert!(
            !debug.contains("SECRET") && !debug.contains("2370"),
            "{debug}"
        );
        b.finir()
    }

    /// The QuestionnaireResponse's text from its `"authored"` on.
    fn items(b: &str) -> &str {
        let i = b.find(r#""authored":""#).unwrap() + 12;
        let fin = b[i..].find('"').unwrap();
        &b[i + fin + 1..]
    }

    #[test]
    fn empty_groups_are_left_out_and_unbalanced_calls_cannot_break_the_json() {
        let b = ecrire(|s| {
            s.ouvrir("vide", "Vide");
            s.ouvrir("vide2", "");
            s.fermer();
            s.fermer();
            s.fermer(); // one too many: ignored
            s.ouvrir("a", "A");
            s.champ(&ENTIER, Rendu::Entier(7));
            s.ouvrir("b", "B"); // never closed: closed at the end
        })
        .unwrap();
        assert_eq!(
            items(&b),
            r#","item":[{"linkId":"a","text":"A","item":[{"linkId":"n","text":"N","answer":[{"valueInteger":7}]}]}]},"request":{"method":"POST","url":"QuestionnaireResponse"}}]}"#
        );
        let b = ecrire(|s| {
            s.ouvrir("vide", "Vide");
            s.fermer();
        })
        .unwrap();
        assert!(items(&b).starts_with("},"), "no item key: {}", items(&b));
    }

    #[test]
    fn a_multiple_field_is_one_item_with_an_answer_per_code() {
        let valeurs = [
            Valeur {
                code: "A",
                libelle: "Un",
                actif: true,
            },
            Valeur {
                code: "B",
                libelle: "",
                actif: true,
            },
        ];
        let n = Nomenclature {
            code: "liste à/b",
            libelle: "L",
            reference: None,
            valeurs: &valeurs,
        };
        let champ = Champ {
            code: "m",
            libelle: "M",
            obligatoire: false,
            personnel: false,
            genre: Genre::Code {
                nomenclature: &n,
                multiple: true,
            },
        };
        let b = ecrire(|s| {
            s.champ(&champ, Rendu::Code(&valeurs[0]));
            s.champ(&champ, Rendu::Code(&valeurs[1]));
            s.champ(&ENTIER, Rendu::Entier(1));
        })
        .unwrap();
        assert!(items(&b).starts_with(
            r#","item":[{"linkId":"m","text":"M","answer":[{"valueCoding":{"system":"https://sidoba.invalid/fhir/CodeSystem/liste%20%C3%A0%2Fb","code":"A","display":"Un"}},{"valueCoding":{"system":"https://sidoba.invalid/fhir/CodeSystem/liste%20%C3%A0%2Fb","code":"B"}}]},{"linkId":"n""#
        ), "{}", items(&b));
    }

    #[test]
    fn an_integer_beyond_32_bits_is_a_finding_at_its_row() {
        let r = ecrire(|s| {
            s.ouvrir("bloc", "");
            s.ouvrir_ligne("lignes", "", 0);
            s.fermer();
            s.ouvrir_ligne("lignes", "", 1);
            s.champ(&ENTIER, Rendu::Entier(i64::from(i32::MAX) + 1));
            s.fermer();
            s.fermer();
        });
        let c = r.unwrap_err();
        assert_eq!(c.len(), 1);
        assert_eq!(c.0[0].chemin, "usagers[4].lignes[1].n");
        assert_eq!(c.0[0].code, CodeConstat::Type);
    }

    #[test]
    fn full_urls_are_name_based_and_cannot_collide_by_concatenation() {
        let a = full_url("C", "010000008", "ab", "Patient");
        assert_eq!(a, full_url("C", "010000008", "ab", "Patient"));
        assert_ne!(a, full_url("C", "010000008", "a", "bPatient"));
        assert_ne!(a, full_url("C", "010000008", "ab", "Encounter"));
        assert_eq!(a.len(), "urn:uuid:".len() + 36);
        assert_eq!(&a[23..24], "5", "version 5: {a}");
    }

    /// Issue 20, item 1: a row of a repeatable block with no field filled
    /// is still a group item (its linkId only), so rows keep count and
    /// order.
    #[test]
    fn an_empty_row_is_a_group_holding_only_its_link_id() {
        let b = ecrire(|s| {
            s.ouvrir("bloc", "Bloc");
            s.ouvrir_ligne("lignes", "Lignes", 0);
            s.fermer();
            s.ouvrir_ligne("lignes", "Lignes", 1);
            s.champ(&ENTIER, Rendu::Entier(2));
            s.fermer();
            s.fermer();
        })
        .unwrap();
        assert!(
            items(&b).starts_with(
                r#","item":[{"linkId":"bloc","text":"Bloc","item":[{"linkId":"lignes","text":"Lignes"},{"linkId":"lignes","text":"Lignes","item":[{"linkId":"n","text":"N","answer":[{"valueInteger":2}]}]}]}]}"#
            ),
            "{}",
            items(&b)
        );
    }

    proptest::proptest! {
        /// Whatever rows are filled, each row is one group item, in order.
        #[test]
        fn rows_keep_their_count_and_order(remplies in proptest::collection::vec(proptest::option::of(0i64..1000), 0..12)) {
            let b = ecrire(|s| {
                for (k, r) in remplies.iter().enumerate() {
                    s.ouvrir_ligne("lignes", "", k);
                    if let Some(v) = r {
                        s.champ(&ENTIER, Rendu::Entier(*v));
                    }
                    s.fermer();
                }
            })
            .unwrap();
            let v: serde_json::Value = serde_json::from_str(&b).unwrap();
            let qr = v["entry"].as_array().unwrap().last().unwrap()["resource"].clone();
            let lignes = qr["item"].as_array().cloned().unwrap_or_default();
            proptest::prop_assert_eq!(lignes.len(), remplies.len());
            for (l, r) in lignes.iter().zip(&remplies) {
                proptest::prop_assert_eq!(&l["linkId"], "lignes");
                let lu = l["item"][0]["answer"][0]["valueInteger"].as_i64();
                proptest::prop_assert_eq!(lu, *r);
            }
        }
    }
}
