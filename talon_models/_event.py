"""The event of a response: what the session update recorded, with its effects, ledger entries and details.

``Event`` holds the ``LedgerEntry`` list of the points it moved, and a ``Meta`` that may say
why a coupon or referral was rejected (``CouponRejectionReason``, ``ReferralRejectionReason``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import Model, model
from ._fields import DateTime, Integer, JSONArray, JSONObject, ListOf, Nested, String, field

COUPON_REJECTION_REASONS = (
    "CouponNotFound",
    "CouponPartOfNotRunningCampaign",
    "CampaignLimitReached",
    "ProfileLimitReached",
    "CouponRecipientDoesNotMatch",
    "CouponExpired",
    "CouponStartDateInFuture",
    "CouponRejectedByCondition",
    "EffectCouldNotBeApplied",
    "CouponPartOfNotTriggeredCampaign",
    "CouponReservationRequired",
    "ProfileRequired",
)
"""The values of ``CouponRejectionReason.reason`` that Ruby 10.0.0 knows. The API may send
others, which are kept as they are."""

REFERRAL_REJECTION_REASONS = (
    "ReferralNotFound",
    "ReferralRecipientIdSameAsAdvocate",
    "ReferralPartOfNotRunningCampaign",
    "ReferralLimitReached",
    "CampaignLimitReached",
    "ProfileLimitReached",
    "ReferralRecipientDoesNotMatch",
    "ReferralExpired",
    "ReferralStartDateInFuture",
    "ReferralRejectedByCondition",
    "EffectCouldNotBeApplied",
    "ReferralPartOfNotTriggeredCampaign",
)
"""The values of ``ReferralRejectionReason.reason`` that Ruby 10.0.0 knows. The API may send
others, which are kept as they are."""

_PROFILE_ID = (
    "The ID of the customer profile, set by your integration layer.\n\n"
    "**Note:** when the customer has no known `profileId` yet, use a guest `profileId`; "
    "that is what Talon.One recommends."
)
_LEDGER_ENTRY_EXAMPLE = {
    "id": 6,
    "created": "2020-06-10T09:05:27.993483Z",
    "profileId": "URNGV8294NV",
    "accountId": 1,
    "loyaltyProgramId": 323414846,
    "eventId": 3,
    "amount": 100,
    "reason": "Customer appeasement.",
    "expiryDate": "2022-04-26T11:02:38Z",
    "referenceId": 1,
}
_COUPON_REJECTION_EXAMPLE = {"campaignId": 244, "couponId": 4928, "reason": "CouponNotFound"}
_REFERRAL_REJECTION_EXAMPLE = {"campaignId": 244, "referralId": 1, "reason": "ReferralNotFound"}
_META_EXAMPLE = {
    "campaigns": {"244": {"Channel": "web"}},
    "coupons": {"XMAS-20-2021": {"Channel": "newsletter"}},
    "couponRejectionReason": _COUPON_REJECTION_EXAMPLE,
    "warnings": {},
}


@model
class LedgerEntry(Model):
    """A change of loyalty points that an event made (Ruby: ``TalonOne::LedgerEntry``)."""

    __slots__ = ()

    id: int = field("id", Integer(required=True), "The internal ID of the ledger entry.", example=6)
    created: datetime = field(
        "created", DateTime(required=True), "When the entry was created.", example="2020-06-10T09:05:27.993483Z"
    )
    profile_id: str = field("profileId", String(required=True), _PROFILE_ID, example="URNGV8294NV")
    account_id: int = field(
        "accountId", Integer(required=True), "The ID of the Talon.One account the profile belongs to.", example=1
    )
    loyalty_program_id: int = field(
        "loyaltyProgramId", Integer(required=True), "The ID of the ledger.", example=323414846
    )
    event_id: int = field("eventId", Integer(required=True), "The ID of the event the entry relates to.", example=3)
    amount: int = field("amount", Integer(required=True), "The number of loyalty points.", example=100)
    reason: str = field(
        "reason", String(required=True), "Why the points were awarded or deducted.", example="Customer appeasement."
    )
    expiry_date: datetime = field(
        "expiryDate", DateTime(required=True), "When the points expire.", example="2022-04-26T11:02:38Z"
    )
    reference_id: Optional[int] = field(
        "referenceId", Integer(), "The ID of the ledger entry that balances this one.", example=1
    )


@model
class CouponRejectionReason(Model):
    """Why a coupon code of the session was rejected (Ruby: ``TalonOne::CouponRejectionReason``)."""

    __slots__ = ()

    campaign_id: int = field("campaignId", Integer(required=True), "The ID of the campaign.", example=244)
    coupon_id: int = field("couponId", Integer(required=True), "The ID of the coupon.", example=4928)
    reason: str = field(
        "reason",
        String(required=True, choices=COUPON_REJECTION_REASONS, closed=False),
        "Why the coupon was rejected, such as `CouponNotFound` or `CouponExpired`. A reason added to the API "
        "later is kept as it is.",
        example="CouponNotFound",
    )


@model
class ReferralRejectionReason(Model):
    """Why the referral code of the session was rejected (Ruby: ``TalonOne::ReferralRejectionReason``)."""

    __slots__ = ()

    campaign_id: int = field("campaignId", Integer(required=True), "The ID of the campaign.", example=244)
    referral_id: int = field("referralId", Integer(required=True), "The ID of the referral.", example=1)
    reason: str = field(
        "reason",
        String(required=True, choices=REFERRAL_REJECTION_REASONS, closed=False),
        "Why the referral was rejected, such as `ReferralNotFound` or `ReferralExpired`. A reason added to "
        "the API later is kept as it is.",
        example="ReferralNotFound",
    )


@model
class Meta(Model):
    """Details of how an event was evaluated (Ruby: ``TalonOne::Meta``)."""

    __slots__ = ()

    campaigns: Optional[Dict[str, Any]] = field(
        "campaigns",
        JSONObject(),
        "For each campaign that was evaluated, by campaign ID, the attributes of that campaign as key-value "
        "pairs. Campaigns that have no attributes are left out.",
        example={"244": {"Channel": "web"}},
    )
    coupons: Optional[Dict[str, Any]] = field(
        "coupons",
        JSONObject(),
        "For each coupon, by coupon code, the attributes of that coupon as key-value pairs.",
        example={"XMAS-20-2021": {"Channel": "newsletter"}},
    )
    coupon_rejection_reason: Optional[CouponRejectionReason] = field(
        "couponRejectionReason",
        Nested(CouponRejectionReason),
        "Why a coupon code was rejected, when one was.",
        example=_COUPON_REJECTION_EXAMPLE,
    )
    referral_rejection_reason: Optional[ReferralRejectionReason] = field(
        "referralRejectionReason",
        Nested(ReferralRejectionReason),
        "Why the referral code was rejected, when it was.",
        example=_REFERRAL_REJECTION_EXAMPLE,
    )
    warnings: Optional[Dict[str, Any]] = field("warnings", JSONObject(), "Warnings of possible misuse.", example={})


@model
class Event(Model):
    """An event that the server recorded, with the effects it triggered (Ruby: ``TalonOne::Event``)."""

    __slots__ = ()

    id: int = field("id", Integer(required=True), "The internal ID of the event.", example=6)
    created: datetime = field(
        "created", DateTime(required=True), "When the event was created.", example="2020-06-10T09:05:27.993483Z"
    )
    application_id: int = field(
        "applicationId", Integer(required=True), "The ID of the Application the event belongs to.", example=322
    )
    profile_id: Optional[str] = field("profileId", String(), _PROFILE_ID, example="URNGV8294NV")
    store_integration_id: Optional[str] = field(
        "storeIntegrationId",
        String(min_length=1, max_length=1000),
        "The integration ID of the store, which you choose when you create the store.",
        example="STORE-001",
    )
    type: str = field(
        "type",
        String(required=True, min_length=1),
        "The name of the event. It must not be one of the reserved event names.",
        example="pageViewed",
    )
    attributes: Dict[str, Any] = field(
        "attributes",
        JSONObject(required=True),
        "Any additional data of the event, as a JSON object.",
        example={"myAttribute": "myValue"},
    )
    session_id: Optional[str] = field(
        "sessionId", String(), "The ID of the session the event happened in.", example="175KJPS947296"
    )
    effects: List[Any] = field(
        "effects",
        JSONArray(required=True),
        "The effects that the rules of the Application's enabled campaigns produced; how to apply them is up to "
        "your system. See the [API effects](https://docs.talon.one/docs/dev/integration-api/api-effects). Each "
        "item is kept exactly as the server sent it.",
        example=[[244, 73, 0, ["setDiscount", ["10% off", 10]]]],
    )
    ledger_entries: Optional[List[LedgerEntry]] = field(
        "ledgerEntries",
        ListOf(Nested(LedgerEntry)),
        "The loyalty ledger entries of the event.",
        example=[_LEDGER_ENTRY_EXAMPLE],
    )
    meta: Optional[Meta] = field("meta", Nested(Meta), "Details of how the event was evaluated.", example=_META_EXAMPLE)
