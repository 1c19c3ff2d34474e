#!/usr/bin/env python3
"""Renders BENCHMARKS.md from the JSON lines of one `scripts/bench` run.

    report.py RESULTS.jsonl --output BENCHMARKS.md [--quick 0|1] [--swift ...] [--oag ...] ...

Every figure in the file comes from RESULTS.jsonl and the machine it runs on; the texts that
explain a goal not met are chosen by the measured outcome.
"""

import argparse
import importlib.metadata
import os
import platform
import sys

from report_data import load
from report_limits import limits
from report_sections import Report

GOAL_NAMES = {
    "generator": "generator ≥ 10× faster than swift-openapi-generator",
    "compile": "debug compile ≤ 0.5× of swift-openapi-generator's output",
    "sign-floor-acs-hmac-sha1": "ACS v1 signing ≤ 2× its all-crypto floor",
    "sign-vendor-acs-hmac-sha1": "ACS v1 signing ≥ 3× faster than the fastest vendor",
    "sign-floor-acs3-hmac-sha256": "ACS3 signing ≤ 2× its all-crypto floor",
    "sign-vendor-acs3-hmac-sha256": "ACS3 signing ≥ 3× faster than the fastest vendor",
    "sign-floor-aws4-hmac-sha256": "AWS4 signing ≤ 2× its all-crypto floor",
    "sign-vendor-aws4-hmac-sha256": "AWS4 signing ≥ 3× faster than the fastest vendor",
    "calls-curl-1": "sequential calls ≥ 0.8× curl's calls per second",
    "calls-curl-16": "16 concurrent calls ≥ 0.8× curl's calls per second",
    "calls-cpu-curl": "client CPU per sequential call ≤ 1.5× curl's",
    "calls-cpu-python": "client CPU per sequential call ≤ 1/5 of the Python SDK's",
    "decode-time": "tolerant decoding ≤ 1.0× JSONDecoder's time",
    "decode-memory": "tolerant decoding ≤ 1.5× JSONDecoder's peak memory",
    "memory": "no memory growth after warm-up",
    "observe-1": "no-op tracing and metrics within the noise, sequential",
    "observe-16": "no-op tracing and metrics within the noise, 16 concurrent",
}
PYTHON_PACKAGES = ["aliyun-python-sdk-core", "alibabacloud-tea-openapi", "alibabacloud-openapi-util",
                   "requests-aws4auth", "botocore", "requests"]


# ---------------------------------------------------------------------------------------------- machine

def machine() -> dict:
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    system = platform.platform()
    try:
        fields = dict(line.rstrip().split("=", 1) for line in open("/etc/os-release") if "=" in line)
        system = fields.get("PRETTY_NAME", system).strip('"') + f", kernel {platform.release()}"
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": memory, "os": system}


def package_versions() -> list:
    versions = []
    for name in PYTHON_PACKAGES:
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    return versions


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--output", required=True)
    parser.add_argument("--quick", default="0")
    for option in ["swift", "curl", "nginx", "python", "oag", "oag-runtime", "requirements", "load-start", "load-end",
                   "started", "finished"]:
        parser.add_argument(f"--{option}", default="unknown")
    args = parser.parse_args()
    rows = load(args.results)
    report = Report(rows)
    report.generator()
    report.compile_time()
    report.signing()
    report.calls()
    report.observability()
    report.decoding()
    report.memory()
    host = machine()

    lines = [
        "# Benchmarks",
        "",
        "Written by `scripts/bench`" + (" --quick" if args.quick == "1" else "") + f" from one run on {args.started} to"
        f" {args.finished} (UTC). Every ratio compares figures measured in this same run. Rerun with `scripts/bench`;"
        " raw samples are in `.build-bench/run/results.jsonl`.",
        "",
        "## Machine and versions",
        "",
        f"* CPU: {host['cpu']}, {host['cores']} cores; RAM {host['memory']}; {host['os']}.",
        f"* Load average (1 min) at start / end of the run: {args.load_start} / {args.load_end}. The machine was shared with"
        " other builds: absolute times are noisy, ratios measured side by side less so.",
        f"* {args.swift}.",
        f"* Peers: apple/swift-openapi-generator {args.oag} (release build), swift-openapi-runtime {args.oag_runtime};"
        f" {args.curl.split(' (')[0]}; {args.nginx.replace('nginx version: ', '')}; {args.python}.",
        "* Python packages (pinned in `scripts/signature-fixtures/requirements.txt`): " + ", ".join(package_versions()) + ".",
        "",
        "## Method",
        "",
        "* Harness: a plain release executable, `CloudBench` (`Benchmarks/CloudBench`), with one subcommand per"
        " benchmark, timing with `ContinuousClock` and reading memory with `getrusage` and `/proc/self/statm`; it prints"
        " JSON lines. `scripts/bench` runs it, the peers and the Python drivers (`Benchmarks/python`) in one run,"
        " interleaving the repetitions of ours and of the peer, and renders this file. ordo-one/benchmark 1.38.1 was not"
        " used: it needs jemalloc and the malloc interposer and adds minutes of build time on 2 cores, and half of these"
        " benchmarks time other processes (generators, `swift build`, curl, Python) that it cannot drive; whole-process"
        " figures (wall time and `wait4` peak RSS) come from `Benchmarks/python/measure.py`.",
        "* Figures are the median of the repetitions, with min–max in parentheses. Ratios are ratios of medians.",
        f"* Spread of the samples, (max − min) / median: {report.noise()}.",
        "",
        "## Summary",
        "",
        "| benchmark | ours, median (min–max) | peer / floor, median | ratio | goal | met? |",
        "|---|---|---|---|---|---|",
    ]
    lines += [f"| {' | '.join(entry)} |" for entry in report.summary]
    lines += ["", "## Details", ""]
    for section in report.sections:
        lines += [section, ""]
    goals = [(GOAL_NAMES.get(key, key), value) for key, value in report.outcomes.items() if value is not None]
    met_names = [name for name, value in goals if value]
    missed = [name for name, value in goals if not value]
    lines += ["## Goals", "",
              f"Met ({len(met_names)} of {len(goals)}): {'; '.join(met_names) if met_names else 'none'}.",
              "",
              f"Not met ({len(missed)} of {len(goals)}): {'; '.join(missed) if missed else 'none'}.",
              ""]
    notes = limits(report)
    if notes:
        lines += ["What limits the goals not met:", ""] + [f"* {note}" for note in notes] + [""]
    with open(args.output, "w") as handle:
        handle.write("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
