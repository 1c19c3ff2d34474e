"""Samples and formatting shared by the report: selecting result lines, medians and ranges, units."""

import json
import statistics

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


def decodes_of(rows: list) -> tuple:
    """Decode times: the first decode of each process, and all the later ones (the first ones when there are none)."""
    first = Series(row["ns"][0] for row in rows if row.get("ns"))
    later = Series(value for row in rows for value in row.get("ns", [])[1:])
    return first, later if later else first


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


def switches(rows: list) -> str:
    """The median context switches per call of some call rows, or n/a when they were not measured."""
    series = flat(rows, "switches_per_call")
    return f"{series.median:.1f}" if series else "n/a"
