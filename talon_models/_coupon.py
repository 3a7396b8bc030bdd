"""Coupon and IntegrationCoupon: the coupons of the response.

``Coupon`` is a coupon the session's rules created (``createdCoupons``);
``IntegrationCoupon`` is a coupon the session used (``coupons``), with one field more:
how many times the customer profile redeemed it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "id",
        "created",
        "campaign_id",
        "value",
        "usage_limit",
        "discount_limit",
        "reservation_limit",
        "start_date",
        "expiry_date",
        "limits",
        "usage_counter",
        "discount_counter",
        "discount_remainder",
        "reservation_counter",
        "attributes",
        "referral_id",
        "recipient_integration_id",
        "import_id",
        "reservation",
        "batch_id",
        "is_reservation_mandatory",
        "implicitly_reserved",
    )

    def __init__(
        self,
        *,
        id: int,
        created: datetime,
        campaign_id: int,
        value: str,
        usage_limit: int,
        discount_limit: Optional[FloatOrDecimal] = None,
        reservation_limit: Optional[int] = None,
        start_date: Optional[datetime] = None,
        expiry_date: Optional[datetime] = None,
        limits: Optional[List[LimitConfig]] = None,
        usage_counter: int,
        discount_counter: Optional[FloatOrDecimal] = None,
        discount_remainder: Optional[FloatOrDecimal] = None,
        reservation_counter: Optional[FloatOrDecimal] = None,
        attributes: Optional[Dict[str, Any]] = None,
        referral_id: Optional[int] = None,
        recipient_integration_id: Optional[str] = None,
        import_id: Optional[int] = None,
        reservation: Optional[bool] = None,
        batch_id: Optional[str] = None,
        is_reservation_mandatory: Optional[bool] = None,
        implicitly_reserved: Optional[bool] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[Coupon]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _Coupon_id.check(id, "id", errors)
        _raw = get("created")
        created = canonical_cache.get(_raw) if type(_raw) is str else None
        if created is None:
            created = _Coupon_created.read(_raw, "created", errors)
        campaign_id = get("campaignId")
        if not (type(campaign_id) is int and INT64_MIN <= campaign_id <= INT64_MAX):
            campaign_id = _Coupon_campaign_id.check(campaign_id, "campaignId", errors)
        value = get("value")
        if not (type(value) is str and len(value) >= 4):
            value = _Coupon_value.check(value, "value", errors)
        usage_limit = get("usageLimit")
        if not (type(usage_limit) is int and 0 <= usage_limit <= 999999):
            usage_limit = _Coupon_usage_limit.check(usage_limit, "usageLimit", errors)
        discount_limit = get("discountLimit")
        if (
            not (
                (type(discount_limit) is float or type(discount_limit) is int)
                and 0 <= discount_limit <= 1000000000000000
            )
            and discount_limit is not None
        ):
            discount_limit = _Coupon_discount_limit.check(discount_limit, "discountLimit", errors)
        reservation_limit = get("reservationLimit")
        if not (type(reservation_limit) is int and 0 <= reservation_limit <= 999999) and reservation_limit is not None:
            reservation_limit = _Coupon_reservation_limit.check(reservation_limit, "reservationLimit", errors)
        _raw = get("startDate")
        start_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if start_date is None and _raw is not None:
            start_date = _Coupon_start_date.read(_raw, "startDate", errors)
        _raw = get("expiryDate")
        expiry_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if expiry_date is None and _raw is not None:
            expiry_date = _Coupon_expiry_date.read(_raw, "expiryDate", errors)
        limits = get("limits")
        if type(limits) is list:
            try:
                limits = [_read_LimitConfig(_item, unknown, FIRST_PROBLEM) for _item in limits]
            except ProblemFound:
                limits = _Coupon_limits.read(limits, "limits", errors, unknown)
        elif limits is not None:
            limits = _Coupon_limits.read(limits, "limits", errors, unknown)
        usage_counter = get("usageCounter")
        if not (type(usage_counter) is int and INT64_MIN <= usage_counter <= INT64_MAX):
            usage_counter = _Coupon_usage_counter.check(usage_counter, "usageCounter", errors)
        discount_counter = get("discountCounter")
        if (
            not (
                (type(discount_counter) is int and FLOAT_LOWEST_INT <= discount_counter <= FLOAT_MAX_INT)
                or (type(discount_counter) is float and FLOAT_LOWEST <= discount_counter <= FLOAT_MAX)
            )
            and discount_counter is not None
        ):
            discount_counter = _Coupon_discount_counter.check(discount_counter, "discountCounter", errors)
        discount_remainder = get("discountRemainder")
        if (
            not (
                (type(discount_remainder) is int and FLOAT_LOWEST_INT <= discount_remainder <= FLOAT_MAX_INT)
                or (type(discount_remainder) is float and FLOAT_LOWEST <= discount_remainder <= FLOAT_MAX)
            )
            and discount_remainder is not None
        ):
            discount_remainder = _Coupon_discount_remainder.check(discount_remainder, "discountRemainder", errors)
        reservation_counter = get("reservationCounter")
        if (
            not (
                (type(reservation_counter) is int and FLOAT_LOWEST_INT <= reservation_counter <= FLOAT_MAX_INT)
                or (type(reservation_counter) is float and FLOAT_LOWEST <= reservation_counter <= FLOAT_MAX)
            )
            and reservation_counter is not None
        ):
            reservation_counter = _Coupon_reservation_counter.check(reservation_counter, "reservationCounter", errors)
        attributes = get("attributes")
        if type(attributes) is dict:
            attributes = copy_json(attributes, "attributes", errors)
        elif attributes is not None:
            attributes = _Coupon_attributes.read(attributes, "attributes", errors)
        referral_id = get("referralId")
        if not (type(referral_id) is int and INT64_MIN <= referral_id <= INT64_MAX) and referral_id is not None:
            referral_id = _Coupon_referral_id.check(referral_id, "referralId", errors)
        recipient_integration_id = get("recipientIntegrationId")
        if (
            not (type(recipient_integration_id) is str and len(recipient_integration_id) <= 1000)
            and recipient_integration_id is not None
        ):
            recipient_integration_id = _Coupon_recipient_integration_id.check(
                recipient_integration_id, "recipientIntegrationId", errors
            )
        import_id = get("importId")
        if not (type(import_id) is int and INT64_MIN <= import_id <= INT64_MAX) and import_id is not None:
            import_id = _Coupon_import_id.check(import_id, "importId", errors)
        reservation = get("reservation")
        if type(reservation) is not bool and reservation is not None:
            reservation = _Coupon_reservation.check(reservation, "reservation", errors)
        batch_id = get("batchId")
        if type(batch_id) is not str and batch_id is not None:
            batch_id = _Coupon_batch_id.check(batch_id, "batchId", errors)
        is_reservation_mandatory = get("isReservationMandatory")
        if type(is_reservation_mandatory) is not bool and is_reservation_mandatory is not None:
            is_reservation_mandatory = _Coupon_is_reservation_mandatory.check(
                is_reservation_mandatory, "isReservationMandatory", errors
            )
        implicitly_reserved = get("implicitlyReserved")
        if type(implicitly_reserved) is not bool and implicitly_reserved is not None:
            implicitly_reserved = _Coupon_implicitly_reserved.check(implicitly_reserved, "implicitlyReserved", errors)
        # every field, and no other key?
        if (
            len(data) == 22
            and id is not None
            and created is not None
            and campaign_id is not None
            and value is not None
            and usage_limit is not None
            and discount_limit is not None
            and reservation_limit is not None
            and start_date is not None
            and expiry_date is not None
            and limits is not None
            and usage_counter is not None
            and discount_counter is not None
            and discount_remainder is not None
            and reservation_counter is not None
            and attributes is not None
            and referral_id is not None
            and recipient_integration_id is not None
            and import_id is not None
            and reservation is not None
            and batch_id is not None
            and is_reservation_mandatory is not None
            and implicitly_reserved is not None
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
            campaign_id,
            value,
            usage_limit,
            discount_limit,
            reservation_limit,
            start_date,
            expiry_date,
            limits,
            usage_counter,
            discount_counter,
            discount_remainder,
            reservation_counter,
            attributes,
            referral_id,
            recipient_integration_id,
            import_id,
            reservation,
            batch_id,
            is_reservation_mandatory,
            implicitly_reserved,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            id,
            created,
            campaign_id,
            value,
            usage_limit,
            discount_limit,
            reservation_limit,
            start_date,
            expiry_date,
            limits,
            usage_counter,
            discount_counter,
            discount_remainder,
            reservation_counter,
            attributes,
            referral_id,
            recipient_integration_id,
            import_id,
            reservation,
            batch_id,
            is_reservation_mandatory,
            implicitly_reserved,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        _list: List[Any]
        out["id"] = id
        out["created"] = created
        out["campaignId"] = campaign_id
        out["value"] = value
        out["usageLimit"] = usage_limit
        if discount_limit is not None:
            out["discountLimit"] = discount_limit
        if reservation_limit is not None:
            out["reservationLimit"] = reservation_limit
        if start_date is not None:
            out["startDate"] = start_date
        if expiry_date is not None:
            out["expiryDate"] = expiry_date
        if limits is not None:
            _list = [_item._write() for _item in limits if type(_item) is LimitConfig]
            out["limits"] = _list if len(_list) == len(limits) else _Coupon_limits.write_slowly(limits)
        out["usageCounter"] = usage_counter
        if discount_counter is not None:
            out["discountCounter"] = discount_counter
        if discount_remainder is not None:
            out["discountRemainder"] = discount_remainder
        if reservation_counter is not None:
            out["reservationCounter"] = reservation_counter
        if attributes is not None:
            out["attributes"] = _Coupon_attributes.write(attributes)
        if referral_id is not None:
            out["referralId"] = referral_id
        if recipient_integration_id is not None:
            out["recipientIntegrationId"] = recipient_integration_id
        if import_id is not None:
            out["importId"] = import_id
        if reservation is not None:
            out["reservation"] = reservation
        if batch_id is not None:
            out["batchId"] = batch_id
        if is_reservation_mandatory is not None:
            out["isReservationMandatory"] = is_reservation_mandatory
        if implicitly_reserved is not None:
            out["implicitlyReserved"] = implicitly_reserved
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "id",
        "created",
        "campaign_id",
        "value",
        "usage_limit",
        "discount_limit",
        "reservation_limit",
        "start_date",
        "expiry_date",
        "limits",
        "usage_counter",
        "discount_counter",
        "discount_remainder",
        "reservation_counter",
        "attributes",
        "referral_id",
        "recipient_integration_id",
        "import_id",
        "reservation",
        "batch_id",
        "is_reservation_mandatory",
        "implicitly_reserved",
        "profile_redemption_count",
    )

    def __init__(
        self,
        *,
        id: int,
        created: datetime,
        campaign_id: int,
        value: str,
        usage_limit: int,
        discount_limit: Optional[FloatOrDecimal] = None,
        reservation_limit: Optional[int] = None,
        start_date: Optional[datetime] = None,
        expiry_date: Optional[datetime] = None,
        limits: Optional[List[LimitConfig]] = None,
        usage_counter: int,
        discount_counter: Optional[FloatOrDecimal] = None,
        discount_remainder: Optional[FloatOrDecimal] = None,
        reservation_counter: Optional[FloatOrDecimal] = None,
        attributes: Optional[Dict[str, Any]] = None,
        referral_id: Optional[int] = None,
        recipient_integration_id: Optional[str] = None,
        import_id: Optional[int] = None,
        reservation: Optional[bool] = None,
        batch_id: Optional[str] = None,
        is_reservation_mandatory: Optional[bool] = None,
        implicitly_reserved: Optional[bool] = None,
        profile_redemption_count: int,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[IntegrationCoupon]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _IntegrationCoupon_id.check(id, "id", errors)
        _raw = get("created")
        created = canonical_cache.get(_raw) if type(_raw) is str else None
        if created is None:
            created = _IntegrationCoupon_created.read(_raw, "created", errors)
        campaign_id = get("campaignId")
        if not (type(campaign_id) is int and INT64_MIN <= campaign_id <= INT64_MAX):
            campaign_id = _IntegrationCoupon_campaign_id.check(campaign_id, "campaignId", errors)
        value = get("value")
        if not (type(value) is str and len(value) >= 4):
            value = _IntegrationCoupon_value.check(value, "value", errors)
        usage_limit = get("usageLimit")
        if not (type(usage_limit) is int and 0 <= usage_limit <= 999999):
            usage_limit = _IntegrationCoupon_usage_limit.check(usage_limit, "usageLimit", errors)
        discount_limit = get("discountLimit")
        if (
            not (
                (type(discount_limit) is float or type(discount_limit) is int)
                and 0 <= discount_limit <= 1000000000000000
            )
            and discount_limit is not None
        ):
            discount_limit = _IntegrationCoupon_discount_limit.check(discount_limit, "discountLimit", errors)
        reservation_limit = get("reservationLimit")
        if not (type(reservation_limit) is int and 0 <= reservation_limit <= 999999) and reservation_limit is not None:
            reservation_limit = _IntegrationCoupon_reservation_limit.check(
                reservation_limit, "reservationLimit", errors
            )
        _raw = get("startDate")
        start_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if start_date is None and _raw is not None:
            start_date = _IntegrationCoupon_start_date.read(_raw, "startDate", errors)
        _raw = get("expiryDate")
        expiry_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if expiry_date is None and _raw is not None:
            expiry_date = _IntegrationCoupon_expiry_date.read(_raw, "expiryDate", errors)
        limits = get("limits")
        if type(limits) is list:
            try:
                limits = [_read_LimitConfig(_item, unknown, FIRST_PROBLEM) for _item in limits]
            except ProblemFound:
                limits = _IntegrationCoupon_limits.read(limits, "limits", errors, unknown)
        elif limits is not None:
            limits = _IntegrationCoupon_limits.read(limits, "limits", errors, unknown)
        usage_counter = get("usageCounter")
        if not (type(usage_counter) is int and INT64_MIN <= usage_counter <= INT64_MAX):
            usage_counter = _IntegrationCoupon_usage_counter.check(usage_counter, "usageCounter", errors)
        discount_counter = get("discountCounter")
        if (
            not (
                (type(discount_counter) is int and FLOAT_LOWEST_INT <= discount_counter <= FLOAT_MAX_INT)
                or (type(discount_counter) is float and FLOAT_LOWEST <= discount_counter <= FLOAT_MAX)
            )
            and discount_counter is not None
        ):
            discount_counter = _IntegrationCoupon_discount_counter.check(discount_counter, "discountCounter", errors)
        discount_remainder = get("discountRemainder")
        if (
            not (
                (type(discount_remainder) is int and FLOAT_LOWEST_INT <= discount_remainder <= FLOAT_MAX_INT)
                or (type(discount_remainder) is float and FLOAT_LOWEST <= discount_remainder <= FLOAT_MAX)
            )
            and discount_remainder is not None
        ):
            discount_remainder = _IntegrationCoupon_discount_remainder.check(
                discount_remainder, "discountRemainder", errors
            )
        reservation_counter = get("reservationCounter")
        if (
            not (
                (type(reservation_counter) is int and FLOAT_LOWEST_INT <= reservation_counter <= FLOAT_MAX_INT)
                or (type(reservation_counter) is float and FLOAT_LOWEST <= reservation_counter <= FLOAT_MAX)
            )
            and reservation_counter is not None
        ):
            reservation_counter = _IntegrationCoupon_reservation_counter.check(
                reservation_counter, "reservationCounter", errors
            )
        attributes = get("attributes")
        if type(attributes) is dict:
            attributes = copy_json(attributes, "attributes", errors)
        elif attributes is not None:
            attributes = _IntegrationCoupon_attributes.read(attributes, "attributes", errors)
        referral_id = get("referralId")
        if not (type(referral_id) is int and INT64_MIN <= referral_id <= INT64_MAX) and referral_id is not None:
            referral_id = _IntegrationCoupon_referral_id.check(referral_id, "referralId", errors)
        recipient_integration_id = get("recipientIntegrationId")
        if (
            not (type(recipient_integration_id) is str and len(recipient_integration_id) <= 1000)
            and recipient_integration_id is not None
        ):
            recipient_integration_id = _IntegrationCoupon_recipient_integration_id.check(
                recipient_integration_id, "recipientIntegrationId", errors
            )
        import_id = get("importId")
        if not (type(import_id) is int and INT64_MIN <= import_id <= INT64_MAX) and import_id is not None:
            import_id = _IntegrationCoupon_import_id.check(import_id, "importId", errors)
        reservation = get("reservation")
        if type(reservation) is not bool and reservation is not None:
            reservation = _IntegrationCoupon_reservation.check(reservation, "reservation", errors)
        batch_id = get("batchId")
        if type(batch_id) is not str and batch_id is not None:
            batch_id = _IntegrationCoupon_batch_id.check(batch_id, "batchId", errors)
        is_reservation_mandatory = get("isReservationMandatory")
        if type(is_reservation_mandatory) is not bool and is_reservation_mandatory is not None:
            is_reservation_mandatory = _IntegrationCoupon_is_reservation_mandatory.check(
                is_reservation_mandatory, "isReservationMandatory", errors
            )
        implicitly_reserved = get("implicitlyReserved")
        if type(implicitly_reserved) is not bool and implicitly_reserved is not None:
            implicitly_reserved = _IntegrationCoupon_implicitly_reserved.check(
                implicitly_reserved, "implicitlyReserved", errors
            )
        profile_redemption_count = get("profileRedemptionCount")
        if not (type(profile_redemption_count) is int and INT64_MIN <= profile_redemption_count <= INT64_MAX):
            profile_redemption_count = _IntegrationCoupon_profile_redemption_count.check(
                profile_redemption_count, "profileRedemptionCount", errors
            )
        # every field, and no other key?
        if (
            len(data) == 23
            and id is not None
            and created is not None
            and campaign_id is not None
            and value is not None
            and usage_limit is not None
            and discount_limit is not None
            and reservation_limit is not None
            and start_date is not None
            and expiry_date is not None
            and limits is not None
            and usage_counter is not None
            and discount_counter is not None
            and discount_remainder is not None
            and reservation_counter is not None
            and attributes is not None
            and referral_id is not None
            and recipient_integration_id is not None
            and import_id is not None
            and reservation is not None
            and batch_id is not None
            and is_reservation_mandatory is not None
            and implicitly_reserved is not None
            and profile_redemption_count is not None
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
            campaign_id,
            value,
            usage_limit,
            discount_limit,
            reservation_limit,
            start_date,
            expiry_date,
            limits,
            usage_counter,
            discount_counter,
            discount_remainder,
            reservation_counter,
            attributes,
            referral_id,
            recipient_integration_id,
            import_id,
            reservation,
            batch_id,
            is_reservation_mandatory,
            implicitly_reserved,
            profile_redemption_count,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            id,
            created,
            campaign_id,
            value,
            usage_limit,
            discount_limit,
            reservation_limit,
            start_date,
            expiry_date,
            limits,
            usage_counter,
            discount_counter,
            discount_remainder,
            reservation_counter,
            attributes,
            referral_id,
            recipient_integration_id,
            import_id,
            reservation,
            batch_id,
            is_reservation_mandatory,
            implicitly_reserved,
            profile_redemption_count,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        _list: List[Any]
        out["id"] = id
        out["created"] = created
        out["campaignId"] = campaign_id
        out["value"] = value
        out["usageLimit"] = usage_limit
        if discount_limit is not None:
            out["discountLimit"] = discount_limit
        if reservation_limit is not None:
            out["reservationLimit"] = reservation_limit
        if start_date is not None:
            out["startDate"] = start_date
        if expiry_date is not None:
            out["expiryDate"] = expiry_date
        if limits is not None:
            _list = [_item._write() for _item in limits if type(_item) is LimitConfig]
            out["limits"] = _list if len(_list) == len(limits) else _IntegrationCoupon_limits.write_slowly(limits)
        out["usageCounter"] = usage_counter
        if discount_counter is not None:
            out["discountCounter"] = discount_counter
        if discount_remainder is not None:
            out["discountRemainder"] = discount_remainder
        if reservation_counter is not None:
            out["reservationCounter"] = reservation_counter
        if attributes is not None:
            out["attributes"] = _IntegrationCoupon_attributes.write(attributes)
        if referral_id is not None:
            out["referralId"] = referral_id
        if recipient_integration_id is not None:
            out["recipientIntegrationId"] = recipient_integration_id
        if import_id is not None:
            out["importId"] = import_id
        if reservation is not None:
            out["reservation"] = reservation
        if batch_id is not None:
            out["batchId"] = batch_id
        if is_reservation_mandatory is not None:
            out["isReservationMandatory"] = is_reservation_mandatory
        if implicitly_reserved is not None:
            out["implicitlyReserved"] = implicitly_reserved
        out["profileRedemptionCount"] = profile_redemption_count
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_Coupon_id = Coupon._rules["id"][2]
_Coupon_created = Coupon._rules["created"][2]
_Coupon_campaign_id = Coupon._rules["campaign_id"][2]
_Coupon_value = Coupon._rules["value"][2]
_Coupon_usage_limit = Coupon._rules["usage_limit"][2]
_Coupon_discount_limit = Coupon._rules["discount_limit"][2]
_Coupon_reservation_limit = Coupon._rules["reservation_limit"][2]
_Coupon_start_date = Coupon._rules["start_date"][2]
_Coupon_expiry_date = Coupon._rules["expiry_date"][2]
_Coupon_limits = Coupon._rules["limits"][2]
_Coupon_usage_counter = Coupon._rules["usage_counter"][2]
_Coupon_discount_counter = Coupon._rules["discount_counter"][2]
_Coupon_discount_remainder = Coupon._rules["discount_remainder"][2]
_Coupon_reservation_counter = Coupon._rules["reservation_counter"][2]
_Coupon_attributes = Coupon._rules["attributes"][2]
_Coupon_referral_id = Coupon._rules["referral_id"][2]
_Coupon_recipient_integration_id = Coupon._rules["recipient_integration_id"][2]
_Coupon_import_id = Coupon._rules["import_id"][2]
_Coupon_reservation = Coupon._rules["reservation"][2]
_Coupon_batch_id = Coupon._rules["batch_id"][2]
_Coupon_is_reservation_mandatory = Coupon._rules["is_reservation_mandatory"][2]
_Coupon_implicitly_reserved = Coupon._rules["implicitly_reserved"][2]
_IntegrationCoupon_id = IntegrationCoupon._rules["id"][2]
_IntegrationCoupon_created = IntegrationCoupon._rules["created"][2]
_IntegrationCoupon_campaign_id = IntegrationCoupon._rules["campaign_id"][2]
_IntegrationCoupon_value = IntegrationCoupon._rules["value"][2]
_IntegrationCoupon_usage_limit = IntegrationCoupon._rules["usage_limit"][2]
_IntegrationCoupon_discount_limit = IntegrationCoupon._rules["discount_limit"][2]
_IntegrationCoupon_reservation_limit = IntegrationCoupon._rules["reservation_limit"][2]
_IntegrationCoupon_start_date = IntegrationCoupon._rules["start_date"][2]
_IntegrationCoupon_expiry_date = IntegrationCoupon._rules["expiry_date"][2]
_IntegrationCoupon_limits = IntegrationCoupon._rules["limits"][2]
_IntegrationCoupon_usage_counter = IntegrationCoupon._rules["usage_counter"][2]
_IntegrationCoupon_discount_counter = IntegrationCoupon._rules["discount_counter"][2]
_IntegrationCoupon_discount_remainder = IntegrationCoupon._rules["discount_remainder"][2]
_IntegrationCoupon_reservation_counter = IntegrationCoupon._rules["reservation_counter"][2]
_IntegrationCoupon_attributes = IntegrationCoupon._rules["attributes"][2]
_IntegrationCoupon_referral_id = IntegrationCoupon._rules["referral_id"][2]
_IntegrationCoupon_recipient_integration_id = IntegrationCoupon._rules["recipient_integration_id"][2]
_IntegrationCoupon_import_id = IntegrationCoupon._rules["import_id"][2]
_IntegrationCoupon_reservation = IntegrationCoupon._rules["reservation"][2]
_IntegrationCoupon_batch_id = IntegrationCoupon._rules["batch_id"][2]
_IntegrationCoupon_is_reservation_mandatory = IntegrationCoupon._rules["is_reservation_mandatory"][2]
_IntegrationCoupon_implicitly_reserved = IntegrationCoupon._rules["implicitly_reserved"][2]
_IntegrationCoupon_profile_redemption_count = IntegrationCoupon._rules["profile_redemption_count"][2]
_read_LimitConfig = LimitConfig._read
# fmt: on
# --- End of the written-out code. ---
