"""A complete 200 response of the customer session update, read and written back.

tests/data/spec/full-response.json is built from the vendor spec's examples (see the
README beside it): every key of the response, newer ones such as ``advancedEvent`` and
``campaignEligibility`` included, one effect per effect type, and date-times with
fractions of a second. It is valid by the Ruby types and rules, so it is read as
``IntegrationStateV2`` and written back unchanged.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

import oracle
import pytest
from conftest import ROOT

from talon_models import Effect, IntegrationStateV2, ValidationError

FULL_RESPONSE = ROOT / "tests" / "data" / "spec" / "full-response.json"


@pytest.fixture(scope="module")
def data() -> Any:
    return json.loads(FULL_RESPONSE.read_text("utf-8"))


def _same(left: Any, right: Any) -> bool:
    """Equal JSON with types (``1`` is not ``1.0`` nor ``True``), key order aside."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return set(left) == set(right) and all(_same(left[key], right[key]) for key in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(_same(a, b) for a, b in zip(left, right))
    return bool(left == right)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def test_the_full_response_is_valid_by_the_contract(data: Any) -> None:
    """The oracle finds nothing wrong with it, so the package must take it."""
    assert oracle.problems("IntegrationStateV2", data) == []


def test_the_full_response_is_written_back_unchanged(data: Any) -> None:
    """from_json then to_json gives the same JSON: numbers with their types, date-times as
    sent (fractions of a second included), unknown keys at every depth."""
    text = FULL_RESPONSE.read_text("utf-8")
    state = IntegrationStateV2.from_json(text)
    written = json.loads(state.to_json())
    assert _same(written, data)
    assert _same(IntegrationStateV2.from_dict(data).to_dict(), data)
    fractions = [value for value in _strings(data) if oracle.parse_datetime(value) and "." in value]
    assert fractions, "the response holds date-times with fractions of a second"
    written_strings = list(_strings(written))
    assert all(value in written_strings for value in fractions)


def test_every_top_level_key_is_a_field_or_kept_as_unknown(data: Any) -> None:
    """Each key of the response is a field of IntegrationStateV2, or an unknown key kept as
    sent; the known ones come first, in field order."""
    state = IntegrationStateV2.from_dict(data)
    fields = oracle.MODELS["IntegrationStateV2"]
    unknown = [key for key in data if key not in fields]
    assert unknown == ["campaignEligibility", "advancedEvent"]
    assert state.unknown_fields == {key: data[key] for key in unknown}
    assert list(state.to_dict()) == [key for key in fields if key in data] + unknown
    for key in data:
        assert key in fields or key in state.unknown_fields
    with pytest.raises(ValidationError, match="unknown") as caught:
        IntegrationStateV2.from_dict(data, unknown="forbid")
    # forbid names them, and the newer keys deeper down (updateCount, experimentId, ...)
    assert [error.loc for error in caught.value.errors if len(error.loc) == 1] == [(key,) for key in unknown]


def _known_only(model: str, data: Any) -> Any:
    """``data`` without the keys that are no field of their model, at every depth."""
    out = {}
    for key, (kind, _) in oracle.MODELS[model].items():
        value = data.get(key)
        if value is None:
            continue
        if kind.startswith("model:"):
            value = _known_only(kind[6:], value)
        elif kind.startswith("map:"):
            value = {name: _known_only(kind[4:], item) for name, item in value.items()}
        elif kind.startswith("list:model:"):
            value = [_known_only(kind[11:], item) for item in value]
        out[key] = value
    return out


def test_ignore_drops_the_unknown_keys_at_every_depth(data: Any) -> None:
    """unknown="ignore" reads the response as Ruby would keep it: its fields only."""
    state = IntegrationStateV2.from_dict(data, unknown="ignore")
    written = state.to_dict()
    assert _same(written, _known_only("IntegrationStateV2", data))
    assert not _same(written, data)


def test_each_effect_reads_on_its_own(data: Any) -> None:
    """The effects of the response read one by one as Effect give the same effects."""
    state = IntegrationStateV2.from_dict(data)
    assert [Effect.from_dict(item) for item in data["effects"]] == state.effects
    assert len({effect.effect_type for effect in state.effects}) == len(state.effects)
