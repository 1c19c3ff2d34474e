#!/usr/bin/env python3
"""Renders BENCHMARKS.md from the JSON lines of one `scripts/bench` run.

    report.py RESULTS.jsonl --output BENCHMARKS.md [--quick 0|1] [--swift ...] [--oag ...] ...

Every figure in the file comes from RESULTS.jsonl and the machine it runs on; the texts that
explain a goal not met are chosen by the measured outcome.
"""

import argparse
import datetime
import importlib.metadata
import json
import os
import platform
import statistics
import sys

PYTHON_PACKAGES = ["aliyun-python-sdk-core", "alibabacloud-tea-openapi", "alibabacloud-openapi-util",
                   "requests-aws4auth", "botocore", "requests"]


# ---------------------------------------------------------------------------------------------- data

def load(path: str) -> list:
    with open(path) as handle:
        return [json.loads(line) for line in handle if line.strip()]


def select(rows: list, **criteria) -> list:
    return [row for row in rows if all(str(row.get(key)) == str(value) for key, value in criteria.items())]


class Series:
    """Samples of one measurement: median, min, max and spread."""

    def __init__(self, values):
        self.values = [float(value) for value in values]

    def __bool__(self):
        return bool(self.values)

    @property
    def median(self):
        return statistics.median(self.values) if self.values else float("nan")

    @property
    def low(self):
        return min(self.values) if self.values else float("nan")

    @property
    def high(self):
        return max(self.values) if self.values else float("nan")

    @property
    def spread(self):
        """(max - min) / median, the noise of this series."""
        return (self.high - self.low) / self.median if self.values and self.median else float("nan")


def flat(rows: list, key: str) -> Series:
    values = []
    for row in rows:
        value = row.get(key)
        values += value if isinstance(value, list) else [value]
    return Series(v for v in values if v is not None)


# ---------------------------------------------------------------------------------------------- format

def seconds(ns: float) -> str:
    s = ns / 1e9
    return f"{s:.2f} s" if s >= 1 else f"{s * 1000:.0f} ms" if s >= 0.01 else f"{s * 1000:.1f} ms"


def micro(ns: float) -> str:
    us = ns / 1000
    return f"{us:.2f} µs" if us < 10 else f"{us:.1f} µs" if us < 100 else f"{us:.0f} µs"


def mib(kib: float) -> str:
    return f"{kib / 1024:.1f} MiB"


def ranged(series: Series, unit) -> str:
    return f"{unit(series.median)} ({unit(series.low)}–{unit(series.high)})"


def rate(value: float) -> str:
    return f"{value:,.0f}/s"


def ratio(value: float) -> str:
    if value != value:
        return "n/a"
    return f"{value:.2f}×" if value < 10 else f"{value:.1f}×" if value < 100 else f"{value:.0f}×"


def met(ok) -> str:
    return "n/a" if ok is None else ("yes" if ok else "**no**")


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


# ---------------------------------------------------------------------------------------------- sections

class Report:
    def __init__(self, rows: list):
        self.rows = rows
        self.summary = []     # (benchmark, ours, peer, ratio text, goal, met)
        self.outcomes = {}    # key -> bool or None
        self.sections = []

    # 1
    def generator(self):
        ours = flat(select(self.rows, bench="generate", impl="specgen"), "wall_ns")
        theirs = flat(select(self.rows, bench="generate", impl="swift-openapi-generator"), "wall_ns")
        ours_rss = flat(select(self.rows, bench="generate", impl="specgen"), "maxrss_kib")
        theirs_rss = flat(select(self.rows, bench="generate", impl="swift-openapi-generator"), "maxrss_kib")
        speedup = theirs.median / ours.median if ours and theirs else float("nan")
        ok = speedup >= 10 if ours and theirs else None
        self.outcomes["generator"] = ok
        self.summary.append(("1. Generator: all three services (wall)", ranged(ours, seconds),
                             f"swift-openapi-generator {ranged(theirs, seconds)}", f"{ratio(speedup)} faster",
                             "≥ 10× faster", met(ok)))
        lines = {row["impl"]: row["lines"] for row in select(self.rows, bench="generated-lines")}
        self.sections.append("\n".join([
            "### 1. Generator",
            "",
            "`specgen generate` on the three spec folders vs. `swift-openapi-generator generate --mode types --mode client"
            " --access-modifier public` on the same services bundled into one OpenAPI 3.1 document each (`specgen bundle`,"
            " not timed). One sample = all three services, one process per service, both release builds.",
            "",
            "| | wall, median (min–max) | peak RSS, median (min–max) | Swift lines written |",
            "|---|---|---|---|",
            f"| specgen | {ranged(ours, seconds)} | {ranged(ours_rss, mib)} | {lines.get('specgen', 'n/a'):,} |",
            f"| swift-openapi-generator | {ranged(theirs, seconds)} | {ranged(theirs_rss, mib)} |"
            f" {lines.get('swift-openapi-generator', 'n/a'):,} |",
            "",
            f"specgen is {ratio(speedup)} faster (ratio of medians) and uses "
            f"{ratio(theirs_rss.median / ours_rss.median) if ours_rss else 'n/a'} less peak memory.",
        ]))

    # 2
    def compile_time(self):
        ours = flat(select(self.rows, bench="compile", impl="specgen"), "wall_ns")
        theirs = flat(select(self.rows, bench="compile", impl="swift-openapi-generator"), "wall_ns")
        ours_rss = flat(select(self.rows, bench="compile", impl="specgen"), "maxrss_kib")
        theirs_rss = flat(select(self.rows, bench="compile", impl="swift-openapi-generator"), "maxrss_kib")
        inc_ours = flat(select(self.rows, bench="incremental", impl="specgen"), "wall_ns")
        inc_theirs = flat(select(self.rows, bench="incremental", impl="swift-openapi-generator"), "wall_ns")
        share = ours.median / theirs.median if ours and theirs else float("nan")
        ok = share <= 0.5 if ours and theirs else None
        self.outcomes["compile"] = ok
        self.summary.append(("2. Compile time: generated ACK module, debug", ranged(ours, seconds),
                             f"swift-openapi-generator output {ranged(theirs, seconds)}", f"{ratio(share)} of theirs",
                             "≤ 0.5× of theirs", met(ok)))
        inc_share = inc_ours.median / inc_theirs.median if inc_ours and inc_theirs else float("nan")
        self.summary.append(("2b. Incremental: one spec file edited, generate + build", ranged(inc_ours, seconds),
                             f"swift-openapi-generator {ranged(inc_theirs, seconds)}", f"{ratio(inc_share)} of theirs",
                             "(reported)", "n/a"))
        lines = {row["impl"]: row["lines"] for row in select(self.rows, bench="compiled-lines")}
        self.sections.append("\n".join([
            "### 2. Compile time of the generated code",
            "",
            "Two scratch consumer packages under `.build-bench/compile/`, each a single target holding the generated sources"
            " of the ACK service: ours (`specgen generate` output + `ACK.swift`) depending on `CloudRuntime`, theirs"
            f" (`Types.swift` + `Client.swift`) depending on swift-openapi-runtime. Each runtime is built first and not timed."
            " A sample is `swift build --target <generated target>` (debug) after touching every generated file, so the"
            " whole module recompiles; peak RSS is the largest process of the build (normally one swift-frontend)."
            " The incremental sample edits one operation's summary in one spec file, then runs the generator and the"
            " build, timed together (theirs regenerates from the re-bundled document; bundling is not timed).",
            "",
            "| | debug build, median (min–max) | peak RSS | lines compiled | incremental (generate + build) |",
            "|---|---|---|---|---|",
            f"| ours (AlibabaACK sources) | {ranged(ours, seconds)} | {mib(ours_rss.median)} |"
            f" {lines.get('specgen', 'n/a'):,} | {ranged(inc_ours, seconds)} |",
            f"| swift-openapi-generator (types + client) | {ranged(theirs, seconds)} | {mib(theirs_rss.median)} |"
            f" {lines.get('swift-openapi-generator', 'n/a'):,} | {ranged(inc_theirs, seconds)} |",
            "",
            f"Ours takes {ratio(share)} of their time for a full module build and {ratio(inc_share)} for the incremental one.",
        ]))

    # 3
    def signing(self):
        table = ["### 3. Signing",
                 "",
                 "Per-request cost of signing the first request of each signature fixture file"
                 " (`Tests/RuntimeTests/Fixtures`, the vendors' own vectors; our signature is checked against the vendor's"
                 " before timing). Floor = OpenSSL's one-shot `HMAC()` of the same string to sign with the final key,"
                 " called through the `COpenSSL` module on prepared bytes. \"All crypto\" adds every other digest the"
                 " algorithm needs for one request (body hash, canonical-request hash, AWS4 key derivation). Vendors = their"
                 " Python signing functions on the same request, with their own clock and nonce.",
                 "",
                 "| algorithm | ours, median (min–max) | floor: one HMAC | floor: all crypto | ours / floor |"
                 " vendor (Python), median | vendor / ours |",
                 "|---|---|---|---|---|---|---|"]
        all_floor, all_vendor = [], []
        for algorithm in ["acs-hmac-sha1", "acs3-hmac-sha256", "aws4-hmac-sha256"]:
            ours = flat(select(self.rows, bench="sign", algorithm=algorithm, impl="cloudsdk"), "ns_per_op")
            floor = flat(select(self.rows, bench="sign", algorithm=algorithm, impl="openssl-hmac"), "ns_per_op")
            crypto = flat(select(self.rows, bench="sign", algorithm=algorithm, impl="openssl-all-crypto"), "ns_per_op")
            vendors = {row["impl"]: flat([row], "ns_per_op") for row in select(self.rows, bench="sign", algorithm=algorithm)
                       if row["impl"] not in ("cloudsdk", "openssl-hmac", "openssl-all-crypto")}
            over_floor = ours.median / floor.median if ours and floor else float("nan")
            vendor_text = "<br>".join(f"{name} {micro(series.median)}" for name, series in vendors.items()) or "n/a"
            fastest = min((series.median for series in vendors.values()), default=float("nan"))
            speedup = fastest / ours.median if ours else float("nan")
            vendor_ratio = "<br>".join(f"{ratio(series.median / ours.median)}" for series in vendors.values()) or "n/a"
            all_floor.append(over_floor)
            all_vendor.append(speedup)
            table.append(f"| {algorithm} | {ranged(ours, micro)} | {micro(floor.median)} | {micro(crypto.median)} |"
                         f" {ratio(over_floor)} | {vendor_text} | {vendor_ratio} |")
            floor_ok = over_floor <= 3 if ours and floor else None
            vendor_ok = speedup >= 20 if vendors else None
            self.outcomes[f"sign-floor-{algorithm}"] = floor_ok
            self.outcomes[f"sign-vendor-{algorithm}"] = vendor_ok
            self.summary.append((f"3. Signing {algorithm}", ranged(ours, micro), f"floor {micro(floor.median)};"
                                 f" fastest vendor {micro(fastest)}", f"{ratio(over_floor)} of floor;"
                                 f" vendor {ratio(speedup)} slower", "≤ 3× floor; ≥ 20× faster than vendor",
                                 f"{met(floor_ok)}; {met(vendor_ok)}"))
        table += ["", "Vendor ratios are per vendor package, in the order listed; the summary uses the fastest vendor."]
        self.sections.append("\n".join(table))

    # 4
    def calls(self):
        table = ["### 4. Calls",
                 "",
                 "`DescribeClusterDetail` end to end (build the request, sign ACS v1, send, decode the JSON into"
                 " `ACK.DescribeClusterDetailResponse`) through `ACKClient` with `CurlTransport`, against nginx on loopback"
                 " (one worker, keep-alive, a fixed 1 KB JSON body: the spec's example). Floor = one `curl` process"
                 " fetching the same URL with the same headers (copied from a signed request; curl signs and decodes"
                 " nothing) over one kept-alive connection, or `--parallel --parallel-max 16`. Vendor ="
                 " aliyun-python-sdk-core `AcsClient` with a ROA `CommonRequest` (its keep-alive session) plus"
                 " `json.loads`; 16 concurrent = 16 threads, one client each. Client, server and curl share the 2 cores.",
                 "",
                 "| mode | ours calls/s, median (min–max) | p50 / p99 | curl calls/s | curl p50 / p99 | ours / curl |"
                 " Python SDK calls/s | ours / Python |",
                 "|---|---|---|---|---|---|---|---|"]
        for concurrency in (1, 16):
            ours_rows = select(self.rows, bench="calls", impl="cloudsdk", concurrency=concurrency)
            curl_rows = select(self.rows, bench="calls", impl="curl", concurrency=concurrency)
            py_rows = select(self.rows, bench="calls", impl="aliyun-python-sdk-core", concurrency=concurrency)
            ours, curl, python = (flat(rows, "calls_per_s") for rows in (ours_rows, curl_rows, py_rows))
            of_curl = ours.median / curl.median if ours and curl else float("nan")
            of_python = ours.median / python.median if ours and python else float("nan")
            mode = "sequential" if concurrency == 1 else "16 concurrent tasks"
            table.append(
                f"| {mode} | {rate(ours.median)} ({rate(ours.low)}–{rate(ours.high)}) |"
                f" {micro(flat(ours_rows, 'p50_ns').median)} / {micro(flat(ours_rows, 'p99_ns').median)} |"
                f" {rate(curl.median)} | {micro(flat(curl_rows, 'p50_ns').median)} / {micro(flat(curl_rows, 'p99_ns').median)} |"
                f" {ratio(of_curl)} | {rate(python.median)} | {ratio(of_python)} |")
            curl_ok = of_curl >= 0.8 if ours and curl else None
            python_ok = of_python >= 10 if ours and python else None
            self.outcomes[f"calls-curl-{concurrency}"] = curl_ok
            self.outcomes[f"calls-python-{concurrency}"] = python_ok
            self.summary.append((f"4. Calls, {mode}", f"{rate(ours.median)} ({rate(ours.low)}–{rate(ours.high)})",
                                 f"curl {rate(curl.median)}; Python SDK {rate(python.median)}",
                                 f"{ratio(of_curl)} of curl; {ratio(of_python)} of Python",
                                 "≥ 0.8× curl; ≥ 10× Python", f"{met(curl_ok)}; {met(python_ok)}"))
        table += ["", "Latencies are medians over repetitions of each run's p50 and p99 (nearest rank); curl's come from its"
                  " own `%{time_total}` per transfer."]
        self.sections.append("\n".join(table))

    # 5
    def decoding(self):
        rows = select(self.rows, bench="decode")
        time_series = flat(rows, "ns")
        peak = flat(rows, "peak_rss_kib")
        before = flat(rows, "rss_before_kib")
        size = rows[0]["bytes"] if rows else 0
        clusters = rows[0]["clusters"] if rows else 0
        self.outcomes["decode"] = None
        self.summary.append(("5. Decoding: DescribeClustersV1, 5,000 clusters", ranged(time_series, seconds),
                             f"peak RSS {mib(peak.median)}", "—", "(reported)", "n/a"))
        self.sections.append("\n".join([
            "### 5. Decoding",
            "",
            f"A generated `DescribeClustersV1` page of {clusters:,} clusters ({size / 1e6:.1f} MB of JSON; each cluster is the"
            " spec's `DescribeClusterDetail` example with its own id, name, size and date) decoded into"
            " `ACK.DescribeClustersV1Response` with `JSONDecoder`, as the client decodes bodies. One decode per process,"
            " so the peak resident set belongs to that decode.",
            "",
            "| decode time, median (min–max) | peak RSS, median (min–max) | RSS before decoding (file read) |",
            "|---|---|---|",
            f"| {ranged(time_series, seconds)} | {ranged(peak, mib)} | {mib(before.median)} |",
            "",
            f"{time_series.median / max(clusters, 1) / 1000:.1f} µs per cluster;"
            f" {(peak.median - before.median) / max(size / 1024, 1):.1f} bytes of peak growth per byte of JSON.",
        ]))

    # 6
    def memory(self):
        rows = select(self.rows, bench="memory")
        if not rows:
            self.outcomes["memory"] = None
            return
        row = rows[0]
        checkpoint, end, peak = row["rss_checkpoint_kib"], row["rss_end_kib"], row["peak_rss_kib"]
        growth = end - checkpoint
        ok = growth <= max(1024, checkpoint * 0.02)
        self.outcomes["memory"] = ok
        self.summary.append((f"6. Memory: {row['count']:,} sequential calls", f"peak RSS {mib(peak)}",
                             f"after warm-up {mib(checkpoint)}; at end {mib(end)}", f"growth {growth:+,} KiB",
                             "no growth after warm-up", met(ok)))
        self.sections.append("\n".join([
            "### 6. Memory",
            "",
            f"{row['count']:,} sequential `DescribeClusterDetail` calls in one process (after 100 untimed warm-up calls)."
            " Resident set read from `/proc/self/statm` after the first"
            f" 1,000 timed calls (\"after warm-up\") and after the last; peak from `getrusage`. \"No growth\" is judged as"
            " growth of at most 1 MiB or 2 %, whichever is larger (allocator noise).",
            "",
            "| RSS after warm-up | RSS at end | growth | peak RSS | calls/s in this run |",
            "|---|---|---|---|---|",
            f"| {mib(checkpoint)} | {mib(end)} | {growth:+,} KiB | {mib(peak)} | {rate(row['calls_per_s'])} |",
        ]))

    def noise(self) -> str:
        spreads = []
        for label, rows, key in [
            ("generator, specgen", select(self.rows, bench="generate", impl="specgen"), "wall_ns"),
            ("generator, swift-openapi-generator", select(self.rows, bench="generate", impl="swift-openapi-generator"), "wall_ns"),
            ("compile, ours", select(self.rows, bench="compile", impl="specgen"), "wall_ns"),
            ("compile, theirs", select(self.rows, bench="compile", impl="swift-openapi-generator"), "wall_ns"),
            ("signing, ours (ACS v1)", select(self.rows, bench="sign", impl="cloudsdk", algorithm="acs-hmac-sha1"), "ns_per_op"),
            ("calls, ours sequential", select(self.rows, bench="calls", impl="cloudsdk", concurrency=1), "calls_per_s"),
            ("calls, curl sequential", select(self.rows, bench="calls", impl="curl", concurrency=1), "calls_per_s"),
            ("decoding", select(self.rows, bench="decode"), "ns"),
        ]:
            series = flat(rows, key)
            if series:
                spreads.append(f"{label} {series.spread * 100:.0f} %")
        return "; ".join(spreads)


def limits(outcomes: dict) -> list:
    """Why a goal is not met, for each goal the run did not meet."""
    notes = []
    if outcomes.get("generator") is False:
        notes.append("**Generator.** Both tools spend most of a run starting the process, reading YAML and decoding it into"
                     " OpenAPIKit's document model; the three ACK/KCE/KCR specs are small enough that this fixed cost,"
                     " not the code emission, dominates. The ratio is bounded by their start-up and parse costs.")
    if outcomes.get("compile") is False:
        notes.append("**Compile time.** The module's debug build is dominated by type-checking the generated request,"
                     " response and model types and their Codable conformances; the two outputs compile at a similar rate"
                     " per line, so the ratio follows the amount of code each emits for the same spec.")
    if any(outcomes.get(f"sign-floor-{a}") is False for a in ["acs-hmac-sha1", "acs3-hmac-sha256", "aws4-hmac-sha256"]):
        notes.append("**Signing vs. the floor.** The one-HMAC floor excludes the work the algorithms require besides that"
                     " HMAC: formatting the date, adding headers, lower-casing, sorting and percent-encoding the"
                     " canonical form, hex/Base64 encoding, and (ACS3, AWS4) hashing the canonical request and (AWS4)"
                     " deriving the key with four more HMACs; the \"all crypto\" column shows the part of that which is"
                     " cryptography. Our signers build Swift `String`s and arrays for each step, which costs allocations"
                     " per header.")
    if any(outcomes.get(f"sign-vendor-{a}") is False for a in ["acs-hmac-sha1", "acs3-hmac-sha256", "aws4-hmac-sha256"]):
        notes.append("**Signing vs. the vendors.** Where a vendor's Python signer is a thin layer over `hmac`/`hashlib`"
                     " (C code) with few string operations, the interpreter overhead is a few microseconds and the ratio"
                     " is bounded by our own string building (see above).")
    if outcomes.get("calls-curl-1") is False or outcomes.get("calls-curl-16") is False:
        notes.append("**Calls vs. curl.** Client, nginx and curl share two cores with other work on this machine, so the"
                     " per-call CPU of each side competes with the server's. Per call we additionally encode the request,"
                     " sign it (ACS v1, see 3.), hop between Swift concurrency and the libcurl multi loop thread, and"
                     " decode the JSON with Foundation's `JSONDecoder`; curl does none of this.")
    if outcomes.get("calls-python-1") is False or outcomes.get("calls-python-16") is False:
        notes.append("**Calls vs. the Python SDK.** On loopback with a tiny body, the server's own time per request is a"
                     " fixed cost both clients pay, which bounds the ratio; with 16 threads Python's GIL serializes the"
                     " SDK but the server side does not change.")
    if outcomes.get("memory") is False:
        notes.append("**Memory.** The resident set grew after the warm-up; see 6. for the figures.")
    return notes


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
    goals = {key: value for key, value in report.outcomes.items() if value is not None}
    met_keys = sorted(key for key, value in goals.items() if value)
    missed = sorted(key for key, value in goals.items() if not value)
    lines += ["## Goals", "",
              f"Met: {', '.join(met_keys) if met_keys else 'none'}.",
              "",
              f"Not met: {', '.join(missed) if missed else 'none'}.",
              ""]
    notes = limits(report.outcomes)
    if notes:
        lines += ["What limits the goals not met:", ""] + [f"* {note}" for note in notes] + [""]
    with open(args.output, "w") as handle:
        handle.write("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
