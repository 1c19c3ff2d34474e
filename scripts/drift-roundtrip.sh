#!/usr/bin/env bash
# End to end check of the drift workflow, as a user runs it:
#   specmock answers with drift -> cloudctl --record-drift -> specgen drift --apply on a copy of the
#   spec -> the copy lints -> clients regenerated from the copy, built in a consumer package ->
#   the same calls, answered the same way, decode with no drift at all.
# Needs the system packages (scripts/install-system-packages.sh). Takes a few minutes, most of it
# building the consumer package. KEEP_WORK=1 keeps the scratch folder for inspection.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
here="$root/scripts/drift-roundtrip"
work="$(mktemp -d)"
mock_pid=""
cleanup() {
    if [ -n "$mock_pid" ]; then kill "$mock_pid" 2>/dev/null || true; fi
    if [ "${KEEP_WORK:-0}" = 1 ]; then echo "scratch kept in $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
step() { echo "== drift round trip: $*" >&2; }
fail() { echo "error: drift round trip: $*" >&2; exit 1; }

step "building specmock, cloudctl and specgen"
for product in specmock cloudctl specgen; do swift build --product "$product" >/dev/null; done
bin="$(swift build --show-bin-path)"

step "starting specmock with --fault drift"
"$bin/specmock" --port 0 --fault drift >"$work/specmock.out" 2>&1 &
mock_pid=$!
for _ in $(seq 100); do
    grep -q '^ACK ' "$work/specmock.out" 2>/dev/null && break
    sleep 0.1
done
endpoint="$(sed -n 's/^ACK  *\(http:[^ ]*\).*/\1/p' "$work/specmock.out")"
[ -n "$endpoint" ] || fail "specmock did not start: $(cat "$work/specmock.out")"
export ALIBABA_CLOUD_ACCESS_KEY_ID=SPECMOCK-DEMO-ACCESS-KEY-ID ALIBABA_CLOUD_ACCESS_KEY_SECRET=specmock-demo-secret-not-a-real-key
export KSYUN_ACCESS_KEY=SPECMOCK-DEMO-ACCESS-KEY-ID KSYUN_SECRET_KEY=specmock-demo-secret-not-a-real-key

step "calling $(wc -l <"$here/calls.txt") operations with cloudctl --record-drift"
records="$work/drift.ndjson"
drifted=0
while read -r service operation parameters; do
    "$bin/cloudctl" "$service" "$operation" --body "$parameters" --endpoint "$endpoint" --record-drift "$records" \
        >/dev/null 2>"$work/cloudctl.err" || fail "cloudctl $service $operation failed: $(cat "$work/cloudctl.err")"
    if grep -q 'differed from the spec' "$work/cloudctl.err"; then drifted=$((drifted + 1)); fi
done <"$here/calls.txt"
[ -s "$records" ] || fail "no drift was recorded"
echo "   $drifted answers drifted; $(wc -l <"$records") records" >&2

step "specgen drift --apply on a copy of the spec"
cp -R spec "$work/spec"
folders=()
for root_document in "$work"/spec/*/openapi.yaml; do folders+=("$(dirname "$root_document")"); done
if "$bin/specgen" drift "$records" "${folders[@]}" >"$work/drift-report.txt" 2>&1; then
    fail "specgen drift found nothing to report"
fi
echo "   $(tail -n 1 "$work/drift-report.txt")" >&2
"$bin/specgen" drift "$records" "${folders[@]}" --apply >"$work/apply.txt" 2>&1 ||
    fail "specgen drift --apply left drift behind: $(cat "$work/apply.txt")"
echo "   $(tail -n 1 "$work/apply.txt"); $(grep -c '^edited ' "$work/apply.txt") files edited" >&2
"$bin/specgen" lint "${folders[@]}" || fail "the edited spec does not lint"
"$bin/specgen" drift "$records" "${folders[@]}" >"$work/after.txt" 2>&1 ||
    fail "the edited spec still contradicts the records: $(cat "$work/after.txt")"
echo "   after the edits: $(tail -n 1 "$work/after.txt")" >&2

step "regenerating the clients into a consumer package and building it"
consumer="$work/consumer"
mkdir -p "$consumer/Sources/drift-check"
cp "$here/main.swift" "$consumer/Sources/drift-check/main.swift"
# One Regenerated<Name> target per generated module (scripts/generated-services.sh); Services.swift
# lists their catalogs for main.swift.
targets="" imports="" catalogs="" dependencies=""
while read -r spec module name; do
    target="Regenerated$name"
    mkdir -p "$consumer/Sources/$target"
    "$bin/specgen" generate "$work/$spec" --output "$consumer/Sources/$target"
    cp Generated/"$module"/*.swift "$consumer/Sources/$target/"
    targets+="        .target(name: \"$target\", dependencies: [runtime]),"$'\n'
    imports+="import $target"$'\n'
    catalogs+="$name.catalog, "
    dependencies+="\"$target\", "
done < <(bash scripts/generated-services.sh)
printf '%simport CloudRuntime\n\nlet catalogs: [ServiceCatalog] = [%s]\n' "$imports" "$catalogs" \
    >"$consumer/Sources/drift-check/Services.swift"
identity="$(basename "$root" | tr '[:upper:]' '[:lower:]')"
cat >"$consumer/Package.swift" <<SWIFT
// swift-tools-version: 6.1
import PackageDescription

let runtime: Target.Dependency = .product(name: "CloudRuntime", package: "$identity")
let package = Package(
    name: "DriftRoundTrip",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "$root")],
    targets: [
$targets        .executableTarget(name: "drift-check", dependencies: [${dependencies}runtime]),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
(cd "$consumer" && swift build --product drift-check 2>&1 | tail -n 3) >&2
consumer_bin="$(cd "$consumer" && swift build --show-bin-path)"

step "the same calls with the regenerated clients"
"$consumer_bin/drift-check" "$endpoint" "$here/calls.txt" || fail "answers still drift from the edited spec"
step "passed"
