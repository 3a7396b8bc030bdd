"""Every path a value can take agrees with the field's declared rule, for every field.

The rules are stated once (``field()`` declarations), but ``from_dict`` reads through
the written-out ``_read`` methods, which accept the usual good value inline. This test is
driven by the declarations alone: for every field of every model it makes good and bad
values from the field's rule and sends each through the constructor, assignment,
``validate()``, ``from_dict`` in each unknown mode and ``to_dict``, and checks that all
of them accept the same values, store the same thing, and refuse the same values with
the same errors at the same paths.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List, NamedTuple, Tuple

import pytest

from talon_models import ValidationError
from talon_models._base import Model
from talon_models._fields import (
    FLOAT_MAX,
    Boolean,
    DateTime,
    Integer,
    JSONArray,
    JSONObject,
    JSONValue,
    ListOf,
    MapOf,
    Nested,
    Number,
    Rule,
    String,
    spec_of,
)
from talon_models._registry import MODELS

MODES = ("keep", "ignore", "forbid")
WHEN = datetime(2021, 9, 12, 10, 12, 42, tzinfo=timezone(timedelta(hours=2)))
WHEN_TEXT = "2021-09-12T10:12:42+02:00"
NA = object()  # no such value in this world (Python or wire)


class Value(NamedTuple):
    """One value for a field, as Python code gives it and as the wire carries it."""

    python: Any
    wire: Any


def same(value: Any) -> Value:
    return Value(value, value)


def minimal(model: Any) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    """Constructor keywords and wire dict of the smallest valid instance of ``model``."""
    kwargs, wire = {}, {}
    for item in dataclasses.fields(model):
        spec = spec_of(item)
        if spec.rule.required:
            value = good_values(spec.rule)[0]
            kwargs[item.name], wire[spec.wire] = value.python, value.wire
    return kwargs, wire


UUID = "68851723-e6fa-488f-ace9-112581e6c19b"


def good_values(rule: Rule) -> List[Value]:
    if isinstance(rule, String) and rule.format == "uuid":
        return [same(UUID), same(UUID.upper()), same("00000000-0000-0000-0000-000000000000")]
    if isinstance(rule, String):
        low = "x" * max(rule.min_length, 1)
        values = [same(choice) for choice in rule.choices]
        if not rule.closed:
            values += [same(low), same("é" * max(rule.min_length, 1))]
            if rule.max_length is not None:
                values.append(same("y" * rule.max_length))
            if rule.min_length == 0:
                values.append(same(""))
        if rule.matcher is not None:
            values = [value for value in values if rule.matcher.fullmatch(value.python)]
        return values
    if isinstance(rule, Boolean):
        return [same(True), same(False)]
    if isinstance(rule, Integer):
        return [same(min(max(rule.minimum, 1), rule.maximum)), same(rule.minimum), same(rule.maximum)]
    if isinstance(rule, Number):
        values = [same(1.5), same(0), same(-2), same(2**53 + 1), same(1e308), same(-0.0)]
        inside = [value for value in values if rule.minimum <= value.python <= rule.maximum]
        return [*inside, same(rule.minimum), same(rule.maximum)]
    if isinstance(rule, DateTime):
        return [Value(WHEN, WHEN_TEXT)]
    if isinstance(rule, JSONObject):
        return [same({}), same({"a": [1, "x", None, True, 1.5, {"b": {}}]})]
    if isinstance(rule, JSONArray):
        return [same([]), same([None, 1, "x", {"a": None}])]
    if isinstance(rule, JSONValue):
        return [same("x"), same(0), same(False), same([None]), same({"a": [None, {}]})]
    if isinstance(rule, Nested):
        kwargs, wire = minimal(rule.model)
        return [Value(rule.model(**kwargs), wire)]
    if isinstance(rule, MapOf):
        kwargs, wire = minimal(rule.model)
        return [same({}), Value({"k": rule.model(**kwargs)}, {"k": wire})]
    if isinstance(rule, ListOf):
        element = good_values(rule.item)[0]
        count = 2 if rule.max_items is None else min(2, rule.max_items)
        return [same([]), Value([element.python] * count, [element.wire] * count)]
    raise AssertionError("no good values for %r" % rule)


def bad_values(rule: Rule) -> List[Value]:
    wrong = [same(True), same(1.0), same("1"), same([]), same(b"x")]
    if isinstance(rule, String):
        values = [same(1), same(True), same([]), same(b"x")]
        if rule.min_length:
            values.append(same("x" * (rule.min_length - 1)))
        if rule.max_length is not None:
            values.append(same("y" * (rule.max_length + 1)))
        if rule.closed:
            values += [same("nope"), same(rule.choices[0].upper())]
        if rule.matcher is not None:
            values += [same("bad value!\nok"), same("\u00e9")]
        if rule.format == "uuid":
            values += [same(""), same("x"), same(UUID.replace("-", "")), same("{%s}" % UUID), same(UUID + "\n")]
        return values
    if isinstance(rule, Boolean):
        return [same(1), same(0), same("true"), same(None) if rule.required else same([])]
    if isinstance(rule, Integer):
        return [*wrong, same(rule.minimum - 1), same(rule.maximum + 1), same(2.0)]
    if isinstance(rule, Number):
        values = [same(math.nan), same(math.inf), same(-math.inf), same(True), same("1"), same(10**400), same([])]
        if rule.minimum != -FLOAT_MAX:
            values.append(same(rule.minimum - 1))
        if rule.maximum != FLOAT_MAX:
            values.append(same(rule.maximum * 2))
        return values
    if isinstance(rule, DateTime):
        naive = WHEN.replace(tzinfo=None)
        return [Value(naive, naive.isoformat()), Value(WHEN_TEXT, 5), Value(NA, "not a date"), Value(1, [])]
    if isinstance(rule, JSONObject):
        return [same("x"), same([]), same({"a": math.nan}), same({"a": {"b": [math.inf]}}), same({1: "a"})]
    if isinstance(rule, JSONArray):
        return [same("x"), same({}), same([math.nan]), same([{"b": [math.inf]}]), same([{1: "a"}])]
    if isinstance(rule, JSONValue):
        return [same(math.nan), same(b"x"), same([math.inf]), same({1: "a"})]
    if isinstance(rule, Nested):
        kwargs, wire = minimal(rule.model)
        values = [Value(wire or {"x": 1}, 1), same("x"), same([])]
        for item in dataclasses.fields(rule.model):
            inner = spec_of(item)
            for bad in bad_values(inner.rule)[:2]:
                if bad.wire is not NA:
                    values.append(Value(NA, {**wire, inner.wire: bad.wire}))
        return values
    if isinstance(rule, MapOf):
        kwargs, wire = minimal(rule.model)
        return [same([]), same("x"), same({"k": None}), Value({1: rule.model(**kwargs)}, {1: wire}), same({"k": 1})]
    if isinstance(rule, ListOf):
        values = [same("x"), same({}), same([None])]
        values += [Value([bad.python], [bad.wire]) for bad in bad_values(rule.item)[:3]]
        if rule.max_items is not None:
            element = good_values(rule.item)[0]
            many = rule.max_items + 1
            values.append(Value([element.python] * many, [element.wire] * many))
        return values
    raise AssertionError("no bad values for %r" % rule)


def errors_of(call: Any, *args: Any, **kwargs: Any) -> List[Tuple[str, str]]:
    """The (path, message) of every error ``call(*args, **kwargs)`` raises, or [] when it passes."""
    try:
        call(*args, **kwargs)
    except ValidationError as error:
        return [(detail.path, detail.msg) for detail in error.errors]
    return []


def paths(errors: List[Tuple[str, str]]) -> List[str]:
    return [path for path, _ in errors]


CASES = [
    pytest.param(model, item.name, id="%s.%s" % (model.__name__, item.name))
    for model in MODELS.values()
    for item in dataclasses.fields(model)
]


def declaration(model: Any, name: str) -> Any:
    return next(spec_of(item) for item in dataclasses.fields(model) if item.name == name)


@pytest.mark.parametrize(("model", "name"), CASES)
def test_good_values_are_accepted_and_stored_alike_on_every_path(model: Any, name: str) -> None:
    spec = declaration(model, name)
    kwargs, wire = minimal(model)
    for value in good_values(spec.rule):
        built = model(**{**kwargs, name: value.python})
        assigned = model(**kwargs)
        setattr(assigned, name, value.python)
        assert built == assigned
        assert getattr(built, name) == value.python
        built.validate()
        assert built.to_dict()[spec.wire] == value.wire
        for mode in MODES:
            read = model.from_dict({**wire, spec.wire: value.wire}, unknown=mode)
            assert read == built, (mode, value)
            assert read.to_dict() == built.to_dict()


@pytest.mark.parametrize(("model", "name"), CASES)
def test_bad_values_are_refused_alike_on_every_path(model: Any, name: str) -> None:
    spec = declaration(model, name)
    kwargs, wire = minimal(model)
    index = list(model._rules).index(name)
    plain = not isinstance(spec.rule, (DateTime, Nested, MapOf)) and not (
        isinstance(spec.rule, ListOf) and isinstance(spec.rule.item, (Nested, DateTime))
    )
    for value in bad_values(spec.rule):
        if value.python is not NA:
            built = errors_of(model, **{**kwargs, name: value.python})
            assert built and all(path.startswith(spec.wire) for path in paths(built)), (value, built)
            instance = model(**kwargs)
            before = instance.to_dict()
            assert errors_of(setattr, instance, name, value.python) == built, value
            assert instance.to_dict() == before  # refused, never stored
            if not isinstance(spec.rule, DateTime):  # a date-time is stored as its text
                values = instance._values  # stored past the checks, as if changed in place
                instance._values = (*values[:index], value.python, *values[index + 1 :])
                assert errors_of(instance.validate) == built, value
        if value.wire is not NA:
            read = [errors_of(model.from_dict, {**wire, spec.wire: value.wire}, unknown=mode) for mode in MODES]
            assert read[0] and read[0] == read[1] == read[2], (value, read)
            assert all(path.startswith(spec.wire) for path in paths(read[0])), (value, read)
            if plain and value.python is value.wire:
                assert read[0] == built, (value, read, built)


@pytest.mark.parametrize(("model", "name"), CASES)
def test_required_fields_are_required_on_every_path(model: Any, name: str) -> None:
    spec = declaration(model, name)
    kwargs, wire = minimal(model)
    absent = {key: value for key, value in wire.items() if key != spec.wire}
    if not spec.rule.required:
        assert (
            model(**{**kwargs, name: None}) == model.from_dict(absent) == model.from_dict({**absent, spec.wire: None})
        )
        return
    expected = [(spec.wire, "is required")]
    assert errors_of(model, **{**kwargs, name: None}) == expected
    instance = model(**kwargs)
    assert errors_of(setattr, instance, name, None) == expected
    for mode in MODES:
        assert errors_of(model.from_dict, absent, unknown=mode) == expected
        assert errors_of(model.from_dict, {**absent, spec.wire: None}, unknown=mode) == expected


def test_every_model_and_rule_kind_is_covered() -> None:
    """The test reaches every model in the registry and every kind of rule they use."""
    kinds = {type(spec_of(item).rule).__name__ for model in MODELS.values() for item in dataclasses.fields(model)}
    assert {"String", "Integer", "Number", "DateTime", "JSONObject", "Nested", "MapOf", "ListOf"} <= kinds
    assert len(CASES) == sum(len(dataclasses.fields(model)) for model in MODELS.values())
    assert all(issubclass(model, Model) for model in MODELS.values())
