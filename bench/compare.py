"""Measure talon_models against the alternatives, side by side, and print Markdown tables.

Run from the repository root::

    python bench/compare.py --setup      # make the environments, then measure everything
    python bench/compare.py --quick      # a short smoke run with the environments as they are

Every contestant runs in its own worker process (``contestants.py``), so that one
library's heap does not slow another's garbage collections; the workers take turns, one
timed sample each per round, and each figure is the median of the rounds. The collector
stays on. The environments are virtual environments under ``.venv/`` (git-ignored):

* ``.venv/bench-cpython``: ``requirements-cpython.txt`` (talon-one-sdk, pydantic,
  msgspec, matplotlib for the chart);
* ``.venv/bench-legacy``: ``requirements-legacy.txt`` (talon-one-python-sdk, which
  installs the same module name ``talon_one``, so it needs an environment of its own);
* PyPy runs talon_models and the floors from the source tree; no packages needed.

talon_models itself is imported from the source tree, never installed.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from typing import Any, Dict, List, Optional, Sequence, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VENVS = os.path.join(ROOT, ".venv")
SIZES = (0, 1, 10, 100, 1000)
# The report gives the time per call at the sizes people send, where the fixed cost of a
# call dominates, and the time per cart item at the large ones.
SMALL = (0, 1, 10)
LARGE = (100, 1000)
TASKS = ("decode", "encode", "to_dict", "round trip")
BIG = 1000

# name: (label, environment); environment "cpython", "legacy" or "pypy"
WORKERS: Dict[str, Tuple[str, str]] = {
    "talon_models": ("talon_models", "cpython"),
    "msgspec": ("msgspec Struct (hand-written)", "cpython"),
    "pydantic": ("pydantic v2 (hand-written)", "cpython"),
    "talon-one-sdk": ("talon-one-sdk", "cpython"),
    "talon-one-python-sdk": ("talon-one-python-sdk", "legacy"),
    "strict": ("floor: rebuild, type(v) is", "cpython"),
    "rebuild": ("floor: rebuild, isinstance", "cpython"),
    "json": ("floor: json.loads + json.dumps", "cpython"),
    "pypy:talon_models": ("talon_models", "pypy"),
    "pypy:strict": ("floor: rebuild, type(v) is", "pypy"),
    "pypy:rebuild": ("floor: rebuild, isinstance", "pypy"),
    "pypy:json": ("floor: json.loads + json.dumps", "pypy"),
}
VENDORS = ("talon-one-sdk", "talon-one-python-sdk")
FLOORS = ("strict", "rebuild", "json")
# Read once each, not at the sizes: 50 effects, the same with their typed props, a response.
RESPONSE_TASKS = ("effects", "effects + typed props", "response")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- environments ------------------------------------------------------------------------


def pyenv_versions() -> str:
    """The folder of pyenv's interpreters (``pyenv root``, else ``$PYENV_ROOT``), or ``""``."""
    root = os.environ.get("PYENV_ROOT", "")
    if shutil.which("pyenv"):
        found = subprocess.run(["pyenv", "root"], capture_output=True, text=True, check=False)
        root = found.stdout.strip() or root
    return os.path.join(root, "versions") if root else ""


def find_cpython(version: str) -> str:
    pyenv = pyenv_versions()
    installed = sorted(os.listdir(pyenv)) if pyenv and os.path.isdir(pyenv) else []
    candidates = [shutil.which("python" + version)]
    candidates += [os.path.join(pyenv, entry, "bin", "python" + version) for entry in installed]
    for found in candidates:
        if found and os.access(found, os.X_OK):
            try:
                subprocess.run([found, "-c", "pass"], check=True, capture_output=True)
            except (OSError, subprocess.CalledProcessError):
                continue
            return found
    raise SystemExit("no CPython %s found (on PATH or under pyenv)" % version)


def venv_python(name: str) -> str:
    return os.path.join(VENVS, "bench-" + name, "bin", "python")


def setup_venv(name: str, base: str) -> None:
    """Make (or reuse) .venv/bench-NAME with requirements-NAME.txt installed."""
    requirements = os.path.join(HERE, "requirements-%s.txt" % name)
    with open(requirements, "rb") as handle:
        stamp = hashlib.sha256(handle.read() + base.encode()).hexdigest()
    folder = os.path.join(VENVS, "bench-" + name)
    marker = os.path.join(folder, ".requirements-sha256")
    if os.path.exists(marker):
        with open(marker) as handle:
            if handle.read() == stamp:
                return
    log("== setting up %s with %s" % (os.path.relpath(folder, ROOT), os.path.relpath(requirements, ROOT)))
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run([base, "-m", "venv", folder], check=True)
    pip = [venv_python(name), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, "-r", requirements], check=True)
    with open(marker, "w") as handle:
        handle.write(stamp)


def find_pypy(install: bool) -> Optional[str]:
    found = shutil.which("pypy3")
    if found is None and install and shutil.which("apt-get"):
        log("== installing PyPy from Debian (pypy3)")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "pypy3"], check=False, env=env)
        found = shutil.which("pypy3")
    return found


# -- workers -------------------------------------------------------------------------------


class Worker:
    """A contestant's process: send a command, read its answer."""

    def __init__(self, key: str, python: str, source: str) -> None:
        self.key = key
        self.name = key.rsplit(":", maxsplit=1)[-1]
        self.label, self.env = WORKERS[key]
        self.process = subprocess.Popen(
            [python, os.path.join(HERE, "contestants.py"), self.name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=dict(os.environ, BENCH_SOURCE=source),
        )
        hello = json.loads(self._line())
        self.python = hello["python"]
        self.versions: Dict[str, str] = hello["versions"]
        self.response_tasks: List[str] = hello["response tasks"]

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("worker %s died" % self.key)
        return line

    def ask(self, op: str, **arguments: Any) -> Any:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(dict(arguments, op=op)) + "\n")
        self.process.stdin.flush()
        return json.loads(self._line())["result"]

    def close(self) -> None:
        with contextlib.suppress(BrokenPipeError, RuntimeError, ValueError):
            self.ask("quit")
        self.process.wait(timeout=30)


def tasks_of(worker: Worker) -> Sequence[str]:
    if worker.name == "json":
        return ("round trip",)
    if worker.name in VENDORS:
        return TASKS
    return ("decode", "encode", "round trip")


# A group of samples is measured again, up to ATTEMPTS times, while for one of its pairs
# the quotient of the medians and the median of the round-by-round quotients differ by
# more than TOLERANCE: a burst of load from elsewhere then hit one side more than the other.
ATTEMPTS = 3
TOLERANCE = 0.03
CHECKED_PAIRS = (("talon_models", "strict"), ("talon_models", "talon-one-sdk"), ("pypy:talon_models", "pypy:strict"))


def spread(samples: Dict[str, List[float]]) -> float:
    worst = 0.0
    for mine, theirs in CHECKED_PAIRS:
        if mine in samples and theirs in samples:
            a, b = samples[mine], samples[theirs]
            paired = statistics.median(x / y for x, y in zip(a, b))
            worst = max(worst, abs(paired / (statistics.median(a) / statistics.median(b)) - 1))
    return worst


def measure_group(
    group: List[Worker], task: str, size: int, rounds: int, loops: Dict[str, int]
) -> Dict[str, List[float]]:
    """One sample of each worker per round, taking turns; again while the samples are unsteady."""
    best: Tuple[float, Dict[str, List[float]]] = (float("inf"), {})
    for _ in range(ATTEMPTS):
        samples: Dict[str, List[float]] = {worker.key: [] for worker in group}
        for _ in range(rounds):
            for worker in group:
                samples[worker.key].append(worker.ask("time", task=task, size=size, loops=loops[worker.key]))
        found = spread(samples)
        if found < best[0]:
            best = (found, samples)
        if found <= TOLERANCE:
            break
        log("   %s at %d items: unsteady (%.0f%%), measured again" % (task, size, found * 100))
    return best[1]


def measure(
    workers: List[Worker], rounds: int, budget: float, warmup: Dict[str, float]
) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    """Median seconds per call, and every sample: {worker key: {task: {size: ...}}}.

    The workers take turns, one sample each per round.
    """
    times: Dict[str, Any] = {worker.key: {} for worker in workers}
    every: Dict[str, Any] = {worker.key: {} for worker in workers}
    groups = [(task, size) for size in SIZES for task in TASKS] + [(task, 0) for task in RESPONSE_TASKS]
    for task, size in groups:
        if task in RESPONSE_TASKS:
            group = [worker for worker in workers if task in worker.response_tasks]
        else:
            group = [worker for worker in workers if task in tasks_of(worker)]
        loops = {}
        for worker in group:
            best = worker.ask("warm", task=task, size=size, seconds=warmup[worker.env])
            loops[worker.key] = max(1, int(budget / max(best, 1e-7)))
        samples = measure_group(group, task, size, rounds, loops)
        for worker in group:
            times[worker.key].setdefault(task, {})[size] = statistics.median(samples[worker.key])
            every[worker.key].setdefault(task, {})[size] = samples[worker.key]
        where = task if task in RESPONSE_TASKS else "%s at %d items" % (task, size)
        log("   %s: %s" % (where, ", ".join("%s %s" % (w.key, fmt_time(times[w.key][task][size])) for w in group)))
    return times, every


def import_costs(targets: Dict[str, Tuple[str, str]], runs: int, source: str) -> Dict[str, float]:
    """Median milliseconds each import adds to a fresh interpreter's start, interleaved."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([source, HERE]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def run(python: str, code: str) -> float:
        start = time.perf_counter()
        subprocess.run([python, "-c", code], env=env, check=True, cwd=ROOT)
        return time.perf_counter() - start

    pythons = sorted({python for python, _ in targets.values()})
    for python, code in targets.values():
        run(python, code)  # the bytecode caches are written once, before timing
    bare: Dict[str, List[float]] = {python: [] for python in pythons}
    loaded: Dict[str, List[float]] = {key: [] for key in targets}
    for _ in range(runs):
        for python in pythons:
            bare[python].append(run(python, "pass"))
        for key, (python, code) in targets.items():
            loaded[key].append(run(python, code))
    return {
        key: (statistics.median(loaded[key]) - statistics.median(bare[python])) * 1000
        for key, (python, _) in targets.items()
    }


# -- reporting -------------------------------------------------------------------------------


def fmt_time(seconds: float) -> str:
    if seconds >= 0.1:
        return "%.0f ms" % (seconds * 1e3)
    if seconds >= 1e-3:
        return "%.2f ms" % (seconds * 1e3)
    return "%.1f µs" % (seconds * 1e6)


def fmt_ratio(ratio: float) -> str:
    return "%.0fx" % ratio if ratio >= 100 else "%.1fx" % ratio if ratio >= 10 else "%.2fx" % ratio


def ratio(results: Dict[str, Any], key: str, other: str, task: str, other_task: str = "", *, size: int = BIG) -> float:
    """key's median time ÷ other's, at ``size`` items: the quotient of two figures the tables print.

    The workers take turns, one sample each per round, so a burst of load from elsewhere
    hits both medians alike.
    """
    other_task = other_task or task
    return float(results["times"][key][task][str(size)] / results["times"][other][other_task][str(size)])


def time_table(results: Dict[str, Any], task: str, keys: Sequence[str], reference: str) -> List[str]:
    """Per call at the small sizes, per cart item at the large ones, and the ratios to ``reference``."""
    mine = "talon_models" if task in results["times"][reference] else "talon_models' encode"
    lines = [
        "| %s | %s | %s | time ÷ %s at 1 item | at %d |"
        % (
            task,
            " | ".join("per call, %d item%s" % (size, "" if size == 1 else "s") for size in SMALL),
            " | ".join("per item, at %d" % size for size in LARGE),
            mine,
            BIG,
        ),
        "|---|" + "---:|" * (len(SMALL) + len(LARGE) + 2),
    ]
    times = results["times"]
    for key in keys:
        row = times.get(key, {}).get(task)
        if not row:
            continue
        against = task if task in times[reference] else "encode"  # to_dict: against talon_models' to_dict
        cells = [fmt_time(row[str(size)]) for size in SMALL]
        cells += [fmt_time(row[str(size)] / size) for size in LARGE]
        cells += [fmt_ratio(ratio(results, key, reference, task, against, size=size)) for size in (1, BIG)]
        lines.append("| %s | %s |" % (results["labels"][key], " | ".join(cells)))
    return lines


def targets(results: Dict[str, Any]) -> List[Tuple[str, str, str, str, str, bool]]:
    """(target, needed, talon_models' figure, the other figure, measured, met) for every target.

    The figures are those of the tables (per call at up to 10 items, per item beyond), and
    "measured" is their quotient as the tables give it, so that each line can be checked.
    """
    out = []
    tm = "talon_models"
    times = results["times"]

    def at(size: int) -> str:
        return "%d item%s" % (size, "" if size == 1 else "s")

    def figure(key: str, task: str, size: int) -> str:
        seconds = times[key][task][str(size)]
        return fmt_time(seconds / size if size in LARGE else seconds)

    def faster(what: str, task: str, other: str, factor: float, size: int = BIG) -> None:
        quotient = ratio(results, other, tm, task, size=size)
        what = "%s, %s" % (what, at(size)) if task not in RESPONSE_TASKS else what
        mine, theirs = figure(tm, task, size), figure(other, task, size)
        needed = "≥ %gx faster" % factor if factor else "— (none set)"
        out.append((what, needed, mine, theirs, "%.2fx faster" % quotient, quotient >= factor))

    def within(what: str, task: str, other: str, factor: float, size: int = BIG) -> None:
        quotient = ratio(results, tm, other, task, size=size)
        what = "%s, %s" % (what, at(size)) if task not in RESPONSE_TASKS else what
        mine, theirs = figure(tm, task, size), figure(other, task, size)
        out.append((what, "≤ %gx the time" % factor, mine, theirs, "%.2fx the time" % quotient, quotient <= factor))

    # decoding against talon-one-sdk: 1.3x at 0 items, 2x at 10 and 100, 3x at 1000
    for size, factor in ((0, 1.3), (1, 0.0), (10, 2.0), (100, 2.0), (BIG, 3.0)):
        faster("decode vs talon-one-sdk", "decode", "talon-one-sdk", factor, size)
    faster("encode vs talon-one-sdk (sanitize_for_serialization)", "encode", "talon-one-sdk", 3)
    faster("50 effects with typed props vs talon-one-sdk", "effects + typed props", "talon-one-sdk", 2, size=0)
    faster("response vs talon-one-sdk (`IntegrationStateV2.from_dict`)", "response", "talon-one-sdk", 2, size=0)
    faster("decode vs talon-one-python-sdk", "decode", "talon-one-python-sdk", 30)
    faster("JSON round trip vs talon-one-python-sdk", "round trip", "talon-one-python-sdk", 10)
    within("decode vs msgspec (CPython)", "decode", "msgspec", 4)
    for size in SIZES:
        within("from_dict vs strict rebuild", "decode", "strict", 1.3, size)
    for size in SIZES:
        within("to_dict vs strict rebuild", "encode", "strict", 1.0, size)
    within("response vs strict rebuild", "response", "strict", 1.5, size=0)
    imports = results["imports"]
    mine, theirs = imports["talon_models"], imports["talon-one-sdk"]
    quotient = theirs / mine
    out.append(
        (
            "import vs talon-one-sdk",
            "≥ 100x faster",
            "%.1f ms" % mine,
            "%.1f ms" % theirs,
            "%.0fx faster" % quotient,
            quotient >= 100,
        )
    )
    out.append(("the session's import adds", "≤ 20 ms", "%.1f ms" % mine, "", "", mine <= 20))
    memory = results["memory"]
    share = memory["talon_models"] / memory["talon-one-sdk"]
    out.append(
        (
            "memory of a decoded session vs talon-one-sdk",
            "≤ 1/3 (0.33)",
            "%.2f MB" % (memory["talon_models"] / 1e6),
            "%.2f MB" % (memory["talon-one-sdk"] / 1e6),
            "%.2f" % share,
            share <= 1 / 3,
        )
    )
    return out


def response_table(results: Dict[str, Any], keys: Sequence[str], reference: str) -> List[str]:
    """The response tasks: time per call of each contestant, and its time ÷ talon_models'."""
    times = results["times"]
    lines = [
        "| contestant | 50 effects | with typed props | response "
        "| ÷ talon_models: effects | with typed props | response |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for key in keys:
        if not all(task in times.get(key, {}) for task in RESPONSE_TASKS):
            continue
        cells = [fmt_time(times[key][task]["0"]) for task in RESPONSE_TASKS]
        cells += [fmt_ratio(ratio(results, key, reference, task, size=0)) for task in RESPONSE_TASKS]
        lines.append("| %s | %s |" % (results["labels"][key], " | ".join(cells)))
    return lines


def report(results: Dict[str, Any]) -> str:
    labels = results["labels"]
    cpython = [key for key in WORKERS if WORKERS[key][1] != "pypy" and key in results["times"]]
    pypy = [key for key in WORKERS if WORKERS[key][1] == "pypy" and key in results["times"]]
    lines = ["## Machine", ""]
    lines += ["- %s" % line for line in results["machine"]]
    lines += ["", "## Does each contestant read the payload correctly?", ""]
    lines += ["| contestant | decode | encode | to_dict | JSON round trip | %s |" % " | ".join(RESPONSE_TASKS)]
    lines += ["|---|---|---|---|---|---|---|---|"]
    for key in cpython + pypy:
        verdict = results["checks"][key]
        cells = [verdict.get(name, "") for name in ("decode", "encode", "to_dict", "round trip", *RESPONSE_TASKS)]
        lines.append("| %s (%s) | %s |" % (labels[key], results["pythons"][key], " | ".join(cells)))
    for key in cpython:
        verdict = results["checks"][key]
        if "adapted" in verdict:
            lines += [
                "",
                "**%s**: %s: %s. The timings use that payload."
                % (labels[key], verdict["original payload"], verdict["adapted"]),
            ]
    for title, task in (
        ("Decode: `from_dict` with all validation", "decode"),
        ("Encode: model to a dict that `json.dumps` can write", "encode"),
        ("The vendor SDKs' `to_dict()` (not JSON-ready)", "to_dict"),
        ("JSON text round trip: text to model to text", "round trip"),
    ):
        lines += ["", "## %s (CPython, median)" % title, ""]
        lines += time_table(results, task, cpython, "talon_models")
    lines += ["", "## Reading effects and a response (CPython, median per call)", ""]
    lines += response_table(results, cpython, "talon_models")
    lines += ["", "## The same on PyPy (median, after JIT warm-up)", ""]
    for task in ("decode", "encode", "round trip"):
        lines += [*time_table(results, task, pypy, "pypy:talon_models"), ""]
    lines += [*response_table(results, pypy, "pypy:talon_models"), ""]
    lines += ["## Import and memory", ""]
    lines += ["| contestant | import adds (fresh interpreter) | memory kept by a decoded %d-item session |" % BIG]
    lines += ["|---|---:|---:|"]
    for key in cpython + pypy:
        cost = results["imports"].get(key)
        memory = results["memory"].get(key)
        if cost is None and memory is None:
            continue
        lines.append(
            "| %s (%s) | %s | %s |"
            % (
                labels[key],
                results["pythons"][key],
                "—" if cost is None else "%.1f ms" % cost,
                "—" if memory is None else "%.2f MB" % (memory / 1e6),
            )
        )
    lines += ["", "## Targets", ""]
    lines += ["| target | needed | talon_models | the other | measured | met |", "|---|---|---:|---:|---|---|"]
    for what, needed, mine, theirs, measured, met in targets(results):
        verdict = "—" if needed.startswith("—") else "yes" if met else "**no**"
        lines.append("| %s | %s | %s | %s | %s | %s |" % (what, needed, mine, theirs, measured, verdict))
    return "\n".join(lines)


def machine() -> List[str]:
    model = ""
    try:
        with open("/proc/cpuinfo") as handle:
            model = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), "")
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as handle:
            memory = "%.0f GiB memory" % (int(handle.readline().split()[1]) / 2**20)
    except (OSError, ValueError, IndexError):
        pass
    return [
        "%s, %d cores, %s" % (model or platform.processor() or platform.machine(), os.cpu_count() or 0, memory),
        "%s %s" % (platform.system(), platform.release()),
    ]


def revision(source: str) -> str:
    """The commit of the measured checkout, and whether talon_models has changes not committed."""
    try:
        commit = subprocess.run(
            ["git", "-C", source, "log", "-1", "--format=%h (%cs)"], capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", source, "status", "--porcelain", "--", "talon_models"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "an unknown revision"
    return "commit %s%s" % (commit, " with uncommitted changes" if dirty else "")


# -- main ------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--setup", action="store_true", help="make or update the environments first")
    parser.add_argument("--quick", action="store_true", help="few rounds and short samples, for a smoke run")
    parser.add_argument("--rounds", type=int, help="timed samples per contestant and figure (default 15)")
    parser.add_argument("--python", default="3.12", help="the CPython version of the environments (default 3.12)")
    parser.add_argument("--no-pypy", action="store_true", help="leave out the PyPy figures")
    parser.add_argument("--json", default=os.path.join(VENVS, "bench-results.json"), help="where to write raw results")
    parser.add_argument("--chart", default=os.path.join(ROOT, "docs", "img", "performance.png"), help="PNG to write")
    parser.add_argument("--no-chart", action="store_true", help="do not draw the chart")
    parser.add_argument(
        "--report", metavar="RESULTS", help="print the tables of a results file again, measuring nothing"
    )
    parser.add_argument(
        "--source", default=ROOT, help="the checkout whose talon_models is measured (default: this one)"
    )
    args = parser.parse_args()
    if args.report:
        with open(args.report) as handle:
            print(report(json.load(handle)))
        return 0
    rounds = args.rounds or (3 if args.quick else 15)
    budget = 0.005 if args.quick else 0.04
    warmup = {"cpython": 0.1, "legacy": 0.1, "pypy": 2.0}
    if args.quick:
        warmup = {"cpython": 0.02, "legacy": 0.02, "pypy": 0.3}

    source = os.path.abspath(args.source)
    base = find_cpython(args.python)
    if args.setup:
        for name in ("cpython", "legacy"):
            setup_venv(name, base)
    pythons = {"cpython": venv_python("cpython"), "legacy": venv_python("legacy")}
    for python in pythons.values():
        if not os.path.exists(python):
            raise SystemExit("%s is missing: run python bench/compare.py --setup" % python)
    pypy = None if args.no_pypy else find_pypy(args.setup)
    if pypy:
        pythons["pypy"] = pypy
    elif not args.no_pypy:
        log("pypy3 not found: the PyPy figures are left out (--setup installs it from Debian)")

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    keys = [key for key in WORKERS if WORKERS[key][1] in pythons]
    log("== starting %d workers" % len(keys))
    workers = [Worker(key, pythons[WORKERS[key][1]], source) for key in keys]
    try:
        log("== checking that each contestant reads the payload")
        checks = {}
        for worker in workers:
            verdicts = {size: worker.ask("check", size=size) for size in SIZES}
            checks[worker.key] = verdicts[BIG]
            if worker.response_tasks:
                checks[worker.key].update(worker.ask("check response"))
            for size, verdict in verdicts.items():
                if verdict.get("decode") != "ok":
                    log("   %s fails at %d items: %s" % (worker.key, size, verdict["decode"]))
        log("== timing (%d rounds)" % rounds)
        times, samples = measure(workers, rounds, budget, warmup)
        log("== memory")
        memory = {worker.key: worker.ask("memory", size=BIG) for worker in workers if worker.name not in FLOORS}
        for worker in workers:
            if worker.name == "rebuild":  # plain dicts from json.loads: the floor
                memory[worker.key] = worker.ask("memory", size=BIG)
        versions: Dict[str, str] = {}
        for worker in workers:
            versions.update(worker.versions)
        results: Dict[str, Any] = {
            "labels": {w.key: w.label + (" %s" % w.versions[w.name] if w.name in w.versions else "") for w in workers},
            "pythons": {w.key: w.python for w in workers},
            "versions": versions,
            "checks": checks,
        }
    finally:
        for worker in workers:
            worker.close()

    log("== import times")
    import_targets = {
        key: (pythons[WORKERS[key][1]], code)
        for key, code in (
            ("talon_models", "from talon_models import NewCustomerSessionV2"),
            ("msgspec", "import bench_msgspec"),
            ("pydantic", "import bench_pydantic"),
            ("talon-one-sdk", "from talon_one.models.new_customer_session_v2 import NewCustomerSessionV2"),
            ("talon-one-python-sdk", "from talon_one.models.new_customer_session_v2 import NewCustomerSessionV2"),
            ("pypy:talon_models", "from talon_models import NewCustomerSessionV2"),
        )
        if WORKERS[key][1] in pythons
    }
    imports = import_costs(import_targets, 5 if args.quick else 21, source)

    results.update(
        times=json.loads(json.dumps(times)),  # sizes as strings, as in the JSON file
        samples=json.loads(json.dumps(samples)),
        memory=memory,
        imports=imports,
        machine=[
            *machine(),
            "talon_models from %s" % revision(source),
            "load average (1 minute) at the start and at the end: %.1f and %.1f"
            % (load, os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")),
        ],
        rounds=rounds,
        date=time.strftime("%Y-%m-%d"),
    )
    os.makedirs(os.path.dirname(args.json), exist_ok=True)
    with open(args.json, "w") as handle:
        json.dump(results, handle, indent=1)
    print(report(results))
    if not args.no_chart:
        subprocess.run([pythons["cpython"], os.path.join(HERE, "chart.py"), args.json, args.chart], check=True)
        log("== chart written to %s" % os.path.relpath(args.chart, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
