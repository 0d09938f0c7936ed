//! Resolving codes at compile time, with messages worth reading.
//!
//! These are `const fn`s: the derive calls them in `const` items spanned on
//! the user's attribute, so a wrong code is a compile error there, naming
//! the closest codes of the model (by the similarity of `proches`,
//! computed right there during constant evaluation).

use super::modele::{Membre, Modele};
use crate::proches::{SEUIL, similarite};

/// Longest message; longer parts are cut.
const TAILLE: usize = 1024;

struct Tampon {
    octets: [u8; TAILLE],
    n: usize,
}

impl Tampon {
    const fn new() -> Tampon {
        Tampon {
            octets: [0; TAILLE],
            n: 0,
        }
    }

    const fn ecrire(mut self, s: &str) -> Tampon {
        let b = s.as_bytes();
        let mut i = 0;
        // Stop before a character that would not fit whole.
        while i < b.len() {
            let largeur = match b[i] {
                0..0x80 => 1,
                0xc0..0xe0 => 2,
                0xe0..0xf0 => 3,
                _ => 4,
            };
            if self.n + largeur > TAILLE {
                break;
            }
            let mut k = 0;
            while k < largeur && i + k < b.len() {
                self.octets[self.n] = b[i + k];
                self.n += 1;
                k += 1;
            }
            i += largeur;
        }
        self
    }

    const fn paniquer(self) -> ! {
        let (s, _) = self.octets.split_at(self.n);
        match core::str::from_utf8(s) {
            Ok(m) => panic!("{}", m),
            Err(_) => panic!("code inconnu dans le modèle"),
        }
    }
}

const fn egal(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Byte order of two strings (as `str::cmp`).
const fn ordre(a: &str, b: &str) -> core::cmp::Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return if a[i] < b[i] {
                core::cmp::Ordering::Less
            } else {
                core::cmp::Ordering::Greater
            };
        }
        i += 1;
    }
    if a.len() < b.len() {
        core::cmp::Ordering::Less
    } else if a.len() > b.len() {
        core::cmp::Ordering::Greater
    } else {
        core::cmp::Ordering::Equal
    }
}

/// The member index of `code` by binary search in `M::TRIES`.
const fn chercher<M: Modele>(code: &str) -> Option<usize> {
    let t = M::TRIES;
    let (mut bas, mut haut) = (0, t.len());
    while bas < haut {
        let milieu = bas + (haut - bas) / 2;
        match ordre(t[milieu].0, code) {
            core::cmp::Ordering::Less => bas = milieu + 1,
            core::cmp::Ordering::Greater => haut = milieu,
            core::cmp::Ordering::Equal => return Some(t[milieu].1),
        }
    }
    None
}

const fn code_de(m: Membre) -> &'static str {
    match m {
        Membre::Champ(c) | Membre::Table(c) => c,
    }
}

/// ` (codes proches : « a », « b »)`: up to three members of the wanted kind
/// of similarity `SEUIL` or more, closest first (ties in model order): what
/// `proches::proches` gives at run time, computed during constant
/// evaluation, each similarity once.
const fn proches(t: Tampon, membres: &[Membre], code: &str, tables: bool) -> Tampon {
    let mut choisis = [(0usize, 0f64); 3];
    let mut nb = 0;
    let mut i = 0;
    while i < membres.len() {
        let note = if matches!(membres[i], Membre::Table(_)) == tables {
            similarite(code, code_de(membres[i]))
        } else {
            0.0
        };
        if note >= SEUIL {
            // Insertion into the best three; a later member never passes
            // an equal note (model order breaks ties).
            let mut k = if nb < 3 { nb } else { 3 };
            while k > 0 && choisis[k - 1].1 < note {
                if k < 3 {
                    choisis[k] = choisis[k - 1];
                }
                k -= 1;
            }
            if k < 3 {
                choisis[k] = (i, note);
                if nb < 3 {
                    nb += 1;
                }
            }
        }
        i += 1;
    }
    if nb == 0 {
        return t;
    }
    let mut t = t.ecrire(" (codes proches : ");
    let mut k = 0;
    while k < nb {
        if k > 0 {
            t = t.ecrire(", ");
        }
        t = t
            .ecrire("« ")
            .ecrire(code_de(membres[choisis[k].0]))
            .ecrire(" »");
        k += 1;
    }
    t.ecrire(")")
}

/// The member index of field `code` in `M`; otherwise compilation stops
/// with a message naming the closest fields.
pub const fn champ<M: Modele>(code: &str) -> usize {
    let membres = M::MEMBRES;
    if let Some(i) = chercher::<M>(code) {
        match membres[i] {
            Membre::Champ(_) => return i,
            Membre::Table(_) => Tampon::new()
                .ecrire("« ")
                .ecrire(code)
                .ecrire(" » est un bloc répétable du modèle ")
                .ecrire(M::MODELE)
                .ecrire(" : ses lignes se remplissent par une struct marquée #[sidoba(bloc = \"")
                .ecrire(code)
                .ecrire("\")]")
                .paniquer(),
        }
    }
    bloc_ou_inconnu::<M>(code, "champ", false)
}

/// The member index of repeatable block `code` in `M`.
pub const fn table<M: Modele>(code: &str) -> usize {
    let membres = M::MEMBRES;
    if let Some(i) = chercher::<M>(code) {
        match membres[i] {
            Membre::Table(_) => return i,
            Membre::Champ(_) => Tampon::new()
                .ecrire("« ")
                .ecrire(code)
                .ecrire(" » est un champ du modèle ")
                .ecrire(M::MODELE)
                .ecrire(
                    ", pas un bloc répétable : retirez `bloc` et mappez-le par #[sidoba(champ = \"",
                )
                .ecrire(code)
                .ecrire("\")]")
                .paniquer(),
        }
    }
    bloc_ou_inconnu::<M>(code, "bloc répétable", true)
}

const fn bloc_ou_inconnu<M: Modele>(code: &str, quoi: &str, tables: bool) -> ! {
    let mut i = 0;
    while i < M::BLOCS.len() {
        if egal(M::BLOCS[i], code) {
            let t = Tampon::new()
                .ecrire("« ")
                .ecrire(code)
                .ecrire(" » est un bloc non répétable du modèle ")
                .ecrire(M::MODELE);
            let t = if tables {
                t.ecrire(" : ses champs sont ceux du rapport, une struct qui le remplit se marque sans `bloc`")
            } else {
                t.ecrire(" : mappez ses champs un par un")
            };
            t.paniquer();
        }
        i += 1;
    }
    let t = Tampon::new()
        .ecrire(quoi)
        .ecrire(" « ")
        .ecrire(code)
        .ecrire(" » inconnu dans le modèle ")
        .ecrire(M::MODELE);
    proches(t, M::MEMBRES, code, tables).paniquer()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The derive's suggestion, as text.
    fn suggestion_derive(code: &str, champs: &[&'static str]) -> String {
        let membres: Vec<Membre> = champs.iter().map(|&c| Membre::Champ(c)).collect();
        let t = proches(Tampon::new(), &membres, code, false);
        String::from_utf8(t.octets[..t.n].to_vec()).unwrap()
    }

    #[test]
    fn la_derive_suggere_ce_que_suggere_le_socle() {
        let champs = [
            "nombre_de_places",
            "nb_residents",
            "nb_residents_hommes",
            "nb_residents_femmes",
            "nb_residents_escarres",
            "gmp",
            "PUB",
            "VACC_GRIPPE",
        ];
        for code in [
            "nb_resident",
            "nb_residents_hommmes",
            "PUBLIC",
            "VACC",
            "zzz",
            "GMP",
            "nombre_places",
        ] {
            assert_eq!(
                suggestion_derive(code, &champs),
                crate::proches::suggestion(code, champs),
                "{code}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn la_derive_suggere_ce_que_suggere_le_socle_sur_tous_codes(
            code in "[a-c_]{1,6}",
            champs in proptest::collection::vec("[a-cA-C_]{1,6}", 0..12),
        ) {
            let champs: Vec<&'static str> = champs.into_iter().map(|c| &*String::leak(c)).collect();
            proptest::prop_assert_eq!(
                suggestion_derive(&code, &champs),
                crate::proches::suggestion(&code, champs.iter().copied())
            );
        }
    }

    #[test]
    fn les_messages_tiennent_et_restent_en_utf8() {
        let t = Tampon::new().ecrire(&"é".repeat(2000));
        assert!(t.n <= TAILLE && core::str::from_utf8(&t.octets[..t.n]).is_ok());
    }
}
