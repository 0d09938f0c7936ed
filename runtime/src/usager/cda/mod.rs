//! WS07: one CDA R2 document per person, as the TDDUI CDA guide describes
//! it (`ansforge/IG-contenu-cda-medicosocial-transfert-donnees-dui`), and
//! the FHIR `DocumentReference` that carries it in base64.
//!
//! The header follows the guide's summary and example; the body holds only
//! the guide's sections (Séjours, Statut fonctionnel). The report's walk
//! (generated code's tables, or `sidoba bundle`'s model-driven walk) drives
//! a [`Sortie`] that writes the campaign report as an FR-Evaluation, one
//! FR-Evaluation-Composant per filled field. Everything is written by hand,
//! in one pass, in a fixed order: the same input gives the same bytes.

mod categories;
mod corps;
mod entete;
mod evaluations;
mod evenements;
mod gabarits;
pub mod grilles;
mod professionnel;
mod rapport;
mod reference;
pub(crate) mod uuid;
mod xml;

pub use categories::type_etablissement;

use super::guide::Guide;
use super::{DateHeure, Personne, Professionnel, Sortie, Structure};
use std::fmt;

/// Le logiciel DUI qui produit le document (l'`author` du CDA).
#[derive(Clone, Copy, Debug)]
pub struct Logiciel<'a> {
    /// Son nom (par exemple `MonDUI`), non vide.
    pub nom: &'a str,
    /// Sa version (par exemple `4.2.1`), non vide.
    pub version: &'a str,
}

/// Ce qu'il faut, en plus des données du rapport, pour écrire le document
/// CDA d'une personne et sa `DocumentReference`.
#[derive(Clone, Copy)]
pub struct Contexte<'a> {
    /// L'identifiant de la campagne (`SSIAD-USAGER-2025`).
    pub campagne: &'a str,
    /// Le code du modèle (`SSIAD_USAGER`).
    pub modele_code: &'a str,
    /// La version du modèle (`2025.1`).
    pub modele_version: &'a str,
    /// La `dateProduction` du fichier de collecte : l'`effectiveTime` du
    /// document (à la seconde, avec son décalage) et les dates de
    /// l'en-tête, jamais la date du jour.
    pub date_production: DateHeure,
    /// La structure : son nom (`custodian`) et sa catégorie (JDV_J254, le
    /// type d'établissement de l'en-tête et sa `translation`).
    pub structure: &'a Structure,
    /// La ligne de la version du guide (`--tddui`).
    pub guide: &'static Guide,
    /// Les professionnels du fichier (intervenants des évènements,
    /// évaluateurs, déclarant), par leur identifiant local.
    pub professionnels: &'a [Professionnel],
    /// Le professionnel qui répond du rapport de campagne.
    pub declarant: Option<&'a str>,
    pub personne: &'a Personne,
    pub logiciel: Logiciel<'a>,
    /// La référence du Patient dans le Bundle (son `fullUrl`,
    /// `urn:uuid:…`) : le `subject` de la `DocumentReference`.
    pub patient: &'a str,
    /// La base des URL canoniques (`--base`, `https://sidoba.invalid/fhir`
    /// par défaut) : les systèmes de codes des champs et des nomenclatures
    /// en dérivent.
    pub base: &'a str,
}

// The person is personal data: `Debug` shows only what is public.
impl fmt::Debug for Contexte<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Contexte")
            .field("campagne", &self.campagne)
            .field("modele_code", &self.modele_code)
            .field("modele_version", &self.modele_version)
            .field("structure", &self.structure)
            .field("personne", &self.personne)
            .finish_non_exhaustive()
    }
}

/// Le document CDA d'une personne et sa `DocumentReference`.
#[derive(Clone, PartialEq, Eq)]
pub struct Document {
    /// L'identifiant du document (UUID v5, en minuscules) : l'`id` du CDA
    /// (écrit en majuscules, comme HL7 le veut) et le `masterIdentifier`
    /// de la `DocumentReference` (`urn:uuid:` + cet identifiant).
    pub id: String,
    /// Le document CDA R2 (XML, UTF-8).
    pub xml: String,
    /// La ressource `DocumentReference` (JSON), le document en base64 dans
    /// `content[0].attachment.data`.
    pub document_reference: String,
}

// Both texts hold the identity: `Debug` shows neither.
impl fmt::Debug for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Document(<données personnelles masquées>)")
    }
}

/// Pourquoi un document CDA n'a pas pu être écrit. Le lieu est nommé,
/// jamais la valeur.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ErreurCda {
    /// Un texte contient un caractère que XML 1.0 ne peut pas porter (un
    /// caractère de contrôle autre que tabulation, saut de ligne et retour
    /// chariot, ou U+FFFE, U+FFFF). `lieu` : le chemin du champ
    /// (`soins.actes`), ou `identite.nomNaissance`, `logiciel.nom`…
    Caractere { lieu: String },
    /// Le nom ou la version du logiciel est vide.
    Vide { lieu: String },
    /// Les appels `ouvrir` et `fermer` du parcours ne vont pas par paires
    /// (une erreur du parcours, pas des données).
    Parcours,
}

impl fmt::Display for ErreurCda {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErreurCda::Caractere { lieu } => write!(
                f,
                "{lieu} : un caractère de contrôle (ou U+FFFE, U+FFFF) ne peut pas figurer dans un document XML ; retirez-le de la valeur"
            ),
            ErreurCda::Vide { lieu } => write!(f, "{lieu} : valeur vide"),
            ErreurCda::Parcours => f.write_str(
                "parcours du rapport mal formé : chaque « ouvrir » doit avoir son « fermer »",
            ),
        }
    }
}

impl std::error::Error for ErreurCda {}

/// Écrit le document CDA R2 d'une personne et sa `DocumentReference`.
///
/// Refusé avec **toutes** les erreurs à la fois (chaque valeur que XML ne
/// peut pas porter, à sa place), jamais une seule par appel.
///
/// `parcours` reçoit la [`Sortie`] du document et y parcourt le rapport de
/// la personne (`ouvrir`/`fermer` pour chaque bloc ou ligne, `champ` pour
/// chaque champ renseigné, dans l'ordre du modèle) : c'est ce que font le
/// code généré et `sidoba bundle`. Les mêmes entrées donnent toujours les
/// mêmes octets.
///
/// ```
/// # use sidoba::usager::cda::{document, Contexte, Logiciel};
/// # use sidoba::usager::*;
/// # use sidoba::Date;
/// # let personne = Personne {
/// #     identifiant: "194704032".into(),
/// #     identite: Identite {
/// #         statut: StatutIdentite::Provisoire, ins: None,
/// #         nom_naissance: "MARTIN".into(), prenoms_naissance: vec!["JEANNE".into()],
/// #         premier_prenom: "JEANNE".into(), sexe: Sexe::Feminin, rang_naissance: 1,
/// #         date_naissance: Date::ymd(1937, 4, 12), lieu_naissance: None },
/// #     sejour: Sejour { identifiant: "S1".into(), debut: Date::ymd(2025, 1, 3), fin: None },
/// #     evenements: vec![], evaluations: vec![],
/// # };
/// let mut structure = Structure::new(Finess::new("010000008").unwrap());
/// structure.categorie = Some("354".into());
/// let contexte = Contexte {
///     campagne: "SSIAD-USAGER-2025",
///     modele_code: "SSIAD_USAGER",
///     modele_version: "2025.1",
///     date_production: "2026-01-15T10:30:00+01:00".parse().unwrap(),
///     structure: &structure,
///     guide: sidoba::usager::guide::par_defaut(),
///     professionnels: &[],
///     declarant: None,
///     personne: &personne,
///     logiciel: Logiciel { nom: "MonDUI", version: "4.2" },
///     patient: "urn:uuid:00000000-0000-5000-8000-000000000000",
///     base: "https://sidoba.invalid/fhir",
/// };
/// let doc = document(&contexte, |sortie| {
///     // le parcours du rapport de la personne
///     let _ = sortie;
/// })
/// .unwrap();
/// assert!(doc.xml.starts_with("<?xml"));
/// assert!(doc.document_reference.contains("\"resourceType\":\"DocumentReference\""));
/// ```
pub fn document(
    contexte: &Contexte<'_>,
    parcours: impl FnOnce(&mut dyn Sortie),
) -> Result<Document, Vec<ErreurCda>> {
    let mut erreurs = Vec::new();
    for (lieu, v) in [
        ("logiciel.nom", contexte.logiciel.nom),
        ("logiciel.version", contexte.logiciel.version),
    ] {
        if v.trim().is_empty() {
            erreurs.push(ErreurCda::Vide { lieu: lieu.into() });
        }
    }
    let finess = &contexte.structure.finess;
    let local = contexte.personne.identifiant.as_str();
    let id = super::adresses::uuid_v5(contexte.campagne, finess.as_str(), local, "cda");
    let lot = super::adresses::uuid_v5(contexte.campagne, finess.as_str(), local, "cda-setId");
    let id_cda = majuscules(&id);

    let mut xml = String::with_capacity(8000);
    entete::ecrire(&mut xml, contexte, &id_cda, &majuscules(&lot), &mut erreurs);
    let corps = corps::ecrire(contexte, &id_cda, parcours, &mut erreurs);
    if !erreurs.is_empty() {
        // A value written in several places is reported once.
        let mut vus = std::collections::HashSet::new();
        erreurs.retain(|e| vus.insert(e.clone()));
        return Err(erreurs);
    }
    xml.push_str(&corps);
    xml.push_str("</ClinicalDocument>\n");

    let id = id.hyphenated().to_string();
    let document_reference = reference::ecrire(contexte, &id, &xml);
    Ok(Document {
        id,
        xml,
        document_reference,
    })
}

/// HL7 writes UUIDs in `II.root` in upper case.
fn majuscules(u: &::uuid::Uuid) -> String {
    let mut b = ::uuid::Uuid::encode_buffer();
    u.hyphenated().encode_upper(&mut b).to_owned()
}

/// A CDA `codeSystem` (an OID or a UUID) for a FHIR system URL: the OID of
/// a `urn:oid:` URL, else the URL's UUID v5.
fn code_systeme(url: &str) -> String {
    match url.strip_prefix("urn:oid:") {
        Some(oid) if oid_valide(oid) => oid.to_owned(),
        _ => majuscules(&uuid::depuis_url(url)),
    }
}

/// The `oid` pattern of the CDA schema: `[0-2](\.(0|[1-9][0-9]*))*`.
fn oid_valide(s: &str) -> bool {
    let mut parties = s.split('.');
    let premier = parties.next().unwrap_or("");
    matches!(premier, "0" | "1" | "2")
        && parties.all(|p| {
            !p.is_empty()
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p == "0" || !p.starts_with('0'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_segments_and_code_systems() {
        assert_eq!(code_systeme("urn:oid:1.2.250.1.213"), "1.2.250.1.213");
        // Not an OID the schema accepts: hashed like any URL.
        for u in [
            "urn:oid:1.02",
            "urn:oid:3.1",
            "urn:oid:",
            "https://x.invalid/cs",
        ] {
            let c = code_systeme(u);
            assert_eq!(c.len(), 36, "{u}");
            assert_eq!(c, c.to_uppercase());
        }
    }
}
