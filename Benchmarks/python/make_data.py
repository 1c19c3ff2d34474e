#!/usr/bin/env python3
"""Writes the response bodies the call and decoding benchmarks use, from the bundled ACK spec.

    make_data.py BUNDLED_ACK.json OUTPUT_DIR [--clusters 5000]

* detail.json: the DescribeClusterDetail 200 example of the spec, as the server's answer.
* clusters-N.json: a DescribeClustersV1 page of N clusters, each the DescribeClusterDetail
  example with its own id, name, size and creation date, plus page_info.
"""

import argparse
import copy
import json
import pathlib


def example(document: dict, path: str, method: str) -> dict:
    operation = document["paths"][path][method]
    media = operation["responses"]["200"]["content"]["application/json"]
    if "example" in media:
        return media["example"]
    examples = media.get("examples") or {}
    for value in examples.values():
        return value["value"]
    raise SystemExit(f"{method.upper()} {path} has no 200 example in the bundled spec")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle")
    parser.add_argument("output")
    parser.add_argument("--clusters", type=int, default=5000)
    args = parser.parse_args()
    document = json.loads(pathlib.Path(args.bundle).read_text())
    detail = example(document, "/clusters/{ClusterId}", "get")
    out = pathlib.Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    (out / "detail.json").write_text(json.dumps(detail, ensure_ascii=False))

    clusters = []
    for index in range(args.clusters):
        cluster = copy.deepcopy(detail)
        cluster["cluster_id"] = f"c{index:031x}"
        cluster["name"] = f"cluster-{index:05d}"
        cluster["size"] = index % 100 + 1
        cluster["created"] = f"2024-{index % 12 + 1:02d}-{index % 28 + 1:02d}T10:51:29+08:00"
        clusters.append(cluster)
    page = {"clusters": clusters, "page_info": {"page_number": 1, "page_size": args.clusters, "total_count": args.clusters}}
    (out / f"clusters-{args.clusters}.json").write_text(json.dumps(page, ensure_ascii=False))


if __name__ == "__main__":
    main()
