#!/usr/bin/env bash
# Builds the DocC reference documentation of CloudRuntime and the three generated service modules
# with swift-docc-plugin, as `swift package generate-documentation` builds it, and fails on a
# broken symbol or article link, or any other documentation warning.
#
# CloudRuntime is built with --warnings-as-errors. The generated modules cannot be: their doc
# comments name runtime types (``ServiceError``, ``PaginationError``), which DocC cannot resolve
# from another module's documentation. Their diagnostics are therefore read from DocC's
# diagnostics file, and only that one kind is let through: a generated source's link whose target
# is a page of the CloudRuntime archive built first. Any other diagnostic fails, also a link in
# a generated comment to a runtime symbol that does not exist and every warning of the catalogs.
#
# The archives land in .build/plugins/Swift-DocC/outputs/<Target>.doccarchive. Needs python3.
# Takes about a minute and a half after `swift build` (it reuses the debug build), 45 s once the
# documentation tooling is built.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
archives=".build/plugins/Swift-DocC/outputs"

document() {
    local target="$1"
    shift
    echo "== docs: $target" >&2
    local start=$SECONDS
    if ! swift package --disable-sandbox generate-documentation --target "$target" "$@" >"$work/$target.log" 2>&1; then
        cat "$work/$target.log" >&2
        echo "error: docs: the documentation of $target did not build" >&2
        exit 1
    fi
    echo "   built in $((SECONDS - start)) s" >&2
}

document CloudRuntime --warnings-as-errors

for target in AlibabaACK KingsoftKCE KingsoftKCR; do
    document "$target" --diagnostics-file "$work/$target.json"
    python3 - "$target" "$work/$target.json" "$archives/CloudRuntime.doccarchive" <<'EOF'
import json, os, re, sys
from urllib.parse import unquote, urlparse

target, diagnostics_file, runtime_archive = sys.argv[1:]
pages = os.path.join(runtime_archive, "data", "documentation", "cloudruntime")
if not os.path.isdir(pages):
    sys.exit(f"error: docs: no CloudRuntime archive at {runtime_archive}")
unresolved = re.compile(r"^'(?P<link>[^']+)' doesn't exist at '/" + re.escape(target) + r"(/|')")

def runtime_page_exists(link):
    # A symbol link's path, such as `ServiceError` or `TransportError/Kind/timedOut`, names the
    # page data/documentation/cloudruntime/servicerror.json; its title has the link's exact case.
    path = os.path.join(pages, *link.lower().split("/")) + ".json"
    if not os.path.isfile(path):
        return False
    with open(path, encoding="utf-8") as page:
        return json.load(page).get("metadata", {}).get("title") == link.split("/")[-1]

allowed, problems = 0, []
for diagnostic in json.load(open(diagnostics_file, encoding="utf-8")).get("diagnostics", []):
    source = unquote(urlparse(diagnostic.get("source") or "").path)
    match = unresolved.match(diagnostic.get("summary", ""))
    generated = "/.build/plugins/outputs/" in source
    if diagnostic.get("severity") == "warning" and generated and match and runtime_page_exists(match["link"]):
        allowed += 1
        continue
    start = (diagnostic.get("range") or {}).get("start") or {}
    where = f"{os.path.relpath(source) if source else target}:{start.get('line', 0)}:{start.get('column', 0)}"
    problems.append(f"{where}: {diagnostic.get('severity', 'error')}: {diagnostic.get('summary', '')}")

for problem in problems:
    print(problem, file=sys.stderr)
if problems:
    sys.exit(f"error: docs: {target}: {len(problems)} documentation problem(s)")
print(f"   {allowed} links from generated comments to CloudRuntime symbols, all of which exist", file=sys.stderr)
EOF
done
echo "docs: CloudRuntime, AlibabaACK, KingsoftKCE and KingsoftKCR documented without problems ($archives)" >&2
