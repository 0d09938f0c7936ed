//! Le parcours du rapport d'une personne, dans l'ordre du modèle, partagé
//! par les écrivains des documents par personne (les items de
//! QuestionnaireResponse du WS09, les sections CDA du WS07).
//!
//! Deux parcours alimentent une [`Sortie`] : le code généré (par ses tables
//! statiques) et `sidoba bundle` (par le modèle et l'arbre du fichier de
//! collecte). Les deux passent les mêmes descriptions et les mêmes valeurs
//! typées : un seul écrivain par format sert les deux, et leurs octets
//! s'accordent.

use crate::descripteur::{Champ, Valeur};
use crate::{Date, Decimal};

/// La valeur d'un champ renseigné, typée comme le dit le modèle.
#[derive(Clone, Copy)]
pub enum Rendu<'a> {
    Entier(i64),
    /// Exact : écrit depuis ses chiffres, jamais par un flottant.
    Decimal(&'a Decimal),
    Texte(&'a str),
    Booleen(bool),
    Date(Date),
    /// Un code de la nomenclature du champ, avec son libellé (un champ
    /// `multiple` donne un `Code` par code choisi, dans l'ordre du rapport).
    Code(&'a Valeur<'a>),
}

// A value may be personal data: `Debug` shows only its kind.
impl std::fmt::Debug for Rendu<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Rendu::Entier(_) => "Entier(…)",
            Rendu::Decimal(_) => "Decimal(…)",
            Rendu::Texte(_) => "Texte(…)",
            Rendu::Booleen(_) => "Booleen(…)",
            Rendu::Date(_) => "Date(…)",
            Rendu::Code(_) => "Code(…)",
        })
    }
}

/// Où va le parcours d'un rapport. Les appels viennent dans l'ordre du
/// modèle : `ouvrir` pour un bloc non répétable (par son code) ou
/// `ouvrir_ligne` pour une ligne d'un bloc répétable (le code du bloc, une
/// fois par ligne, dans l'ordre des lignes), puis les champs renseignés et
/// les groupes intérieurs, puis `fermer`. Les champs non renseignés ne sont
/// pas visités ; un groupe peut se fermer vide, et l'écrivain l'omet.
pub trait Sortie {
    fn ouvrir(&mut self, code: &str, libelle: &str);
    /// La ligne `index` (à partir de 0) d'un bloc répétable : un groupe
    /// comme un autre, sauf si l'écrivain a besoin de la place de la ligne
    /// (pour le chemin d'un constat).
    fn ouvrir_ligne(&mut self, code: &str, libelle: &str, index: usize) {
        let _ = index;
        self.ouvrir(code, libelle);
    }
    fn fermer(&mut self);
    fn champ(&mut self, champ: &Champ<'_>, valeur: Rendu<'_>);
    /// Les appels jusqu'à [`Sortie::fermer_reponse`] sont les sous-items de
    /// la réponse que `champ` vient de donner (un item de grille
    /// d'évaluation dont la réponse porte des sous-items, comme les
    /// variables et les adverbes d'AGGIR ; un écrivain FHIR les range sous
    /// `answer.item`). Par défaut, ils suivent comme des champs ordinaires.
    fn ouvrir_reponse(&mut self) {}
    fn fermer_reponse(&mut self) {}
}
