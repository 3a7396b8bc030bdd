"""The effect props: one model for each effect type of Ruby 10.0.0, the shape of ``Effect.props``.

An effect's ``props`` is kept as the JSON object the server sent; these models are a typed
view of it, which ``Effect.typed_props()`` and ``Effect.props_as()`` give. Which model goes
with which effect type is said once, in ``EFFECT_PROPS`` (``_effect``). The models are in
the order of Ruby's effect types, alphabetical.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import Model, model
from ._fields import Boolean, DateTime, Integer, JSONObject, JSONValue, ListOf, Number, String, field

MAX_RECIPIENT_INTEGRATION_ID_LENGTH = 1000
MAX_CARD_IDENTIFIER_LENGTH = 108
CARD_IDENTIFIER_PATTERN = "[A-Za-z0-9_-]*"
"""What a loyalty card identifier may hold: ASCII letters, digits, ``_`` and ``-`` (``""`` included)."""

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


@model
class AcceptReferralEffectProps(Model):
    """The props of an ``acceptReferral`` effect: a referral code accepted (Ruby: ``TalonOne::AcceptReferralEffectProps``)."""  # noqa: E501

    __slots__ = ()

    value: str = field("value", _TEXT_REQUIRED, "The referral code that was accepted.", example="REF-ABC123")


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


@model
class AddLoyaltyPointsEffectProps(Model):
    """The props of an ``addLoyaltyPoints`` effect: loyalty points added (Ruby: ``TalonOne::AddLoyaltyPointsEffectProps``)."""  # noqa: E501

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


@model
class AddToAudienceEffectProps(Model):
    """The props of an ``addToAudience`` effect: a customer added to an audience (Ruby: ``TalonOne::AddToAudienceEffectProps``)."""  # noqa: E501

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


@model
class AwardGiveawayEffectProps(Model):
    """The props of an ``awardGiveaway`` effect: a giveaway code awarded (Ruby: ``TalonOne::AwardGiveawayEffectProps``)."""  # noqa: E501

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


@model
class ChangeLoyaltyTierLevelEffectProps(Model):
    """The props of a ``changeLoyaltyTierLevel`` effect: a new loyalty tier (Ruby: ``TalonOne::ChangeLoyaltyTierLevelEffectProps``)."""  # noqa: E501

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


@model
class DeductLoyaltyPointsEffectProps(Model):
    """The props of a ``deductLoyaltyPoints`` effect: loyalty points deducted (Ruby: ``TalonOne::DeductLoyaltyPointsEffectProps``)."""  # noqa: E501

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


@model
class ExtendLoyaltyPointsExpiryDateEffectProps(Model):
    """The props of an ``extendLoyaltyPointsExpiryDate`` effect: points given a later expiry date (Ruby: ``TalonOne::ExtendLoyaltyPointsExpiryDateEffectProps``)."""  # noqa: E501

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


@model
class IncreaseAchievementProgressEffectProps(Model):
    """The props of an ``increaseAchievementProgress`` effect: progress in an achievement (Ruby: ``TalonOne::IncreaseAchievementProgressEffectProps``)."""  # noqa: E501

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


@model
class RedeemReferralEffectProps(Model):
    """The props of a ``redeemReferral`` effect: a referral code redeemed (Ruby: ``TalonOne::RedeemReferralEffectProps``)."""  # noqa: E501

    __slots__ = ()

    id: int = field("id", _ID_REQUIRED, "The ID of the referral code that was redeemed.", example=12)
    value: str = field("value", _TEXT_REQUIRED, "The referral code that was redeemed.", example="REF-ABC123")


@model
class ReferralCreatedEffectProps(Model):
    """The props of a ``referralCreated`` effect: a referral code created (Ruby: ``TalonOne::ReferralCreatedEffectProps``)."""  # noqa: E501

    __slots__ = ()

    value: str = field("value", _TEXT_REQUIRED, "The referral code that was created.", example="REF-NEW456")


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


@model
class RejectReferralEffectProps(Model):
    """The props of a ``rejectReferral`` effect: a referral code rejected (Ruby: ``TalonOne::RejectReferralEffectProps``)."""  # noqa: E501

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


@model
class RemoveFromAudienceEffectProps(Model):
    """The props of a ``removeFromAudience`` effect: a customer removed from an audience (Ruby: ``TalonOne::RemoveFromAudienceEffectProps``)."""  # noqa: E501

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


@model
class RollbackAddedLoyaltyPointsEffectProps(Model):
    """The props of a ``rollbackAddedLoyaltyPoints`` effect: added points taken back (Ruby: ``TalonOne::RollbackAddedLoyaltyPointsEffectProps``)."""  # noqa: E501

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


@model
class RollbackCouponEffectProps(Model):
    """The props of a ``rollbackCoupon`` effect: a coupon use undone (Ruby: ``TalonOne::RollbackCouponEffectProps``)."""

    __slots__ = ()

    value: str = field(
        "value", _TEXT_REQUIRED, "The code of the coupon whose use was rolled back.", example="COUP-XYZ789"
    )


@model
class RollbackDeductedLoyaltyPointsEffectProps(Model):
    """The props of a ``rollbackDeductedLoyaltyPoints`` effect: deducted points given back (Ruby: ``TalonOne::RollbackDeductedLoyaltyPointsEffectProps``)."""  # noqa: E501

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


@model
class RollbackDiscountEffectProps(Model):
    """The props of a ``rollbackDiscount`` effect: a discount rolled back (Ruby: ``TalonOne::RollbackDiscountEffectProps``)."""  # noqa: E501

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


@model
class RollbackIncreasedAchievementProgressEffectProps(Model):
    """The props of a ``rollbackIncreasedAchievementProgress`` effect: achievement progress taken back (Ruby: ``TalonOne::RollbackIncreasedAchievementProgressEffectProps``)."""  # noqa: E501

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


@model
class RollbackReferralEffectProps(Model):
    """The props of a ``rollbackReferral`` effect: a referral use undone (Ruby: ``TalonOne::RollbackReferralEffectProps``)."""  # noqa: E501

    __slots__ = ()

    value: str = field("value", _TEXT_REQUIRED, "The referral code whose use was rolled back.", example="REF-ABC123")


@model
class SetDiscountEffectProps(Model):
    """The props of a ``setDiscount`` effect: a discount on the whole session (Ruby: ``TalonOne::SetDiscountEffectProps``)."""  # noqa: E501

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


@model
class SetDiscountPerAdditionalCostEffectProps(Model):
    """The props of a ``setDiscountPerAdditionalCost`` effect: a discount on an additional cost (Ruby: ``TalonOne::SetDiscountPerAdditionalCostEffectProps``)."""  # noqa: E501

    __slots__ = ()

    name: str = field("name", _TEXT_REQUIRED, "The name or description of the discount.", example="Shipping discount")
    additional_cost_id: int = field("additionalCostId", _ID_REQUIRED, "The ID of the additional cost.", example=1)
    additional_cost: str = field(
        "additionalCost", _TEXT_REQUIRED, "The name of the additional cost.", example="shipping"
    )
    value: float = field("value", _NUMBER_REQUIRED, "The total value of the discount, in money.", example=4.99)
    desired_value: Optional[float] = field("desiredValue", _NUMBER, "The value the discount first had.", example=4.99)


@model
class SetDiscountPerAdditionalCostPerItemEffectProps(Model):
    """The props of a ``setDiscountPerAdditionalCostPerItem`` effect: a discount on an item's additional cost (Ruby: ``TalonOne::SetDiscountPerAdditionalCostPerItemEffectProps``)."""  # noqa: E501

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


@model
class SetDiscountPerItemEffectProps(Model):
    """The props of a ``setDiscountPerItem`` effect: a discount on one cart item (Ruby: ``TalonOne::SetDiscountPerItemEffectProps``)."""  # noqa: E501

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


@model
class ShowBundleMetadataEffectProps(Model):
    """The props of a ``showBundleMetadata`` effect: items bundled together (Ruby: ``TalonOne::ShowBundleMetadataEffectProps``)."""  # noqa: E501

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


@model
class ShowNotificationEffectProps(Model):
    """The props of a ``showNotification`` effect: a notification to show (Ruby: ``TalonOne::ShowNotificationEffectProps``)."""  # noqa: E501

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


@model
class UpdateAttributeEffectProps(Model):
    """The props of an ``updateAttribute`` effect: an attribute's new value (Ruby: ``TalonOne::UpdateAttributeEffectProps``)."""  # noqa: E501

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


@model
class WillAwardGiveawayEffectProps(Model):
    """The props of a ``willAwardGiveaway`` effect: a giveaway to be awarded (Ruby: ``TalonOne::WillAwardGiveawayEffectProps``)."""  # noqa: E501

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
