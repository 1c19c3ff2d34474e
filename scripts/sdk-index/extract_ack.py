#!/usr/bin/env python3
"""SDK index of ACK from the unpacked alibabacloud-cs20151215 wheel, read with `ast` (never imported).

usage: extract_ack.py PACKAGE_DIR [OUT_DIR]   (OUT_DIR defaults to spec/alibaba-ack/sdk-index)

client.py gives each operation (the `Params(...)` of its *_with_options method: action, method,
pathname, response body type) and where each request field goes (`query[...]`, `body[...]`,
`Utils.to_array(request.X)` for a body that is a JSON array, path arguments); models/*.py give
wire names (`to_map`), types (annotations of `__init__`) and the attribute comments' fixed lines
(required, enum, default, range), of which nothing but the values is kept.
"""
import ast
import re
import sys
from pathlib import Path

from indexyaml import docs_groups, write_groups

REPO = Path(__file__).resolve().parents[2]
SCALARS = {"str": "string", "int": "integer", "float": "number", "bool": "boolean", "dict": "object"}
# Operations the docs index does not have, by group (docs-index operations keep their group).
NEW_GROUPS = {
    "addons": "CancelComponentUpgrade DescribeAddon DescribeClusterAddonInstance "
              "DescribeClusterAddonUpgradeStatus GetClusterAddonInstance ListAddons "
              "ListClusterAddonInstanceResources ListClusterAddonInstances PauseComponentUpgrade "
              "ResumeComponentUpgrade",
    "alerts": "DeleteAlertContact DeleteAlertContactGroup StartAlert StopAlert UpdateContactGroupForAlert",
    "applications": "CreateKubernetesTrigger DeleteKubernetesTrigger GetKubernetesTrigger",
    "auto-repair": "CreateAutoRepairPolicy DeleteAutoRepairPolicy DescribeAutoRepairPolicy "
                   "ListAutoRepairPolicies ModifyAutoRepairPolicy",
    "clusters": "CheckControlPlaneLogEnable DescribeClusterEvents DescribeClusterV2UserKubeconfig "
                "DescribeClusters DescribeClustersForRegion DescribeEventsForRegion "
                "DescribeResourcesDeleteProtection DescribeSubaccountK8sClusterUserConfig "
                "DescribeUserClusterNamespaces GetClusterAuditProject ScaleOutCluster "
                "UpdateClusterAuditLogConfig UpdateControlPlaneLog UpdateKMSEncryption "
                "UpdateResourcesDeleteProtection",
    "inspections": "CreateClusterDiagnosis CreateClusterInspectConfig DeleteClusterInspectConfig "
                   "GetClusterCheck GetClusterDiagnosisCheckItems GetClusterDiagnosisResult "
                   "GetClusterInspectConfig GetClusterInspectReportDetail ListClusterChecks "
                   "ListClusterInspectReports RunClusterCheck RunClusterInspect UpdateClusterInspectConfig",
    "node-pools": "AttachInstancesToNodePool CreateNodePoolComponentInstances "
                  "DeleteNodePoolComponentInstance InstallNodePoolComponents "
                  "ListNodePoolComponentInstanceNodes ListNodePoolComponentInstances ListNodePoolComponents "
                  "ModifyNodePoolNodeConfig RemoveClusterNodes RemoveNodePoolNodes RunNodeOperation "
                  "SyncClusterNodePool UpdateNodePoolComponent UpdateNodePoolComponentInstance "
                  "UpgradeClusterNodepool",
    "permissions": "CleanClusterUserPermissions CleanUserPermissions ListClusterKubeconfigStates "
                   "ListUserKubeConfigStates RevokeK8sClusterKubeConfig UpdateUserPermissions",
    "regions": "DescribeRegions",
    "service": "CheckServiceRole",
    "tasks": "CancelOperationPlan CancelTask DescribeClusterTasks ListOperationPlans "
             "ListOperationPlansForRegion PauseTask ResumeTask",
    "vulnerabilities": "DescribeClusterVuls DescribeNodePoolVuls FixNodePoolVuls ScanClusterVuls",
}
HEADER = [
    "Derived mechanically from the SDK by scripts/sdk-index/extract_ack.py; regenerate, do not edit.",
    "Path parameters carry the SDK's argument names (it snake-cases the reference's names).",
    "required: true where the SDK's model marks the field required, and for path parameters.",
    "enum, default, minimum and maximum: the values of the models' fixed 'Valid values:' lists,",
    "'Default value:' lines and 'Valid values: N to M' phrases, where the field's type fits.",
    "style: json / simple: an array query parameter the SDK sends as a JSON string / joined by",
    "commas; an array query parameter without style goes out as name.1, name.2 ...",
    "A Dict[str, Model] field lists the model's fields under its own name (the keys are left out).",
    "requestBody: array: the body is a JSON array of objects whose fields are the body parameters.",
    "responseBody: the SDK's body type when it is not a JSON object (array: the fields are those of",
    "each element; string, none: no fields); object: a JSON object the SDK does not describe.",
]


class Field:
    def __init__(self, attr, wire, ann, comments):
        self.attr, self.wire, self.ann, self.comments = attr, wire, ann, comments


def method(cls, name):
    return next((f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == name), None)


def self_attr(node):
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
        return node.attr
    return None


def result_key(node):
    if isinstance(node, ast.Subscript) and getattr(node.value, "id", None) == "result":
        return node.slice.value
    return None


def wire_names(to_map):
    """attribute -> wire name, from `result['wire'] = ...` inside `if self.attr is not None:`."""
    names, pending = {}, None
    for st in to_map.body:
        if isinstance(st, ast.Assign) and result_key(st.targets[0]):
            pending = result_key(st.targets[0])
        elif isinstance(st, ast.If) and isinstance(st.test, ast.Compare) and self_attr(st.test.left):
            keys = [result_key(n.targets[0]) for n in ast.walk(st) if isinstance(n, ast.Assign)]
            names[self_attr(st.test.left)] = pending or next(k for k in keys if k)
            pending = None
    return names


def read_models(models_dir):
    models = {}
    for path in sorted(Path(models_dir).glob("*.py")):
        src = path.read_text()
        lines = src.splitlines()
        for cls in ast.parse(src).body:
            if not isinstance(cls, ast.ClassDef):
                continue
            init, wires, fields = method(cls, "__init__"), wire_names(method(cls, "to_map")), []
            anns = {a.arg: a.annotation for a in init.args.args[1:]}
            for st in init.body:
                attr = isinstance(st, ast.Assign) and self_attr(st.targets[0])
                if attr in anns:
                    comments, i = [], st.lineno - 2
                    while i >= 0 and lines[i].strip().startswith("#"):
                        comments.insert(0, lines[i].strip()[1:].strip())
                        i -= 1
                    fields.append(Field(attr, wires[attr], anns[attr], comments))
            models[cls.name] = fields
    return models


def model_name(ann):
    if isinstance(ann, ast.Attribute) and getattr(ann.value, "id", None) == "main_models":
        return ann.attr
    return None


def type_of(ann):
    """(JSON type, model whose fields nest under this one or None)."""
    if isinstance(ann, ast.Name):
        return SCALARS[ann.id], None
    if model_name(ann):
        return "object", model_name(ann)
    outer, inner = ann.value.id, ann.slice
    if outer == "List":
        return "array", model_name(inner)
    if outer == "Dict":
        return "object", model_name(inner.elts[1])
    raise ValueError(ast.unparse(ann))


def flatten(models, model, prefix, stack=()):
    """(dotted wire name, Field, JSON type) of a model's fields and of the models under them."""
    for f in models[model]:
        jtype, sub = type_of(f.ann)
        yield prefix + f.wire, f, jtype
        if sub and sub not in stack:
            yield from flatten(models, sub, prefix + f.wire + ".", stack + (sub,))


def typed(text, jtype):
    if jtype == "integer" and re.fullmatch(r"-?\d+", text):
        return int(text)
    if jtype == "number" and re.fullmatch(r"-?\d+(\.\d+)?", text):
        return float(text) if "." in text else int(text)
    if jtype == "boolean" and text in ("true", "false"):
        return text == "true"
    if jtype == "string" and text != "None":
        return text
    return None


def attributes(field, jtype):
    """required, enum, minimum, maximum, default of a request field, from its comments' fixed lines."""
    out, lines = {"required": "This parameter is required." in field.comments}, field.comments
    for i, line in enumerate(lines):
        if line.endswith("Valid values:") and jtype in ("string", "integer", "number") and "enum" not in out:
            values = []
            for item in lines[i + 1:]:
                m = re.match(r"[-*]\s+(?:`([^`]+)`|([\w.-]+)(?=\s*(?:[:(]|$)))", item)
                if not m and item:
                    break
                if m:
                    values.append(typed(m.group(1) or m.group(2), jtype))
            if len(values) >= 2 and None not in values:
                out["enum"] = values
        m = re.fullmatch(r"Default value: `?([^`\s$]+?)`?\.", line)
        if m and typed(m.group(1), jtype) is not None:
            out["default"] = typed(m.group(1), jtype)
    if "default" in out and out["default"] not in out.get("enum", [out["default"]]):
        del out["default"]  # prose, not one of the values
    ranges = re.findall(r"Valid values: (-?\d+) to (-?\d+)\b", " ".join(lines))
    if jtype in ("integer", "number") and len(ranges) == 1:
        out["minimum"], out["maximum"] = int(ranges[0][0]), int(ranges[0][1])
    return out


def path_template(node):
    parts = []
    for v in node.values if isinstance(node, ast.JoinedStr) else [node]:
        if isinstance(v, ast.Constant):
            parts.append(v.value)
        else:
            arg = v.value.args[0] if isinstance(v.value, ast.Call) else v.value
            parts.append("{" + arg.id + "}")
    return "".join(parts)


def operation(fn, models):
    call = next((n for n in ast.walk(fn) if isinstance(n, ast.Call)
                 and getattr(n.func, "attr", None) == "Params"), None)
    if call is None:
        return None
    kw = {k.arg: k.value for k in call.keywords}
    path = path_template(kw["pathname"])
    op = {"operation": kw["action"].value, "method": kw["method"].value, "path": path}
    args = {a.arg: a.annotation for a in fn.args.args[1:]}
    params = [{"name": n, "type": type_of(args[n])[0], "required": True, "in": "path"}
              for n in re.findall(r"{(\w+)}", path)]
    request = next((model_name(args[a]) for a in ("request", "tmp_req") if a in args), None)
    fields = {f.attr: f for f in models[request]} if request else {}
    shrunk = {}  # shrink attribute -> (attribute, style)
    steps = [(n.targets[0], n.value, n.lineno) for n in ast.walk(fn) if isinstance(n, ast.Assign)]
    steps += [(None, n.value, n.lineno) for n in ast.walk(fn) if isinstance(n, ast.keyword) and n.arg == "body"]
    for target, value, _ in sorted(steps, key=lambda s: s[2]):
        if isinstance(value, ast.Call) and getattr(value.func, "attr", "") == "array_to_string_with_specified_style":
            shrunk[target.attr] = (value.args[0].attr, value.args[2].value)
            continue
        if isinstance(value, ast.Call) and getattr(value.func, "attr", "") == "to_array":
            where, wire, attr, op["requestBody"] = "body", None, value.args[0].attr, "array"
        elif isinstance(target, ast.Subscript) and isinstance(value, ast.Attribute):
            where, wire, attr = {"query": "query", "body": "body", "real_headers": "header"}[target.value.id], \
                target.slice.value, value.attr
        else:
            continue
        attr, style = shrunk.get(attr, (attr, None))
        field = fields[attr]
        jtype, sub = type_of(field.ann)
        if wire is not None:
            params.append({"name": wire, "type": jtype, **attributes(field, jtype), "in": where})
            if style:
                params[-1]["style"] = style
        nested = flatten(models, sub, "" if wire is None else wire + ".") if sub else []
        params += [{"name": n, "type": t, **attributes(f, t), "in": where} for n, f, t in nested]
    op["parameters"] = params
    body_type = kw["body_type"].value
    body = next(f for f in models[model_name(fn.returns)] if f.attr == "body") \
        if body_type != "none" else None
    jtype, sub = type_of(body.ann) if body else (None, None)
    if body_type != "json" or (jtype == "object" and not sub):
        op["responseBody"] = body_type if body_type != "json" else "object"
    op["responseFields"] = [{"name": n, "type": t} for n, _, t in flatten(models, sub, "")] if sub else []
    return op


def main(package_dir, out_dir=REPO / "spec/alibaba-ack/sdk-index"):
    package_dir = Path(package_dir)
    meta = next(package_dir.glob("*.dist-info/METADATA")).read_text()
    name, version = (re.search(rf"^{k}: (.+)$", meta, re.M).group(1) for k in ("Name", "Version"))
    pkg = package_dir / "alibabacloud_cs20151215"
    models = read_models(pkg / "models")
    client = next(c for c in ast.parse((pkg / "client.py").read_text()).body if isinstance(c, ast.ClassDef))
    groups = docs_groups(REPO / "spec/alibaba-ack/docs-index")
    groups.update({op: g for g, ops in NEW_GROUPS.items() for op in ops.split()})
    ops = [op for op in (operation(f, models) for f in client.body if isinstance(f, ast.FunctionDef)) if op]
    missing = [op["operation"] for op in ops if op["operation"] not in groups]
    if missing:
        sys.exit("no group for: " + " ".join(missing) + " (add them to NEW_GROUPS)")
    by_group = write_groups(out_dir, f"{name} {version}", HEADER, [(groups[o["operation"]], o) for o in ops])
    print(f"{name} {version}: {len(ops)} operations in {len(by_group)} groups, "
          f"{sum(len(o['parameters']) for o in ops)} parameters, "
          f"{sum(len(o['responseFields']) for o in ops)} response fields")


if __name__ == "__main__":
    main(*sys.argv[1:])
