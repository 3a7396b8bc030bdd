"""The one error type, the records it carries, and the bounds on what a report may cost."""

from __future__ import annotations

import json
import math
import re
import reprlib
from collections import namedtuple
from typing import TYPE_CHECKING, Any, List, NamedTuple, Sequence, Tuple, Union

Loc = Tuple[Union[str, int], ...]

# At most this many problems are kept: checking stops at the next one. A realistic payload
# has far fewer (a full cart with three bad fields in every item has 3000); a hostile one
# could otherwise make a record, and spend time, for each of millions of bad values.
MAX_ERRORS = 10_000
# str() of a ValidationError shows this many problems, then says how many more there are.
SHOWN_ERRORS = 30
# A path longer than this is shown with its middle cut out in text (``loc`` keeps it whole).
_SHOWN_PATH = 150

# A key that reads well after a dot; anything else is written as ["..."]. Compiled on the
# first error shown (by re's cache), not at import.
_PLAIN_KEY = r"[A-Za-z_][A-Za-z0-9_]*\Z"

_SHORT = reprlib.Repr()
_SHORT.maxstring = 60
_SHORT.maxother = 60
_SHORT.maxlevel = 3
_SHORT.maxlist = _SHORT.maxdict = _SHORT.maxtuple = _SHORT.maxset = 4
_SHORT.maxlong = 40


ERROR_CODES = {
    "missing": "a required field is absent or null",
    "type": "a value of the wrong JSON (or Python) type, null in a list or map included",
    "choice": "a string outside a closed set of values (the request's session state, responseContent)",
    "too_short": "a string shorter than its minimum length (counted in code points)",
    "too_long": "a string longer than its maximum length",
    "pattern": "a string that does not match its pattern as a whole",
    "uuid": "a string that is not a UUID in the 8-4-4-4-12 hexadecimal form",
    "too_small": "a number below its minimum (or below a signed 64-bit integer)",
    "too_large": "a number above its maximum (or beyond a signed 64-bit integer or a double)",
    "not_finite": "NaN or an infinity, which JSON cannot carry",
    "not_exact": "a Decimal, or a JSON number, that a double cannot carry exactly",
    "date_time": "a date-time that is not RFC 3339 with a time zone, or names no real instant",
    "too_many_items": "a list longer than its limit",
    "total_quantity": "cart item quantities that add up to more than the limit",
    "key_type": "an object key that is not a string",
    "python_name": "a field's Python name used as a JSON key",
    "unknown_field": "a key the model does not know, with unknown='forbid'",
    "too_deep": "JSON data nested deeper than the limit",
    "json": "text that is not strict JSON: syntax, encoding, duplicate keys, NaN or Infinity",
}
"""The ``code`` of every kind of problem, with what it means (the validation guide lists them)."""


class ChecksStopped(Exception):
    """Raised out of a check when its error list is full; the caller reports what it has."""


if TYPE_CHECKING:
    _ErrorListBase = List["ErrorDetail"]
else:  # a typing generic as a base class costs about 1 ms of import time; list is the same at run time
    _ErrorListBase = list


class ErrorList(_ErrorListBase):
    """The list a check appends its problems to: full at ``MAX_ERRORS``.

    The append after the last one raises :class:`ChecksStopped`, so the readers stop
    doing work, not only stop keeping records, once the cap is reached.
    """

    __slots__ = ()

    def append(self, error: ErrorDetail) -> None:
        if len(self) >= MAX_ERRORS:
            raise ChecksStopped
        list.append(self, error)


class ProblemFound(Exception):
    """Raised by ``FIRST_PROBLEM`` on the first problem of a quick look.

    Not a ``ValueError``, so that it is never taken for a ``ValidationError`` of a caller's
    input, nor caught by a handler of the package's own bugs that catches ``ValueError``."""


class _FirstProblem(_ErrorListBase):
    """An error list for a quick look that only asks *whether* there is a problem.

    It never holds anything: its first append raises :class:`ProblemFound`, which stops
    the look at once. One instance serves every thread, as nothing is ever stored.
    """

    __slots__ = ()

    def append(self, error: ErrorDetail) -> None:
        raise ProblemFound


FIRST_PROBLEM: List[ErrorDetail] = _FirstProblem()


def format_path(loc: Loc) -> str:
    """Write a location the way JSON is read: ``cartItems[3].quantity``."""
    out = []
    for part in loc:
        if isinstance(part, int) and not isinstance(part, bool):
            out.append("[%d]" % part)
        elif not isinstance(part, str):  # a key from_dict was given that JSON cannot have
            out.append("[%s]" % short_repr(part))
        elif re.match(_PLAIN_KEY, part):
            out.append("." + part if out else part)
        else:
            out.append('["%s"]' % part.replace("\\", "\\\\").replace('"', '\\"'))
    return "".join(out)


def short_repr(value: Any) -> str:
    """A ``repr`` of at most about 60 characters that never raises."""
    if type(value) is Summary:
        return str(value)
    try:
        if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
            return "<integer of %d bits>" % value.bit_length()
        return _SHORT.repr(value)
    except Exception:  # a broken __repr__ must not hide the real problem
        return "<%s object>" % type(value).__name__


def _json_string(text: str, limit: int) -> str:
    if len(text) > limit:
        half = limit // 2 - 2
        return (
            json.dumps(text[:half], ensure_ascii=False)[:-1] + "..." + json.dumps(text[-half:], ensure_ascii=False)[1:]
        )
    return json.dumps(text, ensure_ascii=False)


def short_json(value: Any, level: int = 3) -> str:
    """A value as JSON text (``null``, ``true``, ``"text"``), shortened like ``short_repr``.

    What JSON has no form for (bytes, a tuple given to ``from_dict``) is shown as Python
    writes it. Never raises.
    """
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    kind = type(value)
    if kind is str or kind is Summary:
        return value if kind is Summary else _json_string(value, 60 if level == 3 else 20)
    if kind is float:
        return json.dumps(value) if math.isfinite(value) else short_repr(value)
    if kind is list or kind is dict:
        if level == 0:
            return "[...]" if kind is list else "{...}"
        if kind is list:
            shown = [short_json(item, level - 1) for item in value[:4]]
            return "[%s%s]" % (", ".join(shown), ", ..." if len(value) > 4 else "")
        entries = []
        for index, (key, item) in enumerate(value.items()):
            if index == 4:
                entries.append("...")
                break
            name = _json_string(key, 20) if type(key) is str else short_repr(key)
            entries.append("%s: %s" % (name, short_json(item, level - 1)))
        return "{%s}" % ", ".join(entries)
    return short_repr(value)  # integers (described when huge), and what JSON has not


class Summary(str):
    """Text that stands for a value too big to keep, such as ``<array of 1001 items>``."""

    __slots__ = ()


if TYPE_CHECKING:

    class _ErrorRecord(NamedTuple):
        loc: Loc
        msg: str
        input: Any
        code: str = "invalid"

else:
    # The same record as the NamedTuple above: typing.NamedTuple took 1.3 ms to make it,
    # a fifth of the package's import time (CPython 3.12), namedtuple a tenth of that.
    _ErrorRecord = namedtuple("ErrorDetail", ["loc", "msg", "input", "code"], defaults=["invalid"])


class ErrorDetail(_ErrorRecord):
    """One problem: where it is (wire keys and list indexes), what is wrong, the value, and
    ``code``, the kind of problem (one of ``ERROR_CODES``), which stays the same when the
    wording of ``msg`` changes."""

    __slots__ = ()
    if not TYPE_CHECKING:  # what typing.get_type_hints() reads, as of a typing.NamedTuple
        __annotations__ = {"loc": "Loc", "msg": "str", "input": "Any", "code": "str"}

    @property
    def path(self) -> str:
        """The location as a wire path, such as ``cartItems[3].quantity`` (``""`` for the top)."""
        return format_path(self.loc)

    def _show(self, value: Any) -> str:
        return short_repr(value)

    def __str__(self) -> str:
        path = self.path or "(top level)"
        if len(path) > _SHOWN_PATH:
            path = path[: _SHOWN_PATH // 2 - 2] + "..." + path[-_SHOWN_PATH // 2 + 1 :]
        if self.input is None and self.msg == "is required":  # nothing was there to show
            return "%s: %s" % (path, self.msg)
        return "%s: %s (value: %s)" % (path, self.msg, self._show(self.input))


class WireErrorDetail(ErrorDetail):
    """A problem of wire data (``from_dict``, ``from_json``): its value is shown as JSON."""

    __slots__ = ()

    def _show(self, value: Any) -> str:
        return short_json(value)

    def __repr__(self) -> str:  # the same record as an ErrorDetail, to anyone who reads it
        return "ErrorDetail(loc=%r, msg=%r, input=%r, code=%r)" % self


def as_wire(errors: Sequence[ErrorDetail]) -> List[ErrorDetail]:
    """The same problems, marked as problems of wire data."""
    return [error if type(error) is WireErrorDetail else WireErrorDetail(*error) for error in errors]


class ValidationError(ValueError):
    """Every problem found in one input, in field order.

    A subclass of :class:`ValueError`, so code that embeds this package can catch it
    without importing it. ``errors`` is the list of :class:`ErrorDetail` records. When
    an input has more than ``MAX_ERRORS`` (10,000) problems, checking stops there:
    ``errors`` holds the first 10,000 and ``complete`` is ``False``.
    """

    errors: List[ErrorDetail]
    model: str
    complete: bool

    def __init__(self, errors: Sequence[ErrorDetail], model: str = "", complete: bool = True) -> None:
        super().__init__(list(errors), model)
        self.errors = list(errors)
        self.model = model
        self.complete = complete

    def __reduce__(self) -> Any:
        return type(self), (self.errors, self.model, self.complete)

    def __repr__(self) -> str:
        # Not the default, which would repr every offending value (and fail on a bad one).
        return "<ValidationError: %s>" % self._headline()

    def _headline(self) -> str:
        count = len(self.errors)
        head = "%d validation error%s" % (count, "" if count == 1 else "s")
        head = head + " for " + self.model if self.model else head
        if not self.complete:
            head += " (checking stopped after %d problems; there may be more)" % count
        return head

    def __str__(self) -> str:
        lines = [self._headline()] + ["  " + str(error) for error in self.errors[:SHOWN_ERRORS]]
        rest = len(self.errors) - SHOWN_ERRORS
        if rest > 0:
            lines.append("  and %d more" % rest)
        return "\n".join(lines)


def prefix(errors: List[ErrorDetail], start: int, outer: Loc) -> None:
    """Put ``outer`` in front of the location of every error from index ``start`` on."""
    for index in range(start, len(errors)):
        error = errors[index]
        errors[index] = ErrorDetail(outer + error.loc, error.msg, error.input, error.code)


def chain_loc(chain: Any, key: Any) -> Loc:
    """The location of ``key`` inside ``chain``, a container's location kept as nested
    ``(outer chain, key)`` pairs (``None`` at the top). A walk down a tree extends such a
    chain at no cost per level, and pays for a whole tuple only when it finds a problem.
    """
    parts = [key]
    while chain is not None:
        chain, outer = chain
        parts.append(outer)
    parts.reverse()
    return tuple(parts)
