"""Coupon and IntegrationCoupon: the coupons of the response.

``Coupon`` is a coupon the session's rules created (``createdCoupons``);
``IntegrationCoupon`` is a coupon the session used (``coupons``), with one field more:
how many times the customer profile redeemed it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import Model, model
from ._campaign import LimitConfig
from ._fields import Boolean, DateTime, Integer, JSONObject, ListOf, Nested, Number, String, field

MAX_USAGE_LIMIT = 999999
"""The largest ``usageLimit`` and ``reservationLimit`` of a coupon (and ``usageLimit`` of a referral)."""
MAX_DISCOUNT_LIMIT = 10**15
"""The largest ``discountLimit`` of a coupon."""

_ID = Integer(required=True)
_COUNT = Integer()
_AMOUNT = Number()
_WHEN = DateTime()
_TEXT = String()


@model
class Coupon(Model):
    """A coupon, such as one the rules of a campaign created (Ruby: ``TalonOne::Coupon``)."""

    __slots__ = ()

    id: int = field("id", _ID, "The internal ID of the coupon.", example=6)
    created: datetime = field(
        "created", DateTime(required=True), "When the coupon was created.", example="2020-06-10T09:05:27.993483Z"
    )
    campaign_id: int = field("campaignId", _ID, "The ID of the campaign the coupon belongs to.", example=211)
    value: str = field("value", String(required=True, min_length=4), "The code of the coupon.", example="XMAS-20-2021")
    usage_limit: int = field(
        "usageLimit",
        Integer(required=True, minimum=0, maximum=MAX_USAGE_LIMIT),
        "How many times the code can be redeemed. `0` sets no limit of its own, but the usage limits of "
        "the campaign still apply.",
        example=100,
    )
    discount_limit: Optional[float] = field(
        "discountLimit",
        Number(minimum=0, maximum=MAX_DISCOUNT_LIMIT),
        "The most discount the code can give in total, often the value of a gift card.",
        example=30.0,
    )
    reservation_limit: Optional[int] = field(
        "reservationLimit",
        Integer(minimum=0, maximum=MAX_USAGE_LIMIT),
        "How many reservations can be made with the code.",
        example=45,
    )
    start_date: Optional[datetime] = field(
        "startDate", _WHEN, "When the coupon becomes valid.", example="2020-01-24T14:15:22Z"
    )
    expiry_date: Optional[datetime] = field(
        "expiryDate",
        _WHEN,
        "When the coupon expires. Without it, the coupon never expires.",
        example="2023-08-24T14:15:22Z",
    )
    limits: Optional[List[LimitConfig]] = field(
        "limits",
        ListOf(Nested(LimitConfig)),
        "The limits of the coupon, which take the place of the limits of its campaign.\n\n"
        "**Note:** they can be set only when creating one coupon that is not tied to a recipient, and "
        "only limits per customer profile can be set.",
        example=[{"action": "redeemCoupon", "limit": 1.0, "period": "daily", "entities": ["Coupon", "Profile"]}],
    )
    usage_counter: int = field(
        "usageCounter", _ID, "How many times the coupon has been redeemed successfully.", example=10
    )
    discount_counter: Optional[float] = field(
        "discountCounter",
        _AMOUNT,
        "The total discount the rules that redeemed the coupon gave. Counted only when the coupon has a "
        "discount budget of its own.",
        example=10.0,
    )
    discount_remainder: Optional[float] = field(
        "discountRemainder", _AMOUNT, "How much discount the coupon can still give.", example=5.0
    )
    reservation_counter: Optional[float] = field(
        "reservationCounter", _AMOUNT, "How many times the coupon has been reserved.", example=1.0
    )
    attributes: Optional[Dict[str, Any]] = field(
        "attributes",
        JSONObject(),
        "The custom attributes of the coupon.",
        example={"channel": "newsletter"},
    )
    referral_id: Optional[int] = field(
        "referralId",
        _COUNT,
        "The integration ID of the referring customer, if any, for whom an effect created the coupon.",
        example=326632952,
    )
    recipient_integration_id: Optional[str] = field(
        "recipientIntegrationId",
        String(max_length=1000),
        "The integration ID of the customer who may redeem the coupon.",
        example="URNGV8294NV",
    )
    import_id: Optional[int] = field("importId", _COUNT, "The ID of the import that created the coupon.", example=4)
    reservation: bool = field(
        "reservation",
        Boolean(),
        "How the coupon can be reserved:\n\n"
        "- `true`: by many customers.\n"
        "- `false`: by one customer only; it is a personal code.",
        example=False,
        default=True,
    )
    batch_id: Optional[str] = field(
        "batchId", _TEXT, "The ID of the batch the coupon belongs to.", example="32535-43255"
    )
    is_reservation_mandatory: bool = field(
        "isReservationMandatory",
        Boolean(),
        "Whether the code must be reserved before it can be redeemed.",
        example=False,
        default=False,
    )
    implicitly_reserved: Optional[bool] = field(
        "implicitlyReserved",
        Boolean(),
        "Whether the coupon is implicitly reserved for every customer.",
        example=False,
    )


# The fields IntegrationCoupon shares with Coupon: the same declarations, so the two
# models cannot drift apart.
_SHARED: Dict[str, Any] = {name: spec for name, _, spec in Coupon._specs}


@model
class IntegrationCoupon(Model):
    """A coupon the customer session used, as the response returns it (Ruby: ``TalonOne::IntegrationCoupon``)."""

    __slots__ = ()

    id: int = _SHARED["id"]
    created: datetime = _SHARED["created"]
    campaign_id: int = _SHARED["campaign_id"]
    value: str = _SHARED["value"]
    usage_limit: int = _SHARED["usage_limit"]
    discount_limit: Optional[float] = _SHARED["discount_limit"]
    reservation_limit: Optional[int] = _SHARED["reservation_limit"]
    start_date: Optional[datetime] = _SHARED["start_date"]
    expiry_date: Optional[datetime] = _SHARED["expiry_date"]
    limits: Optional[List[LimitConfig]] = _SHARED["limits"]
    usage_counter: int = _SHARED["usage_counter"]
    discount_counter: Optional[float] = _SHARED["discount_counter"]
    discount_remainder: Optional[float] = _SHARED["discount_remainder"]
    reservation_counter: Optional[float] = _SHARED["reservation_counter"]
    attributes: Optional[Dict[str, Any]] = _SHARED["attributes"]
    referral_id: Optional[int] = _SHARED["referral_id"]
    recipient_integration_id: Optional[str] = _SHARED["recipient_integration_id"]
    import_id: Optional[int] = _SHARED["import_id"]
    reservation: bool = _SHARED["reservation"]
    batch_id: Optional[str] = _SHARED["batch_id"]
    is_reservation_mandatory: bool = _SHARED["is_reservation_mandatory"]
    implicitly_reserved: Optional[bool] = _SHARED["implicitly_reserved"]
    profile_redemption_count: int = field(
        "profileRedemptionCount", _ID, "How many times the customer profile redeemed the coupon.", example=5
    )
