//! L'écriture du payload WS05 : clés dans l'ordre du modèle, décimaux
//! exacts, champs absents omis. Le `payload()` généré et les outils `sidoba`
//! la partagent.

use crate::descripteur::Code;
use crate::{Codes, Date, Decimal};

/// Une valeur qui peut figurer dans un payload.
pub trait Ecrire {
    fn ecrire(&self, buf: &mut String);
}

macro_rules! entiers {
    ($($t:ty),*) => {$(
        impl Ecrire for $t {
            fn ecrire(&self, buf: &mut String) {
                buf.push_str(itoa::Buffer::new().format(*self));
            }
        }
    )*};
}
entiers!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Ecrire for bool {
    fn ecrire(&self, buf: &mut String) {
        buf.push_str(if *self { "true" } else { "false" });
    }
}

impl Ecrire for str {
    fn ecrire(&self, buf: &mut String) {
        chaine(buf, self);
    }
}

impl Ecrire for String {
    fn ecrire(&self, buf: &mut String) {
        chaine(buf, self);
    }
}

impl Ecrire for Date {
    fn ecrire(&self, buf: &mut String) {
        // By hand: `format!` costs more than the rest of a field.
        let chiffres = |buf: &mut String, n: u32, largeur: u32| {
            for k in (0..largeur).rev() {
                buf.push(char::from(b'0' + ((n / 10u32.pow(k)) % 10) as u8));
            }
        };
        buf.push('"');
        chiffres(buf, self.annee().into(), 4);
        buf.push('-');
        chiffres(buf, self.mois().into(), 2);
        buf.push('-');
        chiffres(buf, self.jour().into(), 2);
        buf.push('"');
    }
}

/// Une chaîne JSON littérale (guillemets et échappements compris).
pub fn chaine(buf: &mut String, s: &str) {
    buf.reserve(s.len() + 2);
    buf.push('"');
    let mut debut = 0;
    for (i, b) in s.bytes().enumerate() {
        let echappe = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x00..=0x1f => "",
            _ => continue,
        };
        buf.push_str(&s[debut..i]);
        if echappe.is_empty() {
            buf.push_str(&format!("\\u{b:04x}"));
        } else {
            buf.push_str(echappe);
        }
        debut = i + 1;
    }
    buf.push_str(&s[debut..]);
    buf.push('"');
}

/// Un décimal en notation ordinaire. Les zéros après le dernier chiffre
/// significatif sont ôtés jusqu'à `decimales` chiffres (ils ne valent rien) ;
/// un chiffre significatif n'est jamais ôté : rien n'est arrondi à
/// l'écriture.
pub fn decimal(buf: &mut String, v: &Decimal, decimales: u32) {
    let mut v = *v;
    if v.scale() > decimales {
        let significatives = crate::verif::decimales_significatives(&v);
        v = v.trunc_with_scale(significatives.max(decimales));
    }
    // Mantissa and scale written by hand (what `Display` prints, faster).
    let m = v.mantissa().unsigned_abs();
    if v.is_sign_negative() {
        buf.push('-');
    }
    let mut b = itoa::Buffer::new();
    let chiffres = b.format(m);
    let echelle = v.scale() as usize;
    if echelle == 0 {
        buf.push_str(chiffres);
    } else if chiffres.len() > echelle {
        let (ent, frac) = chiffres.split_at(chiffres.len() - echelle);
        buf.push_str(ent);
        buf.push('.');
        buf.push_str(frac);
    } else {
        buf.push_str("0.");
        buf.extend(std::iter::repeat_n('0', echelle - chiffres.len()));
        buf.push_str(chiffres);
    }
}

/// Écrit un objet JSON, virgules comprises.
pub struct Objet<'b> {
    buf: &'b mut String,
    premier: bool,
}

impl<'b> Objet<'b> {
    pub fn ouvrir(buf: &'b mut String) -> Objet<'b> {
        buf.push('{');
        Objet { buf, premier: true }
    }

    pub fn fermer(self) {
        self.buf.push('}');
    }

    /// Écrit `"cle":` et rend le tampon où écrire la valeur.
    pub fn cle(&mut self, cle: &str) -> &mut String {
        if !self.premier {
            self.buf.push(',');
        }
        self.premier = false;
        chaine(self.buf, cle);
        self.buf.push(':');
        self.buf
    }

    pub fn valeur<T: Ecrire + ?Sized>(&mut self, cle: &str, v: Option<&T>) {
        if let Some(v) = v {
            v.ecrire(self.cle(cle));
        }
    }

    pub fn decimal(&mut self, cle: &str, v: Option<&Decimal>, decimales: u32) {
        if let Some(v) = v {
            decimal(self.cle(cle), v, decimales);
        }
    }

    /// Un texte ; `""` n'est pas renseigné, il est donc omis comme `None`.
    pub fn texte(&mut self, cle: &str, v: Option<&str>) {
        self.valeur(cle, v.filter(|v| !v.is_empty()));
    }

    pub fn code<C: Code>(&mut self, cle: &str, v: Option<C>) {
        if let Some(v) = v {
            chaine(self.cle(cle), v.code());
        }
    }

    /// Un ensemble de codes vide n'est pas renseigné : il est omis comme
    /// `None`.
    pub fn codes<C: Code>(&mut self, cle: &str, v: Option<&Codes<C>>) {
        if let Some(v) = v.filter(|v| !v.is_empty()) {
            let buf = self.cle(cle);
            buf.push('[');
            for (i, c) in v.iter().enumerate() {
                if i > 0 {
                    buf.push(',');
                }
                chaine(buf, c.code());
            }
            buf.push(']');
        }
    }

    /// Un bloc répétable ; sans ligne, pas de clé.
    pub fn lignes<L>(
        &mut self,
        cle: &str,
        lignes: &[L],
        mut ecrire: impl FnMut(&L, &mut Objet<'_>),
    ) {
        if lignes.is_empty() {
            return;
        }
        let buf = self.cle(cle);
        buf.push('[');
        for (i, l) in lignes.iter().enumerate() {
            if i > 0 {
                buf.push(',');
            }
            let mut o = Objet::ouvrir(buf);
            ecrire(l, &mut o);
            o.fermer();
        }
        buf.push(']');
    }
}

/// Le payload entier, autour de `donnees`.
pub fn enveloppe(
    campagne: &str,
    modele: &str,
    version: &str,
    donnees: impl FnOnce(&mut Objet<'_>),
) -> String {
    let mut buf = String::with_capacity(4096);
    let mut racine = Objet::ouvrir(&mut buf);
    racine.valeur("campagne", Some(campagne));
    {
        let b = racine.cle("modele");
        let mut m = Objet::ouvrir(b);
        m.valeur("code", Some(modele));
        m.valeur("version", Some(version));
        m.fermer();
    }
    let mut d = Objet::ouvrir(racine.cle("donnees"));
    donnees(&mut d);
    d.fermer();
    racine.fermer();
    buf
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        crate::decimal::lire(s).unwrap()
    }

    #[test]
    fn les_decimaux_s_ecrivent_exactement() {
        for (v, dec, attendu) in [
            ("0.1", 2, "0.1"),
            ("99999999.999", 3, "99999999.999"),
            ("-0.00", 2, "-0.00"),
            ("6.50", 1, "6.5"),
            ("21", 2, "21"),
            ("1.239", 2, "1.239"),
            ("87.650", 1, "87.65"),
            ("-0.000", 2, "-0.00"),
            ("0.001", 3, "0.001"),
            ("-12.05", 2, "-12.05"),
            (
                "79228162514264337593543950335",
                0,
                "79228162514264337593543950335",
            ),
            (
                "0.0000000000000000000000000001",
                28,
                "0.0000000000000000000000000001",
            ),
        ] {
            let mut buf = String::new();
            decimal(&mut buf, &d(v), dec);
            assert_eq!(buf, attendu, "{v}");
        }
    }

    #[test]
    fn les_chaines_sont_echappees() {
        let mut buf = String::new();
        chaine(&mut buf, "a\"b\\c\nd\u{1}é");
        assert_eq!(buf, r#""a\"b\\c\nd\u0001é""#);
        let back: String = serde_json::from_str(&buf).unwrap();
        assert_eq!(back, "a\"b\\c\nd\u{1}é");
    }

    #[test]
    fn enveloppe_et_lignes() {
        let p = enveloppe("RAMA-2025", "RAMA", "2025.1", |o| {
            o.valeur("n", Some(&i64::MIN));
            o.valeur::<bool>("absent", None);
            o.lignes("l", &[1u8, 2], |v, o| o.valeur("x", Some(v)));
            o.lignes::<u8>("vide", &[], |_, _| {});
            o.valeur("date", Some(&Date::from_str("2026-01-31").unwrap()));
        });
        assert_eq!(
            p,
            r#"{"campagne":"RAMA-2025","modele":{"code":"RAMA","version":"2025.1"},"donnees":{"n":-9223372036854775808,"l":[{"x":1},{"x":2}],"date":"2026-01-31"}}"#
        );
    }
}

#[cfg(test)]
mod equivalence {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Les formes écrites à la main impriment exactement ce qu'imprime
        /// `Display`.
        #[test]
        fn decimaux_et_dates_comme_display(m in any::<i64>(), e in 0u32..=12, a in 0u16..=9999, mo in 1u8..=12, j in 1u8..=28) {
            let d = Decimal::new(m, e);
            let mut buf = String::new();
            decimal(&mut buf, &d, e);
            prop_assert_eq!(buf, d.to_string());
            let date = Date::new(a, mo, j).unwrap();
            let mut buf = String::new();
            date.ecrire(&mut buf);
            prop_assert_eq!(buf, format!("\"{date}\""));
        }
    }
}
