//! Fixture models (`tests/models/`) and their generated code, compiled here
//! with every warning denied: the generated code of a model full of
//! traps (keywords, collisions, hostile labels) must build cleanly.
//! Regenerate with `sidoba generate tests/models/*.json --out tests/src/fixtures`.

#![deny(warnings)]

mod fixtures;
pub use fixtures::*;
