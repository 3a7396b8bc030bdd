"""A small model inside another reads the same whether its parent's reader reads it in place
or calls the small model's own reader: the same values, unknown keys and errors.

``scripts/generate`` writes the reading of a model of at most a few fields into the reader
of each model that holds one (a field, a list or a map of it), falling back to the
field's rule for anything that is not plainly valid. Here every such place is read with
valid and hostile entries, in each unknown-key mode, and compared with reading each
entry alone.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import ORACLE, field_values, hostile_scalars, payloads, shaped

import talon_models
from talon_models import ValidationError
from talon_models._base import UNKNOWN_MODES

SMALL = 5  # at most this many fields, each a plain value: the models the generator reads in place
PLAIN = ("bool", "datetime", "int", "num", "str")


def _small(model: str) -> bool:
    fields = ORACLE[model].values()
    return len(fields) <= SMALL and all(kind.split(":")[0] in PLAIN for kind, _ in fields)


def _sites() -> List[Tuple[str, str, str, str]]:
    """(parent, JSON key, "model", "map" or "list", small model) of every place a small model is held."""
    found = []
    for parent, fields in ORACLE.items():
        for wire, (kind, _) in fields.items():
            for prefix, shape in (("model:", "model"), ("map:", "map"), ("list:model:", "list")):
                if kind.startswith(prefix) and _small(kind[len(prefix) :]):
                    found.append((parent, wire, shape, kind[len(prefix) :]))
    return found


SITES = _sites()


def test_there_are_small_models_held_in_each_shape() -> None:
    """The places below cover a field, a map and a list of a small model."""
    assert {shape for _, _, shape, _ in SITES} == {"model", "map", "list"}


def _entries(child: str) -> st.SearchStrategy[List[Any]]:
    """Entries of valid payloads, some with a key more (all read in place), half the time;
    else any mix of those, hostile dicts and values that are no dict."""
    with_a_key_more = st.builds(
        lambda payload, value: {**payload, "colour": value}, payloads(child), st.one_of(hostile_scalars, st.just("red"))
    )
    valid = st.one_of(payloads(child), with_a_key_more)
    hostile = st.one_of(valid, shaped(child, 0), hostile_scalars)
    return st.one_of(st.lists(valid, min_size=1, max_size=3), st.lists(hostile, min_size=1, max_size=3))


def _required_fields(model: str) -> st.SearchStrategy[Dict[str, Any]]:
    """Valid values of the required fields of ``model``, and no other key."""
    strategies = field_values(model)
    required = [wire for wire, (_, options) in ORACLE[model].items() if options.get("required")]
    return st.fixed_dictionaries({wire: strategies[wire] for wire in required})


def _errors(error: ValidationError) -> List[Tuple[Any, str, str]]:
    return sorted(((tuple(detail.loc), detail.msg, detail.code) for detail in error.errors), key=repr)


@pytest.mark.parametrize(("parent", "wire", "shape", "child"), SITES)
# A third of the profile's examples for each of the 13 places: together still four times
# what one property test tries, and the deep profile (CONTRIBUTING.md) scales them up.
@settings(max_examples=max(10, settings().max_examples // 3))
@given(data=st.data())
def test_a_small_model_reads_in_place_as_it_reads_alone(
    parent: str, wire: str, shape: str, child: str, data: st.DataObject
) -> None:
    parent_model = getattr(talon_models, parent)
    child_model = getattr(talon_models, child)
    mode = data.draw(st.sampled_from(UNKNOWN_MODES), label="unknown")
    entries = data.draw(_entries(child), label="entries")
    held: Any
    places: List[Any]
    if shape == "model":
        entries = [entry for entry in entries[:1] if entry is not None] or [{}]  # a null field is an unset one
        held, places = entries[0], [()]
    elif shape == "map":
        held = {"k%d" % index: entry for index, entry in enumerate(entries)}
        places = [("k%d" % index,) for index in range(len(entries))]
    else:
        held, places = entries, [(index,) for index in range(len(entries))]
    payload = data.draw(_required_fields(parent), label="parent")
    payload[wire] = held

    expected_values: List[Any] = []
    expected_errors: List[Tuple[Any, str, str]] = []
    for place, entry in zip(places, entries):
        try:
            expected_values.append(child_model.from_dict(entry, unknown=mode))
        except ValidationError as error:
            expected_errors += [((wire, *place, *loc), msg, code) for loc, msg, code in _errors(error)]

    try:
        read = parent_model.from_dict(payload, unknown=mode)
    except ValidationError as error:
        found = [detail for detail in _errors(error) if detail[0][:1] == (wire,)]
        assert sorted(found, key=repr) == sorted(expected_errors, key=repr)
        return
    assert not expected_errors
    name = next(name for name, (_, key, _) in parent_model._rules.items() if key == wire)
    value = getattr(read, name)
    values: Dict[Any, Any]
    if shape == "model":
        values = {(): value}
    elif shape == "map":
        values = {(key,): item for key, item in value.items()}
    else:
        values = {(index,): item for index, item in enumerate(value)}
    assert list(values) == places
    for got, expected in zip(values.values(), expected_values):
        assert type(got) is child_model
        assert got == expected
        assert got.to_dict() == expected.to_dict()
