//! Name-based identifiers (UUID v5): the same input always gives the same
//! identifier, so the same collection file always gives the same bytes.

use crate::usager::Finess;
use uuid::Uuid;

/// sidoba's namespace for user-level identifiers: the UUID v5 of the URL
/// `https://sidoba.invalid/usager` in the standard URL namespace.
fn espace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://sidoba.invalid/usager")
}

/// The identifier of one thing produced for one person: UUID v5 of the
/// campaign, the FINESS, the local identifier and the kind (`cda`, ...).
///
/// Each part goes in with its length in bytes in front (`17:SSIAD-…|`), so
/// that no two different inputs give the same name, whatever characters
/// the parts hold.
pub fn identifiant(campagne: &str, finess: &Finess, identifiant_local: &str, genre: &str) -> Uuid {
    let mut nom =
        String::with_capacity(campagne.len() + identifiant_local.len() + genre.len() + 40);
    for partie in [campagne, finess.as_str(), identifiant_local, genre] {
        nom.push_str(itoa::Buffer::new().format(partie.len()));
        nom.push(':');
        nom.push_str(partie);
        nom.push('|');
    }
    Uuid::new_v5(&espace(), nom.as_bytes())
}

/// The UUID v5 of a URL (standard URL namespace): how a FHIR `system` URL
/// becomes a CDA `codeSystem`, which must be an OID or a UUID.
pub fn depuis_url(url: &str) -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, url.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_input_same_identifier_and_parts_do_not_run_into_each_other() {
        let f = Finess::new("010000008").unwrap();
        let a = identifiant("C", &f, "12", "cda");
        assert_eq!(a, identifiant("C", &f, "12", "cda"));
        assert_eq!(a.get_version_num(), 5);
        assert_ne!(a, identifiant("C", &f, "1", "2cda"));
        assert_ne!(a, identifiant("C1", &f, "2", "cda"));
        assert_ne!(a, identifiant("C", &f, "12", "Patient"));
    }

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
