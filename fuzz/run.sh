#!/usr/bin/env bash
# Runs every fuzz target for SECONDS seconds each (default 300) on the
# machine's stable toolchain (cargo fuzz needs nightly flags:
# RUSTC_BOOTSTRAP=1 allows them). Crashes land in fuzz/artifacts/TARGET/.
set -u
cd "$(dirname "$0")"
export RUSTC_BOOTSTRAP=1
secondes=${1:-300}
for cible in modele regle payload diff bundle; do
    mkdir -p "corpus/$cible"
    echo "== $cible ($secondes s)"
    cargo fuzz run "$cible" "corpus/$cible" -- -max_total_time="$secondes" -rss_limit_mb=4096 -max_len=65536 2>&1 | grep -E "^(#[0-9]+.*(DONE|pulse)|==|SUMMARY|artifact_prefix|Test unit written|.*panicked)" | tail -8
done
