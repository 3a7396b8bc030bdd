"""The plain parse PyPy reads JSON text with gives what the strict parse gives.

On PyPy, ``_json.load`` first reads a text with plain ``json.loads`` and checks it
(``_json._load_plain``); only a text it is unsure of goes to the parse with hooks that
every other Python uses. Both ways run here on any interpreter, forced one way then the
other, and must agree on every text: the same data, or the same errors, paths and
messages. On CPython this checks the checks (json.loads is C there); on PyPy it checks
them against PyPy's own fast reader too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator, List

import pytest
import strategies
from hypothesis import given
from hypothesis import strategies as st
from oracle import strict_equal

import talon_models
from talon_models import ValidationError, _json
from talon_models._base import Model

DATA = Path(__file__).resolve().parent / "data"
MODELS = [talon_models.Product, talon_models.CartItem, talon_models.NewCustomerSessionV2]

# Texts that break a rule of the strict parse, or come near one, each written a few ways.
HOSTILE: List[Any] = [
    # duplicate keys, at the top, deep, far apart, spelled differently, with other values
    '{"name": "a", "name": "b"}',
    '{"name": "a", "more": 1, "name": "a"}',
    '{"name": "x", "extra": {"a": [{"b": 1, "b": 2}]}}',
    '{"name": "x", "extra": {"a": [{"b": 1}, {"c": 1, "d": {"e": [], "e": {}}}]}}',
    '{"name": "x", "a": {"k": 1}, "a": 2}',
    '{"name": "x", "a": 1, "a": {"k": [1, 2, {"z": 3}]}}',
    '{"name": "x", "\\u0061": 1, "a": 2}',
    '{"name": "x", "a\\"b": 1, "a\\u0022b": 2}',
    '{"name": "x", "a": -Infinity, "a": 4.9e-324}',
    '{"name": "x", "\\\\": 1, "\\u005c": 2}',
    '{"name": "x", "é": 1, "\\u00e9": 2}',
    '{"name": "x", "": 1, "": 2}',
    '{"cartItems": [{"sku": "A", "quantity": 1, "sku": "B"}]}',
    '{"cartItems": [{"sku": "A", "quantity": 1}, {"sku": "B", "quantity": 2, "quantity": 2}]}',
    # NaN and the infinities, as literals and as numbers too large for a double
    '{"name": "x", "k": NaN}',
    '{"name": "x", "k": [1, Infinity, -Infinity]}',
    '{"sku": "a", "quantity": 1, "price": NaN, "attributes": {"n": [NaN, NaN]}}',
    '{"name": "x", "k": 1e400}',
    '{"name": "x", "k": -1.5E+309}',
    '{"price": 1e400}',
    "[NaN]",
    "-Infinity",
    # numbers a double carries exactly, or not, or only as zero
    '{"sku": "a", "quantity": 1, "price": 0.1000000000000000055511151231257827}',
    '{"sku": "a", "quantity": 1, "price": 19.99666666666666666666666667}',
    '{"sku": "a", "quantity": 1, "price": 0.30000000000000004}',
    '{"sku": "a", "quantity": 1, "price": 1.7976931348623157e308}',
    '{"sku": "a", "quantity": 1, "price": 12345678901234567890.5}',
    '{"sku": "a", "quantity": 1, "price": 1234567890123456.7}',
    '{"sku": "a", "quantity": 1, "price": 123456789012345.67}',
    '{"sku": "a", "quantity": 1, "price": 1234567890123456789e-3}',
    '{"sku": "a", "quantity": 1, "weight": 1e-400}',
    '{"sku": "a", "quantity": 1, "weight": -1E-0400}',
    '{"sku": "a", "quantity": 1, "weight": 4.9e-324}',
    '{"sku": "a", "quantity": 1, "weight": 5e-324}',
    '{"sku": "a", "quantity": 1, "weight": 2.2250738585072014e-308}',
    '{"sku": "a", "quantity": 1, "weight": 2.225073858507201e-308}',
    '{"sku": "a", "quantity": 1, "weight": 1e-307}',
    '{"sku": "a", "quantity": 1, "weight": 0e-999, "height": -0.0, "width": 0.000000000000000000000, "length": 0E5}',
    '{"sku": "a", "quantity": 1, "weight": 0.0000000000000000000000000001}',
    '{"sku": "a", "quantity": 1, "attributes": {"n": [1.0e1, 1E+2, 1e-5, 1.5e-05, -0, 12345678901234567890123]}}',
    '{"sku": "a", "quantity": 1%s}' % ("0" * 3999),
    '{"sku": "a", "quantity": 1%s}' % ("0" * 5000),
    "0.1000000000000000055511151231257827",
    "1e-400",
    # number-like text inside strings, which is not a number
    '{"name": "1e-400 and 0.1000000000000000055511151231257827", "k": 0.0}',
    '{"name": "NaN", "Infinity": "-Infinity", "k": "1e400"}',
    # escapes, which make a string longer in the text than in the data
    '{"name": "a\\"b", "k": ["\\\\", "\\\\\\"", "\\"\\\\", "x\\\\\\\\"]}',
    '{"name": "\\u00e9\\ud83d\\ude00\\ud800\\udfff\\/\\b\\f\\n\\r\\t", "k": "\\u0000"}',
    '{"name": "Stra\u00dfe \ud83d\ude00", "k": "\u2028"}',
    '{"name": "a\udcff"}',
    b'{"name": "\\ud800x", "n": "\xc3\xa9"}',
    # bytes that are not UTF-8, a byte order mark, characters JSON does not allow
    b'{"name": "ab\xc3"}',
    b'{"name": "\xed\xa0\x80"}',
    b'\xef\xbb\xbf{"name": "x"}',
    '\ufeff{"name": "x"}',
    '{"name": "a\x01"}',
    '{"name": "a\x00"}',
    '{"name": "\\u12"}',
    '{"name": "\\x41"}',
    # broken or trailing text, white space JSON does not allow
    "",
    "   ",
    '{"name": "x"',
    '{"name": "x", }',
    '{"name": "x"} x',
    '{"name": "x"}{}',
    '\x0c{"name": "x"}',
    '{"name":\u00a0"x"}',
    '{"name" "x"}',
    '{"name": 01}',
    '{"name": 1.}',
    '{"name": .5}',
    '{"name": +1}',
    '{"name": True}',
    "[1,]",
    "{,}",
    # white space JSON allows, everywhere
    ' \t\n\r{ \t\n\r"name" \t\n\r: \t\n\r"x" \t\n\r, "k": [ 1 , 2.5 , { } , [ ] , true , false , null ] }\n',
    # nesting, within and past what the plain parse takes, within and past what json parses
    '{"name": "x", "k": %s}' % ("[" * 150 + "1.5" + "]" * 150),
    '{"name": "x", "k": %s}' % ("[" * 250 + "]" * 250),
    '{"name": "x", "k": %s}' % ('{"a": ' * 199 + "1" + "}" * 199),
    '{"name": "x", "k": %s}' % ('{"a": ' * 200 + "1" + "}" * 200),
    '{"name": "x", "k": %s}' % ('{"a": ' * 201 + "NaN" + "}" * 201),
    '{"name": "x", "k": %s}' % ("[" * 5000 + "]" * 5000),  # PyPy: the strict parse stops, the plain not
    '{"name": "x", "k": %s}' % ('{"a": ' * 5000 + "1" + "}" * 5000),
    "[" * 100_000 + "]" * 100_000,
    "[" * 100_000,
    # tops that are not objects
    "[]",
    '"x"',
    "1",
    "1.5",
    "true",
    "null",
]


def _outcome(call: Any) -> Any:
    """What ``call()`` gives: its result, or the errors of its ValidationError."""
    try:
        return call()
    except ValidationError as exc:
        return ("refused", [(error.loc, error.msg, repr(error.input)) for error in exc.errors], exc.complete)


def _agree(text: Any, plain: Any, strict: Any) -> bool:
    """Whether the outcomes of the two ways agree.

    Where one stopped at RecursionError, the other may not have: PyPy's strict parse stops
    at a depth that varies from call to call (with the stack its JIT has compiled). Such a
    text must then have been left to the strict parse, whose verdict it was before.
    """
    if any(_nests_too_deeply(outcome) for outcome in (plain, strict)):
        source = text.decode("utf-8", "surrogatepass") if isinstance(text, bytes) else text
        return _json._load_plain(source) is _json._UNSURE
    return _same(plain, strict)


def _nests_too_deeply(outcome: Any) -> bool:
    refused = isinstance(outcome, tuple) and outcome[0] == "refused"
    return refused and [message for _, message, _ in outcome[1]] == ["JSON text nests too deeply to parse"]


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, tuple) and left and left[0] == "refused":
        return left == right
    if isinstance(left, Model):
        return type(left) is type(right) and strict_equal(left.to_dict(), right.to_dict())
    return strict_equal(left, right)


@pytest.fixture
def both_ways(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Run a call with the plain parse first, then with the strict parse only."""

    def run(call: Any) -> List[Any]:
        outcomes = []
        for plain_first in (True, False):
            monkeypatch.setattr(_json, "_PLAIN_FIRST", plain_first)
            outcomes.append(_outcome(call))
        return outcomes

    yield run


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_texts_read_the_same_both_ways(text: Any, both_ways: Any) -> None:
    """Every hostile text gives the same data, or the same errors, paths and messages."""
    plain, strict = both_ways(lambda: _json.load(text, "Model"))
    assert _agree(text, plain, strict), (plain, strict)
    for model in MODELS:
        plain, strict = both_ways(lambda: model.from_json(text))  # noqa: B023  # called at once
        assert _agree(text, plain, strict), (model.__name__, plain, strict)


@pytest.mark.parametrize("text", [text for text in HOSTILE if isinstance(text, str)], ids=lambda text: text[:30])
def test_the_plain_parse_takes_only_what_the_strict_parse_returns(text: str) -> None:
    """Whatever ``_load_plain`` takes, the strict parse reads as the same data."""
    plain = _json._load_plain(text)
    if plain is not _json._UNSURE:
        assert strict_equal(plain, _json._load_strict(text, "Model"))


def _example_texts() -> List[str]:
    texts = [path.read_text("utf-8") for path in sorted((DATA / "valid").glob("*.json"))]
    quoted = {"name": 'a "quoted" \\ name\\', "extra": {'k"\\': ['\\"', "\\\\", '"']}}
    return [
        *texts,
        *(json.dumps(json.loads(text), indent=2, ensure_ascii=True) for text in texts),
        json.dumps(quoted),
    ]


@pytest.mark.parametrize("text", _example_texts(), ids=lambda text: text[:30])
def test_the_plain_parse_takes_ordinary_text(text: str) -> None:
    """Valid payloads, compact or indented, with escapes or without, are not sent on to the
    strict parse: the fast way is the one taken."""
    assert _json._load_plain(text) is not _json._UNSURE


def test_the_plain_parse_leaves_deep_text_to_the_strict_parse() -> None:
    """Past 200 levels the strict parse decides: on PyPy, json.loads nests deeper than the
    parse with hooks before RecursionError, at a depth that varies from call to call."""
    assert _json._load_plain("[" * 200 + "]" * 200) is not _json._UNSURE
    assert _json._load_plain("[" * 201 + "]" * 201) is _json._UNSURE
    assert _json._load_plain('{"a": ' * 201 + "1" + "}" * 201) is _json._UNSURE


# Text built from pieces near the rules: few key names (so duplicates come often),
# refused and accepted numbers, escapes, and white space.
_KEYS = st.sampled_from(['"a"', '"b"', '"\\u0061"', '"a\\"b"', '"a\\u0022b"', '"é"', '"name"', '"sku"', '""'])
_SCALARS = st.sampled_from(
    [
        "NaN",
        "Infinity",
        "-Infinity",
        "1e400",
        "1e-400",
        "0e-400",
        "4.9e-324",
        "5e-324",
        "0.1000000000000000055511151231257827",
        "0.30000000000000004",
        "1234567890123456.7",
        "-0.0",
        "0.0",
        "1.5",
        "-17",
        "12345678901234567890",
        "1E+2",
        "true",
        "false",
        "null",
        '"x"',
        '"a\\\\"',
        '"\\"1e-400\\""',
        '"\\ud800"',
        '"\u00e9"',
    ]
)
_SPACES = st.sampled_from(["", " ", "\n  ", "\t", "\r\n"])


def _joined(parts: List[Any], space: str, opener: str, closer: str) -> str:
    return opener + space + ("," + space).join(parts) + space + closer


_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.builds(lambda parts, space: _joined(parts, space, "[", "]"), st.lists(inner, max_size=5), _SPACES),
        st.builds(
            lambda pairs, space: _joined([key + space + ":" + value for key, value in pairs], space, "{", "}"),
            st.lists(st.tuples(_KEYS, inner), max_size=5),
            _SPACES,
        ),
    ),
    max_leaves=30,
)


@given(_VALUES, st.booleans())
def test_built_texts_read_the_same_both_ways(text: str, as_bytes: bool) -> None:
    """Generated texts near every rule give the same outcome either way."""
    source: Any = text.encode("utf-8", "surrogatepass") if as_bytes else text
    outcomes = []
    for plain_first in (True, False):
        saved, _json._PLAIN_FIRST = _json._PLAIN_FIRST, plain_first
        try:
            outcomes.append(_outcome(lambda: _json.load(source, "Model")))
        finally:
            _json._PLAIN_FIRST = saved
    assert _agree(text, *outcomes), (text, outcomes)


@given(
    st.sampled_from(strategies.MODEL_NAMES).flatmap(lambda name: st.tuples(st.just(name), strategies.json_texts(name)))
)
def test_payload_texts_read_the_same_both_ways(case: Any) -> None:
    """The property tests' valid, hostile and broken payload texts: the same model, or the
    same errors, either way."""
    name, text = case
    model = getattr(talon_models, name)
    outcomes = []
    for plain_first in (True, False):
        saved, _json._PLAIN_FIRST = _json._PLAIN_FIRST, plain_first
        try:
            outcomes.append(_outcome(lambda: model.from_json(text)))
        finally:
            _json._PLAIN_FIRST = saved
    assert _agree(text, *outcomes), (text, outcomes)
