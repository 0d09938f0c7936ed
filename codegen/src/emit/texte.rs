//! Writing Rust as text: the fixed-shape parts of a module (types, tables)
//! are printed directly, already formatted, instead of being built as
//! tokens and parsed back (what `syn::parse2` + prettyplease cost).

/// A Rust string literal for any text (the escaping `quote!` uses).
pub fn lit(s: &str) -> String {
    proc_macro2::Literal::string(s).to_string()
}

/// `///` lines at `indent`, one per line of `lignes` (an empty string is a
/// blank doc line). Lines holding a newline are split.
pub fn doc<S: AsRef<str>>(out: &mut String, indent: &str, lignes: &[S]) {
    for l in lignes {
        for l in l.as_ref().split('\n') {
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
