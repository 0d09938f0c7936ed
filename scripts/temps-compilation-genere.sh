#!/usr/bin/env bash
# Compile time of generated code: a crate holding sidoba's module for a
# synthetic model of N fields (types, validators, rules, derive support) vs
# the same crate holding typify's output for the JSON Schema of the same
# model (types only). Usage: scripts/temps-compilation-genere.sh [N] [REPEATS]
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
mkdir -p "$tmp/gen-sidoba/src" "$tmp/gen-typify/src"
entete gen-sidoba "sidoba = { path = \"$racine/runtime\" }"
entete gen-typify 'serde = { version = "1", features = ["derive"] }
serde_json = "1"
regress = "0.10"
chrono = { version = "0.4", default-features = false, features = ["serde", "std"] }'
{ echo '#![allow(warnings)]'; cat "$tmp/sorties/sidoba.rs"; } > "$tmp/gen-sidoba/src/lib.rs"
{ echo '#![allow(warnings)]'; cat "$tmp/sorties/typify.rs"; } > "$tmp/gen-typify/src/lib.rs"
export CARGO_TARGET_DIR="$tmp/target"
for c in gen-sidoba gen-typify; do
    (cd "$tmp/$c" && cargo build -q 2>/dev/null || cargo build 2>&1 | tail -20)
    meilleur=""
    for _ in $(seq "$fois"); do
        (cd "$tmp/$c" && cargo clean -q -p "$c" && /usr/bin/time -f %e -o "$tmp/t" cargo build -q)
        t=$(cat "$tmp/t")
        if [ -z "$meilleur" ] || awk "BEGIN{exit !($t < $meilleur)}"; then meilleur=$t; fi
    done
    echo "$c : $(wc -c < "$tmp/$c/src/lib.rs") octets, cargo build (debug) $meilleur s (meilleur de $fois)"
done
