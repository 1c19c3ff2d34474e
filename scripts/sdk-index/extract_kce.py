#!/usr/bin/env python3
"""SDK index of KCE 2019-08-06 from the unpacked kingsoftcloud-sdk-python wheel, read with `ast`.

usage: extract_kce.py PACKAGE_DIR [OUT_DIR]   (OUT_DIR defaults to spec/kingsoft-kce/sdk-index)

ksyun/client/kce/v20190806/client.py has one method per action (`self.call_judge("Action",
params, content_type)`); models.py has one `<Action>Request` class whose `__init__` sets each
parameter and whose docstring pairs every `:param Name:` with a `:type PathPrefix: Type` line.
Nothing else is stated: no response shape, no required flags, no per-action HTTP method.
"""
import ast
import re
import sys
from pathlib import Path

from indexyaml import docs_groups, write_groups

REPO = Path(__file__).resolve().parents[2]
VERSION_DIR = "ksyun/client/kce/v20190806"
# The SDK's type words; Filter is what it writes for every list (its formatter sends Name.0, Name.1 ...).
TYPES = {"String": "string", "Int": "integer", "Boolean": "boolean", "Object": "object", "Filter": "array"}
NEW_GROUPS = {
    "clusters": "CreateLogRule CreateWebSocketPublicUri DescribeClusterSummary EditEventCollecting",
    "images": "DescribeEpcImage",
    "node-pools": "AddClusterInstanceToNodePool CreateNodePool DeleteClusterInstancesFromNodePool "
                  "DeleteNodePool DescribeNodePool DescribeNodePoolSummary ModifyNodePool "
                  "ModifyNodePoolScaleDownPolicy ModifyNodePoolScaleUpPolicy ModifyNodeTemplate "
                  "ProtectedFromScaleDown UpdateNodePoolDelProtection",
    "releases": "DeleteRelease DescribeRelease DescribeReleaseDetail DescribeReleaseHistory "
                "InstallRelease RollbackRelease UpgradeRelease",
}
HEADER = [
    "Derived mechanically from the SDK by scripts/sdk-index/extract_kce.py; regenerate, do not edit.",
    "The SDK describes request parameters only: their names and types. It has no response",
    "shape (responseFields: []), no required flags, enums or limits, and no members of list or",
    "object parameters (type array: the SDK's Filter type). Its form and query formatter numbers",
    "list items from 0 (Name.0, Name.1 ...) and writes object members as Name.Key.",
    "methods: the SDK sends every action with the client's configured method, GET or POST",
    "(POST by default), as query or form parameters; contentType: application/json marks an",
    "action whose parameters it sends as a JSON body under POST.",
]


def actions(client_src):
    """(action, content type) in the client's order."""
    cls = next(c for c in ast.parse(client_src).body if isinstance(c, ast.ClassDef))
    for fn in cls.body:
        call = next((n for n in ast.walk(fn) if isinstance(n, ast.Call)
                     and getattr(n.func, "attr", None) == "call_judge"), None)
        if call is not None:
            yield call.args[0].value, call.args[2].value


def requests(models_src):
    """request class -> [(name, JSON type)] in `__init__` order."""
    out = {}
    for cls in ast.parse(models_src).body:
        if not isinstance(cls, ast.ClassDef):
            continue
        init = next(f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "__init__")
        doc = ast.get_docstring(init, clean=False) or ""
        declared = re.findall(r":param (\w+):", doc)
        types = re.findall(r":type PathPrefix: (\w+)", doc)
        attrs = [st.targets[0].attr for st in init.body if isinstance(st, ast.Assign)]
        if attrs != declared or len(types) != len(attrs):
            sys.exit(f"{cls.name}: parameters and types do not pair up")
        out[cls.name] = [(a, TYPES[t]) for a, t in zip(attrs, types)]
    return out


def main(package_dir, out_dir=REPO / "spec/kingsoft-kce/sdk-index"):
    package_dir = Path(package_dir)
    meta = next(package_dir.glob("*.dist-info/METADATA")).read_text()
    name, version = (re.search(rf"^{k}: (.+)$", meta, re.M).group(1) for k in ("Name", "Version"))
    models = requests((package_dir / VERSION_DIR / "models.py").read_text())
    groups = docs_groups(REPO / "spec/kingsoft-kce/docs-index")
    groups.update({op: g for g, ops in NEW_GROUPS.items() for op in ops.split()})
    ops = []
    for action, content_type in actions((package_dir / VERSION_DIR / "client.py").read_text()):
        op = {"operation": action, "action": action, "methods": ["GET", "POST"]}
        if content_type != "application/x-www-form-urlencoded":
            op["contentType"] = content_type
        op["parameters"] = [{"name": n, "type": t} for n, t in models[action + "Request"]]
        op["responseFields"] = []
        ops.append(op)
    missing = [op["operation"] for op in ops if op["operation"] not in groups]
    if missing:
        sys.exit("no group for: " + " ".join(missing) + " (add them to NEW_GROUPS)")
    by_group = write_groups(out_dir, f"{name} {version}", HEADER, [(groups[o["operation"]], o) for o in ops])
    print(f"{name} {version} (kce v20190806): {len(ops)} actions in {len(by_group)} groups, "
          f"{sum(len(o['parameters']) for o in ops)} parameters, 0 response fields")


if __name__ == "__main__":
    main(*sys.argv[1:])
