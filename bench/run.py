"""Measure talon_models against plain-Python floors that check nothing.

Run from the repository root: ``python bench/run.py`` (``--quick`` for a short run).
Prints Markdown tables. The session, at 0, 1, 10, 100 and 1000 cart items, against two
floors, both a recursive copy of the payload's dicts and lists: the strict one tests
``type(value) is dict`` (as people write it for JSON data), the other ``isinstance``.
The targets hold at every size, against the strict floor:

* ``from_dict`` at most 1.3x the strict rebuild;
* ``to_dict`` at most 1.0x the strict rebuild;
* ``from_json`` at most 1.6x ``json.loads`` followed by the strict rebuild;
* ``to_json`` at most 1.3x the strict rebuild followed by ``json.dumps``.

Then 50 effects (read, and read with the typed view of their props) and a realistic
response (``IntegrationStateV2.from_dict`` at most 1.5x the strict rebuild), and the
import costs of ``bench/imports.py``. Every ratio printed is the quotient of the two
median times printed beside it. Exits with status 1 when a target is missed.

``--before PATH`` also times the talon_models of another checkout (say, an older
commit's ``git worktree``) in the same rounds, loaded under another module name.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import platform
import statistics
import sys
import time
from typing import Any, Callable, Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

import imports  # noqa: E402
import payloads  # noqa: E402

import talon_models  # noqa: E402

SIZES = (0, 1, 10, 100, 1000)
STRICT = "strict"
LOOSE = "isinstance"
# operation: (the floor it is held to, as named in operations(), and the most times its time)
TARGETS: Dict[str, Tuple[str, float]] = {
    "from_dict": ("strict rebuild", 1.3),
    "to_dict": ("strict rebuild", 1.0),
    "from_json": ("loads + strict rebuild", 1.6),
    "to_json": ("strict rebuild + dumps", 1.3),
}
# The four tables of the session: (operation, its strict floor, its isinstance floor)
SESSION_TABLES = (
    ("from_dict", "strict rebuild", "rebuild"),
    ("to_dict", "strict rebuild", "rebuild"),
    ("from_json", "loads + strict rebuild", "loads + rebuild"),
    ("to_json", "strict rebuild + dumps", "rebuild + dumps"),
)
# The floors of the session tables, in words
FLOOR_WORDS = {
    "strict rebuild": "rebuild `type(v) is`",
    "rebuild": "rebuild `isinstance`",
    "loads + strict rebuild": "`json.loads` then rebuild `type(v) is`",
    "loads + rebuild": "`json.loads` then rebuild `isinstance`",
    "strict rebuild + dumps": "rebuild `type(v) is` then `json.dumps`",
    "rebuild + dumps": "rebuild `isinstance` then `json.dumps`",
}
RESPONSE_BUDGET = 1.5  # IntegrationStateV2.from_dict ÷ the strict rebuild of the response


def _time_once(function: Callable[[], Any], loops: int) -> float:
    gc.collect()  # every sample starts from the same heap; the collector stays on
    start = time.perf_counter()
    for _ in range(loops):
        function()
    return (time.perf_counter() - start) / loops


# Before its rounds, each function runs this long: caches filled, bytecode specialised, and
# on PyPy the JIT's traces compiled.
WARMUP = 2.0 if platform.python_implementation() == "PyPy" else 0.0


def _warm(function: Callable[[], Any]) -> None:
    _time_once(function, 3)
    end = time.perf_counter() + WARMUP
    while time.perf_counter() < end:
        function()


def interleaved(functions: Dict[str, Callable[[], Any]], rounds: int, budget: float) -> Dict[str, List[float]]:
    """Seconds per call of each function, one sample per round, the functions taking turns."""
    for function in functions.values():
        _warm(function)
    slowest = max(_time_once(function, 1) for function in functions.values())
    loops = max(1, int(budget / rounds / max(slowest, 1e-7) / len(functions)))
    samples: Dict[str, List[float]] = {name: [] for name in functions}
    for _ in range(rounds):
        for name, function in functions.items():
            samples[name].append(_time_once(function, loops))
    return samples


def spread(samples: Dict[str, List[float]], pairs: List[Tuple[str, str]]) -> float:
    """How far, at most, the quotient of two medians is from the median of the round-by-round quotients.

    The two agree when the load of the machine stayed steady; a burst of load from
    elsewhere that hit one function's samples more than the other's pulls them apart.
    """
    worst = 0.0
    for name, floor in pairs:
        mine, theirs = samples[name], samples[floor]
        paired = statistics.median(a / b for a, b in zip(mine, theirs))
        worst = max(worst, abs(paired / (statistics.median(mine) / statistics.median(theirs)) - 1))
    return worst


ATTEMPTS = 4
TOLERANCE = 0.03


def steady(
    functions: Dict[str, Callable[[], Any]], pairs: List[Tuple[str, str]], rounds: int, budget: float
) -> Tuple[Dict[str, List[float]], int, float]:
    """``interleaved``, measured again (up to ``ATTEMPTS`` times) while the spread of ``pairs`` is over 3%.

    Returns the samples of the attempt with the smallest spread, how many attempts were
    made, and that spread.
    """
    best: Tuple[float, Dict[str, List[float]]] = (float("inf"), {})
    attempts = 0
    while attempts < ATTEMPTS:
        attempts += 1
        samples = interleaved(functions, rounds, budget)
        found = spread(samples, pairs)
        if found < best[0]:
            best = (found, samples)
        if found <= TOLERANCE:
            break
    return best[1], attempts, best[0]


def load_checkout(path: str, name: str = "talon_models_before") -> Any:
    """The talon_models package of another checkout, imported as ``name`` beside this one."""
    folder = os.path.join(os.path.abspath(path), "talon_models")
    spec = importlib.util.spec_from_file_location(
        name, os.path.join(folder, "__init__.py"), submodule_search_locations=[folder]
    )
    if spec is None or spec.loader is None:
        raise SystemExit("no talon_models package in %s" % path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def session_operations(size: int, before: Optional[Any]) -> Dict[str, Callable[[], Any]]:
    """What is timed at one size: the floors, the four operations, and those of ``before``."""
    data = payloads.session(size)
    text = json.dumps(data)
    rebuild, strict = payloads.rebuild, payloads.rebuild_strict
    loads, dumps = json.loads, json.dumps
    functions: Dict[str, Callable[[], Any]] = {
        "strict rebuild": lambda: strict(data),
        "rebuild": lambda: rebuild(data),
        "loads + strict rebuild": lambda: strict(loads(text)),
        "loads + rebuild": lambda: rebuild(loads(text)),
        "strict rebuild + dumps": lambda: dumps(strict(data)),
        "rebuild + dumps": lambda: dumps(rebuild(data)),
    }
    for prefix, package in (("", talon_models), ("before ", before)):
        if package is None:
            continue
        model = package.NewCustomerSessionV2
        session = model.from_dict(data)
        assert session.to_dict() == data, "the benchmark payload must round-trip"
        assert model.from_json(session.to_json()) == session
        functions[prefix + "from_dict"] = lambda model=model: model.from_dict(data)
        functions[prefix + "to_dict"] = session.to_dict
        functions[prefix + "from_json"] = lambda model=model: model.from_json(text)
        functions[prefix + "to_json"] = session.to_json
    return functions


def effect_operations(count: int) -> Dict[str, Callable[[], Any]]:
    """Reading ``count`` effects, with and without the typed views of their props, and the floor."""
    effect_model = talon_models.Effect
    data = payloads.effects(count)
    for effect in data:
        read = effect_model.from_dict(effect)
        assert read.to_dict() == effect and read.typed_props() is not None

    def read_effects() -> Any:
        return [effect_model.from_dict(effect) for effect in data]

    def read_typed() -> Any:
        read = [effect_model.from_dict(effect) for effect in data]
        return read, [effect.typed_props() for effect in read]

    strict = payloads.rebuild_strict
    return {
        "strict rebuild": lambda: strict(data),
        # a typed view reads the props a second time: the floor copies them a second time
        "strict rebuild + props": lambda: (strict(data), [strict(effect["props"]) for effect in data]),
        "effects": read_effects,
        "effects + typed props": read_typed,
    }


def response_operations() -> Dict[str, Callable[[], Any]]:
    """Reading the realistic response from a dict and from JSON text, and the floors."""
    state_model = talon_models.IntegrationStateV2
    data = payloads.response()
    text = json.dumps(data)
    assert state_model.from_dict(data).to_dict() == data
    strict, loads = payloads.rebuild_strict, json.loads
    return {
        "strict rebuild": lambda: strict(data),
        "from_dict": lambda: state_model.from_dict(data),
        "loads + strict rebuild": lambda: strict(loads(text)),
        "from_json": lambda: state_model.from_json(text),
    }


def loadavg() -> str:
    """The machine's load average over the last minute (other programs running), where known."""
    try:
        return "%.1f" % os.getloadavg()[0]
    except (AttributeError, OSError):
        return "unknown"


def fmt_time(seconds: float) -> str:
    return "%.2f ms" % (seconds * 1e3) if seconds >= 1e-3 else "%.1f µs" % (seconds * 1e6)


class Report:
    """The medians of a run, the tables made of them and the targets they miss."""

    def __init__(self) -> None:
        self.lines: List[str] = []
        self.missed: List[str] = []
        self.spread = 0.0  # the largest gap between a ratio of medians and the median of paired ratios
        self.attempts: List[int] = []

    def steady(
        self, functions: Dict[str, Callable[[], Any]], pairs: List[Tuple[str, str]], rounds: int, budget: float
    ) -> Dict[str, List[float]]:
        samples, attempts, _ = steady(functions, pairs, rounds, budget)
        self.attempts.append(attempts)
        return samples

    def out(self, line: str = "") -> None:
        print(line, flush=True)
        self.lines.append(line)

    def ratio(self, samples: Dict[str, List[float]], name: str, floor: str) -> Tuple[float, float, float]:
        """(median of name, median of floor, their quotient), each rounded as printed."""
        mine, theirs = statistics.median(samples[name]), statistics.median(samples[floor])
        paired = statistics.median(a / b for a, b in zip(samples[name], samples[floor]))
        self.spread = max(self.spread, abs(paired / (mine / theirs) - 1))
        return mine, theirs, mine / theirs

    def check(self, what: str, times: float, most: float) -> str:
        if round(times, 2) > most:
            self.missed.append("%s: %.2fx, more than %.1fx" % (what, times, most))
            return " **(over %.1fx)**" % most
        return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, for a smoke run")
    parser.add_argument("--sizes", help="comma-separated cart item counts (default: 0,1,10,100,1000)")
    parser.add_argument("--before", help="also time the talon_models of this checkout, in the same rounds")
    parser.add_argument("--no-imports", action="store_true", help="leave out the import costs")
    parser.add_argument("--rounds", type=int, help="samples per figure (default 31)")
    args = parser.parse_args()
    rounds, budget, import_runs = (5, 0.5, 5) if args.quick else (31, 6.0, 31)
    rounds = args.rounds or rounds
    sizes = [int(size) for size in args.sizes.split(",")] if args.sizes else list(SIZES)
    before = load_checkout(args.before) if args.before else None
    report = Report()
    out = report.out
    load = loadavg()

    out(
        "%s %s on %s, %d cores; median per call of %d rounds, GC on"
        % (platform.python_implementation(), platform.python_version(), platform.machine(), os.cpu_count() or 0, rounds)
    )
    if before is not None:
        out("before: the talon_models of %s, timed in the same rounds" % imports.revision(args.before))
    session_samples = {}
    for size in sizes:
        functions = session_operations(size, before)
        pairs = [(name, floor) for name, (floor, _) in TARGETS.items()]
        pairs += [("before " + name, floor) for name, (floor, _) in TARGETS.items() if "before " + name in functions]
        session_samples[size] = report.steady(functions, pairs, rounds, budget)
    for operation, strict, loose in SESSION_TABLES:
        most = TARGETS[operation][1]
        out()
        out("#### %s (target: ≤ %.1fx the strict floor)" % (operation, most))
        out()
        out("Strict floor: %s; `isinstance` floor: %s." % (FLOOR_WORDS[strict], FLOOR_WORDS[loose]))
        out()
        header = "| cart items | strict floor | `isinstance` floor | %s | ÷ strict floor | ÷ `isinstance` floor |" % (
            operation
        )
        if before is not None:
            header += " before | before ÷ strict floor |"
        out(header)
        out("|---:" * (header.count("|") - 1) + "|")
        for size in sizes:
            samples = session_samples[size]
            mine, floor, times = report.ratio(samples, operation, strict)
            _, loose_floor, loose_times = report.ratio(samples, operation, loose)
            mark = report.check("%s at %d items ÷ the %s" % (operation, size, strict), times, most)
            cells = [fmt_time(floor), fmt_time(loose_floor), fmt_time(mine), "%.2fx%s" % (times, mark)]
            cells.append("%.2fx" % loose_times)
            if before is not None:
                old, _, old_times = report.ratio(samples, "before " + operation, strict)
                cells += [fmt_time(old), "%.2fx" % old_times]
            out("| %d | %s |" % (size, " | ".join(cells)))

    count = 50
    pairs = [("effects", "strict rebuild"), ("effects + typed props", "strict rebuild + props")]
    samples = report.steady(effect_operations(count), pairs, rounds, budget)
    out()
    out("#### %d effects (the spec's example of each of 33 effect types in turn)" % count)
    out()
    out(
        "Strict floor: rebuild `type(v) is` of the 50 effects; for the typed views, then of each "
        "effect's props a second time, as the views read them."
    )
    out()
    out("| reading | time | per effect | strict floor | ÷ strict floor |")
    out("|---|---:|---:|---:|---:|")
    for name, what, floor_name in (
        ("effects", "`Effect.from_dict` of each", "strict rebuild"),
        ("effects + typed props", "`Effect.from_dict` and `typed_props()` of each", "strict rebuild + props"),
    ):
        mine, floor, times = report.ratio(samples, name, floor_name)
        out("| %s | %s | %s | %s | %.2fx |" % (what, fmt_time(mine), fmt_time(mine / count), fmt_time(floor), times))

    pairs = [("from_dict", "strict rebuild"), ("from_json", "loads + strict rebuild")]
    samples = report.steady(response_operations(), pairs, rounds, budget)
    out()
    out("#### A response: a 10-item session, profile, loyalty, 3 campaigns, 20 effects")
    out()
    out("Strict floor: rebuild `type(v) is` of the response; for `from_json`, `json.loads` then that rebuild.")
    out()
    out("| reading | time | strict floor | ÷ strict floor |")
    out("|---|---:|---:|---:|")
    mine, floor, times = report.ratio(samples, "from_dict", "strict rebuild")
    mark = report.check("IntegrationStateV2.from_dict ÷ the strict rebuild", times, RESPONSE_BUDGET)
    out(
        "| `IntegrationStateV2.from_dict` (target ≤ %.1fx) | %s | %s | %.2fx%s |"
        % (RESPONSE_BUDGET, fmt_time(mine), fmt_time(floor), times, mark)
    )
    mine, floor, times = report.ratio(samples, "from_json", "loads + strict rebuild")
    out("| `IntegrationStateV2.from_json` | %s | %s | %.2fx |" % (fmt_time(mine), fmt_time(floor), times))
    out()
    out(
        "Each ratio is the quotient of the two medians beside it; the median of the round-by-round "
        "ratios differs from it by at most %.1f%% in this run. A group of figures was measured again "
        "while that gap was over %.0f%% for a target's ratio (at most %d times): %d of %d groups were measured "
        "more than once."
        % (
            report.spread * 100,
            TOLERANCE * 100,
            ATTEMPTS,
            sum(1 for attempts in report.attempts if attempts > 1),
            len(report.attempts),
        )
    )
    if not args.no_imports:
        out()
        lines, missed = imports.measure(import_runs, quick=args.quick)
        for line in lines:
            out(line)
        report.missed += missed
    out()
    out("Load average of the machine (1 minute) at the start and at the end: %s and %s." % (load, loadavg()))
    if report.missed:
        out()
        out("Missed targets:")
        for line in report.missed:
            out("- " + line)
    return 1 if report.missed else 0


if __name__ == "__main__":
    sys.exit(main())
