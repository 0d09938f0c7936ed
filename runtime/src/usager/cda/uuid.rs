//! A FHIR `system` URL as a CDA `codeSystem` (an OID or a UUID): the
//! URL's UUID v5. The documents' own identifiers are
//! `crate::usager::adresses::uuid_v5`, shared with the Bundle's fullUrls.

use uuid::Uuid;

/// The UUID v5 of a URL (standard URL namespace): how a FHIR `system` URL
/// becomes a CDA `codeSystem`, which must be an OID or a UUID.
pub fn depuis_url(url: &str) -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, url.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_gives_the_standard_v5() {
        // Independent check: v5 of "http://www.example.com/" in
        // the URL namespace, computed by Python's uuid.uuid5.
        assert_eq!(
            depuis_url("http://www.example.com/").to_string(),
            "fcde3c85-2270-590f-9e7c-ee003d65e0e2"
        );
    }
}
