//! Rule arithmetic on values a payload can hold (up to 28 significant
//! digits): exact at any size, never a silent skip. Two decimals from the
//! input; checks `(a + b) - b = a`, `a * b = b * a`, `(a * b) / b = a` when
//! `a` has at most 9 decimals and `b` is not zero, the order against
//! `Decimal`'s, and that only a zero divisor gives no result.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|texte: &str| {
    sidoba_tests::arithmetique::verifier(texte);
});
