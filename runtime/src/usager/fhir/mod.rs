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
//! use sidoba::usager::{Finess, Structure};
//! use sidoba::Date;
//!
//! let structure = Structure { finess: Finess::new("010000008").unwrap() };
//! let entete = Entete {
//!     campagne: "SSIAD-USAGER-2025",
//!     modele: "SSIAD_USAGER",
//!     version: "2025.1",
//!     base: sidoba::usager::fhir::BASE_DEFAUT,
//!     structure: &structure,
//!     date_production: Date::ymd(2026, 1, 15),
//! };
//! let bundle = Bundle::new(&entete);
//! // bundle.personne(0, &personne, |sortie| { /* le rapport parcouru */ });
//! let json = bundle.finir().unwrap();
//! assert!(json.starts_with(r#"{"resourceType":"Bundle""#));
//! ```

mod items;
mod ressources;

pub use items::Items;

use super::{Personne, Sortie, Structure};
use crate::descripteur::Nomenclature;
use crate::{Constat, Constats, Date};
use std::borrow::Cow;

/// La base des URL canoniques tant que la CNSA n'en publie pas (domaine
/// réservé `.invalid`).
pub const BASE_DEFAUT: &str = "https://sidoba.invalid/fhir";

/// Where the TDDUI profiles live.
const PROFILS: &str = "https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/";

/// The UUID v5 namespace of the fullUrls: v5 of the URL namespace and
/// `https://sidoba.invalid/fhir/tddui`.
const ESPACE: uuid::Uuid = uuid::Uuid::from_u128(0xd5ca_c9de_9dc6_5aab_9cb5_8668_c57c_ddb9);

/// Encode un segment de chemin d'URL (RFC 3986 : seuls `A-Za-z0-9-._~`
/// restent tels quels).
pub fn encoder(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// L'URL canonique du Questionnaire d'un modèle : BASE + `/Questionnaire/`
/// + le code du modèle encodé.
pub fn url_questionnaire(base: &str, modele: &str) -> String {
    format!("{base}/Questionnaire/{}", encoder(modele))
}

/// Le `system` des codes d'une nomenclature : sa `reference`, sinon BASE +
/// `/CodeSystem/` + son code encodé.
pub fn systeme<'n>(base: &str, n: &Nomenclature<'n>) -> Cow<'n, str> {
    match n.reference {
        Some(r) => Cow::Borrowed(r),
        None => Cow::Owned(format!("{base}/CodeSystem/{}", encoder(n.code))),
    }
}

/// Un `entier` est un `integer` FHIR (32 bits) sauf si une borne du modèle
/// en sort ; une borne absente ne compte pas.
pub fn entier_32_bits(min: Option<i64>, max: Option<i64>) -> bool {
    let dans = |b: Option<i64>| b.is_none_or(|v| i32::try_from(v).is_ok());
    dans(min) && dans(max)
}

/// Le `fullUrl` d'une ressource du Bundle : `urn:uuid:` et l'UUID v5 de la
/// campagne, du FINESS, de l'identifiant local (vide pour l'Organization)
/// et du type de ressource (`Patient`, `Encounter`, …). Chaque partie est
/// précédée de sa longueur : deux entrées différentes ne peuvent pas
/// donner le même nom.
pub fn full_url(campagne: &str, finess: &str, identifiant: &str, ressource: &str) -> String {
    let mut nom = Vec::with_capacity(
        campagne.len() + finess.len() + identifiant.len() + ressource.len() + 24,
    );
    for partie in [campagne, finess, identifiant, ressource] {
        nom.extend_from_slice(itoa::Buffer::new().format(partie.len()).as_bytes());
        nom.push(b':');
        nom.extend_from_slice(partie.as_bytes());
    }
    let mut texte = [0u8; uuid::fmt::Hyphenated::LENGTH];
    let u = uuid::Uuid::new_v5(&ESPACE, &nom);
    format!("urn:uuid:{}", u.hyphenated().encode_lower(&mut texte))
}

/// Ce que tout le Bundle partage : la campagne, le modèle (son
/// Questionnaire est `url|version`), la base des URL canoniques, la
/// structure et la date de production (l'`authored` de chaque réponse).
#[derive(Clone, Copy, Debug)]
pub struct Entete<'a> {
    pub campagne: &'a str,
    /// Le code du modèle.
    pub modele: &'a str,
    pub version: &'a str,
    /// Sans `/` final, par exemple [`BASE_DEFAUT`].
    pub base: &'a str,
    pub structure: &'a Structure,
    pub date_production: Date,
}

/// Le Bundle en cours d'écriture : [`Bundle::new`] écrit l'en-tête et
/// l'Organization, [`Bundle::personne`] les trois ressources d'une
/// personne, [`Bundle::entree`] une entrée de plus (un DocumentReference
/// WS07, par exemple), [`Bundle::finir`] le texte, refusé avec les constats
/// bloquants apparus en écrivant.
pub struct Bundle<'a> {
    entete: Entete<'a>,
    buf: String,
    constats: Vec<Constat>,
    organisation: String,
    questionnaire: String,
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
        let finess = entete.structure.finess.as_str();
        let organisation = full_url(entete.campagne, finess, "", "Organization");
        let questionnaire = format!(
            "{}|{}",
            url_questionnaire(entete.base, entete.modele),
            entete.version
        );
        let mut buf = String::with_capacity(16 * 1024);
        buf.push_str(r#"{"resourceType":"Bundle","meta":{"profile":[""#);
        buf.push_str(PROFILS);
        buf.push_str(r#"tddui-bundle"]},"type":"transaction","entry":["#);
        ressources::organisation(&mut buf, &organisation, finess);
        Bundle {
            entete: *entete,
            buf,
            constats: Vec::new(),
            organisation,
            questionnaire,
        }
    }

    /// Le `fullUrl` de l'Organization (la structure).
    pub fn organisation(&self) -> &str {
        &self.organisation
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
        rapport: impl FnOnce(&mut dyn Sortie),
    ) {
        let e = self.entete;
        let finess = e.structure.finess.as_str();
        let id = personne.identifiant.as_str();
        let patient = self.full_url(id, "Patient");
        let rencontre = self.full_url(id, "Encounter");
        let reponse = self.full_url(id, "QuestionnaireResponse");
        ressources::patient(&mut self.buf, &patient, finess, personne);
        ressources::sejour(
            &mut self.buf,
            &rencontre,
            &patient,
            &self.organisation,
            finess,
            personne,
        );
        ressources::reponse_debut(
            &mut self.buf,
            &reponse,
            &patient,
            finess,
            id,
            e.campagne,
            &self.questionnaire,
            e.date_production,
        );
        let chemin = format!("usagers[{position}]");
        let mut items = Items::new(&mut self.buf, e.base, &chemin, &mut self.constats);
        rapport(&mut items);
        items.finir();
        ressources::entree_fin(&mut self.buf, "QuestionnaireResponse");
    }

    /// Ajoute une entrée déjà écrite (un objet JSON `{"fullUrl":…,
    /// "resource":…,"request":…}`), telle quelle, à sa place dans l'ordre
    /// des appels.
    pub fn entree(&mut self, entree: &str) {
        self.buf.push(',');
        self.buf.push_str(entree);
    }

    /// Le Bundle, ou les constats bloquants apparus en l'écrivant (une
    /// valeur hors des 32 bits d'un item `integer`, par exemple).
    pub fn finir(mut self) -> Result<String, Constats> {
        if !self.constats.is_empty() {
            return Err(Constats(self.constats));
        }
        self.buf.push_str("]}");
        Ok(self.buf)
    }
}
