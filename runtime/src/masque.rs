//! `Debug` of personal data in generated types.

/// `Debug` of a personal-data value: shows whether it is filled, never what.
pub struct Masque<'a, T>(pub &'a Option<T>);

impl<T> std::fmt::Debug for Masque<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "Some(<donnée personnelle masquée>)"
        } else {
            "None"
        })
    }
}
