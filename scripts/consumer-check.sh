#!/usr/bin/env bash
# The README's "Use it from your package", checked: a package of its own (scripts/consumer-check)
# depends on this one by path as `cloud-sdk`, builds the three service modules, and its test calls
# each service against the in-process mock (the SpecMockCore product) and reads an error.
# Needs the system packages (scripts/install-system-packages.sh); takes a minute or two.
# KEEP_WORK=1 keeps the scratch folder for inspection.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
work="$(mktemp -d)"
cleanup() { if [ "${KEEP_WORK:-0}" = 1 ]; then echo "scratch kept in $work" >&2; else rm -rf "$work"; fi; }
trap cleanup EXIT

ln -s "$root" "$work/cloud-sdk"
cp -R scripts/consumer-check "$work/my-app"
cd "$work/my-app"
echo "== consumer package: first build" >&2
start=$(date +%s)
swift build --build-tests >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
echo "   built in $(($(date +%s) - start)) s" >&2
echo "== consumer package: its tests against the mock" >&2
swift test --skip-build >"$work/test.log" 2>&1 || { cat "$work/test.log" >&2; exit 1; }
grep -E "Test run with" "$work/test.log" | tail -n 1 >&2

# The README's swift-service-lifecycle adapter, in a package of its own so that the first build
# above stays the library's alone.
cp -R "$root/scripts/lifecycle-check" "$work/my-service"
cd "$work/my-service"
echo "== lifecycle adapter package: build and test" >&2
swift build --build-tests >"$work/lifecycle-build.log" 2>&1 || { cat "$work/lifecycle-build.log" >&2; exit 1; }
swift test --skip-build >"$work/lifecycle-test.log" 2>&1 || { cat "$work/lifecycle-test.log" >&2; exit 1; }
grep -E "Test run with" "$work/lifecycle-test.log" | tail -n 1 >&2
