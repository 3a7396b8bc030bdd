"""Field rules, checked everywhere: construction, assignment, from_dict and validate()."""

from __future__ import annotations

import math
from datetime import datetime, timezone
from typing import Any, Dict, List, Tuple

import pytest

from talon_models import (
    AdditionalCost,
    CartItem,
    NewCustomerSessionV2,
    PriceDetail,
    Product,
    ValidationError,
)


def _errors(function: Any, *args: Any, **kwargs: Any) -> List[Tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        function(*args, **kwargs)
    return [(error.path, error.msg) for error in caught.value.errors]


# -- the rules, with their exact messages -------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"storeIntegrationId": ""}, [("storeIntegrationId", "must not be empty")]),
        (
            {"storeIntegrationId": "s" * 1001},
            [("storeIntegrationId", "must be at most 1000 characters long (it has 1001)")],
        ),
        (
            {"referralCode": "r" * 101},
            [("referralCode", "must be at most 100 characters long (it has 101)")],
        ),
        (
            {"state": "Open"},
            [("state", 'must be one of "open", "closed", "partially_returned", "cancelled"')],
        ),
        (
            {"couponCodes": ["ok", "c" * 101]},
            [("couponCodes[1]", "must be at most 100 characters long (it has 101)")],
        ),
        ({"loyaltyCards": ["a", "b"]}, [("loyaltyCards", "must have at most 1 item (it has 2)")]),
        ({"identifiers": list("abcdef")}, [("identifiers", "must have at most 5 items (it has 6)")]),
        ({"profileId": 7}, [("profileId", "expected string, got integer")]),
        ({"couponCodes": "A"}, [("couponCodes", "expected array, got string")]),
        ({"couponCodes": [None]}, [("couponCodes[0]", "expected string, got null")]),
        ({"additionalCosts": {"s": None}}, [("additionalCosts.s", "expected object, got null")]),
        ({"attributes": [1]}, [("attributes", "expected object, got array")]),
        (
            {"cartItems": [{"sku": "A", "quantity": 6000}, {"sku": "B", "quantity": 4001}]},
            [("cartItems", "the quantities of the cart items add up to 10001; at most 10000 are allowed")],
        ),
    ],
)
def test_session_rule_messages(data: Dict[str, Any], expected: List[Tuple[str, str]]) -> None:
    """Each session rule fails with its path and exact message."""
    assert _errors(NewCustomerSessionV2.from_dict, data) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"quantity": 1}, [("sku", "is required")]),
        ({"sku": "A"}, [("quantity", "is required")]),
        ({"sku": "", "quantity": 1}, [("sku", "must not be empty")]),
        ({"sku": "A", "quantity": 0}, [("quantity", "must be at least 1")]),
        ({"sku": "A", "quantity": 1.0}, [("quantity", "expected integer, got number")]),
        ({"sku": "A", "quantity": "2"}, [("quantity", "expected integer, got string")]),
        ({"sku": "A", "quantity": True}, [("quantity", "expected integer, got boolean")]),
        (
            {"sku": "A", "quantity": 2**63},
            [("quantity", "must be at most 2**63 - 1 (a signed 64-bit integer)")],
        ),
        (
            {"sku": "A", "quantity": 1, "catalogItemID": -(2**63) - 1},
            [("catalogItemID", "must be at least -2**63 (a signed 64-bit integer)")],
        ),
        ({"sku": "A", "quantity": 1, "price": False}, [("price", "expected number, got boolean")]),
        (
            {"sku": "A", "quantity": 1, "price": math.inf},
            [("price", "must be a finite number (NaN and infinities are not JSON)")],
        ),
        (
            {"sku": "A", "quantity": 1, "weight": 10**400},
            [("weight", "is too large for a 64-bit floating-point number")],
        ),
        ({"sku": "A", "quantity": 1, "product": {}}, [("product.name", "is required")]),
        (
            {"sku": "A", "quantity": 1, "attributes": {"a": {1: "x"}}},
            [("attributes.a[1]", "object keys must be strings")],
        ),
        (
            {"sku": "A", "quantity": 1, "attributes": {"a": {"b"}}},
            [("attributes.a", "expected JSON data, got set")],
        ),
        (
            {"sku": "A", "quantity": 1, "attributes": {"a": [math.nan]}},
            [("attributes.a[0]", "must be a finite number (NaN and infinities are not JSON)")],
        ),
    ],
)
def test_cart_item_rule_messages(data: Dict[str, Any], expected: List[Tuple[str, str]]) -> None:
    """Each cart item rule fails with its path and exact message."""
    assert _errors(CartItem.from_dict, data) == expected


UUID = "68851723-e6fa-488f-ace9-112581e6c19b"
NOT_UUIDS = [
    "",
    "base-0",
    UUID.replace("-", ""),  # undashed: Python's uuid.UUID takes it, the API's format does not
    "{%s}" % UUID,
    "urn:uuid:" + UUID,
    UUID + "\n",
    " " + UUID,
    UUID[:-1],
    UUID + "0",
    UUID.replace("e", "g"),
    UUID.replace("-", "_"),
    "68851723-e6fa-488f-ace9112581e6c19b-",  # the right length, the hyphens misplaced
    UUID.replace("6", "\uff16"),  # a fullwidth digit is a digit to str.isdigit, not hexadecimal
]
UUID_MESSAGE = "must be a UUID: 32 hexadecimal digits grouped 8-4-4-4-12 by hyphens"


@pytest.mark.parametrize("text", NOT_UUIDS)
def test_adjustment_reference_ids_must_be_uuids_everywhere(text: str) -> None:
    """In a cart item and in each of its prices, on the wire, in the constructor and on assignment."""
    data = {"sku": "A", "quantity": 1, "adjustmentReferenceId": text, "prices": {"m": {"adjustmentReferenceId": text}}}
    assert _errors(CartItem.from_dict, data) == [
        ("adjustmentReferenceId", UUID_MESSAGE),
        ("prices.m.adjustmentReferenceId", UUID_MESSAGE),
    ]
    assert _errors(PriceDetail, adjustment_reference_id=text) == [("adjustmentReferenceId", UUID_MESSAGE)]
    assert _errors(CartItem, sku="A", quantity=1, adjustment_reference_id=text) == [
        ("adjustmentReferenceId", UUID_MESSAGE)
    ]
    detail = PriceDetail(adjustment_reference_id=UUID)
    assert _errors(setattr, detail, "adjustment_reference_id", text) == [("adjustmentReferenceId", UUID_MESSAGE)]
    assert detail.adjustment_reference_id == UUID


@pytest.mark.parametrize(
    "text", [UUID, UUID.upper(), "00000000-0000-0000-0000-000000000000", "0123ABCD-ef01-2345-6789-abcdefABCDEF"]
)
def test_uuids_of_any_version_and_letter_case_are_kept_as_given(text: str) -> None:
    """Hexadecimal digits are read in either case (RFC 9562) and never rewritten."""
    item = CartItem.from_dict({"sku": "A", "quantity": 1, "adjustmentReferenceId": text})
    assert item.adjustment_reference_id == text
    assert item.to_dict()["adjustmentReferenceId"] == text
    assert PriceDetail.from_dict({"adjustmentReferenceId": text}).to_dict() == {"adjustmentReferenceId": text}


def test_texts_accepted_as_uuids_are_remembered_but_never_anything_else() -> None:
    """The set of known UUIDs that the readers test inline holds only UUIDs, and stays bounded."""
    from talon_models import _fields

    class Text(str):
        pass

    for _ in range(2):  # a second time, when the UUIDs are known: the same answers
        for text in NOT_UUIDS:
            assert _errors(PriceDetail.from_dict, {"adjustmentReferenceId": text}) == [
                ("adjustmentReferenceId", UUID_MESSAGE)
            ]
        assert PriceDetail.from_dict({"adjustmentReferenceId": UUID}).adjustment_reference_id == UUID
    assert UUID in _fields.known_uuids
    assert not _fields.known_uuids.intersection(NOT_UUIDS)
    assert _fields.is_uuid(Text("11111111-2222-3333-4444-555555555555"))
    assert all(type(text) is str for text in _fields.known_uuids)  # a subclass is tested, not kept
    for number in range(5000):
        assert _fields.is_uuid("00000000-0000-4000-8000-%012d" % number)
    assert 0 < len(_fields.known_uuids) <= 4096


def test_the_api_limits_are_checked_on_construction_and_assignment() -> None:
    """Coupon code length, loyalty card and identifier counts: the same rules as from_dict."""
    assert _errors(NewCustomerSessionV2, coupon_codes=["c" * 101], loyalty_cards=["a", "b"], identifiers=["i"] * 6) == [
        ("couponCodes[0]", "must be at most 100 characters long (it has 101)"),
        ("loyaltyCards", "must have at most 1 item (it has 2)"),
        ("identifiers", "must have at most 5 items (it has 6)"),
    ]
    session = NewCustomerSessionV2(loyalty_cards=["a"])
    assert _errors(setattr, session, "loyalty_cards", ["a", "b"]) == [
        ("loyaltyCards", "must have at most 1 item (it has 2)")
    ]
    assert session.loyalty_cards is not None
    session.loyalty_cards.append("b")  # changed in place: validate() finds it
    assert _errors(session.validate) == [("loyaltyCards", "must have at most 1 item (it has 2)")]


def test_the_api_limits_are_inclusive() -> None:
    """A 100-character coupon code, one loyalty card and five identifiers are accepted."""
    data = {"couponCodes": ["c" * 100, ""], "loyaltyCards": ["card"], "identifiers": ["i"] * 5}
    assert NewCustomerSessionV2.from_dict(data).to_dict() == data


def test_lengths_count_code_points() -> None:
    """1000 accented letters or emoji are 1000 characters, however many bytes they take."""
    assert NewCustomerSessionV2(store_integration_id="é" * 1000).store_integration_id == "é" * 1000
    assert NewCustomerSessionV2(store_integration_id="😀" * 1000).store_integration_id == "😀" * 1000
    assert _errors(NewCustomerSessionV2, store_integration_id="😀" * 1001) == [
        ("storeIntegrationId", "must be at most 1000 characters long (it has 1001)")
    ]


def test_referral_code_may_be_empty() -> None:
    """An empty referral code is allowed (it discards the previous one on the server)."""
    assert NewCustomerSessionV2(referral_code="").to_dict() == {"referralCode": ""}


def test_product_name_may_be_empty() -> None:
    """Product.name is required but "" is a name, as in Ruby."""
    assert Product(name="").name == ""


def test_ints_are_numbers_and_bools_are_not() -> None:
    """An int is fine where a float is expected; a bool is not a number anywhere."""
    assert AdditionalCost(price=9).price == 9
    assert _errors(AdditionalCost, price=True) == [("price", "expected number, got boolean")]
    assert _errors(CartItem, sku="A", quantity=False) == [("quantity", "expected integer, got boolean")]


def test_nan_and_infinities_are_rejected() -> None:
    """NaN and infinities are not JSON numbers."""
    for value in (math.nan, math.inf, -math.inf):
        assert _errors(PriceDetail, price=value) == [
            ("price", "must be a finite number (NaN and infinities are not JSON)")
        ]


def test_attributes_may_nest_100_levels() -> None:
    """attributes itself is level 1; a container at level 101 is too deep."""

    def nest(levels: int) -> Dict[str, Any]:
        value: Dict[str, Any] = {}
        for _ in range(levels - 1):
            value = {"a": value}
        return value

    assert CartItem(sku="A", quantity=1, attributes=nest(100)).attributes == nest(100)
    errors = _errors(CartItem, sku="A", quantity=1, attributes=nest(101))
    assert errors == [("attributes" + ".a" * 100, "nests deeper than 100 levels")]


def test_cart_item_cap_is_checked_before_items_are_read() -> None:
    """1001 cart items fail on the count alone; the (bad) items themselves are not read."""
    errors = _errors(NewCustomerSessionV2.from_dict, {"cartItems": [None] * 1001})
    assert errors == [("cartItems", "must have at most 1000 items (it has 1001)")]


def test_exact_limits_are_accepted() -> None:
    """1000 items, and quantities adding up to exactly 10000, are within the limits."""
    items = [{"sku": "S%d" % index, "quantity": 10} for index in range(1000)]
    session = NewCustomerSessionV2.from_dict({"cartItems": items})
    assert session.cart_items is not None and len(session.cart_items) == 1000


def test_every_problem_is_reported_in_field_order() -> None:
    """Problems come in field order, not input order, and none is left out."""
    data = {"state": "bogus", "attributes": 1, "storeIntegrationId": "", "profileId": 3}
    assert [path for path, _ in _errors(NewCustomerSessionV2.from_dict, data)] == [
        "profileId",
        "storeIntegrationId",
        "state",
        "attributes",
    ]


# -- construction and assignment ----------------------------------------------------------


def test_constructors_are_keyword_only() -> None:
    """A positional call raises TypeError instead of shifting values into wrong fields."""
    with pytest.raises(TypeError):
        CartItem("name", "SKU", 1)  # type: ignore[misc]


def test_missing_required_keyword_is_a_type_error() -> None:
    """Leaving out a required argument is Python's own TypeError."""
    with pytest.raises(TypeError):
        CartItem(sku="A")  # type: ignore[call-arg]


def test_none_for_a_required_field_is_a_validation_error() -> None:
    """None means unset, and a required field cannot be unset."""
    assert _errors(CartItem, sku=None, quantity=None) == [("sku", "is required"), ("quantity", "is required")]


def test_constructor_checks_every_argument() -> None:
    """All bad arguments are reported together, by wire path."""
    assert _errors(CartItem, sku="", quantity=0, catalog_item_id="7", product={"name": "x"}) == [
        ("sku", "must not be empty"),
        ("quantity", "must be at least 1"),
        ("product", "expected Product, got object"),
        ("catalogItemID", "expected integer, got string"),
    ]


def test_constructor_takes_model_instances_for_nested_fields() -> None:
    """Nested values are model instances; their own problems are reported in place."""
    item = CartItem(sku="A", quantity=1, prices={"base": PriceDetail(price=1)})
    session = NewCustomerSessionV2(cart_items=[item], additional_costs={"shipping": AdditionalCost(price=2)})
    assert session.to_dict() == {
        "cartItems": [{"sku": "A", "quantity": 1, "prices": {"base": {"price": 1}}}],
        "additionalCosts": {"shipping": {"price": 2}},
    }
    assert _errors(NewCustomerSessionV2, cart_items=[item, {"sku": "B", "quantity": 1}]) == [
        ("cartItems[1]", "expected CartItem, got object")
    ]


def test_assignment_is_checked_and_keeps_the_old_value_on_error() -> None:
    """A bad assignment raises and leaves the field as it was."""
    item = CartItem(sku="A", quantity=2)
    with pytest.raises(ValidationError) as caught:
        item.quantity = 0
    assert [(error.path, error.msg, error.input) for error in caught.value.errors] == [
        ("quantity", "must be at least 1", 0)
    ]
    assert item.quantity == 2


@pytest.mark.parametrize(
    ("attribute", "value"),
    [
        ("name", 1),
        ("price", "9.99"),
        ("product", "shoe"),
        ("weight", math.nan),
        ("attributes", {"a": object()}),
        ("additional_costs", {"s": 1}),
        ("adjustment_effective_from", "2021-09-12T10:12:42Z"),
        ("adjustment_effective_until", datetime(2021, 9, 12)),
        ("prices", [PriceDetail()]),
    ],
)
def test_assignment_checks_every_field_type(attribute: str, value: Any) -> None:
    """Every field checks its type on assignment, not only the five Ruby checks."""
    item = CartItem(sku="A", quantity=1)
    with pytest.raises(ValidationError):
        setattr(item, attribute, value)
    assert getattr(item, attribute) is None


def test_assigning_an_unknown_attribute_fails() -> None:
    """A misspelt attribute is Python's AttributeError, not a ValidationError (bad code, not bad data)."""
    item = CartItem(sku="A", quantity=1)
    with pytest.raises(AttributeError) as caught:
        item.colour = "red"  # type: ignore[attr-defined]
    assert not isinstance(caught.value, ValueError)
    assert "colour" in str(caught.value)
    with pytest.raises(AttributeError):
        del item.colour  # type: ignore[attr-defined]
    assert item.to_dict() == {"sku": "A", "quantity": 1}


def test_session_assignment_checks_the_cart_limits() -> None:
    """Assigning cart items checks the item count and the quantity sum."""
    session = NewCustomerSessionV2()
    with pytest.raises(ValidationError):
        session.cart_items = [CartItem(sku="A", quantity=10001)]
    with pytest.raises(ValidationError):
        session.cart_items = [CartItem(sku="A", quantity=1)] * 1001


# -- validate() and is_valid() ---------------------------------------------------------------


def test_validate_finds_in_place_changes() -> None:
    """validate() re-checks lists and dicts that were changed in place."""
    item = CartItem(sku="A", quantity=1, attributes={"a": 1})
    session = NewCustomerSessionV2(coupon_codes=["X"], cart_items=[item])
    assert session.is_valid()
    session.validate()
    assert session.coupon_codes is not None and session.cart_items is not None
    session.coupon_codes.append(5)  # type: ignore[arg-type]
    session.cart_items.append("item")  # type: ignore[arg-type]
    item.attributes["b"] = {1, 2}  # type: ignore[index]
    assert not session.is_valid()
    assert _errors(session.validate) == [
        ("couponCodes[1]", "expected string, got integer"),
        ("cartItems[0].attributes.b", "expected JSON data, got set"),
        ("cartItems[1]", "expected CartItem, got string"),
    ]


def test_validate_finds_a_quantity_sum_broken_through_an_item() -> None:
    """Raising one item's quantity can break the session's sum; validate() says so."""
    item = CartItem(sku="A", quantity=5000)
    session = NewCustomerSessionV2(cart_items=[item, CartItem(sku="B", quantity=5000)])
    item.quantity = 5001
    assert _errors(session.validate) == [
        ("cartItems", "the quantities of the cart items add up to 10001; at most 10000 are allowed")
    ]


def test_to_dict_reports_a_broken_tree_as_validation_error() -> None:
    """to_dict() never lets another exception out: a broken tree is a ValidationError."""
    session = NewCustomerSessionV2(cart_items=[CartItem(sku="A", quantity=1)])
    assert session.cart_items is not None
    session.cart_items.append(None)  # type: ignore[arg-type]
    assert _errors(session.to_dict) == [("cartItems[1]", "expected CartItem, got null")]


def test_to_json_reports_data_json_cannot_write() -> None:
    """to_json() always writes valid JSON or raises ValidationError."""
    item = CartItem(sku="A", quantity=1, attributes={"a": [1]})
    assert item.attributes is not None
    item.attributes["a"].append(math.nan)
    assert _errors(item.to_json) == [("attributes.a[1]", "must be a finite number (NaN and infinities are not JSON)")]


def test_is_valid_is_rubys_valid() -> None:
    """A model built through the checks is valid."""
    assert CartItem(sku="A", quantity=1).is_valid()
    assert PriceDetail().is_valid()
    assert NewCustomerSessionV2(attributes={"t": datetime.now(timezone.utc).isoformat()}).is_valid()
