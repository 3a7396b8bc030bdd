"""CustomerSessionV2: a customer session as the server stored and returned it.

It has the fields of ``NewCustomerSessionV2``, with their rules except the per-request
cart limits, and the fields the server sets.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._additional_cost import AdditionalCost
from ._base import Model, model
from ._cart_item import CartItem
from ._fields import Boolean, DateTime, Integer, JSONObject, ListOf, Nested, Number, String, field
from ._session import NewCustomerSessionV2

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
    state: str = _SENT["state"]
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

    def __init__(
        self,
        *,
        id: int,  # the API's name for it, though it hides the builtin here
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
        total: float,
        cart_item_total: float,
        additional_cost_total: float,
        updated: datetime,
    ) -> None:
        self._init(locals())
