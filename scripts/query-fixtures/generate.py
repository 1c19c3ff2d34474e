#!/usr/bin/env python3
"""Writes the expected results of cloudctl's --query subset, computed by the jmespath package.

    pip install jmespath==1.1.0
    python3 scripts/query-fixtures/generate.py > Tests/CloudctlTests/Fixtures/query-cases.json

Every expected value comes from jmespath.search, never from cloudctl, so the fixture checks that
the subset cloudctl implements means what JMESPath means.
"""

import json
import sys

import jmespath

DOCUMENT = {
    "clusters": [
        {"cluster_id": "c1", "name": "web", "state": "running", "size": 3,
         "tags": [{"key": "env", "value": "prod"}], "meta": {"zone": "a"}},
        {"cluster_id": "c2", "name": "batch", "state": "failed", "size": 1, "tags": [],
         "meta": {"zone": "b"}},
        {"cluster_id": "c3", "name": "db", "state": "running", "size": 5,
         "tags": [{"key": "env", "value": "dev"}, {"key": "team", "value": "data"}]},
    ],
    "page_info": {"total_count": 3, "page_number": 1, "page_size": 10},
    "nested": [[1, 2], [3], 4],
    "x-acs-id": "abc",
    "request_id": "R-1",
    "flag": True,
    "nothing": None,
}

EXPRESSIONS = [
    "request_id",
    "page_info.total_count",
    "page_info.missing",
    "missing.deeper",
    '"x-acs-id"',
    "clusters[0]",
    "clusters[0].name",
    "clusters[-1].cluster_id",
    "clusters[7].name",
    "clusters[*].name",
    "clusters[].name",
    "clusters[*].meta.zone",
    "clusters[].tags[].key",
    "clusters[*].tags[*].value",
    "nested[]",
    "nested[*]",
    "clusters[?state=='running'].cluster_id",
    "clusters[?state != 'running'].name",
    "clusters[?size==`3`].name",
    "clusters[?meta.zone=='b'].cluster_id",
    "clusters[?tags==`[]`].name",
    "clusters[?missing==`null`].name",
    "clusters[?state=='running']",
    "clusters[0].tags[0].value",
    "page_info[0]",
    "request_id[*]",
    "flag",
    "nothing",
]


def main():
    cases = [{"expression": e, "expected": jmespath.search(e, DOCUMENT)} for e in EXPRESSIONS]
    json.dump({"generator": f"jmespath {jmespath.__version__}", "document": DOCUMENT, "cases": cases},
              sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
