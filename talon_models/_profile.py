"""The customer profile of a response, with the loyalty programs and audiences it belongs to."""

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
from ._fields import Boolean, DateTime, Integer, JSONObject, ListOf, Nested, Number, String, field

_SESSION_STATES = "https://docs.talon.one/docs/dev/concepts/entities/customer-sessions#customer-session-states"
_DRY_REQUESTS = "https://docs.talon.one/docs/dev/integration-api/dry-requests/#overlay"
_RESERVE_COUPON = "https://docs.talon.one/integration-api#operation/createCouponReservation"
_ENVIRONMENTS = "https://docs.talon.one/docs/product/applications/overview#application-environments"


@model
class LoyaltyMembership(Model):
    """A loyalty program that a customer profile joined (Ruby: ``TalonOne::LoyaltyMembership``)."""

    __slots__ = ()

    joined: Optional[datetime] = field(
        "joined", DateTime(), "When the customer joined the loyalty program.", example="2012-03-20T14:15:22Z"
    )
    loyalty_program_id: int = field(
        "loyaltyProgramId", Integer(required=True), "The ID of the loyalty program.", example=323414846
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("joined", "loyalty_program_id")

    def __init__(
        self,
        *,
        joined: Optional[datetime] = None,
        loyalty_program_id: int,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[LoyaltyMembership]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        _raw = get("joined")
        joined = canonical_cache.get(_raw) if type(_raw) is str else None
        if joined is None and _raw is not None:
            joined = _LoyaltyMembership_joined.read(_raw, "joined", errors)
        loyalty_program_id = get("loyaltyProgramId")
        if not (type(loyalty_program_id) is int and INT64_MIN <= loyalty_program_id <= INT64_MAX):
            loyalty_program_id = _LoyaltyMembership_loyalty_program_id.check(
                loyalty_program_id, "loyaltyProgramId", errors
            )
        # every field, and no other key?
        if len(data) == 2 and joined is not None and loyalty_program_id is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (joined, loyalty_program_id, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        joined, loyalty_program_id, extra = self._values
        out: Dict[str, Any] = {}
        if joined is not None:
            out["joined"] = joined
        out["loyaltyProgramId"] = loyalty_program_id
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class AudienceMembership(Model):
    """An audience that a customer profile belongs to (Ruby: ``TalonOne::AudienceMembership``)."""

    __slots__ = ()

    id: int = field("id", Integer(required=True), "The ID of the audience.", example=2)
    name: str = field("name", String(required=True), "The name of the audience.", example="Travel audience")

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("id", "name")

    def __init__(
        self,
        *,
        id: int,
        name: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[AudienceMembership]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _AudienceMembership_id.check(id, "id", errors)
        name = get("name")
        if type(name) is not str:
            name = _AudienceMembership_name.check(name, "name", errors)
        # every field, and no other key?
        if len(data) == 2 and id is not None and name is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (id, name, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        id, name, extra = self._values
        out: Dict[str, Any] = {}
        out["id"] = id
        out["name"] = name
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class CustomerProfile(Model):
    """A customer profile as the server returns it (Ruby: ``TalonOne::CustomerProfile``)."""

    __slots__ = ()

    id: int = field("id", Integer(required=True), "The internal ID of the customer profile.", example=6)
    created: datetime = field(
        "created", DateTime(required=True), "When the profile was created.", example="2020-02-07T08:15:22Z"
    )
    integration_id: str = field(
        "integrationId",
        String(required=True, max_length=1000),
        "The ID of the profile, set by your integration layer.",
        example="URNGV8294NV",
    )
    attributes: Dict[str, Any] = field(
        "attributes",
        JSONObject(required=True),
        "Any properties of the profile, as a JSON object.",
        example={"Language": "english", "ShippingCountry": "DE"},
    )
    account_id: int = field(
        "accountId",
        Integer(required=True),
        "The ID of the Talon.One account the profile belongs to.",
        example=31,
    )
    closed_sessions: int = field(
        "closedSessions",
        Integer(required=True),
        "How many of the customer's sessions are closed, leaving out the closed sessions that were then "
        "cancelled or reopened. See [customer session states](" + _SESSION_STATES + ").",
        example=3,
    )
    total_sales: float = field(
        "totalSales",
        Number(required=True),
        "How much money the customer has spent, **before** discounts. Cancelled or reopened sessions "
        "and returned items do not count.",
        example=299.99,
    )
    loyalty_memberships: Optional[List[LoyaltyMembership]] = field(
        "loyaltyMemberships",
        ListOf(Nested(LoyaltyMembership)),
        "**Deprecated.** The loyalty programs the customer has joined.",
        example=[{"joined": "2012-03-20T14:15:22Z", "loyaltyProgramId": 323414846}],
    )
    audience_memberships: Optional[List[AudienceMembership]] = field(
        "audienceMemberships",
        ListOf(Nested(AudienceMembership)),
        "The audiences the customer is in.",
        example=[{"id": 2, "name": "Travel audience"}],
    )
    last_activity: datetime = field(
        "lastActivity",
        DateTime(required=True),
        "When the last event from this customer arrived. Only calls that trigger the Rule Engine and are not "
        "[dry requests](" + _DRY_REQUESTS + ") change it: [reserving a coupon](" + _RESERVE_COUPON + ") "
        "for the customer, for example, leaves it as it is.",
        example="2020-02-08T14:15:20Z",
    )
    sandbox: Optional[bool] = field(
        "sandbox",
        Boolean(),
        "Whether the customer belongs to a sandbox Application rather than a live one. See "
        "[Application environments](" + _ENVIRONMENTS + ").",
        example=False,
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "id",
        "created",
        "integration_id",
        "attributes",
        "account_id",
        "closed_sessions",
        "total_sales",
        "loyalty_memberships",
        "audience_memberships",
        "last_activity",
        "sandbox",
    )

    def __init__(
        self,
        *,
        id: int,
        created: datetime,
        integration_id: str,
        attributes: Dict[str, Any],
        account_id: int,
        closed_sessions: int,
        total_sales: FloatOrDecimal,
        loyalty_memberships: Optional[List[LoyaltyMembership]] = None,
        audience_memberships: Optional[List[AudienceMembership]] = None,
        last_activity: datetime,
        sandbox: Optional[bool] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[CustomerProfile]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        _list: List[Any]
        _made: Any
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _CustomerProfile_id.check(id, "id", errors)
        _raw = get("created")
        created = canonical_cache.get(_raw) if type(_raw) is str else None
        if created is None:
            created = _CustomerProfile_created.read(_raw, "created", errors)
        integration_id = get("integrationId")
        if not (type(integration_id) is str and len(integration_id) <= 1000):
            integration_id = _CustomerProfile_integration_id.check(integration_id, "integrationId", errors)
        attributes = get("attributes")
        if type(attributes) is dict:
            attributes = copy_json(attributes, "attributes", errors)
        else:
            attributes = _CustomerProfile_attributes.read(attributes, "attributes", errors)
        account_id = get("accountId")
        if not (type(account_id) is int and INT64_MIN <= account_id <= INT64_MAX):
            account_id = _CustomerProfile_account_id.check(account_id, "accountId", errors)
        closed_sessions = get("closedSessions")
        if not (type(closed_sessions) is int and INT64_MIN <= closed_sessions <= INT64_MAX):
            closed_sessions = _CustomerProfile_closed_sessions.check(closed_sessions, "closedSessions", errors)
        total_sales = get("totalSales")
        if (
            not (
                (type(total_sales) is int and FLOAT_LOWEST_INT <= total_sales <= FLOAT_MAX_INT)
                or (type(total_sales) is float and FLOAT_LOWEST <= total_sales <= FLOAT_MAX)
            )
        ):
            total_sales = _CustomerProfile_total_sales.check(total_sales, "totalSales", errors)
        # LoyaltyMembership read in place: for a model this small a call costs as much as the reading
        loyalty_memberships = get("loyaltyMemberships")
        if type(loyalty_memberships) is list:
            _list = []
            for _item in loyalty_memberships:
                if type(_item) is not dict:
                    break
                _get = _item.get
                _joined_raw = _get("joined")
                _joined = canonical_cache.get(_joined_raw) if type(_joined_raw) is str else None
                _loyalty_program_id = _get("loyaltyProgramId")
                if (
                    not (
                        (_joined is not None or _joined_raw is None)
                        and (type(_loyalty_program_id) is int and INT64_MIN <= _loyalty_program_id <= INT64_MAX)
                        and LoyaltyMembership._wire_keys.issuperset(_item)
                    )
                ):
                    break
                _made = new_object(LoyaltyMembership)
                _made._values = (_joined, _loyalty_program_id, None)
                _list.append(_made)
            if len(_list) == len(loyalty_memberships):
                loyalty_memberships = _list
            else:  # not all of them plainly valid: read them all by the rule
                loyalty_memberships = _CustomerProfile_loyalty_memberships.read(
                    loyalty_memberships, "loyaltyMemberships", errors, unknown
                )
        elif loyalty_memberships is not None:
            loyalty_memberships = _CustomerProfile_loyalty_memberships.read(
                loyalty_memberships, "loyaltyMemberships", errors, unknown
            )
        # AudienceMembership read in place: for a model this small a call costs as much as the reading
        audience_memberships = get("audienceMemberships")
        if type(audience_memberships) is list:
            _list = []
            for _item in audience_memberships:
                if type(_item) is not dict:
                    break
                _get = _item.get
                _id = _get("id")
                _name = _get("name")
                if (
                    not (
                        (type(_id) is int and INT64_MIN <= _id <= INT64_MAX) and type(_name) is str and len(_item) == 2
                    )
                ):
                    break
                _made = new_object(AudienceMembership)
                _made._values = (_id, _name, None)
                _list.append(_made)
            if len(_list) == len(audience_memberships):
                audience_memberships = _list
            else:  # not all of them plainly valid: read them all by the rule
                audience_memberships = _CustomerProfile_audience_memberships.read(
                    audience_memberships, "audienceMemberships", errors, unknown
                )
        elif audience_memberships is not None:
            audience_memberships = _CustomerProfile_audience_memberships.read(
                audience_memberships, "audienceMemberships", errors, unknown
            )
        _raw = get("lastActivity")
        last_activity = canonical_cache.get(_raw) if type(_raw) is str else None
        if last_activity is None:
            last_activity = _CustomerProfile_last_activity.read(_raw, "lastActivity", errors)
        sandbox = get("sandbox")
        if type(sandbox) is not bool and sandbox is not None:
            sandbox = _CustomerProfile_sandbox.check(sandbox, "sandbox", errors)
        # every field, and no other key?
        if (
            len(data) == 11
            and id is not None
            and created is not None
            and integration_id is not None
            and attributes is not None
            and account_id is not None
            and closed_sessions is not None
            and total_sales is not None
            and loyalty_memberships is not None
            and audience_memberships is not None
            and last_activity is not None
            and sandbox is not None
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
            attributes,
            account_id,
            closed_sessions,
            total_sales,
            loyalty_memberships,
            audience_memberships,
            last_activity,
            sandbox,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            id,
            created,
            integration_id,
            attributes,
            account_id,
            closed_sessions,
            total_sales,
            loyalty_memberships,
            audience_memberships,
            last_activity,
            sandbox,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        _list: List[Any]
        out["id"] = id
        out["created"] = created
        out["integrationId"] = integration_id
        out["attributes"] = _CustomerProfile_attributes.write(attributes)
        out["accountId"] = account_id
        out["closedSessions"] = closed_sessions
        out["totalSales"] = total_sales
        if loyalty_memberships is not None:
            _list = [_item._write() for _item in loyalty_memberships if type(_item) is LoyaltyMembership]
            out["loyaltyMemberships"] = (
                _list
                if len(_list) == len(loyalty_memberships)
                else _CustomerProfile_loyalty_memberships.write_slowly(loyalty_memberships)
            )
        if audience_memberships is not None:
            _list = [_item._write() for _item in audience_memberships if type(_item) is AudienceMembership]
            out["audienceMemberships"] = (
                _list
                if len(_list) == len(audience_memberships)
                else _CustomerProfile_audience_memberships.write_slowly(audience_memberships)
            )
        out["lastActivity"] = last_activity
        if sandbox is not None:
            out["sandbox"] = sandbox
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_LoyaltyMembership_joined = LoyaltyMembership._rules["joined"][2]
_LoyaltyMembership_loyalty_program_id = LoyaltyMembership._rules["loyalty_program_id"][2]
_AudienceMembership_id = AudienceMembership._rules["id"][2]
_AudienceMembership_name = AudienceMembership._rules["name"][2]
_CustomerProfile_id = CustomerProfile._rules["id"][2]
_CustomerProfile_created = CustomerProfile._rules["created"][2]
_CustomerProfile_integration_id = CustomerProfile._rules["integration_id"][2]
_CustomerProfile_attributes = CustomerProfile._rules["attributes"][2]
_CustomerProfile_account_id = CustomerProfile._rules["account_id"][2]
_CustomerProfile_closed_sessions = CustomerProfile._rules["closed_sessions"][2]
_CustomerProfile_total_sales = CustomerProfile._rules["total_sales"][2]
_CustomerProfile_loyalty_memberships = CustomerProfile._rules["loyalty_memberships"][2]
_CustomerProfile_audience_memberships = CustomerProfile._rules["audience_memberships"][2]
_CustomerProfile_last_activity = CustomerProfile._rules["last_activity"][2]
_CustomerProfile_sandbox = CustomerProfile._rules["sandbox"][2]
# fmt: on
# --- End of the written-out code. ---
