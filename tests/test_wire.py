"""from_dict / to_dict: the wire rules of the core issue, one behaviour per test."""

from __future__ import annotations

import copy
import json
from collections import OrderedDict
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest
from oracle import strict_equal

import talon_models
from talon_models import (
    AdditionalCost,
    CartItem,
    NewCustomerSessionV2,
    PriceDetail,
    Product,
    ValidationError,
)

DATA = Path(__file__).parent / "data"
VALID = sorted((DATA / "valid").glob("*.json"))
INVALID = json.loads((DATA / "invalid.json").read_text("utf-8"))
MODELS = [NewCustomerSessionV2, CartItem, AdditionalCost, Product, PriceDetail]


def _valid_fixture(path: Path) -> Tuple[Any, Dict[str, Any]]:
    return getattr(talon_models, path.name.split("--")[0]), json.loads(path.read_text("utf-8"))


@pytest.mark.parametrize("path", VALID, ids=[path.stem for path in VALID])
def test_valid_fixture_round_trips_exactly(path: Path) -> None:
    """from_dict(d).to_dict() gives back d, key order and number types included."""
    model, data = _valid_fixture(path)
    assert strict_equal(model.from_dict(data).to_dict(), data)


@pytest.mark.parametrize("path", VALID, ids=[path.stem for path in VALID])
def test_valid_fixture_model_round_trips(path: Path) -> None:
    """from_dict(m.to_dict()) == m, and the JSON text round trip too."""
    model, data = _valid_fixture(path)
    built = model.from_dict(data)
    assert model.from_dict(built.to_dict()) == built
    assert model.from_json(built.to_json()) == built
    assert model.from_json(built.to_json(indent=2)) == built


@pytest.mark.parametrize("case", INVALID, ids=[case["name"] for case in INVALID])
def test_invalid_fixture_reports_every_problem_in_field_order(case: Dict[str, Any]) -> None:
    """Each invalid payload fails with exactly its expected wire paths, in field order."""
    with pytest.raises(ValidationError) as caught:
        getattr(talon_models, case["model"]).from_dict(case["payload"])
    assert [error.path for error in caught.value.errors] == case["errors"]


def test_unset_fields_are_omitted() -> None:
    """A model with nothing set writes an empty object."""
    assert NewCustomerSessionV2().to_dict() == {}
    assert PriceDetail().to_dict() == {}


def test_json_null_means_unset() -> None:
    """A null on input is the same as a missing key, and null is never written."""
    data = {"profileId": None, "couponCodes": None, "state": None, "cartItems": None, "attributes": None}
    session = NewCustomerSessionV2.from_dict(data)
    assert session == NewCustomerSessionV2()
    assert session.to_dict() == {}
    assert session.coupon_codes is None


def test_none_means_unset_in_python() -> None:
    """Assigning None unsets a field, which is then left out of the wire form."""
    session = NewCustomerSessionV2(profile_id="p", referral_code="R")
    session.referral_code = None
    assert session.to_dict() == {"profileId": "p"}


def test_empty_values_that_were_set_are_written() -> None:
    """An empty list, empty dict or empty string that was set is sent."""
    session = NewCustomerSessionV2(coupon_codes=[], referral_code="", additional_costs={}, attributes={})
    assert session.to_dict() == {"couponCodes": [], "referralCode": "", "additionalCosts": {}, "attributes": {}}


def test_empty_coupon_codes_are_sent_only_when_set() -> None:
    """couponCodes: [] clears the coupons on the server, so it is written exactly when set."""
    assert "couponCodes" not in NewCustomerSessionV2(profile_id="p").to_dict()
    assert NewCustomerSessionV2.from_dict({"couponCodes": []}).to_dict() == {"couponCodes": []}
    session = NewCustomerSessionV2()
    session.coupon_codes = []
    assert session.to_dict() == {"couponCodes": []}


def test_state_reads_open_when_unset() -> None:
    """session.state is "open" by default, as in Ruby."""
    assert NewCustomerSessionV2().state == "open"
    assert NewCustomerSessionV2.from_dict({}).state == "open"


def test_state_is_written_only_when_set() -> None:
    """The default state is not sent; a given, parsed or assigned one is."""
    assert "state" not in NewCustomerSessionV2().to_dict()
    assert NewCustomerSessionV2(state="open").to_dict() == {"state": "open"}
    assert NewCustomerSessionV2.from_dict({"state": "closed"}).to_dict() == {"state": "closed"}
    session = NewCustomerSessionV2()
    session.state = "cancelled"
    assert session.to_dict() == {"state": "cancelled"}
    session.state = None
    assert session.to_dict() == {}
    assert session.state == "open"


def test_unknown_keys_are_kept_by_default_at_every_depth() -> None:
    """A payload from a newer API version passes through unchanged."""
    data = {
        "newTopLevel": {"a": [1, None]},
        "cartItems": [{"sku": "A", "quantity": 1, "newItemField": 2, "product": {"name": "P", "newProductField": "x"}}],
    }
    session = NewCustomerSessionV2.from_dict(data)
    assert session.to_dict() == {
        "cartItems": [{"sku": "A", "quantity": 1, "product": {"name": "P", "newProductField": "x"}, "newItemField": 2}],
        "newTopLevel": {"a": [1, None]},
    }
    assert session.unknown_fields == {"newTopLevel": {"a": [1, None]}}
    assert session.cart_items is not None
    assert session.cart_items[0].unknown_fields == {"newItemField": 2}


def test_unknown_keys_can_be_ignored() -> None:
    """unknown="ignore" drops unknown keys at every depth."""
    data = {"extra": 1, "cartItems": [{"sku": "A", "quantity": 1, "extra": 2}]}
    session = NewCustomerSessionV2.from_dict(data, unknown="ignore")
    assert session.to_dict() == {"cartItems": [{"sku": "A", "quantity": 1}]}


def test_unknown_keys_can_be_forbidden() -> None:
    """unknown="forbid" reports every unknown key by its wire path."""
    data = {"extra": 1, "cartItems": [{"sku": "A", "quantity": 1, "colour": "red"}]}
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_dict(data, unknown="forbid")
    assert [(error.path, error.msg) for error in caught.value.errors] == [
        ("cartItems[0].colour", "unknown field"),
        ("extra", "unknown field"),
    ]


@pytest.mark.parametrize("unknown", ["keep", "ignore", "forbid"])
def test_python_names_are_refused_at_every_depth_in_every_mode(unknown: Any) -> None:
    """A field's Python name on the wire is a mistake, never an unknown key: each is named
    at its path, with the JSON key to use instead, and its value is checked as that field's
    in the same round."""
    data = {
        "profile_id": "p",
        "cartItems": [
            {"sku": "A", "quantity": 1, "catalog_item_id": 5},
            {"sku": "B", "quantity": 1, "prices": {"member": {"adjustment_reference_id": "x"}}},
        ],
        "additionalCosts": {"shipping": {"price": 1}},
        "cart_items": [],
    }
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_dict(data, unknown=unknown)
    found = [(error.path, error.msg) for error in caught.value.errors]
    assert sorted(found) == sorted(
        [
            ("cartItems[0].catalog_item_id", "is the Python name of a field; its JSON key is catalogItemID"),
            (
                "cartItems[1].prices.member.adjustment_reference_id",
                "is the Python name of a field; its JSON key is adjustmentReferenceId",
            ),
            (
                "cartItems[1].prices.member.adjustment_reference_id",
                "must be a UUID: 32 hexadecimal digits grouped 8-4-4-4-12 by hyphens",
            ),
            ("profile_id", "is the Python name of a field; its JSON key is profileId"),
            ("cart_items", "is the Python name of a field; its JSON key is cartItems"),
        ]
    )


def test_a_python_name_key_has_its_value_checked_in_the_same_round() -> None:
    """Renaming the keys is not followed by a second round of errors from inside them."""
    data = {"profile_id": "p", "cart_items": [{"sku": "A", "quantity": 2.0, "price": "19.99"}]}
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_dict(data)
    assert [(error.path, error.msg) for error in caught.value.errors] == [
        ("profile_id", "is the Python name of a field; its JSON key is profileId"),
        ("cart_items", "is the Python name of a field; its JSON key is cartItems"),
        ("cart_items[0].quantity", "expected integer, got number"),
        ("cart_items[0].price", "expected number, got string"),
    ]


def test_python_names_equal_to_their_json_key_are_fields() -> None:
    """Where the Python name is the JSON key (sku, name, state), it is simply the field."""
    item = CartItem.from_dict({"sku": "A", "quantity": 1, "name": "N"})
    assert (item.sku, item.name) == ("A", "N")


def test_other_snake_case_keys_stay_unknown_keys() -> None:
    """Only a field's own Python name is refused: another model's, or any other key, is kept."""
    item = CartItem.from_dict({"sku": "A", "quantity": 1, "profile_id": "p", "gift_wrap": True})
    assert item.unknown_fields == {"profile_id": "p", "gift_wrap": True}


def test_unknown_mode_must_be_one_of_three() -> None:
    """A misspelt unknown= mode is a programming error, reported as ValueError."""
    with pytest.raises(ValueError, match="keep"):
        Product.from_dict({"name": "x"}, unknown="drop")


def test_unknown_values_must_be_json_data() -> None:
    """An unknown key's value is checked too, so to_json can always write it."""
    with pytest.raises(ValidationError) as caught:
        Product.from_dict({"name": "x", "extra": {1, 2}})
    assert [error.path for error in caught.value.errors] == ["extra"]


def test_keys_come_out_in_field_order() -> None:
    """Whatever the input order, to_dict writes keys in Ruby field order."""
    data = {"quantity": 1, "prices": {"b": {"price": 1}}, "sku": "A", "name": "N", "catalogItemID": 3}
    assert list(CartItem.from_dict(data).to_dict()) == ["name", "sku", "quantity", "catalogItemID", "prices"]


def test_to_dict_returns_fresh_containers() -> None:
    """Changing what to_dict returned never changes the model."""
    path = DATA / "valid" / "NewCustomerSessionV2--three-full-items.json"
    session = NewCustomerSessionV2.from_dict(json.loads(path.read_text("utf-8")))
    first = session.to_dict()
    first["cartItems"][0]["attributes"]["image"] = "changed"
    first["cartItems"][0]["prices"]["member"]["price"] = -1
    first["couponCodes"].append("NEW")
    first["attributes"]["ShippingCity"] = "Paris"
    assert session.to_dict() == json.loads(path.read_text("utf-8"))


def test_from_dict_does_not_change_or_share_its_input() -> None:
    """The input is left as it was, and changing it later does not reach the model."""
    data = json.loads((DATA / "valid" / "NewCustomerSessionV2--unknown-keys-everywhere.json").read_text("utf-8"))
    data["attributes"] = {"a": [{"b": 1}]}
    original = copy.deepcopy(data)
    session = NewCustomerSessionV2.from_dict(data)
    assert data == original
    data["attributes"]["a"][0]["b"] = 2
    data["futureField"]["nested"].append("x")
    data["cartItems"][0]["giftWrap"] = False
    data["cartItems"].append({"sku": "B", "quantity": 1})
    assert session.to_dict() == original


def test_constructor_copies_lists_and_dicts() -> None:
    """Lists and dicts given to a constructor are copied, so the caller keeps theirs."""
    codes: List[str] = ["A"]
    attributes: Dict[str, Any] = {"k": [1]}
    session = NewCustomerSessionV2(coupon_codes=codes, attributes=attributes)
    codes.append("B")
    attributes["k"].append(2)
    assert session.to_dict() == {"couponCodes": ["A"], "attributes": {"k": [1]}}


def test_dict_subclass_input_is_read_like_a_dict() -> None:
    """An OrderedDict (or another dict subclass) is accepted."""
    assert Product.from_dict(OrderedDict(name="x")).name == "x"


def test_integers_in_number_fields_stay_integers() -> None:
    """9 stays 9 (Ruby writes 9.0), so nothing is rounded and the JSON text is unchanged."""
    item = CartItem.from_dict({"sku": "A", "quantity": 1, "price": 9, "weight": 2**60})
    assert item.to_json() == '{"sku":"A","quantity":1,"price":9,"weight":1152921504606846976}'


@pytest.mark.parametrize("model", MODELS, ids=[model.__name__ for model in MODELS])
def test_non_object_top_level_is_an_error_at_the_top(model: Any) -> None:
    """A list, string, number or null where an object belongs fails at the empty path."""
    for value in ([], "x", 3, None, True):
        with pytest.raises(ValidationError) as caught:
            model.from_dict(value)
        assert [(error.path, error.input) for error in caught.value.errors] == [("", value)]


def test_same_model_always_writes_the_same_json() -> None:
    """Writing is deterministic, and equal models from the same text write the same text."""
    text = (DATA / "valid" / "NewCustomerSessionV2--unicode.json").read_text("utf-8")
    first = NewCustomerSessionV2.from_json(text)
    second = NewCustomerSessionV2.from_json(text)
    assert first == second
    assert first.to_json() == first.to_json() == second.to_json()
