#!/usr/bin/env bash
# Lints every service spec (each spec/*/ folder holding an openapi.yaml), requires the spec to cover
# its whole docs index and its whole SDK index (sdk-index/, where there is one), checks that each
# CHANGES.md is what specgen diff prints for its recorded base, bundles each spec into one OpenAPI 3.1
# document and validates the bundle with openapi-spec-validator. Exits non-zero on the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
specs=()
for root in spec/*/openapi.yaml; do
    [ -f "$root" ] && specs+=("$(dirname "$root")")
done
if [ ${#specs[@]} -eq 0 ]; then
    echo "check-specs: no service spec found (no spec/*/openapi.yaml)" >&2
    exit 1
fi
out="${BUNDLE_DIR:-.build/bundles}"
mkdir -p "$out"
swift build --product specgen >/dev/null
specgen="$(swift build --show-bin-path)/specgen"
"$specgen" lint --warnings-as-errors "${specs[@]}"
# The report is printed only when a service falls short, to show what is missing.
if ! "$specgen" coverage --min 100 --min-sdk 100 "${specs[@]}" >"$out/coverage.txt"; then
    cat "$out/coverage.txt"
    exit 1
fi
SPECGEN="$specgen" bash scripts/spec-changes.sh --check "${specs[@]}"
if ! command -v openapi-spec-validator >/dev/null; then
    python3 -m pip install --quiet "openapi-spec-validator==0.9.0"
fi
for spec in "${specs[@]}"; do
    bundle="$out/$(basename "$spec").json"
    "$specgen" bundle "$spec" --output "$bundle"
    openapi-spec-validator "$bundle"
done
