//! Compile-time checks of the derive, each landing on the user's own span,
//! with their messages checked in (`tests/ui/*.stderr`; the toolchain is
//! pinned by the machine, so they are stable). Regenerate them with
//! `TRYBUILD=overwrite cargo test -p sidoba-macros --test ui`.

#[test]
fn les_erreurs_de_la_derive_sont_celles_attendues() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}
