"""Property-based tests: round trips, total functions, error locations and no sharing.

The example counts come from the hypothesis profile chosen in conftest.py
(``TALON_HYPOTHESIS_PROFILE=deep`` for a long run).
"""

from __future__ import annotations

import copy
import json
import math
from decimal import Decimal
from fractions import Fraction
from typing import Any, Callable, Dict, Iterator, List, Tuple

import pytest
import strategies
from hypothesis import given, settings
from hypothesis import strategies as st
from oracle import MODELS as ORACLE
from oracle import expected_wire, strict_equal

import talon_models
from talon_models import ValidationError
from talon_models._base import Model

MODELS = {name: getattr(talon_models, name) for name in strategies.MODEL_NAMES}
MODES = ("keep", "ignore", "forbid")
SPOTS_PER_EXAMPLE = 4  # each generated payload is broken this many times, one spot at a time
any_model = st.sampled_from(strategies.MODEL_NAMES)


def _payloads() -> st.SearchStrategy[Tuple[str, Dict[str, Any]]]:
    return any_model.flatmap(lambda name: st.tuples(st.just(name), strategies.PAYLOADS[name]))


def _outcome(call: Callable[[], Any]) -> Any:
    """Run ``call``: its model, or its ValidationError after checking the error is usable."""
    try:
        return call()
    except ValidationError as exc:
        assert exc.errors, "a ValidationError with no errors"
        assert 0 < len(str(exc)) < 20_000, "the text of a report is bounded"
        for error in exc.errors:
            assert isinstance(error.loc, tuple)
            assert isinstance(error.path, str)
            assert str(error)
        return exc


def _assert_round_trips(model: Any) -> None:
    """``model`` comes back equal through JSON text, unless it holds a split surrogate pair."""
    try:
        text = model.to_json()
    except ValidationError as exc:  # the one thing JSON text cannot say
        assert all("surrogate pair" in error.msg for error in exc.errors), exc
        return
    assert type(model).from_json(text) == model
    assert type(model).from_dict(model.to_dict()) == model


# -- 1. round trips ------------------------------------------------------------------------


@given(_payloads())
def test_valid_payloads_round_trip_through_dicts(case: Tuple[str, Dict[str, Any]]) -> None:
    """to_dict -> from_dict gives back an equal model and the same wire data."""
    name, payload = case
    model = MODELS[name].from_dict(payload)
    wire = model.to_dict()
    again = MODELS[name].from_dict(wire)
    assert again == model
    assert strict_equal(again.to_dict(), wire)


@given(_payloads())
def test_valid_payloads_round_trip_through_json(case: Tuple[str, Dict[str, Any]]) -> None:
    """to_json -> from_json (str and bytes) gives back an equal model and the same text."""
    name, payload = case
    model = MODELS[name].from_dict(payload)
    text = model.to_json()
    for source in (text, text.encode("utf-8")):
        again = MODELS[name].from_json(source)
        assert again == model
        assert again.to_json() == text


@given(_payloads())
def test_valid_payloads_keep_their_meaning(case: Tuple[str, Dict[str, Any]]) -> None:
    """to_dict gives the input back, date-times naming the same instant and offset."""
    name, payload = case
    wire = MODELS[name].from_dict(payload).to_dict()
    assert list(wire) == [key for key in strategies.KEYS[name] if key in payload] + [
        key for key in payload if key not in strategies.KEYS[name]
    ]
    assert _canonical(name, wire) == _canonical(name, payload)


def _canonical(name: str, value: Dict[str, Any]) -> str:
    """JSON text with sorted keys and each date-time as (instant, offset): ``1``, ``1.0``,
    ``True`` and ``-0.0`` stay apart."""
    return json.dumps(expected_wire(name, value), sort_keys=True, default=str)


@pytest.mark.parametrize("name", strategies.MODEL_NAMES)
@settings(max_examples=max(3, settings.default.max_examples // 20))
@given(st.data())
def test_every_model_round_trips_and_locates_a_broken_spot(name: str, data: st.DataObject) -> None:
    """A few payloads of each model, whatever the draws above picked: each is read, written
    back with its meaning, survives JSON text, and with one spot broken is refused there."""
    payload = data.draw(strategies.PAYLOADS[name], label="payload")
    model = MODELS[name].from_dict(payload)
    assert _canonical(name, model.to_dict()) == _canonical(name, payload)
    _assert_round_trips(model)
    broken, mode, loc = _break_one(name, payload, data, only_json=False)
    with pytest.raises(ValidationError) as caught:
        MODELS[name].from_dict(broken, unknown=mode)
    assert loc in [error.loc for error in caught.value.errors]


@settings(max_examples=max(5, settings.default.max_examples // 20))  # 1000 items per example
@given(strategies.cart_items(st.just(10)), st.sampled_from(MODES))
def test_a_full_cart_round_trips(item: Dict[str, Any], mode: str) -> None:
    """Exactly 1000 cart items whose quantities add up to exactly 10000 are accepted."""
    payload = {"storeIntegrationId": "s" * 1000, "cartItems": [item] * 1000}
    model = talon_models.NewCustomerSessionV2.from_dict(payload, unknown="ignore" if mode == "ignore" else "keep")
    assert len(model.cart_items) == 1000
    assert talon_models.NewCustomerSessionV2.from_json(model.to_json()) == model


@given(st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=1), strategies.text)
def test_a_lone_surrogate_round_trips(surrogate: str, other: str) -> None:
    """A lone surrogate in a string is escaped by to_json and read back as it was."""
    value = "x" + surrogate + "y" + other
    model = talon_models.Product.from_dict({"name": value, "extra": [value]})
    assert talon_models.Product.from_json(model.to_json()) == model


# -- 2. total functions --------------------------------------------------------------------


@given(any_model, strategies.hostile_values(), st.sampled_from(MODES))
def test_from_dict_takes_any_data(name: str, data: Any, mode: str) -> None:
    """Any data at all gives a model or a ValidationError, nothing else."""
    _outcome(lambda: MODELS[name].from_dict(data, unknown=mode))


@given(any_model.flatmap(lambda name: st.tuples(st.just(name), strategies.shaped(name))), st.sampled_from(MODES))
def test_from_dict_takes_any_field_values(case: Tuple[str, Dict[Any, Any]], mode: str) -> None:
    """Hostile values under the model's own keys give a model or a ValidationError."""
    name, data = case
    result = _outcome(lambda: MODELS[name].from_dict(data, unknown=mode))
    if not isinstance(result, ValidationError):
        _assert_round_trips(result)


@given(
    any_model.flatmap(lambda name: st.tuples(st.just(name), st.sampled_from([*strategies.KEYS[name], "other"]))),
    strategies.deep_values,
)
def test_from_dict_takes_deep_nesting(case: Tuple[str, str], deep: Any) -> None:
    """Nesting thousands of levels deep anywhere is refused, never a RecursionError."""
    name, key = case
    _outcome(lambda: MODELS[name].from_dict({key: deep}))


@given(any_model, st.binary(max_size=200))
def test_from_json_takes_any_bytes(name: str, data: bytes) -> None:
    """Arbitrary bytes give a model or a ValidationError."""
    _outcome(lambda: MODELS[name].from_json(data))


@given(any_model.flatmap(lambda name: st.tuples(st.just(name), strategies.json_texts(name))), st.booleans())
def test_from_json_takes_any_text(case: Tuple[str, str], as_bytes: bool) -> None:
    """Valid, hostile and broken JSON text gives a model or a ValidationError."""
    name, text = case
    source: Any = text.encode("utf-8", "surrogatepass") if as_bytes else text
    result = _outcome(lambda: MODELS[name].from_json(source))
    if not isinstance(result, ValidationError):
        _assert_round_trips(result)


def test_error_paths_show_keys_json_cannot_have() -> None:
    """A non-string key given to from_dict is shown in the path, not a TypeError."""
    cases = {(1, 2): "[(1, 2)]", None: "[None]", 1.5: "[1.5]", True: "[True]", b"k": "[b'k']"}
    for key, path in cases.items():
        with pytest.raises(ValidationError) as caught:
            talon_models.CartItem.from_dict({"sku": "a", "quantity": 1, key: 1}, unknown="forbid")
        assert [error.path for error in caught.value.errors] == [path]
        assert path in str(caught.value)


# -- 3. errors point at the spot ------------------------------------------------------------

# Values that break a field of each kind: wrong types first, then values out of its limits.
WRONG_TYPES: Dict[str, List[Any]] = {
    "str": [1, 1.5, True, [], {}],
    "int": [2**63, -(2**63) - 1, 1.5, 1.0, "1", True],
    "num": ["1", True, float("nan"), float("inf"), 10**309, []],
    "bool": [1, 0, "true", []],
    "datetime": ["2021-02-30T00:00:00Z", "2021-01-01T00:00:00", "yesterday", 1, "2021-01-01T00:00:00+24:00"],
    "json": [[], "x", 1],
    "jsonarray": [{}, "x", 1],
    "any": [float("inf"), float("nan")],
}


def bad_values(kind: str, options: Dict[str, Any]) -> List[Any]:
    """Values that break a field of the oracle's (kind, options)."""
    bad = list(WRONG_TYPES.get(kind, []))
    if options.get("min", 0) > 0:
        bad.append("x" * (options["min"] - 1))
    if "max" in options:
        bad.append("x" * (options["max"] + 1))
    if "pattern" in options:
        bad += ["bad value!\nok", "bad value!\n", "ok\n"]  # a line break never matches
    if "enum" in options:  # closed
        bad += ["", options["enum"][0].upper() + "x"]
    if options.get("uuid"):
        bad += ["68851723-e6fa-488f-ace9-112581e6c19", "{68851723-e6fa-488f-ace9-112581e6c19b}"]
    if "minimum" in options:
        bad.append(options["minimum"] - 1)
    if "maximum" in options:
        bad.append(options["maximum"] + 1)
    return bad


def _spots(name: str, payload: Dict[str, Any], loc: Tuple[Any, ...]) -> Iterator[Tuple[Tuple[Any, ...], Any]]:
    """(location, how to break it) for every spot of a valid payload.

    A breaker is ``(container, key, bad value)``: putting ``bad value`` under ``key``
    in ``container`` breaks exactly the spot at ``location``.
    """
    yield (*loc, "unknownKey"), (payload, "unknownKey", "forbid")
    for key, (kind, options) in ORACLE[name].items():
        here = (*loc, key)
        if options.get("required"):
            yield here, (payload, key, None)
        for bad in bad_values(kind, options):
            yield here, (payload, key, bad)
        if kind.startswith(("model:", "map:", "list:")):
            for bad in ([], "x", 1) if not kind.startswith("list:") else ({}, "x", 1):
                yield here, (payload, key, bad)
        value = payload.get(key)
        if value is None:
            continue
        if kind.startswith("model:"):
            yield from _spots(kind[6:], value, here)
        elif kind.startswith("map:"):
            for entry, item in value.items():
                yield (*here, entry), (value, entry, None)
                yield (*here, entry), (value, entry, "x")
                yield from _spots(kind[4:], item, (*here, entry))
        elif kind.startswith("list:"):
            element = kind[5:]
            for index, item in enumerate(value):
                yield (*here, index), (value, index, None)
                if element.startswith("model:"):
                    yield (*here, index), (value, index, "x")
                    yield from _spots(element[6:], item, (*here, index))
                else:
                    for bad in bad_values(element, options.get("item", {})):
                        yield (*here, index), (value, index, bad)
        elif kind == "json" or (kind == "any" and isinstance(value, dict)):
            yield (*here, "k"), (value, "k", float("inf"))
        elif kind in ("jsonarray", "any") and isinstance(value, list) and value:
            yield (*here, 0), (value, 0, float("inf"))


def _break_one(name: str, payload: Dict[str, Any], data: st.DataObject, only_json: bool) -> Tuple[Any, str, Any]:
    """A copy of ``payload`` with one spot broken: (broken payload, unknown mode, spot)."""
    payload = copy.deepcopy(payload)
    spots = [spot for spot in _spots(name, payload, ()) if not only_json or _is_json(spot[1][2])]
    loc, (container, key, bad) = data.draw(st.sampled_from(spots))
    mode = "keep"
    if bad == "forbid":
        mode, bad = "forbid", 1
    container[key] = bad
    return payload, mode, loc


@given(_payloads(), st.data())
def test_one_broken_spot_is_reported_at_its_path(case: Tuple[str, Dict[str, Any]], data: st.DataObject) -> None:
    """Break one spot of a valid payload: an error names exactly that spot."""
    name, payload = case
    for _ in range(SPOTS_PER_EXAMPLE):
        broken, mode, loc = _break_one(name, payload, data, only_json=False)
        with pytest.raises(ValidationError) as caught:
            MODELS[name].from_dict(broken, unknown=mode)
        assert loc in [error.loc for error in caught.value.errors]


@given(_payloads(), st.data())
def test_one_broken_spot_in_json_text_is_reported_at_its_path(
    case: Tuple[str, Dict[str, Any]], data: st.DataObject
) -> None:
    """The same through from_json, with NaN and overflowing numbers written as text."""
    name, payload = case
    for _ in range(SPOTS_PER_EXAMPLE):
        broken, mode, loc = _break_one(name, payload, data, only_json=True)
        text = json.dumps(broken, ensure_ascii=False)  # writes NaN and Infinity as such
        with pytest.raises(ValidationError) as caught:
            MODELS[name].from_json(text.encode("utf-8", "surrogatepass"), unknown=mode)
        assert loc in [error.loc for error in caught.value.errors]


def _is_json(value: Any) -> bool:
    if isinstance(value, dict):
        return all(isinstance(key, str) and _is_json(item) for key, item in value.items())
    if isinstance(value, list):
        return all(_is_json(item) for item in value)
    return True


# -- 4. nothing shared, nothing modified ---------------------------------------------------


def _scramble(value: Any) -> None:
    """Change every list and dict inside ``value`` in place."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
            for key in list(item):
                if isinstance(item[key], (str, int, float)) or item[key] is None:
                    item[key] = ["changed"]
            item["addedKey"] = "added"
        elif isinstance(item, list):
            stack.extend(item)
            item.append("added")
            if item and not isinstance(item[0], (dict, list)):
                item[0] = {"changed": True}


@given(_payloads(), st.sampled_from(MODES))
def test_from_dict_leaves_its_input_alone(case: Tuple[str, Dict[str, Any]], mode: str) -> None:
    """from_dict does not change the data it reads."""
    name, payload = case
    before = copy.deepcopy(payload)
    MODELS[name].from_dict(payload, unknown="ignore" if mode == "forbid" else mode)
    assert strict_equal(payload, before)


@given(_payloads())
def test_changing_the_input_later_leaves_the_model_alone(case: Tuple[str, Dict[str, Any]]) -> None:
    """The model shares no list or dict with the data it was read from."""
    name, payload = case
    model = MODELS[name].from_dict(payload)
    wire = model.to_dict()
    _scramble(payload)
    assert strict_equal(model.to_dict(), wire)


@given(_payloads())
def test_changing_to_dict_output_leaves_the_model_alone(case: Tuple[str, Dict[str, Any]]) -> None:
    """to_dict gives new lists and dicts each time."""
    name, payload = case
    model = MODELS[name].from_dict(payload)
    wire = model.to_dict()
    out = model.to_dict()
    _scramble(out)
    assert strict_equal(model.to_dict(), wire)
    assert model.is_valid()


# -- 5. checked writes --------------------------------------------------------------------


def _containers(model: Any) -> List[Any]:
    """Every list and dict a model's fields hold, at any depth (not its unknown keys)."""
    found: List[Any] = []
    stack = list(model._values[:-1])
    while stack:
        value = stack.pop()
        if isinstance(value, Model):  # a nested model
            stack.extend(value._values[:-1])
        elif isinstance(value, (list, dict)):
            found.append(value)
            stack.extend(value.values() if isinstance(value, dict) else value)
    return found


_PLANTED = st.one_of(
    strategies.hostile_values(max_leaves=4),
    st.builds(talon_models.Product, name=strategies.text),
    st.builds(talon_models.AdditionalCost, price=st.integers(0, 10)),
    st.builds(talon_models.CartItem, sku=st.just("s"), quantity=st.integers(1, 10_000)),
)


@given(_payloads(), st.data())
def test_to_dict_never_writes_what_from_dict_refuses(case: Tuple[str, Dict[str, Any]], data: st.DataObject) -> None:
    """After any changes in place to a model's lists and dicts, to_dict and to_json either
    refuse with a ValidationError, as validate() does, or write what from_dict takes back."""
    name, payload = case
    model = MODELS[name].from_dict(payload)
    for _ in range(data.draw(st.integers(1, 3))):
        containers = _containers(model)
        if not containers:
            break
        target = data.draw(st.sampled_from(containers))
        planted = data.draw(_PLANTED)
        if isinstance(target, list):
            if target and data.draw(st.booleans()):
                target[data.draw(st.integers(0, len(target) - 1))] = planted
            else:
                target.append(planted)
        else:
            target[data.draw(st.one_of(strategies.text, st.integers(), st.none()))] = planted
    try:
        written = model.to_dict()
    except ValidationError as exc:
        assert exc.errors and not model.is_valid()
        with pytest.raises(ValidationError) as caught:
            model.validate()
        assert [(e.loc, e.msg) for e in caught.value.errors] == [(e.loc, e.msg) for e in exc.errors]
        with pytest.raises(ValidationError):
            model.to_json()
        return
    model.validate()
    assert strict_equal(MODELS[name].from_dict(written).to_dict(), written)
    try:
        text = model.to_json()
    except ValidationError as exc:  # the one thing JSON text cannot say
        assert all("surrogate pair" in error.msg for error in exc.errors), exc
        return
    assert strict_equal(MODELS[name].from_json(text).to_dict(), written)


# -- 6. numbers given as Decimal -----------------------------------------------------------


def _decimal_places(value: Decimal) -> List[Tuple[Any, Callable[[Any], Any]]]:
    """Models holding ``value`` in a number field, in attributes and in an unknown key,
    each with how to find the number in their wire form."""
    item = {"sku": "a", "quantity": 1}
    return [
        (lambda: talon_models.CartItem(sku="a", quantity=1, price=value), lambda wire: wire["price"]),
        (lambda: talon_models.AdditionalCost.from_dict({"price": value}), lambda wire: wire["price"]),
        (
            lambda: talon_models.NewCustomerSessionV2.from_dict(
                {"cartItems": [{**item, "prices": {"b": {"price": value}}}]}
            ),
            lambda wire: wire["cartItems"][0]["prices"]["b"]["price"],
        ),
        (
            lambda: talon_models.CartItem.from_dict({**item, "attributes": {"w": [value]}}),
            lambda wire: wire["attributes"]["w"][0],
        ),
        (lambda: talon_models.Product.from_dict({"name": "p", "extra": {"n": value}}), lambda wire: wire["extra"]["n"]),
    ]


def _double_writes(value: Decimal) -> bool:
    """The rule, worked out apart from the models with exact fractions: the double nearest to
    ``value`` exists and its shortest text is the same number."""
    if not value.is_finite():
        return False
    try:
        nearest = float(Fraction(value))  # correctly rounded
    except OverflowError:
        return False
    return nearest not in (math.inf, -math.inf) and Fraction(repr(nearest)) == Fraction(value)


@given(strategies.short_decimals())
def test_decimals_of_up_to_15_digits_are_taken_and_written_exactly(value: Decimal) -> None:
    """Every Decimal of 1 to 15 significant digits in the double range is taken, read as a
    float, and written as JSON text that reads back as the same number."""
    for build, find in _decimal_places(value):
        model = build()
        stored = find(model.to_dict())
        assert type(stored) is float
        assert math.copysign(1.0, stored) == (-1.0 if value.is_signed() else 1.0)
        written = find(json.loads(model.to_json(), parse_float=Decimal))
        assert written == value
        assert type(model).from_json(model.to_json()) == model


@given(strategies.any_decimals)
def test_a_decimal_is_taken_exactly_when_a_double_writes_it(value: Decimal) -> None:
    """Accepted exactly when the rule says so, then written as the same number; refused
    otherwise, with a message and the Decimal as the value."""
    taken = _double_writes(value)
    for build, find in _decimal_places(value):
        outcome = _outcome(build)
        if taken:
            assert not isinstance(outcome, ValidationError), outcome
            assert find(json.loads(outcome.to_json(), parse_float=Decimal)) == value
        else:
            assert isinstance(outcome, ValidationError)
            [error] = outcome.errors
            assert error.input is value
