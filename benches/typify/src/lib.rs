//! See benches/generation.rs.
