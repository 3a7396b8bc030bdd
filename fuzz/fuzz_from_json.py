"""Coverage-guided fuzz target: JSON text (and the data it holds) into every model.

Run from the repository root with a Python that atheris supports (see fuzz/README.md)::

    python fuzz/fuzz_from_json.py fuzz/corpus fuzz/seeds -max_total_time=1800

fuzz/check.py says what is checked for each input. A failure raises, which libFuzzer
reports as a crash and saves as a reproducer. With ``TALON_FUZZ_FINDINGS=DIR`` set, a
failure is instead saved to DIR once per distinct place (exception type and innermost
line) and the run goes on, so one long run collects every distinct failure.
"""

from __future__ import annotations

import hashlib
import os
import sys
import traceback

import atheris

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, HERE)

with atheris.instrument_imports(include=["talon_models"]):
    import talon_models  # noqa: F401

from check import check_input  # noqa: E402

FINDINGS = os.environ.get("TALON_FUZZ_FINDINGS")
_seen = set()


def test_one_input(data: bytes) -> None:
    """The libFuzzer entry point."""
    if FINDINGS is None:
        check_input(data)
        return
    try:
        check_input(data)
    except Exception as exc:
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        place = (type(exc).__name__, os.path.basename(frame.filename), frame.lineno)
        if place not in _seen:
            _seen.add(place)
            os.makedirs(FINDINGS, exist_ok=True)
            name = "%s-%s-%d-%s" % (*place, hashlib.sha1(data).hexdigest()[:12])
            with open(os.path.join(FINDINGS, name), "wb") as out:
                out.write(data)
            print("\n== new finding %s: %s: %.200s" % (name, type(exc).__name__, exc), flush=True)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
