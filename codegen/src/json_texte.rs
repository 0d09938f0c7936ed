//! JSON written as text, numbers kept exactly as given (a bound of
//! `99999999.999` or a 28-digit decimal never passes through a float).
//! Public because the reports of the `sidoba` command (`check`, `validate`
//! and `diff` errors in `--format json`) are written with it.

/// A JSON value whose numbers are literal text.
#[derive(Debug, Clone)]
pub enum Json {
    Nombre(String),
    Chaine(String),
    Booleen(bool),
    Null,
    Tableau(Vec<Json>),
    Objet(Vec<(String, Json)>),
}

impl Json {
    pub fn ecrire(&self, buf: &mut String) {
        match self {
            Json::Nombre(n) => buf.push_str(n),
            Json::Chaine(s) => sidoba::__private_v1::ecriture::chaine(buf, s),
            Json::Booleen(b) => buf.push_str(if *b { "true" } else { "false" }),
            Json::Null => buf.push_str("null"),
            Json::Tableau(v) => {
                buf.push('[');
                for (i, x) in v.iter().enumerate() {
                    if i > 0 {
                        buf.push(',');
                    }
                    x.ecrire(buf);
                }
                buf.push(']');
            }
            Json::Objet(v) => {
                buf.push('{');
                for (i, (k, x)) in v.iter().enumerate() {
                    if i > 0 {
                        buf.push(',');
                    }
                    sidoba::__private_v1::ecriture::chaine(buf, k);
                    buf.push(':');
                    x.ecrire(buf);
                }
                buf.push('}');
            }
        }
    }

    pub fn texte(&self) -> String {
        let mut s = String::new();
        self.ecrire(&mut s);
        s
    }

    /// Indented by two spaces, one member or element per line.
    pub fn joli(&self) -> String {
        let mut s = String::new();
        self.ecrire_joli(&mut s, 0);
        s
    }

    fn ecrire_joli(&self, buf: &mut String, n: usize) {
        let retrait = |buf: &mut String, n: usize| {
            buf.push('\n');
            buf.push_str(&"  ".repeat(n));
        };
        match self {
            Json::Tableau(v) if !v.is_empty() => {
                buf.push('[');
                for (i, x) in v.iter().enumerate() {
                    if i > 0 {
                        buf.push(',');
                    }
                    retrait(buf, n + 1);
                    x.ecrire_joli(buf, n + 1);
                }
                retrait(buf, n);
                buf.push(']');
            }
            Json::Objet(v) if !v.is_empty() => {
                buf.push('{');
                for (i, (k, x)) in v.iter().enumerate() {
                    if i > 0 {
                        buf.push(',');
                    }
                    retrait(buf, n + 1);
                    sidoba::__private_v1::ecriture::chaine(buf, k);
                    buf.push_str(": ");
                    x.ecrire_joli(buf, n + 1);
                }
                retrait(buf, n);
                buf.push('}');
            }
            autre => autre.ecrire(buf),
        }
    }
}
