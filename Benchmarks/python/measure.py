#!/usr/bin/env python3
"""Runs one command and prints one JSON line: its wall time and the peak resident set of its process tree.

    measure.py --label NAME [--field key=value ...] -- command args...

The time covers fork to exit (os.wait4), so Python's own start-up is not included. The peak
resident set is wait4's ru_maxrss: the largest single process among the command and every
descendant it waited for (for `swift build`, normally one swift-frontend).
"""

import argparse
import json
import os
import subprocess
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--label", required=True)
    parser.add_argument("--field", action="append", default=[], help="key=value copied into the line")
    parser.add_argument("--quiet", action="store_true", help="discard the command's standard output")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given")
    stdout = subprocess.DEVNULL if args.quiet else sys.stderr
    started = time.perf_counter_ns()
    process = subprocess.Popen(command, stdout=stdout)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter_ns() - started
    code = os.waitstatus_to_exitcode(status)
    line = {"bench": args.label, "wall_ns": elapsed, "maxrss_kib": usage.ru_maxrss, "exit": code}
    for pair in args.field:
        key, _, value = pair.partition("=")
        line[key] = value
    print(json.dumps(line, sort_keys=True), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
