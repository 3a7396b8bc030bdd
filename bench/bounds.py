"""Measure the resource bounds: time and memory of big, deep and hostile inputs.

Run from the repository root: ``python bench/bounds.py`` (``--quick`` for a tenth of
the sizes). Prints a Markdown table, one row per input: the outcome (accepted, or the
first error, how many more, whether checking stopped at the cap, and the length of
``str()`` of the error), the time of one call, the time at a quarter and a half of the
size (to show growth is about linear, or flat past the cap), and the peak memory of the
call next to the size of the JSON text and the peak of ``json.loads`` on the same text.
``--only TEXT`` measures only the inputs whose name holds TEXT (``--only flood``).

Memory is measured with tracemalloc (CPython only; on PyPy the column says "n/a"),
in a second run, since tracing slows the call down.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import sys
import time
from typing import Any, Callable, Dict, List, Optional, Tuple

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from talon_models import NewCustomerSessionV2, ValidationError

MB = 1_000_000


def _attributes(size: int) -> Dict[str, Any]:
    """An attributes object of about ``size`` bytes of JSON, two levels deep."""
    count = max(1, size // 60)
    return {"key%08d" % index: {"list": [index, "text-%d" % index, None, True, 1.5]} for index in range(count)}


def _item(index: int, attributes: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    item: Dict[str, Any] = {"sku": "SKU%07d" % index, "quantity": 1, "price": 9.99}
    if attributes is not None:
        item["attributes"] = attributes
    return item


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def _long_date_item(digits: int) -> Dict[str, Any]:
    return dict(_item(0), adjustmentEffectiveFrom="2021-01-01T00:00:00." + "1" * digits + "Z")


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _infinities(count: int) -> str:
    inner = "[" + ",".join(["1e400"] * count) + "]"
    return '{"attributes": ' + '{"a": ' * 98 + inner + "}" * 98 + "}"


# name -> (full size, text of that size). Sizes are the issue's, or as noted.
CASES: Dict[str, Tuple[int, Callable[[int], str]]] = {
    "attributes object, 50 MB": (50 * MB, lambda n: json.dumps({"attributes": _attributes(n)})),
    "coupon codes, 1,000,000": (1_000_000, lambda n: json.dumps({"couponCodes": ["CODE-%07d" % i for i in range(n)]})),
    "profile id, 10 MB string": (10 * MB, lambda n: json.dumps({"profileId": "x" * n})),
    "referral code, 10 MB string (max 100)": (10 * MB, lambda n: json.dumps({"referralCode": "x" * n})),
    "date-time with a 10 MB fraction": (10 * MB, lambda n: json.dumps({"cartItems": [_long_date_item(n)]})),
    "nested array, 100,000 deep": (100_000, lambda n: '{"attributes": {"k": ' + _deep(n) + "}}"),
    "cart items, 1000": (1000, lambda n: json.dumps({"cartItems": [_item(i) for i in range(n)]})),
    "cart items, 1001 (max 1000)": (1001, lambda n: json.dumps({"cartItems": [_item(i) for i in range(n)]})),
    "1000 cart items, 20 kB attributes each": (
        20_000,
        lambda n: json.dumps({"cartItems": [_item(i, _attributes(n)) for i in range(1000)]}),
    ),
    "bad coupon codes, 1,000,000 (error flood)": (1_000_000, lambda n: json.dumps({"couponCodes": list(range(n))})),
    "1e400 x 100,000, 99 levels deep (error flood)": (100_000, _infinities),
    "campaign ids, 1,000,000 strings, 4 MB (error flood)": (
        1_000_000,
        lambda n: '{"evaluableCampaignIds": [' + ",".join(['"x"'] * n) + "]}",
    ),
    "NaN x 1,000,000 in attributes (error flood)": (
        1_000_000,
        lambda n: '{"attributes": {"x": [' + ",".join(["NaN"] * n) + "]}}",
    ),
}


def _short_path(path: str) -> str:
    """A wire path for the table: whole, unless it is a long chain of keys, then its ends."""
    keys = path.split(".")
    if len(keys) <= 6:
        return "`%s`" % path
    return "`%s.%s...%s.%s` (%d keys)" % (keys[0], keys[1], keys[-2], keys[-1], len(keys))


def _call(text: str) -> str:
    """The outcome of reading ``text``: "accepted", or the first error, whole, how many more,
    whether checking stopped at the cap, and the length of the error's text."""
    try:
        NewCustomerSessionV2.from_json(text)
    except ValidationError as exc:
        first = exc.errors[0]
        more = len(exc.errors) - 1
        where = _short_path(first.path) + ": " if first.path else ""
        if not more:
            return "refused: %s%s" % (where, first.msg)
        kept = "%s more%s" % (format(more, ","), "" if exc.complete else ", then stopped")
        return "refused: %s%s (+%s); str() %s chars" % (where, first.msg, kept, format(len(str(exc)), ","))
    return "accepted"


def _seconds(function: Callable[[], Any]) -> float:
    gc.collect()
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def _peak(function: Callable[[], Any]) -> Optional[int]:
    try:
        import tracemalloc
    except ImportError:
        return None
    if not hasattr(tracemalloc, "start") or platform.python_implementation() != "CPython":
        return None
    gc.collect()
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _row(name: str, size: int, build: Callable[[int], str], memory: bool) -> str:
    """Measure one input and return its table row."""
    text = build(size)
    outcome = _call(text)
    elapsed = min(_seconds(lambda: _call(text)) for _ in range(2))
    scaled: List[str] = []
    if "1001" not in name:  # refused before any work: the size does not matter
        for part in (4, 2):
            smaller = build(max(1, size // part))
            scaled.append("%.3f s" % _seconds(lambda: _call(smaller)))  # noqa: B023  (called at once)
    peak = _peak(lambda: _call(text)) if memory else None
    parse_peak = _peak(lambda: _loads(text)) if memory else None
    return "| %s | %.1f MB | %s | %.3f s | %s | %s | %s |" % (
        name,
        len(text) / MB,
        outcome.replace("|", "/"),
        elapsed,
        ", ".join(scaled) or "-",
        "n/a" if peak is None else "%.0f MB (%.1fx the text)" % (peak / MB, peak / max(len(text), 1)),
        "n/a" if parse_peak is None else "%.0f MB" % (parse_peak / MB),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    parser.add_argument("--only", default="", help="measure only the inputs whose name holds this text")
    args = parser.parse_args()
    print("%s %s on %s\n" % (platform.python_implementation(), platform.python_version(), platform.machine()))
    print("| input | JSON text | outcome | time | time at 1/4, 1/2 size | peak memory | peak of json.loads |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for name, (size, build) in CASES.items():
        if args.only not in name:
            continue
        fixed = name.startswith("cart items, 100")  # the cap cases keep their size
        print(_row(name, size if fixed or not args.quick else max(1, size // 10), build, not args.no_memory))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
