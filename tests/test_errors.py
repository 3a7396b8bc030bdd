"""ValidationError: one type, structured records, readable text."""

from __future__ import annotations

import pickle

import pytest

from talon_models import CartItem, ErrorDetail, NewCustomerSessionV2, ValidationError


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
