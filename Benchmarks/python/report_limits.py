"""Why a goal was not met: one note per missed goal, with the run's own figures."""

from report_data import decodes_of, flat, mib, micro, seconds, select

def limits(report: "Report") -> list:
    """What limits each goal the run did not meet, with this run's figures.

    The profile figures quoted here (perf) were taken on this machine while the harness was
    written, against the same binaries; rerun `perf record` on CloudBench to refresh them.
    """
    outcomes, rows, notes = report.outcomes, report.rows, []
    if outcomes.get("generator") is False:
        notes.append("**Generator.** specgen reads the spec with its own reader (`SpecReader`, straight from libyaml's"
                     " node tree into typed values); swift-openapi-generator decodes it with OpenAPIKit and Yams. Profile"
                     " `specgen generate spec/alibaba-ack` (`perf record`) to see where the rest of the time goes.")
    if outcomes.get("generator-build") is False:
        build = flat(select(rows, bench="generator-build", impl="specgen"), "wall_ns").median
        notes.append(f"**Generator build.** A clean debug build of specgen took {build / 1e9:.1f} s, almost all of it"
                     " SpecGenCore itself (about 190 files; the tool has no package dependencies). The machine's load during the run adds to it; compare"
                     " with the peer's row measured beside it.")
    if outcomes.get("compile") is False:
        ours = flat(select(rows, bench="compile", impl="specgen"), "wall_ns").median
        theirs = flat(select(rows, bench="compile", impl="swift-openapi-generator"), "wall_ns").median
        lines = {row["impl"]: row["lines"] for row in select(rows, bench="compiled-lines")}
        ours_lines, theirs_lines = lines.get("specgen", 0), lines.get("swift-openapi-generator", 0)
        if ours_lines and theirs_lines:
            notes.append(f"**Compile time.** Our ACK module is {ours_lines:,} lines against their {theirs_lines:,}"
                         f" ({ours_lines / theirs_lines:.2f}×), and compiles at {ours / 1e9 / ours_lines * 1000:.2f} s per"
                         f" 1,000 lines against their {theirs / 1e9 / theirs_lines * 1000:.2f} s. The generated code no"
                         " longer writes what the compiler can (`Codable` is synthesized, responses holding a spec"
                         " structure are `BodyResponse<Structure>`, unused schemas get no type), so what remains is what"
                         " the compiler synthesizes per type. Compiling the models file of the 71-operation ACK module"
                         " alone (6.8 s with `-g`): removing `Codable` saves 37 %, `Equatable` 12 %, `var` accessors (as"
                         " `let`) 15 %; the 81 extensible enums cost 0.85 s against 0.35 s as one generic type; most of"
                         " the frontend's time is LLVM code generation for these witnesses and `CodingKeys` enums."
                         " Reaching 0.5× needs table-driven coding (one generic runtime decoder and encoder over a"
                         " static field table per type, without a `CodingKeys` enum) and a generic extensible enum.")
    algorithms = ["acs-hmac-sha1", "acs3-hmac-sha256", "aws4-hmac-sha256"]
    ours_sign = {a: flat(select(rows, bench="sign", algorithm=a, impl="cloudsdk"), "ns_per_op").median for a in algorithms}
    vendor_sign = [flat([row], "ns_per_op").median for row in select(rows, bench="sign")
                   if row["impl"] not in ("cloudsdk", "openssl-hmac", "openssl-all-crypto")]
    if any(outcomes.get(f"sign-floor-{a}") is False for a in algorithms):
        notes.append("**Signing vs. the floor.** The signers build their canonical forms on bytes, fetch each digest"
                     " once, reuse a digest context per thread, compute HMAC as two digest passes and cache the AWS4"
                     " key. A `perf record` of `CloudBench sign` then puts most of the rest in swift-http-types'"
                     " `HTTPFields`, which the requests are made of: iterating it (each step makes an `HTTPField` with its"
                     " name and value strings; about 11 % under `CanonicalHeader.group`), looking values up (its"
                     " subscript joins repeated fields into a new string; about 8 %) and replacing fields (about 5 %),"
                     " and in making the signer's own header strings (dates, hex digests, `Authorization`) with their"
                     " allocation and reference counting (about 15 %). Reaching 2× needs the header block read once"
                     " into the canonical buffer and the signer's headers formatted straight into bytes, without"
                     f" `HTTPFields`' per-field work. This run: {micro(ours_sign['acs-hmac-sha1'])} (ACS v1),"
                     f" {micro(ours_sign['acs3-hmac-sha256'])} (ACS3), {micro(ours_sign['aws4-hmac-sha256'])} (AWS4).")
    unreachable = []
    for algorithm in algorithms:
        floor = flat(select(rows, bench="sign", algorithm=algorithm, impl="openssl-all-crypto"), "ns_per_op").median
        vendors = [flat([row], "ns_per_op").median for row in select(rows, bench="sign", algorithm=algorithm)
                   if row["impl"] not in ("cloudsdk", "openssl-hmac", "openssl-all-crypto")]
        if vendors and floor == floor and min(vendors) / floor < 3:
            unreachable.append(f"{algorithm} (fastest vendor = {min(vendors) / floor:.1f}× the all-crypto floor)")
    if any(outcomes.get(f"sign-vendor-{a}") is False for a in algorithms):
        text = ("**Signing vs. the vendors.** The vendors' Python signers are thin layers over `hmac`/`hashlib` (C code)"
                f" and cost {micro(min(vendor_sign, default=float('nan')))}–{micro(max(vendor_sign, default=float('nan')))}"
                " per request here.")
        if unreachable:
            text += (" For " + ", ".join(unreachable) + ", 3× faster than the vendor would mean signing faster than"
                     " the raw OpenSSL calls the algorithm needs, which no implementation can do.")
        text += " Elsewhere the gap is the string and field handling described above."
        notes.append(text)
    if any(outcomes.get(key) is False for key in ("calls-curl-1", "calls-curl-16", "calls-cpu-curl", "calls-cpu-python")):
        figures = []
        for concurrency, mode in ((1, "sequential"), (16, "16 concurrent")):
            ours, curl, python = report.cpu.get(concurrency, (float("nan"),) * 3)
            figures.append(f"{mode}: ours {micro(ours)}, curl {micro(curl)}, Python SDK {micro(python)}")
        notes.append(
            "**Calls.** The client, nginx and (for the floor) curl share the two cores, so throughput follows the client's"
            " CPU per call (" + "; ".join(figures) + "). A `perf record` of a sequential run, before the endpoint was"
            " parsed once per client, the log lines built only when written and enumeration values gathered once per"
            " process, put about 26 % of samples in the kernel (the context switches of the hops between the calling"
            " task and the curl loop thread, and loopback TCP), 17 % in decoding the 1 KB detail (7 % of it the"
            " enumeration check since fixed), 12 % in the curl loop thread (4 % of it contention on its inbox lock:"
            " the caller wakes the thread while still holding the lock), 8 % in building the request (3 % URL"
            " parsing, since fixed) and 5 % in signing. The switches per call are in the table. Closing the rest needs"
            " one wake-up per call (a task executor on the curl loop thread, so that a call resumes where its"
            " transfer finished), waking the loop outside its lock, and fewer allocations while decoding.")
    if outcomes.get("decode-time") is False or outcomes.get("decode-memory") is False:
        figures = []
        for impl, name in (("tolerant", "tolerant"), ("foundation", "JSONDecoder")):
            decode_rows = select(rows, bench="decode", impl=impl)
            _, later = decodes_of(decode_rows)
            figures.append(f"{name} {seconds(later.median)} and {mib(flat(decode_rows, 'peak_rss_kib').median)} peak RSS")
        notes.append("**Decoding.** This run (medians, time of the later decodes): " + "; ".join(figures) + "."
                     " A `perf record` of `CloudBench decode --decoder tolerant --repetitions 30` put about 14 % of the"
                     " decoding samples in parsing the body into nodes, 15 % in looking members up (a scan of the object's"
                     " members with a byte comparison per field asked for), 10 % in making `String`s of string values,"
                     " 17 % in `ExtensibleEnum.init(from:)`, of which 11 % is checking the value against `allCases` with a"
                     " generic `contains(where:)`, about 13 % in allocation and reference counting and about 7 % in the"
                     " Swift runtime's generic-metadata look-ups (a `KeyedDecodingContainer<Key>` per object). Where to"
                     " look first: a per-type `Set` of documented raw values (or a comparison of the body's bytes) for"
                     " enumerations, and, as a generated `init(from:)` reads members in the spec's order, starting each"
                     " member look-up after the member found last, so that a body in the same order costs one comparison"
                     " per member.")
    if any(outcomes.get(f"observe-{c}") is False for c in (1, 16)):
        notes.append("**Tracing and metrics.** With no backend bootstrapped, a call still starts and ends two spans"
                     " (`NoOpTracer`), builds their attribute sets and makes five metric handles through the no-op"
                     " factory; see 4b. for the cost against calls that report nothing. Where to look first: skip the"
                     " attribute closures when a span is not recording (`span.isRecording`), and keep the metric"
                     " handles of each operation instead of making them per call.")
    if outcomes.get("memory") is False:
        notes.append("**Memory.** The resident set grew after the warm-up by more than the tolerance; see 6. for the"
                     " figures.")
    return notes
