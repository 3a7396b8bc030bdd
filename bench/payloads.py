"""The benchmark payloads (a fully populated session with N cart items) and the baseline."""

from __future__ import annotations

from typing import Any, Dict


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
        "adjustmentReferenceId": "68851723-e6fa-488f-ace9-112581e6c19b",
        "adjustmentEffectiveFrom": "2021-09-%02dT10:12:42Z" % day,
        "adjustmentEffectiveUntil": "2021-10-%02dT10:12:42+02:00" % day,
        "prices": {
            "member": {
                "price": 90,
                "adjustmentReferenceId": "68851723-e6fa-488f-ace9-112581e6c19b",
                "adjustmentEffectiveFrom": "2025-05-%02dT00:00:00Z" % day,
                "adjustmentEffectiveUntil": "2025-06-%02dT00:00:00.25-05:30" % day,
            },
            "base": {
                "price": 100.5,
                "adjustmentReferenceId": "00000000-0000-4000-8000-%012d" % index,
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


def rebuild(value: Any) -> Any:
    """The baseline: a generic recursive copy of JSON data, without any check."""
    if isinstance(value, dict):
        return {key: rebuild(item) for key, item in value.items()}
    if isinstance(value, list):
        return [rebuild(item) for item in value]
    return value
