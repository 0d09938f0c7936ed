//! Les erreurs de l'API : chaque code du contrat avec son statut HTTP et
//! son titre, et le corps `application/problem+json` (RFC 9457).

use crate::PREFIXE_TYPE_PROBLEME;
use serde::{Deserialize, Serialize};

macro_rules! codes {
    ($($variante:ident $code:literal $statut:literal $titre:literal,)*) => {
        /// Un code d'erreur du contrat.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code { $($variante,)* }

        impl Code {
            /// Tous les codes, dans l'ordre de `docs/api.md`.
            pub const TOUS: &'static [Code] = &[$(Code::$variante,)*];

            /// Le code, son statut HTTP et son titre.
            pub const fn fiche(self) -> (&'static str, u16, &'static str) {
                match self { $(Code::$variante => ($code, $statut, $titre),)* }
            }
        }
    };
}

codes! {
    JetonInvalide "jeton_invalide" 401 "Jeton absent, inconnu ou expiré",
    AccesRefuse "acces_refuse" 403 "Accès refusé",
    Introuvable "introuvable" 404 "Ressource introuvable",
    MethodeNonPermise "methode_non_permise" 405 "Méthode non permise",
    JsonInvalide "json_invalide" 400 "JSON invalide",
    CleIdempotenceManquante "cle_idempotence_manquante" 400 "En-tête Idempotency-Key manquant",
    CleIdempotenceInvalide "cle_idempotence_invalide" 400 "En-tête Idempotency-Key invalide",
    TropVolumineux "trop_volumineux" 413 "Corps trop volumineux",
    TypeContenu "type_contenu" 415 "Type de contenu non accepté",
    CampagneFermee "campagne_fermee" 409 "Campagne fermée",
    StatutIncompatible "statut_incompatible" 409 "Statut de la collecte incompatible",
    CleIdempotenceReutilisee "cle_idempotence_reutilisee" 409 "Clé d'idempotence déjà utilisée pour un autre corps",
    TransitionInterdite "transition_interdite" 409 "Transition interdite",
    ModeleDifferent "modele_different" 422 "Modèle différent",
    FinessDifferent "finess_different" 422 "FINESS différent",
    NiveauIncorrect "niveau_incorrect" 422 "Niveau de modèle incorrect",
    ModeleInvalide "modele_invalide" 422 "Modèle invalide",
    TropDeRequetes "trop_de_requetes" 429 "Trop de requêtes",
    Indisponible "indisponible" 503 "Service indisponible",
    ErreurInterne "erreur_interne" 500 "Erreur interne",
}

impl Code {
    /// `jeton_invalide`, `acces_refuse`...
    pub const fn code(self) -> &'static str {
        self.fiche().0
    }

    /// Le statut HTTP de la réponse.
    pub const fn statut(self) -> u16 {
        self.fiche().1
    }

    /// `urn:sidoba:erreur:` suivi du code.
    pub fn type_uri(self) -> String {
        format!("{PREFIXE_TYPE_PROBLEME}{}", self.code())
    }

    pub fn depuis(code: &str) -> Option<Code> {
        Code::TOUS.iter().copied().find(|c| c.code() == code)
    }
}

/// Un corps `application/problem+json` (RFC 9457) : `type`, `title`,
/// `status`, `detail`, et les membres d'extension (`code`, les `problemes`
/// de `modele_invalide`...). `detail` est une phrase en français qui ne
/// cite jamais une valeur du payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Probleme {
    #[serde(rename = "type", default)]
    pub type_: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub status: Option<u16>,
    #[serde(default)]
    pub detail: Option<String>,
    /// Les autres membres (dont `code`).
    #[serde(flatten)]
    pub extensions: serde_json::Map<String, serde_json::Value>,
}

impl Probleme {
    /// Le problème d'un code du contrat : son type, son titre, son statut,
    /// la phrase `detail` et le membre `code`.
    pub fn new(code: Code, detail: impl Into<String>) -> Probleme {
        let (nom, statut, titre) = code.fiche();
        let mut extensions = serde_json::Map::new();
        extensions.insert("code".into(), nom.into());
        Probleme {
            type_: code.type_uri(),
            title: titre.into(),
            status: Some(statut),
            detail: Some(detail.into()),
            extensions,
        }
    }

    /// Le même, avec un membre d'extension de plus.
    pub fn avec(mut self, cle: &str, valeur: serde_json::Value) -> Probleme {
        self.extensions.insert(cle.into(), valeur);
        self
    }

    /// Le code après `urn:sidoba:erreur:`, quand le type en a un.
    pub fn code(&self) -> Option<&str> {
        self.type_.strip_prefix(PREFIXE_TYPE_PROBLEME)
    }

    /// Le corps JSON, ses membres dans l'ordre alphabétique (le même texte
    /// pour le même problème).
    pub fn texte(&self) -> String {
        serde_json::to_value(self)
            .map(|v| v.to_string())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn un_probleme_se_relit_tel_qu_ecrit() {
        let p = Probleme::new(Code::TransitionInterdite, "non")
            .avec("problemes", serde_json::json!([]));
        let texte = p.texte();
        assert_eq!(
            texte,
            r#"{"code":"transition_interdite","detail":"non","problemes":[],"status":409,"title":"Transition interdite","type":"urn:sidoba:erreur:transition_interdite"}"#
        );
        let relu: Probleme = serde_json::from_str(&texte).unwrap();
        assert_eq!(relu, p);
        assert_eq!(relu.code(), Some("transition_interdite"));
    }

    #[test]
    fn chaque_code_se_retrouve_par_son_nom_et_a_un_statut_d_erreur() {
        for c in Code::TOUS {
            assert_eq!(Code::depuis(c.code()), Some(*c));
            assert!((400..600).contains(&c.statut()), "{c:?}");
        }
    }
}
