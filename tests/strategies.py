"""Hypothesis strategies for the hostile-input tests: valid wire payloads of every model
(with their edge values), drawn from the oracle's statement of it, and arbitrary, mostly
invalid, JSON-like data.

Wire payloads are plain dicts with camelCase keys, as ``from_dict`` takes them.
"""

from __future__ import annotations

import math
import re
import string
from decimal import Decimal
from typing import Any, Callable, Dict, List, Tuple

from hypothesis import strategies as st
from oracle import EFFECT_TYPES, SNAKE
from oracle import MODELS as ORACLE

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
FLOAT_MAX = 1.7976931348623157e308

# Characters from every plane, and the ones that trip up encoders and terminals.
_ODD_CHARACTERS = [
    "\x00",
    "\x1f",
    '"',
    "\\",
    "\x7f",
    "\u00e9",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\uffff",
    "\U0001f600",
    "\U00020000",
    "\U0002a6d6",
    "\U00030000",
    "\U000e0001",
    "\U000f0000",
    "\U0010ffff",
]
characters = st.one_of(
    st.characters(exclude_categories=("Cs",)),  # every plane, no surrogates
    st.sampled_from(_ODD_CHARACTERS),
)
text = st.text(characters, max_size=20)
non_empty_text = st.text(characters, min_size=1, max_size=20)

int64 = st.one_of(
    st.integers(INT64_MIN, INT64_MAX),
    st.sampled_from([INT64_MIN, INT64_MIN + 1, -1, 0, 1, INT64_MAX - 1, INT64_MAX]),
)
numbers = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, FLOAT_MAX, -FLOAT_MAX, 1e308, 0.1]),
    st.integers(-(2**70), 2**70),
    st.sampled_from([10**308, -(10**308), 2**1023]),  # integers a double can still hold
)


@st.composite
def short_decimals(draw: Callable[..., Any]) -> Decimal:
    """Decimals of 1 to 15 significant digits in the range of normal doubles (or zero), with
    trailing zeros and exponents of every form: a double tells all of these apart."""
    digits = draw(st.integers(1, 15))
    coefficient = draw(st.integers(0, 10**digits - 1))
    zeros = draw(st.integers(0, 3))  # "0.10" as well as "0.1"
    # The adjusted exponent (of the leading digit) stays within -307..307, where every
    # double is normal and 15 digits always survive the trip through one.
    leading = len(str(coefficient)) - 1
    adjusted = draw(st.integers(-307, 307))
    sign = draw(st.integers(0, 1))
    return Decimal((sign, tuple(int(c) for c in str(coefficient)) + (0,) * zeros, adjusted - leading - zeros))


# Any finite Decimal of up to 40 digits from far below the smallest double to far above the
# largest, the edges of the double range, and the non-finite ones.
any_decimals = st.one_of(
    st.builds(
        lambda sign, coefficient, exponent: Decimal((sign, tuple(int(c) for c in str(coefficient)), exponent)),
        st.integers(0, 1),
        st.integers(0, 10**40),
        st.integers(-420, 400),
    ),
    short_decimals(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        [Decimal(text) for text in ("NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "-0", "0E-500", "1E-400")]
        + [Decimal(text) for text in ("5E-324", "4.9E-324", "2.4703282292062328E-324", "1E-320")]
        + [Decimal(text) for text in ("1.7976931348623157E+308", "1.7976931348623158E+308", "1E+309")]
        + [Decimal(text) for text in ("0.1000000000000000055511151231257827", "0.30000000000000004")]
    ),
)


@st.composite
def datetime_texts(draw: Callable[..., Any]) -> str:
    """RFC 3339 date-times with odd offsets, fractions of any length and the lenient forms."""
    day = draw(st.dates())
    hour = draw(st.integers(0, 23))
    minute = draw(st.integers(0, 59))
    separator = draw(st.sampled_from("Tt "))
    text = "%04d-%02d-%02d%s%02d:%02d" % (day.year, day.month, day.day, separator, hour, minute)
    if draw(st.booleans()):
        text += ":%02d" % draw(st.integers(0, 59))
        if draw(st.booleans()):
            text += "." + draw(st.text(string.digits, min_size=1, max_size=12))
    zone = draw(st.one_of(st.sampled_from(["Z", "z", "+00:00", "-00:00", "+23:59", "-23:59", "+05:45"]), offsets))
    return text + zone


offsets = st.builds(
    lambda sign, hours, minutes: "%s%02d:%02d" % (sign, hours, minutes),
    st.sampled_from("+-"),
    st.integers(0, 23),
    st.integers(0, 59),
)

json_scalars = st.one_of(st.none(), st.booleans(), text, int64, numbers)


def json_values(max_leaves: int = 8) -> st.SearchStrategy[Any]:
    """Valid JSON data: what ``attributes`` and unknown keys may hold."""
    return st.recursive(
        json_scalars,
        lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(text, inner, max_size=4)),
        max_leaves=max_leaves,
    )


def _unknown_keys(known: List[str]) -> st.SearchStrategy[Dict[str, Any]]:
    # A field's Python name (profile_id) is refused at any depth, so it is no unknown key.
    keys = text.filter(lambda key: key not in known and key not in PYTHON_NAMES)
    return st.dictionaries(keys, json_values(4), max_size=2)


def _with_unknown(known: List[str], payload: st.SearchStrategy[Dict[str, Any]]) -> st.SearchStrategy[Dict[str, Any]]:
    return st.builds(lambda data, extra: {**data, **extra}, payload, st.one_of(st.just({}), _unknown_keys(known)))


# -- valid payloads, from the oracle -----------------------------------------------------
#
# Each model's payloads are drawn field by field from its statement in tests/oracle.py
# (itself read from the Ruby facts for the response models), so a model needs no strategy
# of its own: required fields always, optional ones sometimes, each value anywhere within
# its type and limits, edges included, and sometimes unknown keys.

MODEL_NAMES = tuple(ORACLE)
KEYS: Dict[str, List[str]] = {name: list(fields) for name, fields in ORACLE.items()}
"""Each model's JSON keys, in field order."""
ALL_KEYS = sorted({key for keys in KEYS.values() for key in keys})
# The Python names of the fields whose JSON key differs.
PYTHON_NAMES = {name for names in SNAKE.values() for name, wire in names.items() if name != wire}

# UUIDs as the API specifies them (8-4-4-4-12 hexadecimal), in either letter case.
uuid_texts = st.one_of(
    st.builds(lambda value, upper: str(value).upper() if upper else str(value), st.uuids(), st.booleans()),
    st.sampled_from(["00000000-0000-0000-0000-000000000000", "FFFFFFFF-ffff-FFFF-ffff-FFFFFFFFFFFF"]),
)
attributes = st.dictionaries(text, json_values(), max_size=5)

# How many items a list or map holds at each depth of nesting: a whole response stays small.
_SIZES = (3, 2, 1)
_QUANTITIES = st.integers(1, 10)  # cart item quantities: a cart of 4 items stays far below the sum limit


def _size(depth: int) -> int:
    return _SIZES[depth] if depth < len(_SIZES) else 0


def _pattern_alphabet(pattern: str) -> str:
    """The characters of a ``[...]*`` pattern, as one string."""
    assert pattern.startswith("[") and pattern.endswith("]*"), pattern
    return "".join(c for c in map(chr, range(32, 127)) if re.fullmatch(pattern, c))


def _strings(options: Dict[str, Any]) -> st.SearchStrategy[str]:
    """Strings within ``options``: an enum's values, a UUID, or text within the lengths and pattern."""
    if "enum" in options:
        return st.sampled_from(options["enum"])
    if "known" in options:  # an open enum: the values Ruby lists, and any other string
        return st.one_of(st.sampled_from(options["known"]), text)
    if options.get("uuid"):
        return uuid_texts
    alphabet: Any = characters
    if "pattern" in options:
        alphabet = _pattern_alphabet(options["pattern"])
    low, high = options.get("min", 0), options.get("max")
    short = st.text(alphabet, min_size=low, max_size=max(low, min(high or 20, 20)))
    if high is None or high <= 20:
        return short
    # The longest allowed, built from shorter text: drawing 1000 characters one by one is
    # slow on old hypothesis.
    longest = st.text(alphabet, min_size=1, max_size=20).map(lambda part: (part * high)[:high])
    return st.one_of(short, longest)


def _integers(options: Dict[str, Any]) -> st.SearchStrategy[int]:
    low, high = options.get("minimum", INT64_MIN), options.get("maximum", INT64_MAX)
    edges = sorted({value for value in (low, low + 1, -1, 0, 1, high - 1, high) if low <= value <= high})
    return st.one_of(st.integers(low, high), st.sampled_from(edges))


def _numbers(options: Dict[str, Any]) -> st.SearchStrategy[Any]:
    if "minimum" not in options and "maximum" not in options:
        return numbers
    low, high = options.get("minimum", -FLOAT_MAX), options.get("maximum", FLOAT_MAX)
    edges = [value for value in (low, high, 0.0, -0.0, 0, 1, 0.1) if low <= value <= high]
    return st.one_of(
        st.floats(low, high, allow_nan=False, allow_infinity=False),
        st.integers(math.ceil(low), min(math.floor(high), 2**70)),
        st.sampled_from(edges),
    )


def values(kind: str, options: Dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Valid wire values of one oracle field spec, ``depth`` levels of models down."""
    if kind == "str":
        return _strings(options)
    if kind == "int":
        return _integers(options)
    if kind == "num":
        return _numbers(options)
    if kind == "bool":
        return st.booleans()
    if kind == "datetime":
        return datetime_texts()
    if kind == "json":
        return attributes
    if kind == "jsonarray":  # any JSON values, nulls included
        return st.lists(json_values(4), max_size=3)
    if kind == "any":  # a null of the field itself is no value: it is unset
        return json_values().filter(lambda value: value is not None)
    if kind.startswith("model:"):
        return payloads(kind[6:], depth + 1)
    if kind.startswith("map:"):
        return st.dictionaries(text, payloads(kind[4:], depth + 1), max_size=_size(depth))
    if kind.startswith("list:"):
        item = values(kind[5:], options.get("item", {}), depth)
        return st.lists(item, max_size=min(_size(depth), options.get("max_items", math.inf)))
    raise AssertionError(kind)


# Where a field needs more than its spec: the quantities of a cart, which must stay under
# the sum limit of its session.
OVERRIDES: Dict[Tuple[str, str], st.SearchStrategy[Any]] = {("CartItem", "quantity"): _QUANTITIES}

_PAYLOADS: Dict[Tuple[str, int], st.SearchStrategy[Dict[str, Any]]] = {}


def field_values(model: str, depth: int = 0) -> Dict[str, st.SearchStrategy[Any]]:
    """JSON key -> the strategy of its valid values, for every field of ``model``."""
    return {
        wire: OVERRIDES[model, wire] if (model, wire) in OVERRIDES else values(kind, options, depth)
        for wire, (kind, options) in ORACLE[model].items()
    }


def payloads(model: str, depth: int = 0) -> st.SearchStrategy[Dict[str, Any]]:
    """Valid wire payloads of ``model``, with unknown keys sometimes."""
    if (model, depth) not in _PAYLOADS:
        strategies = field_values(model, depth)
        required = {wire: strategies[wire] for wire, (_, options) in ORACLE[model].items() if options.get("required")}
        optional = {wire: strategy for wire, strategy in strategies.items() if wire not in required}
        drawn = _with_unknown(KEYS[model], st.fixed_dictionaries(required, optional=optional))
        if model == "Effect":
            drawn = st.one_of(drawn, st.builds(lambda data, typed: {**data, **typed}, drawn, _typed_props(depth)))
        _PAYLOADS[model, depth] = drawn
    return _PAYLOADS[model, depth]


def _typed_props(depth: int) -> st.SearchStrategy[Dict[str, Any]]:
    """An effect type with props of its props model (props are any JSON object all the same)."""
    return st.sampled_from(sorted(EFFECT_TYPES)).flatmap(
        lambda effect_type: payloads(EFFECT_TYPES[effect_type], depth + 1).map(
            lambda props: {"effectType": effect_type, "props": props}
        )
    )


def cart_items(quantity: st.SearchStrategy[int] = _QUANTITIES) -> st.SearchStrategy[Dict[str, Any]]:
    """Valid cart items, ``quantity`` drawn from ``quantity``."""
    return st.builds(lambda item, drawn: {**item, "quantity": drawn}, payloads("CartItem"), quantity)


FIELDS: Dict[str, Dict[str, st.SearchStrategy[Any]]] = {name: field_values(name) for name in MODEL_NAMES}
"""Per model, each JSON key's strategy of valid values (what the coverage test looks for)."""
PAYLOADS: Dict[str, st.SearchStrategy[Dict[str, Any]]] = {name: payloads(name) for name in MODEL_NAMES}

# -- hostile data ---------------------------------------------------------------------

_odd_strings = st.one_of(
    st.text(max_size=30),  # every plane, lone surrogates included
    st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), max_size=4),
    st.sampled_from(["", "NaN", "Infinity", "1e400", "2021-02-29T00:00:00Z", "2021-01-01T24:00:00Z", "\x00" * 3]),
    st.integers(0, 3).map(lambda size: "x" * (10**size * 3)),  # up to 3000 characters
)
_odd_numbers = st.one_of(
    st.integers(),
    st.integers(-(2**200), 2**200),
    st.sampled_from([2**63, -(2**63) - 1, 10**309, -(10**400), 2**64]),
    st.floats(),  # NaN and infinities included
)
_odd_keys = st.one_of(_odd_strings, st.sampled_from(ALL_KEYS + sorted(PYTHON_NAMES)))
# What Python code may hand from_dict that JSON cannot hold.
_python_only = st.one_of(
    st.binary(max_size=4),
    st.tuples(st.integers()),
    st.frozensets(st.integers(), max_size=2),
    st.complex_numbers(max_magnitude=10),
    any_decimals,  # numbers, when a double carries them exactly
    st.just(object()),
)
hostile_scalars = st.one_of(st.none(), st.booleans(), _odd_strings, _odd_numbers)


def hostile_values(python_only: bool = True, max_leaves: int = 20) -> st.SearchStrategy[Any]:
    """Arbitrary JSON-like data, with (when ``python_only``) values and keys JSON has not."""
    leaves = st.one_of(hostile_scalars, _python_only) if python_only else hostile_scalars
    keys = st.one_of(_odd_keys, st.integers(), st.none(), st.tuples(st.integers())) if python_only else _odd_keys
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, max_size=5),
            st.dictionaries(keys, inner, max_size=5),
            st.dictionaries(_odd_keys, inner, max_size=5),
        ),
        max_leaves=max_leaves,
    )


def _deep(depth: int, leaf: Any, as_dict: bool) -> Any:
    for _ in range(depth):
        leaf = {"a": leaf} if as_dict else [leaf]
    return leaf


deep_values = st.builds(_deep, st.integers(90, 3000), hostile_scalars, st.booleans())
near_the_depth_limit = st.builds(_deep, st.integers(97, 102), hostile_scalars, st.booleans())


def shaped(model: str, depth: int = 2) -> st.SearchStrategy[Dict[Any, Any]]:
    """Dicts with the model's own keys (and a few others) holding hostile values: they
    reach each field's rule, where random dicts would only meet the unknown-key path."""
    hostile = st.one_of(hostile_scalars, hostile_values(max_leaves=4), near_the_depth_limit)
    optional: Dict[str, st.SearchStrategy[Any]] = {}
    for key, (kind, _) in ORACLE[model].items():
        strategy = hostile
        if depth > 0 and kind.startswith("model:"):
            strategy = st.one_of(shaped(kind[6:], depth - 1), hostile)
        elif depth > 0 and kind.startswith("map:"):
            strategy = st.one_of(st.dictionaries(_odd_keys, shaped(kind[4:], depth - 1), max_size=3), hostile)
        elif depth > 0 and kind.startswith("list:model:"):
            strategy = st.one_of(st.lists(shaped(kind[11:], depth - 1), max_size=4), hostile)
        optional[key] = strategy
    return st.builds(
        lambda data, extra: {**data, **extra},
        st.fixed_dictionaries({}, optional=optional),
        st.dictionaries(st.one_of(_odd_keys, st.integers()), hostile, max_size=2),
    )


def _mutate(text: str, position: int, junk: str, cut: bool) -> str:
    position = position % (len(text) + 1)
    return text[:position] + junk + (text[position + 1 :] if cut else text[position:])


json_junk = st.sampled_from(
    [
        "",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        '"',
        "\\",
        "\\u",
        "\\ud800",
        "NaN",
        "-Infinity",
        "1e400",
        "0" * 30,
        "\x00",
        "\ufeff",
    ]
)


def json_texts(model: str) -> st.SearchStrategy[str]:
    """JSON text of valid and hostile payloads, sometimes with one spot broken."""
    source = st.one_of(PAYLOADS[model], shaped(model, 1).map(_only_json), hostile_values(python_only=False))
    dumped = source.map(_dump)
    deep = st.builds(
        lambda depth, opener: opener * depth, st.integers(0, 5000), st.sampled_from(["[", '{"a":', '[{"a":'])
    )
    return st.one_of(dumped, deep, st.builds(_mutate, dumped, st.integers(0, 10**6), json_junk, st.booleans()))


def _only_json(value: Any) -> Any:
    """``value`` with what ``json.dumps`` refuses taken out (a deep value becomes null)."""
    try:
        return _json_part(value)
    except RecursionError:
        return None


def _json_part(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _json_part(item) for key, item in value.items() if isinstance(key, str)}
    if isinstance(value, list):
        return [_json_part(item) for item in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return repr(value)


def _dump(value: Any) -> str:
    import json

    try:
        return json.dumps(value, ensure_ascii=False)
    except (ValueError, RecursionError):
        return "[]"
