"""Referral and InventoryReferral: the referrals of the response.

``Referral`` is a referral the session's rules created (``createdReferrals``);
``InventoryReferral`` is the referral the session used (``referral``), with one field
more: the customers referred with its code.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import Model, model
from ._fields import DateTime, Integer, JSONObject, ListOf, String, field

MAX_REFERRAL_USAGE_LIMIT = 999999
"""The largest ``usageLimit`` of a referral."""

_ID = Integer(required=True)
_COUNT = Integer()
_WHEN = DateTime()


@model
class Referral(Model):
    """A referral code and its use, such as one the rules of a campaign created (Ruby: ``TalonOne::Referral``)."""

    __slots__ = ()

    id: int = field("id", _ID, "The internal ID of the referral.", example=6)
    created: datetime = field(
        "created", DateTime(required=True), "When the referral was created.", example="2020-06-10T09:05:27.993483Z"
    )
    start_date: Optional[datetime] = field(
        "startDate", _WHEN, "When the referral code becomes valid.", example="2020-11-10T23:00:00Z"
    )
    expiry_date: Optional[datetime] = field(
        "expiryDate",
        _WHEN,
        "When the referral code expires. Without it, the referral never expires.",
        example="2021-11-10T23:00:00Z",
    )
    usage_limit: int = field(
        "usageLimit",
        Integer(required=True, minimum=0, maximum=MAX_REFERRAL_USAGE_LIMIT),
        "How many times the referral code can be used. `0` sets no limit of its own, but the usage limits "
        "of the campaign still apply.",
        example=1,
    )
    campaign_id: int = field("campaignId", _ID, "The ID of the campaign the referral code comes from.", example=78)
    advocate_profile_integration_id: str = field(
        "advocateProfileIntegrationId",
        String(required=True, max_length=1000),
        "The integration ID of the customer profile of the advocate.",
        example="URNGV8294NV",
    )
    friend_profile_integration_id: Optional[str] = field(
        "friendProfileIntegrationId",
        String(),
        "The integration ID of the customer profile of the friend, when there is one.",
        example="BZGGC2454PA",
    )
    attributes: Optional[Dict[str, Any]] = field(
        "attributes",
        JSONObject(),
        "Custom properties of the referral, of your choice.",
        example={"channel": "web"},
    )
    import_id: Optional[int] = field("importId", _COUNT, "The ID of the import that created the referral.", example=4)
    code: str = field("code", String(required=True, min_length=4), "The referral code.", example="27G47Y54VH9L")
    usage_counter: int = field(
        "usageCounter", _ID, "How many times the referral code has been used successfully.", example=1
    )
    batch_id: Optional[str] = field(
        "batchId", String(), "The ID of the batch the referrals belong to.", example="tqyrgahe"
    )


# The fields InventoryReferral shares with Referral: the same declarations, so the two
# models cannot drift apart.
_SHARED: Dict[str, Any] = {name: spec for name, _, spec in Referral._specs}


@model
class InventoryReferral(Model):
    """The referral the session used, with the customers it referred (Ruby: ``TalonOne::InventoryReferral``)."""

    __slots__ = ()

    id: int = _SHARED["id"]
    created: datetime = _SHARED["created"]
    start_date: Optional[datetime] = _SHARED["start_date"]
    expiry_date: Optional[datetime] = _SHARED["expiry_date"]
    usage_limit: int = _SHARED["usage_limit"]
    campaign_id: int = _SHARED["campaign_id"]
    advocate_profile_integration_id: str = _SHARED["advocate_profile_integration_id"]
    friend_profile_integration_id: Optional[str] = _SHARED["friend_profile_integration_id"]
    attributes: Optional[Dict[str, Any]] = _SHARED["attributes"]
    import_id: Optional[int] = _SHARED["import_id"]
    code: str = _SHARED["code"]
    usage_counter: int = _SHARED["usage_counter"]
    batch_id: Optional[str] = _SHARED["batch_id"]
    referred_customers: List[str] = field(
        "referredCustomers",
        ListOf(String(), required=True),
        "The customers referred with the code.",
        example=["BZGGC2454PA"],
    )
