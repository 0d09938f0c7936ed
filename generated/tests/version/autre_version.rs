// Un module produit par un générateur d'une autre version que la crate
// `sidoba` : `module_v0.rs` nomme `__private_v0` (voir tests/version.rs).
#[path = "module_v0.rs"]
mod version_1;

fn main() {}
