//! Le `Debug` des données personnelles dans les types générés.

/// Le `Debug` d'une donnée personnelle : il montre si elle est remplie,
/// jamais ce qu'elle vaut.
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
