//! Les chemins de l'API : leurs gabarits (les routes du serveur, `{id}`,
//! `{finess}`, `{uid}`) et, pour chacun, le chemin d'un appel, ses segments
//! encodés (RFC 3986).

use crate::Service;

pub const JETON: &str = "/v1/jeton";
pub const OPENAPI: &str = "/v1/openapi.json";
/// WS01.
pub const CAMPAGNES: &str = "/v1/campagnes";
/// WS02.
pub const MODELE: &str = "/v1/campagnes/{id}/modele";
/// WS03.
pub const VALIDATION: &str = "/v1/modeles/validation";
/// WS04.
pub const ECARTS: &str = "/v1/modeles/ecarts";
/// WS05.
pub const DONNEES: &str = "/v1/campagnes/{id}/structures/{finess}/donnees";
/// WS07.
pub const USAGERS_CDA: &str = "/v1/campagnes/{id}/structures/{finess}/usagers/cda";
/// WS09.
pub const USAGERS_FHIR: &str = "/v1/campagnes/{id}/structures/{finess}/usagers/fhir";
/// WS06 (traitement).
pub const TRAITEMENT: &str = "/v1/traitements/{uid}";
/// WS06 (collection).
pub const COLLECTION: &str = "/v1/campagnes/{id}/structures/{finess}";
/// WS08.
pub const STATUT: &str = "/v1/campagnes/{id}/structures/{finess}/statut";

/// Encode un segment de chemin (ou une valeur de paramètre) : tout sauf
/// `A-Za-z0-9-._~` devient `%XX` (RFC 3986). C'est l'encodeur unique de
/// la maison, celui des URL canoniques FHIR de la crate d'exécution.
pub fn segment(s: &str) -> String {
    sidoba::__private_v1::usager::encoder(s)
}

/// Le gabarit du service de soumission.
pub const fn soumission_gabarit(service: Service) -> &'static str {
    match service {
        Service::Ws05 => DONNEES,
        Service::Ws07 => USAGERS_CDA,
        Service::Ws09 => USAGERS_FHIR,
    }
}

fn remplir(gabarit: &str, valeurs: &[(&str, &str)]) -> String {
    valeurs.iter().fold(gabarit.to_owned(), |c, (nom, v)| {
        c.replace(&format!("{{{nom}}}"), &segment(v))
    })
}

pub fn jeton() -> String {
    JETON.to_owned()
}

/// WS01, avec le filtre `module` s'il est donné.
pub fn campagnes(module: Option<&str>) -> String {
    match module {
        Some(m) => format!("{CAMPAGNES}?module={}", segment(m)),
        None => CAMPAGNES.to_owned(),
    }
}

/// WS02.
pub fn modele(campagne: &str) -> String {
    remplir(MODELE, &[("id", campagne)])
}

/// WS03.
pub fn validation() -> String {
    VALIDATION.to_owned()
}

/// WS04.
pub fn ecarts() -> String {
    ECARTS.to_owned()
}

/// WS06 (collection).
pub fn collection(campagne: &str, finess: &str) -> String {
    remplir(COLLECTION, &[("id", campagne), ("finess", finess)])
}

/// WS05, WS07 ou WS09.
pub fn soumission(campagne: &str, finess: &str, service: Service) -> String {
    remplir(
        soumission_gabarit(service),
        &[("id", campagne), ("finess", finess)],
    )
}

/// WS08.
pub fn statut(campagne: &str, finess: &str) -> String {
    remplir(STATUT, &[("id", campagne), ("finess", finess)])
}

/// WS06 (traitement).
pub fn traitement(uid: &str) -> String {
    remplir(TRAITEMENT, &[("uid", uid)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn les_chemins_encodent_ce_qui_changerait_leur_sens() {
        assert_eq!(modele("RAMA-2026"), "/v1/campagnes/RAMA-2026/modele");
        assert_eq!(traitement("a/b?c"), "/v1/traitements/a%2Fb%3Fc");
        assert_eq!(
            soumission("X", "010000008", Service::Ws09),
            "/v1/campagnes/X/structures/010000008/usagers/fhir"
        );
        // A value holding a template's braces stays a value.
        assert_eq!(
            collection("{finess}", "1"),
            "/v1/campagnes/%7Bfiness%7D/structures/1"
        );
        assert_eq!(campagnes(Some("é s")), "/v1/campagnes?module=%C3%A9%20s");
        assert_eq!(
            segment("Pièges/2025 \"x\"~"),
            "Pi%C3%A8ges%2F2025%20%22x%22~"
        );
    }
}
