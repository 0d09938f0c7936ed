#!/usr/bin/env bash
# Compile time of generated code: a crate holding sidoba's module for a
# synthetic model of N fields (types, validators, rules, derive support) vs
# the same crate holding typify's output for the JSON Schema of the same
# model (types only), and typify's output for that schema without its
# empty-value alternatives (typify-simple, what typify makes of a plain
# schema). Each crate: dependencies built once, then `cargo clean -p` and
# `cargo build`, wall and CPU time (the machine may be shared: compare
# within one run). Usage: scripts/temps-compilation-genere.sh [N] [REPEATS]
# SIDOBA_AVANT=DIR adds a crate on the runtime of another checkout.
set -euo pipefail
racine=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-5000}
fois=${2:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run -q --release -p sidoba-bench-typify --example sorties -- "$n" "$tmp/sorties"
entete() {
    cat > "$tmp/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
[workspace]
[dependencies]
$2
TOML
}
typify_deps='serde = { version = "1", features = ["derive"] }
serde_json = "1"
regress = "0.10"
chrono = { version = "0.4", default-features = false, features = ["serde", "std"] }'
crate() { # NAME SOURCE DEPENDENCIES
    mkdir -p "$tmp/$1/src"
    entete "$1" "$3"
    { echo '#![allow(warnings)]'; cat "$tmp/sorties/$2"; } > "$tmp/$1/src/lib.rs"
}
crates=()
if [ -n "${SIDOBA_AVANT:-}" ]; then
    crate gen-sidoba-avant sidoba.rs "sidoba = { path = \"$SIDOBA_AVANT/runtime\" }"
    crates+=(gen-sidoba-avant)
fi
crate gen-sidoba sidoba.rs "sidoba = { path = \"$racine/runtime\" }"
crate gen-typify-simple typify-simple.rs "$typify_deps"
crate gen-typify typify.rs "$typify_deps"
crates+=(gen-sidoba gen-typify-simple gen-typify)
export CARGO_TARGET_DIR="$tmp/target"
for c in "${crates[@]}"; do
    # Dependencies first, with an empty crate.
    mv "$tmp/$c/src/lib.rs" "$tmp/$c/lib.rs"
    : > "$tmp/$c/src/lib.rs"
    (cd "$tmp/$c" && cargo build -q)
    mv "$tmp/$c/lib.rs" "$tmp/$c/src/lib.rs"
    meilleur=""
    for _ in $(seq "$fois"); do
        (cd "$tmp/$c" && cargo clean -q -p "$c" && /usr/bin/time -f "%e %U %S" -o "$tmp/t" cargo build -q)
        read -r t u s < "$tmp/t"
        cpu=$(awk "BEGIN{print $u + $s}")
        if [ -z "$meilleur" ] || awk "BEGIN{exit !($t < $meilleur)}"; then meilleur=$t; cpu_meilleur=$cpu; fi
    done
    echo "$c : $(wc -c < "$tmp/$c/src/lib.rs") octets, cargo build (debug) $meilleur s, CPU $cpu_meilleur s (meilleur de $fois, charge $(cut -d' ' -f1 /proc/loadavg))"
done
