"""The benchmark payloads and the floors that check nothing.

* ``session(N)``: a fully populated session with N fully populated cart items, each of
  whose three ``adjustmentReferenceId`` values is a UUID of its own;
* ``effects(N)``: N effects made of the vendor spec's example of each effect type;
* ``response()``: a realistic response to a session update (a 10-item session, the
  customer profile, loyalty, three triggered campaigns, 20 effects);
* ``rebuild`` and ``rebuild_strict``: the floors, a recursive copy of the dicts and lists.
"""

from __future__ import annotations

import copy
import json
import os
import uuid
from typing import Any, Dict, List

SPEC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "data", "spec")
_NAMESPACE = uuid.UUID("5f0c3f4e-2d36-4c59-9a0e-6b1d2c0a7e11")


def reference_id(index: int, which: str) -> str:
    """A UUID of its own for each cart item and place (``which``), the same on every run."""
    return str(uuid.uuid5(_NAMESPACE, "%s-%d" % (which, index)))


def cart_item(index: int) -> Dict[str, Any]:
    """A cart item with every field set, two attributes, one cost, two prices and a product."""
    day = 1 + index % 28
    return {
        "name": "Air Glide %d" % index,
        "sku": "SKU%07d" % index,
        "quantity": 1 + index % 5,
        "returnedQuantity": index % 2,
        "remainingQuantity": 1,
        "price": 99.99 + index,
        "category": "shoes",
        "product": {"name": "sample_product"},
        "weight": 1130.0,
        "height": 10.5,
        "width": 20.0,
        "length": 30.25,
        "position": float(index),
        "attributes": {"image": "%d.jpeg" % index, "material": "leather"},
        "additionalCosts": {"shipping": {"price": 9}},
        "catalogItemID": 1000 + index,
        "selectedPriceType": "member",
        "adjustmentReferenceId": reference_id(index, "item"),
        "adjustmentEffectiveFrom": "2021-09-%02dT10:12:42Z" % day,
        "adjustmentEffectiveUntil": "2021-10-%02dT10:12:42+02:00" % day,
        "prices": {
            "member": {
                "price": 90,
                "adjustmentReferenceId": reference_id(index, "member"),
                "adjustmentEffectiveFrom": "2025-05-%02dT00:00:00Z" % day,
                "adjustmentEffectiveUntil": "2025-06-%02dT00:00:00.25-05:30" % day,
            },
            "base": {
                "price": 100.5,
                "adjustmentReferenceId": reference_id(index, "base"),
                "adjustmentEffectiveFrom": "2025-01-%02dT08:30:00Z" % day,
                "adjustmentEffectiveUntil": "2025-12-%02dT23:59:59Z" % day,
            },
        },
    }


def session(items: int) -> Dict[str, Any]:
    """A session with every field set and ``items`` cart items (quantities stay within limits)."""
    return {
        "profileId": "URNGV8294NV",
        "storeIntegrationId": "STORE-001",
        "evaluableCampaignIds": [10, 12],
        "couponCodes": ["XMAS-20-2021"],
        "referralCode": "NT2K54D9",
        "loyaltyCards": ["loyalty-card-1"],
        "state": "open",
        "cartItems": [cart_item(index) for index in range(items)],
        "additionalCosts": {"shipping": {"price": 9}},
        "identifiers": ["d41306257915f83fe01e54092ae470f631161ea16fcf4415842eed41470386ea"],
        "attributes": {"ShippingCity": "Berlin", "Express": True},
    }


def _spec(name: str) -> Any:
    with open(os.path.join(SPEC, name), encoding="utf-8") as handle:
        return json.load(handle)


# The effect types both talon_models and talon-one-sdk have a props model for, and whose
# spec example both read: all of the spec's 35 but these two.
LEFT_OUT_EFFECT_TYPES = {
    # Ruby 10.0.0 has no props class for it, so talon_models has no typed view of it.
    "setLoyaltyPointsExpiryDate": "no props model in Ruby 10.0.0",
    # The spec's example has no previousExpirationDate, which Ruby's props class requires.
    "extendLoyaltyPointsExpiryDate": "the spec's example lacks the required previousExpirationDate",
}


def effect_examples() -> List[Dict[str, Any]]:
    """One effect of each type that both libraries read, as in tests/data/spec/full-response.json."""
    effects = _spec("full-response.json")["effects"]
    return [effect for effect in effects if effect["effectType"] not in LEFT_OUT_EFFECT_TYPES]


def effects(count: int) -> List[Dict[str, Any]]:
    """``count`` effects, taking the spec's example of each effect type in turn (33 types)."""
    examples = effect_examples()
    return [copy.deepcopy(examples[index % len(examples)]) for index in range(count)]


def response(items: int = 10, effect_count: int = 20) -> Dict[str, Any]:
    """A realistic response to a session update, from the spec's complete example.

    The session with ``items`` cart items of ``cart_item()`` (and the spec's other session
    fields), the customer profile, loyalty, the three triggered campaigns, ``effect_count``
    effects of ``effects()``, and the created coupons and referrals (empty, as in most
    responses; talon-one-sdk requires both keys).
    """
    full = _spec("full-response.json")
    session = dict(full["customerSession"])
    # The spec's session already holds the keys newer than Ruby 10.0.0 that talon-one-sdk
    # requires (updateCount): talon_models keeps them as unknown keys.
    session["cartItems"] = [cart_item(index) for index in range(items)]
    return {
        "customerSession": session,
        "customerProfile": full["customerProfile"],
        "loyalty": full["loyalty"],
        "triggeredCampaigns": full["triggeredCampaigns"],
        "effects": effects(effect_count),
        "createdCoupons": [],
        "createdReferrals": [],
    }


def rebuild(value: Any) -> Any:
    """A floor: a generic recursive copy of JSON data, without any check (``isinstance``)."""
    if isinstance(value, dict):
        return {key: rebuild(item) for key, item in value.items()}
    if isinstance(value, list):
        return [rebuild(item) for item in value]
    return value


def rebuild_strict(value: Any) -> Any:
    """The strict floor: the same copy as people write it for JSON data (``type(value) is``).

    JSON data holds exact dicts and lists, so testing the exact type is enough, and faster
    than ``isinstance``. The targets are set against this floor.
    """
    kind = type(value)
    if kind is dict:
        return {key: rebuild_strict(item) for key, item in value.items()}
    if kind is list:
        return [rebuild_strict(item) for item in value]
    return value
