//! Une URL de `system` FHIR en `codeSystem` CDA (un OID ou un UUID) :
//! l'UUID v5 de l'URL. Les identifiants propres des documents sont
//! `crate::usager::adresses::uuid_v5`, partagés avec les fullUrls du Bundle.

use uuid::Uuid;

/// L'UUID v5 d'une URL (espace de noms URL standard) : ainsi une URL de
/// `system` FHIR devient un `codeSystem` CDA, qui doit être un OID ou un
/// UUID.
pub fn depuis_url(url: &str) -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, url.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn une_url_donne_le_v5_standard() {
        // Independent check: v5 of "http://www.example.com/" in
        // the URL namespace, computed by Python's uuid.uuid5.
        assert_eq!(
            depuis_url("http://www.example.com/").to_string(),
            "fcde3c85-2270-590f-9e7c-ee003d65e0e2"
        );
    }
}
