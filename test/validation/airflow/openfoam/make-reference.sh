#!/usr/bin/env bash
# Regenerates test/validation/airflow/openfoam/reference.json (hall 'small') or reference-<hall>.json with
# OpenFOAM (never run in CI). Needs the Debian package: apt-get install -y openfoam. From the repository root:
#   bash test/validation/airflow/openfoam/make-reference.sh [caseDir] [hall: small|dense]
# Steps: write the case (make-case.ts) → blockMesh → topoSet (remove equipment cells) → subsetMesh →
# topoSet (patch face sets) → createPatch → cycles of buoyantBoussinesqSimpleFoam, each followed by
# update-exhaust.ts (exhaust T moved half-way to the last 100 iterations' mean intake T + ΔT) until no exhaust
# is more than 0.02 K off its target → one more cycle → extract-reference.ts (means over that cycle).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TSX="$(cd "$HERE/../../../.." && pwd)/node_modules/.bin/tsx"
CASE="${1:-/tmp/hallflow-openfoam-case}"
HALL="${2:-small}"
PER_CYCLE=300
MAX_CYCLES=45
export WM_PROJECT_DIR=/usr/share/openfoam
rm -rf "$CASE"
"$TSX" "$HERE/make-case.ts" "$CASE" "$PER_CYCLE" "$HALL"
cd "$CASE"
start=$(date +%s)
blockMesh > log.blockMesh 2>&1
topoSet -dict system/topoSetDict.cells > log.topo1 2>&1
subsetMesh fluid -patch walls -overwrite > log.subset 2>&1
topoSet -dict system/topoSetDict.faces > log.topo2 2>&1
createPatch -overwrite > log.createPatch 2>&1
rm -rf 0 && cp -r 0.orig 0
cycle=0
change=999
while [ "$cycle" -lt "$MAX_CYCLES" ]; do
  cycle=$((cycle + 1))
  buoyantBoussinesqSimpleFoam > "log.solver.$cycle" 2>&1
  change=$("$TSX" "$HERE/update-exhaust.ts" "$CASE" $(((cycle + 1) * PER_CYCLE)))
  echo "cycle $cycle: largest exhaust change $change K"
  if [ "$cycle" -ge 6 ] && awk "BEGIN { exit !($change < 0.02) }"; then break; fi
done
# one more cycle so that the stored intakes belong to the final exhaust temperatures
cycle=$((cycle + 1))
buoyantBoussinesqSimpleFoam > "log.solver.$cycle" 2>&1
end=$(date +%s)
cd - > /dev/null
"$TSX" "$HERE/extract-reference.ts" "$CASE" $((cycle * PER_CYCLE)) $((end - start)) "$cycle" "$change" "$HALL"
