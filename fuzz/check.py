"""What the fuzz target checks for one input, without atheris (the tests replay findings).

For each model of the package:

* ``from_json`` on the bytes, and on the same text as ``str`` (undecodable bytes becoming
  lone surrogates), gives a model or raises ``ValidationError``, and nothing else;
* the data parsed leniently by ``json.loads`` (which lets ``NaN`` and ``Infinity`` through)
  and given to ``from_dict`` does the same, under all three ``unknown`` modes;
* an accepted model passes ``validate()`` and survives ``to_json`` -> ``from_json`` and
  ``to_dict`` -> ``from_dict`` unchanged. The one thing ``to_json`` may refuse is a string
  holding a surrogate pair as two code points, which JSON text cannot keep apart;
* a refusal keeps at most ``MAX_ERRORS`` problems, and its text stays under 20,000
  characters.

Any other outcome raises.
"""

from __future__ import annotations

import json
from typing import Any

from talon_models import ValidationError
from talon_models._errors import MAX_ERRORS
from talon_models._registry import MODELS as _BY_NAME

MODELS = tuple(_BY_NAME.values())
MODES = ("keep", "ignore", "forbid")


class Mismatch(AssertionError):
    """An accepted model that did not survive a round trip unchanged."""


class Unbounded(AssertionError):
    """A refusal that kept more problems, or wrote more text, than the bounds allow."""


def check_report(exc: ValidationError) -> None:
    """The error report of a refusal is bounded."""
    if len(exc.errors) > MAX_ERRORS or len(str(exc)) > 20_000:
        raise Unbounded("%d problems, %d characters of text" % (len(exc.errors), len(str(exc))))


def check_round_trip(result: Any) -> None:
    """``result`` is valid and comes back equal through JSON text and through dicts."""
    cls = type(result)
    result.validate()
    try:
        text = result.to_json()
    except ValidationError as exc:
        if all("surrogate pair" in error.msg for error in exc.errors):
            return
        raise
    if cls.from_json(text) != result:
        raise Mismatch("to_json -> from_json changed %r" % (result,))
    if cls.from_dict(result.to_dict()) != result:
        raise Mismatch("to_dict -> from_dict changed %r" % (result,))


def check_input(data: bytes) -> None:
    """Run every check on one fuzz input; raise on anything unexpected."""
    text = data.decode("utf-8", "surrogateescape")
    try:
        lenient: Any = json.loads(text)
    except (ValueError, RecursionError):
        lenient = text
    for cls in MODELS:
        for source in (data, text):
            try:
                result = cls.from_json(source)
            except ValidationError as exc:
                check_report(exc)
                continue
            check_round_trip(result)
        for mode in MODES:
            try:
                result = cls.from_dict(lenient, unknown=mode)
            except ValidationError as exc:
                check_report(exc)
                continue
            check_round_trip(result)
