"""Measure talon_models against a plain dict-rebuilding baseline.

Run from the repository root: ``python bench/run.py`` (``--quick`` for a short run).
Prints a Markdown table. The baseline rebuilds the same input with no checks at all;
the targets at 1000 cart items are from_dict within 1.3x and to_dict within 1.2x of it,
and ``import talon_models`` adding at most 20 ms to a bare interpreter start.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import subprocess
import sys
import time
from typing import Any, Callable, Dict, List

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import payloads

from talon_models import NewCustomerSessionV2

SIZES = (0, 10, 100, 1000)
TARGETS = {"from_dict": 1.3, "to_dict": 1.2}
IMPORT_BUDGET_MS = 20.0


def _time_once(function: Callable[[], Any], loops: int) -> float:
    gc.collect()  # every sample starts from the same heap; the collector stays on
    start = time.perf_counter()
    for _ in range(loops):
        function()
    return (time.perf_counter() - start) / loops


def interleaved(functions: Dict[str, Callable[[], Any]], rounds: int, budget: float) -> Dict[str, float]:
    """Median seconds per call of each function, the functions taking turns each round."""
    slowest = max(_time_once(function, 1) for function in functions.values())
    loops = max(1, int(budget / rounds / max(slowest, 1e-7) / len(functions)))
    samples: Dict[str, List[float]] = {name: [] for name in functions}
    for _ in range(rounds):
        for name, function in functions.items():
            samples[name].append(_time_once(function, loops))
    return {name: statistics.median(values) for name, values in samples.items()}


def import_cost(runs: int) -> float:
    """Median extra milliseconds that ``import talon_models`` adds to a fresh interpreter."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    env = dict(os.environ, PYTHONPATH=root, PYTHONDONTWRITEBYTECODE="")
    subprocess.run([sys.executable, "-c", "import talon_models"], env=env, check=True)  # warm .pyc

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
        return time.perf_counter() - start

    bare, loaded = [], []
    for _ in range(runs):
        bare.append(run("pass"))
        loaded.append(run("import talon_models"))
    return (statistics.median(loaded) - statistics.median(bare)) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, for a smoke run")
    args = parser.parse_args()
    rounds, budget, import_runs = (5, 0.5, 5) if args.quick else (31, 6.0, 30)

    print("Python %s (%s) on %s" % (platform.python_version(), platform.python_implementation(), platform.machine()))
    print()
    print("| cart items | baseline rebuild | from_dict | ratio | to_dict | ratio |")
    print("|---:|---:|---:|---:|---:|---:|")
    failed = []
    for size in SIZES:
        data = payloads.session(size)
        session = NewCustomerSessionV2.from_dict(data)
        assert session.to_dict() == data, "the benchmark payload must round-trip"
        times = interleaved(
            {
                "baseline": lambda data=data: payloads.rebuild(data),
                "from_dict": lambda data=data: NewCustomerSessionV2.from_dict(data),
                "to_dict": session.to_dict,
            },
            rounds,
            budget,
        )
        ratios = {name: times[name] / times["baseline"] for name in TARGETS}
        print(
            "| %d | %.1f us | %.1f us | %.2fx | %.1f us | %.2fx |"
            % (
                size,
                times["baseline"] * 1e6,
                times["from_dict"] * 1e6,
                ratios["from_dict"],
                times["to_dict"] * 1e6,
                ratios["to_dict"],
            )
        )
        if size == 1000:
            failed += ["%s %.2fx > %.1fx" % (n, r, TARGETS[n]) for n, r in ratios.items() if r > TARGETS[n]]
    cost = import_cost(import_runs)
    print()
    print("`import talon_models` adds %.1f ms to interpreter start (budget %.0f ms)." % (cost, IMPORT_BUDGET_MS))
    if cost > IMPORT_BUDGET_MS:
        failed.append("import %.1f ms" % cost)
    if failed:
        print("\nMissed targets: " + "; ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
