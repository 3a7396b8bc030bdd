"""CustomerSessionV2: a customer session as the server stored and returned it.

It has the fields of ``NewCustomerSessionV2``, with their rules except the per-request
cart limits, and the fields the server sets.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._additional_cost import AdditionalCost
from ._base import (
    FIRST_PROBLEM,
    FLOAT_LOWEST,
    FLOAT_LOWEST_INT,
    FLOAT_MAX,
    FLOAT_MAX_INT,
    INT64_MAX,
    INT64_MIN,
    ErrorDetail,
    FloatOrDecimal,
    Model,
    ProblemFound,
    canonical_cache,
    copy_json,
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
from ._cart_item import CartItem
from ._fields import Boolean, DateTime, Integer, JSONObject, ListOf, Nested, Number, String, field
from ._session import STATES, NewCustomerSessionV2

# The fields this model shares with the session a request sends: the same declarations
# (JSON key, rule, description, example), so the two models cannot drift apart.
_SENT: Dict[str, Any] = {name: spec for name, _, spec in NewCustomerSessionV2._specs}

_ID = Integer(required=True)
_WHEN = DateTime(required=True)
_TOTAL = Number(required=True)


@model
class CustomerSessionV2(Model):
    """A customer session as the server returns it (Ruby: ``TalonOne::CustomerSessionV2``)."""

    __slots__ = ()

    id: int = field("id", _ID, "The internal ID of the session.", example=6, server_calculated=True)
    created: datetime = field(
        "created",
        _WHEN,
        "When the session was created.",
        example="2020-02-07T08:15:22Z",
        server_calculated=True,
    )
    integration_id: str = field(
        "integrationId",
        String(required=True, max_length=1000),
        "The ID of the session set by your integration layer: the `customerSessionId` of the request that created it.",
        example="URNGV8294NV",
    )
    application_id: int = field(
        "applicationId",
        _ID,
        "The ID of the Application the session belongs to.",
        example=322,
        server_calculated=True,
    )
    profile_id: str = field(
        "profileId",
        String(required=True),
        _SENT["profile_id"].description,
        example=_SENT["profile_id"].example,
    )
    store_integration_id: Optional[str] = _SENT["store_integration_id"]
    evaluable_campaign_ids: Optional[List[int]] = _SENT["evaluable_campaign_ids"]
    coupon_codes: Optional[List[str]] = _SENT["coupon_codes"]
    referral_code: Optional[str] = _SENT["referral_code"]
    loyalty_cards: Optional[List[str]] = _SENT["loyalty_cards"]
    state: str = field(
        "state",
        String(choices=STATES, closed=False),
        _SENT["state"].description + "\n\nA state this package does not know, which a newer API may send, is kept "
        "as it is and written back unchanged.",
        example="open",
        default="open",
    )
    cart_items: List[CartItem] = field(
        "cartItems",
        ListOf(Nested(CartItem), required=True),
        "The items in the session's cart. The limits on what one request may send (1000 "
        "items, quantities adding up to 10000) do not apply to what the server returns.",
        example=[{"name": "Air Glide", "sku": "SKU1241028", "quantity": 1, "price": 99.99}],
    )
    additional_costs: Optional[Dict[str, AdditionalCost]] = _SENT["additional_costs"]
    identifiers: Optional[List[str]] = _SENT["identifiers"]
    attributes: Dict[str, Any] = field(
        "attributes",
        JSONObject(required=True),
        _SENT["attributes"].description,
        example=_SENT["attributes"].example,
    )
    first_session: bool = field(
        "firstSession",
        Boolean(required=True),
        "Whether this is the first session of the customer's profile. Always `true` for an anonymous session.",
        example=True,
        server_calculated=True,
    )
    total: float = field(
        "total",
        _TOTAL,
        "The value of the cart items and the additional costs together, before any discount.",
        example=119.99,
        server_calculated=True,
    )
    cart_item_total: float = field(
        "cartItemTotal",
        _TOTAL,
        "The value of the cart items, before any discount.",
        example=99.99,
        server_calculated=True,
    )
    additional_cost_total: float = field(
        "additionalCostTotal",
        _TOTAL,
        "The value of the additional costs, before any discount.",
        example=20.0,
        server_calculated=True,
    )
    updated: datetime = field(
        "updated",
        _WHEN,
        "When the session last received an event.",
        example="2020-02-08T14:15:22Z",
        server_calculated=True,
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "id",
        "created",
        "integration_id",
        "application_id",
        "profile_id",
        "store_integration_id",
        "evaluable_campaign_ids",
        "coupon_codes",
        "referral_code",
        "loyalty_cards",
        "state",
        "cart_items",
        "additional_costs",
        "identifiers",
        "attributes",
        "first_session",
        "total",
        "cart_item_total",
        "additional_cost_total",
        "updated",
    )

    def __init__(
        self,
        *,
        id: int,
        created: datetime,
        integration_id: str,
        application_id: int,
        profile_id: str,
        store_integration_id: Optional[str] = None,
        evaluable_campaign_ids: Optional[List[int]] = None,
        coupon_codes: Optional[List[str]] = None,
        referral_code: Optional[str] = None,
        loyalty_cards: Optional[List[str]] = None,
        state: Optional[str] = None,
        cart_items: List[CartItem],
        additional_costs: Optional[Dict[str, AdditionalCost]] = None,
        identifiers: Optional[List[str]] = None,
        attributes: Dict[str, Any],
        first_session: bool,
        total: FloatOrDecimal,
        cart_item_total: FloatOrDecimal,
        additional_cost_total: FloatOrDecimal,
        updated: datetime,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[CustomerSessionV2]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        _entries: Dict[str, Any]
        _made: Any
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _CustomerSessionV2_id.check(id, "id", errors)
        _raw = get("created")
        created = canonical_cache.get(_raw) if type(_raw) is str else None
        if created is None:
            created = _CustomerSessionV2_created.read(_raw, "created", errors)
        integration_id = get("integrationId")
        if not (type(integration_id) is str and len(integration_id) <= 1000):
            integration_id = _CustomerSessionV2_integration_id.check(integration_id, "integrationId", errors)
        application_id = get("applicationId")
        if not (type(application_id) is int and INT64_MIN <= application_id <= INT64_MAX):
            application_id = _CustomerSessionV2_application_id.check(application_id, "applicationId", errors)
        profile_id = get("profileId")
        if type(profile_id) is not str:
            profile_id = _CustomerSessionV2_profile_id.check(profile_id, "profileId", errors)
        store_integration_id = get("storeIntegrationId")
        if (
            not (type(store_integration_id) is str and 1 <= len(store_integration_id) <= 1000)
            and store_integration_id is not None
        ):
            store_integration_id = _CustomerSessionV2_store_integration_id.check(
                store_integration_id, "storeIntegrationId", errors
            )
        evaluable_campaign_ids = get("evaluableCampaignIds")
        if type(evaluable_campaign_ids) is list:
            for _item in evaluable_campaign_ids:
                if not (type(_item) is int and INT64_MIN <= _item <= INT64_MAX):
                    evaluable_campaign_ids = _CustomerSessionV2_evaluable_campaign_ids.read(
                        evaluable_campaign_ids, "evaluableCampaignIds", errors
                    )
                    break
            else:
                evaluable_campaign_ids = evaluable_campaign_ids[:]
        elif evaluable_campaign_ids is not None:
            evaluable_campaign_ids = _CustomerSessionV2_evaluable_campaign_ids.read(
                evaluable_campaign_ids, "evaluableCampaignIds", errors, unknown
            )
        coupon_codes = get("couponCodes")
        if type(coupon_codes) is list:
            for _item in coupon_codes:
                if not (type(_item) is str and len(_item) <= 100):
                    coupon_codes = _CustomerSessionV2_coupon_codes.read(coupon_codes, "couponCodes", errors)
                    break
            else:
                coupon_codes = coupon_codes[:]
        elif coupon_codes is not None:
            coupon_codes = _CustomerSessionV2_coupon_codes.read(coupon_codes, "couponCodes", errors, unknown)
        referral_code = get("referralCode")
        if not (type(referral_code) is str and len(referral_code) <= 100) and referral_code is not None:
            referral_code = _CustomerSessionV2_referral_code.check(referral_code, "referralCode", errors)
        loyalty_cards = get("loyaltyCards")
        if type(loyalty_cards) is list and len(loyalty_cards) <= 1:
            for _item in loyalty_cards:
                if type(_item) is not str:
                    loyalty_cards = _CustomerSessionV2_loyalty_cards.read(loyalty_cards, "loyaltyCards", errors)
                    break
            else:
                loyalty_cards = loyalty_cards[:]
        elif loyalty_cards is not None:
            loyalty_cards = _CustomerSessionV2_loyalty_cards.read(loyalty_cards, "loyaltyCards", errors, unknown)
        state = get("state")
        if type(state) is not str and state is not None:
            state = _CustomerSessionV2_state.check(state, "state", errors)
        cart_items = get("cartItems")
        if type(cart_items) is list:
            try:
                cart_items = [_read_CartItem(_item, unknown, FIRST_PROBLEM) for _item in cart_items]
            except ProblemFound:
                cart_items = _CustomerSessionV2_cart_items.read(cart_items, "cartItems", errors, unknown)
        else:
            cart_items = _CustomerSessionV2_cart_items.read(cart_items, "cartItems", errors, unknown)
        # AdditionalCost read in place: for a model this small a call costs as much as the reading
        additional_costs = get("additionalCosts")
        if type(additional_costs) is dict:
            _entries = {}
            for _key, _entry in additional_costs.items():
                if type(_key) is not str or type(_entry) is not dict:
                    break
                _price = _entry.get("price")
                if (
                    not (
                        (
                            (type(_price) is int and FLOAT_LOWEST_INT <= _price <= FLOAT_MAX_INT)
                            or (type(_price) is float and FLOAT_LOWEST <= _price <= FLOAT_MAX)
                        )
                        and len(_entry) == 1
                    )
                ):
                    break
                _made = new_object(AdditionalCost)
                _made._values = (_price, None)
                _entries[_key] = _made
            if len(_entries) == len(additional_costs):
                additional_costs = _entries
            else:  # not all of them plainly valid: read them all by the rule
                additional_costs = _CustomerSessionV2_additional_costs.read(
                    additional_costs, "additionalCosts", errors, unknown
                )
        elif additional_costs is not None:
            additional_costs = _CustomerSessionV2_additional_costs.read(
                additional_costs, "additionalCosts", errors, unknown
            )
        identifiers = get("identifiers")
        if type(identifiers) is list and len(identifiers) <= 5:
            for _item in identifiers:
                if type(_item) is not str:
                    identifiers = _CustomerSessionV2_identifiers.read(identifiers, "identifiers", errors)
                    break
            else:
                identifiers = identifiers[:]
        elif identifiers is not None:
            identifiers = _CustomerSessionV2_identifiers.read(identifiers, "identifiers", errors, unknown)
        attributes = get("attributes")
        if type(attributes) is dict:
            attributes = copy_json(attributes, "attributes", errors)
        else:
            attributes = _CustomerSessionV2_attributes.read(attributes, "attributes", errors)
        first_session = get("firstSession")
        if type(first_session) is not bool:
            first_session = _CustomerSessionV2_first_session.check(first_session, "firstSession", errors)
        total = get("total")
        if (
            not (
                (type(total) is int and FLOAT_LOWEST_INT <= total <= FLOAT_MAX_INT)
                or (type(total) is float and FLOAT_LOWEST <= total <= FLOAT_MAX)
            )
        ):
            total = _CustomerSessionV2_total.check(total, "total", errors)
        cart_item_total = get("cartItemTotal")
        if (
            not (
                (type(cart_item_total) is int and FLOAT_LOWEST_INT <= cart_item_total <= FLOAT_MAX_INT)
                or (type(cart_item_total) is float and FLOAT_LOWEST <= cart_item_total <= FLOAT_MAX)
            )
        ):
            cart_item_total = _CustomerSessionV2_cart_item_total.check(cart_item_total, "cartItemTotal", errors)
        additional_cost_total = get("additionalCostTotal")
        if (
            not (
                (type(additional_cost_total) is int and FLOAT_LOWEST_INT <= additional_cost_total <= FLOAT_MAX_INT)
                or (type(additional_cost_total) is float and FLOAT_LOWEST <= additional_cost_total <= FLOAT_MAX)
            )
        ):
            additional_cost_total = _CustomerSessionV2_additional_cost_total.check(
                additional_cost_total, "additionalCostTotal", errors
            )
        _raw = get("updated")
        updated = canonical_cache.get(_raw) if type(_raw) is str else None
        if updated is None:
            updated = _CustomerSessionV2_updated.read(_raw, "updated", errors)
        # every field, and no other key?
        if (
            len(data) == 20
            and id is not None
            and created is not None
            and integration_id is not None
            and application_id is not None
            and profile_id is not None
            and store_integration_id is not None
            and evaluable_campaign_ids is not None
            and coupon_codes is not None
            and referral_code is not None
            and loyalty_cards is not None
            and state is not None
            and cart_items is not None
            and additional_costs is not None
            and identifiers is not None
            and attributes is not None
            and first_session is not None
            and total is not None
            and cart_item_total is not None
            and additional_cost_total is not None
            and updated is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            id,
            created,
            integration_id,
            application_id,
            profile_id,
            store_integration_id,
            evaluable_campaign_ids,
            coupon_codes,
            referral_code,
            loyalty_cards,
            state,
            cart_items,
            additional_costs,
            identifiers,
            attributes,
            first_session,
            total,
            cart_item_total,
            additional_cost_total,
            updated,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            id,
            created,
            integration_id,
            application_id,
            profile_id,
            store_integration_id,
            evaluable_campaign_ids,
            coupon_codes,
            referral_code,
            loyalty_cards,
            state,
            cart_items,
            additional_costs,
            identifiers,
            attributes,
            first_session,
            total,
            cart_item_total,
            additional_cost_total,
            updated,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        _entries: Dict[str, Any]
        _list: List[Any]
        out["id"] = id
        out["created"] = created
        out["integrationId"] = integration_id
        out["applicationId"] = application_id
        out["profileId"] = profile_id
        if store_integration_id is not None:
            out["storeIntegrationId"] = store_integration_id
        if evaluable_campaign_ids is not None:
            _list = list(evaluable_campaign_ids)
            for _item in _list:
                if not (type(_item) is int and INT64_MIN <= _item <= INT64_MAX):
                    _list = _CustomerSessionV2_evaluable_campaign_ids.write_slowly(evaluable_campaign_ids)
                    break
            out["evaluableCampaignIds"] = _list
        if coupon_codes is not None:
            _list = list(coupon_codes)
            for _item in _list:
                if not (type(_item) is str and len(_item) <= 100):
                    _list = _CustomerSessionV2_coupon_codes.write_slowly(coupon_codes)
                    break
            out["couponCodes"] = _list
        if referral_code is not None:
            out["referralCode"] = referral_code
        if loyalty_cards is not None:
            _list = list(loyalty_cards)
            if len(_list) > 1:
                _list = _CustomerSessionV2_loyalty_cards.write_slowly(loyalty_cards)
            for _item in _list:
                if type(_item) is not str:
                    _list = _CustomerSessionV2_loyalty_cards.write_slowly(loyalty_cards)
                    break
            out["loyaltyCards"] = _list
        if state is not None:
            out["state"] = state
        _list = [_item._write() for _item in cart_items if type(_item) is CartItem]
        out["cartItems"] = (
            _list
            if len(_list) == len(cart_items)
            else _CustomerSessionV2_cart_items.write_slowly(cart_items)
        )
        if additional_costs is not None:
            _entries = {
                _key: _entry._write()
                for _key, _entry in additional_costs.items()
                if type(_entry) is AdditionalCost and type(_key) is str
            }
            out["additionalCosts"] = (
                _entries
                if len(_entries) == len(additional_costs)
                else _CustomerSessionV2_additional_costs.write(additional_costs)
            )
        if identifiers is not None:
            _list = list(identifiers)
            if len(_list) > 5:
                _list = _CustomerSessionV2_identifiers.write_slowly(identifiers)
            for _item in _list:
                if type(_item) is not str:
                    _list = _CustomerSessionV2_identifiers.write_slowly(identifiers)
                    break
            out["identifiers"] = _list
        out["attributes"] = _CustomerSessionV2_attributes.write(attributes)
        out["firstSession"] = first_session
        out["total"] = total
        out["cartItemTotal"] = cart_item_total
        out["additionalCostTotal"] = additional_cost_total
        out["updated"] = updated
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_CustomerSessionV2_id = CustomerSessionV2._rules["id"][2]
_CustomerSessionV2_created = CustomerSessionV2._rules["created"][2]
_CustomerSessionV2_integration_id = CustomerSessionV2._rules["integration_id"][2]
_CustomerSessionV2_application_id = CustomerSessionV2._rules["application_id"][2]
_CustomerSessionV2_profile_id = CustomerSessionV2._rules["profile_id"][2]
_CustomerSessionV2_store_integration_id = CustomerSessionV2._rules["store_integration_id"][2]
_CustomerSessionV2_evaluable_campaign_ids = CustomerSessionV2._rules["evaluable_campaign_ids"][2]
_CustomerSessionV2_coupon_codes = CustomerSessionV2._rules["coupon_codes"][2]
_CustomerSessionV2_referral_code = CustomerSessionV2._rules["referral_code"][2]
_CustomerSessionV2_loyalty_cards = CustomerSessionV2._rules["loyalty_cards"][2]
_CustomerSessionV2_state = CustomerSessionV2._rules["state"][2]
_CustomerSessionV2_cart_items = CustomerSessionV2._rules["cart_items"][2]
_CustomerSessionV2_additional_costs = CustomerSessionV2._rules["additional_costs"][2]
_CustomerSessionV2_identifiers = CustomerSessionV2._rules["identifiers"][2]
_CustomerSessionV2_attributes = CustomerSessionV2._rules["attributes"][2]
_CustomerSessionV2_first_session = CustomerSessionV2._rules["first_session"][2]
_CustomerSessionV2_total = CustomerSessionV2._rules["total"][2]
_CustomerSessionV2_cart_item_total = CustomerSessionV2._rules["cart_item_total"][2]
_CustomerSessionV2_additional_cost_total = CustomerSessionV2._rules["additional_cost_total"][2]
_CustomerSessionV2_updated = CustomerSessionV2._rules["updated"][2]
_read_CartItem = CartItem._read
# fmt: on
# --- End of the written-out code. ---
