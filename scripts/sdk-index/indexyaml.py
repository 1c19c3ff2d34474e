"""Shared by extract_ack.py and extract_kce.py: the groups of the docs index and a small YAML
emitter writing the docs-index shape (block lists of operations, flow mappings for fields)."""
import re
from pathlib import Path

PARAM_KEYS = ["name", "type", "required", "enum", "minimum", "maximum", "minLength", "maxLength",
              "minItems", "maxItems", "default", "style", "in"]
OP_KEYS = ["operation", "method", "path", "action", "methods", "contentType", "requestBody",
           "responseBody"]
_PLAIN = re.compile(r"[A-Za-z0-9_/$][A-Za-z0-9_./$-]*\Z")
_RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}


def scalar(value, flow=True):
    """One YAML scalar: booleans and numbers as such, strings plain when they read back unchanged."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(scalar(v) for v in value) + "]"
    text = str(value)
    plain = _PLAIN if flow else re.compile(r"[A-Za-z0-9_/$][A-Za-z0-9_./${}-]*\Z")
    if (plain.match(text) and text.lower() not in _RESERVED
            and not re.match(r"[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?\Z", text)):
        return text
    return "'" + text.replace("'", "''") + "'"


def flow_mapping(entry, keys):
    return "{" + ", ".join(f"{k}: {scalar(entry[k])}" for k in keys if k in entry) + "}"


def docs_groups(docs_dir):
    """operation name -> group (file name) of the docs index, read line by line."""
    groups = {}
    for path in sorted(Path(docs_dir).glob("*.yaml")):
        for line in path.read_text().splitlines():
            m = re.match(r"\s*- operation:\s*(\w+)", line)
            if m:
                groups[m.group(1)] = path.stem
    return groups


def write_groups(out_dir, source, header, operations):
    """operations: (group, entry) in SDK order; writes one file per group, replacing old ones."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.yaml"):
        old.unlink()
    by_group = {}
    for group, op in operations:
        by_group.setdefault(group, []).append(op)
    for group, ops in sorted(by_group.items()):
        lines = ["# " + h if h else "#" for h in header]
        lines += [f"source: {source}", f"group: {group}", "operations:"]
        for op in ops:
            first = True
            for key in OP_KEYS:
                if key in op:
                    lines.append(("  - " if first else "    ") + f"{key}: {scalar(op[key], flow=False)}")
                    first = False
            for comment in op.get("comments", []):
                lines.append("    # " + comment)
            for key, keys in (("parameters", PARAM_KEYS), ("responseFields", ["name", "type"])):
                rows = op[key]
                lines.append(f"    {key}:" + ("" if rows else " []"))
                lines += ["      - " + flow_mapping(r, keys) for r in rows]
        (out_dir / f"{group}.yaml").write_text("\n".join(lines) + "\n")
    return by_group
