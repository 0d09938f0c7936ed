#!/usr/bin/env bash
# Compile time of a crate with 50 structs that derive `SidobaReport` (each
# mapping 5 fields of RAMA 2025, attributes included) against the same 50
# structs deriving `serde::Serialize` (with `#[serde(rename = "…")]` in place
# of `#[sidoba(champ = "…")]`).
#
#   scripts/temps-compilation-derive.sh [REPETITIONS]      (default: 3)
#   COMMANDE=check scripts/temps-compilation-derive.sh     (front end only:
#                                                           no code generation)
#
# The throwaway crate is generated in a temporary folder; its target folder
# is target/temps-compilation-derive (the dependencies, sidoba, generated
# and serde, are built once, before measuring, and reused by later runs).
# Each measure is `cargo clean -p` of the crate only, then `cargo build`
# timed by /usr/bin/time (wall and CPU time); the script prints the best of
# the repetitions for each variant, and the ratio derive / serde. A third build,
# the same structs with no derive at all, gives the fixed cost (cargo, rustc
# start-up, the imports) to read the two others against.
set -euo pipefail

racine=$(cd "$(dirname "$0")/.." && pwd)
repetitions=${1:-3}
commande=${COMMANDE:-build}
cible="$racine/target/temps-compilation-derive"
dossier=$(mktemp -d "${TMPDIR:-/tmp}/sidoba-temps-derive.XXXXXX")
trap 'rm -rf "$dossier"' EXIT
export CARGO_TARGET_DIR="$cible"
nom=cinquante-structs

mkdir -p "$dossier/src"
cat >"$dossier/Cargo.toml" <<EOF
[package]
name = "$nom"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
sidoba = { path = "$racine/runtime" }
generated = { path = "$racine/generated" }
serde = { version = "1", features = ["derive"] }

[workspace]

[profile.dev.package."*"]
debug = false
EOF
cp "$racine/Cargo.lock" "$dossier/Cargo.lock"

# Fields of RAMA 2025 by kind: integers (i64 in the DUI, u8/u16/u32 in the
# report: converted at run time), booleans, texts.
entiers=(nombre_de_places nb_places_ht nb_places_aj nb_places_pasa nb_places_uhr
  nb_lits_alzheimer nb_residents nb_residents_hommes nb_residents_femmes
  nb_protection_juridique nb_personne_confiance nb_directives_anticipees
  nb_residents_alzheimer nb_gir1 nb_gir2 nb_gir3 nb_gir4 nb_gir5 nb_gir6 nb_entrees
  nb_sorties nb_deces nb_deces_etablissement nb_hospitalisations
  nb_journees_hospitalisation nb_chutes nb_residents_contention nb_residents_escarres
  nb_residents_denutris nb_evaluations_cognitives nb_projets_personnalises
  nb_teleconsultations nb_vaccinations_grippe nb_eigs_declares
  nb_residents_neuroleptiques nb_residents_polymedication nb_passages_urgences
  nb_residents_had nb_salaries_formes)
booleens=(pasa uhr unite_protegee protocole_chutes protocole_nutrition
  protocole_contention protocole_douleur protocole_escarres plan_risque_infectieux
  annexe_recommandations)
textes=(finess_et raison_sociale finess_had nom_medecin_coordonnateur nom_directeur)

# $1: sidoba, serde or aucun (no derive)
source_de() {
  local variante=$1 attr
  if [ "$variante" = sidoba ]; then
    echo "use generated::rama_2025::Rapport;"
    echo "use sidoba::SidobaReport;"
  elif [ "$variante" = serde ]; then
    echo "use serde::Serialize;"
  else
    echo "#![allow(dead_code)]"
  fi
  for ((i = 0; i < 50; i++)); do
    local champs=("${entiers[$(((3 * i) % ${#entiers[@]}))]}:i64"
      "${entiers[$(((3 * i + 1) % ${#entiers[@]}))]}:i64"
      "${entiers[$(((3 * i + 2) % ${#entiers[@]}))]}:Option<i64>"
      "${booleens[$((i % ${#booleens[@]}))]}:bool"
      "${textes[$((i % ${#textes[@]}))]}:String")
    echo
    if [ "$variante" = sidoba ]; then
      echo "#[derive(SidobaReport)]"
      echo "#[sidoba(rapport = Rapport)]"
    elif [ "$variante" = serde ]; then
      echo "#[derive(Serialize)]"
    fi
    echo "pub struct Table$i {"
    if [ "$variante" = sidoba ]; then
      echo "    #[sidoba(ignore)]"
    elif [ "$variante" = serde ]; then
      echo "    #[serde(skip)]"
    fi
    echo "    pub id: i64,"
    local k=0
    for c in "${champs[@]}"; do
      if [ "$variante" = sidoba ]; then
        echo "    #[sidoba(champ = \"${c%%:*}\")]"
      elif [ "$variante" = serde ]; then
        echo "    #[serde(rename = \"${c%%:*}\")]"
      fi
      echo "    pub valeur_$k: ${c#*:},"
      k=$((k + 1))
    done
    echo "}"
  done
}

# $1: variant; prints the best wall time and the best CPU time (user +
# system, of cargo and rustc) in seconds. On a shared machine the CPU time
# moves less with the load than the wall time.
mesurer() {
  local variante=$1 meilleur="" meilleur_cpu="" t cpu
  source_de "$variante" >"$dossier/src/lib.rs"
  # Dependencies first, not measured.
  (cd "$dossier" && cargo "$commande" --offline -q)
  for ((r = 0; r < repetitions; r++)); do
    (cd "$dossier" && cargo clean --offline -q -p "$nom" &&
      /usr/bin/time -f "%e %U %S" -o "$dossier/temps" cargo "$commande" --offline -q)
    read -r t u s <"$dossier/temps"
    cpu=$(awk "BEGIN { printf \"%.2f\", $u + $s }")
    echo "  $variante : ${t} s (CPU ${cpu} s)" >&2
    if [ -z "$meilleur" ] || awk "BEGIN { exit !($t < $meilleur) }"; then
      meilleur=$t
    fi
    if [ -z "$meilleur_cpu" ] || awk "BEGIN { exit !($cpu < $meilleur_cpu) }"; then
      meilleur_cpu=$cpu
    fi
  done
  echo "$meilleur $meilleur_cpu"
}

echo "50 structs, 5 champs chacune ; meilleur de $repetitions cargo $commande après cargo clean -p $nom" >&2
read -r derive derive_cpu < <(mesurer sidoba)
read -r serde serde_cpu < <(mesurer serde)
read -r aucun aucun_cpu < <(mesurer aucun)
ratio=$(awk "BEGIN { printf \"%.2f\", $derive / $serde }")
ratio_cpu=$(awk "BEGIN { printf \"%.2f\", $derive_cpu / $serde_cpu }")
echo "#[derive(SidobaReport)]    : ${derive} s (CPU ${derive_cpu} s)"
echo "#[derive(serde::Serialize)]: ${serde} s (CPU ${serde_cpu} s)"
echo "sans derive (coût fixe)    : ${aucun} s (CPU ${aucun_cpu} s)"
echo "rapport derive / serde     : ${ratio} (CPU ${ratio_cpu})"
