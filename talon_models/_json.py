"""JSON text in and out, stricter than the ``json`` module's defaults.

Python's ``json`` accepts ``NaN`` and ``Infinity``, keeps the last of two equal keys
without a word, rounds a number with more digits than a double carries to the nearest
double, and raises ``RecursionError`` or a bare ``ValueError`` on some inputs. Here each
of those becomes a :class:`ValidationError` that says what and where.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any, Dict, Iterator, List, Optional, Tuple, Union

from ._errors import MAX_ERRORS, ErrorDetail, Summary, ValidationError, chain_loc, short_json

JSONText = Union[str, bytes, bytearray]

_INF = float("inf")


class _Marker:
    """Left in the parsed data where the text broke a rule, so its path can be found."""

    def __init__(self, message: str, value: Any) -> None:
        self.message = message
        self.value = value


def _find_markers(data: Any) -> List[ErrorDetail]:
    """The markers in ``data`` with their locations, in document order, without recursion.

    It stops one past ``MAX_ERRORS``, so the caller can tell that there were more, and
    what it holds meanwhile is one iterator per open container: a wide array of markers
    or of containers costs no more memory than a narrow one. Each location is kept as a
    chain for ``chain_loc``: a tuple per visited value would cost the depth times the width.
    """
    found: List[ErrorDetail] = []
    stack: List[Tuple[Any, Iterator[Tuple[Any, Any]]]] = [(None, iter([((), data)]))]
    while stack:
        here, items = stack[-1]
        for key, value in items:
            if isinstance(value, _Marker):
                found.append(
                    ErrorDetail(chain_loc(here, key)[1:], value.message, value.value, "json")
                )  # the top has no key
                if len(found) > MAX_ERRORS:
                    return found
            elif isinstance(value, dict):
                stack.append(((here, key), iter(value.items())))
                break
            elif isinstance(value, list):
                stack.append(((here, key), enumerate(value)))
                break
        else:
            stack.pop()
    return found


def _text_error(message: str, value: Any, model: str) -> ValidationError:
    return ValidationError([ErrorDetail((), message, value, "json")], model)


def _as_text(data: Any, model: str) -> str:
    if isinstance(data, str):
        text = data
    elif isinstance(data, (bytes, bytearray)):
        if data.startswith(b"\xef\xbb\xbf"):
            raise _text_error("JSON text must not start with a byte order mark", data[:3], model)
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            message = "JSON text is not valid UTF-8 (bad byte at offset %d)" % exc.start
            raise _text_error(message, data[exc.start : exc.start + 4], model) from None
    else:
        message = "expected JSON text as str or bytes, got %s" % type(data).__name__
        raise _text_error(message, data, model)
    if text.startswith("\ufeff"):
        raise _text_error("JSON text must not start with a byte order mark", text[:1], model)
    return text


class _Refused(Exception):
    """Raised by the quick parse's hooks at the first thing the text may not hold.

    Not a ``ValueError``: ``_parse_error`` reports those.
    """


def _unique_keys(pairs: List[Tuple[str, Any]]) -> Dict[str, Any]:
    # Hot path of from_json: called for every object of the text.
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Refused
    return result


def _refuse_constant(name: str) -> Any:
    raise _Refused


_SMALLEST_NORMAL = 2.2250738585072014e-308


def _exact_float(text: str) -> float:
    """The double a JSON number with a fraction or exponent denotes, when it denotes it exactly.

    Exactly means what it means for a ``Decimal`` (``_fields.json_number``): the double's
    shortest text is the same number, so writing it back sends what was read.
    """
    # Hot path of from_json: called for every such number. A text of at most 16
    # characters holds at most 15 significant digits (it has a "." or an exponent), and a
    # double carries any 15 digits exactly unless it underflows to a subnormal or zero.
    number = float(text)
    if len(text) <= 16 and (number >= _SMALLEST_NORMAL or number <= -_SMALLEST_NORMAL):
        return number  # an overflow to infinity passes too: the rules report it in place
    if float_problem(text, number) is not None:
        raise _Refused
    return number


def float_problem(text: str, number: float) -> Optional[str]:
    """Why the JSON number ``text``, read as ``number``, is not exactly a double, or ``None``."""
    if number in (_INF, -_INF):
        return None  # the rules say it overflows, where it is
    from decimal import Decimal  # noqa: PLC0415  # only for the rare long or tiny number

    exact = Decimal(text)
    if number == 0.0 and exact:
        return "number is too small for a 64-bit floating-point number (it would be read as 0)"
    if Decimal(repr(number)) != exact:
        return (
            "number has more digits than a 64-bit floating-point number carries: it would be read as %r; "
            "send it rounded to the precision it needs"
        ) % number
    return None


# The quick parse, shared by every call and thread: it keeps no state of its own between
# calls (its hooks raise rather than record). Making a decoder for each call cost about
# as much as parsing an empty session.
_QUICK = json.JSONDecoder(object_pairs_hook=_unique_keys, parse_constant=_refuse_constant, parse_float=_exact_float)


def load(data: JSONText, model: str = "") -> Any:
    """Parse JSON text strictly.

    A quick parse stops at the first duplicate key, ``NaN``/``Infinity`` or number that a
    double cannot carry exactly; then a second parse finds every one of them, with its
    location. On PyPy a plain ``json.loads``, checked against the text, comes first
    (``_load_plain``).

    Raises:
        ValidationError: the text is not UTF-8, not JSON, or uses ``NaN``/``Infinity``,
            duplicate keys, a number a double cannot carry exactly, an integer with too
            many digits to read, or too deep nesting.
    """
    # Hot path of from_json: a str without a byte order mark needs no other look.
    text = data if type(data) is str and not data.startswith("\ufeff") else _as_text(data, model)
    if _PLAIN_FIRST:
        result = _load_plain(text)
        if result is not _UNSURE:
            return result
    return _load_strict(text, model)


def _load_strict(text: str, model: str) -> Any:
    """The parse with hooks: the text's data, or a ValidationError that says what is wrong where."""
    try:
        return _QUICK.decode(text)
    except _Refused:
        return _load_marked(text, model)
    except (ValueError, RecursionError) as exc:
        raise _parse_error(exc, text, model) from None


# PyPy's json reads text fast only when called without hooks: with any of them (the
# quick parse has three) it parses in Python, 20 to 30 times slower. There, plain
# json.loads comes first, and the text is checked for what a plain parse lets through.
_PLAIN_FIRST = sys.implementation.name == "pypy"

_UNSURE: Any = object()  # _load_plain's answer when only the strict parse can tell

# Deeper data is left to the strict parse: PyPy's plain json.loads nests deeper than the
# parse with hooks before it stops with RecursionError. No model takes data this deep.
_PLAIN_DEPTH = 200


def _load_plain(text: str) -> Any:
    """``json.loads(text)`` when that is what the strict parse would return, else ``_UNSURE``.

    The two read the same data from any text both take. What a plain parse lets through
    are duplicate keys (it keeps the last), the literals ``NaN`` and ``Infinity``, and
    numbers a double does not carry exactly: ``_follows`` finds each of those, or a doubt
    about it. Any error is left to the strict parse too, which words it.
    """
    try:
        data = json.loads(text)
    except Exception:
        return _UNSURE
    return data if _follows(text.encode("utf-8", "surrogatepass"), data) else _UNSURE


# Byte classes of JSON text, as tables indexed by the byte: a lookup is the cheapest test.
_SPACE = bytes(byte in b" \t\n\r" for byte in range(256))
_NUMBER = bytes(byte in b"0123456789+-.eE" for byte in range(256))
_NUMBER_START = bytes(byte in b"-0123456789" for byte in range(256))
_QUOTE, _BACKSLASH, _COMMA, _COLON = b'"\\,:'
_OPEN_OBJECT, _CLOSE_OBJECT, _OPEN_ARRAY, _CLOSE_ARRAY = b"{}[]"
_END: Any = object()


def _follows(raw: bytes, data: Any) -> bool:
    """Whether the strict parse surely reads the valid JSON text ``raw`` (UTF-8), which
    ``json.loads`` read as ``data``, as the same data: no duplicate key, no ``NaN`` or
    infinity (written so, or a number that overflows), only numbers ``_exact_float``
    takes, and no more than ``_PLAIN_DEPTH`` levels.

    It reads the text token by token alongside the data, in document order, and expects
    each token to be the value the data holds there. An object that had a duplicate key
    has more members in the text than its dict has items, so there the two part.
    """
    # Hot path of from_json on PyPy, shaped for its JIT: one loop, a stack instead of
    # recursion, bytes indexed as ints, strings skipped with find(), and the loops over
    # white space written out, as the JIT does not inline a function that loops. Counts
    # and searches over the whole text, one per check, cost more than this walk.
    end = len(raw)
    at = 0
    while at < end and _SPACE[raw[at]]:
        at += 1
    items: List[Iterator[Any]] = []  # the members still to read of each open object or array
    in_object: List[bool] = []
    value = data
    while True:
        # Read the token at ``at``: ``value`` must be what it says.
        kind = type(value)
        if kind is str:
            if raw[at] != _QUOTE:
                return False
            at = raw.find(b'"', at + 1)  # the closing quote, unless escaped
            if raw[at - 1] == _BACKSLASH:
                at = _escaped_quote_end(raw, at)
            at += 1
        elif kind is dict:
            if raw[at] != _OPEN_OBJECT or len(items) == _PLAIN_DEPTH:
                return False
            items.append(iter(value.items()))
            in_object.append(True)
            at += 1
        elif kind is list:
            if raw[at] != _OPEN_ARRAY or len(items) == _PLAIN_DEPTH:
                return False
            items.append(iter(value))
            in_object.append(False)
            at += 1
        elif kind is float or kind is int:
            if not _NUMBER_START[raw[at]]:
                return False
            start = at
            at += 1
            while at < end and _NUMBER[raw[at]]:
                at += 1
            # Past _exact_float's own shortcut (a short number in a double's normal range),
            # the number is looked at closely.
            if (
                kind is float
                and (at - start > 16 or not _SMALLEST_NORMAL <= abs(value) < _INF)
                and _refused_number(raw[start:at].decode("ascii"), value)
            ):
                return False
        else:  # True, False or None
            word = b"true" if value is True else b"false" if value is False else b"null"
            if not raw.startswith(word, at):
                return False
            at += len(word)
        # Move on to the next member, closing the objects and arrays that have no more.
        while True:
            while at < end and _SPACE[raw[at]]:
                at += 1
            if not items:
                return at == end
            item = next(items[-1], _END)
            if item is _END:
                if raw[at] != (_CLOSE_OBJECT if in_object[-1] else _CLOSE_ARRAY):
                    return False  # more members in the text than in the data
                items.pop()
                in_object.pop()
                at += 1
                continue
            if raw[at] == _COMMA:  # valid JSON has one between members, and only there
                at += 1
                while at < end and _SPACE[raw[at]]:
                    at += 1
            if in_object[-1]:
                if raw[at] != _QUOTE:
                    return False
                at = raw.find(b'"', at + 1)
                if raw[at - 1] == _BACKSLASH:
                    at = _escaped_quote_end(raw, at)
                at += 1
                while at < end and _SPACE[raw[at]]:
                    at += 1
                if raw[at] != _COLON:
                    return False
                at += 1
                while at < end and _SPACE[raw[at]]:
                    at += 1
                value = item[1]
            else:
                value = item
            break


def _escaped_quote_end(raw: bytes, end: int) -> int:
    """The closing quote of a string whose first quote after the opening one, at ``end``,
    follows a backslash: the first quote from there not escaped by an odd number of them."""
    while raw[end - 1] == _BACKSLASH:
        first = end - 1
        while raw[first - 1] == _BACKSLASH:
            first -= 1
        if (end - first) % 2 == 0:
            break
        end = raw.find(b'"', end + 1)
    return end


def _refused_number(token: str, value: float) -> bool:
    """Whether the strict parse refuses, or may refuse, the number ``token``, read as ``value``."""
    if not -_INF < value < _INF:
        return True  # NaN or an infinity, written as such or overflowing: the strict parse tells
    if value == 0.0 and not token.strip("-.0"):
        return False  # a zero written as one, not a tiny number read as zero
    try:
        _exact_float(token)
    except (_Refused, ValueError):  # ValueError: no number, where the text and data part
        return True
    return False


def _parse_error(exc: Exception, text: str, model: str) -> ValidationError:
    """The report of what the ``json`` module raised while parsing ``text``."""
    if isinstance(exc, json.JSONDecodeError):
        # Some of json's messages end in "at" ("Unterminated string starting at").
        what = exc.msg[:-3] if exc.msg.endswith(" at") else exc.msg
        message = "invalid JSON: %s at line %d column %d" % (what, exc.lineno, exc.colno)
        return _text_error(message, text[max(exc.pos - 10, 0) : exc.pos + 10], model)
    if isinstance(exc, RecursionError):
        return _text_error("JSON text nests too deeply to parse", text[:20], model)
    # Otherwise an integer with more digits than int() allows (4300 by default).
    return _text_error("invalid JSON: a number has more digits than can be read", text[:20], model)


def _load_marked(text: str, model: str) -> Any:
    """Parse a text the quick parse refused, marking every duplicate key and constant
    where it is, and raise a ValidationError that lists them (unless the text breaks off
    first: that is reported as invalid JSON, as by the quick parse)."""
    marked = []
    # One marker per constant, shared: a million NaN must not make a million objects.
    constants: Dict[str, _Marker] = {}

    def pairs(items: List[Tuple[str, Any]]) -> Any:
        result = dict(items)
        if len(result) != len(items):
            seen = set()
            for key, _ in items:
                if key in seen:
                    result[key] = _Marker("duplicate key " + short_json(key), key)
                    marked.append(key)
                seen.add(key)
        return result

    def constant(name: str) -> Any:
        marker = constants.get(name)
        if marker is None:
            marker = constants[name] = _Marker("%s is not a JSON value" % name, name)
            marked.append(name)
        return marker

    def number(text: str) -> Any:
        value = float(text)
        problem = float_problem(text, value)
        if problem is None:
            return value
        marked.append(text)
        return _Marker(problem, Summary(text))

    try:
        decoder = json.JSONDecoder(object_pairs_hook=pairs, parse_constant=constant, parse_float=number)
        result = decoder.decode(text)
    except (ValueError, RecursionError) as exc:
        raise _parse_error(exc, text, model) from None
    if marked:
        found = _find_markers(result)
        raise ValidationError(found[:MAX_ERRORS], model, complete=len(found) <= MAX_ERRORS)
    return result


def explain_overflow(errors: List[ErrorDetail]) -> None:
    """Reword the errors about an infinity in data read from JSON text.

    The literals ``Infinity`` and ``-Infinity`` are refused by ``load``, so an infinity
    there came from a number too large for a double, such as ``1e400``, which the
    ``json`` module reads as ``inf``; saying "infinities are not JSON" would puzzle.
    """
    for index, error in enumerate(errors):
        value = error.input
        if type(value) is float and value in (_INF, -_INF) and error.msg.startswith("must be a finite number"):
            message = "number is too large for a 64-bit floating-point number (it overflows to infinity)"
            errors[index] = error._replace(msg=message)


# The compact writer, made once: json.dumps with options of its own makes an encoder for
# every call, a tenth of the time of writing an empty session as text.
_COMPACT = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def dump(data: Any, indent: Optional[int] = None) -> str:
    """Write JSON text: compact unless ``indent`` is given, non-ASCII kept readable.

    A string holding a lone surrogate cannot be UTF-8, so then every non-ASCII
    character is escaped instead, and the text stays valid JSON.

    Raises:
        ValidationError: a string holds a high and a low surrogate as two code points.
        TypeError, ValueError: ``data`` is not JSON data.
    """
    separators = (",", ":") if indent is None else (",", ": ")
    if indent is None:
        text = _COMPACT.encode(data)
    else:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False, indent=indent, separators=separators)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            if re.search(_SPLIT_PAIR, text):
                found = _find_split_pairs(data)
                raise ValidationError(found[:MAX_ERRORS], complete=len(found) <= MAX_ERRORS) from None
            text = json.dumps(data, allow_nan=False, indent=indent, separators=separators)
    return text


# A high surrogate followed by a low one, as two code points: escaped, they would be read
# back as the one character they encode, so the text would not say what the string says.
# Only text that cannot be encoded is searched, so re compiles it then, not at import.
_SPLIT_PAIR = "[\ud800-\udbff][\udc00-\udfff]"


def _find_split_pairs(data: Any) -> List[ErrorDetail]:
    """Where in ``data`` a string or key holds a split surrogate pair, without recursion."""
    message = "holds a surrogate pair as two code points, which JSON text cannot keep apart"
    found: List[ErrorDetail] = []
    stack: List[Tuple[Any, Any, Any]] = [(None, (), data)]
    while stack and len(found) <= MAX_ERRORS:  # one past the cap: the caller can tell
        chain, key, value = stack.pop()
        if isinstance(value, str):
            if re.search(_SPLIT_PAIR, value):
                found.append(ErrorDetail(chain_loc(chain, key)[1:], message, value, "json"))
            continue
        here = (chain, key)
        if isinstance(value, dict):
            for name in value:
                if isinstance(name, str) and re.search(_SPLIT_PAIR, name):
                    found.append(ErrorDetail(chain_loc(here, name)[1:], "the key " + message, name, "json"))
            items: Any = value.items()
        elif isinstance(value, list):
            items = enumerate(value)
        else:
            continue
        stack.extend((here, name, item) for name, item in reversed(list(items)))
    return found
