#!/usr/bin/env bash
# Writes or checks each service's changelog, spec/<service>/CHANGES.md: what `specgen diff` prints,
# as markdown, from the spec at a recorded git revision (the base) to the spec in the working tree.
#
#   scripts/spec-changes.sh --base REV spec/<service>...   write CHANGES.md against REV
#   scripts/spec-changes.sh --check spec/<service>...      fail when a CHANGES.md is stale
#
# The base is read back from the report's own heading (### `Name`: `REV:spec/<service>` → ...), so a
# changelog always says what it is measured from. A folder without CHANGES.md is skipped by --check.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="" base=""
folders=()
while [ $# -gt 0 ]; do
    case "$1" in
        --check) mode=check ;;
        --base) mode=write; base="${2:?--base needs a git revision}"; shift ;;
        *) folders+=("${1%/}") ;;
    esac
    shift
done
[ -n "$mode" ] || { echo "usage: $0 --base REV | --check  spec/<service>..." >&2; exit 2; }
specgen="${SPECGEN:-}"
if [ -z "$specgen" ]; then
    swift build --product specgen >/dev/null
    specgen="$(swift build --show-bin-path)/specgen"
fi
diff_of() { # base folder -> markdown on stdout; specgen diff exits 1 when something breaks
    local status=0
    "$specgen" diff "$1:$2" "$2" --format markdown || status=$?
    [ "$status" -le 1 ] || { echo "spec-changes: specgen diff failed for $2" >&2; return 1; }
}
for folder in "${folders[@]}"; do
    changes="$folder/CHANGES.md"
    if [ "$mode" = write ]; then
        diff_of "$base" "$folder" >"$changes"
        echo "spec-changes: wrote $changes against $base"
        continue
    fi
    [ -f "$changes" ] || continue
    recorded="$(sed -n 's/^### `[^`]*`: `\([^:`]*\):.*/\1/p' "$changes" | head -n 1)"
    [ -n "$recorded" ] || { echo "spec-changes: $changes names no base revision in its heading" >&2; exit 1; }
    if ! diff -u "$changes" <(diff_of "$recorded" "$folder") >/dev/null; then
        echo "spec-changes: $changes is stale; rewrite it with: scripts/spec-changes.sh --base $recorded $folder" >&2
        diff -u "$changes" <(diff_of "$recorded" "$folder") | head -n 40 >&2 || true
        exit 1
    fi
    echo "spec-changes: $changes is current (base $recorded)"
done
