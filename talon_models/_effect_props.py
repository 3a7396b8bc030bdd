"""The effect props: one model for each effect type of Ruby 10.0.0, the shape of ``Effect.props``.

An effect's ``props`` is kept as the JSON object the server sent; these models are a typed
view of it, which ``Effect.typed_props()`` and ``Effect.props_as()`` give. Which model goes
with which effect type is said once, in ``EFFECT_PROPS`` (``_effect``). The models are in
the order of Ruby's effect types, alphabetical.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import (
    FLOAT_LOWEST,
    FLOAT_LOWEST_INT,
    FLOAT_MAX,
    FLOAT_MAX_INT,
    INT64_MAX,
    INT64_MIN,
    ErrorDetail,
    FloatOrDecimal,
    Model,
    canonical_cache,
    copy_json,
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
from ._fields import (
    CARD_IDENTIFIER_PATTERN,
    MAX_CARD_IDENTIFIER_LENGTH,
    Boolean,
    DateTime,
    Integer,
    JSONObject,
    JSONValue,
    ListOf,
    Number,
    String,
    field,
)

MAX_RECIPIENT_INTEGRATION_ID_LENGTH = 1000

_TEXT = String()
_TEXT_REQUIRED = String(required=True)
_ID = Integer()
_ID_REQUIRED = Integer(required=True)
_NUMBER = Number()
_NUMBER_REQUIRED = Number(required=True)
_FLAG_REQUIRED = Boolean(required=True)
_DATE = DateTime()
_DATE_REQUIRED = DateTime(required=True)
_RECIPIENT = String(required=True, max_length=MAX_RECIPIENT_INTEGRATION_ID_LENGTH)
_CARD = String(max_length=MAX_CARD_IDENTIFIER_LENGTH, pattern=CARD_IDENTIFIER_PATTERN)

_PARTIAL_DISCOUNTS = "https://docs.talon.one/docs/product/campaigns/campaign-evaluation/#partial-discounts"

# Descriptions several props models share, word for word in Ruby too.
_CARD_DOC = "The alphanumeric identifier of the loyalty card."
_BUNDLE_INDEX_DOC = "The position of the bundle among the item bundles made from the same bundle definition."
_BUNDLE_NAME_DOC = "The name of the bundle definition."
_CONDITION_INDEX_DOC = "The index of the condition that made the %s be rejected."
_EFFECT_INDEX_DOC = "The index of the effect that made the %s be rejected."
_EXCLUSION_DOC = "Why the campaign was not applied."

# Examples shared by several models.
_RECIPIENT_EXAMPLE = "URNGV8294NV"
_CARD_EXAMPLE = "summer-loyalty-card-0543"
_ADDITION_UUID_EXAMPLE = "8c2d3670-6ea5-4e9e-b5c6-e7e7b4a10111"
_DEDUCTION_UUID_EXAMPLE = "9f3e4781-7fb6-5f0f-c6d7-f8f8c5b21222"


@model
class AcceptCouponEffectProps(Model):
    """The props of an ``acceptCoupon`` effect: a coupon code accepted (Ruby: ``TalonOne::AcceptCouponEffectProps``)."""

    __slots__ = ()

    value: str = field("value", _TEXT_REQUIRED, "The code of the coupon that was accepted.", example="COUP-XYZ789")

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("value",)

    def __init__(
        self,
        *,
        value: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[AcceptCouponEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        value = get("value")
        if type(value) is not str:
            value = _AcceptCouponEffectProps_value.check(value, "value", errors)
        # every field, and no other key?
        if len(data) == 1 and value is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (value, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        value, extra = self._values
        out: Dict[str, Any] = {}
        out["value"] = value
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class AcceptReferralEffectProps(Model):
    """The props of an ``acceptReferral`` effect: a referral code accepted
    (Ruby: ``TalonOne::AcceptReferralEffectProps``)."""

    __slots__ = ()

    value: str = field("value", _TEXT_REQUIRED, "The referral code that was accepted.", example="REF-ABC123")

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("value",)

    def __init__(
        self,
        *,
        value: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[AcceptReferralEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        value = get("value")
        if type(value) is not str:
            value = _AcceptReferralEffectProps_value.check(value, "value", errors)
        # every field, and no other key?
        if len(data) == 1 and value is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (value, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        value, extra = self._values
        out: Dict[str, Any] = {}
        out["value"] = value
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class AddFreeItemEffectProps(Model):
    """The props of an ``addFreeItem`` effect: an item to add for free (Ruby: ``TalonOne::AddFreeItemEffectProps``)."""

    __slots__ = ()

    sku: str = field("sku", _TEXT_REQUIRED, "The SKU of the item to add.", example="SKU1241028")
    name: str = field("name", _TEXT_REQUIRED, "The name or description of the effect.", example="Free Gift Item")
    desired_quantity: Optional[int] = field(
        "desiredQuantity",
        _ID,
        "The quantity first meant to be given, when only part of the reward was applied.",
        example=1,
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("sku", "name", "desired_quantity")

    def __init__(
        self,
        *,
        sku: str,
        name: str,
        desired_quantity: Optional[int] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[AddFreeItemEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        sku = get("sku")
        if type(sku) is not str:
            sku = _AddFreeItemEffectProps_sku.check(sku, "sku", errors)
        name = get("name")
        if type(name) is not str:
            name = _AddFreeItemEffectProps_name.check(name, "name", errors)
        desired_quantity = get("desiredQuantity")
        if (
            not (type(desired_quantity) is int and INT64_MIN <= desired_quantity <= INT64_MAX)
            and desired_quantity is not None
        ):
            desired_quantity = _AddFreeItemEffectProps_desired_quantity.check(
                desired_quantity, "desiredQuantity", errors
            )
        # every field, and no other key?
        if len(data) == 3 and sku is not None and name is not None and desired_quantity is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (sku, name, desired_quantity, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        sku, name, desired_quantity, extra = self._values
        out: Dict[str, Any] = {}
        out["sku"] = sku
        out["name"] = name
        if desired_quantity is not None:
            out["desiredQuantity"] = desired_quantity
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class AddLoyaltyPointsEffectProps(Model):
    """The props of an ``addLoyaltyPoints`` effect: loyalty points added
    (Ruby: ``TalonOne::AddLoyaltyPointsEffectProps``)."""

    __slots__ = ()

    name: str = field(
        "name",
        _TEXT_REQUIRED,
        "The name or description of this addition of loyalty points.",
        example="Points for purchase",
    )
    program_id: int = field(
        "programId", _ID_REQUIRED, "The ID of the loyalty program the points were added to.", example=5
    )
    sub_ledger_id: str = field(
        "subLedgerId",
        _TEXT_REQUIRED,
        "The ID of the subledger, within the loyalty program, that the points were added to.",
        example="main",
    )
    value: float = field("value", _NUMBER_REQUIRED, "How many points were added.", example=100.0)
    desired_value: Optional[float] = field(
        "desiredValue", _NUMBER, "How many loyalty points were first meant to be awarded.", example=100.0
    )
    recipient_integration_id: str = field(
        "recipientIntegrationId",
        _RECIPIENT,
        "The integration ID of the customer the points were added for.",
        example=_RECIPIENT_EXAMPLE,
    )
    start_date: Optional[datetime] = field(
        "startDate", _DATE, "When the points become valid.", example="2024-01-01T00:00:00Z"
    )
    expiry_date: Optional[datetime] = field(
        "expiryDate", _DATE, "When the points expire.", example="2025-01-01T00:00:00Z"
    )
    transaction_uuid: str = field(
        "transactionUUID",
        _TEXT_REQUIRED,
        "The ID of this addition in the loyalty ledger.",
        example=_ADDITION_UUID_EXAMPLE,
    )
    cart_item_position: Optional[float] = field(
        "cartItemPosition",
        _NUMBER,
        "The index, in the list of cart items, of the item the points are added for.",
        example=1.0,
    )
    cart_item_sub_position: Optional[float] = field(
        "cartItemSubPosition",
        _NUMBER,
        "For a cart item with a `quantity` above 1, which unit of the item the points are added for.",
        example=0.0,
    )
    card_identifier: Optional[str] = field("cardIdentifier", _CARD, _CARD_DOC, example=_CARD_EXAMPLE)
    bundle_index: Optional[int] = field("bundleIndex", _ID, _BUNDLE_INDEX_DOC, example=1)
    bundle_name: Optional[str] = field("bundleName", _TEXT, _BUNDLE_NAME_DOC, example="my_bundle")

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "name",
        "program_id",
        "sub_ledger_id",
        "value",
        "desired_value",
        "recipient_integration_id",
        "start_date",
        "expiry_date",
        "transaction_uuid",
        "cart_item_position",
        "cart_item_sub_position",
        "card_identifier",
        "bundle_index",
        "bundle_name",
    )

    def __init__(
        self,
        *,
        name: str,
        program_id: int,
        sub_ledger_id: str,
        value: FloatOrDecimal,
        desired_value: Optional[FloatOrDecimal] = None,
        recipient_integration_id: str,
        start_date: Optional[datetime] = None,
        expiry_date: Optional[datetime] = None,
        transaction_uuid: str,
        cart_item_position: Optional[FloatOrDecimal] = None,
        cart_item_sub_position: Optional[FloatOrDecimal] = None,
        card_identifier: Optional[str] = None,
        bundle_index: Optional[int] = None,
        bundle_name: Optional[str] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[AddLoyaltyPointsEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        name = get("name")
        if type(name) is not str:
            name = _AddLoyaltyPointsEffectProps_name.check(name, "name", errors)
        program_id = get("programId")
        if not (type(program_id) is int and INT64_MIN <= program_id <= INT64_MAX):
            program_id = _AddLoyaltyPointsEffectProps_program_id.check(program_id, "programId", errors)
        sub_ledger_id = get("subLedgerId")
        if type(sub_ledger_id) is not str:
            sub_ledger_id = _AddLoyaltyPointsEffectProps_sub_ledger_id.check(sub_ledger_id, "subLedgerId", errors)
        value = get("value")
        if (
            not (
                (type(value) is int and FLOAT_LOWEST_INT <= value <= FLOAT_MAX_INT)
                or (type(value) is float and FLOAT_LOWEST <= value <= FLOAT_MAX)
            )
        ):
            value = _AddLoyaltyPointsEffectProps_value.check(value, "value", errors)
        desired_value = get("desiredValue")
        if (
            not (
                (type(desired_value) is int and FLOAT_LOWEST_INT <= desired_value <= FLOAT_MAX_INT)
                or (type(desired_value) is float and FLOAT_LOWEST <= desired_value <= FLOAT_MAX)
            )
            and desired_value is not None
        ):
            desired_value = _AddLoyaltyPointsEffectProps_desired_value.check(desired_value, "desiredValue", errors)
        recipient_integration_id = get("recipientIntegrationId")
        if not (type(recipient_integration_id) is str and len(recipient_integration_id) <= 1000):
            recipient_integration_id = _AddLoyaltyPointsEffectProps_recipient_integration_id.check(
                recipient_integration_id, "recipientIntegrationId", errors
            )
        _raw = get("startDate")
        start_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if start_date is None and _raw is not None:
            start_date = _AddLoyaltyPointsEffectProps_start_date.read(_raw, "startDate", errors)
        _raw = get("expiryDate")
        expiry_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if expiry_date is None and _raw is not None:
            expiry_date = _AddLoyaltyPointsEffectProps_expiry_date.read(_raw, "expiryDate", errors)
        transaction_uuid = get("transactionUUID")
        if type(transaction_uuid) is not str:
            transaction_uuid = _AddLoyaltyPointsEffectProps_transaction_uuid.check(
                transaction_uuid, "transactionUUID", errors
            )
        cart_item_position = get("cartItemPosition")
        if (
            not (
                (type(cart_item_position) is int and FLOAT_LOWEST_INT <= cart_item_position <= FLOAT_MAX_INT)
                or (type(cart_item_position) is float and FLOAT_LOWEST <= cart_item_position <= FLOAT_MAX)
            )
            and cart_item_position is not None
        ):
            cart_item_position = _AddLoyaltyPointsEffectProps_cart_item_position.check(
                cart_item_position, "cartItemPosition", errors
            )
        cart_item_sub_position = get("cartItemSubPosition")
        if (
            not (
                (type(cart_item_sub_position) is int and FLOAT_LOWEST_INT <= cart_item_sub_position <= FLOAT_MAX_INT)
                or (type(cart_item_sub_position) is float and FLOAT_LOWEST <= cart_item_sub_position <= FLOAT_MAX)
            )
            and cart_item_sub_position is not None
        ):
            cart_item_sub_position = _AddLoyaltyPointsEffectProps_cart_item_sub_position.check(
                cart_item_sub_position, "cartItemSubPosition", errors
            )
        card_identifier = get("cardIdentifier")
        if card_identifier is not None:
            card_identifier = _AddLoyaltyPointsEffectProps_card_identifier.read(
                card_identifier, "cardIdentifier", errors
            )
        bundle_index = get("bundleIndex")
        if not (type(bundle_index) is int and INT64_MIN <= bundle_index <= INT64_MAX) and bundle_index is not None:
            bundle_index = _AddLoyaltyPointsEffectProps_bundle_index.check(bundle_index, "bundleIndex", errors)
        bundle_name = get("bundleName")
        if type(bundle_name) is not str and bundle_name is not None:
            bundle_name = _AddLoyaltyPointsEffectProps_bundle_name.check(bundle_name, "bundleName", errors)
        # every field, and no other key?
        if (
            len(data) == 14
            and name is not None
            and program_id is not None
            and sub_ledger_id is not None
            and value is not None
            and desired_value is not None
            and recipient_integration_id is not None
            and start_date is not None
            and expiry_date is not None
            and transaction_uuid is not None
            and cart_item_position is not None
            and cart_item_sub_position is not None
            and card_identifier is not None
            and bundle_index is not None
            and bundle_name is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            name,
            program_id,
            sub_ledger_id,
            value,
            desired_value,
            recipient_integration_id,
            start_date,
            expiry_date,
            transaction_uuid,
            cart_item_position,
            cart_item_sub_position,
            card_identifier,
            bundle_index,
            bundle_name,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            name,
            program_id,
            sub_ledger_id,
            value,
            desired_value,
            recipient_integration_id,
            start_date,
            expiry_date,
            transaction_uuid,
            cart_item_position,
            cart_item_sub_position,
            card_identifier,
            bundle_index,
            bundle_name,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["name"] = name
        out["programId"] = program_id
        out["subLedgerId"] = sub_ledger_id
        out["value"] = value
        if desired_value is not None:
            out["desiredValue"] = desired_value
        out["recipientIntegrationId"] = recipient_integration_id
        if start_date is not None:
            out["startDate"] = start_date
        if expiry_date is not None:
            out["expiryDate"] = expiry_date
        out["transactionUUID"] = transaction_uuid
        if cart_item_position is not None:
            out["cartItemPosition"] = cart_item_position
        if cart_item_sub_position is not None:
            out["cartItemSubPosition"] = cart_item_sub_position
        if card_identifier is not None:
            out["cardIdentifier"] = card_identifier
        if bundle_index is not None:
            out["bundleIndex"] = bundle_index
        if bundle_name is not None:
            out["bundleName"] = bundle_name
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class AddToAudienceEffectProps(Model):
    """The props of an ``addToAudience`` effect: a customer added to an audience
    (Ruby: ``TalonOne::AddToAudienceEffectProps``)."""

    __slots__ = ()

    audience_id: Optional[int] = field("audienceId", _ID, "The internal ID of the audience.", example=10)
    audience_name: Optional[str] = field("audienceName", _TEXT, "The name of the audience.", example="My audience")
    profile_integration_id: Optional[str] = field(
        "profileIntegrationId",
        _TEXT,
        "The ID of the customer profile in the third-party integration platform.",
        example="URNGV8294NV",
    )
    profile_id: Optional[int] = field("profileId", _ID, "The internal ID of the customer profile.", example=150)

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("audience_id", "audience_name", "profile_integration_id", "profile_id")

    def __init__(
        self,
        *,
        audience_id: Optional[int] = None,
        audience_name: Optional[str] = None,
        profile_integration_id: Optional[str] = None,
        profile_id: Optional[int] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[AddToAudienceEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        audience_id = get("audienceId")
        if not (type(audience_id) is int and INT64_MIN <= audience_id <= INT64_MAX) and audience_id is not None:
            audience_id = _AddToAudienceEffectProps_audience_id.check(audience_id, "audienceId", errors)
        audience_name = get("audienceName")
        if type(audience_name) is not str and audience_name is not None:
            audience_name = _AddToAudienceEffectProps_audience_name.check(audience_name, "audienceName", errors)
        profile_integration_id = get("profileIntegrationId")
        if type(profile_integration_id) is not str and profile_integration_id is not None:
            profile_integration_id = _AddToAudienceEffectProps_profile_integration_id.check(
                profile_integration_id, "profileIntegrationId", errors
            )
        profile_id = get("profileId")
        if not (type(profile_id) is int and INT64_MIN <= profile_id <= INT64_MAX) and profile_id is not None:
            profile_id = _AddToAudienceEffectProps_profile_id.check(profile_id, "profileId", errors)
        # every field, and no other key?
        if (
            len(data) == 4
            and audience_id is not None
            and audience_name is not None
            and profile_integration_id is not None
            and profile_id is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (audience_id, audience_name, profile_integration_id, profile_id, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        audience_id, audience_name, profile_integration_id, profile_id, extra = self._values
        out: Dict[str, Any] = {}
        if audience_id is not None:
            out["audienceId"] = audience_id
        if audience_name is not None:
            out["audienceName"] = audience_name
        if profile_integration_id is not None:
            out["profileIntegrationId"] = profile_integration_id
        if profile_id is not None:
            out["profileId"] = profile_id
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class AwardGiveawayEffectProps(Model):
    """The props of an ``awardGiveaway`` effect: a giveaway code awarded
    (Ruby: ``TalonOne::AwardGiveawayEffectProps``)."""

    __slots__ = ()

    pool_id: int = field("poolId", _ID_REQUIRED, "The ID of the giveaway pool the code was taken from.", example=2)
    pool_name: str = field(
        "poolName", _TEXT_REQUIRED, "The name of the giveaway pool the code was taken from.", example="My pool"
    )
    recipient_integration_id: str = field(
        "recipientIntegrationId",
        _RECIPIENT,
        "The integration ID of the customer profile that was awarded the giveaway.",
        example=_RECIPIENT_EXAMPLE,
    )
    giveaway_id: int = field("giveawayId", _ID_REQUIRED, "The internal ID of the giveaway awarded.", example=5)
    code: str = field("code", _TEXT_REQUIRED, "The giveaway code awarded.", example="57638t-67439hty")

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("pool_id", "pool_name", "recipient_integration_id", "giveaway_id", "code")

    def __init__(
        self,
        *,
        pool_id: int,
        pool_name: str,
        recipient_integration_id: str,
        giveaway_id: int,
        code: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[AwardGiveawayEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        pool_id = get("poolId")
        if not (type(pool_id) is int and INT64_MIN <= pool_id <= INT64_MAX):
            pool_id = _AwardGiveawayEffectProps_pool_id.check(pool_id, "poolId", errors)
        pool_name = get("poolName")
        if type(pool_name) is not str:
            pool_name = _AwardGiveawayEffectProps_pool_name.check(pool_name, "poolName", errors)
        recipient_integration_id = get("recipientIntegrationId")
        if not (type(recipient_integration_id) is str and len(recipient_integration_id) <= 1000):
            recipient_integration_id = _AwardGiveawayEffectProps_recipient_integration_id.check(
                recipient_integration_id, "recipientIntegrationId", errors
            )
        giveaway_id = get("giveawayId")
        if not (type(giveaway_id) is int and INT64_MIN <= giveaway_id <= INT64_MAX):
            giveaway_id = _AwardGiveawayEffectProps_giveaway_id.check(giveaway_id, "giveawayId", errors)
        code = get("code")
        if type(code) is not str:
            code = _AwardGiveawayEffectProps_code.check(code, "code", errors)
        # every field, and no other key?
        if (
            len(data) == 5
            and pool_id is not None
            and pool_name is not None
            and recipient_integration_id is not None
            and giveaway_id is not None
            and code is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (pool_id, pool_name, recipient_integration_id, giveaway_id, code, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        pool_id, pool_name, recipient_integration_id, giveaway_id, code, extra = self._values
        out: Dict[str, Any] = {}
        out["poolId"] = pool_id
        out["poolName"] = pool_name
        out["recipientIntegrationId"] = recipient_integration_id
        out["giveawayId"] = giveaway_id
        out["code"] = code
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class ChangeLoyaltyTierLevelEffectProps(Model):
    """The props of a ``changeLoyaltyTierLevel`` effect: a new loyalty tier
    (Ruby: ``TalonOne::ChangeLoyaltyTierLevelEffectProps``)."""

    __slots__ = ()

    rule_title: str = field(
        "ruleTitle",
        _TEXT_REQUIRED,
        "The title of the rule that triggered the tier upgrade.",
        example="Tier upgrade on purchase",
    )
    program_id: int = field("programId", _ID_REQUIRED, "The ID of the loyalty program of the tiers.", example=5)
    sub_ledger_id: str = field(
        "subLedgerId", _TEXT_REQUIRED, "The ID of the subledger within the loyalty program.", example="main"
    )
    previous_tier_name: Optional[str] = field(
        "previousTierName", _TEXT, "The name of the tier the customer was upgraded from.", example="Silver"
    )
    new_tier_name: str = field(
        "newTierName", _TEXT_REQUIRED, "The name of the tier the customer was upgraded to.", example="Gold"
    )
    expiry_date: Optional[datetime] = field(
        "expiryDate", _DATE, "When the new tier expires.", example="2025-12-31T23:59:59Z"
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("rule_title", "program_id", "sub_ledger_id", "previous_tier_name", "new_tier_name", "expiry_date")

    def __init__(
        self,
        *,
        rule_title: str,
        program_id: int,
        sub_ledger_id: str,
        previous_tier_name: Optional[str] = None,
        new_tier_name: str,
        expiry_date: Optional[datetime] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[ChangeLoyaltyTierLevelEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        rule_title = get("ruleTitle")
        if type(rule_title) is not str:
            rule_title = _ChangeLoyaltyTierLevelEffectProps_rule_title.check(rule_title, "ruleTitle", errors)
        program_id = get("programId")
        if not (type(program_id) is int and INT64_MIN <= program_id <= INT64_MAX):
            program_id = _ChangeLoyaltyTierLevelEffectProps_program_id.check(program_id, "programId", errors)
        sub_ledger_id = get("subLedgerId")
        if type(sub_ledger_id) is not str:
            sub_ledger_id = _ChangeLoyaltyTierLevelEffectProps_sub_ledger_id.check(sub_ledger_id, "subLedgerId", errors)
        previous_tier_name = get("previousTierName")
        if type(previous_tier_name) is not str and previous_tier_name is not None:
            previous_tier_name = _ChangeLoyaltyTierLevelEffectProps_previous_tier_name.check(
                previous_tier_name, "previousTierName", errors
            )
        new_tier_name = get("newTierName")
        if type(new_tier_name) is not str:
            new_tier_name = _ChangeLoyaltyTierLevelEffectProps_new_tier_name.check(new_tier_name, "newTierName", errors)
        _raw = get("expiryDate")
        expiry_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if expiry_date is None and _raw is not None:
            expiry_date = _ChangeLoyaltyTierLevelEffectProps_expiry_date.read(_raw, "expiryDate", errors)
        # every field, and no other key?
        if (
            len(data) == 6
            and rule_title is not None
            and program_id is not None
            and sub_ledger_id is not None
            and previous_tier_name is not None
            and new_tier_name is not None
            and expiry_date is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (rule_title, program_id, sub_ledger_id, previous_tier_name, new_tier_name, expiry_date, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        rule_title, program_id, sub_ledger_id, previous_tier_name, new_tier_name, expiry_date, extra = self._values
        out: Dict[str, Any] = {}
        out["ruleTitle"] = rule_title
        out["programId"] = program_id
        out["subLedgerId"] = sub_ledger_id
        if previous_tier_name is not None:
            out["previousTierName"] = previous_tier_name
        out["newTierName"] = new_tier_name
        if expiry_date is not None:
            out["expiryDate"] = expiry_date
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class CouponCreatedEffectProps(Model):
    """The props of a ``couponCreated`` effect: a coupon created (Ruby: ``TalonOne::CouponCreatedEffectProps``)."""

    __slots__ = ()

    value: str = field("value", _TEXT_REQUIRED, "The code of the coupon that was created.", example="COUP-NEW123")
    profile_id: str = field(
        "profileId",
        _TEXT_REQUIRED,
        "The integration ID of the customer the coupon was created for.",
        example="URNGV8294NV",
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("value", "profile_id")

    def __init__(
        self,
        *,
        value: str,
        profile_id: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[CouponCreatedEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        value = get("value")
        if type(value) is not str:
            value = _CouponCreatedEffectProps_value.check(value, "value", errors)
        profile_id = get("profileId")
        if type(profile_id) is not str:
            profile_id = _CouponCreatedEffectProps_profile_id.check(profile_id, "profileId", errors)
        # every field, and no other key?
        if len(data) == 2 and value is not None and profile_id is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (value, profile_id, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        value, profile_id, extra = self._values
        out: Dict[str, Any] = {}
        out["value"] = value
        out["profileId"] = profile_id
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class CustomEffectProps(Model):
    """The props of a ``customEffect`` effect: a custom effect triggered (Ruby: ``TalonOne::CustomEffectProps``)."""

    __slots__ = ()

    effect_id: int = field("effectId", _ID_REQUIRED, "The ID of the custom effect that was triggered.", example=1)
    name: str = field("name", _TEXT_REQUIRED, "The type of the custom effect.", example="my_custom_effect")
    cart_item_position: Optional[float] = field(
        "cartItemPosition",
        _NUMBER,
        "The index, in the list of cart items, of the item the custom effect applies to.",
        example=1.0,
    )
    cart_item_sub_position: Optional[float] = field(
        "cartItemSubPosition",
        _NUMBER,
        "For a cart item with a quantity above 1, which unit of the item the custom effect applies to.",
        example=2.0,
    )
    bundle_index: Optional[int] = field("bundleIndex", _ID, _BUNDLE_INDEX_DOC, example=1)
    bundle_name: Optional[str] = field("bundleName", _TEXT, _BUNDLE_NAME_DOC, example="my_bundle")
    payload: Dict[str, Any] = field(
        "payload",
        JSONObject(required=True),
        "The JSON payload of the custom effect, kept exactly as sent.",
        example={"message": "Free shipping on your next order", "threshold": 50},
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "effect_id",
        "name",
        "cart_item_position",
        "cart_item_sub_position",
        "bundle_index",
        "bundle_name",
        "payload",
    )

    def __init__(
        self,
        *,
        effect_id: int,
        name: str,
        cart_item_position: Optional[FloatOrDecimal] = None,
        cart_item_sub_position: Optional[FloatOrDecimal] = None,
        bundle_index: Optional[int] = None,
        bundle_name: Optional[str] = None,
        payload: Dict[str, Any],
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[CustomEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        effect_id = get("effectId")
        if not (type(effect_id) is int and INT64_MIN <= effect_id <= INT64_MAX):
            effect_id = _CustomEffectProps_effect_id.check(effect_id, "effectId", errors)
        name = get("name")
        if type(name) is not str:
            name = _CustomEffectProps_name.check(name, "name", errors)
        cart_item_position = get("cartItemPosition")
        if (
            not (
                (type(cart_item_position) is int and FLOAT_LOWEST_INT <= cart_item_position <= FLOAT_MAX_INT)
                or (type(cart_item_position) is float and FLOAT_LOWEST <= cart_item_position <= FLOAT_MAX)
            )
            and cart_item_position is not None
        ):
            cart_item_position = _CustomEffectProps_cart_item_position.check(
                cart_item_position, "cartItemPosition", errors
            )
        cart_item_sub_position = get("cartItemSubPosition")
        if (
            not (
                (type(cart_item_sub_position) is int and FLOAT_LOWEST_INT <= cart_item_sub_position <= FLOAT_MAX_INT)
                or (type(cart_item_sub_position) is float and FLOAT_LOWEST <= cart_item_sub_position <= FLOAT_MAX)
            )
            and cart_item_sub_position is not None
        ):
            cart_item_sub_position = _CustomEffectProps_cart_item_sub_position.check(
                cart_item_sub_position, "cartItemSubPosition", errors
            )
        bundle_index = get("bundleIndex")
        if not (type(bundle_index) is int and INT64_MIN <= bundle_index <= INT64_MAX) and bundle_index is not None:
            bundle_index = _CustomEffectProps_bundle_index.check(bundle_index, "bundleIndex", errors)
        bundle_name = get("bundleName")
        if type(bundle_name) is not str and bundle_name is not None:
            bundle_name = _CustomEffectProps_bundle_name.check(bundle_name, "bundleName", errors)
        payload = get("payload")
        if type(payload) is dict:
            payload = copy_json(payload, "payload", errors)
        else:
            payload = _CustomEffectProps_payload.read(payload, "payload", errors)
        # every field, and no other key?
        if (
            len(data) == 7
            and effect_id is not None
            and name is not None
            and cart_item_position is not None
            and cart_item_sub_position is not None
            and bundle_index is not None
            and bundle_name is not None
            and payload is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            effect_id,
            name,
            cart_item_position,
            cart_item_sub_position,
            bundle_index,
            bundle_name,
            payload,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            effect_id,
            name,
            cart_item_position,
            cart_item_sub_position,
            bundle_index,
            bundle_name,
            payload,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["effectId"] = effect_id
        out["name"] = name
        if cart_item_position is not None:
            out["cartItemPosition"] = cart_item_position
        if cart_item_sub_position is not None:
            out["cartItemSubPosition"] = cart_item_sub_position
        if bundle_index is not None:
            out["bundleIndex"] = bundle_index
        if bundle_name is not None:
            out["bundleName"] = bundle_name
        out["payload"] = _CustomEffectProps_payload.write(payload)
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class DeductLoyaltyPointsEffectProps(Model):
    """The props of a ``deductLoyaltyPoints`` effect: loyalty points deducted
    (Ruby: ``TalonOne::DeductLoyaltyPointsEffectProps``)."""

    __slots__ = ()

    rule_title: str = field(
        "ruleTitle",
        _TEXT_REQUIRED,
        "The title of the rule that triggered this deduction of points.",
        example="Deduct points on return",
    )
    program_id: int = field(
        "programId", _ID_REQUIRED, "The ID of the loyalty program the points were deducted from.", example=5
    )
    sub_ledger_id: str = field(
        "subLedgerId",
        _TEXT_REQUIRED,
        "The ID of the subledger, within the loyalty program, that the points were deducted from.",
        example="main",
    )
    value: float = field("value", _NUMBER_REQUIRED, "How many points were deducted.", example=50.0)
    transaction_uuid: str = field(
        "transactionUUID",
        _TEXT_REQUIRED,
        "The ID of this deduction in the loyalty ledger.",
        example=_DEDUCTION_UUID_EXAMPLE,
    )
    name: str = field(
        "name",
        _TEXT_REQUIRED,
        "Either the name of the loyalty program, or the reason for this deduction: an optional "
        "value set in the deduction rule.",
        example="Points deducted for return",
    )
    card_identifier: Optional[str] = field("cardIdentifier", _CARD, _CARD_DOC, example=_CARD_EXAMPLE)

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("rule_title", "program_id", "sub_ledger_id", "value", "transaction_uuid", "name", "card_identifier")

    def __init__(
        self,
        *,
        rule_title: str,
        program_id: int,
        sub_ledger_id: str,
        value: FloatOrDecimal,
        transaction_uuid: str,
        name: str,
        card_identifier: Optional[str] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[DeductLoyaltyPointsEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        rule_title = get("ruleTitle")
        if type(rule_title) is not str:
            rule_title = _DeductLoyaltyPointsEffectProps_rule_title.check(rule_title, "ruleTitle", errors)
        program_id = get("programId")
        if not (type(program_id) is int and INT64_MIN <= program_id <= INT64_MAX):
            program_id = _DeductLoyaltyPointsEffectProps_program_id.check(program_id, "programId", errors)
        sub_ledger_id = get("subLedgerId")
        if type(sub_ledger_id) is not str:
            sub_ledger_id = _DeductLoyaltyPointsEffectProps_sub_ledger_id.check(sub_ledger_id, "subLedgerId", errors)
        value = get("value")
        if (
            not (
                (type(value) is int and FLOAT_LOWEST_INT <= value <= FLOAT_MAX_INT)
                or (type(value) is float and FLOAT_LOWEST <= value <= FLOAT_MAX)
            )
        ):
            value = _DeductLoyaltyPointsEffectProps_value.check(value, "value", errors)
        transaction_uuid = get("transactionUUID")
        if type(transaction_uuid) is not str:
            transaction_uuid = _DeductLoyaltyPointsEffectProps_transaction_uuid.check(
                transaction_uuid, "transactionUUID", errors
            )
        name = get("name")
        if type(name) is not str:
            name = _DeductLoyaltyPointsEffectProps_name.check(name, "name", errors)
        card_identifier = get("cardIdentifier")
        if card_identifier is not None:
            card_identifier = _DeductLoyaltyPointsEffectProps_card_identifier.read(
                card_identifier, "cardIdentifier", errors
            )
        # every field, and no other key?
        if (
            len(data) == 7
            and rule_title is not None
            and program_id is not None
            and sub_ledger_id is not None
            and value is not None
            and transaction_uuid is not None
            and name is not None
            and card_identifier is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (rule_title, program_id, sub_ledger_id, value, transaction_uuid, name, card_identifier, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        rule_title, program_id, sub_ledger_id, value, transaction_uuid, name, card_identifier, extra = self._values
        out: Dict[str, Any] = {}
        out["ruleTitle"] = rule_title
        out["programId"] = program_id
        out["subLedgerId"] = sub_ledger_id
        out["value"] = value
        out["transactionUUID"] = transaction_uuid
        out["name"] = name
        if card_identifier is not None:
            out["cardIdentifier"] = card_identifier
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class ErrorEffectProps(Model):
    """The props of an ``error`` effect: an error of the rule engine (Ruby: ``TalonOne::ErrorEffectProps``)."""

    __slots__ = ()

    message: str = field(
        "message",
        _TEXT_REQUIRED,
        "The error message.",
        example="An unexpected error occurred during rule evaluation.",
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("message",)

    def __init__(
        self,
        *,
        message: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[ErrorEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        message = get("message")
        if type(message) is not str:
            message = _ErrorEffectProps_message.check(message, "message", errors)
        # every field, and no other key?
        if len(data) == 1 and message is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (message, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        message, extra = self._values
        out: Dict[str, Any] = {}
        out["message"] = message
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class ExtendLoyaltyPointsExpiryDateEffectProps(Model):
    """The props of an ``extendLoyaltyPointsExpiryDate`` effect: points given a later expiry date
    (Ruby: ``TalonOne::ExtendLoyaltyPointsExpiryDateEffectProps``)."""

    __slots__ = ()

    program_id: int = field(
        "programId", _ID_REQUIRED, "The ID of the loyalty program that holds the points.", example=5
    )
    sub_ledger_id: str = field(
        "subLedgerId",
        _TEXT_REQUIRED,
        "The API name of the subledger, within the loyalty program, that holds the points.",
        example="main",
    )
    extension_duration: str = field(
        "extensionDuration",
        _TEXT_REQUIRED,
        "How much later the points expire: `immediate`, or an **integer** followed by a letter for "
        "the unit, such as `30s`, `40m`, `1h`, `5D`, `7W`, `10M` or `15Y`. The units are `s` "
        "(seconds), `m` (minutes), `h` (hours), `D` (days), `W` (weeks), `M` (months) and `Y` "
        "(years). Some units can be rounded: `_D` rounds days down, to the start of the day; `_U` "
        "rounds days, weeks, months and years up, to the end of the day, week, month or year.",
        example="12h",
    )
    transaction_uuids: Optional[List[str]] = field(
        "transactionUUIDs",
        ListOf(String()),
        "The IDs of the transactions whose expiry date was extended.",
        example=[_ADDITION_UUID_EXAMPLE],
        ruby_name="transaction_uui_ds",
    )
    previous_expiration_date: datetime = field(
        "previousExpirationDate",
        _DATE_REQUIRED,
        "The expiry date before the extension. Required, as in Ruby 10.0.0, although newer API "
        "versions no longer send it: `Effect.props` is kept as sent, and only this typed view "
        "says that it is missing.",
        example="2021-09-12T10:12:42Z",
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "program_id",
        "sub_ledger_id",
        "extension_duration",
        "transaction_uuids",
        "previous_expiration_date",
    )

    def __init__(
        self,
        *,
        program_id: int,
        sub_ledger_id: str,
        extension_duration: str,
        transaction_uuids: Optional[List[str]] = None,
        transaction_uui_ds: Optional[List[str]] = None,  # Ruby's name for it
        previous_expiration_date: datetime,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(
        cls, data: Any, unknown: str, errors: List[ErrorDetail]
    ) -> Optional[ExtendLoyaltyPointsExpiryDateEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        program_id = get("programId")
        if not (type(program_id) is int and INT64_MIN <= program_id <= INT64_MAX):
            program_id = _ExtendLoyaltyPointsExpiryDateEffectProps_program_id.check(program_id, "programId", errors)
        sub_ledger_id = get("subLedgerId")
        if type(sub_ledger_id) is not str:
            sub_ledger_id = _ExtendLoyaltyPointsExpiryDateEffectProps_sub_ledger_id.check(
                sub_ledger_id, "subLedgerId", errors
            )
        extension_duration = get("extensionDuration")
        if type(extension_duration) is not str:
            extension_duration = _ExtendLoyaltyPointsExpiryDateEffectProps_extension_duration.check(
                extension_duration, "extensionDuration", errors
            )
        transaction_uuids = get("transactionUUIDs")
        if type(transaction_uuids) is list:
            for _item in transaction_uuids:
                if type(_item) is not str:
                    transaction_uuids = _ExtendLoyaltyPointsExpiryDateEffectProps_transaction_uuids.read(
                        transaction_uuids, "transactionUUIDs", errors
                    )
                    break
            else:
                transaction_uuids = transaction_uuids[:]
        elif transaction_uuids is not None:
            transaction_uuids = _ExtendLoyaltyPointsExpiryDateEffectProps_transaction_uuids.read(
                transaction_uuids, "transactionUUIDs", errors, unknown
            )
        _raw = get("previousExpirationDate")
        previous_expiration_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if previous_expiration_date is None:
            previous_expiration_date = _ExtendLoyaltyPointsExpiryDateEffectProps_previous_expiration_date.read(
                _raw, "previousExpirationDate", errors
            )
        # every field, and no other key?
        if (
            len(data) == 5
            and program_id is not None
            and sub_ledger_id is not None
            and extension_duration is not None
            and transaction_uuids is not None
            and previous_expiration_date is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            program_id,
            sub_ledger_id,
            extension_duration,
            transaction_uuids,
            previous_expiration_date,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        program_id, sub_ledger_id, extension_duration, transaction_uuids, previous_expiration_date, extra = self._values
        out: Dict[str, Any] = {}
        _list: List[Any]
        out["programId"] = program_id
        out["subLedgerId"] = sub_ledger_id
        out["extensionDuration"] = extension_duration
        if transaction_uuids is not None:
            _list = list(transaction_uuids)
            for _item in _list:
                if type(_item) is not str:
                    _list = _ExtendLoyaltyPointsExpiryDateEffectProps_transaction_uuids.write_slowly(transaction_uuids)
                    break
            out["transactionUUIDs"] = _list
        out["previousExpirationDate"] = previous_expiration_date
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class IncreaseAchievementProgressEffectProps(Model):
    """The props of an ``increaseAchievementProgress`` effect: progress in an achievement
    (Ruby: ``TalonOne::IncreaseAchievementProgressEffectProps``)."""

    __slots__ = ()

    achievement_id: int = field("achievementId", _ID_REQUIRED, "The internal ID of the achievement.", example=10)
    achievement_name: str = field(
        "achievementName", _TEXT_REQUIRED, "The name of the achievement.", example="FreeCoffee10Orders"
    )
    progress_tracker_id: Optional[int] = field(
        "progressTrackerId", _ID, "The internal ID of the tracker of the progress in the achievement.", example=42
    )
    delta: float = field(
        "delta", _NUMBER_REQUIRED, "How much the customer's progress in the achievement went up.", example=1.0
    )
    value: float = field("value", _NUMBER_REQUIRED, "The customer's current progress in the achievement.", example=7.0)
    target: float = field("target", _NUMBER_REQUIRED, "The progress that completes the achievement.", example=10.0)
    is_just_completed: bool = field(
        "isJustCompleted",
        _FLAG_REQUIRED,
        "Whether the customer completed the achievement in this session.",
        example=False,
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "achievement_id",
        "achievement_name",
        "progress_tracker_id",
        "delta",
        "value",
        "target",
        "is_just_completed",
    )

    def __init__(
        self,
        *,
        achievement_id: int,
        achievement_name: str,
        progress_tracker_id: Optional[int] = None,
        delta: FloatOrDecimal,
        value: FloatOrDecimal,
        target: FloatOrDecimal,
        is_just_completed: bool,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(
        cls, data: Any, unknown: str, errors: List[ErrorDetail]
    ) -> Optional[IncreaseAchievementProgressEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        achievement_id = get("achievementId")
        if not (type(achievement_id) is int and INT64_MIN <= achievement_id <= INT64_MAX):
            achievement_id = _IncreaseAchievementProgressEffectProps_achievement_id.check(
                achievement_id, "achievementId", errors
            )
        achievement_name = get("achievementName")
        if type(achievement_name) is not str:
            achievement_name = _IncreaseAchievementProgressEffectProps_achievement_name.check(
                achievement_name, "achievementName", errors
            )
        progress_tracker_id = get("progressTrackerId")
        if (
            not (type(progress_tracker_id) is int and INT64_MIN <= progress_tracker_id <= INT64_MAX)
            and progress_tracker_id is not None
        ):
            progress_tracker_id = _IncreaseAchievementProgressEffectProps_progress_tracker_id.check(
                progress_tracker_id, "progressTrackerId", errors
            )
        delta = get("delta")
        if (
            not (
                (type(delta) is int and FLOAT_LOWEST_INT <= delta <= FLOAT_MAX_INT)
                or (type(delta) is float and FLOAT_LOWEST <= delta <= FLOAT_MAX)
            )
        ):
            delta = _IncreaseAchievementProgressEffectProps_delta.check(delta, "delta", errors)
        value = get("value")
        if (
            not (
                (type(value) is int and FLOAT_LOWEST_INT <= value <= FLOAT_MAX_INT)
                or (type(value) is float and FLOAT_LOWEST <= value <= FLOAT_MAX)
            )
        ):
            value = _IncreaseAchievementProgressEffectProps_value.check(value, "value", errors)
        target = get("target")
        if (
            not (
                (type(target) is int and FLOAT_LOWEST_INT <= target <= FLOAT_MAX_INT)
                or (type(target) is float and FLOAT_LOWEST <= target <= FLOAT_MAX)
            )
        ):
            target = _IncreaseAchievementProgressEffectProps_target.check(target, "target", errors)
        is_just_completed = get("isJustCompleted")
        if type(is_just_completed) is not bool:
            is_just_completed = _IncreaseAchievementProgressEffectProps_is_just_completed.check(
                is_just_completed, "isJustCompleted", errors
            )
        # every field, and no other key?
        if (
            len(data) == 7
            and achievement_id is not None
            and achievement_name is not None
            and progress_tracker_id is not None
            and delta is not None
            and value is not None
            and target is not None
            and is_just_completed is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            achievement_id,
            achievement_name,
            progress_tracker_id,
            delta,
            value,
            target,
            is_just_completed,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            achievement_id,
            achievement_name,
            progress_tracker_id,
            delta,
            value,
            target,
            is_just_completed,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["achievementId"] = achievement_id
        out["achievementName"] = achievement_name
        if progress_tracker_id is not None:
            out["progressTrackerId"] = progress_tracker_id
        out["delta"] = delta
        out["value"] = value
        out["target"] = target
        out["isJustCompleted"] = is_just_completed
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class RedeemReferralEffectProps(Model):
    """The props of a ``redeemReferral`` effect: a referral code redeemed
    (Ruby: ``TalonOne::RedeemReferralEffectProps``)."""

    __slots__ = ()

    id: int = field("id", _ID_REQUIRED, "The ID of the referral code that was redeemed.", example=12)
    value: str = field("value", _TEXT_REQUIRED, "The referral code that was redeemed.", example="REF-ABC123")

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("id", "value")

    def __init__(
        self,
        *,
        id: int,
        value: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[RedeemReferralEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _RedeemReferralEffectProps_id.check(id, "id", errors)
        value = get("value")
        if type(value) is not str:
            value = _RedeemReferralEffectProps_value.check(value, "value", errors)
        # every field, and no other key?
        if len(data) == 2 and id is not None and value is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (id, value, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        id, value, extra = self._values
        out: Dict[str, Any] = {}
        out["id"] = id
        out["value"] = value
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class ReferralCreatedEffectProps(Model):
    """The props of a ``referralCreated`` effect: a referral code created
    (Ruby: ``TalonOne::ReferralCreatedEffectProps``)."""

    __slots__ = ()

    value: str = field("value", _TEXT_REQUIRED, "The referral code that was created.", example="REF-NEW456")

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("value",)

    def __init__(
        self,
        *,
        value: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[ReferralCreatedEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        value = get("value")
        if type(value) is not str:
            value = _ReferralCreatedEffectProps_value.check(value, "value", errors)
        # every field, and no other key?
        if len(data) == 1 and value is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (value, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        value, extra = self._values
        out: Dict[str, Any] = {}
        out["value"] = value
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class RejectCouponEffectProps(Model):
    """The props of a ``rejectCoupon`` effect: a coupon code rejected (Ruby: ``TalonOne::RejectCouponEffectProps``)."""

    __slots__ = ()

    value: str = field("value", _TEXT_REQUIRED, "The code of the coupon that was rejected.", example="COUP-XYZ789")
    rejection_reason: str = field(
        "rejectionReason", _TEXT_REQUIRED, "Why the coupon was rejected.", example="CouponRejectedByCondition"
    )
    condition_index: Optional[int] = field("conditionIndex", _ID, _CONDITION_INDEX_DOC % "coupon", example=2)
    effect_index: Optional[int] = field("effectIndex", _ID, _EFFECT_INDEX_DOC % "coupon", example=0)
    details: Optional[str] = field(
        "details", _TEXT, "More about the failure.", example="The cart total is below the minimum of the campaign."
    )
    campaign_exclusion_reason: Optional[str] = field(
        "campaignExclusionReason", _TEXT, _EXCLUSION_DOC, example="CampaignGaveLowerDiscount"
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "value",
        "rejection_reason",
        "condition_index",
        "effect_index",
        "details",
        "campaign_exclusion_reason",
    )

    def __init__(
        self,
        *,
        value: str,
        rejection_reason: str,
        condition_index: Optional[int] = None,
        effect_index: Optional[int] = None,
        details: Optional[str] = None,
        campaign_exclusion_reason: Optional[str] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[RejectCouponEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        value = get("value")
        if type(value) is not str:
            value = _RejectCouponEffectProps_value.check(value, "value", errors)
        rejection_reason = get("rejectionReason")
        if type(rejection_reason) is not str:
            rejection_reason = _RejectCouponEffectProps_rejection_reason.check(
                rejection_reason, "rejectionReason", errors
            )
        condition_index = get("conditionIndex")
        if (
            not (type(condition_index) is int and INT64_MIN <= condition_index <= INT64_MAX)
            and condition_index is not None
        ):
            condition_index = _RejectCouponEffectProps_condition_index.check(condition_index, "conditionIndex", errors)
        effect_index = get("effectIndex")
        if not (type(effect_index) is int and INT64_MIN <= effect_index <= INT64_MAX) and effect_index is not None:
            effect_index = _RejectCouponEffectProps_effect_index.check(effect_index, "effectIndex", errors)
        details = get("details")
        if type(details) is not str and details is not None:
            details = _RejectCouponEffectProps_details.check(details, "details", errors)
        campaign_exclusion_reason = get("campaignExclusionReason")
        if type(campaign_exclusion_reason) is not str and campaign_exclusion_reason is not None:
            campaign_exclusion_reason = _RejectCouponEffectProps_campaign_exclusion_reason.check(
                campaign_exclusion_reason, "campaignExclusionReason", errors
            )
        # every field, and no other key?
        if (
            len(data) == 6
            and value is not None
            and rejection_reason is not None
            and condition_index is not None
            and effect_index is not None
            and details is not None
            and campaign_exclusion_reason is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            value,
            rejection_reason,
            condition_index,
            effect_index,
            details,
            campaign_exclusion_reason,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        value, rejection_reason, condition_index, effect_index, details, campaign_exclusion_reason, extra = self._values
        out: Dict[str, Any] = {}
        out["value"] = value
        out["rejectionReason"] = rejection_reason
        if condition_index is not None:
            out["conditionIndex"] = condition_index
        if effect_index is not None:
            out["effectIndex"] = effect_index
        if details is not None:
            out["details"] = details
        if campaign_exclusion_reason is not None:
            out["campaignExclusionReason"] = campaign_exclusion_reason
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class RejectReferralEffectProps(Model):
    """The props of a ``rejectReferral`` effect: a referral code rejected
    (Ruby: ``TalonOne::RejectReferralEffectProps``)."""

    __slots__ = ()

    value: str = field("value", _TEXT_REQUIRED, "The referral code that was rejected.", example="REF-ABC123")
    rejection_reason: str = field(
        "rejectionReason",
        _TEXT_REQUIRED,
        "Why the referral code was rejected.",
        example="ReferralRejectedByCondition",
    )
    condition_index: Optional[int] = field("conditionIndex", _ID, _CONDITION_INDEX_DOC % "referral", example=1)
    effect_index: Optional[int] = field("effectIndex", _ID, _EFFECT_INDEX_DOC % "referral", example=0)
    details: Optional[str] = field(
        "details", _TEXT, "More about the failure.", example="The referral code was already used."
    )
    campaign_exclusion_reason: Optional[str] = field(
        "campaignExclusionReason", _TEXT, _EXCLUSION_DOC, example="CampaignGaveLowerDiscount"
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "value",
        "rejection_reason",
        "condition_index",
        "effect_index",
        "details",
        "campaign_exclusion_reason",
    )

    def __init__(
        self,
        *,
        value: str,
        rejection_reason: str,
        condition_index: Optional[int] = None,
        effect_index: Optional[int] = None,
        details: Optional[str] = None,
        campaign_exclusion_reason: Optional[str] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[RejectReferralEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        value = get("value")
        if type(value) is not str:
            value = _RejectReferralEffectProps_value.check(value, "value", errors)
        rejection_reason = get("rejectionReason")
        if type(rejection_reason) is not str:
            rejection_reason = _RejectReferralEffectProps_rejection_reason.check(
                rejection_reason, "rejectionReason", errors
            )
        condition_index = get("conditionIndex")
        if (
            not (type(condition_index) is int and INT64_MIN <= condition_index <= INT64_MAX)
            and condition_index is not None
        ):
            condition_index = _RejectReferralEffectProps_condition_index.check(
                condition_index, "conditionIndex", errors
            )
        effect_index = get("effectIndex")
        if not (type(effect_index) is int and INT64_MIN <= effect_index <= INT64_MAX) and effect_index is not None:
            effect_index = _RejectReferralEffectProps_effect_index.check(effect_index, "effectIndex", errors)
        details = get("details")
        if type(details) is not str and details is not None:
            details = _RejectReferralEffectProps_details.check(details, "details", errors)
        campaign_exclusion_reason = get("campaignExclusionReason")
        if type(campaign_exclusion_reason) is not str and campaign_exclusion_reason is not None:
            campaign_exclusion_reason = _RejectReferralEffectProps_campaign_exclusion_reason.check(
                campaign_exclusion_reason, "campaignExclusionReason", errors
            )
        # every field, and no other key?
        if (
            len(data) == 6
            and value is not None
            and rejection_reason is not None
            and condition_index is not None
            and effect_index is not None
            and details is not None
            and campaign_exclusion_reason is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            value,
            rejection_reason,
            condition_index,
            effect_index,
            details,
            campaign_exclusion_reason,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        value, rejection_reason, condition_index, effect_index, details, campaign_exclusion_reason, extra = self._values
        out: Dict[str, Any] = {}
        out["value"] = value
        out["rejectionReason"] = rejection_reason
        if condition_index is not None:
            out["conditionIndex"] = condition_index
        if effect_index is not None:
            out["effectIndex"] = effect_index
        if details is not None:
            out["details"] = details
        if campaign_exclusion_reason is not None:
            out["campaignExclusionReason"] = campaign_exclusion_reason
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class RemoveFromAudienceEffectProps(Model):
    """The props of a ``removeFromAudience`` effect: a customer removed from an audience
    (Ruby: ``TalonOne::RemoveFromAudienceEffectProps``)."""

    __slots__ = ()

    audience_id: Optional[int] = field("audienceId", _ID, "The internal ID of the audience.", example=10)
    audience_name: Optional[str] = field("audienceName", _TEXT, "The name of the audience.", example="My audience")
    profile_integration_id: Optional[str] = field(
        "profileIntegrationId",
        _TEXT,
        "The ID of the customer profile in the third-party integration platform.",
        example="URNGV8294NV",
    )
    profile_id: Optional[int] = field("profileId", _ID, "The internal ID of the customer profile.", example=150)

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("audience_id", "audience_name", "profile_integration_id", "profile_id")

    def __init__(
        self,
        *,
        audience_id: Optional[int] = None,
        audience_name: Optional[str] = None,
        profile_integration_id: Optional[str] = None,
        profile_id: Optional[int] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[RemoveFromAudienceEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        audience_id = get("audienceId")
        if not (type(audience_id) is int and INT64_MIN <= audience_id <= INT64_MAX) and audience_id is not None:
            audience_id = _RemoveFromAudienceEffectProps_audience_id.check(audience_id, "audienceId", errors)
        audience_name = get("audienceName")
        if type(audience_name) is not str and audience_name is not None:
            audience_name = _RemoveFromAudienceEffectProps_audience_name.check(audience_name, "audienceName", errors)
        profile_integration_id = get("profileIntegrationId")
        if type(profile_integration_id) is not str and profile_integration_id is not None:
            profile_integration_id = _RemoveFromAudienceEffectProps_profile_integration_id.check(
                profile_integration_id, "profileIntegrationId", errors
            )
        profile_id = get("profileId")
        if not (type(profile_id) is int and INT64_MIN <= profile_id <= INT64_MAX) and profile_id is not None:
            profile_id = _RemoveFromAudienceEffectProps_profile_id.check(profile_id, "profileId", errors)
        # every field, and no other key?
        if (
            len(data) == 4
            and audience_id is not None
            and audience_name is not None
            and profile_integration_id is not None
            and profile_id is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (audience_id, audience_name, profile_integration_id, profile_id, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        audience_id, audience_name, profile_integration_id, profile_id, extra = self._values
        out: Dict[str, Any] = {}
        if audience_id is not None:
            out["audienceId"] = audience_id
        if audience_name is not None:
            out["audienceName"] = audience_name
        if profile_integration_id is not None:
            out["profileIntegrationId"] = profile_integration_id
        if profile_id is not None:
            out["profileId"] = profile_id
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class ReserveCouponEffectProps(Model):
    """The props of a ``reserveCoupon`` effect: a coupon reserved (Ruby: ``TalonOne::ReserveCouponEffectProps``)."""

    __slots__ = ()

    coupon_value: str = field("couponValue", _TEXT_REQUIRED, "The code of the coupon in scope.", example="COUP-XYZ789")
    profile_integration_id: str = field(
        "profileIntegrationId",
        _TEXT_REQUIRED,
        "The ID of this customer profile in the third-party integration.",
        example="URNGV8294NV",
    )
    is_new_reservation: bool = field(
        "isNewReservation", _FLAG_REQUIRED, "Whether this is a new reservation of the coupon.", example=True
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("coupon_value", "profile_integration_id", "is_new_reservation")

    def __init__(
        self,
        *,
        coupon_value: str,
        profile_integration_id: str,
        is_new_reservation: bool,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[ReserveCouponEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        coupon_value = get("couponValue")
        if type(coupon_value) is not str:
            coupon_value = _ReserveCouponEffectProps_coupon_value.check(coupon_value, "couponValue", errors)
        profile_integration_id = get("profileIntegrationId")
        if type(profile_integration_id) is not str:
            profile_integration_id = _ReserveCouponEffectProps_profile_integration_id.check(
                profile_integration_id, "profileIntegrationId", errors
            )
        is_new_reservation = get("isNewReservation")
        if type(is_new_reservation) is not bool:
            is_new_reservation = _ReserveCouponEffectProps_is_new_reservation.check(
                is_new_reservation, "isNewReservation", errors
            )
        # every field, and no other key?
        if (
            len(data) == 3
            and coupon_value is not None
            and profile_integration_id is not None
            and is_new_reservation is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (coupon_value, profile_integration_id, is_new_reservation, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        coupon_value, profile_integration_id, is_new_reservation, extra = self._values
        out: Dict[str, Any] = {}
        out["couponValue"] = coupon_value
        out["profileIntegrationId"] = profile_integration_id
        out["isNewReservation"] = is_new_reservation
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class RollbackAddedLoyaltyPointsEffectProps(Model):
    """The props of a ``rollbackAddedLoyaltyPoints`` effect: added points taken back
    (Ruby: ``TalonOne::RollbackAddedLoyaltyPointsEffectProps``)."""

    __slots__ = ()

    program_id: int = field(
        "programId", _ID_REQUIRED, "The ID of the loyalty program the points were first added to.", example=5
    )
    sub_ledger_id: str = field(
        "subLedgerId",
        _TEXT_REQUIRED,
        "The ID of the subledger, within the loyalty program, that the points were first added to.",
        example="main",
    )
    value: float = field("value", _NUMBER_REQUIRED, "How many points were rolled back.", example=100.0)
    recipient_integration_id: str = field(
        "recipientIntegrationId",
        _RECIPIENT,
        "The integration ID of the customer the points were first added for.",
        example=_RECIPIENT_EXAMPLE,
    )
    transaction_uuid: str = field(
        "transactionUUID",
        _TEXT_REQUIRED,
        "The ID of the deduction that rolling back the `addLoyaltyPoints` effect added to the ledger.",
        example=_DEDUCTION_UUID_EXAMPLE,
    )
    cart_item_position: Optional[float] = field(
        "cartItemPosition",
        _NUMBER,
        "The index, in the list of cart items, of the item whose points were rolled back.",
        example=1.0,
    )
    cart_item_sub_position: Optional[float] = field(
        "cartItemSubPosition",
        _NUMBER,
        "For a cart item with a `quantity` above 1, which unit of the item the points were rolled back for.",
        example=0.0,
    )
    card_identifier: Optional[str] = field("cardIdentifier", _CARD, _CARD_DOC, example=_CARD_EXAMPLE)

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "program_id",
        "sub_ledger_id",
        "value",
        "recipient_integration_id",
        "transaction_uuid",
        "cart_item_position",
        "cart_item_sub_position",
        "card_identifier",
    )

    def __init__(
        self,
        *,
        program_id: int,
        sub_ledger_id: str,
        value: FloatOrDecimal,
        recipient_integration_id: str,
        transaction_uuid: str,
        cart_item_position: Optional[FloatOrDecimal] = None,
        cart_item_sub_position: Optional[FloatOrDecimal] = None,
        card_identifier: Optional[str] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(
        cls, data: Any, unknown: str, errors: List[ErrorDetail]
    ) -> Optional[RollbackAddedLoyaltyPointsEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        program_id = get("programId")
        if not (type(program_id) is int and INT64_MIN <= program_id <= INT64_MAX):
            program_id = _RollbackAddedLoyaltyPointsEffectProps_program_id.check(program_id, "programId", errors)
        sub_ledger_id = get("subLedgerId")
        if type(sub_ledger_id) is not str:
            sub_ledger_id = _RollbackAddedLoyaltyPointsEffectProps_sub_ledger_id.check(
                sub_ledger_id, "subLedgerId", errors
            )
        value = get("value")
        if (
            not (
                (type(value) is int and FLOAT_LOWEST_INT <= value <= FLOAT_MAX_INT)
                or (type(value) is float and FLOAT_LOWEST <= value <= FLOAT_MAX)
            )
        ):
            value = _RollbackAddedLoyaltyPointsEffectProps_value.check(value, "value", errors)
        recipient_integration_id = get("recipientIntegrationId")
        if not (type(recipient_integration_id) is str and len(recipient_integration_id) <= 1000):
            recipient_integration_id = _RollbackAddedLoyaltyPointsEffectProps_recipient_integration_id.check(
                recipient_integration_id, "recipientIntegrationId", errors
            )
        transaction_uuid = get("transactionUUID")
        if type(transaction_uuid) is not str:
            transaction_uuid = _RollbackAddedLoyaltyPointsEffectProps_transaction_uuid.check(
                transaction_uuid, "transactionUUID", errors
            )
        cart_item_position = get("cartItemPosition")
        if (
            not (
                (type(cart_item_position) is int and FLOAT_LOWEST_INT <= cart_item_position <= FLOAT_MAX_INT)
                or (type(cart_item_position) is float and FLOAT_LOWEST <= cart_item_position <= FLOAT_MAX)
            )
            and cart_item_position is not None
        ):
            cart_item_position = _RollbackAddedLoyaltyPointsEffectProps_cart_item_position.check(
                cart_item_position, "cartItemPosition", errors
            )
        cart_item_sub_position = get("cartItemSubPosition")
        if (
            not (
                (type(cart_item_sub_position) is int and FLOAT_LOWEST_INT <= cart_item_sub_position <= FLOAT_MAX_INT)
                or (type(cart_item_sub_position) is float and FLOAT_LOWEST <= cart_item_sub_position <= FLOAT_MAX)
            )
            and cart_item_sub_position is not None
        ):
            cart_item_sub_position = _RollbackAddedLoyaltyPointsEffectProps_cart_item_sub_position.check(
                cart_item_sub_position, "cartItemSubPosition", errors
            )
        card_identifier = get("cardIdentifier")
        if card_identifier is not None:
            card_identifier = _RollbackAddedLoyaltyPointsEffectProps_card_identifier.read(
                card_identifier, "cardIdentifier", errors
            )
        # every field, and no other key?
        if (
            len(data) == 8
            and program_id is not None
            and sub_ledger_id is not None
            and value is not None
            and recipient_integration_id is not None
            and transaction_uuid is not None
            and cart_item_position is not None
            and cart_item_sub_position is not None
            and card_identifier is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            program_id,
            sub_ledger_id,
            value,
            recipient_integration_id,
            transaction_uuid,
            cart_item_position,
            cart_item_sub_position,
            card_identifier,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            program_id,
            sub_ledger_id,
            value,
            recipient_integration_id,
            transaction_uuid,
            cart_item_position,
            cart_item_sub_position,
            card_identifier,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["programId"] = program_id
        out["subLedgerId"] = sub_ledger_id
        out["value"] = value
        out["recipientIntegrationId"] = recipient_integration_id
        out["transactionUUID"] = transaction_uuid
        if cart_item_position is not None:
            out["cartItemPosition"] = cart_item_position
        if cart_item_sub_position is not None:
            out["cartItemSubPosition"] = cart_item_sub_position
        if card_identifier is not None:
            out["cardIdentifier"] = card_identifier
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class RollbackCouponEffectProps(Model):
    """The props of a ``rollbackCoupon`` effect: a coupon use undone (Ruby: ``TalonOne::RollbackCouponEffectProps``)."""

    __slots__ = ()

    value: str = field(
        "value", _TEXT_REQUIRED, "The code of the coupon whose use was rolled back.", example="COUP-XYZ789"
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("value",)

    def __init__(
        self,
        *,
        value: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[RollbackCouponEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        value = get("value")
        if type(value) is not str:
            value = _RollbackCouponEffectProps_value.check(value, "value", errors)
        # every field, and no other key?
        if len(data) == 1 and value is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (value, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        value, extra = self._values
        out: Dict[str, Any] = {}
        out["value"] = value
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class RollbackDeductedLoyaltyPointsEffectProps(Model):
    """The props of a ``rollbackDeductedLoyaltyPoints`` effect: deducted points given back
    (Ruby: ``TalonOne::RollbackDeductedLoyaltyPointsEffectProps``)."""

    __slots__ = ()

    program_id: int = field(
        "programId", _ID_REQUIRED, "The ID of the loyalty program the points were given back in.", example=5
    )
    sub_ledger_id: str = field(
        "subLedgerId",
        _TEXT_REQUIRED,
        "The ID of the subledger, within the loyalty program, that the points were given back in.",
        example="main",
    )
    value: float = field("value", _NUMBER_REQUIRED, "How many points were given back.", example=50.0)
    recipient_integration_id: str = field(
        "recipientIntegrationId",
        _RECIPIENT,
        "The integration ID of the customer the points were given back to.",
        example=_RECIPIENT_EXAMPLE,
    )
    start_date: Optional[datetime] = field(
        "startDate", _DATE, "When the points given back become valid.", example="2024-01-01T00:00:00Z"
    )
    expiry_date: Optional[datetime] = field(
        "expiryDate", _DATE, "When the points given back expire.", example="2025-01-01T00:00:00Z"
    )
    transaction_uuid: str = field(
        "transactionUUID",
        _TEXT_REQUIRED,
        "The ID of the additions that rolling back the `deductLoyaltyPoints` effect added to the ledger.",
        example=_ADDITION_UUID_EXAMPLE,
    )
    card_identifier: Optional[str] = field("cardIdentifier", _CARD, _CARD_DOC, example=_CARD_EXAMPLE)

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "program_id",
        "sub_ledger_id",
        "value",
        "recipient_integration_id",
        "start_date",
        "expiry_date",
        "transaction_uuid",
        "card_identifier",
    )

    def __init__(
        self,
        *,
        program_id: int,
        sub_ledger_id: str,
        value: FloatOrDecimal,
        recipient_integration_id: str,
        start_date: Optional[datetime] = None,
        expiry_date: Optional[datetime] = None,
        transaction_uuid: str,
        card_identifier: Optional[str] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(
        cls, data: Any, unknown: str, errors: List[ErrorDetail]
    ) -> Optional[RollbackDeductedLoyaltyPointsEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        program_id = get("programId")
        if not (type(program_id) is int and INT64_MIN <= program_id <= INT64_MAX):
            program_id = _RollbackDeductedLoyaltyPointsEffectProps_program_id.check(program_id, "programId", errors)
        sub_ledger_id = get("subLedgerId")
        if type(sub_ledger_id) is not str:
            sub_ledger_id = _RollbackDeductedLoyaltyPointsEffectProps_sub_ledger_id.check(
                sub_ledger_id, "subLedgerId", errors
            )
        value = get("value")
        if (
            not (
                (type(value) is int and FLOAT_LOWEST_INT <= value <= FLOAT_MAX_INT)
                or (type(value) is float and FLOAT_LOWEST <= value <= FLOAT_MAX)
            )
        ):
            value = _RollbackDeductedLoyaltyPointsEffectProps_value.check(value, "value", errors)
        recipient_integration_id = get("recipientIntegrationId")
        if not (type(recipient_integration_id) is str and len(recipient_integration_id) <= 1000):
            recipient_integration_id = _RollbackDeductedLoyaltyPointsEffectProps_recipient_integration_id.check(
                recipient_integration_id, "recipientIntegrationId", errors
            )
        _raw = get("startDate")
        start_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if start_date is None and _raw is not None:
            start_date = _RollbackDeductedLoyaltyPointsEffectProps_start_date.read(_raw, "startDate", errors)
        _raw = get("expiryDate")
        expiry_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if expiry_date is None and _raw is not None:
            expiry_date = _RollbackDeductedLoyaltyPointsEffectProps_expiry_date.read(_raw, "expiryDate", errors)
        transaction_uuid = get("transactionUUID")
        if type(transaction_uuid) is not str:
            transaction_uuid = _RollbackDeductedLoyaltyPointsEffectProps_transaction_uuid.check(
                transaction_uuid, "transactionUUID", errors
            )
        card_identifier = get("cardIdentifier")
        if card_identifier is not None:
            card_identifier = _RollbackDeductedLoyaltyPointsEffectProps_card_identifier.read(
                card_identifier, "cardIdentifier", errors
            )
        # every field, and no other key?
        if (
            len(data) == 8
            and program_id is not None
            and sub_ledger_id is not None
            and value is not None
            and recipient_integration_id is not None
            and start_date is not None
            and expiry_date is not None
            and transaction_uuid is not None
            and card_identifier is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            program_id,
            sub_ledger_id,
            value,
            recipient_integration_id,
            start_date,
            expiry_date,
            transaction_uuid,
            card_identifier,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            program_id,
            sub_ledger_id,
            value,
            recipient_integration_id,
            start_date,
            expiry_date,
            transaction_uuid,
            card_identifier,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["programId"] = program_id
        out["subLedgerId"] = sub_ledger_id
        out["value"] = value
        out["recipientIntegrationId"] = recipient_integration_id
        if start_date is not None:
            out["startDate"] = start_date
        if expiry_date is not None:
            out["expiryDate"] = expiry_date
        out["transactionUUID"] = transaction_uuid
        if card_identifier is not None:
            out["cardIdentifier"] = card_identifier
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class RollbackDiscountEffectProps(Model):
    """The props of a ``rollbackDiscount`` effect: a discount rolled back
    (Ruby: ``TalonOne::RollbackDiscountEffectProps``)."""

    __slots__ = ()

    name: str = field(
        "name", _TEXT_REQUIRED, "The name of the `setDiscount` effect that was rolled back.", example="10% off shipping"
    )
    value: float = field("value", _NUMBER_REQUIRED, "The value of the discount that was rolled back.", example=2.5)
    cart_item_position: Optional[float] = field(
        "cartItemPosition",
        _NUMBER,
        "The index, in the list of cart items, of the item whose discount was rolled back.",
        example=1.0,
    )
    cart_item_sub_position: Optional[float] = field(
        "cartItemSubPosition",
        _NUMBER,
        "For a cart item with a `quantity` above 1, the index of the unit within its line item.",
        example=0.0,
    )
    additional_cost_id: Optional[int] = field(
        "additionalCostId", _ID, "The ID of the additional cost whose discount was rolled back.", example=1
    )
    additional_cost: Optional[str] = field(
        "additionalCost", _TEXT, "The name of the additional cost whose discount was rolled back.", example="shipping"
    )
    scope: Optional[str] = field(
        "scope",
        _TEXT,
        "What the rolled-back discount applied to: `cartItems`, `additionalCosts` or `sessionTotal` "
        "for a discount on the session; `price`, `additionalCosts` or `itemTotal` for a discount on an item.",
        example="additionalCosts",
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "name",
        "value",
        "cart_item_position",
        "cart_item_sub_position",
        "additional_cost_id",
        "additional_cost",
        "scope",
    )

    def __init__(
        self,
        *,
        name: str,
        value: FloatOrDecimal,
        cart_item_position: Optional[FloatOrDecimal] = None,
        cart_item_sub_position: Optional[FloatOrDecimal] = None,
        additional_cost_id: Optional[int] = None,
        additional_cost: Optional[str] = None,
        scope: Optional[str] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[RollbackDiscountEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        name = get("name")
        if type(name) is not str:
            name = _RollbackDiscountEffectProps_name.check(name, "name", errors)
        value = get("value")
        if (
            not (
                (type(value) is int and FLOAT_LOWEST_INT <= value <= FLOAT_MAX_INT)
                or (type(value) is float and FLOAT_LOWEST <= value <= FLOAT_MAX)
            )
        ):
            value = _RollbackDiscountEffectProps_value.check(value, "value", errors)
        cart_item_position = get("cartItemPosition")
        if (
            not (
                (type(cart_item_position) is int and FLOAT_LOWEST_INT <= cart_item_position <= FLOAT_MAX_INT)
                or (type(cart_item_position) is float and FLOAT_LOWEST <= cart_item_position <= FLOAT_MAX)
            )
            and cart_item_position is not None
        ):
            cart_item_position = _RollbackDiscountEffectProps_cart_item_position.check(
                cart_item_position, "cartItemPosition", errors
            )
        cart_item_sub_position = get("cartItemSubPosition")
        if (
            not (
                (type(cart_item_sub_position) is int and FLOAT_LOWEST_INT <= cart_item_sub_position <= FLOAT_MAX_INT)
                or (type(cart_item_sub_position) is float and FLOAT_LOWEST <= cart_item_sub_position <= FLOAT_MAX)
            )
            and cart_item_sub_position is not None
        ):
            cart_item_sub_position = _RollbackDiscountEffectProps_cart_item_sub_position.check(
                cart_item_sub_position, "cartItemSubPosition", errors
            )
        additional_cost_id = get("additionalCostId")
        if (
            not (type(additional_cost_id) is int and INT64_MIN <= additional_cost_id <= INT64_MAX)
            and additional_cost_id is not None
        ):
            additional_cost_id = _RollbackDiscountEffectProps_additional_cost_id.check(
                additional_cost_id, "additionalCostId", errors
            )
        additional_cost = get("additionalCost")
        if type(additional_cost) is not str and additional_cost is not None:
            additional_cost = _RollbackDiscountEffectProps_additional_cost.check(
                additional_cost, "additionalCost", errors
            )
        scope = get("scope")
        if type(scope) is not str and scope is not None:
            scope = _RollbackDiscountEffectProps_scope.check(scope, "scope", errors)
        # every field, and no other key?
        if (
            len(data) == 7
            and name is not None
            and value is not None
            and cart_item_position is not None
            and cart_item_sub_position is not None
            and additional_cost_id is not None
            and additional_cost is not None
            and scope is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            name,
            value,
            cart_item_position,
            cart_item_sub_position,
            additional_cost_id,
            additional_cost,
            scope,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            name,
            value,
            cart_item_position,
            cart_item_sub_position,
            additional_cost_id,
            additional_cost,
            scope,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["name"] = name
        out["value"] = value
        if cart_item_position is not None:
            out["cartItemPosition"] = cart_item_position
        if cart_item_sub_position is not None:
            out["cartItemSubPosition"] = cart_item_sub_position
        if additional_cost_id is not None:
            out["additionalCostId"] = additional_cost_id
        if additional_cost is not None:
            out["additionalCost"] = additional_cost
        if scope is not None:
            out["scope"] = scope
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class RollbackIncreasedAchievementProgressEffectProps(Model):
    """The props of a ``rollbackIncreasedAchievementProgress`` effect: achievement progress taken back
    (Ruby: ``TalonOne::RollbackIncreasedAchievementProgressEffectProps``)."""

    __slots__ = ()

    achievement_id: int = field("achievementId", _ID_REQUIRED, "The internal ID of the achievement.", example=10)
    achievement_name: str = field(
        "achievementName", _TEXT_REQUIRED, "The name of the achievement.", example="FreeCoffee10Orders"
    )
    progress_tracker_id: int = field(
        "progressTrackerId",
        _ID_REQUIRED,
        "The internal ID of the tracker of the progress in the achievement.",
        example=42,
    )
    decrease_progress_by: float = field(
        "decreaseProgressBy",
        _NUMBER_REQUIRED,
        "How much the customer's progress in the achievement went down.",
        example=1.0,
    )
    current_progress: float = field(
        "currentProgress", _NUMBER_REQUIRED, "The customer's current progress in the achievement.", example=6.0
    )
    target: float = field("target", _NUMBER_REQUIRED, "The progress that completes the achievement.", example=10.0)

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "achievement_id",
        "achievement_name",
        "progress_tracker_id",
        "decrease_progress_by",
        "current_progress",
        "target",
    )

    def __init__(
        self,
        *,
        achievement_id: int,
        achievement_name: str,
        progress_tracker_id: int,
        decrease_progress_by: FloatOrDecimal,
        current_progress: FloatOrDecimal,
        target: FloatOrDecimal,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(
        cls, data: Any, unknown: str, errors: List[ErrorDetail]
    ) -> Optional[RollbackIncreasedAchievementProgressEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        achievement_id = get("achievementId")
        if not (type(achievement_id) is int and INT64_MIN <= achievement_id <= INT64_MAX):
            achievement_id = _RollbackIncreasedAchievementProgressEffectProps_achievement_id.check(
                achievement_id, "achievementId", errors
            )
        achievement_name = get("achievementName")
        if type(achievement_name) is not str:
            achievement_name = _RollbackIncreasedAchievementProgressEffectProps_achievement_name.check(
                achievement_name, "achievementName", errors
            )
        progress_tracker_id = get("progressTrackerId")
        if not (type(progress_tracker_id) is int and INT64_MIN <= progress_tracker_id <= INT64_MAX):
            progress_tracker_id = _RollbackIncreasedAchievementProgressEffectProps_progress_tracker_id.check(
                progress_tracker_id, "progressTrackerId", errors
            )
        decrease_progress_by = get("decreaseProgressBy")
        if (
            not (
                (type(decrease_progress_by) is int and FLOAT_LOWEST_INT <= decrease_progress_by <= FLOAT_MAX_INT)
                or (type(decrease_progress_by) is float and FLOAT_LOWEST <= decrease_progress_by <= FLOAT_MAX)
            )
        ):
            decrease_progress_by = _RollbackIncreasedAchievementProgressEffectProps_decrease_progress_by.check(
                decrease_progress_by, "decreaseProgressBy", errors
            )
        current_progress = get("currentProgress")
        if (
            not (
                (type(current_progress) is int and FLOAT_LOWEST_INT <= current_progress <= FLOAT_MAX_INT)
                or (type(current_progress) is float and FLOAT_LOWEST <= current_progress <= FLOAT_MAX)
            )
        ):
            current_progress = _RollbackIncreasedAchievementProgressEffectProps_current_progress.check(
                current_progress, "currentProgress", errors
            )
        target = get("target")
        if (
            not (
                (type(target) is int and FLOAT_LOWEST_INT <= target <= FLOAT_MAX_INT)
                or (type(target) is float and FLOAT_LOWEST <= target <= FLOAT_MAX)
            )
        ):
            target = _RollbackIncreasedAchievementProgressEffectProps_target.check(target, "target", errors)
        # every field, and no other key?
        if (
            len(data) == 6
            and achievement_id is not None
            and achievement_name is not None
            and progress_tracker_id is not None
            and decrease_progress_by is not None
            and current_progress is not None
            and target is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            achievement_id,
            achievement_name,
            progress_tracker_id,
            decrease_progress_by,
            current_progress,
            target,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            achievement_id,
            achievement_name,
            progress_tracker_id,
            decrease_progress_by,
            current_progress,
            target,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["achievementId"] = achievement_id
        out["achievementName"] = achievement_name
        out["progressTrackerId"] = progress_tracker_id
        out["decreaseProgressBy"] = decrease_progress_by
        out["currentProgress"] = current_progress
        out["target"] = target
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class RollbackReferralEffectProps(Model):
    """The props of a ``rollbackReferral`` effect: a referral use undone
    (Ruby: ``TalonOne::RollbackReferralEffectProps``)."""

    __slots__ = ()

    value: str = field("value", _TEXT_REQUIRED, "The referral code whose use was rolled back.", example="REF-ABC123")

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("value",)

    def __init__(
        self,
        *,
        value: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[RollbackReferralEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        value = get("value")
        if type(value) is not str:
            value = _RollbackReferralEffectProps_value.check(value, "value", errors)
        # every field, and no other key?
        if len(data) == 1 and value is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (value, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        value, extra = self._values
        out: Dict[str, Any] = {}
        out["value"] = value
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class SetDiscountEffectProps(Model):
    """The props of a ``setDiscount`` effect: a discount on the whole session
    (Ruby: ``TalonOne::SetDiscountEffectProps``)."""

    __slots__ = ()

    name: str = field("name", _TEXT_REQUIRED, "The name or description of the discount.", example="10% off")
    value: float = field("value", _NUMBER_REQUIRED, "The total value of the discount, in money.", example=2.5)
    scope: Optional[str] = field(
        "scope",
        _TEXT,
        "What the discount applied to: `cartItems`, `additionalCosts` or `sessionTotal`.",
        example="sessionTotal",
    )
    desired_value: Optional[float] = field("desiredValue", _NUMBER, "The value the discount first had.", example=2.5)

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("name", "value", "scope", "desired_value")

    def __init__(
        self,
        *,
        name: str,
        value: FloatOrDecimal,
        scope: Optional[str] = None,
        desired_value: Optional[FloatOrDecimal] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[SetDiscountEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        name = get("name")
        if type(name) is not str:
            name = _SetDiscountEffectProps_name.check(name, "name", errors)
        value = get("value")
        if (
            not (
                (type(value) is int and FLOAT_LOWEST_INT <= value <= FLOAT_MAX_INT)
                or (type(value) is float and FLOAT_LOWEST <= value <= FLOAT_MAX)
            )
        ):
            value = _SetDiscountEffectProps_value.check(value, "value", errors)
        scope = get("scope")
        if type(scope) is not str and scope is not None:
            scope = _SetDiscountEffectProps_scope.check(scope, "scope", errors)
        desired_value = get("desiredValue")
        if (
            not (
                (type(desired_value) is int and FLOAT_LOWEST_INT <= desired_value <= FLOAT_MAX_INT)
                or (type(desired_value) is float and FLOAT_LOWEST <= desired_value <= FLOAT_MAX)
            )
            and desired_value is not None
        ):
            desired_value = _SetDiscountEffectProps_desired_value.check(desired_value, "desiredValue", errors)
        # every field, and no other key?
        if (
            len(data) == 4
            and name is not None
            and value is not None
            and scope is not None
            and desired_value is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (name, value, scope, desired_value, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        name, value, scope, desired_value, extra = self._values
        out: Dict[str, Any] = {}
        out["name"] = name
        out["value"] = value
        if scope is not None:
            out["scope"] = scope
        if desired_value is not None:
            out["desiredValue"] = desired_value
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class SetDiscountPerAdditionalCostEffectProps(Model):
    """The props of a ``setDiscountPerAdditionalCost`` effect: a discount on an additional cost
    (Ruby: ``TalonOne::SetDiscountPerAdditionalCostEffectProps``)."""

    __slots__ = ()

    name: str = field("name", _TEXT_REQUIRED, "The name or description of the discount.", example="Shipping discount")
    additional_cost_id: int = field("additionalCostId", _ID_REQUIRED, "The ID of the additional cost.", example=1)
    additional_cost: str = field(
        "additionalCost", _TEXT_REQUIRED, "The name of the additional cost.", example="shipping"
    )
    value: float = field("value", _NUMBER_REQUIRED, "The total value of the discount, in money.", example=4.99)
    desired_value: Optional[float] = field("desiredValue", _NUMBER, "The value the discount first had.", example=4.99)

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("name", "additional_cost_id", "additional_cost", "value", "desired_value")

    def __init__(
        self,
        *,
        name: str,
        additional_cost_id: int,
        additional_cost: str,
        value: FloatOrDecimal,
        desired_value: Optional[FloatOrDecimal] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(
        cls, data: Any, unknown: str, errors: List[ErrorDetail]
    ) -> Optional[SetDiscountPerAdditionalCostEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        name = get("name")
        if type(name) is not str:
            name = _SetDiscountPerAdditionalCostEffectProps_name.check(name, "name", errors)
        additional_cost_id = get("additionalCostId")
        if not (type(additional_cost_id) is int and INT64_MIN <= additional_cost_id <= INT64_MAX):
            additional_cost_id = _SetDiscountPerAdditionalCostEffectProps_additional_cost_id.check(
                additional_cost_id, "additionalCostId", errors
            )
        additional_cost = get("additionalCost")
        if type(additional_cost) is not str:
            additional_cost = _SetDiscountPerAdditionalCostEffectProps_additional_cost.check(
                additional_cost, "additionalCost", errors
            )
        value = get("value")
        if (
            not (
                (type(value) is int and FLOAT_LOWEST_INT <= value <= FLOAT_MAX_INT)
                or (type(value) is float and FLOAT_LOWEST <= value <= FLOAT_MAX)
            )
        ):
            value = _SetDiscountPerAdditionalCostEffectProps_value.check(value, "value", errors)
        desired_value = get("desiredValue")
        if (
            not (
                (type(desired_value) is int and FLOAT_LOWEST_INT <= desired_value <= FLOAT_MAX_INT)
                or (type(desired_value) is float and FLOAT_LOWEST <= desired_value <= FLOAT_MAX)
            )
            and desired_value is not None
        ):
            desired_value = _SetDiscountPerAdditionalCostEffectProps_desired_value.check(
                desired_value, "desiredValue", errors
            )
        # every field, and no other key?
        if (
            len(data) == 5
            and name is not None
            and additional_cost_id is not None
            and additional_cost is not None
            and value is not None
            and desired_value is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (name, additional_cost_id, additional_cost, value, desired_value, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        name, additional_cost_id, additional_cost, value, desired_value, extra = self._values
        out: Dict[str, Any] = {}
        out["name"] = name
        out["additionalCostId"] = additional_cost_id
        out["additionalCost"] = additional_cost
        out["value"] = value
        if desired_value is not None:
            out["desiredValue"] = desired_value
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class SetDiscountPerAdditionalCostPerItemEffectProps(Model):
    """The props of a ``setDiscountPerAdditionalCostPerItem`` effect: a discount on an item's additional cost
    (Ruby: ``TalonOne::SetDiscountPerAdditionalCostPerItemEffectProps``)."""

    __slots__ = ()

    name: str = field(
        "name", _TEXT_REQUIRED, "The name or description of the discount.", example="Shipping discount on item #1"
    )
    additional_cost_id: int = field("additionalCostId", _ID_REQUIRED, "The ID of the additional cost.", example=1)
    value: float = field("value", _NUMBER_REQUIRED, "The total value of the discount, in money.", example=4.99)
    position: float = field(
        "position",
        _NUMBER_REQUIRED,
        "The index, in the list of cart items, of the item whose additional cost is discounted.",
        example=1.0,
    )
    sub_position: Optional[float] = field(
        "subPosition",
        _NUMBER,
        "For a cart item with a `quantity` above 1, which unit of the item the discount applies to.",
        example=0.0,
    )
    additional_cost: str = field(
        "additionalCost", _TEXT_REQUIRED, "The name of the additional cost.", example="shipping"
    )
    desired_value: Optional[float] = field(
        "desiredValue",
        _NUMBER,
        "Only with [partial discounts enabled](" + _PARTIAL_DISCOUNTS + "): the value of the "
        "discount on the additional cost before any budget limit is taken into account.",
        example=4.99,
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "name",
        "additional_cost_id",
        "value",
        "position",
        "sub_position",
        "additional_cost",
        "desired_value",
    )

    def __init__(
        self,
        *,
        name: str,
        additional_cost_id: int,
        value: FloatOrDecimal,
        position: FloatOrDecimal,
        sub_position: Optional[FloatOrDecimal] = None,
        additional_cost: str,
        desired_value: Optional[FloatOrDecimal] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(
        cls, data: Any, unknown: str, errors: List[ErrorDetail]
    ) -> Optional[SetDiscountPerAdditionalCostPerItemEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        name = get("name")
        if type(name) is not str:
            name = _SetDiscountPerAdditionalCostPerItemEffectProps_name.check(name, "name", errors)
        additional_cost_id = get("additionalCostId")
        if not (type(additional_cost_id) is int and INT64_MIN <= additional_cost_id <= INT64_MAX):
            additional_cost_id = _SetDiscountPerAdditionalCostPerItemEffectProps_additional_cost_id.check(
                additional_cost_id, "additionalCostId", errors
            )
        value = get("value")
        if (
            not (
                (type(value) is int and FLOAT_LOWEST_INT <= value <= FLOAT_MAX_INT)
                or (type(value) is float and FLOAT_LOWEST <= value <= FLOAT_MAX)
            )
        ):
            value = _SetDiscountPerAdditionalCostPerItemEffectProps_value.check(value, "value", errors)
        position = get("position")
        if (
            not (
                (type(position) is int and FLOAT_LOWEST_INT <= position <= FLOAT_MAX_INT)
                or (type(position) is float and FLOAT_LOWEST <= position <= FLOAT_MAX)
            )
        ):
            position = _SetDiscountPerAdditionalCostPerItemEffectProps_position.check(position, "position", errors)
        sub_position = get("subPosition")
        if (
            not (
                (type(sub_position) is int and FLOAT_LOWEST_INT <= sub_position <= FLOAT_MAX_INT)
                or (type(sub_position) is float and FLOAT_LOWEST <= sub_position <= FLOAT_MAX)
            )
            and sub_position is not None
        ):
            sub_position = _SetDiscountPerAdditionalCostPerItemEffectProps_sub_position.check(
                sub_position, "subPosition", errors
            )
        additional_cost = get("additionalCost")
        if type(additional_cost) is not str:
            additional_cost = _SetDiscountPerAdditionalCostPerItemEffectProps_additional_cost.check(
                additional_cost, "additionalCost", errors
            )
        desired_value = get("desiredValue")
        if (
            not (
                (type(desired_value) is int and FLOAT_LOWEST_INT <= desired_value <= FLOAT_MAX_INT)
                or (type(desired_value) is float and FLOAT_LOWEST <= desired_value <= FLOAT_MAX)
            )
            and desired_value is not None
        ):
            desired_value = _SetDiscountPerAdditionalCostPerItemEffectProps_desired_value.check(
                desired_value, "desiredValue", errors
            )
        # every field, and no other key?
        if (
            len(data) == 7
            and name is not None
            and additional_cost_id is not None
            and value is not None
            and position is not None
            and sub_position is not None
            and additional_cost is not None
            and desired_value is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (name, additional_cost_id, value, position, sub_position, additional_cost, desired_value, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        name, additional_cost_id, value, position, sub_position, additional_cost, desired_value, extra = self._values
        out: Dict[str, Any] = {}
        out["name"] = name
        out["additionalCostId"] = additional_cost_id
        out["value"] = value
        out["position"] = position
        if sub_position is not None:
            out["subPosition"] = sub_position
        out["additionalCost"] = additional_cost
        if desired_value is not None:
            out["desiredValue"] = desired_value
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class SetDiscountPerItemEffectProps(Model):
    """The props of a ``setDiscountPerItem`` effect: a discount on one cart item
    (Ruby: ``TalonOne::SetDiscountPerItemEffectProps``)."""

    __slots__ = ()

    name: str = field(
        "name",
        _TEXT_REQUIRED,
        "The name of the discount. It holds a `#` followed by the index of the item the discount "
        "applies to, the same value as `position`.",
        example="Discount on item #1",
    )
    value: float = field("value", _NUMBER_REQUIRED, "The total value of the discount, in money.", example=1.5)
    position: float = field(
        "position",
        _NUMBER_REQUIRED,
        "The index, in the list of cart items, of the item the discount applies to.",
        example=1.0,
    )
    sub_position: Optional[float] = field(
        "subPosition",
        _NUMBER,
        "For a cart item with a `quantity` above 1, which unit of the item the discount applies to.",
        example=0.0,
    )
    desired_value: Optional[float] = field("desiredValue", _NUMBER, "The value the discount first had.", example=1.5)
    scope: Optional[str] = field(
        "scope",
        _TEXT,
        "What the discount applies to: `additionalCosts` (all the additional costs of the item), "
        "`itemTotal` (the price of the item and its additional costs) or `price` (the price of the item).",
        example="price",
    )
    total_discount: Optional[float] = field(
        "totalDiscount",
        _NUMBER,
        "The total discount given, when this effect comes from a prorated discount.",
        example=1.5,
    )
    desired_total_discount: Optional[float] = field(
        "desiredTotalDiscount",
        _NUMBER,
        "The total discount first meant to be given, when this effect comes from a prorated discount.",
        example=1.5,
    )
    bundle_index: Optional[int] = field("bundleIndex", _ID, _BUNDLE_INDEX_DOC, example=1)
    bundle_name: Optional[str] = field("bundleName", _TEXT, _BUNDLE_NAME_DOC, example="my_bundle")
    targeted_item_position: Optional[float] = field(
        "targetedItemPosition",
        _NUMBER,
        "The index of the bundle item targeted, on which the discount given is based.",
        example=1.0,
    )
    targeted_item_sub_position: Optional[float] = field(
        "targetedItemSubPosition",
        _NUMBER,
        "The sub-position of the bundle item targeted, on which the discount given is based.",
        example=0.0,
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "name",
        "value",
        "position",
        "sub_position",
        "desired_value",
        "scope",
        "total_discount",
        "desired_total_discount",
        "bundle_index",
        "bundle_name",
        "targeted_item_position",
        "targeted_item_sub_position",
    )

    def __init__(
        self,
        *,
        name: str,
        value: FloatOrDecimal,
        position: FloatOrDecimal,
        sub_position: Optional[FloatOrDecimal] = None,
        desired_value: Optional[FloatOrDecimal] = None,
        scope: Optional[str] = None,
        total_discount: Optional[FloatOrDecimal] = None,
        desired_total_discount: Optional[FloatOrDecimal] = None,
        bundle_index: Optional[int] = None,
        bundle_name: Optional[str] = None,
        targeted_item_position: Optional[FloatOrDecimal] = None,
        targeted_item_sub_position: Optional[FloatOrDecimal] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[SetDiscountPerItemEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        name = get("name")
        if type(name) is not str:
            name = _SetDiscountPerItemEffectProps_name.check(name, "name", errors)
        value = get("value")
        if (
            not (
                (type(value) is int and FLOAT_LOWEST_INT <= value <= FLOAT_MAX_INT)
                or (type(value) is float and FLOAT_LOWEST <= value <= FLOAT_MAX)
            )
        ):
            value = _SetDiscountPerItemEffectProps_value.check(value, "value", errors)
        position = get("position")
        if (
            not (
                (type(position) is int and FLOAT_LOWEST_INT <= position <= FLOAT_MAX_INT)
                or (type(position) is float and FLOAT_LOWEST <= position <= FLOAT_MAX)
            )
        ):
            position = _SetDiscountPerItemEffectProps_position.check(position, "position", errors)
        sub_position = get("subPosition")
        if (
            not (
                (type(sub_position) is int and FLOAT_LOWEST_INT <= sub_position <= FLOAT_MAX_INT)
                or (type(sub_position) is float and FLOAT_LOWEST <= sub_position <= FLOAT_MAX)
            )
            and sub_position is not None
        ):
            sub_position = _SetDiscountPerItemEffectProps_sub_position.check(sub_position, "subPosition", errors)
        desired_value = get("desiredValue")
        if (
            not (
                (type(desired_value) is int and FLOAT_LOWEST_INT <= desired_value <= FLOAT_MAX_INT)
                or (type(desired_value) is float and FLOAT_LOWEST <= desired_value <= FLOAT_MAX)
            )
            and desired_value is not None
        ):
            desired_value = _SetDiscountPerItemEffectProps_desired_value.check(desired_value, "desiredValue", errors)
        scope = get("scope")
        if type(scope) is not str and scope is not None:
            scope = _SetDiscountPerItemEffectProps_scope.check(scope, "scope", errors)
        total_discount = get("totalDiscount")
        if (
            not (
                (type(total_discount) is int and FLOAT_LOWEST_INT <= total_discount <= FLOAT_MAX_INT)
                or (type(total_discount) is float and FLOAT_LOWEST <= total_discount <= FLOAT_MAX)
            )
            and total_discount is not None
        ):
            total_discount = _SetDiscountPerItemEffectProps_total_discount.check(
                total_discount, "totalDiscount", errors
            )
        desired_total_discount = get("desiredTotalDiscount")
        if (
            not (
                (type(desired_total_discount) is int and FLOAT_LOWEST_INT <= desired_total_discount <= FLOAT_MAX_INT)
                or (type(desired_total_discount) is float and FLOAT_LOWEST <= desired_total_discount <= FLOAT_MAX)
            )
            and desired_total_discount is not None
        ):
            desired_total_discount = _SetDiscountPerItemEffectProps_desired_total_discount.check(
                desired_total_discount, "desiredTotalDiscount", errors
            )
        bundle_index = get("bundleIndex")
        if not (type(bundle_index) is int and INT64_MIN <= bundle_index <= INT64_MAX) and bundle_index is not None:
            bundle_index = _SetDiscountPerItemEffectProps_bundle_index.check(bundle_index, "bundleIndex", errors)
        bundle_name = get("bundleName")
        if type(bundle_name) is not str and bundle_name is not None:
            bundle_name = _SetDiscountPerItemEffectProps_bundle_name.check(bundle_name, "bundleName", errors)
        targeted_item_position = get("targetedItemPosition")
        if (
            not (
                (type(targeted_item_position) is int and FLOAT_LOWEST_INT <= targeted_item_position <= FLOAT_MAX_INT)
                or (type(targeted_item_position) is float and FLOAT_LOWEST <= targeted_item_position <= FLOAT_MAX)
            )
            and targeted_item_position is not None
        ):
            targeted_item_position = _SetDiscountPerItemEffectProps_targeted_item_position.check(
                targeted_item_position, "targetedItemPosition", errors
            )
        targeted_item_sub_position = get("targetedItemSubPosition")
        if (
            not (
                (
                    type(targeted_item_sub_position) is int
                    and FLOAT_LOWEST_INT <= targeted_item_sub_position <= FLOAT_MAX_INT
                )
                or (
                    type(targeted_item_sub_position) is float
                    and FLOAT_LOWEST <= targeted_item_sub_position <= FLOAT_MAX
                )
            )
            and targeted_item_sub_position is not None
        ):
            targeted_item_sub_position = _SetDiscountPerItemEffectProps_targeted_item_sub_position.check(
                targeted_item_sub_position, "targetedItemSubPosition", errors
            )
        # every field, and no other key?
        if (
            len(data) == 12
            and name is not None
            and value is not None
            and position is not None
            and sub_position is not None
            and desired_value is not None
            and scope is not None
            and total_discount is not None
            and desired_total_discount is not None
            and bundle_index is not None
            and bundle_name is not None
            and targeted_item_position is not None
            and targeted_item_sub_position is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            name,
            value,
            position,
            sub_position,
            desired_value,
            scope,
            total_discount,
            desired_total_discount,
            bundle_index,
            bundle_name,
            targeted_item_position,
            targeted_item_sub_position,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            name,
            value,
            position,
            sub_position,
            desired_value,
            scope,
            total_discount,
            desired_total_discount,
            bundle_index,
            bundle_name,
            targeted_item_position,
            targeted_item_sub_position,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["name"] = name
        out["value"] = value
        out["position"] = position
        if sub_position is not None:
            out["subPosition"] = sub_position
        if desired_value is not None:
            out["desiredValue"] = desired_value
        if scope is not None:
            out["scope"] = scope
        if total_discount is not None:
            out["totalDiscount"] = total_discount
        if desired_total_discount is not None:
            out["desiredTotalDiscount"] = desired_total_discount
        if bundle_index is not None:
            out["bundleIndex"] = bundle_index
        if bundle_name is not None:
            out["bundleName"] = bundle_name
        if targeted_item_position is not None:
            out["targetedItemPosition"] = targeted_item_position
        if targeted_item_sub_position is not None:
            out["targetedItemSubPosition"] = targeted_item_sub_position
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class ShowBundleMetadataEffectProps(Model):
    """The props of a ``showBundleMetadata`` effect: items bundled together
    (Ruby: ``TalonOne::ShowBundleMetadataEffectProps``)."""

    __slots__ = ()

    description: str = field(
        "description", _TEXT_REQUIRED, "A description of the product bundle.", example="Buy 2 get 1 free bundle"
    )
    bundle_attributes: List[str] = field(
        "bundleAttributes",
        ListOf(String(), required=True),
        "The cart item attributes that decided which items are bundled together.",
        example=["category", "brand"],
    )
    items_indices: List[float] = field(
        "itemsIndices",
        ListOf(Number(), required=True),
        "The indices, in the list of cart items, of the items in the bundle.",
        example=[0.0, 1.0, 2.0],
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("description", "bundle_attributes", "items_indices")

    def __init__(
        self,
        *,
        description: str,
        bundle_attributes: List[str],
        items_indices: List[float],
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[ShowBundleMetadataEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        description = get("description")
        if type(description) is not str:
            description = _ShowBundleMetadataEffectProps_description.check(description, "description", errors)
        bundle_attributes = get("bundleAttributes")
        if type(bundle_attributes) is list:
            for _item in bundle_attributes:
                if type(_item) is not str:
                    bundle_attributes = _ShowBundleMetadataEffectProps_bundle_attributes.read(
                        bundle_attributes, "bundleAttributes", errors
                    )
                    break
            else:
                bundle_attributes = bundle_attributes[:]
        else:
            bundle_attributes = _ShowBundleMetadataEffectProps_bundle_attributes.read(
                bundle_attributes, "bundleAttributes", errors, unknown
            )
        items_indices = get("itemsIndices")
        if type(items_indices) is list:
            for _item in items_indices:
                if (
                    not (
                        (type(_item) is int and FLOAT_LOWEST_INT <= _item <= FLOAT_MAX_INT)
                        or (type(_item) is float and FLOAT_LOWEST <= _item <= FLOAT_MAX)
                    )
                ):
                    items_indices = _ShowBundleMetadataEffectProps_items_indices.read(
                        items_indices, "itemsIndices", errors
                    )
                    break
            else:
                items_indices = items_indices[:]
        else:
            items_indices = _ShowBundleMetadataEffectProps_items_indices.read(
                items_indices, "itemsIndices", errors, unknown
            )
        # every field, and no other key?
        if len(data) == 3 and description is not None and bundle_attributes is not None and items_indices is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (description, bundle_attributes, items_indices, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        description, bundle_attributes, items_indices, extra = self._values
        out: Dict[str, Any] = {}
        _list: List[Any]
        out["description"] = description
        _list = list(bundle_attributes)
        for _item in _list:
            if type(_item) is not str:
                _list = _ShowBundleMetadataEffectProps_bundle_attributes.write_slowly(bundle_attributes)
                break
        out["bundleAttributes"] = _list
        _list = list(items_indices)
        for _item in _list:
            if (
                not (
                    (type(_item) is int and FLOAT_LOWEST_INT <= _item <= FLOAT_MAX_INT)
                    or (type(_item) is float and FLOAT_LOWEST <= _item <= FLOAT_MAX)
                )
            ):
                _list = _ShowBundleMetadataEffectProps_items_indices.write_slowly(items_indices)
                break
        out["itemsIndices"] = _list
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class ShowNotificationEffectProps(Model):
    """The props of a ``showNotification`` effect: a notification to show
    (Ruby: ``TalonOne::ShowNotificationEffectProps``)."""

    __slots__ = ()

    notification_type: str = field(
        "notificationType",
        _TEXT_REQUIRED,
        "The kind of notification to show, such as error, warning or info.",
        example="info",
    )
    title: str = field("title", _TEXT_REQUIRED, "The title of the notification.", example="Discount applied")
    body: str = field(
        "body",
        _TEXT_REQUIRED,
        "The body of the notification.",
        example="You have received a 10% discount on your order.",
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("notification_type", "title", "body")

    def __init__(
        self,
        *,
        notification_type: str,
        title: str,
        body: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[ShowNotificationEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        notification_type = get("notificationType")
        if type(notification_type) is not str:
            notification_type = _ShowNotificationEffectProps_notification_type.check(
                notification_type, "notificationType", errors
            )
        title = get("title")
        if type(title) is not str:
            title = _ShowNotificationEffectProps_title.check(title, "title", errors)
        body = get("body")
        if type(body) is not str:
            body = _ShowNotificationEffectProps_body.check(body, "body", errors)
        # every field, and no other key?
        if len(data) == 3 and notification_type is not None and title is not None and body is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (notification_type, title, body, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        notification_type, title, body, extra = self._values
        out: Dict[str, Any] = {}
        out["notificationType"] = notification_type
        out["title"] = title
        out["body"] = body
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class TriggerWebhookEffectProps(Model):
    """The props of a ``triggerWebhook`` effect: a webhook triggered (Ruby: ``TalonOne::TriggerWebhookEffectProps``)."""

    __slots__ = ()

    webhook_id: float = field(
        "webhookId",
        _NUMBER_REQUIRED,
        "The ID of the webhook that was triggered: a number, which Ruby types as a float.",
        example=7.0,
    )
    webhook_name: str = field(
        "webhookName", _TEXT_REQUIRED, "The name of the webhook that was triggered.", example="My Webhook"
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("webhook_id", "webhook_name")

    def __init__(
        self,
        *,
        webhook_id: FloatOrDecimal,
        webhook_name: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[TriggerWebhookEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        webhook_id = get("webhookId")
        if (
            not (
                (type(webhook_id) is int and FLOAT_LOWEST_INT <= webhook_id <= FLOAT_MAX_INT)
                or (type(webhook_id) is float and FLOAT_LOWEST <= webhook_id <= FLOAT_MAX)
            )
        ):
            webhook_id = _TriggerWebhookEffectProps_webhook_id.check(webhook_id, "webhookId", errors)
        webhook_name = get("webhookName")
        if type(webhook_name) is not str:
            webhook_name = _TriggerWebhookEffectProps_webhook_name.check(webhook_name, "webhookName", errors)
        # every field, and no other key?
        if len(data) == 2 and webhook_id is not None and webhook_name is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (webhook_id, webhook_name, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        webhook_id, webhook_name, extra = self._values
        out: Dict[str, Any] = {}
        out["webhookId"] = webhook_id
        out["webhookName"] = webhook_name
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class UpdateAttributeEffectProps(Model):
    """The props of an ``updateAttribute`` effect: an attribute's new value
    (Ruby: ``TalonOne::UpdateAttributeEffectProps``)."""

    __slots__ = ()

    path: str = field(
        "path",
        _TEXT_REQUIRED,
        "The exact path of the attribute that was updated.",
        example="Profile.Attributes.loyaltyTier",
    )
    value: Any = field(
        "value",
        JSONValue(required=True),
        "The new value of the attribute: a boolean, location, number, string or time, or a list of "
        "values of those types. Any JSON value is kept exactly as sent.",
        example="Gold",
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("path", "value")

    def __init__(
        self,
        *,
        path: str,
        value: Any,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[UpdateAttributeEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        path = get("path")
        if type(path) is not str:
            path = _UpdateAttributeEffectProps_path.check(path, "path", errors)
        value = get("value")
        value = _UpdateAttributeEffectProps_value.read(value, "value", errors)
        # every field, and no other key?
        if len(data) == 2 and path is not None and value is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (path, value, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        path, value, extra = self._values
        out: Dict[str, Any] = {}
        out["path"] = path
        out["value"] = _UpdateAttributeEffectProps_value.write(value)
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class WillAwardGiveawayEffectProps(Model):
    """The props of a ``willAwardGiveaway`` effect: a giveaway to be awarded
    (Ruby: ``TalonOne::WillAwardGiveawayEffectProps``)."""

    __slots__ = ()

    pool_id: int = field("poolId", _ID_REQUIRED, "The ID of the giveaway pool the code will be taken from.", example=2)
    pool_name: str = field(
        "poolName", _TEXT_REQUIRED, "The name of the giveaway pool the code will be taken from.", example="My pool"
    )
    recipient_integration_id: str = field(
        "recipientIntegrationId",
        _RECIPIENT,
        "The integration ID of the customer profile that will be awarded the giveaway.",
        example=_RECIPIENT_EXAMPLE,
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("pool_id", "pool_name", "recipient_integration_id")

    def __init__(
        self,
        *,
        pool_id: int,
        pool_name: str,
        recipient_integration_id: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[WillAwardGiveawayEffectProps]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        pool_id = get("poolId")
        if not (type(pool_id) is int and INT64_MIN <= pool_id <= INT64_MAX):
            pool_id = _WillAwardGiveawayEffectProps_pool_id.check(pool_id, "poolId", errors)
        pool_name = get("poolName")
        if type(pool_name) is not str:
            pool_name = _WillAwardGiveawayEffectProps_pool_name.check(pool_name, "poolName", errors)
        recipient_integration_id = get("recipientIntegrationId")
        if not (type(recipient_integration_id) is str and len(recipient_integration_id) <= 1000):
            recipient_integration_id = _WillAwardGiveawayEffectProps_recipient_integration_id.check(
                recipient_integration_id, "recipientIntegrationId", errors
            )
        # every field, and no other key?
        if len(data) == 3 and pool_id is not None and pool_name is not None and recipient_integration_id is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (pool_id, pool_name, recipient_integration_id, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        pool_id, pool_name, recipient_integration_id, extra = self._values
        out: Dict[str, Any] = {}
        out["poolId"] = pool_id
        out["poolName"] = pool_name
        out["recipientIntegrationId"] = recipient_integration_id
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_AcceptCouponEffectProps_value = AcceptCouponEffectProps._rules["value"][2]
_AcceptReferralEffectProps_value = AcceptReferralEffectProps._rules["value"][2]
_AddFreeItemEffectProps_sku = AddFreeItemEffectProps._rules["sku"][2]
_AddFreeItemEffectProps_name = AddFreeItemEffectProps._rules["name"][2]
_AddFreeItemEffectProps_desired_quantity = AddFreeItemEffectProps._rules["desired_quantity"][2]
_AddLoyaltyPointsEffectProps_name = AddLoyaltyPointsEffectProps._rules["name"][2]
_AddLoyaltyPointsEffectProps_program_id = AddLoyaltyPointsEffectProps._rules["program_id"][2]
_AddLoyaltyPointsEffectProps_sub_ledger_id = AddLoyaltyPointsEffectProps._rules["sub_ledger_id"][2]
_AddLoyaltyPointsEffectProps_value = AddLoyaltyPointsEffectProps._rules["value"][2]
_AddLoyaltyPointsEffectProps_desired_value = AddLoyaltyPointsEffectProps._rules["desired_value"][2]
_AddLoyaltyPointsEffectProps_recipient_integration_id = (
    AddLoyaltyPointsEffectProps._rules["recipient_integration_id"][2]
)
_AddLoyaltyPointsEffectProps_start_date = AddLoyaltyPointsEffectProps._rules["start_date"][2]
_AddLoyaltyPointsEffectProps_expiry_date = AddLoyaltyPointsEffectProps._rules["expiry_date"][2]
_AddLoyaltyPointsEffectProps_transaction_uuid = AddLoyaltyPointsEffectProps._rules["transaction_uuid"][2]
_AddLoyaltyPointsEffectProps_cart_item_position = AddLoyaltyPointsEffectProps._rules["cart_item_position"][2]
_AddLoyaltyPointsEffectProps_cart_item_sub_position = AddLoyaltyPointsEffectProps._rules["cart_item_sub_position"][2]
_AddLoyaltyPointsEffectProps_card_identifier = AddLoyaltyPointsEffectProps._rules["card_identifier"][2]
_AddLoyaltyPointsEffectProps_bundle_index = AddLoyaltyPointsEffectProps._rules["bundle_index"][2]
_AddLoyaltyPointsEffectProps_bundle_name = AddLoyaltyPointsEffectProps._rules["bundle_name"][2]
_AddToAudienceEffectProps_audience_id = AddToAudienceEffectProps._rules["audience_id"][2]
_AddToAudienceEffectProps_audience_name = AddToAudienceEffectProps._rules["audience_name"][2]
_AddToAudienceEffectProps_profile_integration_id = AddToAudienceEffectProps._rules["profile_integration_id"][2]
_AddToAudienceEffectProps_profile_id = AddToAudienceEffectProps._rules["profile_id"][2]
_AwardGiveawayEffectProps_pool_id = AwardGiveawayEffectProps._rules["pool_id"][2]
_AwardGiveawayEffectProps_pool_name = AwardGiveawayEffectProps._rules["pool_name"][2]
_AwardGiveawayEffectProps_recipient_integration_id = AwardGiveawayEffectProps._rules["recipient_integration_id"][2]
_AwardGiveawayEffectProps_giveaway_id = AwardGiveawayEffectProps._rules["giveaway_id"][2]
_AwardGiveawayEffectProps_code = AwardGiveawayEffectProps._rules["code"][2]
_ChangeLoyaltyTierLevelEffectProps_rule_title = ChangeLoyaltyTierLevelEffectProps._rules["rule_title"][2]
_ChangeLoyaltyTierLevelEffectProps_program_id = ChangeLoyaltyTierLevelEffectProps._rules["program_id"][2]
_ChangeLoyaltyTierLevelEffectProps_sub_ledger_id = ChangeLoyaltyTierLevelEffectProps._rules["sub_ledger_id"][2]
_ChangeLoyaltyTierLevelEffectProps_previous_tier_name = (
    ChangeLoyaltyTierLevelEffectProps._rules["previous_tier_name"][2]
)
_ChangeLoyaltyTierLevelEffectProps_new_tier_name = ChangeLoyaltyTierLevelEffectProps._rules["new_tier_name"][2]
_ChangeLoyaltyTierLevelEffectProps_expiry_date = ChangeLoyaltyTierLevelEffectProps._rules["expiry_date"][2]
_CouponCreatedEffectProps_value = CouponCreatedEffectProps._rules["value"][2]
_CouponCreatedEffectProps_profile_id = CouponCreatedEffectProps._rules["profile_id"][2]
_CustomEffectProps_effect_id = CustomEffectProps._rules["effect_id"][2]
_CustomEffectProps_name = CustomEffectProps._rules["name"][2]
_CustomEffectProps_cart_item_position = CustomEffectProps._rules["cart_item_position"][2]
_CustomEffectProps_cart_item_sub_position = CustomEffectProps._rules["cart_item_sub_position"][2]
_CustomEffectProps_bundle_index = CustomEffectProps._rules["bundle_index"][2]
_CustomEffectProps_bundle_name = CustomEffectProps._rules["bundle_name"][2]
_CustomEffectProps_payload = CustomEffectProps._rules["payload"][2]
_DeductLoyaltyPointsEffectProps_rule_title = DeductLoyaltyPointsEffectProps._rules["rule_title"][2]
_DeductLoyaltyPointsEffectProps_program_id = DeductLoyaltyPointsEffectProps._rules["program_id"][2]
_DeductLoyaltyPointsEffectProps_sub_ledger_id = DeductLoyaltyPointsEffectProps._rules["sub_ledger_id"][2]
_DeductLoyaltyPointsEffectProps_value = DeductLoyaltyPointsEffectProps._rules["value"][2]
_DeductLoyaltyPointsEffectProps_transaction_uuid = DeductLoyaltyPointsEffectProps._rules["transaction_uuid"][2]
_DeductLoyaltyPointsEffectProps_name = DeductLoyaltyPointsEffectProps._rules["name"][2]
_DeductLoyaltyPointsEffectProps_card_identifier = DeductLoyaltyPointsEffectProps._rules["card_identifier"][2]
_ErrorEffectProps_message = ErrorEffectProps._rules["message"][2]
_ExtendLoyaltyPointsExpiryDateEffectProps_program_id = ExtendLoyaltyPointsExpiryDateEffectProps._rules["program_id"][2]
_ExtendLoyaltyPointsExpiryDateEffectProps_sub_ledger_id = (
    ExtendLoyaltyPointsExpiryDateEffectProps._rules["sub_ledger_id"][2]
)
_ExtendLoyaltyPointsExpiryDateEffectProps_extension_duration = (
    ExtendLoyaltyPointsExpiryDateEffectProps._rules["extension_duration"][2]
)
_ExtendLoyaltyPointsExpiryDateEffectProps_transaction_uuids = (
    ExtendLoyaltyPointsExpiryDateEffectProps._rules["transaction_uuids"][2]
)
_ExtendLoyaltyPointsExpiryDateEffectProps_previous_expiration_date = (
    ExtendLoyaltyPointsExpiryDateEffectProps._rules["previous_expiration_date"][2]
)
_IncreaseAchievementProgressEffectProps_achievement_id = (
    IncreaseAchievementProgressEffectProps._rules["achievement_id"][2]
)
_IncreaseAchievementProgressEffectProps_achievement_name = (
    IncreaseAchievementProgressEffectProps._rules["achievement_name"][2]
)
_IncreaseAchievementProgressEffectProps_progress_tracker_id = (
    IncreaseAchievementProgressEffectProps._rules["progress_tracker_id"][2]
)
_IncreaseAchievementProgressEffectProps_delta = IncreaseAchievementProgressEffectProps._rules["delta"][2]
_IncreaseAchievementProgressEffectProps_value = IncreaseAchievementProgressEffectProps._rules["value"][2]
_IncreaseAchievementProgressEffectProps_target = IncreaseAchievementProgressEffectProps._rules["target"][2]
_IncreaseAchievementProgressEffectProps_is_just_completed = (
    IncreaseAchievementProgressEffectProps._rules["is_just_completed"][2]
)
_RedeemReferralEffectProps_id = RedeemReferralEffectProps._rules["id"][2]
_RedeemReferralEffectProps_value = RedeemReferralEffectProps._rules["value"][2]
_ReferralCreatedEffectProps_value = ReferralCreatedEffectProps._rules["value"][2]
_RejectCouponEffectProps_value = RejectCouponEffectProps._rules["value"][2]
_RejectCouponEffectProps_rejection_reason = RejectCouponEffectProps._rules["rejection_reason"][2]
_RejectCouponEffectProps_condition_index = RejectCouponEffectProps._rules["condition_index"][2]
_RejectCouponEffectProps_effect_index = RejectCouponEffectProps._rules["effect_index"][2]
_RejectCouponEffectProps_details = RejectCouponEffectProps._rules["details"][2]
_RejectCouponEffectProps_campaign_exclusion_reason = RejectCouponEffectProps._rules["campaign_exclusion_reason"][2]
_RejectReferralEffectProps_value = RejectReferralEffectProps._rules["value"][2]
_RejectReferralEffectProps_rejection_reason = RejectReferralEffectProps._rules["rejection_reason"][2]
_RejectReferralEffectProps_condition_index = RejectReferralEffectProps._rules["condition_index"][2]
_RejectReferralEffectProps_effect_index = RejectReferralEffectProps._rules["effect_index"][2]
_RejectReferralEffectProps_details = RejectReferralEffectProps._rules["details"][2]
_RejectReferralEffectProps_campaign_exclusion_reason = RejectReferralEffectProps._rules["campaign_exclusion_reason"][2]
_RemoveFromAudienceEffectProps_audience_id = RemoveFromAudienceEffectProps._rules["audience_id"][2]
_RemoveFromAudienceEffectProps_audience_name = RemoveFromAudienceEffectProps._rules["audience_name"][2]
_RemoveFromAudienceEffectProps_profile_integration_id = (
    RemoveFromAudienceEffectProps._rules["profile_integration_id"][2]
)
_RemoveFromAudienceEffectProps_profile_id = RemoveFromAudienceEffectProps._rules["profile_id"][2]
_ReserveCouponEffectProps_coupon_value = ReserveCouponEffectProps._rules["coupon_value"][2]
_ReserveCouponEffectProps_profile_integration_id = ReserveCouponEffectProps._rules["profile_integration_id"][2]
_ReserveCouponEffectProps_is_new_reservation = ReserveCouponEffectProps._rules["is_new_reservation"][2]
_RollbackAddedLoyaltyPointsEffectProps_program_id = RollbackAddedLoyaltyPointsEffectProps._rules["program_id"][2]
_RollbackAddedLoyaltyPointsEffectProps_sub_ledger_id = RollbackAddedLoyaltyPointsEffectProps._rules["sub_ledger_id"][2]
_RollbackAddedLoyaltyPointsEffectProps_value = RollbackAddedLoyaltyPointsEffectProps._rules["value"][2]
_RollbackAddedLoyaltyPointsEffectProps_recipient_integration_id = (
    RollbackAddedLoyaltyPointsEffectProps._rules["recipient_integration_id"][2]
)
_RollbackAddedLoyaltyPointsEffectProps_transaction_uuid = (
    RollbackAddedLoyaltyPointsEffectProps._rules["transaction_uuid"][2]
)
_RollbackAddedLoyaltyPointsEffectProps_cart_item_position = (
    RollbackAddedLoyaltyPointsEffectProps._rules["cart_item_position"][2]
)
_RollbackAddedLoyaltyPointsEffectProps_cart_item_sub_position = (
    RollbackAddedLoyaltyPointsEffectProps._rules["cart_item_sub_position"][2]
)
_RollbackAddedLoyaltyPointsEffectProps_card_identifier = (
    RollbackAddedLoyaltyPointsEffectProps._rules["card_identifier"][2]
)
_RollbackCouponEffectProps_value = RollbackCouponEffectProps._rules["value"][2]
_RollbackDeductedLoyaltyPointsEffectProps_program_id = RollbackDeductedLoyaltyPointsEffectProps._rules["program_id"][2]
_RollbackDeductedLoyaltyPointsEffectProps_sub_ledger_id = (
    RollbackDeductedLoyaltyPointsEffectProps._rules["sub_ledger_id"][2]
)
_RollbackDeductedLoyaltyPointsEffectProps_value = RollbackDeductedLoyaltyPointsEffectProps._rules["value"][2]
_RollbackDeductedLoyaltyPointsEffectProps_recipient_integration_id = (
    RollbackDeductedLoyaltyPointsEffectProps._rules["recipient_integration_id"][2]
)
_RollbackDeductedLoyaltyPointsEffectProps_start_date = RollbackDeductedLoyaltyPointsEffectProps._rules["start_date"][2]
_RollbackDeductedLoyaltyPointsEffectProps_expiry_date = (
    RollbackDeductedLoyaltyPointsEffectProps._rules["expiry_date"][2]
)
_RollbackDeductedLoyaltyPointsEffectProps_transaction_uuid = (
    RollbackDeductedLoyaltyPointsEffectProps._rules["transaction_uuid"][2]
)
_RollbackDeductedLoyaltyPointsEffectProps_card_identifier = (
    RollbackDeductedLoyaltyPointsEffectProps._rules["card_identifier"][2]
)
_RollbackDiscountEffectProps_name = RollbackDiscountEffectProps._rules["name"][2]
_RollbackDiscountEffectProps_value = RollbackDiscountEffectProps._rules["value"][2]
_RollbackDiscountEffectProps_cart_item_position = RollbackDiscountEffectProps._rules["cart_item_position"][2]
_RollbackDiscountEffectProps_cart_item_sub_position = RollbackDiscountEffectProps._rules["cart_item_sub_position"][2]
_RollbackDiscountEffectProps_additional_cost_id = RollbackDiscountEffectProps._rules["additional_cost_id"][2]
_RollbackDiscountEffectProps_additional_cost = RollbackDiscountEffectProps._rules["additional_cost"][2]
_RollbackDiscountEffectProps_scope = RollbackDiscountEffectProps._rules["scope"][2]
_RollbackIncreasedAchievementProgressEffectProps_achievement_id = (
    RollbackIncreasedAchievementProgressEffectProps._rules["achievement_id"][2]
)
_RollbackIncreasedAchievementProgressEffectProps_achievement_name = (
    RollbackIncreasedAchievementProgressEffectProps._rules["achievement_name"][2]
)
_RollbackIncreasedAchievementProgressEffectProps_progress_tracker_id = (
    RollbackIncreasedAchievementProgressEffectProps._rules["progress_tracker_id"][2]
)
_RollbackIncreasedAchievementProgressEffectProps_decrease_progress_by = (
    RollbackIncreasedAchievementProgressEffectProps._rules["decrease_progress_by"][2]
)
_RollbackIncreasedAchievementProgressEffectProps_current_progress = (
    RollbackIncreasedAchievementProgressEffectProps._rules["current_progress"][2]
)
_RollbackIncreasedAchievementProgressEffectProps_target = (
    RollbackIncreasedAchievementProgressEffectProps._rules["target"][2]
)
_RollbackReferralEffectProps_value = RollbackReferralEffectProps._rules["value"][2]
_SetDiscountEffectProps_name = SetDiscountEffectProps._rules["name"][2]
_SetDiscountEffectProps_value = SetDiscountEffectProps._rules["value"][2]
_SetDiscountEffectProps_scope = SetDiscountEffectProps._rules["scope"][2]
_SetDiscountEffectProps_desired_value = SetDiscountEffectProps._rules["desired_value"][2]
_SetDiscountPerAdditionalCostEffectProps_name = SetDiscountPerAdditionalCostEffectProps._rules["name"][2]
_SetDiscountPerAdditionalCostEffectProps_additional_cost_id = (
    SetDiscountPerAdditionalCostEffectProps._rules["additional_cost_id"][2]
)
_SetDiscountPerAdditionalCostEffectProps_additional_cost = (
    SetDiscountPerAdditionalCostEffectProps._rules["additional_cost"][2]
)
_SetDiscountPerAdditionalCostEffectProps_value = SetDiscountPerAdditionalCostEffectProps._rules["value"][2]
_SetDiscountPerAdditionalCostEffectProps_desired_value = (
    SetDiscountPerAdditionalCostEffectProps._rules["desired_value"][2]
)
_SetDiscountPerAdditionalCostPerItemEffectProps_name = SetDiscountPerAdditionalCostPerItemEffectProps._rules["name"][2]
_SetDiscountPerAdditionalCostPerItemEffectProps_additional_cost_id = (
    SetDiscountPerAdditionalCostPerItemEffectProps._rules["additional_cost_id"][2]
)
_SetDiscountPerAdditionalCostPerItemEffectProps_value = (
    SetDiscountPerAdditionalCostPerItemEffectProps._rules["value"][2]
)
_SetDiscountPerAdditionalCostPerItemEffectProps_position = (
    SetDiscountPerAdditionalCostPerItemEffectProps._rules["position"][2]
)
_SetDiscountPerAdditionalCostPerItemEffectProps_sub_position = (
    SetDiscountPerAdditionalCostPerItemEffectProps._rules["sub_position"][2]
)
_SetDiscountPerAdditionalCostPerItemEffectProps_additional_cost = (
    SetDiscountPerAdditionalCostPerItemEffectProps._rules["additional_cost"][2]
)
_SetDiscountPerAdditionalCostPerItemEffectProps_desired_value = (
    SetDiscountPerAdditionalCostPerItemEffectProps._rules["desired_value"][2]
)
_SetDiscountPerItemEffectProps_name = SetDiscountPerItemEffectProps._rules["name"][2]
_SetDiscountPerItemEffectProps_value = SetDiscountPerItemEffectProps._rules["value"][2]
_SetDiscountPerItemEffectProps_position = SetDiscountPerItemEffectProps._rules["position"][2]
_SetDiscountPerItemEffectProps_sub_position = SetDiscountPerItemEffectProps._rules["sub_position"][2]
_SetDiscountPerItemEffectProps_desired_value = SetDiscountPerItemEffectProps._rules["desired_value"][2]
_SetDiscountPerItemEffectProps_scope = SetDiscountPerItemEffectProps._rules["scope"][2]
_SetDiscountPerItemEffectProps_total_discount = SetDiscountPerItemEffectProps._rules["total_discount"][2]
_SetDiscountPerItemEffectProps_desired_total_discount = (
    SetDiscountPerItemEffectProps._rules["desired_total_discount"][2]
)
_SetDiscountPerItemEffectProps_bundle_index = SetDiscountPerItemEffectProps._rules["bundle_index"][2]
_SetDiscountPerItemEffectProps_bundle_name = SetDiscountPerItemEffectProps._rules["bundle_name"][2]
_SetDiscountPerItemEffectProps_targeted_item_position = (
    SetDiscountPerItemEffectProps._rules["targeted_item_position"][2]
)
_SetDiscountPerItemEffectProps_targeted_item_sub_position = (
    SetDiscountPerItemEffectProps._rules["targeted_item_sub_position"][2]
)
_ShowBundleMetadataEffectProps_description = ShowBundleMetadataEffectProps._rules["description"][2]
_ShowBundleMetadataEffectProps_bundle_attributes = ShowBundleMetadataEffectProps._rules["bundle_attributes"][2]
_ShowBundleMetadataEffectProps_items_indices = ShowBundleMetadataEffectProps._rules["items_indices"][2]
_ShowNotificationEffectProps_notification_type = ShowNotificationEffectProps._rules["notification_type"][2]
_ShowNotificationEffectProps_title = ShowNotificationEffectProps._rules["title"][2]
_ShowNotificationEffectProps_body = ShowNotificationEffectProps._rules["body"][2]
_TriggerWebhookEffectProps_webhook_id = TriggerWebhookEffectProps._rules["webhook_id"][2]
_TriggerWebhookEffectProps_webhook_name = TriggerWebhookEffectProps._rules["webhook_name"][2]
_UpdateAttributeEffectProps_path = UpdateAttributeEffectProps._rules["path"][2]
_UpdateAttributeEffectProps_value = UpdateAttributeEffectProps._rules["value"][2]
_WillAwardGiveawayEffectProps_pool_id = WillAwardGiveawayEffectProps._rules["pool_id"][2]
_WillAwardGiveawayEffectProps_pool_name = WillAwardGiveawayEffectProps._rules["pool_name"][2]
_WillAwardGiveawayEffectProps_recipient_integration_id = (
    WillAwardGiveawayEffectProps._rules["recipient_integration_id"][2]
)
# fmt: on
# --- End of the written-out code. ---
