"""The loyalty part of a response: cards and profile-based programs with their point balances and tiers.

``Loyalty`` holds the customer's ``LoyaltyCard`` list and a ``LoyaltyProgramLedgers`` per
profile-based program; each keeps its balances in a ``LedgerInfo``, which may name the
customer's ``Tier``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Dict, List, Optional

from ._base import Model, model
from ._fields import DateTime, Integer, ListOf, MapOf, Nested, Number, String, field

DOWNGRADE_POLICIES = ("one_down", "balance_based")
"""The values of ``Tier.downgradePolicy`` that Ruby 10.0.0 knows. The API may send others,
which are kept as they are."""

CARD_IDENTIFIER_PATTERN = "[A-Za-z0-9_-]*"
"""What a loyalty card identifier is made of: ASCII letters, digits, ``_`` and ``-``."""

MAX_CARD_IDENTIFIER_LENGTH = 108
"""The longest loyalty card identifier, in characters."""

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
