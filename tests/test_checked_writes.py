"""to_dict and to_json check as they write: lists and dicts changed in place cannot make
them write what from_dict would refuse."""

from __future__ import annotations

from typing import Any, Callable, List, Tuple

import pytest

from talon_models import (
    AdditionalCost,
    CartItem,
    CustomerSessionV2,
    IntegrationRequest,
    NewCustomerSessionV2,
    PriceDetail,
    Product,
    ValidationError,
)


def _session() -> NewCustomerSessionV2:
    return NewCustomerSessionV2(
        evaluable_campaign_ids=[10, 12],
        coupon_codes=["a"],
        loyalty_cards=["card"],
        identifiers=["id"],
        cart_items=[
            CartItem(
                sku="A",
                quantity=2,
                attributes={"k": [1]},
                additional_costs={"shipping": AdditionalCost(price=1)},
                prices={"base": PriceDetail(price=9)},
            )
        ],
        additional_costs={"shipping": AdditionalCost(price=9)},
        attributes={"city": "Berlin"},
    )


def _refusals(model: Any) -> List[List[Tuple[str, str]]]:
    """What to_dict and to_json each refuse with, as (path, message) pairs."""
    found = []
    for write in (model.to_dict, model.to_json):
        with pytest.raises(ValidationError) as caught:
            write()
        found.append([(error.path, error.msg) for error in caught.value.errors])
    return found


CHANGES: List[Tuple[str, Callable[[NewCustomerSessionV2], None], List[Tuple[str, str]]]] = [
    (
        "null in a list of strings",
        lambda s: s.coupon_codes.append(None),
        [("couponCodes[1]", "expected string, got null")],
    ),
    (
        "an integer in a list of strings",
        lambda s: s.identifiers.append(5),
        [("identifiers[1]", "expected string, got integer")],
    ),
    (
        "a string in a list of integers",
        lambda s: s.evaluable_campaign_ids.insert(0, "10"),
        [("evaluableCampaignIds[0]", "expected integer, got string")],
    ),
    (
        "a bool in a list of integers",
        lambda s: s.evaluable_campaign_ids.append(True),
        [("evaluableCampaignIds[2]", "expected integer, got boolean")],
    ),
    (
        "an integer past 64 bits",
        lambda s: s.evaluable_campaign_ids.append(2**63),
        [("evaluableCampaignIds[2]", "must be at most 2**63 - 1 (a signed 64-bit integer)")],
    ),
    (
        "a dict in place of a cart item",
        lambda s: s.cart_items.append({"sku": "B", "quantity": 1}),
        [("cartItems[1]", "expected CartItem, got object")],
    ),
    (
        "another model in place of a cart item",
        lambda s: s.cart_items.append(Product(name="p")),
        [("cartItems[1]", "expected CartItem, got Product")],
    ),
    (
        "quantities adding up past 10000",
        lambda s: s.cart_items.extend([CartItem(sku="B", quantity=9000), CartItem(sku="C", quantity=9000)]),
        [("cartItems", "the quantities of the cart items add up to 18002; at most 10000 are allowed")],
    ),
    (
        "a quantity raised in a nested item past the total",
        lambda s: s.cart_items.append(CartItem(sku="B", quantity=9999)),
        [("cartItems", "the quantities of the cart items add up to 10001; at most 10000 are allowed")],
    ),
    (
        "a cart grown past 1000 items",
        lambda s: s.cart_items.extend([CartItem(sku="B", quantity=1)] * 1000),
        [("cartItems", "must have at most 1000 items (it has 1001)")],
    ),
    (
        "a set in the attributes",
        lambda s: s.attributes.update(tags={"a"}),
        [("attributes.tags", "expected JSON data, got set")],
    ),
    (
        "NaN deep in a cart item's attributes",
        lambda s: s.cart_items[0].attributes["k"].append(float("nan")),
        [("cartItems[0].attributes.k[1]", "must be a finite number (NaN and infinities are not JSON)")],
    ),
    (
        "a dict in place of an additional cost",
        lambda s: s.additional_costs.update(tax={"price": 1}),
        [("additionalCosts.tax", "expected AdditionalCost, got object")],
    ),
    (
        "a non-string key in a nested map",
        lambda s: s.cart_items[0].additional_costs.update({5: AdditionalCost(price=1)}),
        [("cartItems[0].additionalCosts[5]", "keys must be strings")],
    ),
    (
        "another model in a nested map",
        lambda s: s.cart_items[0].prices.update(member=AdditionalCost(price=1)),
        [("cartItems[0].prices.member", "expected PriceDetail, got AdditionalCost")],
    ),
    (
        "None in a nested map",
        lambda s: s.cart_items[0].prices.update(member=None),
        [("cartItems[0].prices.member", "expected object, got null")],
    ),
]


@pytest.mark.parametrize("change", [c[1] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_a_change_in_place_is_refused_at_its_path(change: Callable[[NewCustomerSessionV2], None]) -> None:
    """Each change made in place is refused by to_dict and to_json, naming its wire path."""
    expected = dict((c[1], c[2]) for c in CHANGES)[change]
    session = _session()
    assert session.to_dict()  # valid before the change
    change(session)
    assert _refusals(session) == [expected, expected]
    assert not session.is_valid()


def test_validate_reports_the_same_problems_as_to_dict() -> None:
    """validate() stays for explicit checks, and says the same as the refused write."""
    session = _session()
    session.coupon_codes.append(None)
    session.cart_items.append({"sku": "B"})
    with pytest.raises(ValidationError) as caught:
        session.validate()
    assert [e.path for e in caught.value.errors] == ["couponCodes[1]", "cartItems[1]"]
    assert _refusals(session)[0] == [(e.path, e.msg) for e in caught.value.errors]


def test_every_change_is_reported_at_once() -> None:
    """A write refused for one change lists all of them, as validate() does."""
    session = _session()
    session.coupon_codes[0] = None
    session.evaluable_campaign_ids[1] = "x"
    session.attributes["bad"] = b"bytes"
    assert [path for path, _ in _refusals(session)[0]] == [
        "evaluableCampaignIds[1]",
        "couponCodes[0]",
        "attributes.bad",
    ]


def test_a_change_deep_in_a_request_is_refused() -> None:
    """The generic writer (IntegrationRequest, CustomerSessionV2) checks as it writes too."""
    request = IntegrationRequest(customer_session=_session(), response_content=["coupons"])
    request.customer_session.coupon_codes.append(1)
    request.response_content.append("everything")
    refused = _refusals(request)[0]
    assert [path for path, _ in refused] == ["customerSession.couponCodes[1]", "responseContent[1]"]
    assert refused[1][1].startswith('must be one of "customerSession", ')


def test_a_change_in_a_returned_session_is_refused() -> None:
    """CustomerSessionV2's lists are checked on the way out as well."""
    data = {
        "id": 1,
        "created": "2020-02-07T08:15:22Z",
        "integrationId": "i",
        "applicationId": 2,
        "profileId": "p",
        "cartItems": [],
        "attributes": {},
        "firstSession": True,
        "total": 1,
        "cartItemTotal": 1,
        "additionalCostTotal": 0,
        "updated": "2020-02-07T08:15:22Z",
    }
    session = CustomerSessionV2.from_dict(data)
    session.cart_items.append("item")
    assert _refusals(session)[0] == [("cartItems[0]", "expected CartItem, got string")]


class Code(str):
    """A str subclass: the rules accept it, so the writer must too."""


def test_what_the_rules_accept_after_a_closer_look_is_written() -> None:
    """A value that fails the inline test but passes the rule (a str subclass) is
    written, not refused."""
    session = _session()
    session.coupon_codes.append(Code("b"))
    session.cart_items[0].prices["member"] = PriceDetail(price=1)
    written = session.to_dict()
    assert written["couponCodes"] == ["a", "b"]
    assert written["cartItems"][0]["prices"]["member"] == {"price": 1}
    assert NewCustomerSessionV2.from_dict(written).to_dict() == written


def test_a_refused_write_changes_nothing() -> None:
    """The model keeps what was put in it: fixing the list makes it writable again."""
    session = _session()
    before = session.to_dict()
    session.coupon_codes.append(None)
    with pytest.raises(ValidationError):
        session.to_dict()
    session.coupon_codes.pop()
    assert session.to_dict() == before


def test_each_list_is_checked_against_its_own_limits() -> None:
    """Coupon codes, loyalty cards and identifiers have different limits, each kept on write."""
    session = _session()
    session.identifiers.append("i" * 200)  # no length limit on identifiers
    session.to_dict()
    session.coupon_codes.append("c" * 101)
    session.loyalty_cards.append("second")
    session.identifiers.extend(["a", "b", "c", "d"])
    assert _refusals(session)[0] == [
        ("couponCodes[1]", "must be at most 100 characters long (it has 101)"),
        ("loyaltyCards", "must have at most 1 item (it has 2)"),
        ("identifiers", "must have at most 5 items (it has 6)"),
    ]
