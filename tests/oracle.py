"""An independent statement of the declared types, for checking the package against.

It is written from the Ruby docs and the parity contract, not from the package's rules,
so a test that compares the two catches a rule stated wrong in either place. The limits
of the Integration API specification (talon-one/t1-openapi-specs, the customer session
update body) are part of the contract: coupon codes of at most 100 characters, at most
1 loyalty card and 5 identifiers, and `adjustmentReferenceId` a UUID.
"""

from __future__ import annotations

import math
import re
import string
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List, Optional, Tuple

Loc = Tuple[Any, ...]

# field spec: (kind, options); kinds: str, int, num, bool, datetime, json, list:<kind>
# (options of its items under "item"), map:<Model>, model:<Model>. A "str" with
# "uuid" is a UUID in 8-4-4-4-12 hexadecimal form, either letter case.
MODELS: Dict[str, Dict[str, Tuple[str, Dict[str, Any]]]] = {
    "Product": {"name": ("str", {"required": True})},
    "AdditionalCost": {"price": ("num", {"required": True})},
    "PriceDetail": {
        "price": ("num", {}),
        "adjustmentReferenceId": ("str", {"uuid": True}),
        "adjustmentEffectiveFrom": ("datetime", {}),
        "adjustmentEffectiveUntil": ("datetime", {}),
    },
    "CartItem": {
        "name": ("str", {}),
        "sku": ("str", {"required": True, "min": 1}),
        "quantity": ("int", {"required": True, "minimum": 1}),
        "returnedQuantity": ("int", {}),
        "remainingQuantity": ("int", {}),
        "price": ("num", {}),
        "category": ("str", {}),
        "product": ("model:Product", {}),
        "weight": ("num", {}),
        "height": ("num", {}),
        "width": ("num", {}),
        "length": ("num", {}),
        "position": ("num", {}),
        "attributes": ("json", {}),
        "additionalCosts": ("map:AdditionalCost", {}),
        "catalogItemID": ("int", {}),
        "selectedPriceType": ("str", {}),
        "adjustmentReferenceId": ("str", {"uuid": True}),
        "adjustmentEffectiveFrom": ("datetime", {}),
        "adjustmentEffectiveUntil": ("datetime", {}),
        "prices": ("map:PriceDetail", {}),
    },
    "NewCustomerSessionV2": {
        "profileId": ("str", {}),
        "storeIntegrationId": ("str", {"min": 1, "max": 1000}),
        "evaluableCampaignIds": ("list:int", {}),
        "couponCodes": ("list:str", {"item": {"max": 100}}),
        "referralCode": ("str", {"max": 100}),
        "loyaltyCards": ("list:str", {"max_items": 1}),
        "state": ("str", {"enum": ("open", "closed", "partially_returned", "cancelled")}),
        "cartItems": ("list:model:CartItem", {"max_items": 1000, "max_sum": 10000}),
        "additionalCosts": ("map:AdditionalCost", {}),
        "identifiers": ("list:str", {"max_items": 5}),
        "attributes": ("json", {}),
    },
}

# The request body of Update customer session, and the session the server returns. The
# returned session has the sent session's fields and rules, but not the per-request cart
# limits, and the fields the server sets.
RESPONSE_CONTENT = (
    "customerSession",
    "customerProfile",
    "coupons",
    "triggeredCampaigns",
    "referral",
    "loyalty",
    "event",
    "awardedGiveaways",
    "ruleFailureReasons",
    "previousReturns",
)
MODELS["IntegrationRequest"] = {
    "customerSession": ("model:NewCustomerSessionV2", {"required": True}),
    "responseContent": ("list:str", {"item": {"enum": RESPONSE_CONTENT}}),
}
_SENT = MODELS["NewCustomerSessionV2"]
MODELS["CustomerSessionV2"] = {
    "id": ("int", {"required": True}),
    "created": ("datetime", {"required": True}),
    "integrationId": ("str", {"required": True, "max": 1000}),
    "applicationId": ("int", {"required": True}),
    "profileId": ("str", {"required": True}),
    "storeIntegrationId": _SENT["storeIntegrationId"],
    "evaluableCampaignIds": _SENT["evaluableCampaignIds"],
    "couponCodes": _SENT["couponCodes"],
    "referralCode": _SENT["referralCode"],
    "loyaltyCards": _SENT["loyaltyCards"],
    "state": ("str", {"known": ("open", "closed", "partially_returned", "cancelled")}),  # open: any string is kept
    "cartItems": ("list:model:CartItem", {"required": True}),
    "additionalCosts": _SENT["additionalCosts"],
    "identifiers": _SENT["identifiers"],
    "attributes": ("json", {"required": True}),
    "firstSession": ("bool", {"required": True}),
    "total": ("num", {"required": True}),
    "cartItemTotal": ("num", {"required": True}),
    "additionalCostTotal": ("num", {"required": True}),
    "updated": ("datetime", {"required": True}),
}

SNAKE = {
    "NewCustomerSessionV2": {
        "profile_id": "profileId",
        "store_integration_id": "storeIntegrationId",
        "evaluable_campaign_ids": "evaluableCampaignIds",
        "coupon_codes": "couponCodes",
        "referral_code": "referralCode",
        "loyalty_cards": "loyaltyCards",
        "state": "state",
        "cart_items": "cartItems",
        "additional_costs": "additionalCosts",
        "identifiers": "identifiers",
        "attributes": "attributes",
    },
    "CartItem": {
        "name": "name",
        "sku": "sku",
        "quantity": "quantity",
        "returned_quantity": "returnedQuantity",
        "remaining_quantity": "remainingQuantity",
        "price": "price",
        "category": "category",
        "product": "product",
        "weight": "weight",
        "height": "height",
        "width": "width",
        "length": "length",
        "position": "position",
        "attributes": "attributes",
        "additional_costs": "additionalCosts",
        "catalog_item_id": "catalogItemID",
        "selected_price_type": "selectedPriceType",
        "adjustment_reference_id": "adjustmentReferenceId",
        "adjustment_effective_from": "adjustmentEffectiveFrom",
        "adjustment_effective_until": "adjustmentEffectiveUntil",
        "prices": "prices",
    },
    "AdditionalCost": {"price": "price"},
    "Product": {"name": "name"},
    "PriceDetail": {
        "price": "price",
        "adjustment_reference_id": "adjustmentReferenceId",
        "adjustment_effective_from": "adjustmentEffectiveFrom",
        "adjustment_effective_until": "adjustmentEffectiveUntil",
    },
    "IntegrationRequest": {"customer_session": "customerSession", "response_content": "responseContent"},
    "CustomerSessionV2": {
        "id": "id",
        "created": "created",
        "integration_id": "integrationId",
        "application_id": "applicationId",
        "profile_id": "profileId",
        "store_integration_id": "storeIntegrationId",
        "evaluable_campaign_ids": "evaluableCampaignIds",
        "coupon_codes": "couponCodes",
        "referral_code": "referralCode",
        "loyalty_cards": "loyaltyCards",
        "state": "state",
        "cart_items": "cartItems",
        "additional_costs": "additionalCosts",
        "identifiers": "identifiers",
        "attributes": "attributes",
        "first_session": "firstSession",
        "total": "total",
        "cart_item_total": "cartItemTotal",
        "additional_cost_total": "additionalCostTotal",
        "updated": "updated",
    },
}

_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$",
    re.ASCII,
)


def parse_datetime(text: str) -> Optional[Tuple[datetime, int]]:
    """(instant in UTC, offset minutes) of an RFC 3339 text with a zone, or None."""
    match = _DATETIME.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, sign, off_h, off_m = match.groups()
    if second == "60" or (off_h is not None and (int(off_h) > 23 or int(off_m) > 59)):
        return None
    offset = 0 if sign is None else (int(off_h) * 60 + int(off_m)) * (1 if sign == "+" else -1)
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        local = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro)
    except ValueError:
        return None
    return (local - timedelta(minutes=offset)).replace(tzinfo=timezone.utc), offset


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63


def _is_num(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if isinstance(value, float):
        return math.isfinite(value)
    return abs(value) <= 1.7976931348623157e308


def _json_problems(value: Any, loc: Loc, depth: int) -> List[Loc]:
    if value is None or isinstance(value, (str, bool)) or _is_num(value):
        return []
    if isinstance(value, (dict, list)):
        if depth > 100:
            return [loc]
        items = value.items() if isinstance(value, dict) else enumerate(value)
        out: List[Loc] = []
        for key, item in items:
            if isinstance(value, dict) and not isinstance(key, str):
                out.append((*loc, key))
            else:
                out += _json_problems(item, (*loc, key), depth + 1)
        return out
    return [loc]


def is_uuid(text: str) -> bool:
    """Whether ``text`` is 32 hexadecimal digits grouped 8-4-4-4-12 by hyphens."""
    groups = text.split("-")
    return [len(group) for group in groups] == [8, 4, 4, 4, 12] and all(
        digit in string.hexdigits for group in groups for digit in group
    )


def _value_problems(kind: str, options: Dict[str, Any], value: Any, loc: Loc) -> List[Loc]:
    if kind == "str":
        if not isinstance(value, str):
            return [loc]
        if len(value) < options.get("min", 0) or len(value) > options.get("max", math.inf):
            return [loc]
        if "enum" in options and value not in options["enum"]:
            return [loc]
        if options.get("uuid") and not is_uuid(value):
            return [loc]
        return []
    if kind == "int":
        return [] if _is_int(value) and value >= options.get("minimum", -(2**63)) else [loc]
    if kind == "num":
        return [] if _is_num(value) else [loc]
    if kind == "bool":
        return [] if isinstance(value, bool) else [loc]
    if kind == "datetime":
        return [] if isinstance(value, str) and parse_datetime(value) else [loc]
    if kind == "json":
        return _json_problems(value, loc, 1) if isinstance(value, dict) else [loc]
    if kind.startswith("model:"):
        return problems(kind[6:], value, loc)
    if kind.startswith("map:"):
        if not isinstance(value, dict):
            return [loc]
        out: List[Loc] = []
        for key, item in value.items():
            out += [(*loc, key)] if not isinstance(key, str) else problems(kind[4:], item, (*loc, key))
        return out
    if kind.startswith("list:"):
        if not isinstance(value, list) or len(value) > options.get("max_items", math.inf):
            return [loc]
        out = []
        item_options = options.get("item", {})
        for index, item in enumerate(value):
            out += [(*loc, index)] if item is None else _value_problems(kind[5:], item_options, item, (*loc, index))
        if not out and "max_sum" in options and sum(item["quantity"] for item in value) > options["max_sum"]:
            out.append(loc)
        return out
    raise AssertionError(kind)


def unknown_enum_values(model: str, data: Any, loc: Loc = ()) -> List[Loc]:
    """Where valid wire ``data`` holds a value of an open enum (data the server owns) that
    Ruby 10.0.0 does not list: Ruby refuses it, and the contract keeps it."""
    out: List[Loc] = []
    if not isinstance(data, dict):
        return out
    for key, (kind, options) in MODELS[model].items():
        value = data.get(key)
        if value is None:
            continue
        if "known" in options and value not in options["known"]:
            out.append((*loc, key))
        elif kind.startswith("model:"):
            out += unknown_enum_values(kind[6:], value, (*loc, key))
        elif kind.startswith("map:"):
            for name, item in value.items():
                out += unknown_enum_values(kind[4:], item, (*loc, key, name))
        elif kind.startswith("list:model:"):
            for index, item in enumerate(value):
                out += unknown_enum_values(kind[11:], item, (*loc, key, index))
    return out


def problems(model: str, data: Any, loc: Loc = ()) -> List[Loc]:
    """Every location where wire ``data`` breaks the declared types of ``model``."""
    if not isinstance(data, dict):
        return [loc]
    out: List[Loc] = []
    for key, (kind, options) in MODELS[model].items():
        value = data.get(key)
        if value is None:
            if options.get("required"):
                out.append((*loc, key))
            continue
        out += _value_problems(kind, options, value, (*loc, key))
    for key, value in data.items():
        if key in MODELS[model]:
            continue
        wire = SNAKE[model].get(key, key)
        if wire != key:  # a field's Python name, refused in every mode
            out.append((*loc, key))
            if wire not in data and value is not None:  # and its value checked as that field's
                kind, options = MODELS[model][wire]
                out += _value_problems(kind, options, value, (*loc, key))
        else:
            out += _json_problems(value, (*loc, key), 1) if isinstance(key, str) else [(*loc, key)]
    return out


def expected_wire(model: str, data: Dict[str, Any]) -> Dict[str, Any]:
    """What ``to_dict`` must give for valid ``data``: nulls of known fields dropped, known
    fields first in field order, then unknown keys; date-times as (instant, offset)."""
    out: Dict[str, Any] = {}
    fields = MODELS[model]
    for key, (kind, _) in fields.items():
        value = data.get(key)
        if value is not None:
            out[key] = _expected_value(kind, value)
    for key, value in data.items():
        if key not in fields:
            out[key] = value
    return out


def _expected_value(kind: str, value: Any) -> Any:
    if kind == "datetime":
        return parse_datetime(value)
    if kind.startswith("model:"):
        return expected_wire(kind[6:], value)
    if kind.startswith("map:"):
        return {key: expected_wire(kind[4:], item) for key, item in value.items()}
    if kind.startswith("list:model:"):
        return [expected_wire(kind[11:], item) for item in value]
    return value


def comparable_wire(model: str, data: Dict[str, Any]) -> Dict[str, Any]:
    """``to_dict`` output with date-times as (instant, offset), for comparing."""
    return expected_wire(model, data)


def strict_equal(left: Any, right: Any) -> bool:
    """Equal with types: ``1`` is not ``True``, ``9`` is not ``9.0``, key order counts."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return list(left) == list(right) and all(strict_equal(left[key], right[key]) for key in left)
    if isinstance(left, (list, tuple)):
        return len(left) == len(right) and all(strict_equal(a, b) for a, b in zip(left, right))
    return bool(left == right)
