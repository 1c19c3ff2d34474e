#!/usr/bin/env python3
"""Writes scripts/sdk-index/REPORT.md: the SDK index of each service against its docs index.
Needs PyYAML (pip install --user pyyaml); the extractors do not."""
import re
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
SERVICES = [("ACK", "alibaba-ack", True), ("KCE", "kingsoft-kce", False)]  # (name, folder, SDK states required)


NOTES = """## Notes

- ACK path placeholders: the SDK keeps only its snake-cased argument names (`cluster_id` for the
  reference's `ClusterId`), so most shared operations show a path "spelled differently"; the
  paths of 7.2.3 agree in every other respect (no path or method disagreement above).
- ACK required flags are the SDK models' own (every field it marks required, and path
  parameters); enums, defaults and ranges come from fixed phrases of its comments and are not
  compared here.
- ACK array query parameters: `style: json` (sent as one JSON string) on 14 of them, `style:
  simple` (joined by commas) on one (`CleanUserPermissions.ClusterIds`); any other array or
  object query parameter is flattened by the SDK's query encoder from 1 (`name.1`, `name.2`).
- ACK bodies the index shape cannot show directly: six operations send a JSON array as the
  body (`requestBody: array`; the parameters are the element's fields), and some responses are
  a JSON array (`responseBody: array`), a string, nothing, or an object the SDK does not
  describe (`responseBody: object`: DescribeClusterAddonUpgradeStatus,
  DescribeClusterAddonsUpgradeStatus, DescribeClusterAddonsVersion, DescribePolicies).
- ACK (b) is as expected: the edge-machine group and ModifyClusterConfiguration are not in
  alibabacloud-cs20151215 7.2.3.
- KCE: the SDK has request parameters and their types only, so every docs response field is
  missing from the SDK index, required flags are not compared, and list or object parameters
  have no members. Its `methods` are the SDK's (any action with GET or POST), not per action.
- KCE CreateCluster and DescribeCluster are not in the SDK's 2019-08-06 client; the same SDK has
  CreateCluster in its kce 2020-12-31 and kce2 2023-01-01 clients and DescribeCluster in its kce
  2023-11-15 client, which this index does not cover.
- KCE list indexes: the SDK's form and query formatter numbers list items from 0
  (`InstanceId.0`), whatever the spec's `x-index-base` says.
"""


def load(folder):
    """operation -> (group, entry), source"""
    ops, source = {}, None
    for path in sorted(folder.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text())
        source = doc.get("source")
        for op in doc["operations"]:
            for key in ("parameters", "responseFields"):
                op[key] = [p if isinstance(p, dict) else {"name": p} for p in op.get(key) or []]
            ops[op["operation"]] = (path.stem, op)
    return ops, source


def squash(name):
    return name.replace("_", "").lower()


def compare_fields(op, kind, docs, sdk, rename, required, lines, only):
    """counts of (added by the SDK, only in the docs); disagreements appended to lines, the
    names only in the docs to only (those inside an SDK field it does not detail apart)."""
    sdk_by = {f["name"]: f for f in sdk}
    docs_by = {rename.get(f["name"], f["name"]): f for f in docs}
    for name, d in docs_by.items():
        s = sdk_by.get(name)
        if s is None:
            continue
        label = name if name == d["name"] else f"{d['name']} (SDK {name})"
        if "type" in d and d["type"] != s["type"]:
            lines.append(f"- `{op}` {kind} `{label}` type: docs {d['type']}, SDK {s['type']}")
        if required and "required" in d and "required" in s and d["required"] != s["required"]:
            lines.append(f"- `{op}` {kind} `{label}` required: docs {str(d['required']).lower()}, "
                         f"SDK {str(s['required']).lower()}")
    added = [n for n in sdk_by if n not in docs_by]
    only_docs = [n for n in docs_by if n not in sdk_by]
    for n in only_docs:  # the same field spelled differently
        twins = [a for a in added if squash(a) == squash(n)]
        if twins:
            lines.append(f"- `{op}` {kind} spelled differently: docs `{n}`, SDK `{twins[0]}`")
    leaves = {n.rsplit(".", 1)[0] for n in sdk_by if "." in n}
    inside = [n for n in only_docs if any(n.startswith(p + ".") and p not in leaves
                                          and sdk_by[p]["type"] in ("array", "object") for p in sdk_by)]
    missing = [n for n in only_docs if n not in inside]
    if not sdk and docs and kind == "response":
        only.append(f"- `{op}` response: the SDK describes no fields; the docs have {len(docs)}")
        return len(added), 0
        if missing:
            only.append(f"- `{op}` {kind}s only in the docs: " + ", ".join(f"`{n}`" for n in missing))
        if inside:
            only.append(f"- `{op}` {kind}s only in the docs, inside an SDK {kind} it does not detail: "
                        + ", ".join(f"`{n}`" for n in inside))
    return len(added), len(missing)


def service_report(title, folder, states_required):
    sdk, sdk_source = load(REPO / "spec" / folder / "sdk-index")
    docs, docs_source = load(REPO / "spec" / folder / "docs-index")
    both = [o for o in sdk if o in docs]
    out = [f"## {title}: {sdk_source} against the docs index ({docs_source})", "",
           f"SDK index: {len(sdk)} operations, "
           f"{sum(len(e['parameters']) for _, e in sdk.values())} parameters, "
           f"{sum(len(e['responseFields']) for _, e in sdk.values())} response fields. "
           f"Docs index: {len(docs)} operations. In both: {len(both)}.", ""]
    out += ["### (a) In the SDK, not in the docs index", ""]
    by_group = {}
    for o, (g, _) in sdk.items():
        if o not in docs:
            by_group.setdefault(g, []).append(o)
    for g in sorted(by_group):
        out.append(f"- {g} ({len(by_group[g])}): " + ", ".join(sorted(by_group[g])))
    out += ["", f"{sum(map(len, by_group.values()))} operations in all.", "",
            "### (b) In the docs index, not in the SDK", ""]
    missing = {}
    for o, (g, _) in docs.items():
        if o not in sdk:
            missing.setdefault(g, []).append(o)
    out += [f"- {g}: " + ", ".join(sorted(ops)) for g, ops in sorted(missing.items())] or ["- none"]
    out += ["", "### (c) In both", "",
            "| operation | group | parameters the SDK adds | parameters only in the docs | "
            "response fields the SDK adds | response fields only in the docs |",
            "| --- | --- | ---: | ---: | ---: | ---: |"]
    lines, only, totals = [], [], [0, 0, 0, 0]
    for o in sorted(both):
        group, s = sdk[o]
        d = docs[o][1]
        if "method" in d and d["method"] != s["method"]:
            lines.append(f"- `{o}` method: docs {d['method']}, SDK {s['method']}")
        if "methods" in d and d["methods"] != s["methods"]:
            lines.append(f"- `{o}` methods: docs {d['methods']}, SDK {s['methods']}")
        rename = {}
        if "path" in d:
            dp, sp = d["path"], s["path"]
            shape = lambda p: re.sub(r"{\w+}", "{}", p.rstrip("/"))
            if shape(dp) != shape(sp):
                lines.append(f"- `{o}` path: docs {dp}, SDK {sp}")
            else:
                rename = dict(zip(re.findall(r"{(\w+)}", dp), re.findall(r"{(\w+)}", sp)))
                if dp != sp:
                    lines.append(f"- `{o}` path spelled differently: docs {dp}, SDK {sp}")
        counts = compare_fields(o, "parameter", d["parameters"], s["parameters"], rename,
                                states_required, lines, only)
        counts += compare_fields(o, "response", d["responseFields"], s["responseFields"], {},
                                 states_required, lines, only)
        totals = [t + c for t, c in zip(totals, counts)]
        out.append(f"| {o} | {group} | " + " | ".join(map(str, counts)) + " |")
    out.append("| all | | " + " | ".join(map(str, totals)) + " |")
    out += ["", f"Disagreements ({len(lines)}): method, path, type, required flag, and names spelled "
            "differently (a docs-only and an SDK-only name equal but for case and underscores). "
            "Path placeholders are paired by position; a path that differs only in their spelling "
            "is listed as spelled differently.", ""] + (lines or ["- none"]) + [""]
    out += ["Names only in the docs index (the table counts those not inside an SDK field that the "
            "SDK leaves undetailed, and none where the SDK describes no response fields):", ""]
    out += (only or ["- none"]) + [""]
    return out


def main():
    out = ["# SDK index against docs index", "",
           "Generated by `scripts/sdk-index/compare.py` from `spec/*/sdk-index` and `spec/*/docs-index`; "
           "see the notes at the end.", ""]
    for title, folder, states_required in SERVICES:
        out += service_report(title, folder, states_required)
    out += NOTES.splitlines()
    (REPO / "scripts/sdk-index/REPORT.md").write_text("\n".join(out).rstrip() + "\n")


if __name__ == "__main__":
    main()
