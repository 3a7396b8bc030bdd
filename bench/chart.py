"""Draw the performance chart from compare.py's results: ``chart.py RESULTS.json OUT.png``.

Runs in the benchmark environment (matplotlib is no dependency of the package).
"""

from __future__ import annotations

import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

ORDER = ("talon_models", "msgspec", "pydantic", "talon-one-sdk", "talon-one-python-sdk", "strict", "rebuild", "json")
TASKS = (("decode", "decode (from_dict)"), ("encode", "encode (JSON-ready dict)"), ("round trip", "JSON round trip"))
COLOURS = ("#3a6fb0", "#e08a2c", "#5a9e4b")


def main(source: str, target: str) -> int:
    with open(source) as handle:
        results = json.load(handle)
    times, labels = results["times"], results["labels"]
    keys = [key for key in ORDER if key in times]
    figure, axes = plt.subplots(figsize=(9, 5.2), dpi=110)
    height = 0.26
    for offset, ((task, title), colour) in enumerate(zip(TASKS, COLOURS)):
        rows = [(index, times[key][task]["1000"]) for index, key in enumerate(keys) if task in times[key]]
        positions = [index + (offset - 1) * height for index, _ in rows]
        values = [seconds * 1e3 for _, seconds in rows]
        bars = axes.barh(positions, values, height=height, color=colour, label=title)
        axes.bar_label(bars, labels=["%.3g ms" % value for value in values], padding=3, fontsize=7)
    axes.set_yticks(range(len(keys)), [labels[key].replace(" (hand-written)", "\n(hand-written)") for key in keys])
    axes.invert_yaxis()
    axes.set_xscale("log")
    axes.set_xlabel("milliseconds per call, median, log scale (shorter is faster)")
    axes.set_title("A session with 1000 cart items on %s" % results["pythons"]["talon_models"])
    axes.legend(loc="lower right", fontsize=8)
    axes.grid(axis="x", which="both", alpha=0.25)
    axes.set_xlim(right=max(t[task]["1000"] for t in times.values() for task in t if "1000" in t[task]) * 1e3 * 8)
    figure.tight_layout()
    figure.savefig(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
