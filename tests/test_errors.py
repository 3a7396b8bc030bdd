"""ValidationError: one type, structured records, readable text."""

from __future__ import annotations

import pickle
import re
from typing import Any, Dict

import pytest

from talon_models import CartItem, ErrorDetail, NewCustomerSessionV2, ValidationError
from talon_models._errors import ERROR_CODES


def _nested(levels: int) -> Dict[str, Any]:
    """A JSON object whose objects nest ``levels`` deep, itself included."""
    value: Dict[str, Any] = {}
    for _ in range(levels - 1):
        value = {"deeper": value}
    return value


def _error(data: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_dict(data)
    return caught.value


def test_validation_error_is_a_value_error() -> None:
    """Callers that know nothing of this package can catch it as ValueError."""
    with pytest.raises(ValueError, match="sku: must not be empty"):
        CartItem(sku="", quantity=1)


def test_str_lists_every_problem_one_per_line() -> None:
    """str() has a count line, then one line per problem with path, message and value."""
    error = _error({"storeIntegrationId": "", "cartItems": [{"sku": "A", "quantity": 0}], "state": 3})
    assert str(error) == (
        "3 validation errors for NewCustomerSessionV2\n"
        '  storeIntegrationId: must not be empty (value: "")\n'
        "  state: expected string, got integer (value: 3)\n"
        "  cartItems[0].quantity: must be at least 1 (value: 0)"
    )


def test_records_are_public_and_structured() -> None:
    """Each record has a location tuple, a message and the offending input."""
    error = _error({"additionalCosts": {"shipping": {"price": "9"}}})
    assert error.errors == [
        ErrorDetail(("additionalCosts", "shipping", "price"), "expected number, got string", "9", "type")
    ]
    assert error.errors[0].path == "additionalCosts.shipping.price"
    assert error.model == "NewCustomerSessionV2"


def test_paths_quote_keys_that_are_not_plain_names() -> None:
    """A map key with a dot or a space is written in brackets, so the path stays unambiguous."""
    error = _error({"additionalCosts": {"a.b": None, "c d": {"price": None}, 'q"': 1}})
    assert [e.path for e in error.errors] == [
        'additionalCosts["a.b"]',
        'additionalCosts["c d"].price',
        'additionalCosts["q\\""]',
    ]


def test_top_level_problem_has_an_empty_path() -> None:
    """A problem with the whole input sits at the empty path and reads as the top level."""
    error = _error([1, 2])
    assert error.errors[0].path == ""
    assert str(error).endswith("(top level): expected object, got array (value: [1, 2])")


def test_long_values_are_shortened_in_text() -> None:
    """A huge value is shortened in str(), while the record keeps the value itself."""
    error = _error({"storeIntegrationId": "x" * 5000})
    line = str(error).splitlines()[1]
    assert len(line) < 200 and "..." in line
    assert error.errors[0].input == "x" * 5000


def test_huge_integers_are_described_not_printed() -> None:
    """An integer too long to print is described by its size."""
    error = _error({"evaluableCampaignIds": [10**5000]})
    assert "(value: <integer of 16610 bits>)" in str(error)


def test_a_broken_repr_does_not_hide_the_problem() -> None:
    """An input whose repr() fails still gives a readable error."""

    class Broken:
        def __repr__(self) -> str:
            raise RuntimeError("no")

    with pytest.raises(ValidationError) as caught:
        CartItem(sku="A", quantity=1, attributes={"x": Broken()})
    assert "attributes.x: expected JSON data, got Broken (value: <Broken" in str(caught.value)
    assert repr(caught.value) == "<ValidationError: 1 validation error for CartItem>"


def test_errors_survive_pickling() -> None:
    """The error pickles, for multiprocessing and task queues."""
    error = pickle.loads(pickle.dumps(_error({"state": "x"})))
    assert error.errors[0].path == "state"
    assert str(error).startswith("1 validation error for NewCustomerSessionV2")


def test_values_read_from_the_wire_are_shown_as_json() -> None:
    """from_dict and from_json show what the JSON said: null, true, "text", [1, 2]."""
    payload = {"couponCodes": ["a", None, True], "profileId": [1, "x"], "cartItems": [{"sku": "s", "quantity": 1.5}]}
    for error in (_error(payload), _from_json(payload)):
        assert str(error).splitlines()[1:] == [
            '  profileId: expected string, got array (value: [1, "x"])',
            "  couponCodes[1]: expected string, got null (value: null)",
            "  couponCodes[2]: expected string, got boolean (value: true)",
            "  cartItems[0].quantity: expected integer, got number (value: 1.5)",
        ]


def _from_json(payload: object) -> ValidationError:
    import json

    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_json(json.dumps(payload))
    return caught.value


def test_values_given_in_python_are_shown_as_python() -> None:
    """The constructor and assignment show the Python value that was passed."""
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2(coupon_codes=["a", None, True])
    assert str(caught.value).splitlines()[1:] == [
        "  couponCodes[1]: expected string, got null (value: None)",
        "  couponCodes[2]: expected string, got boolean (value: True)",
    ]


def test_long_json_values_are_shortened() -> None:
    """A long string keeps its start and end; a long array its first elements."""
    error = _error({"profileId": ["x" * 1000] * 1000})
    line = str(error).splitlines()[1]
    assert line.startswith('  profileId: expected string, got array (value: ["xxxx')
    assert line.endswith('xxx", ...])')
    assert len(line) < 300


def test_wire_records_are_still_error_details() -> None:
    """The records of wire input are ErrorDetail records like any other: equal, and alike in repr."""
    [detail] = _error({"state": None, "profileId": 1}).errors
    assert isinstance(detail, ErrorDetail)
    assert detail == ErrorDetail(("profileId",), "expected string, got integer", 1, "type")
    assert repr(detail) == "ErrorDetail(loc=('profileId',), msg='expected string, got integer', input=1, code='type')"
    assert str(pickle.loads(pickle.dumps(detail))) == str(detail)


def test_a_missing_required_field_shows_no_value() -> None:
    """Nothing was there, so nothing is shown."""
    with pytest.raises(ValidationError) as caught:
        CartItem.from_dict({"quantity": 1})
    assert str(caught.value).splitlines()[1] == "  sku: is required"


def test_a_stopped_report_survives_pickling() -> None:
    """complete=False travels with the error."""
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_dict({"couponCodes": [1] * 20_000})
    error = pickle.loads(pickle.dumps(caught.value))
    assert (len(error.errors), error.complete) == (10_000, False)
    assert str(error) == str(caught.value)


def test_the_validation_guide_lists_every_error_code() -> None:
    """The guide's table of codes is exactly ERROR_CODES, in its order."""
    from conftest import ROOT

    guide = (ROOT / "docs" / "guides" / "validation.md").read_text("utf-8")
    listed = re.findall(r"^\| `(\w+)` \| ", guide, re.MULTILINE)
    assert listed == list(ERROR_CODES)


@pytest.mark.parametrize(
    ("model", "payload", "code"),
    [
        ("CartItem", {"quantity": 1}, "missing"),
        ("CartItem", {"sku": 1, "quantity": 1}, "type"),
        ("NewCustomerSessionV2", {"state": "closing"}, "choice"),
        ("CartItem", {"sku": "", "quantity": 1}, "too_short"),
        ("NewCustomerSessionV2", {"referralCode": "r" * 101}, "too_long"),
        ("LoyaltyCard", {"identifier": "a b"}, "pattern"),
        ("PriceDetail", {"adjustmentReferenceId": "x"}, "uuid"),
        ("CartItem", {"sku": "A", "quantity": 0}, "too_small"),
        ("Coupon", {"usageLimit": 1000000}, "too_large"),
        ("PriceDetail", {"adjustmentEffectiveFrom": "2021-02-30T00:00:00Z"}, "date_time"),
        ("NewCustomerSessionV2", {"identifiers": ["i"] * 6}, "too_many_items"),
        ("NewCustomerSessionV2", {"cartItems": [{"sku": "A", "quantity": 6000}] * 2}, "total_quantity"),
        ("CartItem", {"sku": "A", "quantity": 1, "catalog_item_id": 1}, "python_name"),
        ("NewCustomerSessionV2", {"extra": 1}, "unknown_field"),
        ("AdditionalCost", {"price": float("nan")}, "not_finite"),
        ("AdditionalCost", {"price": 10**400}, "too_large"),
        ("NewCustomerSessionV2", {"attributes": {1: "a"}}, "key_type"),
        ("NewCustomerSessionV2", {"attributes": _nested(101)}, "too_deep"),
    ],
)
def test_each_kind_of_problem_has_its_code(model: str, payload: Dict[str, Any], code: str) -> None:
    """The record of each kind of problem carries the code the guide lists for it."""
    import talon_models

    cls = getattr(talon_models, model)
    with pytest.raises(ValidationError) as caught:
        cls.from_dict(payload, unknown="forbid")
    codes = [detail.code for detail in caught.value.errors]
    assert code in codes
    assert set(codes) <= set(ERROR_CODES)


def test_the_codes_of_values_from_python_and_of_json_text() -> None:
    """A Decimal no double carries, and text that is not JSON."""
    from decimal import Decimal

    with pytest.raises(ValidationError) as caught:
        CartItem(sku="A", quantity=1, price=Decimal("0.1000000000000000055511151231257827"))
    assert [detail.code for detail in caught.value.errors] == ["not_exact"]
    for text in ('{"sku": "A", "sku": "B", "quantity": 1}', '{"sku": "A", "quantity": NaN}', "{"):
        with pytest.raises(ValidationError) as caught:
            CartItem.from_json(text)
        assert [detail.code for detail in caught.value.errors] == ["json"], text


def test_error_detail_is_a_named_record_of_four_fields() -> None:
    """ErrorDetail is a named tuple: its fields, their type hints and the default code."""
    import typing

    assert ErrorDetail._fields == ("loc", "msg", "input", "code")
    assert list(typing.get_type_hints(ErrorDetail)) == ["loc", "msg", "input", "code"]
    detail = ErrorDetail(("cartItems", 0, "sku"), "must not be empty", "")
    assert detail.code == "invalid"
    assert tuple(detail) == (("cartItems", 0, "sku"), "must not be empty", "", "invalid")
    assert detail.path == "cartItems[0].sku"
