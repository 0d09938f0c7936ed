//! Writing Rust as text: the fixed-shape parts of a module (types, tables)
//! are printed directly, already formatted, instead of being built as
//! tokens and parsed back (what `syn::parse2` + prettyplease cost).

/// Characters that change how text around them reads without being seen:
/// the Unicode format class `Cf` (bidi controls U+202A–202E, U+2066–2069,
/// marks U+200E/F, U+061C, zero-width characters, BOM, soft hyphen, tags…)
/// and the line and paragraph separators. rustc refuses the bidi controls
/// in comments and literals; a reader of generated code must see all of
/// them.
pub fn format(c: char) -> bool {
    // ASCII has none (its controls are `Cc`): the common case, no lookup.
    if c.is_ascii() {
        return false;
    }
    static CLASSE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let classe = CLASSE.get_or_init(|| {
        regex::Regex::new(r"^[\p{Cf}\p{Zl}\p{Zp}]$").expect("classe Unicode valide")
    });
    classe.is_match(c.encode_utf8(&mut [0; 4]))
}

/// A Rust string literal for any text (the escaping `quote!` uses).
pub fn lit(s: &str) -> String {
    proc_macro2::Literal::string(s).to_string()
}

/// `s` with every character that a comment must not hold raw (controls,
/// a carriage return included, and [`format`] characters) written as its
/// escape `\u{…}`: the last gate before a comment, whatever built the text.
pub fn commentaire(s: &str) -> std::borrow::Cow<'_, str> {
    let interdit = |c: char| (c.is_control() && c != '\n' && c != '\t') || format(c);
    if !s.chars().any(interdit) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if interdit(c) {
            out.push_str(&format!("\\u{{{:04X}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// `///` lines at `indent`, one per line of `lignes` (an empty string is a
/// blank doc line). Lines holding a newline are split.
pub fn doc<S: AsRef<str>>(out: &mut String, indent: &str, lignes: &[S]) {
    for l in lignes {
        for l in commentaire(l.as_ref()).split('\n') {
            let l = l.trim_end();
            out.push_str(indent);
            if l.is_empty() {
                out.push_str("///\n");
            } else {
                out.push_str("/// ");
                out.push_str(l);
                out.push('\n');
            }
        }
    }
}
