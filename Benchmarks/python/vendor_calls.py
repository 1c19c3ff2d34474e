#!/usr/bin/env python3
"""DescribeClusterDetail through Alibaba Cloud's Python SDK (aliyun-python-sdk-core) against a local server.

    vendor_calls.py --port PORT [--count 500] [--concurrency 1]

Builds, signs (ACS v1, the SDK's ROA signature), sends over the SDK's keep-alive session and
decodes (json.loads) each call, as an application using the SDK would. With --concurrency N,
N threads each own one AcsClient. Prints one JSON line in the format of `CloudBench calls`.
"""

import argparse
import concurrent.futures
import json
import resource
import math
import sys
import time

from aliyunsdkcore.client import AcsClient
from aliyunsdkcore.request import CommonRequest

CLUSTER_ID = "c82e6987e2961451182edacd74faf0f2"



def context_switches() -> int:
    """Voluntary plus involuntary context switches of this process so far, all threads."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_nvcsw + usage.ru_nivcsw

def make_client(port: int) -> AcsClient:
    return AcsClient("LTAI5tBenchAccessKey01", "BenchSecret01", "cn-hangzhou", port=port, auto_retry=False)


def call(client: AcsClient) -> dict:
    request = CommonRequest(domain="127.0.0.1", version="2015-12-15", uri_pattern="/clusters/[ClusterId]", product="CS")
    request.set_method("GET")
    request.set_protocol_type("http")
    request.set_accept_format("json")
    request.add_path_param("ClusterId", CLUSTER_ID)
    return json.loads(client.do_action_with_exception(request))


def worker(client: AcsClient, count: int) -> list:
    latencies = []
    for _ in range(count):
        started = time.perf_counter_ns()
        body = call(client)
        latencies.append(time.perf_counter_ns() - started)
        if body.get("cluster_id") is None:
            raise SystemExit("the server's answer has no cluster_id")
    return latencies


def percentile(values: list, fraction: float) -> float:
    """Nearest-rank percentile, as CloudBench computes it."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1))
    return float(ordered[rank])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--warmup", type=int, default=20)
    args = parser.parse_args()
    shares = [args.count // args.concurrency + (1 if i < args.count % args.concurrency else 0)
              for i in range(args.concurrency)]
    clients = [make_client(args.port) for _ in shares]
    for client in clients:  # untimed: opens each client's connection
        for _ in range(args.warmup):
            call(client)
    cpu_before = time.process_time_ns()
    switches_before = context_switches()
    started = time.perf_counter_ns()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        parts = list(pool.map(worker, clients, shares))
    elapsed = time.perf_counter_ns() - started
    cpu = time.process_time_ns() - cpu_before
    switches = context_switches() - switches_before
    latencies = [value for part in parts for value in part]
    print(json.dumps({
        "bench": "calls", "impl": "aliyun-python-sdk-core", "count": args.count, "concurrency": args.concurrency,
        "algorithm": "acs-hmac-sha1", "elapsed_ns": elapsed, "calls_per_s": args.count / (elapsed / 1e9),
        "p50_ns": percentile(latencies, 0.50), "p99_ns": percentile(latencies, 0.99),
        "cpu_ns_per_call": cpu / args.count,
        "switches_per_call": switches / args.count,
    }, sort_keys=True), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
