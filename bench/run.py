"""Measure talon_models against plain-Python baselines that check nothing.

Run from the repository root: ``python bench/run.py`` (``--quick`` for a short run).
Prints Markdown tables, at 0, 1, 10, 100 and 1000 cart items. The targets hold at every
size:

* ``from_dict`` within 1.3x of rebuilding the payload's dicts and lists (``payloads.rebuild``);
* ``to_dict`` within 1.0x of that rebuild;
* ``from_json`` within 1.5x of ``json.loads`` followed by the rebuild;
* ``to_json`` within 1.3x of the rebuild followed by ``json.dumps``;

and ``import talon_models`` adds at most 20 ms to a bare interpreter start. Exits with
status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from typing import Any, Callable, Dict, List, Tuple

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import payloads

from talon_models import NewCustomerSessionV2

SIZES = (0, 1, 10, 100, 1000)
# operation: (its baseline, the most times the baseline's time it may take)
TARGETS: Dict[str, Tuple[str, float]] = {
    "from_dict": ("rebuild", 1.3),
    "to_dict": ("rebuild", 1.0),
    "from_json": ("loads + rebuild", 1.5),
    "to_json": ("rebuild + dumps", 1.3),
}
IMPORT_BUDGET_MS = 20.0


def _time_once(function: Callable[[], Any], loops: int) -> float:
    gc.collect()  # every sample starts from the same heap; the collector stays on
    start = time.perf_counter()
    for _ in range(loops):
        function()
    return (time.perf_counter() - start) / loops


def interleaved(functions: Dict[str, Callable[[], Any]], rounds: int, budget: float) -> Dict[str, List[float]]:
    """Seconds per call of each function, one sample per round, the functions taking turns."""
    for function in functions.values():  # warm up: caches filled, bytecode specialised
        _time_once(function, 3)
    slowest = max(_time_once(function, 1) for function in functions.values())
    loops = max(1, int(budget / rounds / max(slowest, 1e-7) / len(functions)))
    samples: Dict[str, List[float]] = {name: [] for name in functions}
    for _ in range(rounds):
        for name, function in functions.items():
            samples[name].append(_time_once(function, loops))
    return samples


def ratio(samples: Dict[str, List[float]], name: str, baseline: str) -> float:
    """The median over the rounds of name's time ÷ the baseline's time in the same round.

    The two samples of a round were taken one right after the other, so a burst of load
    from elsewhere slows both.
    """
    return float(statistics.median(a / b for a, b in zip(samples[name], samples[baseline])))


def operations(size: int) -> Dict[str, Callable[[], Any]]:
    """What is timed at one size: the baselines, then the four operations."""
    data = payloads.session(size)
    text = json.dumps(data)
    session = NewCustomerSessionV2.from_dict(data)
    assert session.to_dict() == data, "the benchmark payload must round-trip"
    assert NewCustomerSessionV2.from_json(session.to_json()) == session
    return {
        "rebuild": lambda: payloads.rebuild(data),
        "loads + rebuild": lambda: payloads.rebuild(json.loads(text)),
        "rebuild + dumps": lambda: json.dumps(payloads.rebuild(data)),
        "from_dict": lambda: NewCustomerSessionV2.from_dict(data),
        "to_dict": session.to_dict,
        "from_json": lambda: NewCustomerSessionV2.from_json(text),
        "to_json": session.to_json,
    }


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


def fmt_time(seconds: float) -> str:
    return "%.2f ms" % (seconds * 1e3) if seconds >= 1e-3 else "%.1f µs" % (seconds * 1e6)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, for a smoke run")
    parser.add_argument("--sizes", help="comma-separated cart item counts (default: 0,1,10,100,1000)")
    args = parser.parse_args()
    rounds, budget, import_runs = (5, 0.5, 5) if args.quick else (31, 6.0, 30)
    sizes = [int(size) for size in args.sizes.split(",")] if args.sizes else list(SIZES)

    print(
        "%s %s on %s, %d cores; median per call, %d rounds, GC on"
        % (platform.python_implementation(), platform.python_version(), platform.machine(), os.cpu_count() or 0, rounds)
    )
    print()
    print("| cart items | rebuild | from_dict | to_dict | loads + rebuild | from_json | rebuild + dumps | to_json |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    failed = []
    for size in sizes:
        samples = interleaved(operations(size), rounds, budget)
        cells = []
        for name in ("rebuild", "from_dict", "to_dict", "loads + rebuild", "from_json", "rebuild + dumps", "to_json"):
            cell = fmt_time(statistics.median(samples[name]))
            if name in TARGETS:
                baseline, most = TARGETS[name]
                times = ratio(samples, name, baseline)
                cell += " (%.2fx)" % times
                if times > most:
                    failed.append("%s at %d items: %.2fx the %s, more than %.1fx" % (name, size, times, baseline, most))
            cells.append(cell)
        print("| %d | %s |" % (size, " | ".join(cells)), flush=True)
    print()
    print("In brackets: time ÷ the baseline to its left, in the same rounds. Targets: ", end="")
    print(", ".join("%s ≤ %.1fx" % (name, most) for name, (_, most) in TARGETS.items()) + ".")
    cost = import_cost(import_runs)
    print()
    print("`import talon_models` adds %.1f ms to interpreter start (budget %.0f ms)." % (cost, IMPORT_BUDGET_MS))
    if cost > IMPORT_BUDGET_MS:
        failed.append("import adds %.1f ms" % cost)
    if failed:
        print("\nMissed targets:\n" + "\n".join("- " + line for line in failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
