"""Measure from_json and to_json against json's own speed, and the ways to read text strictly.

Run from the repository root: ``python bench/json_text.py`` (``--quick`` for a short run,
``--options`` for the parse mechanisms too). Prints a Markdown table at 10, 100 and 1000
cart items (``payloads.session``) with each floor beside the operation it bounds:

* ``from_json`` within 2.0x of ``json.loads`` followed by a strict rebuild;
* ``to_json`` within 1.5x of a strict rebuild followed by ``json.dumps``.

The strict rebuild copies the dicts and lists, telling them apart by ``type(x) is``, as
the models do. Exits with status 1 when a target is missed.

``--options`` times the ways to parse the text alone, without a model: what the strict
reading could be built on (PyPy's ``json`` takes its fast path only without hooks).
"""

from __future__ import annotations

import argparse
import gc
import json
import json.decoder
import json.scanner
import os
import platform
import statistics
import sys
import time
from typing import Any, Callable, Dict, List

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import payloads

from talon_models import NewCustomerSessionV2, _json

SIZES = (10, 100, 1000)
# operation: (its floor, the most times the floor's time it may take)
TARGETS = {"from_json": ("loads + rebuild", 2.0), "to_json": ("rebuild + dumps", 1.5)}
WARM_UP = 0.5  # seconds of calls to each function before it is timed


def rebuild(value: Any) -> Any:
    """The floor's copy: every dict and list rebuilt, told apart as the models do."""
    if type(value) is dict:
        return {key: rebuild(item) for key, item in value.items()}
    if type(value) is list:
        return [rebuild(item) for item in value]
    return value


def _time_once(function: Callable[[], Any], loops: int) -> float:
    gc.collect()  # every sample starts from the same heap; the collector stays on
    start = time.perf_counter()
    for _ in range(loops):
        function()
    return (time.perf_counter() - start) / loops


def interleaved(functions: Dict[str, Callable[[], Any]], rounds: int, budget: float) -> Dict[str, List[float]]:
    """Seconds per call of each function, one sample per round, the functions taking turns."""
    for function in functions.values():  # warm up: PyPy's JIT takes a thousand calls or more
        deadline = time.perf_counter() + WARM_UP
        while time.perf_counter() < deadline:
            function()
    slowest = max(_time_once(function, 1) for function in functions.values())
    loops = max(1, int(budget / rounds / max(slowest, 1e-7) / len(functions)))
    samples: Dict[str, List[float]] = {name: [] for name in functions}
    for _ in range(rounds):
        for name, function in functions.items():
            samples[name].append(_time_once(function, loops))
    return samples


def ratio(samples: Dict[str, List[float]], name: str, floor: str) -> float:
    """The median over the rounds of name's time ÷ the floor's time in the same round."""
    return float(statistics.median(a / b for a, b in zip(samples[name], samples[floor])))


def fmt_time(seconds: float) -> str:
    return "%.2f ms" % (seconds * 1e3) if seconds >= 1e-3 else "%.1f µs" % (seconds * 1e6)


def operations(size: int) -> Dict[str, Callable[[], Any]]:
    data = payloads.session(size)
    text = json.dumps(data)
    session = NewCustomerSessionV2.from_json(text)
    assert session.to_dict() == data, "the benchmark payload must round-trip"
    return {
        "loads + rebuild": lambda: rebuild(json.loads(text)),
        "from_json": lambda: NewCustomerSessionV2.from_json(text),
        "rebuild + dumps": lambda: json.dumps(rebuild(data)),
        "to_json": session.to_json,
    }


def _pure_python_decoder(**hooks: Any) -> json.JSONDecoder:
    """A decoder that parses in Python, as PyPy's json does whenever a hook is given."""
    decoder = json.JSONDecoder(**hooks)
    decoder.parse_string = json.decoder.py_scanstring  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    return decoder


def parse_options(size: int) -> Dict[str, Callable[[], Any]]:
    """The ways to parse the text alone. Those not in this version of the package are left out."""
    text = json.dumps(payloads.session(size))
    object_hook = json.JSONDecoder(object_hook=lambda value: value)
    parse_float = json.JSONDecoder(parse_float=float)
    pure = _pure_python_decoder()
    options: Dict[str, Callable[[], Any]] = {
        "json.loads, no hook": lambda: json.loads(text),
        "object_pairs_hook, parse_float, parse_constant (strict)": lambda: _json._QUICK.decode(text),
        "object_hook only": lambda: object_hook.decode(text),
        "parse_float only": lambda: parse_float.decode(text),
        "json's pure-Python scanner, no hook": lambda: pure.decode(text),
    }
    load_plain = getattr(_json, "_load_plain", None)
    if load_plain is not None:
        assert load_plain(text) == json.loads(text)
        options["json.loads, no hook, then the checks (_load_plain)"] = lambda: load_plain(text)
    options["load (what from_json calls)"] = lambda: _json.load(text)
    return options


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, for a smoke run")
    parser.add_argument("--sizes", help="comma-separated cart item counts (default: 10,100,1000)")
    parser.add_argument("--options", action="store_true", help="time the parse mechanisms too")
    args = parser.parse_args()
    rounds, budget = (5, 0.5) if args.quick else (21, 4.0)
    sizes = [int(size) for size in args.sizes.split(",")] if args.sizes else list(SIZES)

    print(
        "%s %s on %s, %d cores; median per call, %d rounds, GC on"
        % (platform.python_implementation(), platform.python_version(), platform.machine(), os.cpu_count() or 0, rounds)
    )
    print()
    print("| cart items | loads + rebuild | from_json | rebuild + dumps | to_json |")
    print("|---:|---:|---:|---:|---:|")
    failed = []
    for size in sizes:
        samples = interleaved(operations(size), rounds, budget)
        cells = []
        for name in ("loads + rebuild", "from_json", "rebuild + dumps", "to_json"):
            cell = fmt_time(statistics.median(samples[name]))
            if name in TARGETS:
                floor, most = TARGETS[name]
                times = ratio(samples, name, floor)
                cell += " (%.2fx)" % times
                if times > most:
                    failed.append("%s at %d items: %.2fx the %s, more than %.1fx" % (name, size, times, floor, most))
            cells.append(cell)
        print("| %d | %s |" % (size, " | ".join(cells)), flush=True)
    print()
    print("In brackets: time ÷ the floor to its left, in the same rounds. Targets: ", end="")
    print(", ".join("%s ≤ %.1fx" % (name, most) for name, (_, most) in TARGETS.items()) + ".")

    if args.options:
        print()
        print("Parsing the text alone (no model), median per call:")
        print()
        print("| mechanism | %s |" % " | ".join("%d items" % size for size in sizes))
        print("|---|" + "---:|" * len(sizes))
        columns = [interleaved(parse_options(size), rounds, budget) for size in sizes]
        for name in columns[0]:
            print("| %s | %s |" % (name, " | ".join(fmt_time(statistics.median(c[name])) for c in columns)), flush=True)
    if failed:
        print("\nMissed targets:\n" + "\n".join("- " + line for line in failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
