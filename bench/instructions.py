"""Count the instructions of each operation and of its floor, with valgrind's callgrind.

Run from the repository root: ``python bench/instructions.py`` (needs ``valgrind``;
``--sizes 0,1,10`` for fewer sizes). A count does not move with the load of the
machine, as a time does, so on a shared machine it tells whether a ratio is missed by
the work done or by the noise. It is not a time: a model's read runs many different
instructions, which miss the processor's caches more often than a rebuild's few, so
the time ratio is usually higher than the count ratio.

Each case runs twice under callgrind, once with ``K`` calls of the operation after its
setup and once with none; the difference ÷ ``K`` is the count per call. Every ratio
printed is the quotient of the two counts beside it. ``--parts`` counts the parts that
``breakdown.py`` times, instead; ``--events N`` simulates the caches and the branch
predictor for ``from_dict`` and the strict floor at N cart items, which shows why a
model's read takes more time per instruction than the floor's copy; ``--parse N``
counts ``from_json``'s parse of the N-item text, each of its hooks alone, and
``json.loads``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from typing import Dict, List, Sequence, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# The code a case runs: setup, then ``calls`` times ``function()``.
PROGRAM = """
import json, sys
sys.path[:0] = [%(here)r, %(root)r]
import payloads
from payloads import rebuild, rebuild_strict as strict
from talon_models import Effect, IntegrationStateV2, NewCustomerSessionV2 as Session
size, calls = %(size)d, %(calls)d
data = payloads.session(size)
text = json.dumps(data)
session = Session.from_dict(data)
effects = payloads.effects(50)
response = payloads.response()
def typed():
    read = [Effect.from_dict(effect) for effect in effects]
    return [effect.typed_props() for effect in read]
function = %(code)s
function(); function()
for _ in range(calls):
    function()
"""

# (operation, its floor, the target: the most times the floor's count it may take)
SESSION_CASES: Dict[str, str] = {
    "from_dict": "lambda: Session.from_dict(data)",
    "strict rebuild": "lambda: strict(data)",
    "rebuild": "lambda: rebuild(data)",
    "to_dict": "session.to_dict",
    "from_json": "lambda: Session.from_json(text)",
    "loads + strict rebuild": "lambda: strict(json.loads(text))",
    "to_json": "session.to_json",
    "strict rebuild + dumps": "lambda: json.dumps(strict(data))",
}
PAIRS: Sequence[Tuple[str, str]] = (
    ("from_dict", "strict rebuild"),
    ("from_dict", "rebuild"),
    ("to_dict", "strict rebuild"),
    ("from_json", "loads + strict rebuild"),
    ("to_json", "strict rebuild + dumps"),
)
RESPONSE_CASES: Sequence[Tuple[str, str, str, str]] = (
    (
        "50 effects with typed props",
        "typed",
        "50 effects and their props copied",
        "lambda: (strict(effects), [strict(effect['props']) for effect in effects])",
    ),
    (
        "response: `IntegrationStateV2.from_dict`",
        "lambda: IntegrationStateV2.from_dict(response)",
        "the response copied",
        "lambda: strict(response)",
    ),
)


# ``--parts``: the parts of breakdown.py, the model's read or the floor's copy of one.
PART_PROGRAM = """
import sys
sys.path[:0] = [%(here)r, %(root)r]
import breakdown
name, mine, floor = breakdown.parts()[%(index)d]
function = mine if %(mine)r else floor
function(); function()
for _ in range(%(calls)d):
    function()
"""


# callgrind's names of the events --events counts, in words
EVENTS = {
    "Ir": "instructions",
    "Dr": "data reads",
    "D1mr": "data reads that miss the first-level cache",
    "Bc": "conditional branches",
    "Bcm": "conditional branches mispredicted",
    "Bi": "indirect branches (the interpreter's dispatch among them)",
    "Bim": "indirect branches mispredicted",
}


def run_events(program: str) -> Dict[str, int]:
    """Every event callgrind's cache and branch simulation counts for ``program``."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "callgrind.out")
        valgrind = ["valgrind", "--tool=callgrind", "--cache-sim=yes", "--branch-sim=yes"]
        subprocess.run(
            [*valgrind, "--callgrind-out-file=" + out, sys.executable, "-c", program], capture_output=True, check=True
        )
        with open(out) as handle:
            text = handle.read()
    names = re.search(r"^events: (.*)$", text, re.MULTILINE)
    totals = re.search(r"^(?:summary|totals): (.*)$", text, re.MULTILINE)
    if names is None or totals is None:
        raise SystemExit("callgrind wrote no totals")
    return dict(zip(names.group(1).split(), (int(value) for value in totals.group(1).split())))


def events(size: int) -> int:
    """from_dict and the strict floor at ``size`` cart items: every simulated event, per call."""
    calls = 20
    found = {}
    for name in ("from_dict", "strict rebuild"):
        code = SESSION_CASES[name]
        program = {"here": HERE, "root": ROOT, "size": size, "code": code}
        more = run_events(PROGRAM % dict(program, calls=calls))
        less = run_events(PROGRAM % dict(program, calls=0))
        found[name] = {event: (more[event] - less[event]) / calls for event in EVENTS}
    print("| callgrind event, per call at %d cart items | from_dict | strict floor | ÷ strict floor |" % size)
    print("|---|---:|---:|---:|")
    for event, words in EVENTS.items():
        mine, floor = found["from_dict"][event], found["strict rebuild"][event]
        print("| %s (%s) | %s | %s | %.2fx |" % (words, event, fmt(mine), fmt(floor), mine / floor))
    return 0


# ``--parse N``: the parse of from_json, its two hooks apart, and json.loads, on the text of
# the N-item session.
PARSE_PROGRAM = """
import json, sys
sys.path[:0] = [%(here)r, %(root)r]
import payloads
from talon_models import _json
text = json.dumps(payloads.session(%(size)d))
parse = {
    "json.loads": json.loads,
    "from_json's parse (both hooks)": _json._QUICK.decode,
    "the duplicate-key hook alone": json.JSONDecoder(object_pairs_hook=_json._unique_keys).decode,
    "object_pairs_hook=dict (a hook in C)": json.JSONDecoder(object_pairs_hook=dict).decode,
    "the exact-number hook alone": json.JSONDecoder(parse_float=_json._exact_float).decode,
}[%(case)r]
parse(text); parse(text)
for _ in range(%(calls)d):
    parse(text)
"""
PARSE_CASES = (
    "json.loads",
    "from_json's parse (both hooks)",
    "the duplicate-key hook alone",
    "object_pairs_hook=dict (a hook in C)",
    "the exact-number hook alone",
)


def parses(size: int) -> int:
    """Instructions per parse of the N-item session's text, by each way of parsing it."""
    calls = 20
    found = {}
    for case in PARSE_CASES:
        program = {"here": HERE, "root": ROOT, "size": size, "case": case}
        more = run_counted(PARSE_PROGRAM % dict(program, calls=calls))
        found[case] = (more - run_counted(PARSE_PROGRAM % dict(program, calls=0))) / calls
    print("| parse of the %d-item session's text | instructions | `json.loads` | ÷ `json.loads` |" % size)
    print("|---|---:|---:|---:|")
    for case in PARSE_CASES:
        print(
            "| %s | %s | %s | %.2fx |"
            % (case, fmt(found[case]), fmt(found["json.loads"]), found[case] / found["json.loads"])
        )
    return 0


# The same string hashes in every run, so that two runs of a program differ only by its calls.
ENV = dict(os.environ, PYTHONHASHSEED="0")


def run_counted(program: str) -> int:
    """Instructions callgrind collects for ``program``."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", program],
        capture_output=True,
        text=True,
        check=True,
        env=ENV,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit("callgrind printed no count:\n" + done.stderr[-2000:])
    return int(found.group(1))


def count(code: str, size: int, calls: int) -> int:
    """Instructions callgrind collects for the program with ``calls`` calls."""
    return run_counted(PROGRAM % {"here": HERE, "root": ROOT, "size": size, "calls": calls, "code": code})


def part_count(index: int, mine: bool) -> float:
    """Instructions per call of one part of breakdown.py: the model's read, or the floor's copy."""
    calls = 500
    program = {"here": HERE, "root": ROOT, "index": index, "mine": mine}
    more = run_counted(PART_PROGRAM % dict(program, calls=calls))
    return (more - run_counted(PART_PROGRAM % dict(program, calls=0))) / calls


def parts() -> int:
    sys.path.insert(0, HERE)
    import breakdown

    print("| part | talon_models | strict floor | difference |")
    print("|---|---:|---:|---:|")
    for index, (name, _, _) in enumerate(breakdown.parts()):
        mine, floor = part_count(index, True), part_count(index, False)
        print("| %s | %s | %s | %s |" % (name, fmt(mine), fmt(floor), fmt(mine - floor)), flush=True)
    return 0


def per_call(code: str, size: int) -> float:
    calls = 2 if size >= 1000 else 5 if size >= 100 else 20 if size >= 10 else 200
    return (count(code, size, calls) - count(code, size, 0)) / calls


def fmt(instructions: float) -> str:
    if abs(instructions) < 1e6:
        return "%.1fk" % (instructions / 1e3)
    return "%.2fM" % (instructions / 1e6)


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="0,1,10,100,1000", help="cart item counts (default: 0,1,10,100,1000)")
    parser.add_argument("--parts", action="store_true", help="count the parts of breakdown.py instead")
    parser.add_argument(
        "--events", type=int, metavar="N", help="simulate caches and branches for from_dict at N cart items instead"
    )
    parser.add_argument("--parse", type=int, metavar="N", help="count the ways to parse the N-item text instead")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    if args.events is not None:
        return events(args.events)
    if args.parse is not None:
        return parses(args.parse)
    if args.parts:
        print(
            "%s %s, instructions per call (callgrind)" % (platform.python_implementation(), platform.python_version())
        )
        print()
        return parts()
    sizes = [int(size) for size in args.sizes.split(",")]
    print("%s %s, instructions per call (callgrind)" % (platform.python_implementation(), platform.python_version()))
    print()
    print("| operation | cart items | floor | its instructions | the floor's | ÷ floor |")
    print("|---|---:|---|---:|---:|---:|")
    for size in sizes:
        counts = {name: per_call(code, size) for name, code in SESSION_CASES.items()}
        for name, floor in PAIRS:
            cells = (name, size, floor, fmt(counts[name]), fmt(counts[floor]), counts[name] / counts[floor])
            print("| %s | %d | %s | %s | %s | %.2fx |" % cells, flush=True)
    for name, code, floor, floor_code in RESPONSE_CASES:
        mine, theirs = per_call(code, 10), per_call(floor_code, 10)
        print("| %s | — | %s | %s | %s | %.2fx |" % (name, floor, fmt(mine), fmt(theirs), mine / theirs), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
