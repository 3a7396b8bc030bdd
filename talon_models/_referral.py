"""Referral and InventoryReferral: the referrals of the response.

``Referral`` is a referral the session's rules created (``createdReferrals``);
``InventoryReferral`` is the referral the session used (``referral``), with one field
more: the customers referred with its code.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import (
    INT64_MAX,
    INT64_MIN,
    ErrorDetail,
    Model,
    canonical_cache,
    copy_json,
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "id",
        "created",
        "start_date",
        "expiry_date",
        "usage_limit",
        "campaign_id",
        "advocate_profile_integration_id",
        "friend_profile_integration_id",
        "attributes",
        "import_id",
        "code",
        "usage_counter",
        "batch_id",
    )

    def __init__(
        self,
        *,
        id: int,
        created: datetime,
        start_date: Optional[datetime] = None,
        expiry_date: Optional[datetime] = None,
        usage_limit: int,
        campaign_id: int,
        advocate_profile_integration_id: str,
        friend_profile_integration_id: Optional[str] = None,
        attributes: Optional[Dict[str, Any]] = None,
        import_id: Optional[int] = None,
        code: str,
        usage_counter: int,
        batch_id: Optional[str] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[Referral]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _Referral_id.check(id, "id", errors)
        _raw = get("created")
        created = canonical_cache.get(_raw) if type(_raw) is str else None
        if created is None:
            created = _Referral_created.read(_raw, "created", errors)
        _raw = get("startDate")
        start_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if start_date is None and _raw is not None:
            start_date = _Referral_start_date.read(_raw, "startDate", errors)
        _raw = get("expiryDate")
        expiry_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if expiry_date is None and _raw is not None:
            expiry_date = _Referral_expiry_date.read(_raw, "expiryDate", errors)
        usage_limit = get("usageLimit")
        if not (type(usage_limit) is int and 0 <= usage_limit <= 999999):
            usage_limit = _Referral_usage_limit.check(usage_limit, "usageLimit", errors)
        campaign_id = get("campaignId")
        if not (type(campaign_id) is int and INT64_MIN <= campaign_id <= INT64_MAX):
            campaign_id = _Referral_campaign_id.check(campaign_id, "campaignId", errors)
        advocate_profile_integration_id = get("advocateProfileIntegrationId")
        if not (type(advocate_profile_integration_id) is str and len(advocate_profile_integration_id) <= 1000):
            advocate_profile_integration_id = _Referral_advocate_profile_integration_id.check(
                advocate_profile_integration_id, "advocateProfileIntegrationId", errors
            )
        friend_profile_integration_id = get("friendProfileIntegrationId")
        if type(friend_profile_integration_id) is not str and friend_profile_integration_id is not None:
            friend_profile_integration_id = _Referral_friend_profile_integration_id.check(
                friend_profile_integration_id, "friendProfileIntegrationId", errors
            )
        attributes = get("attributes")
        if type(attributes) is dict:
            attributes = copy_json(attributes, "attributes", errors)
        elif attributes is not None:
            attributes = _Referral_attributes.read(attributes, "attributes", errors)
        import_id = get("importId")
        if not (type(import_id) is int and INT64_MIN <= import_id <= INT64_MAX) and import_id is not None:
            import_id = _Referral_import_id.check(import_id, "importId", errors)
        code = get("code")
        if not (type(code) is str and len(code) >= 4):
            code = _Referral_code.check(code, "code", errors)
        usage_counter = get("usageCounter")
        if not (type(usage_counter) is int and INT64_MIN <= usage_counter <= INT64_MAX):
            usage_counter = _Referral_usage_counter.check(usage_counter, "usageCounter", errors)
        batch_id = get("batchId")
        if type(batch_id) is not str and batch_id is not None:
            batch_id = _Referral_batch_id.check(batch_id, "batchId", errors)
        # every field, and no other key?
        if (
            len(data) == 13
            and id is not None
            and created is not None
            and start_date is not None
            and expiry_date is not None
            and usage_limit is not None
            and campaign_id is not None
            and advocate_profile_integration_id is not None
            and friend_profile_integration_id is not None
            and attributes is not None
            and import_id is not None
            and code is not None
            and usage_counter is not None
            and batch_id is not None
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
            start_date,
            expiry_date,
            usage_limit,
            campaign_id,
            advocate_profile_integration_id,
            friend_profile_integration_id,
            attributes,
            import_id,
            code,
            usage_counter,
            batch_id,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            id,
            created,
            start_date,
            expiry_date,
            usage_limit,
            campaign_id,
            advocate_profile_integration_id,
            friend_profile_integration_id,
            attributes,
            import_id,
            code,
            usage_counter,
            batch_id,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["id"] = id
        out["created"] = created
        if start_date is not None:
            out["startDate"] = start_date
        if expiry_date is not None:
            out["expiryDate"] = expiry_date
        out["usageLimit"] = usage_limit
        out["campaignId"] = campaign_id
        out["advocateProfileIntegrationId"] = advocate_profile_integration_id
        if friend_profile_integration_id is not None:
            out["friendProfileIntegrationId"] = friend_profile_integration_id
        if attributes is not None:
            out["attributes"] = _Referral_attributes.write(attributes)
        if import_id is not None:
            out["importId"] = import_id
        out["code"] = code
        out["usageCounter"] = usage_counter
        if batch_id is not None:
            out["batchId"] = batch_id
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "id",
        "created",
        "start_date",
        "expiry_date",
        "usage_limit",
        "campaign_id",
        "advocate_profile_integration_id",
        "friend_profile_integration_id",
        "attributes",
        "import_id",
        "code",
        "usage_counter",
        "batch_id",
        "referred_customers",
    )

    def __init__(
        self,
        *,
        id: int,
        created: datetime,
        start_date: Optional[datetime] = None,
        expiry_date: Optional[datetime] = None,
        usage_limit: int,
        campaign_id: int,
        advocate_profile_integration_id: str,
        friend_profile_integration_id: Optional[str] = None,
        attributes: Optional[Dict[str, Any]] = None,
        import_id: Optional[int] = None,
        code: str,
        usage_counter: int,
        batch_id: Optional[str] = None,
        referred_customers: List[str],
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[InventoryReferral]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _InventoryReferral_id.check(id, "id", errors)
        _raw = get("created")
        created = canonical_cache.get(_raw) if type(_raw) is str else None
        if created is None:
            created = _InventoryReferral_created.read(_raw, "created", errors)
        _raw = get("startDate")
        start_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if start_date is None and _raw is not None:
            start_date = _InventoryReferral_start_date.read(_raw, "startDate", errors)
        _raw = get("expiryDate")
        expiry_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if expiry_date is None and _raw is not None:
            expiry_date = _InventoryReferral_expiry_date.read(_raw, "expiryDate", errors)
        usage_limit = get("usageLimit")
        if not (type(usage_limit) is int and 0 <= usage_limit <= 999999):
            usage_limit = _InventoryReferral_usage_limit.check(usage_limit, "usageLimit", errors)
        campaign_id = get("campaignId")
        if not (type(campaign_id) is int and INT64_MIN <= campaign_id <= INT64_MAX):
            campaign_id = _InventoryReferral_campaign_id.check(campaign_id, "campaignId", errors)
        advocate_profile_integration_id = get("advocateProfileIntegrationId")
        if not (type(advocate_profile_integration_id) is str and len(advocate_profile_integration_id) <= 1000):
            advocate_profile_integration_id = _InventoryReferral_advocate_profile_integration_id.check(
                advocate_profile_integration_id, "advocateProfileIntegrationId", errors
            )
        friend_profile_integration_id = get("friendProfileIntegrationId")
        if type(friend_profile_integration_id) is not str and friend_profile_integration_id is not None:
            friend_profile_integration_id = _InventoryReferral_friend_profile_integration_id.check(
                friend_profile_integration_id, "friendProfileIntegrationId", errors
            )
        attributes = get("attributes")
        if type(attributes) is dict:
            attributes = copy_json(attributes, "attributes", errors)
        elif attributes is not None:
            attributes = _InventoryReferral_attributes.read(attributes, "attributes", errors)
        import_id = get("importId")
        if not (type(import_id) is int and INT64_MIN <= import_id <= INT64_MAX) and import_id is not None:
            import_id = _InventoryReferral_import_id.check(import_id, "importId", errors)
        code = get("code")
        if not (type(code) is str and len(code) >= 4):
            code = _InventoryReferral_code.check(code, "code", errors)
        usage_counter = get("usageCounter")
        if not (type(usage_counter) is int and INT64_MIN <= usage_counter <= INT64_MAX):
            usage_counter = _InventoryReferral_usage_counter.check(usage_counter, "usageCounter", errors)
        batch_id = get("batchId")
        if type(batch_id) is not str and batch_id is not None:
            batch_id = _InventoryReferral_batch_id.check(batch_id, "batchId", errors)
        referred_customers = get("referredCustomers")
        if type(referred_customers) is list:
            for _item in referred_customers:
                if type(_item) is not str:
                    referred_customers = _InventoryReferral_referred_customers.read(
                        referred_customers, "referredCustomers", errors
                    )
                    break
            else:
                referred_customers = referred_customers[:]
        else:
            referred_customers = _InventoryReferral_referred_customers.read(
                referred_customers, "referredCustomers", errors, unknown
            )
        # every field, and no other key?
        if (
            len(data) == 14
            and id is not None
            and created is not None
            and start_date is not None
            and expiry_date is not None
            and usage_limit is not None
            and campaign_id is not None
            and advocate_profile_integration_id is not None
            and friend_profile_integration_id is not None
            and attributes is not None
            and import_id is not None
            and code is not None
            and usage_counter is not None
            and batch_id is not None
            and referred_customers is not None
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
            start_date,
            expiry_date,
            usage_limit,
            campaign_id,
            advocate_profile_integration_id,
            friend_profile_integration_id,
            attributes,
            import_id,
            code,
            usage_counter,
            batch_id,
            referred_customers,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            id,
            created,
            start_date,
            expiry_date,
            usage_limit,
            campaign_id,
            advocate_profile_integration_id,
            friend_profile_integration_id,
            attributes,
            import_id,
            code,
            usage_counter,
            batch_id,
            referred_customers,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        _list: List[Any]
        out["id"] = id
        out["created"] = created
        if start_date is not None:
            out["startDate"] = start_date
        if expiry_date is not None:
            out["expiryDate"] = expiry_date
        out["usageLimit"] = usage_limit
        out["campaignId"] = campaign_id
        out["advocateProfileIntegrationId"] = advocate_profile_integration_id
        if friend_profile_integration_id is not None:
            out["friendProfileIntegrationId"] = friend_profile_integration_id
        if attributes is not None:
            out["attributes"] = _InventoryReferral_attributes.write(attributes)
        if import_id is not None:
            out["importId"] = import_id
        out["code"] = code
        out["usageCounter"] = usage_counter
        if batch_id is not None:
            out["batchId"] = batch_id
        _list = list(referred_customers)
        for _item in _list:
            if type(_item) is not str:
                _list = _InventoryReferral_referred_customers.write_slowly(referred_customers)
                break
        out["referredCustomers"] = _list
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_Referral_id = Referral._rules["id"][2]
_Referral_created = Referral._rules["created"][2]
_Referral_start_date = Referral._rules["start_date"][2]
_Referral_expiry_date = Referral._rules["expiry_date"][2]
_Referral_usage_limit = Referral._rules["usage_limit"][2]
_Referral_campaign_id = Referral._rules["campaign_id"][2]
_Referral_advocate_profile_integration_id = Referral._rules["advocate_profile_integration_id"][2]
_Referral_friend_profile_integration_id = Referral._rules["friend_profile_integration_id"][2]
_Referral_attributes = Referral._rules["attributes"][2]
_Referral_import_id = Referral._rules["import_id"][2]
_Referral_code = Referral._rules["code"][2]
_Referral_usage_counter = Referral._rules["usage_counter"][2]
_Referral_batch_id = Referral._rules["batch_id"][2]
_InventoryReferral_id = InventoryReferral._rules["id"][2]
_InventoryReferral_created = InventoryReferral._rules["created"][2]
_InventoryReferral_start_date = InventoryReferral._rules["start_date"][2]
_InventoryReferral_expiry_date = InventoryReferral._rules["expiry_date"][2]
_InventoryReferral_usage_limit = InventoryReferral._rules["usage_limit"][2]
_InventoryReferral_campaign_id = InventoryReferral._rules["campaign_id"][2]
_InventoryReferral_advocate_profile_integration_id = InventoryReferral._rules["advocate_profile_integration_id"][2]
_InventoryReferral_friend_profile_integration_id = InventoryReferral._rules["friend_profile_integration_id"][2]
_InventoryReferral_attributes = InventoryReferral._rules["attributes"][2]
_InventoryReferral_import_id = InventoryReferral._rules["import_id"][2]
_InventoryReferral_code = InventoryReferral._rules["code"][2]
_InventoryReferral_usage_counter = InventoryReferral._rules["usage_counter"][2]
_InventoryReferral_batch_id = InventoryReferral._rules["batch_id"][2]
_InventoryReferral_referred_customers = InventoryReferral._rules["referred_customers"][2]
# fmt: on
# --- End of the written-out code. ---
