"""The event of a response: what the session update recorded, with its effects, ledger entries and details.

``Event`` holds the ``LedgerEntry`` list of the points it moved, and a ``Meta`` that may say
why a coupon or referral was rejected (``CouponRejectionReason``, ``ReferralRejectionReason``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import (
    FIRST_PROBLEM,
    INT64_MAX,
    INT64_MIN,
    ErrorDetail,
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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "id",
        "created",
        "profile_id",
        "account_id",
        "loyalty_program_id",
        "event_id",
        "amount",
        "reason",
        "expiry_date",
        "reference_id",
    )

    def __init__(
        self,
        *,
        id: int,
        created: datetime,
        profile_id: str,
        account_id: int,
        loyalty_program_id: int,
        event_id: int,
        amount: int,
        reason: str,
        expiry_date: datetime,
        reference_id: Optional[int] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[LedgerEntry]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _LedgerEntry_id.check(id, "id", errors)
        _raw = get("created")
        created = canonical_cache.get(_raw) if type(_raw) is str else None
        if created is None:
            created = _LedgerEntry_created.read(_raw, "created", errors)
        profile_id = get("profileId")
        if type(profile_id) is not str:
            profile_id = _LedgerEntry_profile_id.check(profile_id, "profileId", errors)
        account_id = get("accountId")
        if not (type(account_id) is int and INT64_MIN <= account_id <= INT64_MAX):
            account_id = _LedgerEntry_account_id.check(account_id, "accountId", errors)
        loyalty_program_id = get("loyaltyProgramId")
        if not (type(loyalty_program_id) is int and INT64_MIN <= loyalty_program_id <= INT64_MAX):
            loyalty_program_id = _LedgerEntry_loyalty_program_id.check(loyalty_program_id, "loyaltyProgramId", errors)
        event_id = get("eventId")
        if not (type(event_id) is int and INT64_MIN <= event_id <= INT64_MAX):
            event_id = _LedgerEntry_event_id.check(event_id, "eventId", errors)
        amount = get("amount")
        if not (type(amount) is int and INT64_MIN <= amount <= INT64_MAX):
            amount = _LedgerEntry_amount.check(amount, "amount", errors)
        reason = get("reason")
        if type(reason) is not str:
            reason = _LedgerEntry_reason.check(reason, "reason", errors)
        _raw = get("expiryDate")
        expiry_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if expiry_date is None:
            expiry_date = _LedgerEntry_expiry_date.read(_raw, "expiryDate", errors)
        reference_id = get("referenceId")
        if not (type(reference_id) is int and INT64_MIN <= reference_id <= INT64_MAX) and reference_id is not None:
            reference_id = _LedgerEntry_reference_id.check(reference_id, "referenceId", errors)
        # every field, and no other key?
        if (
            len(data) == 10
            and id is not None
            and created is not None
            and profile_id is not None
            and account_id is not None
            and loyalty_program_id is not None
            and event_id is not None
            and amount is not None
            and reason is not None
            and expiry_date is not None
            and reference_id is not None
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
            profile_id,
            account_id,
            loyalty_program_id,
            event_id,
            amount,
            reason,
            expiry_date,
            reference_id,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            id,
            created,
            profile_id,
            account_id,
            loyalty_program_id,
            event_id,
            amount,
            reason,
            expiry_date,
            reference_id,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["id"] = id
        out["created"] = created
        out["profileId"] = profile_id
        out["accountId"] = account_id
        out["loyaltyProgramId"] = loyalty_program_id
        out["eventId"] = event_id
        out["amount"] = amount
        out["reason"] = reason
        out["expiryDate"] = expiry_date
        if reference_id is not None:
            out["referenceId"] = reference_id
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("campaign_id", "coupon_id", "reason")

    def __init__(
        self,
        *,
        campaign_id: int,
        coupon_id: int,
        reason: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[CouponRejectionReason]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        campaign_id = get("campaignId")
        if not (type(campaign_id) is int and INT64_MIN <= campaign_id <= INT64_MAX):
            campaign_id = _CouponRejectionReason_campaign_id.check(campaign_id, "campaignId", errors)
        coupon_id = get("couponId")
        if not (type(coupon_id) is int and INT64_MIN <= coupon_id <= INT64_MAX):
            coupon_id = _CouponRejectionReason_coupon_id.check(coupon_id, "couponId", errors)
        reason = get("reason")
        if type(reason) is not str:
            reason = _CouponRejectionReason_reason.check(reason, "reason", errors)
        # every field, and no other key?
        if len(data) == 3 and campaign_id is not None and coupon_id is not None and reason is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (campaign_id, coupon_id, reason, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        campaign_id, coupon_id, reason, extra = self._values
        out: Dict[str, Any] = {}
        out["campaignId"] = campaign_id
        out["couponId"] = coupon_id
        out["reason"] = reason
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("campaign_id", "referral_id", "reason")

    def __init__(
        self,
        *,
        campaign_id: int,
        referral_id: int,
        reason: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[ReferralRejectionReason]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        campaign_id = get("campaignId")
        if not (type(campaign_id) is int and INT64_MIN <= campaign_id <= INT64_MAX):
            campaign_id = _ReferralRejectionReason_campaign_id.check(campaign_id, "campaignId", errors)
        referral_id = get("referralId")
        if not (type(referral_id) is int and INT64_MIN <= referral_id <= INT64_MAX):
            referral_id = _ReferralRejectionReason_referral_id.check(referral_id, "referralId", errors)
        reason = get("reason")
        if type(reason) is not str:
            reason = _ReferralRejectionReason_reason.check(reason, "reason", errors)
        # every field, and no other key?
        if len(data) == 3 and campaign_id is not None and referral_id is not None and reason is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (campaign_id, referral_id, reason, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        campaign_id, referral_id, reason, extra = self._values
        out: Dict[str, Any] = {}
        out["campaignId"] = campaign_id
        out["referralId"] = referral_id
        out["reason"] = reason
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("campaigns", "coupons", "coupon_rejection_reason", "referral_rejection_reason", "warnings")

    def __init__(
        self,
        *,
        campaigns: Optional[Dict[str, Any]] = None,
        coupons: Optional[Dict[str, Any]] = None,
        coupon_rejection_reason: Optional[CouponRejectionReason] = None,
        referral_rejection_reason: Optional[ReferralRejectionReason] = None,
        warnings: Optional[Dict[str, Any]] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[Meta]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        _made: Any
        campaigns = get("campaigns")
        if type(campaigns) is dict:
            campaigns = copy_json(campaigns, "campaigns", errors)
        elif campaigns is not None:
            campaigns = _Meta_campaigns.read(campaigns, "campaigns", errors)
        coupons = get("coupons")
        if type(coupons) is dict:
            coupons = copy_json(coupons, "coupons", errors)
        elif coupons is not None:
            coupons = _Meta_coupons.read(coupons, "coupons", errors)
        # CouponRejectionReason read in place: for a model this small a call costs as much as the reading
        coupon_rejection_reason = get("couponRejectionReason")
        if type(coupon_rejection_reason) is dict:
            _get = coupon_rejection_reason.get
            _campaign_id = _get("campaignId")
            _coupon_id = _get("couponId")
            _reason = _get("reason")
            if (
                (type(_campaign_id) is int and INT64_MIN <= _campaign_id <= INT64_MAX)
                and (type(_coupon_id) is int and INT64_MIN <= _coupon_id <= INT64_MAX)
                and type(_reason) is str
                and len(coupon_rejection_reason) == 3
            ):
                _made = new_object(CouponRejectionReason)
                _made._values = (_campaign_id, _coupon_id, _reason, None)
                coupon_rejection_reason = _made
            else:
                coupon_rejection_reason = _Meta_coupon_rejection_reason.read(
                    coupon_rejection_reason, "couponRejectionReason", errors, unknown
                )
        elif coupon_rejection_reason is not None:
            coupon_rejection_reason = _Meta_coupon_rejection_reason.read(
                coupon_rejection_reason, "couponRejectionReason", errors, unknown
            )
        # ReferralRejectionReason read in place: for a model this small a call costs as much as the reading
        referral_rejection_reason = get("referralRejectionReason")
        if type(referral_rejection_reason) is dict:
            _get = referral_rejection_reason.get
            _campaign_id = _get("campaignId")
            _referral_id = _get("referralId")
            _reason = _get("reason")
            if (
                (type(_campaign_id) is int and INT64_MIN <= _campaign_id <= INT64_MAX)
                and (type(_referral_id) is int and INT64_MIN <= _referral_id <= INT64_MAX)
                and type(_reason) is str
                and len(referral_rejection_reason) == 3
            ):
                _made = new_object(ReferralRejectionReason)
                _made._values = (_campaign_id, _referral_id, _reason, None)
                referral_rejection_reason = _made
            else:
                referral_rejection_reason = _Meta_referral_rejection_reason.read(
                    referral_rejection_reason, "referralRejectionReason", errors, unknown
                )
        elif referral_rejection_reason is not None:
            referral_rejection_reason = _Meta_referral_rejection_reason.read(
                referral_rejection_reason, "referralRejectionReason", errors, unknown
            )
        warnings = get("warnings")
        if type(warnings) is dict:
            warnings = copy_json(warnings, "warnings", errors)
        elif warnings is not None:
            warnings = _Meta_warnings.read(warnings, "warnings", errors)
        # every field, and no other key?
        if (
            len(data) == 5
            and campaigns is not None
            and coupons is not None
            and coupon_rejection_reason is not None
            and referral_rejection_reason is not None
            and warnings is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (campaigns, coupons, coupon_rejection_reason, referral_rejection_reason, warnings, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        campaigns, coupons, coupon_rejection_reason, referral_rejection_reason, warnings, extra = self._values
        out: Dict[str, Any] = {}
        if campaigns is not None:
            out["campaigns"] = _Meta_campaigns.write(campaigns)
        if coupons is not None:
            out["coupons"] = _Meta_coupons.write(coupons)
        if coupon_rejection_reason is not None:
            out["couponRejectionReason"] = coupon_rejection_reason._write()
        if referral_rejection_reason is not None:
            out["referralRejectionReason"] = referral_rejection_reason._write()
        if warnings is not None:
            out["warnings"] = _Meta_warnings.write(warnings)
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "id",
        "created",
        "application_id",
        "profile_id",
        "store_integration_id",
        "type",
        "attributes",
        "session_id",
        "effects",
        "ledger_entries",
        "meta",
    )

    def __init__(
        self,
        *,
        id: int,
        created: datetime,
        application_id: int,
        profile_id: Optional[str] = None,
        store_integration_id: Optional[str] = None,
        type: str,
        attributes: Dict[str, Any],
        session_id: Optional[str] = None,
        effects: List[Any],
        ledger_entries: Optional[List[LedgerEntry]] = None,
        meta: Optional[Meta] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[Event]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _Event_id.check(id, "id", errors)
        _raw = get("created")
        created = canonical_cache.get(_raw) if type(_raw) is str else None
        if created is None:
            created = _Event_created.read(_raw, "created", errors)
        application_id = get("applicationId")
        if not (type(application_id) is int and INT64_MIN <= application_id <= INT64_MAX):
            application_id = _Event_application_id.check(application_id, "applicationId", errors)
        profile_id = get("profileId")
        if type(profile_id) is not str and profile_id is not None:
            profile_id = _Event_profile_id.check(profile_id, "profileId", errors)
        store_integration_id = get("storeIntegrationId")
        if (
            not (type(store_integration_id) is str and 1 <= len(store_integration_id) <= 1000)
            and store_integration_id is not None
        ):
            store_integration_id = _Event_store_integration_id.check(store_integration_id, "storeIntegrationId", errors)
        type_ = get("type")
        if not (type(type_) is str and len(type_) >= 1):
            type_ = _Event_type.check(type_, "type", errors)
        attributes = get("attributes")
        if type(attributes) is dict:
            attributes = copy_json(attributes, "attributes", errors)
        else:
            attributes = _Event_attributes.read(attributes, "attributes", errors)
        session_id = get("sessionId")
        if type(session_id) is not str and session_id is not None:
            session_id = _Event_session_id.check(session_id, "sessionId", errors)
        effects = get("effects")
        effects = _Event_effects.read(effects, "effects", errors)
        ledger_entries = get("ledgerEntries")
        if type(ledger_entries) is list:
            try:
                ledger_entries = [_read_LedgerEntry(_item, unknown, FIRST_PROBLEM) for _item in ledger_entries]
            except ProblemFound:
                ledger_entries = _Event_ledger_entries.read(ledger_entries, "ledgerEntries", errors, unknown)
        elif ledger_entries is not None:
            ledger_entries = _Event_ledger_entries.read(ledger_entries, "ledgerEntries", errors, unknown)
        meta = get("meta")
        if meta is not None:
            try:
                meta = _read_Meta(meta, unknown, FIRST_PROBLEM)
            except ProblemFound:
                meta = _Event_meta.read(meta, "meta", errors, unknown)
        # every field, and no other key?
        if (
            len(data) == 11
            and id is not None
            and created is not None
            and application_id is not None
            and profile_id is not None
            and store_integration_id is not None
            and type_ is not None
            and attributes is not None
            and session_id is not None
            and effects is not None
            and ledger_entries is not None
            and meta is not None
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
            application_id,
            profile_id,
            store_integration_id,
            type_,
            attributes,
            session_id,
            effects,
            ledger_entries,
            meta,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            id,
            created,
            application_id,
            profile_id,
            store_integration_id,
            type_,
            attributes,
            session_id,
            effects,
            ledger_entries,
            meta,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        _list: List[Any]
        out["id"] = id
        out["created"] = created
        out["applicationId"] = application_id
        if profile_id is not None:
            out["profileId"] = profile_id
        if store_integration_id is not None:
            out["storeIntegrationId"] = store_integration_id
        out["type"] = type_
        out["attributes"] = _Event_attributes.write(attributes)
        if session_id is not None:
            out["sessionId"] = session_id
        out["effects"] = _Event_effects.write(effects)
        if ledger_entries is not None:
            _list = [_item._write() for _item in ledger_entries if type(_item) is LedgerEntry]
            out["ledgerEntries"] = (
                _list
                if len(_list) == len(ledger_entries)
                else _Event_ledger_entries.write_slowly(ledger_entries)
            )
        if meta is not None:
            out["meta"] = meta._write()
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_LedgerEntry_id = LedgerEntry._rules["id"][2]
_LedgerEntry_created = LedgerEntry._rules["created"][2]
_LedgerEntry_profile_id = LedgerEntry._rules["profile_id"][2]
_LedgerEntry_account_id = LedgerEntry._rules["account_id"][2]
_LedgerEntry_loyalty_program_id = LedgerEntry._rules["loyalty_program_id"][2]
_LedgerEntry_event_id = LedgerEntry._rules["event_id"][2]
_LedgerEntry_amount = LedgerEntry._rules["amount"][2]
_LedgerEntry_reason = LedgerEntry._rules["reason"][2]
_LedgerEntry_expiry_date = LedgerEntry._rules["expiry_date"][2]
_LedgerEntry_reference_id = LedgerEntry._rules["reference_id"][2]
_CouponRejectionReason_campaign_id = CouponRejectionReason._rules["campaign_id"][2]
_CouponRejectionReason_coupon_id = CouponRejectionReason._rules["coupon_id"][2]
_CouponRejectionReason_reason = CouponRejectionReason._rules["reason"][2]
_ReferralRejectionReason_campaign_id = ReferralRejectionReason._rules["campaign_id"][2]
_ReferralRejectionReason_referral_id = ReferralRejectionReason._rules["referral_id"][2]
_ReferralRejectionReason_reason = ReferralRejectionReason._rules["reason"][2]
_Meta_campaigns = Meta._rules["campaigns"][2]
_Meta_coupons = Meta._rules["coupons"][2]
_Meta_coupon_rejection_reason = Meta._rules["coupon_rejection_reason"][2]
_Meta_referral_rejection_reason = Meta._rules["referral_rejection_reason"][2]
_Meta_warnings = Meta._rules["warnings"][2]
_Event_id = Event._rules["id"][2]
_Event_created = Event._rules["created"][2]
_Event_application_id = Event._rules["application_id"][2]
_Event_profile_id = Event._rules["profile_id"][2]
_Event_store_integration_id = Event._rules["store_integration_id"][2]
_Event_type = Event._rules["type"][2]
_Event_attributes = Event._rules["attributes"][2]
_Event_session_id = Event._rules["session_id"][2]
_Event_effects = Event._rules["effects"][2]
_Event_ledger_entries = Event._rules["ledger_entries"][2]
_Event_meta = Event._rules["meta"][2]
_read_LedgerEntry = LedgerEntry._read
_read_Meta = Meta._read
# fmt: on
# --- End of the written-out code. ---
