"""Field rules: the small typed primitives every model reads and checks its fields with.

A rule knows one field type and its constraints. It has two entry points:

* ``read(value, key, errors, unknown)`` takes a value from the wire (JSON data) and
  returns what the model stores;
* ``check(value, key, errors)`` takes a value from Python code (constructor, assignment,
  ``validate()``) and returns what the model stores.

Neither raises of its own accord. A problem is appended to ``errors`` with its location
starting at ``key`` and ``None`` is returned, so one pass reports every problem. ``None``
in means unset. (The error lists of ``_errors`` raise from ``append`` to stop a check:
one that is full, and one that only asks whether there is any problem.)

``write(stored)`` gives the wire form of a stored value. A stored list or dict may have
been changed in place since it was checked, so the container rules check it again as they
copy it, with inline type tests, and raise ``ProblemFound`` when the rule would refuse it;
``to_dict`` then collects every problem with its path.
The constraints are attributes of the rule, and the docs and the JSON Schema read them
from there, so each one is stated once.

The ``read`` methods are the measured hot path of ``from_dict``: each starts with the
cheapest test that accepts a good value (``type(x) is str``) and leaves everything else
to a slower branch.
"""

from __future__ import annotations

import re
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Sequence, Set, Tuple, Type, Union

from . import _datetimes
from ._errors import FIRST_PROBLEM, ChecksStopped, ErrorDetail, ProblemFound, Summary, chain_loc, prefix

if TYPE_CHECKING:
    from decimal import Decimal

    from ._base import Model

if TYPE_CHECKING:
    FloatOrDecimal = Union[float, Decimal]
    """What a number field's constructor argument may be: a ``float`` (or ``int``), or a
    ``decimal.Decimal`` that a double carries exactly (see ``json_number``)."""
else:
    # At run time the name only stands in the constructors' annotations, which are not
    # evaluated; typing.get_type_hints then reads them as the fields' own annotations
    # say, float. A "Decimal" written as text here would be compiled by typing at import,
    # and the first compile in a process costs a fifth of this package's import time.
    FloatOrDecimal = float

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
FLOAT_MAX = 1.7976931348623157e308
# The bounds of the quick number tests, as names: "-FLOAT_MAX" would be worked out at each
# test. An int is compared with int bounds, which is quicker than with a float's: the
# same numbers, as FLOAT_MAX is a whole number.
FLOAT_LOWEST = -FLOAT_MAX
FLOAT_MAX_INT = int(FLOAT_MAX)
FLOAT_LOWEST_INT = -FLOAT_MAX_INT
MAX_JSON_DEPTH = 100


def json_type(value: Any) -> str:
    """The JSON name of a value's type, or the Python name where JSON has none."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return type(value).__name__


def _wrong_type(expected: str, value: Any, key: Any, errors: List[ErrorDetail]) -> None:
    errors.append(ErrorDetail((key,), "expected %s, got %s" % (expected, json_type(value)), value, "type"))


class Rule:
    """What one field may hold. Subclasses fill in the type and constraints."""

    python_type = "object"
    json_type = "object"
    required = False

    def read(self, value: Any, key: Any, errors: List[ErrorDetail], unknown: str = "") -> Any:
        return self.check(value, key, errors)

    def check(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        raise NotImplementedError

    def write(self, stored: Any) -> Any:
        """The wire form of a stored (checked, not ``None``) value, sharing no container."""
        return stored

    def write_slowly(self, stored: Any) -> Any:
        """Check ``stored`` again, and write it when it passes; raises ``ProblemFound`` when
        it does not. For a value changed in place that failed the written-out quick test."""
        self.check(stored, "", FIRST_PROBLEM)
        return self.write(stored)

    def finish(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        """``value`` (read or checked), or ``None`` with an error when it breaks a rule of
        the whole (``CartItemList``: the quantities added up). The written-out readers call
        it on a list only when the list has items."""
        return value

    def inline_test(self, name: str) -> Optional[str]:
        """A Python expression, true when the variable ``name`` holds a value this rule
        stores as it is; ``None`` when there is no such quick test.

        ``scripts/generate`` writes it into each model's reader and writer, so a good value
        costs no call; anything else (``None`` included) goes to :meth:`check`. It is the
        one statement of the rule's fast path. It may use the names of
        ``_base.WRITTEN_OUT_NAMES`` (``FLOAT_MAX``, ``known_uuids``, ...).
        """
        return None

    def all_valid(self, values: List[Any]) -> bool:
        """Whether every one of ``values`` (list elements) passes :meth:`check`."""
        for value in values:
            try:
                if value is None or self.check(value, 0, FIRST_PROBLEM) is not value:
                    return False
            except ProblemFound:
                return False
        return True

    def constraints(self) -> Dict[str, Any]:
        """The constraints beyond the type, for docs and schemas."""
        return {}

    def _missing(self, key: Any, errors: List[ErrorDetail]) -> None:
        if self.required:
            errors.append(ErrorDetail((key,), "is required", None, "missing"))


# A UUID in the 8-4-4-4-12 hexadecimal form of RFC 9562, hex digits in either case (the
# RFC reads them case-insensitively). Any version and variant: the API only says
# ``format: uuid``. Python's ``uuid.UUID`` is not used: it also takes braces, ``urn:uuid:``
# and undashed forms, which the API's format does not.
UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"

# A loyalty card identifier, as LoyaltyCard and the loyalty effects' props hold it (Ruby's
# setter rules): at most 108 characters, each an ASCII letter, a digit, "_" or "-".
CARD_IDENTIFIER_PATTERN = "[A-Za-z0-9_-]*"
MAX_CARD_IDENTIFIER_LENGTH = 108

# UUID_PATTERN's full match. Compiled on first use: importing the package should not pay
# for a pattern that reading a payload may never need. (Declared before the function that
# rebinds it, which PyPy's compiler requires of an annotated global.)
_uuid_fullmatch: Callable[[str], Optional[re.Match[str]]]


def _compile_uuid(text: str) -> Optional[re.Match[str]]:
    global _uuid_fullmatch  # noqa: PLW0603  # replaced by the compiled pattern's match, once
    _uuid_fullmatch = re.compile(UUID_PATTERN).fullmatch
    return _uuid_fullmatch(text)


_uuid_fullmatch = _compile_uuid

# The texts found to be UUIDs, for the hot paths' inline test (``text in known_uuids``):
# a payload repeats the same few reference IDs (price adjustments are shared by many
# items and sessions), and a set look-up costs a tenth of a regular-expression match,
# which was an eighth of the time of decoding a cart item. Bounded, as the date-time
# cache is; only exact ``str`` texts are kept.
known_uuids: Set[str] = set()
_KNOWN_UUIDS_SIZE = 4096


def is_uuid(text: str) -> bool:
    """Whether ``text`` is a UUID in the 8-4-4-4-12 form (see ``UUID_PATTERN``)."""
    if text in known_uuids:
        return True
    if _uuid_fullmatch(text) is None:
        return False
    if type(text) is str:
        if len(known_uuids) >= _KNOWN_UUIDS_SIZE:
            known_uuids.clear()
        known_uuids.add(text)
    return True


# The string formats a String rule can require: (test, what the error message says).
STRING_FORMATS = {
    "uuid": (is_uuid, "must be a UUID: 32 hexadecimal digits grouped 8-4-4-4-12 by hyphens"),
}


class String(Rule):
    """A string, optionally with a length range (in code points), a set of values, a pattern or a format.

    ``choices`` are the values the field may hold; with ``closed=False`` they are only the
    values known today (an enum of data the server owns, which the API may extend), so any
    string is taken. ``pattern`` must match the whole string (a regular expression with no
    anchors: a line break never matches by accident).
    """

    python_type = "str"
    json_type = "string"

    def __init__(
        self,
        *,
        required: bool = False,
        min_length: int = 0,
        max_length: Optional[int] = None,
        choices: Sequence[str] = (),
        closed: bool = True,
        pattern: Optional[str] = None,
        format: Optional[str] = None,  # the JSON Schema word, as in constraints()
    ) -> None:
        if format is not None and format not in STRING_FORMATS:
            raise ValueError("unknown string format %r" % format)
        self.required = required
        self.min_length = min_length
        self.max_length = max_length
        self.choices = tuple(choices)
        self.closed = closed and bool(choices)
        self.pattern = pattern
        self.matcher = None if pattern is None else re.compile(pattern)
        self.format = format

    def inline_test(self, name: str) -> Optional[str]:
        tests = ["type(%s) is str" % name]
        if self.min_length and self.max_length is not None:
            tests.append("%d <= len(%s) <= %d" % (self.min_length, name, self.max_length))
        elif self.min_length:
            tests.append("len(%s) >= %d" % (name, self.min_length))
        elif self.max_length is not None:
            tests.append("len(%s) <= %d" % (name, self.max_length))
        if self.closed:
            choices = "{%s}" % ", ".join('"%s"' % choice for choice in self.choices)
            if len(choices) > 60:
                return None  # too long to read well inline: check() looks the value up
            tests.append("%s in %s" % (name, choices))
        if self.format == "uuid":
            tests.append("%s in known_uuids" % name)  # texts already found to be UUIDs
        elif self.format is not None or self.pattern is not None:
            return None  # no quick test: check() matches the pattern
        return " and ".join(tests)

    def check(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        if value is None:
            return self._missing(key, errors)
        if not isinstance(value, str):
            return _wrong_type("string", value, key, errors)
        if self.closed and value not in self.choices:
            allowed = ", ".join('"%s"' % choice for choice in self.choices)  # plain names: JSON and Python alike
            errors.append(ErrorDetail((key,), "must be one of " + allowed, value, "choice"))
            return None
        length = len(value)
        if length < self.min_length:
            if self.min_length == 1:
                message = "must not be empty"
            else:
                message = "must be at least %d characters long" % self.min_length
            errors.append(ErrorDetail((key,), message, value, "too_short"))
            return None
        if self.max_length is not None and length > self.max_length:
            message = "must be at most %d characters long (it has %d)" % (self.max_length, length)
            errors.append(ErrorDetail((key,), message, value, "too_long"))
            return None
        if self.matcher is not None and self.matcher.fullmatch(value) is None:
            errors.append(ErrorDetail((key,), "must match the pattern %s" % self.pattern, value, "pattern"))
            return None
        if self.format is not None:
            test, message = STRING_FORMATS[self.format]
            if not test(value):
                errors.append(ErrorDetail((key,), message, value, self.format))
                return None
        return value

    def constraints(self) -> Dict[str, Any]:
        facts: Dict[str, Any] = {}
        if self.min_length:
            facts["min_length"] = self.min_length
        if self.max_length is not None:
            facts["max_length"] = self.max_length
        if self.choices:
            facts["choices" if self.closed else "known_values"] = self.choices
        if self.pattern is not None:
            facts["pattern"] = self.pattern
        if self.format is not None:
            facts["format"] = self.format
        return facts


class Integer(Rule):
    """A whole number (not a bool, not a float) in the signed 64-bit range, or a narrower one."""

    python_type = "int"
    json_type = "integer"

    def __init__(self, *, required: bool = False, minimum: int = INT64_MIN, maximum: int = INT64_MAX) -> None:
        self.required = required
        self.minimum = minimum
        self.maximum = maximum

    def inline_test(self, name: str) -> Optional[str]:
        low = "INT64_MIN" if self.minimum == INT64_MIN else str(self.minimum)
        high = "INT64_MAX" if self.maximum == INT64_MAX else str(self.maximum)
        return "type(%s) is int and %s <= %s <= %s" % (name, low, name, high)

    def check(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        if value is None:
            return self._missing(key, errors)
        if not isinstance(value, int) or isinstance(value, bool):
            return _wrong_type("integer", value, key, errors)
        if value < self.minimum:
            if self.minimum == INT64_MIN:
                message = "must be at least -2**63 (a signed 64-bit integer)"
            else:
                message = "must be at least %d" % self.minimum
            errors.append(ErrorDetail((key,), message, value, "too_small"))
            return None
        if value > self.maximum:
            if self.maximum == INT64_MAX:
                message = "must be at most 2**63 - 1 (a signed 64-bit integer)"
            else:
                message = "must be at most %d" % self.maximum
            errors.append(ErrorDetail((key,), message, value, "too_large"))
            return None
        return value

    def constraints(self) -> Dict[str, Any]:
        facts: Dict[str, Any] = {}
        if self.minimum != INT64_MIN:
            facts["minimum"] = self.minimum
        if self.maximum != INT64_MAX:
            facts["maximum"] = self.maximum
        return facts


Problem = Tuple[str, str]  # (code, message) of an ErrorDetail


def json_number(value: Any) -> Tuple[Any, Optional[Problem]]:
    """The number the models store for ``value`` and ``None``, or ``None`` and why not.

    Integers and floats are stored as they are; bools are not numbers; NaN, the
    infinities and integers beyond the range of a double are not JSON numbers. A
    ``decimal.Decimal`` is stored as a float when that float writes the same number
    (see ``_decimal_number``). Constructor, assignment, ``from_dict`` and free-form JSON
    all come here, past their inline fast paths, so the rule is stated once.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if -FLOAT_MAX <= value <= FLOAT_MAX:
            return value, None
        if isinstance(value, float):
            return None, _NOT_FINITE
        return None, _TOO_LARGE_FOR_A_DOUBLE
    if is_decimal(value):
        return _decimal_number(value)
    return None, ("type", "expected number, got %s" % json_type(value))


_NOT_FINITE = ("not_finite", "must be a finite number (NaN and infinities are not JSON)")
_TOO_LARGE_FOR_A_DOUBLE = ("too_large", "is too large for a 64-bit floating-point number")


def is_decimal(value: Any) -> bool:
    """Whether ``value`` is a ``decimal.Decimal``.

    A Decimal can only exist once its module is imported; looking the module up, rather
    than importing it, keeps it out of the import time of programs that never use it.
    """
    decimal = sys.modules.get("decimal")
    return decimal is not None and isinstance(value, decimal.Decimal)


def _decimal_number(value: Any) -> Tuple[Optional[float], Optional[Problem]]:
    """The float that writes exactly the number ``value`` holds, or why there is none.

    JSON numbers here are doubles (the API's, and Python's ``float``). A Decimal is taken
    when the shortest text of the nearest double reads back as the same number: "9.99",
    "0.10" and "1E+2" are taken, "0.1000000000000000055511151231257827" is not, though it
    is the double nearest 0.1. Every step is exact and independent of the decimal
    context: ``float()`` rounds correctly, and constructing and comparing Decimals does
    not round.
    """
    from decimal import Decimal  # noqa: PLC0415  # loaded already: see is_decimal

    if not value.is_finite():
        return None, _NOT_FINITE
    number = float(value)
    if not -FLOAT_MAX <= number <= FLOAT_MAX:
        return None, _TOO_LARGE_FOR_A_DOUBLE
    if number == 0.0 and value:
        return None, ("not_exact", "is too small for a 64-bit floating-point number (it would be sent as 0)")
    if Decimal(repr(number)) != value:
        message = (
            "is not exactly a JSON number (a 64-bit float): it would be sent as %r; round it to "
            "the precision it needs first, such as a price to its currency with .quantize(Decimal('0.01'))"
        ) % number
        return None, ("not_exact", message)
    return number, None


class Number(Rule):
    """A finite number; an integer is kept as an integer, so nothing is rounded.

    A ``decimal.Decimal`` is stored as the float that writes the same number, and refused
    when there is none (see ``json_number``).

    Bounds, when given, are inclusive (``-0.0`` passes a minimum of 0).
    """

    python_type = "float"
    json_type = "number"

    def __init__(
        self,
        *,
        required: bool = False,
        minimum: Union[int, float] = -FLOAT_MAX,
        maximum: Union[int, float] = FLOAT_MAX,
    ) -> None:
        self.required = required
        self.minimum = minimum
        self.maximum = maximum

    def inline_test(self, name: str) -> Optional[str]:
        # The comparisons are false for NaN, the infinities and integers too large for a double.
        if self.minimum == -FLOAT_MAX and self.maximum == FLOAT_MAX:
            return (
                f"(type({name}) is int and FLOAT_LOWEST_INT <= {name} <= FLOAT_MAX_INT)"
                f" or (type({name}) is float and FLOAT_LOWEST <= {name} <= FLOAT_MAX)"
            )
        low = "FLOAT_LOWEST" if self.minimum == -FLOAT_MAX else repr(self.minimum)
        high = "FLOAT_MAX" if self.maximum == FLOAT_MAX else repr(self.maximum)
        return f"(type({name}) is float or type({name}) is int) and {low} <= {name} <= {high}"

    def check(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        if value is None:
            return self._missing(key, errors)
        number, problem = json_number(value)
        if problem is None:
            if number < self.minimum:
                problem = ("too_small", "must be at least %s" % self.minimum)
            elif number > self.maximum:
                problem = ("too_large", "must be at most %s" % self.maximum)
            else:
                return number
        code, message = problem
        errors.append(ErrorDetail((key,), message, value, code))
        return None

    def constraints(self) -> Dict[str, Any]:
        facts: Dict[str, Any] = {}
        if self.minimum != -FLOAT_MAX:
            facts["minimum"] = self.minimum
        if self.maximum != FLOAT_MAX:
            facts["maximum"] = self.maximum
        return facts


class Boolean(Rule):
    """A JSON ``true`` or ``false``; no other value stands in for one."""

    python_type = "bool"
    json_type = "boolean"

    def __init__(self, *, required: bool = False) -> None:
        self.required = required

    def inline_test(self, name: str) -> Optional[str]:
        return "type(%s) is bool" % name

    def check(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        if value is None:
            return self._missing(key, errors)
        if not isinstance(value, bool):
            return _wrong_type("boolean", value, key, errors)
        return value


class DateTime(Rule):
    """An aware ``datetime`` in Python, an RFC 3339 text with a zone on the wire.

    The model stores the canonical text (see ``_datetimes``).
    """

    python_type = "datetime"
    json_type = "string"

    def __init__(self, *, required: bool = False) -> None:
        self.required = required

    def read(self, value: Any, key: Any, errors: List[ErrorDetail], unknown: str = "") -> Any:
        canonical = _datetimes.canonical_cache.get(value) if type(value) is str else None
        if canonical is not None:  # seen before: the common case, one dict look-up
            return canonical
        if value is None:
            return self._missing(key, errors) if self.required else None  # hot path: no call when absent
        if not isinstance(value, str):
            return _wrong_type("date-time string", value, key, errors)
        try:
            return _datetimes.canonical_text(value)
        except _datetimes.DateTimeError as exc:
            errors.append(ErrorDetail((key,), str(exc), value, "date_time"))
            return None

    def check(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        if value is None:
            return self._missing(key, errors)
        if not isinstance(value, datetime):
            return _wrong_type("datetime", value, key, errors)
        try:
            return _datetimes.from_datetime(value)
        except _datetimes.DateTimeError as exc:
            errors.append(ErrorDetail((key,), str(exc), value, "date_time"))
            return None

    def constraints(self) -> Dict[str, Any]:
        return {"format": "date-time"}


class ListOf(Rule):
    """A list whose elements follow ``item``; ``None`` elements are errors, not gaps."""

    json_type = "array"

    def __init__(self, item: Rule, *, required: bool = False, max_items: Optional[int] = None) -> None:
        self.item = item
        self.required = required
        self.max_items = max_items
        self.python_type = "list[%s]" % item.python_type
        # For write, the hot path of to_dict: its tests, looked up once.
        self._model = item.model if isinstance(item, Nested) else None
        self._all_valid = item.all_valid
        self._limit = INT64_MAX if max_items is None else max_items

    def _shape(self, value: Any, key: Any, errors: List[ErrorDetail]) -> bool:
        if not isinstance(value, list):
            _wrong_type("array", value, key, errors)
            return False
        if self.max_items is not None and len(value) > self.max_items:
            # Checked before any element is looked at, so a huge list costs nothing.
            most = self.max_items
            message = "must have at most %d item%s (it has %d)" % (most, "" if most == 1 else "s", len(value))
            errors.append(ErrorDetail((key,), message, Summary("<array of %d items>" % len(value)), "too_many_items"))
            return False
        return True

    def _elements(self, value: Any, key: Any, errors: List[ErrorDetail], unknown: str, wire: bool) -> Any:
        start = len(errors)
        item = self.item
        out = []
        try:
            for index, element in enumerate(value):
                if element is None:
                    # Python code is told the class it should have given, JSON the JSON type.
                    expected = item.python_type if isinstance(item, Nested) and not wire else item.json_type
                    message = "expected %s, got null" % expected
                    errors.append(ErrorDetail((index,), message, None, "type"))
                elif wire:
                    out.append(item.read(element, index, errors, unknown))
                else:
                    out.append(item.check(element, index, errors))
        except ChecksStopped:  # the error list is full: locate what it holds, and stop
            prefix(errors, start, (key,))
            raise
        if len(errors) > start:
            prefix(errors, start, (key,))
            return None
        return out

    def read(self, value: Any, key: Any, errors: List[ErrorDetail], unknown: str = "") -> Any:
        # The written-out readers test a good list inline and come here for the rest.
        if value is None:
            return self._missing(key, errors)
        if not self._shape(value, key, errors):
            return None
        items = self._elements(value, key, errors, unknown, True)
        return None if items is None else self.finish(items, key, errors)

    def check(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        if value is None:
            return self._missing(key, errors)
        if not self._shape(value, key, errors):
            return None
        items = self._elements(value, key, errors, "", False)
        return None if items is None else self.finish(items, key, errors)

    def write(self, stored: Any) -> Any:
        # Hot path of to_dict: the list may have been changed in place, so it is tested
        # as it is copied; what fails a test gets a closer look in write_slowly.
        model = self._model
        if model is None:
            out = list(stored)  # the copy is what is tested and written
            if len(out) <= self._limit and self._all_valid(out):
                return out
        elif len(stored) <= self._limit:
            out = [element._write() for element in stored if type(element) is model]
            if len(out) == len(stored):
                return out
        return self.write_slowly(stored)

    def write_slowly(self, stored: Any) -> Any:
        """Check ``stored`` with the rule, and write it when it passes (a ``str`` or model
        subclass fails the inline tests only). Raises ``ProblemFound`` when it does not."""
        self.check(stored, "", FIRST_PROBLEM)
        item = self.item
        return [item.write(element) for element in stored]

    def constraints(self) -> Dict[str, Any]:
        return {} if self.max_items is None else {"max_items": self.max_items}


class Nested(Rule):
    """One model inside another: a dict on the wire, a model instance in Python."""

    def __init__(self, model: Type[Model], *, required: bool = False) -> None:
        self.model = model
        self.read_model = model._read  # bound once: from_dict calls it for every item
        self.required = required
        self.python_type = model.__name__

    def read(self, value: Any, key: Any, errors: List[ErrorDetail], unknown: str = "") -> Any:
        if value is None:
            return self._missing(key, errors) if self.required else None  # hot path: no call when absent
        start = len(errors) if errors else 0
        try:
            result = self.read_model(value, unknown, errors)
        except ChecksStopped:
            prefix(errors, start, (key,))
            raise
        if errors and len(errors) > start:
            prefix(errors, start, (key,))
        return result

    def check(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        if value is None:
            return self._missing(key, errors)
        if not isinstance(value, self.model):
            return _wrong_type(self.model.__name__, value, key, errors)
        start = len(errors)
        try:
            value._collect_errors(errors)
        except ChecksStopped:
            prefix(errors, start, (key,))
            raise
        if len(errors) > start:
            prefix(errors, start, (key,))
            return None
        return value

    def write(self, stored: Any) -> Any:
        return stored._write()


class MapOf(Rule):
    """A dict from string keys to models, such as ``{"shipping": AdditionalCost(...)}``."""

    json_type = "object"

    def __init__(self, model: Type[Model], *, required: bool = False) -> None:
        self.value = Nested(model)
        self.model = model
        self.required = required
        self.read_model = self.value.read_model
        self.python_type = "dict[str, %s]" % model.__name__

    def _entries(self, value: Any, key: Any, errors: List[ErrorDetail], unknown: str, wire: bool) -> Any:
        if value is None:
            return self._missing(key, errors)
        if not isinstance(value, dict):
            return _wrong_type("object", value, key, errors)
        start = len(errors)
        out = {}
        nested = self.value
        try:
            for name, entry in value.items():
                if not isinstance(name, str):
                    errors.append(ErrorDetail((name,), "keys must be strings", name, "key_type"))
                elif entry is None:
                    errors.append(ErrorDetail((name,), "expected object, got null", None, "type"))
                else:
                    out[name] = nested.read(entry, name, errors, unknown) if wire else nested.check(entry, name, errors)
        except ChecksStopped:
            prefix(errors, start, (key,))
            raise
        if len(errors) > start:
            prefix(errors, start, (key,))
            return None
        return out

    def read(self, value: Any, key: Any, errors: List[ErrorDetail], unknown: str = "") -> Any:
        if type(value) is dict:
            # Hot path: read every entry, and at the first problem stop and read them
            # again one by one, to put each error at its key.
            read_model = self.read_model
            out = {}
            try:
                for name, entry in value.items():
                    if type(name) is not str:
                        break
                    out[name] = read_model(entry, unknown, FIRST_PROBLEM)
                else:
                    return out
            except ProblemFound:
                pass
        return self._entries(value, key, errors, unknown, True)

    def check(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        return self._entries(value, key, errors, "", False)

    def write(self, stored: Any) -> Any:
        model = self.model
        out = {name: entry._write() for name, entry in stored.items() if type(entry) is model and type(name) is str}
        if len(out) == len(stored):
            return out
        self.check(stored, "", FIRST_PROBLEM)  # raises ProblemFound, unless a subclass was all
        return {name: entry._write() for name, entry in stored.items()}


def copy_json(value: Any, key: Any, errors: List[ErrorDetail], depth: int = 1, parent: Any = None) -> Any:
    """Check that ``value`` is JSON data and return a copy that shares no container.

    Strings, bools, ``None``, finite numbers, lists and string-keyed dicts are JSON
    data; containers may nest ``MAX_JSON_DEPTH`` levels, ``value`` itself being level 1.
    ``parent`` is where ``value``'s container is, as a chain for ``chain_loc``: an error
    gets its whole location once, not one more key per level on the way out, which
    cost time in the square of the depth for every error of a deep, wide value.
    """
    kind = type(value)
    if kind is dict and depth <= MAX_JSON_DEPTH:
        # Hot path: the usual container first, and its plain values copied without a call,
        # which was most of the time of copying a small object such as an effect's props.
        out = {}
        for name, item in value.items():
            kind = type(item)
            if type(name) is str and (
                kind is str
                or kind is bool
                or item is None
                or (kind is int and FLOAT_LOWEST_INT <= item <= FLOAT_MAX_INT)
                or (kind is float and FLOAT_LOWEST <= item <= FLOAT_MAX)
            ):
                out[name] = item
            elif type(name) is not str and not isinstance(name, str):
                message = "object keys must be strings"
                errors.append(ErrorDetail(chain_loc((parent, key), name), message, name, "key_type"))
            else:
                out[name] = copy_json(item, name, errors, depth + 1, (parent, key))
        return out
    if kind is list and depth <= MAX_JSON_DEPTH:
        items = []
        for item in value:
            kind = type(item)
            if (
                kind is str
                or kind is bool
                or item is None
                or (kind is int and FLOAT_LOWEST_INT <= item <= FLOAT_MAX_INT)
                or (kind is float and FLOAT_LOWEST <= item <= FLOAT_MAX)
            ):
                items.append(item)
            else:
                items.append(copy_json(item, len(items), errors, depth + 1, (parent, key)))
        return items
    if kind is str or kind is bool or value is None:
        return value
    if (kind is int and FLOAT_LOWEST_INT <= value <= FLOAT_MAX_INT) or (
        kind is float and FLOAT_LOWEST <= value <= FLOAT_MAX
    ):
        return value
    if kind is dict or kind is list or isinstance(value, (dict, list)):
        if depth > MAX_JSON_DEPTH:
            message = "nests deeper than %d levels" % MAX_JSON_DEPTH
            errors.append(ErrorDetail(chain_loc(parent, key), message, value, "too_deep"))
            return None
        # A dict or list of another type: copied as the plain one, by the loops above.
        plain = dict(value) if isinstance(value, dict) else list(value)
        return copy_json(plain, key, errors, depth, parent)
    if isinstance(value, (int, float)) or is_decimal(value):
        number, problem = json_number(value)
        if problem is None:
            return number
        errors.append(ErrorDetail(chain_loc(parent, key), problem[1], value, problem[0]))
        return None
    if isinstance(value, str):
        return value
    errors.append(ErrorDetail(chain_loc(parent, key), "expected JSON data, got %s" % json_type(value), value, "type"))
    return None


class JSONObject(Rule):
    """A free-form JSON object, such as ``attributes``."""

    python_type = "dict[str, Any]"
    json_type = "object"

    def __init__(self, *, required: bool = False) -> None:
        self.required = required

    def read(self, value: Any, key: Any, errors: List[ErrorDetail], unknown: str = "") -> Any:
        if type(value) is dict:
            return copy_json(value, key, errors)
        return self.check(value, key, errors)

    def check(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        if value is None:
            return self._missing(key, errors)
        if not isinstance(value, dict):
            return _wrong_type("object", value, key, errors)
        start = len(errors)
        out = copy_json(value, key, errors)
        return None if len(errors) > start else out

    def write(self, stored: Any) -> Any:
        # Changed in place into something that is not JSON data: ProblemFound, and
        # to_dict() reports it.
        return copy_json(stored, "", FIRST_PROBLEM)

    def constraints(self) -> Dict[str, Any]:
        return {"max_depth": MAX_JSON_DEPTH}


class JSONValue(Rule):
    """Any JSON value, kept exactly as given (nulls inside it included), such as
    ``UpdateAttributeEffectProps.value``. A ``null`` of the field itself is unset."""

    python_type = "Any"
    json_type = "any"

    def __init__(self, *, required: bool = False) -> None:
        self.required = required

    def read(self, value: Any, key: Any, errors: List[ErrorDetail], unknown: str = "") -> Any:
        return self.check(value, key, errors)

    def check(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        if value is None:
            return self._missing(key, errors)
        start = len(errors)
        out = copy_json(value, key, errors)
        return None if len(errors) > start else out

    def write(self, stored: Any) -> Any:
        return copy_json(stored, "", FIRST_PROBLEM)

    def constraints(self) -> Dict[str, Any]:
        return {"max_depth": MAX_JSON_DEPTH}


class JSONArray(Rule):
    """A JSON array of any JSON values, nulls included, kept exactly (``Event.effects``)."""

    python_type = "list[Any]"
    json_type = "array"

    def __init__(self, *, required: bool = False) -> None:
        self.required = required

    def read(self, value: Any, key: Any, errors: List[ErrorDetail], unknown: str = "") -> Any:
        return self.check(value, key, errors)

    def check(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        if value is None:
            return self._missing(key, errors)
        if not isinstance(value, list):
            return _wrong_type("array", value, key, errors)
        start = len(errors)
        out = copy_json(value, key, errors)
        return None if len(errors) > start else out

    def write(self, stored: Any) -> Any:
        return copy_json(stored, "", FIRST_PROBLEM)

    def constraints(self) -> Dict[str, Any]:
        return {"max_depth": MAX_JSON_DEPTH}


METADATA_KEY = "talon_models"
"""The one key of a ``dataclasses.Field``'s ``metadata`` that holds its :class:`FieldSpec`.

One key of our own, so that libraries reading dataclass metadata (pydantic reads
``default``, ``description`` and the other ``Field`` arguments there) find nothing of ours.
"""


class FieldSpec:
    """What a model field declares: wire key, rule, description, example, read default.

    ``default`` is what the attribute reads when the field is unset (``"open"`` for a
    session's ``state``); the constructor's default is always ``None``, unset.
    """

    __slots__ = ("default", "description", "example", "ruby_name", "rule", "server_calculated", "wire")

    def __init__(
        self,
        wire: str,
        rule: Rule,
        description: str,
        *,
        example: Any,
        default: Any,
        server_calculated: bool,
        ruby_name: Optional[str],
    ) -> None:
        self.wire = wire
        self.rule = rule
        self.description = description
        self.example = example
        self.default = default
        self.server_calculated = server_calculated
        self.ruby_name = ruby_name  # Ruby's attribute, where it is not the Python name

    def __repr__(self) -> str:
        return "FieldSpec(%r, %s)" % (self.wire, type(self.rule).__name__)


def spec_of(item: Any) -> FieldSpec:
    """The :class:`FieldSpec` of a ``dataclasses.Field`` of a model."""
    spec: FieldSpec = item.metadata[METADATA_KEY]
    return spec


def field(
    wire: str,
    rule: Rule,
    description: str,
    *,
    example: Any = None,
    default: Any = None,
    server_calculated: bool = False,
    ruby_name: Optional[str] = None,
) -> Any:
    """Declare a model field: its wire key, rule, description and example, kept once.

    ``dataclasses.fields(Model)`` gives them back as ``metadata["talon_models"]``; the
    docs site and the JSON Schema are generated from there. ``default`` is what the
    attribute reads while the field is unset (the constructor's default is ``None``).
    ``ruby_name`` is the Ruby SDK's attribute where it is not the Python name (``_return``
    for ``return_``); the constructor takes it too.
    """
    return FieldSpec(
        wire,
        rule,
        description,
        example=example,
        default=default,
        server_calculated=server_calculated,
        ruby_name=ruby_name,
    )
