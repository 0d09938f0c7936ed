//! Expression text → tokens, each with its byte span.

use super::erreur::{ErreurRegle, citer};
use sidoba::{Date, Decimal};

/// What a token is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Sorte<'s> {
    Nombre(Decimal),
    /// `'PUB'`: the text between the quotes.
    Chaine(&'s str),
    Date(Date),
    /// `[A-Za-z_][A-Za-z0-9_]*`, not a keyword.
    Ident(&'s str),
    /// `` `any code` ``: the text between the backticks.
    Echappe(&'s str),
    Ou,
    Et,
    Non,
    Vrai,
    Faux,
    Renseigne,
    Somme,
    NombreDe,
    Contient,
    Implique,
    Egal,
    Different,
    Inferieur,
    InferieurOuEgal,
    Superieur,
    SuperieurOuEgal,
    Plus,
    Moins,
    Fois,
    Divise,
    ParOuvrante,
    ParFermante,
    Virgule,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Jeton<'s> {
    pub sorte: Sorte<'s>,
    pub debut: usize,
    pub fin: usize,
}

/// The keywords, lower case only (`Somme` is an identifier).
pub(crate) const MOTS_CLES: [&str; 9] = [
    "ou",
    "et",
    "non",
    "vrai",
    "faux",
    "renseigne",
    "somme",
    "nombre",
    "contient",
];

fn mot_cle(mot: &str) -> Option<Sorte<'static>> {
    Some(match mot {
        "ou" => Sorte::Ou,
        "et" => Sorte::Et,
        "non" => Sorte::Non,
        "vrai" => Sorte::Vrai,
        "faux" => Sorte::Faux,
        "renseigne" => Sorte::Renseigne,
        "somme" => Sorte::Somme,
        "nombre" => Sorte::NombreDe,
        "contient" => Sorte::Contient,
        _ => return None,
    })
}

/// Whether `code` can be written bare (an IDENT that is not a keyword).
pub(crate) fn est_ident(code: &str) -> bool {
    let mut c = code.chars();
    c.next()
        .is_some_and(|p| p.is_ascii_alphabetic() || p == '_')
        && c.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !MOTS_CLES.contains(&code)
}

fn debut_ident(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn suite_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Splits the whole expression into tokens; the first fault stops.
pub(crate) fn decouper(source: &str) -> Result<Vec<Jeton<'_>>, ErreurRegle> {
    let mut jetons = Vec::new();
    let mut it = source.char_indices().peekable();
    while let Some((debut, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let suivant = it.peek().map(|&(_, c)| c);
        // Byte offset just after the current token (so far).
        let mut fin = debut + c.len_utf8();
        let sorte = match c {
            '0'..='9' => {
                let mut point = false;
                while let Some(&(i, c)) = it.peek() {
                    if c.is_ascii_digit() {
                        it.next();
                        fin = i + 1;
                    } else if c == '.' && !point {
                        point = true;
                        it.next();
                        fin = i + 1;
                        if !it.peek().is_some_and(|&(_, c)| c.is_ascii_digit()) {
                            return Err(ErreurRegle::new(
                                debut,
                                fin,
                                "chiffre attendu après le point décimal",
                            ));
                        }
                    } else {
                        break;
                    }
                }
                let texte = &source[debut..fin];
                // Zeros ending the fractional part are not significant digits.
                match sidoba::__private_v1::decimal::lire(texte) {
                    Some(n) => Sorte::Nombre(n),
                    None => {
                        return Err(ErreurRegle::new(
                            debut,
                            fin,
                            format!(
                                "nombre {} trop long : 28 chiffres significatifs au plus",
                                citer(texte)
                            ),
                        ));
                    }
                }
            }
            'd' if suivant == Some('\'') => {
                it.next();
                let (contenu, f) = jusqua(
                    source,
                    &mut it,
                    debut,
                    '\'',
                    "date non terminée : « ' » fermante attendue",
                )?;
                fin = f;
                match contenu.parse::<Date>() {
                    Ok(d) => Sorte::Date(d),
                    Err(e) => return Err(ErreurRegle::new(debut, fin, e.to_string())),
                }
            }
            c if debut_ident(c) => {
                while let Some(&(i, c)) = it.peek() {
                    if !suite_ident(c) {
                        if c.is_alphanumeric() {
                            let n = i + c.len_utf8();
                            return Err(ErreurRegle::new(
                                i,
                                n,
                                format!(
                                    "caractère « {c} » inattendu dans un nom : un code qui n'est pas fait de \
                                     lettres ASCII, chiffres et « _ » s'écrit entre accents graves (`…`)"
                                ),
                            ));
                        }
                        break;
                    }
                    it.next();
                    fin = i + c.len_utf8();
                }
                let mot = &source[debut..fin];
                mot_cle(mot).unwrap_or(Sorte::Ident(mot))
            }
            '\'' => {
                let (contenu, f) = jusqua(
                    source,
                    &mut it,
                    debut,
                    '\'',
                    "chaîne non terminée : « ' » fermante attendue",
                )?;
                fin = f;
                Sorte::Chaine(contenu)
            }
            '`' => {
                let (contenu, f) = jusqua(
                    source,
                    &mut it,
                    debut,
                    '`',
                    "référence non terminée : « ` » fermante attendue",
                )?;
                fin = f;
                if contenu.is_empty() {
                    return Err(ErreurRegle::new(
                        debut,
                        fin,
                        "référence vide : un code est attendu entre « ` »",
                    ));
                }
                Sorte::Echappe(contenu)
            }
            '=' if suivant == Some('>') => {
                it.next();
                fin += 1;
                Sorte::Implique
            }
            '!' if suivant == Some('=') => {
                it.next();
                fin += 1;
                Sorte::Different
            }
            '<' if suivant == Some('=') => {
                it.next();
                fin += 1;
                Sorte::InferieurOuEgal
            }
            '>' if suivant == Some('=') => {
                it.next();
                fin += 1;
                Sorte::SuperieurOuEgal
            }
            '=' => Sorte::Egal,
            '<' => Sorte::Inferieur,
            '>' => Sorte::Superieur,
            '+' => Sorte::Plus,
            '-' => Sorte::Moins,
            '*' => Sorte::Fois,
            '/' => Sorte::Divise,
            '(' => Sorte::ParOuvrante,
            ')' => Sorte::ParFermante,
            ',' => Sorte::Virgule,
            autre => return Err(inattendu(autre, debut, fin)),
        };
        jetons.push(Jeton { sorte, debut, fin });
    }
    Ok(jetons)
}

/// Reads up to the closing `fermant`; returns the text inside and the end
/// of the token.
fn jusqua<'s>(
    source: &'s str,
    it: &mut std::iter::Peekable<std::str::CharIndices<'s>>,
    debut: usize,
    fermant: char,
    non_termine: &str,
) -> Result<(&'s str, usize), ErreurRegle> {
    let interieur = it.peek().map_or(source.len(), |&(i, _)| i);
    for (i, c) in it.by_ref() {
        if c == fermant {
            return Ok((&source[interieur..i], i + 1));
        }
    }
    Err(ErreurRegle::new(debut, source.len(), non_termine))
}

fn inattendu(c: char, debut: usize, fin: usize) -> ErreurRegle {
    let conseil = match c {
        '"' => " : les chaînes s'écrivent entre apostrophes droites, p. ex. 'PUB'",
        '’' | '‘' => " : apostrophe droite « ' » attendue",
        '&' => " : la conjonction s'écrit « et »",
        '|' => " : la disjonction s'écrit « ou »",
        '!' => " : la négation s'écrit « non », la différence « != »",
        '.' => " : un nombre s'écrit avec un chiffre avant le point, p. ex. 0.5",
        ',' => " : le séparateur décimal est le point, p. ex. 0.5",
        '[' | ']' | '{' | '}' => " : seules les parenthèses « ( » et « ) » groupent",
        c if c.is_alphabetic() => {
            " : un code qui n'est pas fait de lettres ASCII, chiffres et « _ » s'écrit entre accents graves (`…`)"
        }
        _ => "",
    };
    let montre = if c.is_control() {
        format!("U+{:04X}", u32::from(c))
    } else {
        c.to_string()
    };
    ErreurRegle::new(
        debut,
        fin,
        format!("caractère inattendu « {montre} »{conseil}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sortes(s: &str) -> Vec<Sorte<'_>> {
        match decouper(s) {
            Ok(j) => j.into_iter().map(|j| j.sorte).collect(),
            Err(e) => panic!("{s}: {}", e.rendre(s)),
        }
    }

    fn erreur(s: &str) -> ErreurRegle {
        match decouper(s) {
            Ok(j) => panic!("{s}: accepted as {j:?}"),
            Err(e) => e,
        }
    }

    fn nombre(s: &str) -> Sorte<'static> {
        Sorte::Nombre(Decimal::from_str_exact(s).unwrap_or_default())
    }

    #[test]
    fn tokens_and_spans() {
        let j = decouper("nb_residents <= `nombre-de-places` + 12.50").unwrap_or_default();
        let vus: Vec<(Sorte<'_>, usize, usize)> =
            j.into_iter().map(|j| (j.sorte, j.debut, j.fin)).collect();
        assert_eq!(
            vus,
            [
                (Sorte::Ident("nb_residents"), 0, 12),
                (Sorte::InferieurOuEgal, 13, 15),
                (Sorte::Echappe("nombre-de-places"), 16, 34),
                (Sorte::Plus, 35, 36),
                (nombre("12.50"), 37, 42),
            ]
        );
    }

    #[test]
    fn every_operator_and_keyword() {
        use Sorte::*;
        assert_eq!(
            sortes("=> = != < <= > >= + - * / ( ) ,"),
            [
                Implique,
                Egal,
                Different,
                Inferieur,
                InferieurOuEgal,
                Superieur,
                SuperieurOuEgal,
                Plus,
                Moins,
                Fois,
                Divise,
                ParOuvrante,
                ParFermante,
                Virgule
            ]
        );
        assert_eq!(
            sortes("ou et non vrai faux renseigne somme nombre contient"),
            [
                Ou, Et, Non, Vrai, Faux, Renseigne, Somme, NombreDe, Contient
            ]
        );
        // Keywords are lower case only, and whole words only.
        assert_eq!(
            sortes("Somme OU etp nombres"),
            [Ident("Somme"), Ident("OU"), Ident("etp"), Ident("nombres")]
        );
        // No space needed between tokens.
        assert_eq!(
            sortes("a>=-1"),
            [Ident("a"), SuperieurOuEgal, Moins, nombre("1")]
        );
        assert_eq!(sortes("a=>b"), [Ident("a"), Implique, Ident("b")]);
        assert_eq!(sortes("a<=b"), [Ident("a"), InferieurOuEgal, Ident("b")]);
        assert_eq!(sortes("a= >b"), [Ident("a"), Egal, Superieur, Ident("b")]);
    }

    #[test]
    fn literals() {
        assert_eq!(
            sortes("'PUB' ''"),
            [Sorte::Chaine("PUB"), Sorte::Chaine("")]
        );
        assert_eq!(sortes("'é t\u{e9}'"), [Sorte::Chaine("é té")]);
        assert_eq!(
            sortes("d'2024-02-29'"),
            [Sorte::Date(Date::ymd(2024, 2, 29))]
        );
        // `d` followed by a space is a name, then a string.
        assert_eq!(sortes("d 'x'"), [Sorte::Ident("d"), Sorte::Chaine("x")]);
        assert_eq!(sortes("dd'x'"), [Sorte::Ident("dd"), Sorte::Chaine("x")]);
        assert_eq!(sortes("007 0.000"), [nombre("7"), nombre("0.000")]);
        assert_eq!(
            sortes("`a b` `somme`"),
            [Sorte::Echappe("a b"), Sorte::Echappe("somme")]
        );
        assert_eq!(sortes(" \t\n "), []);
    }

    #[test]
    fn faults_are_located() {
        let e = erreur("a = 'PUB");
        assert_eq!(
            (e.debut, e.fin, e.message.as_str()),
            (4, 8, "chaîne non terminée : « ' » fermante attendue")
        );
        let e = erreur("`nb places = 1");
        assert_eq!((e.debut, e.fin), (0, 14));
        assert_eq!(
            e.message,
            "référence non terminée : « ` » fermante attendue"
        );
        let e = erreur("a ! b");
        assert_eq!((e.debut, e.fin), (2, 3));
        assert_eq!(
            e.message,
            "caractère inattendu « ! » : la négation s'écrit « non », la différence « != »"
        );
        let e = erreur("x = d'2025-02-29'");
        assert_eq!((e.debut, e.fin), (4, 17));
        assert_eq!(
            e.message,
            "« 2025-02-29 » n'est pas une date AAAA-MM-JJ valide"
        );
        let e = erreur("x = d'2025-02-01");
        assert_eq!(e.message, "date non terminée : « ' » fermante attendue");
        let e = erreur("a = \"PUB\"");
        assert!(e.message.contains("apostrophes droites"), "{}", e.message);
        let e = erreur("a = b && c");
        assert_eq!(
            (e.debut, e.message.as_str()),
            (
                6,
                "caractère inattendu « & » : la conjonction s'écrit « et »"
            )
        );
        let e = erreur("1. + 2");
        assert_eq!(
            (e.debut, e.fin, e.message.as_str()),
            (0, 2, "chiffre attendu après le point décimal")
        );
        let e = erreur("a = .5");
        assert_eq!(e.debut, 4);
        let e = erreur("``");
        assert_eq!(
            e.message,
            "référence vide : un code est attendu entre « ` »"
        );
    }

    #[test]
    fn non_ascii_names_ask_for_backticks() {
        let e = erreur("nombre_de_placés > 0");
        assert_eq!((e.debut, e.fin), (14, 16), "the é, two bytes");
        assert!(
            e.message
                .starts_with("caractère « é » inattendu dans un nom"),
            "{}",
            e.message
        );
        let e = erreur("âge > 0");
        assert_eq!((e.debut, e.fin), (0, 2));
        assert!(e.message.contains("accents graves"), "{}", e.message);
        assert_eq!(sortes("`âge` > 0")[0], Sorte::Echappe("âge"));
    }

    #[test]
    fn numbers_beyond_a_decimal_are_refused() {
        let e = erreur(&"9".repeat(40));
        assert!(e.message.contains("trop long"), "{}", e.message);
        assert_eq!((e.debut, e.fin), (0, 40));
        assert_eq!(
            sortes("79228162514264337593543950335"),
            [Sorte::Nombre(Decimal::MAX)]
        );
        // Trailing zeros are not significant digits.
        assert_eq!(
            sortes("123456789012345678901.000000000"),
            [Sorte::Nombre(Decimal::from_i128_with_scale(
                123456789012345678901,
                0
            ))]
        );
        assert!(
            erreur("123456789012345678901.000000001")
                .message
                .contains("trop long")
        );
    }

    #[test]
    fn bare_names() {
        for c in ["etp", "_x", "A1", "nb_gir1"] {
            assert!(est_ident(c), "{c}");
        }
        for c in ["somme", "ou", "1a", "a-b", "âge", "", "a b"] {
            assert!(!est_ident(c), "{c}");
        }
    }
}
