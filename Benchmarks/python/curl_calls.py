#!/usr/bin/env python3
"""The floor for calls: one curl process fetching DescribeClusterDetail COUNT times over keep-alive.

    curl_calls.py --port PORT [--count 2000] [--concurrency 1] [--header 'Name: value' ...]

Sequentially, curl reuses one connection for every URL of its config file; with --concurrency N
it runs `--parallel --parallel-max N` over up to N connections. curl sends the given headers
(a signed request's headers, copied) but signs nothing and does not parse the JSON body, so it
is the cost of the HTTP exchange alone. Latencies come from curl's own per-transfer
`%{time_total}`; throughput from the wall time of the curl process. Prints one JSON line in the
format of `CloudBench calls`.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time

CLUSTER_ID = "c82e6987e2961451182edacd74faf0f2"


def percentile(values: list, fraction: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1))
    return float(ordered[rank])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--header", action="append", default=[])
    args = parser.parse_args()
    url = f"http://127.0.0.1:{args.port}/clusters/{CLUSTER_ID}"
    with tempfile.NamedTemporaryFile("w", suffix=".curlrc", delete=False) as config:
        for header in args.header:
            config.write(f'header = "{header}"\n')
        config.write('write-out = "%{time_total}\\n"\n')
        for _ in range(args.count):
            config.write(f'url = "{url}"\noutput = "/dev/null"\n')
        path = config.name
    command = ["curl", "--silent", "--show-error", "--fail", "--config", path]
    if args.concurrency > 1:
        command += ["--parallel", "--parallel-immediate", "--parallel-max", str(args.concurrency)]
    try:
        started = time.perf_counter_ns()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # wait4 after reading: the pipes are drained first so curl never blocks on a full pipe.
        stdout, stderr = process.stdout.read(), process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter_ns() - started
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"curl failed: {stderr.strip()}")
    finally:
        os.unlink(path)
    latencies = [float(line) * 1e9 for line in stdout.split()]
    cpu = (usage.ru_utime + usage.ru_stime) * 1e9
    if len(latencies) != args.count:
        raise SystemExit(f"curl reported {len(latencies)} transfers, expected {args.count}")
    print(json.dumps({
        "bench": "calls", "impl": "curl", "count": args.count, "concurrency": args.concurrency,
        "elapsed_ns": elapsed, "calls_per_s": args.count / (elapsed / 1e9),
        "p50_ns": percentile(latencies, 0.50), "p99_ns": percentile(latencies, 0.99),
        "cpu_ns_per_call": cpu / args.count,
        "switches_per_call": (usage.ru_nvcsw + usage.ru_nivcsw) / args.count,
    }, sort_keys=True), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
