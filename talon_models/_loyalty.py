"""The loyalty part of a response: cards and profile-based programs with their point balances and tiers.

``Loyalty`` holds the customer's ``LoyaltyCard`` list and a ``LoyaltyProgramLedgers`` per
profile-based program; each keeps its balances in a ``LedgerInfo``, which may name the
customer's ``Tier``.
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
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
from ._fields import (
    CARD_IDENTIFIER_PATTERN,
    MAX_CARD_IDENTIFIER_LENGTH,
    DateTime,
    Integer,
    ListOf,
    MapOf,
    Nested,
    Number,
    String,
    field,
)

DOWNGRADE_POLICIES = ("one_down", "balance_based")
"""The values of ``Tier.downgradePolicy`` that Ruby 10.0.0 knows. The API may send others,
which are kept as they are."""

_CARD_IDENTIFIER = String(max_length=MAX_CARD_IDENTIFIER_LENGTH, pattern=CARD_IDENTIFIER_PATTERN)
_TIER_EXAMPLE = {
    "id": 11,
    "name": "bronze",
    "startDate": "2021-09-12T10:12:42Z",
    "expiryDate": "2022-08-02T15:04:05+07:00",
    "downgradePolicy": "one_down",
}
_LEDGER_EXAMPLE = {
    "currentBalance": 100.0,
    "pendingBalance": 10.0,
    "negativeBalance": 10.0,
    "expiredBalance": 0.0,
    "spentBalance": 0.0,
    "tentativeCurrentBalance": 100.0,
    "tentativePendingBalance": 20.0,
    "tentativeNegativeBalance": 100.0,
    "currentTier": _TIER_EXAMPLE,
    "pointsToNextTier": 20.0,
}
_TENTATIVE_NOTE = (
    "\n\n**Note:** a tentative balance counts the current session only, not the customer's other open sessions."
)


@model
class Tier(Model):
    """A tier of a loyalty program that a customer is in (Ruby: ``TalonOne::Tier``)."""

    __slots__ = ()

    id: int = field("id", Integer(required=True), "The internal ID of the tier.", example=11)
    name: str = field("name", String(required=True), "The name of the tier.", example="bronze")
    start_date: Optional[datetime] = field(
        "startDate",
        DateTime(),
        "When the customer moved into this tier, in the time zone set for the loyalty program.",
        example="2021-09-12T10:12:42Z",
    )
    expiry_date: Optional[datetime] = field(
        "expiryDate",
        DateTime(),
        "When the customer's tier level expires: an RFC 3339 date-time in the loyalty program's time zone.",
        example="2022-08-02T15:04:05+07:00",
    )
    downgrade_policy: Optional[str] = field(
        "downgradePolicy",
        String(choices=DOWNGRADE_POLICIES, closed=False),
        "How the loyalty program moves customers to lower tiers when it reevaluates their tiers:\n\n"
        "- `one_down`: a customer who lacks the points to stay in their tier goes down one tier.\n"
        "- `balance_based`: the customer's tier is worked out again from the active points they hold now.",
        example="one_down",
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("id", "name", "start_date", "expiry_date", "downgrade_policy")

    def __init__(
        self,
        *,
        id: int,
        name: str,
        start_date: Optional[datetime] = None,
        expiry_date: Optional[datetime] = None,
        downgrade_policy: Optional[str] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[Tier]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _Tier_id.check(id, "id", errors)
        name = get("name")
        if type(name) is not str:
            name = _Tier_name.check(name, "name", errors)
        _raw = get("startDate")
        start_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if start_date is None and _raw is not None:
            start_date = _Tier_start_date.read(_raw, "startDate", errors)
        _raw = get("expiryDate")
        expiry_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if expiry_date is None and _raw is not None:
            expiry_date = _Tier_expiry_date.read(_raw, "expiryDate", errors)
        downgrade_policy = get("downgradePolicy")
        if type(downgrade_policy) is not str and downgrade_policy is not None:
            downgrade_policy = _Tier_downgrade_policy.check(downgrade_policy, "downgradePolicy", errors)
        # every field, and no other key?
        if (
            len(data) == 5
            and id is not None
            and name is not None
            and start_date is not None
            and expiry_date is not None
            and downgrade_policy is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (id, name, start_date, expiry_date, downgrade_policy, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        id, name, start_date, expiry_date, downgrade_policy, extra = self._values
        out: Dict[str, Any] = {}
        out["id"] = id
        out["name"] = name
        if start_date is not None:
            out["startDate"] = start_date
        if expiry_date is not None:
            out["expiryDate"] = expiry_date
        if downgrade_policy is not None:
            out["downgradePolicy"] = downgrade_policy
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class LedgerInfo(Model):
    """The point balances of a loyalty ledger, and the customer's tier in it (Ruby: ``TalonOne::LedgerInfo``)."""

    __slots__ = ()

    current_balance: float = field(
        "currentBalance", Number(required=True), "The sum of the points that are active now.", example=100.0
    )
    pending_balance: float = field(
        "pendingBalance", Number(required=True), "The sum of the points that are pending.", example=10.0
    )
    negative_balance: Optional[float] = field(
        "negativeBalance",
        Number(),
        "The sum of the negative points. A negative balance implies that `currentBalance` is `0`.",
        example=10.0,
    )
    expired_balance: float = field("expiredBalance", Number(required=True), "**Deprecated:** always `0`.", example=0.0)
    spent_balance: float = field("spentBalance", Number(required=True), "**Deprecated:** always `0`.", example=0.0)
    tentative_current_balance: float = field(
        "tentativeCurrentBalance",
        Number(required=True),
        "`currentBalance` with every point addition and deduction of the current open customer session "
        "applied. When that session is closed, its effects are applied and `currentBalance` becomes this value."
        + _TENTATIVE_NOTE,
        example=100.0,
    )
    tentative_pending_balance: Optional[float] = field(
        "tentativePendingBalance",
        Number(),
        "`pendingBalance` with every point addition of the current open customer session that activates at a "
        "later date applied. When that session is closed, its effects are applied and `pendingBalance` becomes "
        "this value." + _TENTATIVE_NOTE,
        example=20.0,
    )
    tentative_negative_balance: Optional[float] = field(
        "tentativeNegativeBalance",
        Number(),
        "`negativeBalance` with every point addition and deduction of the current customer session applied. "
        "When that session is closed, its tentative effects are applied and `negativeBalance` becomes this value."
        + _TENTATIVE_NOTE,
        example=100.0,
    )
    current_tier: Optional[Tier] = field(
        "currentTier", Nested(Tier), "The tier the customer is in.", example=_TIER_EXAMPLE
    )
    points_to_next_tier: Optional[float] = field(
        "pointsToNextTier", Number(), "How many more points the customer needs to reach the next tier.", example=20.0
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "current_balance",
        "pending_balance",
        "negative_balance",
        "expired_balance",
        "spent_balance",
        "tentative_current_balance",
        "tentative_pending_balance",
        "tentative_negative_balance",
        "current_tier",
        "points_to_next_tier",
    )

    def __init__(
        self,
        *,
        current_balance: FloatOrDecimal,
        pending_balance: FloatOrDecimal,
        negative_balance: Optional[FloatOrDecimal] = None,
        expired_balance: FloatOrDecimal,
        spent_balance: FloatOrDecimal,
        tentative_current_balance: FloatOrDecimal,
        tentative_pending_balance: Optional[FloatOrDecimal] = None,
        tentative_negative_balance: Optional[FloatOrDecimal] = None,
        current_tier: Optional[Tier] = None,
        points_to_next_tier: Optional[FloatOrDecimal] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[LedgerInfo]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        _made: Any
        current_balance = get("currentBalance")
        if (
            not (
                (type(current_balance) is int and FLOAT_LOWEST_INT <= current_balance <= FLOAT_MAX_INT)
                or (type(current_balance) is float and FLOAT_LOWEST <= current_balance <= FLOAT_MAX)
            )
        ):
            current_balance = _LedgerInfo_current_balance.check(current_balance, "currentBalance", errors)
        pending_balance = get("pendingBalance")
        if (
            not (
                (type(pending_balance) is int and FLOAT_LOWEST_INT <= pending_balance <= FLOAT_MAX_INT)
                or (type(pending_balance) is float and FLOAT_LOWEST <= pending_balance <= FLOAT_MAX)
            )
        ):
            pending_balance = _LedgerInfo_pending_balance.check(pending_balance, "pendingBalance", errors)
        negative_balance = get("negativeBalance")
        if (
            not (
                (type(negative_balance) is int and FLOAT_LOWEST_INT <= negative_balance <= FLOAT_MAX_INT)
                or (type(negative_balance) is float and FLOAT_LOWEST <= negative_balance <= FLOAT_MAX)
            )
            and negative_balance is not None
        ):
            negative_balance = _LedgerInfo_negative_balance.check(negative_balance, "negativeBalance", errors)
        expired_balance = get("expiredBalance")
        if (
            not (
                (type(expired_balance) is int and FLOAT_LOWEST_INT <= expired_balance <= FLOAT_MAX_INT)
                or (type(expired_balance) is float and FLOAT_LOWEST <= expired_balance <= FLOAT_MAX)
            )
        ):
            expired_balance = _LedgerInfo_expired_balance.check(expired_balance, "expiredBalance", errors)
        spent_balance = get("spentBalance")
        if (
            not (
                (type(spent_balance) is int and FLOAT_LOWEST_INT <= spent_balance <= FLOAT_MAX_INT)
                or (type(spent_balance) is float and FLOAT_LOWEST <= spent_balance <= FLOAT_MAX)
            )
        ):
            spent_balance = _LedgerInfo_spent_balance.check(spent_balance, "spentBalance", errors)
        tentative_current_balance = get("tentativeCurrentBalance")
        if (
            not (
                (
                    type(tentative_current_balance) is int
                    and FLOAT_LOWEST_INT <= tentative_current_balance <= FLOAT_MAX_INT
                )
                or (type(tentative_current_balance) is float and FLOAT_LOWEST <= tentative_current_balance <= FLOAT_MAX)
            )
        ):
            tentative_current_balance = _LedgerInfo_tentative_current_balance.check(
                tentative_current_balance, "tentativeCurrentBalance", errors
            )
        tentative_pending_balance = get("tentativePendingBalance")
        if (
            not (
                (
                    type(tentative_pending_balance) is int
                    and FLOAT_LOWEST_INT <= tentative_pending_balance <= FLOAT_MAX_INT
                )
                or (type(tentative_pending_balance) is float and FLOAT_LOWEST <= tentative_pending_balance <= FLOAT_MAX)
            )
            and tentative_pending_balance is not None
        ):
            tentative_pending_balance = _LedgerInfo_tentative_pending_balance.check(
                tentative_pending_balance, "tentativePendingBalance", errors
            )
        tentative_negative_balance = get("tentativeNegativeBalance")
        if (
            not (
                (
                    type(tentative_negative_balance) is int
                    and FLOAT_LOWEST_INT <= tentative_negative_balance <= FLOAT_MAX_INT
                )
                or (
                    type(tentative_negative_balance) is float
                    and FLOAT_LOWEST <= tentative_negative_balance <= FLOAT_MAX
                )
            )
            and tentative_negative_balance is not None
        ):
            tentative_negative_balance = _LedgerInfo_tentative_negative_balance.check(
                tentative_negative_balance, "tentativeNegativeBalance", errors
            )
        # Tier read in place: for a model this small a call costs as much as the reading
        current_tier = get("currentTier")
        if type(current_tier) is dict:
            _get = current_tier.get
            _id = _get("id")
            _name = _get("name")
            _start_date_raw = _get("startDate")
            _start_date = canonical_cache.get(_start_date_raw) if type(_start_date_raw) is str else None
            _expiry_date_raw = _get("expiryDate")
            _expiry_date = canonical_cache.get(_expiry_date_raw) if type(_expiry_date_raw) is str else None
            _downgrade_policy = _get("downgradePolicy")
            if (
                (type(_id) is int and INT64_MIN <= _id <= INT64_MAX)
                and type(_name) is str
                and (_start_date is not None or _start_date_raw is None)
                and (_expiry_date is not None or _expiry_date_raw is None)
                and (type(_downgrade_policy) is str or _downgrade_policy is None)
                and Tier._wire_keys.issuperset(current_tier)
            ):
                _made = new_object(Tier)
                _made._values = (_id, _name, _start_date, _expiry_date, _downgrade_policy, None)
                current_tier = _made
            else:
                current_tier = _LedgerInfo_current_tier.read(current_tier, "currentTier", errors, unknown)
        elif current_tier is not None:
            current_tier = _LedgerInfo_current_tier.read(current_tier, "currentTier", errors, unknown)
        points_to_next_tier = get("pointsToNextTier")
        if (
            not (
                (type(points_to_next_tier) is int and FLOAT_LOWEST_INT <= points_to_next_tier <= FLOAT_MAX_INT)
                or (type(points_to_next_tier) is float and FLOAT_LOWEST <= points_to_next_tier <= FLOAT_MAX)
            )
            and points_to_next_tier is not None
        ):
            points_to_next_tier = _LedgerInfo_points_to_next_tier.check(points_to_next_tier, "pointsToNextTier", errors)
        # every field, and no other key?
        if (
            len(data) == 10
            and current_balance is not None
            and pending_balance is not None
            and negative_balance is not None
            and expired_balance is not None
            and spent_balance is not None
            and tentative_current_balance is not None
            and tentative_pending_balance is not None
            and tentative_negative_balance is not None
            and current_tier is not None
            and points_to_next_tier is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            current_balance,
            pending_balance,
            negative_balance,
            expired_balance,
            spent_balance,
            tentative_current_balance,
            tentative_pending_balance,
            tentative_negative_balance,
            current_tier,
            points_to_next_tier,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            current_balance,
            pending_balance,
            negative_balance,
            expired_balance,
            spent_balance,
            tentative_current_balance,
            tentative_pending_balance,
            tentative_negative_balance,
            current_tier,
            points_to_next_tier,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["currentBalance"] = current_balance
        out["pendingBalance"] = pending_balance
        if negative_balance is not None:
            out["negativeBalance"] = negative_balance
        out["expiredBalance"] = expired_balance
        out["spentBalance"] = spent_balance
        out["tentativeCurrentBalance"] = tentative_current_balance
        if tentative_pending_balance is not None:
            out["tentativePendingBalance"] = tentative_pending_balance
        if tentative_negative_balance is not None:
            out["tentativeNegativeBalance"] = tentative_negative_balance
        if current_tier is not None:
            out["currentTier"] = current_tier._write()
        if points_to_next_tier is not None:
            out["pointsToNextTier"] = points_to_next_tier
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class LoyaltyCardProfileRegistration(Model):
    """A customer profile linked to a loyalty card (Ruby: ``TalonOne::LoyaltyCardProfileRegistration``)."""

    __slots__ = ()

    integration_id: str = field(
        "integrationId",
        String(required=True, max_length=1000),
        "The integration ID of the customer profile linked to the card.",
        example="R195412",
    )
    timestamp: datetime = field(
        "timestamp",
        DateTime(required=True),
        "When the customer profile was linked to the card.",
        example="2021-09-12T10:12:42Z",
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("integration_id", "timestamp")

    def __init__(
        self,
        *,
        integration_id: str,
        timestamp: datetime,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[LoyaltyCardProfileRegistration]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        integration_id = get("integrationId")
        if not (type(integration_id) is str and len(integration_id) <= 1000):
            integration_id = _LoyaltyCardProfileRegistration_integration_id.check(
                integration_id, "integrationId", errors
            )
        _raw = get("timestamp")
        timestamp = canonical_cache.get(_raw) if type(_raw) is str else None
        if timestamp is None:
            timestamp = _LoyaltyCardProfileRegistration_timestamp.read(_raw, "timestamp", errors)
        # every field, and no other key?
        if len(data) == 2 and integration_id is not None and timestamp is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (integration_id, timestamp, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        integration_id, timestamp, extra = self._values
        out: Dict[str, Any] = {}
        out["integrationId"] = integration_id
        out["timestamp"] = timestamp
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class LoyaltyCard(Model):
    """A loyalty card, with its point balances (Ruby: ``TalonOne::LoyaltyCard``)."""

    __slots__ = ()

    id: int = field("id", Integer(required=True), "The internal ID of the card.", example=6)
    created: datetime = field(
        "created", DateTime(required=True), "When the card was created.", example="2020-06-10T09:05:27.993483Z"
    )
    program_id: int = field(
        "programID",
        Integer(required=True),
        "The ID of the loyalty program the card belongs to.",
        example=125,
    )
    program_name: Optional[str] = field(
        "programName",
        String(),
        "The integration name of the loyalty program the card belongs to.",
        example="Loyalty_program",
    )
    program_title: Optional[str] = field(
        "programTitle",
        String(),
        "The name the Campaign Manager shows for the loyalty program the card belongs to.",
        example="Loyalty program",
    )
    status: str = field(
        "status", String(required=True), "The status of the card: `active` or `inactive`.", example="active"
    )
    block_reason: Optional[str] = field(
        "blockReason",
        String(),
        "Why the card was transferred and blocked.",
        example="Current card lost. Customer needs a new card.",
    )
    identifier: str = field(
        "identifier",
        String(required=True, max_length=MAX_CARD_IDENTIFIER_LENGTH, pattern=CARD_IDENTIFIER_PATTERN),
        "The alphanumeric identifier of the card.",
        example="summer-loyalty-card-0543",
    )
    users_per_card_limit: int = field(
        "usersPerCardLimit",
        Integer(required=True, minimum=0),
        "How many customer profiles can be linked to the card at most; `0` means no limit.",
        example=111,
    )
    profiles: Optional[List[LoyaltyCardProfileRegistration]] = field(
        "profiles",
        ListOf(Nested(LoyaltyCardProfileRegistration)),
        "The customer profiles linked to the card, by integration ID.",
        example=[{"integrationId": "R195412", "timestamp": "2021-09-12T10:12:42Z"}],
    )
    ledger: Optional[LedgerInfo] = field(
        "ledger", Nested(LedgerInfo), "The point balances of the card.", example=_LEDGER_EXAMPLE
    )
    subledgers: Optional[Dict[str, LedgerInfo]] = field(
        "subledgers",
        MapOf(LedgerInfo),
        "The point balances of the card in each subledger of the loyalty program.",
        example={"grocery": _LEDGER_EXAMPLE},
    )
    modified: Optional[datetime] = field(
        "modified", DateTime(), "When the card was last changed.", example="2021-09-12T10:12:42Z"
    )
    old_card_identifier: Optional[str] = field(
        "oldCardIdentifier",
        _CARD_IDENTIFIER,
        "The alphanumeric identifier the card had before.",
        example="summer-loyalty-card-0543",
    )
    new_card_identifier: Optional[str] = field(
        "newCardIdentifier",
        _CARD_IDENTIFIER,
        "The new alphanumeric identifier of the card.",
        example="summer-loyalty-card-0543",
    )
    batch_id: Optional[str] = field(
        "batchId", String(), "The ID of the batch the card was created in.", example="wdefpov"
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "id",
        "created",
        "program_id",
        "program_name",
        "program_title",
        "status",
        "block_reason",
        "identifier",
        "users_per_card_limit",
        "profiles",
        "ledger",
        "subledgers",
        "modified",
        "old_card_identifier",
        "new_card_identifier",
        "batch_id",
    )

    def __init__(
        self,
        *,
        id: int,
        created: datetime,
        program_id: int,
        program_name: Optional[str] = None,
        program_title: Optional[str] = None,
        status: str,
        block_reason: Optional[str] = None,
        identifier: str,
        users_per_card_limit: int,
        profiles: Optional[List[LoyaltyCardProfileRegistration]] = None,
        ledger: Optional[LedgerInfo] = None,
        subledgers: Optional[Dict[str, LedgerInfo]] = None,
        modified: Optional[datetime] = None,
        old_card_identifier: Optional[str] = None,
        new_card_identifier: Optional[str] = None,
        batch_id: Optional[str] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[LoyaltyCard]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        _entries: Dict[str, Any]
        _list: List[Any]
        _made: Any
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _LoyaltyCard_id.check(id, "id", errors)
        _raw = get("created")
        created = canonical_cache.get(_raw) if type(_raw) is str else None
        if created is None:
            created = _LoyaltyCard_created.read(_raw, "created", errors)
        program_id = get("programID")
        if not (type(program_id) is int and INT64_MIN <= program_id <= INT64_MAX):
            program_id = _LoyaltyCard_program_id.check(program_id, "programID", errors)
        program_name = get("programName")
        if type(program_name) is not str and program_name is not None:
            program_name = _LoyaltyCard_program_name.check(program_name, "programName", errors)
        program_title = get("programTitle")
        if type(program_title) is not str and program_title is not None:
            program_title = _LoyaltyCard_program_title.check(program_title, "programTitle", errors)
        status = get("status")
        if type(status) is not str:
            status = _LoyaltyCard_status.check(status, "status", errors)
        block_reason = get("blockReason")
        if type(block_reason) is not str and block_reason is not None:
            block_reason = _LoyaltyCard_block_reason.check(block_reason, "blockReason", errors)
        identifier = get("identifier")
        identifier = _LoyaltyCard_identifier.read(identifier, "identifier", errors)
        users_per_card_limit = get("usersPerCardLimit")
        if not (type(users_per_card_limit) is int and 0 <= users_per_card_limit <= INT64_MAX):
            users_per_card_limit = _LoyaltyCard_users_per_card_limit.check(
                users_per_card_limit, "usersPerCardLimit", errors
            )
        # LoyaltyCardProfileRegistration read in place: for a model this small a call costs as much as the reading
        profiles = get("profiles")
        if type(profiles) is list:
            _list = []
            for _item in profiles:
                if type(_item) is not dict:
                    break
                _get = _item.get
                _integration_id = _get("integrationId")
                _timestamp_raw = _get("timestamp")
                _timestamp = canonical_cache.get(_timestamp_raw) if type(_timestamp_raw) is str else None
                if (
                    not (
                        (type(_integration_id) is str and len(_integration_id) <= 1000)
                        and _timestamp is not None
                        and len(_item) == 2
                    )
                ):
                    break
                _made = new_object(LoyaltyCardProfileRegistration)
                _made._values = (_integration_id, _timestamp, None)
                _list.append(_made)
            if len(_list) == len(profiles):
                profiles = _list
            else:  # not all of them plainly valid: read them all by the rule
                profiles = _LoyaltyCard_profiles.read(profiles, "profiles", errors, unknown)
        elif profiles is not None:
            profiles = _LoyaltyCard_profiles.read(profiles, "profiles", errors, unknown)
        ledger = get("ledger")
        if ledger is not None:
            try:
                ledger = _read_LedgerInfo(ledger, unknown, FIRST_PROBLEM)
            except ProblemFound:
                ledger = _LoyaltyCard_ledger.read(ledger, "ledger", errors, unknown)
        subledgers = get("subledgers")
        if type(subledgers) is dict:
            try:
                _entries = {
                    _key: _read_LedgerInfo(_entry, unknown, FIRST_PROBLEM)
                    for _key, _entry in subledgers.items()
                    if type(_key) is str
                }
            except ProblemFound:
                _entries = {}  # fewer than in subledgers (not empty then): read again below
            subledgers = (
                _entries
                if len(_entries) == len(subledgers)
                else _LoyaltyCard_subledgers.read(subledgers, "subledgers", errors, unknown)
            )
        elif subledgers is not None:
            subledgers = _LoyaltyCard_subledgers.read(subledgers, "subledgers", errors, unknown)
        _raw = get("modified")
        modified = canonical_cache.get(_raw) if type(_raw) is str else None
        if modified is None and _raw is not None:
            modified = _LoyaltyCard_modified.read(_raw, "modified", errors)
        old_card_identifier = get("oldCardIdentifier")
        if old_card_identifier is not None:
            old_card_identifier = _LoyaltyCard_old_card_identifier.read(
                old_card_identifier, "oldCardIdentifier", errors
            )
        new_card_identifier = get("newCardIdentifier")
        if new_card_identifier is not None:
            new_card_identifier = _LoyaltyCard_new_card_identifier.read(
                new_card_identifier, "newCardIdentifier", errors
            )
        batch_id = get("batchId")
        if type(batch_id) is not str and batch_id is not None:
            batch_id = _LoyaltyCard_batch_id.check(batch_id, "batchId", errors)
        # every field, and no other key?
        if (
            len(data) == 16
            and id is not None
            and created is not None
            and program_id is not None
            and program_name is not None
            and program_title is not None
            and status is not None
            and block_reason is not None
            and identifier is not None
            and users_per_card_limit is not None
            and profiles is not None
            and ledger is not None
            and subledgers is not None
            and modified is not None
            and old_card_identifier is not None
            and new_card_identifier is not None
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
            program_id,
            program_name,
            program_title,
            status,
            block_reason,
            identifier,
            users_per_card_limit,
            profiles,
            ledger,
            subledgers,
            modified,
            old_card_identifier,
            new_card_identifier,
            batch_id,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            id,
            created,
            program_id,
            program_name,
            program_title,
            status,
            block_reason,
            identifier,
            users_per_card_limit,
            profiles,
            ledger,
            subledgers,
            modified,
            old_card_identifier,
            new_card_identifier,
            batch_id,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        _entries: Dict[str, Any]
        _list: List[Any]
        out["id"] = id
        out["created"] = created
        out["programID"] = program_id
        if program_name is not None:
            out["programName"] = program_name
        if program_title is not None:
            out["programTitle"] = program_title
        out["status"] = status
        if block_reason is not None:
            out["blockReason"] = block_reason
        out["identifier"] = identifier
        out["usersPerCardLimit"] = users_per_card_limit
        if profiles is not None:
            _list = [_item._write() for _item in profiles if type(_item) is LoyaltyCardProfileRegistration]
            out["profiles"] = _list if len(_list) == len(profiles) else _LoyaltyCard_profiles.write_slowly(profiles)
        if ledger is not None:
            out["ledger"] = ledger._write()
        if subledgers is not None:
            _entries = {
                _key: _entry._write()
                for _key, _entry in subledgers.items()
                if type(_entry) is LedgerInfo and type(_key) is str
            }
            out["subledgers"] = (
                _entries
                if len(_entries) == len(subledgers)
                else _LoyaltyCard_subledgers.write(subledgers)
            )
        if modified is not None:
            out["modified"] = modified
        if old_card_identifier is not None:
            out["oldCardIdentifier"] = old_card_identifier
        if new_card_identifier is not None:
            out["newCardIdentifier"] = new_card_identifier
        if batch_id is not None:
            out["batchId"] = batch_id
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class LoyaltyProgramLedgers(Model):
    """A customer's point balances in a profile-based loyalty program (Ruby: ``TalonOne::LoyaltyProgramLedgers``)."""

    __slots__ = ()

    id: int = field("id", Integer(required=True), "The internal ID of the loyalty program.", example=5)
    title: str = field(
        "title", String(required=True), "The name of the loyalty program that is shown.", example="My loyalty program"
    )
    name: str = field("name", String(required=True), "The internal name of the loyalty program.", example="program1")
    join_date: Optional[datetime] = field(
        "joinDate",
        DateTime(),
        "When the customer joined the loyalty program, as an RFC 3339 date-time.\n\n"
        "**Note:** it is in the time zone of the loyalty program.",
        example="2024-04-30T15:04:05+07:00",
    )
    ledger: LedgerInfo = field(
        "ledger", Nested(LedgerInfo, required=True), "The point balances in the program.", example=_LEDGER_EXAMPLE
    )
    sub_ledgers: Optional[Dict[str, LedgerInfo]] = field(
        "subLedgers",
        MapOf(LedgerInfo),
        "The point balances in each subledger of the loyalty program.",
        example={"grocery": _LEDGER_EXAMPLE},
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("id", "title", "name", "join_date", "ledger", "sub_ledgers")

    def __init__(
        self,
        *,
        id: int,
        title: str,
        name: str,
        join_date: Optional[datetime] = None,
        ledger: LedgerInfo,
        sub_ledgers: Optional[Dict[str, LedgerInfo]] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[LoyaltyProgramLedgers]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        _entries: Dict[str, Any]
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _LoyaltyProgramLedgers_id.check(id, "id", errors)
        title = get("title")
        if type(title) is not str:
            title = _LoyaltyProgramLedgers_title.check(title, "title", errors)
        name = get("name")
        if type(name) is not str:
            name = _LoyaltyProgramLedgers_name.check(name, "name", errors)
        _raw = get("joinDate")
        join_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if join_date is None and _raw is not None:
            join_date = _LoyaltyProgramLedgers_join_date.read(_raw, "joinDate", errors)
        ledger = get("ledger")
        if ledger is not None:
            try:
                ledger = _read_LedgerInfo(ledger, unknown, FIRST_PROBLEM)
            except ProblemFound:
                ledger = _LoyaltyProgramLedgers_ledger.read(ledger, "ledger", errors, unknown)
        else:
            ledger = _LoyaltyProgramLedgers_ledger.read(None, "ledger", errors, unknown)
        sub_ledgers = get("subLedgers")
        if type(sub_ledgers) is dict:
            try:
                _entries = {
                    _key: _read_LedgerInfo(_entry, unknown, FIRST_PROBLEM)
                    for _key, _entry in sub_ledgers.items()
                    if type(_key) is str
                }
            except ProblemFound:
                _entries = {}  # fewer than in sub_ledgers (not empty then): read again below
            sub_ledgers = (
                _entries
                if len(_entries) == len(sub_ledgers)
                else _LoyaltyProgramLedgers_sub_ledgers.read(sub_ledgers, "subLedgers", errors, unknown)
            )
        elif sub_ledgers is not None:
            sub_ledgers = _LoyaltyProgramLedgers_sub_ledgers.read(sub_ledgers, "subLedgers", errors, unknown)
        # every field, and no other key?
        if (
            len(data) == 6
            and id is not None
            and title is not None
            and name is not None
            and join_date is not None
            and ledger is not None
            and sub_ledgers is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (id, title, name, join_date, ledger, sub_ledgers, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        id, title, name, join_date, ledger, sub_ledgers, extra = self._values
        out: Dict[str, Any] = {}
        _entries: Dict[str, Any]
        out["id"] = id
        out["title"] = title
        out["name"] = name
        if join_date is not None:
            out["joinDate"] = join_date
        out["ledger"] = ledger._write()
        if sub_ledgers is not None:
            _entries = {
                _key: _entry._write()
                for _key, _entry in sub_ledgers.items()
                if type(_entry) is LedgerInfo and type(_key) is str
            }
            out["subLedgers"] = (
                _entries
                if len(_entries) == len(sub_ledgers)
                else _LoyaltyProgramLedgers_sub_ledgers.write(sub_ledgers)
            )
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


@model
class Loyalty(Model):
    """The customer's loyalty cards and profile-based loyalty programs (Ruby: ``TalonOne::Loyalty``)."""

    __slots__ = ()

    cards: Optional[List[LoyaltyCard]] = field(
        "cards",
        ListOf(Nested(LoyaltyCard)),
        "The loyalty cards, with their point balances.",
        example=[
            {
                "id": 6,
                "created": "2020-06-10T09:05:27.993483Z",
                "programID": 125,
                "status": "active",
                "identifier": "summer-loyalty-card-0543",
                "usersPerCardLimit": 111,
                "ledger": _LEDGER_EXAMPLE,
            }
        ],
    )
    programs: Dict[str, LoyaltyProgramLedgers] = field(
        "programs",
        MapOf(LoyaltyProgramLedgers, required=True),
        "The point balances in the profile-based loyalty programs.",
        example={"program1": {"id": 5, "title": "My loyalty program", "name": "program1", "ledger": _LEDGER_EXAMPLE}},
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("cards", "programs")

    def __init__(
        self,
        *,
        cards: Optional[List[LoyaltyCard]] = None,
        programs: Dict[str, LoyaltyProgramLedgers],
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[Loyalty]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        _entries: Dict[str, Any]
        cards = get("cards")
        if type(cards) is list:
            try:
                cards = [_read_LoyaltyCard(_item, unknown, FIRST_PROBLEM) for _item in cards]
            except ProblemFound:
                cards = _Loyalty_cards.read(cards, "cards", errors, unknown)
        elif cards is not None:
            cards = _Loyalty_cards.read(cards, "cards", errors, unknown)
        programs = get("programs")
        if type(programs) is dict:
            try:
                _entries = {
                    _key: _read_LoyaltyProgramLedgers(_entry, unknown, FIRST_PROBLEM)
                    for _key, _entry in programs.items()
                    if type(_key) is str
                }
            except ProblemFound:
                _entries = {}  # fewer than in programs (not empty then): read again below
            programs = (
                _entries
                if len(_entries) == len(programs)
                else _Loyalty_programs.read(programs, "programs", errors, unknown)
            )
        else:
            programs = _Loyalty_programs.read(programs, "programs", errors, unknown)
        # every field, and no other key?
        if len(data) == 2 and cards is not None and programs is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (cards, programs, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        cards, programs, extra = self._values
        out: Dict[str, Any] = {}
        _entries: Dict[str, Any]
        _list: List[Any]
        if cards is not None:
            _list = [_item._write() for _item in cards if type(_item) is LoyaltyCard]
            out["cards"] = _list if len(_list) == len(cards) else _Loyalty_cards.write_slowly(cards)
        _entries = {
            _key: _entry._write()
            for _key, _entry in programs.items()
            if type(_entry) is LoyaltyProgramLedgers and type(_key) is str
        }
        out["programs"] = _entries if len(_entries) == len(programs) else _Loyalty_programs.write(programs)
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_Tier_id = Tier._rules["id"][2]
_Tier_name = Tier._rules["name"][2]
_Tier_start_date = Tier._rules["start_date"][2]
_Tier_expiry_date = Tier._rules["expiry_date"][2]
_Tier_downgrade_policy = Tier._rules["downgrade_policy"][2]
_LedgerInfo_current_balance = LedgerInfo._rules["current_balance"][2]
_LedgerInfo_pending_balance = LedgerInfo._rules["pending_balance"][2]
_LedgerInfo_negative_balance = LedgerInfo._rules["negative_balance"][2]
_LedgerInfo_expired_balance = LedgerInfo._rules["expired_balance"][2]
_LedgerInfo_spent_balance = LedgerInfo._rules["spent_balance"][2]
_LedgerInfo_tentative_current_balance = LedgerInfo._rules["tentative_current_balance"][2]
_LedgerInfo_tentative_pending_balance = LedgerInfo._rules["tentative_pending_balance"][2]
_LedgerInfo_tentative_negative_balance = LedgerInfo._rules["tentative_negative_balance"][2]
_LedgerInfo_current_tier = LedgerInfo._rules["current_tier"][2]
_LedgerInfo_points_to_next_tier = LedgerInfo._rules["points_to_next_tier"][2]
_LoyaltyCardProfileRegistration_integration_id = LoyaltyCardProfileRegistration._rules["integration_id"][2]
_LoyaltyCardProfileRegistration_timestamp = LoyaltyCardProfileRegistration._rules["timestamp"][2]
_LoyaltyCard_id = LoyaltyCard._rules["id"][2]
_LoyaltyCard_created = LoyaltyCard._rules["created"][2]
_LoyaltyCard_program_id = LoyaltyCard._rules["program_id"][2]
_LoyaltyCard_program_name = LoyaltyCard._rules["program_name"][2]
_LoyaltyCard_program_title = LoyaltyCard._rules["program_title"][2]
_LoyaltyCard_status = LoyaltyCard._rules["status"][2]
_LoyaltyCard_block_reason = LoyaltyCard._rules["block_reason"][2]
_LoyaltyCard_identifier = LoyaltyCard._rules["identifier"][2]
_LoyaltyCard_users_per_card_limit = LoyaltyCard._rules["users_per_card_limit"][2]
_LoyaltyCard_profiles = LoyaltyCard._rules["profiles"][2]
_LoyaltyCard_ledger = LoyaltyCard._rules["ledger"][2]
_LoyaltyCard_subledgers = LoyaltyCard._rules["subledgers"][2]
_LoyaltyCard_modified = LoyaltyCard._rules["modified"][2]
_LoyaltyCard_old_card_identifier = LoyaltyCard._rules["old_card_identifier"][2]
_LoyaltyCard_new_card_identifier = LoyaltyCard._rules["new_card_identifier"][2]
_LoyaltyCard_batch_id = LoyaltyCard._rules["batch_id"][2]
_LoyaltyProgramLedgers_id = LoyaltyProgramLedgers._rules["id"][2]
_LoyaltyProgramLedgers_title = LoyaltyProgramLedgers._rules["title"][2]
_LoyaltyProgramLedgers_name = LoyaltyProgramLedgers._rules["name"][2]
_LoyaltyProgramLedgers_join_date = LoyaltyProgramLedgers._rules["join_date"][2]
_LoyaltyProgramLedgers_ledger = LoyaltyProgramLedgers._rules["ledger"][2]
_LoyaltyProgramLedgers_sub_ledgers = LoyaltyProgramLedgers._rules["sub_ledgers"][2]
_Loyalty_cards = Loyalty._rules["cards"][2]
_Loyalty_programs = Loyalty._rules["programs"][2]
_read_LedgerInfo = LedgerInfo._read
_read_LoyaltyCard = LoyaltyCard._read
_read_LoyaltyProgramLedgers = LoyaltyProgramLedgers._read
# fmt: on
# --- End of the written-out code. ---
