"""Measure what importing talon_models costs a fresh interpreter.

Run from the repository root: ``python bench/imports.py`` (``bench/run.py`` runs it too).
Three figures, each with its target:

* ``from talon_models import NewCustomerSessionV2`` adds at most 20 ms to the start of a
  bare interpreter: the median wall time of the import minus that of ``python -c pass``,
  the two run in turn (paired runs);
* the package's own modules take at most 5 ms of that: the sum of the self times of the
  ``talon_models.*`` modules in ``-X importtime``, median of 9 runs (CPython only);
* importing ``IntegrationStateV2`` and everything it needs adds at most 15 ms to the
  session's import: the median wall time of ``from talon_models import
  NewCustomerSessionV2, IntegrationStateV2`` minus that of the session's import alone.

The three commands run in turn, 31 times (``--runs``), so that a burst of load from
elsewhere hits them alike; "adds" is the difference of the medians printed beside it.

The bytecode caches are written before timing (``compileall``) and used
(``PYTHONDONTWRITEBYTECODE`` is unset for these runs), as in an installed package.
Then, for each import, the modules it loads that a bare interpreter does not, by their
median self time: where the time goes.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from typing import Dict, List, Sequence, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SESSION = "from talon_models import NewCustomerSessionV2"
RESPONSE = "from talon_models import NewCustomerSessionV2, IntegrationStateV2"
SESSION_BUDGET_MS = 20.0
OWN_MODULES_BUDGET_MS = 5.0
RESPONSE_BUDGET_MS = 15.0


def revision(path: str) -> str:
    """The commit of a checkout, and whether its talon_models has uncommitted changes."""
    try:
        commit = subprocess.run(
            ["git", "-C", path, "log", "-1", "--format=%h"], capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", path, "status", "--porcelain", "--", "talon_models"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "an unknown revision"
    return "commit %s%s" % (commit, " with uncommitted changes" if dirty else "")


def _env(source: str) -> Dict[str, str]:
    env = dict(os.environ, PYTHONPATH=source)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _wall(python: str, code: str, env: Dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([python, "-c", code], env=env, check=True, cwd=ROOT)
    return time.perf_counter() - start


def walls(python: str, codes: Sequence[str], runs: int, env: Dict[str, str]) -> List[float]:
    """The median wall time in ms of each of ``codes``, run in turn ``runs`` times (paired runs)."""
    found: List[List[float]] = [[] for _ in codes]
    for _ in range(runs):
        for times, code in zip(found, codes):
            times.append(_wall(python, code, env))
    return [round(statistics.median(times) * 1e3, 1) for times in found]


def self_times(python: str, code: str, runs: int, env: Dict[str, str]) -> Dict[str, float]:
    """Median self time in ms of each module ``-X importtime`` lists for ``code``."""
    found: Dict[str, List[float]] = {}
    for _ in range(runs):
        done = subprocess.run(
            [python, "-X", "importtime", "-c", code], env=env, check=True, cwd=ROOT, capture_output=True, text=True
        )
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            own, _, name = line[len("import time:") :].split("|")
            found.setdefault(name.strip(), []).append(int(own) / 1000)
    # a module missing from some runs counts 0 there
    return {name: statistics.median(times + [0.0] * (runs - len(times))) for name, times in found.items()}


def breakdown(own: Dict[str, float], bare: Dict[str, float], top: int) -> List[str]:
    """Markdown rows: the modules the import loads beyond a bare start, slowest first."""
    extra = {name: ms for name, ms in own.items() if name not in bare}
    package = sum(ms for name, ms in extra.items() if name.split(".")[0] == "talon_models")
    rows = ["| module | self time |", "|---|---:|"]
    for name, ms in sorted(extra.items(), key=lambda item: -item[1])[:top]:
        rows.append("| `%s` | %.2f ms |" % (name, ms))
    rest = sorted(extra.items(), key=lambda item: -item[1])[top:]
    if rest:
        rows.append("| %d more modules | %.2f ms |" % (len(rest), sum(ms for _, ms in rest)))
    rows.append(
        "| **all %d modules** (talon_models.* among them: %.2f ms) | %.2f ms |"
        % (len(extra), package, sum(extra.values()))
    )
    return rows


def measure(
    runs: int, quick: bool = False, python: str = sys.executable, source: str = ROOT
) -> Tuple[List[str], List[str]]:
    """Markdown lines with the three figures and the breakdowns, and the targets missed."""
    env = _env(source)
    subprocess.run([python, "-m", "compileall", "-q", os.path.join(source, "talon_models")], env=env, check=True)
    for code in ("pass", SESSION, RESPONSE):
        _wall(python, code, env)
    bare_ms, session_ms, response_ms = walls(python, ("pass", SESSION, RESPONSE), runs, env)
    session_extra, response_extra = session_ms - bare_ms, response_ms - session_ms
    lines = [
        "#### Import (%s %s, %d paired runs, bytecode caches written)"
        % (platform.python_implementation(), platform.python_version(), runs),
        "",
        "| import | wall time | adds | target |",
        "|---|---:|---:|---|",
        "| `python -c pass` | %.1f ms | | |" % bare_ms,
        "| `%s` | %.1f ms | %.1f ms to `pass` | ≤ %.0f ms |" % (SESSION, session_ms, session_extra, SESSION_BUDGET_MS),
        "| `%s` | %.1f ms | %.1f ms to the line above | ≤ %.0f ms |"
        % (RESPONSE, response_ms, response_extra, RESPONSE_BUDGET_MS),
    ]
    missed = []
    if round(session_extra, 1) > SESSION_BUDGET_MS:
        missed.append("the session's import adds %.1f ms, more than %.0f ms" % (session_extra, SESSION_BUDGET_MS))
    if round(response_extra, 1) > RESPONSE_BUDGET_MS:
        missed.append("IntegrationStateV2 adds %.1f ms, more than %.0f ms" % (response_extra, RESPONSE_BUDGET_MS))
    if platform.python_implementation() == "CPython":
        count = 3 if quick else 9
        bare = self_times(python, "pass", count, env)
        session = self_times(python, SESSION, count, env)
        response = self_times(python, RESPONSE, count, env)
        own = sum(ms for name, ms in session.items() if name.split(".")[0] == "talon_models")
        lines += [
            "",
            "`-X importtime`, median self time of each module over %d runs; the package's own modules "
            "(`talon_models.*`) take %.2f ms of the session's import (target ≤ %.0f ms)."
            % (count, own, OWN_MODULES_BUDGET_MS),
            "",
            "`%s`, the modules a bare start does not load:" % SESSION,
            "",
            *breakdown(session, bare, 12),
            "",
            "What `IntegrationStateV2` adds to that:",
            "",
            *breakdown(response, session, 12),
        ]
        if round(own, 2) > OWN_MODULES_BUDGET_MS:
            missed.append("the package's own modules take %.2f ms, more than %.0f ms" % (own, OWN_MODULES_BUDGET_MS))
    return lines, missed


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=31, help="paired runs per figure (default 31)")
    parser.add_argument("--quick", action="store_true", help="5 paired runs, 3 importtime runs")
    parser.add_argument("--source", default=ROOT, help="the checkout whose talon_models is imported")
    args = parser.parse_args(argv)
    lines, missed = measure(5 if args.quick else args.runs, args.quick, source=os.path.abspath(args.source))
    print("\n".join(lines))
    if missed:
        print("\nMissed targets:\n" + "\n".join("- " + line for line in missed))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
